"""Continuous LexRank.

Erkan & Radev (2004), "LexRank: Graph-based Lexical Centrality as Salience in Text
Summarization", JAIR 22. Sentences are nodes, cosine similarity of tf-idf vectors weighs
the edges; the score is the stationary distribution of a random walk with damping.

The similarity matrix S = X Xᵀ is never formed: with rows of X L2-normalised, the walk
needs only S·v = X (Xᵀ v) and the row sums S·1, two sparse products over the nonzeros
of X per iteration. Time and memory grow linearly with the text, not quadratically.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing_cli.rank import arrays


class LexRank:
    name = "lexrank"

    def __init__(self, damping: float = 0.85, tolerance: float = 1e-8,
                 max_iterations: int = 200) -> None:
        self.damping = damping
        self.tolerance = tolerance
        self.max_iterations = max_iterations

    def score(self, vectors: Any, texts: Sequence[str]) -> Any:
        np = arrays.like(vectors.data)  # numpy, or its pure-Python stand-in for small texts
        n = vectors.n
        if n == 0:
            return np.zeros(0)
        # Self-similarity is 1 for every sentence with terms, 0 for the rest: drop it.
        self_sim = vectors.squared_norms()
        degree = vectors.matvec(vectors.rmatvec(np.ones(n))) - self_sim
        degree[degree < 1e-12] = 0.0
        dangling = degree == 0
        inverse = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, degree))
        p = np.full(n, 1.0 / n)
        for _ in range(self.max_iterations):
            weighted = p * inverse
            spread = vectors.matvec(vectors.rmatvec(weighted)) - self_sim * weighted
            spread += p[dangling].sum() / n  # a sentence like no other links to all
            updated = self.damping * spread + (1.0 - self.damping) / n
            delta = np.abs(updated - p).sum()
            p = updated
            if delta < self.tolerance:
                break
        return p * n  # mean 1, so scores read the same whatever the document length
