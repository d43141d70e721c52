"""The cyclic garbage collector paused while a digest is built and rendered.

Ranking, key terms and rendering build millions of small containers (token lists, counts,
records) that either die by reference counting or live to the end, and no reference cycles
(a digest and its JSON and Markdown of 100,000 speakers or a 10 MB transcript leave none:
bench/RESULTS.md, session 10): each collection only walks them. Paused, the same stages
take about a tenth less CPU time; the collector runs again as it was once the outermost
pause ends, so cycles made elsewhere are still collected.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_LOCK = threading.Lock()
_depth = 0  # pauses entered and not left (nested calls, or threads of a library user)
_resume = False  # whether the collector was running when the outermost pause began


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Run the block with the collector off; on leaving the outermost pause, it runs again
    if it ran before (a caller that had turned it off keeps it off)."""
    global _depth, _resume
    with _LOCK:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()


__all__ = ["paused"]
