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
