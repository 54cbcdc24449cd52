"""Which date applies to a trigger: its clause's date, else the narrative's running date."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..ontology import default_ontology
from .candidates import doc_lines, doc_text
from .dates import TimeExpr, event_dated, find_dates, report_date
from .edtf import first_point, last_point
from .language import current_language
from .lexicons import pairs

_COUNT_AFTER = re.compile(r"\w+ (?:days?|weeks?|fortnights?|months?) (?:later|afterwards)$", re.IGNORECASE)


def _count_after(te: TimeExpr, root: Token, tok: Token) -> bool:
    """Whether "N days later" closing a clause after a verb trigger counts its act, though the parser hung it on a
    word it took for a verb of an adverbial clause ("and handed over to the gendarmerie at the crossing four days
    later": on "crossing"); never one inside a clause describing a noun ("X, who was freed two days later")."""
    if not (te.relative and _COUNT_AFTER.match(te.text) and tok.pos_ == "VERB" and root.i > tok.i):
        return False
    t = root
    while t.i != tok.i:
        if t.dep_ in ("relcl", "acl", "conj", "ccomp", "parataxis") or t.head.i == t.i:
            return False
        t = t.head
    return True


def _governor(tok: Token) -> Token:
    """The nearest verb at or above a token (the clause it belongs to)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _clause(tok: Token) -> set[int]:
    """Token indices of a trigger's own clause: its subtree minus the clauses hanging from it.

    A noun trigger's own relative or participle clause tells of the event itself ("the offensive that
    toppled the president in December 2024"); a relative clause hanging from another word, a verb
    trigger's participle on another word ("released X, a commander captured in 2021") or an infinitive of
    purpose ("an agreement to integrate the forces by the end of the year") tells of something else."""
    out: set[int] = set()
    noun = tok.pos_ in ("NOUN", "PROPN")
    stack: list[tuple[Token, bool]] = [(tok, False)]  # (token, whether inside a clause the noun took in)
    while stack:
        t, inside = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.pos_ in ("VERB", "AUX"):
                if c.dep_ in ("conj", "ccomp", "advcl", "parataxis"):
                    continue
                purpose = any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                if c.dep_ == "relcl" and not (noun and (t.i == tok.i or not inside and _toll(c))):
                    continue
                # (under a noun trigger a participle is often the parser's place for the noun's own date:
                # "an intervention by a coalition led by X in March 2015"; not one inside its relative
                # clause: "une trêve, qui prévoit la libération des éleveurs arrêtés en avril")
                if c.dep_ == "acl" and (purpose or inside or not (noun or t.i == tok.i)):
                    continue
                if c.dep_ in ("relcl", "acl"):
                    stack.append((c, True))
                    continue
            stack.append((c, inside))
    return out


# a French relative clause telling an attack's toll ("qui a coûté la vie à", "qui a fait vingt morts")
_TOLL_NOUNS = frozenset({"mort", "morts", "victime", "victimes", "blessé", "blessés", "tué", "tués"})


def _toll(clause: Token) -> bool:
    """Whether a French relative clause tells a toll ("l'attaque du camp, dans la région de X, qui a coûté la vie
    mardi à 71 soldats"): the parser hangs it on the nearest noun, a place of the event noun's phrase; what it
    tells, and its date, is the event's."""
    if current_language() != "fr" or not any(c.lower_ == "qui" for c in clause.children):
        return False
    objects = {c.lower_ for c in clause.children if c.dep_ in ("dobj", "obj")}
    lemma = clause.lemma_.lower()
    return lemma == "coûter" and "vie" in objects or lemma == "faire" and bool(objects & _TOLL_NOUNS)


# nouns of a time of day that a date phrase may hang from ("on Wednesday night")
_TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "day", "dawn", "hours"})


def _hung_on(root: Token, verb: Token) -> bool:
    """Whether a date hangs on a verb as its own adverbial ("on Wednesday night found them guilty", "found them
    guilty on Wednesday"), not inside a noun's phrase under it ("the trial over the 13 November 2015 attacks").
    Before the verb the parser often hangs the day on the court's name ("the chamber of X in Niamey on Thursday
    sentenced"): it is the verb's."""
    if root.i < verb.i:
        return True
    t = root
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
        if t.pos_ in ("NOUN", "PROPN", "VERB", "AUX") and t.lower_ not in _TIME_NOUNS:
            return False
    return t.head.i == verb.i


def _dated_before(noun: Token, tok: Token) -> bool:
    """Whether a dated noun tells when an English trigger's deed took place, as an event it followed or as the
    deed itself: "after the 2016 split" or "following the July 2023 killing" hung on the trigger's verb or a verb
    above it ("After the July 2023 killing, units raided the village and burned three houses"), or the trigger's
    own object, an event by its word ("negotiated the 2023 merger": a word an event trigger of the ontology
    starts; not "attacked the 2015 camp", nor a verb of telling's: "claimed the 2015 attack")."""
    kinds = _trigger_types()
    if kinds.get(noun.lemma_.lower(), frozenset()) & kinds.get(tok.lemma_.lower(), frozenset()):
        # ("travelled to Iraq after the 2003 invasion": an event of the trigger's own kind, which the dated noun
        # would name again)
        return False
    if noun.dep_ == "dobj":
        word = noun.lemma_.lower()
        return noun.head.i == tok.i and tok.pos_ == "VERB" and not tells(tok) and any(
            word.startswith(t) for t in _event_nouns() if len(t) >= 4)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("after", "following"):
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and (verb.i == tok.i or any(a.i == verb.i for a in tok.ancestors))


def _present(tok: Token) -> bool:
    """Whether an English verb is told in the present or present perfect ("fight", "still attack", "has
    fought"): a lasting or habitual act rather than one dated act."""
    verb = _governor(tok)
    return verb.tag_ in ("VBP", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _in_which(tok: Token) -> Token | None:
    """The relative clause "in which ..." / "during which ..." holding a trigger (its verb), if any: it tells
    what happened in an event named before it."""
    for t in [tok, *tok.ancestors]:
        if t.dep_ == "relcl":
            if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                    g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in t.children):
                return t
            return None
    return None


def _conjoined(tok: Token) -> set[int]:
    """Token indices of the clauses coordinated after a trigger's own ("took command and in October
    merged the cells"): a date there tells of the later act. Only a verb's conjuncts of its own form: a
    verb the parser coordinates with a noun, or a bare "-ing" form with a verb that is none ("launched a
    campaign against X in A and neighbouring B in August 2022", the adjective "neighbouring" read as a verb
    joined to "campaign" or to "launched"), is a misparse inside a noun phrase, no later act."""
    out: set[int] = set()
    for t in {tok, _governor(tok)}:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        for c in t.children:
            if c.tag_ == "VBG" and t.tag_ != "VBG":
                continue
            if _shares_auxiliary(c, t):
                continue
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > tok.i:
                out.update(x.i for x in c.subtree)
    return out


def _shares_auxiliary(conj: Token, verb: Token) -> bool:
    """A French participle coordinated with a verb's and told with its auxiliary ("Quatorze pêcheurs ont été
    tués et six autres enlevés dimanche"): one telling of two acts at one time, whose date is both's (not a
    later act of its own: "a pris la tête du groupe et l'a dirigé jusqu'en 2013" has its own auxiliary)."""
    if current_language() != "fr" or conj.dep_ != "conj" or "Part" not in conj.morph.get("VerbForm", []):
        return False
    if not any(c.dep_ == "cc" for c in conj.children):
        return False  # (", dissous en 2021": a participle set after a comma describes a noun the parser missed)
    auxiliary = ("aux", "auxpass", "aux:pass", "aux:tense")
    return any(c.dep_ in auxiliary for c in verb.children) and not any(
        c.dep_ in auxiliary or c.dep_.startswith("nsubj") for c in conj.children)


# verbs of telling: a date hung on them ("..., police said on Thursday") dates the telling, not what is told
_TELLING = frozenset({"say", "tell", "announce", "report", "claim", "confirm", "state", "add", "declare",
                      "allege", "maintain", "disclose", "reveal", "acknowledge", "insist", "write"})


@lru_cache(maxsize=2)
def _telling_verbs(language: str) -> dict[str, str]:
    """A language's verbs of telling -> their class: the English ones ("say"), and for French also those of
    ``lexicons/fr/telling_verbs.txt`` ("indiquer": say, "revendiquer": claim)."""
    out = dict.fromkeys(_TELLING, "say")
    if language != "en":
        out |= pairs("telling_verbs.txt", language)
    return out


def _claim_verb(tok: Token) -> bool:
    """Whether a verb trigger is a claim of responsibility: English "claim", a French verb of the ``claim`` class
    of ``lexicons/fr/telling_verbs.txt`` ("revendiquer")."""
    lemma = tok.lemma_.lower()
    if current_language() == "en":
        return lemma == "claim"
    return _telling_verbs(current_language()).get(lemma) == "claim"


def tells(tok: Token) -> bool:
    """Whether a token is a verb of telling in the extraction language."""
    return tok.lemma_.lower() in _telling_verbs(current_language())


# French verbs of publishing, whose participle dates the medium a telling came in ("une vidéo diffusée lundi",
# "un communiqué publié samedi")
_PUBLISHED = frozenset({"diffuser", "publier", "communiquer", "poster"})


def _published_on(verb: Token) -> bool:
    """Whether a French participle dates the medium a telling came in ("selon un bilan communiqué jeudi", "une vidéo
    diffusée lundi"): a telling's day."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in _PUBLISHED and current_language() == "fr"


def _claimed_deed(tok: Token) -> bool:
    """Whether a French trigger is a deed claimed in a perfect infinitive under its telling ("affirme avoir tué",
    "assure avoir « neutralisé » et « interpellé »"): done before the telling, as what a claim of responsibility
    looks back at."""
    if current_language() != "fr":
        return False
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return any(
        c.dep_.startswith("aux") and c.lemma_.lower() in ("avoir", "être") and "Inf" in c.morph.get("VerbForm", [])
        for c in t.children
    )


# between a relative phrase and the stated date that restates it ("quelques jours plus tard, le 20 mars 2023",
# "deux ans après, en mars 2015")
_RESTATED_FR = re.compile(r"\s*,\s*(?:le |l'|l’|en |au |dès le )?", re.IGNORECASE)
# "since October 2011, when they crossed the border": the clause tells the since's start
_SINCE_WHEN = re.compile(r",? when\b")
_LEDE_REACH = 7  # days: the day the next sentence tells may lie this far before the telling
# a court's decision, dated by the verb that delivers it ("in Niamey on Thursday sentenced three men", "a condamné
# jeudi dernier à la réclusion")
_VERDICT_VERBS = frozenset({"sentence", "convict", "acquit", "condamner", "acquitter"})
# verbs telling that a state lasts ("who remain held", "which continues to hold them")
_LASTING_VERBS = frozenset({"remain", "continue", "stay"})


def _day(edtf: str | None) -> date | None:
    """The calendar day of a day-precise EDTF value, else None."""
    if not edtf or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", edtf):
        return None
    try:
        return date.fromisoformat(edtf)
    except ValueError:
        return None


# a court's decision dated where the report states it: "judgment of 24 April 2025", "Judgment: 16 September
# 2025", "Verdict delivered on 28 November 2025", "On 19 July 2018 the chamber delivered its verdict"
# ("Jugement du 19 juillet 2018" over a French court's summary)
_VERDICT = re.compile(r"\b(?:judg(?:e)?ment|jugement|verdict|ruling)s?\b"
                      r"|\bdecision (?:promulgated|delivered|handed down)|\bsentencing hearing\b", re.IGNORECASE)
# what stands before a dateline's date on its line: the place in capitals ("NAIROBI, ", "PEMBA, Mozambique, ")
_DATELINE_LEAD = re.compile(r"[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’ ./-]{2,40}(?:,[ \t]*[A-Z][\w .'’-]{1,30})?,[ \t]*$")
# a French dispatch gives the country in brackets ("GAO (Mali), 27 février 2024 - ", "MOPTI (Mali), le 25 mars")
_DATELINE_LEAD_FR = re.compile(
    r"[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’ ./-]{2,40}(?:[ \t]*\([A-ZÀ-Ý][\w .'’-]{1,30}\))?(?:,[ \t]*[A-Z][\w .'’-]{1,30})?,"
    r"[ \t]*(?:le[ \t]+)?$"
)
_VERDICT_REACH = 80  # characters either side of the date, within its line


# words between two dates of a clause that make them one span or a sequence, not a list of acts
_NOT_A_LIST = frozenset({"until", "till", "to", "through", "then", "before", "after", "since", "later", "when",
                         "from", "between", "or"})

# days before a report's own date within which a stated date tells the report's news, not its background
_NEWS_REACH = 31
# a summary's item ("- X raided the village of Gakara on 12 January, killing nine people.", "3. Troops ...")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+\S")
_HEADING_END = (".", "!", ":", ";", ",", '"', "”", "’")


def _span_days(edtf: str | None) -> tuple[date, date] | None:
    """The first and last calendar days an EDTF value covers (an open end: None)."""
    if not edtf or edtf.endswith("/.."):
        return None
    a, b = first_point(edtf), last_point(edtf)
    if a is None or b is None:
        return None
    lo = date(a.year, a.month or 1, a.day or 1)
    if b.month is None:
        return lo, date(b.year, 12, 31)
    if b.day is None:
        nxt = date(b.year + (b.month == 12), b.month % 12 + 1, 1)
        return lo, nxt - timedelta(days=1)
    return lo, date(b.year, b.month, b.day)


def _dates(text: str) -> list[TimeExpr]:
    """The document's dates, read in the extraction language ("fin 2012" only in French)."""
    return find_dates(text, language=current_language())


# the imperfect of "avoir" and "être", the auxiliaries of the French pluperfect ("avait tué", "avaient été
# enlevés", "s'étaient affrontées", "était arrivé"); "être" as the passive's ("était dirigé") is no pluperfect
_AVOIR_IMPERFECT = frozenset({"avais", "avait", "avions", "aviez", "avaient"})
_ETRE_IMPERFECT = frozenset({"étais", "était", "étions", "étiez", "étaient"})


def _pluperfect(sent: Span) -> bool:
    """Whether a French sentence's main verb is in the pluperfect (a flashback: "il avait été enlevé")."""
    return _pluperfect_verb(sent.root)


def _pluperfect_verb(verb: Token) -> bool:
    """Whether a French verb is in the pluperfect ("avait rallié", "avaient été enlevés", "était arrivé")."""
    return any(
        (c.lower_ in _AVOIR_IMPERFECT and c.dep_ in ("aux", "auxpass"))
        or (c.lower_ in _ETRE_IMPERFECT and c.dep_ == "aux")
        for c in verb.children
    )


def _had_done(clause: Token) -> bool:
    """Whether a French relative clause tells in the pluperfect what someone had done before the story ("un
    détachement a neutralisé le terroriste X, dit « Y », qui avait rallié les groupes terroristes en 2011"):
    background describing them, as English "a terrorist who had joined AQIM in 2011" (``_whose_past``), whatever
    the parser hangs the clause on. Not on an event noun ("l'attaque de Kati, qui avait fait dix morts le 3
    mars": the clause dates the attack)."""
    if current_language() != "fr" or clause.dep_ != "relcl" or not _pluperfect_verb(clause):
        return False
    if not any(c.lower_ == "qui" and c.i < clause.i for c in clause.children):
        return False
    return not {clause.head.lower_, clause.head.lemma_.lower()} & _event_nouns("fr")


def _elided(participle: Token) -> bool:
    """Whether a French participle on a noun is the verb of a coordinated clause whose auxiliary is left
    out ("neuf chauffeurs ont été tués et quatorze camions incendiés lundi": the parser hangs "incendiés"
    on "camions", which opens with "et"), not a description of the noun."""
    if current_language() != "fr" or participle.dep_ != "acl" or participle.i < participle.head.i:
        return False
    noun = participle.head
    return noun.left_edge.i > 0 and participle.doc[noun.left_edge.i - 1].lower_ == "et" or any(
        c.dep_ == "cc" and c.lower_ == "et" and c.i < noun.i for c in noun.children)


def _whose_past(clause: Token) -> bool:
    """Whether a relative clause is a person's past told by "who" on a common noun ("a former army captain
    who defected in 2015", "a dangerous terrorist who had joined AQIM in 2011"): background describing
    the person, like a clause on a name (English; a participle on a singular noun is left out, the parser
    hangs it on the wrong noun too often)."""
    return current_language() == "en" and clause.dep_ == "relcl" and clause.head.pos_ == "NOUN" and any(
        c.lower_ in ("who", "whom") and c.i < clause.i for c in clause.children)


@lru_cache(maxsize=2)
def _event_nouns(language: str = "en") -> frozenset[str]:
    """The one-word event triggers of a language's ontology ("attack", "raid", "clash", "strike" ...; "attaque",
    "assaut", "embuscade" ...)."""
    return frozenset(_trigger_types(language))


@lru_cache(maxsize=2)
def _trigger_types(language: str = "en") -> dict[str, frozenset[str]]:
    """The one-word event triggers of a language's ontology -> the event types they trigger."""
    out: dict[str, set[str]] = {}
    for name, et in default_ontology(language).event_types.items():
        for t in et.triggers:
            if " " not in t:
                out.setdefault(t, set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


class Timeline:
    """The temporal expressions of one document, placed on its tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.exprs: list[tuple[TimeExpr, Token]] = []
        # "X, a veteran of the 1990 rebellion, was named emir": a date inside an apposition describes
        # the person or thing it is set beside, and dates only what the apposition itself tells
        self.aside: dict[int, tuple[int, int]] = {}
        # the dates a report gives its court's decision (judgment, verdict), in reading order
        self.verdicts: list[tuple[int, str]] = []
        self.verdict_roots: set[int] = set()  # (their expressions' root tokens)
        # "the 2015 split", "a November 2023 ambush": a date inside another noun's phrase dates that noun
        self.premodifies: dict[int, int] = {}
        # a wire's dateline date ("NAIROBI, Oct 9, 2025 (Wire) - Militants killed ..."): the story's date,
        # which the parse may hang in the lede's clause; it dates the lede only when nothing else there does
        self.datelined: set[int] = set()
        # a date told in a clause describing a noun ("children abducted from the village in July", "Total,
        # which had pulled staff out in December, said ..."): background, which no later sentence takes
        # (by the date's root: the clause's verb, the first of a coordination "who had led ... and was responsible
        # for the killing ... in October 2024")
        self.described: dict[int, int] = {}
        # a date hung on a verb of telling ("..., a drivers' union said on Thursday"): the day of the telling
        self.telling: set[int] = set()
        self._heading_guard = False  # a title's date is read from a later word, never again from a title
        # (lazily) the section headings of the text and the dated items of its lists, by character offsets
        self._sections: tuple[list[tuple[int, int]], list[tuple[int, int, str]]] | None = None
        text = doc_text(doc)
        # the day the report states as its own (a release's date line, a wire's dateline; a brief's month:
        # its last day)
        own = _span_days(report_date(text, current_language()))
        self.reported = own[1] if own is not None else None
        # a relative phrase restated at once by a stated date ("libéré quelques jours plus tard, le 20 mars
        # 2023"): the stated date is the phrase's value, read as told (by the phrase's start)
        self.restated: set[int] = set()
        dated = [te for te in _dates(text) if te.edtf is not None]
        if current_language() == "fr":
            for te, nxt in zip(dated, dated[1:], strict=False):
                if te.relative and not nxt.relative and _RESTATED_FR.fullmatch(text, te.end, nxt.start):
                    self.restated.add(te.start)
        for te in dated:
            if te.edtf is None:
                continue
            span = doc.char_span(te.start, te.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            self.exprs.append((te, span.root))
            if te.anchors and "/" not in te.edtf and len(te.edtf) >= 7:
                lo = max(text.rfind("\n", 0, te.start) + 1, te.start - _VERDICT_REACH)
                hi = text.find("\n", te.end)
                hi = min(hi if hi >= 0 else len(text), te.end + _VERDICT_REACH)
                gov = _governor(span.root)
                # (by the verb only a day hung on it: "sentenced them for the raid in June 2022" dates the raid,
                # "on Wednesday found all twenty guilty in the trial over the 13 November 2015 attacks" the attacks)
                hung = _hung_on(span.root, gov)
                if hung and current_language() == "fr" and any(
                        t.pos_ in ("VERB", "AUX") for t in doc[gov.i + 1 : span.start]):
                    # ("a condamné vendredi X pour les attentats qui avaient fait 32 morts ... le 22 mars 2016": the
                    # parser hangs the relative clause's day on the verdict's verb; a verb between them holds it)
                    hung = False
                if (not te.relative and _VERDICT.search(text, lo, hi)) or _day(te.edtf) and hung and (
                    gov.lemma_.lower() in _VERDICT_VERBS
                    or gov.lemma_.lower() == "find" and any(c.lower_ == "guilty" for c in gov.subtree)
                ):
                    self.verdicts.append((span.start, te.edtf))
                    self.verdict_roots.add(span.root.i)
            lead = _DATELINE_LEAD_FR if current_language() == "fr" else _DATELINE_LEAD
            if lead.match(text, text.rfind("\n", 0, te.start) + 1, te.start):
                self.datelined.add(span.root.i)
            clause = first = _governor(span.root)
            while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
                first = first.head
            if first.dep_ in ("relcl", "acl") and (
                first.head.pos_ == "PROPN" or "Plur" in first.head.morph.get("Number", []) or _whose_past(first)
                or _had_done(first)
            ) and not _elided(first):
                # (of people or things named or counted; "the attack carried out the day before",
                # "l'attaque menée la veille" describes an event the report goes on telling)
                self.described[span.root.i] = first.i
            if tells(clause) or _published_on(clause):
                self.telling.add(span.root.i)
            head = span.root.head
            if (
                head.pos_ == "NOUN" and span.end <= head.i and span.start > 0
                and doc[span.start - 1].dep_ in ("det", "poss") and doc[span.start - 1].head.i == head.i
            ):
                self.premodifies[span.root.i] = head.i
            appos = next(
                (t for t in span.root.ancestors if t.dep_ == "appos" and not span.start <= t.i < span.end), None
            )
            # a described apposition ("a veteran of ...", "the group's founder"), not a bare name given
            # beside another with its date ("GSPC -> AQIM (January 2007)"); and one set off by a comma, a
            # bracket or a dash: a name of foreign words the parser splits ("the chamber of the Pôle judiciaire
            # spécialisé en matière de lutte contre le terrorisme in Niamey on Thursday sentenced") is no aside
            # (English: measured on French dev it moved a "tués" off its date and built a spurious event)
            if appos is not None and (appos.pos_ == "NOUN" or any(c.dep_ == "det" for c in appos.children)) and (
                current_language() != "en" or appos.left_edge.i > 0 and doc[appos.left_edge.i - 1].is_punct
            ):
                self.aside[span.root.i] = (appos.left_edge.i, appos.right_edge.i)

    def stated_in_sentence(self, tok: Token) -> bool:
        """Whether the sentence of a token states a date (absolute or relative) of its own."""
        sent = tok.sent
        return any(sent.start <= root.i < sent.end and (te.anchors or te.relative) for te, root in self.exprs)

    def verdict_date(self, tok: Token) -> str | None:
        """The date of the court decision a report tells of (the last stated before the token, else the
        first): what a sentence with no date of its own ("He was sentenced to twenty years") took place on."""
        before = [d for i, d in self.verdicts if i < tok.i]
        if before:
            return before[-1]
        return self.verdicts[0][1] if self.verdicts else None

    def judged(self, tok: Token, value: str | None) -> str | None:
        """An English verdict's date where its sentence dates the crime judged, not the decision ("sentenced three
        men ... for supplying fuel to fighters on the islands between 2021 and 2023"; "was found guilty of
        assembling the bomb detonated in the night of Sept. 9 to 10, 2023"; "on Wednesday sentenced to death a man
        who built the bomb that killed seven in 2023, and jailed two accomplices"): the court decision's day the
        sentence states, else the report's, when every date of the sentence lies in a phrase under the verdict's
        verb (none is its own adverbial) and ``value`` ends before the decision. None where nothing changes."""
        if current_language() != "en" or value is None:
            return None
        sent = tok.sent
        here = [(te, root) for te, root in self.exprs
                if sent.start <= root.i < sent.end and (te.anchors or te.relative) and root.i not in self.datelined]
        decided = [(te, root) for te, root in here if root.i in self.verdict_roots and te.edtf]
        if decided:
            te, _root = min(decided, key=lambda x: abs(x[1].i - tok.i))
            return te.edtf if te.edtf != value else None
        verb = tok if tok.pos_ in ("VERB", "AUX") else _governor(tok)
        if not here or any(_hung_on(root, verb) for _te, root in here):
            return None
        verdict = self.verdict_date(tok)
        crime, day = _span_days(value), _span_days(verdict)
        if verdict is None or crime is None or day is None or crime[1] >= day[0]:
            return None
        return verdict

    def date_spans(self) -> set[int]:
        """Token indices inside temporal expressions (they are never event triggers)."""
        out: set[int] = set()
        for te, _ in self.exprs:
            span = self.doc.char_span(te.start, te.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out

    def date_for(self, tok: Token, also: list[Token] | None = None) -> str | None:
        """The date of the clause around a trigger token, or the running date before it.

        ``also``: the other tokens of a phrase trigger ("let three of them go in February").
        """
        sent = tok.sent
        mine = {tok.i} | {t.i for t in also or []}
        inside = _in_which(tok)
        # the dates of an event the trigger's deed followed, or of its object, in their noun's phrase ("after the
        # 2016 split", "negotiated the 2023 merger"): the deed's only where its sentence tells no other
        weak: set[int] = set()

        def beside(root: Token) -> bool:
            lo, hi = self.aside.get(root.i, (tok.i, tok.i))
            if not lo <= tok.i <= hi:
                return True
            noun = self.premodifies.get(root.i)
            if noun is None or noun in mine:
                return False
            # ("the 9 September raid, in which ten villagers were killed": told inside the noun's phrase;
            # "a March 2019 strike had killed", "killed in the 2016 attack": the noun is where the trigger's
            # event happened)
            n = self.doc[noun]
            if n.left_edge.i <= tok.i <= n.right_edge.i:
                return False
            if n.head.i == tok.i and n.dep_ in ("nsubj", "nsubjpass"):
                return False
            if inside is not None and inside.i > n.i and _governor(inside.head).i == _governor(n).i:
                # ("took part in the January 2025 attack on a base near X, on the border, in which 28 soldiers
                # were killed"): an "in which" clause the parser hung on a later noun of the same clause tells
                # of the dated event noun before it
                return False
            if current_language() == "en" and _dated_before(n, tok):
                weak.add(root.i)
                return False
            return not (n.dep_ == "pobj" and n.head.head.i == tok.i and n.head.lower_ in ("in", "during"))

        chain: list[int] = []
        t = tok
        while True:
            chain.append(t.i)
            if t.head.i == t.i:
                break
            t = t.head
        own = _clause(tok)
        for t in also or []:
            own |= _clause(t)

        def introduces(root: Token) -> bool:
            """Whether the trigger lies in the clause an "N days after" phrase introduces."""
            return root.i in own or _governor(root).i in chain

        # a group "born in the early 1990s": the birth date is the founding trigger's own
        born = tok.lower_ == "born" and current_language() == "en"
        here = [
            (te, root)
            for te, root in self.exprs
            if sent.start <= root.i < sent.end and (te.anchors or te.relative or (born and root.i in own))
            and not beside(root)
            and root.i not in self.datelined and (not te.inner or introduces(root)) and te.start not in self.restated
        ]
        weak -= own  # (in the trigger's own clause: "and, after the 2009 uprising, followed X into the bush")
        if current_language() == "fr" and any(te.inner for te, _root in here) and any(
                te.anchors and not te.inner for te, _root in here):
            # "Le 21 mars, au lendemain des combats, des VDP arrêtent ...": the phrase dates the fight it introduces
            # (the day before), the clause's deed past its comma takes the day its sentence states
            here = [(te, root) for te, root in here if not te.inner or _introduced_by(root, tok)]
        if any(root.i not in weak for _te, root in here):
            here = [(te, root) for te, root in here if root.i not in weak]

        def describes_another(root: Token) -> bool:
            """A date told in a relative clause describing a noun other than the trigger ("rescued 23 persons,
            who had been abducted in May", "neutralised X, who had killed villagers in October 2024"): that
            noun's story."""
            if root.i not in self.described or root.i in own:
                return False
            # (a relative clause only: the parser hangs a participle on the wrong noun too often, "mediated a
            # settlement between the two families, signed on 20 January 2025")
            clause = self.doc[self.described[root.i]]
            if clause.dep_ != "relcl":
                return False
            return not clause.left_edge.i <= tok.i <= clause.right_edge.i

        def lasting_elsewhere(te: TimeExpr, root: Token) -> bool:
            """A stated "since" told in a participle or relative clause describing another thing, outside the
            trigger's clause and the verbs above it ("the fighters, regrouped since 2021 with ..., withdrew",
            "les groupes, regroupés depuis 2021 ..., se sont repliés"): how long that thing's state has lasted, no
            date of the trigger's deed."""
            gov = _governor(root)
            while gov.dep_ == "conj" and gov.head.pos_ in ("VERB", "AUX"):
                gov = gov.head
            # (a participle or relative clause only: "Since 2022 the NRF has waged a campaign, mainly ambushes
            # on patrols" frames the sentence, whatever the parser hangs the ambushes on)
            return (te.edtf or "").endswith("/..") and root.i not in own and gov.i not in chain and gov.dep_ in (
                "acl", "relcl")

        rel = gov = _governor(tok)
        while rel.dep_ == "conj" and rel.head.pos_ in ("VERB", "AUX"):
            rel = rel.head
        if (
            rel.dep_ == "relcl" and _present(tok) and self.reported is not None and here
            and (gov.lemma_.lower() in _LASTING_VERBS or any(c.lower_ == "still" for c in gov.children))
            and all(not rel.left_edge.i <= root.i <= rel.right_edge.i for _te, root in here)
        ):
            # a state told to last, in the present, in a relative clause on a noun ("the abduction of its crew
            # members, who remain held in Hodeidah", "their seizure of the Galaxy Leader, whose crew they still
            # hold"), the sentence's dates outside it: it holds at the report's own date, not at the deed's (not
            # a deed told in the present: "the mission, which succeeds X", dated by the sentence)
            return self.reported.isoformat()
        if here and all(describes_another(root) or lasting_elsewhere(te, root) for te, root in here):
            # (a wire's lede: "TUNIS, March 7, 2016 - Troops killed dozens of militants who stormed posts on
            # Monday": with no date told before it, the story's day is its dateline's)
            return self._running(tok, beside, upto=sent.start) or self._dateline(sent)
        here = [(te, root) for te, root in here if not describes_another(root) and not lasting_elsewhere(te, root)]
        chained = _chained_participle_date(tok, [
            (te, root) for te, root in here
            if root.i not in self.telling and not tells(_governor(root)) and not _published_on(_governor(root))])
        if chained is not None:
            return chained
        if here:
            # a semicolon parts two clauses: "married her in 2017; he was killed the following year"
            stops = [t.i for t in sent if t.text == ";"]

            later = _conjoined(tok)

            def across(root: Token) -> int:
                lo, hi = sorted((root.i, tok.i))
                return int(any(lo < i < hi for i in stops))

            def telling(root: Token) -> bool:
                gov = _governor(root)
                if gov.i != tok.i and gov.i in chain and tells(gov):
                    return True
                # "Dans une vidéo diffusée lundi, la katiba affirme avoir tué ...": the day the telling was
                # published on, in a French sentence whose trigger is told
                return _published_on(gov) and any(tells(self.doc[i]) for i in chain[1:])

            # a crime the court judges ("on Wednesday sentenced four men for the killing of ... in February
            # 2021"): the day hung on the verdict's verb is the verdict's
            judged = (
                tok.pos_ == "NOUN"
                and any(t.dep_ == "prep" and t.lower_ == "for" for t in tok.ancestors)
                and any(t.lemma_.lower() in _VERDICT_VERBS for t in tok.ancestors)
            )
            verdict_days = {i for i, _d in self.verdicts} if judged else set()

            def rank(item: tuple[TimeExpr, Token]) -> tuple[int, int, int, int, int, int]:
                te, root = item
                # a stated "since" loses to a closed date at the same place ("fought since 2022, most
                # recently in April 2025")
                opened = int(bool(te.edtf and te.edtf.endswith("/..")))
                if root.i in own or _count_after(te, root, tok):  # stated inside the trigger's own clause
                    return (across(root), -1, 0, 0, opened, abs(root.i - tok.i))
                gov = _governor(root).i
                pos = chain.index(gov) if gov in chain else len(chain) + 1 + 99 * (root.i in later)
                verdict = int(any(root.left_edge.i <= i <= root.i for i in verdict_days))
                return (across(root), pos, int(telling(root)), verdict, opened, abs(root.i - tok.i))

            best, root = min(here, key=rank)
            start = self._since_when(best, tok)
            if start is not None:
                return start
            if rank((best, root))[2]:
                verb = _governor(root).lemma_.lower()
                deed = self._deed_before_telling(best, root, tok, [x for x in here if not telling(x[1])])
                if deed is None:
                    deed = self._deed_under_trigger(best, tok, [x for x in here if not telling(x[1])])
                if deed is not None:
                    return deed
                # ("a annoncé avoir arrêté dimanche deux suspects": a day told after the deed's verb is the deed's)
                claim = _telling_verbs(current_language()).get(verb) == "claim" or root.i < tok.i and _claimed_deed(tok)
                return self._told(best, sent, tok, claim)
            if root.i in own and tok.pos_ == "VERB" and _claim_verb(tok):
                # ("The group claimed the attack on Wednesday", "le groupe a revendiqué mercredi l'embuscade",
                # "L'attaque a été revendiquée mardi": the trigger an attack's, told by its claim)
                back = self._claimed_before(best, sent, tok)
                if back is not None:
                    return back
            if all(across(r) and r.i > tok.i for _te, r in here) and not _present(tok):
                # the sentence states dates only after a semicolon that follows the trigger ("19 people were
                # killed and 22 abducted; 15 hostages were released on 2 August 2025"): they date the later
                # clause's acts, and the trigger's is the date told before the sentence; a lasting or habitual
                # act told in the present ("has fought X since its creation; in December 2024 a clash ...")
                # is dated by the instance the later clause tells
                return self._running(tok, beside, upto=sent.start) or best.edtf
            if root.i in later and root.i not in own:
                # the sentence dates only an act coordinated after the trigger's ("succeeded him and led
                # the group until he died on 1 November 2013"): the trigger's is the date told before
                return self._running(tok, beside, upto=sent.start) or best.edtf
            return best.edtf
        return self._event_told(tok) or self._running(tok, beside) or self._retold(tok)

    def _event_told(self, tok: Token) -> str | None:
        """A dateless sentence's deed told as part of an event the report named and dated before, by a
        definite event noun: the noun itself ("the clash began when ..." after "a clash on 17 April 2021"), the
        noun an "in which" clause holding the trigger hangs on ("had led the Ngouboua raid, in which eleven
        soldiers were killed" after "the June 2022 raid on Ngouboua"), or an "in" / "during" phrase of the
        trigger ("died in the strikes"): the date at the noun's last earlier mention, in the same number, with a
        closed date close by on its line (``dates.event_dated``, strict: "during the attack" is not "after attacks
        near the site in December"). English only."""
        if current_language() != "en":
            return None
        inside = _in_which(tok)
        noun: Token | None = None
        if inside is not None:
            noun = inside.head
        elif tok.pos_ == "NOUN":
            noun = tok
        else:
            noun = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                         for g in c.children if g.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _event_nouns() or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children):
            return None
        told = [te for te, _root in self.exprs if te.anchors and not te.relative]
        hit = event_dated(doc_text(self.doc), noun.idx, noun.lower_, told, strict=True)
        return hit.edtf if hit is not None else None

    def listed(self, tok: Token, also: list[Token] | None = None) -> list[tuple[str, int, int]]:
        """The closed dates a trigger's clause lists, one per act, when it lists two or more ("took X in
        August 2016 and Y in October 2017", "fought at A in 2014, in B in March 2015 and at C in 2016",
        "led the attacks on A in 2020 and on B in March 2021"): each dates an act of its own, given as its
        EDTF value and token range in reading order; else [].

        A date counts when the verb it hangs on is the trigger's (a noun trigger's: the verb above it),
        it is no aside, premodifier, dateline, "since" or relative phrase, and consecutive dates are
        joined by "and" or a comma with words of their own ("in May 2015, then in June", "until 2016" or
        "in 2021 and 2022" tell one span or sequence)."""
        if tok.pos_ in ("VERB", "AUX"):
            verb = tok
        else:
            verb = _governor(tok)
            if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
                return []
        sent = tok.sent
        mine = {tok.i} | {t.i for t in also or []}
        stops = [t.i for t in sent if t.text == ";"]
        found: list[tuple[int, int, str]] = []
        for te, root in self.exprs:
            if not sent.start <= root.i < sent.end or te.relative or te.inner or not te.anchors:
                continue
            if not te.edtf or te.edtf.endswith("/..") or root.i in self.datelined or root.i in self.aside:
                continue
            if root.i in self.described or root.i in self.telling:
                continue
            noun = self.premodifies.get(root.i)
            if noun is not None and noun not in mine:
                continue
            if _governor(root).i != verb.i or any(min(root.i, tok.i) < i < max(root.i, tok.i) for i in stops):
                continue
            span = self.doc.char_span(te.start, te.end, alignment_mode="expand")
            if span is not None:
                found.append((span.start, span.end, te.edtf))
        found.sort()
        spans = [_span_days(v) for _s, _e, v in found]
        # a date holding another of the list ("In 2015 ... in March 2015 and in April 2015") frames it
        kept = [
            item for k, item in enumerate(found)
            if (sk := spans[k]) is not None and not any(
                j != k and (sj := spans[j]) is not None and sk[0] <= sj[0] and sj[1] <= sk[1] and sj != sk
                for j in range(len(found))
            )
        ]
        if len({v for _s, _e, v in kept}) < 2:
            return []
        for (_s, end, _v), (start, _e, _w) in zip(kept, kept[1:], strict=False):
            between = {t.lower_ for t in self.doc[end:start]}
            # ("in 2021 and 2022": one phrase, one act told over two years)
            if not between & {"and", ","} or between & _NOT_A_LIST or between <= {"and", ","}:
                return []
        out: list[tuple[str, int, int]] = []
        for start, end, value in kept:
            if all(value != v for v, _s, _e in out):
                out.append((value, start, end))
        return out

    def _dateline(self, sent: Span) -> str | None:
        """The date of an English wire's dateline a sentence opens with, if any."""
        if current_language() != "en":
            return None
        dated = (te.edtf for te, root in self.exprs if sent.start <= root.i < sent.end and root.i in self.datelined)
        return next(dated, None)

    def _retold(self, tok: Token) -> str | None:
        """A trigger before every date a report states: its title ("Gunmen kill 30 in attack on Koro", "Release
        of Dr X"), an editor's note or a first line that names what the body goes on to tell ("Nearly a decade
        after the group's assault on Koro, ..."). It takes the date of the word's first use after it that a
        date reaches ("Gunmen killed 30 villagers ... on Sunday"); else None. English only (the French corpus is
        read by its own rules)."""
        if self._heading_guard or current_language() != "en":
            return None
        sent = tok.sent
        words = {tok.lower_, tok.lemma_.lower()}
        first = min((root.i for te, root in self.exprs if te.anchors and te.edtf), default=None)
        if first is None or first < tok.i:
            return None
        self._heading_guard = True
        try:
            for later in self.doc[sent.end :]:
                if later.i < first and later.sent.end <= first:
                    continue
                if later.pos_ in ("VERB", "NOUN", "PROPN") and {later.lower_, later.lemma_.lower()} & words:
                    value = self.date_for(later)
                    if value is not None:
                        return value
        finally:
            self._heading_guard = False
        return None

    def _running(self, tok: Token, beside: Callable[[Token], bool], upto: int | None = None,
                 flashback: bool = False) -> str | None:
        """The last date stated before a token that moves the narrative (a stated "since", which tells
        how long a state has lasted, and a date in a clause describing a noun date no later sentence)."""
        end = tok.i if upto is None else upto
        before = [
            (te, root) for te, root in self.exprs
            if root.i < end and te.anchors and not beside(root) and not (te.edtf or "").endswith("/..")
        ]
        told = [(te, root) for te, root in before
                if root.i not in self.described or root.sent.start <= tok.i < root.sent.end]
        # the telling's day where the sentence told the deed's too ("ambushed a convoy on Tuesday ..., a union
        # said on Thursday"): the story goes on at the deed's
        told = [(te, root) for te, root in told if root.i not in self.telling or not any(
            r.i != root.i and r.i not in self.telling and root.sent.start <= r.i < root.sent.end
            and r.i not in self.datelined for _t, r in told)]
        if current_language() == "fr" and not _pluperfect(tok.sent) and not flashback:
            # "X avait été enlevé le 24 décembre 2016. Deux Italiens ont également été libérés.": a French
            # pluperfect tells what had happened before the story's time; the story goes on at the last date
            # told outside such a flashback
            told = [(te, root) for te, root in told if not _pluperfect(root.sent)] or told
        if current_language() == "fr":
            # "Neuf chauffeurs ont été tués lundi ... L'attaque a été revendiquée mardi par le GSIM. Dans la
            # soirée, ...": a French dispatch tells the claim after the deed, and its story stays on the deed's
            # day: a day told after a verb of telling is no running date where a deed's day was told before it,
            # up to a week earlier ("En mai 2015, X a annoncé l'allégeance du groupe": a date opening the
            # sentence is the story's; "annonce, ce jeudi 8 octobre, la libération de X" after no deed told)
            told = [(te, root) for te, root in told if not self._told_after_deed(te, root, told)]
        # (a description's date where the report has stated none other: "X, formed in August 2014, ...")
        pick = told[-1] if told else before[-1] if before else None
        if pick is None:
            return None
        summarised = self._summarised(pick[1], tok)
        if summarised is not None:
            return summarised
        back = self._news(pick, tok, before)
        return (back or pick[0]).edtf

    def _section_marks(self) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        """The text's section headings (a short line standing alone between blank lines, with no sentence's
        end: "The Gakara raid", "The Tchari surrender") and its dated list items (a line opening with a dash,
        a bullet or a number, with the first closed date stated in it), each by its character offsets."""
        if self._sections is not None:
            return self._sections
        text = doc_text(self.doc)
        lines = [(pos, pos + len(line)) for pos, line in doc_lines(self.doc)]
        headings: list[tuple[int, int]] = []
        items: list[tuple[int, int, str]] = []
        for n, (lo, hi) in enumerate(lines):
            line = text[lo:hi].strip()
            if not line:
                continue
            if _LIST_ITEM.match(text, lo):
                value = next((te.edtf for te, _root in self.exprs if lo <= te.start < hi and te.anchors
                              and not te.relative and te.edtf and not te.edtf.endswith("/..")), None)
                if value is not None:
                    items.append((lo, hi, value))
                continue
            alone = (n == 0 or not text[lines[n - 1][0] : lines[n - 1][1]].strip()) and (
                n + 1 < len(lines) and not text[lines[n + 1][0] : lines[n + 1][1]].strip())
            if alone and line[0].isupper() and not line.endswith(_HEADING_END) and len(line.split()) <= 8:
                headings.append((lo, hi))
        self._sections = (headings, items)
        return self._sections

    def _summarised(self, last: Token, tok: Token) -> str | None:
        """A section whose heading names an item of a dated summary list above it ("Summary / - X raided the
        village of Gakara on 12 January ... / - Y surrendered on 24 January." and then "The Gakara raid /
        The attackers came at dawn ..."): its sentences, until it states a date of its own, tell that item's
        day, not the last date of the list (``last``: the date the story would otherwise run on). The
        heading's words (by lemma: "raid", "raided") must pick one item more than any other. English only."""
        if current_language() != "en":
            return None
        headings, items = self._section_marks()
        heading = next((h for h in reversed(headings) if last.idx < h[0] and h[1] <= tok.sent.start_char), None)
        if heading is None or not items:
            return None

        def words(lo: int, hi: int) -> set[str]:
            span = self.doc.char_span(lo, hi, alignment_mode="expand")
            return {w for t in span or [] if t.is_alpha and not t.is_stop and len(t) > 2
                    and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") for w in (t.lower_, t.lemma_.lower())}

        named = words(*heading)
        scored = sorted(((len(named & words(lo, hi)), value) for lo, hi, value in items if hi <= heading[0]),
                        key=lambda item: -item[0])
        if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][1]

    def _told_after_deed(self, te: TimeExpr, root: Token, told: list[tuple[TimeExpr, Token]]) -> bool:
        """Whether a date is a telling's day, told after its verb, with a deed's day told before it up to a
        week earlier ("ont été tués lundi ..., ont indiqué mardi des sources")."""
        if root.i not in self.telling or root.i < _governor(root).i:
            return False
        day = _day(te.edtf)
        if day is None:
            return False
        for other, r in told:
            days = _span_days(other.edtf)
            if r.i < root.i and r.i not in self.telling and days is not None and (
                day - timedelta(days=_LEDE_REACH) <= days[0] <= days[1] <= day
            ):
                return True
        return False

    def _news(self, pick: tuple[TimeExpr, Token], tok: Token, before: list[tuple[TimeExpr, Token]]) -> TimeExpr | None:
        """A dated report's news told again after a paragraph of background ("In December 2014 the
        militants killed 36 quarry workers." and, a paragraph below, "Elders condemned the killing."): a
        dateless paragraph after a background date returns to the last date told within a month of the
        report's own."""
        if self.reported is None:
            return None
        recent = self.reported - timedelta(days=_NEWS_REACH)
        span = _span_days(pick[0].edtf)
        if span is None or span[1] >= recent:
            return None
        if any(t.lower_ in ("after", "following", "before") and t.dep_ == "prep"
               and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in t.children) for t in tok.sent):
            return None  # "in the weeks after the massacre": dated from an event told before, not the news
        text = doc_text(self.doc)
        if "\n\n" not in text[pick[1].idx : tok.sent.start_char]:
            return None
        # (nor does a French dispatch's news come back at a telling's day: "ont été tués samedi ..., a-t-on appris
        # lundi. L'assaut a été revendiqué dimanche par X, un groupe apparu fin 2022. Les assaillants ont
        # également enlevé douze femmes": Saturday)
        french = current_language() == "fr"
        news = [te for te, root in before
                if (s := _span_days(te.edtf)) is not None and s[1] >= recent and s[0] <= self.reported
                and not (french and self._told_after_deed(te, root, before))]
        return news[-1] if news else None

    def _since_when(self, te: TimeExpr, tok: Token) -> str | None:
        """An English "since X, when ..." ("have been in Somalia since October 2011, when they crossed the border
        to push al-Shabaab back"; "under pressure since August 2022, when militias rose against the group"): the
        clause "when" opens tells what happened at X, the since's start, not a state lasting from it."""
        if current_language() != "en" or not (te.edtf or "").endswith("/..") or tok.idx < te.end:
            return None
        m = _SINCE_WHEN.match(doc_text(self.doc), te.end)
        if m is None:
            return None
        at = m.end() - len("when")
        when = next((t for t in tok.sent if t.idx == at), None)
        if when is None or when.dep_ != "advmod":
            return None
        clause = when.head
        if not clause.left_edge.i <= tok.i <= clause.right_edge.i:
            return None
        return te.edtf[: -len("/..")] if te.edtf else None

    def _claimed_before(self, te: TimeExpr, sent: Span, tok: Token) -> str | None:
        """A deed told by its claim, the claim's verb its trigger ("The group claimed the attack on Wednesday
        through its agency", "L'attaque a été revendiquée mardi par X"; French since round 48): a claim looks
        back at a deed the report has dated before; its day is the one told last before the sentence, when it
        lies up to a week before the claim's (as a French claim's).
        (Not a deed told under a claim or a telling, "on 27 April the group claimed it had shot down a
        helicopter", "said on Monday that reinforcements had been sent": measured on train, as many lost as won.)"""
        told = _day(te.edtf)
        if told is None:
            return None
        running = self._running(tok, lambda _r: False, upto=sent.start)
        prior = _span_days(running)
        # (a French claim may come the deed's own day, as ``_told`` reads a claim hung above the trigger)
        same_day = current_language() == "fr"
        if prior is not None and told - timedelta(days=_LEDE_REACH) <= prior[0] <= prior[1] <= told and (
                same_day or prior[1] < told):
            return running
        return None

    def _deed_before_telling(self, te: TimeExpr, root: Token, tok: Token, others: list[tuple[TimeExpr, Token]],
                             ) -> str | None:
        """An English wire's sentence that tells the deed's day before its telling's ("A bomb struck a vehicle ...
        on Tuesday, killing five, police said on Thursday"; "killed nine villagers ... late on Friday, residents
        said on Monday"), where the parser hung the deed's day on a participle or a conjoined verb off the
        trigger's chain: the deed's day, the last told before the telling's and up to a week before it (for a
        trigger told before the telling; not a day told in a relative clause: "a truck bomb that ripped through a
        junction on Saturday has killed 300, officials said on Monday, making it the deadliest attack")."""
        if current_language() != "en" or tok.i > root.i:
            return None
        told = _day(te.edtf)
        if told is None:
            return None
        for other, r in sorted(others, key=lambda x: -x[1].i):
            days = _span_days(other.edtf) if other.edtf and len(other.edtf) >= 10 else None
            if r.i < root.i and other is not te and r.i not in self.described and days is not None and (
                told - timedelta(days=_LEDE_REACH) <= days[0] <= days[1] < told
            ):
                return other.edtf
        return None

    def _deed_under_trigger(self, te: TimeExpr, tok: Token, others: list[tuple[TimeExpr, Token]]) -> str | None:
        """A French dispatch's deed told under its telling, with its own day in the trigger's phrase ("L'armée a
        annoncé lundi avoir tué X lors d'une frappe menée dans la nuit de samedi à dimanche"), where the parser
        hung that day on a participle off the trigger's clause: the deed's day, up to a week before the
        telling's."""
        if current_language() != "fr":
            return None
        told = _day(te.edtf)
        if told is None:
            return None
        under = {t.i for t in tok.subtree}
        for other, r in others:
            days = _span_days(other.edtf) if other.edtf and len(other.edtf) >= 10 else None
            # (a participle's only, as "menée", "survenu": not a day of another clause, "affirmant avoir tué dix
            # miliciens qui auraient arrêté un berger la veille")
            if other is not te and r.i in under and _governor(r).dep_ == "acl" and days is not None and (
                told - timedelta(days=_LEDE_REACH) <= days[0] <= days[1] <= told
            ):
                return other.edtf
        return None

    def _told(self, te: TimeExpr, sent: Span, tok: Token, claim: bool = False) -> str | None:
        """A trigger whose sentence dates only its telling ("Gunmen killed seven reservists, police said
        on Thursday"): a wire tells the day of the deed in its next sentence ("... on Wednesday
        afternoon"), a day up to a week before the telling; else the telling's day. A claim maintained
        "since April 2022" dates no deed: the running date before the sentence."""
        told = _day(te.edtf)
        if told is None:
            if (te.edtf or "").endswith("/.."):
                return self._running(tok, lambda _r: False, upto=sent.start)
            return te.edtf
        if current_language() == "fr" and claim:
            # "Neuf chauffeurs ont été tués lundi ... L'attaque a été revendiquée mardi par le GSIM": a claim of
            # responsibility looks back at a deed the dispatch has dated before; its day is the one told last
            # before the claim, when it lies within a week before it ("a annoncé trois jours plus tard
            # l'exécution de l'otage": an announcement may be the deed's own day, so only a claim)
            # (the deed may be told in a flashback: "Dans la nuit du 11 au 12, des hommes armés avaient enlevé
            # ... Mardi, le groupe a revendiqué l'enlèvement")
            for flashback in (False, True):
                running = self._running(tok, lambda _r: False, upto=sent.start, flashback=flashback)
                prior = _span_days(running)
                if prior is not None and told - timedelta(days=_LEDE_REACH) <= prior[0] <= prior[1] <= told:
                    return running
        nxt = sent.end
        for _ in range(2):  # the next sentence with words (a line break may stand between)
            if nxt >= len(self.doc):
                return te.edtf
            following = self.doc[nxt].sent
            if any(t.is_alpha for t in following):
                break
            nxt = following.end
        for other, root in self.exprs:
            if following.start <= root.i < following.end and (other.anchors or other.relative):
                # a day, or a few days ("over the weekend", "on the night of 3 to 4 May")
                days = _span_days(other.edtf) if other.edtf and len(other.edtf) >= 10 else None
                if days is not None and told - timedelta(days=_LEDE_REACH) <= days[0] <= days[1] <= told:
                    return other.edtf
        return te.edtf


# the words that chain a French participle to the act before it ("arrêté en avril 2015, puis extradé trois mois plus
# tard", "arrêté le 19 novembre et extradé le 2 février")
_CHAIN_WORDS = frozenset({"et", "puis"})


def _chained_participle_date(tok: Token, here: list[tuple[TimeExpr, Token]]) -> str | None:
    """A French verb trigger in a chain of acts, each told with its own date ("Il est arrêté à X en avril 2015, puis
    extradé vers Y trois mois plus tard", "a été arrêté le 19 novembre 2017 et extradé le 2 février 2018"): the date
    told in the trigger's own stretch of the chain, between the participle that opens it ("et" / "puis" and a
    participle) and the next such; the parser hangs the later act's date on the first verb, or the later participle
    on a noun, too often to read it from the tree. None where the trigger's stretch tells no date or the others none.
    ``here``: the sentence's dates less those of a telling ("libérés mercredi et remis aux autorités, a annoncé
    jeudi le gouverneur": Thursday is the telling's, not the handover's)."""
    if current_language() != "fr" or tok.pos_ not in ("VERB", "AUX") or len(here) < 2:
        return None
    sent = tok.sent

    def opens(t: Token) -> bool:
        if t.pos_ != "VERB" or "Part" not in t.morph.get("VerbForm", []) or t.i == sent.start:
            return False
        prev = t.doc[t.i - 1]
        return prev.lower_ in _CHAIN_WORDS
    bounds = [t.i for t in sent if opens(t)]
    if not bounds:
        return None
    lo = max([b for b in bounds if b <= tok.i], default=sent.start)
    hi = min([b for b in bounds if b > tok.i], default=sent.end)
    if lo == sent.start and hi == sent.end:
        return None
    at = [(te, _te_token(tok, te)) for te, _root in here]  # (each expression's token, found once)
    mine = [(te, i) for te, i in at if lo <= i < hi and not (te.edtf or "").endswith("/..")]
    if not mine or all(lo <= i < hi for _te, i in at):
        return None
    best, _i = min(mine, key=lambda x: abs(x[1] - tok.i))
    return best.edtf


def _te_token(tok: Token, te: TimeExpr) -> int:
    """The index of the token a temporal expression starts at, in the trigger's document."""
    span = tok.doc.char_span(te.start, te.end, alignment_mode="expand")
    return span.start if span is not None else -1


def _introduced_by(root: Token, tok: Token) -> bool:
    """Whether a trigger is what a phrase that dates only what it introduces ("au lendemain des combats", "deux mois
    avant que la cour ne condamne X") introduces: inside the phrase, or after it with no comma between (French)."""
    if root.left_edge.i <= tok.i <= root.right_edge.i:
        return True
    return root.i < tok.i and not any(t.text in (",", ";", ":") for t in tok.doc[root.i : tok.i])
