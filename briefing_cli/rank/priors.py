"""Briefing-aware weights that multiply a ranker's centrality, one named signal each.

Every signal is switchable so `bench/quality.py --ablation` can show what it earns:
- filler: greetings, thanks and moderation ("Go ahead", "Next question", "I have two items
  at the top") carry no content,
  and an operator's or moderator's lines count less in the overall summary;
- lead_in: news lines that only introduce a quotation (`..., said,` / `... and that`);
- length: fragments rarely carry a point (weight grows to 1 at eight words, and at three
  distinct content words: a line of hesitations and pronouns says little however long);
- question: questions count half in the overall summary, and an official's own rhetorical
  questions count half among their points (the press's points are their questions);
- position: news puts its point first (the lead), and meetings and briefings open with
  their agenda: early sentences get a boost that decays with position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, fields
from typing import Any

from briefing_cli import nlp, procedure
from briefing_cli.models import Sentence, SpeakerKind, Transcript, TurnKind
from briefing_cli.rank import arrays
from briefing_cli.speakers import ROLE_HEADS
from briefing_cli.transcript import TRANSCRIPT_LAYOUTS

_FILLER = re.compile(
    r"^\W*(?:(?:good (?:morning|afternoon|evening)|hi|hello|thanks?(?: you)?|"
    r"thank you(?: very much)?|"
    r"go ahead|next question|yes|yeah|no|okay|ok|sure|right|all right|great|please|"
    r"(?:one|last) (?:more|question)|appreciate it|got it|go on|absolutely|exactly|"
    r"welcome|everybody|everyone|sir|ma'am)\b[\s,.!?;:-]*)+(?:\w+[.!?]?)?\W*$",
    re.IGNORECASE,
)
# A courtesy that opens with thanks or a greeting and then only names people is filler too:
# "Thank you, Chairman Wells, Ranking Member Pak, and members of the subcommittee."
_COURTESY = re.compile(r"^\W*(?:thanks?|thank you|good (?:morning|afternoon|evening)|hello|hi|"
                       r"welcome)\b", re.IGNORECASE)
_ADDRESSEES = frozenset("""
operator everyone everybody all folks members member ranking committee subcommittee colleagues
guests friends ladies gentlemen audience listeners viewers joining today call briefing back
taking question questions having
again much very chair chairman chairwoman madam mister
""".split()) | ROLE_HEADS
_MODERATORS = frozenset({"operator", "moderator", "conference operator", "host"})
# `X, who fielded questions ..., said,` / `Miller continued adding,` / `... and that`
_LEAD_IN = re.compile(
    r"\b(?:said|says|added|adding|continued|saying|told|asked|highlighted|noted|stressed|"
    r"explained|warned|why|that)\b[^.!?]{0,40}[,:;]?\s*$|:\s*$", re.IGNORECASE)

FULL_LENGTH = 8  # words at which the length weight reaches 1
FULL_CONTENT = 3  # distinct content words at which it does too
LEAD_BOOST, LEAD_DECAY = 20.0, 3.0  # news: 1 + 20·e^(-i/3) for the i-th sentence
OPENING_BOOST, OPENING_DECAY = 2.0, 0.03  # transcripts: 1 + 2·e^(-r/0.03), r in [0, 1)


@dataclass(frozen=True)
class Signals:
    filler: bool = True
    lead_in: bool = True
    length: bool = True
    question: bool = True
    position: bool = True

    @classmethod
    def without(cls, name: str) -> Signals:
        """All signals but `name` (for ablations)."""
        if name not in {f.name for f in fields(cls)}:
            raise ValueError(f"unknown signal {name!r}")
        return cls(**{name: False})


ALL_SIGNALS = Signals()


def weights(transcript: Transcript, sentences: Sequence[Sentence], sizes: Sequence[int],
            signals: Signals = ALL_SIGNALS, procedural: Sequence[bool] | None = None,
            contents: Sequence[int] | None = None) -> tuple[Any, Any]:
    """(weights for a speaker's own points, weights for the overall summary).

    `procedural`: `is_procedural` of each sentence when the caller has it already;
    `contents`: each sentence's distinct content terms (`vectors.content_terms`)."""
    np = arrays.module(len(sentences))  # numpy, or its pure-Python stand-in for small texts
    n = len(sentences)
    w = np.ones(n)
    if signals.length:
        w *= np.minimum(1.0, np.asarray(sizes, dtype=float) / FULL_LENGTH)
        if contents is not None:  # "We we we talked about that": eight words, one term
            w *= np.minimum(1.0, np.asarray(contents, dtype=float) / FULL_CONTENT)
    press = {s.id for s in transcript.speakers if s.kind is SpeakerKind.PRESS}
    if signals.filler and procedural is None:
        names = name_words(transcript)
        procedural = [is_procedural(s.text, names) for s in sentences]
    # Turn-taking layouts: meetings open with their agenda, and lead-ins are a news device.
    labelled = transcript.layout in TRANSCRIPT_LAYOUTS
    for i, sentence in enumerate(sentences):
        text = sentence.text
        lead_in = signals.lead_in and not labelled and _LEAD_IN.search(text)
        procedure = signals.filler and procedural is not None and procedural[i]
        if procedure or lead_in:
            w[i] *= 0.05
        if (signals.question and text.rstrip().endswith("?")
                and transcript.turns[sentence.turn].speaker not in press):
            w[i] *= 0.5
    if signals.position and n:
        index = np.arange(n, dtype=float)
        if labelled:
            w *= 1.0 + OPENING_BOOST * np.exp(-(index / n) / OPENING_DECAY)
        else:
            w *= 1.0 + LEAD_BOOST * np.exp(-index / LEAD_DECAY)
    summary = w.copy()
    if signals.filler:
        # Operators and moderators run the event; their lines rarely belong in its summary.
        hosts = {s.id for s in transcript.speakers
                 if {s.name.lower(), (s.role or "").lower()} & _MODERATORS}
        for i, sentence in enumerate(sentences):
            if transcript.turns[sentence.turn].speaker in hosts:
                summary[i] *= 0.3
    if signals.question:
        for i, sentence in enumerate(sentences):
            if transcript.turns[sentence.turn].kind is TurnKind.QUESTION:
                summary[i] *= 0.5
    return w, summary


def name_words(transcript: Transcript) -> set[str]:
    """The words of every speaker's name and aliases, lower-cased (for `is_procedural`)."""
    return {w.lower() for s in transcript.speakers for form in (s.name, *s.aliases)
            for w in nlp.words(form)}


def is_procedural(text: str, names: AbstractSet[str],
                  tokens: Sequence[str] | None = None) -> bool:
    """Filler, courtesy or procedure: never a summary point or key point (by default).
    `tokens`: `nlp.words(text)` when the caller has them already."""
    return (_is_filler(text, names, tokens)
            or procedure.is_procedure(text, names, tokens))


def _is_filler(text: str, names: AbstractSet[str], tokens: Sequence[str] | None) -> bool:
    if _FILLER.match(text):
        return True
    if not _COURTESY.match(text):
        return False
    rest = [w.lower() for w in (nlp.words(text) if tokens is None else tokens)]
    return all(w in nlp.STOPWORDS or w in _ADDRESSEES or w in names
               or w in {"thank", "thanks", "good", "morning", "afternoon", "evening", "hello",
                        "hi", "welcome"} for w in rest)


def word_sizes(texts: Sequence[str]) -> list[int]:
    return [nlp.word_count(t) for t in texts]
