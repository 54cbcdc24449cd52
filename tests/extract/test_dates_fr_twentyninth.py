"""French date expressions read since the twenty-ninth round (issue #11, frdate35): "au lendemain de X", a
weekday with a day and no month, a day with no month, "hier", "ces derniers mois", hours counted; on
hand-written phrases and dispatches with invented actors and places."""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates

from .markers import NEEDS_FRENCH


def _dates(text: str) -> dict[str, str | None]:
    return {te.text.strip(): te.edtf for te in find_dates(text, language="fr")}


def _expr(text: str, phrase: str):
    return next(te for te in find_dates(text, language="fr") if te.text.strip().lower() == phrase.lower())


_DATELINE = "KOLO (Niger), 9 août 2022 (Agence Sahel Info) - "


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a weekday and a day without a month, on or before the dispatch's date
        (_DATELINE + "Le poste a été attaqué dimanche 7 par des hommes armés.", "dimanche 7", "2022-08-07"),
        # ... in the month before where the day falls on that weekday there
        (_DATELINE + "Le poste a été attaqué samedi 30 par des hommes armés.", "samedi 30", "2022-07-30"),
        # the dispatch's deictic days, weeks and months
        (_DATELINE + "Hier, trois soldats ont été tués.", "Hier", "2022-08-08"),
        (_DATELINE + "Avant-hier, trois soldats ont été tués.", "Avant-hier", "2022-08-07"),
        (_DATELINE + "Le mois dernier, trois soldats ont été tués.", "Le mois dernier", "2022-07"),
        (_DATELINE + "Ce week-end, trois soldats ont été tués.", "Ce week-end", "2022-08-06/2022-08-07"),
        (_DATELINE + "Les attaques se sont multipliées ces derniers mois.", "ces derniers mois", "2022-05/2022-08"),
        (_DATELINE + "L'armée achève ces jours-ci son retrait.", "ces jours-ci", "2022-08-02/2022-08-09"),
        # a day of the running month, the month left unsaid
        ("Le 4 mai 2020, le poste a été attaqué. Le 6, l'armée a riposté.", "Le 6", "2020-05-06"),
        ("Le 4 mai 2020, le poste a été attaqué. Le 9 au soir, l'armée a riposté.", "Le 9", "2020-05-09"),
        # the day after, two days after, the same day; hours counted in days
        ("Le 4 mai 2020, le poste a été attaqué. Le surlendemain, l'armée a riposté.", "Le surlendemain",
         "2020-05-06"),
        ("Le 4 mai 2020, le poste a été attaqué. Le jour même, l'armée a riposté.", "Le jour même", "2020-05-04"),
        ("Le 4 mai 2020, le poste a été attaqué. Quarante-huit heures plus tard, l'armée a riposté.",
         "Quarante-huit heures plus tard", "2020-05-06"),
        ("Le 4 mai 2020, le poste a été attaqué. Au lendemain de l'attaque, l'armée a riposté.", "Au lendemain",
         "2020-05-05"),
        # weekdays inside a night's two days
        ("Le 14 décembre 2020, X. Dans la nuit du vendredi 11 au samedi 12 décembre, des hommes armés ont attaqué.",
         "nuit du vendredi 11 au samedi 12 décembre", "2020-12-11/2020-12-12"),
    ],
)
def test_a_french_date_expression_is_read(text, phrase, expected):
    assert _dates(text).get(phrase) == expected


def test_the_day_after_an_event_named_dates_that_event():
    """ "a annoncé dimanche la dissolution ..., au lendemain du massacre": the massacre is the day before
    Sunday, and the phrase is no running date."""
    text = (_DATELINE + "Le gouvernement a annoncé dimanche la dissolution de la milice, au lendemain du massacre "
            "de trente villageois à Tanko.")
    te = _expr(text, "au lendemain")
    assert te.edtf == "2022-08-06" and te.inner and not te.anchors


def test_a_day_number_that_is_no_date_is_left():
    """ "le 3e bataillon", "mardi 14h", "le 12 juin": no day of the running month."""
    found = _dates("Le 4 mai 2020, X a été tué. Le 3e bataillon est arrivé mardi 14h, reparti jeudi 9 heures. "
                   "Le 12 juin, Y.")
    assert "Le 3" not in found and "mardi 14" not in found and "jeudi 9" not in found
    assert found.get("12 juin") == "2020-06-12"


@pytest.mark.model
@NEEDS_FRENCH
def test_an_event_of_the_day_after_takes_the_day_before_the_telling(run_fr):
    """The dissolution is Sunday's; the massacre the phrase introduces is Saturday's."""
    found = run_fr(
        "MOPTI (Mali), 25 mars 2019 (Agence Sahel Info) - Le gouvernement malien a annoncé dimanche soir la "
        "dissolution de l'association de chasseurs Tanko Dogon, au lendemain du massacre de quelque 160 "
        "villageois peuls à Kerena, dans le cercle de Bankass."
    ).extraction.events
    killings = [ev for ev in found if ev.type == "KILLING"]
    assert killings and all(ev.date == "2019-03-23" for ev in killings)


@pytest.mark.model
@NEEDS_FRENCH
def test_a_claim_takes_the_day_of_a_deed_told_in_a_flashback(run_fr):
    """ "Mardi, ... a revendiqué l'enlèvement": the deed was told in the pluperfect paragraph before, in the
    night of the 11th to the 12th; the claim's Tuesday is not its day."""
    found = run_fr(
        "TANKO (Nigeria), 18 décembre 2020 (Agence Sahel Info) - Plus de cent élèves ont été libérés jeudi soir, "
        "a annoncé le gouverneur.\n\n"
        "Dans la nuit du vendredi 11 au samedi 12 décembre, des dizaines d'hommes armés avaient pris d'assaut le "
        "collège de Tanko avant d'emmener les élèves dans la forêt voisine.\n\n"
        "Mardi, le chef du Front du Kebbi, Musa Dangana, a revendiqué l'enlèvement dans un bref message audio."
    ).extraction.events
    abductions = [ev for ev in found if ev.type == "ABDUCTION" and ev.trigger == "enlèvement"]
    assert abductions and all(ev.date == "2020-12-11/2020-12-12" for ev in abductions)


def test_a_planned_weekday_is_the_next_one_and_no_running_date():
    """ "était attendu mardi" in a dispatch of Sunday 13 March 2016: Tuesday 15 March, which dates no later
    sentence; a plain "Lundi" stays the Monday before."""
    text = ("TANKO, 13 mars 2016 (Agence Sahel Info) - Le ministre était attendu mardi à Tanko. Le sommet reporte "
            "jeudi prochain. Lundi, trois soldats ont été tués.")
    found = find_dates(text, language="fr")
    planned = [te for te in found if te.text in ("mardi", "jeudi prochain")]
    assert [te.edtf for te in planned] == ["2016-03-15", "2016-03-17"]
    assert not any(te.anchors for te in planned)
    assert _dates(text).get("Lundi") == "2016-03-07"
