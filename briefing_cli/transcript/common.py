"""What every layout parser shares: draft turns in, a finished `Transcript` out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_cli import nlp
from briefing_cli.models import Document, Sentence, Transcript, Turn, TurnKind
from briefing_cli.nlp import line_spans
from briefing_cli.speakers import SpeakerRegistry

# Stage directions and procedure: never anyone's statement.
PROCEDURAL = re.compile(
    r"""^\s*(?:[(\[][^()\[\]]{0,120}[)\]]|END|-+\s*END\s*-+|\#+|\*+|-{3,}|={3,}|
    \d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\.?)\s*$""",
    re.VERBOSE,
)


__all__ = ["PROCEDURAL", "Draft", "build", "line_spans", "strip_span"]


@dataclass
class Draft:
    """A turn before speakers get their public ids: a span of the document and who said it."""

    speaker: str | None  # registry key
    kind: TurnKind
    start: int
    end: int


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def build(document: Document, layout: str, registry: SpeakerRegistry,
          drafts: list[Draft]) -> Transcript:
    """Finish drafts: trim, split sentences, link answers to questions, assign ids."""
    text = document.text
    order = list(dict.fromkeys(d.speaker for d in drafts if d.speaker is not None))
    speakers, ids = registry.speakers(order)
    turns: list[Turn] = []
    open_question: int | None = None
    for draft in drafts:
        start, end = strip_span(text, draft.start, draft.end)
        if start >= end:
            continue
        index = len(turns)
        sentences = tuple(
            Sentence(text=text[s:e], start=s, end=e, line=document.line_of(s), turn=index)
            for s, e in nlp.sentence_spans(text, start, end)
        )
        reply_to = None
        if draft.kind is TurnKind.QUESTION:
            open_question = index
        elif draft.kind is TurnKind.STATEMENT:
            reply_to = open_question
        turns.append(Turn(
            speaker=ids[draft.speaker] if draft.speaker is not None else None,
            kind=draft.kind, start=start, end=end, text=text[start:end],
            line=document.line_of(start), reply_to=reply_to, sentences=sentences,
        ))
    return Transcript(document=document, layout=layout, speakers=speakers, turns=tuple(turns))
