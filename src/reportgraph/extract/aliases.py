"""In-document aliases: "also known as", "alias", "born", "dubbed 'X'", names in parentheses, acronyms.

Each finder returns pairs of candidate indices that name the same thing. Renames ("later renamed",
"took the name", "would henceforth operate as") are *not* aliases: the annotation guide makes each
name stage its own entity, so their targets are only typed as organisations.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .alias_cues import AliasCues
from .candidates import Candidate, doc_text
from .capital_states import capital_state_links
from .language import current_language
from .lexicons import lexicons
from .names import acronym_matches, fold, is_acronym, name_key, words
from .shapes import GLOSS_AFTER, GLOSS_ARTICLE

# Phrases after a name that introduce another name of the same bearer.
FORWARD = re.compile(
    r"\b(?:(?:also |better |more commonly |commonly |widely |locally |usually )?known (?:\w+ ){0,4}?as"
    r"|a\.?k\.?a\.?|alias|so-called|born|(?:nicknamed|dubbed|called)(?: him| her| them| itself| it)?"
    # the noun of a naming: "Y (nickname 'X')", "Y, whose nickname is X", "his pseudonym X"
    r"|nickname|pseudonym"
    # a spelling of the same name: "Hurras al-Din, also rendered as X", "al-Shabaab (also spelt X)"
    r"|(?:spelled|spelt|transliterated|rendered|romani[sz]ed)(?: as)?"
    r"|nom d[eu] guerre|kunya|"
    r"signed (?:\w+ ){0,3}as|(?:going|goes|went) by(?: the name(?: of)?)?|who calls? himself|"
    r"call(?:s|ed)? (?:themselves|itself)|(?:described|identified) by (?:\w+ ){1,3}as|"
    r"(?:referred|refers) to as|by the name(?: of)?|(?:shortened|abbreviated|short) (?:to|as|for)|"
    r"real name|true name|birth name|full name|born as|n[ée]e|"
    # "X has used the aliases 'A' and 'B'": names the subject goes by (``USED_GAP``)
    r"(?:(?:has |have |had )?used|uses) (?:the )?(?:aliases|alias|pseudonyms?)|"
    # "Boko Haram, whose formal name is Y": a group's formal name beside the one in use
    r"(?:formal|official) name|"
    # "X, formally Y (Z)", "X, officially the Y": the full name beside the usual one
    r"formally|officially|in full|"
    # "the faction known by its Arabic name, X"; "Hurras al-Din, whose name means 'X'": a translation
    r"known by (?:its|his|her|their) (?:\w+ ){0,2}name|(?:whose|its|his|her|their) name means)(?=\W|$)"
)
# a time word before (or inside) the cue dates the other name: "X, now known as Y" (a new name), "X, formerly
# known as Y", "X, then called Y", "X, known until 2022 as Y" (a former one); the annotation makes each name
# stage of an organisation its own entity (as French "alors", "anciennement" do in ``french_cues``)
RENAME = re.compile(r"(?:\b(?:later|henceforth|subsequently|thereafter|now|formerly|previously|originally|once)\b"
                    r"|,\s*then\b)(?:\s+\w+){0,2}\s*$|\buntil\b(?:\s+\w+){0,3}\s*$")
RENAME_CUE = re.compile(
    r"(renamed|rebranded(?: as)?|took the name|take the name|takes the name|operate as|"
    r"operating as|became|become|merged into|fused into)\s*$"
)
PERSONAL = re.compile(
    r"known (?:to|among|by) (?:his|her)|born|nickname|pseudonym|nom d|kunya|signed|real|true|birth|"
    r"going by|goes by|calls? himself"
)
REVERSE = re.compile(
    r"^\)?,? ?(?:as (?:\w+ ){0,3}(?:call|calls|know|knows|dub|dubs|nickname|nicknames)"
    r"|the (?:kunya|nom de guerre|alias|pseudonym|nickname|nom du guerre|real name) of"
    # "Y (Z), the formal name of what most people call X": the formal name given first
    r"|the (?:formal|official|full) name of(?: what (?:\w+ ){0,3}(?:call|calls|know|knows)(?: as)?)?)$"
)
GENERIC_BEARER = re.compile(
    r"\b(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(movement|group|organisation|organization|militia|"
    r"faction|network|coalition|brigade|battalion|katiba|front|unit|man|woman|preacher|followers|fighters|"
    r"men|supporters|insurgents|militants|rebels|jihadists|commander|leader|area|region|town|village|place|"
    r"zone|district|locality|settlement|"
    r"neighbourhood|neighborhood)\s*,?\s+(?:(?:that|which|who|was|is|are|were|most|more|often|"
    r"widely|commonly|usually|also|better|generally|still|now)\s+)*$"
)
ACRONYM_CUE = re.compile(r"\b(acronym|abbreviation|initials|abbreviated(?: as| to)?|shortened to)\W*$")


ENGLISH_CUES = AliasCues(FORWARD, RENAME, RENAME_CUE, PERSONAL, REVERSE, GENERIC_BEARER, ACRONYM_CUE,
                         # (a list's letter: "also known as: a) X")
                         # and a hedge on a name the writer reports: "whose real name is reportedly X", "is
                         # given as X", "is believed to be X"
                         re.compile(r"\W*(?:[a-z]\)\W*)?(?:(?:was|is|being)\W+)?"
                                    r"(?:(?:reportedly|allegedly|given as|believed to be|said to be|thought to be)\W+)?"
                                    r"(?:the\W+)?"),
                         re.compile(r"\b(he|she|his|her|him)\b"),
                         frozenset({"man", "woman", "preacher", "commander", "leader"}),
                         place_nouns=frozenset({"area", "region", "town", "village", "place", "zone", "district",
                                                "locality", "settlement", "neighbourhood", "neighborhood"}),
                         # a sanctions record's or an infobox's fields of other names, at a line's start ("Alias:
                         # a) X b) Y", "Other names: a) X b) Y", "Also known as: X; Y"): each name on the line is
                         # the record's subject's (its heading line: "ABU X", "QDe.9 / GROUP NAME"); no "Name:"
                         # field (a UN record's "Name: 1: X 2: Y" gives the parts of one name); a UN record
                         # grades its lists ("Good quality a.k.a.: a) X b) Y", "Low quality a.k.a.: Z")
                         record_field=re.compile(r"(?im)^[ \t]*(?:(?:good|low)[ \t]+quality[ \t]+)?"
                                                 r"(?:(?P<name>(?!))|alias(?:es)?|other names?"
                                                 r"|also known as|a\.k\.a\.?|nicknames?|pseudonyms?|kunyas?"
                                                 r"|noms? de guerre)[ \t]*:"),
                         record_personal=re.compile(r"(?i)nickname|pseudonym|kunya|guerre"),
                         # "c) X (former name)", "b) X (until 2019)": a former name
                         former_name=re.compile(r"(?i)^\s*[\"\u201d]?\s*\([^()]*\b(?:former|formerly|previous|"
                                                r"previously|old|until)\b"))


def _cues() -> AliasCues:
    if current_language() == "fr":
        from .french_cues import FRENCH_ALIAS_CUES

        return FRENCH_ALIAS_CUES
    return ENGLISH_CUES


def _gap(doc: Doc, a: Candidate, b: Candidate) -> str:
    return doc_text(doc)[a.end_char : b.start_char]


def _typed(c: Candidate) -> bool:
    return c.type is not None


def forward_aliases(doc: Doc, cands: list[Candidate], named: set[int] | None = None) -> list[tuple[int, int]]:
    """Pairs (bearer, alias) from cue phrases between two names; ``named`` collects every name a
    naming cue introduced (with or without a bearer)."""
    links: list[tuple[int, int]] = []
    cues = _cues()
    for j, target in enumerate(cands):
        # not cut at the sentence start: "a.k.a." ends a sentence for the parser
        raw = doc_text(doc)[max(0, target.start_char - 90) : target.start_char].rsplit("\n", 1)[-1]
        window = re.sub(r"[\u2018\u2019'\"\u201c\u201d(]+\s*$", "", raw).lower()
        if target.type is None and target.shape == "quoted" and cues.rename_cue.search(window):
            target.type, target.strength = "ORGANIZATION", 1
        m = None
        for m_ in cues.forward.finditer(window):
            m = m_
        if m is None or not cues.after_cue.fullmatch(_without_title(window[m.end() :])):
            continue
        cue = m.group(0)
        head = window[: m.start()]
        if (cues.rename.search(head.rstrip()) or cues.rename.search(window[: m.end()])
                or (cue == "called" and re.search(r"so-\s*$", head))):
            if target.type is None:
                target.type, target.strength = "ORGANIZATION", 1
            continue
        cue_start = target.start_char - (len(raw) - m.start())  # the quote marks stripped count too
        strict = cues.personal.match(cue) is not None
        want: str | None = None
        if re.search(r"\b(itself|it)$", cue):
            want = "ORGANIZATION"
        elif (
            strict
            or (target.type == "PERSON" and target.strength >= 2)
            or re.search(r"\bwho (?:is|was) $", head)
        ):
            want = "PERSON"
        elif target.type == "ORGANIZATION" and target.strength >= 2:
            want = "ORGANIZATION"
        if named is not None:
            named.add(j)
        if target.shape == "known-as":
            continue  # "X, supported by clan militias known as y": the plural noun bears it, not X
        generic = cues.generic_bearer.search(head)
        if generic is not None:
            # "The Tazira Group, also known as X": the noun closes a name (the window is lower-cased),
            # so the bearer is that name, not a generic one
            noun_at = cue_start - (len(head) - generic.start(1))
            if any(c.start_char <= noun_at < c.end_char and c.end_char <= cue_start for c in cands[:j]):
                generic = None
        if generic is not None:
            # "the movement known across the world as X": the bearer is a common noun, the name's
            # type follows from it
            noun = generic.group(1)
            kind = ("PERSON" if noun in cues.person_nouns else "LOCATION" if noun in cues.place_nouns
                    else "ORGANIZATION")
            if target.strength <= 1 and target.key != "-":
                target.type, target.strength = kind, 2
            # "Ansar Allah, the movement widely known as the Houthis": the common noun is in
            # apposition to the name before its comma, which bears the alias
            before = _apposed(doc, cands, j, cue_start - (len(head) - generic.start()))
            if before is not None and (cands[before].type in (None, kind) or cands[before].strength <= 1):
                links.append((before, j))
            continue
        bearer = _bearer(doc, cands, j, cue_start, want, strict)
        if bearer is not None and cue == "so-called" and not SO_CALLED_GAP.fullmatch(
                doc_text(doc)[cands[bearer].end_char : cue_start]):
            # "armed terrorists of the so-called Islamic State": the writer's distance from a name,
            # not another name of the last actor; only an apposition ("X, the so-called Y") is one
            bearer = None
        if bearer is not None and re.match(r"(?:(?:has|have|had) )?used|uses", cue) and not USED_GAP.fullmatch(
                doc_text(doc)[cands[bearer].end_char : cue_start]):
            # "Y has been its leader; a spokesman uses the pseudonym X": only the verb's own subject
            # (the name right before it) goes by the alias
            bearer = None
        if bearer is not None:
            links.append((bearer, j))
            links.extend((bearer, k) for k in _listed_after(doc, cands, j))
            links.extend((bearer, k) for k in _named_by_others(doc, cands, j))
            if strict:  # only people are "born", "nicknamed", "known to his associates as"
                for k in (bearer, j):
                    if cands[k].strength <= 1:
                        cands[k].type, cands[k].strength = "PERSON", 2
    return links


def _without_title(rest: str) -> str:
    """What stands between a cue and its name, less a title the name's candidate leaves out ("also known as:
    a) Hajj X", "known as General X", "called Sheikh X"): a title is never a name, the name follows it."""
    m = re.search(r"([^\W\d_]+)\.?\s+$", rest)
    if m is not None and fold(m.group(1)) in lexicons().titles:
        return rest[: m.start()]
    return rest


# between the subject and "has used the aliases": "Al-X has used", "Al-X also reportedly used", "X, who uses"
USED_GAP = re.compile(r"\s*,?\s*(?:(?:who|also|reportedly|allegedly|since|then)\s+)*")

# between a name and "so-called" that gives another name of it: "ISSP, the so-called Islamic State"
SO_CALLED_GAP = re.compile(r"[\u2019'\"\u201d)]?\s*(?:,|\()\s*(?:the\s+|a\s+|its\s+)?")

# between two names of one list of aliases: "A and as B", "A or B", "a) A; b) B; c) 'C'", 'A and "B"'
ALIAS_LIST_GAP = re.compile(
    r"[\s\"'\u201c\u201d\u2018\u2019]*(?:;\s*(?:and\s+)?(?:[a-z]\)\s*)?|,?\s+(?:and|or)\s+as\s+|\s+or\s+)"
    r"[\s\"'\u201c\u201d\u2018\u2019]*"
    # a plain "and" or a comma before a quoted name: 'also known as "A" and "B"', 'A and "B"', '"C", "D"'
    r"|[\"\u201d\u2019]?(?:,|,?\s+and)\s+[\"\u201c\u2018]"
)
# the French list: 'surnommé « A », « B »', '« A » ou « B »', '« A » et « B »', 'alias A ou B' (guillemets, "ou", "et")
ALIAS_LIST_GAP_FR = re.compile(
    r"[\s\"\u201c\u201d\u00ab\u00bb]*(?:;\s*(?:et\s+)?(?:[a-z]\)\s*)?|\s+ou\s+)[\s\"\u201c\u201d\u00ab\u00bb]*"
    r"|\s*[\"\u201d\u00bb]?\s*(?:,|,?\s+et|,?\s+ou)\s+[\"\u201c\u00ab]\s*"
)


def _listed_after(doc: Doc, cands: list[Candidate], j: int) -> list[int]:
    """The names that follow an alias in the same list ("also known as A and as 'B'", "also known
    as: a) A; b) B; c) 'C'"): each is another name of the same bearer."""
    out = []
    k = j + 1
    text = doc_text(doc)
    list_gap = ALIAS_LIST_GAP_FR if current_language() == "fr" else ALIAS_LIST_GAP
    while k < len(cands) and list_gap.fullmatch(_gap(doc, cands[k - 1], cands[k])):
        # "A also known as 'B' and 'C' also known as 'D'": C opens a second person with aliases of
        # its own, not a third name of A
        after = text[cands[k].end_char : cands[k].end_char + 40].lower()
        after = re.sub(r"^[\s\"'\u201c\u201d\u2018\u2019,(]+", "", after)
        if _cues().forward.match(after) and not _BORN_ON.match(after):
            break
        if _LABEL_COLON.match(text, cands[k].end_char):
            # "born Amadou X; Fula: Aamadu Y": a word before a colon labels the next name (its
            # language), it is none of the bearer's names; the name it labels is
            if k + 1 < len(cands) and _LABELLED_GAP.fullmatch(_gap(doc, cands[k], cands[k + 1])):
                out.append(k + 1)
                k += 2
                continue
            break
        out.append(k)
        k += 1
    # "also known as Samir X and Abu Y, is": a plain "and" joins a last personal name to the list, when
    # both are persons' names and a punctuation mark closes the second (not "known as X and Y were")
    if (k < len(cands) and cands[k - 1].type == "PERSON" and cands[k].type == "PERSON"
            and _AND_GAP.fullmatch(_gap(doc, cands[k - 1], cands[k]))
            and _LIST_CLOSE.match(text, cands[k].end_char)):
        out.append(k)
    return out


# after a name a cue gave, another audience's name for the same bearer: "known to his fighters as A and to
# smugglers in Agadez as "B"", "known by his kunya, A, and to villagers as "B""; or the name of another kind: "known
# by the nom de guerre "A" and the kunya B", "known by the kunya A and by the nicknames "B"" (no full stop between)
_OTHERS_AS = re.compile(
    r"[\"'\u201d\u2019]?\s*,?\s+and\s+"
    r"(?:(?:to|by|among)\s+[^.;:()\"\u201c\n]{1,60}?\s+as"
    r"|(?:by\s+)?(?:the|his|her)\s+(?:kunya|nom de guerre|nicknames?|pseudonyms?|aliases|alias))"
    r"\s+[\"'\u201c\u2018]?"
)


def _named_by_others(doc: Doc, cands: list[Candidate], j: int) -> list[int]:
    """The name another audience knows the bearer of alias j by, and the names listed after it."""
    text = doc_text(doc)
    for k in range(j + 1, min(j + 4, len(cands))):
        if _OTHERS_AS.fullmatch(text[cands[j].end_char : cands[k].start_char]):
            return [k, *_listed_after(doc, cands, k)]
    return []


# "born in 1993", "born on 4 May": a birth date or place after a listed name, no other person's birth name
_BORN_ON = re.compile(r"born\s+(?:in|on|at|around|about|circa|c\.|near|\d)")
_AND_GAP = re.compile(r"\s+and\s+")
_LIST_CLOSE = re.compile(r"\s*(?:[,.;)]|$)")


# a list's label: a name closed by a colon ("Fula: Aamadu Y", "Arabic: ..."), and what may stand between
# the label and the name it labels
_LABEL_COLON = re.compile(r"\s*:")
_LABELLED_GAP = re.compile(r"\s*:\s*[\"'\u201c\u2018]?")


def _apposed(doc: Doc, cands: list[Candidate], j: int, noun_start: int) -> int | None:
    """The candidate that ends right before ", the <noun>" starting at ``noun_start``, if any."""
    gap = doc_text(doc)[max(0, noun_start - 3) : noun_start]
    if not gap.endswith(", "):
        return None
    for i in range(j - 1, -1, -1):
        if cands[i].end_char <= noun_start:
            return i if cands[i].end_char == noun_start - 2 else None
    return None


# between a name and the naming cue in apposition to it: "Y, commonly known as", "Y (known as"
APPOSED_GAP = re.compile(r"[\s\"'\u201d\u2019]*[,(]\s*")


def _modifies_a_noun(doc: Doc, c: Candidate, cue_start: int) -> bool:
    """The name is followed, up to the cue (and its comma), by lower-case adjectives and nouns only, a noun
    last and not a group's class noun: it qualifies that common noun ("SDF internal security forces, known as
    Y"), which bears the name."""
    toks = []
    for t in doc[c.end : c.end + 8]:
        if t.idx >= cue_start:
            break
        if not t.is_space:
            toks.append(t)
    else:
        return False  # a longer stretch is no noun phrase of the name's
    while toks and toks[-1].text in (",", "("):
        toks.pop()
    return (bool(toks) and toks[-1].pos_ == "NOUN" and toks[-1].idx + len(toks[-1].text) <= cue_start
            and all(t.text.islower() and t.pos_ in ("NOUN", "ADJ") for t in toks)
            and toks[-1].lemma_.lower() not in _CLASS_NOUNS)


# a group's own class noun after its name ("the X faction known by its Arabic name, Y"): the name with its
# noun, which bears the alias as the name does
_CLASS_NOUNS = frozenset({"movement", "group", "organisation", "organization", "militia", "faction", "network",
                          "coalition", "front", "mouvement", "groupe", "milice", "réseau"})


def _bearer(doc: Doc, cands: list[Candidate], j: int, cue_start: int, want: str | None,
            strict: bool = False) -> int | None:
    """The name the alias belongs to: the nearest earlier name of the wanted type in the sentence,
    else a person named right after a sentence-opening cue, else the last such name before."""
    # the sentence of the cue, which the parser may end early ("a.k.a." closes a sentence for it)
    lo = max(0, cands[j].start - 20)
    cue_tok = next((t for t in doc[lo : cands[j].start] if t.idx >= cue_start), doc[cands[j].start])
    # ... and may run a headline into the first sentence: a line break also bounds it
    sent_start = max(cue_tok.sent.start_char, doc_text(doc).rfind("\n", 0, cue_start) + 1)
    place = _place_right_before(doc, cands, j, cue_start, sent_start)
    if place is not None and want is None and cands[j].type not in ("PERSON", "ORGANIZATION"):
        return place  # "Qayyarah Airfield West, also called 'Q-West'": the place itself bears it
    nearest = True
    for i in range(j - 1, -1, -1):
        c = cands[i]
        if c.start_char < sent_start:
            break
        if c.end_char > cue_start:
            continue
        if _POSSESSIVE.match(doc_text(doc), c.end_char):
            # "the Amniyat's deputy head, a cleric called X": the possessor does not bear the name, what
            # it possesses does (as "his deputy, called X": ``_POSSESSED_APPOSITION``)
            return None
        if (nearest and strict and c.type in ("COMMUNITY", "LOCATION") and c.strength <= 1
                and _GUESSED_BEARER_GAP.match(doc_text(doc), c.end_char)
                and not _PLACE_PREPOSITION.search(doc_text(doc), max(0, c.start_char - 12), c.start_char)):
            # "Gouri, who used the nom de guerre X": a personal cue's nearest name, a place only by a
            # guess, is the person who bears it (the caller retypes it)
            return i
        nearest = False
        if c.type in ("COMMUNITY", "LOCATION"):
            if want != "PERSON" and APPOSED_GAP.fullmatch(doc_text(doc)[c.end_char : cue_start]):
                # "X designated companies that supply Ansarallah, commonly known as the Houthis": the
                # name right before the cue's comma bears it; a group further back does not, even when
                # this one was typed a place (a person's may: "Y, a herder from Niger, known as 'Z'")
                return None
            continue
        if (c.key == "-" and current_language() == "fr" and fold(c.text) in lexicons().demonyms
                and c.start_char > sent_start):
            continue  # "X, un Algérien surnommé « Y »": the demonym describes X, it names no one
        if (c.key == "-" and fold(c.text) in lexicons().demonyms
                and _APPOSED_ARTICLE.search(doc_text(doc), max(0, c.start_char - 6), c.start_char)):
            continue  # "X, a Tanzanian better known as Y": the apposition's demonym describes X
        if not _typed(c) and not (
            want == "PERSON"
            and c.shape == "chunk"
            and re.fullmatch(r"[\s,(]*", doc_text(doc)[c.end_char : cue_start]) is not None
        ):
            continue  # an untyped word right before "nicknamed", "(real name": only a person has those
        if want is not None and c.type != want and c.strength > 1:
            continue  # a group is not "born" or "nicknamed": look further back
        if _modifies_a_noun(doc, c, cue_start):
            return None  # "the X internal security forces, known as Y": the common noun bears it, not X
        return i
    if want == "PERSON":
        ahead = _person_ahead(doc, cands, j)
        if ahead is not None:
            return ahead
    # across sentences only for a pronoun ("he was known to his associates as ..."); "the movement
    # known as X" names no earlier bearer
    opening = doc_text(doc)[sent_start : cands[j].start_char].lower()
    if want == "ORGANIZATION" or not _cues().pronoun.search(opening):
        return None
    if _POSSESSED_APPOSITION.search(opening):
        return None  # "His deputy, a Fulani called X": the deputy is X, not the man "his" refers to
    for i in range(j - 1, -1, -1):
        if cands[i].start_char < sent_start and cands[i].type == "PERSON":
            return i
    return None


# after a guessed place that bears a personal cue, its apposition's opening ("Gouri, who used the nom de guerre X");
# before it no preposition ("a preacher from Kelwatou, nicknamed X", "de Kelwatou surnommé X": a place after all)
_GUESSED_BEARER_GAP = re.compile(r"\s*[,(]")
_PLACE_PREPOSITION = re.compile(r"\b(?:from|of|in|at|near|to|de|du|des|d'|à|au|aux|près de)\s*$", re.IGNORECASE)


# an apposition's article right before a demonym: "X, a Tanzanian known as Y"
_APPOSED_ARTICLE = re.compile(r",\s+an?\s+$")


# a name's possessive ending: "X's", "X’s"
_POSSESSIVE = re.compile(r"[\u2019']s\b")


# a person a possessive opens, in apposition before the cue ("His deputy, a Fulani called X", "her brother,
# known as X"): that person bears the name, not the one of an earlier sentence the pronoun refers to
_POSSESSED_APPOSITION = re.compile(r"\b(?:his|her)\s+[a-z-]+(?:\s+[a-z-]+)?\s*,")


# between a place and its naming cue: ", also called", " (locally known as"
_PLACE_CUE_GAP = re.compile(r"\s*[,(]\s*(?:(?:also|locally|commonly|sometimes|often|better|widely|now|formerly)\s+)*",
                            re.IGNORECASE)


def _place_right_before(doc: Doc, cands: list[Candidate], j: int, cue_start: int, sent_start: int) -> int | None:
    """A place named right before the cue, with nothing but a comma or a bracket between them
    ("at Qayyarah Airfield West, also called 'Q-West'"): an untyped or place-like name after such a
    cue is that place's other name, not the last actor's."""
    for i in range(j - 1, -1, -1):
        c = cands[i]
        if c.start_char < sent_start:
            return None
        if c.end_char > cue_start:
            continue
        if c.type != "LOCATION" or not _PLACE_CUE_GAP.fullmatch(doc_text(doc)[c.end_char : cue_start]):
            return None
        return i
    return None


def _person_ahead(doc: Doc, cands: list[Candidate], j: int) -> int | None:
    """ "Known by his kunya X, Y grew up...": a sentence that opens with the cue names its bearer next."""
    sent = doc[cands[j].start].sent
    opening = doc_text(doc)[sent.start_char : cands[j].start_char].rsplit("\n", 1)[-1]
    if opening.count(" ") > 6:
        return None
    for k in range(j + 1, len(cands)):
        if cands[k].start_char >= sent.end_char:
            break
        if cands[k].type == "PERSON" and cands[k].strength >= 2:
            return k
    return None


def reverse_aliases(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "the Fox, as admirers call Ag Tessit": the name before the comma is the alias."""
    links = []
    for j in range(1, len(cands)):
        a, b = cands[j - 1], cands[j]
        gap = _gap(doc, a, b).strip().lower()
        if _cues().reverse.match(gap):
            links.append((j, j - 1))
            if a.type is None and b.type is not None:
                a.type, a.strength = b.type, 0
    return links


def parenthesised(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """NAME (ALIAS), NAME ('Translation'), NAME (French name, ACRONYM), ACRONYM (long form)."""
    links = []
    for j in range(1, len(cands)):
        a = cands[j - 1]
        gap = _gap(doc, a, cands[j])
        # (a French closing guillemet after its space: « province d'Afrique de l'Ouest » (ISWAP))
        # (on the name's own line: a parenthesis opening the next line or paragraph is no aside about it)
        if not re.fullmatch(r"(?:[^\S\n]*\u00bb)?[\u2019'\"\u201d]?[^\S\n]*\(\s*(?:the\s+)?[\u2018'\"\u201c]?", gap):
            continue
        close = doc_text(doc).find(")", cands[j].start_char)
        if close < 0 or _SCRIPT.search(doc_text(doc)[cands[j].start_char : close]):
            continue  # a list with a name in another script: parenthesis_segments reads its labels
        inner = [k for k in range(j, len(cands)) if cands[k].end_char <= close]
        cues = _cues()
        if len(inner) > 1 and cues.language_words:
            last = cands[inner[-1]]  # "(GSIM, ou JNIM selon son acronyme arabe)": "arabe" labels JNIM
            before = doc_text(doc)[cands[inner[-2]].end_char : last.start_char]
            if last.text.lower() in cues.language_words and cues.language_label.search(before):
                inner = inner[:-1]
        described = len(inner) > 1 and _describes(doc, cands[inner[0]], cands[inner[1]])
        if described:
            # "(GSIM, lié à Al-Qaïda)", "(GDI, linked to al-Qaeda)": the bracket's first name is another name
            # of the one before it; what follows the comma says what the bearer is tied to, no name of it
            inner = inner[:1]
        rest = (
            re.sub(r"[\s,;'\"\u2018\u2019\u201c\u201d]", "", doc_text(doc)[cands[inner[-1]].end_char : close])
            if inner and not described
            else "" if inner else "x"
        )
        rest = _cues().paren_filler.sub("", rest)
        if not inner or rest or len(inner) > 2:
            continue
        if all(_contains(a, cands[k]) for k in inner):
            continue  # "Borno State (Nigeria)", "Lunel (Hérault)", "X Trading (Nairobi, Kenya)": where it is
        for k in inner:
            if _compatible(a, cands[k]) and not _spells_another(cands, a, cands[k]) and not _people_of(a, cands[k]):
                links.append((j - 1, k))
    return links


def _describes(doc: Doc, first: Candidate, second: Candidate) -> bool:
    """Words of the text stand between a bracket's first name and its second, after a comma: "(X, linked
    to Y)", "(X, lié à Y)", "(X, an offshoot of Y)". The second name is then what the first is tied to,
    not one more name of it (a list of names has only separators and "or"/"ou" between them)."""
    between = doc_text(doc)[first.end_char : second.start_char]
    if not re.match(r"\s*,", between):
        return False
    # (an expansion, "(CJTF, for/pour Civilian Joint Task Force)", is one more name)
    between = re.sub(r"(?i)\b(?:or|also|aka|a\.k\.a|short for|standing for|for|pour|soit|i\.e)\b\.?", " ", between)
    words = re.sub(r"[\s,;'\"\u2018\u2019\u201c\u201d\u00ab\u00bb]", "", between)
    return bool(_cues().paren_filler.sub("", words))


def _people_of(a: Candidate, b: Candidate) -> bool:
    """``b``, in brackets after ``a``, is a people of the community list (``communities.tsv``) that ``a`` is
    not a name of: "Tuareg (Ifoghas)", "Kel Tamanast (Tuareg)", "Ouro Sandé (Fulani)" give a people's clan or
    a lineage's people, not another name; one row of the list names one people ("Fulani (Peul)" stays)."""
    return b.key.startswith("community:") and a.key != b.key


def _spells_another(cands: list[Candidate], a: Candidate, b: Candidate) -> bool:
    """``b`` is an acronym that spells another name of the text, not ``a``: "61st Brigade (PMF)"
    after "the Popular Mobilization Forces (PMF)" says whose unit it is, not another name of it."""
    if not is_acronym(b.text) or acronym_matches(b.text, a.text):
        return False
    return any(c is not a and fold(c.text) != fold(a.text) and acronym_matches(b.text, c.text) for c in cands)


# A parenthesis of other names after a name, in an encyclopedia's lead: "(ISWAP; Arabic: <script>,
# Wilayat Gharb Ifriqiyyah)", "(AQIM, or AQMI in French)", "(JNIM, in French GSIM)", "(KH; ...; also
# spelled Kata'ib Hizballah)". Each segment is one name once its label is read off.
_SCRIPT = re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u1200-\u137f\u0400-\u04ff]")
_LANGUAGE_LABEL = re.compile(
    r"^(?:arabic|persian|farsi|pashto|dari|urdu|somali|french|tamasheq|hausa|kanuri|fulfulde|kurdish|turkish|"
    r"amharic|swahili|portuguese|english|tigrinya|berber|tamazight|filipino|tagalog|malay|indonesian|bambara|"
    r"songhai|zarma|wolof|lingala|russian|spanish|hebrew|tajik|uzbek|baluchi|balochi|oromo|yoruba|maranao|tausug)"
    # "(Arabic for "Front of the X"; ...)": a translation, labelled by its source language
    r"\s*(?::|\bfor\b)\s*",
    re.IGNORECASE,
)
_SEGMENT_OPENER = re.compile(
    r"^(?:(?:also|or|simply|lit\.|literally|meaning|abbreviated|short)\s+"
    r"|(?:spelled|spelt|transliterated|written|rendered|known)(?:\s+as)?\s+"
    r"|in\s+(?:french|arabic|english)(?:\s+sources)?\s+)+",
    re.IGNORECASE,
)
_SEGMENT_CLOSER = re.compile(r"\s+in\s+(?:french|arabic|english)(?:\s+sources)?$", re.IGNORECASE)
_NO_NAME_SEGMENT = re.compile(r"^(?:formerly|previously|later|born|died|d\.|b\.|founded|\d)", re.IGNORECASE)


def _segments(inner: str, offset: int) -> list[tuple[int, int]]:
    """Character spans of the names a parenthesis lists (labels, "also spelled", "in French" left out)."""
    out = []
    for m in re.finditer(r"[^;,]+", inner):
        seg, start = m.group(0), offset + m.start()
        if _NO_NAME_SEGMENT.match(seg.strip()):
            continue
        lead = len(seg) - len(seg.lstrip())
        seg, start = seg.strip(), start + lead
        for pattern in (_LANGUAGE_LABEL, _SEGMENT_OPENER):
            cut = pattern.match(seg)
            if cut:
                seg, start = seg[cut.end() :], start + cut.end()
        seg = _SEGMENT_CLOSER.sub("", seg)
        for alt in re.finditer(r"[^\s].*?(?=\s+or\s+|$)", seg):  # "ISIS-K or ISIL-K"
            text = alt.group(0).strip()
            name = text.strip("\"'\u201c\u201d\u2018\u2019 ")
            if name:
                s0 = start + alt.start() + text.find(name)
                out.append((s0, s0 + len(name)))
    return out


def _parenthesis_after(doc: Doc, cands: list[Candidate], i: int) -> tuple[int, int] | None:
    """The inside of a parenthesis opening right after candidate i, as character offsets."""
    text = doc_text(doc)
    # (on the name's own line, as in ``parenthesised``)
    m = re.match(r"[\u2019'\"\u201d]?[^\S\n]*\(", text[cands[i].end_char : cands[i].end_char + 4])
    if m is None:
        return None
    start = cands[i].end_char + m.end()
    close = text.find(")", start)
    if close < 0 or close - start > 300 or "(" in text[start:close] or "\n" in text[start:close]:
        return None
    return start, close


def script_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates plus names written in another script (Arabic, Persian, Pashto...) that a
    parenthesis gives after a name: "Hafiz Gul Bahadur (Pashto: <script>)". Untyped: only the alias
    link to the name before them makes them part of an entity."""
    text = doc_text(doc)
    added: list[Candidate] = []
    for i in range(len(cands)):
        inside = _parenthesis_after(doc, cands, i)
        if inside is None or not _SCRIPT.search(text[inside[0] : inside[1]]):
            continue
        for a, b in _segments(text[inside[0] : inside[1]], inside[0]):
            if _SCRIPT.search(text[a:b]) and not re.search(r"[A-Za-z]", text[a:b]):
                span = doc.char_span(a, b, alignment_mode="expand")
                if span is not None and len(span):
                    added.append(Candidate(span.start, span.end, a, b, text[a:b], shape="script"))
    if not added:
        return cands
    return sorted(cands + added, key=lambda c: c.start)


# a quoted nickname and its translation in brackets: '"Sikkin" (the knife)', '"Fiin" ("the Thin One")', '"Gaab"
# ("Shorty")'; the translation is one to five words, none a digit
_GLOSS = re.compile(r"[\"\u201c\u201d]\s*\(\s*[\"\u201c]?(?:the\s+)?"
                    r"(?P<gloss>[A-Za-z][A-Za-z'\u2019-]*(?:\s+[A-Za-z][A-Za-z'\u2019-]*){0,4})"
                    r"[\"\u201d]?\s*\)", re.IGNORECASE)
# what a bracket after a quoted name says of the text or the person, not what the name means
_GLOSS_NOTES = frozenset({"fictional", "invented", "accused", "defendant", "deceased", "killed", "arrested", "died",
                          "former", "formerly", "first", "second", "third", "fourth", "also", "sic", "alias", "aka",
                          "alleged", "allegedly", "reportedly", "transliterated", "spelled", "spelt", "nickname",
                          "kunya", "pseudonym", "arabic", "french", "english", "somali", "hausa", "fulfulde",
                          "tamasheq"})


def nickname_glosses(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates plus the translation a bracket gives right after a quoted nickname ('"Sikkin" (the knife)',
    '"Gaab" ("Shorty")'): another name of its bearer, lower case or not, without its article. Untyped, shape
    "gloss": only its link to the nickname (``gloss_links``) makes it part of an entity. On the English train gold
    such a translation is a name of the nickname's bearer 23 times in 28 (a note, "(fictional)", "(second
    accused)", left out)."""
    if current_language() == "fr":
        return cands
    text = doc_text(doc)
    at = {(c.start_char, c.end_char): c for c in cands}
    added: list[Candidate] = []
    for c in cands:
        if c.start_char == 0 or text[c.start_char - 1] not in "\"\u201c":
            continue
        m = _GLOSS.match(text, c.end_char)
        if m is None:
            continue
        gloss = m.group("gloss")
        if set(gloss.lower().replace("-", " ").split()) & _GLOSS_NOTES or fold(gloss) == fold(c.text):
            continue
        a, b = m.start("gloss"), m.end("gloss")
        found = at.get((a, b)) or at.get((text.rfind("the", 0, a) if text[:a].lower().endswith("the ") else a, b))
        if found is not None:
            found.shape = "gloss"  # a name already ("the Thin One"): the nickname's, by no key of its own
            continue
        cand = _exact_candidate(doc, a, b, gloss, shape="gloss")
        if cand is not None:
            added.append(cand)
    return _replacing_inner(cands, added)


def _exact_candidate(doc: Doc, a: int, b: int, name: str, shape: str = "chunk") -> Candidate | None:
    """A candidate of exactly the characters ``a``-``b``, or None where they fall inside a token."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span) or span.start_char != a or span.end_char != b:
        return None
    return Candidate(span.start, span.end, a, b, name, shape=shape)


def _replacing_inner(cands: list[Candidate], added: list[Candidate]) -> list[Candidate]:
    """The candidates plus ``added``, in order, less those that lie inside one of ``added`` (which replaces them)."""
    if not added:
        return cands
    inside = [c for c in cands if any(n.start_char <= c.start_char and c.end_char <= n.end_char for n in added)]
    return sorted([c for c in cands if c not in inside] + added, key=lambda c: c.start)


def gloss_links(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """Each nickname's translation (``nickname_glosses``) with the quoted nickname right before it."""
    links = []
    for j, c in enumerate(cands):
        if c.shape == "gloss" and j > 0 and cands[j - 1].shape != "gloss" and _GLOSS.match(
                doc_text(doc), cands[j - 1].end_char) is not None:
            links.append((j - 1, j))
            if c.strength <= 1:
                c.type = None  # the bearer's type, whatever a weak label guessed for the words
    return links


# an item of a record's field of other names: "a) X", "b) X (ACRONYM)"; or, unlettered, one of "X; Y"
_RECORD_ITEM_MARK = re.compile(r"(?:^|\s)[a-z]\)\s*")


def record_item_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates plus each whole item of an English record's field of other names ("Other names: a) Jama'at
    X fi Bilad Y b) Vanguards for the Z in Black W"): a lettered item is one name, however many lower-case
    particles break it into shorter candidates, which it replaces. Untyped: the record's link to its subject
    types it (``record_aliases``)."""
    if current_language() == "fr":
        return cands
    text = doc_text(doc)
    added: list[Candidate] = []
    for m, end in _record_lines(text):
        value = text[m.end() : end]
        marks = list(_RECORD_ITEM_MARK.finditer(value))
        if len(marks) < 2:
            continue  # only a lettered list's items are sure to be one name each
        bounds = [k.end() for k in marks] + [len(value)]
        for n, k in enumerate(marks):
            item = value[k.end() : marks[n + 1].start() if n + 1 < len(marks) else len(value)]
            item = re.sub(r"\s*\([^()]*\)\s*$", "", item.rstrip(" ;,.\t"))  # "X (ACRONYM)": the acronym apart
            name = item.strip("\"'\u201c\u201d\u2018\u2019 ")
            if not name[:1].isupper() or any(ch.isdigit() for ch in name) or len(name.split()) > 12:
                continue
            a = m.end() + bounds[n] + item.find(name)
            b = a + len(name)
            if any(c.start_char == a and c.end_char == b for c in cands):
                continue
            cand = _exact_candidate(doc, a, b, name)
            if cand is not None:
                added.append(cand)
    return _replacing_inner(cands, added)


def parenthesis_segments(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """NAME (ACRONYM; Arabic: <script>, Transliteration; also spelled X): every name of the list."""
    links = []
    text = doc_text(doc)
    for i, a in enumerate(cands):
        inside = _parenthesis_after(doc, cands, i)
        if inside is None or a.type not in ("ORGANIZATION", "PERSON", "LOCATION"):
            continue
        spans = set(_segments(text[inside[0] : inside[1]], inside[0]))
        for k in range(i + 1, len(cands)):
            b = cands[k]
            if b.start_char >= inside[1]:
                break
            if (b.start_char, b.end_char) in spans and _compatible(a, b) and not _contains(a, b) \
                    and not _spells_another(cands, a, b) and not _people_of(a, b):
                links.append((i, k))
    return links


def _contains(a: Candidate, b: Candidate) -> bool:
    """``b`` in parentheses after ``a`` says where ``a`` is, not another name of it: a place the
    gazetteer or a shape settled, named differently, and no acronym."""
    return (
        b.type == "LOCATION"
        and b.strength >= 2
        and not is_acronym(b.text)
        and (b.key or name_key(b.text)) != (a.key or name_key(a.text))
        and name_key(b.text) != name_key(a.text)
    )


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.type is None or b.type is None:
        return True
    if a.type == b.type:
        return True
    # the model often mistypes a long name; an acronym or translation follows the long name's type
    return b.strength <= 1 or a.strength <= 1 or (is_acronym(b.text) and a.type == "ORGANIZATION")


def acronym_cues(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "usually cited by its French acronym MDT": the acronym names the last organisation."""
    links = []
    for j, c in enumerate(cands):
        if not is_acronym(c.text):
            continue
        window = doc_text(doc)[max(0, c.start_char - 40) : c.start_char].lower()
        if _cues().acronym_cue.search(window):
            for i in range(j - 1, -1, -1):
                if cands[i].type == "ORGANIZATION":
                    links.append((i, j))
                    break
    return links


# between an organisation's long name and its acronym set in apposition: "the Sinjar Resistance Units, the YBS,"
_ACRONYM_APPOSITION_GAP = re.compile(r"[\u2019'\"\u201d]?,\s+the\s+")
# what goes on after an acronym in a list of actors, not an apposition: ", the KRG", ", the gendarmerie", ", and X"
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:the\s+\w|[A-Z0-9\"'\u201c\u2018])")
# the acronym closes the apposition: a punctuation mark right after it, not a noun it qualifies ("the ISIS
# province", "the PKK's fighters")
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,.;:)\u2013\u2014]|\s-\s|$)")
# the long name is an item of a list ("JNIM, Ansarul Islam, the VDP"): a comma right before it
_LIST_ITEM_BEFORE = re.compile(r",\s*(?:the\s+)?$")


def acronym_appositions(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "the Kurdistan Workers' Party, the PKK. ", "the Sinjar Resistance Units, the YBS, remain": an
    acronym set in apposition right after an organisation's long name is its acronym, whatever language
    its letters come from. A list of actors ("Turkey, the PKK, the KRG") goes on after the acronym, and an
    acronym that spells another name of the text names that one; the acronym closes the apposition (a
    punctuation mark after it: "the ISIS province" qualifies a noun) and the long name is no list's item
    ("JNIM, Ansarul Islam, the VDP, the gendarmerie")."""
    links = []
    text = doc_text(doc)
    for j in range(1, len(cands)):
        a, b = cands[j - 1], cands[j]
        if not is_acronym(b.text) or b.type not in ("ORGANIZATION", None):
            continue
        if a.type != "ORGANIZATION" or is_acronym(a.text) or len(words(a.text)) < 2:
            continue
        if not _ACRONYM_APPOSITION_GAP.fullmatch(_gap(doc, a, b)) or _LIST_GOES_ON.match(text, b.end_char):
            continue
        if not _APPOSITION_CLOSE.match(text, b.end_char) or _LIST_ITEM_BEFORE.search(
                text[max(0, a.start_char - 12) : a.start_char]):
            continue
        if _spells_another(cands, a, b):
            continue
        links.append((j - 1, j))
    return links


def _adjacent_long_names(doc: Doc, cands: list[Candidate]) -> dict[str, Candidate]:
    """The long name each acronym stands right after, in a parenthesis or an apposition ("X (XY)",
    "X, the XY,"), by the acronym's folded text."""
    out: dict[str, Candidate] = {}
    for i, k in parenthesised(doc, cands) + acronym_appositions(doc, cands):
        a, b = cands[i], cands[k]
        if is_acronym(b.text) and not is_acronym(a.text):
            out.setdefault(fold(b.text), a)
    return out


def _same_long_name(a: Candidate, b: Candidate) -> bool:
    """Two long names of one organisation more than by their initials: most of the shorter's words are
    the other's ("Islamic State in the Greater Sahara" / "Islamic State Greater Sahara"), not one place
    word ("Balochistan Liberation Front" / "Balochistan Levies Force")."""
    wa, wb = {fold(w) for w in words(a.text)}, {fold(w) for w in words(b.text)}
    return len(wa & wb) * 3 >= 2 * min(len(wa), len(wb))


def acronym_initials(cands: list[Candidate], adjacent: dict[str, Candidate] | None = None) -> list[tuple[int, int]]:
    """An acronym anywhere in the document whose letters spell an organisation's long name; an acronym
    the text gives right after one long name ("the Balochistan Liberation Front, the BLF") is not
    joined to another long name its letters also spell ("the Balochistan Levies Force")."""
    links = []
    adjacent = adjacent or {}
    # a long name the statistical model alone typed ("Hay'at Tahrir al-Sham" as a person) too, when
    # it has three words or more
    longs = [
        i
        for i, c in enumerate(cands)
        if (c.type == "ORGANIZATION" and len(c.text.split()) >= 2)
        or (c.strength <= 1 and c.shape == "chunk" and len(words(c.text)) >= 3)
    ]
    for j, c in enumerate(cands):
        # (a sentence's capital article may open the acronym's candidate: "The GNA's interior ministry")
        short = re.sub(r"^(?:The|THE)\s+", "", c.text)
        if c.type == "ORGANIZATION" and is_acronym(short):
            for i in longs:
                if acronym_matches(short, cands[i].text) and fold(short) != fold(cands[i].text):
                    given = adjacent.get(fold(c.text))
                    if given is not None and given is not cands[i] and not _same_long_name(given, cands[i]):
                        continue
                    links.append((i, j))
                    break
    if current_language() == "fr":  # "MINUSMA" for "Mission ... des Nations Unies pour la stabilisation au Mali"
        from .french_names import syllable_acronym_links

        linked = {j for _, j in links}
        links += [(i, j) for i, j in syllable_acronym_links(cands) if j not in linked]
    return links


# a country before a command's or an agency's name that its syllable acronym leaves out ("U.S. Central Command")
_COUNTRY_PREFIX = re.compile(r"^(?:u\.?\s?s\.?|united states)\s+", re.IGNORECASE)


def syllable_acronyms(cands: list[Candidate]) -> list[tuple[int, int]]:
    """An English syllable acronym of five letters or more, anywhere in the document, and the organisation's
    name whose every word lends its first letters to it, a leading country left out ("CENTCOM" for "U.S.
    Central Command", "AFRICOM" for "US Africa Command"): initials cannot spell these."""
    if current_language() == "fr":
        return []  # French has its own (``french_names.syllable_acronym_links``)
    from .french_names import spelt_by_syllables  # imported where used, as the French links above are

    links = []
    longs = []
    for i, c in enumerate(cands):
        if c.type == "ORGANIZATION" and not is_acronym(c.text):
            parts = [re.sub(r"[^A-Z]", "", w.upper()) for w in _COUNTRY_PREFIX.sub("", c.text).split()]
            if len(parts) >= 2 and all(parts):
                longs.append((i, parts))
    for j, c in enumerate(cands):
        letters = c.text.replace(".", "")
        if c.type not in ("ORGANIZATION", None) or not (is_acronym(c.text) and len(letters) >= 5):
            continue
        for i, parts in longs:
            if spelt_by_syllables(letters, parts, every_word=True) and not acronym_matches(letters, cands[i].text):
                links.append((i, j))
                break
    return links


def numbered_acronyms(cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "the 407th AEG" after "the 407th Air Expeditionary Group": the same number, and the acronym
    spells the rest of the formation's name."""
    links = []
    units = [(i, c.text.split()) for i, c in enumerate(cands) if c.shape == "ordinal-unit"]
    for j, parts in units:
        if len(parts) != 2 or not is_acronym(parts[1]):
            continue
        for i, full in units:
            if i != j and len(full) > 2 and full[0] == parts[0] and acronym_matches(parts[1], " ".join(full[1:])):
                links.append((i, j))
                break
    return links


_DASHED = re.compile(r"([A-Z]{2,8})[-\u2013]([A-Z][a-z]*)")


def dashed_acronyms(cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "SPLM-N" and "SPLM-North": one acronym and a branch word, written whole or by its first letters."""
    links = []
    seen: dict[tuple[str, str], int] = {}
    for j, c in enumerate(cands):
        m = _DASHED.fullmatch(c.text)
        if c.type != "ORGANIZATION" or m is None:
            continue
        acronym, branch = m.group(1), m.group(2).lower()
        for (a, b), i in seen.items():
            if a == acronym and b != branch and (b.startswith(branch) or branch.startswith(b)):
                links.append((i, j))
                break
        seen.setdefault((acronym, branch), j)
    return links


def unit_appositions(cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "the ninth region the Sahrawi region": the appositive names the same unit."""
    return [
        (j - 1, j)
        for j in range(1, len(cands))
        if cands[j].shape == "unit-apposition" and cands[j - 1].shape == "ordinal-unit"
    ]


NICKNAME_GLOSS_CLOSE = re.compile(r"\s*\u00bb\s*\)")


def quoted_appositions(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "Jama'at Rijal al-Daji (JRD), the 'Men of the Forest'": a quoted name right after a name."""
    links = []
    for j in range(1, len(cands)):
        a, b = cands[j - 1], cands[j]
        if b.shape != "quoted" or a.type in ("LOCATION", "COMMUNITY"):
            continue
        gap = _gap(doc, a, b)
        if re.fullmatch(r"\)?,\s*(?:the\s+)?[\u2018'\"\u201c]", gap) or re.fullmatch(
            r"[\u2019'\"\u201d]\s*\(\s*[\u2018'\"\u201c]", gap
        ) or (  # "X (« Les Y »)", "X (« les y » en dogon)": a translation in brackets, led by its article
            re.fullmatch(r"\s*\(\s*[\u2018'\"\u201c\u00ab]\s*", gap)
            and GLOSS_ARTICLE.match(doc_text(doc)[b.start_char : b.end_char])
            and GLOSS_AFTER.match(doc_text(doc), b.end_char)
        ) or (  # 'dit « Abou X » (« le Moustachu »)', '« X » (« Petits yeux »)': a nickname's gloss, no language
            # named ("« X » (« l'espoir » en dioula)" is a translation, which the annotation leaves out 2 times of 3)
            re.fullmatch(r"\s*\u00bb\s*\(\s*\u00ab\s*", gap) and NICKNAME_GLOSS_CLOSE.match(doc_text(doc), b.end_char)
        ) or _nickname_after_full_name(doc, a, b, gap):
            links.append((j - 1, j))
    return links


# a quoted nickname of one to three capitalised words closed by punctuation: 'Maxamed X "Gaab", was captured'
_NICKNAME_AFTER_NAME = re.compile(r"[\"\u201d\u2019']\s*[,.;)]")


def _nickname_after_full_name(doc: Doc, a: Candidate, b: Candidate, gap: str) -> bool:
    """A person's full name followed straight by a quoted nickname and a punctuation mark ('his predecessor,
    Maxamed X "Gaab", was captured'): the nickname is his (``entities._merge_nicknames`` joins only the names it
    knows as given names into one)."""
    ws = b.text.split()
    return (
        a.type == "PERSON"
        and len(a.text.split()) >= 2
        and re.fullmatch(r" [\"\u201c]", gap) is not None
        and 1 <= len(ws) <= 3
        and all(w[:1].isupper() or re.match(r"(?:al|el|ad|bin|ibn|wa)-", w) for w in ws)
        and _NICKNAME_AFTER_NAME.match(doc_text(doc), b.end_char) is not None
    )


# a name between two dashes in running text, and what follows the closing dash: a lower-case word
_DASH_OPEN = re.compile(r" [-\u2013\u2014] (?:the )?")
_DASH_CLOSE = re.compile(r" [-\u2013\u2014] [a-z]")


def dashed_appositions(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """ "the River Battalion - Katiba Ahl al-Nahr - is", "called X - the Group for the Support of Y -
    brings": a group's other name set between dashes right after its name, in running text. A line that
    opens on the first name is a row of a list ("Name - role - status"), not an apposition."""
    links = []
    text = doc_text(doc)
    for j in range(1, len(cands)):
        a, b = cands[j - 1], cands[j]
        if a.type != "ORGANIZATION" or (b.type not in ("ORGANIZATION", None) and b.strength >= 2):
            continue
        if not _DASH_OPEN.fullmatch(_gap(doc, a, b)) or not _DASH_CLOSE.match(text, b.end_char):
            continue
        line = text[text.rfind("\n", 0, a.start_char) + 1 : a.start_char]
        if not re.search(r"[a-z]", line):
            continue  # the line opens on the name (a list's bullet or number at most)
        links.append((j - 1, j))
    return links


def alternative_names(doc: Doc, cands: list[Candidate], named: set[int]) -> list[tuple[int, int]]:
    """ "called Katiba Macina, and sometimes the Macina Liberation Front": a second name given as an
    alternative right after a name introduced by a naming cue."""
    links = []
    for j in named:
        if j + 1 < len(cands):
            gap = _gap(doc, cands[j], cands[j + 1]).lower()
            if re.fullmatch(
                r",?\s+(?:or|(?:and|or)\s+(?:sometimes|also|occasionally|more rarely|simply)"
                r"|and\s+by\s+(?:\w+\s+){1,3}?(?=as\s))\s*"
                r"(?:as\s+)?(?:the\s+)?[\u2018'\"\u201c]?",
                gap,
            ):
                links.append((j, j + 1))
    return links


def record_aliases(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """A record's or a profile's name fields ("Nom : X", "Autre(s) nom(s) : a) Y b) Z", "Surnoms : ...";
    "Alias: a) X b) Y", "Other names: ...", "Also known as: ..." in English): each name on such a line is a
    name of the record's subject, the name its nearest heading line gives ("HAMADA AG ALMOUNTAKA" under
    "QDi.991"), else the first name field's."""
    cues = _cues()
    text = doc_text(doc)
    lines = _record_lines(text)
    if not lines:
        return []
    # (in English a list of several records: each field's subject is the heading of its own record, the
    # nearest one above it; French keeps its first heading, measured so on its corpus)
    english = current_language() != "fr"
    named = next((j for m, end in lines if m.group("name") for j in _on_line(cands, m.end(), end)), None)
    first = None if english else _record_subject(text, cands, lines[0][0].start())
    # a French list of several records (two "Nom : X" fields or more): each field's subject is the name of its own
    # record's "Nom :" field, the nearest above it, not the page's heading ("NATIONS UNIES" over three records)
    # (a field of numbered name parts, "Nom : 1 : X 2 : Y", holds no whole name: such lists keep the first heading)
    # (a record whose name field holds no name found links none of its other names: not to the record before)
    own = [] if english else _french_record_names(text, cands)
    links: list[tuple[int, int]] = []
    for m, end in lines:
        subject = _record_subject(text, cands, m.start(), nearest=True) if english else first
        if len(own) > 1 and m.start() >= own[0][0]:
            subject = [j for start, j in own if start <= m.start()][-1]
            if subject is None:
                continue
        if english and subject is not None and _record_heading_between(text, cands[subject].end_char, m.start()):
            continue  # its own heading is no name ("QDi.984 X" not found): the heading above is another record's
        if subject is None:
            subject = named
        if subject is None:
            continue
        personal = cues.record_personal.search(m.group(0)) is not None
        for j in _on_line(cands, m.end(), end, weak_places=personal):
            if j == subject or cues.former_name.match(text[cands[j].end_char : end]):
                continue  # "d) X (ancien nom)": a rename, not an alias
            links.append((subject, j))
            if personal:
                for k in (subject, j):
                    if cands[k].strength <= 1:
                        cands[k].type, cands[k].strength = "PERSON", 2
    return links


def table_aliases(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """A table whose header names a column of other names ("Nom | Alias | Fonction"; none in English):
    the names of a row's alias cells are other names of the first name of its name cell."""
    cues = _cues()
    text = doc_text(doc)
    links: list[tuple[int, int]] = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    for n, (_, header) in enumerate(lines):
        heads = [h.strip() for h in header.split("|")]
        if len(heads) < 2:
            continue
        name_col = next((i for i, h in enumerate(heads) if cues.table_name.fullmatch(h)), None)
        alias_cols = [i for i, h in enumerate(heads) if cues.table_alias.fullmatch(h)]
        if name_col is None or not alias_cols:
            continue
        for start, row in lines[n + 1 :]:
            cells = row.split("|")
            if len(cells) != len(heads):
                break  # the table ends with its rows
            bounds = [start]
            for cell in cells:
                bounds.append(bounds[-1] + len(cell) + 1)
            subject = next(iter(_on_line(cands, bounds[name_col], bounds[name_col + 1] - 1)), None)
            if subject is None:
                continue
            for col in alias_cols:
                links.extend((subject, j) for j in _on_line(cands, bounds[col], bounds[col + 1] - 1, weak_places=True)
                             if j != subject)
    return links


def _record_lines(text: str) -> list[tuple[re.Match[str], int]]:
    """The record's name fields: each label's match and the end of its line, or in English of its sentence when
    another field follows on the line ("A.k.a.: a) X b) Y. Nationality: Z. Other information: ...")."""
    out = []
    for m in _cues().record_field.finditer(text):
        end = _line_end(text, m.end())
        if current_language() != "fr":
            field = _NEXT_FIELD.search(text, m.end(), end)
            end = field.start() if field is not None else end
        out.append((m, end))
    return out


# the next field of a record's line: ". Nationality:", ". Listed on:", ". Other information:"
_NEXT_FIELD = re.compile(r"\.\s+[A-Z][A-Za-z ()]{1,30}:")


def record_field_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the values of a record's name fields ("Surnoms : « X », Y"): names there are
    names, however short the line (``entities`` keeps them out of the page furniture it drops)."""
    return [(m.end(), end) for m, end in _record_lines(doc_text(doc))]


def _on_line(cands: list[Candidate], start: int, end: int, weak_places: bool = False) -> list[int]:
    """The names between two offsets of one line, places and reference numbers left out (a place only
    guessed, "« le Silencieux »", kept in a field of a person's nicknames: ``weak_places``)."""
    return [j for j, c in enumerate(cands)
            if start <= c.start_char < end and not any(ch.isdigit() for ch in c.text)
            and (c.type != "LOCATION" or (weak_places and c.strength <= 1))]


# a French record's own name field, after its reference or alone on its line ("QDi.F12.1 Nom : X", "Nom : X")
# (only the list's plain "Nom :": "Nom complet : X" and "Nom courant : Y" are two names of one profile's subject)
_FR_NAME_FIELD = re.compile(r"(?im)^[ \t]*(?:[A-Za-z]{1,4}\.[\w.]*\s+)?nom[ \t]*:[ \t]*")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _french_record_names(text: str, cands: list[Candidate]) -> list[tuple[int, int | None]]:
    """Each French "Nom :" field's start and the first name on its line (None: no name found there); not a field
    of numbered name parts ("Nom : 1 : X 2 : Y")."""
    out: list[tuple[int, int | None]] = []
    for m in _FR_NAME_FIELD.finditer(text):
        end = _line_end(text, m.end())
        if not re.match(r"\s*1\s*:", text[m.end() : end]):
            out.append((m.start(), next(iter(_on_line(cands, m.end(), end)), None)))
    return out


# a record's reference at its heading line's start: "QDi.731", "QDe.9c7"
# or the entry's number in a list of records ("1. X", "A.2. X")
_RECORD_REFERENCE = re.compile(r"^(?:[A-Za-z]{1,4}\.[\w.]*\d[\w.]*|(?:[A-Z]\.)?\d{1,3}\.)\s+")


def _record_heading_between(text: str, start: int, end: int) -> bool:
    """Whether a record's reference heading line ("QDi.984 X") opens between two offsets: a field after it is
    that record's, never the subject of the record above."""
    return any(_RECORD_REFERENCE.match(line) and re.match(r"[A-Za-z]{1,4}\.", line)
               for line in text[start:end].split("\n")[1:])


def _record_subject(text: str, cands: list[Candidate], before: int, nearest: bool = False) -> int | None:
    """The record's subject: the first name before ``before`` that is a heading line of its own
    ("HAMADA AG ALMOUNTAKA", "BOKO HARAM", "X (ACRONYM)"); ``nearest``: the last such name, the record's own
    heading, not the list's title above it ("Narrative Summaries of Reasons for Listing") nor an earlier
    record's."""
    found = None
    for i, c in enumerate(cands):
        if c.start_char >= before:
            break
        if c.type in ("LOCATION", "COMMUNITY") or any(ch.isdigit() for ch in c.text):
            continue  # not a place, nor the record's reference ("QDi.991")
        line_start = text.rfind("\n", 0, c.start_char) + 1
        line = text[line_start : _line_end(text, c.end_char)].strip()
        if nearest:
            line = _RECORD_REFERENCE.sub("", line)  # "QDi.731  KHALID X": the record's reference before its name
        rest = line.replace(text[c.start_char : c.end_char], "", 1).strip()
        if line.startswith(text[c.start_char : c.end_char]) and (not rest or re.fullmatch(r"\([^()]*\)", rest)):
            found = i
            if not nearest:
                break
    return found


def french_provinces(cands: list[Candidate]) -> list[tuple[int, int]]:
    """French only: a group's province and the organisation named after its place (``french_names.province_links``)."""
    if current_language() != "fr":
        return []
    from .french_names import province_links

    return province_links(cands)


def french_translations(cands: list[Candidate]) -> list[tuple[int, int]]:
    """French only: one group's names in two languages (``french_names.translated_name_links``)."""
    if current_language() != "fr":
        return []
    from .french_names import translated_name_links

    return translated_name_links(cands)


def find_alias_links(doc: Doc, cands: list[Candidate]) -> list[tuple[int, int]]:
    """Every alias pair of the document, as candidate indices."""
    named: set[int] = set()
    forward = forward_aliases(doc, cands, named)
    return (
        forward
        + alternative_names(doc, cands, named)
        + quoted_appositions(doc, cands)
        + dashed_appositions(doc, cands)
        + unit_appositions(cands)
        + reverse_aliases(doc, cands)
        + parenthesised(doc, cands)
        + parenthesis_segments(doc, cands)
        + acronym_cues(doc, cands)
        + acronym_appositions(doc, cands)
        + acronym_initials(cands, _adjacent_long_names(doc, cands))
        + numbered_acronyms(cands)
        + syllable_acronyms(cands)
        + dashed_acronyms(cands)
        + record_aliases(doc, cands)
        + gloss_links(doc, cands)
        + table_aliases(doc, cands)
        + capital_state_links(doc, cands)
        + french_provinces(cands)
        + french_translations(cands)
    )
