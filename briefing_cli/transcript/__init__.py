"""From a document to attributed turns: detect the layout, then parse it.

Layout detection is a vote: each layout scores how much of the document its patterns
explain; the best wins, with news prose, then plain prose, as fallbacks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from briefing_cli import parallel
from briefing_cli.errors import UsageError
from briefing_cli.models import Document, Transcript, TurnKind
from briefing_cli.nlp import forget_verdicts, nonblank_line_spans
from briefing_cli.speakers import SpeakerRegistry
from briefing_cli.transcript import (
    captions,
    common,
    court,
    headed,
    introduced,
    labelled,
    monologue,
    news,
    padded,
    record,
    shotlist,
    subtitles,
    unlabelled,
)
from briefing_cli.transcript.common import Draft, build

T = TypeVar("T")

PROSE = "prose"
LAYOUTS = (labelled.LAYOUT, record.LAYOUT, headed.LAYOUT, subtitles.LAYOUT, news.LAYOUT,
           PROSE, monologue.LAYOUT)
# Layouts whose every turn after the header belongs to a named speaker (transcripts), as
# opposed to news and prose, where narration is the author's.
TRANSCRIPT_LAYOUTS = frozenset({labelled.LAYOUT, record.LAYOUT, headed.LAYOUT,
                                subtitles.LAYOUT, monologue.LAYOUT})

# Least share of non-blank lines a layout's speaker marks must explain to win the vote.
_THRESHOLDS = {labelled.LAYOUT: 0.15, record.LAYOUT: 0.12, headed.LAYOUT: 0.12}
# Phrase captions carry a label now and then: labels explain at most about half of their
# lines (0.05-0.49 on the `phrase_captions` generator), against 0.73-0.98 for labelled
# transcripts hard-wrapped short enough to look like phrases (bench/label_shapes.py).
_PHRASED_MAX = 0.6
_SCORES = {labelled.LAYOUT: labelled.score, record.LAYOUT: record.score,
           headed.LAYOUT: headed.score}


def detect(document: Document) -> str:
    """Name of the layout that best explains the document."""
    return _detect(_Votes(document))


def _detect(vote: _Votes) -> str:
    if vote(subtitles.score) >= 0.1:
        return subtitles.LAYOUT
    if vote(court.score):  # line-numbered pages, `THE COURT:`, `Q.`/`A.` examination
        return record.LAYOUT
    vote.ahead(labelled.score, (padded.score, shotlist.score, captions.lower_labels,
                                captions.score, monologue.score, record.score, headed.score,
                                captions.phrased_marks, headed.clocked))
    if vote(padded.score):  # `CL          Hello`: initials padded with spaces
        return labelled.LAYOUT
    if vote(shotlist.score):  # `4. SOUNDBITE: (English) Jane Roe, Spokesman:`
        return labelled.LAYOUT
    if vote(captions.lower_labels):  # caption page: `... stop. brian: thanks amy.`
        return subtitles.LAYOUT
    strength = vote(captions.score)
    if strength == 2:  # caption text: every `>>` voice change unlabelled
        return subtitles.LAYOUT
    if vote(headed.clocked):  # a debate page's `3:05 p.m.` / `Ana Keller Liberal ...`
        return headed.LAYOUT
    if vote(monologue.score):  # a voice named in the header, paragraphs unlabelled
        return monologue.LAYOUT
    scores = {layout: vote(score) for layout, score in _SCORES.items()}
    best = max(scores, key=lambda layout: scores[layout])
    if scores[best] >= _THRESHOLDS[best]:
        return best
    if vote(captions.phrased_marks):  # a short phrase a line, `Name:` now and then
        return labelled.LAYOUT
    if strength:  # caption text: `>>` voice changes, time stamps, self-introductions
        return subtitles.LAYOUT
    if vote(news.score) > 0:
        return news.LAYOUT
    if vote(news.sentence_score) > 0:  # one line, or single quotation marks
        return news.LAYOUT
    return PROSE



class _Votes:
    """Each layout test's answer on one document, computed once: the parse asks again some
    tests the vote asked (`padded`, `shotlist`, `phrased_marks`, `labelled.score`)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._known: dict[Callable[[Document], Any], Any] = {}

    def __call__(self, test: Callable[[Document], T]) -> T:
        if test not in self._known:
            self._known[test] = test(self.document)
        answer: T = self._known[test]
        return answer

    def ahead(self, here: Callable[[Document], Any],
              there: Sequence[Callable[[Document], Any]]) -> None:
        """On a long text, with workers (parallel.py): `here` in this process (the labelled
        vote, whose marks the parse reads next), the tests `there` in a worker beside it.
        The answers are the ones asked one by one would give; they are only read when the
        vote asks for them."""
        if len(self.document.text) < parallel.LONG_TEXT or parallel.workers() < 2:
            return

        def run(tests: Sequence[Callable[[Document], Any]]) -> list[Any]:
            return [self(test) for test in tests]

        theirs = parallel.fork_map(run, [(here,), there])[1]
        self._known.update(zip(there, theirs, strict=True))


def parse(document: Document, layout: str | None = None) -> Transcript:
    """Attribute every part of `document` to a speaker (or to narration)."""
    try:
        return _parse(document, layout)
    finally:
        _forget()


def _forget() -> None:
    """Drop the tables the vote and the parsers share on one document (its marks, its line
    and newline offsets, Punkt's verdicts): they serve only while it is read, and on a long
    transcript they would stay beside everything the digest builds after (about 19 MB of 95
    at 10 MB)."""
    for cached in _PER_DOCUMENT:
        cached.cache_clear()
    forget_verdicts()


# (the caches themselves, taken at import: a bench that wraps a module's function still
# leaves its cache here to empty)
_PER_DOCUMENT = (labelled._find_marks, labelled._newlines, common._line_table,
                 padded._cached_marks, shotlist._cached_bites)


def _parse(document: Document, layout: str | None) -> Transcript:
    detected = layout is None
    vote = _Votes(document)
    layout = layout or _detect(vote)
    if detected and layout in (PROSE, news.LAYOUT):  # no labels: does the text say who speaks?
        found = unlabelled.parse(document, news=layout == news.LAYOUT)
        if found is not None:
            return found
    if detected and layout in (PROSE, news.LAYOUT):  # a caption presser: one hands over
        found = introduced.parse(document, news=layout == news.LAYOUT)
        if found is not None:
            return found
    if detected and layout == headed.LAYOUT:  # names over speech, or under it?
        found = unlabelled.trailing(document)
        if found is not None:
            return found
    parsers = {labelled.LAYOUT: labelled.parse, record.LAYOUT: record.parse,
               headed.LAYOUT: headed.parse, subtitles.LAYOUT: subtitles.parse,
               news.LAYOUT: news.parse, PROSE: parse_prose, monologue.LAYOUT: monologue.parse}
    if layout not in parsers:
        raise UsageError(f"unknown input format {layout!r} (choose from {', '.join(LAYOUTS)})")
    if layout == labelled.LAYOUT and vote(padded.score):
        return padded.parse(document)
    if layout == labelled.LAYOUT and vote(shotlist.score):
        return shotlist.parse(document, layout)
    if layout == labelled.LAYOUT and vote(captions.phrased_marks) \
            and vote(labelled.score) < _PHRASED_MAX:
        return captions.parse_phrased(document)
    return parsers[layout](document)


def parse_prose(document: Document) -> Transcript:
    """Plain prose with no speakers: every paragraph is narration."""
    text = document.text
    drafts: list[Draft] = []
    para_start: int | None = None
    last_end = 0
    for start, end in nonblank_line_spans(text):
        if para_start is not None and start > last_end + 1:  # a blank line or more between
            drafts.append(Draft(None, TurnKind.NARRATION, para_start, last_end))
            para_start = None
        if para_start is None:
            para_start = start
        last_end = end
    if para_start is not None:
        drafts.append(Draft(None, TurnKind.NARRATION, para_start, last_end))
    return build(document, PROSE, SpeakerRegistry(), drafts)


__all__ = ["LAYOUTS", "PROSE", "TRANSCRIPT_LAYOUTS", "detect", "parse"]
