"""French dates, forty-second round: forms read wrong on the French train split, in invented text.

"peu avant le début de 2018" (the last weeks of 2017), "au début de l'année suivante" (the next year's start, not the
running one's), "l'hiver suivant" after a year alone (that year's winter), "au milieu des années 1990" (about 1995),
"au début de l'année" in a dispatch (its dateline's year, not a background year told since) and "la veille de
l'embuscade" (the day before the ambush the dispatch dated, not before the last date told).
"""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates


def _found(text: str) -> dict[str, str | None]:
    return {d.text: d.edtf for d in find_dates(text, language="fr")}


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("Peu avant le début de 2018, il fonde une katiba.", "Peu avant le début de 2018", "2017-12~"),
        ("Un peu avant le début de 2011, l'émir lui confie une unité.", "Un peu avant le début de 2011", "2010-12~"),
        ("Il rejoint les camps peu avant le début de l'année 2005.", "peu avant le début de l'année 2005", "2004-12~"),
        ("Peu après le début de 2016, il rentre au pays.", "Peu après le début de 2016", "2016-01~"),
    ],
)
def test_shortly_before_the_start_of_a_year_is_its_last_month(text: str, phrase: str, value: str) -> None:
    assert _found(text).get(phrase) == value


@pytest.mark.parametrize(
    "opening, phrase, value",
    [
        ("Au début de l'année suivante", "début de l'année suivante", "2017-01/2017-04"),
        ("À la fin de l'année suivante", "À la fin de l'année suivante", "2017-09/2017-12"),
        ("Au début de l'année", "début de l'année", "2016-01/2016-04"),  # (the running year, as before)
    ],
)
def test_a_part_of_the_following_year(opening: str, phrase: str, value: str) -> None:
    found = _found(f"En 2016, le groupe Kel Tamar est fondé à Agou. {opening}, il attaque le poste de Tessa.")
    assert found.get(phrase) == value, found


@pytest.mark.parametrize(
    "before, season, value",
    [
        ("En 2019, Baro a épousé la fille d'un chef de canton.", "L'hiver suivant", "2019-12/2020-02"),
        ("Quand le groupe naît en 2015, Baro en est.", "À l'automne suivant", "2015-09/2015-11"),
        # (after a month, the first such season to start after it, as before)
        ("En octobre 2019, Baro a épousé la fille d'un chef.", "Le printemps suivant", "2020-03/2020-05"),
    ],
)
def test_the_following_season_after_a_year_alone_is_that_years(before: str, season: str, value: str) -> None:
    found = _found(f"{before} {season}, il prend la tête du markaz de Dalla.")
    assert found.get(season) == value, found


def test_the_middle_of_a_decade_is_about_its_fifth_year() -> None:
    found = _found("Le Front de Kodo naît au milieu des années 1990 dans l'ouest du pays.")
    assert found.get("au milieu des années 1990") == "1995~", found
    found = _found("Le Front de Kodo naît au début des années 2000.")
    assert found.get("au début des années 2000") == "2000/2003", found  # (unchanged)


def test_the_start_of_the_year_in_a_dispatch_is_the_datelines_year() -> None:
    text = ("TALLA, 8 novembre 2023 (AFP) - Neuf soldats ont été tués lundi dans une embuscade près de Talla.\n\n"
            "Le chef de l'unité, Ousmane Kebe, a rejoint le groupe vers 2017. Il aurait été nommé au début de "
            "l'année, après la mort de son prédécesseur.")
    assert _found(text).get("début de l'année") == "2023-01/2023-04"


def test_the_end_of_the_year_keeps_the_year_its_own_sentence_told() -> None:
    text = ("TALLA, 8 mars 2024 (AFP) - Le procès s'est ouvert lundi.\n\n"
            "L'ambassadeur a quitté Talla fin septembre 2023, et les derniers soldats sont partis avant la fin de "
            "l'année.")
    assert _found(text).get("la fin de l'année") == "2023-09/2023-12"


def test_the_day_before_an_event_dated_before_is_the_day_before_it() -> None:
    text = ("TALLA, 8 novembre 2023 (AFP) - Neuf soldats ont été tués lundi dans une embuscade près de Talla, a "
            "annoncé mardi le ministère.\n\n"
            "Le groupe Kel Tamar a revendiqué mercredi l'embuscade.\n\n"
            "Un chef du groupe est apparu vers 2017.\n\n"
            "La veille de l'embuscade, un de ses adjoints s'était rendu à Agou, avant d'être relâché le lendemain.")
    found = _found(text)
    # the ambush was on Monday 6 November (not Wednesday, the day it was claimed, nor the dateline's day)
    assert found.get("La veille de l'embuscade") == "2023-11-05", found
    assert found.get("le lendemain") == "2023-11-06", found  # (the narrative moved to the day read)


def test_the_day_before_an_event_claimed_after_its_name() -> None:
    text = ("TALLA, 17 mars 2025 (AFP) - Quatre gendarmes ont été tués samedi lors de l'attaque de la brigade de "
            "Yempa.\n\n"
            "Le groupe Kel Tamar, qui a revendiqué l'attaque dimanche, affirme avoir tué quinze gendarmes.\n\n"
            "L'avant-veille de l'attaque, la gendarmerie avait arrêté un commerçant à Agou.")
    assert _found(text).get("L'avant-veille de l'attaque") == "2025-03-13"


def test_the_day_before_an_event_never_dated_is_the_day_before_the_running_date() -> None:
    text = "TALLA, 17 mars 2025 (AFP) - Le 12 mars, l'armée a lancé une opération. La veille de la reddition, il a fui."
    assert _found(text).get("La veille") == "2025-03-11"
