"""Store: the knowledge base in SQLite or PostgreSQL, behind one small API."""

from . import schema
from .schema import SCHEMA_VERSION
from .store import Store, StoredDocument, database_url

__all__ = ["SCHEMA_VERSION", "Store", "StoredDocument", "database_url", "schema"]
