"""Ingest: files (txt, md, html, pdf, docx) in, validated ``SourceDocument`` values out."""

from .readers import MAX_BYTES, SUPPORTED, discover, document_id, read_bytes, read_path

__all__ = ["MAX_BYTES", "SUPPORTED", "discover", "document_id", "read_bytes", "read_path"]
