"""Subtitles: WebVTT (`WEBVTT` header, `<v Name>` voice tags) and SRT (numbered cues,
`NAME:` at a cue start, `- ` or `>>` lines marking a change of speaker).

Cue numbers, identifiers, timing lines, headers and `NOTE`/`STYLE` blocks are never turns.
A turn is the text of one cue (or of one speaker's lines inside a cue): a cue split in the
middle of a sentence stays a separate turn of the same speaker, so every turn is still a
verbatim span of the input. A cue with no speaker cue continues the previous speaker.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from briefing_cli.models import PRESS_ID, Document, Transcript, TurnKind
from briefing_cli.nlp import nonblank_line_spans
from briefing_cli.speakers import PRESS_LABELS, SpeakerRegistry
from briefing_cli.transcript import captions, roles
from briefing_cli.transcript.common import PROCEDURAL, STAGE, Draft, build, each_line, lazy_pattern

LAYOUT = "subtitles"

_TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
TIMING = lazy_pattern(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_VOICE = lazy_pattern(r"<v(?:\.[^\s>]+)?(?:\s+(?P<name>[^>\n]+))?>")
_VOICE_END = lazy_pattern(r"\s*</v>\s*$")
# `- ` / `– ` / `>> ` at the start of a line: another person speaks.
_CHANGE = lazy_pattern(r"^\s*(?:>>+|[-–—](?=\s))\s*")
_LABEL = lazy_pattern(
    r"(?P<label>[A-Z][A-Z0-9.'’\-]*(?:[^\S\n]+[A-Z0-9.'’\-]+){0,3}"
    r"|[A-Z][a-z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,2})[^\S\n]*:[^\S\n]+(?=\S)")
# `[ANNA] Are you coming?` / `(BEN) Later.`: a name in brackets before the words.
_BRACKET = lazy_pattern(
    r"[\[(](?P<label>[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,3})[\])][^\S\n]*:?[^\S\n]*(?=\S)")
_SOUND = lazy_pattern(r"^\s*(?:[♪♫#*\s]+|[♪♫].*[♪♫])\s*$")
_FINISHED = lazy_pattern(r"""[.?!…]['"’”)\]]*\s*$""")
_IDENTIFIER = lazy_pattern(r"^\s*\d+\s*$")
_SKIP_BLOCKS = ("WEBVTT", "NOTE", "STYLE", "REGION", "X-TIMESTAMP")
# `- Hello, Michael Burnbaun from the Washington Post.` / `- Hi, I'm Ana Ruiz with Reuters.`:
# in a file without names, a voice that opens by giving its name and outlet is the press.
_INTRODUCED = lazy_pattern(
    r"(?:(?i:hi|hello|yes|thanks|thank\s+you|good\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?i:sir|madam|everyone|everybody|minister|secretary(?:\s+general)?))?"
    r"[,.!]?\s+)*(?:(?:I'm|I\s+am|[Tt]his\s+is|[Mm]y\s+name\s+is)\s+[A-Z][\w'’\-]+"
    r"(?:\s+[A-Z][\w'’\-]+){0,2}|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}),?\s+"
    r"(?:from|with)\s+(?:the\s+)?[A-Z]")


@dataclass
class _Segment:
    label: str | None
    change: bool
    start: int
    end: int
    label_start: int = -1  # where a `NAME:` label starts (kept as text if implausible)


def score(document: Document) -> float:
    """1.0 for a WebVTT file; else the share of non-blank lines that are cue timings (SRT)."""
    text = document.text
    if text.lstrip("\ufeff \t\n")[:6] == "WEBVTT":
        return 1.0
    if "-->" not in text:
        return 0.0  # no cue timing can be on any line (one scan, not a match a line)
    nonblank = timings = 0
    for s, e in nonblank_line_spans(text):
        nonblank += 1
        timings += bool(TIMING.match(text[s:e]))
    if timings < 2 or not nonblank:
        return 0.0
    return timings / nonblank


def _cues(text: str) -> list[list[tuple[int, int]]]:
    """Payload lines of each cue: cue numbers, identifiers, timings and header, `NOTE` and
    `STYLE` blocks dropped. A timing line opens a cue even without a blank line before it
    (the line just before it is then its identifier)."""
    cues: list[list[tuple[int, int]]] = []
    block: list[tuple[int, int]] = []
    for s, e in [*each_line(text), (len(text), len(text))]:
        if s < len(text) and text[s:e].strip():
            block.append((s, e))
            continue
        if block:
            first = text[block[0][0]:block[0][1]].lstrip("\ufeff").lstrip()
            if not first.startswith(_SKIP_BLOCKS):
                cues.extend(_split_block(text, block))
            block = []
    return [cue for cue in cues if cue]


def _split_block(text: str, block: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    timings = [i for i, (s, e) in enumerate(block) if TIMING.match(text[s:e])]
    if not timings:
        return [block]
    out = []
    if timings[0] > 1:  # payload before the first timing (after a cue identifier)
        out.append(block[:timings[0] - 1])
    for n, i in enumerate(timings):
        stop = timings[n + 1] - 1 if n + 1 < len(timings) else len(block)
        if n + 1 < len(timings) and not _IDENTIFIER.match(text[slice(*block[stop])]):
            stop += 1  # no identifier line before the next timing: keep the line
        out.append(_after_timing(text, *block[i]) + block[i + 1:stop])
    return out


# WebVTT cue settings after a timing: `align:start position:10%`.
_SETTINGS = lazy_pattern(r"(?:[^\S\n]*[a-z\-]+:\S+)*[^\S\n]*$")
_LEADING_SETTINGS = lazy_pattern(r"(?:[^\S\n]*[a-z\-]+:[^\s:]+(?=[^\S\n]))*")


def _after_timing(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The caption text on a timing line itself (`00:00:00.500 --> 00:00:03.000 Good
    evening`), as exports that lose line breaks (PDF, pasted pages) leave it."""
    timing = TIMING.match(text[start:end])
    if timing is None or _SETTINGS.match(text, start + timing.end(), end):
        return []
    settings = _LEADING_SETTINGS.match(text, start + timing.end(), end)  # `align:start - Hi`
    pos = settings.end() if settings else start + timing.end()
    while pos < end and text[pos].isspace():
        pos += 1
    return [(pos, end)]


def _segments(text: str, start: int, end: int) -> list[_Segment]:
    """Who-speaks segments of one payload line."""
    line = text[start:end]
    change = _CHANGE.match(line)
    pos = change.end() if change else len(line) - len(line.lstrip())
    segments: list[_Segment] = []
    label: str | None = None
    label_start = -1
    voices = list(_VOICE.finditer(line, pos))
    if voices and voices[0].start() == pos:
        label = (voices[0].group("name") or "").strip() or None
        pos = voices[0].end()
        voices = voices[1:]
    else:
        match = _BRACKET.match(line, pos)
        if match and STAGE.match(line, pos):
            match = None  # `[LAUGHTER] Yes`: a sound, not a name
        match = match or _LABEL.match(line, pos)
        if match:
            label = match.group("label")
            label_start = start + pos
            pos = match.end()
    for voice in voices:
        stop = voice.start()
        seg_end = _VOICE_END.search(line, pos, stop)
        segments.append(_Segment(label, bool(change) or bool(segments), start + pos,
                                 start + (seg_end.start() if seg_end else stop)))
        label = (voice.group("name") or "").strip() or None
        pos = voice.end()
    tail = _VOICE_END.search(line, pos)
    segments.append(_Segment(label, bool(change) or bool(segments), start + pos,
                             start + (tail.start() if tail else len(line))))
    segments[0].label_start = label_start
    return segments


def _lone_dash(cue: list[_Segment]) -> bool:
    """A cue whose only dash opens it: a new voice even after an unfinished line. In a cue
    with two dashed lines (`- ... so on.` / `- Right.`) the first may be the last voice
    going on, as subtitlers dash both lines of a dialogue pair."""
    return cue[0].change and not any(seg.change for seg in cue[1:])


def parse(document: Document) -> Transcript:
    """Turns from cues: one per speaker's lines in a cue; sound descriptions are narration."""
    text = document.text
    if score(document) == 0.0:  # caption text with no cue timings (`>>` marks a voice)
        return captions.parse(document, LAYOUT)
    cues = _cues(text)
    segments = [[seg for s, e in cue for seg in _segments(text, s, e)] for cue in cues]
    counts = Counter(seg.label for cue in segments for seg in cue if seg.label)
    voiced = {seg.label for cue in segments for seg in cue
              if seg.label and text[seg.start - 1:seg.start] == ">"}

    def plausible(label: str) -> bool:
        return (label in voiced or label.lower() in PRESS_LABELS or label.isupper()
                or counts[label] > 1 or len(label.split()) > 1)

    registry = SpeakerRegistry()
    labels = [label for label in counts if plausible(label)]
    roles.seed(registry, text, 0, labels)
    keys = {label: registry.label(label) for label in labels}

    drafts: list[Draft] = []
    current: str | None = None
    finished = False  # the last line ended a sentence
    previous: str | None = None  # the speaker before `current`, for `- ` changes
    for cue in segments:
        last: Draft | None = None
        for i, seg in enumerate(cue):
            if seg.label and seg.label not in keys and seg.label_start >= 0:
                seg.start = seg.label_start  # an implausible label stays in the text
            speaker = current
            if seg.label in keys:
                speaker = keys[seg.label]
            elif seg.change and not keys and _INTRODUCED.match(text, seg.start, cue[-1].end):
                speaker = registry.press()
            elif seg.change and not keys and (named := captions.introduced_at(text, seg.start)):
                # `- Good afternoon, I'm Ana Ruiz, the county health officer.`: the caption
                # text's rules (transcript/captions.py) name the voice, nothing else does
                speaker = registry.add(named)
            elif seg.change and not keys and (i > 0 or finished or _lone_dash(cue)):
                speaker = None  # no names: another voice, unnamed
            elif seg.change and previous is not None and (i > 0 or finished):
                # `- ` opens another person's line; at a cue's start only if the last
                # line ended a sentence (else it is the same person going on).
                speaker = previous
            if speaker != current:
                previous, current = current, speaker
            body = text[seg.start:seg.end]
            if not body.strip():
                continue
            if PROCEDURAL.match(body) or _SOUND.match(body):
                drafts.append(Draft(None, TurnKind.NARRATION, seg.start, seg.end))
                last = None
                continue  # a sound cue leaves the sentence before it as it was
            finished = bool(_FINISHED.search(body))
            kind = TurnKind.QUESTION if speaker == PRESS_ID else (
                TurnKind.STATEMENT if speaker is not None else TurnKind.NARRATION)
            if last is not None and last.speaker == speaker and \
                    not text[last.end:seg.start].strip():  # the same voice's next line
                last.end = seg.end
                continue
            last = Draft(speaker, kind, seg.start, seg.end)
            drafts.append(last)
    return build(document, LAYOUT, registry, drafts)


__all__ = ["LAYOUT", "TIMING", "parse", "score"]
