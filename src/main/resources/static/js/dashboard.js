// Draws the dashboard's two charts from the JSON the page carries; the tables beside them hold the same values.
(function () {
  "use strict";
  function draw() {
    var data = JSON.parse(document.getElementById("dashboard-data").textContent);
    var ink = "#1d4f91";
    var history = document.getElementById("history-chart");
    if (history && window.Chart) {
      new Chart(history, {
        type: "line",
        data: {
          labels: data.history.map(function (d) { return d.date; }),
          datasets: [{ label: history.getAttribute("aria-label"), data: data.history.map(function (d) { return d.selected; }),
            borderColor: ink, backgroundColor: ink, pointStyle: "rectRot", pointRadius: 4, stepped: true }]
        },
        options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
      });
    }
    var bands = document.getElementById("band-chart");
    if (bands && window.Chart) {
      new Chart(bands, {
        type: "bar",
        data: {
          labels: data.bands.map(function (b) { return b.band; }),
          datasets: [
            { label: bands.dataset.selected || "selected", data: data.bands.map(function (b) { return b.selected; }),
              backgroundColor: "#1e6b3a" },
            { label: bands.dataset.waitlisted || "waitlisted", data: data.bands.map(function (b) { return b.waitlisted; }),
              backgroundColor: "#f2a900", borderColor: "#8a4b00", borderWidth: 2 }
          ]
        },
        options: { animation: false, scales: { y: { beginAtZero: true } } }
      });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
