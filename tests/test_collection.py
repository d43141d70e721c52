"""The collector pause around the digest and its rendering (briefing_cli/collection.py)."""

from __future__ import annotations

import gc
import threading

import pytest
from helpers import parse_text

from briefing_cli import collection
from briefing_cli.digest import build_digest
from briefing_cli.rank import get_ranker
from briefing_cli.render import OutputFormat, render_digest


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_turns_the_collector_off_and_back_on() -> None:
    with collection.paused():
        assert not gc.isenabled()
        with collection.paused():  # nested: still off after the inner block
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_leaves_a_collector_turned_off_by_the_caller_off() -> None:
    gc.disable()
    with collection.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_paused_resumes_after_an_error() -> None:
    with pytest.raises(ValueError), collection.paused():
        raise ValueError
    assert gc.isenabled()


def test_overlapping_pauses_in_threads_resume_once_both_end() -> None:
    entered, leave = threading.Barrier(2), threading.Event()

    def pause() -> None:
        with collection.paused():
            entered.wait()
            leave.wait()

    other = threading.Thread(target=pause)
    other.start()
    with collection.paused():
        entered.wait()
    assert not gc.isenabled()  # the other thread's pause is still on
    leave.set()
    other.join()
    assert gc.isenabled()


def test_digest_and_render_leave_the_collector_on_and_make_no_cycles() -> None:
    text = "".join(f"SPEAKER {chr(65 + i % 26)}{i}: The budget for item {i} is ready today. "
                   f"We expect the rail line to open in {2030 + i % 5}.\n\n" for i in range(60))
    transcript = parse_text(text)
    gc.collect()
    gc.disable()
    try:
        digest = build_digest(transcript, get_ranker("lexrank"))
        for fmt in (OutputFormat.JSON, OutputFormat.MARKDOWN, OutputFormat.TEXT):
            render_digest(digest, fmt)
        assert gc.collect() == 0  # nothing the pause could have left uncollected
    finally:
        gc.enable()
    build_digest(transcript, get_ranker("lexrank"))
    assert gc.isenabled()
