"""One HTTP(S) request with a deadline, a size cap and errors a user can act on.

urllib (standard library) follows redirects and honours the proxy variables of the
environment (http_proxy, https_proxy, no_proxy); nothing else is needed for one GET.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from briefing_cli.errors import InputError

CHUNK = 64 * 1024
ACCEPT = ("text/html, application/xhtml+xml, text/plain;q=0.9, application/pdf;q=0.9, "
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9, "
          "*/*;q=0.1")
# Content types read as they are (`application/octet-stream` and friends are sniffed).
_READABLE = ("text/", "application/xhtml+xml", "application/xml", "application/pdf",
             "application/x-pdf",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
_UNKNOWN = ("", "application/octet-stream", "binary/octet-stream", "application/download",
            "application/force-download")


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str | None  # e.g. "text/html", without parameters
    charset: str | None


def user_agent() -> str:
    import briefing_cli

    return f"briefing/{briefing_cli.__version__}"


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET `url`; raise `InputError` with one line saying what went wrong."""
    parts = urlsplit(url)
    if not parts.hostname:
        raise InputError(f"{url}: not a valid web address (no host name)")
    request = urllib.request.Request(url, headers={
        "User-Agent": user_agent(), "Accept": ACCEPT, "Accept-Encoding": "identity"})
    deadline = time.monotonic() + timeout
    try:
        # A fresh opener reads the proxy variables now (urlopen's shared one keeps the first).
        opener = urllib.request.build_opener()
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl() or url
            ctype = response.headers.get_content_type() if response.headers.get(
                "Content-Type") else ""
            charset = response.headers.get_content_charset()
            _check_type(url, ctype)
            length = response.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: the server sends {int(length):,} bytes, more than the "
                                 f"limit of {max_bytes:,} (raise it with --max-bytes)")
            data = _read_capped(response, url, max_bytes, deadline, timeout)
            encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
            if encoding in ("gzip", "x-gzip", "deflate"):  # sent although we asked for none
                data = _inflate(data, url, encoding, max_bytes)
    except urllib.error.HTTPError as exc:
        reason = exc.reason if isinstance(exc.reason, str) else ""
        raise InputError(f"{url}: the server answered HTTP {exc.code}"
                         + (f" {reason}" if reason else "")) from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: {_describe(exc.reason, parts.hostname, timeout)}") from None
    except TimeoutError:
        raise InputError(f"{url}: {_timed_out(timeout)}") from None
    except ssl.SSLError as exc:
        raise InputError(f"{url}: TLS error ({exc.reason or exc})") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise InputError(f"{url}: the connection broke off ({type(exc).__name__})") from None
    except ValueError as exc:  # urllib's "unknown url type" and malformed ports
        raise InputError(f"{url}: not a valid web address ({exc})") from None
    except OSError as exc:
        raise InputError(f"{url}: cannot fetch ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{url}: the server sent an empty page")
    return Fetched(final, data, ctype or None, charset)


def _check_type(url: str, ctype: str) -> None:
    if ctype in _UNKNOWN or ctype.startswith(_READABLE):
        return
    raise InputError(f"{url}: the server sent {ctype}, not a web page, text, PDF or Word "
                     "document")


def _read_capped(response: http.client.HTTPResponse, url: str, max_bytes: int,
                 deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: larger than the limit of {max_bytes:,} bytes "
                             "(raise it with --max-bytes)")
        chunks.append(chunk)
        if time.monotonic() > deadline:  # a server trickling bytes never hits the socket timeout
            raise InputError(f"{url}: {_timed_out(timeout)}")
    return b"".join(chunks)


def _inflate(data: bytes, url: str, encoding: str, max_bytes: int) -> bytes:
    import zlib

    # gzip's header (wbits 16+) or zlib's (deflate); the cap holds for what it inflates to.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"{url}: the server's {encoding} data is damaged ({exc})") from None
    if len(out) > max_bytes:
        raise InputError(f"{url}: larger than the limit of {max_bytes:,} bytes once "
                         "uncompressed (raise it with --max-bytes)")
    return out


def _describe(reason: object, host: str, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve the host name {host} (DNS lookup failed; offline?)"
    if isinstance(reason, TimeoutError):
        return _timed_out(timeout)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS certificate not accepted ({reason.verify_message or reason.reason})"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({reason.reason or reason})"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}"
    if isinstance(reason, OSError):
        return f"cannot connect ({reason.strerror or reason})"
    return f"cannot fetch ({reason})"


def _timed_out(timeout: float) -> str:
    return f"no complete answer within {timeout:g} s (raise it with --timeout)"


__all__ = ["Fetched", "fetch", "user_agent"]
