"""One view, two faces: every page is served as HTML at ``PATH`` and as JSON at ``PATH.json``.

A view function returns plain data (dataclasses, dicts, lists); the ``page`` decorator registers
it twice on a router: ``PATH.json`` answers that data as JSON (and is the documented API in
/openapi.json), ``PATH`` renders it with a Jinja2 template (autoescape on). The UI and the API are
one code path, as in Datasette.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..dates import describe
from .highlight import marked

TEMPLATES = Path(__file__).parent / "templates"


def build_templates() -> Jinja2Templates:
    # Autoescape every template whatever its extension: a report's text is untrusted input.
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["edtf"] = describe
    env.filters["marked"] = marked
    env.filters["pct"] = lambda x: f"{float(x):.2f}" if x is not None else "?"
    return Jinja2Templates(env=env)


class Moved(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a view whose subject now lives at another path (a merged-away entity)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def _moved(request: Request, path: str, json: bool) -> RedirectResponse:
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(f"{path}{'.json' if json else ''}{query}", status_code=307)


def to_data(value: Any) -> Any:
    """Plain JSON-able data from dataclasses and friends."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: to_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    return value


def page(router: APIRouter, path: str, template: str, **route: Any) -> Callable[[Callable[..., Any]], Any]:
    """Register ``fn`` at ``path`` (HTML) and ``path.json`` (JSON). ``fn`` takes ``request: Request``."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def as_json(*args: Any, **kwargs: Any) -> Response:
            try:
                return JSONResponse(jsonable_encoder(to_data(fn(*args, **kwargs))))
            except Moved as moved:
                return _moved(kwargs["request"], moved.path, json=True)

        @functools.wraps(fn)
        def as_html(*args: Any, **kwargs: Any) -> Response:
            request: Request = kwargs["request"]
            try:
                data = fn(*args, **kwargs)
            except Moved as moved:
                return _moved(request, moved.path, json=False)
            templates: Jinja2Templates = request.app.state.templates
            context = {
                "data": data,
                "json_url": _json_url(request),
                **request.app.state.page_context(request),
            }
            return templates.TemplateResponse(request, template, context)

        # The .json route goes first: "/entity/{id}" would otherwise swallow "/entity/12.json".
        json_path = "/index.json" if path == "/" else f"{path}.json"
        router.add_api_route(
            json_path,
            as_json,
            methods=["GET"],
            response_class=JSONResponse,
            summary=(fn.__doc__ or "").strip().split("\n")[0],
            **route,
        )
        router.add_api_route(
            path,
            as_html,
            methods=["GET", "HEAD"],
            response_class=HTMLResponse,
            include_in_schema=False,
            **route,
        )
        return fn

    return decorate


def _json_url(request: Request) -> str:
    path = request.url.path.rstrip("/") or "/index"
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{path}.json{query}"
