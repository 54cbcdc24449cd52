"""Group stand-ins read back to the right group (twenty-eighth round, branch evtcoref34): a subject "it"
continues the group the sentence before is about, however often the report names its parent; a group noun
("the group", "le groupe") never stands for a state's army."""

from __future__ import annotations

import pytest

from reportgraph.extract.coref import References
from reportgraph.extract.entities import find_entities
from reportgraph.extract.mentions import EntityIndex

from .markers import NEEDS_FRENCH

pytestmark = pytest.mark.model

# a report naming the parent coalition most often, and one of its units in the sentence before the reference
PARENT = (
    "The Tessit Liberation Front (TLF) was founded in 2012 in Menaka. The TLF attacked Ayorou in 2014. "
    "The TLF later clashed with the army near Gao. The TLF holds the north. "
)


def _referred(nlp, text: str, word: str, nth: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    index = EntityIndex.build(doc, find_entities(doc))
    refs = References(index)
    tok = [t for t in doc if t.text == word][nth]
    return [index.entities[k].name for k in refs.refer(tok)]


@pytest.mark.parametrize(
    ("text", "word", "nth", "name"),
    [
        # the unit the sentence before is about, acting, keeps its subject "it"
        (PARENT + "Under its new emir the Katiba Kel Essouk repeatedly attacked Malian army posts. "
         "In June 2022 it raided a village near Ansongo.", "it", 0, "Katiba Kel Essouk"),
        # and so does a possessive after that "it" in the same sentence
        (PARENT + "Under its new emir the Katiba Kel Essouk repeatedly attacked Malian army posts. "
         "In June 2022 it raided a village near Ansongo, and its fighters burned the market.", "its", 1,
         "Katiba Kel Essouk"),
    ],
)
def test_a_subject_it_continues_the_acting_subject_of_the_sentence_before(extractor, text, word, nth, name):
    assert _referred(extractor.nlp, text, word, nth) == [name]


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # the sentence before only tells what the unit said: the report's topic, as before
        (PARENT + "The Katiba Kel Essouk said the army had fled. It is said to buy its weapons in Libya.", "It",
         "Tessit Liberation Front"),
        # across a paragraph break
        (PARENT + "The Katiba Kel Essouk attacked Malian army posts.\n\nIt is said to buy its weapons in Libya.",
         "It", "Tessit Liberation Front"),
        # an object "it" is not continued so
        (PARENT + "The Katiba Kel Essouk attacked Malian army posts. Observers describe it as a bandit gang.", "it",
         "Tessit Liberation Front"),
    ],
)
def test_the_topic_still_wins_where_the_sentence_before_does_not_lead(extractor, text, word, name):
    assert _referred(extractor.nlp, text, word) == [name]


@NEEDS_FRENCH
def test_le_groupe_is_never_the_state_army_named_last(run_fr) -> None:  # type: ignore[no-untyped-def]
    extraction = run_fr(
        "Le Front de libération de Tessit a été fondé en 2012 à Ménaka. L'armée tchadienne a pris Kidal en 2013. "
        "En représailles, le groupe a attaqué en février le village de Ngouboua."
    ).extraction
    names = {e.key: e.name for e in extraction.entities}
    attacks = [{(names.get(p.entity), p.role) for p in ev.participants}
               for ev in extraction.events if ev.type == "ATTACK" and ev.trigger and "attaqu" in ev.trigger]
    assert attacks, [(ev.type, ev.trigger) for ev in extraction.events]
    agents = {n for a in attacks for n, r in a if r == "agent"}
    assert "armée tchadienne" not in agents, attacks


def test_the_group_is_never_the_state_army_named_last(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Tessit Liberation Front was founded in 2012 in Menaka. The Malian army retook Kidal in 2013. "
            "The group then attacked Ansongo.")
    assert _referred(extractor.nlp, text, "group") == ["Tessit Liberation Front"]


def test_a_state_body_is_told_by_its_name_alone(extractor) -> None:  # type: ignore[no-untyped-def]
    doc = extractor.nlp("The Malian army and the Free Syrian Army met the Syrian Democratic Forces and the "
                        "Nigerien authorities in Gao.")
    index = EntityIndex.build(doc, find_entities(doc))
    states = {index.entities[k].name for k in References(index)._state_bodies}
    assert not states & {"Free Syrian Army", "Syrian Democratic Forces"}, states
    assert states & {"Malian army", "the Malian army"}, states

