"""What the renderers share: safe text for terminals, labels for speakers."""

from __future__ import annotations

import re

from briefing_cli.models import Digest, Document, KeyPoint, Speaker, Transcript

# CSI, OSC (hyperlinks, titles) and other escape sequences, then any control character
# left over: none of them may reach a terminal from the input.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


NOTHING = "nothing to summarize: no sentence with words in it"


def safe(text: str) -> str:
    """Input text made harmless for a terminal: escapes and control characters removed."""
    if text.isprintable():  # every character either expression removes is unprintable
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


_LINE_CONTROLS = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """A file name (or a message holding one) for a single terminal line: escape sequences
    removed, other control characters (newlines too) shown as `?`, and bytes that are not
    UTF-8 (kept by Python as lone surrogates) as U+FFFD."""
    return _LINE_CONTROLS.sub("?", _ESCAPES.sub("", valid_unicode(text)))


def valid_unicode(text: str) -> str:
    """`text` encodable as UTF-8: undecodable bytes of a file name become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def one_line(text: str) -> str:
    return " ".join(text.split())


MIXED_SCRIPTS = " [mixed scripts]"


def shown_name(name: str) -> str:
    """A speaker's name for display: one whose letters mix scripts (a Cyrillic `І` in
    `Whitfield`) is marked, since it looks like another speaker's name but is not."""
    if name.isascii():  # ASCII letters are all Latin
        return name
    import unicodedata

    scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in name if ch.isalpha()}
    return name + MIXED_SCRIPTS if len(scripts) > 1 else name


def speaker_label(digest: Digest, speaker_id: str | None) -> str:
    return transcript_label(digest.transcript, speaker_id)


def transcript_label(transcript: Transcript, speaker_id: str | None) -> str:
    """A speaker's shown name (marked when it mixes scripts); "Narration" for nobody."""
    speaker = transcript.speaker(speaker_id)
    return shown_name(speaker.name) if speaker else "Narration"


def with_role(speaker: Speaker) -> str:
    name = shown_name(speaker.name)
    return f"{name} ({speaker.role})" if speaker.role else name


def repeat_note(point: KeyPoint) -> str:
    """` [said 3 times]`, and with --about ` [matched: world war iii (phrase), states;
    score 2.63]` (a multi-word match is the whole query phrase)."""
    note = f" [said {point.repeats + 1} times]" if point.repeats else ""
    if point.matched:
        matched = ", ".join(f"{m} (phrase)" if " " in m else m for m in point.matched)
        note += f" [matched: {matched}; score {point.score:.2f}]"
    return note


def focus_line(digest: Digest) -> str | None:
    """`About: tariffs, trade (and co-occurring: steel, leaders)` for a focused digest."""
    if digest.focus is None:
        return None
    line = f"About: {', '.join(digest.focus.terms)}"
    if digest.focus.expanded:
        line += f" (and co-occurring: {', '.join(digest.focus.expanded)})"
    return line


def nothing_note(digest: Digest) -> str:
    if digest.focus is not None:
        return "nothing in the transcript bears on this topic"
    budget = digest.word_budget
    if budget is not None and digest.transcript.sentences:
        return f"no sentence fits in {budget:,} word{'' if budget == 1 else 's'}"
    return NOTHING


def silent_note(digest: Digest) -> str:
    """What a speaker with no key points is shown with."""
    return "said nothing on this topic" if digest.focus is not None else "no key points"


def question_for(digest: Digest, point: KeyPoint) -> str | None:
    """The question a key point answered, when the transcript links them."""
    turn = digest.transcript.turns[point.sentence.turn]
    if turn.reply_to is None:
        return None
    return digest.transcript.turns[turn.reply_to].text


def counts(digest: Digest) -> str:
    t = digest.transcript
    return (f"{len(digest.speakers)} speakers, {len(t.turns)} turns, "
            f"{digest.words:,} words, {t.document.line_count:,} lines")


def shorten(text: str, limit: int = 160) -> str:
    """One line of at most `limit` characters, an ellipsis marking a cut (display only)."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def source_facts(document: Document) -> list[tuple[str, str]]:
    """A web page's, PDF's or Word file's title, URL and date, as (label, value) pairs for
    every renderer to show under its Source line; none for plain text."""
    found = document.origin
    if found is None:
        return []
    facts = [("Title", found.title), ("URL", found.url), ("Date", found.date)]
    return [(label, value) for label, value in facts if value]
