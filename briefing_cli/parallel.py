"""Work shared with forked child processes on a large input (placeholder for perf12's helper).

`fork_map(func, items, min_items)`: `func` of each item, in input order; items[0] in the
parent, every other item in one `os.fork()` child (results back pickled over a pipe). Any
failure of a child: the parent computes that item itself, so the output never depends on the
workers. Serial when fork is missing, BRIEFING_WORKERS=1, one CPU, or fewer than `min_items`.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def workers() -> int:
    """How many processes may run at once."""
    if not hasattr(os, "fork") or os.environ.get("BRIEFING_WORKERS") == "1":
        return 1
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return 1  # a fork copies one thread of several: locks may be held forever
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is not None and multiprocessing.parent_process() is not None:
        return 1  # a worker of a pool (`briefing batch`): its siblings have the other cores
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, cpus)


def fork_map(func: Callable[[T], R], items: Sequence[T], min_items: int = 2) -> list[R]:
    """[func(item) for item in items], items after the first each in a child process."""
    n = min(len(items), workers())
    if len(items) < max(2, min_items) or n < 2:
        return [func(item) for item in items]
    for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
        if stream is not None:
            stream.flush()
    children: list[tuple[int, int, int]] = []  # (index, pid, read end)
    out: list[Any] = [None] * len(items)
    try:
        for index in range(1, len(items)):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: compute, send, leave without any clean-up of the parent's
                os.close(read)
                status = 1
                try:
                    data = pickle.dumps(func(items[index]), protocol=pickle.HIGHEST_PROTOCOL)
                    with os.fdopen(write, "wb") as stream:
                        stream.write(data)
                    status = 0
                except BaseException:  # noqa: B036 - a child never reports: the parent redoes it
                    pass
                os._exit(status)
            os.close(write)
            children.append((index, pid, read))
        out[0] = func(items[0])
        for index, pid, read in children:
            with os.fdopen(read, "rb") as stream:
                data = stream.read()
            _, status = os.waitpid(pid, 0)
            children = [c for c in children if c[1] != pid]
            try:
                out[index] = pickle.loads(data) if status == 0 and data else _AGAIN
            except Exception:
                out[index] = _AGAIN
            if out[index] is _AGAIN:
                out[index] = func(items[index])
    finally:
        for _, pid, read in children:  # interrupted: stop and reap every child left
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except OSError:
                pass
            try:
                os.close(read)
            except OSError:
                pass
    return out


_AGAIN = object()

__all__ = ["fork_map", "workers"]
