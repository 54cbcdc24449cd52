"""GEXF and GraphML exports: networkx reads them back with every node, edge, attribute and date."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from reportgraph.export import export
from reportgraph.store import Store

READERS = {"gexf": lambda p: nx.read_gexf(p, version="1.3"), "graphml": nx.read_graphml}


@pytest.fixture()
def reference(small_kb: Store, tmp_path: Path) -> dict:
    out = tmp_path / "small_kb.json"
    export(small_kb, "json", out)
    return json.loads(out.read_text("utf-8"))


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_read_back_with_networkx(fmt: str, small_kb: Store, tmp_path: Path, reference: dict) -> None:
    out = tmp_path / f"small_kb.{fmt}"
    counts = export(small_kb, fmt, out)
    g = READERS[fmt](out)
    assert g.is_directed()
    entities, events, relations = reference["entities"], reference["events"], reference["relations"]
    assert set(g.nodes) == {e["id"] for e in entities} | {v["id"] for v in events}
    assert counts["nodes"] == g.number_of_nodes()
    n_edges = len(relations) + sum(len(v["participants"]) + (v["location"] is not None) for v in events)
    assert g.number_of_edges() == counts["edges"] == n_edges
    gao = next(e for e in entities if e["name"] == "Gao")
    assert g.nodes[gao["id"]]["label"] == "Gao"
    assert g.nodes[gao["id"]]["type"] == "LOCATION"
    assert 16.0 < g.nodes[gao["id"]]["latitude"] < 17.0
    barro = next(e for e in entities if e["name"] == "Yusuf Barro")
    assert g.nodes[barro["id"]]["documents"] == 2
    leads = next(r for r in relations if r["predicate"] == "LEADER_OF")
    data = [d for _, _, d in g.edges(data=True) if d.get("predicate") == "LEADER_OF"]
    assert len(data) == 1 and data[0]["confidence"] == pytest.approx(leads["confidence"])
    assert "Yusuf Barro leads" in data[0]["evidence"] and data[0]["sources"] == "reports/dunes.txt"
    attack = next(v for v in events if v["type"] == "ATTACK")
    node = g.nodes[attack["id"]]
    assert node["count"] == 12 and node["date"] == "2013-01-16"
    assert (node["start"], node["end"]) == ("2013-01-16", "2013-01-16")
    abduction = next(v for v in events if v["type"] == "ABDUCTION")
    assert (g.nodes[abduction["id"]]["start"], g.nodes[abduction["id"]]["end"]) == (
        "2003-09-01",
        "2003-12-31",
    )
    roles = {d["role"] for _, _, d in g.in_edges(attack["id"], data=True)}
    assert roles == {"agent", "patient"}


def test_gexf_is_dynamic_1_3(small_kb: Store, tmp_path: Path) -> None:
    out = tmp_path / "small_kb.gexf"
    export(small_kb, "gexf", out)
    text = out.read_text("utf-8")
    assert 'xmlns="http://gexf.net/1.3"' in text and 'version="1.3"' in text
    g = READERS["gexf"](out)
    assert g.graph["mode"] == "dynamic"
    undated = next(v for v in g.nodes.values() if v.get("type") == "FOUNDING")
    assert "start" not in undated and "end" not in undated


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_characters_xml_forbids_are_replaced(fmt: str, tmp_path: Path) -> None:
    """Regression: a form feed from a PDF in a name or a sentence made the XML unreadable."""
    from reportgraph.model import Extraction, LocalEntity, Mention, Relation, SourceDocument, Span
    from reportgraph.resolve.exact import ExactNameResolver

    text = "Ali\x0cBaba leads the\x00Forty.\x0c"
    store = Store(tmp_path / "kb.sqlite")
    ents = [
        LocalEntity("P", "PERSON", "Ali\x0cBaba", mentions=[Mention(0, 8, "Ali\x0cBaba")]),
        LocalEntity("O", "ORGANIZATION", "Forty", mentions=[Mention(19, 24, "Forty")]),
    ]
    rels = [Relation("P", "LEADER_OF", "O", [Span(0, 26, text)])]
    store.add_document(SourceDocument("d", "d.pdf", "d", text), Extraction(ents, rels), ExactNameResolver())
    out = tmp_path / f"kb.{fmt}"
    export(store, fmt, out)
    g = READERS[fmt](out)
    assert g.nodes["e1"]["label"] == "Ali Baba"
    assert [d["evidence"] for _, _, d in g.edges(data=True)] == ["Ali Baba leads the Forty."]
    store.close()
