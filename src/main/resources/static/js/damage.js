// The damage map: districts, then the moderately, severely damaged and destroyed buildings coloured by grade, with
// heritage buildings outlined. Only damaged buildings are fetched, so the map stays light on a phone.
(function () {
  'use strict';
  var container = document.getElementById('damage-map');
  if (!container || typeof L === 'undefined' || typeof CityMap === 'undefined') { return; }
  var COLOURS = { moderate: '#f0a202', severe: '#d95d0f', destroyed: '#8b0000' };
  var status = container.querySelector('.map-status');
  var map = CityMap.create(container, { preferCanvas: true });
  var states = ['moderate', 'severe', 'destroyed'];
  Promise.all([CityMap.districts()].concat(states.map(function (s) {
    return CityMap.getJson('/api/v1/damage/buildings.geojson?state=' + s);
  }))).then(function (res) {
    if (status) { status.remove(); }
    var districts = L.geoJSON(res[0], {
      renderer: L.svg(),
      style: { color: '#0b5cad', weight: 1.5, fillOpacity: 0.04, className: 'district' }
    }).addTo(map);
    var drawn = 0;
    states.forEach(function (s, i) {
      L.geoJSON(res[i + 1], {
        pointToLayer: function (f, latlng) {
          drawn++;
          var heritage = f.properties.heritage && f.properties.heritage !== 'none';
          return L.circleMarker(latlng, { radius: heritage ? 7 : 5, fillColor: COLOURS[s], fillOpacity: 0.85,
            color: heritage ? '#0b5cad' : COLOURS[s], weight: heritage ? 3 : 1 });
        },
        onEachFeature: function (f, l) {
          l.bindTooltip((f.properties.name || f.properties.address || '') + ' · ' + s);
          // A tap opens the building's page: its assessments, evidence and the strikes around it.
          l.on('click', function () { window.location.href = '/damage/buildings/' + f.properties.id; });
        }
      }).addTo(map);
    });
    map.fitBounds(districts.getBounds(), { padding: [8, 8], animate: false });
    container.dataset.buildings = String(drawn);
    container.dataset.ready = 'true';
  }).catch(function () {
    if (status) { status.textContent = container.dataset.failed; }
    container.dataset.ready = 'failed';
  });
}());
