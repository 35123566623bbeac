// Draws the incident dashboard chart from the JSON in the canvas' data-chart attribute (CSP: no inline script).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('incident-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.dataset.chart);
  new Chart(canvas, {
    data: {
      labels: data.labels,
      datasets: [
        {type: 'bar', label: canvas.dataset.labelIncidents, data: data.incidents, backgroundColor: '#0d6efd', yAxisID: 'y'},
        {type: 'line', label: canvas.dataset.labelContain, data: data.contain, borderColor: '#dc3545', yAxisID: 'hours'}
      ]
    },
    options: {
      scales: {
        y: {beginAtZero: true, position: 'left'},
        hours: {beginAtZero: true, position: 'right', grid: {drawOnChartArea: false}}
      }
    }
  });
});
