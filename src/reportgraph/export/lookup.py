"""Bounded-memory lookups for the exports: entity names, document sources and places by id.

Exports stream facts and need a few attributes of the things a fact points at (a name, a source
file, coordinates). Holding every entity in a dict would grow with the knowledge base; these
lookups ask the database and keep only the most recently used answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import TracebackType

from sqlalchemy import select

from ..resolve.geonames import Locator, Place, locate, locate_any
from ..store import Store
from ..store import schema as t

CACHE_SIZE = 50_000


@dataclass(frozen=True)
class EntityInfo:
    id: int
    type: str
    name: str
    names: tuple[str, ...]  # the preferred name first, then every local name and alias


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    source: str
    title: str
    ingested_at: str
    grade: str


def ref_id(ref: str) -> int:
    """The integer id of an export reference such as ``e12``."""
    return int(ref[1:])


class Lookup:
    """Cached reads over one connection; use as a context manager."""

    def __init__(self, store: Store, locator: Locator | None = None) -> None:
        self.conn = store.connect()
        self.locator: Locator = locator or locate
        self.entity = lru_cache(maxsize=CACHE_SIZE)(self._entity)
        self.document = lru_cache(maxsize=CACHE_SIZE)(self._document)
        self.place = lru_cache(maxsize=CACHE_SIZE)(self._place)

    def __enter__(self) -> Lookup:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.conn.close()

    def _entity(self, ref: str) -> EntityInfo | None:
        eid = ref_id(ref)
        e, le = t.entities.c, t.local_entities.c
        q = (
            select(e.type, e.name, le.name.label("lname"), le.aliases)
            .select_from(t.entities.outerjoin(t.local_entities, le.entity_id == e.id))
            .where(e.id == eid)
            .order_by(le.id)
        )
        rows = self.conn.execute(q).all()  # one query: these run once per entity (cache misses)
        if not rows:
            return None
        names: dict[str, None] = {rows[0].name: None}
        for r in rows:
            if r.lname is not None:
                names.setdefault(r.lname, None)
            for a in r.aliases or []:
                names.setdefault(a, None)
        return EntityInfo(eid, rows[0].type, rows[0].name, tuple(names))

    def _document(self, doc_id: str) -> DocumentInfo | None:
        d = t.documents.c
        row = self.conn.execute(
            select(d.source, d.title, d.ingested_at, d.grade).where(d.id == doc_id)
        ).first()
        return DocumentInfo(doc_id, row.source, row.title, row.ingested_at, row.grade) if row else None

    def _place(self, ref: str) -> Place | None:
        info = self.entity(ref)
        if info is None or info.type != "LOCATION":
            return None
        return locate_any(info.names, self.locator)

    def name(self, ref: str | None) -> str:
        """An entity's preferred name, or '' for None or an unknown id."""
        info = self.entity(ref) if ref else None
        return info.name if info else ""

    def source(self, doc_id: str) -> str:
        info = self.document(doc_id)
        return info.source if info else doc_id


def place_of_entity(
    names: list[str] | tuple[str, ...], entity_type: str, locator: Locator = locate
) -> Place | None:
    """Where an exported entity lies: locations only, by the first of their names the gazetteer knows."""
    return locate_any(names, locator) if entity_type == "LOCATION" else None
