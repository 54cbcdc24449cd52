"""Headings, bylines and page furniture never become entities (tests/extract/data/formatted/).

Regression for #14: report headings ("Algerian Insurgency Went Regional", "Fictional Scenario")
became PERSON and ORGANIZATION entities and reached the STIX export as threat actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgraph.extract.domain import DomainExtractor
from reportgraph.ingest import read_path
from reportgraph.resolve.keys import normalize_name

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "formatted"

# (file, words of its furniture that must not be (part of) an entity name, names of its body that must be found)
CASES = [
    ("brief-markdown.md",
     ["Shadows", "Desert Katiba Went Transnational", "Miriam Castellane", "Senior Analyst", "UNCLASSIFIED",
      "Executive Summary", "Key Judgements", "Background", "Sandline Research Institute", "Figure"],
     ["Katibat al-Rimal", "Hamadou Ould Sidati", "Ouled Barka", "Tessouma", "Northern Guard Militia"]),
    ("bulletin-plain.txt",
     ["Regional Security Bulletin", "Border Coalition", "Tomas Verhagen", "Introduction", "Conclusions",
      "CONFIDENTIAL", "Operations Against"],
     ["Alliance of the Southern Dunes", "Issa Ag Tamalt", "Akarou", "Frontier Battalion"]),
    ("note-headed.md",
     ["Fictional Scenario", "Lost Caravans", "Northern Erg", "Armed Smugglers", "Mediation and Release"],
     ["Brotherhood of the Wells", "Youssouf Ould Maalem", "Aicha Mint Bakar"]),
    # a wire story: byline, the agency in its dateline, the credits line at its foot
    ("wire-story.txt",
     ["Amina Kourouma", "Piet Valder", "Sahara Desk Wire", "Fode Sissako", "Helen Marsh"],
     ["Katibat Ansar al-Wadi", "Moussa Ag Inalla", "Tessalit", "Aguelhok"]),
]


@pytest.mark.parametrize(("name", "junk", "real"), CASES, ids=[c[0] for c in CASES])
def test_no_entity_from_page_furniture(extractor: DomainExtractor, name: str, junk: list[str],
                                       real: list[str]) -> None:
    extraction = extractor.extract(read_path(DATA / name))
    names = {normalize_name(n) for e in extraction.entities for n in e.names()}
    for words in junk:
        bad = [n for n in names if normalize_name(words) in n]
        assert not bad, f"furniture '{words}' became an entity: {bad}"
    for body_name in real:
        assert any(normalize_name(body_name) in n for n in names), f"'{body_name}' lost; found {sorted(names)}"


@pytest.mark.parametrize("text, gone, kept", [
    ("Share this article\n\nThe Brigade attacked Gao. Media reports said the media would share it.",
     ["Share", "Brigade", "Media"], ["Gao"]),
    ("Fighting went on in Deir ez-Zor province. Ansar ul Islam attacked Djibo.",
     ["Deir", "Zor"], ["Deir ez-Zor", "Ansar ul Islam", "Djibo"]),
])
def test_one_common_word_is_no_name(extractor: DomainExtractor, text: str, gone: list[str], kept: list[str]) -> None:
    from reportgraph.model import SourceDocument

    names = {n for e in extractor.extract(SourceDocument("t", "t", "t", text)).entities for n in e.names()}
    assert not names & set(gone), names
    assert set(kept) <= names, names


def test_a_nickname_inside_a_name_makes_one_person(extractor: DomainExtractor) -> None:
    from reportgraph.model import SourceDocument

    text = ('Bulama "Kwando" Yerima leads the hunters in Gwoza. Kwando fought the insurgents in 2015. '
            "Bulama Yerima later joined the vigilantes, and Yerima now commands 200 men.")
    ents = extractor.extract(SourceDocument("t", "t", "t", text)).entities
    person = next(e for e in ents if 'Bulama "Kwando" Yerima' in e.names())
    assert person.type == "PERSON"
    assert {"Kwando", "Bulama Yerima", "Yerima"} <= set(person.names())


@pytest.mark.parametrize("text, name", [
    ("Fighters of al-Shabaab attacked the town.", "al-Shabaab"),
    ("The claim appeared in Al Akhbar, a weekly.", "Al Akhbar"),
])
def test_a_name_opening_on_the_article_is_no_person(extractor: DomainExtractor, text: str, name: str) -> None:
    from reportgraph.model import SourceDocument

    ents = extractor.extract(SourceDocument("t", "t", "t", text)).entities
    assert next(e.type for e in ents if name in e.names()) != "PERSON"


@pytest.mark.parametrize("text, gone, kept", [
    ("The Taliban said two men died.[7] In August 2023 the front clashed with ISKP near Jurm.",
     ["In August"], ["Taliban", "ISKP", "Jurm"]),
    ("PRESS RELEASE\n\nRegional Overview\n\nThe Katiba Tilemsi attacked Gao on 3 May.", ["PRESS RELEASE",
     "Regional Overview"], ["Katiba Tilemsi", "Gao"]),
])
def test_a_month_after_a_reference_marker_and_a_document_kind_are_no_names(
        extractor: DomainExtractor, text: str, gone: list[str], kept: list[str]) -> None:
    from reportgraph.model import SourceDocument

    names = {n for e in extractor.extract(SourceDocument("t", "t", "t", text)).entities for n in e.names()}
    assert not names & set(gone), names
    assert set(kept) <= names, names


@pytest.mark.parametrize("text, name, etype", [
    ("The U.S. designated the Katiba Tilemsi in 2021.", "U.S.", "LOCATION"),
    ("Mme Claire Dubosc questioned the witness about Gao.", "Claire Dubosc", "PERSON"),
])
def test_dotted_country_abbreviations_and_french_titles(extractor: DomainExtractor, text: str, name: str,
                                                        etype: str) -> None:
    from reportgraph.model import SourceDocument

    ents = extractor.extract(SourceDocument("t", "t", "t", text)).entities
    assert next(e.type for e in ents if name in e.names()) == etype


def test_a_wire_storys_credits_in_brackets_and_an_encyclopedias_references_are_furniture(run):
    found = run(
        "Drones hit Abqaiq\n\nDUBAI, Sept. 14 - Kandari drones hit Abqaiq on Jan. 3, officials said.\n\n"
        "(Reporting by Hoda Sherafi in Dubai; editing by Colm Ashbury)\n\n"
        "1. ^ Thurstan, A. (2020). Jihadists of the Sahel.\n[2] Zennor, J. (2019). Unmasking the Sect.\n"
    )
    for name in ("Hoda Sherafi", "Colm Ashbury", "Thurstan", "Zennor", "Sept.", "Jan."):
        assert found.by_name(name) is None, name


@pytest.mark.parametrize("name", ["Member States", "Foreign Terrorist Organization", "Executive Order"])
def test_legal_categories_in_capitals_are_no_names(run, name):
    found = run(f"The Kandara Front was designated by {name} in 2018, the statement said.")
    assert found.by_name(name) is None
