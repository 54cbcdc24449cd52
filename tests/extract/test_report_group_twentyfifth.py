"""Events, twenty-fifth round (frstate30): the report's group is an armed one, never a news agency or a UN body
(invented actors)."""

from __future__ import annotations

import pytest

from .test_events import roles

pytestmark = pytest.mark.model

SPEC = {
    "brigade": ("ORGANIZATION", ["Kaliba Brigade"]),
    "agency": ("ORGANIZATION", ["Sahel News Agency"]),
    "gao": ("LOCATION", ["Gao"]),
}


def test_a_news_agency_named_most_is_not_the_report_s_group(facts) -> None:  # type: ignore[no-untyped-def]
    """ "the insurgents" are the armed group the report names, not the agency it quotes most."""
    text = ("The Kaliba Brigade attacked a market near Gao on Monday, the Sahel News Agency reported. The Sahel "
            "News Agency quoted witnesses. On Tuesday the insurgents abducted four traders near Gao, the Sahel "
            "News Agency added.")
    _, events, _ = facts(text, SPEC)
    abductions = [e for e in events if e.type == "ABDUCTION"]
    assert abductions, [(e.type, e.trigger, roles(e)) for e in events]
    assert ("brigade", "agent") in roles(abductions[0])
    assert ("agency", "agent") not in roles(abductions[0])
