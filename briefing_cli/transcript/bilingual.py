"""Bilingual pages that interleave a briefing with its original: a ministry's mirror gives
the question in the original language on the line above its translated `Q` paragraph
(`我们注意到...` then `Q We noted the report. What is your comment?`). That line is the
question too (the press's), not the end of the answer above it.
"""

from __future__ import annotations

import unicodedata

from briefing_cli.speakers import PRESS_LABELS
from briefing_cli.transcript.common import Mark

_LOOK_BACK = 3  # lines above a question's label where its original may stand
_FOREIGN = 0.5  # least share of a line's letters outside the Latin script


def _latin_share(text: str) -> float | None:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    latin = sum(1 for c in letters if c.isascii() or "LATIN" in unicodedata.name(c, ""))
    return latin / len(letters)


def originals(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Marks for original-language lines right above a press label (`Q`), in a mostly
    Latin-script transcript: each opens the question's turn one line early."""
    found: dict[int, Mark] = {}
    for offset, mark in marks.items():
        if mark.label.lower().rstrip(".:") not in PRESS_LABELS:
            continue
        start = text.rfind("\n", 0, offset) + 1
        if start != offset and text[start:offset].strip():
            continue  # a label inside a line: no line above it to take
        own = _latin_share(text[mark.body_start:mark.body_start + 400].split("\n", 1)[0])
        if own is None or own < 1 - _FOREIGN:
            continue
        cursor = start
        for _ in range(_LOOK_BACK):
            if cursor == 0:
                break
            above = text.rfind("\n", 0, cursor - 1) + 1
            line = text[above:cursor - 1]
            cursor = above
            if not line.strip():
                continue  # blank lines between
            share = _latin_share(line[:400])
            if above not in marks and share is not None and share < _FOREIGN and \
                    not any(above < o < start for o in marks):
                found[above] = Mark(mark.label, above + len(line) - len(line.lstrip()),
                                    role=mark.role, question=mark.question)
            break
    return found


__all__ = ["originals"]
