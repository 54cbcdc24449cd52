"""French entity boundaries (frent28, #11): elision before a capital, a list's repeated article, a label
or a nationality noun before a name, a lawyer's title. Hand-written sentences, invented actors."""

from __future__ import annotations

import pytest

from reportgraph.extract.nlp import load_nlp

from .markers import FRENCH_MODEL

pytestmark = FRENCH_MODEL


@pytest.mark.parametrize(
    "text, word",
    [("Des tirs ont visé la police à N'Djoula lundi.", "N'Djoula"),
     ("N'DJOULA, 4 mars 2024 - Le tribunal a siégé.", "N'DJOULA"),
     ("Le président Bako N'Daro a parlé.", "N'Daro")],
)
def test_n_before_a_capital_is_no_elision(text, word):
    assert word in [t.text for t in load_nlp(language="fr")(text)]


def test_elided_ne_is_still_cut():
    words = [t.text for t in load_nlp(language="fr")("Il n'a rien dit. N'importe qui le sait.")]
    assert "n'" in words and "N'" in words and "importe" in words


def test_a_town_after_n_apostrophe_is_one_place(run_fr):
    found = run_fr("N'DJOULA, 4 mars 2024 (AFP) - Au moins douze personnes ont été tuées lundi à N'Djoula.")
    assert not {"DJOULA", "Djoula"} & found.names()


@pytest.mark.parametrize(
    "text, first, second",
    [("Depuis mars, Ansar Kalem et le FPLK imposent un blocus à Tindar.", "Ansar Kalem", "FPLK"),
     ("Il a reçu des délégations d'Ansar Kalem et du FPLK.", "Ansar Kalem", "FPLK"),
     ("Il agissait sur instruction des chefs d'Ansar Kalem et d'AQBT, selon l'accusation.", "Ansar Kalem", "AQBT")],
)
def test_an_acronym_after_et_and_its_article_is_a_name_of_its_own(run_fr, text, first, second):
    found = run_fr(text)
    assert first in found.names() and second in found.names()
    assert not found.same(first, second)


def test_a_unit_noun_after_et_opens_a_second_name(run_fr):
    found = run_fr("Les combattants de l'Etat islamique au Sahel et les groupes armés locaux se sont affrontés.")
    assert "Etat islamique au Sahel" in found.names()
    assert not any("groupes" in n for n in found.names())


def test_et_with_lower_case_words_stays_in_the_name(run_fr):
    found = run_fr("Le Groupe de soutien à l'islam et aux musulmans a revendiqué l'attaque de Tindar.")
    assert "Groupe de soutien à l'islam et aux musulmans" in found.names()


def test_a_label_before_an_organisation_is_no_part_of_its_name(run_fr):
    found = run_fr("Selon l'ONG Kiri Santé, six humanitaires ont été enlevés près de Tindar.")
    assert "Kiri Santé" in found.names()
    assert found.type_of("Kiri Santé") == "ORGANIZATION"
    assert not any(n.startswith("ONG") for n in found.names())


@pytest.mark.parametrize(
    "text, name",
    [("La katiba est dirigée par l'Algérien Mokhtar Zenafi depuis 2015.", "Mokhtar Zenafi"),
     ("La milice dirigée par le Béninois Karim Orou Teka a attaqué Tindar.", "Karim Orou Teka"),
     ("L'avocat de la défense, Me Ahmat Brahim Kolo, a annoncé son intention de faire appel.", "Ahmat Brahim Kolo"),
     ("S.E.M. Bako Daro a salué la libération des otages.", "Bako Daro")],
)
def test_a_nationality_noun_or_a_title_is_no_part_of_a_person_name(run_fr, text, name):
    found = run_fr(text)
    assert name in found.names()
    assert found.type_of(name) == "PERSON"
    assert not any(n.endswith(name) and n != name for n in found.names())


def test_et_right_after_a_head_noun_ends_the_name(run_fr):
    found = run_fr("Le Conseil a exprimé sa sympathie au Gouvernement et au peuple tindariens, ainsi qu'aux familles.")
    assert not any(n.startswith("Gouvernement et") for n in found.names())
