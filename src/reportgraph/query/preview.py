"""What a merge or a split would put together or take apart, shown before the analyst decides."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..errors import NotFoundError
from ..review import merge_risks
from ..store import Store
from ..store import schema as t
from .dossier import dossier
from .reviewqueue import local_entities

SHOWN = 8  # facts and names shown per side


@dataclass
class Side:
    """One side of a merge or split: an entity's names, documents and a few of its facts."""

    id: int | None
    type: str
    name: str
    names: list[str]
    documents: list[dict[str, Any]]
    facts: list[dict[str, str]] = field(default_factory=list)  # {"text", "document"}
    relations: int = 0
    events: int = 0


def entity_side(store: Store, entity_id: int) -> Side:
    d = dossier(store, entity_id, max_facts=SHOWN * 4)
    facts = [{"text": f"{f.label} {f.other or ''}".strip() + f" ({f.source})", "document": f.document}
             for f in [*d.relations, *d.events]][:SHOWN * 4]
    docs = [{"id": x["document"], "title": x["title"], "local": x["id"], "name": x["name"]}
            for x in local_entities(store, entity_id)]
    return Side(d.id, d.type, d.name, [n.name for n in d.names][:SHOWN], docs, facts[:SHOWN],
                d.relations_total or len(d.relations), d.events_total or len(d.events))


@dataclass
class MergePreview:
    keep: Side
    other: Side
    risks: list[str]


def merge_preview(store: Store, keep: int, other: int) -> MergePreview:
    """Both sides of a merge of ``other`` into ``keep``, and why it would need ``force``."""
    return MergePreview(entity_side(store, keep), entity_side(store, other), merge_risks(store, keep, other))


@dataclass
class SplitPreview:
    entity: Side
    local: dict[str, Any]
    leaves: int  # how many of the entity's document entities stay
    moving: list[dict[str, str]] = field(default_factory=list)  # the facts the detached entity takes along


def split_preview(store: Store, local_id: int) -> SplitPreview:
    """The document entity a split would detach, and the entity it would leave."""
    le, d = t.local_entities.c, t.documents.c
    with store.connect() as conn:
        row = conn.execute(select(le.id, le.name, le.type, le.aliases, le.entity_id, d.id, d.title)
                           .join(t.documents, d.id == le.document_id).where(le.id == local_id)).first()
    if row is None or row[4] is None:
        raise NotFoundError(f"no document entity l{local_id}")
    side = entity_side(store, int(row[4]))
    whole = dossier(store, int(row[4]))
    moving = [{"text": f"{f.label} {f.other or ''}".strip(), "document": f.document}
              for f in [*whole.relations, *whole.events] if f.document == row[5]][:SHOWN]
    local = {"id": row[0], "name": row[1], "type": row[2], "aliases": list(row[3] or []), "document": row[5],
             "title": row[6]}
    return SplitPreview(side, local, sum(1 for x in side.documents if x["local"] != local_id), moving)
