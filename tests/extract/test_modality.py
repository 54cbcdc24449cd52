"""Modality: what a sentence says of the fact it states (extract/modality.py)."""

from __future__ import annotations

import pytest

from reportgraph.extract import get_extractor
from reportgraph.model import SourceDocument


@pytest.fixture(scope="module")
def facts():
    ex = get_extractor("rules")  # the cues act on whatever found the fact; the rules find these

    def _facts(text: str) -> dict[str, str]:
        x = ex.extract(SourceDocument(id="t", source="t.txt", title="t", text=text))
        out = {r.predicate: r.modality for r in x.relations}
        out.update({e.type: e.modality for e in x.events})
        return out

    return _facts


@pytest.mark.parametrize("text, claim, modality", [
    ("Ali Hassan joined al-Shabaab in 2009.", "MEMBER_OF", "asserted"),
    ("Ali Hassan did not join al-Shabaab.", "MEMBER_OF", "negated"),
    ("The Katiba Sirma rejected the pledge to the Islamic State.", "ALLEGIANCE", "negated"),
    ("The Katiba Sirma rejected the pledge to the Islamic State.", "ALLY_OF", "negated"),
    ("Abu Talha was reportedly killed near Gao.", "KILLING", "uncertain"),
    ("According to the army, Omar Bakri leads the Azawagh Front.", "LEADER_OF", "attributed"),
])
def test_modality_of_a_claim(facts, text: str, claim: str, modality: str) -> None:
    assert facts(text).get(claim) == modality


def test_a_denial_in_a_coordinated_clause_does_not_reach_the_fact(facts) -> None:
    # "refused to recognise him" is about the new emir, not about the commander's own post
    text = ("Hamoud bin Ali, the Azawagh Front commander in Tamsallit, refused to recognise him, "
            "and in June 2014 he led his men out to form Jund al-Tawhid.")
    assert facts(text).get("LEADER_OF") == "asserted"


def test_negated_claims_are_no_facts_of_the_export(tmp_path) -> None:
    from reportgraph import KnowledgeBase

    src = tmp_path / "r.txt"
    src.write_text("The Katiba Sirma rejected the pledge to the Islamic State. "
                   "Ali Hassan joined al-Shabaab in 2009.\n", "utf-8")
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb:
        kb.ingest([src])
        out = tmp_path / "kb.json"
        kb.export("json", out)
    import json

    data = json.loads(out.read_text("utf-8"))
    assert all(r["modality"] != "negated" for r in data["relations"])
    assert {r["predicate"] for r in data["negated_relations"]} == {"ALLY_OF"}
    assert {e["type"] for e in data["negated_events"]} == {"ALLEGIANCE"}
    assert "ALLEGIANCE" not in {e["type"] for e in data["events"]}
    assert {r["predicate"] for r in data["relations"]} >= {"MEMBER_OF"}
