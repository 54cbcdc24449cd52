"""The JSON export's schema, and the validation ``import`` runs before it writes anything.

``export_schema()`` is a JSON Schema (draft 2020-12) built from the ontology (entity types,
predicates, event types and roles are its data), published as docs/export.schema.json (a test
fails when that file is stale). ``validate_export`` reads an export once, checks every item
against the schema and what a schema cannot say (unique ids, references to known documents and
clusters, offsets within their document's text, EDTF dates, finite numbers), and returns every
problem with its JSON path; ``import`` writes nothing unless there are none.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..dates import extent
from ..errors import InterchangeError
from ..model import MODALITIES
from ..ontology import default_ontology
from .json_export import FORMAT_VERSION

MAX_INT = 2**63 - 1  # the store's integers (SQLite INTEGER, PostgreSQL bigint)
MAX_TEXT = 10_000_000  # characters of one document's text
MAX_NAME = 1000  # characters of a name, title, trigger or evidence snippet
MAX_PROBLEMS = 1000  # listed; validation stops collecting past this many

SECTIONS = ("documents", "entities", "relations", "events")
# Sections an export written before schema v7 lacks: claims their own sentences deny (modality negated).
OPTIONAL_SECTIONS = ("negated_relations", "negated_events")


def _str(max_length: int, min_length: int = 0) -> dict[str, Any]:
    return {"type": "string", "minLength": min_length, "maxLength": max_length, "pattern": "^[^\\u0000]*$"}


def _ref(prefix: str) -> dict[str, Any]:
    return {"type": "string", "pattern": f"^{prefix}[0-9]{{1,18}}$"}


def _int(minimum: int = 0) -> dict[str, Any]:
    return {"type": "integer", "minimum": minimum, "maximum": MAX_INT}


def export_schema() -> dict[str, Any]:
    """The JSON Schema of a reportgraph JSON export (``reportgraph export --format json``)."""
    onto = default_ontology()
    conf = {"type": "number", "minimum": 0, "maximum": 1}
    grade = {"type": "string", "enum": list("ABCDEF")}
    doc_id = _str(40, 1)
    status = {"type": ["string", "null"], "pattern": "^[a-z_]{1,16}$"}
    span = {"type": "object", "required": ["document", "start", "end"],
            "properties": {"document": doc_id, "start": _int(), "end": _int()}}
    evidence: dict[str, Any] = {"type": "object", "required": ["document", "start", "end", "text"],
                "properties": {"document": doc_id, "start": _int(), "end": _int(), "text": _str(MAX_TEXT)}}
    names = {"type": "array", "items": _str(MAX_NAME)}
    modality = {"enum": list(MODALITIES)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://reportgraph.invalid/export.schema.json",
        "title": "reportgraph JSON export",
        "description": "What `reportgraph export --format json` writes and `reportgraph import` reads "
                       "(docs/exports.md). Generated from the ontology by reportgraph.export.schema.",
        "type": "object",
        "required": ["format", "format_version", *SECTIONS],
        "properties": {
            "format": {"const": "reportgraph"},
            "format_version": {"type": "integer", "minimum": 2, "maximum": FORMAT_VERSION},
            **{s: {"type": "array", "items": {"$ref": f"#/$defs/{s[:-1] if s != 'entities' else 'entity'}"}}
               for s in SECTIONS},
            "negated_relations": {"type": "array", "items": {"$ref": "#/$defs/relation"}},
            "negated_events": {"type": "array", "items": {"$ref": "#/$defs/event"}},
        },
        "$defs": {
            "document": {"type": "object",
                         "required": ["id", "source", "title", "media_type", "ingested_at", "grade", "extractor",
                                      "n_chars", "text"],
                         "properties": {"id": doc_id, "source": _str(4096), "title": _str(MAX_NAME),
                                        "media_type": _str(120, 1), "ingested_at": _str(32, 1), "grade": grade,
                                        "extractor": _str(64), "n_chars": _int(), "text": _str(MAX_TEXT),
                                        "reported": {"type": ["string", "null"],
                                                     "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
                                        # ISO 639 codes; a mixed text's languages joined by "+", main first
                                        "language": {"type": ["string", "null"], "maxLength": 16,
                                                     "pattern": "^[a-z]{2,3}(\\+[a-z]{2,3})*$"}}},
            "entity": {"type": "object", "required": ["id", "type", "name", "aliases", "roles", "mentions", "clusters"],
                       "properties": {
                           "id": _ref("e"), "type": {"enum": list(onto.entity_types)}, "name": _str(MAX_NAME, 1),
                           "aliases": names, "roles": names,
                           "mentions": {"type": "array", "items": {
                               "type": "object",
                               "required": ["document", "start", "end", "text", "local", "method", "confidence"],
                               "properties": {"document": doc_id, "start": _int(), "end": _int(),
                                              "text": _str(MAX_NAME), "local": _ref("l"), "method": _str(32),
                                              "confidence": conf}}},
                           "clusters": {"type": "array", "items": {
                               "type": "object",
                               "required": ["id", "document", "key", "name", "aliases", "roles", "confidence"],
                               "properties": {"id": _ref("l"), "document": doc_id, "key": _str(32, 1),
                                              "name": _str(MAX_NAME, 1), "aliases": names, "roles": names,
                                              "confidence": conf}}}}},
            "relation": {"type": "object", "required": ["id", "subject", "predicate", "object", "facts", "evidence"],
                         "properties": {
                             "id": _ref("r"), "subject": _ref("e"), "object": _ref("e"),
                             "predicate": {"enum": sorted(onto.predicates)}, "confidence": conf,
                             "modality": modality,
                             "credibility": {"type": "integer", "minimum": 1, "maximum": 6},
                             "evidence": {"type": "array", "items": {**evidence, "required": [
                                 *evidence["required"], "fact"], "properties": {**evidence["properties"],
                                                                                "fact": _ref("r")}}},
                             "facts": {"type": "array", "minItems": 1, "items": {
                                 "type": "object",
                                 "required": ["id", "document", "subject", "object", "confidence", "method", "status"],
                                 "properties": {"id": _ref("r"), "document": doc_id, "subject": _ref("l"),
                                                "object": _ref("l"), "confidence": conf, "method": _str(32),
                                                "status": status, "modality": modality}}}}},
            "event": {"type": "object",
                      "required": ["id", "type", "trigger", "trigger_span", "date", "count", "confidence", "method",
                                   "evidence", "document", "status", "local"],
                      "properties": {
                          "id": _ref("v"), "type": {"enum": sorted(onto.event_types)}, "trigger": _str(MAX_NAME),
                          "trigger_span": {"oneOf": [{"type": "null"}, span]},
                          "participants": {"type": "array", "items": {
                              "type": "object", "required": ["entity", "role"],
                              "properties": {"entity": _ref("e"), "role": {"enum": list(onto.roles)}}}},
                          "location": {"oneOf": [{"type": "null"}, _ref("e")]},
                          "date": {"type": ["string", "null"], "minLength": 1, "maxLength": 40},
                          "count": {**_int(), "type": ["integer", "null"]},
                          "modality": modality,
                          "confidence": conf, "method": _str(32), "credibility": {"type": "integer", "minimum": 1,
                                                                                  "maximum": 6},
                          "evidence": {"type": "array", "items": evidence}, "document": doc_id, "status": status,
                          "local": {"type": "object", "required": ["location", "participants"], "properties": {
                              "location": {"oneOf": [{"type": "null"}, _ref("l")]},
                              "participants": {"type": "array", "items": {
                                  "type": "object", "required": ["entity", "role"],
                                  "properties": {"entity": _ref("l"), "role": {"enum": list(onto.roles)}}}}}}}},
        },
    }


def schema_json() -> str:
    """The schema as published in docs/export.schema.json."""
    return json.dumps(export_schema(), indent=2, ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def _validators() -> dict[str, Any]:
    from jsonschema import Draft202012Validator

    schema = export_schema()
    return {s: Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{name}"})
            for s, name in (("documents", "document"), ("entities", "entity"), ("relations", "relation"),
                            ("events", "event"), ("negated_relations", "relation"), ("negated_events", "event"))}


def _path(base: str, parts: Any) -> str:
    return base + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


class _Checker:
    """The checks a schema cannot express, over the stream of records (documents come first)."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []
        self.doc_len: dict[str, int] = {}
        self.ids: dict[str, set[int]] = {"e": set(), "l": set(), "r": set(), "v": set()}
        self.cluster_doc: dict[int, str] = {}

    def add(self, path: str, what: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((path, what))

    def unique(self, kind: str, ref: str, path: str) -> int:
        n = int(ref[1:])
        if n in self.ids[kind]:
            self.add(path, f"duplicate id {ref}")
        self.ids[kind].add(n)
        return n

    def span(self, s: dict[str, Any], path: str) -> None:
        length = self.doc_len.get(s["document"])
        if length is None:
            self.add(f"{path}.document", f"unknown document {s['document']!r}")
        elif not s["start"] <= s["end"] <= length:
            self.add(path, f"offsets {s['start']}-{s['end']} outside the document's {length} characters")

    def local(self, ref: str, path: str) -> None:
        if int(ref[1:]) not in self.cluster_doc:
            self.add(path, f"unknown local entity {ref}")

    def record(self, kind: str, item: dict[str, Any], path: str) -> None:
        getattr(self, f"_{kind}")(item, path)

    def _documents(self, d: dict[str, Any], path: str) -> None:
        if d["id"] in self.doc_len:
            self.add(f"{path}.id", f"duplicate document id {d['id']!r}")
        if d["n_chars"] != len(d["text"]):
            self.add(f"{path}.n_chars", f"{d['n_chars']} but the text has {len(d['text'])} characters")
        self.doc_len[d["id"]] = len(d["text"])

    def _entities(self, e: dict[str, Any], path: str) -> None:
        self.unique("e", e["id"], f"{path}.id")
        for i, c in enumerate(e["clusters"]):
            n = self.unique("l", c["id"], f"{path}.clusters[{i}].id")
            self.cluster_doc[n] = c["document"]
            if c["document"] not in self.doc_len:
                self.add(f"{path}.clusters[{i}].document", f"unknown document {c['document']!r}")
        own = {c["id"] for c in e["clusters"]}
        for i, m in enumerate(e["mentions"]):
            self.span(m, f"{path}.mentions[{i}]")
            if m["local"] not in own:
                self.add(f"{path}.mentions[{i}].local", f"{m['local']} is not one of this entity's clusters")

    def _relations(self, r: dict[str, Any], path: str) -> None:
        for ref in (r["subject"], r["object"]):
            if int(ref[1:]) not in self.ids["e"]:
                self.add(path, f"unknown entity {ref}")
        facts = set()
        for i, f in enumerate(r["facts"]):
            facts.add(f["id"])
            self.unique("r", f["id"], f"{path}.facts[{i}].id")
            if f["document"] not in self.doc_len:
                self.add(f"{path}.facts[{i}].document", f"unknown document {f['document']!r}")
            self.local(f["subject"], f"{path}.facts[{i}].subject")
            self.local(f["object"], f"{path}.facts[{i}].object")
        for i, ev in enumerate(r["evidence"]):
            self.span(ev, f"{path}.evidence[{i}]")
            if ev["fact"] not in facts:
                self.add(f"{path}.evidence[{i}].fact", f"{ev['fact']} is not one of this relation's facts")

    def _negated_relations(self, r: dict[str, Any], path: str) -> None:
        self._relations(r, path)

    def _negated_events(self, v: dict[str, Any], path: str) -> None:
        self._events(v, path)

    def _events(self, v: dict[str, Any], path: str) -> None:
        self.unique("v", v["id"], f"{path}.id")
        if v["document"] not in self.doc_len:
            self.add(f"{path}.document", f"unknown document {v['document']!r}")
        if v["date"] and extent(v["date"]) is None:
            self.add(f"{path}.date", f"not an EDTF date this reportgraph reads: {v['date'][:40]!r}")
        if v["trigger_span"]:
            self.span(v["trigger_span"], f"{path}.trigger_span")
        for i, ev in enumerate(v["evidence"]):
            self.span(ev, f"{path}.evidence[{i}]")
        if v["local"]["location"]:
            self.local(v["local"]["location"], f"{path}.local.location")
        for i, p in enumerate(v["local"]["participants"]):
            self.local(p["entity"], f"{path}.local.participants[{i}].entity")


def validate_records(records: Iterator[tuple[str, Any]]) -> list[tuple[str, str]]:
    """Every problem of a stream of export records, as (JSON path, what is wrong)."""
    validators = _validators()
    checker = _Checker()
    index = {s: 0 for s in (*SECTIONS, *OPTIONAL_SECTIONS)}
    for kind, item in records:
        path = f"$.{kind}[{index[kind]}]"
        index[kind] += 1
        errors = list(validators[kind].iter_errors(item))
        for err in errors[:20]:
            checker.add(_path(path, err.absolute_path), err.message[:200])
        if not errors:
            checker.record(kind, item, path)
        if len(checker.problems) >= MAX_PROBLEMS:
            break
    return checker.problems


def validate_export(path: Path) -> list[tuple[str, str]]:
    """Every problem of the export file at ``path`` (an unreadable file raises InterchangeError)."""
    from .json_import import iter_records

    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8") as fh:
        try:
            return validate_records(iter_records(fh))
        except UnicodeDecodeError as exc:
            raise InterchangeError(f"not a reportgraph JSON export: not UTF-8 (byte {exc.start})") from None
