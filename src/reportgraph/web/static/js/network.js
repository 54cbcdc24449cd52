// The link chart: draws /network.json with Cytoscape.
//
// Readable at 100 nodes: the server lays the chart out deterministically (a seeded force layout
// with room for labels), and here every node's box, label included, is pushed apart from every
// other until none overlap, so labels stay legible (12 px at the opening zoom) and never collide.
// Parallel links between two entities are drawn as one line with a count; clicking it lists every
// supporting sentence with its source and grade. A dragged node is pinned; the pins are the chart's
// saved layout, kept in the knowledge base per chart (its centre and filters: layout.key of the JSON)
// and shared by the team: an analyst's pins are saved (POST /network/layout, with the page's CSRF
// value), everyone sees them; a reader's last the visit. "reset layout" forgets them. Expanding a node adds its
// links and records it in the URL (expand=ID), collapsing removes them; the filters are the URL's.
(function () {
  "use strict";
  var box = document.getElementById("chart");
  if (!box || typeof cytoscape === "undefined") { return; }
  var inspector = document.getElementById("inspector");
  var COLORS = { PERSON: "#2b6cb0", ORGANIZATION: "#b7472a", COMMUNITY: "#6b46c1", LOCATION: "#2f855a" };
  var SHAPES = { PERSON: "ellipse", ORGANIZATION: "round-rectangle", COMMUNITY: "hexagon", LOCATION: "diamond" };
  var GRADE_WIDTH = { A: 5, B: 4, C: 3, D: 2.5, E: 2, F: 1.5 };
  var MIN_ZOOM = 0.9;  // 13 px labels render at 12 px or more
  var EDGE_LABELS_UP_TO = 40;  // more links than this: their labels show on hover and selection only

  var cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    minZoom: 0.15,
    maxZoom: 2.5,
    style: [
      { selector: "node", style: {
        "label": "data(name)", "font-size": 13, "font-family": "system-ui, sans-serif", "color": "#1d2433",
        "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": 190,
        "text-background-color": "#ffffff", "text-background-opacity": 0.9, "text-background-padding": 2,
        "background-color": function (n) { return COLORS[n.data("type")] || "#777"; },
        "width": function (n) { return 16 + Math.min(16, 2 * n.data("degree")); },
        "height": function (n) { return 16 + Math.min(16, 2 * n.data("degree")); },
        "shape": function (n) { return SHAPES[n.data("type")] || "ellipse"; },
        "border-width": function (n) { return n.data("center") ? 4 : 0; }, "border-color": "#f2b705" } },
      { selector: "node.expanded", style: { "border-width": 3, "border-color": "#1d2330" } },
      { selector: "node.pinned", style: { "outline-width": 2, "outline-color": "#1f5fbf", "outline-offset": 2 } },
      { selector: "edge", style: {
        "font-size": 11, "color": "#465066", "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1,
        "curve-style": "straight", "arrow-scale": 0.8,
        "target-arrow-shape": function (e) { return e.data("directed") ? "triangle" : "none"; },
        "width": function (e) { return GRADE_WIDTH[e.data("best_grade")] || 1; },
        "line-color": function (e) { return e.data("kind") === "event" ? "#c26a12" : "#8a94a6"; },
        "target-arrow-color": function (e) { return e.data("kind") === "event" ? "#c26a12" : "#8a94a6"; },
        "line-style": function (e) { return e.data("kind") === "event" ? "dashed" : "solid"; },
        "opacity": function (e) { return 0.45 + 0.55 * e.data("confidence"); } } },
      { selector: "edge.labelled, edge:selected, edge.hover", style: { "label": "data(label)" } },
      { selector: ":selected", style: { "overlay-opacity": 0.15, "overlay-color": "#1f5fbf" } }
    ]
  });

  var base = new URL(box.getAttribute("data-src"), window.location.href);
  var csrfTag = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfTag ? csrfTag.getAttribute("content") : "";
  var status = document.getElementById("layout-status");
  var layout = { key: null, positions: {} };  // the chart's saved layout, from the server

  function say(message) { if (status) { status.textContent = message; } }
  function describeLayout(l) {
    var n = Object.keys(l.positions || {}).length;
    return n ? n + " pinned node" + (n > 1 ? "s" : "") + (l.saved_by ? ", saved by " + l.saved_by +
      (l.saved_at ? " on " + l.saved_at.slice(0, 10) : "") : "") : "";
  }

  function pins() { return layout.positions; }
  function savePins(p) {
    layout.positions = p;
    if (!csrf || !layout.key) {
      say("pins kept for this visit only: log in as an analyst to save the layout for everyone");
      return Promise.resolve();
    }
    say("saving the layout…");
    return fetch("/network/layout", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ key: layout.key, positions: p })
    }).then(function (r) {
      if (!r.ok) { say("the layout was not saved (HTTP " + r.status + ")"); return; }
      return r.json().then(function (saved) {
        layout.saved_by = saved.saved_by; layout.saved_at = saved.saved_at;
        say(describeLayout(layout) || "layout reset");
        box.setAttribute("data-layout-saved", String(Object.keys(p).length));
      });
    }).catch(function () { say("the layout was not saved (no answer)"); });
  }

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;  // never innerHTML: names and sentences come from reports
    if (cls) { el.className = cls; }
    return el;
  }

  // One drawn line per pair of entities (and kind): its members are the aggregated edges of the server.
  function bundles(edges) {
    var out = {};
    edges.forEach(function (e) {
      var a = Math.min(e.source, e.target), b = Math.max(e.source, e.target);
      var key = e.kind[0] + ":" + a + ":" + b;
      var g = out[key] || (out[key] = { id: key, source: e.source, target: e.target, kind: e.kind, members: [],
                                       count: 0, confidence: 0, best_grade: "F", directed: true });
      g.members.push(e);
      g.count += e.count;
      g.confidence = Math.max(g.confidence, e.confidence);
      if (e.best_grade < g.best_grade) { g.best_grade = e.best_grade; }
      if (e.source !== g.source) { g.directed = false; }
    });
    return Object.keys(out).sort().map(function (k) {
      var g = out[k];
      var preds = {};
      g.members.forEach(function (m) { preds[m.predicate] = (preds[m.predicate] || 0) + m.count; });
      var names = Object.keys(preds).sort();
      g.label = names.length === 1 ? names[0] + (g.count > 1 ? " ×" + g.count : "") : names.length + " links ×" + g.count;
      return g;
    });
  }

  // Push node boxes (label included) apart until none overlap; pinned nodes stay where they are.
  function separate() {
    var nodes = cy.nodes().sort(function (a, b) { return a.data("eid") - b.data("eid"); });
    var pad = 6;
    for (var round = 0; round < 300; round++) {
      var moved = false;
      var boxes = nodes.map(function (n) { return n.boundingBox({ includeLabels: true, includeOverlays: false }); });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = boxes[i], b = boxes[j];
          var ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + pad;
          var oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + pad;
          if (ox <= 0 || oy <= 0) { continue; }
          var ni = nodes[i], nj = nodes[j];
          var fi = ni.hasClass("pinned") || ni.data("center") ? 0 : 1;
          var fj = nj.hasClass("pinned") || nj.data("center") ? 0 : 1;
          if (!fi && !fj) { fi = fj = 1; }
          var pi = ni.position(), pj = nj.position();
          var share = fi + fj;
          if (ox < oy) {  // the cheaper way apart
            var sx = (pi.x < pj.x || (pi.x === pj.x && i < j)) ? -1 : 1;
            ni.position({ x: pi.x + sx * ox * fi / share, y: pi.y });
            nj.position({ x: pj.x - sx * ox * fj / share, y: pj.y });
          } else {
            var sy = (pi.y < pj.y || (pi.y === pj.y && i < j)) ? -1 : 1;
            ni.position({ x: pi.x, y: pi.y + sy * oy * fi / share });
            nj.position({ x: pj.x, y: pj.y - sy * oy * fj / share });
          }
          boxes[i] = ni.boundingBox({ includeLabels: true, includeOverlays: false });
          boxes[j] = nj.boundingBox({ includeLabels: true, includeOverlays: false });
          moved = true;
        }
      }
      if (!moved) { return round; }
    }
    return -1;
  }

  var current = { expand: [] };

  function render(graph, keep) {
    var pinned = pins();
    var wanted = {};
    graph.nodes.forEach(function (n) { wanted["n" + n.id] = n; });
    cy.batch(function () {
      cy.nodes().forEach(function (n) { if (!wanted[n.id()]) { cy.remove(n); } });
      cy.edges().remove();
      graph.nodes.forEach(function (n) {
        var id = "n" + n.id, old = cy.getElementById(id);
        var at = pinned[n.id] ? { x: pinned[n.id][0], y: pinned[n.id][1] } : { x: n.x, y: n.y };
        if (!old.empty()) {
          if (!keep) { old.position(at); }
          return;
        }
        if (keep && keep[n.id] === undefined && keep.around) {  // a new node: beside the expanded one
          var c = keep.around, k = keep.count++;
          var angle = 2 * Math.PI * (k % 12) / 12, r = 160 + 60 * Math.floor(k / 12);
          at = pinned[n.id] ? at : { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) };
        }
        var el = cy.add({ group: "nodes", data: { id: id, eid: n.id, name: n.name, type: n.type, degree: n.degree,
                                                  center: n.center }, position: at });
        if (pinned[n.id]) { el.addClass("pinned"); }
      });
      bundles(graph.edges).forEach(function (g) {
        var el = cy.add({ group: "edges", data: { id: g.id, source: "n" + g.source, target: "n" + g.target, kind: g.kind,
          label: g.label, count: g.count, confidence: g.confidence, best_grade: g.best_grade, directed: g.directed,
          members: g.members } });
        if (graph.edges.length <= EDGE_LABELS_UP_TO) { el.addClass("labelled"); }
      });
      cy.nodes().removeClass("expanded");
      graph.expanded.forEach(function (x) { cy.getElementById("n" + x).addClass("expanded"); });
    });
    separate();
  }

  function fit() {
    cy.fit(cy.elements(), 30);
    if (cy.zoom() < MIN_ZOOM) {  // legible labels first: open on the centre; pan and zoom for the rest
      cy.zoom(MIN_ZOOM);
      cy.center(cy.nodes("[?center]"));
    }
  }

  function url(expand) {
    var u = new URL(base.toString());
    u.searchParams.delete("expand");
    expand.forEach(function (x) { u.searchParams.append("expand", String(x)); });
    return u;
  }

  function load(expand, keep) {
    return fetch(url(expand).toString(), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (!data.graph) { return; }
        if (data.layout && !keep) {
          layout = { key: data.layout.key, positions: data.layout.positions || {}, saved_by: data.layout.saved_by,
                     saved_at: data.layout.saved_at };
          say(describeLayout(layout));
        }
        current.expand = data.graph.expanded.slice();
        render(data.graph, keep);
        if (!keep) { fit(); }
        box.setAttribute("data-ready", String(cy.nodes().length));
        // the page's own URL keeps the expanded nodes, so a reload or a shared link shows the same chart
        var page = new URL(window.location.href);
        page.searchParams.delete("expand");
        current.expand.forEach(function (x) { page.searchParams.append("expand", String(x)); });
        window.history.replaceState(null, "", page.toString());
      });
  }

  function show(parts) { inspector.replaceChildren.apply(inspector, parts); }

  function positions() {
    var out = {};
    cy.nodes().forEach(function (n) { out[n.data("eid")] = n.position(); });
    return out;
  }

  function expand(node) {
    var eid = node.data("eid");
    if (current.expand.indexOf(eid) >= 0) { return Promise.resolve(); }
    var keep = positions();
    keep.around = node.position();
    keep.count = 0;
    return load(current.expand.concat([eid]), keep);
  }

  function collapse(node) {
    var eid = node.data("eid");
    return load(current.expand.filter(function (x) { return x !== eid; }), positions());
  }

  cy.on("tap", "node", function (evt) {
    var n = evt.target, d = n.data();
    var link = text("a", "open dossier");
    link.href = "/entity/" + d.eid;
    var isOpen = current.expand.indexOf(d.eid) >= 0;
    var toggle = text("button", isOpen ? "collapse its links" : "expand its links");
    toggle.type = "button";
    toggle.id = "toggle-node";
    toggle.addEventListener("click", function () { (isOpen ? collapse(n) : expand(n)); });
    var pin = text("button", n.hasClass("pinned") ? "unpin" : "pin here");
    pin.type = "button";
    pin.addEventListener("click", function () {
      var p = pins();
      if (n.hasClass("pinned")) { n.removeClass("pinned"); delete p[d.eid]; } else {
        n.addClass("pinned"); p[d.eid] = [n.position().x, n.position().y];
      }
      savePins(p);
    });
    show([text("h3", d.name), text("p", d.type + " · e" + d.eid + (d.center ? " · centre" : ""), "muted"), link,
          document.createElement("br"), toggle, text("span", " "), pin]);
  });
  cy.on("dbltap", "node", function (evt) { expand(evt.target); });
  cy.on("dragfree", "node", function (evt) {  // a node moved by hand stays there: pinned, saved
    var n = evt.target, p = pins();
    n.addClass("pinned");
    p[n.data("eid")] = [n.position().x, n.position().y];
    savePins(p);
    separate();
  });
  cy.on("mouseover", "edge", function (evt) { evt.target.addClass("hover"); });
  cy.on("mouseout", "edge", function (evt) { evt.target.removeClass("hover"); });
  cy.on("tap", "edge", function (evt) {
    var d = evt.target.data();
    var parts = [];
    d.members.forEach(function (m) {
      var s = cy.getElementById("n" + m.source).data("name"), t = cy.getElementById("n" + m.target).data("name");
      parts.push(text("h3", s + " — " + m.predicate + " → " + t));
      parts.push(text("p", m.count + " fact(s), best confidence " + m.confidence.toFixed(2) + ", best source grade " +
                      m.best_grade + (m.dates.length ? ", dated " + m.dates.join(", ") : ""), "muted"));
      var list = document.createElement("ol");
      list.className = "evidence";
      m.evidence.forEach(function (ev) {
        var li = document.createElement("li");
        var a = text("a", "“" + ev.sentence.trim() + "”", "sentence");
        a.href = "/document/" + ev.document + (ev.start !== null ? "?span=" + ev.start + "-" + ev.end + "#mark" : "");
        li.appendChild(a);
        var meta = text("div", "", "muted");
        var g = text("span", ev.grade, "grade grade-" + ev.grade);
        g.title = "source reliability grade " + ev.grade + (ev.grade === "F" ? " (not graded / cannot be judged)" : "");
        meta.appendChild(g);
        meta.appendChild(text("span", " " + ev.source.split("/").pop() + (ev.date ? " · " + ev.date : "") + " · "));
        var review = text("a", "review");
        review.href = "/review?kind=" + ev.kind + "&id=" + ev.fact;
        meta.appendChild(review);
        li.appendChild(meta);
        list.appendChild(li);
      });
      if (m.count > m.evidence.length) { parts.push(text("p", "showing " + m.evidence.length + " of " + m.count, "muted")); }
      parts.push(list);
    });
    show(parts);
  });

  function download(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function fileName(ext) {
    var centre = cy.nodes("[?center]").data("name") || "chart";
    return "link-chart-" + centre.replace(/[^\w-]+/g, "_").slice(0, 60) + "." + ext;
  }
  function on(id, fn) { var el = document.getElementById(id); if (el) { el.addEventListener("click", fn); } }
  on("export-png", function () { download(cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" }), fileName("png")); });
  on("export-svg", function () {
    if (typeof cy.svg !== "function") { return; }
    download(new Blob([cy.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" }), fileName("svg"));
  });
  on("reset-layout", function () {
    cy.nodes().removeClass("pinned");
    savePins({}).then(function () { load(current.expand); });
  });
  on("fit-chart", function () { cy.fit(cy.elements(), 30); });

  window.reportgraphChart = cy;  // for the browser tests and the console
  window.reportgraphChartExpand = function (eid) { return expand(cy.getElementById("n" + eid)); };
  load(base.searchParams.getAll("expand").map(Number));
})();
