// The link chart: draws /network.json with Cytoscape; double-click a node to expand it.
(function () {
  "use strict";
  var box = document.getElementById("chart");
  if (!box || typeof cytoscape === "undefined") { return; }
  var inspector = document.getElementById("inspector");
  var COLORS = { PERSON: "#2b6cb0", ORGANIZATION: "#b7472a", COMMUNITY: "#6b46c1", LOCATION: "#2f855a" };
  var GRADE_WIDTH = { A: 5, B: 4, C: 3, D: 2, E: 1.5, F: 1 };

  var cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 2.5,
    style: [
      { selector: "node", style: {
        "label": "data(name)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 4,
        "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 2,
        "background-color": function (n) { return COLORS[n.data("type")] || "#777"; },
        "width": function (n) { return 18 + Math.min(30, 3 * n.data("degree")); },
        "height": function (n) { return 18 + Math.min(30, 3 * n.data("degree")); },
        "shape": function (n) { return n.data("type") === "LOCATION" ? "diamond" : (n.data("type") === "ORGANIZATION" ? "round-rectangle" : "ellipse"); },
        "border-width": function (n) { return n.data("center") ? 4 : 0; }, "border-color": "#f2b705" } },
      { selector: "node.expanded", style: { "border-width": 2, "border-color": "#1d2330" } },
      { selector: "edge", style: {
        "label": "data(predicate)", "font-size": 10, "color": "#465066", "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.7,
        "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
        "width": function (e) { return GRADE_WIDTH[e.data("best_grade")] || 1; },
        "line-color": function (e) { return e.data("kind") === "event" ? "#c26a12" : "#8a94a6"; },
        "target-arrow-color": function (e) { return e.data("kind") === "event" ? "#c26a12" : "#8a94a6"; },
        "line-style": function (e) { return e.data("kind") === "event" ? "dashed" : "solid"; },
        "opacity": function (e) { return 0.35 + 0.65 * e.data("confidence"); } } },
      { selector: ":selected", style: { "overlay-opacity": 0.15, "overlay-color": "#1f5fbf" } }
    ]
  });

  function params(entity) {
    var url = new URL(box.getAttribute("data-src"), window.location.href);
    if (entity !== undefined) { url.searchParams.set("entity", entity); url.searchParams.set("depth", "1"); }
    return url.toString();
  }

  function add(graph) {
    var els = [];
    graph.nodes.forEach(function (n) {
      if (cy.getElementById("n" + n.id).empty()) {
        els.push({ group: "nodes", data: { id: "n" + n.id, eid: n.id, name: n.name, type: n.type,
                                           degree: n.degree, center: n.center } });
      }
    });
    graph.edges.forEach(function (e) {
      if (cy.getElementById(e.id).empty()) {
        els.push({ group: "edges", data: { id: e.id, source: "n" + e.source, target: "n" + e.target,
          predicate: e.predicate, kind: e.kind, count: e.count, confidence: e.confidence,
          best_grade: e.best_grade, dates: e.dates, facts: e.facts } });
      }
    });
    cy.add(els);
    cy.layout({ name: "cose", animate: false, padding: 40, nodeOverlap: 40, componentSpacing: 120,
                nodeRepulsion: function () { return 400000; }, idealEdgeLength: function () { return 140; } }).run();
    if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }  // a small network should not fill the box with huge labels
    box.setAttribute("data-ready", String(cy.nodes().length));
  }

  function load(entity) {
    return fetch(params(entity), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) { if (data.graph) { add(data.graph); } });
  }

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;  // never innerHTML: names come from reports
    if (cls) { el.className = cls; }
    return el;
  }

  function show(parts) {
    inspector.replaceChildren.apply(inspector, parts);
  }

  cy.on("tap", "node", function (evt) {
    var d = evt.target.data();
    var link = text("a", "open dossier");
    link.href = "/entity/" + d.eid;
    var more = text("button", "expand links");
    more.type = "button";
    more.addEventListener("click", function () { expand(evt.target); });
    show([text("h3", d.name), text("p", d.type + " · e" + d.eid, "muted"), link, document.createElement("br"), more]);
  });
  cy.on("dbltap", "node", function (evt) { expand(evt.target); });
  cy.on("tap", "edge", function (evt) {
    var d = evt.target.data();
    var s = cy.getElementById(d.source).data("name"), t = cy.getElementById(d.target).data("name");
    var parts = [text("h3", s + " — " + d.predicate + " → " + t),
      text("p", d.count + " fact(s), best confidence " + d.confidence.toFixed(2) + ", best source grade " + d.best_grade)];
    if (d.dates && d.dates.length) { parts.push(text("p", "dates (EDTF): " + d.dates.join(", "))); }
    var list = document.createElement("ul");
    d.facts.forEach(function (id) {
      var li = document.createElement("li");
      var a = text("a", (d.kind === "event" ? "event " : "relation ") + id + ": review / source");
      a.href = "/review?kind=" + (d.kind === "event" ? "event" : "relation") + "&id=" + id;
      li.appendChild(a);
      list.appendChild(li);
    });
    parts.push(list);
    show(parts);
  });

  function expand(node) {
    node.addClass("expanded");
    load(node.data("eid"));
  }

  window.reportgraphChart = cy;  // for the browser tests and the console
  load();
})();
