"""Sentences as sparse tf-idf vectors over stemmed content words.

A small CSR matrix on numpy alone: the rankers and MMR need only products with a dense
vector, which `np.bincount` does in one pass over the nonzeros. Keeping scipy off this
path saves a quarter of a second of start-up; `to_scipy()` is there for TextRank. Small
transcripts get `PyVectors`, the same matrix in Python lists with the same arithmetic in the
same order (see `arrays`), so that they need no numpy at all.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefing_cli import nlp
from briefing_cli.rank import arrays


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

    def numpy(self) -> Vectors:
        """These vectors on numpy arrays (for code that needs numpy's full interface)."""
        return self

    def without(self, dropped: Sequence[bool]) -> Vectors:
        """The same matrix with the rows marked in `dropped` emptied (no nonzeros)."""
        import numpy as np

        gone = np.asarray(dropped, dtype=bool)
        keep = ~gone[self.rows]
        lengths = np.diff(self.indptr) * ~gone
        indptr = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
        return Vectors(indptr=indptr, indices=self.indices[keep], data=self.data[keep],
                       n_terms=self.n_terms, rows=self.rows[keep], vocabulary=self.vocabulary)


@dataclass(frozen=True)
class PyVectors(Vectors):
    """`Vectors` in Python lists for small transcripts: every product adds the same
    doubles in the same order as numpy's bincount, so the results are identical."""

    def matvec(self, u: Any) -> Any:
        u = u.tolist() if hasattr(u, "tolist") else u
        data, indices, indptr = self.data, self.indices, self.indptr
        out = [0.0] * self.n
        for r in range(self.n):  # rows are in order: bincount adds each row's run in turn
            total = 0.0
            for k in range(indptr[r], indptr[r + 1]):
                total += data[k] * u[indices[k]]
            out[r] = total
        return arrays.Array(out)

    def rmatvec(self, v: Any) -> Any:
        v = v.tolist() if hasattr(v, "tolist") else v
        out = [0.0] * self.n_terms
        for r, d, c in zip(self.rows, self.data, self.indices, strict=True):
            out[c] += d * v[r]
        return arrays.Array(out)

    def row(self, i: int) -> Any:
        dense = [0.0] * self.n_terms
        lo, hi = self.indptr[i], self.indptr[i + 1]
        for c, d in zip(self.indices[lo:hi], self.data[lo:hi], strict=True):
            dense[c] = d
        return arrays.Array(dense)

    def document_frequency(self) -> Any:
        return arrays.bincount(self.indices, minlength=self.n_terms)

    def column_sums(self) -> Any:
        return arrays.bincount(self.indices, weights=self.data, minlength=self.n_terms)

    def squared_norms(self) -> Any:
        return arrays.bincount(self.rows, weights=[d * d for d in self.data], minlength=self.n)

    def to_scipy(self) -> Any:
        return self.numpy().to_scipy()

    def without(self, dropped: Sequence[bool]) -> Vectors:
        indptr, indices, data, rows = [0], [], [], []
        for r in range(self.n):
            if not dropped[r]:
                lo, hi = self.indptr[r], self.indptr[r + 1]
                indices += self.indices[lo:hi]
                data += self.data[lo:hi]
                rows += [r] * (hi - lo)
            indptr.append(len(indices))
        return PyVectors(indptr=indptr, indices=indices, data=data, n_terms=self.n_terms,
                         rows=rows, vocabulary=self.vocabulary)

    def numpy(self) -> Vectors:
        import numpy as np

        return Vectors(indptr=np.asarray(self.indptr, dtype=np.int64),
                       indices=np.asarray(self.indices, dtype=np.int64),
                       data=np.asarray(self.data, dtype=np.float64), n_terms=self.n_terms,
                       rows=np.asarray(self.rows, dtype=np.int64), vocabulary=self.vocabulary)


_TERM_OF: dict[str, str | None] = {}  # word token -> its stem; None: not a content word
_TERM_CACHE_MAX = 1_000_000  # distinct tokens remembered (a hostile text may hold millions)


def content_terms(tokens: Iterable[str]) -> list[str]:
    """`nlp.content_terms` of a text from its word tokens (`nlp.words`), each distinct
    token lower-cased, filtered and stemmed once per process."""
    out = []
    for token in tokens:
        try:
            term = _TERM_OF[token]
        except KeyError:
            lower = token.lower().replace("’", "'")
            term = (None if lower in nlp.STOPWORDS or len(lower) < 2 or lower.isdigit()
                    else nlp.stem(lower))
            if len(_TERM_OF) >= _TERM_CACHE_MAX:
                _TERM_OF.clear()
            _TERM_OF[token] = term
        if term is not None:
            out.append(term)
    return out


def tfidf(texts: Sequence[str], terms: Iterable[Sequence[str]] | None = None) -> Vectors:
    """One L2-normalised row per text; idf = log((1 + n) / (1 + df)) + 1, tf = 1 + log(count).

    `terms`: each text's content terms (`content_terms`), when the caller computes them in
    its own pass over the words. Logarithms come from `math` on both paths (numpy's own may
    differ in the last bit on some CPUs); small transcripts get `PyVectors` (no numpy), the
    rest numpy arrays.
    """
    vocabulary: dict[str, int] = {}
    if terms is None:
        terms = (content_terms(nlp.words(text)) for text in texts)
    n = len(texts)
    if arrays.use_pure(n):
        return _pure_tfidf(n, terms, vocabulary)
    import numpy as np

    # Columns in order of first use, then (row, column) pairs counted by one sort in numpy:
    # the same CSR matrix the pure path builds, without a dictionary per sentence.
    columns: list[int] = []
    lengths: list[int] = []
    setdefault = vocabulary.setdefault
    for sentence_terms in terms:
        lengths.append(len(sentence_terms))
        columns.extend([setdefault(term, len(vocabulary)) for term in sentence_terms])
    n_terms = max(1, len(vocabulary))
    rows = np.repeat(np.arange(n, dtype=np.int64), np.asarray(lengths, dtype=np.int64))
    keys, counts = np.unique(rows * n_terms + np.asarray(columns, dtype=np.int64),
                             return_counts=True)
    row_of = keys // n_terms
    index = keys - row_of * n_terms
    pointer = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(row_of, minlength=n), out=pointer[1:])
    idf = _table(np.bincount(index, minlength=n_terms),
                 lambda d: math.log((1.0 + n) / (1.0 + d)) + 1.0)
    values = _table(counts, lambda c: 1.0 + math.log(c)) * idf[index]
    norm = np.sqrt(np.bincount(row_of, weights=values * values, minlength=n))
    norm[norm == 0] = 1.0
    values = values / norm[row_of]
    return Vectors(indptr=pointer, indices=index, data=values, n_terms=n_terms, rows=row_of,
                   vocabulary=vocabulary)


def _table(values: Any, function: Callable[[int], float]) -> Any:
    """`function` of each of `values` (integers), computed once per distinct value with
    `math` (see `tfidf`) and spread back over the array."""
    import numpy as np

    distinct, inverse = np.unique(values, return_inverse=True)
    return np.asarray([function(v) for v in distinct.tolist()], dtype=np.float64)[inverse]


def _pure_tfidf(n: int, terms: Iterable[Sequence[str]], vocabulary: dict[str, int]
                ) -> PyVectors:
    """`tfidf` in Python lists for a small transcript (see `arrays`)."""
    indptr = [0]
    indices: list[int] = []
    rows: list[int] = []
    counts_out: list[int] = []
    for row, sentence_terms in enumerate(terms):
        counts: dict[int, int] = {}
        for term in sentence_terms:
            column = vocabulary.setdefault(term, len(vocabulary))
            counts[column] = counts.get(column, 0) + 1
        for column in sorted(counts):
            indices.append(column)
            counts_out.append(counts[column])
        rows.extend([row] * len(counts))
        indptr.append(len(indices))
    n_terms = max(1, len(vocabulary))
    df = [0] * n_terms
    for column in indices:
        df[column] += 1
    idf = [math.log((1.0 + n) / (1.0 + d)) + 1.0 for d in df]
    tf = {c: 1.0 + math.log(c) for c in set(counts_out)}
    data = [tf[c] * idf[column] for c, column in zip(counts_out, indices, strict=True)]
    squares = [0.0] * n
    for r, d in zip(rows, data, strict=True):
        squares[r] += d * d
    norms = [math.sqrt(s) or 1.0 for s in squares]
    data = [d / norms[r] for d, r in zip(data, rows, strict=True)]
    return PyVectors(indptr=indptr, indices=indices, data=data, n_terms=n_terms, rows=rows,
                     vocabulary=vocabulary)


__all__ = ["PyVectors", "Vectors", "tfidf"]
