"""PDF files: text in reading order with pypdf, page furniture dropped, lines rejoined.

pypdf's layout mode places text by its position on the page, so a bold label and its text
share a line and vertical gaps between paragraphs come out as blank lines. Then:
- running headers and footers go: among the first and last lines of each page, those that
  recur on other pages (digits ignored, so `Page 3 of 9` recurs) and bare page numbers;
- a line filling the page's width (or nearly, stopping mid-sentence) runs on into the next
  one (unless that one is indented or blank), so each paragraph becomes one line, as on a
  web page;
- a word hyphenated at a line end is joined (`secu-` + `rity`) unless the hyphenated form
  is used elsewhere in the document (`well-known`), where the hyphen stays.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing_cli.errors import InputError
from briefing_cli.sources import Extracted

EDGE = 3  # lines at the top and at the bottom of a page that may be furniture
# A line this share of the widest line runs on into the next; one a little shorter does
# when it stops mid-sentence.
FULL, NEARLY_FULL = 0.9, 0.7
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014(\[]?\s*\d{1,4}\s*[-\u2013\u2014)\]]?"
    r"(?:\s*(?:of|/|von|sur|de)\s*\d{1,4})?$|^[ivxlc]{1,6}$", re.IGNORECASE)
_HYPHEN_END = re.compile(r"(\w+)-$")
_LOWER_START = re.compile(r"^([a-z\u00df-\u00ff]\w*)")


@dataclass
class _Line:
    text: str  # spaces collapsed
    indent: int  # leading spaces in pypdf's fixed-width layout
    width: int  # characters, indent included
    blank_before: bool
    page_start: bool = False


def extract(data: bytes, name: str) -> Extracted:
    """The text of a PDF, one paragraph per line, with its title and creation date."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:
        raise InputError(f"{name}: cannot read PDF files: {exc} "
                         "(reinstall: pip install --force-reinstall briefing-cli)") from None
    from io import BytesIO

    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected")
        pages = [_page_lines(page.extract_text(extraction_mode="layout",
                                               layout_mode_space_vertically=True))
                 for page in reader.pages]
        title, date = _metadata(reader)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError,
            RecursionError) as exc:
        raise InputError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        if type(exc).__module__.startswith("pypdf"):
            raise InputError(f"{name}: not a readable PDF ({exc})") from None
        raise
    if not any(line.text for page in pages for line in page):
        raise InputError(f"{name}: the PDF has no text layer (a scanned image?); "
                         "run OCR on it first, briefing does not read images")
    body = _drop_furniture(pages)
    return Extracted(text=_paragraphs(body), title=title, date=date)


def _page_lines(layout: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = False
    for raw in layout.split("\n"):
        text = _SPACES.sub(" ", raw).strip()
        if not text:
            blank = True
            continue
        stripped = raw.rstrip()
        lines.append(_Line(text, len(stripped) - len(stripped.lstrip()), len(stripped), blank))
        blank = False
    return lines


def _key(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _edges(page: list[_Line]) -> set[int]:
    """Indexes of a page's top and bottom blocks (set apart by a gap, at most EDGE lines):
    where running headers and footers sit. The page's first and last lines always count."""
    found = {0, len(page) - 1} if page else set()
    top = next((i for i, line in enumerate(page) if i and line.blank_before), len(page))
    if top <= EDGE:
        found.update(range(top))
    bottom = max((i for i, line in enumerate(page) if i and line.blank_before), default=0)
    if bottom and len(page) - bottom <= EDGE:
        found.update(range(bottom, len(page)))
    return found


def _drop_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without their running headers, footers and page numbers."""
    edges = [_edges(page) for page in pages]
    seen: Counter[str] = Counter()
    for page, where in zip(pages, edges, strict=True):
        seen.update({_key(page[i].text) for i in where})
    recurring = {key for key, n in seen.items() if n >= 2 and n >= len(pages) / 2}
    out = []
    for page, where in zip(pages, edges, strict=True):
        keep = [line for i, line in enumerate(page)
                if i not in where
                or not (_PAGE_NUMBER.match(line.text) or _key(line.text) in recurring)]
        if keep:
            keep[0].page_start = True
        out.append(keep)
    return out


def _paragraphs(pages: list[list[_Line]]) -> str:
    """Lines joined into paragraphs, one per line, a blank line where the page had a gap."""
    lines = [line for page in pages for line in page]
    if not lines:
        return ""
    widths = sorted(line.width for line in lines)
    widest = widths[int(len(widths) * 0.95)]  # ignore the odd overlong line
    margin = min(line.indent for line in lines)
    hyphenated = _hyphenated_words(lines)
    # Whether paragraphs are set apart by space: then so are those that start a page.
    starts = [line.blank_before for line in lines[1:] if not line.page_start]
    spaced = sum(starts) * 4 >= len(starts) > 0
    paragraphs: list[str] = []
    current = ""
    previous: _Line | None = None
    for line in lines:
        # A page's first line follows the header's gap, not the paragraph's.
        gap = line.blank_before and not line.page_start
        runs_on = (previous is not None and not gap and line.indent <= margin + 2
                   and (previous.width >= FULL * widest
                        or (previous.width >= NEARLY_FULL * widest
                            and not _SENTENCE_END.search(previous.text))))
        if previous is None or not runs_on:
            if current:
                paragraphs.append(current)
                if gap or (line.page_start and spaced):
                    paragraphs.append("")
            current = line.text
        else:
            current = _join(current, line.text, hyphenated)
        previous = line
    paragraphs.append(current)
    return "\n".join(paragraphs) + "\n"


def _hyphenated_words(lines: list[_Line]) -> set[str]:
    """Hyphenated words used inside lines (`well-known`): keep their hyphen at a break."""
    found: set[str] = set()
    for line in lines:
        found.update(m.group(0).lower() for m in re.finditer(r"\w+-\w+", line.text))
    return found


def _join(current: str, following: str, hyphenated: set[str]) -> str:
    end = _HYPHEN_END.search(current)
    start = _LOWER_START.match(following)
    if end and start:
        if f"{end.group(1)}-{start.group(1)}".lower() in hyphenated:
            return current + following
        return current[:-1] + following
    return f"{current} {following}"


def _metadata(reader: object) -> tuple[str | None, str | None]:
    info = getattr(reader, "metadata", None)
    if not info:
        return None, None
    title = info.get("/Title")
    title = _SPACES.sub(" ", str(title)).strip() or None if title else None
    date = None
    created = info.get("/CreationDate")
    if created:
        match = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", str(created))
        if match:
            date = "-".join(match.groups())
    return title, date


__all__ = ["extract"]
