"""Names headed by a common noun, learned from the corpus: "le tribunal militaire de Maroua", "le comité de
vigilance de Kouyapé", "la garnison de Madama", "le camp de réfugiés de Mbera".

French writes many institutions and places as a lower-case noun, its lower-case modifiers and "de" with a
capitalised place or name; the rules know some such heads ("région", "secteur", "markaz", the ministries) and
miss the rest, leaving only the place ("Maroua") where the report names a court. Every such phrase of a sentence
is a candidate (``candidates``: a lower-case noun, up to seven words of lower-case adjectives and "de"/"pour"/"et"
complements, then "de", "d'", "du" or "des", an optional article, and a run of capitalised words); sparse binary
features describe it (its head noun and modifiers, the connector and article, the capitalised part's shape, what
the gazetteer and the statistical tagger say of it, the words before it) and never the capitalised words
themselves, so the model carries to places and names it has not seen. One multinomial logistic regression over
ORGANIZATION, LOCATION and "not a name", trained by ``reportgraph.train.phrases`` (``make train``), scores each
candidate; the best-scoring candidate from each head above the model's threshold becomes a name of that type
(``learned_phrases``: a shape finder, before the rules' own French finders). The model file is JSON in
``reportgraph/data/models``; where the package has none for the language (English), the finder stands aside.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from .candidates import Candidate, doc_text, is_cap, make_candidate
from .gazetteer import lookup
from .language import per_language, shipped_model
from .lexicons import lexicons
from .linear import NONE, SoftmaxModel
from .names import fold, name_key

MODEL_FILE = "phrases.json"
LABELS = ("ORGANIZATION", "LOCATION", NONE)
SHAPE = "phrase"  # the candidates' shape (``classify`` types them by the model's label)
METHOD = "phrase+learned"  # their mentions' method (the suffix of learned_events.LEARNED)

CONNECTORS = frozenset({"de", "d", "du", "des"})  # between the lower-case part and the capitalised one
_COMPLEMENTS = frozenset({"de", "d", "du", "des", "pour", "et", "a", "au", "aux"})  # inside the lower-case part
_ARTICLES = frozenset({"le", "la", "l", "les"})
# lower-case words inside a capitalised run ("Kambi ya Jua", "Oum al-Aranib", "Logone-et-Chari")
_PARTICLES = frozenset({"al", "el", "ez", "es", "ed", "ad", "ag", "ben", "ould", "ya", "et", "du", "de", "la", "le",
                        "des", "wa", "wal", "ibn", "bin"})
_DETERMINERS = _ARTICLES | {"du", "au", "aux", "des", "un", "une", "ce", "cet", "cette", "son", "sa", "ses", "leur"}
MAX_LOWER = 7  # tokens between the head noun and the connector
MAX_CAPS = 6  # tokens of the capitalised run


def _w(tok: Token) -> str:
    return fold(tok.text).strip("'\u2019")


@dataclass(frozen=True)
class Phrase:
    """One candidate: tokens ``start:end``; the head noun is ``start``, the connector ``link``, the capitalised
    run starts at ``caps``; ``mods`` are the folded lower-case words between (a complement joined to its
    preposition: "de_vigilance"); ``article`` the article after the connector ("de la", "de l'"), if any."""

    start: int
    end: int
    link: int
    caps: int
    mods: tuple[str, ...]
    connector: str
    article: str | None


def _in_caps_run(doc: Doc, k: int, e: int) -> bool:
    """Whether token ``e`` goes on the capitalised run started at ``k``: a capitalised word (no verb), a hyphen
    before a word, a name particle before a capitalised word, a lower-case word after a hyphen
    ("Logone-et-Chari")."""
    t = doc[e]
    if is_cap(t):
        return t.pos_ not in ("VERB", "AUX")
    if e == k:
        return False
    after = doc[e + 1] if e + 1 < len(doc) else None
    if t.text == "-":
        return after is not None and (is_cap(after) or after.text.islower())
    if t.text.islower() and _w(t) in _PARTICLES and after is not None and is_cap(after):
        return True
    return t.text.islower() and t.is_alpha and doc[e - 1].text == "-"


def _caps_end(doc: Doc, k: int) -> int:
    """The end of the capitalised run at ``k`` (``_in_caps_run``), less a hyphen or particle left at its end."""
    e = k
    while e < len(doc) and e - k < MAX_CAPS and _in_caps_run(doc, k, e):
        e += 1
    while e > k and (doc[e - 1].text == "-" or (doc[e - 1].text.islower() and _w(doc[e - 1]) in _PARTICLES)):
        e -= 1
    return e


def candidates(doc: Doc) -> list[Phrase]:
    """Every phrase of the document shaped as a lower-case-headed name (the module's docstring), in text order;
    one head may give two (with and without a lower-case adjective after the capitalised run)."""
    out: list[Phrase] = []
    n = len(doc)
    descriptors = lexicons().descriptor_nouns
    for i, t in enumerate(doc):
        if not (t.pos_ == "NOUN" and t.text.islower() and t.is_alpha and len(t.text) > 2):
            continue
        descriptor = _w(t) in descriptors
        j = i + 1
        mods: list[str] = []
        while j < n and j - i <= MAX_LOWER:
            x = doc[j]
            wx = _w(x)
            if x.text.islower() and x.is_alpha and x.pos_ in ("ADJ", "VERB") and wx not in _COMPLEMENTS:
                mods.append(wx)
                j += 1
                continue
            nxt = doc[j + 1] if j + 1 < n else None
            if wx in CONNECTORS and nxt is not None:
                k = j + 1
                article = None
                if _w(doc[k]) in _ARTICLES and doc[k].text.islower():
                    article = _w(doc[k])
                    k += 1
                if k < n and is_cap(doc[k]) and not (descriptor and not mods):
                    # (a descriptor noun alone before the place, "la commune de X", "le camp de X", is the rules'
                    # reading: the place alone is the name, lexicons/fr/geo_nouns.tsv)
                    e = _caps_end(doc, k)
                    if e > k:
                        out.append(Phrase(i, e, j, k, tuple(mods), wx, article))
                        if e < n and doc[e].text.islower() and doc[e].pos_ == "ADJ":
                            out.append(Phrase(i, e + 1, j, k, tuple(mods), wx, article))
                    break
            if wx in _COMPLEMENTS and nxt is not None and nxt.text.islower() and nxt.is_alpha \
                    and (nxt.pos_ in ("NOUN", "ADJ") or nxt.tag_ == "VBN"):
                # "comité de vigilance", "école ... pour filles", "camp de déplacés" (a participle as a noun)
                mods.append(f"{wx}_{_w(nxt)}")
                j += 2
                continue
            break
    return out


def features(doc: Doc, p: Phrase, counts: Counter[str] | None = None) -> list[str]:
    """Sparse features of one candidate (strings; present = 1); never its capitalised words. ``counts``: how
    many candidates of the document have each name key (a phrase the report repeats is more likely a name)."""
    lex = lexicons()
    head = _w(doc[p.start])
    f = [f"h:{head}", f"hsuf:{head[-3:]}", f"con:{p.connector}", f"art:{p.article}", f"nmods:{min(len(p.mods), 3)}"]
    f += [f"m:{m}" for m in p.mods]
    if p.mods:
        f.append(f"hm:{head}_{p.mods[0]}")
    place = lookup(doc[p.caps : p.end].text)
    f.append(f"gaz:{place.kind if place else None}")
    f.append(f"ner:{doc[p.caps].ent_type_ or 'none'}")
    f.append(f"caplen:{min(p.end - p.caps, 3)}")
    if doc[p.end - 1].text.islower():
        f.append("ends_lower")
    before = doc[p.start - 1] if p.start > 0 else None
    f.append(f"before:{_w(before) if before is not None else '^'}")
    if before is not None and _w(before) in _DETERMINERS:
        b2 = doc[p.start - 2] if p.start > 1 else None
        f.append(f"before2:{_w(b2) if b2 is not None else '^'}")
        f.append(f"before2pos:{b2.pos_ if b2 is not None else '^'}")
    f.append(f"hdep:{doc[p.start].dep_}")
    f.append(f"hplural:{doc[p.start].text.endswith(('s', 'x'))}")
    f.append(f"hinst:{head in lex.institutions}")
    f.append(f"hunit:{head in lex.unit_nouns}")
    f.append(f"hhead:{head in lex.org_heads}")
    if counts is not None:
        f.append(f"rep:{counts[name_key(doc[p.start : p.end].text)] > 1}")
    f.append(f"after:{_w(doc[p.end]) if p.end < len(doc) else '$'}")
    return f


def document_features(doc: Doc) -> list[tuple[Phrase, list[str]]]:
    """Each candidate of the document with its features."""
    cands = candidates(doc)
    counts = Counter(name_key(doc[p.start : p.end].text) for p in cands)
    return [(p, features(doc, p, counts)) for p in cands]


class PhraseModel(SoftmaxModel):
    """The name finder's model (``linear.SoftmaxModel``): ``best`` gives the likelier of the two name types."""

    def to_json(self) -> dict[str, Any]:
        return {"weights": dict(sorted(self.weights.items())), "intercepts": self.intercepts,
                "threshold": self.threshold, "meta": self.meta}


@per_language
def default_model() -> PhraseModel | None:
    """The shipped model, or None when the package has none for the language (the finder stands aside)."""
    raw = shipped_model(MODEL_FILE)
    return None if raw is None else PhraseModel.from_json(raw)


def chosen(doc: Doc, model: PhraseModel) -> list[tuple[Phrase, str, float]]:
    """The candidates the model names: per head noun, its best-scoring candidate at or above the threshold, with
    its type and probability; overlapping ones give way to the likelier."""
    best: dict[int, tuple[Phrase, str, float]] = {}
    for p, fs in document_features(doc):
        label, prob = model.best(fs)
        if prob >= model.threshold and (p.start not in best or prob > best[p.start][2]):
            best[p.start] = (p, label, prob)
    out: list[tuple[Phrase, str, float]] = []
    for item in sorted(best.values(), key=lambda x: -x[2]):
        if all(item[0].end <= o[0].start or o[0].end <= item[0].start for o in out):
            out.append(item)
    return sorted(out, key=lambda x: x[0].start)


def learned_phrases(doc: Doc, taken: list[bool], model: PhraseModel | None = None) -> list[Candidate]:
    """The shape finder: the model's names (``chosen``) whose tokens no earlier finder took, typed by the model
    (``classify`` keeps the type: shape ``phrase``)."""
    model = model or default_model()
    if model is None:
        return []
    out = []
    for p, label, _prob in chosen(doc, model):
        if any(taken[p.start : p.end]):
            continue
        c = make_candidate(doc, p.start, p.end, SHAPE)
        c.type, c.method = label, METHOD
        if label == "LOCATION":
            # a place named by its noun answers to the bare place too ("le site gazier d'In Amenas" and a later
            # "In Amenas"), as the rules' "la région de Mopti" does; an organisation's place never joins it
            c.also.append(doc_text(doc)[doc[p.caps].idx : c.end_char])
        out.append(c)
    return out
