"""Export: the knowledge base in the formats other tools read.

Every format is one module with a ``write(store, out) -> counts`` function, fed by the streaming
iterators of ``json_export``. Formats are listed here by name and imported only when used, so
reading this package loads no format library (followthemoney, lxml...).
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ..errors import ReportGraphError
from ..resolve.geonames import Locator
from ..store import Store
from .json_export import iter_documents, iter_entities, iter_events, iter_relations, write_json

# write(store, out, locator): the locator places locations (None: the default gazetteer).
Writer = Callable[[Store, TextIO, Locator | None], dict[str, int]]

# name -> (module, what it writes); docs/exports.md documents each.
REGISTRY: dict[str, tuple[str, str]] = {
    "json": ("json_export", "the reportgraph JSON (evaluation contract, provenance, re-importable)"),
    "ftm": ("ftm", "FollowTheMoney entities, one JSON object a line (Aleph, OpenAleph, ftm tools)"),
    "gexf": ("gexf", "GEXF 1.3 graph with time intervals (Gephi)"),
    "graphml": ("graphml", "GraphML graph (yEd, Cytoscape, networkx, igraph)"),
    "acled": ("acled", "ACLED-style events CSV"),
    "stix": ("stix", "STIX 2.1 bundle (OpenCTI, MISP)"),
    "geojson": ("geojson", "GeoJSON FeatureCollection of located places and events (QGIS, kepler.gl)"),
}
FORMATS = tuple(REGISTRY)
# The file name ending of each format: what the CLI writes when no --output is given.
EXTENSIONS: dict[str, str] = {"json": "json", "ftm": "ftm.json", "gexf": "gexf", "graphml": "graphml",
                              "acled": "csv", "stix": "stix.json", "geojson": "geojson"}


def format_name(fmt: str) -> str:
    """A format's registered name from what was typed ("GEXF", " GeoJSON ")."""
    name = fmt.strip().lower()
    if name not in REGISTRY:
        raise ReportGraphError(f"unknown export format '{fmt}' (known: {', '.join(FORMATS)})")
    return name


def default_output(fmt: str) -> Path:
    """Where an export goes when no file is named: export.json, export.gexf, export.csv (acled)..."""
    return Path(f"export.{EXTENSIONS[format_name(fmt)]}")


def writer(fmt: str) -> Writer:
    """The writer function of a format (its name in any case)."""
    fmt = format_name(fmt)
    module = importlib.import_module(f".{REGISTRY[fmt][0]}", __name__)
    fn: Writer = module.write_json if fmt == "json" else module.write
    return fn


def _map_locator(store: Store) -> Locator:
    """The workbench map's locator, built when a format first asks for a place (building it reads the
    gazetteers: a format without coordinates, such as JSON, never pays for it)."""
    built: list[Locator] = []

    def locate(name: str) -> Any:
        if not built:
            from ..query.geocode import locator_for

            built.append(locator_for(store))
        return built[0](name)

    return locate


def export(store: Store, fmt: str, output: Path, locator: Locator | None = None) -> dict[str, Any]:
    """Write the knowledge base to ``output`` in format ``fmt``; returns item counts.

    ``locator`` gives places their coordinates (default: the workbench map's, ``query/geocode.py``:
    analysts' placements, then the gazetteers).
    """
    write = writer(fmt)
    if locator is None:  # the map's own lookup, analysts' placements first: same coordinates everywhere
        locator = _map_locator(store)
    tmp = output.with_name(output.name + ".part")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            counts = write(store, fh, locator)
        tmp.replace(output)  # a failed export never leaves a truncated file under the real name
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise ReportGraphError(f"cannot write {output}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return counts


__all__ = ["EXTENSIONS", "FORMATS", "REGISTRY", "default_output", "export", "format_name",
           "iter_documents", "iter_entities", "iter_events",
           "iter_relations", "write_json", "writer"]
