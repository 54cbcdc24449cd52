"""The attribute ruler and the rule lemmatizer as the extraction runs them (extract/pipes.py) set the
same attributes on every token as spaCy's own components."""

from __future__ import annotations

from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from reportgraph.extract.pipes import IndexedRuler, MemoLemmatizer, fast, pipeline

from .markers import NEEDS_FRENCH

ROOT = Path(__file__).resolve().parents[2]
ATTRS = [TAG, POS, MORPH, LEMMA, DEP]

# the English model's exceptions: "but" as an adverb, "gon na", "got ta", "let 's", "y' all", "ai n't",
# "nothin'", pronouns as subjects and objects, auxiliaries, do/have as main verbs, "that" opening a
# clause, determiners standing alone, "there is", runs of spaces and line breaks
TRICKY = [
    "But the group, which I think is gon na attack, got ta move. Let's see: y'all ain't seen nothin' yet.",
    "It said you had it and I gave it to you; did they do it?  They have done that before.\n\nThere is "
    "this, and there are those which were taken. All was lost, but not that.",
    "The Islamic State in the Greater Sahara (ISGS) claimed the attack on 3 May 2019 near Tongo Tongo, "
    "Niger; it said that its fighters had killed 28 soldiers.\n\n\n   Reports were not confirmed.",
]


def _corpus_texts(n: int) -> list[str]:
    docs = sorted((ROOT / "corpus" / "en" / "docs").glob("*.txt"))[:n]
    return [p.read_text(encoding="utf-8") for p in docs]


def _until(nlp: Language, name: str, texts: list[str]) -> list[Doc]:
    """The texts run through the pipeline's components before ``name``."""
    docs = [nlp.make_doc(t) for t in texts]
    for pipe_name, proc in nlp.pipeline:
        if pipe_name == name:
            break
        docs = [proc(d) for d in docs]
    return docs


def _same(a: Doc, b: Doc) -> bool:
    return (numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
            and [(t.lemma_, str(t.morph)) for t in a] == [(t.lemma_, str(t.morph)) for t in b])


def test_the_english_components_are_replaced(nlp: Language) -> None:
    kinds = {name: type(proc) for name, proc in pipeline(nlp)}
    assert kinds["attribute_ruler"] is IndexedRuler
    assert kinds["lemmatizer"] is MemoLemmatizer
    assert kinds["parser"] is type(nlp.get_pipe("parser"))  # the others run as they are
    assert fast(nlp.get_pipe("attribute_ruler")) is fast(nlp.get_pipe("attribute_ruler"))  # built once


def test_the_attribute_ruler_matches_and_sets_what_spacy_does(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = fast(ruler)
    assert indexed.rest_count == 0  # every pattern of the English model is read by the index
    for doc in _until(nlp, "attribute_ruler", TRICKY + _corpus_texts(6)):
        assert indexed.match(doc) == ruler.match(doc)
        assert _same(ruler(doc.copy()), indexed(doc.copy()))


def test_the_lemmatizer_sets_what_spacy_does(nlp: Language) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    memo = MemoLemmatizer(lemmatizer)
    for doc in _until(nlp, "lemmatizer", TRICKY + _corpus_texts(6)):
        assert _same(lemmatizer(doc.copy()), memo(doc.copy()))
    # the ruler's own lemmas ("gon na" -> "go", "to") are kept, not worked out again
    doc = memo(_until(nlp, "lemmatizer", [TRICKY[0]])[0])
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na")] == ["go", "to"]


def test_a_lemma_kept_from_a_memory_zone_is_still_a_string_after_it(nlp: Language) -> None:
    # a worker extracts inside spaCy's memory_zone: the strings its documents add are dropped after
    # it, so the memo keeps lemmas as strings and adds them again for each document
    memo = MemoLemmatizer(nlp.get_pipe("lemmatizer"))
    text = "The Zarqawists regrouped; zarqawists were regrouping again."
    with nlp.memory_zone():
        inside = [t.lemma_ for t in memo(_until(nlp, "lemmatizer", [text])[0])]
    after = memo(_until(nlp, "lemmatizer", [text])[0])
    assert [t.lemma_ for t in after] == inside
    assert _same(after, nlp.get_pipe("lemmatizer")(_until(nlp, "lemmatizer", [text])[0]))


@NEEDS_FRENCH
def test_the_french_components_set_what_spacy_does() -> None:
    from reportgraph.extract.nlp import load_nlp

    fr = load_nlp(language="fr")
    texts = ["Le groupe armé a revendiqué l'attaque du 3 mai près de Tongo Tongo ; il dit avoir tué des soldats.\n\n"
             "  Les autorités n'ont pas confirmé.", "Ils étaient partis, elle est revenue et nous avons vu."]
    ruler, lemmatizer = fr.get_pipe("attribute_ruler"), fr.get_pipe("lemmatizer")
    assert type(fast(ruler)) is IndexedRuler and type(fast(lemmatizer)) is MemoLemmatizer
    for doc in _until(fr, "attribute_ruler", texts):
        assert fast(ruler).match(doc) == ruler.match(doc)
    for doc in _until(fr, "lemmatizer", texts):
        assert _same(lemmatizer(doc.copy()), fast(lemmatizer)(doc.copy()))


def _hand_doc(vocab: Vocab) -> Doc:
    words = ["Y'", "all", "do", "n't", "know", "it", ",", "gon", "na", "nothin'", " ", "so", "THAT", "is", "it"]
    return Doc(vocab, words=words, tags=["PRP", "DT", "VBP", "RB", "VB", "PRP", ",", "VBG", "TO", "NN", "_SP",
                                         "RB", "DT", "VBZ", "PRP"],
               deps=["nsubj", "det", "aux", "neg", "ROOT", "dobj", "punct", "xcomp", "aux", "dobj", "dep",
                     "advmod", "nsubj", "ROOT", "attr"],
               heads=[4, 0, 4, 4, 4, 4, 4, 4, 7, 7, 9, 13, 13, 13, 13])


def test_patterns_of_every_kind_match_as_the_matcher_matches() -> None:
    vocab = spacy.blank("en").vocab  # lower-case forms and spaces told, no model
    ruler = AttributeRuler(vocab)
    ruler.add([[{"TAG": "PRP"}]], {"POS": "PRON"})
    ruler.add([[{"LOWER": "it", "DEP": {"IN": ["dobj", "pobj"]}}]], {"MORPH": "Case=Acc"})
    ruler.add([[{"LOWER": "it", "DEP": {"NOT_IN": ["dobj", "pobj", ""]}}]], {"MORPH": "Case=Nom"})
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"LOWER": {"REGEX": "n[ou]thin'$"}}]], {"LEMMA": "nothing"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"TAG": "DT", "IS_SPACE": False}], [{"LOWER": "that"}]], {"POS": "DET"})  # two patterns, one key
    ruler.add([[{"TAG": "RB"}], [{"TAG": "RB"}]], {"POS": "ADV"})  # the same span twice: one match
    ruler.add([[{}, {"LOWER": "is"}]], {"POS": "AUX"}, index=-1)  # any token, then "is"
    ruler.add([[{"TAG": "VB", "OP": "?"}, {"LOWER": "it"}]], {"POS": "PRON"}, index=-1)  # an operator: a Matcher
    ruler.add([[{"TAG": "PRP"}]], {"POS": "X"})  # a later pattern overrides an earlier one
    indexed = IndexedRuler(ruler)
    assert indexed.rest_count == 1
    doc = _hand_doc(vocab)
    assert indexed.match(doc) == ruler.match(doc)
    assert {m[0] for m in indexed.match(doc)} == set(range(12))  # every pattern matched somewhere
    assert _same(ruler(_hand_doc(vocab)), indexed(_hand_doc(vocab)))
    assert indexed.match(Doc(vocab, words=[])) == []
