"""The twenty-ninth round's speed changes (branch frspeed35): the same outputs, less work.

``french_parse._new_doc`` builds the rule-scheme ``Doc`` as the ``Doc`` constructor does, in one array; the
dates reader reads a report's top once for all its readers (``dates._head_raw``); the French own-year patterns
try their look-behinds only before a year's first digit. The texts are written for these tests. The last two
tests are guards of outputs that did not change (they pass with and without the round's changes)."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from reportgraph.extract import dates, dates_fr
from reportgraph.extract.french_names import french_institutions
from reportgraph.extract.french_parse import to_rule_scheme
from reportgraph.extract.language import extraction_language

# (word, pos, lemma, dep, head, morph, entity IOB)
_ROWS = [
    ("Son", "DET", "son", "det", 1, "Number=Sing|Poss=Yes", "O"),
    ("chef", "NOUN", "chef", "nsubj", 4, "Gender=Masc|Number=Sing", "O"),
    ("Ali", "PROPN", "Ali", "appos", 1, "", "B-PER"),
    ("Kone", "PROPN", "Kone", "flat:name", 2, "", "I-PER"),
    ("est", "AUX", "être", "cop", 6, "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "O"),
    ("le", "DET", "le", "det", 6, "Definite=Def|Gender=Masc|Number=Sing|PronType=Art", "O"),
    ("dirigeant", "NOUN", "dirigeant", "ROOT", 6, "Gender=Masc|Number=Sing", "O"),
    ("du", "ADP", "de", "case", 8, "Definite=Def|Gender=Masc|Number=Sing|PronType=Art", "O"),
    ("Front", "PROPN", "Front", "nmod", 6, "", "B-ORG"),
    ("Uni", "PROPN", "Uni", "flat:name", 8, "", "I-ORG"),
    ("Tamba", "PROPN", "Tamba", "flat:name", 8, "", "B-ORG"),
    (".", "PUNCT", ".", "punct", 6, "", "O"),
]


def _parsed() -> Doc:
    return Doc(
        spacy.blank("fr").vocab,
        words=[r[0] for r in _ROWS],
        pos=[r[1] for r in _ROWS],
        lemmas=[r[2] for r in _ROWS],
        deps=[r[3] for r in _ROWS],
        heads=[r[4] for r in _ROWS],
        morphs=[r[5] for r in _ROWS],
        ents=[r[6] for r in _ROWS],
    )


def _attrs(doc: Doc) -> list[tuple[object, ...]]:
    return [(t.text, t.whitespace_, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_, str(t.morph), t.morph.key,
             t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_the_new_doc_is_the_one_the_constructor_builds():
    from reportgraph.extract.french_parse import _new_doc

    doc = _parsed()
    toks = list(doc)
    heads = [2, 2, 2, 2, 6, 6, 4, 8, 6, 8, 8, 4]
    deps = ["poss", "nsubj", "ROOT", "compound", "attr", "det", "acomp", "prep", "pobj", "compound", "compound",
            "punct"]
    pos = ["PRON", "NOUN", "PROPN", "PROPN", "AUX", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"]
    tags = ["PRON", "NN", "NNP", "NNP", "VBZ", "DET", "NN", "ADP", "NNP", "NNP", "NNP", "PUNCT"]
    lemmas = [t.lemma_ for t in toks]
    morphs = [str(t.morph) for t in toks]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "I-ORG", "B-ORG", "O"]
    built = _new_doc(doc, toks, heads, deps, pos, tags, lemmas, morphs, ents)
    reference = Doc(doc.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
                    heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, morphs=morphs, ents=ents)
    assert _attrs(built) == _attrs(reference)
    assert [(e.start, e.end, e.label_) for e in built.ents] == [(2, 4, "PERSON"), (8, 10, "ORG"), (10, 11, "ORG")]
    assert built.to_bytes() == reference.to_bytes()


def test_the_rule_scheme_of_a_copula_clause():
    # guard: the copula heads its clause, the possessive is "poss", the names keep their entities
    doc = to_rule_scheme(_parsed())
    assert (doc[4].dep_, doc[6].dep_, doc[6].head.i) == ("ROOT", "attr", 4)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 4)
    assert (doc[0].dep_, doc[0].pos_) == ("poss", "PRON")
    assert (doc[7].dep_, doc[7].head.i, doc[8].dep_, doc[8].head.i) == ("prep", 6, "pobj", 7)
    assert (doc[1].tag_, doc[8].tag_, doc[4].tag_) == ("NN", "NNP", "VBZ")
    assert [(e.text, e.label_) for e in doc.ents] == [("Ali Kone", "PERSON"), ("Front Uni", "ORG"), ("Tamba", "ORG")]


_DISPATCH = ("BOUKA (Tamara), 12 mars 2024 (Agence) - Le mouvement, fondé en 2016 par deux anciens officiers, "
             "a signé l'accord de 2015 puis repris les armes le 3 mars.")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_report_top_is_read_once_for_all_its_readers(monkeypatch, language):
    calls: list[int] = []
    raw = dates._raw

    def counted(text, compiled=None):  # type: ignore[no-untyped-def]
        calls.append(len(text))
        return raw(text, compiled)

    monkeypatch.setattr(dates, "_raw", counted)
    monkeypatch.setattr(dates, "_HEAD_RAW", {}, raising=False)  # (no reading kept from another test)
    text = _DISPATCH + " " * 700 + "The end."  # a top of 600 characters, then the rest
    dates.find_dates(text, language=language)
    dates.report_date(text, language)
    # the whole text once, its top once (it was read three times in French, six in English)
    assert sorted(calls) == [dates._HEAD, len(text)]


def test_a_report_top_read_again_is_the_same_reading():
    compiled = dates._patterns("fr")[0]
    head = _DISPATCH[: dates._HEAD]
    first = dates._head_raw(head, compiled)
    assert dates._head_raw(head, compiled) is first
    assert [(s, e, m.group()) for s, e, _f, _r, m in first] == [
        (s, e, m.group()) for s, e, _f, _r, m in dates._raw(head, compiled)]
    # another pattern list of the same top is read for itself
    other = list(compiled[:5])
    assert len(dates._head_raw(head, other)) <= len(first)
    assert dates._head_raw(head, other) is not first


def test_the_own_year_patterns_try_their_look_behinds_before_a_year_only():
    own = (dates_fr._OWN_YEAR_OF_A_NOUN, dates_fr._OWN_YEAR_IN_AN_ASIDE, dates_fr._OWN_YEAR_AFTER_A_NOUN)
    assert all(p.startswith("(?=[12])") for p in own)
    text = ("la crise de 2012 ; la milice, fondée en 2016 par X, et une brigade créée en 2019 ; "
            "l'accord de 2015 à 2017 ; il a fondé en 2020 un autre groupe")
    for p in own:
        with_ahead = [(m.span(), m.groupdict()) for m in re.finditer(p, text, re.IGNORECASE)]
        without = [(m.span(), m.groupdict()) for m in re.finditer(p[len("(?=[12])"):], text, re.IGNORECASE)]
        assert with_ahead == without
    found = {t.text for t in dates.find_dates(text, language="fr") if t.edtf}
    assert {"2012", "2016", "2019"} <= found


def test_french_institutions_as_before():
    # guard: the one- and two-word nouns of the institutions lexicon, looked up in the folded words
    words = ["Les", "soldats", "de", "l'", "armée", "malienne", "et", "le", "gouvernement", "de", "transition",
             "ont", "rencontré", "les", "forces", "spéciales", "burkinabè", "au", "ministère"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "ADJ", "CCONJ", "DET", "NOUN", "ADP", "NOUN", "AUX", "VERB", "DET",
           "NOUN", "ADJ", "ADJ", "ADP", "NOUN"]
    doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos)
    with extraction_language("fr"):
        found = [(c.text, c.start, c.end) for c in french_institutions(doc, [False] * len(doc))]
        assert found == [("armée malienne", 4, 6), ("gouvernement de transition", 8, 11),
                         ("forces spéciales burkinabè", 14, 17)]
        taken = [False] * len(doc)
        taken[4] = True
        assert [c.text for c in french_institutions(doc, taken)][0] == "gouvernement de transition"
