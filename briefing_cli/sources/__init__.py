"""Inputs as they are published: web pages (a URL or a saved page), PDF and Word files.

Each becomes a `Document` whose text is the extracted text: every line number of a digest
points into it, and `briefing text SOURCE` prints it. This module only sniffs the type
(cheap, no imports); the extractors (trafilatura, pypdf, python-docx) are imported when
such an input is seen, so plain-text runs never pay for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from briefing_cli.errors import InputError
from briefing_cli.models import Document, Origin

HTML, PDF, DOCX, TEXT = "html", "pdf", "docx", "text"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp")
DEFAULT_TIMEOUT = 20.0

_URL = re.compile(r"^https?://", re.IGNORECASE)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
# A page starts with a doctype, <html>, or (saved fragments) <head>/<body>, maybe after an
# XML declaration or comments.
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL)
_PDF_START = re.compile(rb"%PDF-\d")  # anywhere in the first 1 KB, as readers allow
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .doc (and .xls, .ppt)


@dataclass(frozen=True)
class Extracted:
    """What an extractor found: the text and whatever the file says about itself."""

    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    url: str | None = None  # a page's canonical URL


def is_url(path: str) -> bool:
    """Whether `path` names a web address to fetch (never true for an existing file)."""
    if not _SCHEME.match(path):
        return False
    from pathlib import Path

    try:
        if Path(path).exists():
            return False
    except OSError:
        pass
    if not _URL.match(path):
        scheme = _SCHEME.match(path)
        assert scheme is not None
        raise InputError(f"{path}: cannot read {scheme.group(1)}:// addresses "
                         "(only http:// and https://, or a local file)")
    return True


def sniff(data: bytes, name: str, content_type: str | None = None) -> str:
    """The input's type from its first bytes, its content type and its name's extension.

    Content wins over the name: a PDF saved as .txt is read as a PDF.
    """
    if _PDF_START.search(data[:1024]):
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
    if _HTML_START.match(data[:4096]):
        return HTML
    return TEXT


def is_web(name: str) -> bool:
    return bool(_URL.match(name))


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
    if not found.text.strip():
        raise InputError(f"{name}: no text found in the {kind.upper()} document")
    origin = Origin(kind, url=found.url or url, title=found.title, date=found.date)
    return Document(name=name, text=found.text, origin=origin)


def load_url(url: str, *, max_bytes: int, timeout: float) -> Document:
    """Fetch `url` (one request) and read it as a web page, PDF, Word file or plain text."""
    from briefing_cli.source import decode
    from briefing_cli.sources.fetch import fetch

    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    kind = sniff(page.data, page.url, page.content_type)
    if kind != TEXT:
        return convert(page.data, url, kind, url=page.url, charset=page.charset)
    text = _decode_charset(page.data, page.charset) if page.charset else None
    if text is None:
        text = decode(page.data, url)
    if not text.strip():
        raise InputError(f"{url}: the page is empty")
    return Document(name=url, text=text, origin=Origin(TEXT, url=page.url))


def _decode_charset(data: bytes, charset: str) -> str | None:
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


__all__ = ["DEFAULT_TIMEOUT", "DOCX", "HTML", "PDF", "TEXT", "Extracted", "convert", "is_url",
           "load_url", "sniff"]
