"""Independent parts of one document's work, run in forked worker processes.

A long transcript's reading stage repeats a pure function over many lines or turns (label
matching, sentence splitting). On a machine with more than one core, `fork_map` runs the
chunks of such a loop side by side: each child is a fork of this process (it reads the
document and every cache as they are, nothing is sent to it) and sends back only its result.
The output is the same with and without workers: the same function runs on the same chunks
and the results come back in input order; a child that fails in any way is redone in the
parent. Workers are used only where fork exists, more than one core is usable, and the
caller's input is large (the caller decides); never inside a worker or a batch worker.
`BRIEFING_WORKERS=1` turns them off (a number caps them).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

_MAX_WORKERS = 4  # processes a document's work is spread over, the parent included
# Characters of a text whose reading stage is worth workers (the layout vote, label matching,
# sentence splitting): a shorter one is read in one process, a fork costing more than a share.
LONG_TEXT = 1_000_000
_in_worker = False  # set in a child: a worker never forks again


def workers() -> int:
    """How many processes (this one included) a document's work may be spread over."""
    if _in_worker or not hasattr(os, "fork") or not hasattr(os, "sched_getaffinity"):
        return 1
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return 1  # forking a process with threads can leave a child holding a lock
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is not None and multiprocessing.parent_process() is not None:
        return 1  # a batch worker: the batch already keeps the cores busy
    cores = len(os.sched_getaffinity(0))
    wanted = os.environ.get("BRIEFING_WORKERS", "")
    limit = int(wanted) if wanted.isdigit() and int(wanted) > 0 else _MAX_WORKERS
    return max(1, min(cores, limit))


def fork_map(func: Callable[[T], R], items: Sequence[T], min_items: int = 2) -> list[R]:
    """`[func(item) for item in items]`: `items[0]` in this process, every other item in a
    forked child of its own (call it with at most `workers()` items); all in this process
    when there are fewer than `min_items` items. Items are never pickled (a child reads them
    as forked, closures included); results are, and come back in input order."""
    return list(fork_imap(func, items, min_items))


def fork_imap(func: Callable[[T], R], items: Sequence[T], min_items: int = 2) -> Iterator[R]:
    """`fork_map` as an iterator: the children start now, the parent's own item is computed
    at the first `next()` and comes first, so the caller can do other work meanwhile and
    work on the first result while the children compute the rest."""
    if len(items) < max(2, min_items) or workers() < 2:
        return map(func, items)
    running = _run(func, items)
    next(running)  # fork now (a started generator is closed, and its children reaped,
    return cast(Iterator[R], running)  # even when its caller never reads it)


def _run(func: Callable[[T], R], items: Sequence[T]) -> Iterator[object]:
    children: dict[int, tuple[int, int]] = {}  # index -> (pid, read end of its pipe)
    parent = os.getpid()
    try:
        for index in range(1, len(items)):
            try:
                read, write = os.pipe()
            except OSError:
                break  # no more file descriptors: the rest is done here
            try:
                pid = os.fork()
            except OSError:  # no more processes or memory: the rest is done here
                os.close(read)
                os.close(write)
                break
            if pid == 0:  # the child: compute, send, and leave without any teardown
                _child(func, items[index], read, write, parent)
            os.close(write)
            children[index] = (pid, read)
        yield None  # started
        yield func(items[0])
        for index in range(1, len(items)):
            if index not in children:
                yield func(items[index])
                continue
            pid, read = children[index]
            source = os.fdopen(read, "rb")
            children[index] = (pid, -1)  # (the file object closes it now)
            with source:
                data = source.read()
            _, status = os.waitpid(pid, 0)
            del children[index]
            yield _result(data, status, func, items[index])
    finally:
        for pid, read in children.values():  # an error, Ctrl-C, or a caller that stopped
            if read >= 0:
                os.close(read)
            _end(pid)


def _child(func: Callable[[T], R], item: T, read: int, write: int, parent: int) -> None:
    global _in_worker
    status = 1
    try:
        _in_worker = True
        die_with_parent(parent)
        gc.disable()  # (a collection would walk, and so copy, every page of the parent's heap)
        os.close(read)
        quiet = os.open(os.devnull, os.O_WRONLY)  # nothing a child prints reaches the user
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        import pickle

        data = pickle.dumps(func(item), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as out:
            out.write(data)
        status = 0
    except BaseException:  # noqa: B036 - Ctrl-C, a closed pipe, anything: the parent redoes it
        pass
    finally:
        os._exit(status)


def die_with_parent(parent: int) -> None:
    """Die with the parent: a SIGTERM or SIGKILL that ends the command must not leave a
    child computing for nobody (Linux's parent-death signal; elsewhere the child ends at
    its next write to the closed pipe)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (AttributeError, OSError):
        return
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)


def _result(data: bytes, status: int, func: Callable[[T], R], item: T) -> R:
    """The child's result, or `func(item)` computed here if the child failed."""
    if status == 0 and data:
        import pickle

        try:
            result: R = pickle.loads(data)
            return result
        except Exception:  # noqa: S110 - a cut message: compute it here
            pass
    return func(item)


def _end(pid: int) -> None:
    """Stop a child that is no longer wanted and reap it (no zombie is left)."""
    import signal

    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def chunks(count: int, parts: int, first_share: float = 1.0) -> list[tuple[int, int]]:
    """`parts` consecutive `(start, stop)` ranges covering `range(count)`; the first (the
    parent's) is `first_share` times the size of each other (it has work of its own after)."""
    parts = max(1, min(parts, count))
    weights = [first_share] + [1.0] * (parts - 1)
    total = sum(weights)
    bounds = [0]
    acc = 0.0
    for weight in weights[:-1]:
        acc += weight
        bounds.append(round(count * acc / total))
    bounds.append(count)
    return list(zip(bounds[:-1], bounds[1:], strict=True))
