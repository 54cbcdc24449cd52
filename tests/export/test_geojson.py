"""GeoJSON export: structure checked against RFC 7946 (no validator: the rules are checked here)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportgraph.export import export
from reportgraph.store import Store


def check_rfc7946(doc: dict[str, Any]) -> None:
    """The RFC 7946 rules this export can break: object types, members, positions and their ranges."""
    assert doc["type"] == "FeatureCollection" and isinstance(doc["features"], list)
    assert "crs" not in doc  # RFC 7946 4: no crs member, WGS 84 only
    for f in doc["features"]:
        assert f["type"] == "Feature"
        assert set(f) <= {"type", "id", "geometry", "properties", "bbox"}
        assert isinstance(f["id"], str | int)
        assert isinstance(f["properties"], dict)
        g = f["geometry"]
        assert g["type"] == "Point" and set(g) == {"type", "coordinates"}
        lon, lat = g["coordinates"]  # RFC 7946 3.1.1: longitude first, two or three numbers
        assert all(isinstance(x, float | int) and not isinstance(x, bool) for x in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_feature_collection(small_kb: Store, tmp_path: Path) -> None:
    out = tmp_path / "small_kb.geojson"
    counts = export(small_kb, "geojson", out)
    doc = json.loads(out.read_text("utf-8"))
    check_rfc7946(doc)
    # Wadi Zerga is placed where the report says it lies ("near Kidal"), at a region's precision
    assert counts == {"places": 4, "events": 6, "unlocated_places": 0, "unlocated_events": 2}
    feats = doc["features"]
    assert len({f["id"] for f in feats}) == len(feats)
    gao = next(f for f in feats if f["properties"].get("name") == "Gao")
    lon, lat = gao["geometry"]["coordinates"]
    assert -1 < lon < 1 and 16 < lat < 17  # Gao, Mali: lon -0.04, lat 16.27 (not swapped)
    attack = next(f for f in feats if f["properties"].get("type") == "ATTACK")
    assert attack["properties"]["place"] == "Kidal" and attack["properties"]["count"] == 12
    assert attack["properties"]["evidence"][0].startswith("On 16 January 2013")
    assert {p["role"] for p in attack["properties"]["participants"]} == {"agent", "patient"}
    wadi = next(f for f in feats if f["properties"].get("name") == "Wadi Zerga")
    assert wadi["geometry"]["coordinates"] == next(f for f in feats if f["properties"].get("name") == "Kidal")[
        "geometry"]["coordinates"]
