"""Entity boundaries read on the corpus train split's errors (issue #10, twenty-ninth round, branch ent35), on
hand-written sentences with invented actors: a full name with its military rank is also a name of the person
("Brigadier General X Y"), the rank's words kept whole ("Maj. Gen.", "Lance Corporal", "Lieutenant-Colonel")
and an office's general left out ("Secretary-General X"); a rank that its abbreviation's full stop cut from
the name after it is no part of the service before it ("U.S. Army Maj." / "Gen. X Y"); and a press
release's contact office ("X Public Affairs", "Office of the Spokesperson") is page furniture, its body the
name."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name, titled",
    [
        ("Brigadier General Ramil Tanbayo, commander of the 1105th Brigade, said the troops held the ridge.",
         "Ramil Tanbayo", "Brigadier General Ramil Tanbayo"),
        ("Colonel Nabil Qasim Shamran led the exchange at the crossing on Tuesday.",
         "Nabil Qasim Shamran", "Colonel Nabil Qasim Shamran"),
        ("Lance Corporal Brodie Gallan was killed in the rocket attack on the camp.",
         "Brodie Gallan", "Lance Corporal Brodie Gallan"),
        ("Lieutenant-Colonel Ahmed Baba Mousa said two drones were shot down over the base.",
         "Ahmed Baba Mousa", "Lieutenant-Colonel Ahmed Baba Mousa"),
    ],
)
def test_a_full_name_with_its_military_rank_is_a_name_of_the_person(run, text, name, titled):
    found = run(text)
    assert found.type_of(name) == "PERSON"
    assert found.same(name, titled)
    person = found.by_name(name)
    assert person is not None and {text[m.start:m.end] for m in person.mentions} == {name}


def test_a_rank_cut_by_its_full_stop_is_no_part_of_the_service_before_it(run):
    found = run("U.S. Army Maj. Gen. Daniel Whitmare said the raid killed two militants near the river.")
    assert found.type_of("U.S. Army") == "ORGANIZATION"
    assert "U.S. Army Maj" not in found.names()
    assert found.same("Daniel Whitmare", "Maj. Gen. Daniel Whitmare")


def test_an_offices_general_or_a_president_gives_no_titled_name(run):
    found = run("UN Secretary-General Antonio Gutierro and Under Secretary General Vladimir Varonkin met "
                "President Mohamed Bazoul in the capital.")
    names = found.names()
    assert {"Antonio Gutierro", "Vladimir Varonkin", "Mohamed Bazoul"} <= names
    assert not {"General Antonio Gutierro", "General Vladimir Varonkin", "President Mohamed Bazoul"} & names


def test_a_contact_office_is_page_furniture_its_body_the_name(run):
    found = run("U.S. Africa Command conducted an airstrike against al-Shabaab near Jilib on 3 May.\n"
                "For additional information, contact U.S. Africa Command Public Affairs at media@example.mil.\n"
                "Contact: Pentagon Press Operations, (703) 555-0100\n"
                "Office of the Spokesperson\n")
    names = found.names()
    assert found.type_of("U.S. Africa Command") == "ORGANIZATION"
    assert not {"U.S. Africa Command Public Affairs", "Pentagon Press Operations", "Office of the Spokesperson"} & names


def test_a_press_wing_named_as_such_stays_a_name(run):
    found = run("According to the Inter-Services Public Relations (ISPR), the media wing of the armed forces, "
                "troops ended the siege on Wednesday.")
    assert "Inter-Services Public Relations" in found.names()



@pytest.mark.parametrize(
    "text, title",
    [
        ("TAMESNA DIARY — a blog about the far north\nPosted 3 March 2024\n\n"
         "Gold miners in the Tamesna clashed with soldiers near Kouri Tanaga.", "TAMESNA DIARY"),
        ("COURT WATCH — NIGER\nThe assize court of Zinder sentenced three men on Monday.", "COURT WATCH"),
        ("THE WAGADOU SIGNAL · a newsletter on the armed groups of the border\n\n"
         "Fighters moved from the Wagadou Forest to the islands.", "THE WAGADOU SIGNAL"),
    ],
)
def test_a_publications_title_in_capitals_at_the_top_is_page_furniture(run, text, title):
    found = run(text)
    assert not {title, title.removeprefix("THE ")} & found.names()


def test_a_publications_title_the_body_names_stays_a_name(run):
    found = run("SULU PEACE MONITOR — field notes\nThe Sulu Peace Monitor counted 40 returnees in Basilan.")
    assert "Sulu Peace Monitor" in found.names()
