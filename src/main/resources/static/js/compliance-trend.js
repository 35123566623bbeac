// The province trend on the compliance dashboard: rate (left axis, %) and overdue count (right axis),
// read from the canvas's data attributes (no inline script under the content security policy).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('trend-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var list = function (text) { return text ? text.split(',') : []; };
  var numbers = function (text) {
    return list(text).map(function (v) { return v === '' ? null : Number(v); });
  };
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: list(canvas.dataset.days),
      datasets: [
        { label: canvas.dataset.rateLabel, data: numbers(canvas.dataset.rates), yAxisID: 'rate',
          borderColor: '#198754', backgroundColor: '#198754', spanGaps: true },
        { label: canvas.dataset.overdueLabel, data: numbers(canvas.dataset.overdue), yAxisID: 'overdue',
          borderColor: '#dc3545', backgroundColor: '#dc3545' }
      ]
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        rate: { type: 'linear', position: 'left', min: 0, max: 100 },
        overdue: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } }
      }
    }
  });
});
