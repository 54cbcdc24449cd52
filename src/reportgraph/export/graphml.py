"""GraphML: the same graph as the GEXF export, for yEd, Cytoscape, networkx and igraph.
GraphML has no time model; event dates are the ``date`` (EDTF), ``start`` and ``end`` (days) attributes."""

from __future__ import annotations

from typing import TextIO

from ..resolve.geonames import Locator
from ..store import Store
from .graph import EDGE_ATTRS, NODE_ATTRS, Element, XmlWriter, iter_edges, iter_nodes, xml_value
from .lookup import Lookup

NS = "http://graphml.graphdrawing.org/xmlns"
TIME_ATTRS = {"start": "string", "end": "string"}


def _data(w: XmlWriter, prefix: str, el: Element) -> None:
    values = {"label": el.label, **el.attrs, "start": el.start, "end": el.end}
    for k, v in values.items():
        if v is not None and v != "":
            w.leaf("data", {"key": f"{prefix}_{k}"}, xml_value(v))


def write(store: Store, out: TextIO, locator: Locator | None = None) -> dict[str, int]:
    """Write the graph as GraphML; returns node and edge counts."""
    w = XmlWriter(out)
    w.gen.startDocument()
    w.start(
        "graphml",
        {
            "xmlns": NS,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": f"{NS} {NS}/1.0/graphml.xsd",
        },
    )
    for cls, prefix, attrs in (("node", "n", NODE_ATTRS), ("edge", "e", EDGE_ATTRS)):
        for name, typ in {"label": "string", **attrs, **TIME_ATTRS}.items():
            w.leaf("key", {"id": f"{prefix}_{name}", "for": cls, "attr.name": name, "attr.type": typ})
    w.start("graph", {"id": "reportgraph", "edgedefault": "directed"})
    counts = {"nodes": 0, "edges": 0}
    with Lookup(store, locator) as lookup:
        for node in iter_nodes(store, lookup):
            w.start("node", {"id": node.id})
            _data(w, "n", node)
            w.end("node")
            counts["nodes"] += 1
        for edge in iter_edges(store, lookup):
            w.start("edge", {"id": edge.id, "source": edge.source, "target": edge.target})
            _data(w, "e", edge)
            w.end("edge")
            counts["edges"] += 1
    w.end("graph")
    w.end("graphml")
    w.gen.ignorableWhitespace("\n")
    w.gen.endDocument()
    return counts
