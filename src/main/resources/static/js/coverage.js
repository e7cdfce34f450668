// Coverage map: districts shaded by the share of their area near an open shelter, uncovered areas in red.
(function () {
  'use strict';
  var container = document.getElementById('coverage-map');
  if (!container || typeof L === 'undefined' || typeof CityMap === 'undefined') { return; }
  var map = CityMap.create(container, { zoomSnap: 0.25, preferCanvas: true });
  var getJson = CityMap.getJson;
  Promise.all([getJson('/api/v1/districts.geojson'), getJson('/api/v1/shelters/coverage'),
    getJson('/api/v1/shelters/coverage.geojson')]).then(function (res) {
    var share = {};
    res[1].districts.forEach(function (r) { share[r.district] = r.coveredShare; });
    var en = container.dataset.lang === 'en';
    var districts = L.geoJSON(res[0], {
      renderer: L.svg(),
      style: function (f) {
        var s = share[f.properties.code] || 0;
        return { color: '#0b5cad', weight: 2, fillColor: '#1b7f3b', fillOpacity: 0.1 + 0.6 * s, className: 'district' };
      },
      onEachFeature: function (f, layer) {
        layer.bindTooltip((en ? f.properties.nameEn : f.properties.nameUk) + ': '
          + Math.round((share[f.properties.code] || 0) * 1000) / 10 + '%');
      }
    }).addTo(map);
    L.geoJSON(res[2], { style: { stroke: false, fillColor: '#b00020', fillOpacity: 0.35 }, interactive: false }).addTo(map);
    map.fitBounds(districts.getBounds(), { animate: false });
    container.dataset.ready = 'true';
    container.dataset.uncovered = String(res[2].features.length);
  }).catch(function () { container.dataset.ready = 'failed'; });
}());
