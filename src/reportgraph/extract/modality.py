"""What a sentence says of the fact it states: asserted, negated, uncertain or attributed.

A relation or event is anchored on tokens (an event's trigger; a relation's two mentions and the
dependency path between them). The cues of ``data/lexicons/modality.tsv`` are looked for on the
anchors' chain of heads up to the clause root and on those heads' own modifiers, so that a negation
or a hedge elsewhere in a long sentence does not leak onto a fact it does not govern. Negation wins
over hedging, hedging over attribution.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..model import Event, Relation
from .event_filters import unconfirmed
from .events_fr import disowned_deed_fr, unconfirmed_fr
from .language import current_language
from .lexicons import pairs
from .mentions import EntityIndex

if TYPE_CHECKING:
    from .coref import References

# Stop climbing at a clause that is only background to the fact ("X, who never ..., joined Y").
_CLAUSE_STOP = frozenset({"relcl", "advcl", "acl", "appos", "parataxis", "conj"})


def cues() -> dict[str, str]:
    """Lemma -> cue class, from ``modality.tsv`` (and the language's own, beside it)."""
    return _cues(current_language())


@lru_cache(maxsize=2)
def _cues(language: str) -> dict[str, str]:
    return pairs("modality.tsv", language)


def _kind(tok: Token) -> str | None:
    cue = cues()
    kind = cue.get(tok.lemma_.lower()) or cue.get(tok.lower_)
    # a word that calls a report untrue is a lower-case word, not a name's ("a sham", not "al-Sham")
    return None if kind == "neg_adj" and not tok.is_lower else kind


def _denied_here(tok: Token, det: bool = True) -> bool:
    """A negator on this word itself: "did not join", "never pledged", "no death (was confirmed)"."""
    return any((c.dep_ == "neg") or (det and c.dep_ == "det" and _kind(c) == "neg") for c in tok.children)


def _path(a: Token, b: Token) -> tuple[list[Token], Token]:
    """The tokens on the dependency path from ``a`` to ``b``, and the highest of them."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i for t in up_b}
    top = next((t for t in up_a if t.i in ids_b), up_a[-1])
    path = [t for t in up_a if t.i != top.i and top.i in {x.i for x in t.ancestors}]
    path += [t for t in up_b if t.i != top.i and top.i in {x.i for x in t.ancestors}]
    return [*path, top], top


def modality_of(path: list[Token], top: Token, ends: Iterable[Token] = ()) -> str:
    """The modality of a claim whose words are ``path`` (ending in its highest word ``top``)."""
    end_ids = {t.i for t in ends}
    negated = hedged = attributed = False
    denials = 0  # the path's verbs of denial: a denial of a denial asserts ("refused to renounce his oath to X")
    for tok in path:
        kind = _kind(tok)
        # a determiner "no" counts on an event's own trigger, not on a noun a relation passes through
        # ("X was no newcomer to the Y rebellion")
        if _denied_here(tok, det=not end_ids):
            negated = True
        if kind == "neg_verb" and tok.i not in end_ids and any(
                t.head.i == tok.i and (t.dep_ in _COMPLEMENTS or _french_object(t)) for t in path) and not any(
                t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") for t in path):
            denials += 1  # the claim lies in what is denied, not in a clause coordinated with it
        if kind in ("hedge", "neg_adj") or any(_kind(c) == "hedge" for c in tok.children if c.dep_ in _HEDGE_DEPS):
            hedged = hedged or kind != "neg_adj"
            negated = negated or kind == "neg_adj"
        if kind == "confirm" and any(_denied_here(c) for c in tok.children if c.dep_.startswith("nsubj")):
            negated = True
    negated = negated or denials % 2 == 1
    # The words that govern the claim within its clause: "denied that ...", "is believed to ...",
    # "did not try to ...", "the army said ...", "according to ...".
    tok, steps = top, 0
    if top.i in end_ids:  # stated by apposition or compounding: the verb above is about something else
        steps = 4
    while tok.head.i != tok.i and steps < 4 and (tok.dep_ not in _CLAUSE_STOP or _reports_on(tok)):
        link, tok, steps = tok.dep_, tok.head, steps + 1
        kind = _kind(tok)
        if kind == "neg_verb" or (kind == "confirm" and _denied_here(tok)) or (
                _denied_here(tok) and (link in ("xcomp", "dobj", "pobj", "nsubjpass", "attr")
                                       or (link in ("acl", "prep") and _noun_of(tok, ("content", "part"))))):
            negated = True
        if link in ("nsubj", "nsubjpass") and _called_untrue(tok):
            negated = True  # "reports that X attacked Y are false", "X's war on Y is a sham"
        if link == "prep" and any(c.dep_ in OBJ and _noun_of(c, ("part",)) and (_denied_here(c) or _denied_here(tok))
                                  for c in tok.children):
            negated = True  # "played no part in the attack", "did not take part in the raid"
        if kind == "hedge" or any(_kind(c) == "hedge" for c in tok.children if c.dep_ in _HEDGE_DEPS):
            hedged = True
        if kind == "say" and any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children):
            attributed = True
    for tok in path + [top]:
        if any(_kind(c) == "according" for c in tok.children) or any(
                _kind(c) == "according" for h in [tok.head] for c in h.children if h.i != tok.i):
            attributed = True
    if negated:
        return "negated"
    if hedged:
        return "uncertain"
    if attributed:
        return "attributed"
    return "asserted"


def _french_object(tok: Token) -> bool:
    """A French noun the parser hangs on its verb as a modifier where it is the object ("a rejeté toute allégeance
    au X", "a démenti tout soutien à X": ``obl:mod``, read as ``npadvmod``); English keeps its labels."""
    return tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and current_language() == "fr"


def _called_untrue(tok: Token) -> bool:
    """A verb (a copula) whose predicate is a word that says a report is untrue ("are false", "is a
    sham", "is untrue"): its subject, and the claim in it, is denied."""
    return any(c.dep_ in ("attr", "acomp") and _kind(c) == "neg_adj" for c in tok.children)


def _noun_of(tok: Token, kinds: tuple[str, ...]) -> bool:
    return tok.pos_ == "NOUN" and _kind(tok) in kinds


def _reports_on(tok: Token) -> bool:
    """ "reports that he had pledged", "no evidence that the katiba attacked": a clause that is the
    content of a noun of saying, hedging or evidence takes that noun's modality (the climb goes on)."""
    return tok.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" for c in tok.children) and _noun_of(
        tok.head, ("content", "say", "hedge"))


OBJ = frozenset({"dobj", "obj"})
REFERRING_POS = frozenset({"PRON", "NOUN"})  # the words a reference may be (``_referring``)
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj", "pcomp", "prep", "attr", "oprd"})
_HEDGE_DEPS = frozenset({"advmod", "aux", "amod", "npadvmod", "auxpass"})


def _mention_root(index: EntityIndex, key: str, start: int, end: int) -> Token | None:
    for h in index.hits:
        if h.key == key and start <= h.start_char < end:
            return index.doc[h.start:h.end].root
    return None


def _referring(index: EntityIndex, refs: References, key: str, start: int, end: int, other: Token) -> Token | None:
    """The word of the evidence (characters ``start`` to ``end``) that refers to the entity, for a relation whose
    evidence does not name it (a pronoun, "the group": "It has never pledged allegiance to X"): of several, the one
    nearest the other end by the parse ("officials described it as the wing of X; the group denied any link to Y":
    "it", not "the group")."""
    span = index.doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in (span if span is not None else ())
             if t.pos_ in REFERRING_POS and t.sent == other.sent and index.hit_at(t) is None and key in refs.refer(t)]
    return min(words, key=lambda t: len(_path(t, other)[0]), default=None)


def assign_modality(index: EntityIndex, relations: list[Relation], events: list[Event],
                    refs: References | None = None) -> None:
    """Set ``modality`` on every relation and event of a document, from its own sentence (``refs``: the
    document's references, for a relation whose evidence names an end only by a pronoun or "the group")."""
    doc = index.doc
    for ev in events:
        if ev.trigger_span is None:
            continue
        span = doc.char_span(ev.trigger_span.start, ev.trigger_span.end, alignment_mode="expand")
        if span is not None and len(span):
            ev.modality = modality_of([span.root], span.root)
            if ev.modality == "negated" and current_language() == "fr" and disowned_deed_fr(span.root) is not None and (
                    not _denied_here(span.root)):
                # "X a nié toute implication dans l'enlèvement de Y": the part X took is denied, not the abduction
                ev.modality = "asserted"
            if ev.modality != "negated" and current_language() == "en" and unconfirmed(span.root):
                # "Reports of his death have circulated but have never been confirmed", "X has been reported
                # killed several times; none of the reports has been confirmed": the denial sits in another
                # clause than the one the climb reads
                ev.modality = "negated"
            if ev.modality != "negated" and current_language() == "fr" and unconfirmed_fr(span.root):
                # "Le Comité n'est pas en mesure de confirmer les informations selon lesquelles X aurait été tué"
                ev.modality = "negated"
    for rel in relations:
        if not rel.evidence:
            continue
        ev_span = rel.evidence[0]
        a = _mention_root(index, rel.subject, ev_span.start, ev_span.end)
        b = _mention_root(index, rel.object, ev_span.start, ev_span.end)
        if refs is not None and (a is None) != (b is None):
            if a is None and b is not None:
                a = _referring(index, refs, rel.subject, ev_span.start, ev_span.end, b)
            elif a is not None:
                b = _referring(index, refs, rel.object, ev_span.start, ev_span.end, a)
        if a is None or b is None or a.sent != b.sent:
            continue
        path, top = _path(a, b)
        rel.modality = modality_of(path, top, ends=(a, b))

