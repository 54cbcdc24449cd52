// The map: Natural Earth outlines as a Leaflet GeoJSON layer (no tile server), places where the
// server placed them (the exports use the same coordinates), each with a label that never overlaps
// another: when two would, the place with fewer events and mentions keeps only its marker.
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || typeof L === "undefined" || typeof topojson === "undefined") { return; }
  var map = L.map(box, { worldCopyJump: true, attributionControl: true, zoomSnap: 0.25 }).setView([15, 0], 3);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · GeoNames (CC BY 4.0)");

  var PRECISION = { point: "set by an analyst", town: "town", city: "town", region: "region",
                    country: "country (at its capital)" };
  var STYLE = {
    point: { radius: 6, color: "#6b21a8", weight: 2, fillOpacity: 0.8 },
    town: { radius: 5, color: "#1f5f99", weight: 2, fillOpacity: 0.8 },
    city: { radius: 5, color: "#1f5f99", weight: 2, fillOpacity: 0.8 },
    region: { radius: 9, color: "#2f855a", weight: 2, dashArray: "4 3", fillOpacity: 0.25 },
    country: { radius: 11, color: "#555e6e", weight: 2, fillOpacity: 0.15 }
  };

  function text(tag, value) { var el = document.createElement(tag); el.textContent = value; return el; }

  function popup(place) {
    var div = document.createElement("div");
    var a = text("a", place.name);
    a.href = "/entity/" + place.id;
    div.appendChild(a);
    div.appendChild(text("div", (PRECISION[place.precision] || place.precision) + " · " + place.lat.toFixed(3) + ", " +
                              place.lon.toFixed(3) + " · " + place.mentions + " mention(s)"));
    var ul = document.createElement("ul");
    place.events.forEach(function (e) {
      var li = document.createElement("li");
      var link = text("a", e.type + " — " + e.reading);
      link.href = "/document/" + e.document;
      li.appendChild(link);
      ul.appendChild(li);
    });
    if (place.events.length) { div.appendChild(ul); }
    var more = text("a", "all events at this place");
    more.href = "/timeline?entity=" + place.id;
    div.appendChild(more);
    return div;
  }

  // A polygon that crosses the antimeridian (Russia, Fiji) has rings with both -180 and +180;
  // drawn as is it smears a band across the map. Move its western half east of 180 instead.
  function unwrap(feature) {
    var polys = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    polys.forEach(function (poly) {
      var xs = poly[0].map(function (c) { return c[0]; });
      if (Math.max.apply(null, xs) - Math.min.apply(null, xs) > 180) {
        poly.forEach(function (ring) { ring.forEach(function (c) { if (c[0] < 0) { c[0] += 360; } }); });
      }
    });
    return feature;
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  // Show labels most important first; one that would overlap a shown label (or marker) is hidden.
  function declutter(markers) {
    var shown = [];
    markers.forEach(function (m) {
      var el = m.getTooltip() && m.getTooltip().getElement();
      if (!el) { return; }
      el.style.visibility = "visible";
      var r = el.getBoundingClientRect();
      var box = { left: r.left - 2, right: r.right + 2, top: r.top - 1, bottom: r.bottom + 1 };
      if (shown.some(function (s) { return overlaps(s, box); })) { el.style.visibility = "hidden"; return; }
      shown.push(box);
    });
    box.setAttribute("data-labels", String(shown.length));
  }

  Promise.all([
    fetch("/vendor/world-atlas/countries-50m.json").then(function (r) { return r.json(); }),
    fetch(box.getAttribute("data-src"), { headers: { "Accept": "application/json" } }).then(function (r) { return r.json(); })
  ]).then(function (res) {
    var world = res[0], data = res[1];
    var countries = topojson.feature(world, world.objects.countries);
    // Antarctica's outline runs to the pole, which Web Mercator cannot draw (it smears into bands).
    countries.features = countries.features.filter(function (f) { return f.id !== "010"; }).map(unwrap);
    L.geoJSON(countries, { style: { color: "#8a94a6", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    var placed = data.places.filter(function (p) { return p.lat !== null; });
    // the most telling places first: they keep their labels when two collide
    placed.sort(function (a, b) { return (b.events.length - a.events.length) || (b.mentions - a.mentions); });
    var markers = [], fit = [], focus = null;
    placed.forEach(function (p) {
      var s = STYLE[p.precision] || STYLE.town;
      var m = L.circleMarker([p.lat, p.lon], {
        radius: s.radius + Math.min(8, 2 * p.events.length), color: s.color, weight: s.weight, dashArray: s.dashArray,
        fillColor: p.events.length ? "#c26a12" : s.color, fillOpacity: s.fillOpacity
      });
      m.bindPopup(popup(p));
      // an element, not a string: Leaflet would parse a string as HTML
      m.bindTooltip(text("span", p.name), { permanent: true, direction: "right", offset: [8, 0], className: "place-label" });
      m.addTo(map);
      markers.push(m);
      if (p.precision !== "country") { fit.push(m); }  // a capital far from the events would zoom the map out
      if (String(p.id) === box.getAttribute("data-focus")) { focus = m; }
    });
    var bounds = L.featureGroup(fit.length ? fit : markers);
    if (focus) {
      map.setView(focus.getLatLng(), 7);
      focus.openPopup();
    } else if (markers.length) {
      map.fitBounds(bounds.getBounds().pad(0.15), { maxZoom: 7 });
    }
    declutter(markers);
    map.on("zoomend moveend", function () { declutter(markers); });
    box.setAttribute("data-ready", String(markers.length));
  });
})();
