"""Inputs as they are published: web pages (a URL or a saved page), PDF and Word files.

Each becomes a `Document` whose text is the extracted text: every line number of a digest
points into it, and `briefing text SOURCE` prints it. This module only sniffs the type
(cheap, no imports); the extractors (trafilatura, pypdf, python-docx) are imported when
such an input is seen, so plain-text runs never pay for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from briefing_cli.errors import InputError
from briefing_cli.models import Document, Origin

HTML, PDF, DOCX, TEXT = "html", "pdf", "docx", "text"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp")
DEFAULT_TIMEOUT = 20.0

# No regular expressions here: this module is imported on every run, and compiling them
# cost more start-up time than the checks themselves.
_HTML_OPENINGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .doc (and .xls, .ppt)


@dataclass(frozen=True)
class Extracted:
    """What an extractor found: the text and whatever the file says about itself."""

    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    url: str | None = None  # a page's canonical URL


def extractor(module: str, name: str, what: str) -> Any:
    """The library that reads `what` (`PDF files`), imported now; a broken install is one
    error line naming the input, not a traceback."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise InputError(f"{name}: cannot read {what}: {exc} "
                         "(reinstall: pip install --force-reinstall briefing-cli)") from None


@contextmanager
def quiet_logger(name: str) -> Iterator[None]:
    """While an extractor runs, its library's log lines (pypdf's `EOF marker not found`)
    stay off standard error: what goes wrong is our one `error:` line."""
    import logging

    logger = logging.getLogger(name)  # its modules' loggers (`pypdf._reader`) inherit this
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _scheme(path: str) -> str | None:
    """The `scheme` of `scheme://...`, else None."""
    head, sep, _ = path.partition("://")
    if not sep or not head or not head[0].isascii() or not head[0].isalpha():
        return None
    if all(ch.isascii() and (ch.isalnum() or ch in "+.-") for ch in head):
        return head.lower()
    return None


def is_web(name: str) -> bool:
    """Whether `name` is an http(s) address."""
    return _scheme(name) in ("http", "https")


def is_url(path: str) -> bool:
    """Whether `path` names a web address to fetch (never true for an existing file)."""
    scheme = _scheme(path)
    if scheme is None:
        return False
    from pathlib import Path

    try:
        if Path(path).exists():
            return False
    except OSError:
        pass
    if scheme not in ("http", "https"):
        raise InputError(f"{path}: cannot read {scheme}:// addresses "
                         "(only http:// and https://, or a local file)")
    return True


def sniff(data: bytes, name: str, content_type: str | None = None) -> str:
    """The input's type from its first bytes, its content type and its name's extension.

    Content wins over the name: a PDF saved as .txt is read as a PDF.
    """
    marker = data.find(b"%PDF-", 0, 1024)  # anywhere in the first 1 KB, as readers allow
    if marker >= 0 and data[marker + 5:marker + 6].isdigit():
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return DOCX if _is_docx(data) else _not_supported(name, "a ZIP archive")
    if data.startswith(_OLE):
        raise InputError(f"{name}: an old binary Word (.doc) or Office file; "
                         "save it as .docx or PDF first")
    ctype = (content_type or "").split(";")[0].strip().lower()
    suffix = PurePosixPath(urlsplit(name).path if is_web(name) else name).suffix.lower()
    if ctype in ("text/html", "application/xhtml+xml") or suffix in HTML_SUFFIXES:
        return HTML
    if _looks_like_html(data[:4096]):
        return HTML
    return TEXT


def _looks_like_html(head: bytes) -> bool:
    """A doctype, <html>, or (saved fragments) <head>/<body>, after an optional BOM, XML
    declaration and comments."""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    while head.startswith((b"<?xml", b"<!--")):
        end = head.find(b"?>" if head.startswith(b"<?") else b"-->")
        if end < 0:
            return False
        head = head[end + (2 if head.startswith(b"<?") else 3):].lstrip()
    lowered = head[:16].lower()
    return any(lowered.startswith(opening) and (
        len(lowered) == len(opening) or not lowered[len(opening):len(opening) + 1].isalnum())
        for opening in _HTML_OPENINGS)


def _is_docx(data: bytes) -> bool:
    import zipfile
    from io import BytesIO

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _not_supported(name: str, what: str) -> str:
    raise InputError(f"{name}: {what}, not a transcript, web page, PDF or Word document")


def convert(data: bytes, name: str, kind: str, *, url: str | None = None,
            charset: str | None = None) -> Document:
    """Extract the text of a web page, PDF or Word file into a `Document`."""
    if kind == HTML:
        from briefing_cli.sources import html

        found = html.extract(data, name, url=url, charset=charset)
    elif kind == PDF:
        from briefing_cli.sources import pdf

        found = pdf.extract(data, name)
    elif kind == DOCX:
        from briefing_cli.sources import docx

        found = docx.extract(data, name)
    else:
        raise ValueError(f"not a published format: {kind}")
    # A NUL never reaches a digest: a text file with one is refused as binary, and in an
    # extracted text (a PDF's unmapped glyph; HTML parsers drop them already) it is dropped.
    text = found.text.replace("\x00", "")
    if not text.strip():
        raise InputError(f"{name}: no text found in the {kind.upper()} document")
    origin = Origin(kind, url=found.url or url, title=found.title, date=found.date)
    return Document(name=name, text=text, origin=origin)


def load_url(url: str, *, max_bytes: int, timeout: float) -> Document:
    """Fetch `url` (one request) and read it as a web page, PDF, Word file or plain text."""
    from briefing_cli.source import decode
    from briefing_cli.sources.fetch import fetch

    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    kind = sniff(page.data, page.url, page.content_type)
    if kind != TEXT:
        return convert(page.data, url, kind, url=page.url, charset=page.charset)
    text = decode(page.data, url, charset=page.charset)
    if not text.strip():
        raise InputError(f"{url}: the page is empty")
    return Document(name=url, text=text, origin=Origin(TEXT, url=page.url))


__all__ = ["DEFAULT_TIMEOUT", "DOCX", "HTML", "PDF", "TEXT", "Extracted", "convert", "extractor",
           "is_url", "load_url", "quiet_logger", "sniff"]
