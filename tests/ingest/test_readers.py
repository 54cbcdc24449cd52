"""Readers turn every supported format into clean text, and every bad file into one clear reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from reportgraph.errors import IngestError
from reportgraph.ingest import discover, document_id, read_bytes, read_path
from reportgraph.ingest.html import html_text


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with one line of text, written by hand (offsets computed, not guessed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def docx_bytes(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "data", "expected", "title"), [
    ("r.txt", b"Report title\n\nThe katiba moved to Tessalit.", "The katiba moved to Tessalit.", "Report title"),
    ("r.md", b"# Heading\n\nBody text here.", "Body text here.", "Heading"),
    ("r.txt", "Ménaka fell in 2012.".encode("latin-1"), "Ménaka fell in 2012.", "Ménaka fell in 2012."),
    ("r.txt", "\ufeffBOM first line\r\nsecond".encode(), "BOM first line\nsecond", "BOM first line"),
])
def test_text_formats(name: str, data: bytes, expected: str, title: str) -> None:
    doc = read_bytes(data, name)
    assert expected in doc.text
    assert doc.title == title
    assert doc.id == document_id(doc.text)


def test_html_drops_script_and_keeps_paragraphs() -> None:
    html = (b"<html><head><title>T &amp; C</title><script>alert(1)</script></head><body>"
            b"<h1>Header</h1><p>First <b>para</b>.</p><script>evil()</script><p>Second.</p></body></html>")
    doc = read_bytes(html, "page.html")
    assert doc.title == "T & C"
    assert "alert" not in doc.text and "evil" not in doc.text
    assert "First para ." in doc.text or "First para." in doc.text
    assert "Second." in doc.text


@pytest.mark.parametrize("comment", ["<!-->", "<!--->"])
def test_an_empty_comment_closes_at_once(comment: str) -> None:
    """"<!-->" and "<!--->" are whole comments in a browser, not the opening of one that swallows the rest
    (the property test of test_properties.py found "<!-->" hiding the whole page)."""
    doc = read_bytes(f"<p>Before.</p>{comment}<script>x()</script><p>After.</p>".encode(), "page.html")
    assert "After." in doc.text and "x()" not in doc.text
    text, _, _ = html_text("<p>A.</p><!-- hidden <p>C.</p> --><p>B.</p>")
    assert text == "A.\n\nB."  # a comment with text in it still runs to its "-->"


def test_pdf_and_docx() -> None:
    assert "The emir left Gao" in read_bytes(minimal_pdf("The emir left Gao in 2012."), "r.pdf").text
    doc = read_bytes(docx_bytes(["Title line", "Second paragraph about Kidal."]), "r.docx")
    assert doc.text == "Title line\n\nSecond paragraph about Kidal."


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n", "empty file"),
    ("bin.txt", bytes(range(256)) * 4, "binary content"),
    ("trunc.pdf", minimal_pdf("Some text")[:120], "malformed PDF"),
    ("fake.pdf", b"not a pdf at all", "malformed PDF"),
    ("trunc.docx", docx_bytes(["x"])[:200], "malformed DOCX"),
    ("bad.html", b"just words, no markup", "malformed HTML"),
    ("r.exe", b"MZ...", "unsupported file type"),
])
def test_bad_input_gets_a_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as info:
        read_bytes(data, name)
    assert reason in info.value.reason
    assert name in str(info.value)


def test_size_limit_and_missing_path(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    with pytest.raises(IngestError, match="too large"):
        read_path(big, max_bytes=100)
    with pytest.raises(IngestError, match="no such file"):
        read_path(tmp_path / "missing.txt")


def test_discover_expands_folders_and_keeps_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    found = discover([tmp_path, tmp_path / "nope.txt"])
    assert [p.name for p in found] == ["a.txt", "b.html", "nope.txt"]


def test_zip_that_is_not_docx_is_malformed() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "x")
    with pytest.raises(IngestError, match="malformed DOCX"):
        read_bytes(buf.getvalue(), "r.docx")
