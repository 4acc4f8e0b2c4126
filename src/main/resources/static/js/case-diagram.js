// Draws each configuration diagram on the page with cytoscape from the elements the server laid out (the same
// places and colours as the report's SVG). Mouse and touch zoom and pan; the table under it holds the same
// points for keyboard and screen-reader users.
(function () {
  "use strict";
  var FONT = "'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', sans-serif";

  function data(name) {
    return function (ele) { return ele.data(name); };
  }

  var STYLE = [
    { selector: "node", style: {
      shape: "round-rectangle", width: data("width"), height: data("height"),
      "background-color": data("fill"), "border-color": data("stroke"), "border-width": data("strokeWidth"),
      "border-style": data("borderStyle"), label: data("label"), color: data("ink"), "font-family": FONT,
      "font-size": 12, "text-wrap": "wrap", "text-max-width": data("textWidth"), "text-valign": "center",
      "text-halign": "center", "text-justification": "left", "z-index-compare": "manual", "z-index": 10 } },
    { selector: "node.hospital", style: {
      "text-valign": "top", "text-margin-y": data("labelMargin"), "font-size": 14, "z-index": 0 } },
    { selector: "edge", style: {
      width: data("strokeWidth"), "line-color": data("stroke"), "line-style": data("lineStyle"),
      "curve-style": "straight", label: data("label"), "font-family": FONT, "font-size": 12, color: "#111827",
      "text-background-color": "#ffffff", "text-background-opacity": 1, "text-background-padding": 2,
      "z-index-compare": "manual", "z-index": 5 } },
    { selector: "edge.serves", style: {
      "curve-style": "taxi", "taxi-direction": "rightward", "taxi-turn": data("turn") } }
  ];

  function elementsFor(container) {
    var next = container.nextElementSibling;
    if (next && next.matches('script[type="application/json"]')) {
      return next;
    }
    return container.parentNode.querySelector('script[type="application/json"]');
  }

  function draw(container) {
    var source = elementsFor(container);
    if (!source || !window.cytoscape) {
      return;
    }
    var cy = window.cytoscape({
      container: container,
      elements: JSON.parse(source.textContent),
      layout: { name: "preset" },
      style: STYLE,
      autoungrabify: true,
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.1,
      maxZoom: 4
    });
    start(cy, container);
    container.classList.add("diagram__canvas--drawn");
  }

  // A short inventory fits the box; a long one starts at the top at a readable width, to be scrolled by panning.
  function start(cy, container) {
    var box = cy.elements().boundingBox();
    var zoom = Math.min(1, (container.clientWidth - 32) / box.w);
    if (box.h * zoom <= container.clientHeight - 32) {
      cy.fit(undefined, 16);
      return;
    }
    cy.zoom(zoom);
    cy.pan({ x: 16 - box.x1 * zoom, y: 16 - box.y1 * zoom });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-diagram]"), draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
