"""Pick sentences: Maximal Marginal Relevance under a count or word budget.

Carbonell & Goldstein (1998), "The Use of MMR, Diversity-Based Reranking for Reordering
Documents and Producing Summaries", SIGIR. A candidate's gain is its score minus its
largest similarity to what is already chosen; near-duplicates are skipped outright.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

DUPLICATE = 0.65  # cosine at or above which two statements make the same point


def mmr(candidates: Sequence[int], scores: Any, vectors: Any, *, limit: int | None = None,
        words: Sequence[int] | None = None, word_budget: int | None = None,
        diversity: float = 0.3) -> list[int]:
    """Indices chosen in order of selection; ties broken by position (earlier first)."""
    chosen: list[int] = []
    remaining = sorted(candidates, key=lambda i: (-float(scores[i]), i))
    used_words = 0
    top_score = max((float(scores[i]) for i in candidates), default=0.0) or 1.0
    while remaining and (limit is None or len(chosen) < limit):
        best, best_gain = -1, float("-inf")
        for i in remaining:
            overlap = _max_similarity(vectors, i, chosen)
            if overlap >= DUPLICATE:
                continue
            gain = (1 - diversity) * float(scores[i]) / top_score - diversity * overlap
            if gain > best_gain:
                best, best_gain = i, gain
        if best < 0:
            break
        remaining.remove(best)
        if word_budget is not None and words is not None:
            if used_words + words[best] > word_budget:
                continue  # a budget is an upper bound: never cut a sentence
            used_words += words[best]
        chosen.append(best)
    return chosen


def _max_similarity(vectors: Any, i: int, chosen: Sequence[int]) -> float:
    if not chosen:
        return 0.0
    row = vectors[i]
    return float((vectors[list(chosen)] @ row.T).max())


def repeats(vectors: Any, i: int, group: Sequence[int]) -> int:
    """How many other sentences in `group` say the same as sentence `i`."""
    others = [j for j in group if j != i]
    if not others:
        return 0
    sims = (vectors[others] @ vectors[i].T).toarray().ravel()
    return int((sims >= DUPLICATE).sum())
