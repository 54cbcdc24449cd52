"""The analyst's workbench in the browser: server-rendered pages, each with a JSON twin."""

from .app import create_app

__all__ = ["create_app"]
