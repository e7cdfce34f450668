// Keeps the shelter page, the shelter list and the district shapes, so that with the network gone the page still
// loads and finds the nearest shelters in the browser. Answers from the cache carry x-vidnova-cached-at (ms).
'use strict';
var CACHE = 'vidnova-shelters-v1';
var PRECACHE = ['/shelters', '/css/vidnova.css', '/js/shelters.js', '/js/alerts.js',
  '/webjars/leaflet/dist/leaflet.js', '/webjars/leaflet/dist/leaflet.css',
  '/api/v1/districts', '/api/v1/districts.geojson', '/api/v1/shelters.geojson'];
var KEEP = /^\/(shelters$|css\/|js\/|webjars\/leaflet\/|api\/v1\/districts(\.geojson)?$|api\/v1\/shelters\.geojson$)/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(PRECACHE.map(function (url) {
      return fetch(url).then(function (res) {
        return res.ok ? stamped(res).then(function (s) { return cache.put(url, s); }) : null;
      })
        .catch(function () { return null; });
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function stamped(res) {
  var headers = new Headers(res.headers);
  headers.set('x-vidnova-cached-at', String(Date.now()));
  return res.clone().blob().then(function (body) {
    return new Response(body, { status: res.status, statusText: res.statusText, headers: headers });
  });
}

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !KEEP.test(url.pathname)) {
    return;
  }
  var key = url.pathname === '/shelters' ? url.pathname + url.search : url.pathname;
  event.respondWith(fetch(event.request).then(function (res) {
    if (res.ok) {
      var copy = res.clone();
      caches.open(CACHE).then(function (cache) { return stamped(copy).then(function (s) { return cache.put(key, s); }); });
    }
    return res;
  }).catch(function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(key).then(function (hit) { return hit || cache.match(url.pathname); });
    }).then(function (hit) { return hit || Response.error(); });
  }));
});
