"""The document view: its text with entities highlighted and linked, and the facts it states."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse

from ...api import KnowledgeBase
from ...query.document import document_view
from ...query.documents import list_documents
from ..highlight import fragments
from ..pages import page, to_data
from ..security import require_writer

router = APIRouter(tags=["documents"])


@page(router, "/document/{doc_id}", "document.html")
def document(
    request: Request,
    doc_id: str,
    span: str = Query(
        "", pattern=r"^(\d{1,12}-\d{1,12})?$", description="START-END of a sentence to mark"
    ),
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


@page(router, "/documents", "documents.html")
def documents(
    request: Request,
    grade: str = Query("ABCDEF", pattern="^[A-F]*$", description="source grades to list"),
    limit: int = Query(1000, ge=1, le=100_000),
    language: str = Query("", pattern="^([a-z]{2,3})?$", description="only documents in this language (fr, en)"),
) -> dict[str, Any]:
    """Every document with its source grade, its language and what was extracted from it."""
    kb: KnowledgeBase = request.app.state.kb
    return {"documents": list_documents(kb.store, grade or "ABCDEF", limit, language or None), "grade": grade,
            "language": language}


@router.post("/document/{doc_id}/grade", status_code=201, summary="Set a document's source grade (A-F)")
def set_grade(
    request: Request,
    doc_id: str,
    grade: str = Form(..., pattern="^[A-F]$"),
    actor: str = Depends(require_writer),
) -> Any:
    kb: KnowledgeBase = request.app.state.kb
    decision = request.app.state.writer.call(kb.grade, doc_id, grade, actor)
    if "text/html" in request.headers.get("accept", ""):
        return RedirectResponse(f"/document/{doc_id}", status_code=303)
    return JSONResponse(to_data(decision), status_code=201)


@router.post("/document/{doc_id}/reported", status_code=201, summary="Set the date a document was reported")
def set_reported(
    request: Request,
    doc_id: str,
    reported: str = Form("", max_length=10, pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$",
                         description="YYYY, YYYY-MM or YYYY-MM-DD; empty clears it"),
    reason: str = Form("", max_length=2000),
    actor: str = Depends(require_writer),
) -> Any:
    kb: KnowledgeBase = request.app.state.kb
    decision = request.app.state.writer.call(kb.set_reported, doc_id, reported or None, actor, reason or None)
    if "text/html" in request.headers.get("accept", ""):
        return RedirectResponse(f"/document/{doc_id}", status_code=303)
    return JSONResponse(to_data(decision), status_code=201)
