"""The document view: its text with entities highlighted and linked, and the facts it states."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from ...api import KnowledgeBase
from ...query.document import document_view
from ..highlight import fragments
from ..pages import page

router = APIRouter(tags=["documents"])


@page(router, "/document/{doc_id}", "document.html")
def document(
    request: Request,
    doc_id: str,
    span: str = Query("", pattern=r"^(\d+-\d+)?$", description="START-END of a sentence to mark"),
) -> dict[str, Any]:
    """A document's text, mentions and facts; ``span`` marks the sentence a fact link points at."""
    kb: KnowledgeBase = request.app.state.kb
    view = document_view(kb.store, doc_id)
    mark = tuple(int(x) for x in span.split("-")) if span else None
    return {
        "document": view,
        "fragments": fragments(view.text, view.mentions, mark),  # type: ignore[arg-type]
        "span": span or None,
    }
