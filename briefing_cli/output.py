"""Write an output file whole or not at all."""

from __future__ import annotations

import contextlib
import errno
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
    redirected from: writing over one of them is refused. The new file gets the mode (and,
    where allowed, the owner and group) the old one had, or the usual 0666 less the umask.
    """
    stdin = _stdin_kind(path) if protect_stdin else None
    if any(_same_file(path, source) for source in protect) or stdin == "file":
        raise OutputError(f"{path}: refusing to overwrite the input file")
    if stdin == "pipe":  # our own input pipe: nobody reads it, so a large write hung forever
        raise OutputError(f"{path}: refusing to write into standard input's pipe")
    if _write_through(path, content):
        return
    try:
        path = _checked_target(path)
    except OSError as exc:  # a name too long, a loop of links: was an internal error
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", errors="replace", newline="\n", dir=folder,
            prefix=f".{path.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
            os.chmod(handle.name, _mode_for(path))
            _keep_owner(handle.name, path)
        os.replace(handle.name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def _checked_target(path: Path) -> Path:
    """The file to replace: a symlink's target (the link stays), in a folder that exists."""
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise OutputError(f"{path}: {folder} is not a folder")
        raise OutputError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    return path


_STANDARD_STREAMS = {"/dev/stdout": 1, "/dev/stderr": 2, "/dev/fd/1": 1, "/dev/fd/2": 2,
                     "/proc/self/fd/1": 1, "/proc/self/fd/2": 2}


def _write_through(path: Path, content: str) -> bool:
    """Write into a device, FIFO or standard stream in place; False for a regular file or a
    new path, which are replaced atomically. Renaming over `/dev/null` or a FIFO would
    replace the device itself."""
    fd = _STANDARD_STREAMS.get(os.path.normpath(os.path.abspath(path)))
    if fd is None:
        try:
            mode = path.stat().st_mode
        except OSError:
            return False
        if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
            return False
    data = content.encode("utf-8", errors="replace")
    try:
        if fd is not None:
            stream = sys.stdout if fd == 1 else sys.stderr
            if stream is None:
                raise OSError(errno.EBADF, "the stream is closed")
            stream.flush()
            _write_all(fd, data)
            return True
        handle = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
        try:
            _write_all(handle, data)
        finally:
            os.close(handle)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return True


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _keep_owner(temporary: str, path: Path) -> None:
    """Give the new file the old one's owner and group: run as root, the replaced file
    once became root's, and with mode 0640 its owner could no longer read it. A user who
    may not (chown is root's, or a group the user is not in) keeps the usual result."""
    try:
        old = path.stat()
    except OSError:
        return
    new = os.stat(temporary)
    if (old.st_uid, old.st_gid) != (new.st_uid, new.st_gid):
        with contextlib.suppress(OSError, AttributeError):
            os.chown(temporary, old.st_uid, old.st_gid)


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _stdin_kind(path: Path) -> str | None:
    """"file" when `path` is the file standard input is redirected from, "pipe" when it is
    the pipe or socket standard input reads (`-o /dev/stdin`), else None."""
    try:
        source = os.fstat(sys.stdin.fileno())
        target = path.stat()
    except (OSError, ValueError, AttributeError):
        return None
    if (source.st_dev, source.st_ino) != (target.st_dev, target.st_ino):
        return None
    if stat.S_ISREG(source.st_mode):
        return "file"
    if stat.S_ISFIFO(source.st_mode) or stat.S_ISSOCK(source.st_mode):
        return "pipe"
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
