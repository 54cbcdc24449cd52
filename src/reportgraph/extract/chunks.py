"""Candidate names: capitalised chunks cut at English connectors, after the special shapes.

Nothing here decides types; ``classify`` does. Spans never overlap: the special shapes (``shapes``:
quoted names, French organisation names, "Malian army", "ninth zone", "northern Mali") are found
first and the capitalised-chunk pass skips the tokens they hold.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .candidates import Candidate, doc_text, is_cap, joined, make_candidate
from .edtf import MONTH_NAMES
from .gazetteer import is_country, lookup, region
from .headlines import in_title_line
from .language import current_language
from .lexicons import lexicons
from .names import CARDINAL_POINTS, fold, is_acronym
from .shapes import SHAPE_FINDERS, ShapeFinder

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
        # more sun-letter assimilations of the Arabic article and the Urdu/Persian izafe ("Deir ez-Zor",
        # "Dar es Salaam", "Ansar ul Islam", "Lashkar ud Dawa")
        "ez",
        "es",
        "ath",
        "adh",
        "ul",
        "ud",
        "ush",
        "wuld",
        "mint",
        "bint",
        "wallet",
        "walet",
        "welet",
        "wal",
        "wa",
        # "Ansar ul Islam lil Ichad wal Jihad"; Portuguese place names ("Mocímboa da Praia")
        "lil",
        "da",
        "do",
        "dos",
        "das",
    }
)

# the Persian and Urdu izafe after a hyphen inside a name ("Shahr-e Kohna", "Jabha-ye Azadi")
IZAFE = frozenset({"e", "ye", "i", "yi"})

ENGLISH_SPLIT = frozenset({"of", "for", "the", "and", "in", "on", "to"})

# words that open the name of a people or tribe ("the Awlad Tamim", "the Kel Ansar")
COMMUNITY_WORDS_START = frozenset({"kel", "ahl", "awlad", "ouled", "oulad", "beni", "bani", "banu"})

# calendar words that end a name ("the Islamic State in November")
CALENDAR = frozenset(MONTH_NAMES) | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "spring", "summer", "autumn", "winter", "ramadan",
}

FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "ADV", "SCONJ", "CCONJ", "AUX", "NUM", "PART", "VERB", "ADJ", "INTJ"})


def _split_community_words(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """ "a Berabiche Arab", "a Malian Arab": adjacent community / nationality words are separate, unless
    the list writes the pair as one community's name ("Sunni Arabs", "Shuwa Arab": a compound row or
    variant of ``communities.tsv``)."""
    lex = lexicons()
    out: list[Candidate] = []
    for c in cands:
        toks = [t for t in doc[c.start : c.end]]
        words = [t for t in toks if t.text != "-"]
        if c.shape == "chunk" and len(toks) > 1 and fold(c.text) in lex.communities:
            out.append(c)  # "Sunni Arab volunteers": the listed compound, whole
        elif (
            c.shape == "chunk"
            and len(toks) > 1
            and all(fold(t.text) in lex.communities or fold(t.text) in lex.demonyms for t in toks)
        ):
            out.extend(make_candidate(doc, t.i, t.i + 1, "chunk") for t in toks)
        elif c.shape == "chunk" and len(words) > 1 and all(is_country(t.text) for t in words):
            out.extend(make_candidate(doc, t.i, t.i + 1, "chunk") for t in words)  # "the Niger-Mali border"
        elif (
            c.shape == "chunk"
            and 1 < len(toks) <= 3
            and fold(toks[-1].text) in lex.communities
            and lookup(c.text) is None
            and all(t.text[:1].isupper() for t in toks)
            and toks[-1].text.endswith(tuple("abcdefghijklmnopqrstuvwxyz"))
            and not any(fold(t.text) in lex.particles or fold(t.text) in lex.given_names for t in toks)
            and _described(doc, c.start, c.end)
        ):
            # "a Lamtouna Berber": a tribe, then the people it belongs to
            out.append(make_candidate(doc, c.start, c.end - 1, "tribe"))
            out.append(make_candidate(doc, c.end - 1, c.end, "chunk"))
        elif current_language() == "fr" and _people_before_person(toks, words):
            # "le Touareg Iyad Ag X", "le Tanzanien Abu Y": a people's or a nationality's noun, then a person
            out.append(make_candidate(doc, c.start, c.start + 1, "chunk"))
            out.append(make_candidate(doc, c.start + 1, c.end, "chunk"))
        else:
            out.append(c)
    return out


def _people_before_person(toks: list[Token], words: list[Token]) -> bool:
    """Whether a French chunk opens on a capitalised people's or nationality's noun before a personal name of two
    words or more, opened by a given name or a kunya ("le Touareg Iyad Ag X", "le Tanzanien Abu Yasir Y"): French
    writes a person's people before his name, and the noun is no part of it."""
    lex = lexicons()
    if len(words) < 3 or words[0] is not toks[0] or words[1] is not toks[1]:
        return False
    first, second = toks[0].text, fold(toks[1].text)
    people = fold(first) in lex.communities or fold(first) in lex.demonyms
    return (first[:1].isupper() and not first.isupper() and people
            and (second in lex.given_names or lex.particles.get(second) == "kunya"))


def _described(doc: Doc, start: int, end: int) -> bool:
    """ "a Lamtouna Berber", "the Kel Ansar Tuareg", "Lamtouna Berber herders": a tribe and its people are
    spoken of with an article or a noun after them. Without either ("Abba Kalli Tijani was killed") the
    last word is a surname that happens to be a community's name too."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and before.pos_ == "DET") or (after is not None and after.pos_ == "NOUN")


def _known_words(doc: Doc) -> frozenset[str]:
    """Words written as proper nouns inside sentences: they are names at a sentence start too."""
    lex = lexicons()
    seen = {t.lower_ for t in doc if not t.is_sent_start and t.tag_ in ("NNP", "NNPS") and is_cap(t)}
    return frozenset(w for w in seen if w not in lex.non_names and w not in lex.titles)


def _capital_adjectives(doc: Doc) -> frozenset[str]:
    """Words the document writes with a capital inside its sentences before a proper noun, and never in
    lower case ("Islamic", "Democratic" of a group's name, whether the tagger read an adjective or a
    proper noun there): a name's first word where a list number's sentence start hides its capital
    (``_after_list_number``)."""
    lower = {t.text for t in doc if t.text.islower()}
    seen = {t.lower_ for t in doc[:-1] if not t.is_sent_start and t.pos_ in ("ADJ", "PROPN") and is_cap(t)
            and not t.is_stop and is_cap(doc[t.i + 1]) and doc[t.i + 1].tag_ in ("NNP", "NNPS")}
    return frozenset(w for w in seen if w not in lower)


def _after_list_number(doc: Doc, i: int) -> bool:
    """ "44. Islamic State ...", "(12) Democratic Forces ...": the word after a numbered paragraph's or a
    list item's number opening its line or its sentence."""
    if i < 2 or doc[i - 1].text not in (".", ")"):
        return False
    num = doc[i - 2]
    if not (num.text.isdigit() and len(num.text) <= 3):
        return False
    k = num.i - 1 if num.i > 0 and doc[num.i - 1].text == "(" else num.i
    return k == 0 or doc[k].is_sent_start or "\n" in doc[k - 1].text or doc[k - 1].text in ".!?"


def _lexicon_word(text: str) -> bool:
    lex = lexicons()
    w = fold(text)
    return (w in lex.communities or w in lex.given_names or (lookup(text) is not None and len(w) > 3)
            or (current_language() == "en" and region(text) is not None))  # "Borno remains the epicentre"


# Prepositions that open a sentence before a place ("Near Ar Raqqah, three strikes ..."); never
# "In" or "At", which open Saharan place names ("In Salah", "In-Tezayt"), nor a gazetteer name
# ("Near East")
OPENING_PREPOSITIONS = frozenset({"near", "outside", "around", "across", "along", "inside", "throughout",
                                  "beyond", "towards", "toward", "between", "amid", "among", "within"})
# "- Mid-August:", "Late August 2025:", "Early 2019 saw ...": a part of a month or year that opens a line or a
# sentence is a date, never a name (the tagger calls the capitalised word a proper noun)
_DATE_PART = re.compile(r"(?i)(?:early|mid|late)(?:-| |-? ?(?=\d))(?:"
                        + "|".join(MONTH_NAMES) + r"|1[89]\d\d|20\d\d)\b")


# the reference numbers of the UN sanctions lists, before a listed group's or person's name in a narrative
# summary ("QDe.134" of an entity, "QDi.982" of an individual, "SOi.001", "TAe.012"): never in a name on the
# English train gold, where 10 system names (6 documents) began with one
UN_REFERENCE = re.compile(r"[A-Z]{2}[ei]\.\d{1,4}")


def _starts(tok: Token, taken: list[bool], known: frozenset[str] = frozenset(),
            capital_adjectives: frozenset[str] = frozenset()) -> bool:
    """May a capitalised chunk begin at this token?"""
    if taken[tok.i]:
        return False
    doc = tok.doc
    if tok.text[:1].isupper() and _DATE_PART.match(doc_text(doc), tok.idx):
        return False
    if acronym_of_function_word(tok):
        return True
    if UN_REFERENCE.fullmatch(tok.text):
        return False  # "QDe.134 MOVEMENT FOR ...", "QDi.982 Umaru X": a sanctions list's reference, no name's word
    if not is_cap(tok):
        # al-Furqan, el-Tessiti: a lower-case article hyphenated to a capitalised word; "al Qaeda",
        # "al Shabaab" written with a space (not "et al." of a citation)
        if fold(tok.text) not in ("al", "el") or tok.i + 2 >= len(doc):
            return False
        if joined(doc, tok.i):
            return doc[tok.i + 1].text == "-" and is_cap(doc[tok.i + 2])
        return (is_cap(doc[tok.i + 1]) and doc[tok.i + 1].tag_ in ("NNP", "NNPS")
                and not (tok.i > 0 and doc[tok.i - 1].lower_ == "et") and not taken[tok.i + 1])
    if fold(tok.text) in lexicons().function_words and lookup(doc[tok.i : tok.i + 2].text) is None:
        return False  # "Le MNLA", "Au Mali", "Ainsi" (a French document's function words)
    # the first word of a sentence, of a line, or after a reference marker ("...[7] In August 2023")
    first = tok.is_sent_start or (
        tok.i > 0 and (doc[tok.i - 1].text in ":\n]" or "\n" in doc[tok.i - 1].text)
    )
    bullet = not first and tok.i > 0 and _after_bullet(doc, tok.i)
    if (first or bullet) and tok.lower_ in OPENING_PREPOSITIONS and lookup(doc[tok.i : tok.i + 2].text) is None:
        return False  # "Near Palmyra, five strikes ...": the tagger calls a sentence's first word a name
    if bullet and tok.is_stop and tok.tag_ not in ("NNP", "NNPS"):
        return False  # "- A Boko Haram faction ...", "- Three camps ...": a list item's first common word
        # (a name there, "- Lawali 'X' Y", is read as elsewhere: the tagger may call a given name a noun)
    if tok.tag_ in ("NNP", "NNPS") and tok.pos_ not in ("DET", "ADP", "PRON", "CCONJ", "SCONJ"):
        return True
    if (first and tok.pos_ == "ADJ" and tok.lower_ in capital_adjectives and _after_list_number(doc, tok.i)
            and tok.i + 1 < len(doc) and is_cap(doc[tok.i + 1]) and doc[tok.i + 1].tag_ in ("NNP", "NNPS")):
        return True  # "44. Islamic State West Africa Province": the tagger's adjective after a list number
    if first:
        if tok.lower_ in known or _lexicon_word(tok.text) or _before_nasab(tok) or _opens_group_name(tok):
            return not tok.is_stop
        return tok.pos_ not in FUNCTION_POS and not tok.is_stop and tok.tag_ not in ("NN", "NNS")
    return tok.pos_ not in ("DET", "PRON", "CCONJ", "SCONJ", "AUX") or _is_cap_followed(tok)


BULLETS = frozenset({"-", "\u2013", "\u2014", "\u2022", "*", "\u00b7"})


def _after_bullet(doc: Doc, i: int) -> bool:
    """ "- Near Hajin, 19 strikes ...": the word after a list's bullet opening its line (where the parser
    may see no sentence start)."""
    if doc[i - 1].text not in BULLETS:
        return False
    text = doc_text(doc)
    start = doc[i - 1].idx
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def acronym_of_function_word(tok: Token) -> bool:
    """An acronym spelt like a function word ("IS", "US"): all capitals, in a line that writes lower case
    too (not a heading in capitals, "WHAT IS AT STAKE"), where the tagger read the verb or the pronoun
    its lower-case form would be. The text writes the verb "is" and the pronoun "us" in lower case, even
    first in a sentence ("Is"), so "IS spokesman", "captured IS members" and "IS claimed" name. Words
    written in capitals for emphasis ("NOT", "AND", "ALL", "NO": a particle, a conjunction, a determiner)
    stay out."""
    t = tok.text
    if current_language() != "en" or not (2 <= len(t) <= 4 and t.isalpha() and t.isupper()
                                          and (tok.pos_ == "AUX" or tok.tag_ == "PRP")):
        return False
    doc = tok.doc
    text = doc_text(doc)
    a = text.rfind("\n", 0, tok.idx) + 1
    b = text.find("\n", tok.idx)
    line = text[a : b if b >= 0 else len(text)]
    return any(c.islower() for c in line)


def _opens_group_name(tok: Token) -> bool:
    """ "Guardians of the Jubba, a clan militia, ...": an organisation head opening a sentence and
    followed by "of" + a capital (or a capital) starts a name, whatever the tagger says."""
    doc, i = tok.doc, tok.i
    if fold(tok.text) not in lexicons().org_heads or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if nxt.lower_ == "of":
        k = i + 2 + (i + 2 < len(doc) and doc[i + 2].lower_ == "the")
        return k < len(doc) and is_cap(doc[k])
    return is_cap(nxt)


def _before_nasab(tok: Token) -> bool:
    """ "Fatouma mint Sidi", "Hamma ould Ely": a word before a lower-case "son/daughter of" and a
    capitalised name is a given name, even where the tagger calls it a common noun."""
    doc, i = tok.doc, tok.i
    return (
        i + 2 < len(doc)
        and doc[i + 1].text.islower()
        and lexicons().particles.get(fold(doc[i + 1].text)) == "nasab"
        and is_cap(doc[i + 2])
    )


def _is_cap_followed(tok: Token) -> bool:
    """A capitalised function word inside a name ("In Salah", "El Tessiti")."""
    doc = tok.doc
    return (
        tok.i + 1 < len(doc)
        and is_cap(doc[tok.i + 1])
        and doc[tok.i + 1].tag_ in ("NNP", "NNPS")
        and len(tok.text) <= 3
    )


def _continues(doc: Doc, j: int, taken: list[bool]) -> int:
    """How many tokens from j continue the chunk (0: it ends before j)."""
    if j >= len(doc) or taken[j]:
        return 0
    tok = doc[j]
    if tok.text == "-" and joined(doc, j - 1) and joined(doc, j) and j + 1 < len(doc):
        nxt = doc[j + 1]
        if is_cap(nxt):
            return 2
        # Signed-in-Blood: a lower-case word between two hyphens inside a name
        if j + 3 < len(doc) and joined(doc, j + 1) and doc[j + 2].text == "-" and is_cap(doc[j + 3]):
            return 4
        if nxt.lower_ in IZAFE and j + 2 < len(doc) and is_cap(doc[j + 2]) and not taken[j + 2]:
            return 2
        return 0
    if is_cap(tok) and tok.tag_ != "POS" and not tok.is_punct:
        return 1
    if tok.tag_ == "POS" and j > 0 and joined(doc, j - 1) and _possessive_inside(doc, j, taken):
        return 1
    if not tok.is_punct and fold(tok.text) in lexicons().name_adjectives:
        return 1  # "Al-Qaïda au Maghreb islamique", "Union africaine" (French adjectives after the name)
    if (tok.lower_ == "against" and j + 1 < len(doc) and is_cap(doc[j + 1]) and not taken[j + 1]
            and is_cap(doc[j - 1]) and fold(doc[j - 1].text) in AGAINST_HEADS):
        return 1  # "the Global Coalition against Daesh": a coalition named by its enemy
    if tok.lower_ == "as" and not joined(doc, j):
        return 0  # "as-Sahab" is a name's article; "designated Y as ISIS-DRC" ends the name before it
    if tok.lower_ in CONNECTORS:
        k = j + 1
        while k < len(doc) and k - j < 3 and doc[k].lower_ in CONNECTORS and not taken[k]:
            k += 1
        if (
            k < len(doc)
            and not taken[k]
            and (is_cap(doc[k]) or (doc[k].text == "-" and joined(doc, k - 1)))
            and fold(doc[k].text) not in CALENDAR  # "the Islamic State in November"
        ):
            return k - j
    return 0


# head nouns of bodies named by what they stand against ("the Global Coalition against Daesh", "the
# League against X"); never "the United States against X"
AGAINST_HEADS = frozenset({"coalition", "alliance", "front", "league", "union", "movement", "committee"})


# Common nouns whose singular possessive opens a name ("People's Protection Units", "the Women's
# Union", "Chief Magistrate's Court"); a plural possessive ("Workers' Party") always does.
COLLECTIVE_POSSESSORS = frozenset({
    "people", "peoples", "women", "men", "children", "youth", "magistrate", "believer", "martyr", "nation",
    "worker", "farmer", "mother", "veteran", "citizen", "peasant", "soldier", "student", "god", "prophet",
})


def _possessive_inside(doc: Doc, j: int, taken: list[bool]) -> bool:
    """ "the Sudan People's Liberation Movement", "the Kurdistan Workers' Party": a possessive inside
    an organisation's name, followed by capitalised words that end in its head noun. A place's
    possessive ("Nigeria's Defence Ministry") stays outside the name."""
    if lookup(doc[j - 1].text) is not None or not doc[j - 1].text[:1].isupper():
        return False
    heads = lexicons().org_heads
    for k in range(j + 1, min(len(doc), j + 5)):
        if taken[k] or not is_cap(doc[k]):
            return False
        if fold(doc[k].text) == "province":
            return True  # "the Islamic State's West Africa Province"
        if fold(doc[k].text) in heads:
            # "Hizballah's External Security Organisation", "the SDF's Internal Security Forces": an
            # actor's own unit is named after the possessive (the whole stays a form of it: _chunks)
            return doc[j].text in ("'", "\u2019") or fold(doc[j - 1].text) in COLLECTIVE_POSSESSORS
    return False


def _chunks(doc: Doc, taken: list[bool]) -> list[Candidate]:
    out: list[Candidate] = []
    known = _known_words(doc)
    capital_adjectives = _capital_adjectives(doc) if current_language() == "en" else frozenset()
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not _starts(tok, taken, known, capital_adjectives):
            i += 1
            continue
        j = i + 1
        if not is_cap(tok):  # al - Qaeda, al Qaeda
            j = i + 3 if doc[i + 1].text == "-" else i + 2
        while True:
            step = _continues(doc, j, taken)
            if step == 0:
                break
            j += step
        if _numbered(doc, i, j, taken):
            j += 1  # "Sector 2", "Air Base 201", "Operation Emergence 4": the number is the name's own
        pieces = _split(doc, i, j)
        if (pieces and out and i >= 2 and doc[i - 1].tag_ == "POS" and out[-1].end == i - 1
                and pieces[0].start == i and fold(doc[pieces[0].end - 1].text) in lexicons().org_heads):
            # "Hizballah's External Security Organisation": the unit also answers to the whole
            pieces[0].variants.append(doc_text(doc)[out[-1].start_char : pieces[0].end_char])
        out.extend(pieces)
        i = j
    return out


# capitalised heads of a name that a number closes ("Sector 2" of a multinational force, "Air Base 101",
# "Tower 22", "Brigade 315"): on the English train gold, such a head before a number of up to three digits
# has the number in its name in every document that annotates it (16 of 16 for "Sector N")
NUMBERED_HEADS = frozenset({"sector", "zone", "base", "tower", "brigade", "battalion", "regiment", "division",
                            "squadron", "detachment", "branch", "outpost", "checkpoint"})


def _numbered(doc: Doc, start: int, end: int, taken: list[bool]) -> bool:
    """Is the token after the chunk [start, end) a number of its name: a bare number of up to three digits
    after a capitalised head of ``NUMBERED_HEADS`` or closing an operation's name ("Operation Emergence 4")?
    Never a day before a month ("Sector on 2 March" is no name's)."""
    if end >= len(doc) or taken[end] or end - start < 1:
        return False
    num = doc[end]
    if not (num.text.isdigit() and len(num.text) <= 3 and num.idx == doc[end - 1].idx + len(doc[end - 1].text) + 1):
        return False
    if end + 1 < len(doc) and (fold(doc[end + 1].text) in MONTH_NAMES or doc[end + 1].text in ("%", "-", "/")):
        return False
    last = doc[end - 1]
    if not last.text[:1].isupper():
        return False
    return fold(last.text) in NUMBERED_HEADS or (end - start >= 2 and fold(doc[start].text) == "operation")


def _split(doc: Doc, start: int, end: int) -> list[Candidate]:
    """Cut a chunk at English connectors unless they sit inside one name."""
    lex = lexicons()
    if end - start == 1 or lookup(doc[start:end].text) is not None or _parenthesised_alone(doc, start, end):
        return [make_candidate(doc, start, end, "chunk")]
    pieces: list[tuple[int, int]] = []
    cur = start
    head_seen = False
    k = start
    while k < end:
        tok = doc[k]
        low = fold(tok.text)
        if is_cap(tok) and (low in lex.org_heads or low in lex.unit_nouns):
            head_seen = True
        title_word = k > start and tok.text[0].isupper() and in_title_line(doc, k)
        if _role(tok) in ENGLISH_SPLIT and (not tok.text[0].isupper() or title_word):
            run_end = k
            while run_end < end and _role(doc[run_end]) in ENGLISH_SPLIT:
                run_end += 1
            if not _keep(doc, cur, k, end, head_seen):
                pieces.append((cur, k))
                cur, head_seen = run_end, False
            k = run_end
            continue
        k += 1
    pieces.append((cur, end))
    return [
        make_candidate(doc, a, b, "chunk")
        for a, b in pieces
        if b > a and is_cap(doc[a]) or (b - a >= 2 and doc[a].lower_ in ("al", "el"))
    ]


def _parenthesised_alone(doc: Doc, start: int, end: int) -> bool:
    """ "X (the Partisans of the Frontiers)": a chunk that fills a parenthesis after a name is one
    name (a translation or long form), whatever connectors it holds."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k > 0 and doc[k].text == "(" and end < len(doc) and doc[end].text == ")" and is_cap(doc[k - 1])


# nouns that close the name of a group's branch before "of" and its parent's name
BRANCH_NOUNS = frozenset({"province", "branch", "wilayat", "wilaya", "wilayah"})
# prepositions before a place ("around X and Y")
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "around", "between", "from", "to", "towards", "outside"})


def _role(tok: Token) -> str:
    """The English connector whose rules a word follows: itself in English, "et" -> "and" in French."""
    return lexicons().connectors.get(fold(tok.text), tok.lower_)


def _next_item(rest: Span) -> Token | None:
    """The first word of what follows "and", past the articles and prepositions that French repeats
    before each item of a list ("d'Ansar Dine et du MNLA", "X et le GSIM", "X et d'AQMI")."""
    return next((t for t in rest if _role(t) not in ("the", "of", "in") and t.text not in ("'", "\u2019")), None)


def _keep(doc: Doc, cur: int, k: int, end: int, head_seen: bool) -> bool:
    """Does the connector at k belong to the name that started at cur?"""
    lex = lexicons()
    tok = doc[k]
    role = _role(tok)
    rest = doc[k + 1 : end]
    if (
        role in ("for", "in", "on", "to", "and")
        and len(rest)
        and is_cap(rest[0])
        and fold(rest[0].text) in lex.org_heads
    ):
        return False  # "in Lerneb for Ansar al-Fath": a group name of its own starts after the connector
    if lex.connectors and role in ("in", "on") and len(rest) and fold(rest[0].text) in lex.titles:
        return False  # French: "la Communauté au Président X": an addressee, no part of the name
    if role == "of" and k - 1 >= cur and fold(doc[k - 1].text) == "republic" and len(rest):
        return True  # "REPUBLIC OF KENYA — IN THE HIGH COURT": a state's full name, in a heading's capitals too
    if role == "of" and fold(doc[k - 1].text) in lex.unit_nouns:
        # "the Katiba of the Dunes": a unit noun opening the chunk is named by what follows;
        # "the Sahara Emirate of <group>": a unit noun closing a name is followed by its parent
        return k - 1 == cur and doc[k - 1].text[:1].isupper()
    if (
        role == "of"
        and fold(doc[k - 1].text) in BRANCH_NOUNS
        and doc[k - 1].text[:1].isupper()
        and any(is_cap(t) and fold(t.text) in lex.org_heads for t in rest)
    ):
        return True  # "West Africa Province of the Islamic State": a group's branch named with its parent
    if role == "of" and len(rest) and fold(rest[0].text) in lex.given_names:
        return False  # "the Katiba Macina of <person>"
    if (
        role == "and"
        and tok.ent_iob_ == "I"
        and k == cur + 1
        and (end == k + 2 or not is_cap(doc[k + 2]))
        and (
            doc[k - 1].ent_type_ in ("GPE", "LOC")
            or (cur > 0 and doc[cur - 1].lower_ in PLACE_PREPOSITIONS)
            # "the jungles of X and Y", "the wells of X and Y"
            or (cur > 1 and doc[cur - 1].lower_ == "of" and doc[cur - 2].is_lower and doc[cur - 2].text.endswith("s"))
        )
        and not any(is_acronym(t.text) or fold(t.text) in lex.org_heads for t in (doc[k - 1], doc[k + 1]))
        and lookup(doc[cur:end].text) is None
    ):
        # "around Gwoza and Pulka", "retook Indanan and Patikul": two one-word places the tagger read
        # as one name ("Trinidad and Tobago", which the gazetteer knows, is one)
        return False
    if (role == "and" and k > cur and lookup(doc[cur:k].text) is not None and lookup(rest.text) is not None
            and lookup(doc[cur:end].text) is None):
        # "around Anefis, Bourem and Kidal", "the towns of Bol and Baga Sola": two places the gazetteer knows,
        # whatever their length, that it does not know as one ("Trinidad and Tobago")
        return False
    if role == "and" and head_seen and _place_pair_closing(doc, cur, k, end):
        return True  # "the Islamic State of Tessaret and Oumrana": the places a group is named after
    if role == "and" and (item := _next_item(rest)) is not None and is_acronym(item.text):
        return False  # "Ansar Dine et du MNLA": an acronym after "and" is a name of its own, whatever the tagger says
    if role == "in" and current_language() == "en" and _military_unit(doc, cur, k):
        return False  # "Katiba X in Mali", "the 3rd Brigade in Y", "the Z Army in W": a unit and where it is
    if (
        tok.ent_iob_ == "I"
        and doc[k - 1].ent_type_ in ("ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT")
        and k + 1 < len(doc)
        and doc[k + 1].ent_iob_ == "I"
    ):
        return True
    if role in ("in", "of", "for") and fold(doc[end - 1].text) in lex.name_adjectives:
        return True  # "Al-Qaïda au Maghreb islamique": a French name closed by its adjective is one name
    if role == "and":
        nxt = _next_item(rest)
        if nxt is None or is_acronym(nxt.text) or any(fold(t.text) in lex.org_heads for t in rest):
            return False
        if len(rest) == 1 and fold(rest[0].text) in lex.demonyms:
            return False  # "the Wagner Group and Syrian mercenaries"
        if k - cur >= 2 and fold(doc[k - 1].text) in lex.org_heads:
            return False  # "the Wagner Group and the Russian ...": a name closed by its head noun
        if k - cur >= 2 and fold(doc[k - 1].text) in lex.unit_nouns and _role(rest[0]) == "the":
            return False  # "the X Brigades and the Y ...", "the Africa Corps and the Z": a unit's name is closed
        arabic = ("al", "el")
        if any(fold(t.text) in arabic for t in doc[cur:k]) and any(fold(t.text) in arabic for t in rest):
            return False  # "Liwa al-Tawhid and Suqour al-Sham": two Arabic names
        if head_seen and fold(nxt.text) in arabic and lookup(doc[k - 1].text) is None:
            # "Ansar X and Al-Y": a name after "and" opened by the Arabic article is a name of its own, unless
            # "and" joins two places ("the Islamic State of Iraq and al-Sham")
            return False
        if head_seen and any(is_cap(t) and fold(t.text) in lex.unit_nouns for t in rest):
            return False  # "the Tessit Brigade and the Wadi Battalion": two units, each with its noun
        after_the = [t for t in rest if _role(t) != "the"]
        if (after_the and fold(after_the[0].text) in COMMUNITY_WORDS_START) or (
            len(rest) == 1 and (fold(rest[0].text) in lex.communities or lookup(rest[0].text) is not None)
        ):
            return False  # "Katiba Macina and Bambara hunters"
        return head_seen and lookup(rest.text) is None
    if role == "in" and head_seen and end < len(doc) and lex.geo_features.get(fold(doc[end].text)) is not None:
        return False  # "X in the Galgaduud region": a lower-case place noun shows the place is not named
    if role == "in" and head_seen:
        # "... in Chad" belongs to the name; "... in Abuja" (a city) does not
        words = [t.text for t in rest if _role(t) != "the"]
        place = lookup(" ".join(words)) if words else None
        return place is None or place.kind not in ("city", "town", "subregion")
    if head_seen:
        return True
    if role == "in" and not is_acronym(doc[k - 1].text):
        words = [t.text for t in rest if _role(t) != "the"]
        while words and fold(words[0]) in ("islamic", "greater", "great"):
            words = words[1:]
        place = lookup(" ".join(words)) if words else None
        return place is not None and place.kind in ("macro", "region", "desert")
    return False


# an army named with where it is ("the Z Army in W"); not "force": "the UN Interim Force in Lebanon" is one name
ARMY_NOUNS = frozenset({"army", "armies"})


def _military_unit(doc: Doc, cur: int, k: int) -> bool:
    """ "Katiba X in Mali", "the 3rd Infantry Brigade in Y", "the Z Army in W": a name that holds a unit noun
    (``org_heads.tsv``'s units: katiba, brigade, battalion, regiment ...) or "army" is the unit; "in" and the
    place after it say where it is, not which unit it is. The names English writes with "in" are a movement's
    or a mission's ("Al-Qaeda in the Islamic Maghreb", "Front for Change and Concord in Chad", "African Union
    Mission in Somalia", "Islamic State in the Greater Sahara"): none holds such a noun (English train gold,
    52 organisation names with "in")."""
    lex = lexicons()
    return any(t.text[:1].isupper() and (fold(t.text) in lex.unit_nouns or fold(t.text) in ARMY_NOUNS)
               for t in doc[cur:k])


def _place_pair_closing(doc: Doc, cur: int, k: int, end: int) -> bool:
    """ "the Islamic State of Iraq and Syria", "the Front for the Liberation of Chad and Sudan": after a
    head noun and "of", two places the gazetteer knows joined by "and" close the name (the chunk ends on
    the second). Two places alone ("around Gao and Kidal") have no head noun before them and stay two
    names (``_keep``'s place rules before this one)."""
    of = next((j for j in range(k - 1, cur, -1) if _role(doc[j]) == "of"), None)
    if of is None:
        return False
    a, b = of + 1, k + 1
    while a < k and _role(doc[a]) == "the":
        a += 1
    while b < end and _role(doc[b]) in ("the", "of"):
        b += 1
    return (a < k and b < end and is_cap(doc[a]) and (is_cap(doc[b]) or fold(doc[b].text) in ("al", "el"))
            and lookup(doc[a:k].text) is not None and lookup(doc[b:end].text) is not None)


# dashes that join a parent organisation's name to its branch's ("Islamic State – Somalia Province")
NAME_DASHES = frozenset({"\u2013", "-"})


def _join_dashed(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """ "the Islamic State – Khorasan Province", "the Jordan Armed Forces – Arab Army", "the Sudan
    People's Liberation Movement–North": an organisation's name, a dash, then a name that closes on a
    branch or head noun, opens on "Operation" or is a compass qualifier, is one name (the branch's)."""
    lex = lexicons()
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.start == prev.end + 1
            and doc[prev.end].text in NAME_DASHES
            and not in_title_line(doc, prev.end)
            and any(is_cap(doc[k]) and fold(doc[k].text) in lex.org_heads for k in range(prev.start, prev.end))
            and _branch_after_dash(doc, c)
        ):
            out[-1] = make_candidate(doc, prev.start, c.end, "chunk")
            continue
        out.append(c)
    return out


def _branch_after_dash(doc: Doc, c: Candidate) -> bool:
    lex = lexicons()
    first, last = fold(doc[c.start].text), fold(doc[c.end - 1].text)
    if c.end - c.start == 1:
        return first in CARDINAL_POINTS
    return (last in BRANCH_NOUNS or last in lex.org_heads or last in lex.unit_nouns or first == "operation"
            ) and all(is_cap(doc[k]) or doc[k].lower_ in CONNECTORS for k in range(c.start, c.end))


def _shape_finders(learned: bool = True) -> tuple[ShapeFinder, ...]:
    """The special shapes of the document's language (French: its own before the shared ones, then, with
    ``learned``, the learned finder of names headed by a common noun, ``learned_phrases``)."""
    if current_language() == "fr":
        from .french_names import FRENCH_FINDERS
        from .learned_phrases import learned_phrases

        return (SHAPE_FINDERS[0], *FRENCH_FINDERS, *((learned_phrases,) if learned else ()),
                *[f for f in SHAPE_FINDERS[1:] if f.__name__ != "_french_orgs"])
    return SHAPE_FINDERS


def find_candidates(doc: Doc, learned: bool = True) -> list[Candidate]:
    """Every candidate name of the document, in text order, without overlaps (``learned``: with the learned
    shape finder, ``_shape_finders``)."""
    taken = [False] * len(doc)
    found: list[Candidate] = []
    for finder in _shape_finders(learned):
        for c in finder(doc, taken):
            if not any(taken[c.start : c.end]):
                found.append(c)
                for k in range(c.start, c.end):
                    taken[k] = True
    found.extend(_split_community_words(doc, _join_dashed(doc, _chunks(doc, taken))))
    found.sort(key=lambda c: c.start)
    return found
