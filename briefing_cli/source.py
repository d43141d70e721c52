"""Read a path or standard input into a `Document`: decoding, line ends, clear errors."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path
from typing import BinaryIO

from briefing_cli.errors import InputError
from briefing_cli.models import Document
from briefing_cli.sources import DEFAULT_TIMEOUT, TEXT, convert, is_url, load_url, sniff

STDIN_NAME = "<stdin>"
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


def read_source(path: str, stdin: BinaryIO | None = None, *,
                max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT
                ) -> Document:
    """Read `path` ("-" means `stdin`; an http(s) URL is fetched) and decode it, extracting
    the text of a web page, PDF or Word file; raise `InputError` with a reason."""
    if path != "-" and is_url(path):
        return load_url(path, max_bytes=max_bytes, timeout=timeout)
    if path == "-":
        if stdin is None:
            raise InputError("no standard input to read")
        data = stdin.read(max_bytes + 1)
        name = STDIN_NAME
    else:
        data = _read_file(Path(path), max_bytes)
        name = display_name(path)
    if len(data) > max_bytes:
        raise InputError(_too_large(name, max_bytes))
    kind = sniff(data, name)
    if kind != TEXT:
        return convert(data, name, kind)
    text = decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: the input is empty")
    return Document(name=name, text=text)


def _too_large(name: str, max_bytes: int) -> str:
    return f"{name}: larger than the limit of {max_bytes:,} bytes (raise it with --max-bytes)"


def display_name(path: str) -> str:
    """The name a document is shown and exported under: a file name is input too, so no
    escape sequences or line breaks, and bytes that are not UTF-8 become U+FFFD."""
    from briefing_cli.render.common import printable

    return printable(path)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        mode = info.st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory, not a transcript file")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: not a regular file (a pipe or device); "
                         "pipe it to standard input instead")
    if info.st_size > max_bytes:  # refused before reading max_bytes of it into memory
        raise InputError(_too_large(display_name(str(path)), max_bytes))
    try:
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str, charset: str | None = None) -> str:
    """Decode UTF-8 (BOM optional), UTF-16 with BOM; LF line ends. A byte that is not UTF-8
    is read as Windows-1252 on its own (one stray byte does not turn the whole file into
    mojibake); the 5 bytes Windows-1252 leaves undefined become U+FFFD. A NUL anywhere
    means a binary file.

    `charset` is what a web server declared: used when it decodes the whole page (a BOM still
    wins), else ignored; the same checks for binary data apply either way."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        declared = _declared(data, charset)
        text = declared if declared is not None else data.decode("utf-8-sig",
                                                                 errors=_CP1252_BYTES)
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not a transcript")
    if _mostly_binary(text):
        raise InputError(f"{name}: looks like a binary file, not a transcript")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _declared(data: bytes, charset: str | None) -> str | None:
    """`data` in the charset a server declared, or None when there is none or it fails."""
    if charset is None:
        return None
    try:
        return data.decode(charset).removeprefix("\ufeff")
    except (LookupError, UnicodeDecodeError):
        return None


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Error handler: the bytes UTF-8 rejects, each decoded as Windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


_CP1252_BYTES = "briefing-cp1252"
codecs.register_error(_CP1252_BYTES, _cp1252_bytes)


def _mostly_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(sample) > 0.1


def is_interactive(stream: object) -> bool:
    """True when `stream` is a terminal (then we never wait on it for input)."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


__all__ = ["DEFAULT_MAX_BYTES", "STDIN_NAME", "decode", "display_name", "is_interactive",
           "read_source"]
