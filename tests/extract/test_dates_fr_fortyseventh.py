"""Forty-seventh round (frev47): a French "la veille" / "le lendemain" standing alone, after a background year or
season told since the story's last day, is read from that day (invented text)."""

from __future__ import annotations

from reportgraph.extract.dates import find_dates


def _values(text: str) -> dict[str, str | None]:
    return {te.text: te.edtf for te in find_dates(text, language="fr")}


def test_the_eve_after_a_background_year_counts_from_the_last_day() -> None:
    text = ("KARAVA, 9 mars 2031 (Agence) - Des hommes armés ont attaqué mercredi le village de Tobéla. "
            "Le groupe tient depuis l'an dernier un camp sur l'île. "
            "La veille, selon la même source, ses combattants avaient enlevé six pêcheurs.")
    assert _values(text)["La veille"] == "2031-03-04"  # (Wednesday 5 March)


def test_the_morrow_after_a_background_season_counts_from_the_last_day() -> None:
    text = ("Les assaillants ont frappé le poste de Morandi le 12 mai 2030. Leur chef avait rejoint le mouvement "
            "à l'automne 2027. Le lendemain, l'armée a ratissé la zone.")
    assert _values(text)["Le lendemain"] == "2030-05-13"


def test_the_eve_in_the_sentence_of_a_month_is_not_moved() -> None:
    # the month told in its own sentence: no day to count from there, as before
    text = ("BELAKA, 14 juin 2030 - Un enseignant, enlevé début avril par des hommes armés, a été libéré la veille.")
    assert _values(text)["la veille"] is None


def test_the_eve_after_a_day_is_unchanged() -> None:
    text = "Le camp a été attaqué le 4 février 2029. La veille, des éclaireurs avaient été vus."
    assert _values(text)["La veille"] == "2029-02-03"


def test_the_eve_of_a_release_told_by_its_participle() -> None:
    # "la veille de la libération" after "ont été libérés dimanche": the day before the release's day
    text = ("TARNA, 6 mai 2032 (Agence) - Deux enseignants ont été libérés dimanche près de Koubé. Ils avaient été "
            "enlevés le 2 février. Leur ravisseur avait rejoint le groupe à l'automne 2029.\n\n"
            "La veille de la libération, l'armée avait arrêté deux intermédiaires.")
    assert _values(text)["La veille de la libération"] == "2032-05-01"  # (Sunday 2 May)
