"""Candidate names: capitalised chunks, quoted names and a few lower-case name shapes, as token spans.

Nothing here decides types; ``classify`` does. Spans never overlap: the special shapes (quoted
names, French organisation names, "Malian army", "ninth zone", "northern Mali") are found first and
the capitalised-chunk pass skips the tokens they hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .gazetteer import lookup
from .lexicons import lexicons
from .names import fold, is_acronym

# Lower-case words that may sit inside a name between capitalised words.
CONNECTORS = frozenset(
    {
        "of",
        "for",
        "the",
        "and",
        "in",
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "pour",
        "et",
        "l'",
        "au",
        "aux",
        "en",
        "d'",
        "al",
        "el",
        "ag",
        "ould",
        "bin",
        "ibn",
        "ben",
        "abu",
        "abou",
        "dan",
        "ad",
        "ed",
        "ash",
        "as",
        "ar",
        "az",
        "wuld",
        "mint",
        "bint",
        "wal",
        "wa",
    }
)
ENGLISH_SPLIT = frozenset({"of", "for", "the", "and", "in", "on", "to"})
FRENCH_HEADS = frozenset(
    {
        "mouvement",
        "groupe",
        "front",
        "conseil",
        "rassemblement",
        "parti",
        "coordination",
        "union",
        "armee",
        "forces",
        "alliance",
        "plateforme",
        "organisation",
        "comite",
        "jama'at",
        "jamaat",
    }
)
FRENCH_FUNCTION = frozenset({"pour", "de", "la", "le", "du", "des", "et", "l", "au", "en", "les", "d"})
# words that open the name of a people or tribe ("the Awlad Tamim", "the Kel Ansar")
COMMUNITY_WORDS_START = frozenset({"kel", "ahl", "awlad", "ouled", "oulad", "beni", "bani", "banu"})
CALENDAR = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "spring",
        "summer",
        "autumn",
        "winter",
        "ramadan",
    }
)
ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "5th",
        "6th",
        "7th",
        "8th",
        "9th",
        "10th",
    }
)
ORDINAL_UNITS = frozenset(
    {"region", "zone", "military region", "brigade", "battalion", "katiba", "wilaya", "emirate", "sector"}
)
TEXT_KEY = "reportgraph.text"
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
OPEN_QUOTES = {"\u2018": "\u2019", "'": "'", '"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}
FUNCTION_POS = frozenset(
    {"DET", "ADP", "PRON", "ADV", "SCONJ", "CCONJ", "AUX", "NUM", "PART", "VERB", "ADJ", "INTJ"}
)


@dataclass
class Candidate:
    """A span that may name an entity, with what the shape rules already know about it."""

    start: int  # token indices, end exclusive
    end: int
    start_char: int
    end_char: int
    text: str
    shape: str = "chunk"  # chunk, quoted, french-org, institution, desert, ordinal-unit, subregion
    type: str | None = None
    strength: int = 0  # 3: rule or lexicon, 2: gazetteer city, 1: statistical model, 0: unknown
    key: str = ""
    roles: list[str] = field(default_factory=list)
    method: str = "rule"


def doc_text(doc: Doc) -> str:
    """The document's text, built once (``Doc.text`` joins every token on each call)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return str(text)


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _joined(doc: Doc, i: int) -> bool:
    """Token i and i+1 are written without a space between them."""
    return i + 1 < len(doc) and doc[i].whitespace_ == ""


def _quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of short quotations; apostrophes in words are not quotes."""
    text, out, i = doc_text(doc), [], 0
    while i < len(text):
        c = text[i]
        close = OPEN_QUOTES.get(c)
        prev = text[i - 1] if i else " "
        if close and not prev.isalnum() and i + 1 < len(text) and text[i + 1].isalnum():
            j = i + 1
            while j < len(text) and j - i < 80 and text[j] != "\n":
                nxt = text[j + 1] if j + 1 < len(text) else " "
                if text[j] == close and not nxt.isalnum() and (text[j - 1].isalnum() or text[j - 1] in ".?!"):
                    if len(text[i + 1 : j].split()) <= 8:
                        out.append((i + 1, j))
                    break
                j += 1
            i = j + 1 if j < len(text) and text[j] == close else i + 1
            continue
        i += 1
    return out


def _span_tokens(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _make(
    doc: Doc, start: int, end: int, shape: str, start_char: int | None = None, end_char: int | None = None
) -> Candidate:
    sc = doc[start].idx if start_char is None else start_char
    ec = doc[end - 1].idx + len(doc[end - 1].text) if end_char is None else end_char
    return Candidate(start, end, sc, ec, doc_text(doc)[sc:ec], shape=shape)


def _quoted(doc: Doc, taken: list[bool]) -> list[Candidate]:
    out = []
    for sc, ec in _quoted_spans(doc):
        inner = doc_text(doc)[sc:ec]
        words = inner.split()
        if not words:
            continue
        content = words[1:] if words[0].lower() == "the" and len(words) > 1 else words
        capital = content[0][:1].isupper()
        toks = _span_tokens(doc, sc, ec)
        if toks is None:
            continue
        before = " ".join(t.lower_ for t in doc[max(0, toks[0] - 6) : toks[0]])
        cue = re.search(
            r"\b(as|(?:called|dubbed|nicknamed|named)(?: him| her| them| it)?|guerre|alias)\W*$", before
        )
        if cue is None and re.search(r"[\u2019'\"\u201d]\s*\(\s*$", doc_text(doc)[max(0, sc - 8) : sc - 1]):
            cue = re.search(r"\($", "(")  # ('the man with the book'): a translation of the name before
        # a French or Arabic article before a capital: "le Renard", "al-Fath"
        capital = capital or bool(re.match(r"(?i)(le|la|les|l'|el|al|ad|an|as)[\s\-\u2019'][A-Z]", inner))
        if not (capital or cue is not None) or (cue is None and len(words) > 8):
            continue
        out.append(_make(doc, toks[0], toks[1], "quoted", sc, ec))
    return out


def _french_orgs(doc: Doc, taken: list[bool]) -> list[Candidate]:
    out = []
    for tok in doc:
        if taken[tok.i] or not _is_cap(tok) or fold(tok.text) not in FRENCH_HEADS:
            continue
        j, french = tok.i + 1, 0
        while (
            j < len(doc) and j - tok.i < 16 and (not doc[j].is_punct or doc[j].text in ("'", "\u2019", "-"))
        ):
            w = fold(doc[j].text).rstrip("'")
            if w in FRENCH_FUNCTION:
                french += 1
            j += 1
        if french >= 1 and j - tok.i >= 3 and not doc[tok.i + 1].text[:1].isupper():
            out.append(_make(doc, tok.i, j, "french-org"))
    return out


def _lower_shapes(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """Malian army, the government of Mali, the Algerian desert, the ninth zone."""
    lex = lexicons()
    out = []
    n = len(doc)
    for tok in doc:
        if taken[tok.i]:
            continue
        low = fold(tok.text)
        if low in lex.demonyms and _is_cap(tok):
            for width in (2, 1):
                if tok.i + width < n:
                    noun = " ".join(fold(t.text) for t in doc[tok.i + 1 : tok.i + 1 + width])
                    if noun in lex.institutions:
                        out.append(_make(doc, tok.i, tok.i + 1 + width, "institution"))
                        break
                    if width == 1 and lex.geo_features.get(noun):
                        out.append(_make(doc, tok.i, tok.i + 2, "desert"))
                        break
        elif low in lex.institutions and tok.i + 2 < n and doc[tok.i + 1].lower_ == "of":
            place = doc[tok.i + 2]
            if _is_cap(place):
                p = lookup(place.text)
                if p is not None and p.kind == "country":
                    out.append(_make(doc, tok.i, tok.i + 3, "institution"))
        elif low in ORDINALS and tok.i + 1 < n:
            for width in (2, 1):
                noun = " ".join(fold(t.text) for t in doc[tok.i + 1 : tok.i + 1 + width])
                if noun in ORDINAL_UNITS and tok.i + width < n:
                    out.append(_make(doc, tok.i, tok.i + 1 + width, "ordinal-unit"))
                    out.extend(_unit_apposition(doc, tok.i + 1 + width, noun))
                    break
    return out


def _unit_apposition(doc: Doc, i: int, noun: str) -> list[Candidate]:
    """ "the ninth region, the Sahrawi region": a second name of the same unit right after it."""
    k = i
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k == i or k >= len(doc) or not _is_cap(doc[k]):
        return []
    e = k
    while e < len(doc) and _is_cap(doc[e]) and e - k < 4:
        e += 1
    width = len(noun.split())
    if " ".join(fold(t.text) for t in doc[e : e + width]) != noun:
        return []
    return [_make(doc, k, e + width, "unit-apposition")]


def _split_community_words(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """ "a Berabiche Arab", "a Malian Arab": adjacent community / nationality words are separate."""
    lex = lexicons()
    out: list[Candidate] = []
    for c in cands:
        toks = [t for t in doc[c.start : c.end]]
        words = [t for t in toks if t.text != "-"]
        if (
            c.shape == "chunk"
            and len(toks) > 1
            and all(fold(t.text) in lex.communities or fold(t.text) in lex.demonyms for t in toks)
        ):
            out.extend(_make(doc, t.i, t.i + 1, "chunk") for t in toks)
        elif c.shape == "chunk" and len(words) > 1 and all(_country(t.text) for t in words):
            out.extend(_make(doc, t.i, t.i + 1, "chunk") for t in words)  # "the Niger-Mali border"
        elif (
            c.shape == "chunk"
            and 1 < len(toks) <= 3
            and fold(toks[-1].text) in lex.communities
            and lookup(c.text) is None
            and all(t.text[:1].isupper() for t in toks)
            and toks[-1].text.endswith(tuple("abcdefghijklmnopqrstuvwxyz"))
            and not any(fold(t.text) in lex.particles or fold(t.text) in lex.given_names for t in toks)
        ):
            # "a Lamtouna Berber": a tribe, then the people it belongs to
            out.append(_make(doc, c.start, c.end - 1, "tribe"))
            out.append(_make(doc, c.end - 1, c.end, "chunk"))
        else:
            out.append(c)
    return out


def _known_words(doc: Doc) -> frozenset[str]:
    """Words written as proper nouns inside sentences: they are names at a sentence start too."""
    lex = lexicons()
    seen = {t.lower_ for t in doc if not t.is_sent_start and t.tag_ in ("NNP", "NNPS") and _is_cap(t)}
    return frozenset(w for w in seen if w not in lex.non_names and w not in lex.titles)


def _lexicon_word(text: str) -> bool:
    lex = lexicons()
    w = fold(text)
    return w in lex.communities or w in lex.given_names or (lookup(text) is not None and len(w) > 3)


def _country(text: str) -> bool:
    p = lookup(text)
    return p is not None and p.kind == "country"


def _starts(tok: Token, taken: list[bool], known: frozenset[str] = frozenset()) -> bool:
    """May a capitalised chunk begin at this token?"""
    if taken[tok.i]:
        return False
    doc = tok.doc
    if not _is_cap(tok):
        # al-Furqan, el-Tessiti: a lower-case article hyphenated to a capitalised word
        return (
            fold(tok.text) in ("al", "el")
            and _joined(doc, tok.i)
            and tok.i + 2 < len(doc)
            and doc[tok.i + 1].text == "-"
            and _is_cap(doc[tok.i + 2])
        )
    first = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].text in ":\n" or "\n" in doc[tok.i - 1].text)
    if tok.tag_ in ("NNP", "NNPS") and tok.pos_ not in ("DET", "ADP", "PRON", "CCONJ", "SCONJ"):
        return True
    if first:
        if tok.lower_ in known or _lexicon_word(tok.text):
            return not tok.is_stop
        return tok.pos_ not in FUNCTION_POS and not tok.is_stop and tok.tag_ not in ("NN", "NNS")
    return tok.pos_ not in ("DET", "PRON", "CCONJ", "SCONJ", "AUX") or _is_cap_followed(tok)


def _is_cap_followed(tok: Token) -> bool:
    """A capitalised function word inside a name ("In Salah", "El Tessiti")."""
    doc = tok.doc
    return (
        tok.i + 1 < len(doc)
        and _is_cap(doc[tok.i + 1])
        and doc[tok.i + 1].tag_ in ("NNP", "NNPS")
        and len(tok.text) <= 3
    )


def _continues(doc: Doc, j: int, taken: list[bool]) -> int:
    """How many tokens from j continue the chunk (0: it ends before j)."""
    if j >= len(doc) or taken[j]:
        return 0
    tok = doc[j]
    if tok.text == "-" and _joined(doc, j - 1) and _joined(doc, j) and j + 1 < len(doc):
        nxt = doc[j + 1]
        if _is_cap(nxt):
            return 2
        # Signed-in-Blood: a lower-case word between two hyphens inside a name
        if j + 3 < len(doc) and _joined(doc, j + 1) and doc[j + 2].text == "-" and _is_cap(doc[j + 3]):
            return 4
        return 0
    if _is_cap(tok) and tok.tag_ != "POS" and not tok.is_punct:
        return 1
    if tok.lower_ in CONNECTORS:
        k = j + 1
        while k < len(doc) and k - j < 3 and doc[k].lower_ in CONNECTORS and not taken[k]:
            k += 1
        if (
            k < len(doc)
            and not taken[k]
            and (_is_cap(doc[k]) or (doc[k].text == "-" and _joined(doc, k - 1)))
            and fold(doc[k].text) not in CALENDAR  # "the Islamic State in November"
        ):
            return k - j
    return 0


def _chunks(doc: Doc, taken: list[bool]) -> list[Candidate]:
    out = []
    known = _known_words(doc)
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _starts(tok, taken, known):
            i += 1
            continue
        j = i + 1
        if not _is_cap(tok):  # al - Qaeda
            j = i + 3
        while True:
            step = _continues(doc, j, taken)
            if step == 0:
                break
            j += step
        out.extend(_split(doc, i, j))
        i = j
    return out


def title_lines(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of lines written in Title Case (headlines), where capitals say little."""
    cached = doc.user_data.get(TITLES_KEY)
    if cached is not None:
        return list(cached)
    spans, pos = [], 0
    for line in doc_text(doc).split("\n"):
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
        pos += len(line) + 1
    doc.user_data[TITLES_KEY] = spans
    return spans


def _in_title_line(doc: Doc, i: int) -> bool:
    idx = doc[i].idx
    return any(a <= idx < b for a, b in title_lines(doc))


def _split(doc: Doc, start: int, end: int) -> list[Candidate]:
    """Cut a chunk at English connectors unless they sit inside one name."""
    lex = lexicons()
    whole = doc[start:end]
    if end - start == 1 or lookup(whole.text) is not None:
        return [_make(doc, start, end, "chunk")]
    pieces: list[tuple[int, int]] = []
    cur = start
    head_seen = False
    k = start
    while k < end:
        tok = doc[k]
        low = fold(tok.text)
        if _is_cap(tok) and (low in lex.org_heads or low in lex.unit_nouns):
            head_seen = True
        title_word = k > start and tok.text[0].isupper() and _in_title_line(doc, k)
        if tok.lower_ in ENGLISH_SPLIT and (not tok.text[0].isupper() or title_word):
            run_end = k
            while run_end < end and doc[run_end].lower_ in ENGLISH_SPLIT:
                run_end += 1
            if not _keep(doc, cur, k, end, head_seen):
                pieces.append((cur, k))
                cur, head_seen = run_end, False
            k = run_end
            continue
        k += 1
    pieces.append((cur, end))
    return [
        _make(doc, a, b, "chunk")
        for a, b in pieces
        if b > a and _is_cap(doc[a]) or (b - a > 2 and doc[a].lower_ in ("al", "el"))
    ]


def _keep(doc: Doc, cur: int, k: int, end: int, head_seen: bool) -> bool:
    """Does the connector at k belong to the name that started at cur?"""
    lex = lexicons()
    tok = doc[k]
    rest = doc[k + 1 : end]
    if tok.lower_ == "of" and fold(doc[k - 1].text) in lex.unit_nouns:
        # "the Katiba of the Dunes": a unit noun opening the chunk is named by what follows;
        # "the Sahara Emirate of <group>": a unit noun closing a name is followed by its parent
        return k - 1 == cur and doc[k - 1].text[:1].isupper()
    if tok.lower_ == "of" and len(rest) and fold(rest[0].text) in lex.given_names:
        return False  # "the Katiba Macina of <person>"
    if (
        tok.ent_iob_ == "I"
        and doc[k - 1].ent_type_ in ("ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT")
        and k + 1 < len(doc)
        and doc[k + 1].ent_iob_ == "I"
    ):
        return True
    if tok.lower_ == "and":
        nxt = doc[k + 1] if k + 1 < end else None
        if nxt is None or is_acronym(nxt.text) or any(fold(t.text) in lex.org_heads for t in rest):
            return False
        after_the = [t for t in rest if t.lower_ != "the"]
        if (after_the and fold(after_the[0].text) in COMMUNITY_WORDS_START) or (
            len(rest) == 1 and (fold(rest[0].text) in lex.communities or lookup(rest[0].text) is not None)
        ):
            return False  # "Katiba Macina and Bambara hunters"
        return head_seen and lookup(rest.text) is None
    if tok.lower_ == "in" and head_seen:
        # "... in Chad" belongs to the name; "... in Abuja" (a city) does not
        words = [t.text for t in rest if t.lower_ != "the"]
        place = lookup(" ".join(words)) if words else None
        return place is None or place.kind not in ("city", "town", "subregion")
    if head_seen:
        return True
    if tok.lower_ == "in" and not is_acronym(doc[k - 1].text):
        words = [t.text for t in rest if t.lower_ != "the"]
        while words and fold(words[0]) in ("islamic", "greater", "great"):
            words = words[1:]
        place = lookup(" ".join(words)) if words else None
        return place is not None and place.kind in ("macro", "region", "desert")
    return False


def subregions(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "northern Mali", "the north of Mali": compass regions the gazetteer lists as places."""
    out = []
    for tok in doc:
        if taken[tok.i] or tok.lower_ not in (
            "north",
            "south",
            "east",
            "west",
            "centre",
            "center",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "northeastern",
            "north-eastern",
            "northeast",
            "north-east",
        ):
            continue
        for width in (4, 3, 2):
            if tok.i + width > len(doc):
                continue
            span = doc[tok.i : tok.i + width]
            p = lookup(span.text)
            if p is not None and p.kind == "subregion" and _is_cap(doc[tok.i + width - 1]):
                out.append(_make(doc, tok.i, tok.i + width, "subregion"))
                break
        else:
            end = _compass_place_end(doc, tok.i, taken)
            if end:
                out.append(_make(doc, tok.i, end, "subregion"))
    return out


def _compass_place_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """ "southern Tamesna", "northern Zamfara": a lower-case compass adjective before a proper noun
    names the part of a place, whether or not the gazetteer knows it; 0 when the words after it are
    no place (a people, a demonym, a group: "southern Fulani herders", "northern Malian army") or
    a country ("southern Algeria" is Algeria)."""
    lex = lexicons()
    tok = doc[i]
    if not tok.text.islower() or not tok.lower_.endswith("ern") and tok.lower_ != "central":
        return 0
    end = i + 1
    while end < len(doc) and end - i <= 3 and not taken[end] and _is_cap(doc[end]):
        if doc[end].tag_ not in ("NNP", "NNPS") and lookup(doc[end].text) is None:
            break
        end += 1
    if end == i + 1:
        return 0
    for t in doc[i + 1 : end]:
        w = fold(t.text)
        if w in lex.communities or w in lex.demonyms or w in lex.org_heads or w in lex.unit_nouns:
            return 0
        if w in lex.titles or w in lex.given_names or w in lex.particles:
            return 0
    if _country(doc[i + 1 : end].text):
        # "southern Algeria": the annotation guide names the country alone unless the compass region
        # is an established one (the gazetteer's list: "northern Mali")
        return 0
    if end < len(doc):
        nxt = fold(doc[end].text)
        if nxt in lex.institutions or nxt in lex.unit_nouns or nxt in lex.org_heads:
            return 0
        if doc[end].text in ("-", "'s") or doc[end].tag_ == "POS":
            return 0
    return end


def find_candidates(doc: Doc) -> list[Candidate]:
    """Every candidate name of the document, in text order, without overlaps."""
    taken = [False] * len(doc)
    found: list[Candidate] = []
    for finder in (_quoted, _french_orgs, subregions, _lower_shapes):
        for c in finder(doc, taken):
            if not any(taken[c.start : c.end]):
                found.append(c)
                for k in range(c.start, c.end):
                    taken[k] = True
    found.extend(_split_community_words(doc, _chunks(doc, taken)))
    found.sort(key=lambda c: c.start)
    return found
