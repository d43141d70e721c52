"""Congressional Record and hearing transcripts: `Chairman WELLS.`, `Senator PAK.`,
`Mr. DUARTE.`, `The CHAIRMAN.`, `The SPEAKER pro tempore.` at the start of a paragraph.

The label is a title in ordinary case and a surname in capitals (in older records in
ordinary case too: `Mr. Linder.`), ending in a full stop;
the text follows on the same line. `of Texas` after a surname tells members apart and is
kept in the label as written but not in the name.
"""

from __future__ import annotations

import re

from briefing_cli.models import Document, Transcript
from briefing_cli.transcript import court, labelled
from briefing_cli.transcript.common import (
    Mark,
    each_line,
    marked_share,
    parse_marked,
    seeded_registry,
)

LAYOUT = "record"

_TITLES = (r"(?:Mr|Mrs|Ms|Miss|Dr|Chairman|Chairwoman|Chair|Vice\s+Chairman|Vice\s+Chair|"
           r"Ranking\s+Member|Senator|Sen|Representative|Rep|Congressman|Congresswoman|"
           r"Delegate|Secretary|Ambassador|General|Gen|Admiral|Adm|Governor|Mayor|Judge|"
           r"Justice|Commissioner|Director|Madam|Mister|Professor|Colonel|Lieutenant|Captain)")
# `Chairman WELLS.` / `Mr. VAN HOLLEN.` / `Ms. JACKSON LEE of Texas.` / `The CHAIRMAN.`
_LABEL = re.compile(
    rf"^[^\S\n]{{0,8}}(?P<label>(?:{_TITLES}\.?[^\S\n]+)(?P<name>[A-Z][A-Z'’\-]+"
    r"(?:[^\S\n]+[A-Z][A-Z'’\-]+){0,2}|[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)?)(?P<state>[^\S\n]+of[^\S\n]+[A-Z][a-z]+"
    r"(?:[^\S\n]+[A-Z][a-z]+)?)?"
    r"|The[^\S\n]+(?P<role>[A-Z][A-Z'’\-]+(?:[^\S\n]+[A-Z][A-Z'’\-]+){0,2})"
    r"(?:[^\S\n]+pro[^\S\n]+tempore)?)\.(?:[^\S\n]+(?=\S)|[^\S\n]*$)")


def find_marks(document: Document) -> dict[int, Mark]:
    """Labels by line start offset."""
    text = document.text
    marks: dict[int, Mark] = {}
    for start, end in each_line(text):
        if start == end:
            continue  # a blank line holds no label
        match = _LABEL.match(text[start:end])
        if match is None:
            continue
        label = " ".join(match.group("label").split())
        if match.group("state"):
            label = label[:len(label) - len(" ".join(match.group("state").split()))].strip()
        marks[start] = Mark(label, start + match.end())
    return marks


def score(document: Document) -> float:
    """Share of non-blank lines that open a turn with a record-style label; a hearing that
    prints only its chair's opening statement (`Mr. Linder. The meeting will come to
    order. I am pleased ...`) has one label, opening the body, and gets the strong vote."""
    marks = find_marks(document)
    share = marked_share(document, marks, 2)
    if not share and labelled.single_opening(document.text, marks):
        return _SINGLE_SHARE
    return share


_SINGLE_SHARE = 0.2  # above the record layout's threshold


def parse(document: Document) -> Transcript:
    if court.score(document):  # a court transcript: line numbers, `THE COURT:`, `Q.`/`A.`
        return court.parse(document, LAYOUT)
    marks = find_marks(document)
    return parse_marked(document, LAYOUT, marks, seeded_registry(document, marks))


__all__ = ["LAYOUT", "find_marks", "parse", "score"]
