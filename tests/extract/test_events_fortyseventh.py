"""Events read in the forty-seventh round (branch ev47): a group that "appeared" at a time and place came into
being (a founding, the group its patient), not one that appeared in a medium or before a body (invented actors).

The rule reads the learned trigger model's "appeared" (no rule trigger is added), so the end-to-end check runs the
default extractor; the reading of the clause itself is checked on the parse alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from reportgraph.extract import get_extractor
from reportgraph.extract.events import _came_into_view
from reportgraph.extract.paragraphs import parse
from reportgraph.model import SourceDocument

pytestmark = pytest.mark.model


def _appear(nlp: Language, text: str) -> bool:
    doc = parse(nlp, text)
    return _came_into_view(next(t for t in doc if t.lemma_.lower() == "appear"))


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour appeared in late 2011 as a splinter of the Front for Gourma Renewal.",
        "The Katiba Nour first appeared in the border areas of Tessit around 2018.",
    ],
)
def test_a_group_that_appeared_came_into_view(nlp: Language, text: str) -> None:
    assert _appear(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Katiba Nour appeared in a video in May 2020.",
        "The Katiba Nour appears to be weaker than in 2020.",
        "The Katiba Nour appeared before the court in Niamey in 2022.",
        "The Katiba Nour appeared on the list in 2021.",
    ],
)
def test_an_appearance_is_no_coming_into_being(nlp: Language, text: str) -> None:
    assert not _appear(nlp, text)


def test_default_extraction_founds_a_group_that_appeared() -> None:
    text = ("Report on the Sahel, 3 March 2024.\n\nThe Red Dune Front appeared in late 2011 as a splinter of the Blue "
            "Hills Army. The Sand Brigade appeared in a video in May 2020.")
    found = get_extractor("default").extract(SourceDocument(id="t", source="t.txt", title="t", text=text))
    names = {e.key: e.name for e in found.entities}
    foundings = [(ev.trigger, ev.date, {(names.get(p.entity), p.role) for p in ev.participants})
                 for ev in found.events if ev.type == "FOUNDING"]
    assert foundings == [("appeared", "2011-09/2011-12", {("Red Dune Front", "patient")})]
