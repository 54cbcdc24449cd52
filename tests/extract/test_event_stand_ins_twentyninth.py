"""Stand-ins that gave an event to the wrong side (twenty-ninth round, branch evtstand35): a section's opening
"the group" or "it" is the report's subject, not the last subject of the section before; a partitive ("two of
them") stands for people of its set, never for a group; a "region" after a preposition of place is an area, not
a group's unit named so."""

from __future__ import annotations

import pytest

from reportgraph.extract.coref import References
from reportgraph.extract.mentions import EntityIndex
from reportgraph.extract.paragraphs import parse

from .conftest import entities_for
from .test_events import roles

pytestmark = pytest.mark.model

GROUPS = {
    "tlf": ("ORGANIZATION", ["Tessit Liberation Front", "TLF"]),
    "kel": ("ORGANIZATION", ["Katiba Kel Essouk"]),
    "gourma": ("ORGANIZATION", ["Gourma Front"]),
    "army": ("ORGANIZATION", ["Malian army"]),
    "ninth": ("ORGANIZATION", ["ninth region"]),
    "hamza": ("PERSON", ["Hamza Belkadi"]),
    "ansongo": ("LOCATION", ["Ansongo"]),
    "gao": ("LOCATION", ["Gao"]),
}

# a report about the TLF, whose last section before the heading ends on another group's merger
REPORT = (
    "The Tessit Liberation Front (TLF) was founded in 2012 in Menaka. The TLF attacked Ayorou in 2014. "
    "The TLF later clashed with the Malian army near Gao.\n\n"
    "Splits\n"
    "In 2016 the Katiba Kel Essouk broke away from the TLF. The Katiba Kel Essouk later merged into the Gourma "
    "Front.\n\n"
    "Growth\n"
)


def _referred(nlp, text: str, word: str, nth: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    doc = parse(nlp, text)
    index = EntityIndex.build(doc, entities_for(text, GROUPS))
    refs = References(index)
    tok = [t for t in doc if t.text == word][nth]
    return [index.entities[k].name for k in refs.phrase_entities(tok)]


@pytest.mark.parametrize(
    ("section", "word"),
    [
        ("In 2018 the group seized Ansongo.", "group"),
        ("In 2018 it seized Ansongo.", "it"),
    ],
)
def test_a_section_opens_on_the_report_s_subject(extractor, section: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _referred(extractor.nlp, REPORT + section, word) == ["Tessit Liberation Front"]


def test_a_group_the_section_names_first_is_still_continued(extractor) -> None:  # type: ignore[no-untyped-def]
    text = REPORT + "The Katiba Kel Essouk grew quickly. In 2018 the group seized Ansongo."
    assert _referred(extractor.nlp, text, "group") == ["Katiba Kel Essouk"]


@pytest.mark.parametrize(
    "second",
    ["Two of them were killed by the Malian army in May 2023.", "The army killed some of them in May 2023."],
)
def test_a_part_of_them_is_no_group(facts, second: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts("The Katiba Kel Essouk attacked Gao in 2022. " + second, GROUPS)
    assert any(ev.type == "ATTACK" for ev in events)
    for ev in events:
        if ev.type == "KILLING":
            assert ("kel", "patient") not in roles(ev), roles(ev)


def test_a_part_of_the_group_s_men_is_still_the_group(facts) -> None:  # type: ignore[no-untyped-def]
    text = "The Katiba Kel Essouk attacked Gao in May 2023. The army pursued the militants and killed four of them."
    _, events, _ = facts(text, GROUPS)
    assert any(ev.type == "KILLING" and ("kel", "patient") in roles(ev) for ev in events), [
        (ev.type, roles(ev)) for ev in events
    ]


def test_one_of_them_named_in_apposition_is_that_person(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("In May 2023 the Malian army arrested seven fighters of the Katiba Kel Essouk near Gao. "
            "One of them, a Moroccan named Hamza Belkadi, was sentenced to death on 12 February 2024.")
    _, events, _ = facts(text, GROUPS)
    sentenced = [ev for ev in events if ev.type == "SENTENCING"]
    assert sentenced and all(("kel", "patient") not in roles(ev) for ev in sentenced), [roles(e) for e in sentenced]
    assert any(("hamza", "patient") in roles(ev) for ev in sentenced), [roles(e) for e in sentenced]


def test_a_region_after_a_preposition_of_place_is_no_group(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("In 2004 Hamza Belkadi became emir of the ninth region. He married into a local tribe and told "
            "his fighters to marry women from the region.")
    assert _referred(extractor.nlp, text, "region", 1) == []
