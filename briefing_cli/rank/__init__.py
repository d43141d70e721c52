"""Sentence rankers behind one small interface, and the selection that follows them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix


class Ranker(Protocol):
    """Scores sentences by importance; configured at construction, pure."""

    name: str

    def score(self, vectors: csr_matrix, texts: Sequence[str]) -> np.ndarray:
        """One non-negative score per row of `vectors` (tf-idf, rows L2-normalised)."""
        ...


def get_ranker(name: str) -> Ranker:
    from briefing_cli.rank.lexrank import LexRank

    rankers: dict[str, Ranker] = {"lexrank": LexRank()}
    return rankers[name]


METHODS = ("lexrank",)
