"""Aliases and name forms read on the corpus's unseen text (issue #10), on hand-written sentences with
invented actors: short forms of organisations, acronyms of transliterated names, places with their
generic noun, places in parentheses, generic bearers of a name."""

from __future__ import annotations

import pytest

from reportgraph.extract.names import acronym_matches, short_form_of

pytestmark = pytest.mark.model


def test_the_head_noun_alone_names_the_last_organisation_holding_it(run):
    found = run("The Tamesna Front was founded in 2019. The Front later split over money.")
    assert found.same("Tamesna Front", "Front")


def test_a_two_word_group_is_shortened_to_its_own_word(run):
    found = run("Fighters of the Korvath Group arrived in March. Korvath later left the town.")
    assert found.same("Korvath Group", "Korvath")


def test_a_two_word_name_of_a_place_is_not_shortened_to_the_place(run):
    found = run("The Ayorou Front attacked the market. Ayorou was quiet the next day.")
    assert not found.same("Ayorou Front", "Ayorou")


@pytest.mark.parametrize(
    "text, long, short",
    [
        ("The Sahel Union met in Niamey. The SU condemned the raid.", "Sahel Union", "SU"),
        (
            "Harakat Nasr al-Wadi wal-Tessit took the town. HNWT fighters held it for a week.",
            "Harakat Nasr al-Wadi wal-Tessit",
            "HNWT",
        ),
    ],
)
def test_acronyms_of_two_word_and_transliterated_names(run, text, long, short):
    assert run(text).same(long, short)


def test_acronym_letters_skip_connectors_of_transliterated_names():
    assert acronym_matches("HTK", "Hay'at Tahrir al-Kawar")
    assert acronym_matches("TTK", "Tehrik-i-Taliban Kawar")
    assert acronym_matches("EU", "European Union")
    assert not acronym_matches("UE", "European Union")  # two letters only in order


def test_a_place_before_a_generic_noun_also_answers_to_the_name_with_it(run):
    found = run("The convoy hid in the Korodji forest before reaching the Tessalit region.")
    assert found.same("Korodji", "Korodji forest")
    assert found.same("Tessalit", "Tessalit region")


def test_a_place_ending_in_a_capitalised_geographic_noun_meets_its_short_form(run):
    found = run("Fighters fled into the Korengal Valley. Korengal has long been contested.")
    assert found.same("Korengal Valley", "Korengal")


def test_a_place_in_parentheses_says_where_not_another_name(run):
    found = run("Raids hit Kindjiria (Niger) and Lunel (France) last year.")
    assert not found.same("Kindjiria", "Niger")
    assert not found.same("Lunel", "France")


def test_an_area_known_as_x_names_no_earlier_bearer(run):
    found = run(
        "The Islamic Sahel Front holds the land where Mali, Niger and Burkina Faso meet, an area known "
        "as Gourma-Tessit."
    )
    assert not found.same("Islamic Sahel Front", "Gourma-Tessit")


def test_plural_and_singular_of_a_movement_are_one(run):
    found = run("Karimis fighters fired missiles at the port on Monday. The Karimi movement denied it.")
    assert found.same("Karimis", "Karimi")


@pytest.mark.parametrize(
    "short, full",
    [("Hassan Sheikh", "Hassan Sheikh Maxamuud"), ("Tariq al-Wadii", "Tariq Mansour al-Wadii")],
)
def test_given_names_without_the_last_or_a_middle_name_are_short_forms(short, full):
    assert short_form_of(short, full, {"al", "ould", "ag"}) > 0
    assert short_form_of("Sheikh Maxamuud", "Hassan Sheikh Maxamuud", {"al"}) == 3
    assert short_form_of("Ould Sidi", "Ould Ahmed Sidi", {"ould"}) == 0  # a particle is no given name


def test_a_compass_part_of_a_place_the_gazetteer_does_not_list_is_the_place(run):
    found = run("Fighting spread to western Kandara last week. Kandara fell in 2016.")
    assert found.same("Kandara", "western Kandara")
    assert found.type_of("Kandara") == "LOCATION"


def test_a_listed_compass_region_stays_its_own_place(run):
    found = run("Raids hit northern Mali in 2012.")
    assert found.type_of("northern Mali") == "LOCATION"
    assert not found.same("northern Mali", "Mali")


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Yemeni President Abd-Rabbu Mansour Kante met the envoy.", "Abd-Rabbu Mansour Kante", "president"),
        ("Health Minister Ali Haji Warsame spoke in Aden.", "Ali Haji Warsame", "minister"),
        ("His Excellency Tomas Okonde opened the session.", "Tomas Okonde", "excellency"),
    ],
)
def test_a_title_before_a_name_is_a_role(run, text, name, role):
    e = run(text).by_name(name)
    assert e is not None and e.type == "PERSON" and role in e.roles
    assert all(role not in n.lower() for n in e.names())


@pytest.mark.parametrize(
    "text, name, titled",
    [
        ("General Vautrel told the committee he had no orders.", "Vautrel", "General Vautrel"),
        ("The preacher Mullah Nazrullah Khan fled to Tirah.", "Nazrullah Khan", "Mullah Nazrullah Khan"),
    ],
)
def test_a_surname_with_its_title_or_a_name_with_its_honorific_is_a_form_it_answers_to(run, text, name, titled):
    e = run(text).by_name(name)
    assert e is not None and titled in e.aliases and all(m.text == name for m in e.mentions)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Insurgents seized Mocímboa da Lurio in 2020.", "Mocímboa da Lurio"),
        ("Ansar ul Tessit lil Ichad wal Jihad attacked Djibo.", "Ansar ul Tessit lil Ichad wal Jihad"),
        ("Fighters took Shahr-e Kohna Tala in May.", "Shahr-e Kohna Tala"),
        ("The Tessit People's Liberation Movement met in May.", "Tessit People's Liberation Movement"),
        ("The Kandara Workers' Party met in May.", "Kandara Workers' Party"),
    ],
)
def test_lower_case_connectors_and_possessives_inside_names(run, text, name):
    assert run(text).by_name(name) is not None


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Liwa al-Kandar and Suqour al-Tessit merged in 2015.", "Liwa al-Kandar", "Suqour al-Tessit"),
        ("The Korvath Group and Syrian mercenaries fought there.", "Korvath Group", None),
    ],
)
def test_and_between_two_names_cuts_the_chunk(run, text, first, second):
    found = run(text)
    assert found.by_name(first) is not None
    if second:
        assert found.by_name(second) is not None


def test_a_mosque_or_airbase_after_a_name_makes_it_a_place(run):
    found = run("Drones hit the Al-Kandara airbase and the al-Tessiti mosque.")
    assert found.same("al-Tessiti", "al-Tessiti mosque")
    # an airport or an airbase is another place than the town it is named after, named with its noun
    # (as the corpus gold names it in 18 of 22 uses): no variant of the town
    assert found.type_of("Al-Kandara airbase") == "LOCATION"
    assert found.by_name("Al-Kandara") is None


def test_an_encyclopedia_lead_parenthesis_lists_other_names(run):
    found = run(
        "The Islamic State Kandara Province (ISKAP; Arabic: ولاية كندارة, Wilayat Kandara), also known as "
        "the Islamic State's Kandara Province or simply \"Wilayat Kandarah\", is a jihadist organisation."
    )
    for name in ("ISKAP", "ولاية كندارة", "Wilayat Kandara", "Islamic State's Kandara Province", "Wilayat Kandarah"):
        assert found.same("Islamic State Kandara Province", name), name


@pytest.mark.parametrize(
    "text, long, other",
    [
        ("The Sahel Tessit Front (STF, or MAQ in French) attacked Menaka.", "Sahel Tessit Front", "MAQ"),
        ("Hafiz Gul Warsak (Pashto: حافظ ګل ورسک) led the group.", "Hafiz Gul Warsak", "حافظ ګل ورسک"),
        ("The Kandara Brigades (KB; Arabic: كتائب كندارة; also spelled Kata'ib Kandara) fought.", "Kandara Brigades",
         "Kata'ib Kandara"),
    ],
)
def test_each_segment_of_a_parenthesis_is_a_name(run, text, long, other):
    found = run(text)
    assert found.same(long, other)
    assert found.by_name("Pashto") is None and found.by_name("French") is None


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("The Republic of Kerubia protested. Kerubia later withdrew.", "Republic of Kerubia", "Kerubia"),
        ("Operation Sandfox ended in May; Sandfox troops left.", "Operation Sandfox", "Sandfox"),
        ("Fighters crossed Tessara State. Tessara is poor.", "Tessara State", "Tessara"),
        ("Harakat Ahrar al-Kandar al-Islamiyya fought. Ahrar al-Kandar lost.",
         "Harakat Ahrar al-Kandar al-Islamiyya", "Ahrar al-Kandar"),
        ("Al-Kandarab attacked the base; Kandarab fighters fled.", "Al-Kandarab", "Kandarab"),
    ],
)
def test_short_forms_of_states_operations_and_arabic_names(run, text, full, short):
    assert run(text).same(full, short)


def test_a_movement_named_after_a_family_is_no_short_form_of_its_leader(run):
    found = run("The Karimis fired missiles. Abdul Malik al-Karimi leads the Karimi movement. Karimi forces advanced.")
    leader = found.by_name("Abdul Malik al-Karimi")
    assert leader is not None and "Karimi" not in leader.names()


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("ISKAR-Kandara attacked the convoy in May.", "ISKAR-Kandara", "ORGANIZATION"),
        ("The SPLA-N fought in the hills.", "SPLA-N", "ORGANIZATION"),
        ("Trial Chamber VII ruled on the appeal.", "Trial Chamber VII", "ORGANIZATION"),
        ("A letter headed REPUBLIC OF KERUBIA said the raid failed.", "REPUBLIC OF KERUBIA", "LOCATION"),
        ("Elders of the Reer Cawil Nuur met the envoy.", "Reer Cawil Nuur", "COMMUNITY"),
    ],
)
def test_branch_acronyms_chambers_states_in_capitals_and_somali_lineages(run, text, name, etype):
    assert run(text).type_of(name) == etype


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The insurgents, known locally as al-Kandar and by analysts as Ahlu Tessit Wal Jamaa, declared loyalty.",
         "al-Kandar", "Ahlu Tessit Wal Jamaa"),
        ("The militants call themselves Ahlu Tessit Wal Jamaa and are often described by researchers as "
         "Ansar al-Tessit.", "Ahlu Tessit Wal Jamaa", "Ansar al-Tessit"),
        ("Karim al-Wadi leads Ansar al-Haqq, the movement widely known as the Wadiyun, which began in Saada.",
         "Ansar al-Haqq", "Wadiyun"),
    ],
)
def test_naming_cues_of_groups_and_their_appositions(run, text, first, second):
    assert run(text).same(first, second)


def test_al_with_a_space_opens_a_group_name(run):
    found = run("Fighters loyal to al Kandar attacked Inates in 2019, and al Haqqaniya claimed it.")
    assert found.type_of("al Kandar") == "ORGANIZATION"
    assert found.type_of("al Haqqaniya") == "ORGANIZATION"
    assert run("Smith et al. Kandar wrote the report in 2019.").by_name("al. Kandar") is None


@pytest.mark.parametrize("demonym", ["Mozambican", "Tanzanian", "Ugandan", "Rwandan"])
def test_more_nationalities_are_no_entities_and_name_institutions(run, demonym):
    found = run(f"{demonym} police and a {demonym} contractor reached Palma in March.")
    assert found.by_name(demonym) is None
    assert found.type_of(f"{demonym} police") == "ORGANIZATION"


def test_as_between_two_names_ends_the_first(run):
    found = run("The UN designated the Islamic State in Kandara as ISKA-Kandara in 2019.")
    assert found.type_of("ISKA-Kandara") == "ORGANIZATION"
    assert found.by_name("Islamic State in Kandara as ISKA-Kandara") is None


def test_media_is_a_press_office_word(run):
    assert run("Questions went to Media at the ministry, officials of the Kandara Front said.").by_name("Media") is None
