"""The unit a digest shows: whole sentences of the input, each credited to one speaker.

News attribution cuts a paragraph into turns at quotation marks (`... told reporters that
Washington's relationship is` / `entirely different` / `than its partnership ...`), so the
turns' own sentences can be fragments. A reader needs the sentence: here the sentences are
split again over each run of adjacent turns (turns separated only by marks and spaces),
and every sentence is credited to the turn it overlaps most, a quoted or reported speaker
before narration. This works from the turns' spans alone, whatever the attribution does.

Transcript layouts (a speaker label before each turn) already split turns at sentence
ends; their sentences are kept, only trimmed of stray marks.
"""

from __future__ import annotations

from briefing_cli import nlp
from briefing_cli.models import Sentence, Transcript, Turn, TurnKind

_OPENING = "“„«"
_CLOSING = "”»"  # not ’: it is far more often an apostrophe
_STRAIGHT = "\""
_MARKS = _OPENING + _CLOSING + _STRAIGHT
_SPOKEN = (TurnKind.QUOTE, TurnKind.PARAPHRASE, TurnKind.STATEMENT, TurnKind.QUESTION)


def whole_sentences(transcript: Transcript, split: bool) -> tuple[Sentence, ...]:
    """Every sentence to rank, in document order.

    With `split` (news and prose), sentences are re-split over runs of adjacent turns and
    credited by overlap; without, the turns' own sentences are kept. Either way a sentence
    is trimmed of quotation marks left unbalanced at its edges.
    """
    text = transcript.document.text
    if not split:
        out = []
        for sentence in transcript.sentences:
            start, end = trim_marks(text, sentence.start, sentence.end)
            if (start, end) == (sentence.start, sentence.end):
                out.append(sentence)
            elif end > start:
                out.append(_sentence(transcript, start, end, sentence.turn))
        return tuple(out)
    turns = transcript.turns
    out = []
    for first, last in _runs(text, turns):
        lo, hi = min(first, last), max(first, last)
        # A quotation's turn starts inside its marks: take the marks into the run.
        begin, finish = turns[first].start, turns[last].end
        while begin > 0 and text[begin - 1] in _MARKS:
            begin -= 1
        while finish < len(text) and text[finish] in _MARKS:
            finish += 1
        for s, e in nlp.sentence_spans(text, begin, finish):
            start, end = trim_marks(text, s, e)
            if end <= start or not any(ch.isalnum() for ch in text[start:end]):
                continue
            while lo < hi and turns[lo].end <= start:  # sentences come in order: one pass
                lo += 1
            credit = _credit(turns, lo, hi, start, end)
            if credit is not None:
                out.append(_sentence(transcript, start, end, credit))
    return tuple(out)


def _sentence(transcript: Transcript, start: int, end: int, turn: int) -> Sentence:
    document = transcript.document
    return Sentence(document.text[start:end], start, end, document.line_of(start), turn)


def _runs(text: str, turns: tuple[Turn, ...]) -> list[tuple[int, int]]:
    """(first, last) turn indices of runs separated only by spaces, marks and punctuation."""
    runs: list[tuple[int, int]] = []
    order = sorted(range(len(turns)), key=lambda i: (turns[i].start, turns[i].end))
    for i in order:
        if runs:
            first, last = runs[-1]
            gap = text[turns[last].end:turns[i].start]
            if turns[i].start >= turns[last].end and not any(ch.isalnum() for ch in gap):
                runs[-1] = (first, i)
                continue
            if turns[i].start < turns[last].end:  # overlapping turns: one run
                runs[-1] = (first, i if turns[i].end > turns[last].end else last)
                continue
        runs.append((i, i))
    return runs


def _credit(turns: tuple[Turn, ...], first: int, last: int, start: int, end: int
            ) -> int | None:
    """The turn a sentence belongs to: a speaker's turn before narration, then most overlap."""
    best: tuple[int, int, int] | None = None
    for i in range(first, last + 1):
        turn = turns[i]
        if turn.start >= end:
            break
        overlap = min(end, turn.end) - max(start, turn.start)
        if overlap <= 0:
            continue
        spoken = int(turn.speaker is not None and turn.kind in _SPOKEN)
        key = (spoken, overlap, -i)
        if best is None or key > best:
            best = key
    return None if best is None else -best[2]


def trim_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """`(start, end)` without quotation marks left unbalanced at either edge.

    `”these are "two ..."` loses its first mark; the first sentence of a quotation that
    runs on (`"We will go.`) loses its opening mark, the last (`We will win."`) its
    closing one. Marks balanced inside the sentence stay.
    """
    for _ in range(4):
        if start >= end or (text[start] not in _MARKS and text[end - 1] not in _MARKS):
            break  # every rule below starts from a mark at an edge
        piece = text[start:end]
        opening = sum(piece.count(c) for c in _OPENING)
        closing = sum(piece.count(c) for c in _CLOSING)
        straight = piece.count(_STRAIGHT)
        head, tail = piece[0], piece[-1]
        if head in _CLOSING and closing > opening:
            start += 1
        elif tail in _OPENING and opening > closing:
            end -= 1
        elif head in _OPENING and opening > closing:
            start += 1
        elif tail in _CLOSING and closing > opening and head not in _OPENING:
            end -= 1
        elif straight % 2 and head == _STRAIGHT:
            start += 1
        elif straight % 2 and tail == _STRAIGHT:
            end -= 1
        else:
            break
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


__all__ = ["trim_marks", "whole_sentences"]
