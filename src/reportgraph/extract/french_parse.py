"""A French parse (Universal Dependencies, fr_core_news_md) in the dependency scheme the rules read.

The relation and event rules were written on spaCy's English scheme (ClearNLP labels): a preposition
heads its noun (``prep`` -> ``pobj``), a passive's agent hangs under ``agent``, a copula heads its
predicate noun (``attr``), past participles are tagged ``VBN``. UD puts the preposition under its noun
(``case``) and the copula under the predicate. This module rebuilds the parsed ``Doc`` over the same
words (so every character offset stays the same) with the tree and labels turned into that scheme;
the words, lemmas and entity labels stay French, and the French word lists name the prepositions.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Token

from .paragraphs import glued_inside

# UD label -> the English scheme's label, where no restructuring is needed
LABELS = {
    "nsubj:pass": "nsubjpass",
    "csubj:pass": "csubjpass",
    "obj": "dobj",
    "iobj": "dative",
    "aux:pass": "auxpass",
    "aux:tense": "aux",
    "aux:caus": "aux",
    "acl:relcl": "relcl",
    "flat:name": "compound",
    "flat:foreign": "compound",
    "flat": "compound",
    "expl:subj": "expl",
    "expl:comp": "expl",
    "expl:pass": "expl",
    "obl:mod": "npadvmod",
    "obl:arg": "npadvmod",
    "obl": "npadvmod",
    "nmod": "nmod",
    "fixed": "fixed",
    "case": "dep",
    "iobj:agent": "dative",
}
# children of a predicate noun that belong to the clause once the copula heads it
CLAUSE_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "aux", "aux:tense", "aux:pass", "mark", "advmod",
                         "obl", "obl:mod", "advcl", "cc", "punct", "parataxis", "expl:subj"})
BECOME = frozenset({"devenir", "redevenir", "rester", "demeurer"})
# fr_core_news_md labels some subject pronouns "expl:subj" ("il se réfugie au Niger", "il rejoint le X"); a
# true expletive is the subject of an impersonal verb ("il y a", "il faut", "il s'agit", "il apparaît que").
# Source: French grammar; licence: MIT, like the code
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
IMPERSONAL_VERBS = frozenset({"avoir", "falloir", "agir", "apparaître", "sembler", "paraître", "rester", "reste",
                              "exister", "manquer", "suffire", "valoir", "convenir", "importer", "pleuvoir",
                              "arriver", "advenir", "être", "faire", "s'agir"})
NEGATORS = frozenset({"ne", "n'", "pas", "jamais", "guère", "nullement"})
NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC"}
# what ends a sentence: a sentence the parser opens after anything else, on the same line, is the
# previous one cut in two ("le chef d'état | -major", "la milice Dan Na | Ambassagou")
SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":", "…", "...", "»", "\"", "”", ")", "]", "-", "–", "—", "•"})


# a predicative adjective of presence the parser hangs as a conjunct of the name before its comma ("l'EIGS,
# très actif dans la région de X"): it modifies that name. Source: French grammar; licence: MIT
# subject pronouns of a relative clause, read right before its verb
RELATIVE_SUBJECTS = frozenset({"qui", "il", "elle", "ils", "elles", "on"})
PRESENCE_ADJECTIVES = frozenset({"actif", "présent", "implanté", "basé", "installé", "établi", "influent"})


@lru_cache(maxsize=1)
def verb_lemmas() -> dict[str, str]:
    """Verb forms the tagger lemmatises wrongly -> their lemma (``lexicons/fr/verb_lemmas.tsv``)."""
    path = resources.files("reportgraph.data").joinpath("lexicons", "fr", "verb_lemmas.tsv")
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {r[0].strip(): r[1].strip() for r in rows if len(r) == 2 and not r[0].startswith("#")}


def _relative_verb(t: Token) -> bool:
    """A relative clause's verb the tagger took for a name or noun: "le GSIM, qui assiège Djibo" ("assiège"
    tagged PROPN), "l'EIS, qui contrôle depuis le printemps ...", "où il assiège plusieurs localités". Its
    subject pronoun stands right before it, and it has no article, preposition or copula of a noun's."""
    if t.pos_ not in ("PROPN", "NOUN") or t.dep_ != "acl:relcl" or t.i < 1:
        return False
    subject = t.doc[t.i - 1]
    if subject.lower_ not in RELATIVE_SUBJECTS or subject.head.i != t.i or not subject.dep_.startswith("nsubj"):
        return False
    return not any(c.dep_ in ("det", "case", "cop") for c in t.children)


def _verb_lemma(t: Token) -> str:
    """The lemma of a word tagged as a noun that is a verb: the table's, the tagger's own when it reads a
    verb, else a first-group present ("contrôle", "contrôlent": "contrôler"), the lemma the nouns share."""
    table = verb_lemmas()
    if t.lower_ in table:
        return table[t.lower_]
    lemma = t.lemma_.lower()
    if lemma.endswith(("er", "ir", "re")):
        return lemma
    for ending in ("ent", "e"):
        if t.lower_.endswith(ending):
            return t.lower_[: -len(ending)] + "er"
    return lemma


def _subject_after_comma(doc: Doc, t: Token) -> int | None:
    """The verb whose lost subject is "des X" after a comma ("..., des Koglweogo ont mené des représailles"):
    the parser read the plural article "des" as "de les" and hung the name on the comma or elsewhere."""
    if t.pos_ not in ("PROPN", "NOUN") or t.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg"):
        return None  # (the cheap test first: the children are walked only for such a noun)
    case = [c for c in t.children if c.dep_ == "case" and c.i == t.i - 1 and c.lower_ == "des"]
    if not case:
        return None
    if case[0].i == 0 or doc[case[0].i - 1].pos_ != "PUNCT" or doc[case[0].i - 1].text not in (",", ";"):
        return None
    j = max(t.right_edge.i, t.i) + 1
    if j >= len(doc):
        return None
    nxt = doc[j]
    verb = nxt.head if nxt.pos_ == "AUX" and nxt.dep_.startswith("aux") else nxt
    if verb.pos_ != "VERB" or verb.i < t.i or any(c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
        return None
    return verb.i


def _presence_conjunct(doc: Doc, t: Token) -> bool:
    """An adjective of presence after a comma, hung as the conjunct of the name before it."""
    if t.pos_ not in ("ADJ", "VERB") or t.lemma_.lower() not in PRESENCE_ADJECTIVES or t.dep_ not in ("conj", "appos"):
        return False
    if t.head.pos_ not in ("PROPN", "NOUN") or t.head.i > t.i:
        return False
    if any(c.text == "," and c.i < t.i for c in t.children):
        return True
    first = min(t.left_edge.i, t.i)
    return first > 0 and doc[first - 1].text == ","


def _claim_places(doc: Doc, adj: Token, heads: list[int]) -> None:
    """The prepositional phrases right after the adjective's own words that the parser hung on a verb
    before it ("attribuées à l'EIGS, actif ..., dans la région de X": "dans" hangs on "attribuées") are the
    adjective's ("actif dans la région de X")."""
    j = adj.right_edge.i + 1
    while j < len(doc):
        if doc[j].text == ",":
            j += 1
            continue
        tok = doc[j]
        noun = tok.head if tok.dep_ == "case" else None
        if noun is None or noun.i < j or not noun.dep_.startswith("obl") or heads[noun.i] >= adj.i:
            return
        heads[noun.i] = adj.i
        j = noun.right_edge.i + 1


def _cut_mid_line(doc: Doc, i: int, glued: numpy.ndarray) -> bool:
    """Whether the sentence the parser opens at token i opens mid-line after a word, or at a token glued to the
    one before inside a sentence (``paragraphs.glued_inside``: "Ahl al- | Ribat", which the parser can still cut
    where its tree ends): no boundary."""
    if i == 0:
        return False
    if glued[i]:
        return True
    prev = doc[i - 1]
    if prev.is_space or "\n" in prev.text:
        return False
    return prev.text not in SENTENCE_ENDS and not prev.text.endswith(".")


def _join_cut_sentences(doc: Doc, heads: list[int], deps: list[str]) -> None:
    """A sentence the parser cut mid-line is one again: the root of its second part hangs under the
    first part's root (the rules skip a "sentence" with no final stop as a heading)."""
    root: int | None = None
    glued = glued_inside(doc)
    for sent in doc.sents:
        roots = [i for i in range(sent.start, sent.end) if heads[i] == i]
        if root is not None and _cut_mid_line(doc, sent.start, glued):
            for r in roots:
                heads[r], deps[r] = root, "dep"
            continue
        root = roots[0] if roots else None


def _tag(t: Token) -> str:
    """An English-scheme fine tag for the rules that read one (participles, proper nouns)."""
    if t.pos_ in ("VERB", "AUX"):
        form = t.morph.get("VerbForm", [])
        tense = t.morph.get("Tense", [])
        if "Part" in form:
            return "VBG" if "Pres" in tense else "VBN"
        if "Ger" in form:
            return "VBG"
        if "Inf" in form:
            return "VB"
        return "VBD" if tense and tense[0] in ("Past", "Imp") else "VBZ"
    if t.pos_ == "PROPN":
        return "NNP"
    if t.pos_ == "NOUN":
        return "NNS" if "Plur" in t.morph.get("Number", []) else "NN"
    if t.pos_ == "ADJ":
        return "JJ"
    return t.pos_


def to_rule_scheme(doc: Doc) -> Doc:
    """The same words, lemmas and entities, with the tree and labels in the English scheme."""
    n = len(doc)
    # the parse is only read here: its tokens, labels and tags are taken once (a walk of the ``Doc``
    # makes a new ``Token`` of each word, and each loop below walked it again)
    toks = list(doc)
    heads = [t.head.i for t in toks]
    deps = [t.dep_ for t in toks]
    pos = [t.pos_ for t in toks]
    lemmas = [t.lemma_ for t in toks]
    # the parser's own heads, labels and tags, as ``t.head``, ``t.dep_`` and ``t.pos_`` read them
    parsed_heads, parsed_deps, parsed_pos = list(heads), list(deps), list(pos)
    table = verb_lemmas()
    for t in toks:
        if _relative_verb(t):
            pos[t.i], lemmas[t.i] = "VERB", _verb_lemma(t)
            obj = toks[t.i + 1] if t.i + 1 < n else None
            if (obj is not None and obj.pos_ in ("PROPN", "NOUN") and obj.head.i != t.i
                    and not any(c.dep_ == "obj" for c in t.children)):
                heads[obj.i], deps[obj.i] = t.i, "obj"  # "qui assiège Djibo": the parser hung "Djibo" elsewhere
        if pos[t.i] == "VERB" and t.lower_ in table:
            lemmas[t.i] = table[t.lower_]
        verb = _subject_after_comma(doc, t)
        if verb is not None:
            heads[t.i], deps[t.i] = verb, "nsubj"
            case = toks[t.i - 1]
            deps[case.i], pos[case.i] = "det", "DET"
        if _presence_conjunct(doc, t):
            deps[t.i] = "amod"
            _claim_places(doc, t, heads)
    for t in toks:  # a copula heads its predicate: "X est le chef de Y" -> est(X nsubj, chef attr)
        if parsed_deps[t.i] == "cop" and parsed_heads[t.i] != t.i:
            pred = t.head
            heads[t.i] = pred.head.i if pred.head.i != pred.i else t.i
            deps[t.i] = pred.dep_
            # an adjective is the English "acomp" ("est marié à", "est actif dans la région de X": its
            # preposition then reads as the adjective's, as "is active in"); a noun the "attr"
            heads[pred.i], deps[pred.i] = t.i, "acomp" if pred.pos_ == "ADJ" else "attr"
            for c in pred.children:
                if c.i != t.i and c.dep_ in CLAUSE_DEPS and (c.dep_ != "punct" or c.i > pred.i):
                    heads[c.i] = t.i
            for i in range(n):  # whatever hung from the predicate's own head position stays with the clause
                if i != pred.i and heads[i] == pred.i and deps[i] == "conj" and parsed_pos[i] in ("VERB", "AUX"):
                    heads[i] = t.i
    for t in toks:  # "le GSPC devient AQMI": the predicate of "devenir", "rester" is an attribute, as after "être"
        if (deps[t.i] == "xcomp" and parsed_pos[t.i] in ("NOUN", "PROPN") and t.head.lemma_ in BECOME
                and not any(c.dep_ == "case" for c in t.children)):
            deps[t.i] = "attr"
    for t in toks:  # a preposition heads its noun: "par X" -> agent(par) -> pobj(X)
        dep = deps[t.i]
        if not (dep.startswith("obl") or dep.startswith("nmod") or dep in ("advcl", "acl", "xcomp")):
            continue
        cases = [c for c in t.children if c.dep_ == "case" and c.i < t.i and heads[c.i] == t.i]
        if not cases:
            continue
        prep = cases[0]
        heads[prep.i] = heads[t.i]
        deps[prep.i] = "agent" if dep == "obl:agent" else "prep"
        heads[t.i], deps[t.i] = prep.i, ("pcomp" if parsed_pos[t.i] in ("VERB", "AUX") else "pobj")
        for extra in cases[1:]:
            heads[extra.i], deps[extra.i] = prep.i, "fixed"
    for t in toks:  # "il se réfugie au Niger": a personal pronoun the parser took for an expletive
        if (deps[t.i] == "expl:subj" and t.lower_ in SUBJECT_PRONOUNS and t.i < t.head.i
                and t.head.lemma_.lower() not in IMPERSONAL_VERBS
                and not any(deps[c.i].startswith(("nsubj", "csubj")) for c in t.head.children)):
            deps[t.i] = "nsubj"
    _join_cut_sentences(doc, heads, deps)
    for t in toks:  # "ses hommes", "son fondateur": a possessive determiner is a possessive pronoun
        if parsed_pos[t.i] == "DET" and "Yes" in t.morph.get("Poss", []):
            deps[t.i], pos[t.i] = "poss", "PRON"
    for t in toks:  # "ne ... pas", "n'a jamais": the negators the rules read as "neg"
        if parsed_deps[t.i] == "advmod" and (t.lower_ in NEGATORS or "Neg" in t.morph.get("Polarity", [])):
            deps[t.i] = "neg"
    for i in range(n):
        if heads[i] == i:
            deps[i] = "ROOT"
        elif deps[i] in LABELS:
            deps[i] = LABELS[deps[i]]
        elif deps[i] == "ROOT":
            deps[i] = "dep"
    ents = ["O"] * n
    for e in doc.ents:
        label = NER_LABELS.get(e.label_, e.label_)
        ents[e.start] = f"B-{label}"
        for k in range(e.start + 1, e.end):
            ents[k] = f"I-{label}"
    # a fine tag and a morphology's string depend on the (POS, morphology) alone: each worked out once
    morph_ids = doc.to_array(MORPH).tolist()
    fine: dict[tuple[str, int], str] = {}
    morph_strings: dict[int, str] = {}
    tags: list[str] = []
    morphs: list[str] = []
    for t, key in zip(toks, morph_ids, strict=True):
        i = t.i
        if pos[i] == parsed_pos[i]:
            tag = fine.get((pos[i], key))
            if tag is None:
                tag = fine[(pos[i], key)] = _tag(t)
            tags.append(tag)
        else:
            tags.append("VBZ" if pos[i] == "VERB" else pos[i])
        text = morph_strings.get(key)
        if text is None:
            text = morph_strings[key] = str(t.morph)
        morphs.append(text)
    out = _new_doc(doc, toks, heads, deps, pos, tags, lemmas, morphs, ents)
    out.user_data.update(doc.user_data)
    return out


# the annotation columns ``Doc(words=..., heads=..., ...)`` sets, in the order it sets them
_COLUMNS = [POS, HEAD, DEP, LEMMA, TAG, MORPH, ENT_IOB, ENT_TYPE]
_IOB = {"O": 2, "B": 3, "I": 1}  # Token.iob_strings(): ("", "I", "O", "B")


def _new_doc(doc: Doc, toks: list[Token], heads: list[int], deps: list[str], pos: list[str], tags: list[str],
             lemmas: list[str], morphs: list[str], ents: list[str]) -> Doc:
    """``Doc(doc.vocab, words, spaces, heads=, deps=, pos=, tags=, lemmas=, morphs=, ents=)`` over the same
    words, built as that constructor builds it (each value added to the strings, each morphology to the
    morphology table, one ``from_array`` of the same columns) with the columns filled in one array: the
    constructor sets them one cell at a time (a third of ``to_rule_scheme`` under the profiler). ``ents`` is well-formed
    IOB2 ("O", "B-X", "I-X" after "B-X"/"I-X"), which the constructor leaves as it is."""
    n = len(toks)
    out = Doc(doc.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks])
    if not n:
        return out
    strings = doc.vocab.strings
    morphology = doc.vocab.morphology
    ids: dict[str, int] = {}

    def sid(value: str) -> int:
        got = ids.get(value)
        if got is None:
            got = ids[value] = strings.add(value)
        return got

    morph_keys: dict[str, int] = {}

    def morph_key(value: str) -> int:
        got = morph_keys.get(value)
        if got is None:
            sid(value)
            got = morph_keys[value] = morphology.add(value)
        return got

    iobs = [_IOB[e[0]] for e in ents]
    types = ["" if e == "O" else e[2:] for e in ents]
    cols = numpy.zeros((n, len(_COLUMNS)), dtype="uint64")
    cols[:, 0] = [sid(v) for v in pos]
    cols[:, 1] = numpy.array([h - i for i, h in enumerate(heads)], dtype=numpy.int32).astype(numpy.uint64)
    cols[:, 2] = [sid(v) for v in deps]
    cols[:, 3] = [sid(v) for v in lemmas]
    cols[:, 4] = [sid(v) for v in tags]
    cols[:, 5] = [morph_key(v) for v in morphs]
    cols[:, 6] = iobs
    cols[:, 7] = [sid(v) for v in types]
    out.from_array(_COLUMNS, cols)  # type: ignore[arg-type]  # thinc's Ints2d is a numpy array
    return out
