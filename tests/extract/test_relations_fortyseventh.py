"""English relation precision (issues #10/#11, forty-seventh round, branch relp47), on hand-written sentences with
invented people, groups and places: a place in another named subject's clause is no actor's area of operations
(``learned_relations.clause_apart``); a man posted to a unit is neither its ally nor its enemy (``posted_to``); a
group's wing or component named in apposition is no ally of the group (``part_named``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.mentions import EntityIndex
from reportgraph.extract.paragraphs import parse
from reportgraph.ontology import default_ontology

from .conftest import Spec, entities_for, guarded

pytestmark = pytest.mark.model

SPEC: Spec = {
    "pell": ("PERSON", ["Adam Pell", "Pell"]),
    "front": ("ORGANIZATION", ["Red Dawn Front"]),
    "brigade": ("ORGANIZATION", ["Kessa Brigade"]),
    "varland": ("LOCATION", ["Varland"]),
    "orsk": ("LOCATION", ["Orsk"]),
}


def learned(nlp: Language, text: str, *labels: str) -> set[tuple[str, str, str]]:
    """The relations the sentence classifier leaves between the ``SPEC`` entities of ``text`` (``guarded``)."""
    return guarded(nlp, text, SPEC, *labels)


OPERATES = ("OPERATES_IN>", "OPERATES_IN<")


@pytest.mark.parametrize(("text", "actor"), [
    ("Adam Pell was no newcomer when the Sedra rebellion in Varland resumed in 2011.", "pell"),
    ("Pell was tied by marriage to the Kessa Brigade, and the tie explains why Sedra's men could operate "
     "in Varland.", "pell"),
    ("The Red Dawn Front says the Kessa Brigade shelled three villages in Varland last week.", "front"),
])
def test_a_place_of_another_subjects_clause_is_no_area_of_operations(nlp: Language, text: str, actor: str) -> None:
    assert (actor, "OPERATES_IN", "varland") not in learned(nlp, text, *OPERATES)


@pytest.mark.parametrize(("text", "actor"), [
    ("The Red Dawn Front attacked a convoy near Varland in May.", "front"),
    ("Fighters of the Red Dawn Front attacked a convoy near Varland in May.", "front"),
    ("The Red Dawn Front, whose fighters control Varland, refused the offer.", "front"),
    ("After the Red Dawn Front took Orsk, its fighters entered Varland.", "front"),
    ("Adam Pell was based in Varland when the rebellion resumed.", "pell"),
])
def test_the_actors_own_clause_keeps_its_place(nlp: Language, text: str, actor: str) -> None:
    assert (actor, "OPERATES_IN", "varland") in learned(nlp, text, *OPERATES)


@pytest.mark.parametrize("text", [
    "Pell was assigned to the Kessa Brigade, which is based in Varland, the army said.",
    "Adam Pell, who was attached to the Kessa Brigade, died on Monday.",
])
def test_a_man_posted_to_a_unit_is_no_ally_or_enemy_of_it(nlp: Language, text: str) -> None:
    found = learned(nlp, text, "ALLY_OF=", "HOSTILE_TO=")
    assert not {(s, o) for s, _, o in found} & {("pell", "brigade"), ("brigade", "pell")}


def test_a_man_sent_to_help_a_unit_stays_its_ally(nlp: Language) -> None:
    found = learned(nlp, "Adam Pell sent weapons to the Kessa Brigade in May.", "ALLY_OF=")
    assert {(s, o) for s, _, o in found} & {("pell", "brigade"), ("brigade", "pell")}


@pytest.mark.parametrize("text", [
    "The Red Dawn Front, made up of local fighters and its trained component, the Kessa Brigade, took Orsk.",
    "The Kessa Brigade, the armed wing of the Red Dawn Front, took Orsk.",
])
def test_a_groups_wing_or_component_is_no_ally_of_it(nlp: Language, text: str) -> None:
    found = learned(nlp, text, "ALLY_OF=")
    assert not {(s, o) for s, _, o in found} & {("front", "brigade"), ("brigade", "front")}


def test_an_ally_beside_a_wing_stays_an_ally(nlp: Language) -> None:
    # the wing is the brigade's own: the front is allied with the brigade, not its part
    text = "The Red Dawn Front, allied with the Kessa Brigade, the armed wing of a northern party, took Orsk."
    found = learned(nlp, text, "ALLY_OF=")
    assert {(s, o) for s, _, o in found} & {("front", "brigade"), ("brigade", "front")}


@pytest.mark.parametrize("text", [
    "The Red Dawn Front and the Kessa Brigade had fought each other in the Varland region since 2020.",
    "The Red Dawn Front said the two groups had fought each other in the Varland region since 2020.",
])
def test_an_unnamed_subject_may_stand_for_the_actor(nlp: Language, text: str) -> None:
    assert ("front", "OPERATES_IN", "varland") in learned(nlp, text, *OPERATES)


def test_a_rule_alliance_with_a_groups_component_is_dropped(nlp: Language) -> None:
    from reportgraph.extract.coref import References
    from reportgraph.extract.relation_set import RelationSet

    text = "The Red Dawn Front, made up of local fighters and its trained component, the Kessa Brigade, took Orsk."
    doc = parse(nlp, text)
    index = EntityIndex.build(doc, entities_for(text, SPEC))
    rs = RelationSet(index, References(index), default_ontology())
    rs.add("front", "ALLY_OF", "brigade", next(iter(doc.sents)), 0.55, "cue")
    rs.add("front", "OPERATES_IN", "orsk", next(iter(doc.sents)), 0.55, "cue")
    assert [r.predicate for r in rs.found.values()] == ["OPERATES_IN"]


@pytest.mark.parametrize("text", [
    # a clause joined by "and" goes on with the same actors: the man may be the front's
    "The Red Dawn Front and the Kessa Brigade fought in Orsk, and Adam Pell led an attack near Varland in July.",
    # the cause the front answered, in its own area
    "The Red Dawn Front was formed in April after Kessa Brigade raiders burned three villages near Varland.",
])
def test_a_joined_or_causal_clause_keeps_the_place(nlp: Language, text: str) -> None:
    assert ("front", "OPERATES_IN", "varland") in learned(nlp, text, *OPERATES)


@pytest.mark.parametrize("text", [
    # the relative clause tells of the front itself
    "The Red Dawn Front, that the Kessa Brigade armed against rebels in Varland, grew fast.",
    # a pronoun of the clause may be the actor
    "Adam Pell was killed when the Kessa Brigade stormed a house in Varland where he was hiding.",
])
def test_a_clause_that_tells_of_the_actor_keeps_the_place(nlp: Language, text: str) -> None:
    found = learned(nlp, text, *OPERATES)
    assert {("front", "OPERATES_IN", "varland"), ("pell", "OPERATES_IN", "varland")} & found


def test_a_business_and_its_client_stay_allies(nlp: Language) -> None:
    # "company" is a business as often as a unit; a relative clause of the noun names no owner
    text = "Pell owns the Kessa Brigade, a hardware company in Orsk that bought engines for the Red Dawn Front."
    found = learned(nlp, text, "ALLY_OF=")
    assert {(s, o) for s, _, o in found} & {("front", "brigade"), ("brigade", "front")}
