"""A capital standing for its state in one report is no name of that state in another (issue #10,
forty-third round, branch xres43): "Washington said" files Washington under the United States in the
report that writes it (``extract/capital_states.py``), but the resolver does not carry that reading across
documents, so another report's Washington, a city, stays the city; on every backend (``db_url``)."""

from __future__ import annotations

from reportgraph.api import KnowledgeBase
from reportgraph.model import LocalEntity, Mention, SourceDocument
from reportgraph.resolve.records import record_from_local, resolution_names

STATE_ROLE = ("The United States struck a Harakat al-Nasr camp in March. Washington said the strike killed two "
              "commanders of the group.")
CITY = "The trial of Yusuf Daramola opened in Washington on 3 May. Daramola denied funding Harakat al-Nasr."


def _ids(kb: KnowledgeBase) -> dict[str, int]:
    return {e.name: e.id for e in kb.entities("LOCATION")}


def test_a_metonym_is_no_name_across_documents(db_url: str) -> None:
    with KnowledgeBase(db_url) as kb:
        kb.ingest_document(SourceDocument("d1", "strike.txt", "Strike brief", STATE_ROLE))
        assert kb.entity_id("Washington") == kb.entity_id("United States")  # the report's own reading
        kb.ingest_document(SourceDocument("d2", "trial.txt", "Trial brief", CITY))
        ids = _ids(kb)
        assert "Washington" in ids and "United States" in ids
        assert ids["Washington"] != ids["United States"]


def test_resolution_names_leave_out_names_given_only_by_metonymy() -> None:
    e = LocalEntity("k", "LOCATION", "United States", ["Washington", "US"],
                    [Mention(0, 13, "United States"), Mention(30, 40, "Washington", method="capital-as-state"),
                     Mention(50, 52, "US")])
    assert resolution_names(e) == ["United States", "US"]
    assert record_from_local(e, "d").names == ["United States", "US"]
    assert e.names() == ["United States", "Washington", "US"]  # the document still names it so


def test_a_name_also_written_plainly_stays() -> None:
    e = LocalEntity("k", "LOCATION", "United States", ["Washington"],
                    [Mention(0, 13, "United States"), Mention(30, 40, "Washington", method="capital-as-state"),
                     Mention(60, 70, "Washington", method="rule")])
    assert resolution_names(e) == ["United States", "Washington"]


def test_an_entity_named_only_by_metonymy_keeps_its_name() -> None:
    e = LocalEntity("k", "LOCATION", "Washington", [], [Mention(0, 10, "Washington", method="capital-as-state")])
    assert resolution_names(e) == ["Washington"]
