"""Hostile and malformed input files, generated (never stored as binaries): the corpus of issue 15.

``generate(folder, scale)`` writes every case and returns them. ``scale="small"`` keeps each file
small enough for the test suite (tests/ingest/test_hostile.py); ``scale="full"`` writes the sizes
the audit measured (benchmarks/hostile.py): 32,000 unclosed ``<p>``, lists nested 100,000 deep, a
560 KB sentence, a 990 KB text of short paragraphs, DOCX zip bombs...
"""

from __future__ import annotations

import codecs
import io
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD_TEXT = (
    "Report {n} on the Sahel\n\nIyad Ag Ghaly founded Ansar Dine in Kidal in 2012. Ansar Dine attacked "
    "Gao in January 2013, killing 12 soldiers.\n\nThe group later joined JNIM, led by Iyad Ag Ghaly.\n"
)
SENTENCE = "Ansar Dine fighters attacked the army post near Gao and Kidal with Iyad Ag Ghaly "


@dataclass(frozen=True)
class Case:
    name: str  # file name, unique
    kind: str  # what is hostile about it
    good: bool = False  # a good file: must be stored whatever its neighbours do


def _docx(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


CT = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
      b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
      b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
      b'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      b'wordprocessingml.document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document_xml(body: bytes, prologue: bytes = b"") -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>' + prologue + b"<w:document " + W + b"><w:body>" + body + \
        b"</w:body></w:document>"


def _para(text: str) -> bytes:
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


def good_docx(text: str) -> bytes:
    body = b"".join(_para(p) for p in text.split("\n\n") if p.strip())
    return _docx({"[Content_Types].xml": CT, "_rels/.rels": RELS, "word/document.xml": _document_xml(body)})


def generate(folder: Path, scale: str = "small", seed: int = 15) -> list[Case]:
    """Write the corpus into ``folder``; returns its cases in a fixed order, good files among them."""
    full = scale == "full"
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, kind: str, data: bytes | str, good: bool = False) -> None:
        (folder / name).write_bytes(data.encode() if isinstance(data, str) else data)
        cases.append(Case(name, kind, good))

    def sizes(small: list[int], big: list[int]) -> list[int]:
        return big if full else small

    n_good = 0

    def good(fmt: str = "txt") -> None:
        nonlocal n_good
        n_good += 1
        text = GOOD_TEXT.format(n=n_good)
        data: bytes | str = good_docx(text) if fmt == "docx" else (
            f"<html><body><p>{text}</p></body></html>" if fmt == "html" else text)
        add(f"good-{n_good:03d}.{fmt}", "good", data, good=True)

    builders: list[Callable[[], None]] = []

    # --- HTML: nesting, unclosed tags, angle-bracket soup
    for depth in sizes([50, 2000], [1000, 32000, 100_000]):
        for tag in ("p", "div", "blockquote", "span", "b"):
            builders.append(lambda d=depth, t=tag: add(f"nest-{t}-{d}.html", "html nesting",
                                                       f"<{t}>" * d
                                                       + "Ansar Dine attacked Gao." + f"</{t}>" * (d // 2)))
        builders.append(lambda d=depth: add(f"nest-ul-{d}.html", "html nesting",
                                            "<ul><li>" * d + "Gao" + "</li></ul>" * d))
        builders.append(lambda d=depth: add(f"unclosed-p-{d}.html", "html unclosed", "<p>" * d + "Kidal"))
    for n in sizes([1000, 20_000], [100_000, 400_000]):
        for soup, label in (("<", "lt"), ("<a", "lta"), ("<!--", "comment"), ("</", "close"), ("<!", "decl"),
                            ("<a b='", "attr"), ("&#", "charref"), ("<![CDATA[", "cdata"), ("<?", "pi")):
            builders.append(lambda n=n, s=soup, lb=label: add(f"soup-{lb}-{n}.html", "angle soup", s * n + "x"))
    # --- Markdown and text: headings, quotes, long sentences, long words, many paragraphs
    for n in sizes([1000, 10_000], [10_000, 100_000]):
        builders.append(lambda n=n: add(f"hashes-{n}.md", "markdown hashes", "#" * n + " Ansar Dine\n"))
        builders.append(lambda n=n: add(f"quotes-{n}.md", "markdown quotes", ">" * n + " Ansar Dine\n"))
        builders.append(lambda n=n: add(f"spaced-quotes-{n}.md", "markdown quotes", "> " * n + "Ansar Dine\n"))
        builders.append(lambda n=n: add(f"list-{n}.md", "markdown nesting",
                                        "".join("  " * (i % 200) + "- Gao\n" for i in range(n // 10))))
        builders.append(lambda n=n: add(f"brackets-{n}.md", "markdown brackets", "[" * n + "Gao" + "]" * n))
        builders.append(lambda n=n: add(f"word-{n}.txt", "long word", "Gao " + "x" * n * 10))
        builders.append(lambda n=n: add(f"punct-{n}.txt", "long punctuation", "Gao " + "-." * n * 5))
        builders.append(lambda n=n: add(f"digits-{n}.txt", "huge integer", f"Ansar Dine killed {'9' * n} people."))
        builders.append(lambda n=n: add(f"spaces-{n}.txt", "long spaces", "Gao" + " " * n * 50 + "Kidal"))
    for size in sizes([20_000, 60_000], [200_000, 560_000]):
        builders.append(lambda s=size: add(f"sentence-{s}.txt", "long sentence", (SENTENCE * (s // len(SENTENCE)
                                                                                            + 1))[:s]))
        builders.append(lambda s=size: add(f"commas-{s}.txt", "long sentence",
                                           ", ".join(["Gao", "Kidal", "Ansar Dine"] * (s // 20))))
    for size in sizes([30_000], [990_000]):
        builders.append(lambda s=size: add(f"paragraphs-{s}.txt", "many short paragraphs",
                                           ("Ansar Dine attacked Gao.\n\n" * (s // 26 + 1))[:s]))
        builders.append(lambda s=size: add(f"lines-{s}.txt", "many short lines",
                                           ("Gao\n" * (s // 4 + 1))[:s]))
    # --- encodings: right or refused, never mojibake
    french = "Le groupe a déclaré à Gao qu'il contrôlait Ménaka. Ansar Dine a attaqué Kidal en 2012.\n"
    for enc in ("latin-1", "cp1252", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"):
        builders.append(lambda e=enc: add(f"enc-{e}.txt", "encoding", french.encode(e)))
        if enc.startswith(("utf-16", "utf-32")):
            bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
                   "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[enc]
            builders.append(lambda e=enc, b=bom: add(f"enc-bom-{e}.txt", "encoding", b + french.encode(e)))
    builders.append(lambda: add("enc-mixed.txt", "encoding", french.encode() + french.encode("latin-1")))
    builders.append(lambda: add("enc-cp1252-quotes.txt", "encoding", "“Gao” – Ansar Dine’s base…\n".encode("cp1252")))
    builders.append(lambda: add("enc-cyrillic.txt", "encoding", ("Ансар Дин атаковал Гао. " * 20).encode("cp1251")))
    builders.append(lambda: add("enc-latin1.html", "encoding",
                                f"<html><body><p>{french}</p></body></html>".encode("latin-1")))
    for i in range(sizes([4], [12])[0]):
        builders.append(lambda i=i: add(f"binary-{i}.txt", "binary", bytes(rng.randrange(256) for _ in range(4096))))
        builders.append(lambda i=i: add(f"nul-{i}.txt", "binary", b"Gao\x00" * (100 * (i + 1))))
    # --- DOCX: corrupt, zip bombs, deep XML, entities, huge paragraph counts
    base = good_docx(GOOD_TEXT.format(n=0))
    for i in range(sizes([6], [24])[0]):
        cut = max(30, len(base) * (i + 1) // (sizes([6], [24])[0] + 1))
        builders.append(lambda c=cut: add(f"docx-trunc-{c}.docx", "corrupt docx", base[:c]))
        flipped = bytearray(base)
        for _ in range(5 + i):
            j = rng.randrange(len(flipped))
            flipped[j] ^= 0xFF
        builders.append(lambda f=bytes(flipped), i=i: add(f"docx-flip-{i}.docx", "corrupt docx", f))
    for mb in sizes([2, 8], [64, 300]):
        builders.append(lambda mb=mb: add(f"docx-bomb-{mb}mb.docx", "docx zip bomb", _docx({
            "[Content_Types].xml": CT, "_rels/.rels": RELS,
            "word/document.xml": _document_xml(_para("Gao") + b" " * (mb * 1024 * 1024))})))
        builders.append(lambda mb=mb: add(f"docx-paras-{mb}mb.docx", "docx many paragraphs", _docx({
            "[Content_Types].xml": CT, "_rels/.rels": RELS,
            "word/document.xml": _document_xml(_para("Ansar Dine attacked Gao.") * (mb * 1024 * 1024 // 60))})))
    for depth in sizes([300, 5000], [300, 100_000]):
        builders.append(lambda d=depth: add(f"docx-deep-{d}.docx", "docx deep xml", _docx({
            "[Content_Types].xml": CT, "_rels/.rels": RELS,
            "word/document.xml": _document_xml(b"<w:p>" * d + b"</w:p>" * d)})))
    laughs = b"<!DOCTYPE w:document [<!ENTITY a \"lol\">" + b"".join(
        b'<!ENTITY %s "%s">' % (chr(98 + i).encode(), (b"&" + chr(97 + i).encode() + b";") * 10) for i in range(8)
    ) + b"]>"
    builders.append(lambda: add("docx-laughs.docx", "docx entity expansion", _docx({
        "[Content_Types].xml": CT, "_rels/.rels": RELS, "word/document.xml": _document_xml(_para("&i;"), laughs)})))
    builders.append(lambda: add("docx-external.docx", "docx external entity", _docx({
        "[Content_Types].xml": CT, "_rels/.rels": RELS,
        "word/document.xml": _document_xml(_para("&x;"), b'<!DOCTYPE w:document [<!ENTITY x SYSTEM '
                                                          b'"file:///etc/passwd">]>')})))
    builders.append(lambda: add("docx-nodoc.docx", "corrupt docx", _docx({"[Content_Types].xml": CT})))
    builders.append(lambda: add("docx-stored.docx", "docx", good_docx(GOOD_TEXT.format(n=-1))))
    # --- PDF: not PDFs, truncated, empty
    for i, data in enumerate([b"%PDF-1.4\n", b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(2000)),
                              b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\n"
                              b"trailer\n<< /Root 1 0 R >>",
                              b"%PDF-" + b"[" * 5000, b"not a pdf"]):
        builders.append(lambda i=i, d=data: add(f"pdf-bad-{i}.pdf", "bad pdf", d))
    # --- empty and odd
    builders.append(lambda: add("empty.txt", "empty", b""))
    builders.append(lambda: add("blank.md", "empty", b" \n\t\n"))
    builders.append(lambda: add("punct-only.txt", "no text", b"... --- !!!"))
    builders.append(lambda: add("bom-only.txt", "empty", codecs.BOM_UTF8))

    # Interleave good files so that every few hostile files stand between two good ones.
    for i, build in enumerate(builders):
        if i % 8 == 0:
            good(("txt", "html", "docx")[(i // 8) % 3])
        build()
    good()
    if full:  # the benchmark's count: repeat the cheap kinds with other seeds until 300 are hostile
        extra = 0
        while sum(1 for c in cases if not c.good) < 300:
            extra += 1
            r = random.Random(seed + extra)
            junk = bytes(r.randrange(256) for _ in range(r.randrange(10, 5000)))
            ext = ("txt", "md", "html", "docx", "pdf")[extra % 5]
            add(f"random-{extra:03d}.{ext}", "random bytes", (b"%PDF-" if ext == "pdf" else b"PK\x03\x04"
                                                              if ext == "docx" else b"") + junk)
            if extra % 8 == 0:
                good()
    return cases
