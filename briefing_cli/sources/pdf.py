"""PDF files: text in reading order with pypdf, page furniture dropped, lines rejoined.

pypdf's layout mode places text by its position on the page, so a bold label and its text
share a line. We take its lines with their geometry (baseline, left and right edge, font
height) and then:
- drop running headers and footers: lines in a page's top or bottom block (set apart by a
  gap) that are set smaller than the body text, or recur on other pages (digits ignored, so
  `Page 3 of 9` recurs), and bare page numbers;
- mark a paragraph break where the gap between lines is clearly wider than the line spacing;
- run a line that fills the text width (or nearly, stopping mid-sentence) on into the next
  one unless that one is indented or opens with a speaker label or a time code, so each
  paragraph becomes one line, as on a web page;
- join a word hyphenated at a line end (`secu-` + `rity`) unless the hyphenated form is
  used elsewhere in the document (`well-known`), where the hyphen stays.
If pypdf's layout internals ever change, the public layout-mode text is used instead, with
geometry read from its fixed-width columns and blank lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from briefing_cli.errors import InputError
from briefing_cli.sources import Extracted, extractor, quiet_logger

EDGE = 3  # lines in a page's top or bottom block that may be furniture
# A line reaching this share of the text width runs on into the next; one a little shorter
# does when it stops mid-sentence.
FULL, NEARLY_FULL = 0.9, 0.7
GAP = 1.35  # a gap this many times the line spacing separates paragraphs (or furniture)
SMALL = 0.92  # furniture is usually set smaller than the body
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014(\[]?\s*\d{1,4}\s*[-\u2013\u2014)\]]?"
    r"(?:\s*(?:of|/|von|sur|de)\s*\d{1,4})?$|^[ivxlc]{1,6}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")
# A line opening with a time code or a speaker label (`Q:`, `MR MILLER:`, `Dana Lee:`, or
# such a label alone on its line) starts a turn, however full the line before it.
_NEW_TURN = re.compile(
    r"^(?:[\[(]?\d{1,2}:\d{2}|(?:[A-Z][\w.'\u2019-]*\s){0,4}[A-Z][\w.'\u2019-]*:(?:\s|$))")
_HYPHEN_END = re.compile(r"(\w+)-$")
_LOWER_START = re.compile(r"^([a-z\u00df-\u00ff]\w*)")


@dataclass
class _Line:
    text: str  # spaces collapsed
    left: float
    right: float
    y: float  # baseline, growing downwards the page
    size: float  # font height; 0 when unknown
    gap_before: bool = False
    page_start: bool = False


def extract(data: bytes, name: str) -> Extracted:
    """The text of a PDF, one paragraph per line, with its title and creation date."""
    pypdf = extractor("pypdf", name, "PDF files")
    read_error = extractor("pypdf.errors", name, "PDF files").PdfReadError
    from io import BytesIO

    try:
        with quiet_logger("pypdf"):
            reader = pypdf.PdfReader(BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(f"{name}: the PDF is password-protected")
            pages = [_page_lines(page) for page in reader.pages]
            title, date = _metadata(reader)
    except InputError:
        raise
    except (read_error, ValueError, KeyError, TypeError, AttributeError, OSError,
            RecursionError) as exc:
        raise InputError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        if type(exc).__module__.startswith("pypdf"):
            raise InputError(f"{name}: not a readable PDF ({exc})") from None
        raise
    if not any(page for page in pages):
        raise InputError(f"{name}: the PDF has no text layer (a scanned image?); "
                         "run OCR on it first, briefing does not read images")
    _mark_gaps(pages)
    body = _drop_furniture(pages)
    return Extracted(text=_paragraphs(body), title=title, date=date)


def _page_lines(page: Any) -> list[_Line]:
    lines = _geometric_lines(page)
    if lines is None:
        lines = _text_lines(page.extract_text(extraction_mode="layout",
                                              layout_mode_space_vertically=True))
    return lines


def _geometric_lines(page: Any) -> list[_Line] | None:
    """Lines from pypdf's layout internals, with their geometry; None if those moved."""
    try:
        from pypdf._text_extraction import _layout_mode as layout
        from pypdf.generic import ArrayObject, ContentStream, StreamObject

        fonts = page._layout_mode_fonts()
        contents = page.get("/Contents")
        if contents is not None:
            contents = contents.get_object()
        if not isinstance(contents, (ArrayObject, StreamObject)):
            return []
        ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
        groups = layout.text_show_operations(ops, fonts, True, None)
        if not groups:
            return []
        rows = layout.y_coordinate_groups(groups, None)
        char_width = layout.fixed_char_width(groups, 1.25)
        lines = []
        for y, row in rows.items():
            text = _SPACES.sub(" ", layout.fixed_width_page({y: row}, char_width, False,
                                                            1.0)).strip()
            visible = [op for op in row if op["text"].strip()]
            if not text or not visible:
                continue
            main = max(visible, key=lambda op: len(op["text"].strip()))
            lines.append(_Line(text, min(op["tx"] for op in visible),
                               max(op["displaced_tx"] for op in visible), -float(y),
                               float(main["font_height"])))
        return lines
    except (ImportError, AttributeError, TypeError, KeyError):
        return None


def _text_lines(layout: str) -> list[_Line]:
    """Lines of pypdf's public layout-mode text: columns for x, blank lines for gaps."""
    lines: list[_Line] = []
    row = 0
    for raw in layout.split("\n"):
        row += 1
        text = _SPACES.sub(" ", raw).strip()
        if text:
            stripped = raw.rstrip()
            lines.append(_Line(text, len(stripped) - len(stripped.lstrip()), len(stripped),
                               float(row), 0.0))
    return lines


def _mark_gaps(pages: list[list[_Line]]) -> None:
    """Set `gap_before` where a line sits clearly lower than the line spacing puts it."""
    steps = [b.y - a.y for page in pages for a, b in _pairs(page) if b.y > a.y]
    if not steps:
        return
    # The line spacing: a low quantile, as one-line paragraphs make paragraph steps common.
    spacing = sorted(steps)[len(steps) // 10]
    for page in pages:
        for a, b in _pairs(page):
            b.gap_before = b.y - a.y > GAP * spacing


def _pairs(page: list[_Line]) -> list[tuple[_Line, _Line]]:
    return list(zip(page, page[1:], strict=False))


def _key(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _edges(page: list[_Line]) -> set[int]:
    """Indexes of a page's top and bottom blocks (set apart by a gap, at most EDGE lines):
    where running headers and footers sit."""
    found: set[int] = set()
    top = next((i for i, line in enumerate(page) if i and line.gap_before), len(page))
    if top <= EDGE:
        found.update(range(top))
    bottom = max((i for i, line in enumerate(page) if i and line.gap_before), default=0)
    if bottom and len(page) - bottom <= EDGE:
        found.update(range(bottom, len(page)))
    return found


def _body_size(pages: list[list[_Line]]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _drop_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without their running headers, footers and page numbers."""
    edges = [_edges(page) for page in pages]
    seen: Counter[str] = Counter()
    for page, where in zip(pages, edges, strict=True):
        seen.update({_key(page[i].text) for i in where})
    recurring = {key for key, n in seen.items() if n >= 2 and n >= len(pages) / 2}
    body = _body_size(pages)

    def furniture(line: _Line) -> bool:
        # A turn's opening (`MR REYES: Point 3.`) may recur at page tops; it is never a header.
        return not _NEW_TURN.match(line.text) and (
            _key(line.text) in recurring or 0 < line.size < SMALL * body)

    out = []
    for page, where in zip(pages, edges, strict=True):
        last = len(page) - 1
        keep = [line for i, line in enumerate(page)
                if not ((i in where and furniture(line))
                        or (i in (0, last) and _PAGE_NUMBER.match(line.text)))]
        if keep:
            keep[0].page_start = True
        out.append(keep)
    return out


def _paragraphs(pages: list[list[_Line]]) -> str:
    """Lines joined into paragraphs, one per line, a blank line where the page had a gap."""
    lines = [line for page in pages for line in page]
    if not lines:
        return ""
    rights = sorted(line.right for line in lines)
    margin = min(line.left for line in lines)
    span = max(rights[int(len(rights) * 0.95)] - margin, 1e-6)  # ignore the odd overlong line
    unit = (_body_size(pages) or 2.0) * 0.5  # about a character's width
    hyphenated = _hyphenated_words(lines)
    # Whether paragraphs are set apart by space: then so are those that start a page.
    starts = [line.gap_before for line in lines[1:] if not line.page_start]
    spaced = sum(starts) * 4 >= len(starts) > 0
    paragraphs: list[str] = []
    current = ""
    previous: _Line | None = None
    for line in lines:
        # A page's first line follows the header's gap, not the paragraph's.
        gap = line.gap_before and not line.page_start
        reach = 0.0 if previous is None else (previous.right - margin) / span
        runs_on = (previous is not None and not gap and line.left <= margin + 2 * unit
                   and not _NEW_TURN.match(line.text)
                   and (reach >= FULL or (reach >= NEARLY_FULL
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


def _metadata(reader: Any) -> tuple[str | None, str | None]:
    info = getattr(reader, "metadata", None)
    if not info:
        return None, None
    raw_title = info.get("/Title")
    title = _SPACES.sub(" ", str(raw_title)).strip() or None if raw_title else None
    date = None
    created = info.get("/CreationDate")
    if created:
        match = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", str(created))
        if match:
            date = "-".join(match.groups())
    return title, date


__all__ = ["extract"]
