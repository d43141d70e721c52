"""The digest does each sentence's work once, and nothing per sentence grows with the text.

No timings (those live in bench/speed.py): these tests count calls and compare the fast
paths with the plain computation they replace, on generated input.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from helpers import fast_paths_off
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli import nlp, procedure
from briefing_cli.digest import build_digest, rank_sentences
from briefing_cli.models import Document
from briefing_cli.rank import arrays, get_ranker, priors, selection
from briefing_cli.rank.vectors import PyVectors, Vectors, content_terms, tfidf
from briefing_cli.transcript import parse

# Every construction of procedure.STRONG, written as a speaker might.
STRONG_PHRASES = [
    "two items at the top", "things to the top", "at the top of the", "at the top of this",
    "take your questions", "take a few questions", "take one more question",
    "happy to take", "open it", "open the floor", "open the lines", "turn it over",
    "turn things back over", "hand it over", "hand things back over", "pass it back to",
    "pass over to", "over to you", "bring up our", "bring up the", "with that, I'll",
    "with that let me", "with that we'll", "start the briefing", "open this call",
    "begin today's meeting", "close the session", "wrap up this hearing",
    "conclude todays press conference", "next question", "last question",
    "one more question", "two more questions", "a couple more questions",
    "we have time for", "keep this brief", "keep it very short", "keep my remarks pretty brief",
    "I'll be brief", "ill be brief", "on the line", "thank you all for joining",
    "thanks for your patience", "thank you everybody for coming", "go ahead",
    "thank you for participating", "thanks all for your participation",
    "can you hear me", "could you all hear me", "time is short", "time is tight",
    "has the floor", "have the floor", "the floor is yours",
]
OTHER_WORDS = ["the", "budget", "top's", "o'take", "harbour", "we", "will", "question",
               "floor", "line", "time", "over", "to", "you", "that", "with", "Ship", "take2",
               "_take", "thank", "brief", "Kelvin", "ſtart", "İt", "’s", "don't"]
SEPARATORS = [" ", ", ", ". ", "; ", " - ", "'s ", "\n", "'", "’", " (", ") "]


@st.composite
def _speech(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(STRONG_PHRASES + OTHER_WORDS), min_size=1,
                          max_size=8))
    text = ""
    for part in parts:
        case = draw(st.sampled_from([str, str.upper, str.title, str.capitalize]))
        text += case(part) + draw(st.sampled_from(SEPARATORS))
    return text


@settings(max_examples=400, deadline=None)
@given(text=_speech())
def test_the_cheap_word_test_never_misses_a_strong_construction(text: str) -> None:
    words = [w.lower().replace("’", "'") for w in nlp.words(text)]
    if procedure.STRONG.search(text):
        assert procedure.may_be_strong(text, words), text


@settings(max_examples=300, deadline=None)
@given(text=st.from_regex(procedure.STRONG))
def test_every_text_the_expression_matches_passes_the_word_test(text: str) -> None:
    # Text generated from the expression itself: a construction added to STRONG without its
    # words in procedure._STRONG_WORDS fails here.
    words = [w.lower().replace("’", "'") for w in nlp.words(text)]
    assert procedure.may_be_strong(text, words), text


@settings(max_examples=300, deadline=None)
@given(text=_speech())
def test_procedure_check_is_the_same_with_and_without_the_cheap_test(text: str) -> None:
    fast = procedure.is_procedure(text, {"tom"})
    saved = procedure.may_be_strong
    procedure.may_be_strong = lambda text, words: True  # type: ignore[assignment]
    try:
        slow = procedure.is_procedure(text, {"tom"})
    finally:
        procedure.may_be_strong = saved
    assert fast == slow, text
    assert priors.is_procedural(text, {"tom"}, nlp.words(text)) == priors.is_procedural(
        text, {"tom"})


def _briefing(turns: int) -> str:
    said = ["The harbour authority reopens the northern berths on Monday.",
            "Thank you, Tom.", "Next question.",
            "Inspectors found cracks in two of the older piers near berth {i}.",
            "Freight volumes fell by a fifth, and they recover by week {i}."]
    lines = ["Harbour briefing", ""]
    for i in range(turns):
        lines += [f"MS. VOSS: {said[i % len(said)].format(i=i)} {said[(i + 3) % 5].format(i=i)}",
                  "", f"Q: What happens to pier {i}?", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("turns", [6, 200])  # the pure-Python path, then numpy
def test_each_sentence_is_checked_for_procedure_and_tokenised_once(
        turns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    transcript = parse(Document("t.txt", _briefing(turns)))
    calls: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    is_procedural = priors.is_procedural

    def counting(text: str, names: Any, tokens: Any = None) -> bool:
        checked[text] += 1
        return is_procedural(text, names, tokens)

    def terms(tokens: Any) -> list[str]:
        calls["terms"] += 1
        return content_terms(tokens)

    monkeypatch.setattr(priors, "is_procedural", counting)
    monkeypatch.setattr("briefing_cli.digest.content_terms", terms)
    digest = build_digest(transcript, get_ranker("lexrank"), words=60)
    ranked = rank_sentences(transcript, get_ranker("lexrank"))
    n = len(ranked.sentences)
    assert calls["terms"] == 2 * n  # once for the digest, once for rank_sentences above
    assert sum(checked.values()) == 2 * n
    assert digest.summary and not any(p.sentence.text in {"Thank you, Tom.", "Next question."}
                                      for p in digest.summary)


def _old_mmr(candidates: list[int], scores: list[float], vectors: Any, words: list[int],
             budget: int, diversity: float = 0.3) -> list[int]:
    """Selection under a word budget as it was written first: one pop per candidate."""
    np = arrays.like(vectors.data)
    order = sorted(candidates, key=lambda i: (-scores[i], i))
    if not order:
        return []
    pool = np.asarray(order, dtype=np.int64)
    base = np.asarray([scores[i] for i in order])
    top = base.max() if base.max() > 0 else 1.0
    relevance = (1 - diversity) * base / top
    overlap = np.zeros(len(order))
    alive = np.ones(len(order), dtype=bool)
    chosen: list[int] = []
    used = 0
    while alive.any():
        best = int(np.argmax(np.where(alive, relevance - diversity * overlap, -np.inf)))
        alive[best] = False
        index = int(pool[best])
        if used + words[index] > budget:
            continue
        used += words[index]
        chosen.append(index)
        overlap = np.maximum(overlap, vectors.similarity_to(index)[pool])
        alive &= overlap < selection.DUPLICATE
    return chosen


_WORDS = ["harbour", "berth", "pier", "freight", "crack", "ship", "quay", "fleet", "tariff",
          "steel", "budget", "the", "and", "of"]
_texts = st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30).map(" ".join),
                  min_size=1, max_size=60)


@settings(max_examples=80, deadline=None)
@given(texts=_texts, budget=st.integers(1, 80))
def test_budgeted_selection_picks_what_it_did_and_pops_only_what_it_picks(
        texts: list[str], budget: int) -> None:
    vectors = tfidf(texts)
    scores = [float(x) for x in get_ranker("lexrank").score(vectors, texts)]
    sizes = [len(t.split()) for t in texts]
    everyone = list(range(len(texts)))
    pops = 0
    argmax = arrays.argmax

    def counting(values: Any) -> Any:
        nonlocal pops
        pops += 1
        return argmax(values)

    arrays.argmax = counting  # type: ignore[assignment]
    try:
        chosen = selection.mmr(everyone, scores, vectors, words=sizes, word_budget=budget)
    finally:
        arrays.argmax = argmax  # type: ignore[assignment]
    assert chosen == _old_mmr(everyone, scores, vectors, sizes, budget)
    assert sum(sizes[i] for i in chosen) <= budget
    # Nothing that cannot fit is ever looked at again (one candidate needs no look at all).
    assert pops == (len(chosen) if len(texts) > 1 else 0)


def test_a_repeat_count_reads_only_the_speakers_own_rows(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    texts = [f"Pier {i} of the harbour is closed for {_WORDS[i % 9]} repairs." for i in range(400)]
    texts[7] = texts[3]
    vectors = tfidf(texts)
    assert not isinstance(vectors, PyVectors)
    group = [3, 7, 11, 50, 90]
    expected = int((vectors.similarity_to(3)[[7, 11, 50, 90]] >= selection.DUPLICATE).sum())

    def whole_matrix(self: Vectors, i: int) -> Any:
        raise AssertionError("a product over every sentence for one speaker's repeats")

    monkeypatch.setattr(Vectors, "similarity_to", whole_matrix)
    assert expected >= 1  # sentence 7 repeats sentence 3
    assert selection.repeats(vectors, 3, group) == expected


@settings(max_examples=80, deadline=None)
@given(texts=st.lists(st.lists(st.sampled_from(_WORDS + ["2026", "a", "Ships", "Pier's"]),
                               max_size=25).map(" ".join), max_size=40))
def test_numpy_tfidf_is_the_pure_matrix_exactly(texts: list[str]) -> None:
    with fast_paths_off(False):
        pure = tfidf(texts)
    with fast_paths_off(True):
        fast = tfidf(texts)
        given_terms = tfidf(texts, (content_terms(nlp.words(t)) for t in texts))
    assert isinstance(pure, PyVectors) and not isinstance(fast, PyVectors)
    for vectors in (fast, given_terms):
        assert list(pure.indptr) == vectors.indptr.tolist()
        assert list(pure.indices) == vectors.indices.tolist()
        assert list(pure.rows) == vectors.rows.tolist()
        assert list(pure.data) == vectors.data.tolist()  # the same doubles
        assert pure.vocabulary == vectors.vocabulary and pure.n_terms == vectors.n_terms


def test_content_terms_from_tokens_are_nlps() -> None:
    text = "We are supporting the 2 defenses of Ukraine's cities, SUPPORTING them’s a B."
    assert content_terms(nlp.words(text)) == nlp.content_terms(text)


@pytest.mark.parametrize(("limit", "budget"), [(None, None), (1, None), (0, None),
                                                (None, 5), (None, 4), (3, 40)])
def test_one_candidate_is_chosen_as_the_arrays_would(limit: int | None, budget: int | None,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["The harbour reopens on Monday.", "Pier four stays closed for repairs.",
             "Freight is recovering."]
    vectors = tfidf(texts)
    scores = [1.0, 2.0, 0.5]
    words = [len(t.split()) for t in texts]
    expected = _old_mmr([1], scores, vectors, words, budget) if budget is not None else [1]
    if limit == 0:
        expected = []
    monkeypatch.setattr(arrays, "argmax", None)  # the one-candidate path needs no arrays
    assert selection.mmr([1], scores, vectors, limit=limit, words=words,
                         word_budget=budget) == expected


def test_speaker_totals_counted_once_per_transcript(monkeypatch: pytest.MonkeyPatch) -> None:
    """The digest and the shape both ask for the totals: the turns are walked once
    (issue 14), and the figures are those of the plain count."""
    from briefing_cli import digest

    text = "MR ADAMS: The budget is ready.\n\nQ: Is it late?\n\nMR ADAMS: It is on time, sir.\n"
    transcript = parse(Document(text=text, name="t.txt"))
    calls = []
    real_words = nlp.words
    monkeypatch.setattr(nlp, "words", lambda t: calls.append(t) or real_words(t))
    turns, words = digest.speaker_totals(transcript)
    assert digest.speaker_totals(transcript) == (turns, words)
    assert len(calls) == len(transcript.turns)
    for speaker in {turn.speaker for turn in transcript.turns}:
        mine = [turn for turn in transcript.turns if turn.speaker == speaker]
        assert turns[speaker] == len(mine)
        assert words[speaker] == sum(len(real_words(turn.text)) for turn in mine)
