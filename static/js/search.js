// Search as you type: htmx fetches the suggestions; this shows them and adds the keys
// (Down into the list, Up and Down through it, Escape back to the box). No eval, no inline script.
(function () {
  "use strict";

  function parts() {
    var input = document.getElementById("header-search-q");
    var box = document.getElementById("search-suggestions");
    return input && box ? { input: input, box: box } : null;
  }

  function links(box) {
    return Array.prototype.slice.call(box.querySelectorAll("a"));
  }

  function close(p) {
    p.box.hidden = true;
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var p = parts();
    if (!p || event.target !== p.box) return;
    var empty = !p.input.value.trim() || !p.box.textContent.trim();
    p.box.hidden = empty;
    var status = p.box.querySelector("[data-search-status]");
    document.getElementById("search-status").textContent = status && !empty ? status.textContent : "";
  });

  document.addEventListener("keydown", function (event) {
    var p = parts();
    if (!p) return;
    var inBox = p.box.contains(event.target);
    if (event.target !== p.input && !inBox) return;
    var items = links(p.box);
    var index = items.indexOf(event.target);
    if (event.key === "Escape") {
      close(p);
      p.input.focus();
    } else if (event.key === "ArrowDown" && items.length && p.input.value.trim()) {
      event.preventDefault();
      p.box.hidden = false; // closed with Escape: Down opens the same suggestions again
      items[Math.min(index + 1, items.length - 1)].focus();
    } else if (event.key === "ArrowUp" && inBox) {
      event.preventDefault();
      if (index <= 0) p.input.focus();
      else items[index - 1].focus();
    }
  });

  document.addEventListener("click", function (event) {
    var p = parts();
    if (p && !p.input.form.contains(event.target)) close(p);
  });
})();
