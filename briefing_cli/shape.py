"""The shape of a briefing: who spoke how much (share of words and turns) and when.

Pure and cheap (one pass over the turns), so every renderer computes the same figures from
the Transcript: the terminal bars and timeline, the JSON fields, the HTML SVG and the
Markdown share table.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from briefing_cli.models import PRESS_ID, SpeakerKind, Transcript


@dataclass(frozen=True)
class Share:
    """One speaker's part of what was said; shares are of all attributed words and turns
    (narration, which nobody said, is left out), so a briefing's shares sum to 1."""

    speaker: str
    turns: int
    words: int
    share_turns: float
    share_words: float


@dataclass(frozen=True)
class Stretch:
    """Consecutive turns of one speaker (None: narration): who held the floor, where.

    `start` and `end` are character offsets into the document; lines are 1-based, inclusive.
    """

    speaker: str | None
    start_line: int
    end_line: int
    start: int
    end: int


@dataclass(frozen=True)
class Shape:
    shares: tuple[Share, ...]  # in the transcript's speaker order
    timeline: tuple[Stretch, ...]  # in document order
    length: int  # characters in the document
    by_id: dict[str, Share] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Share] = {}
        for share in self.shares:
            by_id.setdefault(share.speaker, share)
        object.__setattr__(self, "by_id", by_id)

    def share(self, speaker_id: str) -> Share | None:
        return self.by_id.get(speaker_id)


def measure(transcript: Transcript) -> Shape:
    """Shares and timeline of a transcript (a renderer measures once and passes the figures
    on: the word counts are those of `digest.speaker_totals`)."""
    return Shape(tuple(Share(*share) for share in share_rows(transcript)),
                 tuple(Stretch(*stretch) for stretch in timeline_rows(transcript)),
                 len(transcript.document.text))


def share_rows(transcript: Transcript) -> list[tuple[str, int, int, float, float]]:
    """`measure`'s shares as plain tuples in `Share`'s field order (the JSON renderer writes
    100,000 speakers' without building a frozen object each)."""
    from briefing_cli.digest import speaker_totals

    counted_turns, counted_words = speaker_totals(transcript)
    # Narration (None) is nobody's share.
    all_turns = sum(n for k, n in counted_turns.items() if k is not None)
    all_words = sum(n for k, n in counted_words.items() if k is not None)
    rows = []
    for s in transcript.speakers:
        turns, words = counted_turns[s.id], counted_words[s.id]
        rows.append((s.id, turns, words,
                     round(turns / all_turns, 4) if all_turns else 0.0,
                     round(words / all_words, 4) if all_words else 0.0))
    return rows


def timeline_rows(transcript: Transcript) -> list[tuple[str | None, int, int, int, int]]:
    """`measure`'s timeline as plain tuples in `Stretch`'s field order."""
    rows: list[tuple[str | None, int, int, int, int]] = []
    line_of = transcript.document.line_of
    for turn in transcript.turns:
        if turn.end <= turn.start:
            continue
        end_line = line_of(turn.end - 1)
        if rows and rows[-1][0] == turn.speaker:
            last = rows[-1]
            rows[-1] = (last[0], last[1], end_line, last[3], turn.end)
        else:
            rows.append((turn.speaker, turn.line, end_line, turn.start, turn.end))
    return rows


def percentages(values: list[int], total: int = 1000) -> list[int]:
    """Whole parts of `total` (per mille by default) proportional to `values`, summing to
    exactly `total` when any value is positive (largest remainder), so bars fill 100%."""
    weight = sum(values)
    if weight <= 0:
        return [0] * len(values)
    exact = [v * total / weight for v in values]
    parts = [int(x) for x in exact]
    order = sorted(range(len(values)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def slices(shape: Shape, width: int) -> list[str | None]:
    """Who held the floor in each of `width` equal slices of the document.

    A gap between turns (labels, blank lines) belongs to whoever spoke before it; a slice goes
    to the speaker (or narration) covering most of it.
    """
    if width <= 0 or not shape.timeline or shape.length <= 0:
        return []
    starts = [s.start for s in shape.timeline]
    # Extended stretches: each runs until the next one starts; the text before the first
    # stretch belongs to it.
    bounds = [0, *starts[1:], shape.length]
    out: list[str | None] = []
    for k in range(width):
        lo = shape.length * k // width
        hi = max(lo + 1, shape.length * (k + 1) // width)
        first = max(0, bisect.bisect_right(starts, lo) - 1)
        best, best_cover = shape.timeline[first].speaker, -1
        i = first
        while i < len(shape.timeline) and bounds[i] < hi:
            cover = min(hi, bounds[i + 1]) - max(lo, bounds[i])
            if cover > best_cover:
                best, best_cover = shape.timeline[i].speaker, cover
            i += 1
        out.append(best)
    return out


def symbols(transcript: Transcript) -> dict[str | None, str]:
    """One plain character per speaker for a timeline without colour: a person's initial
    (another letter of the name, then a digit, when taken), `?` for the press and `.` for
    narration."""
    taken = {"?", "."}
    out: dict[str | None, str] = {None: "."}
    for speaker in transcript.speakers:
        if speaker.id == PRESS_ID or speaker.kind is SpeakerKind.PRESS:
            out[speaker.id] = "?"
            continue
        parts = speaker.name.split()
        candidates = [c.upper() for c in (parts[-1] if parts else "") + speaker.name
                      if c.isascii() and c.isalpha()]
        candidates += [str(d) for d in range(1, 10)] + ["*"]
        symbol = next((c for c in candidates if c not in taken), "*")
        taken.add(symbol)
        out[speaker.id] = symbol
    return out


def is_press(transcript: Transcript, speaker_id: str | None) -> bool:
    speaker = transcript.speaker(speaker_id)
    return speaker is not None and (speaker.id == PRESS_ID or speaker.kind is SpeakerKind.PRESS)


PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#edc948",
           "#ff9da7", "#9c755f", "#17becf")
PRESS_COLOUR = "#8c8c8c"


def slots(transcript: Transcript) -> dict[str, int | None]:
    """A palette slot per speaker in transcript order; None for the press (neutral)."""
    out: dict[str, int | None] = {}
    n = 0
    for speaker in transcript.speakers:
        if is_press(transcript, speaker.id):
            out[speaker.id] = None
        else:
            out[speaker.id] = n % len(PALETTE)
            n += 1
    return out


__all__ = ["PALETTE", "PRESS_COLOUR", "Shape", "Share", "Stretch", "is_press", "measure",
           "percentages", "share_rows", "slices", "slots", "timeline_rows",
           "symbols"]
