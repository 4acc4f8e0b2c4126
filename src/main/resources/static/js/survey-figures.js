// Draws the figures page's bar charts from the JSON the page carries (labels and values per canvas id); the table in
// each figure holds the same values, and a suppressed figure (null) is left out of its chart rather than drawn as zero.
(function () {
  "use strict";
  function draw() {
    var data = JSON.parse(document.getElementById("figures-data").textContent);
    if (!window.Chart) {
      return;
    }
    Object.keys(data).forEach(function (id) {
      var canvas = document.getElementById(id);
      if (!canvas) {
        return;
      }
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: data[id].labels,
          datasets: [{ label: canvas.getAttribute("aria-label"), data: data[id].values, backgroundColor: "#1d4f91" }]
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
