"""Word files (.docx): paragraphs and table rows in document order with python-docx.

Each paragraph is a line with a blank line after it, as paragraphs are in a plain-text
transcript (empty paragraphs typed for spacing add nothing more); a soft line break stays a
line break; each table row is one line, its cells joined by a space, so a two-column
transcript table (`MR MILLER:` | text) reads like a labelled transcript.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from briefing_cli.errors import InputError
from briefing_cli.sources import Extracted, extractor

_SPACE = re.compile(r"[ \t\u00a0]+")


def extract(data: bytes, name: str) -> Extracted:
    """The text of a Word document, with its title.

    No date: a file's `created` property is when its template was made or the file saved
    (python-docx's own template says 2013-12-23), not when the briefing was held."""
    docx = extractor("docx", name, "Word files")
    try:
        document = docx.Document(BytesIO(data))
        lines = list(_lines(document))
        props = document.core_properties
        title = _SPACE.sub(" ", props.title or "").strip() or None
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged files
        raise InputError(f"{name}: not a readable Word document ({type(exc).__name__}: "
                         f"{exc})") from None
    text = re.sub(r"\n{3,}", "\n\n", "\n\n".join(lines).strip("\n"))
    return Extracted(text=text + "\n" if text else "", title=title)


def _lines(document: Any) -> Any:
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # a merged cell repeats across the columns it spans
                    text = _tidy(cell.text).replace("\n", " ")
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                if cells:
                    yield " ".join(cells)
        else:
            yield _tidy(block.text)


def _tidy(text: str) -> str:
    return "\n".join(_SPACE.sub(" ", line).strip() for line in text.split("\n"))


__all__ = ["extract"]
