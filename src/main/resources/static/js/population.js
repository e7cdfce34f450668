// The population page: present population over time with its interval as a band (low to high), and people
// returning per day. The series come with the page (a data attribute), so no further request is made.
(function () {
  'use strict';

  function draw() {
    var canvas = document.getElementById('population-chart');
    var returnsCanvas = document.getElementById('returns-chart');
    if (!canvas || typeof Chart === 'undefined') { return; }
    var s = JSON.parse(canvas.dataset.series);
    var line = new Chart(canvas, {
      type: 'line',
      data: {
        labels: s.labels,
        datasets: [
          { label: canvas.dataset.interval, data: s.low, borderWidth: 0, pointRadius: 0, fill: false },
          { label: canvas.dataset.interval, data: s.high, borderWidth: 0, pointRadius: 0, fill: '-1',
            backgroundColor: 'rgba(31, 119, 180, 0.2)' },
          { label: canvas.dataset.estimate, data: s.estimate, borderColor: '#1f77b4', borderWidth: 2,
            pointRadius: 0, fill: false }
        ]
      },
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { y: { ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12,
          filter: function (item) { return item.datasetIndex !== 0; } } } }
      }
    });
    canvas.dataset.ready = 'true';
    canvas.dataset.points = String(line.data.labels.length);
    if (returnsCanvas) {
      new Chart(returnsCanvas, {
        type: 'bar',
        data: { labels: s.labels, datasets: [{ label: canvas.dataset.returns, data: s.returns,
          backgroundColor: '#2ca02c' }] },
        options: { animation: false, maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { display: false } } }
      });
      returnsCanvas.dataset.ready = 'true';
    }
  }

  draw();
}());
