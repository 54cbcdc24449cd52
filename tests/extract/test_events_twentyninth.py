"""Events read in the twenty-ninth round (branch evtlist35): a list of verdicts, one line a defendant with the
penalty after a dash ("- X, the cell's leader — life imprisonment."), is a verdict on each line's defendant by the
court named before it; a list of people's fates ("X — deputy — captured on 9 January") is a killing or an arrest of
the person each line opens with; a line that tells neither is none (invented people, court and places)."""

from __future__ import annotations

import pytest

from .test_events import roles

pytestmark = pytest.mark.model

COURT = {
    "court": ("ORGANIZATION", ["criminal court of Tessit"]),
    "hamdi": ("PERSON", ["Hamdi Ould Sidi"]),
    "tanko": ("PERSON", ["Ali Tanko"]),
    "musa": ("PERSON", ["Musa Kanta"]),
    "katiba": ("ORGANIZATION", ["Katiba Nour"]),
    "tessit": ("LOCATION", ["Tessit"]),
}
HEAD = "The criminal court of Tessit gave its verdicts on 4 February 2025 in the trial of the Katiba Nour's cell.\n\n"


def verdicts_on(events, key: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    return [e for e in events if e.type == "SENTENCING" and (key, "patient") in roles(e)]


@pytest.mark.parametrize(
    "line",
    [
        "- Hamdi Ould Sidi, the cell's alleged leader — life imprisonment.",
        "1. Hamdi Ould Sidi, 41, a trader from Tessit - 15 years' imprisonment.",
        "• Hamdi Ould Sidi — acquitted for lack of evidence.",
        "- Hamdi Ould Sidi, his cousin and driver — twenty years.",
        "2. Hamdi Ould Sidi, alias \"Abu Ilyas\", a commander of the Katiba Nour - death sentence in absentia.",
    ],
)
def test_a_verdict_line_is_a_verdict_on_its_defendant(facts, line: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(HEAD + "Verdicts\n" + line + "\n- Ali Tanko — ten years.\n", COURT)
    ev = verdicts_on(events, "hamdi")
    assert ev, [(e.type, e.trigger, roles(e)) for e in events]
    assert ("court", "agent") in roles(ev[0]), roles(ev[0])
    assert ev[0].date == "2025-02-04", ev[0].date
    assert verdicts_on(events, "tanko")


def test_a_line_of_two_defendants_names_both(facts) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(HEAD + "Verdicts\n- Ali Tanko and Musa Kanta, brothers from Tessit — ten years each.\n", COURT)
    ev = verdicts_on(events, "tanko")
    assert ev and ("musa", "patient") in roles(ev[0]), [(e.type, e.trigger, roles(e)) for e in events]


def test_the_defendant_before_a_dash_is_convicted_not_the_convicting(facts) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "Ali Tanko — convicted." as Ali Tanko convicting: the line makes him the one convicted
    _, events, _ = facts(HEAD + "The defendants\n• Ali Tanko — convicted.\n", COURT)
    found = [e for e in events if e.type == "SENTENCING" and ("tanko", "agent") in roles(e)]
    assert not found, [(e.type, e.trigger, roles(e)) for e in events]
    assert verdicts_on(events, "tanko")


@pytest.mark.parametrize(
    "text",
    [
        # a time spent, in a report that names no court: no penalty
        "Leaders of the Katiba Nour\n- Ali Tanko, its founder — twenty years in the bush before his death.\n",
        # what follows the dash is a role, not a penalty
        HEAD + "The defendants\n- Ali Tanko — commander of the Katiba Nour since 2015.\n",
    ],
)
def test_a_line_that_tells_no_penalty_is_no_verdict(facts, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(text, COURT)
    assert not verdicts_on(events, "tanko"), [(e.type, e.trigger, roles(e)) for e in events]


FATES = {
    "tanko": ("PERSON", ["Ali Tanko"]),
    "hamdi": ("PERSON", ["Hamdi Ould Sidi"]),
    "police": ("ORGANIZATION", ["Tessit police"]),
    "katiba": ("ORGANIZATION", ["Katiba Nour"]),
    "tessit": ("LOCATION", ["Tessit"]),
}
LEADERS = "The Katiba Nour lost two of its leaders in 2023.\n\nIts leaders\n"


@pytest.mark.parametrize(
    ("line", "etype"),
    [
        ("Ali Tanko — deputy — captured by the Tessit police on 9 January 2023", "ARREST"),
        ("Ali Tanko / logistics / arrested in Tessit in January 2023", "ARREST"),
        ("- Ali Tanko — commander, reportedly killed in Tessit in 2023", "KILLING"),
        ("- Ali Tanko — head of the Katiba Nour's police (killed 2023)", "KILLING"),
    ],
)
def test_a_fate_in_a_list_line_is_an_event_of_the_person_it_opens_with(  # type: ignore[no-untyped-def]
        facts, line: str, etype: str) -> None:
    _, events, _ = facts(LEADERS + line + "\nHamdi Ould Sidi — emir since 2019\n", FATES)
    found = [e for e in events if e.type == etype and ("tanko", "patient") in roles(e)]
    assert found, [(e.type, e.trigger, roles(e)) for e in events]
    assert found[0].date is not None and found[0].date.startswith("2023"), found[0].date
    if "by the Tessit police" in line:
        assert ("police", "agent") in roles(found[0]), roles(found[0])


@pytest.mark.parametrize(
    "line",
    [
        "Hamdi Ould Sidi — emir since 2019",  # no fate
        "- Ali Tanko — said the Katiba Nour killed 2 herders",  # a fate not opening a cell, nor the line's person's
        "Ali Tanko | deputy | killed 2023",  # a pipe table's fate cell (measured not kept: evttab34)
        "- Ali Tanko — commander; killed his rival Hamdi Ould Sidi in 2023",  # he killed: an object follows
    ],
)
def test_a_list_line_without_a_fate_of_its_person_is_no_event(facts, line: str) -> None:  # type: ignore[no-untyped-def]
    _, events, _ = facts(LEADERS + line + "\n", FATES)
    found = [e for e in events if e.type in ("KILLING", "ARREST") and ("tanko", "patient") in roles(e)]
    assert not found, [(e.type, e.trigger, roles(e)) for e in events]


def test_a_fate_the_prose_told_is_not_told_twice(facts) -> None:  # type: ignore[no-untyped-def]
    text = ("The Tessit police arrested Ali Tanko in Tessit on 9 January 2023.\n\nIts leaders\n"
            "Ali Tanko — deputy — arrested 9 January 2023\n")
    _, events, _ = facts(text, FATES)
    found = [e for e in events if e.type == "ARREST" and ("tanko", "patient") in roles(e)]
    assert len(found) == 1, [(e.type, e.trigger, roles(e)) for e in events]
