"""Centroid-based ranking.

Radev, Jing, Styś & Tam (2004), "Centroid-based summarization of multiple documents",
Information Processing & Management 40(6). A sentence's score is its cosine similarity to
the document's centroid: the mean tf-idf vector, keeping only its strongest terms.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class Centroid:
    name = "centroid"

    def __init__(self, keep_terms: int = 100) -> None:
        self.keep_terms = keep_terms

    def score(self, vectors: Any, texts: Sequence[str]) -> Any:
        import numpy as np

        vectors = vectors.numpy()  # small transcripts come as PyVectors
        n = vectors.n
        if n == 0:
            return np.zeros(0)
        centroid = vectors.column_sums() / n
        if centroid.size > self.keep_terms:
            cutoff = np.partition(centroid, -self.keep_terms)[-self.keep_terms]
            centroid[centroid < cutoff] = 0.0
        norm = np.linalg.norm(centroid)
        if norm == 0:
            return np.ones(n)
        similarity = vectors.matvec(centroid / norm)
        mean = similarity.mean()
        return similarity / mean if mean > 0 else np.ones(n)
