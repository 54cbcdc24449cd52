"""Containment the text states (twenty-fourth round): places listed before a shared plural generic
word or "in" ("the Kolo and Bari districts of Y", "Kolo and Bari in Y"), an apposition naming a community
("X, a Fulani village in Y") and a "the" apposition headed by a settlement noun ("X, the headquarters of Y
district")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

SPEC = {
    "front": ("ORGANIZATION", ["Front for Gourma Renewal", "FGR"]),
    "fulani": ("COMMUNITY", ["Fulani"]),
    "kolo": ("LOCATION", ["Kolo"]),
    "bari": ("LOCATION", ["Bari"]),
    "sanda": ("LOCATION", ["Sanda"]),
    "wadaka": ("LOCATION", ["Wadaka"]),
    "tessit": ("LOCATION", ["Tessit"]),
    "gourma": ("LOCATION", ["Gourma"]),
    "niger": ("LOCATION", ["Niger"]),
    "kaboro": ("LOCATION", ["Kaboro"]),
}


def triples(rels) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.predicate, r.object) for r in rels}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The FGR recruits in the Kolo and Bari districts of Wadaka, far from the capital.",
            {("kolo", "LOCATED_IN", "wadaka"), ("bari", "LOCATED_IN", "wadaka")},
        ),
        (
            "Its cells moved into the Kolo, Sanda and Bari provinces of Wadaka in 2021.",
            {("kolo", "LOCATED_IN", "wadaka"), ("sanda", "LOCATED_IN", "wadaka"), ("bari", "LOCATED_IN", "wadaka")},
        ),
        (
            "The FGR seized Kolo and Bari in Wadaka in 2020.",
            {("kolo", "LOCATED_IN", "wadaka"), ("bari", "LOCATED_IN", "wadaka")},
        ),
        (
            "In 2019 gunmen burned Tessit, a Fulani village in the Gourma, and killed six herders.",
            {("tessit", "LOCATED_IN", "gourma")},
        ),
        (
            "A bomb hit the market of Kaboro, the headquarters of Bari district, on 3 May 2020.",
            {("kaboro", "LOCATED_IN", "bari")},
        ),
        (
            "The convoy reached Kaboro, the main town of Wadaka, after two days.",
            {("kaboro", "LOCATED_IN", "wadaka")},
        ),
    ],
)
def test_stated_containment(facts, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SPEC)
    assert expected <= triples(rels)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a list that a year, not a place, follows
        ("The FGR attacked Kolo and Bari in 2020, then Wadaka.", ("kolo", "LOCATED_IN", "wadaka")),
        # an apposition does not run across "and": "X, the victims and the village of Y" is a list
        (
            "The men of Kaboro, the victims and the village of Wadaka are named here.",
            ("kaboro", "LOCATED_IN", "wadaka"),
        ),
        # a bearing from a place is not a place inside it
        ("They camped at Kaboro, the village north of Wadaka, in 2020.", ("kaboro", "LOCATED_IN", "wadaka")),
    ],
)
def test_stated_containment_not_over_read(facts, text: str, absent: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    rels, _, _ = facts(text, SPEC)
    assert absent not in triples(rels)
