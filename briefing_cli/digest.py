"""Transcript + ranker -> Digest: the overall summary and each speaker's key points."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, TypeVar

from briefing_cli import collection, focus, furniture, nlp
from briefing_cli.models import (
    Digest,
    KeyPoint,
    Sentence,
    Speaker,
    SpeakerDigest,
    Transcript,
    TurnKind,
)
from briefing_cli.rank import Ranker, arrays, priors, selection
from briefing_cli.rank.vectors import Vectors, content_terms, tfidf
from briefing_cli.speakers import ROLE_HEADS
from briefing_cli.terms import key_terms
from briefing_cli.transcript import TRANSCRIPT_LAYOUTS
from briefing_cli.wholesentences import whole_sentences

_SUBSTANTIVE = 0.1  # prior weight below which a sentence is filler or a fragment
A = TypeVar("A")
B = TypeVar("B")
MIN_WORDS = 3  # a point is at least a clause: "No.", "Go ahead", "entirely different" never are


@dataclass(frozen=True)
class Ranked:
    """Every sentence of a transcript with its centrality and prior weights."""

    sentences: tuple[Sentence, ...]
    texts: list[str]
    vectors: Vectors
    sizes: list[int]
    centrality: Any
    own_weight: Any  # for a speaker's own points
    summary_weight: Any  # for the overall summary
    procedural: list[bool]  # filler, courtesy or procedure (`priors.is_procedural`)
    furniture: list[bool]  # page furniture and boilerplate (`furniture.furniture`)
    names: AbstractSet[str] = frozenset()  # `priors.name_words` of the transcript

    @property
    def scores(self) -> Any:
        return self.centrality * self.own_weight


def rank_sentences(transcript: Transcript, ranker: Ranker,
                   signals: priors.Signals = priors.ALL_SIGNALS) -> Ranked:
    """Score every sentence once: ranker centrality and briefing-aware priors.

    Each sentence is tokenised once, for its size, its tf-idf terms and the procedure
    check, in one streaming pass (a list of every token would not fit a 50 MB input)."""
    sentences = whole_sentences(transcript, split=transcript.layout not in TRANSCRIPT_LAYOUTS)
    texts = [s.text for s in sentences]
    names = priors.name_words(transcript)
    sizes: list[int] = []
    procedural: list[bool] = []
    contents: list[int] = []

    def terms() -> Iterator[list[str]]:
        for text in texts:
            tokens = nlp.words(text)
            sizes.append(len(tokens))
            procedural.append(priors.is_procedural(text, names, tokens))
            found = content_terms(tokens)
            contents.append(len(set(found)))
            yield found

    def scored() -> tuple[Vectors, Any, Any, Any]:
        vectors = tfidf(texts, terms())
        own, summary = priors.weights(transcript, sentences, sizes, signals, procedural,
                                      contents)
        # Procedure and courtesy say nothing, so they cast no vote on what is central: "Thank
        # you, Chair" would otherwise lend its weight to every line that names the chair.
        graph = vectors.without(procedural) if signals.filler and any(procedural) else vectors
        return vectors, ranker.score(graph, texts), own, summary

    def marked() -> list[bool]:
        return furniture.furniture(transcript, sentences)

    # On a large input the furniture test runs in a second process meanwhile (`_both`).
    (vectors, centrality, own, summary), marks = _both(scored, marked, len(sentences))
    return Ranked(sentences, texts, vectors, sizes, centrality, own, summary, procedural,
                  marks, names)


PARALLEL_SENTENCES = 5_000  # fewer: one process (a fork and its pickles cost more than a share)


def _both(first: Callable[[], A], second: Callable[[], B], size: int) -> tuple[A, B]:
    """(first(), second()): on an input of `size` sentences or more, `second` in a forked
    child while the parent computes `first` (`parallel.fork_map`: a failed child's share is
    computed by the parent, so the answer is the same function's either way)."""
    if size < PARALLEL_SENTENCES:
        return first(), second()
    from briefing_cli import parallel

    a, b = parallel.fork_map(_call, [first, second])
    return a, b


def _call(job: Callable[[], Any]) -> Any:
    return job()


def build_digest(transcript: Transcript, ranker: Ranker, *, sentences: int = 5,
                 per_speaker: int = 3, words: int | None = None,
                 signals: priors.Signals = priors.ALL_SIGNALS, about: str | None = None,
                 speaker: str | None = None, all_statements: bool = False,
                 meanwhile: Callable[[], object] | None = None) -> Digest:
    """Rank every sentence once, then select the summary and each speaker's points.

    `words`, when given, bounds the overall summary instead of `sentences`. `about` focuses
    the digest on a topic (only sentences bearing on it count); `speaker` (a name or alias)
    keeps one speaker's statements. Procedure and courtesy (greetings, thanks, hand-overs,
    logistics) are never points unless `all_statements`. `meanwhile`: work of the caller's
    to do while a child process finds the key terms (on a large input; else after the
    points), e.g. the renderer's `prepare`. The garbage collector is paused meanwhile
    (`collection`: the digest makes no reference cycles).
    """
    with collection.paused():
        return _build_digest(transcript, ranker, sentences=sentences, per_speaker=per_speaker,
                             words=words, signals=signals, about=about, speaker=speaker,
                             all_statements=all_statements, meanwhile=meanwhile)


def _build_digest(transcript: Transcript, ranker: Ranker, *, sentences: int,
                  per_speaker: int, words: int | None, signals: priors.Signals,
                  about: str | None, speaker: str | None, all_statements: bool,
                  meanwhile: Callable[[], object] | None) -> Digest:
    """`build_digest`, the collector paused."""
    np = arrays.module(len(transcript.sentences))  # numpy, or a pure-Python stand-in
    only = focus.find_speaker(transcript, speaker) if speaker is not None else None
    ranked = rank_sentences(transcript, ranker, signals)
    all_sentences, texts, vectors, sizes = (ranked.sentences, ranked.texts, ranked.vectors,
                                            ranked.sizes)
    centrality, own_weight, summary_weight = (ranked.centrality, ranked.own_weight,
                                              ranked.summary_weight)
    subject = focus.topic(about, texts, vectors) if about is not None else None
    on_topic = subject.on_topic if subject else np.ones(len(texts), dtype=bool)
    own_scores, summary_raw = centrality * own_weight, centrality * summary_weight
    if subject is not None:  # the query orders the sentences; importance only within a tier
        own_scores, summary_raw = subject.scores(own_scores), subject.scores(summary_raw)
    # Page furniture and boilerplate are not statements: out even with --all-statements.
    shown = np.array([not f for f in ranked.furniture], dtype=bool)
    on_topic = on_topic & shown
    spoken = shown.copy()  # says something: not furniture, procedure or courtesy
    names = ranked.names  # every speaker's name words, lower-cased: never in a key term
    if not all_statements:
        spoken = shown & np.array([not p for p in ranked.procedural], dtype=bool)
        on_topic = on_topic & spoken
    scores = [float(x) for x in own_scores]
    summary_scores = [float(x) for x in summary_raw]
    speaker_of = [transcript.turns[s.turn].speaker for s in all_sentences]

    attributed = [i for i, s in enumerate(all_sentences)
                  if transcript.turns[s.turn].kind is not TurnKind.NARRATION]
    labelled = transcript.layout in TRANSCRIPT_LAYOUTS and attributed
    pool = attributed if labelled else list(range(len(all_sentences)))
    if only is not None:
        pool = [i for i in pool if speaker_of[i] == only]
    pool = [i for i in pool if on_topic[i]]
    pool = [i for i in pool if _is_clause(texts[i], sizes[i])] or pool
    # Filler, lead-ins and one-word fragments only fill space: leave them out when we can.
    split = transcript.layout not in TRANSCRIPT_LAYOUTS
    pool = [i for i in pool
            if summary_weight[i] >= _SUBSTANTIVE and (not split or _opens(texts[i]))] or pool
    by_speaker: dict[str | None, list[int]] = defaultdict(list)
    for i, speaker_id in enumerate(speaker_of):
        by_speaker[speaker_id].append(i)

    def point(i: int, score: float) -> KeyPoint:
        group = by_speaker[speaker_of[i]]
        # (a speaker's only sentence repeats nothing: no arrays for 100,000 such speakers)
        return KeyPoint(all_sentences[i], speaker_of[i], round(score, 4),
                        repeats=selection.repeats(vectors, i, group) if len(group) > 1 else 0,
                        matched=subject.matched(texts[i]) if subject else ())

    def speaker_points() -> list[tuple[Speaker, tuple[KeyPoint, ...]]]:
        out = []
        topical = on_topic.tolist()
        for person in transcript.speakers:
            if only is not None and person.id != only:
                continue
            members = by_speaker.get(person.id, [])
            if len(members) == 1 and per_speaker > 0:  # one sentence: `mmr` would pick it
                picked = members if topical[members[0]] else []
            else:
                group = [i for i in members if on_topic[i]]
                group = [i for i in group if _is_clause(texts[i], sizes[i])] or group
                substantive = [i for i in group if own_weight[i] >= _SUBSTANTIVE
                               and (not split or _opens(texts[i]))] or group
                picked = sorted(selection.mmr(substantive, scores, vectors, limit=per_speaker))
            out.append((person, tuple(point(i, scores[i]) for i in picked)))
        return out

    def terms() -> dict[str, list[str]]:
        return key_terms(texts, [who if spoken[i] else None for i, who in enumerate(speaker_of)],
                         exclude=names, own={sp.id: [w for w in nlp.words(sp.role or "")
                                                     if w.lower() in ROLE_HEADS]
                                             for sp in transcript.speakers})

    def rest() -> tuple[tuple[KeyPoint, ...], list[tuple[Speaker, tuple[KeyPoint, ...]]]]:
        chosen = selection.mmr(pool, summary_scores, vectors,
                               limit=None if words else sentences, words=sizes,
                               word_budget=words)
        summary = tuple(point(i, summary_scores[i]) for i in sorted(chosen))
        speaker_totals(transcript)  # (kept for the renderer's shape, which asks again)
        points = speaker_points()
        if meanwhile is not None:
            meanwhile()
        return summary, points

    # On a large input the key terms are found in a second process meanwhile (`_both`).
    (summary, points), found = _both(rest, terms, len(all_sentences))
    turn_count, word_total = speaker_totals(transcript)
    digests = tuple(SpeakerDigest(speaker=person, turns=turn_count[person.id],
                                  words=word_total[person.id], points=mine,
                                  key_terms=tuple(found.get(person.id, ())))
                    for person, mine in points)
    return Digest(transcript=transcript, summary=summary, speakers=digests,
                  words=nlp.word_count(transcript.document.text), method=ranker.name,
                  focus=subject.focus if subject else None, word_budget=words)


def _is_clause(text: str, words: int) -> bool:
    """At least a clause: three words, or any text in a script written without spaces."""
    return words >= MIN_WORDS or any(ord(ch) >= 0x2E80 for ch in text)


def _opens(text: str) -> bool:
    """False for a news line that goes on from an unfinished one (`in order for ...` after
    a `Quote` marker line): it starts in lower case, so it is the tail of a sentence.
    (Transcripts of speech often start sentences in lower case: not applied there.)"""
    first = next((ch for ch in text if ch.isalnum()), "")
    return not first.islower()


def speaker_totals(transcript: Transcript) -> tuple[Counter[str | None], Counter[str | None]]:
    """Turns and words per speaker id (None: narration), in one pass over the turns.

    The digest and the renderer's shape both ask for one transcript's totals: the last
    answer is kept (a transcript is frozen), so 100,000 turns are counted once, not twice.
    Callers only read the counters."""
    if _TOTALS and _TOTALS[0][0] is transcript:
        return _TOTALS[0][1]
    turns: Counter[str | None] = Counter([turn.speaker for turn in transcript.turns])
    words: Counter[str | None] = Counter()
    count = nlp.words
    for turn in transcript.turns:
        words[turn.speaker] += len(count(turn.text))  # nlp.word_count, in C
    _TOTALS[:] = [(transcript, (turns, words))]
    return turns, words


_TOTALS: list[tuple[Transcript, tuple[Counter[str | None], Counter[str | None]]]] = []


__all__ = ["build_digest", "speaker_totals"]
