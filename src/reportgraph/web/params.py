"""Typed, bounded request parameters: a value the database cannot hold is a 422 at the edge.

SQLite's INTEGER (and PostgreSQL's bigint) stops at 2**63 - 1; a larger id used to reach the
driver and end in an OverflowError (HTTP 500). Path ids are plain segments checked here, not the
``:int`` convertor, whose ``int()`` raises on a 5,000-digit segment before validation runs.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

MAX_ID = 2**63 - 1

DbId = Annotated[int, Path(ge=0, le=MAX_ID, description="a row id")]


def OptionalId(description: str = "") -> int | None:  # noqa: N802 - reads like FastAPI's Query()
    """An optional id query parameter, bounded to the database's integer range."""
    result: int | None = Query(None, ge=0, le=MAX_ID, description=description)
    return result
