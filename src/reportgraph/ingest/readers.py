"""Readers: a file on disk in, a clean ``SourceDocument`` out, or an ``IngestError`` saying why not."""

from __future__ import annotations

import hashlib
import io
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..errors import IngestError, LimitError
from ..limits import Limits
from ..model import SourceDocument
from .encoding import decode_text
from .html import html_text
from .office import read_docx

MAX_BYTES = Limits.max_bytes  # a long report is well under 1 MB of text; 20 MB bounds PDFs with images
SUPPORTED = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
             ".html": "text/html", ".htm": "text/html", ".pdf": "application/pdf",
             ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def document_id(text: str) -> str:
    """A content hash: the same text always gets the same id, whatever file it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\ufeff", "")
    # line by line: the regex [ \t]+\n rescans a long run of spaces from each of its characters
    return "\n".join(line.rstrip(" \t") for line in text.split("\n")).strip()


def _read_text(data: bytes, path: str, limits: Limits) -> tuple[str, str]:
    text = decode_text(data, path).lstrip("\ufeff")
    first = next((ln.strip().lstrip("#").strip() for ln in text.splitlines() if ln.strip()), "")
    return text, first[:300]


def _read_html(data: bytes, path: str, limits: Limits) -> tuple[str, str]:
    text, title, markup = html_text(decode_text(data, path))
    if not markup:
        raise IngestError(path, "malformed HTML: no markup found")
    return text, title


def _read_pdf(data: bytes, path: str, limits: Limits) -> tuple[str, str]:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.startswith(b"%PDF-"):
        raise IngestError(path, "malformed PDF: missing %PDF header")
    try:
        text = extract_text(io.BytesIO(data))
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IngestError(path, f"malformed PDF: {exc.__class__.__name__}") from None
    except Exception as exc:  # pdfminer raises many private types on truncated files
        raise IngestError(path, f"malformed PDF: {exc.__class__.__name__}") from None
    # pdfminer breaks lines inside paragraphs; rejoin them so sentences stay whole.
    text = re.sub(r"(?<![\n.:;!?])\n(?!\n)", " ", text)
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return text, first[:200]


READERS: dict[str, Callable[[bytes, str, Limits], tuple[str, str]]] = {
    "text/plain": _read_text, "text/markdown": _read_text, "text/html": _read_html,
    "application/pdf": _read_pdf,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": read_docx,
}


def _limits(max_bytes: int | None, limits: Limits | None) -> Limits:
    limits = limits or Limits()
    return limits if max_bytes is None else replace(limits, max_bytes=max_bytes)


def read_bytes(data: bytes, name: str, max_bytes: int | None = None, limits: Limits | None = None) -> SourceDocument:
    """Turn the bytes of a file called ``name`` into a document (used for uploads too); ``max_bytes``
    overrides ``limits.max_bytes``."""
    limits = _limits(max_bytes, limits)
    max_bytes = limits.max_bytes
    media = SUPPORTED.get(Path(name).suffix.lower())
    if media is None:
        raise IngestError(name, f"unsupported file type '{Path(name).suffix or '(none)'}' "
                                f"(supported: {', '.join(sorted(SUPPORTED))})")
    if len(data) > max_bytes:
        raise LimitError(name, f"file too large: {len(data)} bytes > limit {max_bytes}")
    if not data.strip():
        raise IngestError(name, "empty file")
    try:
        text, title = READERS[media](data, name, limits)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a parsing library raises on a hostile file
        raise IngestError(name, f"unreadable {Path(name).suffix.lstrip('.').upper() or 'file'}: "
                                f"{exc.__class__.__name__}") from None
    text = _clean(text)
    if len(text) > limits.max_chars:
        raise LimitError(name, f"text too long: {len(text)} characters > limit {limits.max_chars}")
    if sum(1 for _ in itertools.islice(re.finditer(r"\w", text), 3)) < 3:
        raise IngestError(name, "no readable text")
    return SourceDocument(id=document_id(text), source=name, title=(title or Path(name).stem)[:300],
                          text=text, media_type=media)


def read_path(path: Path, max_bytes: int | None = None, limits: Limits | None = None) -> SourceDocument:
    """Read one file from disk."""
    limits = _limits(max_bytes, limits)
    max_bytes = limits.max_bytes
    if not path.exists():
        raise IngestError(str(path), "no such file")
    if not path.is_file():
        raise IngestError(str(path), "not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise LimitError(str(path), f"file too large: {size} bytes > limit {max_bytes}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), f"unreadable: {exc.strerror}") from None
    doc = read_bytes(data, str(path), limits=limits)
    return doc


def discover(paths: list[Path]) -> list[Path]:
    """Expand directories into the supported files below them; keep missing paths so they get reported."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED))
        else:
            out.append(p)
    return out
