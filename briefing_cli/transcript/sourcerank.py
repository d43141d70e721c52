"""Learned source ranker for news attribution: which mention said what was attributed.

For a content span (reported speech or a quotation) and its cue (`said`, `told reporters`,
`according to`), every mention in the cue's paragraph and the one before it is a candidate:
capitalised runs (names, `Mr.`-style titles kept), personal pronouns, and noun phrases
headed by a person or institution noun (`the ministry`, `officials`, `reporters`, `a
campaign spokesman`). Each candidate gets a small dense feature vector (side of the cue and
token distance to it, nearest on its side, same sentence, inside the content, mention type,
preposition before it, a speech verb next to it, sentence-initial, known person earlier in the
article, whether the CRF of `learned.py` marked it as the source, its role: the first
mention of its sentence, of the paragraph's first sentence or of the sentence before, the
subject of the cue's verb past an appositive (`X, an adviser to Y, said`), ...), a model
scores it (a linear model, `Ranker`, or gradient-boosted trees, `Trees`: whichever
measured better on train cross-validation; the source ranker's linear weights are fitted
listwise since version 5, one softmax over each ranking's candidates, so the CRF's own span
and the mentions inside and outside the content are compared on one scale), and the best
one is the source; the CRF's source margins of every candidate's tokens are features too
(`MARGIN`); the caller resolves it to a person across the article (`news._Resolver`:
pronoun -> nearest compatible named person, title -> the holder named earlier, surname ->
full name).

The weights are fitted offline by `bench/train_sources.py` (scikit-learn, the `train`
extra) on PolNeAR's train split and ship as plain arrays in `data/sources.npz` (read with
`numpy.load(allow_pickle=False)`; written with fixed zip dates, so the same weights give the
same bytes). The feature names are stored with the weights and must be exactly
`FEATURES` of this code (and `VERSION` the same), else `learned.ModelError`: a missing or
corrupt file is one clear error, never a traceback at run time. A linear ranking is a dot
product; trees are walked with numpy for every candidate and tree at once, reading the
features as float32 as scikit-learn does and adding the trees in order: the scores are
scikit-learn's, bit for bit, and the same on every machine (`Trees`).

Where it runs (news.py hooks `_ranked_source`/`_ranked_cue`): on every attribution of the CRF
(its source span is a candidate and a feature, `crf`), and on the sieve's `NAME said (that)
...` rule (its subject is a candidate and a feature, `rule`): re-ranking the rule's subject
measured better on train CV than keeping it (bench/RESULTS.md, "Source ranker"); and on
`according to NAME` in narration (`RULES["rank_according"]`).

Direct quotations have a second ranker of the same form (`choose_quote`, `QUOTE_FEATURES`,
weights in `data/quote_sources.npz`, fitted by the same script): candidates are the mentions
of the quotation's sentence and of the sentences before and after it, the sieve's cue spans,
and the speaker the sieve would carry from the previous quotation or an intro paragraph;
features add the side of the quotation, `said X` / `X said` / `, X added` / `X said:`, the
sieve's cues (which one decided) and whether a mention names the carried speaker. Which
quotations it decides is a `news.RULES` switch per sieve branch (`quote_rank_none`,
`_after`, `_before`, `_subject`, `_previous`), each set by train CV (bench/RESULTS.md,
"Session 5"): where a switch is off, the sieve's hand rule beat the model there. Hand rules
that remain unmeasured: a quotation that is a transcript label (`"WALLACE: ...`) and the
second half of a split quotation (`"A," X said, "B."`, `RULES["split_quote"]`) keep the
sieve's speaker; the clean-up of the chosen phrase in news.py (`Clinton herself`, `The
government on Wednesday`, a relative pronoun standing for the name before it).

This is pointwise ranking with a candidate-set argmax, the resolver design of BBC's citron
(Newell, Cowlishaw, Man 2018, "Quote Extraction and Analysis for News") and of O'Keefe et
al. 2012 ("A Sequence Labelling Approach to Quote Attribution") without gold history.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeAlias

from briefing_cli.transcript import lexicon as lex
from briefing_cli.transcript.learned import (
    ModelError,
    _reading,
    check_header,
    cue_words,
    load_linear,
    write_npz,
)

# Bump whenever `features` or `candidates` change meaning: older weights are refused.
# Version 3 (session 8): a pronoun with a contracted verb (`He’s`, `they’re`) is a pronoun
# mention, not a capitalised one-word name marked possessive.
# Version 4 (session 9): mentions inside the content are candidates too (`mentions(...,
# inside=True)`), with the `inside_*` features.
# Version 5 (session 10): the CRF's source margin of every candidate (`MARGIN`).
VERSION = 5
WEIGHTS = Path(__file__).resolve().parent / "data" / "sources.npz"
# Off: the CRF's own source span is used as it is (bench/train_sources.py measures both).
ENABLED = True
# Whether the sieve's `NAME said (that) ...` subject is re-ranked too (else kept as it is).
RANK_RULE = True

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.(?=\s+[A-Z])|\w+(?:['’.\-]\w+)*|[^\w\s]")
_ENDS = frozenset(".!?")
_CLOSE_MARKS = frozenset("”\"»")
_PRONOUN_KIND = {"he": "he", "she": "he", "they": "they", "we": "we", "i": "we", "it": "it"}
_TITLES = frozenset("mr mrs ms miss dr sen rep gov gen rev lt col capt adm prof amb".split())
_PRESS = frozenset("reporters reporter journalists journalist press".split())
_FUNCTION = frozenset({*lex.NOT_NAME, *lex.DETERMINERS, *lex.PREPOSITIONS, *lex.CLAUSE,
                       *lex.AUXILIARIES, "and", "or", "but", "so", "if", "yes", "no"})
_VERBISH = frozenset({*lex.VERBS, *lex.SPEECH})
# `He’s`, `they’re`, `I’m`: a pronoun with a contracted verb is a pronoun mention.
_CONTRACTED = re.compile(r"(.+?)['’](?:s|re|m|ve|ll|d)")

# Version 2 (session 6): the candidate's role in its sentence and paragraph, in both rankers
# (`_roles`).
ROLES = (
    "first_in_sentence", "paragraph_subject", "previous_sentence", "previous_sentence_subject",
    "span_relative", "span_lower", "pronoun_same_sentence", "name_same_sentence",
    "nominal_same_sentence",
)

# Version 4 (session 9): a mention inside a content the CRF predicted too wide (`... . Mr.
# Sanders's plan would raise ...`, `[Mrs. Clinton introduced him as ...]`), where PolNeAR's
# gold has an attribution of its own: its place in the content (`_inside_features`).
INSIDE = (
    "inside", "inside_opens", "inside_after_end", "inside_after_boundary", "inside_after_that",
    "inside_first", "inside_verb_after", "inside_cue_after", "inside_log_offset",
)

# Version 5 (session 10): the CRF's own evidence for every candidate, not only for the span
# its Viterbi path chose for this content (`crf`): the largest source margin of the
# candidate's tokens (`learned.Model.source_margins`, squashed), whether it is the largest of
# the ranking, and whether the CRF linked the candidate to another content as its source
# (`one reporter` in `Reporters asked whether ..., and one reporter asked whether ...`: a
# large margin, but another cue's).
MARGIN = ("crf_margin", "crf_margin_top", "crf_other")

_BASE = (
    "bias",
    "crf", "crf_exact",
    "kind_name", "kind_cap1", "kind_he", "kind_they", "kind_we", "kind_it",
    "kind_person_noun", "kind_org_noun", "kind_press", "kind_span",
    "before", "after",
    "adjacent_before", "adjacent_after", "near_before", "near_after", "log_distance",
    "far",
    "nearest_before", "nearest_after", "rank_log",
    "same_sentence", "previous_paragraph", "in_content", "between_content_and_cue",
    "preposition_before", "according_to", "by_before",
    "sentence_initial", "comma_after", "who_after", "possessive",
    "verb_after", "verb_before",
    "known", "place", "title", "tokens",
    "cap_after_side", "pronoun_before_adjacent", "name_after_adjacent",
    "rule",
    *ROLES,
    "clause_subject", "appositive_subject", "postposed_after",
    *MARGIN,
)
# Version 4: a mention inside the content has `INSIDE` and its own copy of every other
# feature (`inside:NAME`), the mentions outside it none of these: the two kinds of candidate
# are weighed apart (`bench/train_sources.py` fits the outer weights on the rankings whose
# gold source lies outside the content only), and compared by score.
FEATURES = (*_BASE, *INSIDE, *(f"inside:{name}" for name in _BASE))
_INDEX = {name: k for k, name in enumerate(FEATURES)}
_INNER_AT = len(_BASE) + len(INSIDE)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Candidate:
    """A mention that may be the source: character span and its type."""

    start: int
    end: int
    kind: str  # name, cap1, he, they, we, it, person_noun, org_noun, press, span
    first: int  # token indices, end exclusive
    last: int
    inside: bool = False  # a mention inside the content (`mentions(..., inside=True)`)


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _noun_kind(low: str) -> str | None:
    if low in _PRESS:
        return "press"
    if low in lex.ORG_NOUNS or low in lex.ORG_HEADS:
        return "org_noun"
    if low in lex.PERSON_NOUNS or (low.endswith(lex.PERSON_SUFFIXES)
                                   and low not in lex.NOT_PEOPLE and len(low) > 4):
        return "person_noun"
    return None


def _pronoun(low: str) -> str | None:
    """The pronoun kind of a lower-case token (`he`, `he’s`, `they’re`), or None."""
    kind = _PRONOUN_KIND.get(low)
    if kind is None and ("'" in low or "’" in low):
        contracted = _CONTRACTED.fullmatch(low)
        if contracted:
            kind = _PRONOUN_KIND.get(contracted.group(1))
    return kind


def candidates(tokens: list[Token]) -> list[Candidate]:
    """Mentions among `tokens` (the cue's paragraph and the one before it, quotations
    blanked): capitalised runs, pronouns, and person/institution noun phrases."""
    out: list[Candidate] = []
    n = len(tokens)
    i = 0
    while i < n:
        word = tokens[i].text
        low = word.lower()
        pronoun = _pronoun(low)
        if pronoun is not None:
            out.append(Candidate(tokens[i].start, tokens[i].end, pronoun, i, i + 1))
            i += 1
            continue
        if _capital(word) and (low.rstrip(".") not in _FUNCTION or low.rstrip(".") in _TITLES):
            j = i + 1
            while j < n and (_capital(tokens[j].text) or (
                    tokens[j].text.lower() in lex.NAME_PARTICLES and j + 1 < n
                    and _capital(tokens[j + 1].text))):
                if tokens[j - 1].text.endswith(("’s", "'s")):
                    break
                j += 1
            # `the Clinton campaign`, `the State Department spokesman`: a capitalised
            # modifier of a person or institution noun.
            if j < n and _noun_kind(tokens[j].text.lower()) and \
                    not tokens[j - 1].text.endswith(("’s", "'s")):
                k = j + 1
                out.append(Candidate(tokens[i].start, tokens[k - 1].end,
                                     _noun_kind(tokens[j].text.lower()) or "", i, k))
            words = [t.text.lower().rstrip(".") for t in tokens[i:j]]
            if not all(w in _TITLES for w in words):
                kind = "name" if len([w for w in words if w not in _TITLES]) > 1 else "cap1"
                out.append(Candidate(tokens[i].start, tokens[j - 1].end, kind, i, j))
            i = j
            continue
        noun = _noun_kind(low)
        if noun is not None:
            # The phrase: back over lower-case modifiers and a determiner (`the foreign
            # ministry`, `a senior campaign official`), at most four words.
            k = i
            while k > 0 and i - k < 4:
                prev = tokens[k - 1].text
                plow = prev.lower()
                if plow in lex.DETERMINERS:
                    k -= 1
                    break
                if not prev.isalpha() or not prev.islower() or plow in _FUNCTION or \
                        plow in _VERBISH or plow.endswith(("ed", "ing", "ly")):
                    break
                k -= 1
            out.append(Candidate(tokens[k].start, tokens[i].end, noun, k, i + 1))
        i += 1
    return out


def _sentence_breaks(tokens: list[Token]) -> list[int]:
    """Cumulative count of sentence ends before each token."""
    out = []
    count = 0
    for k, token in enumerate(tokens):
        out.append(count)
        if token.text in _ENDS or (token.text in _CLOSE_MARKS and k and
                                   tokens[k - 1].text in _ENDS):
            count += 1
    return out


def _token_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token ending after `offset`."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _distances(cands: list[Candidate], first: int, last: int, skip: str = ""
               ) -> tuple[list[int], dict[int, int]]:
    """Each candidate's distance in tokens to the anchor tokens `first`..`last` (a cue or a
    quotation; 0 when it overlaps them), and its rank by that distance among the
    candidates on its side of the anchor (candidates of kind `skip` are not ranked)."""
    distance: list[int] = []
    for c in cands:
        distance.append(first - c.last if c.last <= first else
                        c.first - last - 1 if c.first > last else 0)
    ranked = [k for k, c in enumerate(cands) if c.kind != skip and not c.inside]
    before = sorted((distance[k], k) for k in ranked if cands[k].last <= first)
    after = sorted((distance[k], k) for k in ranked if cands[k].first > last)
    rank: dict[int, int] = {}
    for side in (before, after):
        for r, (_, k) in enumerate(side):
            rank[k] = r
    return distance, rank


# The CRF's largest source margin over a character span's tokens, or None (`features`).
Margin: TypeAlias = Callable[[int, int], "float | None"]


class _Put(Protocol):
    """Sets one feature of a row: `put(name)` (to 1) or `put(name, value)`."""

    def __call__(self, name: str, value: float = 1.0) -> None: ...


@dataclass(frozen=True)
class _Shared:
    """What `_shared_features` saw of a candidate, for the caller's own features."""

    side_before: bool
    side_after: bool
    prev: str  # the lower-cased word before it (an article before it skipped)
    nxt: str  # the token right after it ("" at the end)
    name: tuple[str, ...]  # its words without titles (empty unless of a name kind)


def _shared_features(put: _Put, tokens: list[Token], c: Candidate,
                     k: int, distance: list[int], rank: dict[int, int], first: int, last: int,
                     paragraph_start: int, known: Callable[[str], bool],
                     name_kinds: tuple[str, ...]) -> _Shared:
    """The features the source ranker (`features`) and the quotation ranker
    (`quote_features`) share, each computed here once: side of the anchor tokens
    `first`..`last` and distance to them, rank on that side, previous paragraph, the word
    before (`according to`, `by`, a preposition), sentence-initial, a comma or `who` after,
    possessive, known name, place, title, length. `put(name, value=1.0)` sets one
    feature."""
    n = len(tokens)
    d = distance[k]
    side_before = c.last <= first
    side_after = c.first > last
    if side_before:
        put("before")
        if d == 0:
            put("adjacent_before")
        elif d <= 3:
            put("near_before")
    elif side_after:
        put("after")
        if d == 0:
            put("adjacent_after")
        elif d <= 3:
            put("near_after")
    put("log_distance", math.log1p(d) / 3)
    if d > 12:
        put("far")
    if k in rank:
        r = rank[k]
        if r == 0:
            put("nearest_before" if side_before else "nearest_after")
        put("rank_log", math.log1p(r) / 2)
    if c.start < paragraph_start:
        put("previous_paragraph")
    prev = tokens[c.first - 1].text.lower() if c.first else ""
    prev2 = tokens[c.first - 2].text.lower() if c.first > 1 else ""
    if prev in ("the", "a", "an") and c.first > 1:
        prev, prev2 = prev2, tokens[c.first - 3].text.lower() if c.first > 2 else ""
    if prev == "to" and prev2 == "according":
        put("according_to")
    elif prev == "by":
        put("by_before")
    elif prev in lex.PREPOSITIONS:
        put("preposition_before")
    if not c.first or tokens[c.first - 1].text in _ENDS or \
            tokens[c.first - 1].text in _CLOSE_MARKS or \
            tokens[c.first - 1].start < paragraph_start <= c.start:
        put("sentence_initial")
    nxt = tokens[c.last].text if c.last < n else ""
    if nxt == ",":
        put("comma_after")
        if c.last + 1 < n and tokens[c.last + 1].text.lower() in ("who", "whose"):
            put("who_after")
    elif nxt.lower() in ("who", "whose"):
        put("who_after")
    if tokens[c.last - 1].text.endswith(("’s", "'s")) and c.kind not in _PRONOUN_KINDS:
        put("possessive")
    name: tuple[str, ...] = ()
    if c.kind in name_kinds:
        words = [t.text.rstrip(".") for t in tokens[c.first:c.last]]
        name = tuple(w for w in words if w.lower() not in _TITLES)
        if name and known(name[-1].removesuffix("’s").removesuffix("'s")):
            put("known")
        if len(name) == 1 and name[0].lower() in lex.PLACES:
            put("place")
        if len(name) < len(words):
            put("title")
    put("tokens", min(c.last - c.first, 6) / 6)
    return _Shared(side_before, side_after, prev, nxt, name)


_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
_NAME_KINDS = frozenset({"name", "cap1"})
_NOMINAL_KINDS = frozenset({"person_noun", "org_noun", "press"})
_PRONOUN_KINDS = frozenset({"he", "they", "we", "it"})
_SET_OFF = frozenset({",", "—", "–", "(", ")"})


def _firsts(cands: list[Candidate], sentences: list[int]) -> dict[int, int]:
    """The first mention of each sentence (index into `cands`; the CRF's and the sieve's
    spans and the carried speaker are no mentions of their own)."""
    out: dict[int, int] = {}
    for k, c in enumerate(cands):
        if c.kind in ("span", CARRIED) or c.inside:
            continue
        sent = sentences[c.first]
        if sent not in out or c.first < cands[out[sent]].first:
            out[sent] = k
    return out


def _roles(put: _Put, tokens: list[Token], c: Candidate, k: int, sentences: list[int],
           anchor: int, paragraph: int, firsts: dict[int, int]) -> None:
    """The candidate's role around the anchor's sentence `anchor` (the cue's or the
    quotation's): the first mention of its sentence (the subject, in news prose), of the
    paragraph's first sentence (`paragraph`), of the sentence before; a span the CRF or the
    sieve gave that opens with a relative pronoun or names nobody (`who went on to ...`,
    `his hands and`); its kind in the anchor's own sentence."""
    sent = sentences[c.first]
    first = firsts.get(sent) == k
    if first:
        put("first_in_sentence")
        if sent == paragraph:
            put("paragraph_subject")
    if sent == anchor - 1:
        put("previous_sentence")
        if first:
            put("previous_sentence_subject")
    if c.kind == "span":
        words = tokens[c.first:c.last]
        if words[0].text.lower() in _RELATIVE:
            put("span_relative")
        elif not any(_capital(t.text) or _noun_kind(t.text.lower()) for t in words):
            put("span_lower")
    if sent == anchor:
        if c.kind in _PRONOUN_KINDS:
            put("pronoun_same_sentence")
        elif c.kind in _NAME_KINDS:
            put("name_same_sentence")
        elif c.kind in _NOMINAL_KINDS:
            put("nominal_same_sentence")


def _clause_subject(tokens: list[Token], c: Candidate, cue_first: int) -> bool:
    """Whether the candidate, before the cue, can be the subject of the cue's verb: no verb,
    relative or conjunction stands between them outside a set-off phrase (`Trump, the
    party's nominee, said`; `Trump also said`)."""
    inside = False
    for t in tokens[c.last:cue_first]:
        if t.text in _SET_OFF:
            inside = not inside if t.text in (",", "—", "–") else t.text == "("
            continue
        low = t.text.lower()
        if not inside and (low in _VERBISH or low in lex.CLAUSE) and low not in lex.SKIPPED:
            return False
    # An odd comma between them closes a phrase the candidate stands in (`Reyes, an adviser
    # to Okafor, said`: not Okafor).
    return not inside


def features(tokens: list[Token], cands: list[Candidate], paragraph_start: int,
             content: tuple[int, int], cue: tuple[int, int],
             hint: tuple[int, int] | None, known: Callable[[str], bool],
             rule: tuple[int, int] | None = None, margin: Margin | None = None,
             others: tuple[tuple[int, int], ...] = ()) -> list[list[float]]:
    """One row of `FEATURES` per candidate. `margin(start, end)`: the CRF's largest source
    margin over the tokens of that character span, None where it decoded none; `others`:
    the source spans the CRF linked to other contents of the window."""
    n = len(tokens)
    cue_first = min(_token_at(tokens, cue[0]), max(n - 1, 0))
    cue_last = max(cue_first, min(_token_at(tokens, max(cue[1] - 1, cue[0])), n - 1))
    con_first = _token_at(tokens, content[0])
    con_last = _token_at(tokens, max(content[1] - 1, content[0]))
    sentences = _sentence_breaks(tokens)
    distance, rank = _distances(cands, cue_first, cue_last)
    firsts = _firsts(cands, sentences)
    paragraph = sentences[min(_token_at(tokens, paragraph_start), max(n - 1, 0))] if n else 0
    postposed = content[1] <= cue[0]
    inner_first = min((c.first for c in cands if c.inside), default=-1)
    margins = [margin(c.start, c.end) if margin is not None else None for c in cands]
    top_margin = max((m for m in margins if m is not None), default=None)
    rows = []
    for k, c in enumerate(cands):
        x = [0.0] * len(FEATURES)

        def put(name: str, value: float = 1.0, row: list[float] = x) -> None:
            row[_INDEX[name]] = value

        put("bias")
        if hint is not None and c.start < hint[1] and hint[0] < c.end:
            put("crf")
            if (c.start, c.end) == hint:
                put("crf_exact")
        if rule is not None and c.start < rule[1] and rule[0] < c.end:
            put("rule")
        put("kind_" + c.kind)
        shared = _shared_features(put, tokens, c, k, distance, rank, cue_first, cue_last,
                                  paragraph_start, known, ("name", "cap1"))
        d = distance[k]
        _roles(put, tokens, c, k, sentences, sentences[cue_first], paragraph, firsts)
        if sentences[c.first] == sentences[cue_first]:
            put("same_sentence")
            if shared.side_before and _clause_subject(tokens, c, cue_first):
                put("clause_subject")
                if shared.nxt == "," and d > 0 and tokens[cue_first - 1].text == ",":
                    put("appositive_subject")
        if postposed and shared.side_after:
            put("postposed_after")
        if c.start < content[1] and content[0] < c.end:
            put("in_content")
        elif (con_last < c.first <= cue_first) or (cue_last < c.first and c.last <= con_first):
            put("between_content_and_cue")
        if shared.nxt.lower() in _VERBISH or (c.last < cue_first + 1 and c.last == cue_first):
            put("verb_after")
        if shared.prev in _VERBISH:
            put("verb_before")
        if c.kind in ("name", "cap1") and shared.side_after:
            put("cap_after_side")
            if d == 0:
                put("name_after_adjacent")
        if c.kind in ("he", "they", "we", "it") and shared.side_before and d == 0:
            put("pronoun_before_adjacent")
        m = margins[k]
        if m is not None:
            put("crf_margin", math.tanh(m / 4))
            if m == top_margin and m > 0:
                put("crf_margin_top")
        if any(c.start < e and s < c.end for s, e in others) and not (
                hint is not None and c.start < hint[1] and hint[0] < c.end):
            put("crf_other")
        if c.inside:
            _inside_features(put, tokens, c, con_first, shared.nxt, inner_first)
            x[_INNER_AT:] = x[:len(_BASE)]
            x[:len(_BASE)] = [0.0] * len(_BASE)
        rows.append(x)
    return rows


# The kinds of mention inside a content that are candidates (`mentions`): not `it`.
_INSIDE_KINDS = frozenset({"name", "cap1", "person_noun", "org_noun", "press", "he", "they",
                           "we"})
_INSIDE_BOUNDARY = frozenset({",", ";", ":", "—", "–", "and", "but", "as", "while", "though",
                              "although", "when", "because", "after", "before", "since"})


def _inside_features(put: _Put, tokens: list[Token], c: Candidate, con_first: int, nxt: str,
                     inner_first: int) -> None:
    """A mention inside the content (version 4): where it stands in it (opening it, after
    a sentence end, a clause boundary or `that`), whether it is the content's first inner
    mention, and whether a verb or a cue word follows it (the subject of a clause of its
    own: `... . Voters will be watching closely to see if ...`)."""
    put("inside")
    offset = c.first - con_first
    before = tokens[c.first - 1].text.lower() if c.first else ""
    if offset <= 0:
        put("inside_opens")
    elif before in _ENDS or (before in _CLOSE_MARKS and c.first > 1 and
                             tokens[c.first - 2].text in _ENDS):
        put("inside_after_end")
    elif before in ("that", "whether", "if"):
        put("inside_after_that")
    elif before in _INSIDE_BOUNDARY:
        put("inside_after_boundary")
    if c.first == inner_first:
        put("inside_first")
    low = nxt.lower()
    if nxt.isalpha() and nxt.islower() and (low in _VERBISH or low in lex.AUXILIARIES or
                                            low not in _FUNCTION):
        put("inside_verb_after")
    after = tokens[c.last + 1].text.lower() if c.last + 1 < len(tokens) else ""
    cues = inner_cues()
    if low in cues or (low in lex.SKIPPED and after in cues):
        put("inside_cue_after")
    put("inside_log_offset", math.log1p(max(offset, 0)) / 3)


@functools.lru_cache(maxsize=1)
def inner_cues() -> frozenset[str]:
    """The cue verbs of a clause inside a content: the sieve's speech verbs and the CRF's
    cue lexicon (`learned.cue_words`); read by `news._inner_clause` too."""
    return frozenset(lex.SPEECH | cue_words())


class Ranker:
    """A fitted logistic regression over `FEATURES`."""

    def __init__(self, weights: Any, bias: float) -> None:
        import numpy as np

        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = float(bias)
        self._plain = [float(w) for w in self.weights]
        # The quotation ranker fitted with this one (training and cross-validation only).
        self.quotes: Model | None = None

    def scores(self, rows: list[list[float]]) -> list[float]:
        """Each row's score, in plain Python (a few dozen candidates: faster than building
        an array), summed in feature order, so the same on every machine."""
        plain = self._plain
        out = []
        for row in rows:
            total = self.bias
            for k, value in enumerate(row):
                if value:
                    total += plain[k] * value
            out.append(total)
        return out


class Trees:
    """Gradient-boosted regression trees over `FEATURES` (or `QUOTE_FEATURES`), fitted by
    scikit-learn's `GradientBoostingClassifier` (Friedman 2001, "Greedy Function
    Approximation: A Gradient Boosting Machine") and kept as plain arrays, one entry per node
    of every tree: the feature it tests and the threshold (a row goes left when its value,
    read as float32, is at most the threshold, as scikit-learn compares), its left and right
    child (-1 at a leaf) and its value; `roots` are the first node of each tree. A row's score
    is `init` plus `rate` times the value of the leaf it reaches in each tree, added tree by
    tree in order: scikit-learn's `decision_function`, bit for bit. Evaluated with numpy over
    all candidates and trees at once, no scikit-learn at run time."""

    def __init__(self, roots: Any, feature: Any, threshold: Any, left: Any, right: Any,
                 value: Any, init: float, rate: float) -> None:
        import numpy as np

        self.roots = np.asarray(roots, dtype=np.int64)
        self.feature = np.asarray(feature, dtype=np.int64)
        self.threshold = np.asarray(threshold, dtype=np.float64)
        self.left = np.asarray(left, dtype=np.int64)
        self.right = np.asarray(right, dtype=np.int64)
        self.value = np.asarray(value, dtype=np.float64)
        self.init = float(init)
        self.rate = float(rate)
        self.quotes: Model | None = None
        # For evaluation a leaf is a node whose children are itself: every row takes the
        # same number of steps, the depth of the deepest tree.
        leaf = self.left < 0
        index = np.arange(len(self.left))
        self._feature = np.where(leaf, 0, self.feature)
        self._threshold = np.where(leaf, 0.0, self.threshold)
        self._left = np.where(leaf, index, self.left)
        self._right = np.where(leaf, index, self.right)
        self._step = self.rate * self.value  # scikit-learn's `learning_rate * value`
        depth = np.zeros(len(index), dtype=np.int64)
        inner = index[~leaf]
        for _ in range(len(index)):
            before = depth.copy()
            depth[self.left[inner]] = depth[inner] + 1
            depth[self.right[inner]] = depth[inner] + 1
            if np.array_equal(before, depth):
                break
        self.depth = int(depth.max()) if len(depth) else 0

    @staticmethod
    def problem(roots: Any, feature: Any, threshold: Any, left: Any, right: Any, value: Any,
                init: float, rate: float, features: int) -> str | None:
        """What makes these arrays no forest of trees over `features` features, or None."""
        import numpy as np

        n = len(feature)
        if any(np.ndim(a) != 1 for a in (roots, feature, threshold, left, right, value)) or \
                not len(threshold) == len(left) == len(right) == len(value) == n:
            return "node arrays of different shapes"
        if not (np.all(np.isfinite(threshold)) and np.all(np.isfinite(value)) and
                np.isfinite(init) and np.isfinite(rate)):
            return "values not finite"
        if not len(roots) or np.any(roots < 0) or np.any(roots >= n):
            return "tree roots out of range"
        index = np.arange(n)
        inner = left >= 0
        # Children come after their parent (scikit-learn numbers nodes so): no cycle.
        if np.any((left < 0) != (right < 0)) or np.any(left[inner] <= index[inner]) or \
                np.any(right[inner] <= index[inner]) or np.any(left[inner] >= n) or \
                np.any(right[inner] >= n):
            return "children out of order"
        if np.any(feature[inner] < 0) or np.any(feature[inner] >= features):
            return "tested feature out of range"
        return None

    def scores(self, rows: list[list[float]]) -> list[float]:
        """Each row's score: all rows through all trees at once, then each tree's step added
        in tree order (a sum along the first axis adds row after row), so the same on every
        machine."""
        import numpy as np

        x = np.asarray(rows, dtype=np.float32)
        n = len(rows)
        node = np.broadcast_to(self.roots, (n, len(self.roots)))
        at = np.arange(n)[:, None]
        for _ in range(self.depth):
            go_left = x[at, self._feature[node]] <= self._threshold[node]
            node = np.where(go_left, self._left[node], self._right[node])
        steps = np.empty((len(self.roots) + 1, n))
        steps[0] = self.init
        steps[1:] = self._step[node].T
        out: list[float] = np.add.reduce(steps, axis=0).tolist()
        return out


# A source ranker: linear, or trees (`bench/train_sources.py` writes whichever measured
# better on train cross-validation, for each ranker apart).
Model: TypeAlias = Ranker | Trees

_ARRAYS = ("version", "features", "weights", "bias")
_TREE_ARRAYS = ("version", "features", "roots", "feature", "threshold", "left", "right", "value",
                "init", "rate")
_SCRIPT = "bench/train_sources.py"


def _load(path: Path, what: str, version: int, names: tuple[str, ...]) -> Model:
    """The ranker in an `.npz` file (see `save_file`): trees when it holds trees, else
    linear; or `ModelError` saying what is wrong with it."""
    import numpy as np

    with _reading(what, path, _SCRIPT), np.load(path, allow_pickle=False) as data:
        if "threshold" not in data.files:
            weights, bias, _ = load_linear(path, what, _SCRIPT, _ARRAYS, version, names)
            return Ranker(weights, bias)
        check_header(data, path, what, _TREE_ARRAYS, version, names)
        roots, feature, left, right = (np.asarray(data[name], dtype=np.int64)
                                       for name in ("roots", "feature", "left", "right"))
        threshold, value = (np.asarray(data[name], dtype=np.float64)
                            for name in ("threshold", "value"))
        init, rate = float(data["init"]), float(data["rate"])
        wrong = Trees.problem(roots, feature, threshold, left, right, value, init, rate,
                              len(names))
        if wrong:
            raise ModelError(f"{what} weights corrupt: {path}: {wrong}")
        return Trees(roots, feature, threshold, left, right, value, init, rate)


def load_file(path: Path) -> Model:
    """The ranker in an `.npz` file (see `save_file`), or `ModelError` saying what is
    wrong with it."""
    return _load(path, "source ranker", VERSION, FEATURES)


def save_file(ranker: Model, path: Path, version: int = VERSION,
              names: tuple[str, ...] = FEATURES) -> None:
    """Write `ranker` as `.npz` that `load_file` reads; the bytes depend on the weights
    only (fixed zip dates, arrays in a fixed order); written whole or not at all."""
    import numpy as np

    arrays = {
        "version": np.asarray(version, dtype="<i8"),
        "features": np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8),
    }
    if isinstance(ranker, Trees):
        arrays.update({
            "roots": np.asarray(ranker.roots, dtype="<i4"),
            "feature": np.asarray(ranker.feature, dtype="<i2"),
            "threshold": np.asarray(ranker.threshold, dtype="<f8"),
            "left": np.asarray(ranker.left, dtype="<i4"),
            "right": np.asarray(ranker.right, dtype="<i4"),
            "value": np.asarray(ranker.value, dtype="<f8"),
            "init": np.asarray(ranker.init, dtype="<f8"),
            "rate": np.asarray(ranker.rate, dtype="<f8"),
        })
        write_npz(path, [(name, arrays[name]) for name in _TREE_ARRAYS])
        return
    arrays.update({
        "weights": np.asarray(ranker.weights, dtype="<f8"),
        "bias": np.asarray(ranker.bias, dtype="<f8"),
    })
    write_npz(path, [(name, arrays[name]) for name in _ARRAYS])


_ranker: Model | None = None


def ranker() -> Model:
    """The shipped ranker, loaded once."""
    global _ranker
    if _ranker is None:
        _ranker = load_file(WEIGHTS)
    return _ranker


def use(replacement: Model | None) -> None:
    """Rank with another model (training and cross-validation); None: the shipped one. Its
    `quotes` ranker, if any, ranks quotations (else the shipped quotation ranker)."""
    global _ranker, _quote_ranker
    _ranker = replacement
    _quote_ranker = replacement.quotes if replacement is not None else None


# The tokens and mentions of the last window: a paragraph's attributions are ranked one
# after another.
_window_cache: tuple[str | None, tuple[int, int], list[Token], list[Candidate]] = (
    None, (0, 0), [], [])


def choose(text: str, window: tuple[int, int], paragraph_start: int,
           content: tuple[int, int], cue: tuple[int, int], hint: tuple[int, int] | None,
           known: Callable[[str], bool], rule: tuple[int, int] | None = None,
           inside: bool = False, margin: Margin | None = None,
           others: tuple[tuple[int, int], ...] = ()) -> tuple[int, int] | None:
    """The source mention of `content` (character span), among the mentions of
    `text[window[0]:window[1]]` (the cue's paragraph and the one before it; quotations
    blanked out by the caller), and with `inside` those inside the content too. `hint` is
    the CRF's source span and `rule` the sieve's, if any: both are features, and a chosen
    mention that overlaps one keeps that span's words before it. `hint` when there is no
    candidate."""
    global _window_cache
    if _window_cache[0] is text and _window_cache[1] == window:
        tokens, found = _window_cache[2], _window_cache[3]
    else:
        tokens = tokenize(text, *window)
        found = candidates(tokens)
        _window_cache = (text, window, tokens, found)
    cands = mentions(tokens, content, hint, rule, found, inside)
    if not cands:
        return rule or hint
    rows = features(tokens, cands, paragraph_start, content, cue, hint, known, rule, margin,
                    others)
    scores = ranker().scores(rows)
    chosen = cands[best(scores)]
    for given in (rule, hint):
        if given is not None and chosen.kind in _NOMINAL_KINDS and \
                chosen.last + 1 < len(tokens) and tokens[chosen.last].text == "," and \
                tokens[chosen.last + 1].start == given[0]:
            # `Two negotiators, [Tomas Brandt and Ana Reyes],`: the span the sieve or the
            # CRF gave names the people the noun phrase stands for: that span.
            return given
    for given in (rule, hint):
        if given is not None and chosen.start < given[1] and given[0] < chosen.end:
            # A mention inside the span the sieve or the CRF gave: with the words right
            # before it in that span, which carry its role (`Republican nominee Donald
            # Trump`); what follows it is cut (`Senator Bernie Sanders of Vermont`, where
            # the resolver would take the last name, `Vermont`; `Akhil Johri, the chief
            # financial officer`).
            k = chosen.first
            while k > 0 and tokens[k - 1].start >= given[0] and (
                    tokens[k - 1].text[:1].isalnum()):
                k -= 1
            if chosen.kind in _NOMINAL_KINDS and chosen.last + 1 < len(tokens) and \
                    tokens[chosen.last].text == "," and \
                    _capital(tokens[chosen.last + 1].text) and \
                    tokens[chosen.last + 1].end <= given[1]:
                # `Two negotiators, Tomas Brandt and Ana Reyes,`: a noun phrase with the
                # names it stands for set off after it, in the given span: the whole span
                # (the resolver reads the apposition), not the noun phrase alone.
                return tokens[k].start, given[1]
            return tokens[k].start, chosen.end
    return chosen.start, chosen.end


def best(scores: list[float]) -> int:
    """The index of the chosen candidate: the best score, the first of equal scores. Since
    version 5 the mentions inside the content and those outside it are scored on one scale
    (a listwise fit compares them within each ranking, `bench/train_sources.py`), where
    version 4 took an inner mention whenever its score passed a threshold chosen once on
    fold top-1 (-1), its weights having been fitted apart."""
    return max(range(len(scores)), key=lambda k: (scores[k], -k))


def mentions(tokens: list[Token], content: tuple[int, int], hint: tuple[int, int] | None,
             rule: tuple[int, int] | None, found: list[Candidate] | None = None,
             inside: bool = False) -> list[Candidate]:
    """The candidates of one ranking: the mentions outside the content (`found`:
    `candidates(tokens)` made already), with `inside` the names, pronouns and person or
    institution noun phrases inside it (marked `inside`, after the others), and the spans
    the CRF and the sieve gave as they are (`some polls`, `Mr. Trump's rivals`: sources no
    mention pattern covers)."""
    if found is None:
        found = candidates(tokens)
    cands = [c for c in found if not (c.start < content[1] and content[0] < c.end)]
    if inside:
        cands.extend(Candidate(c.start, c.end, c.kind, c.first, c.last, True) for c in found
                     if content[0] <= c.start and c.end <= content[1] and
                     c.kind in _INSIDE_KINDS)
    spans = {(c.start, c.end) for c in cands}
    for given in (hint, rule):
        if given is not None and given not in spans and tokens:
            first = _token_at(tokens, given[0])
            last = max(first + 1, _token_at(tokens, max(given[1] - 1, given[0])) + 1)
            if first < len(tokens):
                cands.append(Candidate(given[0], given[1], "span", first, min(last, len(tokens))))
                spans.add(given)
    return cands


# --- direct quotations ------------------------------------------------------------------
#
# Which mention said a quotation. The sieve of news.py finds the cue words (`"...," NAME
# said`, `NAME said: "`, the sentence's subject, the previous sentence's cue, the previous
# quotation's speaker); this second ranker takes their choices as features, with the
# mentions of the quotation's sentence and the sentences before and after it (in the
# quotation's paragraph and the one before) and the carried speaker (the previous
# quotation's, or an intro paragraph's) as one more candidate, and picks one. Which
# quotations it decides is a `news.RULES` switch per sieve branch, each measured on train CV.

# Version 3: the contracted pronouns of `candidates` (see `VERSION`).
QUOTE_VERSION = 3
QUOTE_WEIGHTS = Path(__file__).resolve().parent / "data" / "quote_sources.npz"
# The sieve's cues of a quotation, by where they stand (`news._Parser._speaker_of`).
# `crf`: the source the CRF links to the quotation, if any.
QUOTE_CUES = ("after", "before", "subject", "previous", "crf")
CARRIED = "carried"
_SPEECH = frozenset({*lex.SPEECH, *lex.INVERTED, "according"})

QUOTE_FEATURES = (
    "bias",
    "kind_name", "kind_cap1", "kind_he", "kind_they", "kind_we", "kind_it",
    "kind_person_noun", "kind_org_noun", "kind_press", "kind_span", "kind_carried",
    "carried_pending", "carried_paragraph", "carried_previous_paragraph",
    "carried_no_cue", "carried_opens_paragraph", "carried_mid_sentence",
    "before", "after", "adjacent_before", "adjacent_after", "near_before", "near_after",
    "log_distance", "far", "nearest_before", "nearest_after", "rank_log",
    "same_sentence", "sentence_before", "sentence_after", "previous_paragraph",
    "quote_ended_after", "opens_paragraph_before", "mid_sentence_after",
    "speech_after", "speech_before", "verb_after", "comma_speech_after",
    "colon_after", "according_to", "preposition_before", "by_before",
    "sentence_initial", "comma_after", "who_after", "possessive",
    "known", "place", "title", "tokens", "same_as_carried", "pronoun_with_carried",
    "sieve_after", "sieve_before", "sieve_subject", "sieve_previous", "sieve_chosen",
    "sieve_none", "sieve_crf", "crf_with_carried",
    *ROLES,
)
_QINDEX = {name: k for k, name in enumerate(QUOTE_FEATURES)}


@dataclass(frozen=True)
class QuoteContext:
    """What the sieve knows about one quotation: its marks (`open_at`, `close_end`), its
    cues by kind (`QUOTE_CUES`, character spans), which of them decided (or None), and
    the speaker it would carry from before (`carried`: `pending` for an intro paragraph,
    `paragraph` for a quotation earlier in the paragraph, `previous` for the previous
    paragraph's, or None)."""

    open_at: int
    close_end: int
    cues: tuple[tuple[str, int, int], ...]
    chosen: str | None
    carried: str | None
    opens_paragraph: bool
    mid_sentence: bool
    ended: bool  # the quotation ends its sentence (`."`)


def _plain_sentences(tokens: list[Token]) -> list[int]:
    """Sentence number of each token: a new sentence after `.`, `!` or `?` (a closing
    mark right after one still ends the sentence it closes)."""
    out = []
    count = 0
    for k, token in enumerate(tokens):
        closes = token.text in _CLOSE_MARKS and k and tokens[k - 1].text in _ENDS
        out.append(count - 1 if closes else count)
        if token.text in _ENDS:
            count += 1
    return out


def quote_candidates(tokens: list[Token], found: list[Candidate], ctx: QuoteContext
                     ) -> list[Candidate]:
    """The mentions of the quotation's sentence and the sentences before and after it,
    outside the quotation, the sieve's cue spans not among them (as `span`), and the
    carried speaker (kind `carried`, no span) when there is one."""
    if not tokens:
        return []
    n = len(tokens)
    sentences = _plain_sentences(tokens)
    q_first = min(_token_at(tokens, ctx.open_at), n - 1)
    q_last = min(max(q_first, _token_at(tokens, max(ctx.close_end - 1, ctx.open_at))), n - 1)
    lo, hi = sentences[q_first] - 1, sentences[q_last] + 1
    out = [c for c in found if lo <= sentences[c.first] <= hi and not (
        ctx.open_at < c.end and c.start < ctx.close_end)]
    spans = {(c.start, c.end) for c in out}
    for _, s, e in ctx.cues:
        if (s, e) not in spans and e > tokens[0].start:
            first = _token_at(tokens, s)
            last = max(first + 1, _token_at(tokens, max(e - 1, s)) + 1)
            if first < n:
                out.append(Candidate(s, e, "span", first, min(last, n)))
                spans.add((s, e))
    if ctx.carried is not None:
        out.append(Candidate(-1, -1, CARRIED, q_first, q_first))
    return out


def quote_features(tokens: list[Token], cands: list[Candidate], paragraph_start: int,
                   ctx: QuoteContext, known: Callable[[str], bool],
                   same: Callable[[str], bool]) -> list[list[float]]:
    """One row of `QUOTE_FEATURES` per candidate. `known(word)`: a person of that name was
    met before; `same(words)`: those words name the carried speaker."""
    n = len(tokens)
    sentences = _plain_sentences(tokens)
    q_first = min(_token_at(tokens, ctx.open_at), n - 1)
    q_last = min(max(q_first, _token_at(tokens, max(ctx.close_end - 1, ctx.open_at))), n - 1)
    distance, rank = _distances(cands, q_first, q_last, skip=CARRIED)
    cue_spans = {name: (s, e) for name, s, e in ctx.cues}
    firsts = _firsts(cands, sentences)
    paragraph = sentences[min(_token_at(tokens, paragraph_start), n - 1)]
    rows = []
    for k, c in enumerate(cands):
        x = [0.0] * len(QUOTE_FEATURES)

        def put(name: str, value: float = 1.0, row: list[float] = x) -> None:
            row[_QINDEX[name]] = value

        put("bias")
        put("kind_" + c.kind)
        if ctx.chosen is None:
            put("sieve_none")
        if c.kind == CARRIED:
            put("carried_" + (ctx.carried or "paragraph"))
            if ctx.chosen is None:
                put("carried_no_cue")
            if ctx.opens_paragraph:
                put("carried_opens_paragraph")
            if ctx.mid_sentence:
                put("carried_mid_sentence")
            rows.append(x)
            continue
        for cue_name, (s, e) in cue_spans.items():
            if c.start < e and s < c.end:
                put("sieve_" + cue_name)
                if cue_name == ctx.chosen:
                    put("sieve_chosen")
                if cue_name == "crf" and ctx.carried is not None:
                    put("crf_with_carried")
        shared = _shared_features(put, tokens, c, k, distance, rank, q_first, q_last,
                                  paragraph_start, known, ("name", "cap1", "span"))
        if shared.side_before:
            if ctx.opens_paragraph:
                put("opens_paragraph_before")
        elif shared.side_after:
            if ctx.ended:
                put("quote_ended_after")
            if ctx.mid_sentence:
                put("mid_sentence_after")
        _roles(put, tokens, c, k, sentences, sentences[q_first], paragraph, firsts)
        sent = sentences[c.first]
        if sentences[q_first] <= sent <= sentences[q_last]:
            put("same_sentence")
        elif sent < sentences[q_first]:
            put("sentence_before")
        else:
            put("sentence_after")
        if shared.prev in _SPEECH:
            put("speech_before")  # `," said X`
        nxt_low = shared.nxt.lower()
        after_next = tokens[c.last + 1].text if c.last + 1 < n else ""
        if nxt_low in _SPEECH or (nxt_low in lex.SKIPPED and after_next.lower() in _SPEECH):
            put("speech_after")  # `X said`, `X also said`
            if c.first and (tokens[c.first - 1].text == "," or
                            tokens[c.first - 1].text in _CLOSE_MARKS):
                put("comma_speech_after")  # `, X added`
            if ":" in (after_next, tokens[c.last + 2].text if c.last + 2 < n else ""):
                put("colon_after")  # `X said: "`
        elif nxt_low in _VERBISH:
            put("verb_after")
        if shared.name and ctx.carried is not None and same(" ".join(shared.name)):
            put("same_as_carried")
        if c.kind in ("he", "they", "we", "it") and ctx.carried is not None:
            put("pronoun_with_carried")
        rows.append(x)
    return rows


_quote_ranker: Model | None = None


def quote_ranker() -> Model:
    """The shipped quotation ranker, loaded once."""
    global _quote_ranker
    if _quote_ranker is None:
        _quote_ranker = load_quote_file(QUOTE_WEIGHTS)
    return _quote_ranker


def load_quote_file(path: Path) -> Model:
    """The quotation ranker in an `.npz` file, or `ModelError`."""
    return _load(path, "quotation source ranker", QUOTE_VERSION, QUOTE_FEATURES)


def choose_quote(text: str, window: tuple[int, int], paragraph_start: int, ctx: QuoteContext,
                 known: Callable[[str], bool], same: Callable[[str], bool]
                 ) -> tuple[int, int] | str | None:
    """The speaker mention of a quotation: a character span, `CARRIED` (the carried
    speaker), or None when there is no candidate. `window`: the quotation's paragraph and
    the one before (quotations blanked out by the caller)."""
    global _window_cache
    if _window_cache[0] is text and _window_cache[1] == window:
        tokens, found = _window_cache[2], _window_cache[3]
    else:
        tokens = tokenize(text, *window)
        found = candidates(tokens)
        _window_cache = (text, window, tokens, found)
    cands = quote_candidates(tokens, found, ctx)
    if not cands:
        return None
    rows = quote_features(tokens, cands, paragraph_start, ctx, known, same)
    scores = quote_ranker().scores(rows)
    chosen = cands[max(range(len(cands)), key=lambda k: (scores[k], -k))]
    if chosen.kind == CARRIED:
        return CARRIED
    return chosen.start, chosen.end


__all__ = ["CARRIED", "ENABLED", "FEATURES", "QUOTE_CUES", "QUOTE_FEATURES", "QUOTE_VERSION",
           "QUOTE_WEIGHTS", "RANK_RULE", "VERSION", "WEIGHTS", "Candidate", "Model",
           "QuoteContext", "Ranker", "Trees", "candidates", "choose", "choose_quote", "features",
           "load_file", "load_quote_file", "mentions", "quote_candidates", "quote_features",
           "quote_ranker", "ranker", "save_file", "tokenize", "use"]
