"""Modality (issue #10, twenty-eighth round, ``extract/modality.py``), on hand-written sentences with invented
groups, people and places: a claim whose report is called untrue by a copula ("reports that X attacked Y are
false", "X's war on Y is a sham") is denied; the same report called true stays asserted."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Kolla Front"]),
    "brigade": ("ORGANIZATION", ["Sobo Brigade"]),
    "seyni": ("PERSON", ["Amadou Seyni"]),
    "mobeko": ("LOCATION", ["Mobeko"]),
}


def modalities(rels: list) -> dict[tuple[str, str, str], str]:  # type: ignore[type-arg]
    return {(r.subject, r.predicate, r.object): r.modality for r in rels}


def test_an_attack_reported_false_is_denied(facts) -> None:  # type: ignore[no-untyped-def]
    _, evs, _ = facts("Reports that the Kolla Front attacked Mobeko on Monday are false.", SPEC)
    assert [e.modality for e in evs if e.type == "ATTACK"] == ["negated"]


def test_a_war_called_a_sham_is_denied(facts) -> None:  # type: ignore[no-untyped-def]
    rels = modalities(facts("The Kolla Front's war on the Sobo Brigade is a sham.", SPEC)[0])
    assert rels.get(("front", "HOSTILE_TO", "brigade")) == "negated"


def test_a_leadership_claimed_untrue_is_denied(facts) -> None:  # type: ignore[no-untyped-def]
    rels = modalities(facts("The claim that Amadou Seyni leads the Sobo Brigade is untrue.", SPEC)[0])
    assert rels.get(("seyni", "LEADER_OF", "brigade")) == "negated"


def test_an_attack_reported_true_stays_asserted(facts) -> None:  # type: ignore[no-untyped-def]
    _, evs, _ = facts("Reports that the Kolla Front attacked Mobeko on Monday are true.", SPEC)
    assert [e.modality for e in evs if e.type == "ATTACK"] == ["asserted"]


def test_a_name_with_the_word_of_a_denial_denies_nothing(facts) -> None:  # type: ignore[no-untyped-def]
    spec = {"sham": ("ORGANIZATION", ["Liwa al-Sham"]), "front": ("ORGANIZATION", ["Kolla Front"])}
    rels = modalities(facts("In 2016 Liwa al-Sham fought the Kolla Front near the border.", spec)[0])
    assert rels.get(("sham", "HOSTILE_TO", "front")) == "asserted"
