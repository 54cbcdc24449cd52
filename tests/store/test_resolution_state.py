"""The resolver's candidate index over SQL: bounded block reads, newest first, on both backends."""

from __future__ import annotations

import pytest

from reportgraph.store import Store
from reportgraph.store import resolution as res


def test_blocks_are_read_newest_first_and_bounded(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with store.engine.begin() as conn:
        index = res.SqlEngineIndex(conn)
        for i in range(1, 13):  # cluster ids are entity ids as text: "10" is newer than "9"
            index.add(str(i), ["PER|t:nsr", f"PER|t:own{i}"])
        got = index.members(["PER|t:nsr", "PER|t:own3", "PER|t:missing"], 3)
        assert got == {"PER|t:nsr": ["12", "11", "10"], "PER|t:own3": ["3"]}
        assert index.sizes(["PER|t:nsr", "PER|t:own3", "PER|t:missing"]) == {
            "PER|t:nsr": 12, "PER|t:own3": 1, "PER|t:missing": 0}
        assert index.shared(["2", "3"], ["PER|t:nsr", "PER|t:own3"]) == {
            "2": {"PER|t:nsr"}, "3": {"PER|t:nsr", "PER|t:own3"}}
        monkeypatch.setattr(res, "SIZE_BOUND", 5)
        assert index.sizes(["PER|t:nsr"]) == {"PER|t:nsr": 5}  # a huge block is counted to the bound
        index.remove("12")
        assert index.members(["PER|t:nsr"], 1) == {"PER|t:nsr": ["11"]}
