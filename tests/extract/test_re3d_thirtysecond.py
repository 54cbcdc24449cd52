"""What befalls a possessor is no act of his (issue #10, thirty-second round, ``extract/relations.py``,
``RelationBuilder._undergone``), on hand-written sentences with invented people and groups: "his death will
degrade the Red Dawn Front's ability" makes the dead man no enemy of the group; where the noun has an agent of
its own ("its capture of the town"), is an object ("the Front claimed his killing") or the subject is the man
himself, the cue's relation stays (the guard test: the man as the subject)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "jalo": ("PERSON", ["Amadou Jalo"]),
    "front": ("ORGANIZATION", ["Red Dawn Front"]),
    "army": ("ORGANIZATION", ["Varland Army"]),
}


def hostile(facts, text: str) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SPEC)
    return {frozenset((r.subject, r.object)) for r in rels if r.predicate == "HOSTILE_TO"}


@pytest.mark.parametrize("text", [
    "Amadou Jalo was killed in an air strike on Monday. His death will degrade the Red Dawn Front's ability to "
    "plan attacks.",
    "Amadou Jalo was detained at the border on Friday. His arrest will degrade the Red Dawn Front's capacity to "
    "recruit.",
])
def test_what_befell_him_is_no_act_of_his(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(("jalo", "front")) not in hostile(facts, text)


@pytest.mark.parametrize("text", [
    # the man himself as the subject: his own act
    "Amadou Jalo will degrade the Red Dawn Front's ability to plan attacks.",
])
def test_his_own_act_stays(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(("jalo", "front")) in hostile(facts, text)


# -- a fight's patient that is the object of a verb of help is given the fight (``event_relations._aided``) --

AID_SPEC = {
    "army": ("ORGANIZATION", ["Varland Army"]),
    "brigade": ("ORGANIZATION", ["Osso Brigade"]),
    "front": ("ORGANIZATION", ["Red Dawn Front"]),
}


def event_hostile(facts, text: str) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, AID_SPEC)
    return {frozenset((r.subject, r.object)) for r in rels if r.predicate == "HOSTILE_TO"}


@pytest.mark.parametrize("text", [
    "The Varland Army continues to support the Osso Brigade with air strikes.",
    "The Varland Army assisted the Osso Brigade with artillery strikes near the river.",
])
def test_the_aided_are_no_target(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(("army", "brigade")) not in event_hostile(facts, text)


def test_the_struck_stay_a_target(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Varland Army carried out air strikes on the Osso Brigade near the river."
    assert frozenset(("army", "brigade")) in event_hostile(facts, text)


# -- a cue's hostility between two sides the sentence only refers to (``RelationBuilder.cue_relations``) --


def test_two_sides_only_referred_to_give_no_hostility(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Varland Army entered the valley in May. The Red Dawn Front withdrew to the hills. The army later "
            "conducted strikes against the group.")
    rels, _, _ = facts(text, AID_SPEC)
    assert not [r for r in rels if r.predicate == "HOSTILE_TO" and r.method == "cue"
                and r.evidence and "later conducted" in r.evidence[0].text]


def test_one_side_named_keeps_it(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Varland Army entered the valley in May. The Red Dawn Front withdrew to the hills. The army later "
            "conducted strikes against the Red Dawn Front.")
    assert frozenset(("army", "front")) in event_hostile(facts, text)
