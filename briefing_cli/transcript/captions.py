"""Caption text without labels: speech-to-text of a news conference or a radio show.

Closed captions and machine transcripts copied from a page have no speaker labels and
often no cue timings: `>>` (or `>>>`, or a dialogue dash) marks a change of voice,
`[00:00:07]` stamps the time, and a page header or an "AI text" disclaimer comes first.
The text between two change marks is one voice (a segment); a segment also ends where a
moderator hands over (`... over to you.`, `Tom?`). A segment is credited to a person only
when the text says who it is: a self-introduction near its start (`My name is Jane Roe`,
`I'm Tom Bell with KDRV News`, `Good evening, I'm Ana Ruiz`), a hand-over naming the next
voice (`Tom?`, `Over to you, Tom.`), or the next voice thanking it by name (`Gary, thank
you very much.`). Anything else stays unattributed: the same voice coming back later is not
guessable, and caption files without names get no invented speakers. Documents go to the
`subtitles` layout, whose parser hands them here when they have no cue timings.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from briefing_cli.models import Document, Transcript, TurnKind
from briefing_cli.nlp import nonblank_line_spans
from briefing_cli.speakers import SpeakerRegistry, role_label
from briefing_cli.transcript.common import (
    FURNITURE,
    PROCEDURAL,
    Draft,
    Mark,
    build,
    each_line,
    lazy_pattern,
    parse_marked,
    seeded_registry,
)

# `>>`, `>>>` or a dialogue dash at a line start; `>>` inside a flattened line.
_CHANGE = lazy_pattern(r"[^\S\n]*(?:>{2,}|[-–—](?=[^\S\n]))[^\S\n]*")
_INLINE_CHANGE = lazy_pattern(r"[^\S\n]>{2,}[^\S\n]*(?=\S)")
_MARKS = lazy_pattern(r">{2,}")
_LABELLED = lazy_pattern(
    r"[^\S\n]*>{2,}[^\S\n]*(?P<label>[A-Z][\w.'’\-]*(?:[^\S\n]+[\w.'’\-]+){0,3}):")
_STAMP = lazy_pattern(r"\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]")
_LEADING_STAMP = lazy_pattern(r"[^\S\n]*\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\][^\S\n]*")
_DISCLAIMER = lazy_pattern(
    r"(?i:computer[- ]generated\s+text|automatically\s+generated|machine[- ]generated|"
    r"not\s+a\s+(?:verbatim\s+)?transcript|closed[- ]caption|captions?\s+(?:are|were)\s+"
    r"(?:provided|produced|generated))")

# Words a name is never made of (all-capitals and lower-case captions capitalise anything).
_NOT_NAME = frozenset("""
a about after again all also always am an and any are as at back be been being both but by
can could did do does doing done for from glad going gonna had happy has have he her here
him his honored honoured how i if in into is it its joined joining just let like looking me
more most my no not now of off on one only or our out over pleased proud really right said
same say see she so some something sorry sure than thank thanks that the their them then
there these they thing this those to told too two up us very want was we well were what
when where which who why will with would yeah yes you your excited delighted afraid still
actually certainly basically currently everybody everyone folks calling speaking talking
oh ah uh um hmm okay ok alright yep nope hey anyone anybody someone somebody correct true
questions question comments thoughts anything everything nothing seriously
""".split())
_TITLE_WORDS = frozenset("""
officer chief fire police deputy sheriff sergeant sgt lieutenant lt captain capt detective
commander mayor governor senator representative councilmember councilman councilwoman
councillor councilor commissioner director superintendent judge dr doctor professor
president secretary minister reporter anchor correspondent producer host co-host city
county manager assistant acting interim general admiral colonel major mr ms mrs
""".split())
_NAME_WORD = r"[A-Za-z]\.|[A-Za-z][\w'’\-]*"  # an initial keeps its stop
# Where a voice says who it is; `name` is read from `intro.end()` by `_name_after`.
_INTRO = lazy_pattern(
    r"(?:^|(?<=[.!?,;\]])[^\S\n]*|\n)[^\S\n]*(?P<how>(?i:my\s+name\s+is|my\s+name's)"
    r"|(?i:i'm|i’m|i\s+am|this\s+is))[^\S\n]+")
_GREETING = lazy_pattern(
    r"(?i:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|welcome|thank\s+you|thanks)"
    r"\b[^.!?\n]{0,30}[,.!]?\s*$")
_AFTER_NAME = lazy_pattern(
    r"[^\S\n]*(?:,|\.|!|;|$|\n|[^\S\n](?i:with|from|of|here\s+at|reporting|and\s+i'm|"
    r"and\s+i\s+am|i'm)\b)")
_APPOSED = lazy_pattern(r"[^\S\n]*,[^\S\n]*(?:(?i:the|a|an|your|our)\b|[A-Z])")
_COMPANY = lazy_pattern(r"[^\S\n]*,?[^\S\n]*(?i:with|from|reporting|here\s+at)\b")
# `... over to you.`: the moderator hands over at the end of a paragraph (to a name: `_handed`).
_HANDOVER = lazy_pattern(
    r"(?:(?i:over\s+to\s+you|back\s+to\s+you|turn\s+it\s+over\s+to|hand\s+it\s+over\s+to|"
    r"turn\s+things\s+over\s+to|pass\s+it\s+(?:over\s+)?to)\b[^.!?]{0,60})[.!?]?[^\S\n]*$")
# Words that hand over to a named voice: `Joining us now is Dr. Ana Ruiz.`, `Over to you,
# Tom.`, `Let me introduce Fire Chief Dana Cole, from District Two.`
_HANDS_TO = lazy_pattern(
    r"(?i:joining\s+(?:me|us)\s+(?:now\s+|today\s+|here\s+)?(?:is|are)|with\s+(?:me|us)\s+"
    r"(?:now\s+|today\s+)?is|let's\s+go\s+(?:over\s+)?to|please\s+welcome|(?:i'd|i\s+would|"
    r"let\s+me)\s+(?:like\s+to\s+)?(?:introduce|welcome|invite|call\s+(?:up|on))|turn\s+"
    r"(?:it|things)\s+over\s+to|hand\s+(?:it\s+)?(?:over\s+)?to|over\s+to\s+you|back\s+to\s+"
    r"you|pass\s+it\s+(?:over\s+)?to|kick\s+it\s+off\s+with|hear\s+from|next\s+(?:speaker|up)"
    r"\s+is|(?:i'd|i’d|i\s+would|let\s+me|i'll|i’ll|i\s+will|we'd|we\s+would|i'm\s+going\s+to|"
    r"i’m\s+going\s+to)\s+(?:now\s+)?(?:like\s+to\s+)?(?:now\s+)?(?:bring\s+(?:up|forward)|call\s+"
    r"(?:up|upon)|invite\s+up)|turn\s+(?:the\s+(?:podium|floor|mic|microphone|lectern))\s+"
    r"over\s+to)[,\s]+")
# `Tom?` alone ending a segment: the moderator calls the next voice.
_CALLED = lazy_pattern(r"(?:^|(?<=\n)|(?<=[.!?])[^\S\n]+)"
                       r"(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)\?[^\S\n]*$")
_SENTENCE_GOES_ON = lazy_pattern(r"[.!?][\"'’”)]*\s+\S")
# `Gary, thank you very much.` / `Thanks, Ana.` near a segment's start: the voice before.
_THANKED = lazy_pattern(
    r"(?:^|(?<=[.!?])\s+)(?:(?P<before>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?),[^\S\n]+"
    r"(?i:thank\s+you|thanks)\b|(?i:thank\s+you|thanks)(?:[^\S\n]+(?i:very|so)[^\S\n]+"
    r"(?i:much))?,[^\S\n]+(?P<after>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)[.!,])")
_LOOK = 500  # characters of a segment's start where a voice introduces itself
# `Again, City Manager, Spencer Cronk, and ...` / `Once again, Ana Ruiz, county health
# officer.`: a voice names itself by apposition, with no `I'm`, after words that mark a
# reminder; the moderator may have handed over to someone else before it.
_RENAMED = lazy_pattern(
    r"(?:^|(?<=[.!?,;\]])|\n)[^\S\n]*(?:(?i:uh|um|so|and|well),?[^\S\n]+)*"
    r"(?i:(?:once\s+)?again|for\s+the\s+record|for\s+those\s+(?:of\s+you\s+)?who\s+"
    r"(?:don't|don’t|do\s+not)\s+know\s+me)[^\S\n]*,[^\S\n]*\n?[^\S\n]*")
# Words before a handed-over name (`to, uh, our City Manager, ...`) and after it (`Mayor Ana
# Ruiz for a few remarks`, `... to the podium`, `... who will ...`).
_LEAD_IN = lazy_pattern(r"(?:(?i:uh|um|er|our|the|my|your|none\s+other\s+than),?"
                        r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*))*")
_NAME_STOP = lazy_pattern(
    r"[^\S\n]*(?:[,.!?;:]|$|\n|[^\S\n](?i:for|to|who|and|so|as|at|here|with|from|of|now|up|"
    r"please|on|today|this)\b)")
_MORE_TITLES = frozenset("""
council member administrator attorney district public information affairs press
spokesperson spokesman spokeswoman executive state agent special trooper supervisor
coordinator board chair chairman chairwoman vice
""".split())
# `Ana Ruiz, the county health officer` / `ANA RUIZ,\n  CITY MANAGER` (maybe hard-wrapped)
_ROLE_AFTER = lazy_pattern(
    r"[^\S\n]*,[^\S\n]*\n?[^\S\n]*(?:(?i:the|a|an|your|our)\b|[A-Z])")
# What follows a name said to its bearer, not by him: `Again, Chief Ana Ruiz, thank you.`
_VOCATIVE_AFTER = lazy_pattern(
    r"[^\S\n]*,?[^\S\n]*(?i:thank|thanks|congratulations|welcome|we|you|please|if\s+you)\b")


@dataclass
class _Segment:
    pieces: list[tuple[int, int]]
    speaker: str | None = None  # a name the text gives
    handed: str | None = None  # the name this segment hands over to


def _body_start(text: str) -> int:
    """Where the captions start: the line of the first change mark or of the first time
    stamp opening a line, else the line after a caption disclaimer; the page header before
    it is narration."""
    for start, end in each_line(text):
        if _LEADING_STAMP.match(text, start, end) or ">>" in text[start:end]:
            return start  # (a flattened line may hold its first mark anywhere)
    disclaimer = _DISCLAIMER.search(text, 0, 20_000)
    if disclaimer is None:
        return 0
    end = text.find("\n", disclaimer.end())
    return len(text) if end == -1 else end


def score(document: Document) -> int:
    """2 for caption text whose every `>>` change mark has no label after it (three or
    more: no labelled layout can explain it better); 1 for `>>` marks, time stamps or a
    caption disclaimer with a voice that says who it is; else 0."""
    text = document.text
    chevrons = labelled = 0
    disclaimer = _DISCLAIMER.search(text, 0, 20_000) is not None
    if ">>" in text:
        for mark in _MARKS.finditer(text):
            label = _LABELLED.match(text, mark.start())
            if label is not None and not any(
                    w.lower() in _NOT_NAME for w in label.group("label").split()):
                labelled += 1  # `>> PM:`, `>>Question:`; not `>> THE POINT IS:`
            else:
                chevrons += 1
    stamps = _STAMP.search(text) is not None if "[" in text else False
    if chevrons >= 3 and not labelled:
        return 2
    if chevrons >= 2:
        return 1
    if not (stamps or disclaimer):
        return 0
    return int(any(seg.speaker or seg.handed for seg in _segments(text, _body_start(text))))


def _name_after(text: str, pos: int, strong: bool, capitals: bool) -> tuple[str, int] | None:
    """The name said at `pos` (`Kevin Cruzan`, `Officer Kevin Cruzan`) and where it ends,
    if it is one: at most three name words after any titles, none of them a common word;
    in ordinary case capitalised unless `strong` (`my name is bob horton`)."""
    words: list[str] = []
    cursor = pos
    for match in re.finditer(_NAME_WORD, text[pos:pos + 80]):
        if pos + match.start() != cursor or len(words) == 5 or not match.group():
            return None
        word = match.group()
        if word.lower().rstrip(".") in _NOT_NAME:
            return None
        words.append(word)
        cursor = pos + match.end()
        if word.lower() in _TITLE_WORDS and text[cursor:cursor + 1] == ".":
            cursor += 1  # `Dr.`, `Sgt.`
        elif _AFTER_NAME.match(text, cursor):
            break
        if text[cursor:cursor + 1] not in (" ", "\t"):
            return None
        cursor += 1
    else:
        return None
    names = [w for w in words if w.lower().rstrip(".") not in _TITLE_WORDS]
    if not 1 <= len(names) <= 3:
        return None
    if not strong and not capitals and not all(w[0].isupper() for w in names):
        return None
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize()
                    for w in words).rstrip("."), cursor


def _in_lower(piece: str) -> bool:
    """Whether `piece` is lower-case caption text (hardly a capital among its letters)."""
    letters = sum(map(str.isalpha, piece))
    return letters >= 40 and sum(map(str.isupper, piece)) <= 0.02 * letters


# what follows a host's own name: `... fell. welcome to ...`, `... fell, and welcome`
_WELCOMED = lazy_pattern(r"[^\S\n]*[.,!][^\S\n]*(?i:(?:and[^\S\n]+)?welcome|good[^\S\n]+"
                         r"(?:morning|afternoon|evening))\b")


def _in_capitals(piece: str) -> bool:
    """Whether `piece` is in capitals (more than twice as many capitals as small letters)."""
    return sum(map(str.isupper, piece)) > 2 * sum(map(str.islower, piece))


def _introduced(text: str, start: int, end: int) -> str | None:
    """A self-introduction near the start of a segment: `my name is` says it outright;
    `I'm X` / `this is X` only after a greeting or before an outlet (`with KDRV News`)."""
    sample = text[start:min(end, start + _LOOK)]
    capitals = _in_capitals(sample)
    lower = not capitals and _in_lower(sample)  # archive captions: names in lower case too
    for intro in _INTRO.finditer(sample):
        strong = intro.group("how").lower().startswith("my")
        first_person = intro.group("how").lower() in ("i'm", "i’m", "i am")
        found = _name_after(sample, intro.end(), strong, capitals or (lower and first_person))
        if found is None:
            continue
        name, cursor = found
        if strong or _COMPANY.match(sample, cursor):
            return name
        if first_person and _WELCOMED.match(sample, cursor):
            return name  # `i'm dana fell. welcome to the special.`: a host opens
        names = [w for w in name.split() if w.lower() not in _TITLE_WORDS]
        if len(names) >= 2 and _APPOSED.match(sample, cursor):
            return name  # `I'm Ana Ruiz, the county health officer.`
        before = sample[max(0, intro.start() - 40):intro.start() + 1].rstrip(" ,\n")
        if _GREETING.search(before) is not None:
            return name
    if "," in sample:
        return _renamed(sample, capitals)
    return None


def _titled_name(text: str, pos: int, capitals: bool) -> tuple[str, int, bool] | None:
    """The person named at `pos` with any office before the name (`Mayor John Whitmeyer`,
    `uh, our Chief of Police Ana Ruiz`, `Director of Emergency Management, Ana Ruiz`): the
    name (with the titles said right before it), where it ends and whether an office came
    first; two or three name words, none a common word, capitalised unless the text is in
    capitals."""
    cursor = _LEAD_IN.match(text, pos).end()  # type: ignore[union-attr]
    office = _OFFICE_COMMA.match(text, cursor)  # `City Manager, ` / `Director of Roads, `
    if office is not None and any(w.lower().rstrip(".") in _TITLE_WORDS | _MORE_TITLES
                                  for w in office.group("office").split()):
        found = _name_words(text, office.end(), capitals)
        if found is not None:
            return found[0], found[1], True
    return _name_words(text, cursor, capitals)


def _name_words(text: str, cursor: int, capitals: bool) -> tuple[str, int, bool] | None:
    titles: list[str] = []
    names: list[str] = []
    for _ in range(10):
        match = _WORD_AT.match(text, cursor)
        if match is None:
            return None
        word = match.group()
        low = word.lower().rstrip(".")
        cursor = match.end()
        if not names and (low in _TITLE_WORDS or low in _MORE_TITLES or (titles and low == "of")):
            titles.append(word)
            if text[cursor:cursor + 1] == "." and low in _TITLE_WORDS:
                cursor += 1
            gap = _GAP.match(text, cursor)
            if gap is None:
                return None
            cursor = gap.end()
            continue
        if low in _NOT_NAME or (not capitals and not word[0].isupper()):
            return None
        names.append(word)
        wrapped = _WRAPPED.match(text, cursor) if len(names) == 1 else None
        if wrapped is not None:  # `Mayor Ana` / `Ruiz for a few remarks.`: a hard wrap
            cursor = wrapped.end()
            continue
        if _NAME_STOP.match(text, cursor):
            break
        if text[cursor:cursor + 1] not in (" ", "\t"):
            return None
        cursor += 1
    else:
        return None
    if not 2 <= len(names) <= 3 or titles[-1:] == ["of"]:
        return None
    # the name without the office (`Council Member`, `Deputy Mayor` are no part of it)
    return (" ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in names),
            cursor, bool(titles))


_WORD_AT = lazy_pattern(_NAME_WORD)
_GAP = lazy_pattern(r",?(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)")
_WRAPPED = lazy_pattern(r"[^\S\n]*\n[^\S\n]*(?=[A-Za-z])")
_OFFICE_COMMA = lazy_pattern(
    r"(?P<office>[A-Za-z][\w'’\-]*(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[A-Za-z][\w'’\-]*){0,5}),"
    r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)")


def _renamed(sample: str, capitals: bool) -> str | None:
    """`Again, City Manager, Spencer Cronk, ...` in the first sentences of a segment: the
    voice names itself (a title first, or a role after the name)."""
    for again in _RENAMED.finditer(sample):
        found = _titled_name(sample, again.end(), capitals)
        if found is None:
            continue
        name, cursor, titled = found
        if _VOCATIVE_AFTER.match(sample, cursor):
            continue  # `Again, Chief Ana Ruiz, thank you.`: said to her
        if titled or _ROLE_AFTER.match(sample, cursor) or _COMPANY.match(sample, cursor):
            return name
    return None


def introduced_at(text: str, start: int) -> str | None:
    """The name a voice gives for itself in the words from `start` (a caption cue's `- `
    turn), by the same rules as in caption text."""
    end = min(len(text), start + _LOOK)
    change = _NEXT_CHANGE.search(text, start, end)  # the next voice's words are not its own
    return _introduced(text, start, change.start() if change else end)


_NEXT_CHANGE = lazy_pattern(  # (a PDF leaves the next cue's `- ` on its timing line)
    r"\n[^\S\n]*(?:>{2,}|[-–—](?=[^\S\n]))|-->[^\n]*?[^\S\n][-–—][^\S\n]")


def _handed(piece: str) -> str | None:
    """The voice the last sentence of a segment hands over to, by name."""
    tail = piece[-300:]
    capitals = _in_capitals(tail)
    called = _CALLED.search(tail)
    if called is not None and not capitals:
        name = called.group("name")
        return None if any(w.lower() in _NOT_NAME for w in name.split()) else name
    for hand in _HANDS_TO.finditer(tail):
        # `bring up Mayor Ana Ruiz for ...`, `over to, uh, City Manager, Ana Ruiz.`
        titled = _titled_name(tail, hand.end(), capitals)
        if titled is not None and _SENTENCE_GOES_ON.search(tail, titled[1]) is None:
            return titled[0]
        found = _name_after(tail, hand.end(), False, capitals)
        if found is not None and _SENTENCE_GOES_ON.search(tail, found[1]) is None:
            return found[0]
    return None


_FLAT_LINE = 300  # characters of a line that holds a flattened page's many sentences
# Words a hand-over sentence holds (`_HANDOVER`, `_HANDS_TO`): one scan of a long line finds
# the few sentences worth a closer look.
_HAND_WORDS = lazy_pattern(
    r"(?i:over\s+to|back\s+to\s+you|bring\s+(?:up|forward)|call\s+(?:up|upon)|invite|"
    r"introduce|welcome|hand\s+it|pass\s+it|hear\s+from|joining\s+(?:me|us)|kick\s+it|"
    r"next\s+(?:speaker|up))\b")
_NEXT_SENTENCE = lazy_pattern(r"[.!?][\"'’”)]*[^\S\n]+(?=\S)")
_HAND_SENTENCE = 200  # characters from a hand-over's words to its sentence's end at most
_ABBREVIATED = lazy_pattern(r"(?<![\w.])(?i:dr|mr|mrs|ms|st|gen|sen|rep|gov|lt|sgt|capt|prof|"
                            r"col|cmdr|supt|insp|det|hon)\.$")


def _handover_cuts(text: str, start: int, end: int) -> list[int]:
    """Where the next voice starts inside a flattened line (a caption page printed as one
    paragraph: `... over to, uh, City Manager, Ana Ruiz. Good morning. ...`): after each
    sentence that hands over, by name or to `you`, with more text after it."""
    cuts: list[int] = []
    after = start
    for words in _HAND_WORDS.finditer(text, start, end):
        if words.start() < after:
            continue
        for stop in _NEXT_SENTENCE.finditer(text, words.end(),
                                            min(end, words.end() + _HAND_SENTENCE)):
            after = stop.end()
            tail = text[max(start, words.start() - 60):stop.start() + 1]
            if _HANDOVER.search(tail) is not None or _handed_by_words(tail) is not None:
                cuts.append(stop.end())
                break
            if _ABBREVIATED.search(text, max(start, stop.start() - 6), stop.start() + 1) is None:
                break  # the sentence ended (not the stop of `Dr.`) with no hand-over
    return cuts


def _handed_by_words(tail: str) -> str | None:
    """`_handed` without `Tom?` (inside a flattened line, a question to a name is no
    hand-over)."""
    capitals = _in_capitals(tail)
    for hand in _HANDS_TO.finditer(tail):
        titled = _titled_name(tail, hand.end(), capitals)
        if titled is not None and _SENTENCE_GOES_ON.search(tail, titled[1]) is None:
            return titled[0]
        found = _name_after(tail, hand.end(), False, capitals)
        if found is not None and _SENTENCE_GOES_ON.search(tail, found[1]) is None:
            return found[0]
    return None


def _segments(text: str, body: int) -> list[_Segment]:
    segments: list[_Segment] = []
    current: _Segment | None = None
    handover = blank = False
    paragraph = body  # where the paragraph a blank line closes started (it may be wrapped)
    for start, end in each_line(text):
        if start < body:
            continue
        line = text[start:end]
        blank, was_blank = not line.strip(), blank
        if not line.strip():
            if current is not None and current.pieces and not was_blank:
                closing = text[max(paragraph, current.pieces[0][0], current.pieces[-1][1] - 300):
                               current.pieces[-1][1]]  # (the paragraph's end: maybe wrapped)
                handover = _HANDOVER.search(closing) is not None or _handed(closing) is not None
            continue
        if was_blank:
            paragraph = start
        pos = start
        change = _CHANGE.match(text, start, end)
        if change is not None and change.end() < end and (
                text[start:change.end()].strip()[:1] == ">" or segments):
            pos = change.end()
            current = None
        elif handover:
            current = None
        handover = False
        stamp = _LEADING_STAMP.match(text, pos, end)
        if stamp is not None:
            pos = stamp.end()
        cuts = [pos] + [m.start() for m in _INLINE_CHANGE.finditer(text, pos, end)]
        if end - pos > _FLAT_LINE:  # a flattened page: a hand-over inside the line ends a voice
            cuts = sorted(set(cuts) | set(_handover_cuts(text, pos, end)))
        for i, cut in enumerate(cuts):
            piece_end = cuts[i + 1] if i + 1 < len(cuts) else end
            piece_start = cut
            if i:
                mark = _INLINE_CHANGE.match(text, cut, piece_end)
                piece_start = mark.end() if mark else cut
                current = None
            if current is None:
                current = _Segment([])
                segments.append(current)
            current.pieces.append((piece_start, piece_end))
    for seg in segments:
        if not seg.pieces:
            continue
        first, last = seg.pieces[0][0], seg.pieces[-1][1]
        seg.speaker = _introduced(text, first, last)
        seg.handed = _handed(text[max(first, last - 300):last])  # (a wrapped hand-over)
    for before, seg in zip(segments, segments[1:], strict=False):
        first = seg.pieces[0][0]
        thanked = _THANKED.search(text[first:min(seg.pieces[-1][1], first + 200)])
        if before.speaker is None and thanked is not None:
            name = thanked.group("before") or thanked.group("after")
            if name and not any(w.lower() in _NOT_NAME | _TITLE_WORDS for w in name.split()):
                before.speaker = name
        if seg.speaker is None and before.handed is not None:
            seg.speaker = before.handed
    return segments


def parse(document: Document, layout: str) -> Transcript:
    """Segments between change marks become turns; named ones are credited."""
    lowered = lower_labels(document)
    if lowered:
        return parse_lower(document, layout, lowered)
    text = document.text
    body = _body_start(text)
    registry = SpeakerRegistry()
    drafts: list[Draft] = []
    for start, end in each_line(text):
        if start >= body:
            break
        if text[start:end].strip():
            drafts.append(Draft(None, TurnKind.NARRATION, start, end))
    for seg in _segments(text, body):
        speaker = registry.add(seg.speaker) if seg.speaker else None
        kind = TurnKind.STATEMENT if speaker else TurnKind.NARRATION
        last: Draft | None = None
        for start, end in seg.pieces:
            piece = text[start:end]
            if not piece.strip():
                continue
            if PROCEDURAL.match(piece) or FURNITURE.match(piece):
                drafts.append(Draft(None, TurnKind.NARRATION, start, end))
                last = None
                continue
            if last is not None:
                last.end = end
                continue
            last = Draft(speaker, kind, start, end)
            drafts.append(last)
    return build(document, layout, registry, drafts)



# --- line-per-phrase captions -------------------------------------------------------------
# A television show's captions as its page prints them (PBS style): every line a short
# phrase with a blank line after it, a `Name:` label now and then (`Corrigan: Every day,
# there is the vast`), a page header first (show title, the guest's name alone on a line,
# the episode's description, `AIRED: ... | 0:26:13`). Read as a labelled transcript: a label
# holds until the next one; a line where a voice introduces itself (`Good evening. I'm Judy
# Woodruff.`) hands the text to that labelled person. The header before the first label
# is narration, never a speaker.
_PHRASE_LABEL = lazy_pattern(
    r"[^\S\n]*(?P<label>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z][\w'’\-]+){0,2}):[^\S\n]+(?=\S)")
_PHRASE = 50  # most characters of a phrase line
_LABELLED_PHRASE = 70  # of a labelled one
_PHRASED_BODY = 0.8  # share of phrases from the first label on (captions: 0.9 and more)
_SENTENCE_END = (".", "?", "!", "…", '"', "”", "’", ")", "]", ":")
_NOT_LABEL = frozenset("""
aired air date published updated posted source note transcript episode season watch listen
copyright credits credit photo video audio caption captions music narrator announcer
""".split())


def _named_elsewhere(text: str, label: str) -> bool:
    """A one-word label is a person the text names in full (`Kelly Corrigan` for
    `Corrigan`); a longer label is a name already."""
    if " " in label:
        return True
    word = re.escape(label)
    return re.search(rf"[A-Z][\w'’\-]+[^\S\n]+{word}\b|\b{word}[^\S\n]+[A-Z][a-z]",
                     text[:200_000]) is not None


def phrased_marks(document: Document) -> dict[int, Mark]:
    """The turns of line-per-phrase captions (empty when the text is not that): most
    lines short (blank lines between them or not: a PDF drops them), a quarter of them or
    more cut in the middle of a sentence, two labels or more that name people (on at most
    half of the lines)."""
    text = document.text
    spans = list(nonblank_line_spans(text))  # (blank lines count nowhere below)
    lines = [text[start:end].strip() for start, end in spans]
    filled = sorted(len(line) for line in lines)
    if len(filled) < 12:
        return {}
    width = filled[int(len(filled) * 0.9)]  # about the longest line: a hard wrap's width
    # Early exits on the counts the loop below would find too short (every line is
    # non-blank): short lines, and short lines open at their end (`broken` counts some).
    if bisect.bisect_right(filled, _PHRASE) < 0.6 * len(lines) or sum(
            1 for line in lines if len(line) <= _PHRASE
            and not line.endswith(_SENTENCE_END)) < 0.25 * len(lines):
        return {}
    nonblank = phrases = broken = short_labels = 0
    found: dict[int, tuple[str, int]] = {}
    shapes: list[tuple[int, bool]] = []  # (start, short) of each line, backwards
    following = ""  # the next non-blank line (the scan runs backwards)
    for (start, end), line in zip(reversed(spans), reversed(lines), strict=True):
        if not line:
            continue
        nonblank += 1
        short = len(line) <= _PHRASE
        phrases += short
        # A phrase cut mid-sentence where the next word would have fitted on the line: no
        # hard wrap (which fills its lines) cut it there.
        word = following.split(maxsplit=1)[0] if following else ""
        broken += short and not line.endswith(_SENTENCE_END) and \
            len(line) + 1 + len(word) <= width
        shapes.append((start, short))
        following = line
        match = _PHRASE_LABEL.match(text, start, end)
        if match is not None:
            found[start] = (match.group("label"), match.end())
            short_labels += len(line) <= _LABELLED_PHRASE
    if phrases < 0.6 * nonblank or broken < 0.25 * nonblank or len(found) > nonblank / 2:
        return {}
    # A label opens a phrase too (`Corrigan: Every day, there is the vast`), not a paragraph.
    if 2 * short_labels < len(found) or short_labels < 2:
        return {}  # (one short label: an excerpt cut after a label, not a phrase's)
    counts = Counter(label for label, _ in found.values())
    people = {label for label in list(counts)[:50]
              if not any(w.lower() in _NOT_NAME | _NOT_LABEL | _TITLE_WORDS
                         for w in label.split())
              and (counts[label] >= 2 or _named_elsewhere(text, label))}
    marks = {offset: Mark(label, body) for offset, (label, body) in found.items()
             if label in people}
    if len(marks) < 2 or not _phrased_from(shapes, min(marks)):
        return {}
    surnames = {label.split()[-1].lower() for label in people}
    first = min(marks)
    before = -1  # the start of the line before, when it is a greeting alone
    for start, end in spans:  # `Good evening. I'm Judy Woodruff.`: that person speaks
        line = text[start:end]
        if not line.strip():
            continue
        opening = before if before > first and before not in marks else start
        before = start if _GREETING.fullmatch(line.strip()) else -1
        if start <= first or start in marks or _INTRO.search(text, start - 1, end) is None:
            continue
        name = _introduced(text[:end], opening, end)
        if name is not None and name.split()[-1].lower() in surnames:
            marks[opening] = Mark(name, opening)
    marks.update(_cold_open(text, spans, marks, surnames))
    return marks


def _phrased_from(shapes: list[tuple[int, bool]], first: int) -> bool:
    """The lines from the first person's label on are phrases too, nearly all of them (a
    label opens a phrase, a turn runs on over phrases): a page whose short lines are mostly
    its header (a programme's title, date, guest list, credits over a short excerpt of
    paragraphs and one-line turns) is not captions, however few its lines of speech."""
    body = [short for start, short in shapes if start >= first]
    return sum(body) >= _PHRASED_BODY * len(body)


# `Judy Woodruff` alone on a header line: the programme's guest.
_NAME_LINE = lazy_pattern(r"[A-Z][a-z'’\-]+(?:[^\S\n]+[A-Z]\.)?(?:[^\S\n]+[A-Z][a-z'’\-]+){1,2}")
# `AIRED: November 30, 2021 | 0:26:13`: a header key or a running time ends the cold open.
_HEADER_LINE = lazy_pattern(r"[A-Za-z][\w ]{0,20}:[^\S\n]|.*\b\d{1,2}:\d{2}\b")
_COLD_OPEN_MIN = 2  # phrase lines before the first label that make a cold open


def _cold_open(text: str, spans: list[tuple[int, int]], marks: dict[int, Mark],
               surnames: set[str]) -> dict[int, Mark]:
    """A programme's cold open: the phrases between the page header and the first label (a
    clip of the guest before the host's introduction) are the guest's, when the header
    names one person alone on a line who is not the first label's speaker and who speaks
    under a label later or is named again in the header (the episode's description)."""
    first = min(marks)
    host = marks[first].label.split()[-1].lower()
    header = spans[:bisect.bisect_left(spans, (first, first))]
    run = 0
    for start, end in reversed(header):
        line = text[start:end].strip()
        if len(line) > _LABELLED_PHRASE or _HEADER_LINE.match(line) or \
                _NAME_LINE.fullmatch(line):
            break
        run += 1
    if run < _COLD_OPEN_MIN:
        return {}
    top = text[header[0][0]:header[len(header) - run][0]] if header[:len(header) - run] else ""
    guests = {line for start, end in header[:len(header) - run]
              if _NAME_LINE.fullmatch(line := text[start:end].strip())
              and line.split()[-1].lower() != host
              and (line.split()[-1].lower() in surnames or top.count(line) >= 2)}
    if len(guests) != 1:
        return {}
    start = header[len(header) - run][0]
    body = start + len(text[start:first]) - len(text[start:first].lstrip())
    return {start: Mark(guests.pop(), body)}


def parse_phrased(document: Document) -> Transcript:
    """Line-per-phrase captions as a labelled transcript (see `phrased_marks`)."""
    marks = phrased_marks(document)
    return parse_marked(document, "labelled", marks, seeded_registry(document, marks))




# --- caption text with lower-case labels ---------------------------------------------------
# A broadcaster's caption page printed in lower case, the captioner's labels inside the
# flowing text: `... so that's it. brian: thanks amy. amy: ...`, `>> host: ... >> guest:`.
# A label is one lower-case word (two at most) and a colon after a finished sentence, a
# `>>` mark or a line start; it is a speaker when it comes back, or names a part on air
# (`host`, `guest`, `announcer`). A bare `>>` between labels is another voice, unnamed.
_LOWER_LABEL = lazy_pattern(
    r"(?:^|(?<=[.?!\"”’)\]])[^\S\n]+|(?<=>>)[^\S\n]*)[^\S\n]*"
    r"(?P<label>[a-z][a-z'’\-]{1,20}(?:[^\S\n]+[a-z][a-z'’\-]{1,20})?):[^\S\n]+(?=\S)",
    re.MULTILINE)
_BARE_CHEVRON = lazy_pattern(r">{2,}[^\S\n]*(?=\S)")
_PARTS = frozenset("""
host guest announcer narrator caller moderator anchor interviewer reporter questioner
co-host cohost panelist panellist
""".split())
# `audience: yes.` - the room answering a named voice: a label even when said once
_CROWD = frozenset({"audience", "crowd", "audience member", "reporters", "reporter"})
_LOWER_MIN = 3  # labels a caption text needs to be read this way
_UPPER_CHARS = lazy_pattern(r"[A-Z]")


def lower_labels(document: Document) -> dict[int, Mark]:
    """The lower-case labels of a caption page (see above), keyed by where each starts;
    empty when the text is not one: mostly lower case, three labels or more of at least
    two speakers."""
    text = document.text
    sample = text[:20_000]
    # (every document is asked this once: the cheap count first, at C speed)
    if len(sample) < 300 or len(_UPPER_CHARS.findall(sample)) > 0.04 * len(sample):
        return {}
    if _LOWER_LABEL.search(sample) is None and _TITLED_LOWER.search(sample) is None:
        return {}
    found: list[tuple[int, str, int]] = []
    for match in _LOWER_LABEL.finditer(text):
        label = match.group("label")
        words = label.split()
        if any(w in _NOT_NAME or w in _NOT_LABEL for w in words) and label not in _PARTS:
            continue
        found.append((match.start("label"), label, match.end()))
    found = _with_titled(found, text)
    counts = Counter(label for _, label, _ in found)
    marks = {start: Mark(label.title(), body) for start, label, body in found
             if (counts[label] >= 2 or label in _PARTS or label in _CROWD or _part_of(label))
             and (not label.startswith("the ") or _part_of(label))}  # not `the point is:`
    if len(marks) < _LOWER_MIN or (len({m.label for m in marks.values()}) < 2
                                   and not _one_voice_chevrons(text, marks)):
        return {}
    return marks


# `... to order. the guest chaplain: let us pray.`, `mr. reid: mr. president?` - a Senate
# floor's caption labels: an office after `the`, or a surname after a title.
_TITLED_LOWER = lazy_pattern(
    r"(?:^|(?<=[.?!\"”’)\]])[^\S\n]+|(?<=>>)[^\S\n]*)[^\S\n]*"
    r"(?P<label>the[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+){0,3}|(?:mr|mrs|ms|dr|sen|rep)\.[^\S\n]+"
    r"[a-z][a-z'’\-]+):[^\S\n]+(?=\S)", re.MULTILINE)


def _with_titled(found: list[tuple[int, str, int]], text: str) -> list[tuple[int, str, int]]:
    """`found` plus the titled lower-case labels (`the president pro tempore:`, `mr.
    reid:`), which replace the bare word found inside them (`reid:`)."""
    if "the " not in text and ". " not in text:
        return found
    titled = [(m.start("label"), m.group("label"), m.end()) for m in _TITLED_LOWER.finditer(text)
              if not any(w in _NOT_LABEL for w in m.group("label").split())]
    if not titled:
        return found
    ends = {end for _, _, end in titled}
    return sorted([f for f in found if f[2] not in ends] + titled)


def _lower_speaker(registry: SpeakerRegistry, label: str) -> str:
    """A lower-case label's speaker: an office after `the` is known by the office as written
    (`President Pro Tempore`), not split into a title and a name."""
    if label.startswith("The "):
        return registry.fixed(label[4:], label)
    return registry.add(label)


def _part_of(label: str) -> bool:
    """`the guest chaplain`, `the presiding officer`: an office named once is still a label."""
    words = label.split()
    return words[0] == "the" and (role_label(label) is not None or
                                  any(w in _PARTS for w in words[1:]))


_ONE_VOICE_BARE = 2  # bare `>>` marks (other voices) beside a caption page's one named voice


def _one_voice_chevrons(text: str, marks: dict[int, Mark]) -> bool:
    """A caption page that names one voice only (`>> woodruff: good evening ...`, three times
    or more, most after a `>>` mark: a time line may cut in between) and gives the others
    a bare `>>`: still a labelled caption page (the anchor's turns are hers, the bare marks
    no one's)."""
    labelled = {text.rfind(">>", max(0, offset - 4), offset) for offset in marks} - {-1}
    if 3 * len(labelled) < 2 * len(marks):
        return False
    bare = sum(1 for m in _BARE_CHEVRON.finditer(text) if m.start() not in labelled)
    return bare >= _ONE_VOICE_BARE


def parse_lower(document: Document, layout: str, marks: dict[int, Mark]) -> Transcript:
    """A lower-case labelled caption page: a label holds until the next label or bare
    `>>` mark (another voice, no one's); time lines and the header before the first label
    are narration."""
    text = document.text
    registry = SpeakerRegistry()
    cuts: dict[int, tuple[str | None, int]] = {
        m.start(): (None, m.end()) for m in _BARE_CHEVRON.finditer(text)}
    for offset, mark in marks.items():
        chevron = text.rfind(">>", max(0, offset - 4), offset)
        if chevron != -1 and not text[chevron + 2:offset].strip():
            offset = chevron  # `>> host:` is one cut, the label's
        cuts[offset] = (_lower_speaker(registry, mark.label), mark.body_start)
    drafts: list[Draft] = []
    current: Draft | None = None
    offsets = sorted(cuts)
    upcoming = 0
    for start, end in each_line(text):
        points = [start]
        while upcoming < len(offsets) and offsets[upcoming] < end:
            if offsets[upcoming] > start:
                points.append(offsets[upcoming])
            upcoming += 1
        points.append(end)
        for a, b in zip(points, points[1:], strict=False):
            if a in cuts:
                speaker, body = cuts[a]
                kind = TurnKind.STATEMENT if speaker else TurnKind.NARRATION
                current = Draft(speaker, kind, min(body, b), b)
                drafts.append(current)
                continue
            piece = text[a:b]
            if not piece.strip():
                continue
            if current is None or (len(points) == 2 and (
                    PROCEDURAL.match(piece) or FURNITURE.match(piece))):
                drafts.append(Draft(None, TurnKind.NARRATION, a, b))
                if current is not None:  # the voice goes on after a time line
                    current = Draft(current.speaker, current.kind, b, b)
                    drafts.append(current)
                continue
            current.end = b
    drafts = [d for d in drafts if text[d.start:d.end].strip()]
    return build(document, layout, registry, drafts)


__all__ = ["introduced_at", "lower_labels", "parse", "parse_lower", "parse_phrased",
           "phrased_marks", "score"]
