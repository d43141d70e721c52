"""Transcript + ranker -> Digest: the overall summary and each speaker's key points."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from briefing_cli import nlp
from briefing_cli.models import (
    Digest,
    KeyPoint,
    SpeakerDigest,
    Transcript,
    TurnKind,
)
from briefing_cli.rank import Ranker, priors, selection
from briefing_cli.rank.vectors import tfidf

_SUBSTANTIVE = 0.1  # prior weight below which a sentence is filler or a fragment


def build_digest(transcript: Transcript, ranker: Ranker, *, sentences: int = 5,
                 per_speaker: int = 3, words: int | None = None,
                 signals: priors.Signals = priors.ALL_SIGNALS) -> Digest:
    """Rank every sentence once, then select the summary and each speaker's points.

    `words`, when given, bounds the overall summary instead of `sentences`.
    """
    all_sentences = transcript.sentences
    texts = [s.text for s in all_sentences]
    vectors = tfidf(texts)
    centrality = ranker.score(vectors, texts)
    sizes = priors.word_sizes(texts)
    own_weight, summary_weight = priors.weights(transcript, all_sentences, sizes, signals)
    scores = [float(x) for x in centrality * own_weight]
    summary_scores = [float(x) for x in centrality * summary_weight]
    speaker_of = [transcript.turns[s.turn].speaker for s in all_sentences]

    attributed = [i for i, s in enumerate(all_sentences)
                  if transcript.turns[s.turn].kind is not TurnKind.NARRATION]
    labelled = transcript.layout == "labelled" and attributed
    pool = attributed if labelled else list(range(len(all_sentences)))
    # Filler, lead-ins and one-word fragments only fill space: leave them out when we can.
    pool = [i for i in pool if summary_weight[i] >= _SUBSTANTIVE] or pool
    chosen = selection.mmr(pool, summary_scores, vectors, limit=None if words else sentences,
                           words=sizes, word_budget=words)
    summary = tuple(KeyPoint(all_sentences[i], speaker_of[i], round(summary_scores[i], 4))
                    for i in sorted(chosen))

    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, speaker_id in enumerate(speaker_of):
        if speaker_id is not None:
            by_speaker[speaker_id].append(i)
    names = {nlp.stem(w.lower()) for sp in transcript.speakers
             for form in (sp.name, *sp.aliases) for w in nlp.words(form)}
    terms = _key_terms(texts, speaker_of, exclude=names)
    digests = []
    for speaker in transcript.speakers:
        group = by_speaker.get(speaker.id, [])
        substantive = [i for i in group if own_weight[i] >= _SUBSTANTIVE] or group
        picked = selection.mmr(substantive, scores, vectors, limit=per_speaker)
        points = tuple(
            KeyPoint(all_sentences[i], speaker.id, round(scores[i], 4),
                     repeats=selection.repeats(vectors, i, group))
            for i in sorted(picked)
        )
        turns = [t for t in transcript.turns if t.speaker == speaker.id]
        digests.append(SpeakerDigest(
            speaker=speaker, turns=len(turns), words=sum(nlp.word_count(t.text) for t in turns),
            points=points, key_terms=tuple(terms.get(speaker.id, ())),
        ))
    return Digest(transcript=transcript, summary=summary, speakers=tuple(digests),
                  words=nlp.word_count(transcript.document.text), method=ranker.name)


def _key_terms(texts: list[str], speaker_of: list[str | None], *, exclude: set[str],
               limit: int = 5) -> dict[str, list[str]]:
    """Words and two-word terms that set each speaker apart from the others (tf-idf over
    speakers), shown in their most frequent written form; speakers' names are left out."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    surface: dict[str, Counter[str]] = defaultdict(Counter)
    for text, speaker in zip(texts, speaker_of, strict=True):
        if speaker is None:
            continue
        for gram, written in _grams(text):
            if exclude.intersection(gram.split()):
                continue
            counts[speaker][gram] += 1
            surface[gram][written] += 1
    if not counts:
        return {}
    df: Counter[str] = Counter()
    for grams in counts.values():
        df.update(grams.keys())
    n = len(counts)
    out: dict[str, list[str]] = {}
    for speaker, grams in counts.items():
        ranked = sorted(
            grams.items(),
            key=lambda item: (-(item[1] * (1 + (" " in item[0])) * math.log(1 + n / df[item[0]])),
                              item[0]),
        )
        chosen: list[str] = []
        for gram, count in ranked:
            if count < 2 and len(grams) > 20:
                continue
            if any(set(gram.split()) & set(c.split()) for c in chosen):
                continue
            chosen.append(gram)
            if len(chosen) == limit:
                break
        out[speaker] = [surface[g].most_common(1)[0][0] for g in chosen]
    return out


def _grams(text: str) -> list[tuple[str, str]]:
    """(stemmed key, written form) of content words and adjacent content-word pairs."""
    tokens = nlp.words(text)
    out: list[tuple[str, str]] = []
    previous: tuple[str, str] | None = None
    for token in tokens:
        lower = token.lower().replace("’", "'")
        if lower in nlp.STOPWORDS or len(lower) < 3 or lower.isdigit():
            previous = None
            continue
        key = nlp.stem(lower)
        written = token if token.isupper() and len(token) <= 5 else lower
        out.append((key, written))
        if previous is not None:
            out.append((f"{previous[0]} {key}", f"{previous[1]} {written}"))
        previous = (key, written)
    return out


__all__ = ["build_digest"]
