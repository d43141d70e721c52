"""--about: the query orders the sentences; expansion words only break ties."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli import focus
from briefing_cli.digest import build_digest
from briefing_cli.models import Document
from briefing_cli.rank import get_ranker
from briefing_cli.rank.vectors import tfidf
from briefing_cli.transcript import parse

QUERY = "World War III"
FILLER = ["United", "States", "Russia", "conflict", "troops", "border", "budget", "allies",
          "missiles", "ministers", "support", "planes", "war", "world", "talks", "ships"]


def _has_phrase(text: str) -> bool:
    return re.search(r"\bworld war iii\b", text, re.IGNORECASE) is not None


def _has_query_word(text: str) -> bool:
    return re.search(r"\b(?:world|war|wars|iii)\b", text, re.IGNORECASE) is not None


@st.composite
def _sentences(draw: st.DrawFn) -> list[str]:
    out = []
    for _ in range(draw(st.integers(4, 12))):
        words = draw(st.lists(st.sampled_from(FILLER), min_size=4, max_size=14))
        if draw(st.booleans()) and draw(st.booleans()):
            at = draw(st.integers(0, len(words)))
            words[at:at] = ["World", "War", "III"]
        out.append("We talked about " + " ".join(words) + ".")
    return out


def _check_order(texts: list[str], scores: list[float], on_topic: list[bool]) -> None:
    for a, text_a in enumerate(texts):
        for b, text_b in enumerate(texts):
            if not (on_topic[a] and on_topic[b]):
                continue
            if _has_phrase(text_a) and not _has_phrase(text_b):
                assert scores[a] > scores[b], (text_a, text_b)
            if _has_query_word(text_a) and not _has_query_word(text_b):
                assert scores[a] > scores[b], (text_a, text_b)


@settings(max_examples=80, deadline=None)
@given(texts=_sentences(), importance=st.lists(st.floats(0, 50), min_size=12, max_size=12))
def test_query_tiers_beat_any_importance(texts: list[str], importance: list[float]) -> None:
    vectors = tfidf(texts)
    topic = focus.topic(QUERY, texts, vectors)
    scores = [float(x) for x in topic.scores(importance[: len(texts)])]
    _check_order(texts, scores, [bool(x) for x in topic.on_topic])
    for text, on in zip(texts, topic.on_topic, strict=True):
        if _has_query_word(text):
            assert on


@settings(max_examples=30, deadline=None)
@given(texts=_sentences())
def test_digest_scores_follow_the_tiers(texts: list[str]) -> None:
    body = "\n\n".join(f"MR HALE: {t}" if i % 2 else f"MS ROSS: {t}"
                       for i, t in enumerate(texts))
    digest = build_digest(parse(Document("t.txt", body + "\n")), get_ranker("lexrank"),
                          sentences=12, per_speaker=12, about=QUERY)
    points = list(digest.summary)
    _check_order([p.sentence.text for p in points], [p.score for p in points],
                 [True] * len(points))
    for point in points:
        assert point.matched
        if _has_phrase(point.sentence.text):
            assert point.matched[0] == "world war iii"


SEED_LIKE = (
    'The State Department said relations with Ukraine are "entirely different" amid '
    "questions over the United States' involvement in both conflicts.\n"
    "Kirby said,\n"
    '"The president of the United States has made that very clear and we do not want '
    'World War III."\n'
    '"The United States will not send troops," he added.\n'
)


def test_the_whole_phrase_ranks_first_and_is_explained() -> None:
    digest = build_digest(parse(Document("t.txt", SEED_LIKE)), get_ranker("lexrank"),
                          about=QUERY)
    best = max(digest.summary, key=lambda p: p.score)
    assert "World War III" in best.sentence.text
    assert best.matched[0] == "world war iii"
    from briefing_cli.render.common import repeat_note

    assert "matched: world war iii (phrase)" in repeat_note(best)
