"""Forty-eighth round (frdate48, issue #11): French event dates read from the acts' own words (invented text).

- a claim of responsibility as the deed's trigger ("L'attaque a été revendiquée mardi", "a revendiqué mercredi
  l'embuscade") looks back at the deed's day told before it, as an English "claimed" does
  (``Timeline._claimed_before``);
- a chain of acts, each with its own date ("arrêté en avril 2025, puis extradé trois mois plus tard"): each
  participle takes the date of its own stretch (``timeline._chained_participle_date``).
"""

from __future__ import annotations

import pytest

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL

_GROUP = "Le Front de Talo (FDT) est actif au Niger. "


def _dates(found, etype: str) -> list[str | None]:
    return [ev.date for ev in found.extraction.events if ev.type == etype]


@pytest.mark.parametrize(("told", "extradited"), [
    ("Son fondateur, Issa Kombari, est arrêté au Ghana en avril 2025, puis extradé vers le Niger trois mois plus "
     "tard.", "2025-07"),
    ("Selon les autorités, Issa Kombari, chef du FDT, a été arrêté à Wamba par l'armée nigérienne le 19 novembre "
     "2027 et extradé vers le Mali le 2 février 2028.", "2028-02-02"),
])
def test_each_act_of_a_chain_takes_its_own_date(run_fr, told, extradited):
    found = run_fr(_GROUP + told)
    assert extradited in _dates(found, "TRANSFER"), _dates(found, "TRANSFER")
    assert extradited not in _dates(found, "ARREST"), _dates(found, "ARREST")


def test_acts_of_one_night_keep_the_night(run_fr):
    """ "tués et enlevés dans la nuit du 3 au 4": one date for both, no chain of dated stretches."""
    found = run_fr("KOLBA (Niger), 6 octobre 2031 (Agence) - Dix villageois ont été tués et six autres enlevés "
                   "dans la nuit du 3 au 4 octobre à Wamba par le Front de Talo.")
    assert "2031-10-03/2031-10-04" in _dates(found, "ABDUCTION"), _dates(found, "ABDUCTION")


def test_a_telling_day_after_a_chained_participle_is_not_its_date(run_fr):
    """ "libérés mercredi et remis aux autorités ..., a annoncé jeudi le gouverneur": Thursday is the telling's."""
    found = run_fr("MAROUA (Cameroun), 30 décembre 2032 (Agence) - Onze habitants du village de Wamba, enlevés à la "
                   "mi-novembre par le Front de Talo, ont été libérés mercredi et remis aux autorités camerounaises à "
                   "Kolbo, a annoncé jeudi le gouverneur.")
    assert "2032-12-30" not in _dates(found, "TRANSFER"), _dates(found, "TRANSFER")


@pytest.fixture(scope="module")
def dated_fr(fr):
    """The timeline's date of a word of a French text, as the extraction dates a trigger."""
    from reportgraph.extract.language import extraction_language
    from reportgraph.extract.timeline import Timeline

    def _run(text: str, word: str) -> str | None:
        with extraction_language("fr"):
            doc = fr.parse(text)
            tok = next(t for t in doc if t.text == word)
            return Timeline(doc).date_for(tok)

    return _run


@pytest.mark.parametrize(("text", "word"), [
    ("KOLBA (Niger), 9 novembre 2031 (Agence) - Douze soldats nigériens ont été tués lundi dans une embuscade près "
     "de Wamba. Le Front de Talo a revendiqué mercredi l'embuscade via son agence.", "revendiqué"),
    ("KOLBA (Niger), 9 novembre 2031 (Agence) - Douze soldats nigériens ont été tués lundi dans une embuscade près "
     "de Wamba. L'embuscade a été revendiquée mercredi par le Front de Talo.", "revendiquée"),
])
def test_a_claim_as_trigger_looks_back_at_the_deed(dated_fr, text, word):
    assert dated_fr(text, word) == "2031-11-03"  # (Monday; the claim is Wednesday 5 November)


def test_a_claim_with_no_deed_told_before_keeps_its_day(dated_fr):
    text = ("KOLBA (Niger), 9 novembre 2031 (Agence) - Le Front de Talo a revendiqué mercredi une embuscade près de "
            "Wamba.")
    assert dated_fr(text, "revendiqué") == "2031-11-05"
