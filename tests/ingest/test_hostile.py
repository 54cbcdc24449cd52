"""Hostile and malformed files (tests/hostile_corpus.py): each fails alone with one coded line, in
bounded time, and never costs a good file beside it; encodings are read right or refused (issue 15)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hostile_corpus import GOOD_TEXT, generate
from reportgraph import KnowledgeBase
from reportgraph.errors import IngestError, LimitError
from reportgraph.ingest import read_bytes
from reportgraph.limits import Limits
from upload_extractors import KeywordExtractor

FRENCH = "Le groupe a déclaré à Gao qu'il contrôlait Ménaka."


class NamesOnly(KeywordExtractor):
    """Finds fixed names, in linear time (the suite's LexiconExtractor also reads sentence shapes with
    regexes that are themselves slow on a 20 KB line with no full stop)."""

    name = "names-only"
    NAMES = {"Ansar Dine": "ORGANIZATION", "Iyad Ag Ghaly": "PERSON", "Gao": "LOCATION", "Kidal": "LOCATION"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("hostile")
    return folder, generate(folder, "small")


def test_the_batch_goes_on_and_no_good_file_is_lost(tmp_path: Path, corpus: tuple[Path, list]) -> None:  # type: ignore[type-arg]
    folder, cases = corpus
    kb = KnowledgeBase(tmp_path / "kb.sqlite", extractor=NamesOnly(),  # type: ignore[arg-type]
                       limits=Limits(max_unzipped=16 * 1024 * 1024, max_xml=4 * 1024 * 1024, time_s=60))
    slow = []
    results = {}

    def timed(r: object) -> None:
        nonlocal started
        elapsed = time.monotonic() - started
        if elapsed > 20:
            slow.append((r, elapsed))
        started = time.monotonic()

    started = time.monotonic()
    report = kb.ingest([folder / c.name for c in cases], on_file=lambda r: (timed(r), results.__setitem__(
        Path(r.path).name, r)))
    assert len(report.results) == len(cases)
    assert not slow
    crashes = [r for r in report.results if r.status == "failed" and not (r.code or "").startswith("E")]
    assert not crashes
    unexpected = [f"{r.path}: {r.reason}" for r in report.results if (r.reason or "").startswith("unexpected")]
    assert not unexpected, unexpected
    for case in cases:
        if case.good:
            assert results[case.name].status in ("added", "unchanged"), results[case.name]
        r = results[case.name]
        if r.status == "failed":
            assert r.code and r.reason and "\n" not in r.reason
    # the kinds that must be refused, and why
    assert results["docx-bomb-8mb.docx"].code == LimitError.code
    assert "DTD" in (results["docx-laughs.docx"].reason or "")
    assert "DTD" in (results["docx-external.docx"].reason or "")
    assert results["empty.txt"].status == "failed"
    kb.close()


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                      "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_encodings_are_read_right(encoding: str) -> None:
    assert read_bytes(FRENCH.encode(encoding), "r.txt").text == FRENCH


def test_latin1_is_not_read_as_central_european() -> None:
    """charset-normalizer's guess for this short text was cp1250: "déclaré ŕ Gao"."""
    assert "déclaré à Gao" in read_bytes("déclaré à Gao".encode("latin-1"), "r.txt").text


def test_a_utf8_file_with_a_latin1_tail_keeps_both_parts() -> None:
    data = (FRENCH + "\n").encode() + FRENCH.encode("latin-1")
    assert read_bytes(data, "r.txt").text == FRENCH + "\n" + FRENCH


def test_windows_1252_punctuation() -> None:
    assert read_bytes("“Gao” – Ansar Dine’s base".encode("cp1252"), "r.txt").text == "“Gao” – Ansar Dine’s base"


def test_a_cyrillic_single_byte_file_is_not_read_as_accented_latin() -> None:
    text = read_bytes(("Ансар Дин атаковал Гао. " * 20).encode("cp1251"), "r.txt").text
    assert "Ансар" in text


def test_binary_is_refused_with_a_reason() -> None:
    with pytest.raises(IngestError, match="binary"):
        read_bytes(b"\x00\x01\x02\x03" * 100, "r.txt")


def test_text_over_the_limit_names_the_limit() -> None:
    with pytest.raises(LimitError, match="limit 100") as info:
        read_bytes(("Gao. " * 100).encode(), "big.txt", limits=Limits(max_chars=100))
    assert info.value.code == "E101" and "big.txt" in str(info.value)


def test_html_nesting_is_linear_and_keeps_text() -> None:
    started = time.monotonic()
    doc = read_bytes(("<p>" * 32000 + "Ansar Dine attacked Gao.").encode(), "p.html")
    assert doc.text == "Ansar Dine attacked Gao."
    nested = read_bytes(("<ul><li>" * 20000 + "Kidal" + "</li></ul>" * 20000).encode(), "ul.html")
    assert nested.text == "Kidal"
    assert time.monotonic() - started < 10  # a tree walk took 188 s on the first


def test_html_blocks_are_paragraphs_and_script_is_dropped() -> None:
    doc = read_bytes(b"<title>T</title><div>One <b>two</b></div><script>x()</script><p>Three</p>", "a.html")
    assert doc.text == "One two\n\nThree" and doc.title == "T"


def test_good_docx_after_checks() -> None:
    from hostile_corpus import good_docx

    doc = read_bytes(good_docx(GOOD_TEXT.format(n=1)), "r.docx")
    assert "Iyad Ag Ghaly founded Ansar Dine" in doc.text


def test_a_library_exception_in_extraction_is_the_files_failure(kb: KnowledgeBase, tmp_path: Path) -> None:
    class Exploding:
        name = "exploding"

        def extract(self, doc: object) -> object:
            raise ValueError("[E088] Text of length 1000001 exceeds maximum")

    (tmp_path / "a.txt").write_text("Iyad Ag Ghaly was seen in Kidal.")
    (tmp_path / "b.txt").write_text("Ansar Dine was seen in Gao.")
    kb._extractor = Exploding()  # type: ignore[assignment]
    report = kb.ingest([tmp_path])
    assert [r.status for r in report.results] == ["failed", "failed"]
    assert all(r.code == "E400" and "ValueError" in (r.reason or "") for r in report.results)


def test_cli_names_the_file_and_exits_1(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from hostile_corpus import good_docx
    from reportgraph.cli import app

    (tmp_path / "bad.docx").write_bytes(good_docx("x")[:100])
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "kb.sqlite"), "ingest", str(tmp_path / "bad.docx")])
    assert result.exit_code == 1
    assert "[E100]" in result.output and "bad.docx" in result.output and "Traceback" not in result.output
