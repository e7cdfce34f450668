// Draws the districts and metro stations with Leaflet. Needs no tile server: with no tile URL configured the
// shapes are drawn on a plain background, so the map works offline and over a poor connection.
(function () {
  'use strict';
  var container = document.getElementById('map');
  if (!container || typeof L === 'undefined') { return; }
  var lang = container.dataset.lang === 'en' ? 'en' : 'uk';
  var status = container.querySelector('.map-status');

  var map = L.map(container, { preferCanvas: false, zoomSnap: 0.25 }).setView([49.99, 36.25], 11);
  if (container.dataset.tileUrl) {
    L.tileLayer(container.dataset.tileUrl, { maxZoom: 18, attribution: container.dataset.tileAttribution || '' }).addTo(map);
  }
  map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json, application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status); }
      return r.json();
    });
  }

  function name(p) { return lang === 'en' ? p.nameEn : p.nameUk; }

  Promise.all([getJson('/api/v1/districts.geojson'), getJson('/api/v1/metro-stations.geojson')])
    .then(function (results) {
      if (status) { status.remove(); }
      var districts = L.geoJSON(results[0], {
        style: { color: '#0b5cad', weight: 2, fillColor: '#0b5cad', fillOpacity: 0.12, className: 'district' },
        onEachFeature: function (feature, layer) {
          layer.bindTooltip(name(feature.properties), { sticky: true });
        }
      }).addTo(map);
      var stations = L.geoJSON(results[1], {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {
            radius: 6, color: '#c62828', weight: 3, fillColor: '#fff', fillOpacity: 1, className: 'metro-station'
          });
        },
        onEachFeature: function (feature, layer) {
          layer.bindTooltip(name(feature.properties));
        }
      }).addTo(map);
      map.fitBounds(districts.getBounds(), { padding: [8, 8], animate: false });
      container.dataset.districts = String(results[0].features.length);
      container.dataset.stations = String(results[1].features.length);
      var count = document.getElementById('station-count');
      if (count) { count.textContent = count.dataset.template.replace('{n}', results[1].features.length); }
      container.dataset.ready = 'true';
      return stations;
    })
    .catch(function () {
      if (status) { status.textContent = container.dataset.failed; }
      container.dataset.ready = 'failed';
    });
}());
