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


def test_large_blocks_are_counted_exactly_only_when_no_key_is_usable(store: Store) -> None:
    """A document's blocks are counted up to CAP_BOUND (above every key's cap); the full count (up to
    SIZE_BOUND) is read only when none of a record's keys is usable, where the engine takes the
    smallest block: the sizes it acts on are those of a full count."""
    big, bigger, small = "PER|s:big", "PER|s:bigger", "PER|s:small"  # "s:" keys: cap 30
    with store.engine.begin() as conn:
        index = res.SqlEngineIndex(conn)
        for i in range(1, res.CAP_BOUND + 100):
            index.add(str(i), [big, bigger] if i < res.CAP_BOUND + 50 else [bigger])
        index.add("1", [small])
        index.flush()
        rough = index.sizes([big, small])  # a usable key: the large block is only known to be too large
        assert rough[small] == 1 and rough[big] > 500
        exact = res.SqlEngineIndex(conn).sizes([big, bigger])  # none usable: counted in full
        assert exact == {big: res.CAP_BOUND + 49, bigger: res.CAP_BOUND + 99}
        assert index.sizes([big, bigger]) == exact
        index.add("9999", [big])  # kept up to date within the transaction
        assert index.sizes([big, bigger])[big] == res.CAP_BOUND + 50
