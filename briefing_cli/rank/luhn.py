"""Luhn's significance ranking.

Luhn (1958), "The Automatic Creation of Literature Abstracts", IBM Journal of Research and
Development 2(2). Significant words are the document's frequent content words; a sentence
scores by its densest cluster of them: (significant words in the cluster)² / cluster span,
where a cluster allows at most `gap` insignificant words between significant ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from briefing_cli import nlp


class Luhn:
    name = "luhn"

    def __init__(self, gap: int = 4, top_share: float = 0.1) -> None:
        self.gap = gap
        self.top_share = top_share

    def score(self, vectors: Any, texts: Sequence[str]) -> Any:
        import numpy as np

        terms = [nlp.content_terms(text) for text in texts]
        counts = Counter(t for sentence in terms for t in sentence)
        if not counts:
            return np.ones(len(texts))
        ranked = [t for t, c in counts.most_common() if c > 1]
        keep = max(1, int(len(counts) * self.top_share))
        significant = set(ranked[:keep])
        scores = np.array([self._cluster_score(sentence, significant) for sentence in terms])
        mean = scores.mean()
        return scores / mean if mean > 0 else np.ones(len(texts))

    def _cluster_score(self, terms: list[str], significant: set[str]) -> float:
        positions = [i for i, t in enumerate(terms) if t in significant]
        best = 0.0
        start = 0
        for k in range(1, len(positions) + 1):
            if k == len(positions) or positions[k] - positions[k - 1] > self.gap:
                count = k - start
                span = positions[k - 1] - positions[start] + 1
                best = max(best, count * count / span)
                start = k
        return best
