"""Relation classification over pairs of entity mentions in one sentence, learned from the corpus.

Every pair of mentions of two different local entities in a sentence is described by sparse,
binary features of the language between them (the words between, the dependency path, the words
around, the entity types, an organisation's head noun) and never by the entities' own names, so the
model carries to actors it has not seen. A linear model per label, trained by
``reportgraph.train.relations`` (``make train``), scores each pair; labels say the predicate and
which mention is the subject (``MEMBER_OF>``: the first mention is the subject, ``<``: the second,
``=``: a symmetric predicate). The model file is JSON in ``reportgraph/data/models``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Relation, Span
from ..ontology import Ontology
from .candidates import column
from .cue_words import Cue, lemma_matches
from .event_slots import OBJ, _subject_of
from .language import current_language, per_language, shipped_model
from .lexicon import default_lexicon
from .linear import Table
from .mentions import EntityIndex, Hit
from .timeline import tells

if TYPE_CHECKING:
    from .coref import References

MODEL_FILE = "relations.json"
MAX_HITS = 24  # mentions per sentence considered (a list of 40 names is not read pair by pair)
MAX_GAP = 40  # tokens between two mentions


@dataclass(frozen=True)
class Pair:
    """Two mentions of different entities in one sentence, in text order."""

    a: Hit
    b: Hit
    sent: SpacySpan


def pairs(index: EntityIndex, refs: References | None = None) -> Iterator[Pair]:
    """The candidate pairs of a document: per sentence, the nearest two mentions of each two entities;
    with ``refs``, in French, a subject "il" or "elle" standing for an entity the sentence does not name
    is a mention of it (``References.stand_ins``, as a ``StandIn``)."""
    doc = index.doc
    hits = index.hits
    j = 0
    for sent in doc.sents:
        inside = []
        while j < len(hits) and hits[j].start < sent.end:
            if hits[j].start >= sent.start and hits[j].end <= sent.end:
                inside.append(hits[j])
            j += 1
        if refs is not None and inside:
            stand = [_stand_in(index, i, key) for i, key in refs.stand_ins(sent.start, sent.end)]
            inside = sorted(inside + stand, key=lambda h: h.start) if stand else inside
        if len(inside) < 2 or len(inside) > MAX_HITS:
            continue
        best: dict[tuple[str, str], tuple[int, Hit, Hit]] = {}
        for x in range(len(inside)):
            for y in range(x + 1, len(inside)):
                a, b = inside[x], inside[y]
                if a.key == b.key or b.start - a.end > MAX_GAP:
                    continue
                if isinstance(a, StandIn) and not _in_clause(doc, a, b):
                    continue
                if isinstance(b, StandIn) and not _in_clause(doc, b, a):
                    continue
                k = (a.key, b.key) if a.key < b.key else (b.key, a.key)
                gap = b.start - a.end
                if k not in best or gap < best[k][0]:
                    best[k] = (gap, a, b)
        for _, a, b in sorted(best.values(), key=lambda t: (t[1].start, t[2].start)):
            yield Pair(a, b, sent)


@dataclass(frozen=True)
class StandIn(Hit):
    """A reference (a subject pronoun) taken as a mention of the entity it stands for (``pairs``)."""


def _in_clause(doc: Doc, pronoun: Hit, named: Hit) -> bool:
    """Whether a named mention hangs in the pronoun's own clause: reached from its verb through no other verb
    and within three steps ("il rejoint le X", "elle est mariée à Y"; not "elle obtient la libération de
    bergers enlevés par X")."""
    verb = doc[pronoun.start].head
    t = doc[named.start:named.end].root
    for _ in range(4):
        if t.i == verb.i:
            return True
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _stand_in(index: EntityIndex, i: int, key: str) -> Hit:
    tok = index.doc[i]
    return StandIn(key, index.entities[key].type, i, i + 1, tok.idx, tok.idx + len(tok))


def word_class(t: Token) -> str:
    """A word as the learned models see it: its lemma, or <num> and <propn> (never a name)."""
    if t.like_num:
        return "<num>"
    if t.pos_ == "PROPN":
        return "<propn>"
    return t.lemma_.lower()


WORD_CLASSES_KEY = "reportgraph.word_classes"


def word_classes(doc: Doc) -> tuple[str, ...]:
    """``word_class`` of every token of a parsed document, built once (its ``user_data``): a document's
    pairs read the same tokens' classes again and again, each time through a new ``Token`` (about
    150,000 reads for 134 reports)."""
    got = doc.user_data.get(WORD_CLASSES_KEY)
    if got is None:
        nums = doc.to_array([LIKE_NUM]).tolist() if len(doc) else []
        got = doc.user_data[WORD_CLASSES_KEY] = tuple(
            "<num>" if num else "<propn>" if pos == "PROPN" else lemma.lower()
            for num, pos, lemma in zip(nums, column(doc, "pos_"), column(doc, "lemma_"), strict=True))
    return got  # type: ignore[no-any-return]  # user_data holds Any


def _root(doc: Any, h: Hit) -> Token:
    return doc[h.start:h.end].root


def features(index: EntityIndex, p: Pair, ranks: dict[str, int] | None = None) -> list[str]:
    """The sparse features of one pair (strings; present = 1); ``ranks``: ``entity_ranks`` of the index,
    when already computed."""
    doc = index.doc
    wc = word_classes(doc)  # wc[t.i] == word_class(t)
    classes = _trigger_classes()
    a, b = p.a, p.b
    ra, rb = _root(doc, a), _root(doc, b)
    f = [f"types={a.type}|{b.type}"]
    f += [f"ref{side}" for side, h in (("a", a), ("b", b)) if isinstance(h, StandIn)]
    n = max(0, b.start - a.end)  # the tokens between
    f.append(f"gap={min(n, 8) if n < 8 else (12 if n < 12 else (20 if n < 20 else 40))}")
    if n <= 12:
        lems = list(wc[a.end:b.start])
        f += [f"bw:{x}" for x in lems]
        f += [f"bb:{x}_{y}" for x, y in zip(lems, lems[1:], strict=False)]
        f.append("bseq:" + " ".join(lems[:6]) if n <= 6 else "bseq:long")
        f += [f"bcls:{c}" for x in lems if (c := classes.get(x))]
    if any(h.key not in (a.key, b.key) for h in index.in_range(a.end, b.start)):
        f.append("ent_between")
    for k, i in enumerate(range(a.start - 1, max(p.sent.start, a.start - 2) - 1, -1), 1):
        f.append(f"b{k}:{wc[i]}")
    for k, i in enumerate(range(b.end, min(p.sent.end, b.end + 2)), 1):
        f.append(f"a{k}:{wc[i]}")
    # the dependency path between the two mentions' roots
    up_a = [ra, *ra.ancestors]
    up_b = [rb, *rb.ancestors]
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    cut = next((k for k, t in enumerate(up_a) if t.i in ids_b), None)
    if cut is not None:
        top = up_a[cut]
        left = up_a[:cut]
        right = list(reversed(up_b[:ids_b[top.i]]))
        steps = [f"{t.dep_}^" for t in left] + [f"{wc[top.i]}"] + [f"v{t.dep_}" for t in right]
        if len(steps) <= 7:
            f.append("path:" + " ".join(steps))
        f.append("pathdeps:" + " ".join(s if s[-1] == "^" or s[0] == "v" else "*" for s in steps)[:80])
        for t in left[1:] + right[:-1]:
            f.append(f"pw:{wc[t.i]}")
        f += [f"pcls:{c}" for t in left[1:] + right[:-1] if (c := classes.get(wc[t.i]))]
        f.append(f"top:{wc[top.i]}")
        if c := classes.get(wc[top.i]):
            f.append(f"topcls:{c}")
        f += [f"rcue:{c}" for c in _relation_cue_classes().get(wc[top.i], ())]
        f.append(f"toppos:{top.pos_}")
        if top.i == ra.i:
            f.append("top=a")
        elif top.i == rb.i:
            f.append("top=b")
        f.append(f"len={min(len(left) + len(right), 6)}")
    f.append(f"da:{ra.dep_}")
    f.append(f"db:{rb.dep_}")
    f.append(f"ha:{wc[ra.head.i]}")
    f.append(f"hb:{wc[rb.head.i]}")
    for side, h in (("a", a), ("b", b)):
        last = doc[h.end - 1]
        if h.type == "ORGANIZATION" and last.is_alpha and last.lower_ in _vocab_heads():
            f.append(f"head{side}:{last.lower_}")
        if h.start > 0 and doc[h.start - 1].lower_ in ("'s", "’s"):
            f.append(f"poss_before{side}")
        if h.end < len(doc) and doc[h.end].lower_ in ("'s", "’s"):
            f.append(f"poss_after{side}")
    # what the sentence says each mention is: the noun in apposition ("X, the leader of Y", "the
    # leader, X") or the copula's attribute ("X is a commander")
    for side, r in (("a", ra), ("b", rb)):
        f += [f"desc{side}:{wc[d.i]}" for d in _described_as(r)]
    # how central each entity is to the document: its rank by mentions among its type (1, 2, 3+);
    # the main group of a report is related to more of the places and actors its sentences name
    ranks = entity_ranks(index) if ranks is None else ranks
    f.append(f"ranka:{ranks.get(a.key, 3)}")
    f.append(f"rankb:{ranks.get(b.key, 3)}")
    return [f"{a.type[0]}{b.type[0]}|{x}" for x in f] + f


def place_cues_of(doc: Doc, p: Pair) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
    """``place_cue`` of each end of a pair that is a place (None for the others), as ("a", cue), ("b", cue): what
    the trainer keeps of each pair to apply ``classify``'s place filter while it chooses the thresholds (as
    features of the model, "the place's own phrase marks a birthplace" paired with the two types, they changed
    nothing measurable: docs/BENCHMARKS.md, "Thirtieth round (branch relclf36)")."""
    return (("a", place_cue(doc, p.a) if p.a.type == "LOCATION" else None),
            ("b", place_cue(doc, p.b) if p.b.type == "LOCATION" else None))


def _described_as(r: Token) -> list[Token]:
    """The nouns that say what a mention's head is: in apposition either way, or a copula's attribute."""
    out = [c for c in r.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if r.dep_ == "appos" and r.head.pos_ == "NOUN":
        out.append(r.head)
    if r.dep_ == "nsubj" and (r.head.lemma_ == "be" or r.head.lemma_ in _copulas()):
        out += [c for c in r.head.children if c.dep_ == "attr"]
    return out


@per_language
def _copulas() -> frozenset[str]:
    """The document language's copulas beyond "be" (``lexicon_fr.yaml``: "être", "devenir", "rester"), whose
    attribute says what their subject is ("X est le chef de Y", "X est devenu un cadre de Y"); none in English."""
    from .lexicon import default_lexicon

    return default_lexicon().copulas


def entity_ranks(index: EntityIndex) -> dict[str, int]:
    """Each entity's rank by its number of mentions among the entities of its type (1, 2, then 3 for
    the rest; ties in first-mention order)."""
    counts: dict[str, int] = {}
    for h in index.hits:
        counts[h.key] = counts.get(h.key, 0) + 1
    by_type: dict[str, list[str]] = {}
    for k in counts:  # hits are in text order: the first named first
        by_type.setdefault(index.entities[k].type, []).append(k)
    return {k: min(n, 3) for keys in by_type.values()
            for n, k in enumerate(sorted(keys, key=lambda k: -counts[k]), 1)}


@per_language
def _vocab_heads() -> frozenset[str]:
    from .lexicons import lexicons

    lex = lexicons()
    return lex.org_heads | lex.unit_nouns | lex.institutions


# the languages whose classifier reads the relation cue class of a path's top word (``_relation_cue_classes``): on
# French, every path word's class took the trainer's French dev F1 0.519 -> 0.5095 (docs/BENCHMARKS.md,
# "Thirty-second round (branch relclf38)"), and the top word's alone was not measured there
CUE_CLASS_LANGUAGES = frozenset({"en"})


@per_language
def _relation_cue_classes() -> dict[str, tuple[str, ...]]:
    """The lexicon's relation cue words -> the predicates they cue (``relation_cues``: "operate in", "branch of",
    "lead _obj"; and the leader, member and founder nouns, as "leader", "member", "founder"): the class of the word
    at the top of a pair's dependency path, the word that governs both mentions ("X operates in Y", "X is a branch
    of Y", "X, the commander of Y"). It carries where the word itself is too rare in the training pairs to weigh.
    Only the top word: every word on the path let a cue of a third party speak for the pair ("strikes coordinated
    with and in support of the government of X ... against Y" lost that government's hostility to Y on re3d).
    Empty outside ``CUE_CLASS_LANGUAGES``."""
    from .lexicon import default_lexicon

    if current_language() not in CUE_CLASS_LANGUAGES:
        return {}
    lex = default_lexicon()
    out: dict[str, set[str]] = {}
    for pred, cues in lex.relation_cues.items():
        for cue in cues:
            word = cue.partition(":")[0].split()[0]
            if word != "*":
                out.setdefault(word.lower(), set()).add(pred)
    for cls, words in (("leader", lex.leader_nouns), ("member", lex.member_nouns), ("founder", lex.founder_nouns)):
        for w in words:
            out.setdefault(w.lower(), set()).add(cls)
    return {w: tuple(sorted(c)) for w, c in out.items()}


@per_language
def _trigger_classes() -> dict[str, str]:
    """The ontology's one-word trigger lemmas -> their event type, the class of a word between a pair:
    it carries where the lemma itself is too rare in the training pairs to weigh ("overran its camps",
    "ambushed a patrol near": each an ATTACK; "captured the city of": an ARREST)."""
    from ..ontology import default_ontology

    classes: dict[str, str] = {}
    for et in default_ontology(current_language()).event_types.values():
        for trig in et.triggers:
            if " " not in trig:  # a word listed under two types keeps its first
                classes.setdefault(trig.lower(), et.name)
    return classes


def drops_on_place(pred: str, subj_type: str) -> bool:
    """Whether a learned relation of ``pred`` with a subject of ``subj_type`` is dropped where its object is
    a place ``place_cue`` marks (``classify``; the trainer's threshold choice applies the same filter): a
    person's ``OPERATES_IN``."""
    return pred == "OPERATES_IN" and subj_type == "PERSON"


PLACE_STEPS = 6  # the words climbed from a place up to the verb its phrase hangs from


def place_cue(doc: Doc, place: Hit) -> str | None:
    """Why a place mention is no actor's area of operations: "birth" or "captivity" where a word of
    ``place_cues.tsv`` governs its phrase, from its root up to the first verb ("born in X", "the abduction of
    tourists in southern X", "he was held in X"; "held" only in the passive), or
    "origin" where its first preposition is "from" under a noun ("a commander from X", "a specialist from
    the X area"; not "withdrew from X"). None for the rest ("based in X", "fighters in X")."""
    cues = _place_cues()
    t = doc[place.start:place.end].root
    first_prep = True
    for _ in range(PLACE_STEPS):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.dep_ == "prep" or t.pos_ == "ADP":
            if first_prep and t.lower_ == "from" and t.head.pos_ in ("NOUN", "PROPN"):
                return "origin"
            first_prep = False
            continue
        cue = cues.get(t.lower_) or cues.get(t.lemma_.lower())
        if cue == "held":  # only passive: "he was held in X" (not "the territory it held in X")
            cue = "captivity" if any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children) else None
        if cue is not None:
            return cue
        if t.pos_ in ("VERB", "AUX"):
            return None
    return None


AGREEMENT_STEPS = 3  # the words climbed from "between" to the agreement noun ("the agreement reached between")


def drops_on_agreement(pred: str) -> bool:
    """Whether a learned relation of ``pred`` is dropped where its two mentions are the parties of an agreement
    (``agreed_between``; ``classify``; the trainer's threshold choice applies the same filter): ``HOSTILE_TO``."""
    return pred == "HOSTILE_TO"


def agreed_between(doc: Doc, a: Hit, b: Hit) -> bool:
    """Whether the two mentions are the parties of "between X and Y" under a noun of ``agreement_cues.tsv``
    ("the agreement between X and Y", "the agreement reached yesterday between X and Y", "the deal on oil
    exports between X and Y": no hostility) that no word of class ``peace`` modifies ("a peace agreement
    between X and Y", "a ceasefire deal between ...": former enemies)."""
    x, y = (a, b) if a.start < b.start else (b, a)
    first = doc[x.start:x.end].root
    if first.dep_ != "pobj" or first.head.lower_ != "between" or not _and_before(doc, x.end, y.start):
        return False
    cues = _agreement_cues()
    t = first.head
    for _ in range(AGREEMENT_STEPS):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and cues.get(t.lemma_.lower()) == "agreement":
            return not _peace(t, cues)
        if t.pos_ in ("VERB", "AUX"):
            # "the agreement reached between": the noun the verb's clause hangs from; "we welcome the agreement
            # on 3 May between", "the agreement was signed on Monday between": the verb's object or subject
            nouns = [t.head] if t.dep_ in ("acl", "relcl") else [
                c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
            nouns = [n for n in nouns if cues.get(n.lemma_.lower()) == "agreement"]
            return bool(nouns) and not _peace(nouns[0], cues)
    return False


def reported_by(index: EntityIndex, teller: Hit, other: Hit, third_party: bool = True) -> bool:
    """Whether ``teller`` is the subject of a verb of telling ("say", "confirm", "report") and ``other`` lies
    in what it tells of a third party: a clause of the verb, or of its object noun ("X confirmed reports
    that G had killed 70 members of the Y tribe"), whose own subject is a name of another entity, with no
    pronoun in it that could stand for the teller ("the army said G attacked its base" keeps the army's
    hostility) and no name of the teller. The teller reports what others did; it is no party to it.
    ``third_party=False`` asks no named subject of the clause ("A strike hit two G vehicles, P said": a
    speaker is no member of the group he tells of, whoever acted; ``speaker_drops``)."""
    doc = index.doc
    subj = doc[teller.start:teller.end].root
    verb = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass") or not tells(verb):
        return False
    told = [c for c in verb.children if c.dep_ == "ccomp"] + [
        g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("acl", "ccomp", "relcl")]
    target = doc[other.start:other.end].root
    for clause in told:
        if not clause.is_ancestor(target) and clause.i != target.i:
            continue
        subjects = [index.hit_at(c) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if third_party and not any(h is not None and h.key != teller.key for h in subjects):
            return False
        return not any(t.tag_ in ("PRP", "PRP$") or (h := index.hit_at(t)) is not None and h.key == teller.key
                       for t in clause.subtree)
    return False


def speaker_drops(pred: str) -> bool:
    """Whether a learned relation of ``pred`` is dropped between a person who tells something and a group
    named in what he tells (``reported_by`` with ``third_party=False``): a person's tie to a group, which
    the told clause never states of its teller (``MEMBER_OF``, ``LEADER_OF``)."""
    return pred in ("MEMBER_OF", "LEADER_OF")


# the learned relations an end that is a supported operation does not hold (``supported_operation``)
SUPPORTED_DROPS = frozenset({"MEMBER_OF", "ALLY_OF"})


def supported_operation(doc: Doc, hit: Hit) -> bool:
    """Whether the mention is a named operation ("Operation X") that its sentence says is supported: the
    object of "support" ("P, who was supporting Operation X", "units that support Operation X") or what
    "in support of" governs. A supported operation is a mission, the work a unit or a person is sent to;
    they do not join it as a group nor ally with it (English)."""
    if doc[hit.start].lower_ != "operation" or hit.end - hit.start < 2:
        return False
    root = doc[hit.start:hit.end].root
    if root.dep_ == "dobj":
        return root.head.pos_ == "VERB" and root.head.lemma_.lower() == "support"
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "support"
            and prep.head.pos_ == "NOUN")


# the learned relations a person does not hold with a group he is said to leave (``left_by``)
LEAVING_DROPS = frozenset({"LEADER_OF", "FOUNDED"})
RELATIVE_SUBJECTS = frozenset({"who", "that", "which", "qui", "lequel", "laquelle"})


def left_by(doc: Doc, person: Hit, group: Hit) -> bool:
    """Whether the sentence says the person leaves the group: the group's mention is what a verb of leaving
    (the lexicon's ``departure_cues``: "leave X", "defect from X", "break away from X", "quitter X", "rompre
    avec X") leaves, and that verb's subject is the person's mention (a pronoun standing for him included; a
    relative pronoun stands for the noun its clause hangs from). Who leaves a group to found another is no
    founder or leader of the one he leaves by that sentence ("il quitte le Front et fonde la katiba T"); the
    corpus reads him as its member, which is kept."""
    span = doc[group.start:group.end]
    # every word of the mention that hangs outside it (the parser may hang a long name's last word apart)
    for g in (t for t in span if not group.start <= t.head.i < group.end):
        verb = _leaving_verb(g)
        if verb is not None and _subject_is(verb, person):
            return True
    return False


def _leaving_verb(g: Token) -> Token | None:
    """The verb of leaving whose object, or whose cue's preposition's object, is ``g`` (``left_by``)."""
    verb, slot = (g.head, "_obj") if g.dep_ in OBJ else (None, "")
    if verb is None and g.dep_ == "pobj" and g.head.dep_ == "prep":
        slot, verb = g.head.lower_, g.head.head
        if verb.dep_ in ("prt", "advmod") and verb.head.i != verb.i:
            verb = verb.head  # "broke away from X": "from" hangs on "away"
    if verb is None and g.dep_.startswith(("obl", "nmod")):
        slot, verb = next((c.lower_ for c in g.children if c.dep_ == "case"), ""), g.head  # "rompre avec X"
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if any(cue.slot == slot and lemma_matches(verb, cue.lemma) for cue in _departure_cues()) else None


def _subject_is(verb: Token, person: Hit) -> bool:
    """Whether the verb's subject is the person's mention (a relative pronoun: the noun its clause hangs from)."""
    subj = _subject_of(verb)
    if subj is None:
        return False
    tok = subj[1]
    if tok.lower_ in RELATIVE_SUBJECTS and verb.dep_ in ("relcl", "acl:relcl", "acl") and verb.head.i != verb.i:
        tok = verb.head  # "X, who left G in 2015, ..."
    return person.start <= tok.i < person.end


@per_language
def _departure_cues() -> tuple[Cue, ...]:
    return tuple(Cue.parse("", c) for c in default_lexicon().departure_cues)


NOUN_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})


def _phrase_head(doc: Doc, hit: Hit) -> Token:
    """The head noun of the phrase a mention opens as a modifier ("ISIL planners", "the council's members")."""
    t = doc[hit.start:hit.end].root
    while t.dep_ in NOUN_MODIFIERS and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    return t


PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT"})


# the words that open a clause of circumstance ("when the rebellion in X resumed"); "after" and "because" open the
# cause an actor answers, often in its own area ("G was formed after raiders burned villages near X"), kept
CIRCUMSTANCE_MARKS = frozenset({"when", "while", "whereas"})


def clause_apart(doc: Doc, actor: Hit, place: Hit) -> bool:
    """Whether the place lies in a subordinate clause of another named subject: the first verb above the place
    heads a relative, complement or "when" clause with a proper name in its subject (the place's own words
    aside) and no pronoun, and the actor's mention lies outside that clause ("P was no newcomer when the
    Tuareg rebellion in X resumed", "the tie explains why B's men could operate in X": X is where the
    rebellion or B's men act, not P). A clause joined by "and" goes on with the same actors ("G and H
    fought in Y, and P led an attack near X": P may be G's), and so does an "after" clause (the cause an
    actor answers, "G was formed after B raiders burned villages near X"), a pronoun ("G took the town, and
    its fighters entered X") or an unnamed subject ("the two groups fought in X"), which may stand for the
    actor (English)."""
    t = doc[place.start:place.end].root
    while t.pos_ not in ("VERB", "AUX"):
        if t.head.i == t.i:
            return False
        t = t.head
    verb = t
    if not (verb.dep_ in ("relcl", "ccomp", "acl") or verb.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in CIRCUMSTANCE_MARKS for c in verb.children)):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(verb.is_ancestor(w) or w.i == verb.i for w in doc[actor.start:actor.end]):
        return False
    if verb.dep_ == "relcl" and actor.start <= verb.head.i < actor.end:
        return False  # the clause tells of the actor ("the militias, that the government armed in X")
    if any(w.tag_ in ("PRP", "PRP$") for w in verb.subtree):
        return False  # a pronoun of the clause may be the actor ("the flat in X where he was hiding")
    words = [w for s in subjects for w in s.subtree if not place.start <= w.i < place.end]
    return any(w.pos_ == "PROPN" for w in words) and not any(w.tag_ in PRONOUN_TAGS or w.pos_ == "PRON" for w in words)


# the verbs that post a person to a unit ("P was assigned to U"): his unit, not an ally or an enemy
POSTING_VERBS = frozenset({"assign", "attach", "post", "second", "detail", "reassign"})
POSTING_DROPS = frozenset({"ALLY_OF", "HOSTILE_TO"})


def posted_to(doc: Doc, person: Hit, group: Hit) -> bool:
    """Whether the sentence says the person is posted to the group: the group's mention is the object of
    "to" under a verb of ``POSTING_VERBS`` whose passive subject is the person's mention, or a relative
    pronoun of the clause that hangs from it ("P was assigned to U", "P, who was attached to U") (English)."""
    g = doc[group.start:group.end].root
    prep = g.head
    if g.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() not in POSTING_VERBS:
        return False
    verb = prep.head
    for s in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if s.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
            s = verb.head
        if person.start <= s.i < person.end:
            return True
    return False


# a part of a group ("its armed wing, Y"): the group's unit nouns and "component" ("company" is a business as often)
PART_EXTRA = frozenset({"component"})
PART_OTHER = frozenset({"company"})


def part_named(doc: Doc, a: Hit, b: Hit) -> bool:
    """Whether one mention names a part of the other: it stands in apposition with a unit noun (the
    lexicon's ``unit_nouns``, "component"), and the other mention is that noun's owner ("its Arab component,
    the Y" under X's phrase, "X's wing, Y", "Y, the armed wing of X"). A group's wing or component is a
    subunit of it, no ally; what a relative clause of the noun tells is not its owner ("Y, a company in Z
    that bought engines for X") (English)."""
    parts = (default_lexicon().unit_nouns | PART_EXTRA) - PART_OTHER
    for one, other in ((a, b), (b, a)):
        r, o = doc[one.start:one.end].root, doc[other.start:other.end].root
        nouns = [r.head] if r.dep_ == "appos" else []
        nouns += [c for c in r.children if c.dep_ == "appos"]
        for noun in (n for n in nouns if n.lemma_.lower() in parts):
            # the noun inside the other's phrase ("X, made up of ... its component, the Y"), not through Y's own
            if noun.i == r.head.i and o.is_ancestor(noun) or _owner_of(noun, o):
                return True
    return False


def _owner_of(noun: Token, o: Token) -> bool:
    """Whether ``o`` owns the noun: its possessive ("X's wing") or the object of its "of" ("the wing of X")."""
    return o.head.i == noun.i and o.dep_ == "poss" or (
        o.dep_ == "pobj" and o.head.lower_ == "of" and o.head.head.i == noun.i)


def listed_together(doc: Doc, a: Hit, b: Hit) -> bool:
    """Whether the two mentions (or the phrases they modify) are items of one list, neither its subject nor
    what "between" or "among" joins: "his links to G planners and C members", "weapons supplied to X and Y".
    A list names people on one side of what the sentence says; the two sides of a fight are joined as
    "between X and Y" or as the subjects of a verb ("X and Y clashed"), which are kept."""
    first, second = sorted((_phrase_head(doc, a), _phrase_head(doc, b)), key=lambda t: t.i)
    t = second
    while t.dep_ == "conj" and t.head.i != t.i and t.i > first.i:
        t = t.head
    if t.i != first.i:
        return False
    if first.dep_ in ("nsubj", "nsubjpass") or first.head.lower_ in ("between", "among", "amongst"):
        return False
    return not any(w.lower_ in ("between", "among", "amongst") for w in doc[first.sent.start:first.i])


def _peace(noun: Token, cues: dict[str, str]) -> bool:
    """Whether a word before the agreement noun, in its phrase, makes it the end of a fight ("a peace
    agreement", "the ceasefire deal", "a non-aggression accord")."""
    return any(cues.get(c.lemma_.lower()) == "peace" or cues.get(c.lower_) == "peace"
               for c in noun.subtree if c.i < noun.i)


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _and_before(doc: Doc, end: int, start: int) -> bool:
    """Whether the mention at token ``start`` is the second party of "between X and Y", X ending at ``end``:
    "and" before it (a determiner between), and no finite verb or semicolon from X to the "and" ("between X,
    led by P, and the Y": the parser often hangs the second party elsewhere, so the words are read)."""
    i = start - 1
    while i >= end and doc[i].pos_ == "DET":
        i -= 1
    if i < end or doc[i].lower_ != "and":
        return False
    return not any(t.tag_ in FINITE or t.text == ";" for t in doc[end:i])


@per_language
def _agreement_cues() -> dict[str, str]:
    from .lexicons import pairs as lexicon_pairs

    return lexicon_pairs("agreement_cues.tsv", current_language())


@per_language
def _place_cues() -> dict[str, str]:
    from .lexicons import pairs as lexicon_pairs

    return lexicon_pairs("place_cues.tsv", current_language())


@dataclass
class RelationModel:
    """A linear model per label: weights by feature, an intercept and a decision threshold."""

    weights: dict[str, dict[str, float]]  # feature -> label -> weight
    intercepts: dict[str, float]
    threshold: float
    meta: dict[str, Any]
    # a label's own threshold where the dev split chose one apart from the common one
    thresholds: dict[str, float] = field(default_factory=dict)

    def threshold_of(self, label: str) -> float:
        return self.thresholds.get(label, self.threshold)

    @cached_property
    def table(self) -> Table:
        """The weights compiled for scoring (``linear.Table``), on first use."""
        return Table(self.weights, self.intercepts)

    def scores(self, feats: list[str]) -> dict[str, float]:
        return self.table.sigmoids(feats)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> RelationModel:
        return cls(weights=raw["weights"], intercepts=raw["intercepts"], threshold=float(raw["threshold"]),
                   meta=raw.get("meta", {}),
                   thresholds={str(k): float(v) for k, v in (raw.get("thresholds") or {}).items()})

    def to_json(self) -> dict[str, Any]:
        """What ``from_json`` reads (the shipped file's form: features sorted)."""
        return {"weights": dict(sorted(self.weights.items())), "intercepts": self.intercepts,
                "threshold": self.threshold, "thresholds": self.thresholds, "meta": self.meta}


@per_language
def default_model() -> RelationModel | None:
    """The shipped model, or None when the package has none (then only the rules run)."""
    raw = shipped_model(MODEL_FILE)
    return None if raw is None else RelationModel.from_json(raw)


def pair_features(index: EntityIndex, refs: References | None = None) -> list[tuple[Pair, list[str]]]:
    """Every candidate pair of the document with its features (read by this classifier and by the
    document-level one, ``doc_relations``, computed once for both)."""
    ranks = entity_ranks(index)
    return [(p, features(index, p, ranks)) for p in pairs(index, refs)]


def classify(index: EntityIndex, onto: Ontology, model: RelationModel | None = None,
             featured: list[tuple[Pair, list[str]]] | None = None) -> list[Relation]:
    """The relations the model finds between the mentions of each sentence, best score per triple
    (``featured``: ``pair_features`` of the index, when already computed)."""
    model = model or default_model()
    if model is None:
        return []
    found: dict[tuple[str, str, str], Relation] = {}
    for p, feats in (pair_features(index) if featured is None else featured):
        for label, prob in model.scores(feats).items():
            if prob < model.threshold_of(label):
                continue
            pred, direction = label[:-1], label[-1]
            subj, obj = (p.b, p.a) if direction == "<" else (p.a, p.b)
            if not onto.check_relation(pred, subj.type, obj.type):
                continue
            if drops_on_place(pred, subj.type) and place_cue(index.doc, obj) is not None:
                continue  # a person's birthplace, origin or place of captivity (a group's captives are held
                # where it operates: "the group detains civilians in X")
            if drops_on_agreement(pred) and agreed_between(index.doc, p.a, p.b):
                continue  # the two parties of an agreement ("the agreement reached between X and Y")
            if pred == "HOSTILE_TO" and (reported_by(index, p.a, p.b) or reported_by(index, p.b, p.a)):
                continue  # a reporter and what it reports of a third party ("X confirmed that G killed Y")
            if speaker_drops(pred) and subj.type == "PERSON" and reported_by(index, subj, obj, third_party=False):
                continue  # a speaker and a group in what he tells ("A strike hit two G vehicles, P said")
            if pred in SUPPORTED_DROPS and current_language() == "en" and (
                    supported_operation(index.doc, p.a) or supported_operation(index.doc, p.b)):
                continue  # an operation others support is no group they join or ally with ("P, who was
                # supporting Operation X, was assigned to U")
            if pred in LEAVING_DROPS and subj.type == "PERSON" and left_by(index.doc, subj, obj):
                continue  # a man and the group he leaves ("il quitte le Front et fonde la katiba T")
            if pred == "HOSTILE_TO" and current_language() == "en" and listed_together(index.doc, p.a, p.b):
                continue  # two items of one list ("his links to G planners and C members")
            if pred == "OPERATES_IN" and current_language() == "en" and clause_apart(index.doc, subj, obj):
                continue  # a place of another subject's clause ("P was no newcomer when the rebellion in X resumed")
            if pred in POSTING_DROPS and current_language() == "en" and (
                    subj.type == "PERSON" and posted_to(index.doc, subj, obj)
                    or obj.type == "PERSON" and posted_to(index.doc, obj, subj)):
                continue  # a man and the unit he is posted to ("P was assigned to U")
            if pred == "ALLY_OF" and current_language() == "en" and part_named(index.doc, p.a, p.b):
                continue  # a group and its wing or component ("its Arab component, the Y")
            key = (subj.key, pred, obj.key)
            if pred in onto.predicates and onto.predicates[pred].symmetric:
                key = (min(subj.key, obj.key), pred, max(subj.key, obj.key))
            if key in found and found[key].confidence >= prob:
                continue
            sent = p.sent
            found[key] = Relation(subj.key, pred, obj.key,
                                  evidence=[Span(sent.start_char, sent.end_char, sent.text)],
                                  confidence=round(prob, 3), method="learned")
    return [found[k] for k in sorted(found)]
