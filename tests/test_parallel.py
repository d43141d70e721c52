"""Forked workers (briefing_cli/parallel.py): the same results as one process, in order,
whatever a child does, and no child left behind."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from layoutgen import FAMILIES, LABEL_SHAPES, synthetic_turns

from briefing_cli import parallel, transcript
from briefing_cli.models import Document
from briefing_cli.transcript import common, labelled


def _no_children() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(os, "fork"):
        pytest.skip("no fork on this platform")
    monkeypatch.setattr(parallel, "workers", lambda: 3)


def test_results_come_back_in_order_from_other_processes(forking: None) -> None:
    parent = os.getpid()
    out = parallel.fork_map(lambda n: (n * n, os.getpid() != parent), [1, 2, 3])
    assert [square for square, _ in out] == [1, 4, 9]
    assert [child for _, child in out] == [False, True, True]
    assert _no_children()


def test_a_failed_child_is_redone_here(forking: None) -> None:
    parent = os.getpid()

    def only_here(n: int) -> int:
        if os.getpid() != parent:
            os._exit(3)  # a child that dies before it sends anything
        return n + 1

    def raises_there(n: int) -> int:
        if os.getpid() != parent:
            raise MemoryError
        return n + 2

    assert parallel.fork_map(only_here, [1, 2, 3]) == [2, 3, 4]
    assert parallel.fork_map(raises_there, [1, 2, 3]) == [3, 4, 5]
    assert _no_children()


def test_an_error_here_stops_and_reaps_the_children(forking: None) -> None:
    def slow_there(n: int) -> int:
        if n == 0:
            raise ValueError("bad input")
        import time

        time.sleep(30)
        return n

    with pytest.raises(ValueError, match="bad input"):
        parallel.fork_map(slow_there, [0, 1, 2])
    assert _no_children()


def test_a_caller_that_stops_early_leaves_no_child(forking: None) -> None:
    results = parallel.fork_imap(lambda n: [n] * 1000, [1, 2, 3])
    assert next(results) == [1] * 1000
    results.close()
    assert _no_children()


def test_no_fork_left_means_the_work_is_done_here(
        forking: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> int:
        raise BlockingIOError("fork: Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    assert parallel.fork_map(lambda n: n * 2, [1, 2, 3]) == [2, 4, 6]


def test_children_start_before_the_first_result_is_asked(forking: None) -> None:
    read, write = os.pipe()

    def signal_there(n: int) -> int:
        if n == 2:
            os.write(write, b"x")
        return n

    results = parallel.fork_imap(signal_there, [1, 2])
    assert os.read(read, 1) == b"x"  # the child ran although nothing was read yet
    assert list(results) == [1, 2]
    os.close(read)
    os.close(write)
    assert _no_children()


def test_one_worker_means_no_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    parent = os.getpid()
    assert parallel.workers() == 1
    assert parallel.fork_map(lambda n: os.getpid() == parent, [1, 2]) == [True, True]


def test_fewer_items_than_asked_run_here(forking: None) -> None:
    parent = os.getpid()
    assert parallel.fork_map(lambda n: os.getpid() == parent, [1, 2], min_items=3) == [True] * 2
    assert parallel.fork_map(lambda n: os.getpid() == parent, [1, 2, 3], min_items=3) == [
        True, False, False]


def test_chunks_cover_every_item_once() -> None:
    for count in (0, 1, 2, 7, 100):
        for parts in (1, 2, 3, 4):
            for share in (0.5, 1.0):
                ranges = parallel.chunks(count, parts, share)
                assert [i for a, b in ranges for i in range(a, b)] == list(range(count))
                assert len(ranges) == max(1, min(parts, count))


def test_parsing_with_workers_gives_the_same_transcript(
        forking: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every family and label shape, parsed with the workers' paths (line labels, sentence
    spans) taken at any size, equals the one-process parse."""
    texts = []
    for families in (FAMILIES, LABEL_SHAPES):
        for name in sorted(families):
            rng = random.Random(f"parallel-{name}")
            turns = synthetic_turns(rng, 24, speakers=rng.randint(2, 5))
            texts.append(families[name](turns, rng).text)

    def parse_all() -> list[str]:
        out = []
        for text in texts:
            for cache in (labelled._find_marks, common._line_table):
                cache.cache_clear()
            found = transcript.parse(Document(name="x.txt", text=text))
            out.append(repr((found.layout, found.speakers, found.turns)))
        return out

    alone = parse_all()
    monkeypatch.setattr(parallel, "LONG_TEXT", 0)
    monkeypatch.setattr(common, "_PARALLEL_DRAFT", 0)
    assert parse_all() == alone
    assert _no_children()


def test_a_child_dies_with_a_killed_parent(tmp_path: Path) -> None:
    # SIGTERM or SIGKILL ends a `summarize` at once (exit 143): its forked workers used to
    # compute on for nobody until their next write. A parent killed outright takes them too.
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        pytest.skip("the parent-death signal is Linux's")
    pidfile = tmp_path / "child.pid"
    script = textwrap.dedent(f"""
        import os, signal, time
        from briefing_cli import parallel
        parallel.workers = lambda: 2
        def work(n):
            if n == 1:
                open({str(pidfile)!r} + ".tmp", "w").write(str(os.getpid()))
                os.rename({str(pidfile)!r} + ".tmp", {str(pidfile)!r})
                time.sleep(60)
                return n
            while not os.path.exists({str(pidfile)!r}):
                time.sleep(0.01)
            os.kill(os.getpid(), signal.SIGKILL)
        parallel.fork_map(work, [0, 1])
    """)
    run = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert run.returncode == -signal.SIGKILL
    child = int(pidfile.read_text())
    for _ in range(500):  # gone, or a zombie waiting for init: no longer running
        try:
            state = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return
        if state in {"Z", "X"}:
            return
        time.sleep(0.01)
    raise AssertionError(f"child {child} still running after its parent was killed")
