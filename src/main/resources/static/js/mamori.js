// Mamori: small progressive enhancements. Pages work without this file.
(function () {
  "use strict";

  // htmx requests carry the CSRF token the page was rendered with.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Forms (or the button that submits one) with data-confirm ask before they submit (withdrawals, fills, removals).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var button = event.submitter;
    var message = (button && button.getAttribute("data-confirm")) || (form.getAttribute && form.getAttribute("data-confirm"));
    if (message && !window.confirm(message)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // A live countdown for elements with data-deadline-end (ISO instant of the deadline's end).
  function tick() {
    document.querySelectorAll("[data-deadline-end]").forEach(function (el) {
      var end = Date.parse(el.getAttribute("data-deadline-end"));
      var left = end - Date.now();
      if (isNaN(end)) { return; }
      if (left <= 0) {
        el.textContent = el.getAttribute("data-passed-text") || "";
        el.classList.add("deadline--passed");
        return;
      }
      var d = Math.floor(left / 86400000);
      var h = Math.floor(left % 86400000 / 3600000);
      var m = Math.floor(left % 3600000 / 60000);
      var s = Math.floor(left % 60000 / 1000);
      var template = el.getAttribute("data-template") || "{d} {h}:{m}:{s}";
      el.textContent = template.replace("{d}", d).replace("{h}", String(h).padStart(2, "0"))
        .replace("{m}", String(m).padStart(2, "0")).replace("{s}", String(s).padStart(2, "0"));
    });
  }
  if (document.querySelector("[data-deadline-end]")) {
    tick();
    setInterval(tick, 1000);
  }
  document.addEventListener("htmx:afterSwap", tick);
})();
