// The body map: arrow keys between neighbouring regions, focus kept and the marked places
// announced across htmx swaps, refused choices shown. No inline script, no eval (strict CSP).
(function () {
  "use strict";

  function regions(map) {
    return Array.prototype.slice.call(map.querySelectorAll("a.region"));
  }

  function centre(link) {
    var badge = link.querySelector(".region__badge");
    var box = (badge || link).getBBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  // The nearest region in the arrow's direction, within 60 degrees of it. The drawing is not
  // mirrored in right-to-left languages, so neither are the arrows.
  function neighbour(link, key) {
    var dir = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key];
    var from = centre(link);
    var best = null;
    var bestScore = Infinity;
    regions(link.ownerSVGElement).forEach(function (other) {
      if (other === link) return;
      var to = centre(other);
      var dx = to.x - from.x;
      var dy = to.y - from.y;
      var along = dx * dir[0] + dy * dir[1];
      var distance = Math.sqrt(dx * dx + dy * dy);
      if (along <= 0 || along < distance * 0.5) return;
      var score = distance + (distance - along) * 2;
      if (score < bestScore) { best = other; bestScore = score; }
    });
    return best;
  }

  document.addEventListener("keydown", function (event) {
    var link = event.target.closest && event.target.closest("svg[data-map] a.region");
    if (!link) return;
    if (event.key === " ") { event.preventDefault(); link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true })); return; }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var next = null;
    var all = regions(link.ownerSVGElement);
    if (event.key === "Home") next = all[0];
    else if (event.key === "End") next = all[all.length - 1];
    else if (/^Arrow/.test(event.key)) next = neighbour(link, event.key);
    else return;
    event.preventDefault();
    if (next) next.focus();
  });

  // What had focus inside the map, so the same control has it after the swap.
  var focused = null;

  function status() {
    var box = document.getElementById("map-status");
    if (!box) {
      box = document.createElement("p");
      box.id = "map-status";
      box.className = "visually-hidden";
      box.setAttribute("role", "status");
      document.body.appendChild(box);
    }
    return box;
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    var map = document.getElementById("pain-map");
    var active = document.activeElement;
    if (!map || !active || !map.contains(active)) { focused = null; return; }
    var region = active.getAttribute("data-region");
    if (region) focused = (active.tagName.toLowerCase() === "input" ? "input" : "a") + '[data-region="' + region + '"]';
    else if (active.closest(".view-switch")) focused = ".view-switch a[aria-current]";
    else focused = null;
  });

  // A refused choice (400) comes back as the map with its message: show it.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (target && target.id === "pain-map" && event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var map = event.target;
    if (!map || map.id !== "pain-map") return;
    status().textContent = map.getAttribute("data-announce") || "";
    var again = focused && map.querySelector(focused);
    if (again) again.focus();
    else if (map.querySelector("[role=alert]")) map.querySelector("[role=alert]").setAttribute("tabindex", "-1");
  });

  document.addEventListener("DOMContentLoaded", function () {
    if (document.getElementById("pain-map")) status();
  });
})();
