// How every page starts its map of Kharkiv. Without a tile server configured the shapes are drawn on a plain
// background, so a map works offline and over a poor connection; the districts come from the API (cached).
(function () {
  'use strict';
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json, application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status); }
      return r.json();
    });
  }

  window.CityMap = {
    getJson: getJson,
    /** A Leaflet map in {@code container}, with the tiles its data attributes name and the OSM attribution. */
    create: function (container, options) {
      var map = L.map(container, Object.assign({ zoomSnap: 0.25 }, options || {})).setView([49.99, 36.25], 11);
      if (container.dataset.tileUrl) {
        L.tileLayer(container.dataset.tileUrl, { maxZoom: 18, attribution: container.dataset.tileAttribution || '' }).addTo(map);
      }
      map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');
      return map;
    },
    districts: function () { return getJson('/api/v1/districts.geojson'); },
    /** The district's name in the page's language. */
    name: function (container, properties) {
      return container.dataset.lang === 'en' ? properties.nameEn : properties.nameUk;
    }
  };
}());
