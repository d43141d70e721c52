"""Key terms: distinctive, multi-word where the words belong together, never filler."""

from __future__ import annotations

from briefing_cli.terms import key_terms


def test_distinctive_terms_and_collocations() -> None:
    texts = [
        "Freedom of navigation matters in the strait.",
        "We defend freedom of navigation every day.",
        "Freedom of navigation is not negotiable, and the strait stays open.",
        "The budget committee meets on Tuesday.",
        "The budget committee will vote on the harbour funds.",
        "Harbour funds pay for the budget committee's work.",
    ]
    speakers = ["a", "a", "a", "b", "b", "b"]
    terms = key_terms(texts, speakers)
    assert terms["a"][0] == "freedom of navigation"
    assert "budget committee" in terms["b"]
    assert not set(terms["a"]) & set(terms["b"])


def test_no_stopword_number_or_name_terms() -> None:
    texts = ["Thank you, Karen, and we will see 2024 and 2025 numbers.",
             "Karen, the 2024 numbers are what they are.",
             "We will see what the numbers say about 2025."]
    terms = key_terms(texts, ["x", "x", "x"], exclude=["Karen"])["x"]
    assert "numbers" in terms
    for term in terms:
        assert not term.isdigit() and "karen" not in term.lower()
        assert term.split()[0] not in {"the", "we", "and", "will", "thank"}


def test_narration_has_no_terms() -> None:
    assert key_terms(["The hall was full."], [None]) == {}


def test_collocations_match_nltk_from_documents() -> None:
    """The Counter-based counting scores exactly as NLTK's own finders would."""
    from pathlib import Path

    from nltk.collocations import (
        BigramAssocMeasures,
        BigramCollocationFinder,
        TrigramAssocMeasures,
        TrigramCollocationFinder,
    )

    from briefing_cli import terms

    text = (Path(__file__).resolve().parent.parent / "samples" / "white_house_briefing.txt"
            ).read_text(encoding="utf-8")
    sentences = [terms._tokens(line) for line in text.splitlines() if line.strip()]
    documents = [[t[0] for t in s] for s in sentences]
    expected = set()
    for finder_type, measure in ((BigramCollocationFinder, BigramAssocMeasures),
                                 (TrigramCollocationFinder, TrigramAssocMeasures)):
        finder = finder_type.from_documents(documents)
        finder.apply_freq_filter(2)
        finder.apply_ngram_filter(
            lambda *gram: not (terms._is_content(gram[0]) and terms._is_content(gram[-1])))
        expected |= {tuple(g) for g, score in finder.score_ngrams(measure.likelihood_ratio)
                     if score >= terms._SIGNIFICANT}
    assert terms._collocations(sentences) == expected
    assert expected


def test_names_and_noun_phrases_over_lone_adjectives_verbs_and_numbers() -> None:
    texts = [
        "The talks in the Lerin Valley were entirely different from last year.",
        "We do not want World War III, and the Lerin Valley ceasefire is full and direct.",
        "Three observers involve themselves in the Lerin Valley every day.",
        "Such a move would involve three different parties in a full-scale war.",
    ]
    terms = key_terms(texts, ["a"] * 4)["a"]
    assert terms[0] == "Lerin Valley"
    assert "World War III" in terms
    for lone in ("different", "entirely", "full", "direct", "involve", "three", "III",
                 "full-scale"):
        assert lone not in terms


def test_variants_count_once_in_the_speakers_own_form() -> None:
    texts = ["Observers arrive Monday.", "The observer mission grows.",
             "OBSERVERS stay.", "An observer mission is vital."]
    terms = key_terms(texts, ["a", "a", "a", "a"])["a"]
    assert sum("observer" in t.lower() for t in terms) == 1


def test_a_repeated_word_is_no_collocation() -> None:
    """`Tariffs tariffs tariffs.` once made the likelihood ratio take the log of a negative
    count (a hypothesis case of tests/test_startup.py): now it is simply no collocation."""
    terms = key_terms(["Tariffs tariffs tariffs.", "Tariffs tariffs tariffs tariffs."],
                      ["a", "a"])
    assert all(" " not in term for term in terms.get("a", []))
