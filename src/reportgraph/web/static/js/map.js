// The map: Natural Earth outlines as a Leaflet GeoJSON layer (no tile server), places as circles.
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || typeof L === "undefined" || typeof topojson === "undefined") { return; }
  var map = L.map(box, { worldCopyJump: true, attributionControl: true }).setView([15, 0], 3);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · GeoNames (CC BY 4.0)");

  function text(tag, value) { var el = document.createElement(tag); el.textContent = value; return el; }

  function popup(place) {
    var div = document.createElement("div");
    var a = text("a", place.name);
    a.href = "/entity/" + place.id;
    div.appendChild(a);
    div.appendChild(text("div", place.mentions + " mention(s) · " + (place.placed_by || "")));
    var ul = document.createElement("ul");
    place.events.forEach(function (e) {
      var li = document.createElement("li");
      var link = text("a", e.type + " — " + e.reading);
      link.href = "/document/" + e.document;
      li.appendChild(link);
      ul.appendChild(li);
    });
    if (place.events.length) { div.appendChild(ul); }
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

  // The centre of a country: of its largest part, so France is not placed between Paris and Guiana.
  function centre(feature) {
    var polys = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    var best = null, bestArea = -1;
    polys.forEach(function (poly) {
      var b = L.latLngBounds(poly[0].map(function (c) { return [c[1], c[0]]; }));
      var area = (b.getNorth() - b.getSouth()) * (b.getEast() - b.getWest());
      if (area > bestArea) { best = b; bestArea = area; }
    });
    return best ? best.getCenter() : null;
  }

  function key(name) { return name.toLowerCase().replace(/^the /, "").trim(); }

  function centroids(countries) {
    var byName = {};
    countries.features.forEach(function (f) {
      var name = key(f.properties && f.properties.name || "");
      if (name) { byName[name] = centre(f); }
    });
    return byName;
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
    var centres = centroids(countries);
    var markers = [];
    data.places.forEach(function (p) {
      var at = p.lat !== null ? L.latLng(p.lat, p.lon) : centres[key(p.name)];
      if (!at) { return; }
      var m = L.circleMarker(at, { radius: 5 + Math.min(12, 3 * p.events.length), color: "#2f855a",
                                    weight: 2, fillColor: p.events.length ? "#c26a12" : "#2f855a", fillOpacity: 0.7 });
      m.bindPopup(popup(p));
      // an element, not a string: Leaflet would parse a string as HTML; permanent labels while few
      m.bindTooltip(text("span", p.name), { permanent: data.places.length <= 15, direction: "right", offset: [10, 0] });
      m.addTo(map);
      markers.push(m);
    });
    if (markers.length) { map.fitBounds(L.featureGroup(markers).getBounds().pad(0.6), { maxZoom: 6 }); }
    box.setAttribute("data-ready", String(markers.length));
  });
})();
