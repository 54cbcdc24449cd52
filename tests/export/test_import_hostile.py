"""Import validates before it writes (issue 15): 75+ malformed exports, each refused with its JSON
path and nothing stored; the export itself matches the published schema (docs/export.schema.json)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from reportgraph.errors import ImportValidationError, InterchangeError
from reportgraph.export import export
from reportgraph.export.json_import import import_json
from reportgraph.export.schema import export_schema, schema_json
from reportgraph.store import Store

DOCS = Path(__file__).resolve().parents[2] / "docs" / "export.schema.json"

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    """A mutation that sets ``path`` (dotted, with list indexes) to ``value``."""

    def mutate(d: dict[str, Any]) -> None:
        keys: list[Any] = [int(k) if k.isdigit() else k for k in path.split(".")]
        target: Any = d
        for k in keys[:-1]:
            target = target[k]
        target[keys[-1]] = value

    return mutate


def _drop(path: str) -> Mutation:
    def mutate(d: dict[str, Any]) -> None:
        keys: list[Any] = [int(k) if k.isdigit() else k for k in path.split(".")]
        target: Any = d
        for k in keys[:-1]:
            target = target[k]
        del target[keys[-1]]

    return mutate


def _dup(section: str) -> Mutation:
    def mutate(d: dict[str, Any]) -> None:
        d[section].append(copy.deepcopy(d[section][0]))

    return mutate


BAD_VALUES: list[Any] = [None, "", "x" * 2_000, -1, 2**63, 10**40, 1.5, float("inf"), [], {}, True, "\x00"]
FIELDS = [
    "documents.0.id", "documents.0.n_chars", "documents.0.grade", "documents.0.text", "documents.0.media_type",
    "entities.0.id", "entities.0.type", "entities.0.name", "entities.0.mentions.0.start",
    "entities.0.mentions.0.end", "entities.0.mentions.0.local", "entities.0.mentions.0.confidence",
    "entities.0.clusters.0.id", "entities.0.clusters.0.document", "relations.0.predicate",
    "relations.0.facts.0.id", "relations.0.facts.0.subject", "relations.0.facts.0.confidence",
    "events.0.type", "events.0.date", "events.0.count", "events.0.confidence", "events.0.local.location",
]
NULLABLE = {("events.0.date", None), ("events.0.count", None), ("events.0.local.location", None)}
MUTATIONS: list[tuple[str, Mutation]] = [
    *((f"{f}={v!r:.20}", _set(f, v)) for f in FIELDS for v in BAD_VALUES[:4] if (f, v) not in NULLABLE),
    ("unknown entity type", _set("entities.0.type", "WEAPON")),
    ("unknown predicate", _set("relations.0.predicate", "LIKES")),
    ("unknown event type", _set("events.0.type", "PARTY")),
    ("unknown role", _set("events.0.local.participants.0.role", "bystander")),
    ("garbage date", _set("events.0.date", "sometime")),
    ("string count", _set("events.0.count", "12")),
    ("mention past the text", _set("entities.0.mentions.0.end", 10**9)),
    ("mention end before start", _set("entities.0.mentions.0.start", 10**6)),
    ("confidence above 1", _set("relations.0.facts.0.confidence", 7.5)),
    ("huge id", _set("entities.0.id", "e" + "9" * 5000)),
    ("ten megabyte name", _set("entities.0.name", "N" * 10_000_000)),
    ("NUL in a name", _set("entities.0.name", "a\x00b")),
    ("NUL in a text", _set("documents.0.text", "Gao\x00")),
    ("n_chars disagrees", _set("documents.0.n_chars", 1)),
    ("unknown document", _set("entities.0.clusters.0.document", "nope")),
    ("unknown local entity", _set("relations.0.facts.0.subject", "l999999")),
    ("evidence of no fact", _set("relations.0.evidence.0.fact", "r999999")),
    ("no facts", _set("relations.0.facts", [])),
    ("missing text", _drop("documents.0.text")),
    ("missing mentions", _drop("entities.0.mentions")),
    ("missing local", _drop("events.0.local")),
    ("duplicate document", _dup("documents")),
    ("duplicate entity", _dup("entities")),
    ("duplicate relation", _dup("relations")),
    ("duplicate event", _dup("events")),
    ("documents not a list", _set("documents", {"a": 1})),
    ("entity not an object", _set("entities.0", "e1")),
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from .conftest import build_kb

    folder = tmp_path_factory.mktemp("export")
    store = build_kb(folder / "small.sqlite")
    export(store, "json", folder / "a.json")
    store.close()
    data: dict[str, Any] = json.loads((folder / "a.json").read_text("utf-8"))
    return data


def test_the_export_matches_its_published_schema(exported: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(export_schema())
    errors = list(Draft202012Validator(export_schema()).iter_errors(exported))
    assert not errors, errors[:3]


def test_the_published_schema_is_not_stale() -> None:
    fix = "python -c 'from reportgraph.export.schema import schema_json as s; print(s(), end=\"\")' > " + str(DOCS)
    assert DOCS.read_text("utf-8") == schema_json(), f"stale: run {fix}"


def test_there_are_75_or_more() -> None:
    assert len(MUTATIONS) >= 75


def _import(data: dict[str, Any], tmp_path: Path, raw: str | None = None) -> tuple[Store, BaseException | None]:
    path = tmp_path / "bad.json"
    path.write_text(raw if raw is not None else json.dumps(data, ensure_ascii=False), "utf-8")
    store = Store(tmp_path / "new.sqlite")
    try:
        import_json(store, path)
    except InterchangeError as exc:
        return store, exc
    return store, None


@pytest.mark.parametrize(("label", "mutate"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_a_malformed_export_is_refused_whole(label: str, mutate: Mutation, exported: dict[str, Any],
                                            tmp_path: Path) -> None:
    data = copy.deepcopy(exported)
    mutate(data)
    store, error = _import(data, tmp_path)
    assert error is not None, f"{label}: imported"
    assert store.counts() == {"documents": 0, "entities": 0, "mentions": 0, "relations": 0, "events": 0}
    if isinstance(error, ImportValidationError):
        assert error.problems and all(p.startswith("$.") for p, _ in error.problems)
    store.close()


def test_every_problem_is_listed_with_its_path(exported: dict[str, Any], tmp_path: Path) -> None:
    data = copy.deepcopy(exported)
    data["entities"][0]["type"] = "WEAPON"
    data["events"][0]["date"] = "sometime"
    _, error = _import(data, tmp_path)
    assert isinstance(error, ImportValidationError)
    paths = [p for p, _ in error.problems]
    assert "$.entities[0].type" in paths and "$.events[0].date" in paths
    assert "[E701]" in str(error)


@pytest.mark.parametrize("raw", ['{"format": "reportgraph", "format_version": 2, "documents": [NaN]}',
                                 '{"format": "reportgraph", "format_version": 2, "documents": [' + "9" * 5000 + "]}",
                                 '{"format": "reportgraph", "format_version": 2, "documents": [{"id": Infinity}]}',
                                 "[1, 2]", '{"format": "reportgraph"', ""])
def test_not_json_or_not_an_export(raw: str, tmp_path: Path) -> None:
    _, error = _import({}, tmp_path, raw)
    assert error is not None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_property_random_damage_is_refused_or_round_trips(exported: dict[str, Any], tmp_path_factory: Any,
                                                          data: st.DataObject) -> None:
    """Replace any one leaf of the export by any JSON value: the import either refuses the file
    with a coded error and stores nothing, or stores a file that still validates."""
    doc = copy.deepcopy(exported)
    leaves: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
        for k, v in items:
            leaves.append((node, k))
            walk(v)

    walk(doc)
    parent, key = data.draw(st.sampled_from(leaves))
    parent[key] = data.draw(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                            | st.text(max_size=30) | st.lists(st.integers(), max_size=2))
    folder = tmp_path_factory.mktemp("prop")
    store, error = _import(doc, folder)
    if error is not None:
        assert store.counts()["documents"] == 0
    store.close()
