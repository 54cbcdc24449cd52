"""Relations read at the level of the document: each pair of its entities, with the evidence of all
their mentions, scored by a learned linear model.

A relation is often never stated inside one sentence: an encyclopedia entry names its group once and
then says "the group attacked X", a wire report's actor and the towns of its attacks sit sentences
apart, and two sides of a clash are named in the events rather than side by side. For each pair of
the document's resolved entities (its coreference and alias clusters), this component gathers:

* where they meet: sentences naming both, or one named and the other referred to ("it", "the
  group", as ``coref.References`` resolves them), sentences next to each other, and how far apart
  their mentions are at best;
* the language of those meetings: the sentence classifier's own features of the nearest pair in
  each shared sentence (``learned_relations.features``), and of a reference and the nearest name in a
  sentence naming one and referring to the other ("the group then attacked X"); for the nearest
  adjacent sentences the words that govern each mention;
* the events the document extracts: the roles the two hold in one event, or one as participant and
  the other as the event's place, with the slot the place was read in (``place_slot``);
* each entity's role in the document: how often it is named and its rank among its type, whether it
  is the document's topic (the most named actor) or named in its first sentence;
* the paragraphs (blank lines part them): how many paragraphs apart the two are at best, whether one
  is the topic of a paragraph naming the other (the actor it names or refers to most: "The brigade
  ... Its men ... The market of X"), or named in the heading over a sentence naming the other (a
  line of its own without a full stop: a title, "Notes on X");
* for two places, whether the gazetteer (``gazetteer.lookup``: GeoNames, pycountry, the curated
  places; GeoNames' and ISO 3166-2's provinces and regions, ``containment``) puts one inside the
  other, a town or region in a country the document names, or a town in its GeoNames region ("Macomia"
  in "Cabo Delgado", "Maiduguri" in "Borno State"): a report names a town and, sentences away, its
  province or country, leaving the containment to the reader's geography. Such a pair is a candidate
  however far apart the two are named.

It reads the predicates a report states across sentences (``PREDICATES``: OPERATES_IN, LOCATED_IN,
HOSTILE_TO, ALLY_OF), and MEMBER_OF for a pair that meets only next door (``NEAR_PREDICATES``,
``DocView.near``: never named in one sentence, one named and the other referred to in a sentence, or
each in one of two adjacent sentences), and adds a relation only where the rules and the sentence
classifier found none.

Features are strings (present = 1), never the entities' names. One linear model per label (the
labels of ``learned_relations``: the predicate, and ``>`` the first-named entity is the subject,
``<`` the second, ``=`` symmetric), trained by ``reportgraph.train.doc_relations`` (``make train``),
scores each pair; the file is JSON in ``reportgraph/data/models``. Where the package has no model for
the language, the component stands aside.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Event, Relation, Span
from ..ontology import Ontology
from .containment import region_key, region_of_name, town_regions
from .coref import References
from .gazetteer import lookup
from .language import current_language, per_language, shipped_model
from .learned_relations import Pair, RelationModel, StandIn, entity_ranks, word_class
from .learned_relations import features as pair_language
from .lexicon import default_lexicon
from .mentions import EntityIndex, Hit

MODEL_FILE = "doc_relations.json"
# The predicates read at document level: presence, containment, fighting and alliance are what a
# report states across sentences and through its events. Roles, kinship and lineage (LEADER_OF,
# MEMBER_OF, SUBUNIT_OF, SUCCESSOR_OF ...) are stated in one sentence, where the rules and the
# sentence classifier read them; learned over the document they joined a history's name stages
# wrongly (the shared dev set's relation F1 fell from 0.783 to 0.725 with them, docs/BENCHMARKS.md).
PREDICATES = frozenset({"OPERATES_IN", "LOCATED_IN", "HOSTILE_TO", "ALLY_OF"})
# A membership read across neighbouring sentences only: a pair never named in one sentence that meets
# where one sentence names one and refers to the other ("Y trains recruits for the group", the group
# standing for X) or in two sentences next to each other ("... who led X's operational wing. Among the
# prisoners is his deputy, Y"). Read over the whole document the roles joined a renamed group's stages
# to the wrong people; next door they are a profile's second sentence about its subject. LEADER_OF,
# AFFILIATED_WITH, SUBUNIT_OF, FOUNDED and CITIZEN_OF next door were measured and left out (they added
# no right relation on the dev split at the model's thresholds, LEADER_OF wrong ones below them:
# docs/BENCHMARKS.md, "Thirty-first round (branch proserel37)").
NEAR_PREDICATES = frozenset({"MEMBER_OF"})
MAX_ENTITIES = 40  # the most named entities of a document whose pairs are read
_REF_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "pobj"})
_ACTORS = ("ORGANIZATION", "PERSON")
_STOPS = frozenset('.!?;:,"\'”’)')
_HEADING_TOKENS = 12  # the longest heading line
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")  # matched in place: no copy of the rest of a long text


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


@dataclass
class _Profile:
    """Where one entity is in the document."""

    named: set[int]  # sentences naming it
    referred: set[int]  # sentences referring to it without naming it
    count: int
    first: int  # token index of its first mention
    context: dict[int, list[str]]  # sentence -> the words governing its mentions there


class DocView:
    """What the pair features read of one document, computed once."""

    def __init__(self, index: EntityIndex, refs: References, events: Iterable[Event]) -> None:
        doc = index.doc
        self.index = index
        self.sents = list(doc.sents)
        sent_of = {}
        for n, s in enumerate(self.sents):
            sent_of[s.start] = n
        starts = sorted(sent_of)
        from bisect import bisect_right

        def sent_index(tok_i: int) -> int:
            return sent_of[starts[bisect_right(starts, tok_i) - 1]]

        self.profiles: dict[str, _Profile] = {}
        for h in index.hits:
            n = sent_index(h.start)
            p = self.profiles.get(h.key)
            if p is None:
                p = self.profiles[h.key] = _Profile(set(), set(), 0, h.start, {})
            p.named.add(n)
            p.count += 1
            root = doc[h.start:h.end].root
            p.context.setdefault(n, []).append(_governor(root))
        # mentions by reference: pronouns and "the group"-like heads the resolver ties to one entity
        # (the heads of "the" found in one pass: a token's children are slow to walk)
        the_heads = {t.head.i for t in doc if t.lower_ == "the" and t.dep_ == "det"}
        standing: list[tuple[int, Hit]] = []  # (sentence, a reference taken as a mention of its entity)
        for tok in doc:
            if tok.dep_ not in _REF_DEPS or index.hit_at(tok) is not None:
                continue
            if tok.pos_ != "PRON" and tok.i not in the_heads:
                continue
            keys = refs.refer(tok)
            if len(keys) != 1 or keys[0] not in self.profiles:
                continue
            n = sent_index(tok.i)
            p = self.profiles[keys[0]]
            if n not in p.named:
                p.referred.add(n)
                p.context.setdefault(n, []).append(_governor(tok))
                standing.append((n, StandIn(keys[0], index.type_of(keys[0]), tok.i, tok.i + 1, tok.idx,
                                            tok.idx + len(tok))))
        ranked = sorted(self.profiles, key=lambda k: (-self.profiles[k].count, self.profiles[k].first))
        self.keys = ranked[:MAX_ENTITIES]
        self.ref_language = self._ref_language(standing, sent_index)
        self.rank: dict[str, int] = {}
        seen: dict[str, int] = {}
        for k in ranked:
            t = index.type_of(k)
            seen[t] = seen.get(t, 0) + 1
            self.rank[k] = seen[t]
        actors = [k for k in ranked if index.type_of(k) in _ACTORS]
        self.topic = actors[0] if actors else None
        self._paragraphs(doc.text)
        countries = default_lexicon().countries()
        self.countries = {k for k in self.keys if index.type_of(k) == "LOCATION"
                          and any(n.lower() in countries for n in index.entities[k].names())}
        self.country_code: dict[str, str] = {}  # a country -> its ISO code
        self.inside: dict[str, str] = {}  # a town or region -> the ISO code of its country
        self.town_in: set[tuple[str, tuple[str, str]]] = set()  # (a place, (code, region) of a town so named)
        self.region_is: set[tuple[str, tuple[str, str]]] = set()  # (a place, (code, region) it names)
        for k in self.keys:
            if index.type_of(k) == "LOCATION":
                self._place(k)
        # events: (type, role) of each participant; the place, with the slot it was read in (how many
        # of the participant's events hold the place, and what share of its placed events, did not
        # help: docs/BENCHMARKS.md, "Nineteenth round (branch docrel23)")
        self.event_links: dict[tuple[str, str], set[str]] = {}
        for ev in events:
            roles = [(p.entity, p.role) for p in ev.participants]
            slot = place_slot(ev)
            for i, (x, rx) in enumerate(roles):
                if ev.location and ev.location != x:
                    self._link(x, ev.location, f"evloc:{ev.type}:{rx}")
                    self._link(x, ev.location, f"evslot:{rx}@{slot}")
                    self._link(x, ev.location, f"evslot:{rx}@{slot}:{ev.type}")
                for y, ry in roles[i + 1:]:
                    if x != y:
                        self._link(x, y, f"ev:{ev.type}:{rx}:{ry}")

    def _paragraphs(self, text: str) -> None:
        """Each sentence's paragraph (blank lines part them), the headings (a line of its own
        without a full stop: a title, "Verdicts", "The eastern front") and each paragraph's topic: the actor
        it names or refers to most (first named on a tie; none where no actor is named twice), which
        a paragraph's places and people belong to as a reader takes them."""
        from bisect import bisect_right

        breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
        self.para = [bisect_right(breaks, s.start_char) for s in self.sents]
        # a heading: a line of its own, short and without a full stop, not a list's item
        self.heading: set[int] = set()
        for n, sent in enumerate(self.sents):
            line = sent.text.strip()
            start = sent.start_char
            end = start + len(sent.text.rstrip())  # a sentence holds the line break after it
            if (line and "\n" not in line and line[-1] not in _STOPS and line[0] not in "-•*–"
                    and (start == 0 or text[start - 1] == "\n")
                    and _LINE_END.match(text, end) is not None
                    and sum(1 for t in sent if not t.is_space) <= _HEADING_TOKENS):
                self.heading.add(n)
        count: dict[int, dict[str, int]] = {}
        first: dict[tuple[int, str], int] = {}
        for k, prof in self.profiles.items():
            if self.index.type_of(k) not in _ACTORS:
                continue
            for n in sorted(prof.named | prof.referred):
                p = self.para[n]
                count.setdefault(p, {})
                count[p][k] = count[p].get(k, 0) + (1 if n in prof.referred else len(prof.context.get(n, ())))
                first.setdefault((p, k), n)
        self.para_topic: dict[int, str] = {}
        for p, c in count.items():
            k = min(c, key=lambda x: (-c[x], first[(p, x)]))
            if c[k] >= 2:
                self.para_topic[p] = k
        # the heading over each sentence: the last heading before it (a section runs to the next)
        self.under: dict[int, int] = {}
        last = None
        for n in range(len(self.sents)):
            if n in self.heading:
                last = n
            elif last is not None:
                self.under[n] = last

    def _paras(self, key: str) -> set[int]:
        prof = self.profiles[key]
        return {self.para[n] for n in prof.named | prof.referred}

    def _para_ties(self, a: str, b: str) -> list[str]:
        """How the pair's paragraphs tie them: ``ptopic_a`` (``_b``), the first (second) is the topic of
        a paragraph naming the other; ``head_a`` (``_b``), named in the heading over a sentence naming
        the other; and how many paragraphs apart they are at best."""
        out = []
        pa, pb = self.profiles[a], self.profiles[b]
        qa, qb = self._paras(a), self._paras(b)
        gap = min((abs(x - y) for x in qa for y in qb), default=99)
        out.append(f"pgap={_bucket(gap, (0, 1, 2, 4))}")
        if any(self.para_topic.get(p) == a for p in qb):
            out.append("ptopic_a")
        if any(self.para_topic.get(p) == b for p in qa):
            out.append("ptopic_b")
        sa, sb = pa.named | pa.referred, pb.named | pb.referred
        if any(self.under.get(n) in pa.named for n in sb):
            out.append("head_a")
        if any(self.under.get(n) in pb.named for n in sa):
            out.append("head_b")
        return out

    def _ref_language(self, standing: list[tuple[int, Hit]],
                      sent_index: Callable[[int], int]) -> dict[tuple[str, str], list[list[str]]]:
        """The sentence classifier's features of a reference ("the group", "it") and each entity named in
        its sentence, keyed as ``sentence_features``: "the group then attacked X" says what a sentence
        naming both would (the classifier itself pairs named mentions only)."""
        out: dict[tuple[str, str], list[list[str]]] = {}
        if not standing:
            return out
        top = set(self.keys)
        by_sent: dict[int, list[Hit]] = {}
        for h in self.index.hits:
            if h.key in top:
                by_sent.setdefault(sent_index(h.start), []).append(h)
        ranks = entity_ranks(self.index)
        for n, ref in standing:
            if ref.key not in top:
                continue
            nearest: dict[str, Hit] = {}  # each other entity's mention nearest the reference
            for h in by_sent.get(n, ()):
                if h.key != ref.key and (h.key not in nearest
                                         or abs(h.start - ref.start) < abs(nearest[h.key].start - ref.start)):
                    nearest[h.key] = h
            for h in nearest.values():
                a, b = (ref, h) if ref.start < h.start else (h, ref)
                fs = pair_language(self.index, Pair(a, b, self.sents[n]), ranks)
                out.setdefault((a.key, b.key), []).append(fs[len(fs) // 2:])
        return out

    def _place(self, key: str) -> None:
        """The gazetteer's reading of a place entity: a country, or a place of one country (every name
        that the gazetteer knows agreeing; else a province's or region's name, GeoNames' or ISO
        3166-2's); and the regions holding a town of that name, or the region it is."""
        codes, country = set(), None
        names = self.index.entities[key].names()
        for n in names:
            p = lookup(n)
            if p is None or not p.country:
                continue
            if p.kind == "country":
                country = p.country
            else:
                codes.add(p.country)
        if country is None and not codes:
            codes = {c for n in names for c in region_of_name(n)}
        if country is not None:
            self.country_code[key] = country
            return
        if len(codes) == 1:
            self.inside[key] = next(iter(codes))
        self.town_in |= {(key, r) for n in names for r in town_regions(n)}
        self.region_is |= {(key, (c, region_key(n))) for n in names for c in region_of_name(n)}

    def _in_country(self, place: str, country: str) -> bool:
        code = self.inside.get(place)
        return code is not None and self.country_code.get(country) == code

    def _in_region(self, town: str, region: str) -> bool:
        """The region is the GeoNames region of a town so named (in one country)."""
        return any((region, r) in self.region_is for k, r in self.town_in if k == town)

    def _contains(self, a: str, b: str) -> bool:
        """One place holds the other by the gazetteers, however far apart the document names them."""
        return (self._in_country(a, b) or self._in_country(b, a) or self._in_region(a, b)
                or self._in_region(b, a))

    def _link(self, x: str, y: str, what: str) -> None:
        """An event feature of the pair (x, y), written for the order the pair will have."""
        self.event_links.setdefault((x, y), set()).add(what)

    def candidates(self, onto: Ontology) -> list[tuple[str, str]]:
        """Pairs (first named, second named) that some predicate's types allow and that meet in the
        document: in one sentence or next ones (named or referred to), in an event, or with the topic;
        and two places one of which holds the other (``_contains``), wherever they are named. (A
        paragraph's topic or a heading's name with all the paragraph or section names was tried as a
        candidate too and not kept: docs/BENCHMARKS.md, "Twenty-eighth round (branch xsent34)".)"""
        allowed = {(s, o) for p in onto.predicates.values() for s in p.subject for o in p.object}
        keys = sorted(self.keys, key=lambda k: self.profiles[k].first)
        out = []
        for i, a in enumerate(keys):
            ta = self.index.type_of(a)
            pa = self.profiles[a]
            near_a = pa.named | pa.referred
            near_a = near_a | {n + 1 for n in near_a} | {n - 1 for n in near_a}
            for b in keys[i + 1:]:
                tb = self.index.type_of(b)
                if (ta, tb) not in allowed and (tb, ta) not in allowed:
                    continue
                pb = self.profiles[b]
                if (near_a & (pb.named | pb.referred) or (a, b) in self.event_links
                        or (b, a) in self.event_links or self.topic in (a, b) or self._contains(a, b)):
                    out.append((a, b))
        return out

    def near(self, a: str, b: str) -> bool:
        """Never named in one sentence, and meeting next door: one named and the other referred to in
        one sentence, or each in one of two adjacent sentences (named or referred to)."""
        pa, pb = self.profiles[a], self.profiles[b]
        if pa.named & pb.named:
            return False
        all_a, all_b = pa.named | pa.referred, pb.named | pb.referred
        return bool(all_a & all_b) or any(n + 1 in all_b or n - 1 in all_b for n in all_a)

    def evidence(self, a: str, b: str) -> list[Span]:
        """Where the pair meets: the first sentence naming or referring to both, else the first two
        adjacent sentences holding one each, else the first sentence naming each."""
        pa, pb = self.profiles[a], self.profiles[b]
        all_a, all_b = pa.named | pa.referred, pb.named | pb.referred
        both = sorted(all_a & all_b)
        if both:
            chosen = [both[0]]
        else:
            adj = sorted((min(n, m), max(n, m)) for n in all_a for m in (n - 1, n + 1) if m in all_b)
            chosen = list(adj[0]) if adj else sorted({min(pa.named), min(pb.named)})
        return [Span(s.start_char, s.end_char, s.text) for s in (self.sents[n] for n in chosen)]

    def features(self, a: str, b: str, sentence_feats: dict[tuple[str, str], list[list[str]]]) -> list[str]:
        """The aggregated features of one pair (``a`` named first)."""
        ta, tb = self.index.type_of(a), self.index.type_of(b)
        pa, pb = self.profiles[a], self.profiles[b]
        tt = f"{ta[0]}{tb[0]}"
        f = [f"types={ta}|{tb}"]
        co = pa.named & pb.named
        co_ref = ((pa.named | pa.referred) & (pb.named | pb.referred)) - co
        all_a, all_b = pa.named | pa.referred, pb.named | pb.referred
        adj = {n for n in all_a if n + 1 in all_b or n - 1 in all_b} - co - co_ref
        f.append(f"co={_bucket(len(co))}")
        f.append(f"coref={_bucket(len(co_ref))}")
        f.append(f"adj={_bucket(len(adj))}")
        gap = min((abs(x - y) for x in pa.named for y in pb.named), default=99)
        f.append(f"sgap={_bucket(gap, (0, 1, 2, 4, 8))}")
        f += self._para_ties(a, b)
        # how much of the second's story the first is in, and the other way round
        f.append(f"cov_b={_share(len(all_b & (all_a | {n + 1 for n in all_a})), len(all_b))}")
        f.append(f"cov_a={_share(len(all_a & (all_b | {n + 1 for n in all_b})), len(all_a))}")
        for side, k, p in (("a", a, pa), ("b", b, pb)):
            f.append(f"n{side}={_bucket(p.count, (1, 2, 4, 8))}")
            f.append(f"rank{side}={_bucket(self.rank[k], (1, 2, 3))}")
            if k == self.topic:
                f.append(f"topic_{side}")
            if 0 in p.named:
                f.append(f"first_sent_{side}")
        for what in sorted(self.event_links.get((a, b), ())):
            f.append(what)
        for what in sorted(self.event_links.get((b, a), ())):
            f.append("r" + what)
        # the language of the sentences they share, as the sentence classifier reads it (its
        # features of the words next to the mentions, word pairs and path words left out: too
        # sparse to aggregate)
        for fs in sentence_feats.get((a, b), ()):
            f += ["s:" + x for x in fs if _borrowed(x)]
        for fs in sentence_feats.get((b, a), ()):
            f += ["r:" + x for x in fs if _borrowed(x)]
        # and of the sentences where one is named and the other referred to
        for fs in self.ref_language.get((a, b), ()):
            f += ["s:" + x for x in fs if _borrowed(x)]
        for fs in self.ref_language.get((b, a), ()):
            f += ["r:" + x for x in fs if _borrowed(x)]
        # how they meet, and who they are, taken together
        role_a = "topic" if a == self.topic else f"r{_bucket(self.rank[a], (1, 2))}"
        role_b = "topic" if b == self.topic else f"r{_bucket(self.rank[b], (1, 2))}"
        meet = f"{min(len(co), 2)}{min(len(co_ref), 2)}{min(len(adj), 2)}"
        f.append(f"meet={meet}")
        f.append(f"meet_a={role_a}|{meet}")
        f.append(f"meet_b={role_b}|{meet}")
        for side, k in (("a", a), ("b", b)):
            if k in self.countries:
                f.append(f"country_{side}")
        # the gazetteer's containment: the first inside the second (">"), or the second in the first
        if self._in_country(a, b):
            f.append("contained>")
        elif self._in_country(b, a):
            f.append("contained<")
        # a town's region (GeoNames), or a town in its country with its region named too (the gold,
        # like a reader, gives a town its nearest container)
        if self._in_region(a, b):
            f.append("region>")
        elif self._in_region(b, a):
            f.append("region<")
        for side, k in (("a", a), ("b", b)):
            if any(self._in_region(k, r) for r in self.keys if r != k):
                f.append(f"region_named_{side}")
        # the words that govern each one's mentions anywhere in the document
        for side, p in (("a", pa), ("b", pb)):
            for g in sorted({g for n in sorted(p.context)[:6] for g in p.context[n]}):
                f.append(f"all{side}:{g}")
        # where they meet by reference or in adjacent sentences: the words governing each
        for n in sorted(co_ref | adj)[:3]:
            for side, p in (("a", pa), ("b", pb)):
                for m in (n - 1, n, n + 1):
                    for g in p.context.get(m, ())[:2]:
                        f.append(f"g{side}:{g}")
        if self.topic is not None and self.topic not in (a, b):
            # the other entity's ties to the document's topic
            pt = self.profiles[self.topic]
            if pt.named & all_a and pt.named & all_b:
                f.append("both_with_topic")
        out = list(dict.fromkeys(f))
        return [f"{tt}|{x}" for x in out if not x.startswith(("s:", "r:", "g", "all"))] + out


# the sentence features not aggregated: the types (the pair's own say them) and the sparsest kinds
_LEFT_OUT = ("types=", "bb:", "b1:", "b2:", "a1:", "a2:", "pathdeps:", "pw:")
# and the verbs' event classes (learned_relations._trigger_classes), with their type-crossed copies:
# borrowed, the document-level model added less on top (trainer dev 0.4307, 0.4331 without them)
_CLASSES = ("topcls:", "pcls:", "bcls:")


def _borrowed(x: str) -> bool:
    """Whether the document-level model reads this sentence feature (``_LEFT_OUT``, ``_CLASSES``)."""
    return not x.startswith(_LEFT_OUT) and not x.split("|", 1)[-1].startswith(_CLASSES)


def reads(pred: str, near: bool) -> bool:
    """Whether the model reads ``pred`` for a pair: a predicate of ``PREDICATES`` wherever the two meet,
    one of ``NEAR_PREDICATES`` only where they meet next door (``DocView.near``)."""
    return pred in PREDICATES or (pred in NEAR_PREDICATES and near)


# A leader's second: the person a "deputy" noun possessed by another person names is a member of what that
# person leads ("Sani Barka leads the front. His deputy, Ali Garba, was arrested", "one of Barka's deputies, Ali
# Garba", "Ali Garba, Barka's lieutenant"). General English vocabulary written for this project (MIT, like the
# code); "aide" and "assistant" were left out: a minister's or a president's aide is seldom the report's member.
DEPUTY_NOUNS = frozenset({"deputy", "deputies", "lieutenant", "lieutenants", "second-in-command"})
_COPULAS = frozenset({"be", "become", "remain", "serve"})


def deputy_memberships(index: EntityIndex, refs: References, relations: Iterable[Relation]) -> list[Relation]:
    """MEMBER_OF for a leader's deputy: a person named in apposition to (or as the subject of a copula before) a
    deputy noun whose possessor is another person, named or referred to ("his", "Barka's"), of each organisation
    the relations have that person lead, wherever the document says so (the leader is often named in the
    sentence before: "It is led by X. His deputy, Y, ..."), a closure's leadership left out (a founder's: an
    inference is not chained on an inference). Not where the deputy already holds a role in it, nor
    for a deputy noun that modifies another ("deputy mayor", "deputy leader": the rules read those), nor for one
    with no person possessing it ("a former deputy of the area": a member of parliament). English only."""
    if current_language() != "en":
        return []
    rels = list(relations)
    leads: dict[str, list[Relation]] = {}
    for r in rels:
        if r.predicate == "LEADER_OF" and r.method != "closure" and index.type_of(r.object) == "ORGANIZATION":
            leads.setdefault(r.subject, []).append(r)
    if not leads:
        return []
    held = {(r.subject, r.object) for r in rels if r.predicate in ("MEMBER_OF", "LEADER_OF", "FOUNDED")}
    out: list[Relation] = []
    for tok in index.doc:
        if not _deputy_noun(tok) or tok.dep_ in ("compound", "amod", "nmod"):
            continue
        deputies = _deputies_named(index, tok)
        leader = _possessing_person(index, refs, tok, deputies)
        if leader is None or leader not in leads:
            continue
        for deputy in deputies:
            if deputy == leader:
                continue
            for r in leads[leader]:
                if (deputy, r.object) in held:
                    continue
                held.add((deputy, r.object))
                out.append(Relation(deputy, "MEMBER_OF", r.object,
                                    evidence=[Span(tok.sent.start_char, tok.sent.end_char, tok.sent.text)],
                                    confidence=round(r.confidence * 0.8, 3), method="deputy"))
    return out


def _deputy_noun(tok: Token) -> bool:
    """A deputy noun ("deputy", "lieutenant"), or "second" of a spaced "second in command" ("his second in
    command, Y": the parser takes "second" for a noun or an adjective)."""
    if tok.lower_ == "second":
        nxt = tok.doc[tok.i + 1:tok.i + 3]
        return len(nxt) == 2 and nxt[0].lower_ == "in" and nxt[1].lower_ == "command" and tok.pos_ in ("NOUN", "ADJ")
    return tok.lower_ in DEPUTY_NOUNS and tok.pos_ == "NOUN"


def _possessing_person(index: EntityIndex, refs: References, tok: Token, deputies: list[str]) -> str | None:
    """The person whose deputy ``tok`` is: its possessor ("his", "Barka's") or "of"/"to" a person. A pronoun
    the resolver ties to the deputy himself ("Y, his deputy", "Y was his deputy": "his" is never Y) is the
    person in focus before the sentence."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is None:
        return None
    keys = refs.refer(owner)
    if owner.pos_ == "PRON" and keys and keys[0] in deputies:
        before = refs.recent(tok.sent.start, ("PERSON",))
        keys = [before] if before is not None else []
    return keys[0] if len(keys) == 1 and index.type_of(keys[0]) == "PERSON" else None


def _deputies_named(index: EntityIndex, tok: Token) -> list[str]:
    """The people a deputy noun names: in apposition to it ("his deputy, Y"; "Y, his deputy"; "one of his
    deputies, Y"), or the subject of the copula it completes ("Y was his deputy", "Y served as his deputy")."""
    people = []
    heads = [tok]
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lower_ in ("one", "two", "three"):
        heads.append(tok.head.head)  # "one of his deputies, Y"
    if tok.lower_ == "second":
        heads.append(tok.doc[tok.i + 2])  # "his second in command, Y": the parser hangs Y on "command"
    for h in heads:
        people += [c for c in h.children if c.dep_ == "appos"]
        if h.dep_ == "appos":
            people.append(h.head)
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
    if tok.dep_ in ("attr", "pobj") and verb.lemma_.lower() in _COPULAS:
        people += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    out = []
    for t in people:
        hit = index.hit_at(t)
        if hit is not None and hit.type == "PERSON" and hit.key not in out:
            out.append(hit.key)
    last = heads[-1] if tok.lower_ == "second" else tok
    if not out and any(c.dep_ == "poss" for c in tok.children) and last.i + 2 < len(tok.doc) \
            and tok.doc[last.i + 1].text == ",":
        # "His second in command, Y (a nickname), is ...": the parser lost the apposition (two subjects); the
        # name right after the comma closing the possessed phrase is the one it names
        hit = index.hit_at(tok.doc[last.i + 2])
        if hit is not None and hit.type == "PERSON" and hit.start == last.i + 2:
            out.append(hit.key)
    return out


def place_slot(ev: Event) -> str:
    """Where the rules read an event's place: ``dep``, the trigger's own slot ("moved into X", "seized
    X"); ``near``, the nearest place of its sentence; ``carried``, the place of the event told just
    before (``events._carry_places``). Of the train split's candidate pairs an agent's event so ties, the
    gold has the agent operate in the place 0.28, 0.19 and 0.10 of the time (dev 0.31, 0.21, 0.11)."""
    if "place-carried" in ev.method:
        return "carried"
    return "near" if "place-near" in ev.method else "dep"


def _share(part: int, whole: int) -> str:
    if not whole or not part:
        return "0"
    r = part / whole
    return "low" if r < 0.34 else ("mid" if r < 0.67 else "high")


def _governor(tok: Token) -> str:
    """The word a mention hangs from: its head's word class, through a preposition to the word above
    it ("attacked in X": ``attack>in``), with the mention's dependency."""
    head = tok.head
    if head.dep_ == "prep" and head.head.i != head.i:
        return f"{word_class(head.head)}>{head.lower_}"
    return f"{word_class(head)}/{tok.dep_}"


def sentence_features(pairs_and_feats: Iterable[tuple[Pair, list[str]]]) -> dict[tuple[str, str], list[list[str]]]:
    """The sentence classifier's features of each pair of entities, per shared sentence, keyed by
    the entities in text order; without their copies crossed with the pair's types (the first half
    of ``learned_relations.features``: the document-level features cross their own)."""
    out: dict[tuple[str, str], list[list[str]]] = {}
    for p, fs in pairs_and_feats:
        out.setdefault((p.a.key, p.b.key), []).append(fs[len(fs) // 2:])
    return out


@per_language
def default_model() -> RelationModel | None:
    """The shipped model, or None when the package has none for the language (the component stands aside)."""
    raw = shipped_model(MODEL_FILE)
    return None if raw is None else RelationModel.from_json(raw)


def scored_pairs(view: DocView, onto: Ontology, model: RelationModel,
                 sentence_feats: dict[tuple[str, str], list[list[str]]]) -> list[tuple[str, str, dict[str, float]]]:
    """Each candidate pair with its labels' probabilities."""
    pairs = view.candidates(onto)
    probs = model.table.sigmoids_many([view.features(a, b, sentence_feats) for a, b in pairs])
    return [(a, b, pr) for (a, b), pr in zip(pairs, probs, strict=True)]


def classify(view: DocView, onto: Ontology, sentence_feats: dict[tuple[str, str], list[list[str]]],
             model: RelationModel | None = None) -> list[Relation]:
    """The relations the document-level model finds, one per triple (its best label)."""
    model = model or default_model()
    if model is None:
        return []
    found: dict[tuple[str, str, str], Relation] = {}
    for a, b, probs in scored_pairs(view, onto, model, sentence_feats):
        for label, prob in probs.items():
            if prob < model.threshold_of(label):
                continue
            pred, direction = label[:-1], label[-1]
            subj, obj = (b, a) if direction == "<" else (a, b)
            if not reads(pred, pred in NEAR_PREDICATES and view.near(a, b)) or not onto.check_relation(
                    pred, view.index.type_of(subj), view.index.type_of(obj)):
                continue
            if onto.predicates[pred].symmetric:
                subj, obj = min(subj, obj), max(subj, obj)
            key = (subj, pred, obj)
            if key in found and found[key].confidence >= prob:
                continue
            found[key] = Relation(subj, pred, obj, evidence=view.evidence(a, b), confidence=round(prob, 3),
                                  method="document")
    return [found[k] for k in sorted(found)]
