"""Coordinated organisations: "the head of A, B and C" holds for each of them (issue #10)."""

from __future__ import annotations

import pytest

from reportgraph.extract import get_extractor
from reportgraph.model import SourceDocument


@pytest.fixture(scope="module")
def leads():
    ex = get_extractor("rules")

    def _leads(text: str) -> set[tuple[str, str]]:
        x = ex.extract(SourceDocument("t", "t", "t", "Background\n\n" + text))
        names = {e.key: e.name for e in x.entities}
        return {(names[r.subject], names[r.object]) for r in x.relations if r.predicate == "LEADER_OF"}

    return _leads


@pytest.mark.parametrize("text, orgs", [
    ("Ibrahim Sani is the head of the Ansar Front, the Tessit Brigade and the Wadi Battalion.",
     {"Ansar Front", "Tessit Brigade"}),
    ("Ibrahim Sani, the leader of the Ansar Front and the Wadi Battalion, fled.", {"Ansar Front", "Wadi Battalion"}),
])
def test_a_role_holds_for_each_coordinated_organisation(leads, text: str, orgs: set[str]) -> None:
    assert {("Ibrahim Sani", o) for o in orgs} <= leads(text)


def test_two_units_joined_by_and_are_two_names(run) -> None:
    found = run("Background\n\nThe Tessit Brigade and the Wadi Battalion attacked Gao.")
    assert found.type_of("Tessit Brigade") == "ORGANIZATION"
    assert found.type_of("Wadi Battalion") == "ORGANIZATION"


@pytest.mark.parametrize("text, name, role", [
    ("Defense Secretary Ash Carter met the envoy in Baghdad.", "Ash Carter", "secretary"),
    ("Iraqi Prime Minister Haider al-Abadi spoke in Baghdad.", "Haider al-Abadi", "minister"),
    ("President Idriss Deby flew to Ndjamena.", "Idriss Deby", "president"),
    ("Secretary of State John Kerry spoke in Paris.", "John Kerry", "secretary"),
    ("The Minister of Defence Florence Parly visited Gao.", "Florence Parly", "minister"),
])
def test_a_title_and_its_qualifiers_are_no_part_of_the_name(run, text: str, name: str, role: str) -> None:
    found = run("Background\n\n" + text)
    person = found.by_name(name)
    assert person is not None and person.type == "PERSON", found.extraction.entities
    assert role in person.roles and all(role not in n.lower() for n in person.names())
