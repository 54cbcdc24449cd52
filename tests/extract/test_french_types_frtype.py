"""French types and nicknames (frtype, #11): a list of nicknames in guillemets ("surnommé « A », « B »", "« A » ou
« B »") and a nickname's gloss in brackets ("dit « A » (« le Moustachu »)") are the bearer's names; a name listed
before "le village de Y et le Z" is none of its items (no place); a group's name after "un groupe issu de", "sa
scission avec" is an organisation, and so is "la province du <pays>" (a group's province); who dies ("la mort de X")
is a person. Hand-written sentences, invented names."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, first, second",
    [("Le mouvement est dirigé par Hamadi ag Tewelt, un officier déserteur surnommé « Amghar », « le faucon », "
      "depuis 2015.", "Amghar", "le faucon"),
     ("Issa Ould Bakri, un Mauritanien surnommé « le Boiteux » ou « Mister Dollar », commandait la katiba.",
      "le Boiteux", "Mister Dollar")],
)
def test_a_list_of_nicknames_in_guillemets_names_one_person(run_fr, text, first, second):
    found = run_fr(text)
    assert found.same(first, second)


def test_a_nickname_gloss_in_brackets_is_another_name(run_fr):
    found = run_fr("Son chef, Salem Abdelkader al-Kouri, dit « Abou Lahya » (« le Barbu »), est un ancien officier.")
    assert found.same("Salem Abdelkader al-Kouri", "Abou Lahya")
    assert found.same("Abou Lahya", "le Barbu")


def test_a_nickname_translation_with_its_language_is_no_name(run_fr):
    found = run_fr("Salfo Tiendrébéogo, surnommé « Naaba Kiba » (« le chef du marché » en mooré), commande une "
                   "centaine de volontaires.")
    assert not found.same("Naaba Kiba", "le chef du marché")


def test_a_person_listed_before_a_village_is_no_place(run_fr):
    found = run_fr("[Scénario fictif - Dhedonga Lemu, le village de Ngabora et le « groupe Kandra-Sud » sont "
                   "inventés]\n\nLes assaillants ont fait scission de la CODECO sous la conduite de Dhedonga Lemu.")
    assert found.type_of("Dhedonga Lemu") == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [("Certaines coopèrent avec Ansar Kaduna, un groupe jihadiste issu de Tadi Haram, lié à Al-Qaïda.",
      "Tadi Haram"),
     ("L'Iswap est le groupe le plus actif dans la région depuis sa scission avec Tadi Haram en 2016.",
      "Tadi Haram")],
)
def test_a_group_came_out_of_is_an_organisation(run_fr, text, name):
    found = run_fr(text)
    assert found.type_of(name) == "ORGANIZATION"


def test_a_province_named_after_a_country_is_a_group(run_fr):
    found = run_fr("En 2019, la province du Malawi de l'État islamique a revendiqué l'attaque de Kandara.")
    assert found.type_of("province du Malawi") == "ORGANIZATION"


def test_a_demonym_before_the_cue_bears_no_nickname(run_fr):
    found = run_fr("Issa Ould Bakri, un Mauritanien surnommé « le Boiteux », commandait la katiba.")
    assert found.same("Issa Ould Bakri", "le Boiteux")


@pytest.mark.parametrize(
    "text, name",
    [("Tidjani commande l'unité depuis la mort de Shekou.", "Shekou"),
     ("Après l'assassinat de Kalawa Doumbo, en mai 2021, Tidjani refuse de se rendre.", "Kalawa Doumbo")],
)
def test_who_dies_is_a_person(run_fr, text, name):
    assert run_fr(text).type_of(name) == "PERSON"
