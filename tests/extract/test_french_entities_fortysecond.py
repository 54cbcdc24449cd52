"""French entities (frent42, #11): an organisation name ends before "et" and an article's lower-case noun unless it
coordinates its aims after "pour"; it ends before "sur", "à", "dans" and an event noun. Hand-written sentences,
invented names."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, name",
    [("Le Comité de défense de Tamberi et les personnes déplacées ont quitté la ville mardi.",
      "Comité de défense de Tamberi"),
     ("Les combats entre le Rassemblement des combattants du Kel Dounou et le marché des otages ont repris.",
      "Rassemblement des combattants du Kel Dounou")],
)
def test_a_name_ends_before_and_an_article_noun(run_fr, text, name):
    found = run_fr(text)
    assert name in found.names()
    assert not any(n.startswith(name + " et") for n in found.names())


@pytest.mark.parametrize(
    "name",
    ["Mouvement pour la justice et l'égalité du Kel Dounou", "Front pour la paix et la concorde au Tamberi"],
)
def test_a_name_coordinating_its_aims_after_pour_keeps_them(run_fr, name):
    assert name in run_fr(f"Le {name} a signé l'accord mardi à Niamey.").names()


@pytest.mark.parametrize(
    "text, name",
    [("Les membres du Conseil de sécurité sur l'attaque de Tamberi ont été informés mardi.", "Conseil de sécurité"),
     ("Des hommes de l'Etat islamique au Sahel à l'embuscade de Tamberi ont été vus.", "Etat islamique au Sahel")],
)
def test_a_name_ends_before_an_event_noun(run_fr, text, name):
    found = run_fr(text)
    assert name in found.names()
    assert not any(n.startswith(name + " ") for n in found.names())


@pytest.mark.parametrize(
    "text",
    ["L'accusé avait d'abord combattu dans les rangs de Dounou Kel sous un autre chef.",
     "Un ancien lieutenant de l'émir au sein de Dounou Kel a rejoint un autre groupe."],
)
def test_a_name_after_rangs_or_sein_is_a_group(run_fr, text):
    assert run_fr(text).type_of("Dounou Kel") == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, people, person",
    [("Le Touareg Iyad Ag Dounou dirige le groupe depuis 2017.", "Touareg", "Iyad Ag Dounou"),
     ("Selon la police, le Peul Amadou Kel Tamberi aurait financé le groupe.", "Peul", "Amadou Kel Tamberi")],
)
def test_a_people_before_a_person_is_no_part_of_his_name(run_fr, text, people, person):
    found = run_fr(text)
    assert found.type_of(person) == "PERSON"
    assert not any(n.startswith(people + " ") for n in found.names())


def test_the_people_before_a_person_is_a_community(run_fr):
    assert run_fr("Le Touareg Iyad Ag Dounou dirige le groupe depuis 2017.").type_of("Touareg") == "COMMUNITY"


@pytest.mark.parametrize(
    "text, person, army",
    [("Le Tanzanien Abou Yasir Dounou a fui lorsque l'armée ougandaise est arrivée.", "Abou Yasir Dounou",
      "armée ougandaise"),
     ("Le Rwandais Abou Salim Kel a été arrêté par l'armée mozambicaine.", "Abou Salim Kel", "armée mozambicaine")],
)
def test_east_african_nationalities_are_demonyms(run_fr, text, person, army):
    found = run_fr(text)
    assert found.type_of(person) == "PERSON"
    assert found.type_of(army) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, short, full",
    [("La Coalition de Tamberi pour la justice a été fondée en 2019. La Coalition de Tamberi recrute à Dounou.",
      "Coalition de Tamberi", "Coalition de Tamberi pour la justice"),
     ("La katiba Al-Dounou du Tamberi opère depuis 2020. Selon un notable, la katiba Al-Dounou prélève une taxe.",
      "katiba Al-Dounou", "katiba Al-Dounou du Tamberi")],
)
def test_the_beginning_of_a_french_organisation_name_is_that_name(run_fr, text, short, full):
    assert run_fr(text).same(short, full)


def test_an_organisation_of_a_country_is_another_one(run_fr):
    found = run_fr("L'Etat islamique d'Irak est fondé en 2006. L'Etat islamique proclame son califat en 2014.")
    assert not found.same("Etat islamique", "Etat islamique d'Irak")


@pytest.mark.parametrize(
    "text, name",
    [("Il a été jugé mardi par le Pôle judiciaire de Tamberi.", "Pôle judiciaire de Tamberi"),
     ("Selon la Direction nationale de la sécurité, la milice Dan Kelem a perdu six hommes.",
      "Direction nationale de la sécurité")],
)
def test_pole_and_direction_open_an_organisation_name(run_fr, text, name):
    assert run_fr(text).type_of(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, name",
    [("L'armée nationale afghane a reculé devant la milice Dan Kelem.", "armée nationale afghane"),
     ("La police nationale congolaise a arrêté six membres de la milice Dan Kelem.", "police nationale congolaise")],
)
def test_an_institution_with_a_name_adjective_before_its_country(run_fr, text, name):
    assert run_fr(text).type_of(name) == "ORGANIZATION"


def test_a_country_of_a_noun_and_its_adjective_stays_in_an_organisation_name(run_fr):
    found = run_fr("Le Groupe d'experts sur la République centrafricaine a cité la milice Dan Kelem mardi.")
    assert "Groupe d'experts sur la République centrafricaine" in found.names()


@pytest.mark.parametrize("word", ["Activités", "Controverses", "Profil"])
def test_a_capitalised_section_heading_is_no_name(run_fr, word):
    found = run_fr(f"{word}\n\nLa milice Dan Kelem opère autour de Tamberi depuis 2019.")
    assert word not in found.names()


def test_a_season_is_no_name(run_fr):
    found = run_fr("Chronologie\n\n- Été 2019 : des éleveurs de Tamberi créent la milice Dan Kelem après des vols de "
                   "bétail.\n- Janvier 2024 : la milice Dan Kelem prend Tamberi.")
    assert "Été" not in found.names()


def test_a_unit_named_after_its_chief_kunya_is_not_the_chief(run_fr):
    found = run_fr("Oumarou Kel, dit Abou Dounou, dirige la katiba Abou Dounou depuis 2020. La katiba Abou Dounou a "
                   "attaqué Tamberi. Abou Dounou a revendiqué l'attaque.")
    assert found.type_of("katiba Abou Dounou") == "ORGANIZATION"
    assert not found.same("katiba Abou Dounou", "Oumarou Kel")


def test_a_name_after_porte_parole_is_a_group(run_fr):
    found = run_fr("Selon le porte-parole de Dounou Kel, six combattants ont été tués mardi près de Tamberi.")
    assert found.type_of("Dounou Kel") == "ORGANIZATION"
