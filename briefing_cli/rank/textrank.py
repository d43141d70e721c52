"""TextRank for sentences.

Mihalcea & Tarau (2004), "TextRank: Bringing Order into Texts", EMNLP. Edges weigh the
content-word overlap of two sentences normalised by their lengths,
|Si ∩ Sj| / (log|Si| + log|Sj|); the score is weighted PageRank on that graph.

The overlap matrix is built in row blocks and each sentence keeps only its `neighbours`
strongest edges, so memory stays linear; time still grows with the number of sentence
pairs sharing a word, so for very long texts prefer the default ranker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class TextRank:
    name = "textrank"

    def __init__(self, damping: float = 0.85, neighbours: int = 50, block: int = 512,
                 tolerance: float = 1e-8, max_iterations: int = 200) -> None:
        self.damping = damping
        self.neighbours = neighbours
        self.block = block
        self.tolerance = tolerance
        self.max_iterations = max_iterations

    def score(self, vectors: Any, texts: Sequence[str]) -> Any:
        import numpy as np
        from scipy.sparse import csr_matrix, vstack

        n = len(texts)
        if n == 0:
            return np.zeros(0)
        binary = vectors.to_scipy().copy()  # its data is set to 1 below: never share it
        binary.data[:] = 1.0
        lengths = np.diff(binary.indptr).astype(float)  # distinct terms: no re-tokenising
        logs = np.log(np.maximum(lengths, 1.0))
        blocks = []
        transposed = binary.T.tocsr()
        for start in range(0, n, self.block):
            overlap = (binary[start:start + self.block] @ transposed).tocsr()
            blocks.append(self._prune(overlap, logs, start, csr_matrix))
        weights = vstack(blocks).tocsr()
        out_weight = np.asarray(weights.sum(axis=1)).ravel()
        dangling = out_weight == 0
        inverse = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out_weight))
        transition = weights.T.tocsr()
        p = np.full(n, 1.0 / n)
        for _ in range(self.max_iterations):
            spread = transition @ (p * inverse) + p[dangling].sum() / n
            updated = self.damping * spread + (1.0 - self.damping) / n
            delta = np.abs(updated - p).sum()
            p = updated
            if delta < self.tolerance:
                break
        return p * n

    def _prune(self, overlap: Any, logs: Any, start: int, csr_matrix: Any) -> Any:
        import numpy as np

        rows, cols, data = [], [], []
        for r in range(overlap.shape[0]):
            lo, hi = overlap.indptr[r], overlap.indptr[r + 1]
            columns = overlap.indices[lo:hi]
            values = overlap.data[lo:hi]
            row = start + r
            mask = columns != row
            columns, values = columns[mask], values[mask]
            denominator = logs[row] + logs[columns]
            values = np.where(denominator > 0, values / np.where(denominator > 0,
                                                                 denominator, 1.0), 0.0)
            if values.size > self.neighbours:
                keep = np.argpartition(values, -self.neighbours)[-self.neighbours:]
                columns, values = columns[keep], values[keep]
            rows.append(np.full(values.size, r))
            cols.append(columns)
            data.append(values)
        if not rows:
            return csr_matrix(overlap.shape)
        return csr_matrix((np.concatenate(data), (np.concatenate(rows), np.concatenate(cols))),
                          shape=overlap.shape)
