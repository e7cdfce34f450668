// The registrar's map picker: a tap on the map fills latitude and longitude; typed coordinates move the marker.
(function () {
  'use strict';
  var container = document.getElementById('picker-map');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  if (!container || !lat || !lon || typeof L === 'undefined') { return; }
  var status = container.querySelector('.map-status');
  var map = L.map(container, { zoomSnap: 0.25 }).setView([49.99, 36.25], 11);
  if (container.dataset.tileUrl) {
    L.tileLayer(container.dataset.tileUrl, { maxZoom: 18, attribution: container.dataset.tileAttribution || '' }).addTo(map);
  }
  map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');
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

  fetch('/api/v1/districts.geojson', { headers: { Accept: 'application/geo+json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (geojson) {
      if (status) { status.remove(); }
      var lang = container.dataset.lang === 'en' ? 'en' : 'uk';
      var layer = L.geoJSON(geojson, {
        style: { color: '#0b5cad', weight: 1.5, fillOpacity: 0.06, className: 'district' },
        onEachFeature: function (f, l) { l.bindTooltip(lang === 'en' ? f.properties.nameEn : f.properties.nameUk, { sticky: true }); }
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
