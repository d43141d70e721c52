"""One renderer per output format; each takes a Digest and returns text."""

from __future__ import annotations

from enum import Enum


class OutputFormat(str, Enum):
    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"
    TEXT = "text"
    HTML = "html"


EXTENSIONS = {".md": OutputFormat.MARKDOWN, ".markdown": OutputFormat.MARKDOWN,
              ".json": OutputFormat.JSON, ".txt": OutputFormat.TEXT,
              ".html": OutputFormat.HTML, ".htm": OutputFormat.HTML}
