// The nearest open shelter, online from the API, offline from the saved shelter list (see /sw.js).
(function () {
  'use strict';
  var app = document.getElementById('shelter-app');
  if (!app || typeof L === 'undefined') { return; }
  var t = app.dataset;
  var lang = t.lang === 'en' ? 'en' : 'uk';
  var R = 6371008.8;
  var shelters = null;       // GeoJSON features, for drawing and for offline answers
  var sheltersFetchedAt = null;
  var query = null;          // {lat, lon}
  var layers = L.layerGroup();

  var map = L.map('shelter-map', { zoomSnap: 0.25 }).setView([49.99, 36.25], 11);
  if (t.tileUrl) {
    L.tileLayer(t.tileUrl, { maxZoom: 19, attribution: t.tileAttribution || '' }).addTo(map);
  }
  map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');
  layers.addTo(map);

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json, application/geo+json' } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' ' + r.status); }
      var cachedAt = r.headers.get('x-vidnova-cached-at');
      return r.json().then(function (body) { return { body: body, cachedAt: cachedAt }; });
    });
  }

  getJson('/api/v1/districts.geojson').then(function (res) {
    var d = L.geoJSON(res.body, { style: { color: '#0b5cad', weight: 1.5, fillOpacity: 0.05, className: 'district' } })
      .addTo(map);
    map.fitBounds(d.getBounds(), { animate: false });
  }).catch(function () { /* the shelters still work without district shapes */ });

  var sheltersReady = getJson('/api/v1/shelters.geojson').then(function (res) {
    shelters = res.body.features;
    sheltersFetchedAt = res.cachedAt ? new Date(Number(res.cachedAt)) : new Date();
    shelters.forEach(function (f) {
      var open = f.properties.status === 'open';
      L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
        radius: 4, weight: 1, color: open ? '#1b7f3b' : '#777', fillOpacity: open ? 0.7 : 0.3,
        className: 'shelter-point'
      }).bindTooltip(f.properties.name).addTo(map);
    });
    app.dataset.shelters = String(shelters.length);
  }).catch(function () { app.dataset.shelters = 'failed'; });

  function haversine(lat1, lon1, lat2, lon2) {
    var p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
    var dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
    var a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  // The same rule as the server: open only, step-free if asked, by distance then id.
  function nearestOffline(lat, lon, accessible) {
    return (shelters || []).filter(function (f) {
      return f.properties.status === 'open' && (!accessible || f.properties.accessible);
    }).map(function (f) {
      var p = f.properties;
      return { id: p.id, externalId: p.external_id, name: p.name, kind: p.kind, address: p.address,
        lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0], capacity: p.capacity, occupancy: p.occupancy,
        status: p.status, accessible: p.accessible, district: p.district, full: p.full,
        distanceMeters: Math.round(haversine(lat, lon, f.geometry.coordinates[1], f.geometry.coordinates[0]) * 10) / 10 };
    }).sort(function (a, b) { return a.distanceMeters - b.distanceMeters || a.id - b.id; }).slice(0, 3);
  }

  function distanceText(m) {
    return m < 1000 ? Math.round(m) + ' ' + t.tM : (m / 1000).toFixed(1) + ' ' + t.tKm;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function report(id, problem, button) {
    fetch('/api/v1/shelters/' + id + '/reports', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ problem: problem }) }).then(function (r) {
      button.parentNode.replaceChildren(el('span', 'notice', t.tThanks));
      return r;
    }).catch(function () { /* offline: nothing sent */ });
  }

  function render(items, offline) {
    var list = document.getElementById('nearest-list');
    list.replaceChildren();
    layers.clearLayers();
    L.circleMarker([query.lat, query.lon], { radius: 7, color: '#000', weight: 3, fillColor: '#ffd600',
      fillOpacity: 1, className: 'query-point' }).addTo(layers);
    if (!items.length) { list.appendChild(el('li', null, t.tNone)); }
    items.forEach(function (s) {
      var li = el('li');
      li.dataset.id = s.id;
      li.appendChild(el('span', 'distance', distanceText(s.distanceMeters)));
      li.appendChild(document.createTextNode(' — '));
      li.appendChild(el('strong', 'name', s.name));
      li.appendChild(el('span', 'muted', ' (' + (t['tKind' + s.kind.charAt(0).toUpperCase() + s.kind.slice(1)] || s.kind) + ')'));
      if (s.full) { li.appendChild(el('span', 'full', ' ' + t.tFull)); }
      if (s.address) { li.appendChild(el('div', 'muted', s.address)); }
      if (s.capacity !== null && s.capacity !== undefined) {
        li.appendChild(el('div', 'muted', t.tCapacity + ': ' + s.capacity
          + (s.occupancy !== null && s.occupancy !== undefined ? ' · ' + t.tOccupancy + ': ' + s.occupancy : '')));
      }
      if (!offline) {
        var actions = el('div', 'actions');
        var closed = el('button', null, t.tReportClosed);
        var full = el('button', null, t.tReportFull);
        closed.type = full.type = 'button';
        closed.addEventListener('click', function () { report(s.id, 'closed', closed); });
        full.addEventListener('click', function () { report(s.id, 'full', full); });
        actions.append(closed, full);
        li.appendChild(actions);
      }
      list.appendChild(li);
      L.polyline([[query.lat, query.lon], [s.lat, s.lon]], { color: '#b00020', weight: 3, dashArray: '6 6',
        className: 'nearest-line' }).addTo(layers);
      L.circleMarker([s.lat, s.lon], { radius: 8, color: '#b00020', weight: 3, fillColor: '#fff', fillOpacity: 1,
        className: 'nearest-shelter' }).bindTooltip(s.name).addTo(layers);
    });
    var age = document.getElementById('data-age');
    if (offline) {
      age.textContent = t.tOffline.replace('{0}', sheltersFetchedAt ? sheltersFetchedAt.toLocaleString(lang === 'en' ? 'en-GB' : 'uk-UA') : '?');
      age.hidden = false;
    } else {
      age.hidden = true;
    }
    app.dataset.lat = String(query.lat);
    app.dataset.lon = String(query.lon);
    app.dataset.answer = offline ? 'offline' : 'online';
    app.dataset.answered = String(Date.now());
  }

  function find() {
    if (!query) { return; }
    var accessible = document.getElementById('accessible-only').checked;
    var url = '/api/v1/shelters/nearest?limit=3&lat=' + query.lat + '&lon=' + query.lon + '&accessible=' + accessible;
    getJson(url).then(function (res) {
      if (res.cachedAt) { throw new Error('cached answer'); }
      render(res.body.items, false);
    }).catch(function () {
      sheltersReady.then(function () { render(nearestOffline(query.lat, query.lon, accessible), true); });
    });
  }

  map.on('click', function (e) {
    query = { lat: Math.round(e.latlng.lat * 1e6) / 1e6, lon: Math.round(e.latlng.lng * 1e6) / 1e6 };
    find();
  });
  document.getElementById('accessible-only').addEventListener('change', find);
  document.getElementById('find-nearest').addEventListener('click', function () {
    if (!navigator.geolocation) { alert(t.tGeofail); return; }
    navigator.geolocation.getCurrentPosition(function (pos) {
      query = { lat: pos.coords.latitude, lon: pos.coords.longitude };
      map.setView([query.lat, query.lon], 14);
      find();
    }, function () { alert(t.tGeofail); }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
  });

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').then(function () {
      return navigator.serviceWorker.ready;
    }).then(function () { app.dataset.offlineReady = 'true'; }).catch(function () { app.dataset.offlineReady = 'failed'; });
  }
  app.dataset.ready = 'true';
}());
