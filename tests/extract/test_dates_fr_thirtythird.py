"""French event dates read since the thirty-third round (issue #11, frdate39): a participle sharing its verb's
auxiliary shares its date ("ont été tués et six autres enlevés dimanche, a-t-on appris mardi"), a relative
phrase restated at once by a stated date ("quelques jours plus tard, le 20 mars 2023"), and a toll told in a
relative clause the parser hangs on a place of the event noun's phrase ("l'attaque du camp de X, dans la région
de Y, qui a coûté la vie mardi à"); on dispatches written for the purpose, with invented actors and places."""

from __future__ import annotations

import pytest

from .markers import NEEDS_FRENCH
from .test_dates_fr_thirtysecond import dated_fr  # noqa: F401  (the fixture: a trigger dated by the timeline)

# Wednesday 10 March 2021: "dimanche" is the 7th, "mardi" the 9th
_DATELINE = "TAWA (Niger), 10 mars 2021 (Agence Sahel Info) - "


@pytest.mark.model
@NEEDS_FRENCH
def test_a_participle_sharing_the_auxiliary_shares_the_date(dated_fr) -> None:  # noqa: F811
    """ "Huit gendarmes ont été tués et trois autres blessés dimanche ..., a-t-on appris mardi": Sunday dates
    both participles; the telling's Tuesday (the dispatch's day before) dates neither."""
    text = (_DATELINE + "Huit gendarmes ont été tués et trois autres enlevés dimanche près du village de Kourfa, "
            "par des hommes armés venus du nord, a-t-on appris mardi auprès du préfet.")
    assert dated_fr(text, "tués") == "2021-03-07"
    assert dated_fr(text, "enlevés") == "2021-03-07"


@pytest.mark.model
@NEEDS_FRENCH
def test_a_verb_with_its_own_auxiliary_is_a_later_act(dated_fr) -> None:  # noqa: F811
    """Guard: "a été arrêté à Tawa et a été condamné le 4 mars": the second verb has its own auxiliary, a
    later act; its day does not date the arrest, which keeps the date told before."""
    text = (_DATELINE + "En janvier, le chef du front a été arrêté à Tawa et a été condamné le 4 mars par le "
            "tribunal de Niamey.")
    assert dated_fr(text, "arrêté") == "2021-01"


@pytest.mark.model
@NEEDS_FRENCH
def test_a_relative_phrase_restated_by_a_stated_date(dated_fr) -> None:  # noqa: F811
    """ "libéré quelques jours plus tard, le 20 mars 2023": the stated day, not a few days after the date
    told before (a flashback's 2021)."""
    text = ("NIAMEY, 25 mars 2023 (Agence Sahel Info) - Le journaliste avait été enlevé le 2 mars 2021 près de "
            "Tawa. Il a été libéré quelques jours plus tard, le 20 mars 2023, à Niamey.")
    assert dated_fr(text, "libéré") == "2023-03-20"


@pytest.mark.model
@NEEDS_FRENCH
def test_a_relative_phrase_alone_is_still_read(dated_fr) -> None:  # noqa: F811
    """Guard: with no stated date after it, "deux jours plus tard" is two days after the day told before."""
    text = ("NIAMEY, 25 mars 2023 (Agence Sahel Info) - Le journaliste a été enlevé le 2 mars 2023 près de "
            "Tawa. Il a été libéré deux jours plus tard, à Niamey.")
    assert dated_fr(text, "libéré") == "2023-03-04"


_CLAIM = "NIAMEY, jeudi 12/12/2019 (Agence Sahel Info) - "


@pytest.mark.model
@NEEDS_FRENCH
def test_a_toll_clause_on_a_place_dates_the_attack(dated_fr) -> None:  # noqa: F811
    """ "a revendiqué jeudi l'attaque du camp de Dakoro, dans la région de Tawa, qui a coûté la vie mardi à
    douze soldats": the toll's Tuesday is the attack's, not the claim's Thursday."""
    text = (_CLAIM + "Le Front de libération du Kouroumari a revendiqué jeudi, via son agence de propagande, "
            "l'attaque du camp militaire de Dakoro, dans la région de Tawa, qui a coûté la vie mardi à douze "
            "soldats nigériens.")
    assert dated_fr(text, "attaque") == "2019-12-10"
