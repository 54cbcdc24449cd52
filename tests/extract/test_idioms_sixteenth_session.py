"""A light verb whose object makes an idiom ("took advantage of", "made use of", "paid tribute to") tells of no
event of the verb's own, though the learned trigger model reads "take" as an appointment ("took power") or an
abduction ("took hostages"): the default extraction, learned triggers included. Invented actors and places."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reportgraph.extract import get_extractor
from reportgraph.extract.domain import DomainExtractor

from .conftest import Found, runner

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run_default() -> Callable[[str], Found]:
    extractor = get_extractor("default")
    assert isinstance(extractor, DomainExtractor)
    return runner(extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Hamdi Ould Sidi took advantage of the corruption in the Nigerien army to befriend its officers.",
        "The emir Hamdi Ould Sidi also took advantage of the widespread corruption and cronyism within Nigerien state "
        "institutions to build relationships with some of the state's senior officials and officers.",
    ],
)
def test_taking_advantage_is_no_appointment(run_default: Callable[[str], Found], text: str) -> None:
    found = run_default(text)
    assert not [e for e in found.extraction.events if e.trigger.split()[0] in ("take", "took")], \
        [(e.type, e.trigger) for e in found.extraction.events]
    assert not [r for r in found.extraction.relations if r.predicate == "LEADER_OF"]


def test_taking_power_is_still_an_appointment(run_default: Callable[[str], Found]) -> None:
    found = run_default("In 2019 Hamdi Ould Sidi took power in the Katiba Nour after its founder died.")
    assert any(e.type == "APPOINTMENT" for e in found.extraction.events), \
        [(e.type, e.trigger) for e in found.extraction.events]
