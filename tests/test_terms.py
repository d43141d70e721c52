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
