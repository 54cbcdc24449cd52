"""Twenty-seventh round (branch xdoc32): a nationality before a group's name tells two groups apart,
within a document (the bare name is no short form of the one group while another nationality's group
of that name is written, even typed otherwise so far) and across documents (the nationality the group's
own records add to the bare name is no branch's)."""

from __future__ import annotations

from collections.abc import Callable

from reportgraph.resolve import EntityRecord, ResolutionEngine

from .conftest import Found

TEXT = (
    "Tehrik-i-Zarqawiyun Pakistan\n\n"
    "Tehrik-i-Zarqawiyun Pakistan (TZP), often called the Pakistani Zarqawiyun, is an alliance of militant "
    "factions based along the border.\n"
    "Allies: Afghan Zarqawiyun, al-Qaeda\n\n"
    "Relations with the Afghan Zarqawiyun\n"
    "After the Zarqawiyun took Kabul in August 2021, the TZP renewed its allegiance to the Zarqawiyun leader.\n"
)


def test_the_bare_name_is_not_one_nationality_s_short_form_when_another_s_is_written(
        run: Callable[[str], Found]) -> None:
    found = run(TEXT)
    tzp = next(e for e in found.extraction.entities if e.name == "Tehrik-i-Zarqawiyun Pakistan")
    assert "Pakistani Zarqawiyun" in tzp.aliases
    assert "Zarqawiyun" not in tzp.aliases
    assert "Afghan Zarqawiyun" not in tzp.aliases


def test_one_nationality_s_group_still_gives_its_short_form(run: Callable[[str], Found]) -> None:
    found = run("The Pakistani Zarqawiyun claimed the attack in Peshawar. The Zarqawiyun said it was revenge.")
    group = next(e for e in found.extraction.entities if e.name == "Pakistani Zarqawiyun")
    assert "Zarqawiyun" in group.aliases


def rec(rid: str, names: list[str], ctx: tuple[str, ...] = ()) -> EntityRecord:
    return EntityRecord(rid, f"doc-{rid}", "ORGANIZATION", names, set(ctx))


def test_a_nationality_its_own_records_add_is_no_branch() -> None:
    engine = ResolutionEngine()
    ctx = ("Kabul", "Kandahar", "Haqqani network")
    engine.add(rec("a1", ["Zarqawiyun"], ctx))
    engine.add(rec("a2", ["Zarqawiyun"], ctx))
    engine.add(rec("b1", ["Afghan Zarqawiyun", "Zarqawiyun"], ctx))
    engine.add(rec("b2", ["Afghan Zarqawiyun", "Zarqawiyun"], ctx))
    assert engine.cluster_of("a1") == engine.cluster_of("b1")


def test_another_nationality_s_group_and_a_bare_name_alone_stay_apart() -> None:
    engine = ResolutionEngine()
    ctx = ("Kabul", "Kandahar", "Haqqani network")
    engine.add(rec("a1", ["Zarqawiyun"], ctx))
    engine.add(rec("a2", ["Zarqawiyun"], ctx))
    # the longer name's cluster does not call itself by the bare name: a qualifier, as before
    engine.add(rec("p1", ["Pakistani Zarqawiyun"], ctx))
    engine.add(rec("p2", ["Pakistani Zarqawiyun"], ctx))
    assert engine.cluster_of("a1") != engine.cluster_of("p1")
    # nor does a state's body named without its state join one named with it
    engine.add(rec("m1", ["army"], ctx))
    engine.add(rec("m2", ["Malian army", "army"], ctx))
    engine.add(rec("m3", ["Malian army", "army"], ctx))
    assert engine.cluster_of("m1") != engine.cluster_of("m2")
