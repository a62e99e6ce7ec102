/* The visual timeline on the home page.
 *
 * At wide zoom it draws how many events each week or month holds (from
 * visual/days.json, a few kilobytes whatever the size of the timeline),
 * each bar a link to its month's page; zoomed in close, the events
 * themselves in at most LANES rows, key events marked, each a link to its
 * page, a day with more events than fit ending in "+N more" (its place on
 * the month page). A month's events are loaded (visual/<YYYY-MM>.json) when
 * it comes into view, and only what is in view is drawn, so the page stays
 * light at any number of events. Zooms with the buttons, the + and - keys
 * and Ctrl + wheel; pans by scrolling or dragging. Without JavaScript its
 * container stays hidden: the key events and the month pages are there.
 * Runs on every page load, instant navigation included.
 */
(function () {
  "use strict";

  var DAY = 86400000;
  var AXIS = 30;            // px for the axis labels
  var BARS = 110;           // px of the tallest bar
  var LANE = 60;            // px between rows of events: a mark, two lines of title and one of sources
  var LANES = 5;            // rows of events; more go into "+N more"
  var LABEL = 170;          // px an event's label takes
  var PAD = 24;             // px before the first and after the last day
  var EVENTS_PX = 6;        // px per day from which events are drawn
  var MAX_PX = 400;         // px per day; the least is a quarter of what fits every event
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  // Tick units, finest first: [name, days apart (roughly), first tick at or after t, next tick, label]
  var UNITS = [
    ["day", 1, ceilDay, function (t) { return t + DAY; }, dayLabel],
    ["week", 7, function (t) { return monday(ceilDay(t) + 6 * DAY); }, function (t) { return t + 7 * DAY; }, dayLabel],
    ["month", 30.4, function (t) { return ceilMonth(t, 1); }, function (t) { return addMonths(t, 1); },
      function (d) { return d.getUTCMonth() ? MONTHS[d.getUTCMonth()] : MONTHS[0] + " " + d.getUTCFullYear(); }],
    ["quarter", 91, function (t) { return ceilMonth(t, 3); }, function (t) { return addMonths(t, 3); },
      function (d) { return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }],
    ["year", 365, function (t) { return ceilMonth(t, 12); }, function (t) { return addMonths(t, 12); },
      function (d) { return String(d.getUTCFullYear()); }],
    ["decade", 3652, function (t) { return ceilMonth(t, 120); }, function (t) { return addMonths(t, 120); },
      function (d) { return String(d.getUTCFullYear()); }]
  ];

  function dayLabel(d) { return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()]; }
  function ceilDay(t) { return Math.ceil(t / DAY) * DAY; }
  function monday(t) { return t - ((new Date(t).getUTCDay() + 6) % 7) * DAY; }
  function addMonths(t, n) { var d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1); }
  function monthStart(t) { var d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); }
  function ceilMonth(t, step) {
    var d = new Date(t), months = d.getUTCFullYear() * 12 + d.getUTCMonth();
    var first = months - months % step, m = Date.UTC(Math.floor(first / 12), first % 12, 1);
    return m < t ? addMonths(m, step) : m;
  }
  function parse(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, iso.length > 7 ? +iso.slice(8, 10) : 1); }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }
  function monthOf(t) { return iso(t).slice(0, 7); }
  function longMonth(t) { var d = new Date(t); return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function Timeline(container, data) {
    this.base = container.getAttribute("data-src");
    this.eventsBase = container.getAttribute("data-events");
    this.monthsBase = container.getAttribute("data-months");
    this.days = data.days.map(function (d) { return [parse(d[0]), d[1]]; });
    this.months = data.months.map(function (m) { return [parse(m[0]), m[1]]; });
    this.chunks = {};
    data.chunks.forEach(function (c) { this.chunks[c] = null; }, this);
    this.total = this.days.concat(this.months).reduce(function (n, d) { return n + d[1]; }, 0);
    var starts = this.days.map(function (d) { return d[0]; }).concat(this.months.map(function (m) { return m[0]; }));
    var ends = this.days.map(function (d) { return d[0] + DAY; }).concat(this.months.map(function (m) { return addMonths(m[0], 1); }));
    this.from = Math.min.apply(null, starts) - DAY;
    this.to = Math.max.apply(null, ends) + DAY;
    this.bulk = bulk(this.days.length ? this.days : this.months, this.from, this.to);
    this.bins = {};
    this.container = container;
    this.build();
    this.fit();
  }

  // The stretch holding the middle 98 % of events, which "Fit" shows (a
  // stray date decades away would otherwise squeeze the rest into a line).
  function bulk(counts, from, to) {
    var sorted = counts.slice().sort(function (a, b) { return a[0] - b[0]; });
    var total = sorted.reduce(function (n, d) { return n + d[1]; }, 0), seen = 0, first = from, last = to;
    for (var i = 0; i < sorted.length; i++) {
      if (seen <= total * 0.01) first = sorted[i][0];
      seen += sorted[i][1];
      if (seen >= total * 0.99) { last = sorted[i][0] + DAY; break; }
    }
    return [Math.max(from, first - DAY), Math.min(to, last + DAY)];
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
      ["Fit", "Fit the events", function () { self.fit(); }]].forEach(function (b) {
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
    this.viewport.setAttribute("aria-label", "Visual timeline of " + plural(this.total, "event") + ": scroll sideways, + and − keys zoom");
    this.canvas = this.viewport.appendChild(el("div", "tl-canvas"));
    this.axis = this.canvas.appendChild(el("div", "tl-axis"));
    this.layer = this.canvas.appendChild(el("ol", "tl-layer"));
    this.viewport.addEventListener("keydown", function (ev) {
      if (ev.key === "+" || ev.key === "=") { self.zoom(2); ev.preventDefault(); }
      else if (ev.key === "-" || ev.key === "_") { self.zoom(0.5); ev.preventDefault(); }
      else if (ev.key === "0") { self.fit(); ev.preventDefault(); }
    });
    this.viewport.addEventListener("wheel", function (ev) {
      if (!ev.ctrlKey && !ev.metaKey) return;  // a plain wheel scrolls the page
      ev.preventDefault();
      self.zoom(ev.deltaY < 0 ? 1.5 : 1 / 1.5, ev.clientX - self.viewport.getBoundingClientRect().left);
    }, { passive: false });
    var pending = false;
    this.viewport.addEventListener("scroll", function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; self.draw(); });
    });
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
    var width = Math.max(this.viewport.clientWidth - 2 * PAD, 200);
    this.setScale(width / ((this.bulk[1] - this.bulk[0]) / DAY));
    this.viewport.scrollLeft = this.x(this.bulk[0]) - PAD;
    this.draw();
  };

  // Zoom by a factor, keeping the day under ``at`` (px from the viewport's left; its middle by default) in place.
  Timeline.prototype.zoom = function (factor, at) {
    if (at === undefined) at = this.viewport.clientWidth / 2;
    var t = this.time(this.viewport.scrollLeft + at);
    this.setScale(this.px * factor);
    this.viewport.scrollLeft = this.x(t) - at;
    this.draw();
  };

  Timeline.prototype.x = function (t) { return PAD + (t - this.from) / DAY * this.px; };
  Timeline.prototype.time = function (x) { return this.from + (x - PAD) / this.px * DAY; };

  Timeline.prototype.setScale = function (px) {
    var least = Math.max(this.viewport.clientWidth - 2 * PAD, 200) / ((this.to - this.from) / DAY) / 4;
    this.px = Math.min(MAX_PX, Math.max(least, px));
    this.mode = this.px >= EVENTS_PX ? "events" : 7 * this.px >= 8 ? "week" : "month";
    this.canvas.style.width = (this.x(this.to) + LABEL + PAD) + "px";
    this.canvas.style.height = (AXIS + 12 + Math.max(BARS, LANES * LANE + 24)) + "px";
    this.scale.textContent = this.mode === "events" ? "Showing events; zoom out for events per week"
      : "Showing events per " + this.mode + "; zoom in for the events themselves";
  };

  // What is in view (a viewport's width either side too, for smooth scrolling).
  Timeline.prototype.window = function () {
    var width = this.viewport.clientWidth;
    return [this.time(this.viewport.scrollLeft - width), this.time(this.viewport.scrollLeft + 2 * width)];
  };

  Timeline.prototype.draw = function () {
    var view = this.window();
    this.drawAxis(view);
    this.layer.textContent = "";
    this.layer.className = "tl-layer tl-" + this.mode;
    if (this.mode === "events") this.drawEvents(view); else this.drawBins(view);
  };

  Timeline.prototype.drawAxis = function (view) {
    var unit = UNITS[UNITS.length - 1];
    for (var i = 0; i < UNITS.length; i++) {
      if (UNITS[i][1] * this.px >= 72) { unit = UNITS[i]; break; }
    }
    this.axis.textContent = "";
    for (var t = unit[2](Math.max(this.from, view[0])); t <= Math.min(this.to, view[1]); t = unit[3](t)) {
      this.axis.appendChild(el("span", "tl-tick", unit[4](new Date(t)))).style.left = this.x(t) + "px";
    }
  };

  // Events per week (those dated to a day or a week) or per month (all).
  Timeline.prototype.binned = function (mode) {
    if (this.bins[mode]) return this.bins[mode];
    var counts = {}, start = mode === "week" ? monday : monthStart;
    this.days.forEach(function (d) { var b = start(d[0]); counts[b] = (counts[b] || 0) + d[1]; });
    if (mode === "month") this.months.forEach(function (m) { counts[m[0]] = (counts[m[0]] || 0) + m[1]; });
    var bins = Object.keys(counts).map(Number).sort(function (a, b) { return a - b; })
      .map(function (b) { return [b, counts[b]]; });
    bins.max = Math.max.apply(null, bins.map(function (b) { return b[1]; }));
    this.bins[mode] = bins;
    return bins;
  };

  Timeline.prototype.drawBins = function (view) {
    var self = this, bins = this.binned(this.mode), week = this.mode === "week";
    var width = Math.max(2, (week ? 7 : 30.4) * this.px - 1);
    bins.forEach(function (bin) {
      if (bin[0] < view[0] - 31 * DAY || bin[0] > view[1]) return;
      var label = (week ? "Week of " + dayLabel(new Date(bin[0])) + " " + new Date(bin[0]).getUTCFullYear() : longMonth(bin[0]))
        + ": " + plural(bin[1], "event") + (week ? " dated to a day or week" : "");
      var item = self.layer.appendChild(el("li", "tl-bin"));
      var link = item.appendChild(el("a", "tl-bar"));
      link.href = self.monthsBase + monthOf(bin[0]) + "/" + (week ? "#d" + iso(bin[0]) : "");
      link.title = label;
      link.setAttribute("aria-label", label);
      var height = Math.max(2, Math.round(Math.sqrt(bin[1] / bins.max) * BARS));
      item.style.left = self.x(bin[0]) + "px";
      item.style.width = width + "px";
      link.style.height = height + "px";
    });
  };

  // The events of the months in view, loading those not loaded yet.
  Timeline.prototype.drawEvents = function (view) {
    var self = this, wanted = [], loaded = [];
    for (var m = monthStart(view[0]); m <= view[1]; m = addMonths(m, 1)) {
      var name = monthOf(m);
      if (!(name in this.chunks)) continue;
      if (this.chunks[name]) loaded.push([name, this.chunks[name]]); else wanted.push(name);
    }
    wanted.forEach(function (name) {
      if (self.chunks[name] === null) self.chunks[name] = fetch(self.base + name + ".json")
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (items) { self.chunks[name] = items; self.draw(); })
        .catch(function (error) { console.warn("visual timeline:", error); });
    });
    // An event without a page of its own is told on its month's page, under its id.
    var events = [].concat.apply([], loaded.filter(function (c) { return Array.isArray(c[1]); }).map(function (c) {
      return c[1].map(function (e) {
        return { id: e[0], first: parse(e[1]), end: parse(e[2]) + DAY, title: e[3], sources: e[4], key: e[5],
                 href: e[6] ? self.eventsBase + encodeURIComponent(e[0]) + "/" : self.monthsBase + c[0] + "/#" + encodeURIComponent(e[0]) };
      });
    })).filter(function (e) { return e.end >= view[0] && e.first <= view[1]; })
      .sort(function (a, b) { return a.first - b.first || b.key - a.key || b.sources - a.sources; });
    var lanes = [], more = {};
    events.forEach(function (e) {
      var left = self.x(e.first), lane = 0;
      while (lane < LANES && lanes[lane] !== undefined && lanes[lane] > left) lane++;
      if (lane === LANES) { more[e.first] = (more[e.first] || 0) + 1; return; }
      lanes[lane] = left + LABEL + 8;
      self.drawEvent(e, left, lane);
    });
    Object.keys(more).forEach(function (t) {
      t = Number(t);
      var item = self.layer.appendChild(el("li", "tl-more"));
      var link = item.appendChild(el("a", "", "+" + more[t] + " more"));
      link.href = self.monthsBase + monthOf(t) + "/#d" + iso(t);
      link.setAttribute("aria-label", plural(more[t], "more event") + " on " + dayLabel(new Date(t)) + " " + new Date(t).getUTCFullYear());
      item.style.left = self.x(t) + "px";
      item.style.top = (AXIS + 8 + LANES * LANE) + "px";
    });
  };

  Timeline.prototype.drawEvent = function (e, left, lane) {
    var item = this.layer.appendChild(el("li", "tl-item" + (e.key ? " tl-key" : "") + (e.end - e.first > DAY ? " tl-span" : "")));
    var link = item.appendChild(el("a", "tl-event"));
    link.href = e.href;
    link.appendChild(el("span", "tl-mark")).style.width = Math.max((e.end - e.first) / DAY * this.px, 10) + "px";
    var label = link.appendChild(el("span", "tl-label"));
    label.appendChild(el("span", "tl-title", e.title));
    label.appendChild(el("span", "tl-sources", plural(e.sources, "source") + (e.key ? " · key event" : "")));
    item.style.left = left + "px";
    item.style.top = (AXIS + 8 + lane * LANE) + "px";
  };

  function init() {
    var boxes = document.querySelectorAll(".timeline-visual[data-src]");
    Array.prototype.forEach.call(boxes, function (box) {
      fetch(box.getAttribute("data-src") + "days.json")
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (data) { if (data.days.length || data.months.length) box.timeline = new Timeline(box, data); })
        .catch(function (error) { console.warn("visual timeline:", error); });  // the lists are still there
    });
  }

  if (window.document$) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
