/* The search page: Pagefind's own interface over the index the build made
 * (site/pagefind/, generator/site/search.py), loaded only on this page.
 * Pagefind fetches the index chunks a query needs, never the whole index.
 * A large site's index is in several bundles (pagefind/parts.json lists
 * the others), merged into one search (Pagefind's mergeIndex).
 * The header's search form brings its words here as ?q=…, and so does a
 * link to a search. Runs on every page load, instant navigation included. */
(function () {
  "use strict";

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var node = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { node[name] = attributes[name]; });
      node.onload = resolve;
      node.onerror = function () { reject(new Error("cannot load " + (attributes.src || attributes.href))); };
      document.head.appendChild(node);
    });
  }

  /* The other bundles of the index (none for an index made before bundles). */
  function parts(bundle) {
    return fetch(bundle + "parts.json")
      .then(function (response) { return response.ok ? response.json() : []; })
      .catch(function () { return []; });
  }

  function init() {
    var box = document.getElementById("search-ui");
    if (!box || box.getAttribute("data-ready")) return;
    box.setAttribute("data-ready", "1");
    var bundle = box.getAttribute("data-bundle");
    var query = new URLSearchParams(location.search).get("q") || "";
    Promise.all([load("link", { rel: "stylesheet", href: bundle + "pagefind-ui.css" }),
      load("script", { src: bundle + "pagefind-ui.js" }), parts(bundle)])
      .then(function (loaded) {
        var ui = new window.PagefindUI({ element: "#search-ui", bundlePath: bundle, showSubResults: true,
          showImages: false, resetStyles: false, autofocus: !query,
          mergeIndex: loaded[2].map(function (part) { return { bundlePath: bundle + part }; }) });
        var input = box.querySelector("input");
        if (input) input.setAttribute("aria-label", "Search events, people, places and sources");
        if (query) ui.triggerSearch(query);
        var header = document.querySelector(".md-header__search-input");
        if (header) header.value = query;
      })
      .catch(function (error) {
        box.textContent = "Search is not available: " + error.message + ". The index is made by `mkdocs build`.";
      });
  }

  if (window.document$) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
