"""Key terms per speaker: the words and phrases that set one speaker apart from the others.

Candidates are stopword-bounded n-grams (one to three words that start and end on a content
word, with `of`/`for`/`and`/`on`/`in`/`the` allowed inside: "freedom of navigation").
Multi-word candidates must be collocations by NLTK's likelihood-ratio test over the whole
transcript (Dunning 1993, via `BigramCollocationFinder` / `TrigramCollocationFinder`), not
chance neighbours. Each candidate is weighted by how often the speaker uses it times how
few speakers do (tf-idf over speakers), times its length in words, since a phrase that
recurs says more than either of its words; speakers' own names never count.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from briefing_cli import nlp

_INNER = frozenset({"of", "for", "and", "on", "in", "the", "to"})
# Common words that are never a theme on their own ("we expect", "I'm clear", "anything").
_WEAK = frozenset("""
ahead anything something everything nothing nobody everybody everyone someone anyone new old
come comes coming came make makes making made take takes taking took want wants wanted need
needs needed expect expected expects clear told tell telling asked ask asking see seen seeing
look looking still even many much every today tomorrow yesterday week weeks year years time
times way ways good great sure lot lots part people thank thanks question questions answer
point points able give given going done doing put keep kept around back first last next
whether without within already always never ever another across long little big
""".split())
_SIGNIFICANT = 3.84  # likelihood ratio at p < 0.05 (chi-square, one degree of freedom)


def _is_content(token: str) -> bool:
    return (token not in nlp.STOPWORDS and token not in _WEAK and len(token) >= 3
            and not token[:1].isdigit())


def _tokens(text: str) -> list[tuple[str, str]]:
    """(lower-case word, written form) pairs; short capitalised acronyms keep their case."""
    out = []
    for token in nlp.words(text):
        lower = token.lower().replace("’", "'").removesuffix("'s")
        out.append((lower, token if token.isupper() and 1 < len(token) <= 5 else lower))
    return out


def _candidates(tokens: Sequence[tuple[str, str]]) -> Iterable[tuple[tuple[str, ...], str]]:
    """Stopword-bounded n-grams (n = 1..3) as (lower-case words, written form)."""
    for i, (first, _) in enumerate(tokens):
        if not _is_content(first):
            continue
        for n in (1, 2, 3):
            gram = tokens[i:i + n]
            if len(gram) < n:
                break
            words = tuple(w for w, _ in gram)
            if not _is_content(words[-1]) or any(
                    not _is_content(w) and w not in _INNER for w in words[1:-1]):
                continue
            yield words, " ".join(written for _, written in gram)


def _collocations(sentences: Iterable[Sequence[tuple[str, str]]]) -> set[tuple[str, ...]]:
    """Candidate bigrams and trigrams that pass NLTK's likelihood-ratio test.

    Counting is done with Counter over the sentences (NLTK's `from_documents` counts token
    by token through FreqDist, seconds on a long transcript); only n-grams that can become
    key terms (seen twice, content words at both ends) are handed to NLTK's finders, with
    exactly the marginal counts their scoring reads.
    """
    nlp.import_nltk()
    from nltk.collocations import (
        BigramAssocMeasures,
        BigramCollocationFinder,
        TrigramAssocMeasures,
        TrigramCollocationFinder,
    )
    from nltk.probability import FreqDist

    words: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    skips: Counter[tuple[str, str]] = Counter()
    triples: Counter[tuple[str, str, str]] = Counter()
    for sentence in sentences:
        doc = [w for w, _ in sentence]
        words.update(doc)
        pairs.update(zip(doc, doc[1:], strict=False))
        skips.update(zip(doc, doc[2:], strict=False))
        triples.update(zip(doc, doc[1:], doc[2:], strict=False))

    def wanted(gram: tuple[str, ...], count: int) -> bool:
        return count >= 2 and _is_content(gram[0]) and _is_content(gram[-1])

    word_fd = FreqDist(words)
    found: set[tuple[str, ...]] = set()
    kept_pairs = {g: c for g, c in pairs.items() if wanted(g, c)}
    finder = BigramCollocationFinder(word_fd, FreqDist(kept_pairs))
    for gram, score in finder.score_ngrams(BigramAssocMeasures.likelihood_ratio):
        if score >= _SIGNIFICANT:
            found.add(tuple(gram))
    kept_triples = {g: c for g, c in triples.items() if wanted(g, c)}
    inner_pairs = {p: pairs[p] for g in kept_triples for p in (g[:2], g[1:])}
    outer = {(g[0], g[2]): skips[(g[0], g[2])] for g in kept_triples}
    finder3 = TrigramCollocationFinder(word_fd, FreqDist(inner_pairs), FreqDist(outer),
                                       FreqDist(kept_triples))
    for gram, score in finder3.score_ngrams(TrigramAssocMeasures.likelihood_ratio):
        if score >= _SIGNIFICANT:
            found.add(tuple(gram))
    return found


def key_terms(texts: Sequence[str], speaker_of: Sequence[str | None], *,
              exclude: Iterable[str] = (), limit: int = 5) -> dict[str, list[str]]:
    """Up to `limit` distinctive terms per speaker id, in their most frequent written form.

    `exclude` holds words (any case) that never appear in a term, e.g. speakers' names.
    """
    banned = {w.lower() for w in exclude}
    attributed = [(t, s) for t, s in zip(texts, speaker_of, strict=True) if s is not None]
    if not attributed:
        return {}
    # Two passes that tokenise afresh, rather than one list of every token: on a 50 MB
    # transcript that list alone would take more than a gigabyte.
    collocations = _collocations(_tokens(t) for t, _ in attributed)
    counts: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
    written: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for text, speaker in attributed:
        for words, form in _candidates(_tokens(text)):
            if banned.intersection(words) or (len(words) > 1 and words not in collocations):
                continue
            key = tuple(nlp.stem(w) for w in words)
            counts[speaker][key] += 1
            written[key][form] += 1
    df: Counter[tuple[str, ...]] = Counter()
    for grams in counts.values():
        df.update(grams.keys())
    speakers = len(counts)
    out: dict[str, list[str]] = {}
    for speaker, grams in counts.items():
        def weight(item: tuple[tuple[str, ...], int]) -> tuple[float, tuple[str, ...]]:
            gram, count = item
            return (-(count * len(gram) * math.log(1 + speakers / df[gram])),
                    gram)

        chosen: list[tuple[str, ...]] = []
        for gram, count in sorted(grams.items(), key=weight):
            if count < 2 and len(grams) > 20:
                continue  # a long-winded speaker's one-off words are not their themes
            if any(set(gram) & set(c) for c in chosen):
                continue
            chosen.append(gram)
            if len(chosen) == limit:
                break
        out[speaker] = [written[g].most_common(1)[0][0] for g in chosen]
    return out
