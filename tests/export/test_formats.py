"""What every export format shares: registered, written atomically, valid on an empty knowledge base."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from followthemoney import model
from stix2validator import ValidationOptions, validate_string

from reportgraph.errors import ReportGraphError
from reportgraph.export import FORMATS, REGISTRY, export, writer
from reportgraph.store import Store

EXPECTED = ("json", "ftm", "gexf", "graphml", "acled", "stix", "geojson")


def read_back(fmt: str, path: Path) -> int:
    """Parse an export with the field's own reader; returns how many items it holds."""
    text = path.read_text("utf-8")
    if fmt == "json":
        doc = json.loads(text)
        return sum(len(doc[k]) for k in ("documents", "entities", "relations", "events"))
    if fmt == "ftm":
        return len([model.get_proxy(json.loads(line)) for line in text.splitlines()])
    if fmt == "gexf":
        g = nx.read_gexf(path, version="1.3")
        return int(g.number_of_nodes() + g.number_of_edges())
    if fmt == "graphml":
        g = nx.read_graphml(path)
        return int(g.number_of_nodes() + g.number_of_edges())
    if fmt == "acled":
        return len(list(csv.DictReader(text.splitlines())))
    if fmt == "stix":
        assert validate_string(text, ValidationOptions(version="2.1")).is_valid
        return len(json.loads(text)["objects"])
    if fmt == "geojson":
        return len(json.loads(text)["features"])
    raise AssertionError(fmt)


def test_registry() -> None:
    assert FORMATS == EXPECTED
    for fmt in FORMATS:
        assert callable(writer(fmt)) and REGISTRY[fmt][1]
    with pytest.raises(ReportGraphError, match="unknown export format"):
        writer("xml")


@pytest.mark.parametrize("fmt", EXPECTED)
def test_export_writes_and_reads_back(fmt: str, small_kb: Store, tmp_path: Path) -> None:
    out = tmp_path / "sub" / f"kb.{fmt}"
    counts = export(small_kb, fmt, out)
    assert out.exists() and not out.with_name(out.name + ".part").exists()
    assert read_back(fmt, out) > 0 and sum(counts.values()) > 0


@pytest.mark.parametrize("fmt", EXPECTED)
def test_empty_knowledge_base(fmt: str, tmp_path: Path) -> None:
    store = Store(tmp_path / "empty.sqlite")
    out = tmp_path / f"empty.{fmt}"
    export(store, fmt, out)
    expected = 1 if fmt == "stix" else 0  # the bundle always names its producer
    assert read_back(fmt, out) == expected
    store.close()


@pytest.mark.parametrize("fmt", EXPECTED)
def test_failed_export_leaves_no_file(
    fmt: str, small_kb: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / f"kb.{fmt}"
    out.write_text("previous")

    def broken(*_: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("reportgraph.export.writer", lambda _fmt: broken)
    with pytest.raises(RuntimeError):
        export(small_kb, fmt, out)
    assert out.read_text() == "previous" and not out.with_name(out.name + ".part").exists()


def test_locator_is_swappable(small_kb: Store, tmp_path: Path) -> None:
    """A richer gazetteer replaces GeoNames without touching the formats."""
    from reportgraph.resolve.geonames import Place

    def locator(name: str) -> Place | None:
        return Place(18.5, 1.2, "city", "ML") if name == "Wadi Zerga" else None

    counts = export(small_kb, "geojson", tmp_path / "kb.geojson", locator=locator)
    assert counts["places"] == 1 and counts["events"] == 1  # the clash at Wadi Zerga
    feats = json.loads((tmp_path / "kb.geojson").read_text("utf-8"))["features"]
    assert feats[0]["properties"]["name"] == "Wadi Zerga" and feats[0]["geometry"]["coordinates"] == [
        1.2,
        18.5,
    ]


@pytest.mark.parametrize("fmt", EXPECTED)
def test_cli_export(fmt: str, small_kb: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from reportgraph.cli import build_app

    db = small_kb.url.removeprefix("sqlite:///")
    out = tmp_path / f"cli.{fmt}"
    res = CliRunner().invoke(build_app(), ["--db", db, "export", "--format", fmt, "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert read_back(fmt, out) > 0
