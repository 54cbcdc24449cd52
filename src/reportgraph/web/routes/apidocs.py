"""/docs: Swagger UI over /openapi.json, served from the npm package ``swagger-ui-dist`` (web/).

FastAPI's own /docs loads Swagger UI from a CDN and starts it with an inline script; the
workbench's CSP (script-src 'self') blocks both, so the page was blank. Here every asset comes
from /vendor and the start-up script is a static file.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(tags=["docs"])


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    """The interactive API reference (or a note on how to install it when web/ is not set up)."""
    templates = request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(
        request, "apidocs.html",
        {"swagger_ok": request.app.state.swagger_ok, **request.app.state.page_context(request)})
    return response
