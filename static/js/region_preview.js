// The region change form: redraw the preview as the editor types the shape, moves the
// number or changes the view. Only drawing: the server checks the shape on save.
(function () {
  "use strict";
  function init() {
    var svg = document.querySelector("svg.region-preview");
    if (!svg) return;
    var form = svg.closest("form");
    var shape = svg.querySelector(".region-preview__shape");
    var number = svg.querySelector(".region-preview__number");
    function field(name) { return form.querySelector("[name=" + name + "]"); }
    function redraw() {
      if (field("shape")) shape.setAttribute("d", field("shape").value);
      if (field("label_x")) number.setAttribute("cx", field("label_x").value || 0);
      if (field("label_y")) number.setAttribute("cy", field("label_y").value || 0);
      var view = field("view") && field("view").value;
      svg.querySelectorAll(".region-preview__outline").forEach(function (g) {
        if (g.getAttribute("data-view") === view) g.removeAttribute("hidden");
        else g.setAttribute("hidden", "");
      });
    }
    ["shape", "label_x", "label_y", "view"].forEach(function (name) {
      var input = field(name);
      if (input) { input.addEventListener("input", redraw); input.addEventListener("change", redraw); }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
