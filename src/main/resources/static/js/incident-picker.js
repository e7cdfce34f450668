// The registrar's map picker: a tap on the map fills latitude and longitude; typed coordinates move the marker.
(function () {
  'use strict';
  var container = document.getElementById('picker-map');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  if (!container || !lat || !lon || typeof L === 'undefined' || typeof CityMap === 'undefined') { return; }
  var status = container.querySelector('.map-status');
  var map = CityMap.create(container, { zoomSnap: 0.25 });
  var marker = null;

  function place(latlng, pan) {
    if (marker) { marker.setLatLng(latlng); } else {
      marker = L.circleMarker(latlng, { radius: 8, color: '#b00020', weight: 3, fillOpacity: 0.6, className: 'picked' }).addTo(map);
    }
    if (pan) { map.panTo(latlng, { animate: false }); }
  }

  function typed() {
    var a = parseFloat(lat.value);
    var b = parseFloat(lon.value);
    if (isFinite(a) && isFinite(b)) { place([a, b], true); }
  }

  CityMap.districts()
    .then(function (geojson) {
      if (status) { status.remove(); }
      var layer = L.geoJSON(geojson, {
        style: { color: '#0b5cad', weight: 1.5, fillOpacity: 0.06, className: 'district' },
        onEachFeature: function (f, l) { l.bindTooltip(CityMap.name(container, f.properties), { sticky: true }); }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [8, 8], animate: false });
      typed();
      container.dataset.ready = 'true';
    })
    .catch(function () {
      if (status) { status.textContent = container.dataset.failed; }
      container.dataset.ready = 'failed';
    });

  function pick(latlng) {
    lat.value = latlng.lat.toFixed(6);
    lon.value = latlng.lng.toFixed(6);
    place(latlng, false);
  }

  map.on('click', function (e) { pick(e.latlng); });
  lat.addEventListener('change', typed);
  lon.addEventListener('change', typed);
}());
