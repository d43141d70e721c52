"""Continuous LexRank.

Erkan & Radev (2004), "LexRank: Graph-based Lexical Centrality as Salience in Text
Summarization", JAIR 22. Sentences are nodes, cosine similarity of tf-idf vectors weighs
the edges; the score is the stationary distribution of a random walk with damping.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class LexRank:
    name = "lexrank"

    def __init__(self, damping: float = 0.85, tolerance: float = 1e-6,
                 max_iterations: int = 100) -> None:
        self.damping = damping
        self.tolerance = tolerance
        self.max_iterations = max_iterations

    def score(self, vectors: Any, texts: Sequence[str]) -> Any:
        import numpy as np

        n = vectors.shape[0]
        if n == 0:
            return np.zeros(0)
        similarity = (vectors @ vectors.T).tocsr()
        similarity.setdiag(0.0)
        similarity.eliminate_zeros()
        out_weight = np.asarray(similarity.sum(axis=1)).ravel()
        dangling = out_weight == 0
        out_weight[dangling] = 1.0
        # Column-stochastic transition: p' = d * W^T D^-1 p + teleport + dangling mass.
        transition = similarity.multiply(1.0 / out_weight[:, None]).T.tocsr()
        p = np.full(n, 1.0 / n)
        for _ in range(self.max_iterations):
            spread = transition @ p + p[dangling].sum() / n
            updated = self.damping * spread + (1.0 - self.damping) / n
            if np.abs(updated - p).sum() < self.tolerance:
                p = updated
                break
            p = updated
        return p * n  # mean 1, so scores read the same whatever the document length
