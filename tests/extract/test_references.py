"""Role references ("the Emir", "the Algerian", "the group") resolve to entities; spans are reachable."""

from __future__ import annotations

import pytest

from reportgraph.extract.entities import find_entities, mention_spans, resolve_reference

pytestmark = pytest.mark.model


def _index(doc, word: str, nth: int = 0) -> int:
    hits = [t.i for t in doc if t.text == word]
    return hits[nth]


def test_title_reference_points_to_the_titled_person(extractor):
    doc = extractor.nlp(
        "Its emir, Abdelkarim Tounsi, met Hamid Kerroumi in Gao. The Emir then left for Kidal."
    )
    entities = find_entities(doc)
    key = resolve_reference(doc, _index(doc, "Emir"))
    assert key is not None
    assert next(e for e in entities if e.key == key).name == "Abdelkarim Tounsi"


def test_demonym_reference_points_to_the_last_person(extractor):
    doc = extractor.nlp("Moussa Kerroumi planned the raid. The Algerian presented it as punishment.")
    entities = find_entities(doc)
    key = resolve_reference(doc, _index(doc, "Algerian"))
    assert next(e for e in entities if e.key == key).name == "Moussa Kerroumi"


def test_group_reference_points_to_the_last_organization(extractor):
    doc = extractor.nlp(
        "The Front for the Liberation of Tessit (FLT) struck Ayorou. The group then withdrew."
    )
    entities = find_entities(doc)
    key = resolve_reference(doc, _index(doc, "group"))
    assert next(e for e in entities if e.key == key).type == "ORGANIZATION"


def test_reference_is_not_a_mention(extractor):
    doc = extractor.nlp("Abdelkarim Tounsi became emir. The Emir left.")
    entities = find_entities(doc)
    assert all("Emir" not in e.names() for e in entities)


def test_mention_spans_match_the_mentions(extractor):
    doc = extractor.nlp("Issouf ag Mahmoud, alias Abu Hafs al-Ansari, led the unit.")
    entities = find_entities(doc)
    person = next(e for e in entities if e.type == "PERSON")
    assert [s.text for s in mention_spans(doc, person)] == [m.text for m in person.mentions]


def test_post_steps_receive_the_parse_and_the_entities():
    from reportgraph.extract.domain import DomainExtractor
    from reportgraph.model import SourceDocument

    seen = []
    ex = DomainExtractor(post=[lambda sdoc, extraction: seen.append((len(sdoc), len(extraction.entities)))])
    ex.extract(SourceDocument(id="t", source="t", title="t", text="Hamid Kerroumi went to Gao."))
    assert seen and seen[0][1] >= 2


def test_get_extractor_default_is_domain():
    from reportgraph.extract import get_extractor

    assert get_extractor("default").name == "domain"
    assert get_extractor("spacy-ner").name == "spacy-ner"


def test_entity_at_maps_tokens_to_entity_keys(extractor):
    from reportgraph.extract.entities import entity_at

    doc = extractor.nlp("Hamid Kerroumi met the emir in Gao.")
    entities = find_entities(doc)
    gao = next(e for e in entities if e.name == "Gao")
    assert entity_at(doc, _index(doc, "Gao")) == gao.key
    assert entity_at(doc, _index(doc, "met")) is None


TOPIC = (
    "The Tessit Liberation Front (TLF) was founded in 2012 in Menaka. The TLF attacked Ayorou in 2014. "
    "The TLF later clashed with the army near Gao. "
)


def _referred(extractor, text: str, word: str, nth: int = 0) -> list[str]:
    from reportgraph.extract.coref import References
    from reportgraph.extract.mentions import EntityIndex

    doc = extractor.nlp(text)
    index = EntityIndex.build(doc, find_entities(doc))
    return [index.entities[k].name for k in References(index).refer(doc[_index(doc, word, nth)])]


@pytest.mark.parametrize(
    ("text", "word", "nth", "name"),
    [
        # a group named once in passing, then "it" / "the group": the article's topic, named four times
        (TOPIC + "Among its rivals is the Kel Adagh Movement. It is said to buy its weapons in Libya.", "It", 0,
         "Tessit Liberation Front"),
        (TOPIC + "The Kel Adagh Movement denounced the attacks. The group is said to buy its weapons in Libya.",
         "group", 0, "Tessit Liberation Front"),
        # named in the reference's own sentence, the nearer group keeps it
        (TOPIC + "The Kel Adagh Movement denounced the attacks. The Kel Adagh Movement said it would respond.",
         "it", 0, "Kel Adagh Movement"),
        # the topic named only twice as often: the nearer subject keeps it
        ("The Tessit Liberation Front was founded in 2012 in Menaka. The Tessit Liberation Front attacked Ayorou. "
         "The Kel Adagh Movement denounced the attacks. It is said to buy its weapons in Libya.", "It", 0,
         "Kel Adagh Movement"),
    ],
)
def test_group_reference_prefers_the_topic_over_a_group_named_in_passing(extractor, text, word, nth, name):
    assert _referred(extractor, text, word, nth) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the subject of "its" own clause owns it, however often the report names another group
        (TOPIC + "The Kel Adagh Movement concentrated its forces in Menaka.", "Kel Adagh Movement"),
        (TOPIC + "The European Union reaffirms its support to Niger.", "European Union"),
        # "X and its allies": the group it is coordinated with
        (TOPIC + "The Kel Adagh Movement and its allies attacked Gao.", "Kel Adagh Movement"),
        # violence done to what "its" owns: the other side's
        (TOPIC + "The Kel Adagh Movement attacked its positions near Gao.", "Tessit Liberation Front"),
    ],
)
def test_its_belongs_to_the_subject_of_its_own_clause(extractor, text, name):
    assert _referred(extractor, text, "its") == [name]


@pytest.mark.parametrize(
    ("text", "word", "names"),
    [
        # a region or zone is a place, not the group in focus
        (TOPIC + "The Kel Adagh Movement operates in the Gao region.", "region", []),
        (TOPIC + "The Kel Adagh Movement denounced the attacks. The TLF is the strongest armed group in the region.",
         "region", []),
        (TOPIC + "The Kel Adagh Movement denounced the attacks. Fighting went on in the buffer zone.", "zone", []),
        # a group's own region, told by its owner
        (TOPIC + "The TLF's northern region attacked Gao.", "region", ["Tessit Liberation Front"]),
    ],
)
def test_a_region_is_a_group_only_when_its_owner_says_so(extractor, text, word, names):
    assert _referred(extractor, text, word) == names


ARMY = "The Tessit Liberation Front (TLF) fought the Malian army near Gao in 2014. The army lost a dozen men. "


@pytest.mark.parametrize(
    ("text", "word", "names"),
    [
        # a state's force in focus: the army named before
        (ARMY + "Government forces retook the town.", "forces", ["Malian army"]),
        (ARMY + "On 19 January special forces retook the town.", "forces", ["Malian army"]),
        # someone else's forces: their owner, or a name that is no place, or the idiom
        (ARMY + "The TLF later said its forces had retaken the town.", "forces", ["Tessit Liberation Front"]),
        (ARMY + "Houthi forces retook the town.", "forces", []),
        (ARMY + "The TLF joined forces with local militias.", "forces", []),
    ],
)
def test_a_force_told_to_be_another_s_is_not_the_state_s(extractor, text, word, names):
    assert _referred(extractor, text, word) == names
