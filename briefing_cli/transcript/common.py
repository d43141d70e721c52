"""What every layout parser shares: draft turns in, a finished `Transcript` out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_cli import nlp
from briefing_cli.models import PRESS_ID, Document, Sentence, Transcript, Turn, TurnKind
from briefing_cli.nlp import line_spans
from briefing_cli.speakers import SpeakerRegistry, role_label

# Stage directions and procedure: never anyone's statement.
PROCEDURAL = re.compile(
    r"""^\s*(?:[(\[][^()\[\]]{0,120}[)\]]|END|-+\s*END\s*-+|(?:\#[^\S\n]*)+|(?:\*[^\S\n]*)+|-{3,}|={3,}|
    \d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\.?)\s*$""",
    re.VERBOSE,
)

# Section headings of call and hearing transcripts: `Questions & Answers:`, `Call participants:`.
SECTION = re.compile(
    r"^\s*(?:(?:[A-Z][\w'’]*|&|and)\s+){0,3}(?i:remarks|answers|questions|participants|"
    r"presentation|session|discussion|q\s*&\s*a|analysts|executives)\s*:?\s*$"
    r"|^\s*(?i:duration):\s*\d+\s*(?i:minutes|min)\.?\s*$")

# A line in capitals of three words or more: a section heading in a hearing record
# (`STATEMENT OF HON. JANE DOE, DIRECTOR`), not part of the turn before it.
_CAPS_HEADING = re.compile(r"^[^a-z\n]*[A-Z]{2,}[^a-z\n]*(?:\s+[^a-z\s]+){2,}[^a-z\n]*$")

# Stage directions inside a turn: `(Laughter.)`, `[inaudible]`, `(CROSSTALK)`.
STAGE = re.compile(
    r"[(\[](?i:laughter|laughs|laughing|applause|inaudible|crosstalk|cross-talk|cross talk|"
    r"off[- ]mic|unintelligible|pause|silence|coughs|coughing|music|cheers|cheering|booing|"
    r"boos|chuckles|chuckling|sighs|audio gap|technical difficulties|no audio)"
    r"[^()\[\]\n]{0,30}[)\]]\.?")
_ENDS = (".", "?", "!", "…", '"', "”", "’", ")", "]", ":")
_HOSTS = frozenset({"operator", "moderator", "staff", "host", "presenter", "anchor"})

__all__ = ["PROCEDURAL", "Draft", "Mark", "build", "line_spans", "marked_share", "parse_marked",
           "seeded_registry", "strip_span"]


@dataclass
class Draft:
    """A turn before speakers get their public ids: a span of the document and who said it."""

    speaker: str | None  # registry key
    kind: TurnKind
    start: int
    end: int


@dataclass(frozen=True)
class Mark:
    """Where a labelled turn opens: the speaker as written and where their own text starts."""

    label: str
    body_start: int
    role: str | None = None
    question: bool = False  # the turn asks (an analyst on an earnings call)


def marked_share(document: Document, marks: dict[int, Mark], minimum: int) -> float:
    """The layout vote: the share of non-blank lines that open a turn (0 below `minimum`)."""
    text = document.text
    if len(marks) < minimum:
        return 0.0
    # Lines that open something: after a blank line or a finished sentence, or marked. The
    # continuation lines of a hard-wrapped paragraph are not counted, so wrapping at 70
    # columns does not dilute the vote.
    opening = 0
    after_break = True
    for s, e in line_spans(text):
        line = text[s:e].rstrip()
        if not line:
            after_break = True
            continue
        opening += after_break or s in marks
        after_break = line.endswith(_ENDS)
    return len(marks) / opening if opening else 0.0


def seeded_registry(document: Document, marks: dict[int, Mark],
                    registry: SpeakerRegistry | None = None) -> SpeakerRegistry:
    """A registry holding the full names and roles the text gives for the marks' labels."""
    from briefing_cli.transcript import roles

    registry = registry or SpeakerRegistry()
    roles.seed(registry, document.text, min(marks) if marks else len(document.text),
               [m.label for m in marks.values()])
    return registry


def parse_marked(document: Document, layout: str, marks: dict[int, Mark],
                 registry: SpeakerRegistry) -> Transcript:
    """Turns from marks keyed by line start: a mark opens a turn that runs, over any number
    of paragraphs, until the next mark; stage directions in between are narration and the
    speaker resumes after them. Lines before the first mark are narration (a header)."""
    text = document.text
    drafts: list[Draft] = []
    current: Draft | None = None
    keys: dict[tuple[str, str | None], str] = {}
    # Names first, so that a bare role (`The CHAIRMAN`) finds the one person holding it.
    labels = dict.fromkeys((m.label, m.role) for _, m in sorted(marks.items()))
    for label, role in sorted(labels, key=lambda lr: role_label(lr[0]) is not None):
        keys[(label, role)] = registry.label(label, role)
    for start, end in line_spans(text):
        mark = marks.get(start)
        if mark is not None:
            key = keys[(mark.label, mark.role)]
            question = mark.question or key == PRESS_ID
            current = Draft(key, TurnKind.QUESTION if question else TurnKind.STATEMENT,
                            mark.body_start, end)
            drafts.append(current)
            continue
        line = text[start:end]
        if not line.strip():
            continue
        if current is None or PROCEDURAL.match(line) or SECTION.match(line) or \
                _CAPS_HEADING.match(line):
            drafts.append(Draft(None, TurnKind.NARRATION, start, end))
            if current is not None:  # the speaker resumes after a stage direction
                current = Draft(current.speaker, current.kind, end, end)
                drafts.append(current)
        else:
            current.end = end
    drafts = [d for d in drafts if text[d.start:d.end].strip()]
    return build(document, layout, registry, drafts)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_stage_directions(text: str, drafts: list[Draft]) -> list[Draft]:
    """`... and that's final. (Laughter.) Next question.`: a stage direction inside a
    speaker's turn becomes narration, and the speaker's turn resumes after it."""
    out: list[Draft] = []
    for draft in drafts:
        if draft.kind not in (TurnKind.STATEMENT, TurnKind.QUESTION):
            out.append(draft)
            continue
        pos = draft.start
        for match in STAGE.finditer(text, draft.start, draft.end):
            out.append(Draft(draft.speaker, draft.kind, pos, match.start()))
            out.append(Draft(None, TurnKind.NARRATION, match.start(), match.end()))
            pos = match.end()
        out.append(Draft(draft.speaker, draft.kind, pos, draft.end) if pos != draft.start
                   else draft)
    return out


def build(document: Document, layout: str, registry: SpeakerRegistry,
          drafts: list[Draft]) -> Transcript:
    """Finish drafts: trim, split sentences, link answers to questions, assign ids."""
    text = document.text
    order = list(dict.fromkeys(d.speaker for d in drafts if d.speaker is not None))
    speakers, ids = registry.speakers(order)
    # Those who run the session (`Operator: Our next question ...`) answer nothing.
    hosts = {key for key in order if registry.name(key).lower() in _HOSTS}
    turns: list[Turn] = []
    open_question: int | None = None
    for draft in _split_stage_directions(text, drafts):
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
        elif draft.kind is TurnKind.STATEMENT and draft.speaker not in hosts:
            reply_to = open_question
        turns.append(Turn(
            speaker=ids[draft.speaker] if draft.speaker is not None else None,
            kind=draft.kind, start=start, end=end, text=text[start:end],
            line=document.line_of(start), reply_to=reply_to, sentences=sentences,
        ))
    return Transcript(document=document, layout=layout, speakers=speakers, turns=tuple(turns))
