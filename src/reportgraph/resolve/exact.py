"""Resolution v0: a local entity joins the global entity that shares a normalised name of its type."""

from __future__ import annotations

from ..model import LocalEntity
from .base import Assignment, CandidateIndex
from .keys import name_key
from .records import resolution_names


class ExactNameResolver:
    """Merges on an identical normalised name and type only: no fuzzy evidence, no false merges of
    different spellings either (that is the cross-document resolver's job)."""

    name = "exact-name"

    def assign(self, index: CandidateIndex, entity: LocalEntity) -> Assignment:
        keys = {name_key(entity.type, n) for n in resolution_names(entity)}
        found = index.lookup(keys)
        if found:
            # Most shared keys first, then the oldest entity: deterministic across runs.
            eid = min(found, key=lambda i: (-len(found[i]), i))
            index.add_keys(eid, keys - found[eid])
            shared = ", ".join(sorted(k.split(":", 1)[1] for k in found[eid]))
            return Assignment(eid, created=False, reasons=[f"same {entity.type.lower()} name: {shared}"])
        eid = index.create(entity.type, entity.name)
        index.add_keys(eid, keys)
        return Assignment(eid, created=True, reasons=["no entity of this type shares a name"])
