// The active-alert banner on every page, kept live by the server's event stream.
(function () {
  'use strict';
  var banner = document.getElementById('alert-banner');
  if (!banner) { return; }
  var t = banner.dataset;
  var active = {};
  var names = {};

  fetch('/api/v1/districts').then(function (r) { return r.json(); }).then(function (list) {
    list.forEach(function (d) { names[d.code] = t.lang === 'en' ? d.nameEn : d.nameUk; });
    show();
  }).catch(function () {});

  function show() {
    var alerts = Object.keys(active).map(function (k) { return active[k]; });
    if (!alerts.length) { banner.hidden = true; banner.textContent = ''; banner.dataset.active = '0'; return; }
    banner.textContent = alerts.map(function (a) {
      var where = a.wholeCity ? t.city : a.districts.map(function (c) { return names[c] || c; }).join(', ');
      return t.label + ': ' + (t[a.type] || a.type) + ' — ' + where;
    }).join(' · ') + '. ' + t.go;
    banner.hidden = false;
    banner.dataset.active = String(alerts.length);
  }

  if (!window.EventSource) {
    fetch('/api/v1/alerts/active').then(function (r) { return r.json(); }).then(function (body) {
      body.items.forEach(function (a) { active[a.id] = a; });
      show();
    }).catch(function () {});
    return;
  }
  var source = new EventSource('/api/v1/alerts/stream');
  source.addEventListener('snapshot', function (e) {
    active = {};
    JSON.parse(e.data).forEach(function (a) { active[a.id] = a; });
    show();
  });
  source.addEventListener('raised', function (e) { var a = JSON.parse(e.data); active[a.id] = a; show(); });
  source.addEventListener('ended', function (e) { var a = JSON.parse(e.data); delete active[a.id]; show(); });
  banner.dataset.stream = 'connecting';
  source.onopen = function () { banner.dataset.stream = 'open'; };
}());
