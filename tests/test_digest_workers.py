"""On a large input the digest shares its work with a forked child process (furniture while
the parent builds the tf-idf vectors and ranks; key terms while it selects the points): the
output is the same function's either way, a failed child changes nothing, small inputs never
fork, and no child outlives the call. Sizes are lowered here (`PARALLEL_SENTENCES`) so that a
small generated transcript takes the parallel path."""

from __future__ import annotations

import os
from typing import Any

import pytest

from briefing_cli import digest as digest_module
from briefing_cli import parallel
from briefing_cli.compare import compare
from briefing_cli.digest import build_digest
from briefing_cli.models import Document
from briefing_cli.rank import get_ranker
from briefing_cli.render import OutputFormat, render_digest
from briefing_cli.transcript import parse

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")


def _transcript(turns: int = 60, seed: int = 0) -> Any:
    said = ["The harbour authority reopens the northern berths on Monday, said Inspector Lind.",
            "Thank you, Tom.", "Next question.",
            "Inspectors found cracks in two of the older piers near berth {i}.",
            "Freight volumes fell by a fifth, and the Port Council expects them back by week {i}.",
            "Home > Briefings > Harbour",
            "Copyright 2026 Harbour Board. All rights reserved."]
    lines = ["Harbour briefing", ""]
    for i in range(turns):
        who = ("MS. LIND", "MR. OKAFOR", "Q")[(i + seed) % 3]
        lines += [f"{who}: " + " ".join(s.format(i=i) for s in said[i % 5:i % 5 + 3]), ""]
        if i % 17 == 0:
            lines += [said[5 + i % 2], ""]
    return parse(Document("t.txt", "\n".join(lines)))


def _json(transcript: Any, **options: Any) -> str:
    return render_digest(build_digest(transcript, get_ranker("lexrank"), **options),
                         OutputFormat.JSON)


def _forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the forks (the child's side is not counted: it never returns here)."""
    calls: list[int] = []
    fork = os.fork

    def counting() -> int:
        pid = fork()
        if pid:
            calls.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counting)
    return calls


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.parametrize("options", [{}, {"about": "harbour berths", "per_speaker": 2},
                                     {"speaker": "Lind", "words": 40},
                                     {"all_statements": True}])
def test_the_digest_is_the_same_with_and_without_workers(
        options: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    transcript = _transcript()
    serial = _json(transcript, **options)
    monkeypatch.setattr(digest_module, "PARALLEL_SENTENCES", 1)
    monkeypatch.delenv("BRIEFING_WORKERS", raising=False)
    forks = _forks(monkeypatch)
    if parallel.workers() < 2:
        pytest.skip("one CPU: fork_map stays serial")
    assert _json(transcript, **options) == serial
    assert len(forks) == 2  # furniture, then key terms
    assert _no_children_left()


def test_a_failing_child_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    transcript = _transcript(seed=1)
    serial = _json(transcript)
    parent = os.getpid()
    real_terms, real_furniture = digest_module.key_terms, digest_module.furniture.furniture

    def failing_terms(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:
            raise RuntimeError("child failed")
        return real_terms(*args, **kwargs)

    def dying_furniture(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() != parent:
            os._exit(3)
        return real_furniture(*args, **kwargs)

    monkeypatch.setattr(digest_module, "PARALLEL_SENTENCES", 1)
    monkeypatch.setattr(digest_module, "key_terms", failing_terms)
    monkeypatch.setattr(digest_module.furniture, "furniture", dying_furniture)
    monkeypatch.delenv("BRIEFING_WORKERS", raising=False)
    forks = _forks(monkeypatch)
    assert _json(transcript) == serial
    if parallel.workers() >= 2:
        assert len(forks) == 2
    assert _no_children_left()


def test_small_inputs_and_briefing_workers_1_never_fork(
        monkeypatch: pytest.MonkeyPatch) -> None:
    transcript = _transcript()
    expected = _json(transcript)

    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(os, "fork", no_fork)
    assert len(transcript.sentences) < digest_module.PARALLEL_SENTENCES
    assert _json(transcript) == expected
    monkeypatch.setattr(digest_module, "PARALLEL_SENTENCES", 1)
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    assert _json(transcript) == expected


def test_an_interrupted_parent_leaves_no_child(monkeypatch: pytest.MonkeyPatch) -> None:
    transcript = _transcript()
    parent = os.getpid()
    real = digest_module.tfidf

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() == parent:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(digest_module, "PARALLEL_SENTENCES", 1)
    monkeypatch.setattr(digest_module, "tfidf", interrupted)
    monkeypatch.delenv("BRIEFING_WORKERS", raising=False)
    with pytest.raises(KeyboardInterrupt):
        build_digest(transcript, get_ranker("lexrank"))
    assert _no_children_left()


def test_compare_is_the_same_with_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = _transcript(seed=0), _transcript(turns=45, seed=2)
    serial = compare(old, new, get_ranker("lexrank"))
    monkeypatch.setattr(digest_module, "PARALLEL_SENTENCES", 1)
    monkeypatch.delenv("BRIEFING_WORKERS", raising=False)
    assert compare(old, new, get_ranker("lexrank")) == serial


def test_json_prepared_ahead_is_the_same_text() -> None:
    from briefing_cli.render import json as json_render

    transcript, other = _transcript(), _transcript(turns=20, seed=1)
    plain = _json(transcript)
    json_render.prepare(other)  # another transcript's parts are never used
    assert _json(transcript) == plain
    prepared = render_digest(build_digest(transcript, get_ranker("lexrank"),
                                          meanwhile=lambda: json_render.prepare(transcript)),
                             OutputFormat.JSON)
    assert prepared == plain
    assert json_render._READY and json_render._READY[0].transcript is transcript


@pytest.mark.parametrize("turns", [2, 30])  # two speakers (halves of one), then three
def test_json_speakers_written_in_halves_are_the_same_text(
        turns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_cli.render import json as json_render

    transcript = _transcript(turns=turns)
    plain = _json(transcript)
    monkeypatch.setattr(json_render, "PARALLEL_SPEAKERS", 1)
    monkeypatch.delenv("BRIEFING_WORKERS", raising=False)
    forks = _forks(monkeypatch)
    digest = build_digest(transcript, get_ranker("lexrank"),
                          meanwhile=lambda: json_render.prepare(transcript))
    assert render_digest(digest, OutputFormat.JSON) == plain
    if parallel.workers() >= 2:
        assert len(forks) == 1
    assert _no_children_left()
