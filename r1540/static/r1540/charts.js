// Draws a chart from the accessible table it names, so the figures exist once and stay readable
// without the picture:
//   <canvas data-chart-table="table-id" data-chart-type="bar" data-chart-horizontal data-chart-stacked>
// Row labels come from each row's first cell; one series per header cell that has data-series,
// with the numbers read from the cells' data-value.
(function () {
  if (typeof Chart === "undefined") return;
  const palette = ["#005a9c", "#e07b00", "#2e7d32", "#6a1b9a", "#c62828", "#00838f"];
  const rtl = document.documentElement.dir === "rtl";
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  document.querySelectorAll("canvas[data-chart-table]").forEach((canvas) => {
    const table = document.getElementById(canvas.dataset.chartTable);
    if (!table) return;
    const heads = Array.from(table.tHead.rows[0].cells);
    const columns = heads.map((cell, index) => ({ cell, index })).filter(({ cell }) => "series" in cell.dataset);
    const rows = Array.from(table.tBodies[0].rows);
    const horizontal = "chartHorizontal" in canvas.dataset;
    const stacked = "chartStacked" in canvas.dataset;
    const valueAxis = { beginAtZero: true, stacked, reverse: rtl && horizontal };
    const labelAxis = { stacked, reverse: rtl && !horizontal, position: horizontal && rtl ? "right" : undefined };
    new Chart(canvas, {
      type: canvas.dataset.chartType || "bar",
      data: {
        labels: rows.map((row) => row.cells[0].textContent.trim()),
        datasets: columns.map(({ cell, index }, position) => ({
          label: cell.textContent.trim(),
          data: rows.map((row) => Number(row.cells[index].dataset.value)),
          backgroundColor: palette[position % palette.length],
          borderColor: palette[position % palette.length],
        })),
      },
      options: {
        animation: reduced ? false : {},
        indexAxis: horizontal ? "y" : "x",
        plugins: { legend: { display: columns.length > 1, rtl } },
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        locale: document.documentElement.lang,
      },
    });
  });
})();
