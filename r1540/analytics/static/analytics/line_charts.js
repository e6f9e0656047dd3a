// r1540/charts.js colours each series' fill; a line chart also needs its line in that colour.
(function () {
  if (typeof Chart === "undefined") return;
  document.querySelectorAll('canvas[data-chart-type="line"]').forEach((canvas) => {
    const chart = Chart.getChart(canvas);
    if (!chart) return;
    chart.data.datasets.forEach((dataset) => {
      dataset.borderColor = dataset.backgroundColor;
    });
    chart.update("none");
  });
})();
