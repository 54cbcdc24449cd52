"""The date of a French deed told under its telling (forty-second round), on invented dispatches.

"L'armée a annoncé lundi avoir tué X lors d'une frappe menée dans la nuit de samedi à dimanche": the deed's night,
told in the trigger's phrase, not the announcement's Monday. "Dans une vidéo diffusée lundi, le groupe affirme avoir
tué ...": a day the claim was published on, after the deed the dispatch dated before.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract.language import extraction_language
from reportgraph.extract.nlp import load_nlp
from reportgraph.extract.paragraphs import parse
from reportgraph.extract.timeline import Timeline

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


def test_a_deeds_own_night_under_its_announcement_dates_it(events_fr):
    found = events_fr(
        "DALLA (Mali), 12 juin 2023 (AFP) - L'armée malienne a annoncé lundi avoir tué Moussa Kelo, chef de la "
        "katiba Kel Tamar, lors d'une frappe aérienne menée dans la nuit de samedi à dimanche près de Dalla."
    )
    killings = [ev for ev in found if ev.type == "KILLING"]
    assert killings and all(ev.date == "2023-06-10/2023-06-11" for ev in killings), [
        (ev.trigger, ev.date) for ev in killings]


def test_a_claim_published_later_dates_the_deed_told_before(events_fr):
    found = events_fr(
        "DALLA (Mali), 17 avril 2024 (AFP) - Cinq gardes forestiers ont été tués samedi dans une attaque contre "
        "leur poste près de Dalla, a indiqué mardi une source militaire.\n\n"
        "Dans une vidéo diffusée lundi, la katiba Kel Tamar affirme avoir tué « cinq agents du parc » et détenir "
        "un otage."
    )
    killings = [ev for ev in found if ev.type == "KILLING"]
    assert killings and all(ev.date == "2024-04-13" for ev in killings), [(ev.trigger, ev.date) for ev in found]


def test_a_day_told_after_the_deeds_verb_is_the_deeds(events_fr):
    found = events_fr(
        "DALLA (Mali), 6 mai 2024 (AFP) - Six réfugiés ont été tués vendredi dans le camp de Tassa.\n\n"
        "L'armée malienne a annoncé avoir arrêté dimanche deux suspects près de Dalla."
    )
    arrests = [ev for ev in found if ev.type == "ARREST"]
    assert arrests and all(ev.date == "2024-05-05" for ev in arrests), [(ev.trigger, ev.date) for ev in arrests]



@pytest.fixture(scope="module")
def nlp_fr() -> Language:
    return load_nlp(language="fr")


def date_of(nlp: Language, text: str, word: str) -> str | None:
    with extraction_language("fr"):
        doc = parse(nlp, text)
        tok = [t for t in doc if t.text == word][-1]
        return Timeline(doc).date_for(tok)


def test_the_day_a_recording_was_published_is_no_running_date(nlp_fr: Language) -> None:
    """ "a affirmé X dans un enregistrement audio diffusé dimanche": the day the recording came out is a telling's,
    and the next sentence's deed stays at the mid-May the lede told."""
    text = ("DALLA (Mali), 7 juin 2021 - Le chef du Front de Kelo, Moussa Daro, s'est donné la mort à la mi-mai près "
            "de Tassa, a affirmé le chef d'un groupe rival dans un enregistrement audio diffusé dimanche.\n\n"
            "Dans cet enregistrement, il explique que ses hommes ont encerclé Daro dans son repaire de Tassa.")
    assert date_of(nlp_fr, text, "encerclé") == "2021-05"
