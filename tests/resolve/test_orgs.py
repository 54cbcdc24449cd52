"""Organisation, community and place names: bags of terms, acronyms, qualifiers."""

from __future__ import annotations

import pytest

from reportgraph.resolve.orgs import compare_org_names, parse_org

SAME = [
    ("Brigade of the Dunes", "Brigade des Dunes", "ORGANIZATION"),
    ("Nigerien army", "army of Niger", "ORGANIZATION"),
    ("Chadian military", "Chadian army", "ORGANIZATION"),
    ("Front for the Liberation of Tazira", "Front de libération du Tazira", "ORGANIZATION"),
    ("KTM", "Katiba Tarik Mansour", "ORGANIZATION"),
    ("FLT", "Front de libération du Tazira", "ORGANIZATION"),
    ("Kel Tadrart", "Kel Tadrart", "COMMUNITY"),
    ("Idnanes", "Idnane", "COMMUNITY"),
    ("Tombouctou", "Timbuktu", "LOCATION"),
    ("north of Niger", "northern Niger", "LOCATION"),
    ("Ansar Eddine", "Ansar ad-Din", "ORGANIZATION"),  # a sun-letter article, joined or not
    ("JNTM", "Jama'at Nusrat al-Tawhid wal-Muslimin", "ORGANIZATION"),
    ("Katibat al-Fursan", "al-Fursan", "ORGANIZATION"),
    ("Nusrah Front", "Nusra Front", "ORGANIZATION"),  # a spelling the lexicon does not list, folded
    ("Tazirian armed forces", "Tazirian army", "ORGANIZATION"),  # an army's head nouns (Tazira: not a country)
    ("Nigerien Armed Forces", "Nigerien troops", "ORGANIZATION"),
    ("Forces armées nigériennes", "Nigerien army", "ORGANIZATION"),
    ("Rwanda Defence Force", "Rwandan forces", "ORGANIZATION"),
    ("République du Niger", "Niger", "LOCATION"),
    ("Fédération de Russie", "Russia", "LOCATION"),
    ("Russie", "Russian Federation", "LOCATION"),
]

DIFFERENT = [
    ("Katiba Tarik", "Katiba Tarik in the Sahara", "ORGANIZATION"),  # a qualifier: a branch or successor
    ("Nigerien army", "Nigerien government", "ORGANIZATION"),
    ("Nigerien army", "Chadian army", "ORGANIZATION"),
    ("Islamic Front of Tazira", "National Front of Tazira", "ORGANIZATION"),
    ("Niger", "northern Niger", "LOCATION"),
    ("Niger", "Nigeria", "LOCATION"),
    ("Nigerien army", "Nigerien Air Force", "ORGANIZATION"),
    ("Nigerien army", "Nigerien security forces", "ORGANIZATION"),
    ("Ministry of Defence", "Ministry of Interior", "ORGANIZATION"),
]


@pytest.mark.parametrize(("a", "b", "t"), SAME)
def test_same_entity_names_match(a: str, b: str, t: str) -> None:
    assert compare_org_names(a, b, t).score >= 2.0


@pytest.mark.parametrize(("a", "b", "t"), DIFFERENT)
def test_different_entity_names_count_against(a: str, b: str, t: str) -> None:
    assert compare_org_names(a, b, t).score < 0


def test_parent_and_regional_branch_are_different() -> None:
    """Regression: 'Al-Qaeda' must never match its branch 'Al-Qaeda in the Islamic Maghreb'."""
    assert compare_org_names("Al-Qaeda", "Al-Qaeda in the Islamic Maghreb").kind == "qualifier"
    assert compare_org_names("AQIM", "Al-Qaeda in the Islamic Maghreb").kind == "acronym"


def test_different_acronyms_are_not_evidence_against() -> None:
    assert compare_org_names("KTM", "FLT").score == 0.0


def test_a_name_built_on_an_acronym_is_not_its_long_form() -> None:
    """'KTM-Sahel' is a branch named after KTM: its words' initials (K, S) spell no acronym."""
    assert compare_org_names("KS", "KTM-Sahel").score == 0.0
    assert compare_org_names("KS", "Katiba Sahel").kind == "acronym"
    # a long form written all in capitals is still one
    assert compare_org_names("FLT", "FRONT DE LIBERATION DU TAZIRA").kind == "acronym"


def test_two_spellings_near_one_listed_place_are_not_that_place() -> None:
    """A spelling no source lists is read as the nearest listed place; two such names match only if
    they are close spellings of each other (Barawe and Bajaur were both read as 'Beira')."""
    assert compare_org_names("Barawe", "Aleppo", "LOCATION").score <= 0
    assert compare_org_names("Barawe", "Bajaur", "LOCATION").score <= 0
    assert compare_org_names("Azwad", "Azawad", "LOCATION").kind == "gazetteer"


def test_names_of_generic_words_meet_in_blocking_whatever_their_order() -> None:
    """'armée nigérienne' and 'Nigerien army' (no telling word: the bag is the key) share a key."""
    from reportgraph.resolve.orgs import org_keys

    assert org_keys("armée nigérienne", "ORGANIZATION") & org_keys("Nigerien army", "ORGANIZATION")
    assert org_keys("Forces armées nigériennes", "ORGANIZATION") & org_keys("Nigerien troops", "ORGANIZATION")


@pytest.mark.parametrize(("a", "b"), [
    ("US Sahel Command", "United States Sahel Command"),  # "US" in capitals is the country
    ("U.S. Department of Fisheries", "US Fisheries Department"),
])
def test_a_two_letter_country_in_capitals_is_the_country(a: str, b: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind == "exact" and m.score >= 2.5


def test_a_two_letter_word_is_a_country_only_when_listed() -> None:
    # AU (African Union) is no short form of a country; folded, it read as "EAU" (the Emirates)
    assert all(t.kind != "country" for t in parse_org("AU Sahel Mission").terms)


@pytest.mark.parametrize(("a", "b"), [
    ("U.S. Department of Fisheries", "Department of Fisheries"),
    ("High Islamic Council of Mali", "High Islamic Council"),
    ("Malian Defence and Security Forces", "Defence and Security Forces"),
])
def test_an_institution_named_with_and_without_its_country_matches(a: str, b: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind == "full" and m.score > 2.0


@pytest.mark.parametrize(("a", "b"), [
    ("Jund al-Tazira of Mali", "Jund al-Tazira"),  # an armed group's country makes a branch
    ("Islamic Front of Mali", "Islamic Front"),
])
def test_a_group_named_with_a_country_is_a_branch(a: str, b: str) -> None:
    assert compare_org_names(a, b).kind == "qualifier"


def test_a_people_named_in_i_matches_its_plural() -> None:
    assert compare_org_names("Tazawi", "Tazawis", "COMMUNITY").score >= 2.5


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("U.N. Monitoring Council", "UN Monitoring Council", "exact"),  # a dotted acronym is one word
    ("U.N. Monitoring Council", "Monitoring Council", "full"),      # two letters qualify nothing
    ("U.K. Border Commission", "UK Border Commission", "exact"),    # and a country stays a country
    ("Conseil de sécurité", "U.N. Security Council", "full"),       # in another language too
])
def test_a_dotted_acronym_inside_a_name_reads_as_its_undotted_word(a: str, b: str, kind: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind == kind and m.score >= 2.5


def test_a_dotted_acronym_keeps_its_letters_as_initials() -> None:
    from reportgraph.resolve.orgs import org_keys

    assert [t.form for t in parse_org("U.N. Monitoring Council").terms][0] == "un"
    assert "a:UNMC" in org_keys("U.N. Monitoring Council", "ORGANIZATION")


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("Operation Sandstone", "Sandstone", "full"),               # the head noun names no other operation
    ("Operation Sandstone", "Opération Sandstone", "exact"),
    ("Operation Sandstone", "Operation Harmattan", "conflict"),  # two operations' own names differ
])
def test_operation_is_the_head_noun_of_an_operation_s_name(a: str, b: str, kind: str) -> None:
    m = compare_org_names(a, b)
    assert m.kind == kind and (m.score > 2.0 if kind != "conflict" else m.score < 0)
