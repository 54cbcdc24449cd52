"""The extract package's modules import one another without a circle (type-only imports included)."""

from __future__ import annotations

import re
from pathlib import Path

import reportgraph.extract

PACKAGE = Path(reportgraph.extract.__file__).parent


def _imports() -> dict[str, set[str]]:
    return {p.stem: set(re.findall(r"^\s*from \.([a-z_]+) import", p.read_text("utf-8"), re.M))
            for p in PACKAGE.glob("*.py")}


def test_no_import_circle_in_extract() -> None:
    graph = _imports()
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            assert state.get(nxt) != 1, " -> ".join([*path, node, nxt])
            if nxt not in state:
                visit(nxt, [*path, node])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])


def test_the_rules_depend_on_the_collector_not_on_each_other() -> None:
    graph = _imports()
    assert "relation_set" in graph["places"]  # the rules depend on the collector...
    assert "places" not in graph["relation_set"]  # ...which depends on none of them
