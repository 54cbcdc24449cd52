"""The French naming cues of the alias finder (``aliases.AliasCues``): "alias", "dit", "surnommé",
"de son vrai nom", "connu sous le nom de", "nom de guerre" ... Generic phrases, no name in them."""

from __future__ import annotations

import re

from .alias_cues import AliasCues

# a name's other name after these ("Mokhtar Belmokhtar, dit « le Borgne »", "de son vrai nom X")
_FORWARD = re.compile(
    r"(?:(?:également |aussi |plus |mieux |surtout |localement )?connue?s? (?:\w+ ){0,3}?sous (?:le nom|l'appellation|"
    r"le surnom|le sobriquet|le pseudonyme|l'acronyme|le sigle|le nom de guerre)(?: de| d')?"
    r"(?: (?:anglais|arabe|français|tamasheq|haoussa|peul))?"
    r"|alias|(?<!\ba )(?<!\bont )(?<!\bavait )(?<!\bon )dite?s?|surnomm[ée]e?s?|appel[ée]e?s?|(?:se )?faisant appeler"
    r"|qui se fait appeler|de son (?:vrai |véritable )?nom(?: de guerre)?|nom de guerre|kunya|pseudonyme"
    r"|de son nom complet|n[ée]e? sous le nom(?: de| d')?|sous le nom(?: de| d')"
    r"|plus connue? comme|abr[ée]g[ée]e? en|en abr[ée]g[ée]"
    # "X, que ses hommes appellent « Y »", "Ses compagnons l'appelaient « Y »": the relative's antecedent,
    # or the person the object pronoun stands for, bears Y
    r"|(?<!\w)(?:que|qu')(?: ?[\w-]+){1,6}? (?:l')?appel+(?:ent|aient|ait|e)|(?<!\w)l'appel+(?:ent|aient|ait|e))"
    r"(?=\W|$)"
)
# a time adverb before the cue dates the other name: "X, désormais connu sous le nom de Y" (a new name),
# "l'État islamique au Sahel, alors connu sous le nom d'État islamique au Grand Sahara" (a former one); the
# two names stand for two periods, the report's annotation two entities
_RENAME = re.compile(r"\b(désormais|ensuite|plus tard|depuis lors|puis|alors|auparavant|anciennement|à l'époque)\b"
                     r"(?:\s+\w+){0,2}\s*$")
_RENAME_CUE = re.compile(
    r"(rebaptisée?|renommée?|a pris le nom|prend le nom|prendre le nom|devenue?|devient|fusionnée? (?:dans|en)"
    r"|sous la bannière)\s*$"
)
_PERSONAL = re.compile(r"surnomm|dite?\b|de son (?:vrai |véritable )?nom|n[ée]e?\b|nom de guerre|kunya|pseudonyme|"
                       r"qui se fait|se faisant|faisant appeler")
_REVERSE = re.compile(r"^,? ?(?:comme (?:\w+ ){0,3}(?:l'appellent|le surnomment|la surnomment|les appellent)"
                      r"|(?:le|la) (?:kunya|nom de guerre|pseudonyme|surnom|vrai nom) de)$")
_GENERIC_BEARER = re.compile(
    r"\b(?:le|la|les|un|une|son|sa|ses|leur|l')\s*(?:[\w-]+\s+)?(mouvement|groupe|organisation|milice|faction|"
    r"réseau|coalition|brigade|bataillon|katiba|front|unité|homme|femme|prédicateur|combattants|hommes|"
    r"partisans)(?:\s+(?:terroristes?|jihadistes?|djihadistes?|islamistes?|armée?s?|rebelles?|criminelles?|"
    r"séparatistes?|salafistes?))?\s*,?\s+(?:(?:était|est|sont|étaient|souvent|aussi|également|plus|mieux|généralement|"
    r"encore|désormais)\s+)*$"
)
_ACRONYM_CUE = re.compile(r"\b(acronyme|sigle|abréviation|initiales|abrégée? en)\W*$")

FRENCH_ALIAS_CUES = AliasCues(
    forward=_FORWARD,
    rename=_RENAME,
    rename_cue=_RENAME_CUE,
    personal=_PERSONAL,
    reverse=_REVERSE,
    generic_bearer=_GENERIC_BEARER,
    acronym_cue=_ACRONYM_CUE,
    # never across a sentence's end: "... n'a rien dit. X a ..." gives no name
    # an elided "de" ("connu sous le nom d'Abou X") ends the window, its apostrophe cut off with the quote marks
    after_cue=re.compile(r"[^\w.!?;]*(?:(?:est|était|étant)[^\w.!?;]+)?(?:(?:le|la|les|l'|d'?)[^\w.!?;]*)?"),
    pronoun=re.compile(r"\b(il|elle|lui|son|sa|ses)\b"),
    person_nouns=frozenset({"homme", "femme", "prédicateur"}),
    # "(GSIM, JNIM en arabe)", "(GSIM, ou JNIM selon son acronyme arabe)", "(EIAO, ou ISWAP selon l'acronyme
    # anglais)", "(GSIM/JNIM)"
    language_label=re.compile(r"(?i)(?:\ben|acronyme|sigle|nom|appellation)\s*$"),
    language_words=frozenset({"anglais", "arabe", "français", "tamasheq", "haoussa", "peul"}),
    # the fields of a record or a profile (the UN sanctions lists' French records, a profile's identity
    # block): "Autre(s) nom(s) : a) ...", "Pseudonyme (peu) fiable : ...", "Surnoms : ...", and the
    # name fields "Nom : ...", "Nom complet : ...", "Nom courant : ..."
    record_field=re.compile(r"(?im)^[ \t]*(?:(?P<name>noms?(?: complet| courant| usuel)?)"
                            r"|autres?(?:\(s\))? noms?(?:\(s\))?|pseudonymes?(?:\(s\))?(?: peu)?(?: fiables?)?"
                            r"|surnoms?|alias|noms? de guerre"
                            r"|noms? d'emprunt)(?:[ \t]*:|\t)"),  # an infobox's label ends at a tab
    record_personal=re.compile(r"(?i)pseudonyme|surnom|guerre"),
    # "d) X (ancien nom)", "c) X (nom utilisé jusqu'en mars 2021)": a former name
    table_name=re.compile(r"(?i)noms?(?: complet| courant| usuel)?"),
    table_alias=re.compile(r"(?i)alias|surnoms?|pseudonymes?|kunyas?|noms? de guerre|autres? noms?"),
    former_name=re.compile(r"(?i)^\s*[»\"”]?\s*\([^()]*\b(?:ancien|anciennement|ex|précédent|jusqu|avant)\b"),
    paren_filler=re.compile(r"(?i)ou|/|en(?:anglais|arabe|français|tamasheq|haoussa|peul)"
                            r"|selon(?:son|sa|l|le|la)?(?:acronyme|sigle|nom|appellation)(?:anglais|arabe|français)?"),
)
