"""Sentence rankers behind one small interface; selection (MMR) lives in `selection`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol


class Ranker(Protocol):
    """Scores sentences by importance; configured at construction, pure."""

    name: str

    def score(self, vectors: Any, texts: Sequence[str]) -> Any:
        """One non-negative score per row of `vectors` (tf-idf, rows L2-normalised),
        scaled to mean 1 so that priors combine the same way for every ranker."""
        ...


def _lexrank() -> Ranker:
    from briefing_cli.rank.lexrank import LexRank

    return LexRank()


def _textrank() -> Ranker:
    from briefing_cli.rank.textrank import TextRank

    return TextRank()


def _luhn() -> Ranker:
    from briefing_cli.rank.luhn import Luhn

    return Luhn()


def _centroid() -> Ranker:
    from briefing_cli.rank.centroid import Centroid

    return Centroid()


_FACTORIES: dict[str, Callable[[], Ranker]] = {
    "lexrank": _lexrank, "textrank": _textrank, "luhn": _luhn, "centroid": _centroid,
}
METHODS = tuple(_FACTORIES)
DEFAULT_METHOD = "lexrank"


def get_ranker(name: str) -> Ranker:
    """The ranker called `name` (one of METHODS)."""
    return _FACTORIES[name]()
