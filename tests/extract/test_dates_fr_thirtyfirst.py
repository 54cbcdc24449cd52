"""French date expressions read since the thirty-first round (issue #11, frdate37): "un an plus tard" and
"il y a un an" (the singular unit), "l'an passé", a month or season told "dernier", "la semaine suivante",
"en début/fin d'année", a night's two days with no month, a day written with dots, quarters, "une dizaine
de jours", "il y a" from the dispatch's date, "ce matin", "la nuit dernière", "courant février", "le mois
précédent", "en janvier et février 2020", "dans les jours suivants"; on
hand-written phrases and dispatches with invented actors and places."""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates

from .markers import NEEDS_FRENCH


def _dates(text: str) -> dict[str, str | None]:
    return {te.text.strip(): te.edtf for te in find_dates(text, language="fr")}


_DATELINE = "TAWA (Niger), 12 mars 2021 (Agence Sahel Info) - "


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # one year counted, forward and back (the unit in the singular)
        ("En 2015, le front est fondé. Un an plus tard, il attaque Dakoro.", "Un an plus tard", "2016"),
        ("En 2015, le front est fondé. Il attaque Dakoro un an après.", "un an après", "2016"),
        (_DATELINE + "Le poste a été attaqué. Il y a un an, le front s'était emparé du village.", "Il y a un an",
         "2020"),
        ("En 2015, le front est fondé. Un an auparavant, son chef avait quitté le mouvement.", "Un an auparavant",
         "2014"),
        # an hour counted: the same day
        ("Le 4 mai 2020, le poste a été attaqué. Une heure plus tard, l'armée a riposté.", "Une heure plus tard",
         "2020-05-04"),
        # the year before, said "passé"
        (_DATELINE + "Trois soldats ont été tués. L'an passé, le front avait attaqué le même poste.", "L'an passé",
         "2020"),
        (_DATELINE + "Trois soldats ont été tués. L'année passée, le front avait attaqué le poste.",
         "L'année passée", "2020"),
        # a month told "dernier": the last such month before the dispatch's date
        (_DATELINE + "Le front, qui avait attaqué le poste en décembre dernier, a revendiqué l'enlèvement.",
         "en décembre dernier", "2020-12"),
        (_DATELINE + "Le front, qui avait attaqué le poste en février dernier, a revendiqué l'enlèvement.",
         "en février dernier", "2021-02"),
        (_DATELINE + "Le front, qui avait attaqué le poste le 20 novembre dernier, a revendiqué l'enlèvement.",
         "20 novembre dernier", "2020-11-20"),
        (_DATELINE + "Le front, qui avait attaqué le poste le 3 mars dernier, a revendiqué l'enlèvement.",
         "3 mars dernier", "2021-03-03"),
        # (no full date told yet: the running year's month, as "en décembre")
        ("En 2019, le front est fondé. En décembre dernier, il a attaqué Dakoro.", "En décembre dernier", "2019-12"),
        ("En mai 2020, le front est fondé. En décembre dernier, il a attaqué Dakoro.", "En décembre dernier",
         "2019-12"),
        # a season told "dernier": the last such season over before the dispatch's month
        (_DATELINE + "Le front, qui avait pris le village l'été dernier, a revendiqué l'attaque.", "l'été dernier",
         "2020-06/2020-08"),
        (_DATELINE + "Le front, qui avait pris le village l'hiver dernier, a revendiqué l'attaque.",
         "l'hiver dernier", "2020-12/2021-02"),
        # (told in January, the winter not over is not the last one)
        ("TAWA (Niger), 12 janvier 2021 - Le front, qui avait pris le village l'hiver dernier, a revendiqué "
         "l'attaque.", "l'hiver dernier", "2019-12/2020-02"),
        # the week after the running day
        ("Le 4 mai 2020, le poste a été attaqué. La semaine suivante, l'armée a riposté.", "La semaine suivante",
         "2020-05-11/2020-05-17"),
        # a part of the running year, or of a year stated after "d'année"
        (_DATELINE + "Trois soldats ont été tués. En fin d'année, le front avait attaqué Dakoro.",
         "En fin d'année", "2021-09/2021-12"),
        ("Le front attaque Dakoro en début d'année 2019.", "début d'année 2019", "2019-01/2019-04"),
        # a night's two days with the month left unsaid: the running month's
        ("Le 4 mai 2020, le poste a été attaqué. Dans la nuit du 15 au 16, l'armée a riposté.", "nuit du 15 au 16",
         "2020-05-15/2020-05-16"),
        # a day written with dots, day first
        ("Le 14.09.2021, le poste a été attaqué.", "14.09.2021", "2021-09-14"),
        # a quarter
        ("Au troisième trimestre 2020, le front a attaqué Dakoro.", "troisième trimestre 2020", "2020-07/2020-09"),
        # a round number of days, said as about so many: the month it lands in
        ("Le 4 mai 2020, le poste a été attaqué. Une dizaine de jours plus tard, l'armée a riposté.",
         "Une dizaine de jours plus tard", "2020-05"),
        # "il y a" counts back from the dispatch's date, not from the last date told
        (_DATELINE + "Le poste, attaqué le 2 mars, avait déjà été visé il y a une dizaine de jours.",
         "il y a une dizaine de jours", "2021-03"),
        (_DATELINE + "Le poste a été attaqué le 20 février. Le camp voisin a été visé il y a dix jours.",
         "il y a dix jours", "2021-03-02"),
        # the dispatch's own day and night
        (_DATELINE + "Ce matin, trois soldats ont été tués.", "Ce matin", "2021-03-12"),
        (_DATELINE + "La nuit dernière, trois soldats ont été tués.", "La nuit dernière", "2021-03-11"),
        # a month "courant", the month before the running one, two months of a year said after the second
        (_DATELINE + "Trois soldats ont été tués. Courant février, le front avait attaqué Dakoro.",
         "Courant février", "2021-02"),
        ("Le 4 mai 2020, le poste a été attaqué. Le mois précédent, le front avait pris Dakoro.",
         "Le mois précédent", "2020-04"),
        (_DATELINE + "Le front a attaqué Dakoro en janvier et février 2020.", "en janvier et février 2020",
         "2020-01/2020-02"),
        # the days after the running day
        ("Le 4 mai 2020, le poste a été attaqué. Dans les jours suivants, l'armée a riposté.",
         "Dans les jours suivants", "2020-05"),
    ],
)
@NEEDS_FRENCH
def test_read(text: str, phrase: str, expected: str) -> None:
    found = _dates(text)
    got = {k.lower(): v for k, v in found.items()}
    assert got.get(phrase.lower()) == expected, found


@NEEDS_FRENCH
def test_a_span_of_days_is_no_night_read_in_the_running_month() -> None:
    # "du 3 au 10" is no night: the month alone cannot tell the span, so no day range comes of it
    found = _dates("Le 4 mai 2020, le poste a été attaqué. Dans la nuit du 3 au 10, rien ne s'est passé.")
    assert not any(v and v.startswith("2020-05-03/") for v in found.values()), found


@NEEDS_FRENCH
def test_a_past_participle_is_no_season() -> None:
    # "a été dernier" is "être" with "dernier", no summer
    found = _dates(_DATELINE + "Le front a été dernier à signer l'accord.")
    assert not any("été" in k for k in found), found


@NEEDS_FRENCH
def test_dots_need_the_same_separator() -> None:
    # "14/09.2021" mixes the separators: no day
    assert "2021-09-14" not in _dates("Le 14/09.2021, le poste a été attaqué.").values()
