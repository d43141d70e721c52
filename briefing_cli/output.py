"""Write an output file whole or not at all."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from briefing_cli.errors import OutputError


def write_atomic(path: Path, content: str, *, protect: Sequence[Path] = (),
                 protect_stdin: bool = False) -> None:
    """Write `content` to a temporary file beside `path`, then rename it into place.

    `protect` holds the input files, and `protect_stdin` adds the file standard input was
    redirected from: writing over one of them is refused. The new file gets the mode the
    old one had, or the usual 0666 less the umask.
    """
    if any(_same_file(path, source) for source in protect) or (
            protect_stdin and _is_stdin(path)):
        raise OutputError(f"{path}: refusing to overwrite the input file")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", newline="\n", dir=folder, prefix=f".{path.name}.",
            suffix=".tmp", delete=False)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(handle.name, _mode_for(path))
        os.replace(handle.name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _is_stdin(path: Path) -> bool:
    try:
        source = os.fstat(sys.stdin.fileno())
        target = path.stat()
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISREG(source.st_mode) and (source.st_dev, source.st_ino) == (
        target.st_dev, target.st_ino)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
