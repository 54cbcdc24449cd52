"""A learned check on the rules' entities: keep, retype or drop each local entity.

The rules find candidate names and type them; on text they were not written for they also take
page furniture ("Press Release", "Share"), bylines, headings, titles and weapon acronyms for actors,
and mistype groups as persons. A linear model, trained by ``reportgraph.train.entities`` on the
corpus, reads each local entity's words, shape, the words around its mentions, the statistical
tagger's label and the rules' own type, and gives a probability for each type and for "not an
entity". An entity is dropped only when "not an entity" is very likely, and retyped only when
another type is (both thresholds chosen on the dev split).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from ..model import LocalEntity
from .candidates import doc_text, lower_words
from .entities import ENTITIES_KEY as ENTITIES_KEY_RULES
from .entities import entity_at
from .language import per_language, shipped_model
from .lexicons import lexicons
from .linear import Softmax

MODEL_FILE = "entities.json"
LABELS = ("PERSON", "ORGANIZATION", "COMMUNITY", "LOCATION", "NONE")


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "CAPS"
    if word[:1].isupper():
        return "Cap"
    if word.islower():
        return "low"
    return "mix"


ENTS_KEY = "reportgraph.ents"


def _ents(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of the statistical tagger's entities, read once per Doc (``doc.ents``
    builds every span again on each call)."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = [(e.start, e.end, e.label_) for e in doc.ents]
    return ents  # type: ignore[no-any-return]  # user_data holds Any


def features(doc: Doc, ent: LocalEntity) -> list[str]:
    """Sparse features of one local entity (strings; present = 1)."""
    lex = lexicons()
    text = doc_text(doc)  # ``doc.text`` joins every token on each call
    f = [f"rule:{ent.type}"]
    words = ent.name.replace("-", " ").split()
    f.append(f"nwords:{min(len(words), 5)}")
    lowered = lower_words(doc)
    for k, w in enumerate(words):
        lw = w.lower().strip(".,'’")
        f.append(f"shape:{_shape(w)}")
        # A name's own words are read only where they are generic: a word the text also writes in
        # lower case ("Press Release", "Share") or a title or head noun of the lexicons. The model
        # never learns that one particular name is or is not an entity.
        generic = lw in lowered
        if lw in lex.titles:
            f.append("title_word")
            generic = True
        if lw in lex.org_heads or lw in lex.unit_nouns:
            f.append("org_head")
            generic = True
        if lw in lex.given_names:
            f.append("given_name")
        if lw in lex.particles:
            f.append("particle")
        if generic:
            f.append(f"w:{lw}")
            if k == 0:
                f.append(f"first:{lw}")
            if k == len(words) - 1:
                f.append(f"last:{lw}")
        else:
            f.append("proper_word")
    if words and all(w.lower().strip(".,'’") in lowered for w in words):
        f.append("all_words_generic")
    f.append(f"names:{min(len(ent.names()), 4)}")
    f.append(f"mentions:{min(len(ent.mentions), 5)}")
    if any(c.isdigit() for c in ent.name):
        f.append("digit")
    labels: dict[str, int] = {}
    types = _rule_types(doc)
    for m in ent.mentions[:4]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for e_start, e_end, label in _ents(doc):
            if e_start < span.end and span.start < e_end:
                labels[label] = labels.get(label, 0) + 1
        if span.start > 0:
            prev = doc[span.start - 1]
            f.append(f"prev:{prev.lower_}")
            if span.start > 1:
                f.append(f"prev2:{doc[span.start - 2].lower_}_{prev.lower_}")
        if span.end < len(doc):
            f.append(f"next:{doc[span.end].lower_}")
        f.append(f"dep:{span.root.dep_}")
        # a name listed with others takes their kind: "Daesh still holds Tal Afar and Hawija", "the
        # jungles of Indanan and Patikul", "the Al Khadim and Jufra airbases"
        for other in _coordinated(span.root):
            key = entity_at(doc, other.i)
            if key is not None and key != ent.key and key in types:
                f.append(f"conj:{types[key]}")
        f.append(f"head:{span.root.head.lemma_.lower()}")
        # the line it sits on: a short line with no full stop is a heading, a byline or furniture
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        if len(line) < 80 and not line.rstrip().endswith((".", "!", "?", ":")):
            f.append("short_line")
        if line.strip() == text[m.start:m.end].strip():
            f.append("whole_line")
        if line.lstrip().startswith(("-", "*", "•", "|")):
            f.append("list_line")
        if line_start == 0:
            f.append("first_line")
    for label, n in labels.items():
        f.append(f"ner:{label}")
        if n > 1:
            f.append(f"ner2:{label}")
    return [f"{ent.type[0]}|{x}" for x in f] + f


def _rule_types(doc: Doc) -> dict[str, str]:
    """The rules' type of each local entity of the Doc (as ``entities.find_entities`` left them)."""
    stored = doc.user_data.get(ENTITIES_KEY_RULES)
    return {} if stored is None else {e.key: e.type for e in stored[0]}


def _coordinated(root: Token) -> list[Token]:
    """The heads of the names listed with this one ("X and Y", "X, Y and Z")."""
    out = list(root.conjuncts)
    return out[:4]


@dataclass
class EntityModel(Softmax):
    """The entity check's softmax over LABELS, with its two thresholds (drop a name, retype it)."""

    drop_threshold: float
    retype_threshold: float
    meta: dict[str, Any]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> EntityModel:
        return cls(raw["weights"], raw["intercepts"], float(raw["drop_threshold"]),
                   float(raw["retype_threshold"]), raw.get("meta", {}))


@per_language
def default_model() -> EntityModel | None:
    """The shipped model, or None when the package has none (the rules' entities are kept as they are)."""
    raw = shipped_model(MODEL_FILE)
    return None if raw is None else EntityModel.from_json(raw)


# The rules' confidence in a mention whose type a lexicon, the gazetteer or a name shape settled
# (entities.find_entities gives 0.9 to the strongest evidence): the rules are kept where they are precise.
CERTAIN = 0.9


def is_certain(ent: LocalEntity) -> bool:
    """The rules are sure of this entity: the learned check leaves it as it is."""
    return any(m.confidence >= CERTAIN for m in ent.mentions)


def review(doc: Doc, entities: list[LocalEntity], model: EntityModel | None = None) -> list[LocalEntity]:
    """The entities the model keeps (their keys unchanged), retyped where it is confident."""
    model = model or default_model()
    if model is None:
        return entities
    kept = []
    for ent in entities:
        if is_certain(ent):
            kept.append(ent)
            continue
        p = model.probs(features(doc, ent))
        if p["NONE"] >= model.drop_threshold:
            continue
        best = max((t for t in LABELS if t != "NONE"), key=lambda t: p[t])
        if best != ent.type and p[best] >= model.retype_threshold:
            ent.type = best
        kept.append(ent)
    return kept
