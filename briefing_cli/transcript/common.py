"""What every layout parser shares: draft turns in, a finished `Transcript` out."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain
from typing import Any, cast

from briefing_cli import nlp, parallel
from briefing_cli.models import PRESS_ID, Document, Sentence, Transcript, Turn, TurnKind
from briefing_cli.nlp import line_spans
from briefing_cli.speakers import SpeakerRegistry, role_label


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the expression is first used.

    Compiling every layout's expressions when the package is imported cost about 50 ms of
    every run, most of them for layouts the input is not in. The stand-in has the
    compiled pattern's methods and attributes (`match`, `finditer`, `pattern`...) once
    used; it is not an `re.Pattern` for `isinstance` or for `re.sub(pattern, ...)`.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attr in ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn",
                     "split", "pattern", "flags", "groups", "groupindex"):
            setattr(self, attr, getattr(compiled, attr))  # later uses skip __getattr__
        return getattr(compiled, name)

def each_line(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """`line_spans(text, start)`, read from a table of the text's lines made once per text.

    A dozen passes of the layout vote and the parsers walk the lines of the same document;
    the table (two arrays of offsets, 16 bytes a line) costs one split of the text, and a
    walk over it no Python generator step per line."""
    starts, ends = _line_table(text)
    if start == 0:
        return zip(starts, ends, strict=True)
    if start < 0 or start >= len(text):
        return line_spans(text, start)
    at = bisect_right(starts, start) - 1  # the line `start` is on
    return chain(((start, ends[at]),), zip(starts[at + 1:], ends[at + 1:], strict=True))


def line_table(text: str) -> tuple[array[int], array[int]]:
    """The start and end offsets of the text's lines (`each_line(text)`), as two arrays."""
    return _line_table(text)


@lru_cache(maxsize=2)
def _line_table(text: str) -> tuple[array[int], array[int]]:
    # One past each line's newline (the next line's start), all in C.
    after = array("q", accumulate(map((1).__add__, map(len, text.split("\n")))))
    starts = array("q", [0])
    starts.extend(after[:-1])
    ends = array("q", map((-1).__add__, after))
    if starts[-1] == len(text):  # nothing after the last newline (or no text): no line
        starts.pop()
        ends.pop()
    return starts, ends


def line_matches(pattern: re.Pattern[str], hint: re.Pattern[str], text: str,
                 pos: int = 0) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos)` for a pattern anchored at line starts (`(?m)^...`, never
    matching empty), tried only at the lines `hint` finds. `re` tries such a pattern at every
    position of the text (about 0.1 s of a 10 MB transcript, each); `hint` starts with a
    newline, a literal that `re` skips to fast, then what a line must open with for
    `pattern` to match there, and reads no second newline (so it hides no line start)."""
    last = pos  # (a match starts at the end of the one before it, or after)
    if pos == 0 or text[pos - 1:pos] == "\n":
        match = pattern.match(text, pos)
        if match is not None:
            last = match.end()
            yield match
    for found in hint.finditer(text, pos):
        start = found.start() + 1
        if start < last:
            continue
        match = pattern.match(text, start)
        if match is not None:
            last = match.end()
            yield match


def line_pattern(flags: str, body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line-anchored expression, `(?{flags})^{body}`, and its exact hint for
    `line_matches`, `(?{flags})\\n{body}` (`body` reads no newline: `[^\\S\\n]`, `[^\\n]`)."""
    return lazy_pattern(f"(?{flags})^{body}"), lazy_pattern(f"(?{flags})\\n{body}")


# Stage directions and procedure: never anyone's statement.
PROCEDURAL = re.compile(
    r"""^\s*(?:[(\[][^()\[\]]{0,120}[)\]]|ENDS?|-+\s*ENDS?\s*-+|(?:\#[^\S\n]*)+|(?:\*[^\S\n]*)+|-{3,}|={3,}|
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
_CAPS_HEADING = lazy_pattern(r"^[^a-z\n]*[A-Z]{2,}[^a-z\n]*(?:\s+[^a-z\s]+){2,}[^a-z\n]*$")

# Stage directions inside a turn: `(Laughter.)`, `[inaudible]`, `(CROSSTALK)`.
STAGE = re.compile(
    r"[(\[](?i:laughter|laughs|laughing|applause|inaudible|crosstalk|cross-talk|cross talk|"
    r"off[- ]mic|unintelligible|pause|silence|coughs|coughing|music|cheers|cheering|booing|"
    r"boos|chuckles|chuckling|sighs|audio gap|technical difficulties|no audio)"
    r"[^()\[\]\n]{0,30}[)\]]\.?")
# Page furniture: what a web page or a monitoring service puts between the turns -
# sentiment tags, clip times, segment numbers, share bars, `Also Read` links, cookie
# notices, advertisements, datelines, a header's date line (`Wednesday, January 8, 2020,
# 11:04 a.m. Bangkok`), a translation notice. Never anyone's statement.
FURNITURE = re.compile(
    r"""^[^\S\n]*(?:(?i:(?:very|somewhat|slightly|extremely)[^\S\n]+)?
      (?i:positive|negative|neutral|mixed)
    |\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*[-–—][^\S\n]*\d{1,2}:\d{2}(?::\d{2})?
      (?:[^\S\n]*\(\d*[^\S\n]*(?i:s|sec|secs|seconds|min|mins|minutes)\.?\))?
    |\d{1,4}|(?i:segment|clip|part|item)[^\S\n]+\d{1,4}(?:[^\S\n]+of[^\S\n]+\d{1,4})?
    |(?i:advertisement|sponsored|story[^\S\n]+continues[^\S\n]+below.*|skip[^\S\n]+ad.*)
    |(?i:also[^\S\n]+read|read[^\S\n]+more|read[^\S\n]+also|related|recommended|
      must[^\S\n]+read|see[^\S\n]+also|watch|listen|more[^\S\n]+from)[^\S\n]*
      (?:[:|»›>\-–—]|(?=\())[^\n]*
    |(?i:listen[^\S\n]+to[^\S\n]+this[^\S\n]+(?:article|story))[^\n]*
    |(?i:share(?:[^\S\n]+this(?:[^\S\n]+(?:article|story|page|clip|video|post))?)?)
      [^\S\n]*:?
      (?:[^\S\n]*[|·•,]?[^\S\n]*(?i:facebook|twitter|x|linkedin|email|e-mail|whatsapp|
      reddit|telegram|print|copy[^\S\n]+link|messenger|pinterest))*
    |[^\n]{0,200}(?i:we[^\S\n]+use[^\S\n]+cookies|uses[^\S\n]+cookies|
      cookie[^\S\n]+(?:policy|settings|preferences|notice|consent)|
      accept[^\S\n]+(?:all[^\S\n]+)?cookies)[^\n]{0,200}
    |[A-Z][A-Z.'’\-]+(?:[^\S\n]+[A-Z][A-Z.'’\-]+)*(?:,[^\S\n]*[A-Z][\w.]*)*,[^\S\n]*
      [A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}(?:,[^\S\n]*\d{4})?
      (?:[^\S\n]*\([^()\n]{1,30}\))?[^\S\n]*[-–—]+
    |(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]+)?
      (?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[^\S\n]+
         \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[^\S\n]+
         (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?[^\S\n]+\d{4}
      (?:,?[^\S\n]+\d{1,2}[:.]\d{2}[^\n]{0,60}|,?[^\S\n]+[A-Z][^\n.?!]{0,60})?
    |(?i:this[^\S\n]+is[^\S\n]+an?[^\S\n]+(?:provisional|unofficial|informal)[^\S\n]+
      translation|provisional[^\S\n]+translation)[^\n]{0,200}
    |<?(?i:https?://|www\.)[^\s<>]+>?
    |(?:[_=~]{3,}[^\S\n]*)+(?:[|·•][^\S\n]*(?:[_=~]{3,}[^\S\n]*)+)*
    |(?i:no[^\S\n]+comments|post[^\S\n]+a[^\S\n]+comment|leave[^\S\n]+a[^\S\n]+
      (?:comment|reply)|comments[^\S\n]+are[^\S\n]+closed|\d+[^\S\n]+comments?)[:.]?
    |[^\n]{0,80}(?i:member[^\S\n]+of[^\S\n]+this[^\S\n]+blog|blog[^\S\n]+administrator)
      [^\n]{0,120}
    |(?:Posted[^\S\n]+(?:by|on|in)|POSTED[^\S\n]+(?:BY|ON|IN)|Filed[^\S\n]+under)[^\S\n]
      [^\n]{0,150}
    |(?:[A-Z][\w.\-]*[^\S\n]+)?(?:Tags|TAGS|Labels|LABELS|Categories|CATEGORIES|Category|
      CATEGORY|Keywords|KEYWORDS)[^\S\n]*:[^\n]{0,150}
    |(?i:media[^\S\n]+(?:contacts?|enquiries|inquiries))[^\S\n]*:[^\n]{0,150}
    |(?i:link[^\S\n]+to[^\S\n]+this)[^\S\n]*:[^\n]{0,150}
    |(?:Page|PAGE)[^\S\n]*:?[^\S\n]*\d{1,6}|(?i:previous[^\S\n]+fragment[^\S\n]+next[^\S\n]+fragment)
    )[^\S\n]*$""",
    re.VERBOSE,
)
_ENDS = (".", "?", "!", "…", '"', "”", "’", ")", "]", ":")
_HOSTS = frozenset({"operator", "moderator", "staff", "host", "presenter", "anchor"})

__all__ = ["FURNITURE", "PROCEDURAL", "Draft", "Mark", "build", "each_line", "line_matches",
           "line_pattern", "line_spans", "line_table", "marked_share", "parse_marked",
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
    paraphrase: bool = False  # reported by another voice (`The Secretary-General welcomes`)


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
    for s, e in each_line(text):
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
                 registry: SpeakerRegistry,
                 narration: frozenset[int] = frozenset()) -> Transcript:
    """Turns from marks keyed by where their label starts (a line start, or inside a line
    when line breaks were lost): a mark opens a turn that runs, over any number of
    paragraphs, until the next mark; stage directions, page furniture and the lines whose
    starts are in `narration` (topic headings) are narration, and the speaker resumes after
    them. Lines before the first mark are narration (a header)."""
    text = document.text
    drafts: list[Draft] = []
    current: Draft | None = None
    keys: dict[tuple[str, str | None], str] = {}
    # Names first, so that a bare role (`The CHAIRMAN`) finds the one person holding it.
    labels = dict.fromkeys((m.label, m.role) for _, m in sorted(marks.items()))
    for label, role in sorted(labels, key=lambda lr: role_label(lr[0]) is not None):
        keys[(label, role)] = registry.label(label, role)
        if role is not None and keys[(label, role)] != PRESS_ID:
            registry.state_role(keys[(label, role)], role)
    # All-capitals speech (old broadcast transcripts) has no capitals headings.
    shouting = _mostly_capitals(text)
    offsets = sorted(marks)
    upcoming = 0
    for start, end in each_line(text):
        if start == end and start not in marks:
            continue  # an empty line: nothing opens or goes on there
        cuts = [start, end]
        if upcoming < len(offsets) and offsets[upcoming] < end:
            inner = []
            while upcoming < len(offsets) and offsets[upcoming] < end:
                if offsets[upcoming] > start:
                    inner.append(offsets[upcoming])
                upcoming += 1
            cuts[1:1] = inner  # labels inside the line cut it into turns
        for i in range(len(cuts) - 1):
            a, b = cuts[i], cuts[i + 1]
            mark = marks.get(a)
            if mark is not None:
                key = keys[(mark.label, mark.role)]
                question = mark.question or key == PRESS_ID
                kind = TurnKind.QUESTION if question else (
                    TurnKind.PARAPHRASE if mark.paraphrase else TurnKind.STATEMENT)
                current = Draft(key, kind,
                                max(mark.body_start, a), b if mark.body_start <= b else end)
                drafts.append(current)
                continue
            line = text[a:b]
            if not line.strip():
                continue
            if current is None or (len(cuts) == 2 and (
                    start in narration or PROCEDURAL.match(line) or SECTION.match(line)
                    or FURNITURE.match(line)
                    or (not shouting and _CAPS_HEADING.match(line)))):
                drafts.append(Draft(None, TurnKind.NARRATION, a, b))
                if current is not None:  # the speaker resumes after a stage direction
                    current = Draft(current.speaker, current.kind, b, b)
                    drafts.append(current)
            else:
                current.end = b
    drafts = [d for d in drafts if text[d.start:d.end].strip()]
    return build(document, layout, registry, drafts)


def _mostly_capitals(text: str) -> bool:
    sample = text[:20_000]
    upper = sum(1 for ch in sample if ch.isupper())
    lower = sum(1 for ch in sample if ch.islower())
    return upper > 2 * lower


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_stage_directions(text: str, drafts: list[Draft]) -> list[Draft]:
    """`... and that's final. (Laughter.) Next question.`: a stage direction inside a
    speaker's turn becomes narration, and the speaker's turn resumes after it.

    A turn that is nothing but a stage direction (`UNIDENTIFIED REPORTER: (INAUDIBLE
    QUESTION)`) stays that speaker's turn: the speaker did speak. One that ends the turn on
    a line holding the speaker's words (`QUESTION: Happy birthday. (Applause.)`) is left
    out of every turn rather than made a narration turn of that line, which would read as
    the line's last voice."""
    if STAGE.search(text) is None:
        return list(drafts)  # none in the whole text (one scan): every draft as it is
    out: list[Draft] = []
    for draft in drafts:
        if draft.kind not in (TurnKind.STATEMENT, TurnKind.QUESTION):
            out.append(draft)
            continue
        start, end = strip_span(text, draft.start, draft.end)
        only = STAGE.fullmatch(text, start, end)
        if only is not None:
            out.append(draft)
            continue
        pos = draft.start
        for match in STAGE.finditer(text, draft.start, draft.end):
            out.append(Draft(draft.speaker, draft.kind, pos, match.start()))
            if match.end() >= end and _spoken_before(text, draft.start, match.start()):
                pos = match.end()
                break
            out.append(Draft(None, TurnKind.NARRATION, match.start(), match.end()))
            pos = match.end()
        out.append(Draft(draft.speaker, draft.kind, pos, draft.end) if pos != draft.start
                   else draft)
    return out


def _spoken_before(text: str, start: int, at: int) -> bool:
    """Words of the turn before `at` on the line `at` is on."""
    line_start = text.rfind("\n", start, at) + 1 or start
    return any(ch.isalnum() for ch in text[max(start, line_start):at])


def build(document: Document, layout: str, registry: SpeakerRegistry,
          drafts: list[Draft]) -> Transcript:
    """Finish drafts: trim, split sentences, link answers to questions, assign ids."""
    text = document.text
    order = list(dict.fromkeys(d.speaker for d in drafts if d.speaker is not None))
    drafts = _split_stage_directions(text, drafts)
    table = _sentence_table(text, drafts)  # (on a long text, workers start on it now)
    speakers, ids = registry.speakers(order)
    # Those who run the session (`Operator: Our next question ...`) answer nothing.
    names = {speaker.id: speaker.name for speaker in speakers}
    hosts = {key for key in order if names[ids[key]].lower() in _HOSTS}
    turns: list[Turn] = []
    open_question: int | None = None
    line_of = document.line_of
    for draft, (start, end, spans) in zip(drafts, table, strict=True):
        if start >= end:
            continue
        index = len(turns)
        line = line_of(start)
        said = text[start:end]
        # (a turn's first sentence starts where it does, on its line: one look-up for both;
        # a turn of one sentence shares its text with it)
        sentences = tuple([
            Sentence(said if s == start and e == end else text[s:e], s, e,
                     line if s == start else line_of(s), index)
            for s, e in spans
        ])
        reply_to = None
        if draft.kind is TurnKind.QUESTION:
            open_question = index
        elif draft.kind is TurnKind.STATEMENT and draft.speaker not in hosts:
            reply_to = open_question
        turns.append(Turn(
            speaker=ids[draft.speaker] if draft.speaker is not None else None,
            kind=draft.kind, start=start, end=end, text=said,
            line=line, reply_to=reply_to, sentences=sentences,
        ))
    return Transcript(document=document, layout=layout, speakers=speakers, turns=tuple(turns))


# Least characters a draft of a long text (`parallel.LONG_TEXT`) must hold on average for
# workers to split its sentences: one-line turns take the one-sentence fast path, and
# splitting them in a worker cost the parent more (its pages copied while the child lives;
# 100,000 speakers: build 2.7 -> 3.2-3.4 CPU s) than it saved.
_PARALLEL_DRAFT = 100
# The parent's share of the drafts, against each worker's: it builds every turn afterwards.
_PARENT_SHARE = 0.5


def _sentence_table(text: str, drafts: list[Draft]
                    ) -> Iterable[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """Each draft's stripped span and its sentences' spans, in draft order; on a long text
    the drafts are split into chunks, each in a worker of its own (the same spans)."""
    def spans(bounds: tuple[int, int]) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
        out = []
        for draft in drafts[bounds[0]:bounds[1]]:
            start, end = strip_span(text, draft.start, draft.end)
            out.append((start, end, tuple(nlp.sentence_spans(text, start, end))
                        if start < end else ()))
        return out

    if len(text) < parallel.LONG_TEXT or len(text) < _PARALLEL_DRAFT * len(drafts):
        return spans((0, len(drafts)))
    parts = parallel.chunks(len(drafts), parallel.workers(), _PARENT_SHARE)
    return chain.from_iterable(parallel.fork_imap(spans, parts))


# A document-hosting page's own lines around the transcript it shows (`Upload: others`,
# `Uploaded by: guest`, `Post on 22-Jun-2031`, `3 views`, `0 download`, `Category:`,
# `Report this document`): where one follows a turn, the page has taken over, and the lines
# up to the next label (its `Page 1:` preview, the title and the speaker key repeated) are
# no one's.
VIEWER = re.compile(
    r"""^[^\S\n]*(?:(?i:upload(?:ed)?(?:[^\S\n]+by)?)[^\S\n]*:[^\n]{0,60}
    |(?i:post(?:ed)?[^\S\n]+on)[^\S\n]+\d{1,2}[-/ ][A-Za-z]{3,9}[-/ ]\d{2,4}
    |\d[\d,.]*[kK]?[^\S\n]+(?i:views?|downloads?|pages?|likes?)
    |(?i:category|document[^\S\n]+type|file[^\S\n]+size|size)[^\S\n]*:[^\n]{0,40}
    |(?i:report[^\S\n]+this[^\S\n]+(?:document|link)|embed[^\S\n]+size[^\n]{0,40}|
      start[^\S\n]+display[^\S\n]+at[^\S\n]+page[^\S\n]*:?|download[^\S\n]+(?:as[^\S\n]+)?
      (?:pdf|txt|docx?)(?:[^\S\n]+or[^\S\n]+(?:pdf|txt|docx?))?)
    )[^\S\n]*$""",
    re.VERBOSE | re.MULTILINE,
)
_VIEWER_RUN = 2  # viewer lines in a row (blank lines apart) that show the page took over


def viewer_furniture(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """Line starts that are a document viewer's after a turn: from a run of two viewer
    lines or more (`VIEWER`) up to the line holding the next label. One pass over the
    lines."""
    if not marks or VIEWER.search(text) is None:
        return frozenset()
    offsets = sorted(marks)
    out: set[int] = set()
    run: list[int] = []
    taken = False  # the page has taken over: every line to the next label is its own
    upcoming = 0
    for start, end in each_line(text, offsets[0]):
        while upcoming < len(offsets) and offsets[upcoming] < start:
            upcoming += 1
        if upcoming < len(offsets) and offsets[upcoming] <= end:
            taken, run = False, []  # a label on this line: speech again
            continue
        if start == end:
            continue
        if taken:
            out.add(start)
        elif VIEWER.match(text, start, end) is not None:
            run.append(start)
            if len(run) >= _VIEWER_RUN:
                out.update(run)
                taken = True
        else:
            run = []
    return frozenset(out)
