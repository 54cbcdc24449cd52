"""Fast scoring while training: extractions written straight to the JSON export's contract form.

The store is not involved (no resolution across documents), so per-document figures come in seconds;
the benchmarks (benchmarks/quality.py) still measure through the knowledge base.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..extract.base import Extractor
from ..ingest import read_path
from ..model import Extraction


def contract_json(source: str, extraction: Extraction, text: str | None = None) -> dict[str, Any]:
    """One document's extraction in the fields of the JSON export that the scorers read. ``text``:
    the document's text as read (offsets index it; reading strips trailing spaces and marks), which
    the knowledge base's export carries too: a scorer carries the offsets back to the file's text."""
    doc = "d1"
    ids = {e.key: f"e{i}" for i, e in enumerate(extraction.entities, 1)}
    entities = [{"id": ids[e.key], "type": e.type, "name": e.name, "aliases": e.aliases,
                 "mentions": [{"document": doc, "start": m.start, "end": m.end, "text": m.text}
                              for m in e.mentions]} for e in extraction.entities]

    def ev(spans: Iterable[Any]) -> list[dict[str, Any]]:
        return [{"document": doc, "start": s.start, "end": s.end, "text": s.text} for s in spans]

    relations = [{"subject": ids[r.subject], "predicate": r.predicate, "object": ids[r.object],
                  "modality": getattr(r, "modality", "asserted"), "evidence": ev(r.evidence)}
                 for r in extraction.relations if r.subject in ids and r.object in ids]
    events = [{"type": e.type, "trigger": e.trigger, "date": e.date, "count": e.count,
               "location": ids.get(e.location) if e.location else None,
               "modality": getattr(e, "modality", "asserted"),
               "participants": [{"entity": ids[p.entity], "role": p.role}
                                for p in e.participants if p.entity in ids],
               "evidence": ev(e.evidence)} for e in extraction.events]
    facts = [x for x in relations if x["modality"] != "negated"]
    happenings = [x for x in events if x["modality"] != "negated"]
    document: dict[str, Any] = {"id": doc, "source": source}
    if text is not None:
        document["text"] = text
    return {"documents": [document], "entities": entities,
            "relations": facts, "events": happenings,
            "negated": [x for x in relations + events if x["modality"] == "negated"]}


def export_each(extractor: Extractor, paths: Iterable[Path], out: Path) -> list[Path]:
    """Extract each file alone and write ``out/NAME.json``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for p in paths:
        src = read_path(p)
        target = out / f"{p.stem.removesuffix('.re3d')}.json"
        exported = contract_json(p.name, extractor.extract(src), src.text)
        target.write_text(json.dumps(exported, ensure_ascii=False), "utf-8")
        written.append(target)
    return written


def load_scorer(path: Path) -> Any:
    """The shared scorer (``../shared/eval/score.py``) as a module, for the error-reading benchmarks
    that call its matching functions directly; exits with one line when it is not there."""
    if not path.exists():
        raise SystemExit(f"no scorer at {path}: this needs ../shared/eval")
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
