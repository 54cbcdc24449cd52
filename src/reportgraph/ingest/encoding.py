"""Bytes to text: the right encoding, or a refusal that says why; never silent mojibake.

In order: a byte-order mark (UTF-8, UTF-16 and UTF-32, either byte order); UTF-16/32 without a
mark, told by where the NUL bytes of mostly-Latin text fall; UTF-8; UTF-8 lines mixed with
single-byte lines (a UTF-8 file with a Latin-1 tail pasted in); Windows-1252 (a superset of
Latin-1's printable characters) when the text it gives reads like a Latin-script language; else
the encoding charset-normalizer finds coherent, or a refusal.
"""

from __future__ import annotations

import codecs
import unicodedata

from ..errors import IngestError

# UTF-32 first: its little-endian mark begins with UTF-16's.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SAMPLE = 8192
# In French, Spanish or German prose at most one letter in five is accented; a non-Latin text
# misread as Windows-1252 is made of accented letters almost entirely ("Ïðèâåò").
MAX_ACCENTED_SHARE = 0.3
MAX_CHAOS = 0.2  # charset-normalizer's mess ratio above which its guess is refused


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _wide_without_bom(sample: bytes) -> str | None:
    """UTF-32 or UTF-16 (and the byte order) of mostly-Latin text, from where its NULs fall."""
    n = len(sample) - len(sample) % 4
    if n < 8 or b"\x00" not in sample:
        return None
    quarter = n // 4
    zeros = [sum(1 for i in range(k, n, 4) if sample[i] == 0) / quarter for k in range(4)]
    if zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.5:
        return "utf-32-le"
    if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[2] > 0.9 and zeros[3] < 0.5:
        return "utf-32-be"
    even, odd = (zeros[0] + zeros[2]) / 2, (zeros[1] + zeros[3]) / 2
    if odd > 0.5 and even < 0.1:
        return "utf-16-le"
    if even > 0.5 and odd < 0.1:
        return "utf-16-be"
    return None


def _controls(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\f\r")


def _is_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def _accented_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if ord(ch) > 127) / len(letters) if letters else 0.0


def _latin(text: str) -> bool:
    """Are all its letters Latin (as Windows-1252 gives them, or another script's bytes misread)?"""
    return all(unicodedata.name(ch, "").startswith("LATIN") or ch in "ªºµ"
               for ch in text if ord(ch) > 127 and ch.isalpha())


def _single_byte(data: bytes) -> str | None:
    """The Windows-1252 reading of bytes when it has Latin letters only and no control characters."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # one of its five unassigned bytes: not Windows-1252
        return None
    return text if _latin(text) and not _controls(text) else None


def _mixed(data: bytes) -> str | None:
    """UTF-8 lines with single-byte lines among them, each line decoded as what it is."""
    lines = data.split(b"\n")
    out: list[str] = []
    utf8_wide = single = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
            utf8_wide += any(b > 127 for b in line)
        except UnicodeDecodeError:
            decoded = _single_byte(line)
            if decoded is None:
                return None
            text = decoded
            single += 1
        out.append(text)
    return "\n".join(out) if utf8_wide and single else None


def decode_text(data: bytes, path: str) -> str:
    """Decode a text file's bytes (see the module's docstring for the order), or raise why not."""
    found = _bom(data)
    encoding, skip = found if found else (_wide_without_bom(data[:SAMPLE]), 0)
    if encoding is not None:
        try:
            text = data[skip:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise IngestError(path, f"undecodable text: looks like {encoding.upper()} but byte {exc.start + skip} "
                                    "is not valid in it") from None
        if _controls(text[:SAMPLE]) > len(text[:SAMPLE]) * 0.05:
            raise IngestError(path, f"binary content, not text (read as {encoding.upper()})")
        return text
    if _is_binary(data[:SAMPLE]):
        raise IngestError(path, "binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mixed(data)
    if mixed is not None:
        return mixed
    latin = _single_byte(data)
    if latin is not None and _accented_share(latin) <= MAX_ACCENTED_SHARE:
        return latin
    from charset_normalizer import from_bytes

    # Mostly accented letters: another script's bytes, or a short Latin text ("àààà"). Only another
    # script's reading wins over Windows-1252: a Central European guess for Latin text is the
    # mojibake of "déclaré ŕ Gao".
    # A multi-byte guess (Big5, GB18030...) for bytes that read as Windows-1252 is usually wrong
    # on a short text ("àààà" came back as "頎頎"): it wins only where Windows-1252 cannot read.
    best = from_bytes(data).best()
    if best is not None and best.encoding is not None and best.chaos <= MAX_CHAOS:
        text = str(best)
        if latin is None or (not _latin(text) and len(text) == len(data) and _accented_share(text) > 0.5):
            return text
    if latin is not None:
        return latin
    raise IngestError(path, "undecodable text: not UTF-8, UTF-16 or UTF-32, and no single-byte encoding "
                            "reads as coherent text (save it as UTF-8)")
