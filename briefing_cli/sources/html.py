"""Web pages: the main text with trafilatura, laid out the way our transcript parsers read.

trafilatura drops navigation, menus, share bars, cookie banners and "related" lists. We ask
for its XML (paragraphs, headings, lists, quotes, tables, with bold kept) and write it out
ourselves: one block per line with a blank line between blocks, `<br>` as a line break,
table rows as one line, and a bold label standing alone (`<p><b>MR MILLER:</b></p>`) joined
to the paragraph that follows it, so that every turn starts with its label.
"""

from __future__ import annotations

import re
from typing import Any

from briefing_cli.errors import InputError
from briefing_cli.sources import Extracted

# Block elements of trafilatura's XML; everything else (hi, ref, del, span) is inline.
_BLOCKS = frozenset({"head", "p", "item", "quote", "row", "code", "list", "table", "div",
                     "main", "doc", "cell"})
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2009\u200a\u202f]+")
_BREAK = "\x00"  # stands for <lb/> until the page's own newlines are spaces
_LABEL_MARK = "\x01"  # on a block that is a bold label alone, until it meets its paragraph
_HEAD_MARK = "\x02"  # on a heading's block: never merged with a header's lines
SHORT = 80  # characters: a header line, not a paragraph of speech
_CLOSED = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")
_LABEL_ONLY = re.compile(r"^[^\n]{1,60}:$")

META_SPAN = 200_000  # characters (or bytes) of a page searched for its metadata
_config: Any = None


def _trafilatura_config() -> Any:
    global _config
    if _config is None:
        from trafilatura.settings import use_config

        _config = use_config()
        # Below this size trafilatura falls back to other extractors that keep menus and
        # split labels from their text; a short briefing is still a briefing.
        _config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
        _config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
        _config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
        # The extensive date search falls back to dateparser, which compiles every
        # locale's patterns on first use (10 s and more); the page's metadata is enough.
        _config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return _config


def extract(data: bytes, name: str, *, url: str | None = None,
            charset: str | None = None) -> Extracted:
    """The main text of a web page, with its title, date and canonical URL."""
    try:
        import trafilatura
    except ImportError as exc:  # a broken install; pip install briefing-cli brings both
        raise InputError(f"{name}: cannot read web pages: {exc} "
                         "(reinstall: pip install --force-reinstall briefing-cli)") from None
    page: str | bytes = data
    if charset:
        try:
            page = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            page = data
    # fast: no second opinion from the fallback extractors (readability, jusText), which
    # cost a second on a 2 MB page and are what keeps menus on short ones. bare_extraction
    # hands over the tree that XML output would serialize (without hashing all the text).
    found = trafilatura.bare_extraction(
        page, url=url, output_format="xml", include_formatting=True, include_comments=False,
        include_tables=True, include_images=False, include_links=False, with_metadata=False,
        deduplicate=False, fast=True, config=_trafilatura_config(), as_dict=False)
    root = getattr(found, "body", None)
    if root is None or not len(root):
        raise InputError(f"{name}: no main text found in the web page")
    title, date, canonical, byline = _metadata(trafilatura, page, url)
    text = _layout(_with_byline(_join_labels(_blocks(root)), byline))
    return Extracted(text=text + "\n" if text else "", title=title, date=date,
                     url=canonical or url)


def _metadata(trafilatura: Any, page: str | bytes, url: str | None
              ) -> tuple[str | None, str | None, str | None, str | None]:
    """Title, date, canonical URL and a visible byline, from the head and top of the page
    (where they are; scanning all of a 2 MB page for them took longer than extracting its
    text)."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(page[:META_SPAN])
        if tree is None:
            return None, None, None, None
        found = trafilatura.extract_metadata(tree, default_url=url, extensive=False)
        byline = None
        if found is not None and found.author:
            # trafilatura turns `Daniel Reyes, Spokesperson` into `Daniel Reyes; Spokesperson`
            byline = _clean(found.author.replace("; ", ", "))
            if byline and byline not in _SPACE.sub(" ", tree.text_content()):
                byline = None  # a <meta> author (often the site), not a line on the page
    except Exception:  # metadata is a bonus; a page whose head defeats it is still read
        return None, None, None, None
    if found is None:
        return None, None, None, None
    return _clean(found.title), _clean(found.date), _clean(found.url), byline


def _with_byline(blocks: list[str], byline: str | None) -> list[str]:
    """The byline trafilatura took out of the body (`Daniel Reyes, Spokesperson`) put back
    under the title: transcript headers name the speaker and role there."""
    if not byline or any(byline in block for block in blocks):
        return blocks
    at = 1 if blocks and blocks[0].startswith(_HEAD_MARK) else 0
    return [*blocks[:at], byline, *blocks[at:]]


def _blocks(element: Any) -> list[str]:
    """Text blocks in document order: one per paragraph, heading, item, quote or row."""
    out: list[str] = []
    _walk(element, out)
    return [block for block in out if block]


def _walk(element: Any, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("row",):
        cells = [_inline(cell) for cell in element]
        out.append(" ".join(c.replace("\n", " ") for c in cells if c))
        return
    if tag in ("graphic", "comments"):
        return
    if tag in _BLOCKS and not any(
            isinstance(child.tag, str) and child.tag in _BLOCKS and child.tag != "cell"
            for child in element):
        text = _inline(element)
        if tag == "item" and text:
            text = "- " + text
        elif _bold_label(element, text):
            text = _LABEL_MARK + text
        elif tag == "head" and text:
            text = _HEAD_MARK + text
        out.append(text)
        return
    # A block holding blocks (a list, a quote of paragraphs, an item with a sub-list): its own
    # loose text becomes a block, then each child.
    if element.text and element.text.strip():
        out.append(_tidy(element.text))
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            _walk(child, out)
        else:
            out.append(_inline(child, tail=False))
        if child.tail and child.tail.strip():
            out.append(_tidy(child.tail))


def _inline(element: Any, *, tail: bool = False) -> str:
    """The text of an element and its inline children; `<lb/>` is a line break."""
    parts: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node.tag, str) and node.tag == "lb":
            parts.append(_BREAK)
        elif isinstance(node.tag, str) and node.tag == "graphic":
            pass
        else:
            parts.append(node.text or "")
            for child in node:
                visit(child)
                parts.append(child.tail or "")

    visit(element)
    if tail:
        parts.append(element.tail or "")
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    # Newlines in the page's source are spaces; only `<lb/>` breaks a line.
    lines = (_SPACE.sub(" ", line).strip() for line in text.replace("\n", " ").split(_BREAK))
    return "\n".join(line for line in lines if line)


def _layout(blocks: list[str]) -> str:
    """Blocks with a blank line between them, except a short unpunctuated paragraph after
    others like it: a header set as separate paragraphs (`Daniel Reyes, Spokesperson`,
    place, date) stays one block of lines, as in a plain-text transcript, where a name's
    next line is its role. Headings stay apart."""
    out: list[str] = []
    for block in blocks:
        if (out and not block.startswith(_HEAD_MARK) and not out[-1].startswith(_HEAD_MARK)
                and _is_short_line(block) and all(map(_is_short_line, out[-1].split("\n")))):
            out[-1] += "\n" + block
        else:
            out.append(block)
    return "\n\n".join(block.removeprefix(_HEAD_MARK) for block in out)


def _is_short_line(block: str) -> bool:
    return len(block) <= SHORT and "\n" not in block and not _CLOSED.search(block)


def _bold_label(element: Any, text: str) -> bool:
    """A paragraph that is nothing but a bold `NAME:`."""
    children = [child for child in element if isinstance(child.tag, str)]
    return (bool(_LABEL_ONLY.match(text)) and len(children) == 1 and children[0].tag == "hi"
            and "#b" in (children[0].get("rend") or "")
            and not (element.text or "").strip() and not (children[0].tail or "").strip())


def _join_labels(blocks: list[str]) -> list[str]:
    """A bold `MR MILLER:` alone, then its paragraph: one block, label first."""
    out: list[str] = []
    for block in blocks:
        if out and out[-1].startswith(_LABEL_MARK) and not block.startswith(_LABEL_MARK):
            out[-1] = f"{out[-1].removeprefix(_LABEL_MARK)} {block}"
        else:
            out.append(block)
    return [block.removeprefix(_LABEL_MARK) for block in out]


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


__all__ = ["extract"]
