"""Relations read from an encyclopedia article's fact box: lines of "Label: names" under its title (issue #10).

An article about a group or a person ("Houthi movement", then a lead paragraph, then "Leader(s): P", "Active
regions: A, B, C", "Opponents: X; Y; Z") states in its fact box what its prose tells in many sentences, or never:
each line's names are related to the article's subject, whose name is the title, the document's first line. No
sentence holds the two names (the subject is named in the title and the lead, the item on a line of its own that
is no sentence), so neither the sentence classifier nor the rules read them, and the document-level model sees a
topic and a name paragraphs apart.

A fact box is a run of at least ``MIN_LINES`` consecutive lines of the shape "Label: value" (a capitalised label
of at most five words, then a colon); a line's label, folded, its bracketed words and a plural's "(s)" left out,
is looked up in ``lexicons/infobox_labels.tsv`` (the predicate and which side the subject is), and every name the
value holds is related to the subject (the ontology's argument types decide: "Opponents" gives HOSTILE_TO to a
group or a country named there, "Leader(s)" LEADER_OF to a person). The subject is an entity (a group or a
person) named by the first line: by all of it, or by all of it less a bracketed qualifier or a lower-case
organisation head noun ("Ansar al-Islam (Iraq)", "Haqqani network"), or, where the line holds no name of a group
or person, the one the text names elsewhere by the line's words (``title_subject``). Opponents and allies that
are people are left out: a line of opponents names a government "of" its president, whom the gold does not make
an enemy; nor is a place after "in" there ("United States forces in Iraq": where the enemy stands). A place in
brackets after another ("Borno State (Nigeria)") only says where the first is.

A roster of names under a caption, one a line with its notes after dashes ("Hassan Kelli — deputy — Tebu — Murzuq"),
is read alike for one kind of cell, a community (``roster_relations``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Span
from .candidates import doc_text
from .language import current_language
from .lexicons import lexicons, pairs
from .mentions import EntityIndex
from .names import fold
from .relation_set import RelationSet

MIN_LINES = 2  # a fact box has two labelled lines at least: one is a note ("Note: ...")
_LABELLED = re.compile(r"^([A-Z][\w()/-]*(?: [\w()/-]+){0,4}):[ \t]+\S")
_BRACKETS = re.compile(r"\([^()]*\)")
_TITLE_TYPES = ("ORGANIZATION", "PERSON")
_NO_PEOPLE = ("HOSTILE_TO", "ALLY_OF")
# "Opponents: Islamic State, United States forces in Iraq": a place after "in" says where the enemy or ally named
# before it stands, it is none itself
_STATIONED = re.compile(r"\w[\w)]*\s+in\s+(?:the\s+)?$")
# what may follow the subject's name on the title line: one lower-case organisation head noun, a bracketed qualifier
_TITLE_REST = re.compile(r"(?:\s+([a-z][\w-]*))?(?:\s*\([^()]*\))?\s*")


@lru_cache(maxsize=4)
def _labels(language: str) -> dict[str, tuple[str, bool]]:
    """Folded label -> (predicate, whether the article's subject is the relation's subject)."""
    return {k: (v[:-1], v.endswith(">")) for k, v in pairs("infobox_labels.tsv", language).items()}


def label_key(label: str) -> str:
    """A fact box label as the lexicon keys it: folded, "(s)" and bracketed words left out ("Leader(s)" ->
    "leader", "Provinces (wilayat)" -> "provinces")."""
    return " ".join(_BRACKETS.sub(" ", fold(label.replace("(s)", ""))).lower().split())


def infobox_relations(b: RelationSet) -> None:
    """Each fact box line's names related to the article's subject (see the module's docstring)."""
    labels = _labels(current_language())
    if not labels:
        return
    index = b.index
    text = doc_text(index.doc)
    first = re.search(r"\S[^\n]*", text)  # the title: the first line (most documents stop here)
    if first is None:
        return
    t_start, t_end = first.start(), first.start() + len(first.group(0).rstrip())
    subject = title_subject(index, text, t_start, t_end)
    if subject is None:
        return
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text[t_end:])]
    lines = [(t_end + start, line) for start, line in lines]
    n = 0
    while n < len(lines):
        run = n
        while run < len(lines) and _LABELLED.match(lines[run][1]):
            run += 1
        if run - n < MIN_LINES:
            n = run + 1
            continue
        for start, line in lines[n:run]:
            label = line.split(":", 1)[0]
            found = labels.get(label_key(label))
            if found is None:
                continue
            pred, forward = found
            v_start, v_end = start + len(label) + 1, start + len(line)
            sent = Span(start, v_end, line)
            for h in index.hits:
                if not v_start <= h.start_char < v_end or h.key == subject:
                    continue
                if pred in _NO_PEOPLE and (h.type == "PERSON" or h.type == "LOCATION" and _STATIONED.search(
                        text[v_start:h.start_char])):
                    continue
                if h.type == "LOCATION" and _qualifies(text, v_start, h.start_char, index):
                    continue
                subj, obj = (subject, h.key) if forward else (h.key, subject)
                b.add(subj, pred, obj, sent, 0.6, "infobox")
        n = run + 1


def title_subject(index: EntityIndex, text: str, start: int, end: int) -> str | None:
    """The entity an article's title line (``text[start:end]``) names: a group or person named by the whole
    line; else by the line less a bracketed qualifier or a lower-case organisation head noun after the name
    ("Ansar al-Islam (Iraq)", "Katiba Azawagh (fictional group)", "Haqqani network", "Houthi movement": the
    entity layer leaves the lower-case noun out of the name); else, where no name was read in the title, the
    group or person whose name elsewhere in the text is the title's words ("Front for Change and Concord in
    Chad", read in the lead, the title line holding only "Chad")."""
    heads = lexicons().org_heads
    best = None
    for h in index.hits:
        if h.start_char != start or h.end_char > end or h.type not in _TITLE_TYPES:
            continue
        rest = _TITLE_REST.fullmatch(text[h.end_char:end])
        if rest is None or (rest.group(1) is not None and fold(rest.group(1)).lower() not in heads):
            continue
        if best is None or h.end_char > best.end_char:
            best = h
    if best is not None:
        return best.key
    if any(h.type in _TITLE_TYPES and start <= h.start_char < end for h in index.hits):
        return None  # a name inside the title that is not the title's: no subject
    words = fold(_BRACKETS.sub(" ", text[start:end])).lower().split()
    found = [k for k, e in index.entities.items()
             if index.type_of(k) in _TITLE_TYPES and any(fold(n).lower().split() == words for n in e.names())]
    return found[0] if len(found) == 1 else None


def _qualifies(text: str, start: int, at: int, index: EntityIndex) -> bool:
    """A place in brackets right after another place qualifies it ("Borno State (Nigeria)", "Andarab (Baghlan)",
    "Mopti region (Mali)": a lower-case word may follow the place's name): the line names the first, the
    bracket says where it is."""
    before = text[start:at].rstrip()
    if not before.endswith("("):
        return False
    end = len(re.sub(r"(?:\s+[a-z]+)?\s*$", "", before[:-1])) + start
    return any(h.type == "LOCATION" and h.end_char == end for h in index.hits)


# A roster line: a name, then cells after dashes ("Hassan Kelli — deputy (killed) — Tebu — Murzuq", "X group — Utmanzai
# Wazir; reportedly allied with ..."); a bullet may open it.
_ROSTER = re.compile(r"^(?:[-•*]\s+)?[A-Z][^\n—–]*? [—–] \S")
_DASH = re.compile(r" [—–] ")


def roster_relations(b: RelationSet) -> None:
    """A community that opens a cell of a roster line is the community of the line's head ("Name — role — Tebu —
    Murzuq", "Mullah X group — Ahmadzai Wazir of Wana; ..."): ``AFFILIATED_WITH``. A roster line is one of at least two
    consecutive lines, each a name then " — " (or " – "); its head, a person or a group named from the line's start
    (after a bullet) to its first dash. Such a line is a verbless sentence with no cue word between the two names,
    and the sentence classifier left some of these pairs (English train: 8 community pairs of roster lines missed)."""
    index = b.index
    text = doc_text(index.doc)
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    roster = [bool(_ROSTER.match(line)) for _, line in lines]
    for i, (start, line) in enumerate(lines):
        if not roster[i] or not ((i > 0 and roster[i - 1]) or (i + 1 < len(lines) and roster[i + 1])):
            continue
        first = _DASH.search(line)
        if first is None:
            continue
        lead = len(line) - len(line.lstrip("-•* "))
        heads = [h for h in index.hits if h.start_char == start + lead and h.end_char <= start + first.start()
                 and h.type in _TITLE_TYPES]
        if not heads:
            continue
        head = max(heads, key=lambda h: h.end_char)
        sent = Span(start, start + len(line), line)
        for cut in _DASH.finditer(line):
            at = start + cut.end()
            for h in index.hits:
                if h.start_char == at and h.type == "COMMUNITY":
                    b.add(head.key, "AFFILIATED_WITH", h.key, sent, 0.6, "roster")
