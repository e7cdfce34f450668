// Draws the districts and metro stations with Leaflet (see city-map.js for the map itself).
(function () {
  'use strict';
  var container = document.getElementById('map');
  if (!container || typeof L === 'undefined' || typeof CityMap === 'undefined') { return; }
  var lang = container.dataset.lang === 'en' ? 'en' : 'uk';
  var status = container.querySelector('.map-status');

  var map = CityMap.create(container, { preferCanvas: false, zoomSnap: 0.25 });

  var getJson = CityMap.getJson;

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
