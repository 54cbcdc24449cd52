"""A group's formal name (issue #10, twenty-fourth round), on hand-written sentences with invented
groups and places: a formal or official name given beside the name in use ("X, whose formal name is
Y"; "Y (Z), the formal name of what most people call X") is another name of the same group."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Kanuri Ansar, whose formal name is Jama'at Ansar al-Kanuri Lil Jihad (JAKJ), attacked Dikwa in May.",
         "Kanuri Ansar", "Jama'at Ansar al-Kanuri Lil Jihad"),
        ("The Zamfara Front, whose official name is the Movement for the Defence of Zamfara, raided Gusau.",
         "Zamfara Front", "Movement for the Defence of Zamfara"),
        ("Fighters loyal to Jama'at Ansar al-Kanuri Lil Jihad (JAKJ), the formal name of what most people "
         "call Kanuri Ansar, attacked Dikwa.", "Kanuri Ansar", "JAKJ"),
        ("Fighters loyal to Jama'at Ansar al-Kanuri Lil Jihad, the official name of Kanuri Ansar, attacked Dikwa.",
         "Kanuri Ansar", "Jama'at Ansar al-Kanuri Lil Jihad"),
    ],
)
def test_a_formal_name_beside_the_name_in_use_is_one_group(run, text, a, b):
    assert run(text).same(a, b)


def test_two_groups_in_a_sentence_without_the_cue_stay_apart(run):
    found = run("Kanuri Ansar, whose fighters left in May, fought the Movement for the Defence of Zamfara.")
    assert not found.same("Kanuri Ansar", "Movement for the Defence of Zamfara")
