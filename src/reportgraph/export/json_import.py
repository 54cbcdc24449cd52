"""Reading a reportgraph JSON export as a stream of records, without loading the file whole.

The export is one JSON object whose lists can hold millions of items; this reader decodes one
item at a time (``json.JSONDecoder.raw_decode`` over a sliding buffer) and yields
``(section, item)`` pairs in file order.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..errors import InterchangeError
from ..store import Store
from .json_export import FORMAT_VERSION

SECTIONS = ("documents", "entities", "relations", "events", "negated_relations", "negated_events")
_WS = re.compile(r"[ \t\n\r]*")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


# NaN and Infinity are Python's extension to JSON: an export never holds them, and an infinite
# confidence compares as valid against every bound.
_DECODER = json.JSONDecoder(parse_constant=_no_constant)


class _Stream:
    def __init__(self, fh: TextIO, chunk: int = 1 << 16) -> None:
        self.fh, self.chunk = fh, chunk
        self.buf, self.pos, self.eof = "", 0, False

    def _fill(self) -> bool:
        data = self.fh.read(self.chunk)
        if not data:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + data
        self.pos = 0
        return True

    def peek(self) -> str:
        while True:
            m = _WS.match(self.buf, self.pos)
            self.pos = m.end() if m else self.pos
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, char: str) -> None:
        got = self.peek()
        if got != char:
            raise InterchangeError(
                f"not a reportgraph JSON export: expected '{char}', found '{got or 'end of file'}'"
            )
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._fill():
                    continue
                raise InterchangeError(f"not a reportgraph JSON export: {exc}") from None
            except ValueError as exc:  # NaN, or an integer of more than 4,300 digits
                raise InterchangeError(f"not a reportgraph JSON export: {str(exc)[:200]}") from None
            if end == len(self.buf) and not self.eof and self._fill():
                continue  # a number cut at the buffer's end may go on in the next chunk
            self.pos = end
            return obj


def iter_records(fh: TextIO, chunk: int = 1 << 16) -> Iterator[tuple[str, Any]]:
    """``(section, item)`` for each item of the export's lists, checking the format header first."""
    s = _Stream(fh, chunk)
    s.expect("{")
    header: dict[str, Any] = {}
    while s.peek() not in ("}", ""):
        key = s.value()
        s.expect(":")
        if key in SECTIONS:
            _check(header)
            s.expect("[")
            while s.peek() != "]":
                yield key, s.value()
                if s.peek() == ",":
                    s.pos += 1
            s.expect("]")
        else:
            header[key] = s.value()
        if s.peek() == ",":
            s.pos += 1
    s.expect("}")


def _check(header: dict[str, Any]) -> None:
    if header.get("format") != "reportgraph":
        raise InterchangeError('not a reportgraph JSON export (no "format": "reportgraph" header)')
    version = header.get("format_version")
    if not isinstance(version, int) or version < 2 or version > FORMAT_VERSION:
        raise InterchangeError(
            f"cannot import export format version {version} (this reportgraph reads 2 to "
            f"{FORMAT_VERSION}; exports before version 2 lack document texts)"
        )


ProgressCallback = Callable[[int, int], None]  # (bytes read, file size)


def import_json(store: Store, path: Path, on_progress: ProgressCallback | None = None) -> dict[str, int]:
    """Load a JSON export into an empty store; returns how many items of each kind were loaded.

    The whole file is validated first (export/schema.py); any problem raises
    ``ImportValidationError`` listing each with its JSON path, and nothing is written."""
    from ..errors import ImportValidationError
    from .schema import validate_export

    problems = validate_export(path)
    if problems:
        raise ImportValidationError(problems)
    total = path.stat().st_size
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8") as fh:

        def records() -> Iterator[tuple[str, Any]]:
            for i, record in enumerate(iter_records(fh)):
                if on_progress and i % 1000 == 0:
                    on_progress(raw.tell(), total)  # bytes read so far (a chunk ahead of the parser)
                yield record
            if on_progress:
                on_progress(total, total)

        return store.load(records())
