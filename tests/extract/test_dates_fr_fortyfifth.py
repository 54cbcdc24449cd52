"""French dates, forty-fifth round (frdate45, issue #11): forms dated wrong on the French train split, in invented text.

Days counted on ("Trois jours plus tard") from the last day the story told, not from a background month or year told
after it (nor from the report's own date, which a chronology's months follow); a day told after a verb of telling
("a indiqué mardi") moves no narrative within its sentence; ", issu en 2023 d'une scission" is a thing's own year; a
French court's verdict ("a condamné jeudi dernier", "Jugement du 19 juillet 2018") dates the sentences that follow; a
noun's own year in the time phrase opening a sentence ("Lors de la scission de 2016,") moves the narrative there.
"""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates

from .conftest import events_of
from .markers import NEEDS_FRENCH


def _found(text: str) -> dict[str, str | None]:
    return {d.text: d.edtf for d in find_dates(text, language="fr")}


_NIGHT = ("KOLBO (Tchad), 14 février 2023 - Neuf pêcheurs ont été tués dans la nuit du 11 au 12 février sur l'île de "
          "Wara. Selon un élu, les assaillants avaient menacé les pêcheurs fin janvier.\n\n")


@pytest.mark.parametrize(
    "after, phrase, value",
    [
        ("Trois jours plus tard, l'armée a ratissé les îlots voisins.", "Trois jours plus tard",
         "2023-02-14/2023-02-15"),
        ("Deux jours plus tôt, un pêcheur avait disparu.", "Deux jours plus tôt", "2023-02-09"),
    ],
)
def test_days_count_from_the_last_day_told_not_a_background_month(after: str, phrase: str, value: str) -> None:
    assert _found(_NIGHT + after).get(phrase) == value


def test_days_count_from_a_night_not_a_background_year_told_after_it() -> None:
    found = _found("GENÈVE, le 14 novembre 2024 - Dans la nuit du 2 au 3 novembre 2024, des hommes armés ont attaqué "
                   "le camp de Sali. Ce groupe, issu en 2023 d'une scission, resterait lié à l'armée.\n\n"
                   "Trois jours plus tard, l'armée a arrêté sept suspects.")
    assert found.get("Trois jours plus tard") == "2024-11-05/2024-11-06", found


def test_a_chronologys_months_are_not_counted_from_the_reports_date() -> None:
    found = _found("BAMAKO, 10 octobre 2024 - Chronologie du groupe.\n\n- Mars 2023 : le Front de Talo attaque Kolbo.\n"
                   "- Deux jours plus tard, le Front de Talo enlève deux guides.")
    assert found.get("Deux jours plus tard") == "2023-03", found


def test_a_day_told_after_a_verb_of_telling_moves_no_narrative() -> None:
    found = _found("NIAMEY, 16 novembre 2021 (AFP) - Onze miliciens ont été tués dimanche à Tondia, a indiqué mardi le "
                   "gouvernement dans un communiqué.\n\nSelon des habitants, les assaillants venaient venger "
                   "l'exécution, la veille, d'un berger.")
    assert found.get("mardi") == "2021-11-16"
    assert found.get("la veille") == "2021-11-13", found


def test_a_groups_origin_in_an_aside_is_its_own_year() -> None:
    found = {d.text: d for d in find_dates("Le Front de Talo, issu en 2023 d'une scission, attaque Kolbo.",
                                           language="fr")}
    assert found["2023"].edtf == "2023" and not found["2023"].anchors


def _dates_of(found, etype: str) -> list[str | None]:
    return [ev.date for ev in found.extraction.events if ev.type == etype]


@pytest.mark.model
@NEEDS_FRENCH
def test_a_sentencing_with_no_date_of_its_own_takes_the_verdicts_day(run_fr):
    """ "a condamné jeudi dernier ... Son adjoint a écopé de la même peine": the court's day, not a background year."""
    found = run_fr("NIAMEY, 18 mars 2025 - Le tribunal antiterroriste de Niamey a condamné jeudi dernier à la "
                   "réclusion à perpétuité Ali Kabo, fondateur du Front de Talo, qu'il a quitté en 2021 pour créer "
                   "son propre mouvement. Son adjoint, Issa Kombari, a été condamné à dix ans de prison.")
    assert events_of(found, "SENTENCING"), found.extraction.events
    assert set(_dates_of(found, "SENTENCING")) == {"2025-03-13"}, _dates_of(found, "SENTENCING")


@pytest.mark.model
@NEEDS_FRENCH
def test_a_relative_clauses_day_is_no_verdict(run_fr):
    """The parser hangs "le 22 mars 2016" of "les attentats qui avaient fait 32 morts" on the verdict's verb."""
    found = run_fr("BRUXELLES, 15 septembre 2023 - La cour d'assises a condamné vendredi Ali Kabo à la réclusion à "
                   "perpétuité pour son rôle dans les attentats qui avaient fait 32 morts à Kolbo le 22 mars 2016. "
                   "Issa Kombari a lui aussi été condamné à la perpétuité.")
    assert "2016-03-22" not in _dates_of(found, "SENTENCING"), _dates_of(found, "SENTENCING")


def test_a_telling_right_after_the_dateline_is_the_day_its_speech_counts_from() -> None:
    """ "N'DJAMENA, 25 mars 2020 - Le président a annoncé mardi soir que 92 soldats avaient été tués la veille": no
    deed told before the telling in its sentence, so "la veille" is the day before it."""
    found = _found("Titre\n\nN'DJAMENA, 25 mars 2020 (AFP) - Le président a annoncé mardi soir que 92 soldats avaient "
                   "été tués la veille dans une attaque contre une base.")
    assert found.get("la veille") == "2020-03-23", found


@pytest.mark.parametrize(
    "opening, value",
    [
        ("Lors de la scission de 2016, il suit les partisans de Kabo.", "2017"),
        ("Au moment de la fusion de 2016, il suit les partisans de Kabo.", "2017"),
    ],
)
def test_a_nouns_year_opening_its_sentence_moves_the_narrative(opening: str, value: str) -> None:
    found = _found(f"Issa Kombari rejoint le Front de Talo vers 2014. {opening} Il est nommé l'année suivante à la "
                   "tête du secteur de Wara.")
    assert found.get("l'année suivante") == value, found


def test_a_nouns_year_in_passing_stays_background() -> None:
    """ "Il a signé l'accord de paix de 2015": the agreement's year, told in passing, as before."""
    found = {d.text: d for d in find_dates("En 2013, il rejoint le Front de Talo. Il a signé l'accord de paix de 2015. "
                                           "L'année suivante, il part.", language="fr")}
    assert not found["2015"].anchors
    assert found["L'année suivante"].edtf == "2014"
