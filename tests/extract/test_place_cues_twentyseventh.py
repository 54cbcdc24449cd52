"""Names of two words typed by the place cues before them (placecue33, #11 and #10): "originaire de X",
"vers X", "installé à X" are written before places, never before persons (a bare "à" and "selon" are).
Hand-written sentences, invented places and actors."""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, place",
    [("Le chef de la bande, un pêcheur originaire de Mallam Dikwa, a été arrêté mardi par les gendarmes.",
      "Mallam Dikwa"),
     ("Les éleveurs ont fui vers Sidi Kerbou après l'incursion des miliciens.", "Sidi Kerbou"),
     ("Les combattants sont installés à Issa Bagrou depuis l'an dernier.", "Issa Bagrou"),
     # a noun after the name ("jeudi") is no phrase the name modifies, in French
     ("Les soldats ont été attaqués près de Hamid Tanout jeudi ; trois ont été blessés.", "Hamid Tanout")],
)
def test_a_two_word_name_after_a_french_place_cue_is_a_place(run_fr, text, place):
    assert run_fr(text).type_of(place) == "LOCATION"


@pytest.mark.parametrize(
    "text, person",
    [("Le gouverneur a adressé une lettre à Moussa Tindi, qui dirige la milice depuis 2020.", "Moussa Tindi"),
     ("Selon Hamadou Kalla, le chef de la katiba, les otages sont en vie.", "Hamadou Kalla")],
)
def test_a_bare_a_or_selon_types_no_place(run_fr, text, person):
    assert run_fr(text).type_of(person) == "PERSON"


# English (placecue33, #10): "at X", a verb of going or being placed ("fled to X"); not "aimed at X"
@pytest.mark.parametrize(
    "text, place",
    [("Militants overran the army base at Abu Garba in March, killing six soldiers.", "Abu Garba"),
     ("The fighters fled to Sidi Kerbou after the raid.", "Sidi Kerbou")],
)
def test_a_two_word_name_after_an_english_place_cue_is_a_place(run, text, place):
    assert run(text).type_of(place) == "LOCATION"


def test_aimed_at_types_no_place(run):
    assert run("The convoy was aimed at Moussa Tindi, the militia leader.").type_of("Moussa Tindi") == "PERSON"
