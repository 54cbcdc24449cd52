"""How `reportgraph show` writes an event and a hedged fact (the line, not the query behind it)."""

from __future__ import annotations

from reportgraph.cli.core import _event_line, _hedge


def test_event_line_names_others_not_the_entity_itself() -> None:
    detail = {"trigger": "kidnapped", "role": "agent", "count": 34, "modality": "asserted",
              "participants": ["Bal'ur (agent)", "Ammar Alsaifi (agent)", "Bal'ur (other)"]}
    line = _event_line("Bal'ur", "2003-07", "ABDUCTION", "Algerian desert", detail)
    assert line.startswith("2003-07: ABDUCTION (kidnapped) at Algerian desert, 34 counted; ")
    assert line.endswith("as agent[/bold], with Ammar Alsaifi (agent); Bal'ur (other)")


def test_event_line_alone_undated_and_hedged() -> None:
    detail = {"trigger": "set up camp", "role": "agent", "count": None, "modality": "uncertain",
              "participants": ["Bal'ur (agent)"]}
    line = _event_line("Bal'ur", None, "BASE_ESTABLISHMENT", None, detail)
    assert line.startswith("undated: BASE_ESTABLISHMENT (set up camp) [yellow](uncertain)[/yellow]; ")
    assert "with" not in line and " at " not in line


def test_text_in_the_line_is_escaped() -> None:
    """A report's own words (a trigger, a place, a name) can hold rich markup: printed as text."""
    detail = {"trigger": "[red]struck", "role": "agent", "participants": ["[b]X (agent)"]}
    line = _event_line("Y", "2020", "ATTACK", "[i]Town", detail)
    assert "\\[red]struck" in line and "\\[i]Town" in line and "\\[b]X" in line


def test_hedge_only_for_facts_not_asserted() -> None:
    assert _hedge({"modality": "asserted"}) == "" and _hedge({}) == ""
    assert "attributed" in _hedge({"modality": "attributed"})
