"""Query-focused digests (`--about`) and one speaker's line (`--speaker`).

The query's content words (stemmed) are expanded with the words that co-occur with them in
this transcript (sentences holding a query word, weighed against how common the word is
everywhere: a local-context expansion in the spirit of Xu & Croft 1996). A sentence's
relevance is the cosine of its tf-idf vector with the query's, query words counting twice
as much as expansions; only sentences with some relevance bear on the topic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from briefing_cli import nlp
from briefing_cli.errors import InputError, UsageError
from briefing_cli.models import Focus, Transcript
from briefing_cli.rank.vectors import Vectors

EXPANSIONS = 4  # co-occurring words added to a query
EXPANSION_WEIGHT = 0.5


def relevance(query: str, texts: list[str], vectors: Vectors) -> tuple[Any, Focus, set[str]]:
    """(relevance per sentence, the focus as shown to users, stems that count as matches).

    A sentence bears on the topic (relevance above 0) when it holds a query word, or two of
    the expansion words: one co-occurring word alone ("leaders") is too weak a tie.
    """
    import numpy as np

    vectors = vectors.numpy()  # small transcripts come as PyVectors
    stems: dict[str, str] = {}
    for word in nlp.words(query):
        lower = word.lower()
        if lower not in nlp.STOPWORDS and not lower.isdigit():
            stems.setdefault(nlp.stem(lower), lower)
    if not stems:
        raise InputError(f"--about {query!r} has no content words to look for")
    columns = {vectors.vocabulary[s]: s for s in stems if s in vectors.vocabulary}
    n = vectors.n
    df = vectors.document_frequency()
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    expanded = _expand(columns, vectors, df)
    weights = np.zeros(vectors.n_terms)
    for column in columns:
        weights[column] = idf[column]
    for column in expanded:
        weights[column] = EXPANSION_WEIGHT * idf[column]
    norm = float(np.linalg.norm(weights))
    scores = vectors.matvec(weights / norm) if norm else np.zeros(n)
    scores[~_bears_on(vectors, list(columns), expanded)] = 0.0
    inverse = {column: stem for stem, column in vectors.vocabulary.items()}
    written = _written_forms(texts, {inverse[c] for c in expanded})
    focus = Focus(query=query, terms=tuple(stems.values()),
                  expanded=tuple(written.get(inverse[c], inverse[c]) for c in expanded))
    return scores, focus, set(stems) | {inverse[c] for c in expanded}


def _bears_on(vectors: Vectors, query: list[int], expanded: list[int]) -> Any:
    import numpy as np

    present = (vectors.data > 0).astype(float)
    query_hits = np.bincount(vectors.rows, weights=present * np.isin(vectors.indices, query),
                             minlength=vectors.n)
    expansion_hits = np.bincount(vectors.rows,
                                 weights=present * np.isin(vectors.indices, expanded),
                                 minlength=vectors.n)
    return (query_hits >= 1) | (expansion_hits >= 2)


def _expand(columns: dict[int, str], vectors: Vectors, df: Any) -> list[int]:
    """Terms most tied to the query in this transcript: co-occurrence x idf, seen twice."""
    import numpy as np

    if not columns:
        return []
    wanted = np.zeros(vectors.n_terms)
    wanted[list(columns)] = 1.0
    hits = vectors.matvec(wanted) > 0  # sentences holding a query term
    if not hits.any():
        return []
    together = np.bincount(vectors.indices, weights=hits[vectors.rows].astype(float),
                           minlength=vectors.n_terms)
    n = vectors.n
    ranked = sorted(
        (c for c in range(vectors.n_terms) if together[c] >= 2 and c not in columns),
        key=lambda c: (-together[c] * math.log((1 + n) / (1 + df[c])), c))
    return ranked[:EXPANSIONS]


def _written_forms(texts: list[str], stems: set[str]) -> dict[str, str]:
    forms: dict[str, Counter[str]] = {s: Counter() for s in stems}
    if not stems:
        return {}
    for text in texts:
        for word in nlp.words(text):
            lower = word.lower()
            stem = nlp.stem(lower)
            if stem in forms:
                forms[stem][lower] += 1
    return {s: c.most_common(1)[0][0] for s, c in forms.items() if c}


def matched_words(text: str, stems: set[str]) -> tuple[str, ...]:
    """The words of `text` (lower case, in order, once each) whose stems are in `stems`."""
    seen: dict[str, None] = {}
    for word in nlp.words(text):
        lower = word.lower()
        if nlp.stem(lower) in stems:
            seen.setdefault(lower, None)
    return tuple(seen)


def match_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Character spans of `words` in `text`, for highlighting."""
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)",
                         re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def find_speaker(transcript: Transcript, name: str) -> str:
    """Id of the one speaker `name` refers to: full name, alias, id or surname, any case."""
    wanted = " ".join(name.lower().split())
    if not wanted:
        raise UsageError("--speaker needs a name")
    exact, partial = [], []
    for speaker in transcript.speakers:
        forms = [speaker.name, speaker.id, *speaker.aliases]
        lowered = [" ".join(f.lower().split()) for f in forms]
        if wanted in lowered:
            exact.append(speaker)
        elif any(wanted in f.split() or wanted in f for f in lowered):
            partial.append(speaker)
    found = exact or partial
    known = ", ".join(s.name for s in transcript.speakers) or "none"
    if not found:
        raise InputError(f"--speaker {name!r} matches no speaker (speakers: {known})")
    if len(found) > 1:
        raise InputError(f"--speaker {name!r} matches several speakers: "
                         f"{', '.join(s.name for s in found)}")
    return found[0].id
