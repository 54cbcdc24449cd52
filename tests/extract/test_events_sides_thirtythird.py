"""Events read in the thirty-third round (branch evtside39): in a state force's release (a heading that says "PRESS
RELEASE" or "Press Statement" under the name of an armed or security body), the deed its text tells with nobody
named is the release's own force's: a passive arrest naming no captor, a bare "troops" (the troops it named
before, else the issuer), "our forces" (the issuer where the report names no state force). Invented actors and
places."""

from __future__ import annotations

import pytest

from .test_events import PEOPLE, one, roles

pytestmark = pytest.mark.model

SPEC = {
    **PEOPLE,
    "command": ("ORGANIZATION", ["Tessit Defence Command"]),
    "shield": ("ORGANIZATION", ["Operation Sand Shield"]),
    "treasury": ("ORGANIZATION", ["Department of the Treasury"]),
}

HEADING = "Tessit Defence Command\nPRESS RELEASE\nTessit, 4 March 2024\n\nOperation update\n\n"


def test_a_passive_arrest_in_a_force_s_release_is_the_issuer_s(facts) -> None:  # type: ignore[no-untyped-def]
    text = HEADING + "Four members of the cell were arrested alive in Tessit on 3 March 2024."
    _, events, _ = facts(text, SPEC)
    ev = one(events, "ARREST")
    assert ("command", "agent") in roles(ev), roles(ev)


def test_bare_troops_in_a_release_are_the_troops_named_before(facts) -> None:  # type: ignore[no-untyped-def]
    text = HEADING + (
        "Troops of Operation Sand Shield cleared the forest near Tessit on 2 March 2024.\n\n"
        "Troops also rescued 12 kidnapped persons near Zinder on 3 March 2024."
    )
    _, events, _ = facts(text, SPEC)
    ev = one(events, "TRANSFER")
    assert ("shield", "agent") in roles(ev), roles(ev)


def test_our_forces_are_the_issuer_where_no_state_force_is_named(facts) -> None:  # type: ignore[no-untyped-def]
    text = HEADING + "On 3 March 2024 our forces raided a camp of the Katiba Nour near Tessit."
    _, events, _ = facts(text, SPEC)
    ev = one(events, "ATTACK")
    assert ("command", "agent") in roles(ev), roles(ev)


@pytest.mark.parametrize(
    "text",
    [
        # no release: a report's bare "troops" is nobody it can name
        "Tessit, 4 March 2024\n\nTroops also rescued 12 kidnapped persons near Zinder on 3 March 2024.",
        # a release by a body that is no force: its text's passive arrest is not its own
        "Press release - Department of the Treasury\n\nFour members of the cell were arrested alive in Tessit "
        "on 3 March 2024.",
    ],
)
def test_no_release_force_no_agent(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, SPEC)
    agents = [p.entity for e in events if e.type in ("ARREST", "TRANSFER") for p in e.participants if p.role == "agent"]
    assert agents == [], [(e.type, e.trigger, roles(e)) for e in events]


def test_troops_told_withdrawing_in_a_release_stay_nobody_s(facts) -> None:  # type: ignore[no-untyped-def]
    text = HEADING + "The Command rejects reports that troops withdrew from Tessit on 3 March 2024."
    _, events, _ = facts(text, SPEC)
    assert not [e for e in events if e.type == "MOVEMENT"], [(e.type, e.trigger, roles(e)) for e in events]


def test_a_fight_after_a_release_s_troops_were_fired_upon(facts) -> None:  # type: ignore[no-untyped-def]
    text = HEADING + (
        "Troops of Operation Sand Shield cleared the forest near Tessit on 2 March 2024.\n\n"
        "The troops were patrolling near Tessit when they were fired upon by a group of Katiba Nour members. "
        "A ten-minute firefight ensued."
    )
    _, events, _ = facts(text, SPEC)
    ev = one(events, "ARMED_CLASH")
    assert {("shield", "agent"), ("katiba", "agent")} <= roles(ev), roles(ev)


def test_a_fight_after_one_named_side_alone_names_nobody(facts) -> None:  # type: ignore[no-untyped-def]
    text = "Tessit, 4 March 2024\n\nThe Katiba Nour entered Tessit on 3 March 2024. A ten-minute firefight ensued."
    _, events, _ = facts(text, SPEC)
    assert not [e for e in events if e.type == "ARMED_CLASH"], [(e.type, e.trigger, roles(e)) for e in events]


def test_all_of_a_number_arrested_again_is_the_arrest_told(facts) -> None:  # type: ignore[no-untyped-def]
    text = HEADING + (
        "Four members of the cell were arrested alive in Tessit on 3 March 2024. "
        "All four were arrested with weapons in the house."
    )
    _, events, _ = facts(text, SPEC)
    arrests = [e for e in events if e.type == "ARREST"]
    assert len(arrests) == 1 and ("command", "agent") in roles(arrests[0]), [(e.trigger, roles(e)) for e in arrests]


def test_the_issuer_is_no_group_its_release_fights(facts) -> None:  # type: ignore[no-untyped-def]
    text = HEADING + (
        "The Tessit Defence Command patrols the river. The Tessit Defence Command holds the north. "
        "The Katiba Nour is active there.\n\n"
        "Gunmen attacked a post near Tessit on 3 March 2024."
    )
    _, events, _ = facts(text, SPEC)
    ev = one(events, "ATTACK")
    assert ("katiba", "agent") in roles(ev) and ("command", "agent") not in roles(ev), roles(ev)
