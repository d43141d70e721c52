"""Sentences as sparse tf-idf vectors over stemmed content words (scipy.sparse)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from briefing_cli import nlp


def tfidf(texts: Sequence[str]) -> Any:
    """CSR matrix, one L2-normalised row per text; idf = log((1 + n) / (1 + df)) + 1."""
    import numpy as np
    from scipy.sparse import csr_matrix

    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for text in texts:
        counts: dict[int, int] = {}
        for term in nlp.content_terms(text):
            column = vocabulary.setdefault(term, len(vocabulary))
            counts[column] = counts.get(column, 0) + 1
        for column in sorted(counts):
            indices.append(column)
            data.append(1.0 + math.log(counts[column]))
        indptr.append(len(indices))
    matrix = csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64),
         np.asarray(indptr, dtype=np.int64)),
        shape=(len(texts), max(1, len(vocabulary))),
    )
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    matrix = matrix.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return matrix.multiply(1.0 / norms[:, None]).tocsr()
