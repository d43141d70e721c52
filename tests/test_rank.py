"""Ranking pinned on small hand-checked examples."""

from __future__ import annotations

import pytest

from briefing_cli.digest import build_digest
from briefing_cli.models import Document
from briefing_cli.rank import METHODS, get_ranker, selection
from briefing_cli.rank.vectors import tfidf
from briefing_cli.transcript import parse


@pytest.mark.parametrize("method", METHODS)
def test_sentence_everyone_repeats_wins_centrality(method: str) -> None:
    texts = ["Sanctions on the oil sector remain in place.",
             "The oil sector sanctions remain in place for now.",
             "We discussed the weather in Lisbon.",
             "Oil sanctions remain, and the sector knows it.",
             "A reporter asked about lunch."]
    scores = get_ranker(method).score(tfidf(texts), texts)
    assert max(range(len(texts)), key=lambda i: scores[i]) in {0, 1, 3}
    assert scores[2] < scores[0] and scores[4] < scores[0]


def test_near_duplicate_never_selected_twice() -> None:
    texts = ["We have been clear that the detention is unacceptable.",
             "We have been clear that the detention is unacceptable.",
             "The ministerial meeting opens in Lisbon next week."]
    vectors = tfidf(texts)
    chosen = selection.mmr([0, 1, 2], [1.0, 1.0, 0.5], vectors, limit=3)
    assert sorted(chosen) == [0, 2]
    assert selection.repeats(vectors, 0, [0, 1, 2]) == 1


def test_word_budget_is_an_upper_bound() -> None:
    texts = ["one two three four five six", "seven eight nine", "ten eleven twelve thirteen"]
    vectors = tfidf(texts)
    chosen = selection.mmr([0, 1, 2], [3.0, 2.0, 1.0], vectors, words=[6, 3, 4], word_budget=8)
    assert sum([6, 3, 4][i] for i in chosen) <= 8


@pytest.mark.parametrize("method", METHODS)
def test_filler_is_not_a_key_point(method: str) -> None:
    text = ("MR REYES: Good afternoon, everybody.\n\n"
            "MR REYES: The Secretary will travel to Lisbon for the maritime security meeting.\n\n"
            "Q: Thank you.\n\nMR REYES: Go ahead.\n\n"
            "MR REYES: Maritime security in the North Atlantic is the meeting's focus.\n")
    digest = build_digest(parse(Document("t", text)), get_ranker(method), per_speaker=2)
    reyes = next(sd for sd in digest.speakers if sd.speaker.name == "Mr. Reyes")
    texts = [p.sentence.text for p in reyes.points]
    assert "Go ahead." not in texts and "Good afternoon, everybody." not in texts
    assert len(texts) == 2


def test_summary_in_document_order_and_counts() -> None:
    text = "\n\n".join(f"MR A: Point number {w} about the {w} budget and {w} plans."
                       for w in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"])
    digest = build_digest(parse(Document("t", text)), get_ranker("lexrank"), sentences=3)
    lines = [p.sentence.line for p in digest.summary]
    assert len(lines) == 3 and lines == sorted(lines)


@pytest.mark.parametrize("method", METHODS)
def test_scores_have_mean_one_and_handle_empty_sentences(method: str) -> None:
    texts = ["Budget talks resume.", "--", "Budget talks in Geneva resume Monday.", "Lunch."]
    scores = get_ranker(method).score(tfidf(texts), texts)
    assert len(scores) == 4 and all(s >= 0 for s in scores)
    assert abs(sum(scores) / 4 - 1.0) < 1e-6


def test_lexrank_matches_the_explicit_matrix_walk() -> None:
    """The implicit X(Xᵀv) walk equals power iteration on the formed similarity matrix."""
    import numpy as np

    texts = ["Oil sanctions stay.", "Sanctions on oil stay in place.", "Talks in Geneva.",
             "Geneva talks resume on oil.", "Unrelated words here."]
    vectors = tfidf(texts)
    matrix = vectors.to_scipy()
    similarity = (matrix @ matrix.T).toarray()
    np.fill_diagonal(similarity, 0.0)
    rows = similarity.sum(axis=1)
    n = len(texts)
    transition = np.where(rows[:, None] > 0, similarity / np.where(rows > 0, rows, 1)[:, None],
                          1.0 / n)
    p = np.full(n, 1.0 / n)
    for _ in range(500):
        p = 0.85 * transition.T @ p + 0.15 / n
    assert np.allclose(get_ranker("lexrank").score(vectors, texts), p * n, atol=1e-6)


def test_position_prior_prefers_the_news_lead() -> None:
    body = ["Crews replaced the old cranes along the eastern quay.",
            "Fishermen said the harbour repairs had cost them a season.",
            "The mayor thanked the engineers at a ceremony.",
            "Shipping companies expect traffic to recover by spring.",
            "A museum exhibit will show photographs of the works."]
    text = "The harbour reopened on Monday after two years of repairs.\n" + "\n".join(body)
    digest = build_digest(parse(Document("t", text)), get_ranker("lexrank"), sentences=1)
    assert digest.summary[0].sentence.line == 1


def test_procedure_is_not_a_key_point() -> None:
    text = ("MS. WHITFIELD: Good afternoon. I have a couple of things at the top, and then I'll "
            "bring up our National Security Adviser.\n\n"
            "MS. WHITFIELD: The President will host the leaders of Veltria on Monday for talks "
            "on energy cooperation.\n\nQ: Thanks. On the talks?\n\n"
            "MS. WHITFIELD: The talks cover energy cooperation and maritime security.\n\n"
            "MS. WHITFIELD: With that, I'll take your questions on the visit.\n")
    digest = build_digest(parse(Document("t", text)), get_ranker("lexrank"), per_speaker=2)
    chosen = [p.sentence.text for sd in digest.speakers for p in sd.points]
    chosen += [p.sentence.text for p in digest.summary]
    assert not any("at the top" in t or "take your questions" in t for t in chosen)


def _courtesy_transcript(courtesies: int) -> str:
    turns = ["MS. ROSS: The harbour budget for the northern depots falls by a fifth.",
             "MR. HALE: The ceasefire holds, and the ceasefire observers arrive on Monday.",
             "MS. ROSS: Observers from four countries will watch the ceasefire line.",
             "MR. HALE: The harbour repairs start in May."]
    turns += ["MR. HALE: Thank you for your question on the harbour, Karen."] * courtesies
    return "\n\n".join(turns) + "\n"


@pytest.mark.parametrize("method", ["lexrank", "textrank", "centroid"])  # luhn: no graph
def test_procedure_casts_no_vote_in_the_centrality_graph(method: str) -> None:
    """A courtesy said six times ("Thank you for your question on the harbour, Karen.") is
    no centre of the transcript: every statement outranks it. (Letting it vote, with the
    filler signal off, makes the six copies LexRank's most central lines.)"""
    from briefing_cli.digest import rank_sentences
    from briefing_cli.rank import priors

    transcript = parse(Document("t.txt", _courtesy_transcript(6)))

    def centrality(signals: priors.Signals) -> tuple[list[float], list[float]]:
        ranked = rank_sentences(transcript, get_ranker(method), signals)
        assert sum(ranked.procedural) == 6
        c = [float(x) for x in ranked.centrality]
        return c[:4], c[4:]

    said, courtesy = centrality(priors.ALL_SIGNALS)
    assert min(said) > max(courtesy)
    if method == "lexrank":
        said, courtesy = centrality(priors.Signals(filler=False))
        assert max(courtesy) > max(said)


def test_vectors_without_rows_is_the_same_in_both_representations() -> None:
    texts = ["The harbour budget falls.", "Thank you, Karen.", "Harbour repairs start in May."]
    py = tfidf(texts)
    dropped = [False, True, False]
    assert py.numpy().without(dropped).row(1).tolist() == py.without(dropped).row(1).tolist()
    assert py.without(dropped).row(1).tolist() == [0.0] * py.n_terms
    assert py.without(dropped).row(0).tolist() == py.row(0).tolist()


def test_a_long_line_with_one_content_word_weighs_like_a_fragment() -> None:
    from briefing_cli.rank import priors

    text = "MR. HALE: We we we talked about that, you know, so so.\n\n" \
           "MS. ROSS: Harbour repairs start in May at the northern depots.\n"
    transcript = parse(Document("t.txt", text))
    sentences = transcript.sentences
    sizes = [8, 10]
    plain, _ = priors.weights(transcript, sentences, sizes,
                              priors.Signals(position=False), contents=None)
    weighted, _ = priors.weights(transcript, sentences, sizes,
                                 priors.Signals(position=False), contents=[1, 5])
    assert weighted[0] == pytest.approx(plain[0] / priors.FULL_CONTENT)
    assert weighted[1] == pytest.approx(plain[1])
