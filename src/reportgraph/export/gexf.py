"""GEXF 1.3 (Gephi): a dynamic graph whose events and event edges carry their dates, so Gephi's
timeline shows the network as it changes. Relations have no date in the model and always show."""

from __future__ import annotations

import datetime as dt
from typing import TextIO

from ..resolve.geonames import Locator
from ..store import Store
from .graph import EDGE_ATTRS, NODE_ATTRS, Element, XmlWriter, iter_edges, iter_nodes, xml_value
from .lookup import Lookup

NS = "http://gexf.net/1.3"
GEXF_TYPES = {"int": "integer", "double": "double", "string": "string", "boolean": "boolean"}


def _attributes(w: XmlWriter, cls: str, attrs: dict[str, str]) -> None:
    w.start("attributes", {"class": cls, "mode": "static"})
    for i, (name, typ) in enumerate(attrs.items()):
        w.leaf("attribute", {"id": f"{cls[0]}{i}", "title": name, "type": GEXF_TYPES[typ]})
    w.end("attributes")


def _element(w: XmlWriter, tag: str, el: Element, ids: dict[str, str]) -> None:
    attrs = {"id": el.id, "label": el.label}
    if tag == "edge":
        attrs.update(source=el.source, target=el.target)
        if isinstance(el.attrs.get("confidence"), float):
            attrs["weight"] = xml_value(el.attrs["confidence"])
    if el.start:
        attrs["start"] = el.start
    if el.end:
        attrs["end"] = el.end
    w.start(tag, attrs)
    values = [(k, v) for k, v in el.attrs.items() if v is not None and v != ""]
    if values:
        w.start("attvalues")
        for k, v in values:
            w.leaf("attvalue", {"for": ids[k], "value": xml_value(v)})
        w.end("attvalues")
    w.end(tag)


def write(store: Store, out: TextIO, locator: Locator | None = None) -> dict[str, int]:
    """Write the graph as GEXF 1.3; returns node and edge counts."""
    w = XmlWriter(out)
    w.gen.startDocument()
    w.start(
        "gexf",
        {
            "xmlns": NS,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": f"{NS} {NS}/gexf.xsd",
            "version": "1.3",
        },
    )
    w.start("meta", {"lastmodifieddate": dt.date.today().isoformat()})
    w.leaf("creator", {}, "reportgraph")
    w.leaf("description", {}, "Entities, relations and events extracted from reports, with provenance")
    w.end("meta")
    w.start(
        "graph",
        {
            "mode": "dynamic",
            "defaultedgetype": "directed",
            "timeformat": "date",
            "timerepresentation": "interval",
        },
    )
    _attributes(w, "node", NODE_ATTRS)
    _attributes(w, "edge", EDGE_ATTRS)
    node_ids = {name: f"n{i}" for i, name in enumerate(NODE_ATTRS)}
    edge_ids = {name: f"e{i}" for i, name in enumerate(EDGE_ATTRS)}
    counts = {"nodes": 0, "edges": 0}
    with Lookup(store, locator) as lookup:
        w.start("nodes")
        for node in iter_nodes(store, lookup):
            _element(w, "node", node, node_ids)
            counts["nodes"] += 1
        w.end("nodes")
        w.start("edges")
        for edge in iter_edges(store, lookup):
            _element(w, "edge", edge, edge_ids)
            counts["edges"] += 1
        w.end("edges")
    w.end("graph")
    w.end("gexf")
    w.gen.ignorableWhitespace("\n")
    w.gen.endDocument()
    return counts
