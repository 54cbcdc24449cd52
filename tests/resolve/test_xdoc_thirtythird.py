"""Thirty-third round (xdoc39): one person's whole name, written alike in two reports that share a
co-mentioned entity, is one person even where its parts are common (a Mohammed, a kunya, a surname
seen with many given names). The names here are invented."""

from __future__ import annotations

import pytest

from reportgraph.resolve.engine import ResolutionEngine
from reportgraph.resolve.records import EntityRecord
from reportgraph.resolve.state import MemoryCorpusStats, corpus_terms

GIVEN = ["Amadou", "Hamidou", "Boubacar", "Seydou", "Oumar", "Issa", "Moussa", "Yacouba", "Souleymane",
         "Abdoulaye", "Ibrahim", "Bakary", "Hassan", "Ali", "Idris", "Salim"]


def rec(rid: str, doc: str, names: list[str], typ: str = "PERSON", ctx: tuple[str, ...] = ()) -> EntityRecord:
    return EntityRecord(rid, doc, typ, names, set(ctx))


def _engine_with_common_surname(surname: str) -> ResolutionEngine:
    """An engine whose statistics have seen the surname with sixteen given names (a common surname)."""
    stats = MemoryCorpusStats()
    for i, given in enumerate(GIVEN):
        stats.note_record(*corpus_terms(rec(f"x{i}", f"dx{i}", [f"{given} {surname}"])))
    return ResolutionEngine(stats=stats)


def test_an_identical_full_name_with_a_common_surname_and_a_shared_co_mention_merges() -> None:
    engine = _engine_with_common_surname("Tembaru")
    a = engine.add(rec("a", "d1", ["Mohammed Tembaru"], ctx=("Katiba Sorvan", "Garoua")))
    b = engine.add(rec("b", "d2", ["Mohammed Tembaru"], ctx=("Katiba Sorvan",)))
    assert a.created and not b.created and b.cluster_id == a.cluster_id
    assert any("same full name on both sides" in e.detail for e in b.evidence)


@pytest.mark.parametrize("name", ["Abdelhamid Abou Tazir", "Yahya Abu al-Zarqal", "Abu Salim Hassan"])
def test_an_identical_name_of_a_given_name_and_a_kunya_merges_with_a_shared_co_mention(name: str) -> None:
    """A common given name and a kunya weigh 2.19 together; the one co-mention shared is a frequent one
    (cited by 150 records), so it weighs under the 0.31 the threshold still asks."""
    from reportgraph.resolve.scoring import context_key

    stats = MemoryCorpusStats()
    for _ in range(150):
        stats.note_record([context_key("Katiba Sorvan")], [])
    engine = ResolutionEngine(stats=stats)
    x = engine.explain([rec("a", "d1", [name], ctx=("Katiba Sorvan", "Garoua"))],
                       [rec("b", "d2", [name], ctx=("Katiba Sorvan",))])
    assert x.verdict == "merge"


def test_an_identical_name_with_nothing_else_in_common_stays_apart() -> None:
    """The name alone, common parts and no co-mentioned entity: two namesakes as likely as one man."""
    engine = _engine_with_common_surname("Tembaru")
    engine.add(rec("a", "d1", ["Mohammed Tembaru"], ctx=("Katiba Sorvan",)))
    b = engine.add(rec("b", "d2", ["Mohammed Tembaru"], ctx=("Garoua",)))
    assert b.created


def test_two_people_of_one_document_stay_apart() -> None:
    engine = _engine_with_common_surname("Tembaru")
    x = engine.explain([rec("a", "d1", ["Mohammed Tembaru"], ctx=("Katiba Sorvan",))],
                       [rec("b", "d1", ["Mohammed Tembaru"], ctx=("Katiba Sorvan",))])
    assert not any("same full name on both sides" in e.detail for e in x.for_)


@pytest.mark.parametrize(("x", "y"), [
    ("Tembaru", "Tembaru"),  # a surname alone is no whole name
    ("Abu Tazir", "Abu Tazir"),  # a bare kunya
    ("Mohammed Tembaru", "Mohamed Tembaru"),  # spelt otherwise: the ordinary comparison decides
])
def test_what_the_identical_name_rule_leaves_to_the_other_evidence(x: str, y: str) -> None:
    engine = _engine_with_common_surname("Tembaru")
    e = engine.explain([rec("a", "d1", [x], ctx=("Katiba Sorvan",))], [rec("b", "d2", [y], ctx=("Katiba Sorvan",))])
    assert not any("same full name on both sides" in ev.detail for ev in e.for_)


def test_brothers_sharing_a_family_name_still_stay_two_people() -> None:
    ctx = ("Katiba Sorvan", "Garoua", "Tessalit")
    engine = ResolutionEngine()
    engine.add(rec("a", "d1", ["Ilyas Ould Tembaru", "Ould Tembaru"], ctx=ctx))
    b = engine.add(rec("b", "d2", ["Bechir Ould Tembaru", "Ould Tembaru"], ctx=ctx))
    assert b.created
