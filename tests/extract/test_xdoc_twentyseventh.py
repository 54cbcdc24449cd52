"""Twenty-seventh round (branch xdoc32): a nationality before a group's name tells two groups apart,
within a document (the bare name is no short form of the one group while another nationality's group
of that name is written, even typed otherwise so far) and across documents (the nationality the group's
own records add to the bare name is no branch's)."""

from __future__ import annotations

from collections.abc import Callable

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

