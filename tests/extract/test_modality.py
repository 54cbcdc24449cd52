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
    # the content of a report, a rumour or of evidence takes the modality of the noun's own clause
    ("Ali Hassan rejected reports that he had pledged allegiance to the Katiba Sirma.", "ALLEGIANCE", "negated"),
    ("We found no evidence that the Katiba Sirma has attacked Gao.", "ATTACK", "negated"),
    ("A report that Abu Talha had been killed near Gao has never been confirmed.", "KILLING", "negated"),
    ("His family says they have received no word of Abu Talha's death.", "KILLING", "negated"),
    ("The Katiba Sirma played no part in the attack on Gao.", "ATTACK", "negated"),
    ("The Katiba Sirma did not take part in the attack on Gao.", "ATTACK", "negated"),
    ("The Katiba Sirma took part in the attack on Gao in 2012.", "ATTACK", "asserted"),
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


def test_denied_claims_round_trip_through_import_and_a_bad_modality_is_refused(tmp_path) -> None:
    import json

    from reportgraph import KnowledgeBase
    from reportgraph.errors import ReportGraphError

    src = tmp_path / "r.txt"
    src.write_text("The Katiba Sirma rejected the pledge to the Islamic State.\n", "utf-8")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    with KnowledgeBase(tmp_path / "kb.sqlite") as kb:
        kb.ingest([src])
        kb.export("json", first)
    with KnowledgeBase(tmp_path / "kb2.sqlite") as kb:
        kb.import_json(first)
        kb.export("json", second)
    assert first.read_text("utf-8") == second.read_text("utf-8")
    data = json.loads(first.read_text("utf-8"))
    assert data["negated_relations"]
    data["negated_relations"][0]["modality"] = "denied"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    with KnowledgeBase(tmp_path / "kb3.sqlite") as kb, pytest.raises(ReportGraphError, match="modality"):
        kb.import_json(bad)


@pytest.mark.parametrize("text, claim, modality", [
    # a relation read through a reference: the pronoun or "the group" is the end the cues climb from
    ("The Katiba Sirma attacked Gao in May. It has never pledged allegiance to the Islamic State.", "ALLY_OF",
     "negated"),
    ("The Katiba Sirma attacked Gao in May. The group rejected any alliance with the Islamic State.", "ALLY_OF",
     "negated"),
    ("The Katiba Sirma attacked Gao in May. It pledged allegiance to the Islamic State in 2015.", "ALLY_OF",
     "asserted"),
    # of two references, the one nearest the other end ("it", not "the group" of the denial after it)
    ("The Katiba Sirma attacked Gao. Officials described it as the armed wing of the Islamic State; the group "
     "always denied any link to Ali Hassan.", "SUBUNIT_OF", "asserted"),
    # a denial of a denial asserts
    ("Ali Hassan refused to renounce his oath to the Katiba Sirma.", "ALLY_OF", "asserted"),
    ("Ali Hassan attacked Gao in May. He renounced his oath to the Katiba Sirma.", "ALLY_OF", "negated"),
])
def test_a_relation_through_a_reference_takes_its_sentence_modality(facts, text: str, claim: str,
                                                                    modality: str) -> None:
    assert facts(text).get(claim) == modality
