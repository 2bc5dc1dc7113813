"""Turning the archive into pages: one module per page kind, feeds, exports, shared Markdown helpers."""
