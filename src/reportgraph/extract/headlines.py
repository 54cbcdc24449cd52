"""Title Case headlines: lines where capitals say little about names."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from .candidates import doc_lines, doc_text
from .edtf import FR_MONTHS, MONTH_NAMES
from .gazetteer import is_country, lookup
from .language import current_language

TITLES_KEY = "reportgraph.title_lines"

# Small words a Title Case headline capitalises and a sentence-case one does not.
TITLE_SMALL_WORDS = frozenset(
    {
        "of",
        "the",
        "and",
        "in",
        "for",
        "to",
        "on",
        "at",
        "from",
        "with",
        "a",
        "an",
        "by",
        "into",
        "after",
        "over",
        "against",
    }
)


Spans = list[tuple[int, int]]


def _cached(doc: Doc, key: str, build: Callable[[Doc], Spans]) -> Spans:
    """``build(doc)``, kept in the document's ``user_data`` under ``key``: the line classes below are asked
    about again for every candidate name of a report (a copy is returned, the cache stays as built)."""
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = build(doc)
    return list(cached)


def title_lines(doc: Doc) -> Spans:
    """Character spans of lines written in Title Case (headlines), where capitals say little."""
    return _cached(doc, TITLES_KEY, _title_lines)


def _title_lines(doc: Doc) -> Spans:
    spans = []
    for pos, line in doc_lines(doc):
        tokens = re.findall(r"[^\W\d_]+", line)
        small = [w for w in tokens[1:] if w.lower() in TITLE_SMALL_WORDS]
        long_words = [w for w in tokens if len(w) > 3]
        capitals = sum(w[0].isupper() for w in long_words)
        title_case = (
            sum(w[0].isupper() for w in small) > len(small) / 2
            if small
            else len(long_words) >= 5 and capitals >= 0.8 * len(long_words)
        )
        if title_case and len(long_words) >= 3 and not line.rstrip().endswith("."):
            spans.append((pos, pos + len(line)))
    return spans


def in_title_line(doc: Doc, i: int) -> bool:
    idx = doc[i].idx
    return any(a <= idx < b for a, b in title_lines(doc))


FURNITURE_KEY = "reportgraph.furniture_lines"

# Page furniture and boilerplate: lines that belong to the page or the publisher, not the report.
_FURNITURE = re.compile(
    r"""^\s*(?:
        (?:by|written\s+by|author(?:s)?:?|prepared\s+by|reported\s+by          # a byline, or a wire
           |(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by  # story's credits
           |translated\s+by)\s+\S
      | page\s+\d+(?:\s+(?:of|/)\s+\d+)?\s*$ | \d+\s*(?:/|of)\s*\d+\s*$ | -\s*\d+\s*-\s*$  # page numbers
      | (?:©|\(c\)|copyright\b) | all\s+rights\s+reserved                   # copyright
      | (?:confidential|unclassified|restricted|for\s+official\s+use\s+only|draft)\b[^.]*$  # markings
      | (?:table\s+of\s+contents|contents|executive\s+summary|key\s+(?:judg(?:e)?ments|findings|points)
         |summary|introduction|conclusions?|background|methodology|sources|references|notes
         |about\s+the\s+authors?|recommendations|annex(?:es)?|appendix)\s*:?\s*$  # section labels
      | (?:published|updated|last\s+updated|date|posted)\s*:?\s+\S[^.]*$     # dates of the page
      | (?:source|photo|image|credit|figure|fig\.|map|table)\s*\d*\s*:        # captions and credits
      | (?:\d+\.\s*)?\^\s                                                  # an encyclopedia's references
      | (?:\[\d+\]|\d+\.)\s+[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?)+\s*\((?:19|20)\d\d  # "[3] Zenn, J. (2020)"
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A wire story's dateline names its agency in brackets before the dash: "MAPUTO, March 29, 2021
# (Indian Ocean Wire) - ...", "NIAMEY, Friday 19/06/2015 (AFP) -", a French dispatch's "GAO (Mali), 8
# septembre 2023 (Agence Sahel Presse) -" (the country in brackets after the town). The agency is the publisher's.
# The town may be two, or be written with an accented capital ("BAMAKO/GENEVA, May 12 (Sahel Wire) -",
# "SÉGOU, Mali, Oct 3, 2024 (Sahel Wire) -"; thirty-third round).
_CAPITAL_LETTER = "A-ZÀ-ÖØ-Þ"
_DATELINE_AGENCY = re.compile(
    rf"^\s*[{_CAPITAL_LETTER}][{_CAPITAL_LETTER}'’ ./-]{{2,40}}(?:\s*\([A-Z][^()\n]{{1,30}}\))?"
    r"(?:,\s*[A-Z][\w .'’-]{1,30})?,?\s[^()\n]{0,40}?"
    r"\(([^()\n]{2,50})\)\s*[-–—]")
# A blog's or a newsletter's title in capitals at the top, before its dash, bullet or bar ("TIBESTI DIARY — a
# blog about ...", "COURT WATCH — MALI", "THE X SIGNAL · a newsletter on ..."): the page's publication, whose
# place or court word is no name there (on the train and dev gold 19 of 20 such titles are no name)
_PUBLICATION_TITLE = re.compile(
    r"^\s*((?:THE\s+)?(?:[A-Z][A-Z'’.-]*\s+){0,3}(?:REPORT|WATCH|MONITOR|DIARY|DESK|SIGNAL|NOTES|WIRE|TRACKER"
    r"|BULLETIN|DIGEST|DISPATCH|DISPATCHES|BRIEF|NEWSLETTER|JOURNAL|BLOG|OBSERVER|REVIEW))\s*(?:[-–—·|:]|$)")
# The same title written in Title Case ("Cabo Ligado Notes — an independent blog", "Lake Chad Notebook #7 —",
# "Policy Brief 2025-06:", "Horn Frontlines — a newsletter on ..."), perhaps after a label of the exercise
# ("Fictional scenario (invented actors): Sahel Watch Notes — ..."): on the train and dev gold none of the 28
# titles of a blog or newsletter at a report's top is a name (thirty-third round)
_TITLE_CASE_PUBLICATION = re.compile(
    r"^\s*(?:[A-Z][^\n:]{0,40}:\s+)?((?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:Notes|Notebook|Wire|Tracker|Bulletin"
    r"|Digest|Dispatch|Dispatches|Brief|Newsletter|Journal|Blog|Diary|Files|Ledger)"
    r"|(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?=\s+[-–—]\s+an?\s+(?:\w+\s+){0,2}(?:blog|newsletter)\b))"
    r"(?:\s+#?[\d-]+)?\s*(?:[-–—·|:]|$)")
# A release's or a speech's place and date on a line of their own ("Algiers, 16 July 2025", "State House, Port
# Elvane, 2 June 2025", "Quetta, Tuesday, April 8, 2025"): the line is short and capitalised as a heading is,
# but the town it was issued from is a place of the report. On the train and dev gold the place right before
# the date is a gold name in 25 of 27 such lines (19 of them named nowhere else); "Brussels" of the EU's
# statements is the two that are not. Only the words before that place are the page's (English only: a French
# dispatch's dateline is classify._dateline_place's).
_ENGLISH_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + ")"
_PLACE_DATELINE = re.compile(
    r"^\s*(?:[^\n|]{1,60}?,\s*)?"
    r"(?P<place>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_ENGLISH_MONTH}\s+\d{{4}}|{_ENGLISH_MONTH}\s+\d{{1,2}},?\s+\d{{4}})\s*$")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_SETEXT_UNDERLINE = re.compile(r"^\s*(?:=+|-+)\s*$")
_SENTENCE_END = (".", "!", "?", ";", ".\"", ".”", ".'", ".’", ".)")


def _is_heading(lines: list[str], n: int, last_text: int) -> bool:
    """A heading: Markdown (# or underlined), or a short stand-alone line with no sentence end whose
    long words are nearly all capitalised (Chicago-style titles keep small words lower case, so
    "How an Algerian Insurgency Went Regional" is one). ``last_text`` is the index of the last line
    that is not blank (-1 if none)."""
    line = lines[n]
    if _MARKDOWN_HEADING.match(line):
        return True
    if n + 1 < len(lines) and _SETEXT_UNDERLINE.match(lines[n + 1]) and line.strip():
        return True
    text = line.strip().lstrip("#*_ ").rstrip("*_ ")
    if not text or text.endswith(_SENTENCE_END) or len(text.split()) > 16:
        return False
    # a heading stands alone and has text below it (a one-line snippet is a sentence, not a title)
    below = last_text > n  # (looking through every line below each line was quadratic in their number)
    alone = below and (n == 0 or not lines[n - 1].strip()) and (n + 1 >= len(lines) or not lines[n + 1].strip())
    tokens = re.findall(r"[^\W\d_]+", text)
    long_words = [w for w in tokens if len(w) > 3]
    capitals = sum(w[0].isupper() for w in long_words)
    return alone and len(long_words) >= 2 and capitals >= 0.8 * len(long_words)


_HEADER_CELL = re.compile(r"[^\W\d_][\w'’/-]*(?: [^\W\d_][\w'’/-]*){0,2}")


def _table_header(lines: list[str], n: int) -> bool:
    """The first row of a pipe table ("Name | Role | Group" above "Iyad Ag Ghaly | emir | JNIM"): its
    cells name the columns, the first one in one word ("Name", "Group", "Actor"). A first row of data
    opens on a name of two words or more or an acronym, or holds digits, quotes or brackets."""
    if "|" not in lines[n] or (n > 0 and "|" in lines[n - 1]) or n + 1 >= len(lines) or "|" not in lines[n + 1]:
        return False
    cells = [c.strip() for c in lines[n].strip().strip("|").split("|")]
    return (len(cells) >= 2 and " " not in cells[0] and not cells[0].isupper()
            and all(_HEADER_CELL.fullmatch(c) for c in cells))


# A French report's masthead near its top: cells parted by a spaced dash, one of them a date alone
# ("Centre d'analyse des conflits africains - décembre 2022", "Cellule d'analyse régionale - diffusion
# interne - 14 novembre 2023") or a document-kind label ("NOTE D'ANALYSE - Observatoire des conflits
# sahéliens", "Document de travail - Programme Sahel, Institut ..."): the body that writes or publishes the
# report is the page's; the French gold annotates it only where the body names it too, or where the
# masthead gives its acronym ("RAPPORT - Observatoire ... (OODH)", such a line is left alone). A dispatch's
# dateline ("BAMAKO, 3 mai 2023 (AFP) - Des hommes ...") has no cell that is a date alone and goes on
# with a sentence.
_FR_CELL_SPLIT = re.compile(r"\s+[-–—]\s+")
# the months' full names, with and without accents (``edtf.FR_MONTHS`` less its abbreviations, each the start of
# a longer name: "janv", "févr", "avr", "juil", "déc")
_FR_MONTHS = "(?:" + "|".join(sorted(
    m for m in FR_MONTHS if not any(o != m and o.startswith(m) for o in FR_MONTHS))) + ")"
_FR_DATE_CELL = re.compile(rf"(?i)^(?:(?:le\s+)?\d{{1,2}}(?:er)?\s+)?{_FR_MONTHS}\s+\d{{4}}$")
_FR_LABEL_CELL = re.compile(
    r"(?i)^(?:(?:note|fiche|document|bulletin|billet|rapport|synth[èe]se|dossier|[ée]tude)s?"
    r"(?:\s+(?:d['’]\s?[^\W\d_]+|de\s+[^\W\d_]+|[^\W\d_]+))?(?:\s+n°\s*\d+)?"
    r"|diffusion\s+(?:interne|restreinte|limit[ée]e))$")
_FR_ACRONYM_CELL = re.compile(r"\([A-Z][A-Z0-9-]{1,9}\)$")


def _french_masthead(lines: list[str], n: int) -> bool:
    line = lines[n].strip()
    if n > 6 or len(line) > 110 or line.startswith("[") or re.search(r"[.;!?]\s+[A-ZÀ-Ý]", line):
        return False
    cells = [c.strip() for c in _FR_CELL_SPLIT.split(line)]
    if len(cells) < 2 or any(":" in c and not _FR_DATE_CELL.match(c.split(":", 1)[1].strip()) for c in cells):
        return False  # "Note rapide n° 31 - Bénin : ...": a label before the report's headline
    if any(_FR_ACRONYM_CELL.search(c) for c in cells):
        return False  # "RAPPORT - Observatoire ... (OODH)": a body given its acronym is one the gold names
    return any(_FR_DATE_CELL.match(c) or _FR_LABEL_CELL.match(c) for c in cells)


def _masthead(lines: list[str], n: int) -> bool:
    """A report's masthead near its top: one line of cells parted by " | " ("Verdict summary | 28
    February 2025 | Prepared by a trial-monitoring group", "Conflict monitoring brief | 14 pages | Data
    through December 2022"), no row of a table (the lines around it have no pipe)."""
    if n > 8 or lines[n].count(" | ") < 1 or lines[n].lstrip().startswith("|"):
        return False
    return not any("|" in lines[k] for k in (n - 1, n + 1) if 0 <= k < len(lines))


# A wire story's credits: "(Additional reporting by X in Niamey and Y in Dakar; Editing by Z)". The
# reporters are the page's, but the places they filed from are places of the report: on the train and
# dev gold such a place is a gold name in 35 of 37 uses (19 of them named nowhere else), and none of the
# 132 reporters' names is.
_CREDITS = re.compile(r"(?:additional\s+)?reporting\s+by\s+\S", re.IGNORECASE)
_CREDIT_PLACE = re.compile(r"\bin\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _credit_spans(line: str, pos: int) -> list[tuple[int, int]]:
    """The furniture spans of a credits line: the whole line but the places after "in"."""
    spans, start = [], 0
    for m in _CREDIT_PLACE.finditer(line):
        spans.append((pos + start, pos + m.start(1)))
        start = m.end(1)
    spans.append((pos + start, pos + len(line)))
    return [(a, b) for a, b in spans if b > a]


# A French state's letterhead or a dispatch's country line: "BURKINA FASO", "RÉPUBLIQUE DU NIGER" (the
# state's formal name above its motto, "Fraternité - Travail - Progrès"). It stands alone in capitals as
# a heading does, but the French gold annotates the country there: it is the report's, not the page's.
_STATE_OF = re.compile(r"(?:r[ée]publique|royaume|[ée]tat)\s+(?:du|de\s+la|des|de|d['’])\s*", re.IGNORECASE)


def heading_country(line: str) -> str | None:
    """In French text, the country a line names alone, by its name or its state's ("République du X")."""
    if current_language() != "fr":
        return None
    text = line.strip().strip("#*_ ").strip()
    country = text[m.end():] if (m := _STATE_OF.match(text)) else text
    return country if country and is_country(country) else None


def country_headings(doc: Doc) -> Spans:
    """Character spans of the lines that name a country alone (``heading_country``), without blanks."""
    spans = []
    for pos, line in doc_lines(doc):
        if heading_country(line):
            text = line.strip().strip("#*_ ").strip()
            start = pos + line.index(text)
            spans.append((start, start + len(text)))
    return spans


def furniture_lines(doc: Doc) -> Spans:
    """Character spans of headings, bylines, page numbers, copyright and classification lines,
    section labels, captions and mastheads: words there are the page's, and a name found only there (a
    heading's "Fictional Scenario", a byline's author, a publisher) is not an entity of the report."""
    return _cached(doc, FURNITURE_KEY, _furniture_lines)


def _furniture_lines(doc: Doc) -> Spans:
    walked = doc_lines(doc)
    lines = [line for _, line in walked]
    last_text = next((n for n in range(len(lines) - 1, -1, -1) if lines[n].strip()), -1)
    spans = []
    for n, (pos, line) in enumerate(walked):
        bare = line.strip().lstrip("#>*-•([ ").strip()  # "(Reporting by ...; editing by ...)"
        if bare and _CREDITS.match(bare):
            spans.extend(_credit_spans(line, pos))
        elif current_language() == "en" and (m := _PLACE_DATELINE.match(line)) is not None:
            if m.start("place") > 0:
                spans.append((pos, pos + m.start("place")))
        elif bare and not heading_country(line) and (
                _is_heading(lines, n, last_text) or _FURNITURE.match(bare) or _table_header(lines, n)
                or _masthead(lines, n) or (current_language() == "fr" and _french_masthead(lines, n))):
            spans.append((pos, pos + len(line)))
        elif ((m := _DATELINE_AGENCY.match(line)) is not None
              # a publication's title at the top (_PUBLICATION_TITLE)
              or (n <= 5 and (m := _PUBLICATION_TITLE.match(line) or _TITLE_CASE_PUBLICATION.match(line)) is not None)):
            spans.append((pos + m.start(1), pos + m.end(1)))
    return spans


# The UN sanctions committee that issues a narrative summary of reasons for listing, named at the summary's
# top ("Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee", "Security Council Committee
# established pursuant to resolution 2140 (2014)"): the report's author, an organisation named by the whole
# line, brackets and lower-case words included (on the train and dev gold 8 of 8 such lines are one name);
# in capitals too ("SECURITY COUNCIL ISIL (DA'ESH) AND AL-QAIDA SANCTIONS COMMITTEE": 6 of 6 on the train gold)
_COMMITTEE_HEADING = re.compile(r"Security Council\b[^\n.]{0,100}\bCommittee\b[^\n.]{0,60}", re.IGNORECASE)


def committee_heading(doc: Doc) -> tuple[int, int] | None:
    """The character span of a sanctions committee's name on a line of its own among a report's first three
    lines that are not blank (a note on an exercise's invented names may come first), if it has one."""
    seen = 0
    for pos, line in doc_lines(doc):
        text = line.strip()
        if not text:
            continue
        if _COMMITTEE_HEADING.fullmatch(text):
            start = pos + line.index(text)
            return start, start + len(text)
        seen += 1
        if seen == 3:
            break
    return None


AGENCIES_KEY = "reportgraph.dateline_agencies"


def dateline_agencies(doc: Doc) -> Spans:
    """Character spans of the agencies that wire stories' datelines name ("NIAMEY, Dec 11, 2019 (Sahel Wire)
    - ..."), less a country in brackets after the town ("NIAMEY (Niger) - ..."): the publisher, which the
    story may name again as its source ("told Levant Wire by telephone"), is no actor of the report."""
    return _cached(doc, AGENCIES_KEY, _dateline_agencies)


def _dateline_agencies(doc: Doc) -> Spans:
    spans = []
    for pos, line in doc_lines(doc):
        if (m := _DATELINE_AGENCY.match(line)) is not None and lookup(m.group(1)) is None:
            spans.append((pos + m.start(1), pos + m.end(1)))
    return spans


CAPS_KEY = "reportgraph.caps_lines"
# A dateline's town in capitals before its date, its country in brackets or its dash.
_CAPS_DATELINE = re.compile(r"^\s*([A-Z][A-Z'’ .-]{1,40}?[A-Z])\s*(?:,|\(|[-–—]\s)")


def caps_lines(doc: Doc) -> Spans:
    """Character spans of lines written all in capitals (a headline, a dateline, a heading): two or
    more words of letters, none with a lower-case letter ("FROM YIRGOU TO SOLHAN: ..."); of a dateline
    ("GAO, 3 May 2023 - ...") only the town in capitals before its comma, bracket or dash."""
    return _cached(doc, CAPS_KEY, _caps_lines)


def _caps_lines(doc: Doc) -> Spans:
    spans = []
    for pos, line in doc_lines(doc):
        tokens = re.findall(r"[^\W\d_]+", line)
        if len(tokens) >= 2 and all(w.isupper() for w in tokens):
            spans.append((pos, pos + len(line)))
        elif (m := _CAPS_DATELINE.match(line)) is not None:
            spans.append((pos + m.start(1), pos + m.end(1)))  # "GAO, 3 May 2023 - Gunmen ...": its town
    return spans


def name_in_capitals(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]``, an all-capitals run inside an all-capitals line, a name written in
    capitals rather than an acronym? It is when the report writes the same word with lower-case
    letters elsewhere ("FROM YIRGOU TO SOLHAN" and "in Yirgou"), or writes it nowhere outside
    capitals lines at all; an acronym the body also writes in capitals ("FLT") stays one."""
    if start >= end:
        return False
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    spans = caps_lines(doc)
    if not any(x <= a and b <= y for x, y in spans):
        return False
    text = doc_text(doc)[a:b]
    lowered, in_capitals = False, False
    for m in re.finditer(rf"(?<![\w]){re.escape(text)}(?![\w])", doc_text(doc), re.IGNORECASE):
        if any(x <= m.start() < y for x, y in spans):
            continue
        if m.group(0).isupper():
            in_capitals = True
        else:
            lowered = True
    return lowered or not in_capitals
