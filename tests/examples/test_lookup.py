"""Forgiving lookup on the example corpus: misspellings an analyst types find the entity meant."""

from __future__ import annotations

import pytest

from reportgraph import KnowledgeBase
from reportgraph.errors import EntityNotFoundError
from reportgraph.query.lookup import find_entity, suggest

pytestmark = pytest.mark.model

# (what an analyst types, a name the example reports use for the entity meant)
MISSPELLINGS = [
    ("bel mokhtar", "Mokhtar Belmokhtar"),  # particle written apart, lower case
    ("Belmokhtr", "Mokhtar Belmokhtar"),  # a typo
    ("Mokhtar Bel Mokhtar", "Mokhtar Belmokhtar"),
    ("Iyad Ghaly", "Iyad Ag Ghaly"),  # particle left out
    ("iyad ag ghali", "Iyad Ag Ghaly"),  # transliteration variant
    ("Droukdal", "Abdelmalek Droukdel"),
    ("Abdelmalek Drukdel", "Abdelmalek Droukdel"),
    ("Ansar Eddine", "Ansar Dine"),
    ("Mourabitoun", "Al-Mourabitoun"),  # article left out
    ("al Mourabitun", "Al-Mourabitoun"),
    ("Adnan Abou Walid al Sahraoui", "Adnan Abu Walid al-Sahrawi"),  # French transliteration
    ("Amadu Kufa", "Amadou Koufa"),
    ("Hasan Hatab", "Hassan Hattab"),
    ("Menaka", "Ménaka"),  # accent left out
    ("Tin Sakane", "Tin-Sakane"),
    ("Jamaat Nusrat al Islam wal Muslimin", "JNIM"),  # long form without apostrophe or hyphens
    ("Souleymane Ould Mahfud", "Souleymane Ould Mahfoud"),
    ("Timbouctou", "Timbuktu"),
    ("Ayman al-Zawahri", "Ayman al-Zawahiri"),
    ("Abu Bakr al Bagdadi", "Abu Bakr al-Baghdadi"),
    ("Ghardaia", "Ghardaïa"),
    ("Amari Sayfi", "Amari Saifi"),
    ("Tamanraset", "Tamanrasset"),
]


@pytest.mark.parametrize(("typed", "meant"), MISSPELLINGS)
def test_a_misspelling_finds_the_entity_first(examples_kb: KnowledgeBase, typed: str, meant: str) -> None:
    want = find_entity(examples_kb.store, meant)
    assert find_entity(examples_kb.store, typed) == want
    assert suggest(examples_kb.store, typed)[0].id == want


def test_at_least_twenty_misspellings() -> None:
    assert len(MISSPELLINGS) >= 20


def test_no_match_suggests_the_closest(examples_kb: KnowledgeBase) -> None:
    with pytest.raises(EntityNotFoundError) as caught:
        find_entity(examples_kb.store, "Zzyzx Qwerty")
    assert "no entity named 'Zzyzx Qwerty'" in str(caught.value)
    # a name too far to be taken still gets its closest entities
    close = suggest(examples_kb.store, "Belmoktar Brigade")
    assert close and close[0].score < 1.0
