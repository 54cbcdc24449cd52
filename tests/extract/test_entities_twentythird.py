"""Places named like persons (issue #10, twenty-third round), on hand-written sentences with invented
places and actors: a name the report writes where only a place is written ("in X", "around A and X",
"the hamlet of X", "north of X") is a place in all its mentions, over a personal name's shape or the
model's PERSON label."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        # a kunya's shape ("Abu X"), written after a list's preposition elsewhere in the report
        ("Abu Surra fell to the militants in May. The army later shelled positions around Qalbana and Abu Surra.",
         "Abu Surra"),
        # a place noun's "of" phrase in one mention, a bare mention elsewhere
        ("Fighters from Ben Tarouf joined the group. They were trained in the town of Ben Tarouf.", "Ben Tarouf"),
        # a compass word's "of" phrase
        ("Troops camped ten kilometres north of Sidi Maklouf. Sidi Maklouf was calm on Friday.", "Sidi Maklouf"),
        # a plural place noun after a list ("in A and X governorates")
        ("The brigade is active mainly in Karbat and Abu Dhiyab governorates.", "Abu Dhiyab"),
        # a verb of taking a place, and the model's reading of a name it calls a person
        ("Clan militias helped the army retake Warsan Yabaal in March.", "Warsan Yabaal"),
    ],
)
def test_a_person_shaped_name_written_as_a_place_is_a_place(run, text, name):
    assert run(text).type_of(name) == "LOCATION"


def test_a_place_listed_before_a_person_noun_stays_a_place(run):
    # "the village of X, the priest and ...": a list, not "X, the priest" in apposition
    found = run("The report names the village of Nakuwa Tembe, the priest and the local militia leader. "
                "The attack on Nakuwa Tembe began late on Sunday.")
    assert found.type_of("Nakuwa Tembe") == "LOCATION"


@pytest.mark.parametrize(
    "text, name",
    [
        # a person's name modifying a noun after the preposition is no place ("in the Abu Sayyaf group")
        ("Abu Talha Warsame recruited fighters in the Abu Talha Warsame network for years.", "Abu Talha Warsame"),
        # a possessive after it: the person's, not a place
        ("Abu Talha Warsame spoke for an hour. Little changed in Abu Talha Warsame's group.", "Abu Talha Warsame"),
        # "between" and "from" are written before persons as often
        ("Talks between the army and Abu Talha Warsame failed. A letter from Abu Talha Warsame followed.",
         "Abu Talha Warsame"),
    ],
)
def test_a_person_is_not_read_as_a_place_by_a_noun_phrase_or_a_possessive(run, text, name):
    assert run(text).type_of(name) == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kalu Garba was a member of Jamaa Dawa, an offshoot of Yan Gobir, before he left in 2021.", "Yan Gobir"),
        ("The preacher who founded Yan Gobir in Sokoto in 2009 was killed in a raid.", "Yan Gobir"),
    ],
)
def test_a_name_written_where_only_groups_are_is_an_organisation(run, text, name):
    assert run(text).type_of(name) == "ORGANIZATION"


def test_a_one_word_name_joined_stays_a_person(run):
    # "joined Bakori" may be a commander's men: one word is left to the other cues
    found = run("Musa Bakori led the raid. In 2015 the young men of the village joined Bakori in the forest.")
    assert found.type_of("Musa Bakori") == "PERSON"


def test_a_board_closes_an_organisation_name_the_rules_are_sure_of(run):
    # "Board" is a head noun as "Commission" is: the learned check leaves such a name alone
    from reportgraph.extract.learned_entities import is_certain

    found = run("The Marenga Board of Inquiry found that the convoy had been struck by mistake.")
    ent = found.by_name("Marenga Board of Inquiry")
    assert ent is not None and ent.type == "ORGANIZATION" and is_certain(ent)
