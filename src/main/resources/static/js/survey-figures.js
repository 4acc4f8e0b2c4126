// Draws the figures page's bar charts from the JSON the page carries; the table in each figure holds the same values,
// and a suppressed figure (null) is left out of its chart rather than drawn as zero.
(function () {
  "use strict";
  var CHARTS = [["state-chart", "byState"], ["purpose-chart", "byPurpose"], ["severity-chart", "bySeverity"],
    ["decision-chart", "byDecision"]];
  function draw() {
    var data = JSON.parse(document.getElementById("figures-data").textContent);
    if (!window.Chart) {
      return;
    }
    CHARTS.forEach(function (c) {
      var canvas = document.getElementById(c[0]);
      if (!canvas) {
        return;
      }
      var values = data[c[1]];
      var keys = Object.keys(values);
      var labels = (canvas.dataset.labels || "").split("|");
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: keys.map(function (k, i) { return labels[i] || k; }),
          datasets: [{ label: canvas.getAttribute("aria-label"), data: keys.map(function (k) { return values[k]; }),
            backgroundColor: "#1d4f91" }]
        },
        options: { animation: false, indexAxis: "y", plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
