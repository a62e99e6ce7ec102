/* Mark the sentence a link points to (#s123 on a source page). CSS :target
 * misses pages reached by instant navigation (history.pushState), so the
 * target gets the class "is-target" on every page load and hash change. */
(function () {
  "use strict";

  function mark() {
    Array.prototype.forEach.call(document.querySelectorAll(".is-target"), function (node) {
      node.classList.remove("is-target");
    });
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target) target.classList.add("is-target");
  }

  if (window.document$) window.document$.subscribe(mark);
  else document.addEventListener("DOMContentLoaded", mark);
  window.addEventListener("hashchange", mark);
})();
