// Draws a bar chart from the accessible table next to it, so the figures exist once.
(function () {
  const canvas = document.getElementById("groups-chart");
  const table = document.getElementById("groups-table");
  if (!canvas || !table || typeof Chart === "undefined") return;
  const rows = Array.from(table.tBodies[0].rows);
  const rtl = document.documentElement.dir === "rtl";
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: rows.map((row) => row.cells[0].textContent.trim()),
      datasets: [{ data: rows.map((row) => Number(row.cells[1].dataset.value)), backgroundColor: "#005a9c" }],
    },
    options: {
      animation: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? false : {},
      indexAxis: "y",
      plugins: { legend: { display: false } },
      scales: { x: { reverse: rtl, beginAtZero: true }, y: { position: rtl ? "right" : "left" } },
      locale: document.documentElement.lang,
    },
  });
})();
