"""The annotated corpus: gold documents in ../shared/eval/GOLD_FORMAT.md's form, their checks and splits.

A corpus folder holds ``docs/NAME.txt`` + ``docs/NAME.gold.json`` and ``splits.json`` (each document's
split: train, dev or test). The split of a document is fixed by a hash of its name when it is first
added (``assign_splits``), before any model sees it, so that no one chooses which texts are held out.

    python -m reportgraph.train.corpus check corpus/en      # validate every document
    python -m reportgraph.train.corpus split corpus/en      # add new documents to splits.json
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import extent
from ..extract.language import LANGUAGES
from ..model import MODALITIES as ALL_MODALITIES
from ..ontology import default_ontology

SPLITS = ("train", "dev", "test")
# What a gold fact may say of itself; negated claims are listed apart, under "negated".
MODALITIES = tuple(m for m in ALL_MODALITIES if m != "negated")
# Ten hash buckets: 6 train, 2 dev, 2 sealed test.
_BUCKETS = ("train",) * 6 + ("dev",) * 2 + ("test",) * 2


@dataclass
class GoldDoc:
    """One annotated document: its text and its gold annotation as read from JSON."""

    name: str
    text: str
    gold: dict[str, Any]
    path: Path
    problems: list[str] = field(default_factory=list)


def split_of(name: str) -> str:
    """The split a document name hashes to (stable across machines and Python versions)."""
    h = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16)
    return _BUCKETS[h % len(_BUCKETS)]


def iter_docs(folder: Path) -> Iterator[GoldDoc]:
    """Every ``NAME.txt`` with its ``NAME.gold.json`` under ``folder`` (or ``folder/docs``), by name."""
    base = folder / "docs" if (folder / "docs").is_dir() else folder
    for txt in sorted(base.glob("*.txt")):
        gold_path = txt.with_name(txt.stem + ".gold.json")
        if not gold_path.exists():
            continue
        yield GoldDoc(txt.stem, txt.read_text("utf-8"), json.loads(gold_path.read_text("utf-8")), gold_path)


def corpus_language(folder: Path) -> str:
    """A corpus folder's language: its name when it is one (corpus/en, corpus/fr), else English."""
    return folder.name if folder.name in LANGUAGES else "en"


def load_splits(folder: Path) -> dict[str, str]:
    """``splits.json`` of a corpus folder: document name -> split."""
    path = folder / "splits.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def docs_of_split(folder: Path, split: str) -> list[GoldDoc]:
    """The documents of one split of a corpus folder."""
    splits = load_splits(folder)
    return [d for d in iter_docs(folder) if splits.get(d.name) == split]


def assign_splits(folder: Path) -> dict[str, str]:
    """Give every document not yet in ``splits.json`` the split its name hashes to; existing
    assignments never change. Returns the whole mapping (written back to the file)."""
    splits = load_splits(folder)
    for d in iter_docs(folder):
        splits.setdefault(d.name, split_of(d.name))
    (folder / "splits.json").write_text(json.dumps(dict(sorted(splits.items())), indent=1) + "\n", "utf-8")
    return splits


def validate(doc: GoldDoc) -> list[str]:
    """Every way the annotation breaks GOLD_FORMAT.md: names and triggers not verbatim in the text,
    undefined or duplicate ids, illegal types, predicates, roles and argument types, unparsable dates."""
    onto = default_ontology()
    g, text, out = doc.gold, doc.text, []
    if g.get("doc") != doc.name + ".txt":
        out.append(f"'doc' is {g.get('doc')!r}, expected {doc.name + '.txt'!r}")
    types: dict[str, str] = {}
    for e in g.get("entities", []):
        eid = e.get("id")
        if not isinstance(eid, str) or not eid:
            out.append(f"entity without an id: {e}")
            continue
        if eid in types:
            out.append(f"duplicate entity id {eid}")
        if e.get("type") not in onto.entity_types:
            out.append(f"entity {eid}: unknown type {e.get('type')!r}")
        types[eid] = e.get("type", "")
        names = e.get("names") or []
        if not names:
            out.append(f"entity {eid}: no names")
        for n in names:
            if not isinstance(n, str) or n not in text:
                out.append(f"entity {eid}: name {n!r} not in the text")
    for r in g.get("relations", []):
        s, p, o = r.get("subject"), r.get("predicate"), r.get("object")
        pred = onto.predicates.get(p)
        if pred is None:
            out.append(f"relation {s} {p} {o}: unknown predicate")
            continue
        for role, eid, allowed in (("subject", s, pred.subject), ("object", o, pred.object)):
            if eid not in types:
                out.append(f"relation {s} {p} {o}: {role} {eid!r} is not an entity")
            elif types[eid] not in allowed and not pred.symmetric:
                out.append(f"relation {s} {p} {o}: {role} is {types[eid]}, {p} takes {'/'.join(allowed)}")
    for r in g.get("relations", []):
        if r.get("modality", "asserted") not in MODALITIES:
            out.append(f"relation {r.get('subject')} {r.get('predicate')} {r.get('object')}: "
                       f"modality {r.get('modality')!r}")
    for n in g.get("negated", []):
        ids = [n.get("subject"), n.get("object")] if "predicate" in n else [
            p.get("entity") for p in n.get("participants", [])]
        if ("predicate" in n and n["predicate"] not in onto.predicates) or (
                "type" in n and n["type"] not in onto.event_types) or not ("predicate" in n or "type" in n):
            out.append(f"negated claim {n}: neither a known predicate nor a known event type")
        for eid in ids:
            if eid not in types:
                out.append(f"negated claim {n}: {eid!r} is not an entity")
        if "trigger" in n and n["trigger"] not in text:
            out.append(f"negated claim {n}: trigger not in the text")
    event_ids: set[str] = set()
    for ev in g.get("events", []):
        vid = ev.get("id")
        if vid in event_ids:
            out.append(f"duplicate event id {vid}")
        event_ids.add(vid)
        where = f"event {vid}"
        if ev.get("type") not in onto.event_types:
            out.append(f"{where}: unknown type {ev.get('type')!r}")
        trig = ev.get("trigger")
        if not isinstance(trig, str) or trig not in text:
            out.append(f"{where}: trigger {trig!r} not in the text")
        for part in ev.get("participants", []):
            if part.get("entity") not in types:
                out.append(f"{where}: participant {part.get('entity')!r} is not an entity")
            if part.get("role") not in onto.roles:
                out.append(f"{where}: unknown role {part.get('role')!r}")
        loc = ev.get("location")
        if loc is not None and loc not in types:
            out.append(f"{where}: location {loc!r} is not an entity")
        date = ev.get("date")
        if date is not None and extent(date) is None:
            out.append(f"{where}: date {date!r} is not EDTF")
        if ev.get("modality", "asserted") not in MODALITIES:
            out.append(f"{where}: modality {ev.get('modality')!r}")
        count = ev.get("count")
        if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 0):
            out.append(f"{where}: count {count!r} is not a non-negative integer")
    return out


def _main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("check", "split"):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "split":
        splits = assign_splits(folder)
        for s in SPLITS:
            print(f"{s}: {sum(1 for v in splits.values() if v == s)}")
        return 0
    bad = 0
    n = 0
    for doc in iter_docs(folder):
        n += 1
        for p in validate(doc):
            bad += 1
            print(f"{doc.name}: {p}")
    print(f"{n} documents, {bad} problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
