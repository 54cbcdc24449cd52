"""A court named by its seat and its kind in lower case: "the Niamey high court", "the criminal court of
N'Djamena", "the special assize court in Bamako" (English).

Reports write a state's courts so, and the annotated corpus names them so, lower-case words included:
on the train and dev gold, a place before or after "court" with at least one of the kind words below
is an organisation's name in 19 of 22 uses, each after "the" or opening a line or a headline; of the
other three, "a military court in Bosaso" and "in Manhattan federal court" describe a court (an
indefinite article, or none in a sentence), and only "the Ouagadougou high court" is left out by the
annotators. Without a kind word ("the Dakar court", "a court in Erbil") it is not a name. Both orders
of one court share a key, so "the Bamako special assize court", "the special assize court in Bamako"
and "the Assize court of Bamako" are one entity. Source of the kind words: the ordinary English names
of criminal, military and appeal jurisdictions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Candidate, column, is_cap, make_candidate
from .gazetteer import lookup
from .language import current_language
from .names import fold

COURT_KINDS = frozenset(
    {
        "criminal", "special", "assize", "military", "high", "federal", "district", "appeal", "appeals",
        "supreme", "terrorism", "anti-terrorism", "counter-terrorism", "magistrates", "magistrate's",
    }
)
_SEAT_LINKS = frozenset({"of", "in", "at"})
HEADING_MARKS = frozenset({"\u2014", "\u2013", "-", "|", ":"})  # before a heading's court ("Mali — ...")
MAX_SEAT = 4  # words of a seat written after the court ("Dar El Beida")


def court_key(seat: str, kinds: list[str]) -> str:
    """The clustering key of a court: its seat and the kind word before "court", in either order of the
    name ("the assize court of Bamako" is "the special assize court in Bamako")."""
    place = lookup(seat)
    return f"court:{fold(place.name if place else seat)}:{fold(kinds[-1])}"


def _kinds_before(doc: Doc, i: int) -> int:
    """The first of the kind words written just before token ``i`` ("court"), or ``i`` when none."""
    k = i
    while k > 0 and fold(doc[k - 1].text) in COURT_KINDS:
        k -= 1
    return k


def _seat_after(doc: Doc, i: int, taken: list[bool]) -> int:
    """The end of a capitalised seat after "court of/in/at" (token ``i`` is the link), or 0."""
    end = i + 1
    while end < len(doc) and end - i <= MAX_SEAT and is_cap(doc[end]) and not taken[end] and not doc[end].is_stop:
        end += 1
    return end if end > i + 1 else 0


def _seat_before(doc: Doc, k: int, taken: list[bool]) -> int:
    """The start of a place the gazetteer holds written just before token ``k``, or -1."""
    for j in range(max(0, k - 3), k):
        if not any(taken[j:k]) and all(is_cap(t) for t in doc[j:k]):
            place = lookup(doc[j:k].text)
            if place is not None:
                return j
    return -1


def _named(doc: Doc, k: int) -> bool:
    """Whether the phrase opening at token ``k`` names a court: after "the", or opening a line, a
    headline or a sentence ("a criminal court in Nouakchott" only describes one)."""
    if k == 0 or doc[k].is_sent_start:
        return True
    before = doc[k - 1]
    return before.lower_ == "the" or before.is_space or "\n" in before.text_with_ws or before.text in HEADING_MARKS


def courts(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "the Maroua military court", "the criminal court of Tamanrasset": courts named by seat and kind."""
    if current_language() != "en":
        return []
    out: list[Candidate] = []
    for i, text in enumerate(column(doc, "text")):
        if text != "court" or taken[i]:
            continue
        first = _kinds_before(doc, i)
        if first == i or any(taken[first:i]):
            continue
        kinds = [t.text for t in doc[first:i]]
        # the first kind word may open a line or a heading ("Mali — Assize court of Bamako"); the others
        # are lower case
        opens = first == 0 or doc[first].is_sent_start or doc[first - 1].is_punct or "\n" in doc[first - 1].text
        if not all(w.islower() for w in kinds[1:]) or not (kinds[0].islower() or opens):
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ in _SEAT_LINKS and (end := _seat_after(doc, i + 1, taken)):
            if not _named(doc, first):
                continue
            c = make_candidate(doc, first, end, "court")
            c.key = court_key(doc[i + 2 : end].text, kinds)
            out.append(c)
            continue
        start = _seat_before(doc, first, taken)
        if start >= 0 and kinds[0].islower() and _named(doc, start):
            c = make_candidate(doc, start, i + 1, "court")
            c.key = court_key(doc[start:first].text, kinds)
            out.append(c)
    return out
