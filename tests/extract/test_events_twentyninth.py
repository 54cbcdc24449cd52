"""Events read in the twenty-ninth round (branch evtlist35): a list of verdicts, one line a defendant with the
penalty after a dash ("- X, the cell's leader — life imprisonment."), is a verdict on each line's defendant by the
court named before it; a line that is no verdict is none (invented people, court and places)."""

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

