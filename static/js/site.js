// HipHelp: the few listeners the site needs. No inline script, no eval (strict CSP).
(function () {
  "use strict";

  // WAI-ARIA tabs over real links: arrows move focus, Enter or Space opens a tab
  // (manual activation, since opening one is a network request).
  function syncTabs(root) {
    var panel = root.querySelector("[role=tabpanel]");
    var current = panel && panel.getAttribute("data-tab");
    root.querySelectorAll("[role=tab]").forEach(function (tab) {
      var selected = tab.id === current;
      tab.setAttribute("aria-selected", selected ? "true" : "false");
      tab.tabIndex = selected ? 0 : -1;
    });
    if (panel && panel.getAttribute("data-title")) {
      document.title = panel.getAttribute("data-title");
    }
  }

  function onKeydown(event) {
    var tab = event.target.closest("[role=tab]");
    if (!tab) return;
    var tabs = Array.prototype.slice.call(tab.parentNode.querySelectorAll("[role=tab]"));
    var index = tabs.indexOf(tab);
    var rtl = getComputedStyle(tab).direction === "rtl";
    var next = null;
    switch (event.key) {
      case "ArrowRight": next = tabs[(index + (rtl ? -1 : 1) + tabs.length) % tabs.length]; break;
      case "ArrowLeft": next = tabs[(index + (rtl ? 1 : -1) + tabs.length) % tabs.length]; break;
      case "Home": next = tabs[0]; break;
      case "End": next = tabs[tabs.length - 1]; break;
      case " ": event.preventDefault(); tab.click(); return;
      default: return;
    }
    event.preventDefault();
    next.focus();
  }

  function init() {
    document.querySelectorAll("[data-tabs]").forEach(syncTabs);
  }

  // Delegated, so it survives htmx swaps and history restores.
  document.addEventListener("keydown", onKeydown);
  // "Use my location" where the browser can tell: fills the hidden lat/lng and searches.
  function initLocation() {
    var button = document.getElementById("use-location");
    if (!button || !("geolocation" in navigator)) return;
    var form = button.form;
    var where = form.elements.where;
    var status = document.getElementById("location-status");
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = button.getAttribute("data-finding") || "…";
      navigator.geolocation.getCurrentPosition(function (pos) {
        form.elements.lat.value = pos.coords.latitude.toFixed(4);
        form.elements.lng.value = pos.coords.longitude.toFixed(4);
        where.value = "";
        status.textContent = button.getAttribute("data-found") || "";
        form.requestSubmit();
      }, function () {
        status.textContent = button.getAttribute("data-failed") || "";
      }, { timeout: 10000, maximumAge: 600000 });
    });
    // Typing a place replaces a location found before.
    where.addEventListener("input", function () {
      form.elements.lat.value = "";
      form.elements.lng.value = "";
    });
  }

  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("DOMContentLoaded", initLocation);
  // The body map: mark the chosen region and take the reader to what it says.
  function syncRegions(panel) {
    var chosen = panel.getAttribute("data-region");
    document.querySelectorAll(".body-map .region").forEach(function (link) {
      var selected = link.getAttribute("data-region") === chosen;
      link.classList.toggle("is-selected", selected);
      if (selected) link.setAttribute("aria-current", "location");
      else link.removeAttribute("aria-current");
    });
  }

  // SVG links are not HTMLAnchorElements, so htmx does not stop the browser
  // following them itself: do it here, for plain clicks only.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("svg a[hx-get]");
    if (link && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) event.preventDefault();
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.target;
    var root = target.closest && target.closest("[data-tabs]");
    if (root) syncTabs(root);
    if (target.id === "region-panel") {
      syncRegions(target);
      var heading = target.querySelector("h2");
      if (heading) heading.focus();
    }
  });
  // Pages swapped in by htmx push a new URL: keep the language links on the same page.
  function syncLanguageLinks() {
    var rest = location.pathname.replace(/^\/[^/]+/, "") + location.search;
    document.querySelectorAll(".language-switch a[data-language]").forEach(function (link) {
      link.setAttribute("href", "/" + link.getAttribute("data-language") + rest);
    });
  }
  document.addEventListener("htmx:pushedIntoHistory", syncLanguageLinks);
  document.addEventListener("htmx:historyRestore", function () { init(); syncLanguageLinks(); });
  // Closed disclosures would print empty.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (d) { d.open = true; });
  });
  // The appointment sheet's Print button: shown only where it can work.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () { window.print(); });
    });
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var root = event.target.closest && event.target.closest("[data-tabs]");
    if (root) root.setAttribute("aria-busy", "true");
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var root = event.target.closest && event.target.closest("[data-tabs]");
    if (root) root.removeAttribute("aria-busy");
  });
})();
// Was this helpful? A refused answer (400, 403, 429) comes back as the form to show, its
// text kept; after each step, focus goes to the thank-you or the chosen answer.
document.addEventListener("htmx:beforeSwap", function (event) {
  var target = event.detail.target;
  if (target && target.classList.contains("feedback") && [400, 403, 429].indexOf(event.detail.xhr.status) >= 0) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
document.addEventListener("htmx:afterSettle", function (event) {
  var target = event.target;
  var focus = target.classList && target.classList.contains("feedback") && target.querySelector("[data-focus]");
  if (focus) focus.focus();
});
