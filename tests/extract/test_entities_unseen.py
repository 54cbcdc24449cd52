"""Entity behaviours checked on invented paragraphs and sentences (no dev or held-out actor appears).

``data/fresh_reports.json`` holds short analytic paragraphs with hand-written gold entities
(annotated by GOLD_FORMAT.md's conventions); the parametrized tests below pin each rule that
those paragraphs needed, with other invented names.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

DATA = json.loads((Path(__file__).parent / "data" / "fresh_reports.json").read_text(encoding="utf-8"))
CASES = [
    pytest.param(
        doc["id"],
        e,
        id=f"{doc['id']}:{e['id']}",
        marks=[pytest.mark.xfail(reason=e["known_miss"], strict=True)] if "known_miss" in e else [],
    )
    for doc in DATA["docs"]
    for e in doc["entities"]
]
TEXTS = {doc["id"]: doc["text"] for doc in DATA["docs"]}


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().strip()
    return s[4:] if s.startswith("the ") else s


@pytest.fixture(scope="module")
def extracted(run):  # type: ignore[no-untyped-def]
    cache = {}

    def get(doc_id: str):  # type: ignore[no-untyped-def]
        if doc_id not in cache:
            cache[doc_id] = run(TEXTS[doc_id]).extraction
        return cache[doc_id]

    return get


@pytest.mark.parametrize("doc_id, gold", CASES)
def test_invented_paragraph_entities(extracted, doc_id, gold):
    names = {_norm(n) for n in gold["names"]}
    hits = [e for e in extracted(doc_id).entities if names & {_norm(n) for n in e.names()}]
    assert hits, f"no entity holds {gold['names']}"
    assert any(e.type == gold["type"] for e in hits), [(e.type, e.names()) for e in hits]
    best = next(e for e in hits if e.type == gold["type"])
    assert names <= {_norm(n) for n in best.names()}, best.names()


@pytest.mark.parametrize("doc_id", list(TEXTS))
def test_invented_paragraphs_have_no_spurious_or_merged_entities(extracted, doc_id):
    gold = [{_norm(n) for n in e["names"]} for doc in DATA["docs"] if doc["id"] == doc_id for e in doc["entities"]]
    known = {_norm(n) for doc in DATA["docs"] if doc["id"] == doc_id for n in doc.get("known_spurious", [])}
    for e in extracted(doc_id).entities:
        names = {_norm(n) for n in e.names()}
        if names <= known:
            continue  # a listed, still unsolved error
        owners = [g for g in gold if g & names]
        assert len(owners) == 1, (e.type, e.names())


@pytest.mark.parametrize(
    "text, name",
    [
        ("In 2019 the Katiba of the Dunes moved north.", "Katiba of the Dunes"),
        ("The Brigade of the Two Rivers split from its parent.", "Brigade of the Two Rivers"),
        ("Fighters of the Battalion of the Martyrs of Tessit fled.", "Battalion of the Martyrs of Tessit"),
    ],
)
def test_unit_noun_opening_a_name_keeps_its_of_phrase(run, text, name):
    found = run(text)
    assert found.type_of(name) == "ORGANIZATION"


def test_unit_noun_closing_a_name_is_still_cut_before_its_parent(run):
    found = run("The Sahara Emirate of the Tessit Front attacked Inabagret.")
    assert found.type_of("Sahara Emirate") == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, region",
    [
        ("The herders fled to southern Tamesna in May.", "southern Tamesna"),
        ("Bandits raided villages in northern Zamfara.", "northern Zamfara"),
        ("The katiba controls eastern Gourma and the Ndaki forest.", "eastern Gourma"),
    ],
)
def test_compass_region_of_a_place_the_gazetteer_lacks(run, text, region):
    assert run(text).type_of(region) == "LOCATION"


@pytest.mark.parametrize("text", ["The tourists were seized in southern Algeria.", "They reached eastern Chad."])
def test_compass_word_before_a_country_names_the_country(run, text):
    found = run(text)
    assert not any(n.split()[0] in ("southern", "eastern") for e in found.extraction.entities for n in e.names())


@pytest.mark.parametrize(
    "text, formal, short",
    [
        ("She fled to the Republic of Chad. Chad refused to extradite her.", "Republic of Chad", "Chad"),
        ("The Islamic Republic of Mauritania and Mauritania's army", "Islamic Republic of Mauritania", "Mauritania"),
        ("Envoys of the Kingdom of Morocco met in Rabat; Morocco denied it.", "Kingdom of Morocco", "Morocco"),
    ],
)
def test_formal_state_name_is_the_country(run, text, formal, short):
    found = run(text)
    assert found.type_of(formal) == "LOCATION"
    assert found.same(formal, short)


@pytest.mark.parametrize(
    "text, org",
    [
        ("Operation Barkhane withdrew from Menaka.", "Operation Barkhane"),
        ("Burkinabe forces pursued the fighters.", "Burkinabe forces"),
        ("Members of the Koglweogo militias were arrested.", "Koglweogo"),
        ("Dan Fodio Wakili, a splinter of the Tessit Front, grew.", "Dan Fodio Wakili"),
        ("Boko Shiriya, a sect founded in 2009, pledged allegiance.", "Boko Shiriya"),
    ],
)
def test_organisation_shapes_and_contexts(run, text, org):
    assert run(text).type_of(org) == "ORGANIZATION"


def test_demonym_forces_and_army_are_one_institution(run):
    found = run("Nigerien forces entered Ayorou. The Nigerien army denied it.")
    assert found.same("Nigerien forces", "Nigerien army")


def test_its_leader_makes_the_name_before_it_a_group(run):
    found = run("Yan Sakai Dogo emerged in the Zurmi area. Its leader, Musa Danladi, is a trader.")
    assert found.type_of("Yan Sakai Dogo") == "ORGANIZATION"
    assert found.type_of("Musa Danladi") == "PERSON"


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Members of the Shidle caste joined the group.", "Shidle", "COMMUNITY"),
        ("The Buduma fishermen paid taxes to the group.", "Buduma", "COMMUNITY"),
        ("Bello Turji's men raided the market.", "Bello Turji", "PERSON"),
        ("The raid was ordered by Malam Sani Kawu in 2015.", "Malam Sani Kawu", "PERSON"),
        ("Alhaji Musa Dankoli paid the ransom.", "Alhaji Musa Dankoli", "PERSON"),
    ],
)
def test_communities_and_persons_by_context(run, text, name, etype):
    assert run(text).type_of(name) == etype


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Souleymane Ould Mahfoud led the katiba. Ould Mahfoud was wounded. His brother Hamma Ould "
            "Mahfoud ran the logistics. Ould Mahfoud was arrested in 2021.",
            ("Souleymane Ould Mahfoud", "Hamma Ould Mahfoud"),
        ),
        (
            "Ahmed ag Wanasnat and his cousin Bilal ag Wanasnat met in Kidal. Ag Wanasnat left first.",
            ("Ahmed ag Wanasnat", "Bilal ag Wanasnat"),
        ),
    ],
)
def test_two_full_names_sharing_a_short_form_stay_two_people(run, text, names):
    found = run(text)
    a, b = (found.by_name(n) for n in names)
    assert a is not None and b is not None and a is not b


def test_shared_short_form_joins_the_first_full_name(run):
    # (the eighteenth round: the report's own bearer keeps the shared surname after a relative is
    # named, as the corpus gold reads it; it joined the most recent full name before)
    found = run(
        "Souleymane Ould Mahfoud led the katiba. His brother Hamma Ould Mahfoud ran the logistics. "
        "Ould Mahfoud was arrested in 2021."
    )
    assert found.same("Souleymane Ould Mahfoud", "Ould Mahfoud")
    assert not found.same("Hamma Ould Mahfoud", "Ould Mahfoud")


@pytest.mark.parametrize(
    "text, full, alias",
    [
        (
            "Colonel Alghabass ag Intalla led the brigade. Alghabass, nicknamed 'the Fox of Adrar', fled.",
            "Alghabass ag Intalla",
            "the Fox of Adrar",
        ),
        (
            "Sheikh Mahad Abdi Roble spoke. Roble (real name Ali Dheere Nuur) was once a preacher.",
            "Mahad Abdi Roble",
            "Ali Dheere Nuur",
        ),
    ],
)
def test_short_form_right_before_an_alias_cue_is_its_bearer(run, text, full, alias):
    assert run(text).same(full, alias)


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Harakat Nasr al-Wadi in the Tessit region attacked a convoy.", "Harakat Nasr al-Wadi", "ORGANIZATION"),
        ("Harakat Nasr al-Wadi in the Tessit region attacked a convoy.", "Tessit", "LOCATION"),
        ("Hamadi Djibo Kane, a Fulani preacher from Boulkessi, fled.", "Hamadi Djibo Kane", "PERSON"),
        ("Gide fought Ansaru, and his rival Turji stayed in Shinkafi.", "Turji", "PERSON"),
        ("The Tessit Front lost men, and its ally Dogo Wakili retreated.", "Dogo Wakili", "ORGANIZATION"),
        ("He belongs to the Habar Ilmo sub-clan of the Hawiye.", "Habar Ilmo", "COMMUNITY"),
        ("Mariam wallet Alhassane financed the movement.", "Mariam wallet Alhassane", "PERSON"),
        ("Hirsi's militia took Dhusamareb in May.", "Dhusamareb", "LOCATION"),
        ("Governor Kabiru Sani spoke for the Zamfara State government.", "Zamfara State government", "ORGANIZATION"),
    ],
)
def test_third_batch_rules(run, text, name, etype):
    assert run(text).type_of(name) == etype


def test_translation_in_parentheses_is_one_name(run):
    found = run("Jama'at Ansar al-Hudud (the Partisans of the Frontiers) was founded in 2018.")
    assert found.same("Jama'at Ansar al-Hudud", "Partisans of the Frontiers")


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Fatouma mint Sidi Mohamed ran the network.", "Fatouma mint Sidi Mohamed", "PERSON"),
        ("Aicha bint Omar Tessit fled to Gao.", "Aicha bint Omar Tessit", "PERSON"),
        ("Guardians of the Jubba, a clan militia, holds the ford.", "Guardians of the Jubba", "ORGANIZATION"),
        ("Defenders of the Dunes attacked Inabagret.", "Defenders of the Dunes", "ORGANIZATION"),
        ("She spied in Lerneb for Ansar al-Tessit until 2019.", "Ansar al-Tessit", "ORGANIZATION"),
        ("She spied in Lerneb for Ansar al-Tessit until 2019.", "Lerneb", "LOCATION"),
        ("The militia recruits among the Ogaden and the Marehan.", "Marehan", "COMMUNITY"),
    ],
)
def test_fourth_batch_rules(run, text, name, etype):
    assert run(text).type_of(name) == etype


@pytest.mark.parametrize(
    "text, name, etype",
    [
        ("Kanemi split from Jama'tu Ahlis Tessit in 2022.", "Jama'tu Ahlis Tessit", "ORGANIZATION"),
        ("He set up his camp on the Tumbun islands.", "Tumbun islands", "LOCATION"),
        ("Koglweogo units fought the katiba.", "Koglweogo", "ORGANIZATION"),
    ],
)
def test_fifth_batch_rules(run, text, name, etype):
    assert run(text).type_of(name) == etype


@pytest.mark.parametrize(
    "text, name, etype",
    [
        (
            "Kanemi set up a camp. His followers, known locally as the Tumbunawa, raid Mobbar.",
            "Tumbunawa",
            "ORGANIZATION",
        ),
        ("The preacher, known to all as the Teacher, fled to Gao.", "Teacher", "PERSON"),
    ],
)
def test_generic_bearer_before_known_as_the(run, text, name, etype):
    assert run(text).type_of(name) == etype


@pytest.mark.parametrize(
    "text, whole, tribe, people",
    [
        ("Kachalla Bunu Tijani was arrested in Kano.", "Kachalla Bunu Tijani", None, None),
        ("He married a Tagant Berber from the coast.", None, "Tagant", "Berber"),
        ("Tagant Berber herders fled south.", None, "Tagant", "Berber"),
    ],
)
def test_community_word_closing_a_name(run, text, whole, tribe, people):
    """A community's name at the end of a capitalised chunk is a tribe and its people only where the
    chunk is spoken of as a people (an article before it, a noun after); otherwise it is a surname."""
    found = run(text)
    if whole:
        assert found.type_of(whole) == "PERSON"
    else:
        assert found.type_of(tribe) == "COMMUNITY" and found.type_of(people) == "COMMUNITY"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Chadian authorities detained the two men in Bol.", "Chadian authorities"),
        ("Nigerien special forces raided the camp.", "Nigerien special forces"),
        ("The Kenyan federal police charged him.", "Kenyan federal police"),
        ("Libyan government forces retook the oasis.", "Libyan government forces"),
    ],
)
def test_an_institution_named_by_its_nationality(run, text, name):
    """GOLD_FORMAT: institution names that contain a demonym are organisation names."""
    assert run(text).type_of(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Troops of the army's 25 Brigade entered Damasak.", "25 Brigade"),
        ("The 3rd Mechanised Battalion withdrew from the town.", "3rd Mechanised Battalion"),
    ],
)
def test_a_numbered_formation_is_an_organisation(run, text, unit):
    assert run(text).type_of(unit) == "ORGANIZATION"


def test_numbered_lower_case_units_are_no_names(run):
    found = run("He served with 3 brigades in 2019 and later with the 12th battalion in Gao.")
    names = [n.lower() for e in found.extraction.entities for n in e.names()]
    assert not [n for n in names if "brigade" in n or "battalion" in n]


@pytest.mark.parametrize("text, town", [("MAIDUGURI, May 4 (Reuters) - Troops repelled an attack.", "MAIDUGURI"),
                                        ("NIAMEY — The junta closed the airport on Sunday.", "NIAMEY")])
def test_a_town_in_capitals_is_a_place_not_an_acronym(run, text, town):
    assert run(text).type_of(town) == "LOCATION"


def test_a_name_before_a_role_noun_is_the_group(run):
    found = run("Musa Kaigama, the Yan Gora commander who ran the ferry, was arrested in Bol.")
    assert found.type_of("Yan Gora") == "ORGANIZATION"
    assert found.type_of("Musa Kaigama") == "PERSON"


def test_a_group_named_with_the_area_it_is_in(run):
    found = run("Soldiers of al-Tawba in the Arabian Peninsula fled; Ansar al-Wadi in the Tasreft "
                "plateau denied it.")
    assert found.type_of("al-Tawba in the Arabian Peninsula") == "ORGANIZATION"
    assert found.type_of("Tasreft") == "LOCATION"
