"""Review: accept, reject or correct facts; merge and split entities; the audit log.

Reads (the queue, the audit log) are pages with JSON twins; every POST needs the token
(``security.require_writer``) and runs on the one writer thread.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse
from sqlalchemy import select

from ...api import KnowledgeBase
from ...query.reviewqueue import fact_queue, local_entities
from ...review import Decision
from ...store import schema as t
from ..pages import page, to_data
from ..params import DbId, OptionalId
from ..security import require_writer

router = APIRouter(tags=["review"])
Reason = Form("", max_length=2000, description="Why (written to the audit log)")


@page(router, "/review", "review.html")
def review_queue(
    request: Request,
    kind: str = Query("", pattern="^(relation|event)?$"),
    id: int | None = OptionalId(),
    status: str = Query("open", pattern="^(open|accepted|rejected|all)$"),
    limit: int = Query(100, ge=1, le=1000),
) -> dict[str, Any]:
    """Facts to review, least confident first (or one fact: kind and id)."""
    kb: KnowledgeBase = request.app.state.kb
    return {
        "facts": fact_queue(kb.store, kind or None, id, status, limit),
        "kind": kind,
        "id": id,
        "status": status,
    }


@page(router, "/review/entity/{entity_id}", "review_entity.html")
def review_entity(request: Request, entity_id: DbId) -> dict[str, Any]:
    """An entity's local entities (one per document), to split one off or merge another entity in."""
    kb: KnowledgeBase = request.app.state.kb
    with kb.store.connect() as conn:
        head = conn.execute(
            select(t.entities.c.id, t.entities.c.type, t.entities.c.name).where(t.entities.c.id == entity_id)
        ).first()
    if head is None:
        from ...errors import NotFoundError

        raise NotFoundError(f"no entity e{entity_id}")
    return {
        "entity": {"id": head[0], "type": head[1], "name": head[2]},
        "locals": local_entities(kb.store, entity_id),
    }


@page(router, "/review/entity/{entity_id}/why", "why.html")
def why(
    request: Request, entity_id: DbId, local: int | None = OptionalId(), other: int | None = OptionalId()
) -> dict[str, Any]:
    """The resolver's evidence for and against: why one document's entity (``local``) is part of this
    entity, or whether another entity (``other``) is the same one (as ``reportgraph why``)."""
    from ...errors import ReviewError
    from ...store.resolution import explain_entities, explain_local

    if (local is None) == (other is None):
        raise ReviewError("ask about one document's entity (local=ID) or another entity (other=ID)")
    kb: KnowledgeBase = request.app.state.kb
    le, d, e = t.local_entities.c, t.documents.c, t.entities.c
    with kb.store.connect() as conn:
        head = conn.execute(select(e.id, e.type, e.name).where(e.id == entity_id)).first()
        if head is None:
            from ...errors import NotFoundError

            raise NotFoundError(f"no entity e{entity_id}")
        if local is not None:
            owner, expl = explain_local(conn, local)
            if owner != entity_id:
                raise ReviewError(f"document entity {local} belongs to e{owner}, not e{entity_id}")
            row = conn.execute(select(le.name, le.document_id, d.title)
                               .join(t.documents, d.id == le.document_id).where(le.id == local)).one()
            question: dict[str, Any] = {"local": local, "name": row[0], "document": row[1], "title": row[2]}
        else:
            assert other is not None
            expl = explain_entities(conn, entity_id, other)
            name = conn.execute(select(e.name).where(e.id == other)).scalar()
            question = {"other": other, "name": name or f"e{other}"}
    return {"entity": {"id": head[0], "type": head[1], "name": head[2]}, "question": question,
            "explanation": expl.to_dict()}


@page(router, "/decisions", "decisions.html")
def audit_log(request: Request, limit: int = Query(500, ge=1, le=5000)) -> dict[str, Any]:
    """The audit log: every decision with who made it and when, newest first."""
    kb: KnowledgeBase = request.app.state.kb
    return {"decisions": kb.decisions(limit)}


def _done(request: Request, decision: Decision, back: str) -> Any:
    """JSON for API clients, a redirect back to the page for forms."""
    if "text/html" in request.headers.get("accept", ""):
        target = back if back.startswith("/") and not back.startswith("//") else "/decisions"
        return RedirectResponse(target, status_code=303)
    return JSONResponse(to_data(decision), status_code=201)


@router.post("/review/fact", status_code=201, summary="Accept, reject or correct a relation or event")
def review_fact(
    request: Request,
    kind: str = Form(..., pattern="^(relation|event)$"),
    id: int = Form(...),
    action: str = Form(..., pattern="^(accept|reject|correct)$"),
    date: str = Form("", max_length=40),
    reason: str = Reason,
    next: str = Form("/decisions"),
    actor: str = Depends(require_writer),
) -> Any:
    kb: KnowledgeBase = request.app.state.kb
    decision = request.app.state.writer.call(kb.review_fact, kind, id, action, actor, date or None, reason or None)
    return _done(request, decision, next)


def _lookup(kb: KnowledgeBase, ref: str) -> int:
    """The one place the review pages look an entity up by what the analyst typed (a name or an id);
    a forgiving lookup with suggestions can replace it here."""
    return kb.entity_id(ref.strip())


@page(router, "/review/merge", "merge_preview.html")
def merge_preview(request: Request, keep: str = Query(..., max_length=300),
                  other: str = Query(..., max_length=300)) -> dict[str, Any]:
    """Both sides of a merge (names, documents, facts) and why it needs force, before it is made."""
    kb: KnowledgeBase = request.app.state.kb
    return {"preview": kb.merge_preview(_lookup(kb, keep), _lookup(kb, other))}


@page(router, "/review/split", "split_preview.html")
def split_preview(request: Request, local: int = Query(..., ge=1)) -> dict[str, Any]:
    """The document entity a split would detach and the entity it would leave, before it is made."""
    kb: KnowledgeBase = request.app.state.kb
    return {"preview": kb.split_preview(local)}


@router.post("/review/merge", status_code=201, summary="Merge entity `other` into entity `keep`")
def merge(
    request: Request,
    keep: int = Form(...),
    other: int = Form(...),
    reason: str = Reason,
    force: bool = Form(False, description="Merge entities of different types, or that an analyst split apart"),
    next: str = Form("/decisions"),
    actor: str = Depends(require_writer),
) -> Any:
    kb: KnowledgeBase = request.app.state.kb
    decision = request.app.state.writer.call(kb.merge, keep, other, actor, reason or None, force)
    return _done(request, decision, next)


@router.post("/review/split", status_code=201, summary="Move one document's local entity to a new entity")
def split(
    request: Request,
    local_entity: int = Form(...),
    reason: str = Reason,
    next: str = Form("/decisions"),
    actor: str = Depends(require_writer),
) -> Any:
    kb: KnowledgeBase = request.app.state.kb
    decision = request.app.state.writer.call(kb.split, local_entity, actor, reason or None)
    return _done(request, decision, next)


@router.post("/review/revert", status_code=201, summary="Revert a decision (a revert of a revert makes it again)")
def revert(
    request: Request,
    decision: int = Form(...),
    reason: str = Reason,
    next: str = Form("/decisions"),
    actor: str = Depends(require_writer),
) -> Any:
    kb: KnowledgeBase = request.app.state.kb
    done = request.app.state.writer.call(kb.revert, decision, actor, reason or None)
    return _done(request, done, next)
