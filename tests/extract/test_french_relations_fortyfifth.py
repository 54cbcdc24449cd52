"""French relations (branch frrel45): the word lists of the relations drawn from events read from
``lexicons/fr/event_relation_words.tsv``; a man's movements are no area of operations; groups that form a
group are not its founders (a coalition's parts), an army launching an operation is; an appointment's post read past a
predecessor's name. Invented names throughout."""

from __future__ import annotations

import pytest

from reportgraph.extract.event_relations import _fr_words

from .conftest import triples
from .markers import NEEDS_FRENCH


@pytest.mark.parametrize(
    ("kind", "word"),
    [("member_post", "trésorier"), ("member_post", "idéologue"), ("part_noun", "unités"), ("part_noun", "katibas"),
     ("coalition", "plateforme"), ("coalition", "cadre")],
)
def test_the_french_event_relation_words_come_from_the_lexicon(kind: str, word: str) -> None:
    assert word in _fr_words(kind)


def test_the_classes_of_the_french_event_relation_words_are_apart() -> None:
    kinds = ("member_post", "part_noun", "coalition")
    assert all(_fr_words(k) for k in kinds)
    assert not _fr_words("member_post") & _fr_words("part_noun")
    assert not _fr_words("part_noun") & _fr_words("coalition")


@pytest.mark.model
@NEEDS_FRENCH
def test_a_man_s_trip_is_no_area_of_operations(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("À l'automne 2013, Moussa Kanté quitte le Mali pour la Libye."))
    assert ("Moussa Kanté", "OPERATES_IN", "Mali") not in got, got


@pytest.mark.model
@NEEDS_FRENCH
def test_a_group_deployed_operates_there(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("En 2016, le Front de libération du Kessa se déploie à Tarbouli."))
    assert ("Front de libération du Kessa", "OPERATES_IN", "Tarbouli") in got, got


@pytest.mark.model
@NEEDS_FRENCH
def test_groups_forming_a_coalition_do_not_found_it(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("En 2014, le Front de libération du Kessa et le Mouvement arabe du Tarbouli forment la "
                           "Coordination des mouvements du Nord."))
    assert not {t for t in got if t[1] == "FOUNDED"}, got
    assert ("Front de libération du Kessa", "SUBUNIT_OF", "Coordination des mouvements du Nord") in got, got
    got = triples(fr_rules("En 2010, Moussa Kanté fonde le Front de libération du Kessa."))
    assert ("Moussa Kanté", "FOUNDED", "Front de libération du Kessa") in got, got


@pytest.mark.model
@NEEDS_FRENCH
def test_an_army_launching_an_operation_founds_it(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("En janvier 2018, l'Armée nationale du Kessa lance l'opération Tarbouli pour sécuriser le "
                           "nord du pays."))
    assert ("Armée nationale du Kessa", "FOUNDED", "opération Tarbouli") in got, got


@pytest.mark.model
@NEEDS_FRENCH
def test_the_post_after_a_predecessor_s_name_is_read(fr_rules) -> None:  # type: ignore[no-untyped-def]
    got = triples(fr_rules("Moussa Kanté a rejoint le Front de libération du Kessa en 2010. En 2016, il succède à "
                           "Ali Ibrahim Sanou à la tête de l'unité."))
    assert ("Moussa Kanté", "LEADER_OF", "Front de libération du Kessa") not in got, got
    assert ("Moussa Kanté", "MEMBER_OF", "Front de libération du Kessa") in got, got
