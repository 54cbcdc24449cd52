"""French name shapes, found before the capitalised chunks of a French document.

French writes much of a name in lower case, after its head: "Groupe de soutien à l'islam et aux
musulmans", "armée malienne", "la région de Ménaka", "le nord du Mali", "les éleveurs peuls". Each
finder here is a generic pattern over the French lexicons (``lexicons/fr``): organisation head nouns,
institution nouns with a nationality adjective, geographic nouns and compass words before a place,
lower-case community words. No finder names a particular group.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from .candidates import Candidate, doc_text, is_cap, make_candidate
from .french_cues import FRENCH_ALIAS_CUES
from .gazetteer import lookup, lower_case_names
from .lexicon import default_lexicon
from .lexicons import lexicons, pairs
from .names import acronym_matches, fold, is_acronym

COMPASS = frozenset({"nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
                     "extreme-nord", "extreme-sud"})
# the French article or preposition between a head noun and the place it names ("de la", "de l'")
_OF = frozenset({"de", "du", "des", "d"})
_ARTICLES = frozenset({"la", "l", "le", "les"})
_STOP_POS = frozenset({"VERB", "AUX", "PRON", "NUM", "SCONJ", "PUNCT", "SYM", "X"})
_MAX_NAME = 14  # tokens
# "au sein de", "au cours de", "au lieu de", "au moment de": compound prepositions that end a name
_AU_PHRASES = frozenset({"sein", "cours", "lieu", "moment"})
_CALENDAR = frozenset({"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                       "novembre", "decembre", "printemps", "ete", "automne", "hiver", "debut", "fin", "mi"})


# a person's other name after his own ("X, alias Y", "X, dit Y", "X, surnommé Y")
_PERSONAL_CUE = re.compile(r"(?:alias|dite?|surnomm[ée]e?)\b", re.IGNORECASE)


@cache
def _event_nouns() -> frozenset[str]:
    """The one-word triggers of the French ontology's event types, folded ("attaque", "embuscade", "enlevement"):
    after "sur", "à", "dans" and an article they are the deed a sentence tells of, never a name's own words."""
    from ..ontology import default_ontology  # imported late, as the ontology is read only where a name asks

    return frozenset(fold(t) for et in default_ontology("fr").event_types.values() for t in et.triggers
                     if " " not in t.strip())


@cache
def _telling_forms() -> frozenset[str]:
    """The present forms, third person, of the French first-group verbs of telling (``telling_verbs.txt``:
    "revendique", "affirment", "annonce"): after an organisation's name they are its verb, never its word."""
    stems = [fold(lemma)[:-1] for lemma in pairs("telling_verbs.txt", "fr") if fold(lemma).endswith("er")]
    return frozenset(f for stem in stems for f in (stem, stem + "nt"))


def _w(tok: Token) -> str:
    return fold(tok.text)


def _after_of(doc: Doc, i: int) -> int:
    """The index after "de"/"du"/"de la"/"d'" at i, or -1."""
    if i >= len(doc) or _w(doc[i]) not in _OF:
        return -1
    j = i + 1
    if j < len(doc) and _w(doc[i]) == "de" and _w(doc[j]) in _ARTICLES:
        j += 1
    return j


def _after_place_connector(doc: Doc, k: int) -> int | None:
    """The index after the connector k ("à", "au", "dans", "en", "sur") and the articles or elided apostrophe after
    it; None where k is no connector of place ("in"/"on")."""
    if lexicons().connectors.get(_w(doc[k])) not in ("in", "on"):
        return None
    j = k + 1
    while j < len(doc) and (_w(doc[j]) in _ARTICLES or doc[j].text in ("'", "\u2019")):
        j += 1
    return j


def _place_phrase_at(doc: Doc, k: int) -> bool:
    """Whether a place phrase opens at the connector k ("à Kidal", "dans la zone des trois frontières",
    "au village de X"): "à", "au", "dans", "en", "sur" before a town or a geographic noun say where
    something is, not the end of a name ("la katiba X à Tillia"); before a country, a region or a
    macro-region they may be the name's ("Etat islamique au Grand Sahara", "Mission ... au Mali")."""
    j = _after_place_connector(doc, k)
    if j is None or j >= len(doc):
        return False
    lex = lexicons()
    if not is_cap(doc[j]):
        return _w(doc[j]) in lex.geo_nouns
    return _town_at(doc, j)


def _addressee_at(doc: Doc, k: int) -> bool:
    """Whether the connector k ("à", "au", "en", "dans", "sur") opens an addressee rather than the name's own words: a
    title after it, in either case ("la Communauté économique ... au Président X"). No organisation name of the train
    and dev splits has one. ("sur" before a lower-case word is a topic in "le Conseil de sécurité sur l'attaque" but
    the name's own in "Centre de recherche sur les conflits ruraux": left.)"""
    j = _after_place_connector(doc, k)
    return j is not None and j < len(doc) and _w(doc[j]) in lexicons().titles


def _deed_at(doc: Doc, k: int) -> bool:
    """Whether the connector k ("sur", "à", "dans") and its article open an event noun ("sur l'attaque",
    "dans l'enlèvement"): what the sentence tells of the organisation, not its name."""
    j = _after_place_connector(doc, k)
    return (j is not None and j > k + 1 and j < len(doc) and not is_cap(doc[j])
            and (_w(doc[j]) in _event_nouns() or fold(doc[j].lemma_) in _event_nouns()))


def _country_with(doc: Doc, k: int) -> bool:
    """Whether the capitalised word before k and the lower-case adjective at k name a country ("République
    centrafricaine")."""
    place = lookup(doc[k - 1 : k + 1].text)
    return place is not None and place.kind == "country"


def _town_at(doc: Doc, j: int) -> bool:
    """Whether the capitalised words from j name a town the gazetteer knows."""
    if j >= len(doc) or not is_cap(doc[j]):
        return False
    end = j + 1
    while end < len(doc) and end - j < 4 and (is_cap(doc[end]) or doc[end].text == "-"):
        end += 1
    place = lookup(doc[j:end].text)
    return place is not None and place.kind in ("city", "town", "village")


def _predicate_adjective(tok: Token) -> bool:
    """An adjective that says something of the name rather than belonging to it: one the tagger gives
    an object ("l'Etat islamique revendique l'attaque", a verb read as an adjective) or one with a
    preposition other than "de" or "pour" after it ("des membres d'Ansaru actifs dans l'État de X")."""
    if any(c.dep_ in ("dobj", "nsubj") for c in tok.children):
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    # "Groupe salafiste pour la prédication ...": "pour" and "de" go on with the name
    return nxt is not None and nxt.pos_ == "ADP" and lexicons().connectors.get(_w(nxt)) not in ("of", "for")


def _name_participle(tok: Token) -> bool:
    """A lower-case past participle inside a name, between its words and a "de" ("intégrée des Nations
    Unies"); one with an object, or before "par", "en", "à", "dans" ("dirigée par X", "créé en 2012",
    "basée à X") tells something of the name and ends it."""
    if tok.tag_ != "VBN" or not tok.text.islower() or tok.i + 1 >= len(tok.doc):
        return False
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "agent") for c in tok.children):
        return False
    return _w(tok.nbor(1)) in _OF - {"d"} and is_cap(tok.nbor(2)) if tok.i + 2 < len(tok.doc) else False


def _caps_end(doc: Doc, j: int, taken: list[bool], named: bool = False) -> int:
    """The end of a run of capitalised words from j (with connectors between them: "Burkina Faso",
    "Tchoukou Bara", "Afrique de l'Ouest"); j itself when j is no capitalised word. ``named``: a naming
    noun stands before j, so its first capitalised word is a name whatever the tagger calls it ("la
    milice Imouhar Tabanit", "Imouhar" tagged a verb)."""
    lex = lexicons()
    end = j
    k = j
    while k < len(doc) and not taken[k] and k - j < 6:
        tok = doc[k]
        if is_cap(tok) and (tok.pos_ not in ("VERB", "AUX") or (named and k == j)):
            k += 1
            end = k
        elif (end == k and k + 2 < len(doc) and tok.text.islower() and _w(tok) in lex.particles
              and doc[k + 1].text == "-" and is_cap(doc[k + 2])):
            k += 2  # "la katiba Ansar al-Oti": a lower-case name particle joined to a capital
        elif end == k and k + 1 < len(doc) and (
            (tok.text in ("-", "'", "\u2019") and is_cap(doc[k + 1]))
            or (_w(tok) in lex.connectors and _w(tok) != "et" and _w(doc[k + 1]) not in lex.given_names
                and not _place_phrase_at(doc, k))
        ):  # "la katiba Macina d'Amadou Koufa": a person's given name after "de" is not the name's
            k += 1
        else:
            break
    return end


def _second_name_noun(tok: Token) -> bool:
    """A lower-case noun after "et" (and its article) that opens a name or a place of its own: a unit,
    naming, territorial or head noun ("et de l'émirat du Sahara", "et les groupes armés") or a geographic
    noun ("et le village de X"), singular or plural; "et le jihad", "et aux musulmans" go on with the name."""
    if is_cap(tok):
        return False
    lex = lexicons()
    nouns = lex.org_heads | lex.unit_nouns | lex.naming_nouns | lex.territorial_nouns | lex.eponymous_nouns
    w = _w(tok)
    return any(form in nouns or form in lex.geo_nouns for form in (w, w[:-1] if w.endswith(("s", "x")) else w))


def _org_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """Where a French organisation name opened by the head noun at i ends (its last content word)."""
    lex = lexicons()
    end = i + 1
    k = i + 1
    after_connector = False
    while k < len(doc) and k - i < _MAX_NAME and not taken[k] and "\n" not in doc[k - 1].whitespace_:
        tok = doc[k]
        w = _w(tok)
        if tok.text in ("'", "\u2019", "-"):
            k += 1
            continue
        if w == "et":  # "... et le jihad", "... et aux musulmans", "... et du Levant"; not "... et la Cedeao"
            if end == i + 1:
                break  # "au Gouvernement et au peuple tchadiens": "et" right after the head noun joins two nouns
            nxt = k + 1
            while nxt < len(doc) and _w(doc[nxt]) in lex.connectors:
                nxt += 1
            preposition = k + 1 < nxt and lex.connectors.get(_w(doc[k + 1])) in ("of", "in", "for")
            if nxt >= len(doc) or (is_cap(doc[nxt]) and not preposition) or doc[nxt].pos_ in _STOP_POS:
                break
            if (not preposition and k + 1 < nxt and not is_cap(doc[nxt])
                    and not any(lex.connectors.get(_w(t)) == "for" for t in doc[i + 1 : k])):
                # "le Comité de défense de X et les personnes déplacées", "l'Etat islamique et la riposte des
                # mouvements": an article's noun after "et" is a second subject, unless the name coordinates
                # its aims after "pour" ("pour la justice et l'égalité", "pour l'unicité et le jihad")
                break
            if is_acronym(doc[nxt].text) or _second_name_noun(doc[nxt]):
                break  # "Ansar Dine et du MNLA", "la katiba X et de l'émirat du Y", "X et le village de Y": two names
            k, after_connector = nxt, True
            continue
        if w == "au" and k + 1 < len(doc) and _w(doc[k + 1]) in _AU_PHRASES:
            break  # "la Plateforme au sein du Cadre ...": a compound preposition, no part of the name
        if w in lex.connectors:
            if lex.connectors[w] in ("in", "on") and _deed_at(doc, k):
                break  # "le Conseil de sécurité sur l'attaque de X", "l'Etat islamique au Sahel à l'embuscade"
            if not after_connector and _place_phrase_at(doc, k):
                break  # "... au Sahel dans la zone des trois frontières", "... à Kidal"
            if _addressee_at(doc, k):
                break  # "la Communauté ... au Président X"
            k += 1
            after_connector = True
            continue
        if _name_participle(tok):
            # "Mission multidimensionnelle intégrée des Nations Unies ...": a participle of the name
            k += 1
            end = k
            after_connector = False
            continue
        if tok.text.islower() and w in lex.demonyms and is_cap(doc[k - 1]) and _country_with(doc, k):
            # "le Groupe d'experts sur la République centrafricaine": a country named by its noun and adjective
            k += 1
            end = k
            after_connector = False
            continue
        if tok.text.islower() and w in lex.name_adjectives and is_cap(doc[k - 1]):
            # "Mission des Nations unies en Centrafrique": a name's adjective after its capitalised word, whatever
            # the tagger calls it ("unies" a participle, a verb)
            k += 1
            end = k
            after_connector = False
            continue
        if tok.pos_ in _STOP_POS or w in lex.function_words or w in _CALENDAR:
            break  # a verb, a pronoun, a number, "mars" (a month) ...
        if not is_cap(tok) and w in _telling_forms():
            break  # "l'Etat islamique revendique l'attaque": the tagger reads the verb as an adjective
        if (tok.pos_ == "ADJ" and not is_cap(tok) and w not in lex.name_adjectives
                and _predicate_adjective(tok)):
            break
        if is_cap(tok) or w in lex.name_adjectives or (tok.pos_ == "ADJ" and w not in lex.demonyms):
            k += 1
            end = k
            after_connector = False
            continue
        if tok.pos_ in ("NOUN", "PROPN") and (after_connector or (k == i + 1 and w in lex.org_heads)):
            k += 1
            end = k
            after_connector = False
            continue
        break
    return end


def french_orgs(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "Etat islamique au Grand Sahara", "Groupe de soutien à l'islam et aux musulmans", "Forces
    armées maliennes", "katiba Macina": a capitalised head noun (or a lower-case unit noun before a
    capital) and the lower-case words of the name after it."""
    lex = lexicons()
    heads = lex.org_heads | lex.unit_nouns | lex.naming_nouns | lex.territorial_nouns | lex.eponymous_nouns
    out: list[Candidate] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        w = _w(tok)
        if taken[i] or w not in heads:
            i += 1
            continue
        # "le réseau X" (a band named after its chief), "le secteur de X" (a unit named by its territory): each
        # kind of lower-case noun with the reader of what follows it, in this order
        found = None
        if not is_cap(tok):
            for nouns, read in ((lex.eponymous_nouns, _eponymous), (lex.territorial_nouns, _territorial)):
                found = read(doc, i, taken) if w in nouns else None
                if found is not None:
                    break
        if found is not None:
            out.append(found)
            i = found.end
            continue
        if not is_cap(tok):
            # "la katiba Macina", "la force Barkhane": a lower-case unit noun names the unit written after it
            named = w in lex.unit_nouns or w in lex.naming_nouns
            modified = _modified_naming(doc, i, taken) if named else None
            if modified is not None:
                out.append(modified)
                i = modified.end
                continue
            if named and i + 1 < len(doc) and is_cap(doc[i + 1]) and not taken[i + 1]:
                end = _caps_end(doc, i + 1, taken, named=True)
                if _w(doc[i + 1]) in lex.org_heads:  # "l'organisation Etat islamique"
                    end = max(end, _org_end(doc, i + 1, taken))
                c = make_candidate(doc, i, end, "french-org")
                if lex.particles.get(_w(doc[i + 1])) != "kunya":
                    # "la milice X" is also "X", named once or not; "la katiba Abou X" is named after its chief,
                    # and "Abou X" alone is the man
                    c = _also_bare(c, doc, i + 1)
                    c.variants.append(c.also[-1])
                out.append(c)
                i = end
                continue
            i += 1
            continue
        end = _org_end(doc, i, taken)
        # "le Centre-Nord": a hyphen is no lower-case word of a name, and the gazetteer's region no organisation
        if end - i >= 2 and any(not is_cap(t) for t in doc[i + 1 : end]) and lookup(doc[i:end].text) is None:
            out.append(make_candidate(doc, i, end, "french-org"))
            i = end
            continue
        i += 1
    return out


def _eponymous(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """ "le réseau Chidi", "la bande de Baba Sarki", "la bande de « Sultan Wardougou »", "le gang d'Ali X":
    a band named after its chief, the whole phrase its name (the chief's name alone is his, never an alias
    of the band); None when no capitalised name follows."""
    j = i + 1
    if j < len(doc) and _w(doc[j]) in ("de", "d"):
        j += 1
    quoted = j < len(doc) and doc[j].text == "«"
    if quoted:
        j += 1
    if j >= len(doc) or taken[j] or not is_cap(doc[j]):
        return None
    end = _caps_end(doc, j, taken, named=True)
    if end == j:
        return None
    if quoted and end < len(doc) and doc[end].text == "»":
        end += 1
    if end + 1 < len(doc) and doc[end].text == "," and _PERSONAL_CUE.match(doc_text(doc)[doc[end + 1].idx :]):
        return None  # "le gang de X, alias « Y »": the other name is the chief's, who must stay a name
    return make_candidate(doc, i, end, "french-org")


def _territorial(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """ "le secteur de Ldamsay", "l'émirat du Sahara", "le markaz de X": a unit noun, "de" or "du" and the
    territory it is named by; the territory alone stays a place. None before an article ("la cellule de
    l'EIGS": a group's cell), a given name or a name particle ("la cellule d'Abou X": a person's), an
    acronym (a group's)."""
    lex = lexicons()
    j = i + 1
    if j + 1 >= len(doc) or _w(doc[j]) not in ("de", "du", "d") or taken[j + 1] or not is_cap(doc[j + 1]):
        return None
    first = doc[j + 1]
    if _w(first) in lex.given_names or _w(first) in lex.particles or (first.text.isupper() and len(first.text) > 1):
        return None
    end = j + 1  # the territory's capitalised words alone: "l'émirat du Sahara d'Al-Qaïda" ends at "Sahara"
    while end < len(doc) and not taken[end] and end - j <= 4 and (
            (is_cap(doc[end]) and doc[end].pos_ not in ("VERB", "AUX"))
            or (doc[end].text == "-" and end + 1 < len(doc) and is_cap(doc[end + 1]))):
        end += 1
    while doc[end - 1].text == "-":
        end -= 1
    return make_candidate(doc, i, end, "french-org")


def _modified_naming(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """A naming noun, its lower-case complement and the name after them: "la milice d'autodéfense
    Koglweogo", "le groupe d'autodéfense X de Y" (the whole, also answering to the name), "la milice
    dogon X", "l'association de chasseurs dogons X" (the name alone: the community word is a name of
    its own, kept out). None when no capitalised name follows such a complement."""
    lex = lexicons()
    j = i + 1
    community = False
    while j < len(doc) and j - i <= 4 and not taken[j] and not is_cap(doc[j]):
        w = _w(doc[j])
        if w in lex.communities or w.rstrip("s") in lex.communities:
            community = True
            j += 1
        elif w in ("de", "d") and j + 1 < len(doc) and doc[j + 1].text.islower() and doc[j + 1].is_alpha \
                and doc[j + 1].pos_ in ("NOUN", "PROPN", "ADJ") and _w(doc[j + 1]) not in lex.function_words:
            j += 2
        else:
            return None
    if j == i + 1 or j >= len(doc) or taken[j] or not is_cap(doc[j]) or doc[j].pos_ in ("VERB", "AUX"):
        return None
    end = _caps_end(doc, j, taken)
    if end == j:
        return None
    if community:
        return make_candidate(doc, j, end, "french-org")
    c = _also_bare(make_candidate(doc, i, end, "french-org"), doc, j)
    c.variants.append(c.also[-1])  # reports name it either way: both are its names
    return c


def french_institutions(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "armée malienne", "gouvernement malien de transition", "forces spéciales burkinabè", "armée du
    Niger": a state institution named by its country; "le gouvernement de transition" by its period."""
    lex = lexicons()
    out: list[Candidate] = []
    n = len(doc)
    folded = [_w(t) for t in doc]  # each word folded once (the noun below was joined from a new slice of the Doc)
    for i in range(n):
        if taken[i]:
            continue
        for width in (2, 1):
            if i + width >= n:
                continue
            noun = folded[i] if width == 1 else f"{folded[i]} {folded[i + 1]}"
            if noun not in lex.institutions:
                continue
            j = i + width
            if j + 2 < len(doc) and _w(doc[j]) == "de" and _w(doc[j + 1]) in ("l", "la") and _w(doc[j + 2]) == "air":
                j += 3  # "armée de l'air malienne"
            if (j + 1 < len(doc) and doc[j].text.islower() and _w(doc[j]) in lex.name_adjectives
                    and _w(doc[j + 1]) in lex.demonyms and not is_cap(doc[j + 1])):
                j += 1  # "l'armée nationale afghane": the name's adjective, then its country
            if noun == "ministere" and (ministry := _portfolio_end(doc, j, taken)):
                out.append(make_candidate(doc, i, ministry, "institution"))
                break
            if j + 1 < len(doc) and _w(doc[j]) == "de" and _w(doc[j + 1]) == "transition" and not taken[j + 1]:
                # "le gouvernement de transition (malien)": a state's institution named by the period it
                # governs in, its country said after it or not
                end = j + 2
                if end < len(doc) and _w(doc[end]) in lex.demonyms and not is_cap(doc[end]):
                    end += 1
                out.append(make_candidate(doc, i, end, "institution"))
                break
            if j < len(doc) and _w(doc[j]) in lex.demonyms and not is_cap(doc[j]):
                end = j + 1
                tail = _after_of(doc, end)  # "... de transition", "... de la défense"
                if tail > 0 and tail < len(doc) and doc[tail].pos_ == "NOUN" and not is_cap(doc[tail]) \
                        and _w(doc[tail]) in ("transition", "defense", "securite", "interieur"):
                    end = tail + 1
                out.append(make_candidate(doc, i, end, "institution"))
                break
            k = _after_of(doc, j)
            if k > 0:
                end = _caps_end(doc, k, taken)
                place = lookup(doc[k:end].text) if end > k else None
                if place is not None and place.kind == "country":
                    out.append(make_candidate(doc, i, end, "institution"))
                    break
    return _no_overlap(out)


def _portfolio_end(doc: Doc, j: int, taken: list[bool]) -> int:
    """The end of a ministry's portfolio after "ministère" ("de la Défense nationale", "nigérien de
    l'Intérieur", "des Armées"): "de" and a capitalised word that is no place, with the name's adjectives
    after it; 0 when none follows."""
    lex = lexicons()
    if j < len(doc) and _w(doc[j]) in lex.demonyms and not is_cap(doc[j]):
        j += 1  # "le ministère russe de la Défense"
    k = _after_of(doc, j)
    if k < 0 or k >= len(doc) or taken[k]:
        return 0
    end = _caps_end(doc, k, taken)
    if end == k or lookup(doc[k:end].text) is not None:
        return 0  # "le ministère du Mali" is no portfolio
    while end < len(doc) and doc[end].text.islower() and _w(doc[end]) in lex.name_adjectives:
        end += 1
    return end


def french_places(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "la région de Ménaka", "la forêt de Sambisa", "le lac Tchad", "le nord du Mali", "le
    nord-est du Burkina Faso": a geographic noun or a compass word and the place it names."""
    lex = lexicons()
    out: list[Candidate] = []
    for tok in doc:
        i = tok.i
        w = _w(tok)
        if taken[i]:
            continue
        if w == "extreme" and i + 2 < len(doc) and doc[i + 1].text == "-":
            w = "extreme-" + _w(doc[i + 2])
        if tok.text.islower():
            w = w.replace(" ", "-")  # "le nord-est du Nigeria": one token, folded "nord est"; not "l'Extrême-Nord"
        compass = w in COMPASS and not (w == "est" and tok.pos_ in ("AUX", "VERB"))
        if not compass and w not in lex.geo_nouns:
            continue
        if not compass and tok.pos_ in ("VERB", "AUX") and not (i > 0 and doc[i - 1].pos_ == "DET"):
            continue  # "le pouvoir passe de Bamako à ...": a verb, not "la passe de X"
        start_after = i + 1
        while start_after < len(doc) and doc[start_after].text == "-" or (
                start_after < len(doc) and _w(doc[start_after]) in COMPASS | {"nord", "ouest", "est"}
                and doc[start_after - 1].text == "-"):
            start_after += 1
        k = _after_of(doc, start_after)
        if k >= 0 and w in lex.descriptor_nouns:
            # "la localité de Ménaka": the place alone is the name ("le camp Étoile du Sud" keeps its noun), and the
            # noun says it is a place (the tagger took "au camp de Tinzaouatène" for a person); an acronym after
            # it is left to the rest ("le camp de la MINUSMA": whose camp)
            if k == start_after + 1 and k < len(doc) and not doc[k].text.isupper():
                end = _caps_end(doc, k, taken)
                if end > k:
                    out.append(make_candidate(doc, k, end, "described-place"))
            continue
        if k < 0 and not compass:
            k = start_after  # "le lac Tchad", "l'oued Tazole"
        if k < 0 or k >= len(doc):
            continue
        end = _caps_end(doc, k, taken)
        if k == start_after:
            end = _before_town(doc, k, end)
        if end == k:
            continue
        place = make_candidate(doc, i, end, "subregion" if compass else "desert")
        out.append(place if compass or _feature_of_other(w, doc[k:end].text) else _also_bare(place, doc, k))
    return _no_overlap(out)


def _feature_of_other(noun: str, name: str) -> bool:
    """ "le lac Tchad", "le plateau de Bandiagara", "la réserve de Pama": a natural feature named after a country or
    a town the gazetteer knows is not that place, and the place alone is none of its names (train and dev splits:
    the 6 such phrases whose country or town is named too are all annotated as two places, "lac Tchad" four times
    on train; "la région de Gao", an administrative unit, still answers to "Gao")."""
    if noun not in lexicons().feature_nouns:
        return False
    place = lookup(name)
    return place is not None and place.kind in ("country", "city", "town", "village")


def _before_town(doc: Doc, k: int, end: int) -> int:
    """The end of a name written right after its noun ("l'hôtel Radisson Blu de Bamako"): before "de" and a town
    the gazetteer knows, which is where the place stands, not its name's."""
    for m in range(k + 1, end):
        if _w(doc[m]) in _OF and _town_at(doc, _after_of(doc, m)):
            return m
    return end


def french_lower_places(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "la zone des trois frontières", "le delta intérieur du Niger": a place of the gazetteer whose name goes
    on in lower case after its first word (``gazetteer.lower_case_names``), which no capitalised chunk holds."""
    forms = [fold(n).split() for n in lower_case_names()]
    words = [_w(t) for t in doc]
    out: list[Candidate] = []
    i = 0
    while i < len(doc):
        hit = next((f for f in forms if words[i : i + len(f)] == f and not any(taken[i : i + len(f)])), None)
        if hit is None:
            i += 1
            continue
        out.append(make_candidate(doc, i, i + len(hit), "desert"))
        i += len(hit)
    return out


# "province d'Afrique de l'Ouest", "Province du Sahel": the place after the noun (its article passed over)
_PROVINCE = re.compile(r"([Pp]rovince)\s+(?:de\s+la\s+|de\s+l['\u2019]\s*|d['\u2019]\s*|du\s+|de\s+)(\S.*)")


def group_province(text: str) -> bool:
    """Whether ``text`` names an armed group's province ("wilaya") rather than a state's: "province d'Afrique de
    l'Ouest" (a macro-region is no state's province), "Province du Sahel" (capitalised, a region's name), "la
    province du Mozambique" (a country's name, frtype: train split, 6 of 6 such phrases are organisations); "la
    province du Soum", "la province du Lac" are Burkina Faso's and Chad's (train and dev splits: the 11 provinces
    named so are the annotation's organisations, the 15 others its places)."""
    m = _PROVINCE.fullmatch(text.strip())
    if m is None:
        return False
    place = lookup(m.group(2))
    if place is None:
        return False
    # (a country is no state's province in either case: "la province du Mozambique" of the Islamic State)
    return place.kind in ("macro", "country") or (m.group(1) == "Province" and place.kind == "region")


def french_group_provinces(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "sa province d'Afrique de l'Ouest", "la Province du Sahel de l'organisation Etat islamique": a group's
    province, the whole phrase its name (``group_province``); the longest such phrase from the noun."""
    out: list[Candidate] = []
    for tok in doc:
        i = tok.i
        if taken[i] or _w(tok) != "province":
            continue
        ends = [end for end in range(i + 3, min(i + 9, len(doc) + 1))
                if not any(taken[i:end]) and doc[end - 1].is_alpha and "\n" not in doc[i:end].text
                and group_province(doc[i:end].text)]
        if ends:
            out.append(make_candidate(doc, i, max(ends), "french-org"))
    return out


def province_links(cands: list[Candidate]) -> list[tuple[int, int]]:
    """A group's province and the organisation named after the same place ("sa province d'Afrique de l'Ouest" and
    "l'État islamique en Afrique de l'Ouest", "Province du Sahel" and "l'État islamique au Sahel"): one group,
    as the annotation merges them (4 of the 5 train and dev documents naming both)."""
    links: list[tuple[int, int]] = []
    for i, c in enumerate(cands):
        m = _PROVINCE.fullmatch(c.text.strip())
        if m is None or not group_province(c.text):
            continue
        place = fold(m.group(2))
        for j, other in enumerate(cands):
            # the parent's short name and the place ("Etat islamique en X"), not a long name ending so
            # ("Mouvement pour l'unicité et le jihad en Afrique de l'Ouest")
            if j != i and other.type == "ORGANIZATION" and not _PROVINCE.match(other.text) and re.fullmatch(
                    rf"(?:\S+\s+){{0,1}}\S+\s+(?:en|au|aux|dans le|dans la)\s+{re.escape(place)}", fold(other.text)):
                links.append((i, j))
                break
    return links


def _language_word(tok: Token) -> bool:
    """A community word that names a language after its label ("JNIM en arabe", "selon son acronyme
    arabe", "son nom peul"): the language is no community of the report."""
    cues = FRENCH_ALIAS_CUES
    if tok.i == 0 or tok.text not in cues.language_words:
        return False
    return cues.language_label.search(doc_text(tok.doc)[max(0, tok.idx - 30) : tok.idx]) is not None


def french_community_words(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """ "la rébellion touarègue", "des éleveurs peuls": community adjectives in lower case (not a
    language after its label: "en arabe", "son acronyme arabe"); two words where the list writes the pair
    as one community's name ("des éleveurs arabes choa")."""
    lex = lexicons()
    out: list[Candidate] = []
    for t in doc:
        if (taken[t.i] or not t.text.islower() or _w(t) not in lex.communities or len(t.text) <= 3
                or _language_word(t) or (out and out[-1].end > t.i)):
            continue
        pair = t.i + 1 < len(doc) and not taken[t.i + 1] and doc[t.i + 1].text.islower() and (
            f"{_w(t)} {_w(doc[t.i + 1])}" in lex.communities)
        out.append(make_candidate(doc, t.i, t.i + 2 if pair else t.i + 1, "chunk"))
    return out


# determiners that make a kinship noun someone's ("son frère", "leur cousin")
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def kin_introduced(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is introduced as a relative of someone else ("son cousin
    Mamadou X", "son frère aîné, Modu X", "Son fils, le général Mahamat X"): a possessive, a kinship
    noun, its adjectives, a comma, a title and its article, then the name. Such a person is named in
    passing; the surname alone later is the one the report is about, not this relative."""
    titles = lexicons().titles
    i = start - 1
    skipped = 0
    while i >= 0 and skipped < 3 and (_w(doc[i]) in titles or _w(doc[i]) in _ARTICLES):
        i, skipped = i - 1, skipped + 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    skipped = 0
    while i >= 0 and skipped < 2 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i, skipped = i - 1, skipped + 1  # "son frère aîné", "son jeune frère" is caught below
    if i < 1 or doc[i].pos_ != "NOUN" or doc[i].lower_ not in default_lexicon().kin_words:
        return False
    j = i - 1
    if doc[j].pos_ == "ADJ" and doc[j].text.islower() and j > 0:
        j -= 1  # "son jeune frère", "son propre fils"
    return _w(doc[j]) in _POSSESSIVES


# the words an acronym passes over: articles, prepositions, "et", "ou" ("Cadre stratégique permanent pour
# la paix, la sécurité et le développement" is CSP-PSD; "collectif contre l'impunité ..." is CI...)
_ACRONYM_SKIPS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "ou", "pour", "a", "au", "aux",
                            "en", "contre", "sur", "dans", "par", "avec", "sous", "entre", "chez"})
_ACRONYM_PART = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_ACRONYM_REACH = 20  # tokens before the bracket


def french_acronym_names(doc: Doc, taken: list[bool]) -> list[Candidate]:
    """A long name spelt out by the acronym in brackets right after it: "le Cadre stratégique permanent pour
    la paix, la sécurité et le développement (CSP-PSD)", "le collectif contre l'impunité et la
    stigmatisation des communautés (CISC)", "l'Union pour la République et la Démocratie (URD)". The name
    runs from the capitalised word (or lower-case organisation head noun) where the initials of its content
    words, commas and "et" included, spell the acronym exactly; French writes such names in lower case
    after their first word, so the capitalised chunks cut them at the first comma or "et". The acronym, a
    hyphenated one too ("CSP-PSD"), is one name."""
    lex = lexicons()
    heads = lex.org_heads | lex.unit_nouns | lex.naming_nouns
    out: list[Candidate] = []
    institutions: set[int] | None = None
    for tok in doc:
        b = tok.i
        if tok.text != "(" or b < 3:
            continue
        close = b + 1
        while close < len(doc) and close - b <= 5 and (_ACRONYM_PART.fullmatch(doc[close].text)
                                                      or (doc[close].text == "-" and close > b + 1)):
            close += 1
        if close == b + 1 and _mixed_acronym(doc, b + 1):
            close += 1  # "(Comanav)", "(DICoD)": spelt by syllables only
        if close >= len(doc) or close == b + 1 or doc[close].text not in (")", ",") or doc[close - 1].text == "-":
            continue
        letters = "".join(doc[k].text for k in range(b + 1, close) if doc[k].text != "-")
        if len(letters) < 3 or any(taken[k] for k in range(b + 1, close)):
            continue
        letters = re.sub(r"[0-9]", "", letters).upper()
        start = _spelt_start(doc, b, letters, heads, taken)
        if start is None:
            start = _syllable_start(doc, b, letters, heads, taken)
            if institutions is None:
                institutions = {c.start for c in french_institutions(doc, taken)}
            if start in institutions:
                continue  # "Forces armées maliennes (FAMa)": the institutions' finder keys it to its country
        if start is None:
            continue
        out.append(make_candidate(doc, start, b, "french-org"))
        if close - b > 2:  # "CSP-PSD": the chunker reads each capitalised piece apart
            out.append(make_candidate(doc, b + 1, close, "french-org"))
    return out


def _mixed_acronym(doc: Doc, k: int) -> bool:
    """A syllable acronym written in mixed case alone in its brackets ("(Comanav)", "(DICoD)"), no place's name
    ("Gao (Mali)")."""
    text = doc[k].text
    return (k + 1 < len(doc) and doc[k + 1].text == ")" and 4 <= len(text) <= 8 and text.isalpha()
            and text[0].isupper() and not text.isupper() and lookup(text) is None)


def _spelt_start(doc: Doc, b: int, letters: str, heads: frozenset[str], taken: list[bool]) -> int | None:
    """Where the name that ``letters`` spells, ending before the bracket at b, starts; None if nowhere."""
    initials = ""
    sent_start = doc[b].sent.start
    for s in range(b - 1, max(sent_start, b - _ACRONYM_REACH) - 1, -1):
        tok = doc[s]
        if taken[s] or tok.pos_ in ("VERB", "AUX", "PRON", "NUM") or "\n" in tok.whitespace_:
            return None
        w = _w(tok)
        if not w or not any(ch.isalpha() for ch in w) or w in _ACRONYM_SKIPS:
            continue
        initials = w[0].upper() + initials
        if not letters.endswith(initials):
            return None
        if initials == letters and (is_cap(tok) or w in heads):
            return s if b - s >= 3 else None
    return None


def spelt_by_syllables(letters: str, content: list[str], whole: bool = False, most_passed: int | None = None,
                       every_word: bool = False) -> bool:
    """Whether ``letters`` spell the content words ``content`` (folded, in order) as a syllable acronym
    does: each word lends the first letters of itself or nothing, the first word always ("MINUSMA": MIssion
    [multidimensionnelle intégrée] Nations Unies Stabilisation MAli; "COMANAV": COmpagnie MAlienne NAVigation;
    "HCR": Haut Commissariat [Nations unies] Réfugiés), and no more words are passed over than lend letters
    (an acronym spells its name, not any long phrase that happens to hold its letters). ``whole``: the last
    word lends letters too (a name met apart from its acronym, not cut by the bracket after it). ``most_passed``:
    at most so many words passed over (the resolver's one, where the names come from two documents).
    ``every_word``: every word lends two letters or more, none passed over (an English command's acronym,
    "CENTCOM": CENTral COMmand, ``aliases.syllable_acronyms``)."""
    letters = letters.upper()
    words_ = [re.sub(r"[^A-Z]", "", w.upper()) for w in content]
    if len(letters) < 3 or not words_ or not words_[0]:
        return False

    @cache
    def best(w: int, k: int) -> int:
        """The most words lending letters to spell letters[k:] with words_[w:] (-99: impossible)."""
        if w == len(words_):
            return 0 if k == len(letters) else -99
        word = words_[w]
        found = -99 if w == 0 or every_word or (whole and w == len(words_) - 1) else best(w + 1, k)  # passed over
        n = 2 if every_word else 1
        while n <= len(word) and k + n <= len(letters) and word[:n] == letters[k : k + n]:
            found = max(found, 1 + best(w + 1, k + n))
            n += 1
        return found

    lending = best(0, 0)
    if most_passed is not None and len(words_) - lending > most_passed:
        return False
    return lending >= 2 and 2 * lending >= len(words_)


def _syllable_start(doc: Doc, b: int, letters: str, heads: frozenset[str], taken: list[bool]) -> int | None:
    """Where the name that a syllable acronym spells ("Mission internationale de soutien au Mali sous conduite
    africaine (MISMA)", "Compagnie malienne de navigation (COMANAV)") starts before the bracket at b: the
    nearest capitalised word (or organisation head noun) from which the content words up to the bracket
    spell it (``spelt_by_syllables``), within the sentence and with no verb between; None if nowhere."""
    content: list[str] = []
    sent_start = doc[b].sent.start
    for s in range(b - 1, max(sent_start, b - _ACRONYM_REACH) - 1, -1):
        tok = doc[s]
        participle = tok.tag_ == "VBN" and tok.text.islower()  # "intégrée" of a mission's name
        if taken[s] or (tok.pos_ in ("VERB", "AUX", "PRON", "NUM") and not participle) or "\n" in tok.whitespace_:
            return None
        w = _w(tok)
        if not w or not any(ch.isalpha() for ch in w) or w in _ACRONYM_SKIPS:
            continue
        content.insert(0, w)
        if b - s >= 3 and (is_cap(tok) or w in heads) and w[0].upper() == letters[0] \
                and spelt_by_syllables(letters, content):
            return s
    return None


def syllable_acronym_links(cands: list[Candidate]) -> list[tuple[int, int]]:
    """An acronym of four letters or more anywhere in the document and the organisation's long name its
    syllables spell, first and last words included ("MINUSMA" below a letterhead "MISSION MULTIDIMENSIONNELLE
    INTÉGRÉE DES NATIONS UNIES POUR LA STABILISATION AU MALI"): (long, acronym) pairs."""
    links: list[tuple[int, int]] = []
    longs = [(i, [w for w in re.split(r"[\s\-'\u2019]+", fold(c.text)) if w and w not in _ACRONYM_SKIPS])
             for i, c in enumerate(cands) if c.type == "ORGANIZATION"]
    for j, c in enumerate(cands):
        letters = c.text.replace(".", "")
        if c.type != "ORGANIZATION" or not (4 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            continue
        for i, content in longs:
            if len(content) >= 3 and spelt_by_syllables(letters, content, whole=True):
                links.append((i, j))
                break
    return links


def _also_bare(c: Candidate, doc: Doc, k: int) -> Candidate:
    """ "la force Barkhane" is also "Barkhane", "la région de Mopti" also "Mopti" (a later bare mention
    joins it)."""
    c.also.append(doc_text(doc)[doc[k].idx : c.end_char])
    return c


def _no_overlap(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


FRENCH_FINDERS = (french_acronym_names, french_institutions, french_group_provinces, french_lower_places,
                  french_places, french_orgs, french_community_words)


# What the resolver's comparison of two organisation names calls one name in two languages: the same
# bag of terms once French words are translated ("exact", "full": "État islamique au Grand Sahara" and
# "Islamic State in the Greater Sahara"), or an acronym that spells the long name's translated words
# ("acronym-translated": JNIM for "Groupe de soutien à l'islam et aux musulmans"; "-reordered": ISGS for
# "État islamique au Grand Sahara", English ordering the words differently).
_TRANSLATION_KINDS = frozenset({"exact", "full", "acronym-translated", "acronym-translated-reordered"})


def translated_name_links(cands: list[Candidate]) -> list[tuple[int, int]]:
    """Two organisation names of a French document that are one name in two languages, by the resolver's
    translation tables (``resolve.orgs.compare_org_names``): a French long name and its English or Arabic
    form, or the acronym of its translation. French reports write a group's French name and its English or
    Arabic acronym apart ("le GSIM ... le JNIM", "EIGS, ISGS"); the in-document acronym matcher only spells
    a name's own words. An acronym that spells another organisation's name of the document in its own words
    is that name's and joins no translation ("MAA" of "Mouvement arabe de l'Azawad" is not "Forces armées
    maliennes", whose translated words spell it in another order). (long, other) pairs, the first mention of
    each distinct name."""
    from ..resolve.orgs import compare_org_names  # imported late: the resolver's gazetteer loads once

    first: dict[str, int] = {}
    for i, c in enumerate(cands):
        if c.type == "ORGANIZATION":
            first.setdefault(fold(c.text), i)
    idx = list(first.values())
    longs = [cands[i].text for i in idx if not is_acronym(cands[i].text)]
    spelt = {i for i in idx if is_acronym(cands[i].text) and any(acronym_matches(cands[i].text, n) for n in longs)}
    links: list[tuple[int, int]] = []
    for x, i in enumerate(idx):
        for j in idx[x + 1 :]:
            kind = compare_org_names(cands[i].text, cands[j].text).kind
            if kind not in _TRANSLATION_KINDS or (kind.startswith("acronym") and {i, j} & spelt):
                continue
            if not kind.startswith("acronym") and min(len(cands[k].text.split()) for k in (i, j)) < 2:
                continue  # a bare head noun ("Gouvernement") is no name in another language
            links.append((j, i) if is_acronym(cands[i].text) and not is_acronym(cands[j].text) else (i, j))
    return links
