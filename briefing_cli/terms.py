"""Key terms per speaker: the noun phrases and names that set one speaker apart.

Candidates are stopword-bounded n-grams (one to three words that start and end on a content
word, with `of`/`for`/`and`/`on`/`in`/`the` allowed inside: "freedom of navigation"), and
names (runs of capitalised words inside a sentence: "Lerin Valley", "World War III").
A term must name something: its last word must be able to head a noun phrase (no lone
adjective, verb or number word; see `wordclass`), unless the whole term is a name.
Multi-word candidates must be names or collocations by NLTK's likelihood-ratio test over the
whole transcript (Dunning 1993, via `BigramCollocationFinder` / `TrigramCollocationFinder`),
not chance neighbours. Each candidate is weighted by how often the speaker uses it times how
few speakers do (tf-idf over speakers), times its length in words, since a phrase that
recurs says more than either of its words. Variants (plural, case) count as one term,
shown in the speaker's own most frequent form; a word of a chosen term is not chosen again;
speakers' own names (and a speaker's own title) never count.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from briefing_cli import nlp, wordclass

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
monday tuesday wednesday thursday friday saturday sunday amid amidst among amongst despite
toward towards upon via per away outside inside instead rather maybe perhaps yet though
although unless
day days month months hour hours minute minutes statement comment comments remarks
""".split())
_SIGNIFICANT = 3.84  # likelihood ratio at p < 0.05 (chi-square, one degree of freedom)
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)

# (lower case, written form, capitalised inside a sentence, only spaces since the last word)
Token = tuple[str, str, bool, bool]


def _is_content(token: str) -> bool:
    return (token not in nlp.STOPWORDS and token not in _WEAK and len(token) >= 3
            and not token[:1].isdigit())


def _tokens(text: str) -> list[Token]:
    """Words with hyphenated compounds kept whole; short capitalised acronyms keep their case,
    and capitalised words inside a sentence keep theirs (names)."""
    out = []
    last = 0
    for i, match in enumerate(_TOKEN.finditer(text)):
        token = match.group(0)
        joined = i > 0 and not text[last:match.start()].strip()
        last = match.end()
        lower = token.lower().replace("’", "'").removesuffix("'s")
        capital = i > 0 and token[:1].isupper()
        if (token.isupper() and 1 < len(token) <= 5) or (capital and len(token) == 1):
            written = token
        elif capital and not token.isupper():
            written = token.replace("’", "'").removesuffix("'s")
        else:
            written = lower
        out.append((lower, written, capital, joined))
    return out


def _candidates(tokens: Sequence[Token], uses: Mapping[str, int]
                ) -> Iterable[tuple[tuple[str, ...], str, bool]]:
    """(lower-case words, written form, is a name) for n-grams (n = 1..3) and names."""
    def capital(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j][2]

    for i, (first, _, _, _) in enumerate(tokens):
        if not _is_content(first) and not tokens[i][2]:
            continue
        starts_name = capital(i) and not (tokens[i][3] and capital(i - 1))
        for n in (1, 2, 3, 4):
            gram = tokens[i:i + n]
            if len(gram) < n or not all(t[3] for t in gram[1:]):
                break  # never across punctuation
            words = tuple(t[0] for t in gram)
            name = all(t[2] for t in gram) and not all(w in nlp.STOPWORDS for w in words)
            written = " ".join(t[1] for t in gram)
            if name:
                # A whole name only: "Assistant Secretary Maria Lopez", never "Secretary Maria".
                ends_name = not (i + n < len(tokens) and tokens[i + n][3] and capital(i + n))
                if starts_name and ends_name and (n > 1 or (
                        _is_content(first) and not wordclass.is_number(first))):
                    yield words, written, True
                continue
            if n == 4:
                break
            if not _is_content(words[-1]) or any(
                    not _is_content(w) and w not in _INNER for w in words[1:-1]):
                continue
            if not _is_content(first) or not wordclass.can_head(words[-1],
                                                                uses.get(words[-1], 0)):
                continue
            if wordclass.is_number(first) or (first in wordclass.VERBS and not uses.get(first)):
                continue
            yield words, written, False


def _collocations(sentences: Iterable[Sequence[Token]]) -> set[tuple[str, ...]]:
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
        doc = [t[0] for t in sentence]
        words.update(doc)
        pairs.update(zip(doc, doc[1:], strict=False))
        skips.update(zip(doc, doc[2:], strict=False))
        triples.update(zip(doc, doc[1:], doc[2:], strict=False))

    def wanted(gram: tuple[str, ...], count: int) -> bool:
        # A repeated word (`tariffs tariffs tariffs`) is no collocation, and its contingency
        # table has a negative cell (a math domain error in the likelihood ratio).
        return count >= 2 and _is_content(gram[0]) and _is_content(gram[-1]) and \
            len(set(gram)) == len(gram)

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
              exclude: Iterable[str] = (), own: Mapping[str, Iterable[str]] | None = None,
              limit: int = 5) -> dict[str, list[str]]:
    """Up to `limit` distinctive terms per speaker id, in the speaker's most frequent form.

    `exclude` holds words (any case) that never appear in a term, e.g. speakers' names;
    `own` maps a speaker id to words kept out of that speaker's terms only (their title).
    """
    banned = {w.lower() for w in exclude}
    own_banned = {k: {w.lower() for w in v} for k, v in (own or {}).items()}
    attributed = [(t, s) for t, s in zip(texts, speaker_of, strict=True) if s is not None]
    if not attributed:
        return {}
    # Two passes that tokenise afresh, rather than one list of every token: on a 50 MB
    # transcript that list alone would take more than a gigabyte.
    collocations = _collocations(_tokens(t) for t, _ in attributed)
    uses: Counter[str] = Counter()
    for text, _ in attributed:
        uses.update(wordclass.noun_uses([t[0] for t in _tokens(text)], nlp.STOPWORDS))
    counts: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
    written: dict[str, dict[tuple[str, ...], Counter[str]]] = defaultdict(
        lambda: defaultdict(Counter))
    for text, speaker in attributed:
        skip = banned | own_banned.get(speaker, set())
        for words, form, name in _candidates(_tokens(text), uses):
            if skip.intersection(words) or (len(words) > 1 and not name
                                            and words not in collocations):
                continue
            key = tuple(nlp.stem(w) for w in words)
            counts[speaker][key] += 1
            written[speaker][key][form] += 1
    return _choose(counts, written, limit)


def _choose(counts: dict[str, Counter[tuple[str, ...]]],
            written: dict[str, dict[tuple[str, ...], Counter[str]]],
            limit: int) -> dict[str, list[str]]:
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
            if count < 2 and len(grams) > 20 and len(gram) == 1:
                continue  # a long-winded speaker's one-off words are not their themes
            if any(set(gram) & set(c) for c in chosen):
                continue
            chosen.append(gram)
            if len(chosen) == limit:
                break
        out[speaker] = [written[speaker][g].most_common(1)[0][0] for g in chosen]
    return out


def document_terms(texts: Sequence[str], *, limit: int = 5) -> list[str]:
    """Key terms of one document (every sentence one voice): for benchmarks."""
    return key_terms(texts, ["doc"] * len(texts), limit=limit).get("doc", [])
