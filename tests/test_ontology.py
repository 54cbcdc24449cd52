"""The ontology file: event-type behaviour is data, checked when it is read."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from reportgraph.errors import OntologyError
from reportgraph.ontology import default_ontology, load_ontology


def test_every_event_type_says_how_it_behaves() -> None:
    raw = yaml.safe_load(resources.files("reportgraph.data").joinpath("ontology.yaml").read_text("utf-8"))
    assert set(raw["event_behaviour"]) == set(raw["event_types"])
    onto = default_ontology()
    assert onto.event_types_where("fatal") <= onto.event_types_where("counted")
    assert onto.event_types["KILLING"].done_to == "people"
    assert onto.event_types["FOUNDING"].done_to == "organization"
    assert "ARMED_CLASH" in onto.event_types_where("multi_party")


def _with_behaviour(tmp_path: Path, extra: dict) -> Path:  # type: ignore[type-arg]
    raw = yaml.safe_load(resources.files("reportgraph.data").joinpath("ontology.yaml").read_text("utf-8"))
    raw["event_behaviour"].update(extra)
    path = tmp_path / "ontology.yaml"
    path.write_text(yaml.safe_dump(raw), "utf-8")
    return path


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"PARADE": {"counted": True}}, "unknown event type PARADE"),
        ({"ATTACK": {"counted": True, "lethal": True}}, "unknown field(s) lethal"),
        ({"ATTACK": {"done_to": "places"}}, "done_to must be"),
        ({"ATTACK": {"acled": ["Battles"]}}, "acled must be"),
    ],
)
def test_bad_event_behaviour_is_refused_with_its_place(tmp_path: Path, extra: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(OntologyError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_ontology(_with_behaviour(tmp_path, extra))


def test_the_on_slot_of_an_attack_is_a_word() -> None:
    # an unquoted `on:` key is YAML 1.1's true: "an attack on X" never took X as its patient
    assert default_ontology().event_types["ATTACK"].roles["on"] == "patient"
    assert all(isinstance(k, str) and k not in ("True", "False")
               for et in default_ontology().event_types.values() for k in et.roles)


def test_a_slot_yaml_reads_as_a_boolean_is_refused(tmp_path: Path) -> None:
    text = resources.files("reportgraph.data").joinpath("ontology.yaml").read_text("utf-8")
    path = tmp_path / "ontology.yaml"
    path.write_text(text.replace('roles: {"on": patient,', "roles: {on: patient,"), "utf-8")
    assert path.read_text("utf-8") != text
    with pytest.raises(OntologyError, match="ATTACK: slot True is not a word"):
        load_ontology(path)
