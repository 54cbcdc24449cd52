"""The JSON export's contract fields (EXPORT_CONTRACT.md) are unchanged by the fields import needs."""

from __future__ import annotations

import json
from pathlib import Path

from reportgraph.export import export
from reportgraph.store import Store

SPAN = {"document": str, "start": int, "end": int, "text": str}


def check(item: dict, fields: dict) -> None:
    for key, kind in fields.items():
        assert key in item, key
        if isinstance(kind, dict):
            for sub in item[key]:
                check(sub, kind)
        elif kind is not None:
            assert isinstance(item[key], kind), (key, item[key])


def test_contract_fields_and_v2_detail(small_kb: Store, tmp_path: Path) -> None:
    export(small_kb, "json", tmp_path / "kb.json")
    doc = json.loads((tmp_path / "kb.json").read_text("utf-8"))
    assert (doc["format"], doc["format_version"]) == ("reportgraph", 2)
    for d in doc["documents"]:
        check(d, {"id": str, "source": str, "text": str, "ingested_at": str})
        assert d["n_chars"] == len(d["text"])
    for e in doc["entities"]:
        check(e, {"id": str, "type": str, "name": str, "aliases": list, "mentions": SPAN})
        check(e, {"clusters": {"id": str, "document": str, "key": str, "name": str}})
        assert {m["local"] for m in e["mentions"]} <= {c["id"] for c in e["clusters"]}
    for r in doc["relations"]:
        check(r, {"subject": str, "predicate": str, "object": str, "evidence": SPAN})
        assert {ev["fact"] for ev in r["evidence"]} <= {f["id"] for f in r["facts"]}
    for v in doc["events"]:
        check(
            v,
            {
                "type": str,
                "trigger": str,
                "participants": {"entity": str, "role": str},
                "location": None,
                "date": None,
                "count": None,
                "evidence": SPAN,
            },
        )
        assert len(v["local"]["participants"]) >= len(v["participants"])
    merged = next(e for e in doc["entities"] if e["name"] == "Yusuf Barro")
    assert {c["document"] for c in merged["clusters"]} == {"doc-a", "doc-b"}
