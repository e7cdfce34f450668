// The recovery map: districts, the old town's protected zone, and a marker per project at its first building
// (the rows of the list carry their place), heritage projects outlined. A tap opens the project's page.
(function () {
  'use strict';
  var container = document.getElementById('recovery-map');
  if (!container || typeof L === 'undefined' || typeof CityMap === 'undefined') { return; }
  var status = container.querySelector('.map-status');
  var map = CityMap.create(container, { preferCanvas: true });
  Promise.all([CityMap.districts(), CityMap.getJson('/api/v1/recovery/heritage-zone.geojson')]).then(function (res) {
    if (status) { status.remove(); }
    var districts = L.geoJSON(res[0], {
      renderer: L.svg(),
      style: { color: '#0b5cad', weight: 1.5, fillOpacity: 0.04, className: 'district' }
    }).addTo(map);
    L.geoJSON(res[1], { style: { color: '#7a3e9d', weight: 2, dashArray: '4 4', fillOpacity: 0.06 } }).addTo(map);
    var drawn = 0;
    document.querySelectorAll('#projects tbody tr').forEach(function (row) {
      var lat = parseFloat(row.dataset.lat);
      var lon = parseFloat(row.dataset.lon);
      if (isNaN(lat) || isNaN(lon)) { return; }
      var heritage = row.dataset.heritage === 'true';
      var marker = L.circleMarker([lat, lon], { radius: 7, fillColor: '#2e6b2e', fillOpacity: 0.85,
        color: heritage ? '#7a3e9d' : '#2e6b2e', weight: heritage ? 3 : 1 }).addTo(map);
      var link = row.querySelector('a');
      marker.bindTooltip(link ? link.textContent : '');
      marker.on('click', function () { if (link) { window.location.href = link.getAttribute('href'); } });
      drawn++;
    });
    map.fitBounds(districts.getBounds(), { padding: [8, 8], animate: false });
    container.dataset.projects = String(drawn);
    container.dataset.ready = 'true';
  }).catch(function () {
    if (status) { status.textContent = container.dataset.failed; }
    container.dataset.ready = 'failed';
  });
}());
