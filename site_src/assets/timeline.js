/* The visual timeline on the home page.
 *
 * Draws the events of timeline.json (TimelineJS3 format, written by
 * the generator) on a time axis that zooms (buttons, + and - keys,
 * Ctrl + wheel) and pans (scroll, drag). Each event is a link to its page;
 * a day is a dot, a week or month a bar over the days it covers. Without
 * JavaScript its container stays hidden and the list below it is the
 * timeline. Runs on every page load, instant navigation included.
 */
(function () {
  "use strict";

  var DAY = 86400000;
  var LANE = 58;            // px between rows of events
  var AXIS = 36;            // px for the axis labels
  var LABEL = 190;          // px a label takes, for stacking rows
  var PAD = 24;             // px before the first and after the last day
  var MIN_PX = 0.02, MAX_PX = 600;  // px per day
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  // Tick units, finest first: [name, days apart (roughly), first tick at or after t, next tick, label]
  var UNITS = [
    ["day", 1, function (t) { return ceilDay(t); }, function (t) { return t + DAY; },
      function (d) { return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()]; }],
    ["week", 7, function (t) { var d = ceilDay(t); var w = (new Date(d).getUTCDay() + 6) % 7; return w ? d + (7 - w) * DAY : d; },
      function (t) { return t + 7 * DAY; },
      function (d) { return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()]; }],
    ["month", 30.4, function (t) { return ceilMonth(t, 1); }, function (t) { return addMonths(t, 1); },
      function (d) { return d.getUTCMonth() ? MONTHS[d.getUTCMonth()] : MONTHS[0] + " " + d.getUTCFullYear(); }],
    ["quarter", 91, function (t) { return ceilMonth(t, 3); }, function (t) { return addMonths(t, 3); },
      function (d) { return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }],
    ["year", 365, function (t) { return ceilMonth(t, 12); }, function (t) { return addMonths(t, 12); },
      function (d) { return String(d.getUTCFullYear()); }]
  ];

  function ceilDay(t) { return Math.ceil(t / DAY) * DAY; }
  function addMonths(t, n) { var d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1); }
  function ceilMonth(t, step) {
    var d = new Date(t);
    var m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - d.getUTCMonth() % step, 1);
    return m < t ? addMonths(m, step) : m;
  }

  // TimelineJS headlines are HTML; parsed inertly and shown as text.
  function decode(html) {
    return new DOMParser().parseFromString(html || "", "text/html").documentElement.textContent;
  }

  // The days a TimelineJS date covers: a year, a month, or day(s).
  function interval(event) {
    var s = event.start_date, e = event.end_date || s;
    var first = Date.UTC(s.year, (s.month || 1) - 1, s.day || 1);
    var end = e.day ? Date.UTC(e.year, e.month - 1, e.day) + DAY
      : e.month ? Date.UTC(e.year, e.month, 1) : Date.UTC(e.year + 1, 0, 1);
    return [first, end];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function Timeline(container, data) {
    var base = container.getAttribute("data-events") || "events/";
    this.events = (data.events || []).map(function (e) {
      var span = interval(e);
      return { id: e.unique_id, href: base + encodeURIComponent(e.unique_id) + "/", title: decode(e.text && e.text.headline),
        date: e.display_date || "", first: span[0], end: span[1] };
    }).sort(function (a, b) { return a.first - b.first || b.end - a.end; });
    this.from = Math.min.apply(null, this.events.map(function (e) { return e.first; })) - DAY;
    this.to = Math.max.apply(null, this.events.map(function (e) { return e.end; })) + DAY;
    this.container = container;
    this.build();
    this.fit();
  }

  Timeline.prototype.build = function () {
    var self = this, box = this.container;
    box.textContent = "";
    box.appendChild(el("h2", "tl-heading", "Visual timeline")).id = "visual-timeline";
    var bar = box.appendChild(el("div", "tl-toolbar"));
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Zoom the visual timeline");
    [["−", "Zoom out", function () { self.zoom(0.5); }],
      ["+", "Zoom in", function () { self.zoom(2); }],
      ["Fit", "Fit all events", function () { self.fit(); }]].forEach(function (b) {
      var button = bar.appendChild(el("button", "md-button tl-zoom", b[0]));
      button.type = "button";
      button.title = b[1];
      button.setAttribute("aria-label", b[1]);
      button.addEventListener("click", b[2]);
    });
    this.scale = bar.appendChild(el("span", "tl-scale"));
    this.scale.setAttribute("aria-live", "polite");
    this.viewport = box.appendChild(el("div", "tl-viewport"));
    this.viewport.tabIndex = 0;
    this.viewport.setAttribute("role", "region");
    this.viewport.setAttribute("aria-label", "Visual timeline of " + this.events.length + " events: scroll sideways, + and − keys zoom");
    this.canvas = this.viewport.appendChild(el("div", "tl-canvas"));
    this.axis = this.canvas.appendChild(el("div", "tl-axis"));
    this.layer = this.canvas.appendChild(el("ol", "tl-events"));
    this.links = this.events.map(function (e) {
      var item = self.layer.appendChild(el("li", "tl-item"));
      var link = item.appendChild(el("a", "tl-event"));
      link.href = e.href;
      link.appendChild(el("span", "tl-mark"));
      var label = link.appendChild(el("span", "tl-label"));
      label.appendChild(el("span", "tl-date", e.date));
      label.appendChild(el("span", "tl-title", e.title));
      return item;
    });
    this.viewport.addEventListener("keydown", function (ev) {
      if (ev.key === "+" || ev.key === "=") { self.zoom(2); ev.preventDefault(); }
      else if (ev.key === "-" || ev.key === "_") { self.zoom(0.5); ev.preventDefault(); }
      else if (ev.key === "0") { self.fit(); ev.preventDefault(); }
    });
    this.viewport.addEventListener("wheel", function (ev) {
      if (!ev.ctrlKey && !ev.metaKey) return;  // plain wheel scrolls the page
      ev.preventDefault();
      var rect = self.viewport.getBoundingClientRect();
      self.zoom(ev.deltaY < 0 ? 1.5 : 1 / 1.5, ev.clientX - rect.left);
    }, { passive: false });
    this.drag(this.viewport);
    box.hidden = false;
  };

  // Drag the background to pan; a drag that moved does not follow a link.
  Timeline.prototype.drag = function (viewport) {
    var start = null, moved = false;
    viewport.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0 || ev.pointerType === "touch") return;
      start = { x: ev.clientX, left: viewport.scrollLeft };
      moved = false;
    });
    window.addEventListener("pointermove", function (ev) {
      if (!start) return;
      var dx = ev.clientX - start.x;
      if (Math.abs(dx) > 4) { moved = true; viewport.classList.add("tl-dragging"); }
      if (moved) viewport.scrollLeft = start.left - dx;
    });
    window.addEventListener("pointerup", function () { start = null; viewport.classList.remove("tl-dragging"); });
    viewport.addEventListener("click", function (ev) { if (moved) { ev.preventDefault(); moved = false; } }, true);
  };

  Timeline.prototype.fit = function () {
    var width = Math.max(this.viewport.clientWidth - 2 * PAD - LABEL, 200);
    this.setScale(width / ((this.to - this.from) / DAY), 0);
    this.viewport.scrollLeft = 0;
  };

  // Zoom by a factor, keeping the day under ``at`` (px from the viewport's left; its middle by default) in place.
  Timeline.prototype.zoom = function (factor, at) {
    if (at === undefined) at = this.viewport.clientWidth / 2;
    var day = (this.viewport.scrollLeft + at - PAD) / this.px;
    this.setScale(this.px * factor);
    this.viewport.scrollLeft = day * this.px + PAD - at;
  };

  Timeline.prototype.x = function (t) { return PAD + (t - this.from) / DAY * this.px; };

  Timeline.prototype.setScale = function (px) {
    this.px = Math.min(MAX_PX, Math.max(MIN_PX, px));
    var self = this, lanes = [];
    this.events.forEach(function (e, i) {
      var left = self.x(e.first), width = Math.max((e.end - e.first) / DAY * self.px, 10);
      var lane = 0;
      while (lanes[lane] !== undefined && lanes[lane] > left) lane++;
      lanes[lane] = left + Math.max(width, LABEL) + 8;
      var item = self.links[i];
      item.style.left = left + "px";
      item.style.top = (AXIS + 8 + lane * LANE) + "px";
      item.firstChild.firstChild.style.width = width + "px";
      item.classList.toggle("tl-span", e.end - e.first > DAY);
    });
    var width = this.x(this.to) + LABEL + PAD;
    this.canvas.style.width = width + "px";
    this.canvas.style.height = (AXIS + 16 + Math.max(lanes.length, 1) * LANE) + "px";
    this.drawAxis();
  };

  Timeline.prototype.drawAxis = function () {
    var unit = UNITS[UNITS.length - 1];
    for (var i = 0; i < UNITS.length; i++) {
      if (UNITS[i][1] * this.px >= 64) { unit = UNITS[i]; break; }
    }
    this.axis.textContent = "";
    for (var t = unit[2](this.from); t <= this.to; t = unit[3](t)) {
      var tick = this.axis.appendChild(el("span", "tl-tick", unit[4](new Date(t))));
      tick.style.left = this.x(t) + "px";
    }
    this.scale.textContent = "Scale: " + unit[0] + "s";
  };

  function init() {
    var boxes = document.querySelectorAll(".timeline-visual[data-src]");
    Array.prototype.forEach.call(boxes, function (box) {
      fetch(box.getAttribute("data-src"))
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (data) { if ((data.events || []).length) box.timeline = new Timeline(box, data); })
        .catch(function (error) { console.warn("visual timeline:", error); });  // the list is still there
    });
  }

  if (window.document$) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
