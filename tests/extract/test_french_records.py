"""French names, record fields and copular relations (#11, eleventh round), on hand-written French text
with invented actors: transliterated names with inner apostrophes, the end of an organisation's name,
the name fields of a record or a profile, and roles and places told with a copula."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reportgraph.extract import get_extractor
from reportgraph.extract.domain import DomainExtractor
from reportgraph.extract.language import extraction_language
from reportgraph.extract.nlp import load_nlp

from .conftest import Found, runner
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.fixture(scope="module")
def rules_fr() -> DomainExtractor:
    # the rules alone: what they find does not hang on the shipped models
    extractor = get_extractor("rules", language="fr")
    assert isinstance(extractor, DomainExtractor)
    return extractor


@pytest.fixture(scope="module")
def run(rules_fr: DomainExtractor) -> Callable[[str], Found]:
    return runner(rules_fr)


def _related(found: Found, subject: str, predicate: str, obj: str) -> bool:
    a, b = found.by_name(subject), found.by_name(obj)
    return a is not None and b is not None and any(
        r.subject == a.key and r.predicate == predicate and r.object == b.key for r in found.extraction.relations)


# -- the tokenizer: French elides a closed set of words, a transliteration's apostrophe is no elision


def test_an_inner_apostrophe_of_a_transliterated_name_stays_in_its_word():
    with extraction_language("fr"):
        nlp = load_nlp(None, "fr")
        words = [t.text for t in nlp("Le Jama'atu Ahl al-Zoukra Lidda'awati et Al Moua'qi'ina Tamgak.")]
    assert "Jama'atu" in words and "Lidda'awati" in words and "Moua'qi'ina" in words


@pytest.mark.parametrize("text, parts", [
    ("qu'il", ["qu'", "il"]), ("s'est", ["s'", "est"]), ("jusqu'à", ["jusqu'", "à"]), ("c'est", ["c'", "est"]),
    ("l'émir", ["l'", "émir"]), ("d'Agadez", ["d'", "Agadez"]), ("n'a", ["n'", "a"]),
    ("lorsqu'elle", ["lorsqu'", "elle"]), ("aujourd'hui", ["aujourd'hui"]),
])
def test_french_elision_is_still_cut(text, parts):
    with extraction_language("fr"):
        assert [t.text for t in load_nlp(None, "fr")(text)] == parts


def test_english_tokens_keep_their_apostrophes():
    assert [t.text for t in load_nlp()("Jama'atu Ahl al-Zoukra's men")][:2] == ["Jama'atu", "Ahl"]


def test_a_transliterated_name_with_apostrophes_is_one_name(run):
    found = run("Le Jama'atu Ahl al-Zoukra Lidda'awati wal-Jihad (JAZ) a attaqué Agadez.")
    assert "Jama'atu Ahl al-Zoukra Lidda'awati wal-Jihad" in found.names()
    assert found.same("Jama'atu Ahl al-Zoukra Lidda'awati wal-Jihad", "JAZ")


# -- where a French organisation's name ends


@pytest.mark.parametrize("text, name, place", [
    ("La gendarmerie arrête trois membres présumés de la katiba Zarka à Tillia.", "katiba Zarka", "Tillia"),
    ("Il a facilité l'entrée d'Ansar Tamgak à Kidal en 2012.", "Ansar Tamgak", "Kidal"),
])
def test_a_town_after_a_name_is_where_it_is(run, text, name, place):
    found = run(text)
    assert name in found.names() and place in found.names()
    assert found.type_of(place) == "LOCATION"


def test_a_place_phrase_after_a_name_is_not_the_name(run):
    found = run("Le 3 mars, l'Etat islamique au Sahel dans la zone des trois frontières a tué dix civils.")
    assert "Etat islamique au Sahel" in found.names()
    # the place is a name of its own (frent33: "zone des trois frontières"), never the group's
    assert not any("Sahel" in n and "zone" in n for n in found.names())


def test_a_verb_the_tagger_reads_as_an_adjective_ends_the_name(run):
    found = run("L'Etat islamique revendique l'attaque de la prison de Kuje.")
    assert "Etat islamique" in found.names()
    assert not any("revendique" in n for n in found.names())


def test_an_adjective_with_a_preposition_after_a_name_is_not_the_name(run):
    found = run("Il a parlé des anciens membres d'Ansar Tamgak actifs dans l'État de Kaduna.")
    assert "Ansar Tamgak" in found.names()
    assert not any("actifs" in n for n in found.names())


@pytest.mark.parametrize("name", [
    "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Zoukra",
    "Groupe salafiste pour la prédication et le combat",
])
def test_long_french_names_keep_their_participles_and_pour(run, name):
    assert name in run(f"La {name} a publié un communiqué le 3 mars.").names()


# -- the name fields of a record (the UN sanctions lists' French form) and of a profile

RECORD = """QDi.999
ZAKARIA AG TINFA

Nom : 1 : ZAKARIA 2 : AG TINFA 3 : na 4 : na
Pseudonyme fiable : a) Abou Kalbi b) Zakaria Tamgak
Pseudonyme peu fiable : « le Tailleur »
Nationalité : Niger

Zakaria Ag Tinfa a été inscrit sur la Liste le 2 juillet 2024.
"""

ENTITY_RECORD = """QDe.999
JAMA'AT AHL AL-ZOUKRA (JAZ)

Autre(s) nom(s) : a) Brigade du sable b) JAZ c) Katibat al-Kalbi (ancien nom) d) Ansar Tinfa (nom utilisé jusqu'en 2019)

Le Jama'at Ahl al-Zoukra a été inscrit sur la Liste en 2019.
"""

PROFILE = """Zakaria Tinfa, le passeur du désert

Fiche biographique - dernière révision : janvier 2019

Nom : Zakaria Tinfa
Surnoms : « le Tailleur », « Mister Kalbi », Ali Abou Zoukra
Naissance : 1er juin 1972, Agadez (Niger)

Zakaria Tinfa est un passeur nigérien.
"""


@pytest.mark.parametrize("alias", ["Abou Kalbi", "Zakaria Tamgak", "le Tailleur", "Zakaria Ag Tinfa"])
def test_a_records_pseudonyms_are_its_subjects_names(run, alias):
    found = run(RECORD)
    assert found.same("ZAKARIA AG TINFA", alias)
    assert found.type_of(alias) == "PERSON"


def test_a_records_name_parts_are_no_organisation(run):
    found = run(RECORD)
    assert found.type_of("ZAKARIA") in (None, "PERSON")


def test_an_entity_records_other_names_and_not_its_former_ones(run):
    found = run(ENTITY_RECORD)
    assert found.same("JAMA'AT AHL AL-ZOUKRA", "Brigade du sable")
    assert found.same("JAMA'AT AHL AL-ZOUKRA", "JAZ")
    assert not found.same("JAMA'AT AHL AL-ZOUKRA", "Katibat al-Kalbi")
    assert not found.same("JAMA'AT AHL AL-ZOUKRA", "Ansar Tinfa")


@pytest.mark.parametrize("alias", ["le Tailleur", "Mister Kalbi", "Ali Abou Zoukra"])
def test_a_profiles_nicknames_are_the_names_name(run, alias):
    assert run(PROFILE).same("Zakaria Tinfa", alias)


INFOBOX = """Zakaria Tinfa

Zakaria Tinfa
Naissance\tvers 1972
Surnom\t« le Tailleur », Ali Abou Zoukra

Zakaria Tinfa est un passeur nigérien.
"""


@pytest.mark.parametrize("alias", ["le Tailleur", "Ali Abou Zoukra"])
def test_an_infoboxs_label_ends_at_a_tab(run, alias):
    assert run(INFOBOX).same("Zakaria Tinfa", alias)


TABLE = """Tableau 1 - Responsables du groupe dans la région

Nom | Alias | Fonction | Zone
Ibrahim Ag Sellou | « Abou Hamza al-Tidarmi » | wali adjoint, chef de la katiba Tinfa | Zoukra
Moussa Ould Tagui | Hamid Tagui | responsable de la zakat | Tessit
Almou Ag Sellou | - | chef de katiba | Tamalat

Commentaires
"""


@pytest.mark.parametrize("name, alias", [("Ibrahim Ag Sellou", "Abou Hamza al-Tidarmi"),
                                         ("Moussa Ould Tagui", "Hamid Tagui")])
def test_a_tables_alias_column_names_its_rows_name(run, name, alias):
    found = run(TABLE)
    assert found.same(name, alias)
    assert not found.same("Almou Ag Sellou", "Ibrahim Ag Sellou")


def test_a_name_field_only_at_a_lines_start():
    from reportgraph.extract.french_cues import FRENCH_ALIAS_CUES

    assert FRENCH_ALIAS_CUES.record_field.search("Surnoms : « le Tailleur »")
    assert FRENCH_ALIAS_CUES.record_field.search("Il a changé de nom : X") is None


# -- roles and places told with a copula


@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("Moussa Kalbi est le chef du Front de libération du Tamgak.", "Moussa Kalbi", "LEADER_OF",
     "Front de libération du Tamgak"),
    ("Le Front de libération du Tamgak est actif dans la région de Zoukra.", "Front de libération du Tamgak",
     "OPERATES_IN", "région de Zoukra"),
])
def test_a_copula_and_its_predicate(run, text, subject, predicate, obj):
    assert _related(run(text), subject, predicate, obj)


# -- a naming noun with a complement before the name, and the community a group is drawn from


def test_a_naming_noun_with_its_complement_names_the_group(run):
    found = run("Des membres de la milice d'autodéfense Tamgak, majoritairement mossi, ont attaqué Zoukra.")
    assert found.type_of("Tamgak") == "ORGANIZATION"
    assert found.same("milice d'autodéfense Tamgak", "Tamgak")
    assert _related(found, "Tamgak", "AFFILIATED_WITH", "mossi")


@pytest.mark.parametrize("text, group, community", [
    ("La milice dogon Ogo Zarka et la katiba Tinfa ont conclu un accord.", "Ogo Zarka", "dogon"),
    ("Le gouvernement a dissous l'association de chasseurs dogons Dan Na Tamgak.", "Dan Na Tamgak", "dogons"),
])
def test_a_community_word_before_a_groups_name(run, text, group, community):
    found = run(text)
    assert found.type_of(group) == "ORGANIZATION"
    assert found.type_of(community) == "COMMUNITY"
    assert _related(found, group, "AFFILIATED_WITH", community)


# -- French place phrases: containment told with "dans", a geographic noun, an apposition, brackets


@pytest.mark.parametrize("text, inner, outer", [
    # "commune de" is a descriptor, the place alone its name (frent36)
    ("Des hommes armés ont attaqué Tinfa, dans la commune de Zoukra, région de Tahoua.", "Tinfa", "Zoukra"),
    ("Des hommes armés ont attaqué Tinfa, dans la commune de Zoukra, région de Tahoua.", "Zoukra",
     "région de Tahoua"),
    ("L'attaque a eu lieu à Tinfa, un village du cercle de Bankass.", "Tinfa", "cercle de Bankass"),
    ("Le camp de Tinfa, situé dans la région de Tahoua (Niger), a été visé.", "région de Tahoua", "Niger"),
    # "le nord du Mali" is a place of its own, as the French annotation names it (LOCATED_IN northern Mali)
    ("Ils ont frappé Tinfa, près de Gao, dans le nord du Mali.", "Tinfa", "nord du Mali"),
])
def test_french_place_phrases(run, text, inner, outer):
    assert _related(run(text), inner, "LOCATED_IN", outer)


@pytest.mark.parametrize("text, a, b", [
    ("Le Tchad, le Kanem, le Lac et Agadez sont cités.", "Tchad", "Kanem"),
    ("L'armée combat au Nigeria, au Cameroun et au Niger.", "Nigeria", "Cameroun"),
    ("Il est né à Meftah, près de Blida, au sud d'Alger.", "Meftah", "Alger"),
    ("Les villes de Tinfa, Zoukra et Agadez ont été visées.", "Tinfa", "Zoukra"),
])
def test_french_lists_and_bearings_are_no_containment(run, text, a, b):
    assert not _related(run(text), a, "LOCATED_IN", b)


# -- a list of several records under one page heading (forty-sixth round, lead): each record's other names are
# its own "Nom :" field's, not the page heading's nor the first record's

RECORD_LIST = """NATIONS UNIES
Conseil de sécurité

Le Comité ajoute une entité et deux personnes à sa Liste.

QDe.F99 Nom : Jama'at Ahl al-Tinfa
Autres noms : a) Ahl al-Tinfa b) Partisans du Tinfa

QDi.F99.1 Nom : Moussa Kalbi Tamgak
Alias : a) Abou Zakaria al-Tinfi b) Kalbi Tamgak

QDi.F99.2 Nom : Adamou Zoukra
Alias : « le Tailleur »

Le Comité rappelle que les mesures s'appliquent à toutes les personnes inscrites.
"""


@pytest.mark.parametrize("subject, alias", [
    ("Jama'at Ahl al-Tinfa", "Partisans du Tinfa"),
    ("Moussa Kalbi Tamgak", "Abou Zakaria al-Tinfi"),
    ("Adamou Zoukra", "le Tailleur"),
])
def test_each_record_of_a_list_keeps_its_own_other_names(run, subject, alias):
    found = run(RECORD_LIST)
    assert found.same(subject, alias)
    assert not found.same("NATIONS UNIES", alias)


def test_the_records_of_a_list_stay_apart(run):
    found = run(RECORD_LIST)
    assert not found.same("Jama'at Ahl al-Tinfa", "Moussa Kalbi Tamgak")
    assert not found.same("Moussa Kalbi Tamgak", "Adamou Zoukra")


GROUP_PROFILE = """Fiche : le Jama'atu Ahl al-Tinfa

Nom complet : Jama'atu Ahl al-Tinfa
Nom courant : Tinfawa
Création : annoncée en 2012.

Le Jama'atu Ahl al-Tinfa opère dans le nord du pays.
"""


def test_a_profiles_full_and_common_names_are_one_subjects(run):
    # two name fields of one profile, not two records: the common name stays the full name's
    assert run(GROUP_PROFILE).same("Jama'atu Ahl al-Tinfa", "Tinfawa")
