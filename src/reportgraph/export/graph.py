"""The knowledge base as a property graph, shared by the GEXF and GraphML writers.

Nodes are entities and events; edges are relations (subject -> object, labelled with the predicate),
event participations (entity -> event, labelled with the role) and event locations (event -> place).
Events and their edges carry the days their EDTF date can mean (``start``/``end``), for timelines.
Both are generators over the streaming iterators: nodes first, then edges, as XML graphs need.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from ..dates import edtf_days
from ..store import Store
from .json_export import iter_entities, iter_events, iter_relations
from .lookup import Lookup, place_of_entity

# Attribute name -> type (GraphML names; GEXF spells int as "integer"). Order is the file's order.
NODE_ATTRS: dict[str, str] = {
    "kind": "string",
    "type": "string",
    "aliases": "string",
    "mentions": "int",
    "documents": "int",
    "latitude": "double",
    "longitude": "double",
    "trigger": "string",
    "date": "string",
    "count": "int",
    "confidence": "double",
    "evidence": "string",
    "sources": "string",
}
EDGE_ATTRS: dict[str, str] = {
    "kind": "string",
    "predicate": "string",
    "role": "string",
    "confidence": "double",
    "documents": "string",
    "date": "string",
    "evidence": "string",
    "sources": "string",
}
SEP = " | "  # joins lists into one string value (neither GEXF 1.3 liststring nor GraphML is read widely)


@dataclass
class Element:
    """A node or an edge: its id, label, attributes and the first/last day it holds (None: always)."""

    id: str
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None
    source: str = ""
    target: str = ""


def _sources(evidence: list[dict[str, Any]], lookup: Lookup) -> str:
    return SEP.join(dict.fromkeys(lookup.source(x["document"]) for x in evidence))


def _sentences(evidence: list[dict[str, Any]]) -> str:
    return SEP.join(dict.fromkeys(x["text"].strip() for x in evidence))


def iter_nodes(store: Store, lookup: Lookup) -> Iterator[Element]:
    for e in iter_entities(store):
        attrs: dict[str, Any] = {
            "kind": "entity",
            "type": e["type"],
            "aliases": SEP.join(e["aliases"]),
            "mentions": len(e["mentions"]),
            "documents": len({m["document"] for m in e["mentions"]}),
        }
        place = place_of_entity([e["name"], *e["aliases"]], e["type"], lookup.locator)
        if place:
            attrs.update(latitude=place.latitude, longitude=place.longitude)
        yield Element(e["id"], e["name"], attrs)
    for v in iter_events(store):
        start, end = edtf_days(v["date"])
        yield Element(
            v["id"],
            f"{v['type']} ({v['trigger']})",
            {
                "kind": "event",
                "type": v["type"],
                "trigger": v["trigger"],
                "date": v["date"],
                "count": v["count"],
                "confidence": v["confidence"],
                "evidence": _sentences(v["evidence"]),
                "sources": _sources(v["evidence"], lookup),
            },
            start,
            end,
        )


def iter_edges(store: Store, lookup: Lookup) -> Iterator[Element]:
    for r in iter_relations(store):
        yield Element(
            r["id"],
            r["predicate"],
            {
                "kind": "relation",
                "predicate": r["predicate"],
                "confidence": r["confidence"],
                "documents": SEP.join(r["documents"]),
                "evidence": _sentences(r["evidence"]),
                "sources": _sources(r["evidence"], lookup),
            },
            source=r["subject"],
            target=r["object"],
        )
    for v in iter_events(store):
        start, end = edtf_days(v["date"])
        for i, p in enumerate(v["participants"]):
            yield Element(
                f"{v['id']}.{i}",
                p["role"],
                {"kind": "participant", "role": p["role"], "date": v["date"]},
                start,
                end,
                source=p["entity"],
                target=v["id"],
            )
        if v["location"]:
            yield Element(
                f"{v['id']}.at",
                "location",
                {"kind": "location", "role": "location", "date": v["date"]},
                start,
                end,
                source=v["id"],
                target=v["location"],
            )


# Characters XML 1.0 cannot hold even escaped (text from PDFs brings form feeds and the like).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by spaces."""
    return _NOT_XML.sub(" ", text)


def xml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return xml_text(str(value))


class XmlWriter:
    """A streaming XML writer (``XMLGenerator``) with one element per line for readable files."""

    def __init__(self, out: Any) -> None:
        self.gen = XMLGenerator(out, "utf-8", short_empty_elements=True)
        self.depth = 0

    def start(self, name: str, attrs: dict[str, str] | None = None) -> None:
        if self.depth:  # the root follows the XML declaration's own newline
            self.gen.ignorableWhitespace("\n" + "  " * self.depth)
        self.gen.startElement(name, AttributesImpl({k: xml_text(v) for k, v in (attrs or {}).items()}))
        self.depth += 1

    def end(self, name: str, newline: bool = True) -> None:
        self.depth -= 1
        if newline:
            self.gen.ignorableWhitespace("\n" + "  " * self.depth)
        self.gen.endElement(name)

    def leaf(self, name: str, attrs: dict[str, str], text: str | None = None) -> None:
        self.start(name, attrs)
        if text is not None:
            self.gen.characters(xml_text(text))
        self.end(name, newline=False)
