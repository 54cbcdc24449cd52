"""Gazetteers compiled once into the user cache and loaded from it; commands that do not extract
load neither spaCy nor a gazetteer (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportgraph import compiled

calls: list[int] = []


def _table() -> dict[str, int]:
    calls.append(1)
    return {"gao": len(calls)}


def test_a_table_is_built_once_then_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTGRAPH_CACHE", str(tmp_path))
    calls.clear()
    assert compiled.compiled("t", _table) == {"gao": 1}
    assert compiled.compiled("t", _table) == {"gao": 1}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["t"]


def test_a_change_of_its_sources_builds_it_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTGRAPH_CACHE", str(tmp_path))
    calls.clear()
    compiled.compiled("t", _table)
    monkeypatch.setattr(compiled, "_sources_digest", lambda: "another GeoNames release")
    assert compiled.compiled("t", _table) == {"gao": 2}


def test_a_change_beside_the_builder_builds_it_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the name folding a table is keyed with lives in a sibling module of its builder
    src = tmp_path / "pkg"
    src.mkdir()
    (src / "builder.py").write_text("def build():\n    return 1\n")
    (src / "folding.py").write_text("RULES = ('ai', 'ay')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    builder = importlib.import_module("pkg.builder")
    before = compiled._builder_digest(builder.build)
    (src / "folding.py").write_text("RULES = ('ai', 'ay'), ('ae', 'ay')\n")
    assert compiled._builder_digest(builder.build) != before


def test_a_broken_or_unwritable_cache_costs_only_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTGRAPH_CACHE", str(tmp_path / "cache"))
    calls.clear()
    compiled.compiled("t", _table)
    for f in (tmp_path / "cache").iterdir():
        f.write_bytes(b"half a pickle")
    assert compiled.compiled("t", _table) == {"gao": 2}
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("REPORTGRAPH_CACHE", str(tmp_path / "file"))
    assert compiled.compiled("t", _table) == {"gao": 3}


def test_the_gazetteers_load_from_the_cache_as_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportgraph.resolve import places

    monkeypatch.setenv("REPORTGRAPH_CACHE", str(tmp_path))
    built = compiled.compiled("resolve-gazetteer", places._build_gazetteer)
    loaded = compiled.compiled("resolve-gazetteer", places._build_gazetteer)
    assert loaded is not built and len(loaded) == len(built) > 1000
    assert [p.id for p in loaded.lookup("Tombouctou")] == [p.id for p in built.lookup("Tombouctou")]
    assert loaded.country_code("Malian") == "ML"


PROBE = """
import sys
from reportgraph.cli import app
sys.argv = ["reportgraph", "--db", sys.argv[1], *sys.argv[2:]]
try:
    app()
except SystemExit:
    pass
from reportgraph.extract import gazetteer
from reportgraph.query import geocode
from reportgraph.resolve import geonames, places
built = [f.__qualname__ for f in (gazetteer.places, places.default_gazetteer, geonames._index, geocode._localities)
         if f.cache_info().currsize]
print("spacy" in sys.modules, built)
"""


@pytest.mark.parametrize("command", [["stats"], ["show", "Tessalit"],
                                     ["export", "--format", "json", "--output", "{tmp}/out.json"]])
def test_commands_that_do_not_extract_load_no_model_and_no_gazetteer(tmp_path: Path, command: list[str]) -> None:
    from reportgraph import KnowledgeBase
    from workers import Names

    with KnowledgeBase(tmp_path / "kb.sqlite", extractor=Names()) as kb:
        (tmp_path / "r.txt").write_text("Moussa Ag Tarek leads Katibat al-Nur in Tessalit.\n", encoding="utf-8")
        kb.ingest([tmp_path / "r.txt"])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = [a.format(tmp=tmp_path) for a in command]
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "kb.sqlite"), *args], env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False []"


def test_each_language_has_its_own_place_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # the extraction's place table is built from the language's lexicons: under one name, the first
    # language to build it after a change of sources served its table to the other (issue 15)
    from reportgraph.extract import gazetteer
    from reportgraph.extract.language import extraction_language

    names: list[str] = []
    monkeypatch.setattr(compiled, "compiled", lambda name, build: names.append(name) or {})
    gazetteer.places.cache_clear()  # type: ignore[attr-defined]  # per_language's, as lru_cache's
    try:
        for language in ("en", "fr"):
            with extraction_language(language):
                gazetteer.places()
    finally:
        gazetteer.places.cache_clear()  # type: ignore[attr-defined]
    assert len(names) == 2 and names[0] != names[1]


def test_tables_of_other_sources_unread_for_long_are_deleted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing a table deletes its name's tables that nobody has read for ``STALE_DAYS``; a recent one
    (another checkout's) and other names' stay, and reading a table marks it as used."""
    monkeypatch.setenv("REPORTGRAPH_CACHE", str(tmp_path))
    old_time = os.stat(tmp_path).st_mtime - (compiled.STALE_DAYS + 1) * 86_400
    stale, recent, other = (tmp_path / n for n in ("t-" + "a" * 20 + ".pickle", "t-" + "b" * 20 + ".pickle",
                                                   "u-" + "c" * 20 + ".pickle"))
    for f in (stale, recent, other):
        f.write_bytes(b"x")
    for f in (stale, other):
        os.utime(f, (old_time, old_time))
    calls.clear()
    assert compiled.compiled("t", _table) == {"gao": 1}
    assert not stale.exists() and recent.exists() and other.exists()
    built = next(p for p in tmp_path.glob("t-*.pickle") if p != recent)
    os.utime(built, (old_time, old_time))
    assert compiled.compiled("t", _table) == {"gao": 1} and len(calls) == 1  # read, not built
    assert built.stat().st_mtime > old_time + 86_400


def test_a_librarys_table_is_kept_across_changes_of_reportgraph(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A table that is another library's data alone (the language identifier's model) is not built
    again when reportgraph's lexicons or the builder's sibling modules change: only its name (the
    library's version) or its builder's own source makes another."""
    monkeypatch.setenv("REPORTGRAPH_CACHE", str(tmp_path))
    calls.clear()
    assert compiled.compiled("lib-1.0", _table, library=True) == {"gao": 1}
    monkeypatch.setattr(compiled, "_sources_digest", lambda: "a lexicon changed")
    monkeypatch.setattr(compiled, "_builder_digest", lambda build: "a module beside the builder changed")
    assert compiled.compiled("lib-1.0", _table, library=True) == {"gao": 1}
    assert compiled.compiled("lib-1.1", _table, library=True) == {"gao": 2}  # another release
    assert compiled._library_key(_table) != compiled._library_key(test_a_table_is_built_once_then_loaded)
    assert len(calls) == 2
