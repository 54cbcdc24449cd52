"""Readers: a file on disk in, a clean ``SourceDocument`` out, or an ``IngestError`` saying why not."""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..errors import IngestError
from ..model import SourceDocument

MAX_BYTES = 20 * 1024 * 1024  # a long report is well under 1 MB of text; 20 MB bounds PDFs with images
SUPPORTED = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
             ".html": "text/html", ".htm": "text/html", ".pdf": "application/pdf",
             ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def document_id(text: str) -> str:
    """A content hash: the same text always gets the same id, whatever file it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\ufeff", "")
    return re.sub(r"[ \t]+\n", "\n", text).strip()


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def decode_text(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8, else as the encoding charset-normalizer is confident of."""
    if _looks_binary(data):
        raise IngestError(path, "binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise IngestError(path, "undecodable text: not UTF-8 and no other encoding fits")
    return str(best)


def _read_text(data: bytes, path: str) -> tuple[str, str]:
    text = decode_text(data, path).lstrip("\ufeff")
    first = next((ln.strip().lstrip("#").strip() for ln in text.splitlines() if ln.strip()), "")
    return text, first


def _read_html(data: bytes, path: str) -> tuple[str, str]:
    from bs4 import BeautifulSoup

    raw = decode_text(data, path)
    if "<" not in raw:
        raise IngestError(path, "malformed HTML: no markup found")
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        if tag.name == "head":
            continue
        tag.decompose()
    title_tag = soup.find("title") or soup.find("h1")
    title = title_tag.get_text(" ", strip=True) if title_tag else ""
    body = soup.body or soup
    if soup.head:
        soup.head.decompose()
    blocks = [b.get_text(" ", strip=True) for b in body.find_all(["h1", "h2", "h3", "h4", "p", "li", "blockquote"])]
    text = "\n\n".join(b for b in blocks if b) or body.get_text("\n", strip=True)
    return text, title


def _read_pdf(data: bytes, path: str) -> tuple[str, str]:
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


def _read_docx(data: bytes, path: str) -> tuple[str, str]:
    import docx

    try:
        d = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(path, f"malformed DOCX: {exc.__class__.__name__}") from None
    paras = [p.text.strip() for p in d.paragraphs if p.text.strip()]
    title = (d.core_properties.title or "").strip() or (paras[0] if paras else "")
    return "\n\n".join(paras), title


READERS: dict[str, Callable[[bytes, str], tuple[str, str]]] = {
    "text/plain": _read_text, "text/markdown": _read_text, "text/html": _read_html,
    "application/pdf": _read_pdf,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": _read_docx,
}


def read_bytes(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> SourceDocument:
    """Turn the bytes of a file called ``name`` into a document (used for uploads too)."""
    media = SUPPORTED.get(Path(name).suffix.lower())
    if media is None:
        raise IngestError(name, f"unsupported file type '{Path(name).suffix or '(none)'}' "
                                f"(supported: {', '.join(sorted(SUPPORTED))})")
    if len(data) > max_bytes:
        raise IngestError(name, f"file too large: {len(data)} bytes > limit {max_bytes}")
    if not data.strip():
        raise IngestError(name, "empty file")
    text, title = READERS[media](data, name)
    text = _clean(text)
    if len(re.findall(r"\w", text)) < 3:
        raise IngestError(name, "no readable text")
    return SourceDocument(id=document_id(text), source=name, title=(title or Path(name).stem)[:300],
                          text=text, media_type=media)


def read_path(path: Path, max_bytes: int = MAX_BYTES) -> SourceDocument:
    """Read one file from disk."""
    if not path.exists():
        raise IngestError(str(path), "no such file")
    if not path.is_file():
        raise IngestError(str(path), "not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(str(path), f"file too large: {size} bytes > limit {max_bytes}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), f"unreadable: {exc.strerror}") from None
    doc = read_bytes(data, str(path), max_bytes)
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
