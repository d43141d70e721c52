"""Pick sentences: Maximal Marginal Relevance under a count or word budget.

Carbonell & Goldstein (1998), "The Use of MMR, Diversity-Based Reranking for Reordering
Documents and Producing Summaries", SIGIR. A candidate's gain is its score minus its
largest similarity to what is already chosen; near-duplicates are skipped outright.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing_cli.rank import arrays

DUPLICATE = 0.65  # cosine at or above which two statements make the same point


def mmr(candidates: Sequence[int], scores: Any, vectors: Any, *, limit: int | None = None,
        words: Sequence[int] | None = None, word_budget: int | None = None,
        diversity: float = 0.3) -> list[int]:
    """Indices chosen in order of selection; ties broken by position (earlier first).

    Each candidate's largest similarity to the chosen set is kept up to date with one
    sparse product per selection, so a pick costs one pass over the nonzeros.
    """
    np = arrays.like(vectors.data)  # numpy, or its pure-Python stand-in for small texts
    order = sorted(candidates, key=lambda i: (-float(scores[i]), i))
    if limit is not None:
        order = order[: max(50, 20 * limit)]  # lower-ranked sentences cannot win
    if not order:
        return []
    if len(order) == 1 and (limit is None or limit > 0):  # a speaker with one statement:
        fits = word_budget is None or words is None or words[order[0]] <= word_budget
        return [order[0]] if fits else []  # no arrays (100,000 speakers make 100,000 calls)
    pool = np.asarray(order, dtype=np.int64)
    base = np.asarray([float(scores[i]) for i in order])
    top = base.max() if base.size and base.max() > 0 else 1.0
    relevance = (1 - diversity) * base / top
    overlap = np.zeros(len(order))
    alive = np.ones(len(order), dtype=bool)
    chosen: list[int] = []
    used_words = 0
    sizes = np.asarray([words[i] for i in order] if words is not None else [0] * len(order))
    if word_budget is not None and words is not None:
        alive &= sizes <= word_budget  # never fits, so never popped: every pop is a pick
    while alive.any() and (limit is None or len(chosen) < limit):
        gain = np.where(alive, relevance - diversity * overlap, -np.inf)
        best = int(np.argmax(gain))  # first maximum: the better-ranked, then earlier, sentence
        alive[best] = False
        index = int(pool[best])
        if word_budget is not None and words is not None:
            if used_words + words[index] > word_budget:
                continue  # a budget is an upper bound: never cut a sentence
            used_words += words[index]
            # What no longer fits never will: drop it now rather than one pick at a time
            # (a pass over the pool per dropped sentence is quadratic on a long text).
            alive &= sizes <= word_budget - used_words
        chosen.append(index)
        similarity = similarity_among(vectors, index, pool)
        overlap = np.maximum(overlap, similarity)
        alive &= overlap < DUPLICATE
    return chosen


def similarity_among(vectors: Any, index: int, pool: Any) -> Any:
    """Cosine of sentence `index` to each sentence of `pool`. A pool much smaller than the
    transcript (one speaker of thousands) is computed from its own rows only, so digesting
    every speaker stays linear; the sums run in the same order, so the values are the same
    bits as `similarity_to(index)[pool]`."""
    indptr = getattr(vectors, "indptr", None)
    # Pure-Python vectors (small transcripts, lists) take the direct path: it is cheap there.
    if indptr is None or not hasattr(indptr, "tolist") or len(pool) * 16 >= vectors.n:
        return vectors.similarity_to(index)[pool]
    import numpy as np

    indices, data = vectors.indices, vectors.data
    lo, hi = int(indptr[index]), int(indptr[index + 1])
    mine = dict(zip(indices[lo:hi].tolist(), data[lo:hi].tolist(), strict=True))
    out = np.zeros(len(pool))
    for k, row in enumerate(pool.tolist()):
        a, b = int(indptr[row]), int(indptr[row + 1])
        total = 0.0
        for term, weight in zip(indices[a:b].tolist(), data[a:b].tolist(), strict=True):
            total += mine.get(term, 0.0) * weight
        out[k] = total
    return out


def repeats(vectors: Any, i: int, group: Sequence[int]) -> int:
    """How many other sentences in `group` say the same as sentence `i`."""
    others = [j for j in group if j != i]
    if not others:
        return 0
    np = arrays.like(vectors.data)
    # From the group's own rows: one speaker of thousands must not cost a pass over all.
    sims = similarity_among(vectors, i, np.asarray(others, dtype=np.int64))
    return int((sims >= DUPLICATE).sum())
