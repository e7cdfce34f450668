// The incidents page: a choropleth of strikes per km² by district and a stacked timeline per district. The
// numbers come with the page (data attributes), so one request draws both; the table and the heat map below
// are plain HTML and need no script.
(function () {
  'use strict';
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
    '#bcbd22', '#17becf'];

  function drawMap() {
    var container = document.getElementById('incident-map');
    if (!container || typeof L === 'undefined' || typeof CityMap === 'undefined') { return; }
    var data = JSON.parse(container.dataset.choropleth);
    var status = container.querySelector('.map-status');
    var map = CityMap.create(container);
    CityMap.districts()
      .then(function (geojson) {
        if (status) { status.remove(); }
        var layer = L.geoJSON(geojson, {
          style: function (f) {
            var shade = data.shades[f.properties.code] || 0;
            return { color: '#5b0013', weight: 1.5, fillColor: '#b00020', fillOpacity: 0.08 + 0.72 * shade,
              className: 'district district-' + f.properties.code };
          },
          onEachFeature: function (f, l) {
            l.bindTooltip(CityMap.name(container, f.properties) + ': ' + (data.counts[f.properties.code] || 0) + ' ' + container.dataset.strikes,
              { sticky: true });
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds(), { padding: [8, 8], animate: false });
        container.dataset.ready = 'true';
      })
      .catch(function () {
        if (status) { status.textContent = container.dataset.failed; }
        container.dataset.ready = 'failed';
      });
  }

  function drawTimeline() {
    var canvas = document.getElementById('incident-timeline');
    if (!canvas || typeof Chart === 'undefined') { return; }
    var en = canvas.dataset.lang === 'en';
    var timeline = JSON.parse(canvas.dataset.timeline);
    var datasets = timeline.series.map(function (s, i) {
      return {
        label: s.code === null ? canvas.dataset.outside : (en ? s.nameEn : s.nameUk),
        data: s.counts, backgroundColor: PALETTE[i % PALETTE.length], stack: 'strikes'
      };
    });
    var chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: timeline.labels, datasets: datasets },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
      }
    });
    canvas.dataset.ready = 'true';
    canvas.dataset.bars = String(timeline.labels.length);
    canvas.dataset.series = String(chart.data.datasets.length);
  }

  drawMap();
  drawTimeline();
}());
