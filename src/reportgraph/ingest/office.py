"""DOCX to text, with the archive's decompression bounded before anything is inflated.

python-docx parses each part with lxml's safe settings (no entity resolution, no network, and
libxml2's default depth and text-node limits, which raise "Excessive depth" rather than recurse);
on top of that this module refuses, from the zip's directory alone, an archive that would
decompress past ``Limits.max_unzipped`` (all parts) or ``Limits.max_xml`` (its XML parts), and any
XML part that declares a DTD (OOXML never does; a DTD is how entity-expansion bombs start).
Whatever python-docx, zipfile, zlib or lxml raise on a damaged file becomes one ``IngestError``.
"""

from __future__ import annotations

import io
import zipfile

from ..errors import IngestError, LimitError
from ..limits import Limits

MAX_PARTS = 10_000  # a long report with images has a few hundred
PROLOGUE = 4096  # bytes of each XML part searched for a DTD: it can only come before the root element


def _check_archive(data: bytes, path: str, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > MAX_PARTS:
                raise LimitError(path, f"DOCX has {len(infos)} parts (limit {MAX_PARTS})")
            total = sum(i.file_size for i in infos)
            if total > limits.max_unzipped:
                raise LimitError(path, f"DOCX decompresses to {total} bytes (limit {limits.max_unzipped})")
            xml = [i for i in infos if i.filename.endswith((".xml", ".rels"))]
            xml_size = sum(i.file_size for i in xml)
            if xml_size > limits.max_xml:
                raise LimitError(path, f"DOCX text parts decompress to {xml_size} bytes (limit {limits.max_xml})")
            for info in xml:
                with z.open(info) as part:
                    head = part.read(PROLOGUE)  # zipfile stops at the declared size, so this is bounded
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise IngestError(path, f"malformed DOCX: part {info.filename} declares a DTD (refused)")
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - BadZipFile, zlib.error, EOFError, NotImplementedError...
        raise IngestError(path, f"malformed DOCX: {_why(exc)}") from None


def _why(exc: BaseException) -> str:
    detail = str(exc).splitlines()[0][:160] if str(exc) else ""
    return f"{exc.__class__.__name__}: {detail}" if detail else exc.__class__.__name__


def read_docx(data: bytes, path: str, limits: Limits) -> tuple[str, str]:
    """(text, title) of a DOCX: its non-empty paragraphs, one per paragraph of text."""
    _check_archive(data, path, limits)
    import docx

    try:
        d = docx.Document(io.BytesIO(data))
        paras = [p.text.strip() for p in d.paragraphs]
        title = (d.core_properties.title or "").strip()
    except Exception as exc:  # noqa: BLE001 - lxml "Excessive depth", zlib errors, KeyError of missing parts...
        raise IngestError(path, f"malformed DOCX: {_why(exc)}") from None
    paras = [p for p in paras if p]
    return "\n\n".join(paras), title or (paras[0] if paras else "")
