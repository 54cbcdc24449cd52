"""Twenty-seventh round (branch xdoc33): a former name is a rename, not an alias.

"X, formerly known as Y", "X, previously known as Y", "X, then called Y", "X, known until 2019 as Y":
the annotation makes each name stage of an organisation its own entity (linked by SUCCESSOR_OF), as
"later renamed" and French "alors connu sous le nom de" already were. Invented actors only.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Sahel Lions Front, formerly known as the Tessit Mujahideen Brigade, attacked a convoy near Ayorou.",
        "The Sahel Lions Front (SLF), previously known as the Tessit Mujahideen Brigade, attacked a convoy.",
        "Issouf joined the Sahel Lions Front (SLF), then called the Tessit Mujahideen Brigade, in 2018.",
        "The Sahel Lions Front (SLF), known until that year as the Tessit Mujahideen Brigade, attacked a convoy.",
    ],
)
def test_former_name_is_another_entity(run, text):
    found = run(text)
    assert found.by_name("Tessit Mujahideen Brigade") is not None
    assert not found.same("Sahel Lions Front", "Tessit Mujahideen Brigade")


def test_also_known_as_is_still_an_alias(run):
    found = run("The Sahel Lions Front, also known as the Tessit Mujahideen Brigade, attacked a convoy near Ayorou.")
    assert found.same("Sahel Lions Front", "Tessit Mujahideen Brigade")



def test_alias_after_a_place_is_not_given_to_a_name_further_back(run):
    # the name in apposition to the cue was read as a place: the alias is not the earlier agency's
    found = run("The Office of Sanctions Review (OSR) designated two firms that ship parts to Yemen, "
                "commonly known as the Sand Hawks, on behalf of Keruba.")
    assert not found.same("Office of Sanctions Review", "Sand Hawks")


def test_a_persons_name_after_his_place_of_origin_is_still_his(run):
    found = run('The cell was formed by Hamadou Kelly, a former herder from the Tillaberi region of Niger, '
                'known as "Abu Hafs al-Tillabiri".')
    assert found.same("Hamadou Kelly", "Abu Hafs al-Tillabiri")
