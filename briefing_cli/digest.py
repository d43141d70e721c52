"""Transcript + ranker -> Digest: the overall summary and each speaker's key points."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from briefing_cli import focus, nlp
from briefing_cli.models import (
    Digest,
    KeyPoint,
    Sentence,
    SpeakerDigest,
    Transcript,
    TurnKind,
)
from briefing_cli.rank import Ranker, priors, selection
from briefing_cli.rank.vectors import Vectors, tfidf
from briefing_cli.terms import key_terms
from briefing_cli.transcript import TRANSCRIPT_LAYOUTS

_SUBSTANTIVE = 0.1  # prior weight below which a sentence is filler or a fragment


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

    @property
    def scores(self) -> Any:
        return self.centrality * self.own_weight


def rank_sentences(transcript: Transcript, ranker: Ranker,
                   signals: priors.Signals = priors.ALL_SIGNALS) -> Ranked:
    """Score every sentence once: ranker centrality and briefing-aware priors."""
    sentences = transcript.sentences
    texts = [s.text for s in sentences]
    vectors = tfidf(texts)
    sizes = priors.word_sizes(texts)
    own, summary = priors.weights(transcript, sentences, sizes, signals)
    return Ranked(sentences, texts, vectors, sizes, ranker.score(vectors, texts), own, summary)


def build_digest(transcript: Transcript, ranker: Ranker, *, sentences: int = 5,
                 per_speaker: int = 3, words: int | None = None,
                 signals: priors.Signals = priors.ALL_SIGNALS, about: str | None = None,
                 speaker: str | None = None) -> Digest:
    """Rank every sentence once, then select the summary and each speaker's points.

    `words`, when given, bounds the overall summary instead of `sentences`. `about` focuses
    the digest on a topic (only sentences bearing on it count); `speaker` (a name or alias)
    keeps one speaker's statements.
    """
    import numpy as np

    only = focus.find_speaker(transcript, speaker) if speaker is not None else None
    ranked = rank_sentences(transcript, ranker, signals)
    all_sentences, texts, vectors, sizes = (ranked.sentences, ranked.texts, ranked.vectors,
                                            ranked.sizes)
    centrality, own_weight, summary_weight = (ranked.centrality, ranked.own_weight,
                                              ranked.summary_weight)
    topic = None
    matching: set[str] = set()
    on_topic = np.ones(len(texts), dtype=bool)
    if about is not None:
        relevance, topic, matching = focus.relevance(about, texts, vectors)
        on_topic = relevance > 0
        centrality = relevance * np.sqrt(np.maximum(centrality, 0.0))
    scores = [float(x) for x in centrality * own_weight]
    summary_scores = [float(x) for x in centrality * summary_weight]
    speaker_of = [transcript.turns[s.turn].speaker for s in all_sentences]

    attributed = [i for i, s in enumerate(all_sentences)
                  if transcript.turns[s.turn].kind is not TurnKind.NARRATION]
    labelled = transcript.layout in TRANSCRIPT_LAYOUTS and attributed
    pool = attributed if labelled else list(range(len(all_sentences)))
    if only is not None:
        pool = [i for i in pool if speaker_of[i] == only]
    pool = [i for i in pool if on_topic[i]]
    # Filler, lead-ins and one-word fragments only fill space: leave them out when we can.
    pool = [i for i in pool if summary_weight[i] >= _SUBSTANTIVE] or pool
    chosen = selection.mmr(pool, summary_scores, vectors, limit=None if words else sentences,
                           words=sizes, word_budget=words)
    by_speaker: dict[str | None, list[int]] = defaultdict(list)
    for i, speaker_id in enumerate(speaker_of):
        by_speaker[speaker_id].append(i)

    def point(i: int, score: float) -> KeyPoint:
        return KeyPoint(all_sentences[i], speaker_of[i], round(score, 4),
                        repeats=selection.repeats(vectors, i, by_speaker[speaker_of[i]]),
                        matched=focus.matched_words(texts[i], matching) if matching else ())

    summary = tuple(point(i, summary_scores[i]) for i in sorted(chosen))

    turn_count, word_total = speaker_totals(transcript)
    names = [w for sp in transcript.speakers for form in (sp.name, *sp.aliases)
             for w in nlp.words(form)]
    terms = key_terms(texts, speaker_of, exclude=names)
    digests = []
    for person in transcript.speakers:
        if only is not None and person.id != only:
            continue
        group = [i for i in by_speaker.get(person.id, []) if on_topic[i]]
        substantive = [i for i in group if own_weight[i] >= _SUBSTANTIVE] or group
        picked = selection.mmr(substantive, scores, vectors, limit=per_speaker)
        digests.append(SpeakerDigest(
            speaker=person, turns=turn_count[person.id], words=word_total[person.id],
            points=tuple(point(i, scores[i]) for i in sorted(picked)),
            key_terms=tuple(terms.get(person.id, ())),
        ))
    return Digest(transcript=transcript, summary=summary, speakers=tuple(digests),
                  words=nlp.word_count(transcript.document.text), method=ranker.name,
                  focus=topic, word_budget=words)


def speaker_totals(transcript: Transcript) -> tuple[Counter[str | None], Counter[str | None]]:
    """Turns and words per speaker id (None: narration), in one pass over the turns."""
    turns: Counter[str | None] = Counter()
    words: Counter[str | None] = Counter()
    for turn in transcript.turns:
        turns[turn.speaker] += 1
        words[turn.speaker] += nlp.word_count(turn.text)
    return turns, words


__all__ = ["build_digest", "speaker_totals"]
