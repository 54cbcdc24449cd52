"""STIX 2.1 export: the bundle passes the OASIS validator with no errors, and ids are deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stix2validator import ValidationOptions, validate_instance, validate_string

from reportgraph.export import export
from reportgraph.export.stix import RELATIONSHIP_TYPES, org_kind
from reportgraph.ontology import default_ontology
from reportgraph.store import Store


def test_bundle_is_valid(small_kb: Store, tmp_path: Path) -> None:
    out = tmp_path / "small_kb.stix.json"
    counts = export(small_kb, "stix", out)
    text = out.read_text("utf-8")
    result = validate_string(text, ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for e in result.errors]
    bundle = json.loads(text)
    objects = bundle["objects"]
    for obj in objects:  # each object alone too, as a TAXII server receives them
        r = validate_instance(obj, ValidationOptions(version="2.1"))
        assert r.is_valid and not r.errors, (obj, [str(e) for e in r.errors])
    ids = {o["id"] for o in objects}
    assert len(ids) == len(objects)
    for o in objects:  # every reference resolves inside the bundle
        for key in ("source_ref", "target_ref", "created_by_ref"):
            if key in o:
                assert o[key] in ids, (key, o)
        for ref in o.get("object_refs", []):
            assert ref in ids
    # 4 locations, none skipped: Wadi Zerga, which no gazetteer knows, is placed where the report
    # says it lies ("near Kidal")
    assert counts["report"] == 2 and counts["location"] == 4 and "skipped" not in counts


def test_mapping(small_kb: Store, tmp_path: Path) -> None:
    out = tmp_path / "small_kb.stix.json"
    export(small_kb, "stix", out)
    objects = json.loads(out.read_text("utf-8"))["objects"]
    by_name = {o.get("name"): o for o in objects}
    assert by_name["Southern Front"]["type"] == "threat-actor"
    assert by_name["Malian army"]["type"] == "identity" and by_name["Malian army"]["sectors"] == [
        "government-national"
    ]
    assert by_name["Amadou Kessel"]["identity_class"] == "individual"
    assert by_name["Idnan"]["identity_class"] == "group"
    assert by_name["Gao"]["type"] == "location" and by_name["Gao"]["country"] == "ML"
    leads = next(o for o in objects if o.get("relationship_type") == "leader-of")
    assert leads["external_references"][0]["source_name"] == "reports/dunes.txt"
    assert leads["external_references"][0]["description"].startswith("Yusuf Barro leads")
    hostile = next(o for o in objects if o.get("relationship_type") == "targets")
    assert hostile["source_ref"] == by_name["Southern Front"]["id"]
    attack = next(o for o in objects if o["type"] == "incident" and o["labels"] == ["attack"])
    links = {o["relationship_type"] for o in objects if o.get("source_ref") == attack["id"]}
    assert links == {"attributed-to", "targets", "located-at"}
    report = next(o for o in objects if o["type"] == "report" and o["name"] == "The arrest")
    assert by_name["Yusuf Barro"]["id"] in report["object_refs"]
    assert by_name["Amadou Kessel"]["id"] not in report["object_refs"]


def test_ids_are_deterministic(small_kb: Store, tmp_path: Path) -> None:
    export(small_kb, "stix", tmp_path / "a.json")
    export(small_kb, "stix", tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_all_predicates_are_mapped() -> None:
    assert set(RELATIONSHIP_TYPES) == set(default_ontology().predicates)


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (["Malian army"], "state"),
        (["Algerian government"], "state"),
        (["BP Oil Company"], "company"),
        (["Southern Front", "SF"], "armed-group"),
    ],
)
def test_org_kind(names: list[str], kind: str) -> None:
    assert org_kind(names) == kind
