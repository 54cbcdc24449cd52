"""Thirty-third round (branch alias39), on hand-written sentences with invented names: a lone surname written
as a man — before a possessive and what a person owns ("X's faction", "X's lieutenant") or before a lower-case
"faction" ("the X faction", "(X faction)") — joins the full personal name that closes on it, whatever the
rules typed it (a people, the faction's organisation; ``entities._named_for_person``); and "the Panel"
names the earlier "Panel of Experts" (``entities.REFERENCE_HEADS``); a two-word organisation opening on a
people's adjective ("the Kurdish X") is named by its own word, as one opening on a nationality is
(``entities._org_short_forms``)."""

from __future__ import annotations

import pytest

from .test_aliases_thirtieth import _joined, _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Villagers fear the fighters loyal to Musa Tarkwa. Some say the Tarkwa faction has agreed a truce "
         "with the army.", "Musa Tarkwa", "Tarkwa"),
        ("Opponents: the Nigerian army, Jamaat Nur (Tarkwa faction). Its founders objected to Musa Tarkwa's "
         "killing of civilians.", "Musa Tarkwa", "Tarkwa"),
        ("Abu Walid al-Sahrawi led the group until 2021. Sahrawi's faction was not part of the merger.",
         "Abu Walid al-Sahrawi", "Sahrawi"),
    ],
)
def test_a_surname_written_as_a_man_joins_his_full_name(  # type: ignore[no-untyped-def]
    nlp, text: str, full: str, short: str
) -> None:
    assert _joined(nlp, text, full, short)


def test_a_faction_named_after_no_person_stays_the_group(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Villagers fear the Kessor Front. Some say the Kessor faction has agreed a truce with the army."
    assert _joined(nlp, text, "Kessor Front", "Kessor")


def test_a_people_before_what_no_person_owns_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Abu Walid al-Sahrawi led the group until 2021. Sahrawi's land was never his."
    assert not _joined(nlp, text, "Abu Walid al-Sahrawi", "Sahrawi")


def test_the_panel_names_the_panel_of_experts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Panel of Experts on Varnesia met in May. The Panel found that the Kessor Front had sold fuel."
    assert _joined(nlp, text, "Panel of Experts", "Panel")
    assert not any({"Panel", "Kessor Front"} <= names for names in _names(nlp, text))


def test_a_peoples_adjective_before_a_group_drops_for_its_short_form(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Kurdish Zervani fighters withdrew from the hills near Kessoura in May. Zervani units later "
            "returned to the town.")
    assert _joined(nlp, text, "Kurdish Zervani", "Zervani")


def test_two_peoples_groups_sharing_the_word_keep_it_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Kurdish Zervani fighters and Arab Zervani fighters withdrew from the hills near Kessoura in May. "
            "Zervani units later returned to the town.")
    assert not _joined(nlp, text, "Kurdish Zervani", "Zervani")
    assert not _joined(nlp, text, "Arab Zervani", "Zervani")


@pytest.mark.parametrize(
    "text",
    [
        "Some fighters on the islands stay loyal to Bakra Doro. He left because Doro's men killed his brother.",
        "Some fighters on the islands stay loyal to Bakra Doro. He says the Bakra faction killed his brother.",
    ],
)
def test_a_man_named_so_makes_a_weakly_typed_full_name_his(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from reportgraph.extract.entities import find_entities

    found = [e for e in find_entities(nlp(text)) if e.name == "Bakra Doro"]
    assert len(found) == 1 and found[0].type == "PERSON" and len(found[0].aliases) == 1
