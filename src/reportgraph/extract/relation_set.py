"""The collector every relation rule writes to: one document's relations, merged and type-checked."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..model import Relation, Span
from ..ontology import Ontology
from .coref import References
from .gazetteer import capital_of, is_country
from .language import current_language
from .lexicon import Lexicon, default_lexicon
from .mentions import EntityIndex, Hit


class RelationSet:
    """The relations of one document as they are found, duplicates merged, each checked against the
    ontology's argument types; what every relation rule writes to (the rules are in ``relations.py``,
    ``places.py``, ``descriptions.py``, ``alliances.py`` and ``event_relations.py``, which depend on this and not on
    each other)."""

    def __init__(
        self, index: EntityIndex, refs: References, ontology: Ontology, lexicon: Lexicon | None = None
    ) -> None:
        self.index = index
        self.refs = refs
        self.onto = ontology
        self.lex = lexicon or default_lexicon()
        self.found: dict[tuple[str, str, str], Relation] = {}
        # (new leader, predecessor, evidence): "chose X as his successor"
        self.successions: list[tuple[str, str, Span | None]] = []
        # (spouse, in-law, evidence): marrying a notable's daughter ties one to his community
        self.in_laws: list[tuple[str, str, Span | None]] = []

    # -- adding -----------------------------------------------------------------------
    def add(
        self, subj: str, pred: str, obj: str, sent: SpacySpan | Span | None, conf: float, method: str
    ) -> None:
        if subj == obj or subj not in self.index.entities or obj not in self.index.entities:
            return
        if not self.onto.check_relation(pred, self.index.type_of(subj), self.index.type_of(obj)):
            return
        if pred == "HOSTILE_TO" and current_language() == "fr" and not all(map(self._may_be_hostile, (subj, obj))):
            return
        if pred == "ALLY_OF" and current_language() == "en" and isinstance(sent, SpacySpan) and self._part_named(
                subj, obj, sent):
            return  # a group and its wing or component ("its Arab component, the Y")
        p = self.onto.predicates[pred]
        key = (pred, *sorted((subj, obj))) if p.symmetric else (pred, subj, obj)
        ev = (
            sent
            if isinstance(sent, Span) or sent is None
            else Span(sent.start_char, sent.end_char, sent.text)
        )
        rel = self.found.get(key)  # type: ignore[arg-type]
        if rel is None:
            self.found[key] = Relation(subj, pred, obj, [ev] if ev else [], conf, method)  # type: ignore[index]
        else:
            rel.confidence = max(rel.confidence, conf)
            if ev and ev not in rel.evidence:
                rel.evidence.append(ev)

    # -- helpers ----------------------------------------------------------------------
    def _part_named(self, subj: str, obj: str, sent: SpacySpan) -> bool:
        """Whether a mention of one names a part of a mention of the other in the sentence
        (``learned_relations.part_named``)."""
        from .learned_relations import part_named

        hits = self.index.in_range(sent.start, sent.end)
        return any(part_named(self.index.doc, a, b) for a in hits if a.key == subj for b in hits if b.key == obj)

    def _is_country(self, key: str) -> bool:
        return self.index.type_of(key) == "LOCATION" and any(
            n.lower() in self.lex.countries() for n in self.index.entities[key].names()
        )

    def _may_be_hostile(self, key: str) -> bool:
        """A place is an enemy as a state: a country or its capital ("la France", "Paris le tenait pour
        responsable"), not a town, a village or a well an attack names ("affronté une patrouille du X près d'Y")."""
        if self.index.type_of(key) != "LOCATION":
            return True
        return any(n.lower() in self.lex.countries() or is_country(n) or capital_of(n) is not None
                   for n in self.index.entities[key].names())

    def _country_entity(self, country: str) -> str | None:
        for k, e in self.index.entities.items():
            if e.type == "LOCATION" and any(n.lower() == country.lower() for n in e.names()):
                return k
        return None

    def _hit_of(self, tok: Token) -> Hit | None:
        return self.index.hit_at(tok)

    def one_of(self, noun: Token) -> bool:
        """ "l'un des émirs de X", "une des cheffes de X": a plural role noun after "un(e) des" (its
        adjectives between) names one of several; English writes "one of its commanders"."""
        if "Plur" not in noun.morph.get("Number", []) and noun.lower_ == noun.lemma_.lower():
            return False
        doc, i = noun.doc, noun.i - 1
        while i > noun.sent.start and doc[i].pos_ == "ADJ":
            i -= 1
        return (
            i > noun.sent.start
            and doc[i].lower_ in self.lex.of_words
            and doc[i - 1].lower_ in self.lex.indefinite_articles
        )

    def _modifier_names(self, tok: Token) -> list[str]:
        return [
            h.key
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod")
            for h in [self._hit_of(c)]
            if h
        ]
