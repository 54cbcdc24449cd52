"""The shape of a language's naming cues ("also known as", "dit"), shared by ``aliases`` (the English
cues) and ``french_cues`` so that neither imports the other's module at load."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class AliasCues:
    """A language's naming cues (the English ones above; French ones in ``french_cues``)."""

    forward: re.Pattern[str]
    rename: re.Pattern[str]
    rename_cue: re.Pattern[str]
    personal: re.Pattern[str]
    reverse: re.Pattern[str]
    generic_bearer: re.Pattern[str]
    acronym_cue: re.Pattern[str]
    after_cue: re.Pattern[str]  # what may stand between a cue and the name it gives ("was", "the")
    pronoun: re.Pattern[str]  # a personal pronoun that lets the bearer be in an earlier sentence
    person_nouns: frozenset[str]  # generic bearers that are people ("the man known as X")
    # words a parenthesis of other names may also hold ("(GSIM, JNIM en arabe)"); none in English
    paren_filler: re.Pattern[str] = re.compile(r"(?!)")
    place_nouns: frozenset[str] = frozenset()  # generic bearers that are places ("an area known as X")
    # a language named inside such a parenthesis ("(GSIM, ou JNIM selon son acronyme arabe)"): the text
    # before the word, and the word; a candidate there is a label, not a third name; none in English
    language_label: re.Pattern[str] = re.compile(r"(?!)")
    language_words: frozenset[str] = frozenset()
    # a record's field of other names, at a line's start ("Autre(s) nom(s) : a) X b) Y", "Pseudonyme
    # fiable : a) X"): each name on the line is the record's subject's; the personal ones (pseudonyms)
    # are a person's. A name there marked a former one ("X (ancien nom)") is a rename, not an alias.
    record_field: re.Pattern[str] = re.compile(r"(?!)")
    record_personal: re.Pattern[str] = re.compile(r"(?!)")
    former_name: re.Pattern[str] = re.compile(r"(?!)")
    # a table's header cells ("Nom | Alias | Fonction"): the column of names, and those of the same row's
    # other names; none in English
    table_name: re.Pattern[str] = re.compile(r"(?!)")
    table_alias: re.Pattern[str] = re.compile(r"(?!)")
