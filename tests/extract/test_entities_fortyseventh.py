"""Forty-seventh round (branch ent47), on hand-written text with invented names: a common noun that a heading,
a contents line, a fact box's label, a list item's label or a sentence's start capitalises alone ("Decline",
"Split with X", "Parent organisation:", "Update (3 January):", "Gunmen ambushed ...", "Share this post") is no
name (``lexicons/non_names.txt``), while the names around it stay; so are a kind of body, a currency, an app, a
vehicle maker and a rocket written with a capital ("an NGO", "CFA francs", "on WhatsApp", "a Toyota", "Katyusha
rockets")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

ARTICLE = """Kalbar Front (invented)

Contents: 1 Formation · 2 Exile and the Dorbo raid · 3 Split with Kiemde · 4 Decline · References
Parent organisation: Tessou Guard

Formation
The Kalbar Front was founded in Dorbo in 2019 by Adama Kiemde.

Split with Kiemde
- Update (3 January): Kiemde's men left the Front's camp near Garoua.
- Update (9 February): fighters of the Front clashed with the Tessou Guard outside Garoua.

Decline
Gunmen ambushed a convoy near Dorbo on Monday. Verdict: a court in Garoua sentenced Ali Doumbe in May.

Share this post | Subscribe
"""


@pytest.mark.parametrize("word", ["Split", "Decline", "Parent", "Update", "Gunmen", "Verdict", "Share"])
def test_capitalised_common_nouns_alone_are_no_names(run, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word not in run(ARTICLE).names()


def test_names_beside_heading_words_stay(run) -> None:  # type: ignore[no-untyped-def]
    found = run(ARTICLE)
    assert {"Adama Kiemde", "Ali Doumbe", "Garoua", "Dorbo"} <= found.names()
    assert found.type_of("Tessou Guard") == "ORGANIZATION"
    assert found.same("Kalbar Front", "Front")


@pytest.mark.parametrize("word", ["NGO", "CFA", "WhatsApp", "Katyusha", "Toyota"])
def test_capitalised_things_are_no_names(run, word: str) -> None:  # type: ignore[no-untyped-def]
    found = run("Two workers of an NGO were kidnapped near Dorbo in March. The Kalbar Front asked for 50 million CFA "
                "francs on WhatsApp, then fired Katyusha rockets at the Garoua camp from a Toyota pick-up.")
    assert word not in found.names()
    assert {"Dorbo", "Kalbar Front"} <= found.names()
