"""From a document to attributed turns: detect the layout, then parse it.

Layout detection is a vote: each layout scores how much of the document its patterns
explain; the best wins, with news prose, then plain prose, as fallbacks.
"""

from __future__ import annotations

from briefing_cli.errors import UsageError
from briefing_cli.models import Document, Transcript, TurnKind
from briefing_cli.speakers import SpeakerRegistry
from briefing_cli.transcript import labelled, news
from briefing_cli.transcript.common import Draft, build, line_spans

PROSE = "prose"
LAYOUTS = (labelled.LAYOUT, news.LAYOUT, PROSE)


def detect(document: Document) -> str:
    """Name of the layout that best explains the document."""
    if labelled.score(document) >= 0.15:
        return labelled.LAYOUT
    if news.score(document) > 0:
        return news.LAYOUT
    return PROSE


def parse(document: Document, layout: str | None = None) -> Transcript:
    """Attribute every part of `document` to a speaker (or to narration)."""
    layout = layout or detect(document)
    if layout == labelled.LAYOUT:
        return labelled.parse(document)
    if layout == news.LAYOUT:
        return news.parse(document)
    if layout == PROSE:
        return parse_prose(document)
    raise UsageError(f"unknown input format {layout!r} (choose from {', '.join(LAYOUTS)})")


def parse_prose(document: Document) -> Transcript:
    """Plain prose with no speakers: every paragraph is narration."""
    text = document.text
    drafts: list[Draft] = []
    para_start: int | None = None
    last_end = 0
    for start, end in line_spans(text):
        if text[start:end].strip():
            if para_start is None:
                para_start = start
            last_end = end
        elif para_start is not None:
            drafts.append(Draft(None, TurnKind.NARRATION, para_start, last_end))
            para_start = None
    if para_start is not None:
        drafts.append(Draft(None, TurnKind.NARRATION, para_start, last_end))
    return build(document, PROSE, SpeakerRegistry(), drafts)


__all__ = ["LAYOUTS", "PROSE", "detect", "parse"]
