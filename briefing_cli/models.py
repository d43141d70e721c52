"""The plain data passed between the stages: read -> parse -> rank -> render."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property


class TurnKind(str, Enum):
    """What a turn is; values are part of the JSON contract."""

    STATEMENT = "statement"
    QUESTION = "question"
    QUOTE = "quote"
    PARAPHRASE = "paraphrase"
    NARRATION = "narration"


class SpeakerKind(str, Enum):
    PERSON = "person"
    PRESS = "press"
    ORGANIZATION = "organization"


PRESS_ID = "press"
_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Origin:
    """Where a web page, PDF or Word file came from; `text` is what was extracted from it."""

    extracted_from: str  # "html", "pdf", "docx", or "text" (a plain-text URL)
    url: str | None = None  # canonical URL, else the address fetched
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD when known


@dataclass(frozen=True)
class Document:
    """Decoded input. `text` has `\\n` line ends; every span in the digest indexes into it."""

    name: str
    text: str
    line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    origin: Origin | None = None  # None for a plain-text file or standard input

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(m.end() for m in _NEWLINE.finditer(self.text))
        object.__setattr__(self, "line_starts", tuple(starts))

    @property
    def line_count(self) -> int:
        if not self.text:
            return 0
        return len(self.line_starts) - (1 if self.text.endswith("\n") else 0)

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    kind: SpeakerKind = SpeakerKind.PERSON


@dataclass(frozen=True)
class Sentence:
    """A verbatim span `document.text[start:end]` inside one turn."""

    text: str
    start: int
    end: int
    line: int
    turn: int  # index into Transcript.turns


@dataclass(frozen=True)
class Turn:
    """A stretch of the input said by one speaker (or narration, speaker None)."""

    speaker: str | None
    kind: TurnKind
    start: int
    end: int
    text: str
    line: int
    reply_to: int | None = None  # index of the question turn this answers
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Transcript:
    document: Document
    layout: str
    speakers: tuple[Speaker, ...]
    turns: tuple[Turn, ...]

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return None if speaker_id is None else self.speakers_by_id.get(speaker_id)

    @cached_property
    def speakers_by_id(self) -> dict[str, Speaker]:
        """Each speaker by id (the first, should two share one), built once: renderers look
        a speaker up per turn, share and point."""
        out: dict[str, Speaker] = {}
        for speaker in self.speakers:
            out.setdefault(speaker.id, speaker)
        return out

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for turn in self.turns for s in turn.sentences)


@dataclass(frozen=True)
class KeyPoint:
    """A ranked sentence. `repeats` counts near-duplicates it stands for."""

    sentence: Sentence
    speaker: str | None
    score: float
    repeats: int = 0
    matched: tuple[str, ...] = ()  # with --about: the words that tie it to the topic


@dataclass(frozen=True)
class SpeakerDigest:
    speaker: Speaker
    turns: int
    words: int
    points: tuple[KeyPoint, ...]
    key_terms: tuple[str, ...]


@dataclass(frozen=True)
class Focus:
    """A topic a digest is about (`--about`): the query's words and those added for it."""

    query: str
    terms: tuple[str, ...]
    expanded: tuple[str, ...]


@dataclass(frozen=True)
class Digest:
    transcript: Transcript
    summary: tuple[KeyPoint, ...]
    speakers: tuple[SpeakerDigest, ...]
    words: int
    method: str
    focus: Focus | None = None
    word_budget: int | None = None  # --words, when it set the summary's length
