"""Helpers shared by the CLI and property tests."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_cli.models import Transcript


def decoded(data: bytes) -> str:
    """The input as the tool documents reading it: BOM-aware, a cp1252 fallback for each
    byte that is not UTF-8, LF ends."""
    import briefing_cli.source  # noqa: F401  (registers the "briefing-cp1252" error handler)

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    else:
        text = data.decode("utf-8-sig", errors="briefing-cp1252")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def lines_where(text: str, needle: str) -> set[int]:
    """1-based line numbers on which an occurrence of `needle` starts."""
    found: set[int] = set()
    start = text.find(needle)
    while start != -1:
        found.add(text.count("\n", 0, start) + 1)
        start = text.find(needle, start + 1)
    return found


def parse_text(text: str, layout: str | None = None) -> Transcript:
    """`text` parsed as a document named `t` (in the detected layout, or `layout`)."""
    from briefing_cli.models import Document
    from briefing_cli.transcript import parse

    return parse(Document(name="t", text=text), layout)


def speaker_at(transcript: Transcript, snippet: str) -> str | None:
    """The name of whoever says the first occurrence of `snippet` (None: narration)."""
    offset = transcript.document.text.index(snippet)
    for turn in transcript.turns:
        if turn.start <= offset < turn.end:
            speaker = transcript.speaker(turn.speaker)
            return speaker.name if speaker else None
    return None


def quote_speaker(transcript: Transcript, words: str) -> str | None:
    """The speaker's name of the quotation turn holding `words` (it must exist)."""
    for turn in transcript.turns:
        if turn.kind.value == "quote" and words in turn.text:
            speaker = transcript.speaker(turn.speaker)
            return speaker.name if speaker else None
    raise AssertionError(f"no quotation holds {words!r}")


def family_totals(family: str, seeds: int = 5) -> tuple[int, int, int, int, int]:
    """A label-shape family rendered from 24 synthetic turns of 3 speakers with seeds
    `family-0` ... and parsed: (turns right, turns, roles right, roles, furniture leaked)."""
    import random

    from layoutgen import LABEL_SHAPES, score, synthetic_turns

    right = total = roles_right = roles = leaked = 0
    for seed in range(seeds):
        rng = random.Random(f"{family}-{seed}")
        rendered = LABEL_SHAPES[family](synthetic_turns(rng, 24, speakers=3), rng)
        result = score(rendered, parse_text(rendered.text))
        right, total = right + result.right, total + result.turns
        roles_right, roles = roles_right + result.roles_right, roles + result.roles
        leaked += result.furniture_leaked
    return right, total, roles_right, roles, leaked


def press_at(transcript: Transcript, snippet: str) -> bool:
    """Whether the first occurrence of `snippet` is said by the press."""
    offset = transcript.document.text.index(snippet)
    for turn in transcript.turns:
        if turn.start <= offset < turn.end:
            speaker = transcript.speaker(turn.speaker)
            if speaker is not None and speaker.kind.value == "press":
                return True
    return False


@contextmanager
def fast_paths_off(on: bool) -> Iterator[None]:
    """With `on`, run with BRIEFING_NO_FAST_PATHS=1 (numpy ranking whatever the size);
    without, with the variable unset. The caller's setting is restored afterwards."""
    saved = os.environ.pop("BRIEFING_NO_FAST_PATHS", None)
    if on:
        os.environ["BRIEFING_NO_FAST_PATHS"] = "1"
    try:
        yield
    finally:
        os.environ.pop("BRIEFING_NO_FAST_PATHS", None)
        if saved is not None:
            os.environ["BRIEFING_NO_FAST_PATHS"] = saved
