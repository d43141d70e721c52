"""One renderer per output format; each takes a Digest and returns text."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_cli.models import Digest


class OutputFormat(str, Enum):
    TABLE = "table"
    MARKDOWN = "markdown"
    JSON = "json"
    TEXT = "text"
    HTML = "html"


EXTENSIONS = {".md": OutputFormat.MARKDOWN, ".markdown": OutputFormat.MARKDOWN,
              ".json": OutputFormat.JSON, ".txt": OutputFormat.TEXT,
              ".html": OutputFormat.HTML, ".htm": OutputFormat.HTML}

# Each format's file extension (a batch names its outputs with it) and the module under
# briefing_cli.render whose `render(digest)` writes it (imported when used; the table's
# draws on a Rich console instead).
FORMATS: dict[OutputFormat, tuple[str, str]] = {
    OutputFormat.TABLE: (".txt", "table"),
    OutputFormat.MARKDOWN: (".md", "markdown"),
    OutputFormat.JSON: (".json", "json"),
    OutputFormat.TEXT: (".txt", "text"),
    OutputFormat.HTML: (".html", "html"),
}


def extension_of(fmt: OutputFormat) -> str:
    return FORMATS[fmt][0]


def render_digest(digest: Digest, fmt: OutputFormat) -> str:
    """The digest as the text of `fmt`; the table needs a console (`table.render`)."""
    import importlib

    if fmt is OutputFormat.TABLE:
        raise ValueError("the table view is drawn on a console: use render.table.render")
    from briefing_cli import collection

    module = importlib.import_module(f"briefing_cli.render.{FORMATS[fmt][1]}")
    with collection.paused():  # (rendering makes no reference cycles: `collection`)
        text: str = module.render(digest)
    return text
