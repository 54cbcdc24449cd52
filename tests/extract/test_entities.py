"""Behaviours of the domain entity extractor, on hand-written sentences with invented actors."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        ("The raid was led by Issouf ag Mahmoud near the well.", "Issouf ag Mahmoud"),
        ("Witnesses named Boubacar Ould Ahmedou as the organiser.", "Boubacar Ould Ahmedou"),
        ("The statement was read by Abu Hafs al-Ansari on the radio.", "Abu Hafs al-Ansari"),
        ("Money came from Salem bin Khaled and his cousins.", "Salem bin Khaled"),
        ("The envoy met Abdelkarim Tounsi twice.", "Abdelkarim Tounsi"),
    ],
)
def test_arabic_and_tuareg_name_forms_are_persons(run, text, name):
    assert run(text).type_of(name) == "PERSON"


def test_title_is_a_role_not_part_of_the_name(run):
    found = run("President Mahamadou Kante ordered the army to retake Ayorou.")
    e = found.by_name("Mahamadou Kante")
    assert e is not None and e.type == "PERSON"
    assert "president" in e.roles
    assert found.by_name("President Mahamadou Kante") is None


def test_emir_alone_is_no_entity(run):
    found = run("Sidi Lamine Traore became Emir of the fourth zone in 2009.")
    assert found.by_name("Emir") is None
    assert found.type_of("fourth zone") == "ORGANIZATION"


def test_acronym_in_parentheses_is_tied_to_its_long_form(run):
    found = run("The Front for the Liberation of Tessit (FLT) attacked a convoy. The FLT denied it.")
    assert found.type_of("Front for the Liberation of Tessit") == "ORGANIZATION"
    assert found.same("Front for the Liberation of Tessit", "FLT")


def test_french_long_form_and_acronym_in_parentheses(run):
    found = run(
        "The Movement for Unity in the Desert (Mouvement pour l'unité dans le désert, MUD) "
        "was founded in 2011."
    )
    assert found.same("Movement for Unity in the Desert", "Mouvement pour l'unité dans le désert")
    assert found.same("Movement for Unity in the Desert", "MUD")


@pytest.mark.parametrize(
    "text, full, alias",
    [
        ("Hamid Ould Sidi, also known as Abou Dardar, crossed the border.", "Hamid Ould Sidi", "Abou Dardar"),
        ("Moussa Diallo (better known as 'Black Hawk') was arrested.", "Moussa Diallo", "Black Hawk"),
        (
            "Issouf ag Mahmoud, alias Abu Hafs al-Ansari, led the unit.",
            "Issouf ag Mahmoud",
            "Abu Hafs al-Ansari",
        ),
        (
            "Abdallah Kerroumi, born Said Benali near Tamanrasset, joined late.",
            "Abdallah Kerroumi",
            "Said Benali",
        ),
        (
            "Salem bin Khaled, whom smugglers had dubbed 'the Accountant', kept the books.",
            "Salem bin Khaled",
            "the Accountant",
        ),
        (
            "Boubacar Ould Ahmedou, a.k.a. Abou Dardar, led the movement.",
            "Boubacar Ould Ahmedou",
            "Abou Dardar",
        ),
    ],
)
def test_alias_phrases(run, text, full, alias):
    found = run(text)
    assert found.same(full, alias), [(e.name, e.names()) for e in found.extraction.entities]
    assert found.type_of(full) == "PERSON"


def test_later_short_forms_join_the_full_name(run):
    found = run("Abdelhamid Ould Kerroumi commanded the column. Later, Kerroumi withdrew to Gao.")
    assert found.same("Abdelhamid Ould Kerroumi", "Kerroumi")


def test_apostrophe_variants_are_one_name(run):
    found = run("Bal\u2019im crossed the desert. Two years later Bal'im returned to Kidal.")
    e = found.by_name("Bal\u2019im")
    assert e is not None and found.same("Bal\u2019im", "Bal'im")


def test_rename_is_a_new_entity_not_an_alias(run):
    found = run("The Tessit Salafist Group was later renamed the Sahara Mujahideen Brigade.")
    assert found.type_of("Tessit Salafist Group") == "ORGANIZATION"
    assert found.type_of("Sahara Mujahideen Brigade") == "ORGANIZATION"
    assert not found.same("Tessit Salafist Group", "Sahara Mujahideen Brigade")


@pytest.mark.parametrize("country", ["Mali", "Niger", "Chad"])
def test_country_is_never_a_person(run, country):
    found = run(f"{country} sent troops. The column from {country} met Hassan Koulibali in {country}.")
    assert found.type_of(country) == "LOCATION"


@pytest.mark.parametrize(
    "text, org",
    [
        ("The Malian army abandoned the north.", "Malian army"),
        ("The Algerian government refused to negotiate.", "Algerian government"),
        ("Talks with the government of Niger failed.", "government of Niger"),
        ("The Chadian military sent a column.", "Chadian military"),
    ],
)
def test_demonym_institutions_are_organizations(run, text, org):
    assert run(text).type_of(org) == "ORGANIZATION"


def test_bare_demonym_is_no_entity_but_the_community_is(run):
    found = run("Hamoudi Ould Sidi, a Malian Arab, and a Berabiche Arab from Gao met him.")
    assert found.by_name("Malian") is None
    assert found.type_of("Arab") == "COMMUNITY"
    assert found.type_of("Berabiche") == "COMMUNITY"


def test_community_words_used_as_adjectives(run):
    found = run("Fulani herders and Tuareg clans fled; the Sufi shrines were destroyed.")
    assert found.type_of("Fulani") == "COMMUNITY"
    assert found.type_of("Tuareg") == "COMMUNITY"
    assert found.type_of("Sufi") == "COMMUNITY"


def test_named_sub_units(run):
    found = run("His katiba, the Tinaf Brigade, merged with the Ansongo battalion and the Gourma emirate.")
    assert found.type_of("Tinaf Brigade") == "ORGANIZATION"
    assert found.type_of("Ansongo battalion") == "ORGANIZATION"
    assert found.type_of("Gourma emirate") == "ORGANIZATION"


def test_place_before_a_geographic_noun(run):
    found = run("They hid in the Tigharghar mountains and later in the Tamesna valley.")
    assert found.type_of("Tigharghar") == "LOCATION"


def test_quoted_translation_in_parentheses(run):
    found = run("In 2014 Hamid Kerroumi founded Ansar al-Tawhid ('Supporters of Unity').")
    assert found.same("Ansar al-Tawhid", "Supporters of Unity")
    assert found.type_of("Ansar al-Tawhid") == "ORGANIZATION"


def test_mentions_carry_exact_offsets(run):
    found = run("Yesterday Abdelkarim Tounsi left Agadez for Arlit.")
    for e in found.extraction.entities:
        for m in e.mentions:
            assert found.text[m.start : m.end] == m.text


def test_title_case_headline_words_are_not_names(run):
    found = run("The Rise And Fall Of The Tessit Brigade\n\nThe Tessit Brigade was founded in 2012 in Gao.")
    assert found.by_name("Rise") is None
    assert found.by_name("Rise And Fall Of The Tessit Brigade") is None
    assert found.type_of("Tessit Brigade") == "ORGANIZATION"


def test_sentence_opening_alias_cue_names_the_next_person(run):
    found = run("Known by his kunya Abu Zubair, Mohamed Lamine Ould Tidjani grew up in Tessalit.")
    assert found.same("Abu Zubair", "Mohamed Lamine Ould Tidjani")


def test_person_noun_before_a_name(run):
    found = run("The Swiss hostage Beatrix Stoltzi was freed in 2020.")
    assert found.type_of("Beatrix Stoltzi") == "PERSON"


@pytest.mark.parametrize("place", ["Tin Fadimata", "Bir Tazouk", "Oued Tessouk"])
def test_toponym_prefixes_make_places(run, place):
    assert run(f"The column seized the wells at {place} in 2019.").type_of(place) == "LOCATION"


def test_apposition_to_group_makes_an_organization(run):
    found = run("In 2019 a little-known armed group, Kel Tamart, emerged near Intahaka.")
    assert found.type_of("Kel Tamart") == "ORGANIZATION"


def test_places_listed_after_between(run):
    found = run("The clashes spread between Intahaka and Amderaz.")
    assert found.type_of("Intahaka") == "LOCATION"
    assert found.type_of("Amderaz") == "LOCATION"


@pytest.mark.parametrize(
    "text, full, alias",
    [
        (
            "Ibrahim Ag Kerroumi, commonly referred to as 'Brahim Rouge', joined in 2010.",
            "Ibrahim Ag Kerroumi",
            "Brahim Rouge",
        ),
        (
            "Ibrahim Ag Kerroumi, who goes by the name Brahim Rouge, joined in 2010.",
            "Ibrahim Ag Kerroumi",
            "Brahim Rouge",
        ),
        ("Abu Talha, the kunya of Hamid Kerroumi, appears in the statements.", "Hamid Kerroumi", "Abu Talha"),
        (
            "The Movement for the Defence of Tessit (MDT), known locally as Tessit Jund, was founded in 2010",
            "Movement for the Defence of Tessit",
            "Tessit Jund",
        ),
        (
            "Sheikh Omar Abdel Tessiti, the so-called Blind Sheikh, died in 2017.",
            "Omar Abdel Tessiti",
            "Blind Sheikh",
        ),
    ],
)
def test_more_alias_phrases(run, text, full, alias):
    assert run(text).same(full, alias)


def test_generic_bearer_types_the_name(run):
    found = run("The movement known across the region as Jaysh al-Tessit was founded in 2002 by a preacher.")
    assert found.type_of("Jaysh al-Tessit") == "ORGANIZATION"


def test_quoted_translation_after_acronym(run):
    found = run(
        "He founded Harakat Ahrar al-Tessit (HAT), the 'Movement of the Free Men of Tessit', in 2016."
    )
    assert found.same("Harakat Ahrar al-Tessit", "HAT")
    assert found.same("Harakat Ahrar al-Tessit", "Movement of the Free Men of Tessit")


def test_organisation_without_its_head_noun(run):
    found = run("Jama'at Ansar al-Tessit (JAT) was founded in 2011. By 2013 Ansar al-Tessit held the valley.")
    assert found.same("Jama'at Ansar al-Tessit", "Ansar al-Tessit")


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("The school stood at Kurmin Tessa, a market town in Gandu.", "Kurmin Tessa", "LOCATION"),
        (
            "The emir belonged to the Awlad Tessim, an Arab tribe of camel breeders.",
            "Awlad Tessim",
            "COMMUNITY",
        ),
        ("He married into the Ahl Tessaya, a tribe of traders.", "Ahl Tessaya", "COMMUNITY"),
    ],
)
def test_descriptions_after_a_name(run, text, name, etype):
    assert run(text).type_of(name) == etype


def test_alternative_name_after_a_naming_cue(run):
    found = run(
        "The group most often called Katiba Tessit, and sometimes the Tessit Liberation Front, "
        "emerged in 2015."
    )
    assert found.same("Katiba Tessit", "Tessit Liberation Front")


def test_two_names_joined_by_and_are_not_one(run):
    found = run(
        "Ammar Tessiti also known as Abdul Razzaq Tessa and Hamid Kerroumi also known as Abu Talha "
        "crossed the border."
    )
    assert not found.same("Abdul Razzaq Tessa", "Hamid Kerroumi")


def test_headline_org_in_a_place_named_elsewhere(run):
    found = run(
        "Ansar al-Tessit in the Tamoust: rise of a front\n\nThe group held the Tamoust plateau for years."
    )
    assert found.type_of("Ansar al-Tessit") == "ORGANIZATION"
    assert found.type_of("Tamoust") == "LOCATION"


@pytest.mark.parametrize("word", ["State", "Council", "Committee", "Mission"])
def test_a_generic_head_noun_alone_is_no_name(run, word):
    found = run(f"The militias grew where the {word} was absent. According to the {word}, Gao is calm.")
    assert found.by_name(word) is None
    assert found.type_of("Gao") == "LOCATION"


def test_a_generic_head_noun_alone_is_the_name_it_shortens(run):
    found = run("The Security Council extended the mandate. The Council also condemned the attack on Gao.")
    assert found.type_of("Security Council") == "ORGANIZATION"
