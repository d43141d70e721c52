"""Sentences as sparse tf-idf vectors over stemmed content words.

A small CSR matrix on numpy alone: the rankers and MMR need only products with a dense
vector, which `np.bincount` does in one pass over the nonzeros. Keeping scipy off this
path saves a quarter of a second of start-up; `to_scipy()` is there for TextRank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from briefing_cli import nlp


@dataclass(frozen=True)
class Vectors:
    """Rows are sentences, columns terms; `rows[k]` is the row of nonzero `k`."""

    indptr: Any
    indices: Any
    data: Any
    n_terms: int
    rows: Any = field(repr=False)
    vocabulary: dict[str, int] = field(default_factory=dict, repr=False)  # stem -> column

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    def matvec(self, u: Any) -> Any:
        """X·u for a dense vector over terms."""
        import numpy as np

        return np.bincount(self.rows, weights=self.data * u[self.indices], minlength=self.n)

    def rmatvec(self, v: Any) -> Any:
        """Xᵀ·v for a dense vector over sentences."""
        import numpy as np

        return np.bincount(self.indices, weights=self.data * v[self.rows],
                           minlength=self.n_terms)

    def row(self, i: int) -> Any:
        """Sentence `i` as a dense vector over terms."""
        import numpy as np

        dense = np.zeros(self.n_terms)
        lo, hi = self.indptr[i], self.indptr[i + 1]
        dense[self.indices[lo:hi]] = self.data[lo:hi]
        return dense

    def similarity_to(self, i: int) -> Any:
        """Cosine similarity of every sentence to sentence `i` (rows are unit length)."""
        return self.matvec(self.row(i))

    def document_frequency(self) -> Any:
        """In how many sentences each term occurs."""
        import numpy as np

        return np.bincount(self.indices, minlength=self.n_terms)

    def column_sums(self) -> Any:
        import numpy as np

        return np.bincount(self.indices, weights=self.data, minlength=self.n_terms)

    def squared_norms(self) -> Any:
        import numpy as np

        return np.bincount(self.rows, weights=self.data * self.data, minlength=self.n)

    def to_scipy(self) -> Any:
        from scipy.sparse import csr_matrix

        return csr_matrix((self.data, self.indices, self.indptr), shape=(self.n, self.n_terms))


def tfidf(texts: Sequence[str]) -> Vectors:
    """One L2-normalised row per text; idf = log((1 + n) / (1 + df)) + 1, tf = 1 + log(count)."""
    import numpy as np

    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    counts_out: list[int] = []
    for text in texts:
        counts: dict[int, int] = {}
        for term in nlp.content_terms(text):
            column = vocabulary.setdefault(term, len(vocabulary))
            counts[column] = counts.get(column, 0) + 1
        for column in sorted(counts):
            indices.append(column)
            counts_out.append(counts[column])
        indptr.append(len(indices))
    n_terms = max(1, len(vocabulary))
    index = np.asarray(indices, dtype=np.int64)
    pointer = np.asarray(indptr, dtype=np.int64)
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), np.diff(pointer))
    df = np.bincount(index, minlength=n_terms)
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    data = (1.0 + np.log(np.asarray(counts_out, dtype=np.float64))) * idf[index]
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=len(texts)))
    norms[norms == 0] = 1.0
    data = data / norms[rows]
    return Vectors(indptr=pointer, indices=index, data=data, n_terms=n_terms, rows=rows,
                   vocabulary=vocabulary)


__all__ = ["Vectors", "tfidf"]
