"""Query-focused digests (`--about`) and one speaker's line (`--speaker`).

The query's content words (stemmed) are expanded with the words that co-occur with them in
this transcript (sentences holding a query word, weighed against how common the word is
everywhere: a local-context expansion in the spirit of Xu & Croft 1996). Only sentences
with a query word, or two expansion words, bear on the topic.

The query itself dominates the order, in tiers: a sentence holding the whole query phrase
("World War III") comes before one holding some query word, which comes before one that
only shares expansion words. Within a tier, the share of the query's words matched (idf
weighted) counts most, then the sentence's own importance; expansions only break ties.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from briefing_cli import nlp
from briefing_cli.errors import InputError, UsageError
from briefing_cli.models import Focus, Transcript
from briefing_cli.rank.vectors import Vectors

EXPANSIONS = 4  # co-occurring words added to a query
# Within a tier: query coverage, then importance, then expansion words (a tie-break).
COVERAGE_WEIGHT, IMPORTANCE_WEIGHT, EXPANSION_WEIGHT = 0.55, 0.4, 0.05
PHRASE, QUERY_WORD, EXPANSION_ONLY = 2, 1, 0  # tiers


@dataclass(frozen=True)
class Topic:
    """How each sentence bears on a query: its tier, query coverage and expansion share."""

    focus: Focus
    phrase: str | None  # the query as a phrase, when it has several words
    tier: Any  # per sentence: PHRASE, QUERY_WORD or EXPANSION_ONLY
    coverage: Any  # share of the query's words (idf weighted) in the sentence, 0..1
    expansion: Any  # share of the expansion words, 0..1
    on_topic: Any  # bool per sentence
    stems: frozenset[str]  # query stems
    expanded: frozenset[str]  # expansion stems

    def scores(self, importance: Any) -> Any:
        """Tier + a share in [0, 1): no importance or expansion lifts a sentence a tier."""
        import numpy as np

        importance = np.maximum(np.asarray(importance, dtype=float), 0.0)
        top = float(importance[self.on_topic].max()) if self.on_topic.any() else 0.0
        share = importance / top if top > 0 else np.zeros_like(importance)
        within = (COVERAGE_WEIGHT * self.coverage + IMPORTANCE_WEIGHT * share
                  + EXPANSION_WEIGHT * self.expansion)
        return np.where(self.on_topic, self.tier + 0.999 * within, 0.0)

    def matched(self, text: str) -> tuple[str, ...]:
        """What ties `text` to the topic: the phrase (if there), then words, lower case."""
        words = matched_words(text, set(self.stems) | set(self.expanded))
        if self.phrase is None or not _phrase_pattern(self.phrase).search(text):
            return words
        inside = set(self.phrase.split())
        return (self.phrase, *(w for w in words if w not in inside))


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    parts = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"[\s\-‐–]+".join(parts) + r"(?!\w)", re.IGNORECASE)


def topic(query: str, texts: list[str], vectors: Vectors) -> Topic:
    """Score every sentence against `query` (see the module's docstring)."""
    import numpy as np

    vectors = vectors.numpy()  # small transcripts come as PyVectors
    stems: dict[str, str] = {}
    for word in nlp.words(query):
        lower = word.lower()
        if lower not in nlp.STOPWORDS and not lower.isdigit():
            stems.setdefault(nlp.stem(lower), lower)
    if not stems:
        raise InputError(f"--about {query!r} has no content words to look for")
    columns = {vectors.vocabulary[s]: s for s in stems if s in vectors.vocabulary}
    n = vectors.n
    df = vectors.document_frequency()
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    expanded = _expand(columns, vectors, df)
    present = (vectors.data > 0).astype(float)

    def share(cols: list[int]) -> Any:
        if not cols:
            return np.zeros(n)
        weight = np.zeros(vectors.n_terms)
        weight[cols] = idf[cols]
        hits = np.bincount(vectors.rows, weights=present * weight[vectors.indices],
                           minlength=n)
        return hits / float(weight.sum())

    query_words = [w.lower() for w in nlp.words(query)]
    while query_words and query_words[0] in nlp.STOPWORDS:
        query_words.pop(0)
    while query_words and query_words[-1] in nlp.STOPWORDS:
        query_words.pop()
    phrase = " ".join(query_words) if len(query_words) > 1 else None
    # Query words missing from the transcript still count in the coverage's denominator.
    missing = sum(1.0 + math.log(1.0 + n) for s in stems if s not in vectors.vocabulary)
    coverage = share(list(columns))
    if missing and columns:
        found = float(idf[list(columns)].sum())
        coverage = coverage * found / (found + missing)
    tier = np.where(coverage > 0, QUERY_WORD, EXPANSION_ONLY)
    if phrase is not None:
        pattern = _phrase_pattern(phrase)
        has_phrase = np.array([bool(pattern.search(t)) for t in texts], dtype=bool)
        tier = np.where(has_phrase, PHRASE, tier)
    on_topic = _bears_on(vectors, list(columns), expanded)
    inverse = {column: stem for stem, column in vectors.vocabulary.items()}
    written = _written_forms(texts, {inverse[c] for c in expanded})
    focus = Focus(query=query, terms=tuple(stems.values()),
                  expanded=tuple(written.get(inverse[c], inverse[c]) for c in expanded))
    return Topic(focus=focus, phrase=phrase, tier=tier, coverage=coverage,
                 expansion=share(expanded), on_topic=on_topic, stems=frozenset(stems),
                 expanded=frozenset(inverse[c] for c in expanded))


def _bears_on(vectors: Vectors, query: list[int], expanded: list[int]) -> Any:
    import numpy as np

    present = (vectors.data > 0).astype(float)
    query_hits = np.bincount(vectors.rows, weights=present * np.isin(vectors.indices, query),
                             minlength=vectors.n)
    expansion_hits = np.bincount(vectors.rows,
                                 weights=present * np.isin(vectors.indices, expanded),
                                 minlength=vectors.n)
    return (query_hits >= 1) | (expansion_hits >= 2)


def _expand(columns: dict[int, str], vectors: Vectors, df: Any) -> list[int]:
    """Terms most tied to the query in this transcript: co-occurrence x idf, seen twice."""
    import numpy as np

    if not columns:
        return []
    wanted = np.zeros(vectors.n_terms)
    wanted[list(columns)] = 1.0
    hits = vectors.matvec(wanted) > 0  # sentences holding a query term
    if not hits.any():
        return []
    together = np.bincount(vectors.indices, weights=hits[vectors.rows].astype(float),
                           minlength=vectors.n_terms)
    n = vectors.n
    ranked = sorted(
        (c for c in range(vectors.n_terms) if together[c] >= 2 and c not in columns),
        key=lambda c: (-together[c] * math.log((1 + n) / (1 + df[c])), c))
    return ranked[:EXPANSIONS]


def _written_forms(texts: list[str], stems: set[str]) -> dict[str, str]:
    forms: dict[str, Counter[str]] = {s: Counter() for s in stems}
    if not stems:
        return {}
    for text in texts:
        for word in nlp.words(text):
            lower = word.lower()
            stem = nlp.stem(lower)
            if stem in forms:
                forms[stem][lower] += 1
    return {s: c.most_common(1)[0][0] for s, c in forms.items() if c}


def matched_words(text: str, stems: set[str]) -> tuple[str, ...]:
    """The words of `text` (lower case, in order, once each) whose stems are in `stems`."""
    seen: dict[str, None] = {}
    for word in nlp.words(text):
        lower = word.lower()
        if nlp.stem(lower) in stems:
            seen.setdefault(lower, None)
    return tuple(seen)


def match_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Character spans of `words` in `text`, for highlighting."""
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                         re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def find_speaker(transcript: Transcript, name: str) -> str:
    """Id of the one speaker `name` refers to: full name, alias, id or surname, any case."""
    wanted = " ".join(name.lower().split())
    if not wanted:
        raise UsageError("--speaker needs a name")
    exact, partial = [], []
    for speaker in transcript.speakers:
        forms = [speaker.name, speaker.id, *speaker.aliases]
        lowered = [" ".join(f.lower().split()) for f in forms]
        if wanted in lowered:
            exact.append(speaker)
        elif any(wanted in f.split() or wanted in f for f in lowered):
            partial.append(speaker)
    found = exact or partial
    known = ", ".join(s.name for s in transcript.speakers) or "none"
    if not found:
        raise InputError(f"--speaker {name!r} matches no speaker (speakers: {known})")
    if len(found) > 1:
        raise InputError(f"--speaker {name!r} matches several speakers: "
                         f"{', '.join(s.name for s in found)}")
    return found[0].id
