"""The document-level relation component reads paragraphs: a paragraph's topic actor and the
places and people it names sentences away, and a heading over the sentences below it, as features of
a pair (twenty-eighth round, branch xsent34)."""

from __future__ import annotations

from reportgraph.extract.doc_relations import DocView
from reportgraph.extract.facts import layers
from reportgraph.extract.paragraphs import parse
from reportgraph.ontology import default_ontology

TOPIC = ("The Kel Adrar Front fought in the north. The Kel Adrar Front held Kidal for a year. "
         "The Kel Adrar Front lost Tessalit in 2019.\n\n"
         "The Wells Brigade is a smaller militia. The Wells Brigade was formed by herders in 2016. "
         "Traders rarely travel at night. Rain is scarce in the valleys. "
         "The market of Anefis is closed on Fridays.")

HEADING = ("Notes on the Wells Brigade\n\n"
           "The Wells Brigade is a militia of herders. Officials say the roads are unsafe. "
           "Rain is scarce in the valleys. Traders rarely travel at night. "
           "The market of Anefis closed last year.")


def _view(extractor, text: str) -> tuple[DocView, dict[str, str]]:  # type: ignore[no-untyped-def]
    sdoc = parse(extractor.nlp, text)
    lay = layers(sdoc, extractor.extract_doc(sdoc).entities, default_ontology())
    return DocView(lay.index, lay.refs, lay.events), {e.name: k for k, e in lay.index.entities.items()}


def _pair(view: DocView, x: str, y: str) -> tuple[str, str]:
    return (x, y) if view.profiles[x].first < view.profiles[y].first else (y, x)


def test_a_paragraphs_topic_is_read_with_a_place_it_names_far_away(extractor) -> None:
    view, keys = _view(extractor, TOPIC)
    brigade, town = keys["Wells Brigade"], keys["Anefis"]
    # four sentences apart, the brigade not the document's topic: only its paragraph ties them
    assert view.topic == keys["Kel Adrar Front"]
    a, b = _pair(view, brigade, town)
    feats = view.features(a, b, {})
    assert "ptopic_a" in feats and "pgap=0" in feats and "sgap=4" in feats


def test_the_first_paragraphs_places_are_not_the_second_paragraphs_topics(extractor) -> None:
    view, keys = _view(extractor, TOPIC)
    a, b = _pair(view, keys["Wells Brigade"], keys["Kidal"])
    feats = view.features(a, b, {})
    assert "ptopic_a" not in feats and "ptopic_b" not in feats and "pgap=1" in feats


def test_a_name_in_a_heading_reaches_the_sentences_below(extractor) -> None:
    view, keys = _view(extractor, HEADING)
    assert 0 in view.heading
    assert 0 in view.profiles[keys["Wells Brigade"]].named
    a, b = _pair(view, keys["Wells Brigade"], keys["Anefis"])
    feats = view.features(a, b, {})
    assert "head_a" in feats and "head_b" not in feats


def test_a_sentence_ending_in_a_full_stop_is_no_heading(extractor) -> None:
    view, _ = _view(extractor, HEADING.replace("Notes on the Wells Brigade", "We took notes on the Wells Brigade."))
    assert 0 not in view.heading
