"""Events told in the rows of a table of incidents whose header names its columns (issues 10 and 11).

A report's table of incidents ("Date | Lieu | Victimes | Auteur présumé", "Date | Place | Event |
Perpetrator") tells one event a row, but a row is no sentence of prose: the rules read no trigger in a
line that does not end like a sentence, and the parser has no verb to hang the cells' names on. Here the
header's cells name the columns, by the first word of each cell (lexicon ``table_event_heads.tsv``, English
and French: date, place, event, perpetrator, victims), and a table with a date column and an event or
victims column makes each row under it (as many cells as the header; a Markdown rule row "|---|" is
skipped) an event for each trigger of its event and victims cells, one per type and cell: its agents the
names of the perpetrator cell (the groups named in the event cell where the table has none: "embuscade de
l'EIGS"), its patients those of the victims cell, its date the date cell's, its place the event cell's or
else the place cell's first place.

An event naming nobody is not built (precision first: the row's trigger alone tells no one's deed). An
event the ordinary rules built from the same trigger is replaced by the row's, and a row's event the prose
tells too (same type, a shared participant, dates that agree) is left to the prose: a table sums up.

Measured and not kept (docs/BENCHMARKS.md, "Twenty-eighth round (branch evttab34)"): a table of people's
fates ("Name | ... | Fate": "killed 2009") and an incident's outcome cell ("libérés en avril 2009") as
events of their own added as many events the gold does not pair as events it does, on English and French train.

Two kinds of English list line are read by their shape too ("Twenty-ninth round (branch evtlist35)"): a list of
verdicts, one defendant a line with the penalty after a dash (``verdict_lines``), and a list of people's fates, one
person a line with cells cut by dashes, slashes or semicolons and a fate opening a cell (``fate_lines``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..model import Event, Participant, Span
from ..ontology import Ontology
from .candidates import doc_text
from .event_filters import _negated
from .language import current_language
from .lexicons import pairs
from .mentions import EntityIndex, Hit
from .names import table_head_word
from .timeline import Timeline
from .triggers import TriggerHit, find_triggers

_AGENT_TYPES = ("ORGANIZATION", "PERSON")
_PATIENT_TYPES = ("ORGANIZATION", "PERSON", "COMMUNITY")
_TOLD = ("event", "target")  # the cells of a row whose words tell its event
_RULE_ROW = re.compile(r"[\s|:+-]+")  # a Markdown table's rule row, "|---|:---|"


@lru_cache(maxsize=4)
def _heads(language: str) -> dict[str, str]:
    """Header word (folded) -> the column it names (``table_event_heads.tsv``)."""
    return pairs("table_event_heads.tsv", language)


def _kinds(header: str, heads: dict[str, str]) -> list[str | None]:
    return [heads.get(table_head_word(cell)) for cell in header.split("|")]


def table_events(
    doc: Doc, ontology: Ontology, index: EntityIndex, timeline: Timeline, events: list[Event]
) -> list[Event]:
    """``events`` with those told in table rows built from the rows' cells (see the module's docstring)."""
    text = doc_text(doc)
    if "|" not in text:
        return events
    heads = _heads(current_language())
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    rows: list[tuple[list[str | None], list[int], str, int]] = []
    n = 0
    while n < len(lines):
        kinds = _kinds(lines[n][1], heads)
        n += 1
        if len(kinds) < 2 or "date" not in kinds or not ("event" in kinds or "target" in kinds):
            continue
        while n < len(lines):
            start, row = lines[n]
            cells = row.split("|")
            if _RULE_ROW.fullmatch(row):
                n += 1
                continue
            if len(cells) != len(kinds):
                break  # the table ends with its rows
            bounds = [start]
            for cell in cells:
                bounds.append(bounds[-1] + len(cell) + 1)
            rows.append((kinds, bounds, row, start))
            n += 1
    if not rows:
        return events
    # a row is no sentence of prose (the rules read no trigger in a line without a full stop): its trigger cells'
    # words are searched here, names and dates left out
    spans = [(b[i], b[i + 1] - 1) for kinds, b, _, _ in rows for i, k in enumerate(kinds) if k in _TOLD]
    inside = {t.i for a, z in spans for t in doc.char_span(a, z, alignment_mode="expand") or ()}
    skip = set(index.by_token) | timeline.date_spans() | (set(range(len(doc))) - inside)
    hits = find_triggers(doc, ontology, skip)
    built: list[Event] = []
    replaced: set[int] = set()  # the character offsets of triggers whose event a row rebuilt
    for kinds, bounds, row, start in rows:
        for ev, at in _row_events(doc, hits, index, timeline, kinds, bounds, row, start):
            built.append(ev)
            replaced.add(at)
    if not built:
        return events
    kept = [e for e in events if e.trigger_span is None or e.trigger_span.start not in replaced]
    # a table sums up what the prose tells ("Name | ... | Fate" beside "X was killed in a drone strike in 2013"):
    # a row's event that the prose told (same type, a shared participant, no other date) is not told twice
    return kept + [e for e in built if not any(_retold(e, p) for p in kept)]


def _retold(row: Event, prose: Event) -> bool:
    """Whether a row's event is one the prose told: same type, a shared participant, dates that agree (one the
    other's start, or either unknown)."""
    if row.type != prose.type or not {p.entity for p in row.participants} & {p.entity for p in prose.participants}:
        return False
    a, b = row.date, prose.date
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _row_events(
    doc: Doc,
    hits: list[TriggerHit],
    index: EntityIndex,
    timeline: Timeline,
    kinds: list[str | None],
    bounds: list[int],
    row: str,
    start: int,
) -> list[tuple[Event, int]]:
    def within(col: int, char: int) -> bool:
        return bounds[col] <= char < bounds[col + 1] - 1

    def names(cols: list[int], types: tuple[str, ...]) -> list[str]:
        return list(dict.fromkeys(
            h.key for h in index.hits if h.type in types and any(within(c, h.start_char) for c in cols)))

    def date_in(col: int) -> str | None:
        return next((te.edtf for te, _ in timeline.exprs if te.edtf and within(col, te.start)), None)

    def place_in(cols: list[int]) -> str | None:
        return next(iter(names(cols, ("LOCATION",))), None)

    cols = {kind: [i for i, k in enumerate(kinds) if k == kind] for kind in set(kinds) if kind}
    agents = names(cols.get("actor", []) or cols.get("event", []), _AGENT_TYPES)
    patients = [k for k in names(cols.get("target", []), _PATIENT_TYPES) if k not in agents]
    if not agents and not patients:
        return []
    date = next((d for c in cols["date"] if (d := date_in(c)) is not None), None)
    out: list[tuple[Event, int]] = []
    for col in [c for kind in _TOLD for c in cols.get(kind, [])]:
        seen: set[str] = set()
        for hit in hits:
            tok = doc[hit.start]
            if not within(col, tok.idx) or hit.type in seen or _negated(tok):
                continue
            seen.add(hit.type)
            last = doc[hit.tokens[-1]]
            parts = [Participant(k, "agent") for k in agents] + [Participant(k, "patient") for k in patients]
            trig = Span(tok.idx, last.idx + len(last.text), doc.text[tok.idx : last.idx + len(last.text)])
            out.append((Event(type=hit.type, trigger=trig.text, participants=parts,
                              location=place_in([col]) or place_in(cols.get("place", [])), date=date_in(col) or date,
                              evidence=[Span(start, start + len(row), row)], trigger_span=trig, confidence=0.5,
                              method="table"), tok.idx))
    return out


# A list of verdicts: one line a defendant, the names first and the penalty after a dash ("- Adama X, the cell's
# leader — life imprisonment.", "2. Brahim Y, 45, a trader - 20 years' imprisonment.", "• Sahal Z — acquitted for
# lack of evidence."). General English of court reporting, written for this project (MIT, like the code).
_NUMBER = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
           r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|"
           r"seven|eight|nine))?")
# a penalty that says it is one ("sentenced", "life imprisonment", "15 years' imprisonment", "death sentence")
_STATED_PENALTY = re.compile(
    rf"(?:sentenced|convicted|acquitted|jailed|imprisoned)\b|(?:life|death)[ -](?:sentence|imprisonment|in prison|"
    rf"penalty|term)\b|{_NUMBER}[ -](?:years?|months?)['’]?s?[ -](?:imprisonment|in prison|in jail|jail|prison)\b",
    re.IGNORECASE)
# a bare term ("— twenty years.", "— ten years each."): a penalty only in a report that names a court before it
_BARE_TERM = re.compile(rf"{_NUMBER}[ -](?:years?|months?)\b(?![ -]old)", re.IGNORECASE)
_LIST_MARK = re.compile(r"[ \t]*(?:[-•*–][ \t]+|\d{1,3}[.)][ \t]+)?")
_DASH = re.compile(r"[ \t][—–-][ \t]+")
_SENTENCE_END = re.compile(r"[.!?;][ \t]")
_DASHED_LINE = re.compile(r"^[^\n]*[ \t][—–-][ \t][^\n]*$", re.MULTILINE)


def _hits_in(index: EntityIndex, starts: list[int], start: int, end: int) -> list[Hit]:
    """The mentions of ``index`` (their start offsets ``starts``) that start from ``start`` to before ``end``."""
    return index.hits[bisect_left(starts, start) : bisect_left(starts, end)]


def verdict_lines(
    doc: Doc,
    index: EntityIndex,
    events: list[Event],
    court: Callable[[int], str | None],
    date: Callable[[Token], str | None],
) -> list[Event]:
    """``events`` with a SENTENCING event for each line of a list of verdicts ("NAME, description — PENALTY"):
    its patients the people named before the line's first comma, its agent the court named last before the line
    (``court``), its date ``date`` of the penalty's first word. A verdict the rules read from a trigger after the
    dash ("Y — convicted.", where the parser makes Y the one who convicts) is replaced by the line's."""
    text = doc_text(doc)
    built: list[Event] = []
    spans: list[tuple[int, int]] = []  # the penalty part of each line read, whose rule events it replaces
    starts = [h.start_char for h in index.hits]
    for line in _DASHED_LINE.finditer(text):
        start, row = line.start(), line.group(0)
        mark = _LIST_MARK.match(row)
        head_at = mark.end() if mark else 0
        for dash in _DASH.finditer(row, head_at):
            out_at = dash.end()
            stated = _STATED_PENALTY.match(row, out_at)
            penalty = stated or _BARE_TERM.match(row, out_at)
            if penalty is None:
                continue
            if _SENTENCE_END.search(row, head_at, dash.start()):
                break  # the dash is in a later sentence of a paragraph: its names before it are no defendant's
            comma = row.find(",", head_at, dash.start())
            head_end = start + (comma if comma >= 0 else dash.start())
            named = _hits_in(index, starts, start + head_at, head_end)
            people = list(dict.fromkeys(h.key for h in named if h.type == "PERSON" and h.end_char <= head_end))
            first = doc.char_span(start + out_at, start + len(row), alignment_mode="expand")
            if not people or first is None or not len(first):
                break
            judge = court(first[0].i)
            if stated is None and judge is None:
                break  # "— twenty years" with no court named: a time spent, not a penalty
            tok = first[0]
            parts = [Participant(k, "patient") for k in people]
            if judge is not None and judge not in people:
                parts.insert(0, Participant(judge, "agent"))
            trig = Span(start + out_at, start + penalty.end(), penalty.group(0))
            built.append(Event(type="SENTENCING", trigger=trig.text, participants=parts, date=date(tok),
                               evidence=[Span(start, start + len(row), row)], trigger_span=trig, confidence=0.5,
                               method="verdict-list"))
            spans.append((start + out_at, start + len(row)))
            break
    if not built:
        return events
    kept = [e for e in events if not (
        e.type == "SENTENCING" and e.trigger_span is not None
        and any(a <= e.trigger_span.start < z for a, z in spans))]
    return kept + built


# A list of people's fates, one line a person with cells cut by dashes, slashes or semicolons ("Ali X — deputy —
# captured by the police on 9 January", "Ali X / logistics / arrested in Y in January", "- Ali X — commander,
# reportedly killed in Y in 2022"): a fate participle opening a cell. General English, written for this project.
_FATES = {"killed": "KILLING", "captured": "ARREST", "arrested": "ARREST", "detained": "ARREST"}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# what may follow a fate: the cell's end, a place, an agent, a date or a circumstance ("killed in X", "captured by Y",
# "arrested 21 May", "killed (claimed)"), never an object ("X — killed his rival in 2018": X killed)
_FATE = re.compile(
    r"(?:^|[—–/;(,][ \t]*)(?:(?:was|reportedly|reported|later)[ \t]+)*(killed|captured|arrested|detained)\b"
    r"(?=[ \t]*(?:$|[—–/;(),|]|\d|(?:in|on|at|near|by|during|while|when|after|before|around|outside|with|and|or|"
    rf"reportedly|since|from|early|late|mid|{_MONTHS})\b))")
_CELL_END = re.compile(r"[—–/;()|]")
_FATE_LINE = re.compile(r"^[^\n]*\b(?:killed|captured|arrested|detained)\b[^\n]*$", re.MULTILINE)


def fate_lines(doc: Doc, index: EntityIndex, timeline: Timeline, events: list[Event]) -> list[Event]:
    """``events`` with an event for each line of a list of people's fates (see ``_FATE``) that ends like no
    sentence (the rules read no trigger there): its patient the person the line opens with, its agents those
    named after "by" in the fate's cell, its date the cell's; one the prose told (same type, the same person,
    dates that agree) is left to the prose."""
    text = doc_text(doc)
    built: list[Event] = []
    starts = [h.start_char for h in index.hits]
    for line in _FATE_LINE.finditer(text):
        start, row = line.start(), line.group(0).rstrip()
        if not row or row.rstrip("'\"’”)]").endswith((".", "!", "?", ";", ":")):
            continue
        mark = _LIST_MARK.match(row)
        head_at = start + (mark.end() if mark else 0)
        hits = _hits_in(index, starts, head_at, start + len(row))
        if not hits or hits[0].start_char != head_at or hits[0].type != "PERSON":
            continue
        person = hits[0]
        fate = _FATE.search(row, person.end_char - start)
        if fate is None:
            continue
        cell_end = _CELL_END.search(row, fate.end())
        a, z = start + fate.start(1), start + (cell_end.start() if cell_end else len(row))
        by = row.find(" by ", fate.end(), z - start)
        agents = [h.key for h in hits if by >= 0 and start + by < h.start_char < z
                  and h.type in _AGENT_TYPES and h.key != person.key]
        when = next((te.edtf for te, _ in timeline.exprs if te.edtf and a <= te.start < z), None)
        place = next((h.key for h in hits if a <= h.start_char < z and h.type == "LOCATION"), None)
        word = fate.group(1)
        trig = Span(a, a + len(word), word)
        parts = [Participant(k, "agent") for k in dict.fromkeys(agents)] + [Participant(person.key, "patient")]
        built.append(Event(type=_FATES[word.lower()], trigger=word, participants=parts, location=place, date=when,
                           evidence=[Span(start, start + len(row), row)], trigger_span=trig, confidence=0.5,
                           method="fate-list"))
    if not built:
        return events
    return events + [e for e in built if not any(_retold(e, p) for p in events)]
