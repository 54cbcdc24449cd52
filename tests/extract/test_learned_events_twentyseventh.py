"""The learned trigger model's argument features (twenty-seventh round, branch evtnl32)."""

from __future__ import annotations

from reportgraph.extract.learned_events import candidates, trigger_vocabulary
from reportgraph.extract.learned_events import features as trigger_features
from reportgraph.extract.mentions import EntityIndex
from reportgraph.ontology import default_ontology


def _features(extractor, text: str, word: str) -> list[str]:
    from reportgraph.extract.paragraphs import parse

    sdoc = parse(extractor.nlp, text)
    index = EntityIndex.build(sdoc, extractor.extract_doc(sdoc).entities)
    vocab = trigger_vocabulary(default_ontology())
    for t in candidates(index, set(index.by_token)):
        if t.lower_ == word:
            return trigger_features(index, t, vocab)
    raise AssertionError(f"{word!r} is no candidate in {text!r}")


def test_a_word_s_entity_arguments_cross_its_lemma(extractor) -> None:
    feats = _features(extractor, "The Qarvani Brigade raided the outpost near Belmora in 2021.", "raided")
    types = {f.split(":", 1)[1] for f in feats if f.startswith("l+a=raid|")}
    assert any(f.startswith("l+a=raid|nsubj:") for f in feats)
    assert types and all(ty.isupper() for ty in types)
    assert any(f.startswith("nargs=") and f != "nargs=0" for f in feats)


def test_a_noun_carries_the_verb_that_governs_it_and_that_verb_s_subject(extractor) -> None:
    feats = _features(extractor, "The Qarvani Brigade carried out an ambush on soldiers near Belmora.", "ambush")
    assert "gov=carry|" + "|dobj" in feats
    assert any(f.startswith("govsubj=") for f in feats)


def test_a_modal_and_an_unseen_verb_s_suffix_are_features(extractor) -> None:
    feats = _features(extractor, "The Qarvani Brigade will blockade the roads around Belmora.", "blockade")
    assert "modal" in feats
    assert "suf3=ade|VERB" in feats
