"""French event dates read since the thirty-second round (issue #11, frdate38): "cette nuit-là" and its
kin (the time told last, as precisely as it was told), a pluperfect relative clause describing someone ("qui
avait rallié le groupe en 2011": background, no running date), and a dispatch's news that comes back after
background at the deed's day, not at a claim's; on hand-written phrases and dispatches with invented actors
and places."""

from __future__ import annotations

import pytest

from reportgraph.extract.dates import find_dates

from .markers import NEEDS_FRENCH


def _dates(text: str) -> dict[str, str | None]:
    return {te.text.strip(): te.edtf for te in find_dates(text, language="fr")}


_DATELINE = "TAWA (Niger), 12 mars 2021 (Agence Sahel Info) - "


@NEEDS_FRENCH
@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the time told last, at the precision it was told: a month
        (_DATELINE + "Le tribunal a condamné mardi un cadre du front pour l'attaque de Dakoro, en octobre 2020. "
         "Cette nuit-là, une trentaine d'hommes armés avaient attaqué le village.", "Cette nuit-là", "2020-10"),
        (_DATELINE + "Le tribunal a condamné mardi un cadre du front pour l'attaque de Dakoro, en octobre 2020. "
         "Ce jour-là, le front avait pillé le marché.", "Ce jour-là", "2020-10"),
        # a day
        ("Le 4 mai 2020, le front a attaqué le poste de Dakoro. Ce soir-là, l'armée a riposté.", "Ce soir-là",
         "2020-05-04"),
        ("Le 4 mai 2020, le front a attaqué le poste de Dakoro. Cet après-midi-là, l'armée a riposté.",
         "Cet après-midi-là", "2020-05-04"),
        ("Le 4 mai 2020, le front a attaqué le poste de Dakoro. Ce matin-là, les gendarmes étaient absents.",
         "Ce matin-là", "2020-05-04"),
        ("Le 4 mai 2020, le front a attaqué le poste de Dakoro. Cette journée-là, dix soldats ont été tués.",
         "Cette journée-là", "2020-05-04"),
        # a year
        ("En 2015, le front a attaqué Dakoro. Ce jour-là, dix soldats ont été tués.", "Ce jour-là", "2015"),
        # guards: "ce soir" is still the dispatch's evening, "le même jour" still needs a day told
        (_DATELINE + "Le 20 février, le front a attaqué Dakoro. Ce soir, l'armée a riposté.", "Ce soir",
         "2021-03-12"),
        ("Le 4 mai 2020, le front a attaqué le poste. Le même jour, l'armée a riposté.", "Le même jour",
         "2020-05-04"),
    ],
)
def test_that_night_is_the_time_told_last(text: str, phrase: str, expected: str) -> None:
    assert _dates(text).get(phrase) == expected


_BULLETIN = (
    "BILAN OPÉRATIONNEL\n\n"
    "Bilan des opérations de l'armée durant la période du 8 au 14 mars 2023.\n\n"
    "- Un détachement de l'armée a neutralisé le terroriste dénommé Issa Ould Baddi, dit « Abou Sahl », qui "
    "avait rallié les groupes terroristes en 2011.\n"
    "- Le terroriste dénommé Hamma Ag Teli, dit « Sallah », s'est rendu aux autorités militaires à Tarouk.\n"
)


@pytest.fixture(scope="module")
def dated_fr(fr):
    """The timeline's date of the first token of a word in a French text, as the extraction dates a trigger."""
    from reportgraph.extract.language import extraction_language
    from reportgraph.extract.timeline import Timeline

    def _run(text: str, word: str) -> str | None:
        with extraction_language("fr"):
            doc = fr.parse(text)
            tok = next(t for t in doc if t.text == word)
            return Timeline(doc).date_for(tok)

    return _run


@pytest.mark.model
@NEEDS_FRENCH
def test_a_pluperfect_clause_describing_someone_dates_no_later_deed(dated_fr) -> None:
    """ "X, dit « Y », qui avait rallié les groupes terroristes en 2011": the year is the man's past, told in
    passing; neither the neutralisation of its sentence nor the next item's surrender is 2011, both are the
    bulletin's week."""
    assert dated_fr(_BULLETIN, "neutralisé") == "2023-03-08/2023-03-14"
    assert dated_fr(_BULLETIN, "rendu") == "2023-03-08/2023-03-14"
    # (the clause's own verb keeps its year)
    assert dated_fr(_BULLETIN, "rallié") == "2011"


@pytest.mark.model
@NEEDS_FRENCH
def test_a_pluperfect_clause_on_an_event_noun_still_dates_it(events_fr) -> None:
    """Guard: "l'attaque de Dakoro, qui avait fait dix morts le 3 mars 2020" describes the attack itself; its
    day dates the attack."""
    found = events_fr(
        "NIAMEY, 12 mars 2021 (AFP) - Le Front de libération du Kouroumari (FLK) a revendiqué l'attaque de "
        "Dakoro, qui avait fait dix morts le 3 mars 2020."
    )
    attacks = [ev for ev in found if ev.type == "ATTACK"]
    assert attacks and all(ev.date == "2020-03-03" for ev in attacks)


@pytest.mark.model
@NEEDS_FRENCH
def test_the_news_after_background_comes_back_at_the_deeds_day(events_fr) -> None:
    """A dispatch that dated its deed Saturday, a telling Monday and a claim Sunday, then described the
    claimant ("un groupe apparu fin 2022") and someone's past: its next deed is Saturday's, not the claim's."""
    found = events_fr(
        "TAWA (Niger), 19 février 2024 (Agence Sahel Info) - Au moins douze gendarmes ont été tués samedi lors de "
        "l'attaque de leur poste de Kourfa, a-t-on appris lundi de sources sécuritaires.\n\n"
        "L'assaut a été revendiqué dimanche soir par le Front de libération du Kouroumari (FLK), un groupe apparu "
        "fin 2022.\n\n"
        "Parmi les victimes figure le chef de poste, Moussa Kandé, qui avait survécu à une embuscade en août 2023. "
        "Les assaillants du FLK ont également enlevé huit femmes venues puiser de l'eau au forage du village."
    )
    abductions = [ev for ev in found if ev.type == "ABDUCTION"]
    assert abductions and all(ev.date == "2024-02-17" for ev in abductions)
