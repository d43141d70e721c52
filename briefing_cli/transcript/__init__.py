"""From a document to attributed turns: detect the layout, then parse it.

Layout detection is a vote: each layout scores how much of the document its patterns
explain; the best wins, with news prose, then plain prose, as fallbacks.
"""

from __future__ import annotations

from briefing_cli.errors import UsageError
from briefing_cli.models import Document, Transcript, TurnKind
from briefing_cli.nlp import nonblank_line_spans
from briefing_cli.speakers import SpeakerRegistry
from briefing_cli.transcript import (
    captions,
    court,
    headed,
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
    if subtitles.score(document) >= 0.1:
        return subtitles.LAYOUT
    if court.score(document):  # line-numbered pages, `THE COURT:`, `Q.`/`A.` examination
        return record.LAYOUT
    if padded.score(document):  # `CL          Hello`: initials padded with spaces
        return labelled.LAYOUT
    if shotlist.score(document):  # `4. SOUNDBITE: (English) Jane Roe, Spokesman:`
        return labelled.LAYOUT
    if captions.lower_labels(document):  # caption page: `... stop. brian: thanks amy.`
        return subtitles.LAYOUT
    strength = captions.score(document)
    if strength == 2:  # caption text: every `>>` voice change unlabelled
        return subtitles.LAYOUT
    if headed.clocked(document):  # a debate page's `3:05 p.m.` / `Ana Keller Liberal ...`
        return headed.LAYOUT
    if monologue.score(document):  # a voice named in the header, paragraphs unlabelled
        return monologue.LAYOUT
    scores = {layout: score(document) for layout, score in _SCORES.items()}
    best = max(scores, key=lambda layout: scores[layout])
    if scores[best] >= _THRESHOLDS[best]:
        return best
    if captions.phrased_marks(document):  # a short phrase a line, `Name:` now and then
        return labelled.LAYOUT
    if strength:  # caption text: `>>` voice changes, time stamps, self-introductions
        return subtitles.LAYOUT
    if news.score(document) > 0:
        return news.LAYOUT
    if news.sentence_score(document) > 0:  # one line, or single quotation marks
        return news.LAYOUT
    return PROSE


def parse(document: Document, layout: str | None = None) -> Transcript:
    """Attribute every part of `document` to a speaker (or to narration)."""
    detected = layout is None
    layout = layout or detect(document)
    if detected and layout in (PROSE, news.LAYOUT):  # no labels: does the text say who speaks?
        found = unlabelled.parse(document, news=layout == news.LAYOUT)
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
    if layout == labelled.LAYOUT and padded.score(document):
        return padded.parse(document)
    if layout == labelled.LAYOUT and shotlist.score(document):
        return shotlist.parse(document, layout)
    if layout == labelled.LAYOUT and captions.phrased_marks(document) \
            and labelled.score(document) < _PHRASED_MAX:
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
