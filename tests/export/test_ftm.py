"""FtM export: every line is an entity followthemoney reads back and validates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from followthemoney import model

from reportgraph.export import export
from reportgraph.export.ftm import PREDICATES, edge_for, ftm_id
from reportgraph.ontology import default_ontology
from reportgraph.store import Store


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_every_line_is_a_valid_ftm_entity(small_kb: Store, tmp_path: Path) -> None:
    out = tmp_path / "small_kb.ftm.json"
    counts = export(small_kb, "ftm", out)
    rows = read(out)
    assert len(rows) == sum(counts.values())
    ids = set()
    for row in rows:
        proxy = model.get_proxy(row, cleaned=False)
        assert proxy.schema.validate(row) is None, row
        assert proxy.to_dict()["properties"] == row["properties"]  # already clean: nothing changed
        ids.add(proxy.id)
    assert len(ids) == len(rows)
    # every entity reference points at an entity of the file
    for row in rows:
        proxy = model.get_proxy(row)
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (prop.name, row)


def test_schemata_and_provenance(small_kb: Store, tmp_path: Path) -> None:
    out = tmp_path / "small_kb.ftm.json"
    export(small_kb, "ftm", out)
    rows = read(out)
    schemata = {r["schema"] for r in rows}
    assert {
        "Document",
        "Person",
        "Organization",
        "Address",
        "Event",
        "Membership",
        "Directorship",
        "Family",
        "Succession",
        "UnknownLink",
    } <= schemata
    leader = next(r for r in rows if r["schema"] == "Directorship")
    assert leader["properties"]["description"] == [
        "Yusuf Barro leads the Southern Front; Idris Tamane is a member of it."
    ]
    assert leader["properties"]["publisher"] == ["reports/dunes.txt"]
    assert leader["properties"]["director"] == [ftm_id("e2")]
    gao = next(r for r in rows if r["schema"] == "Address" and r["properties"]["name"] == ["Gao"])
    assert 16 < float(gao["properties"]["latitude"][0]) < 17 and gao["properties"]["country"] == ["ml"]
    abduction = next(
        r for r in rows if r["schema"] == "Event" and r["properties"]["keywords"] == ["ABDUCTION"]
    )
    assert abduction["properties"]["startDate"] == ["2003-09"] and abduction["properties"]["endDate"] == [
        "2003-12"
    ]
    assert abduction["properties"]["addressEntity"] == [gao["id"]]
    assert "count: 32" in abduction["properties"]["notes"][0]


def test_all_predicates_are_mapped() -> None:
    assert set(PREDICATES) == set(default_ontology().predicates)


@pytest.mark.parametrize(
    ("predicate", "s", "o", "schema"),
    [
        ("ALLY_OF", "PERSON", "PERSON", "Associate"),
        ("ALLY_OF", "PERSON", "ORGANIZATION", "UnknownLink"),
        ("KIN_OF", "PERSON", "COMMUNITY", "UnknownLink"),
        ("MEMBER_OF", "PERSON", "LOCATION", "UnknownLink"),
        ("AFFILIATED_WITH", "ORGANIZATION", "COMMUNITY", "Membership"),
    ],
)
def test_edge_schema_depends_on_the_ends(predicate: str, s: str, o: str, schema: str) -> None:
    assert edge_for(predicate, s, o).schema == schema
