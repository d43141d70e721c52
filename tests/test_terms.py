"""Key terms: distinctive, multi-word where the words belong together, never filler."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_each_sentence_is_tokenised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Collocations, noun uses and candidates all come from one tokenisation per sentence
    (three passes made key terms most of a long digest's time)."""
    from briefing_cli import terms

    calls: list[str] = []
    real = terms._tokens

    def counting(text: str, *args: Any, **kwargs: Any) -> list[terms.Token]:
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(terms, "_tokens", counting)
    texts = [f"The harbour plan {i} needs the budget committee." for i in range(30)]
    speakers = ["a" if i % 3 else None for i in range(30)]
    result = key_terms(texts, speakers)
    assert "budget committee" in result["a"]
    assert sorted(calls) == sorted(t for t, s in zip(texts, speakers, strict=True) if s)


def test_a_strong_single_noun_beats_a_weak_phrase_and_heads_its_phrase() -> None:
    """Eight uses of "budget" outrank a phrase said twice; a word most of whose uses are in
    one phrase is shown as that phrase."""
    texts = [f"The budget grows in year {i} and the budget stays fair." for i in range(4)]
    texts += ["The budget hearing starts.", "A budget hearing ends.",
              "The rail line opens.", "Trains use the rail line.", "The line is new."]
    terms = key_terms(texts, ["a"] * len(texts))["a"]
    assert terms[0] == "budget"
    assert "rail line" in terms and "line" not in terms


def test_a_long_winded_speaker_keeps_one_once_said_name_at_most() -> None:
    filler = [f"The harbour {w} needs {w} {v} and harbour funding."
              for w, v in zip("dock pier quay berth wharf jetty crane barge ferry canal".split(),
                              "repairs plans checks paint staff money lights ropes fuel dredging"
                              .split(), strict=True)]
    texts = [*filler, "I spoke with Minister Ola Varen today.", "The Kestel Bridge is closed.",
             "The Kestel Bridge will reopen.", "Later I met Director Ines Marlow in Tarvik."]
    terms = key_terms(texts, ["a"] * len(texts))["a"]
    assert "Kestel Bridge" in terms
    once = [t for t in terms if any(n in t for n in ("Varen", "Marlow", "Tarvik"))]
    assert len(once) == 1, terms  # a name said once is worth a slot, not the whole list
    assert "spoke" not in terms and "dock" not in terms  # one-off plain words stay out


_HARBOUR = [f"The harbour {w} needs {v} and harbour funding."  # a long-winded speaker
            for w, v in zip("dock pier quay berth wharf jetty crane barge ferry canal lock "
                            "basin".split(), "repairs plans checks paint staff money lights "
                            "ropes fuel dredging gates silt".split(), strict=True)]


@pytest.mark.parametrize(("said", "kept"), [
    ("I spoke with Foreign Minister Aldan today.", "Foreign Minister Aldan"),
    ("We met Assistant Secretary Maria Lind.", "Assistant Secretary Maria Lind"),
    ("The route passes the Lerin Valley.", "Lerin Valley"),
    ("We toured the Hollywood Boulevard Walk today.", None),
    ("She joined the Princeton Economic Outlook Group.", None),
])
def test_a_once_said_name_is_a_theme_only_when_short(said: str, kept: str | None) -> None:
    """Titles aside, a name said once by a long-winded speaker is at most two words: a
    longer run said once is rarely what they talked about."""
    terms = key_terms([*_HARBOUR, said], ["a"] * (len(_HARBOUR) + 1))["a"]
    if kept is None:
        assert not any(t[:1].isupper() for t in terms), terms
    else:
        assert kept in terms, terms


@pytest.mark.parametrize("case", [str.title, str.upper])
def test_a_title_case_line_has_no_names(case: Any) -> None:
    headline = case("Labor department numbers show retail hiring gains in every region")
    texts = [headline, headline, "Retail hiring gains slowed, and Labor Secretary Ann Pike "
             "spoke.", "Labor Secretary Ann Pike said retail hiring gains would last."]
    terms = key_terms(texts, ["a"] * len(texts))["a"]
    assert "Labor Secretary Ann Pike" in terms, terms
    assert not any(t.split()[-1] in {"Show", "Numbers", "Region", "SHOW"} for t in terms), terms


def test_two_names_joined_by_and_are_not_one_term() -> None:
    texts = ["Yesterday Cyrus and Liam left Sydney.", "Then Cyrus and Liam were seen.",
             "Fans say Cyrus and Liam will marry.", "Reporters think Cyrus and Liam moved.",
             "Later Cyrus wore white."]
    terms = key_terms(texts, ["a"] * len(texts))["a"]
    assert not any(" and " in t for t in terms), terms
    assert "Cyrus" in terms, terms


def test_a_name_that_opens_a_sentence_keeps_its_case() -> None:
    texts = ["Penelope Cruz arrived.", "Penelope Cruz spoke.", "Later we saw Penelope Cruz."]
    terms = key_terms(texts, ["a"] * 3)["a"]
    assert terms[0] == "Penelope Cruz" and not any("penelope" in t for t in terms)


_WORDS = ("budget committee harbour plan trade tariffs steel Lerin Valley President Dossou "
          "ceasefire observers full different involve three III aimed the of and in a our "
          "offer rail line talks 2024 O'Neill's Kestria's well-known freedom navigation").split()
_sentence = st.builds(
    lambda words, end: words[0].capitalize() + " " + " ".join(words[1:]) + end,
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.sampled_from([".", "?", ""]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_sentence, st.sampled_from(["a", "b", "c", None])),
                min_size=1, max_size=25),
       st.sampled_from([" ", "  ", "\n", ", "]))
def test_terms_are_spans_of_the_speakers_own_sentences(
        lines: list[tuple[str, str | None]], glue: str) -> None:
    """Property: each term is a run of words of that speaker's sentences (ignoring case,
    spacing and a possessive 's), never a lone adjective, number word or verb never used as a
    noun, and the result is the same on every call."""
    from briefing_cli import wordclass

    texts = [text.replace(" ", glue, 1) for text, _ in lines]
    speakers = [speaker for _, speaker in lines]
    result = key_terms(texts, speakers)
    assert result == key_terms(texts, speakers)
    everyone = " \n ".join(t for t, s in zip(texts, speakers, strict=True) if s)
    for speaker, terms in result.items():
        own = " \n ".join(t for t, s in zip(texts, speakers, strict=True) if s == speaker)
        for term in terms:
            words = term.split()
            pattern = r"(?<![\w'’-])" + r"(?:'s)?[\s,]*".join(re.escape(w) for w in words) + \
                r"(?![\w-])"
            assert re.search(pattern, own, re.IGNORECASE), (term, own)
            if len(words) == 1 and not term[:1].isupper():
                assert term not in wordclass.ADJECTIVES and not wordclass.is_number(term)
                assert term not in wordclass.VERBS or re.search(  # a noun somewhere
                    r"\b(?:the|a|our)\s+" + re.escape(term) + r"\b", everyone, re.IGNORECASE)


def test_same_terms_under_any_hash_seed() -> None:
    """No set or dict order leaks into the terms (run under two hash seeds)."""
    import os
    import subprocess
    import sys

    code = ("from pathlib import Path; from briefing_cli.terms import document_terms; "
            "from briefing_cli import nlp; t = Path('samples/white_house_briefing.txt')"
            ".read_text(encoding='utf-8'); "
            "print(document_terms([t[s:e] for s, e in nlp.sentence_spans(t)], limit=8))")
    root = Path(__file__).resolve().parent.parent
    outputs = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                              text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(outputs) == 1 and "[" in outputs.pop()


def test_a_word_repeated_in_one_sentence_is_no_crash() -> None:
    """NLTK's likelihood ratio takes the log of a negative cell for "budget budget budget"."""
    assert key_terms(["Budget budget budget."], ["a"]) == {"a": ["budget"]}
    assert key_terms(["Harbour plan harbour plan harbour plan."], ["a"])["a"]


def test_a_repeated_word_is_no_collocation() -> None:
    """`Tariffs tariffs tariffs.` once made the likelihood ratio take the log of a negative
    count (a hypothesis case of tests/test_startup.py): now it is simply no collocation."""
    terms = key_terms(["Tariffs tariffs tariffs.", "Tariffs tariffs tariffs tariffs."],
                      ["a", "a"])
    assert all(" " not in term for term in terms.get("a", []))


@pytest.mark.parametrize("flush", [1, 7])
def test_buffered_counts_give_the_same_terms(monkeypatch: pytest.MonkeyPatch, flush: int) -> None:
    """Counts are buffered and added a few thousand sentences at a time (issue 14): any
    buffer size gives the terms of counting sentence by sentence."""
    from briefing_cli import terms

    text = (Path(__file__).resolve().parent.parent / "samples" / "white_house_briefing.txt"
            ).read_text(encoding="utf-8")
    texts = [line for line in text.splitlines() if line.strip()]
    speakers = [("a", "b", "c")[i % 3] for i in range(len(texts))]
    expected = key_terms(texts, speakers)
    monkeypatch.setattr(terms._Counts, "FLUSH", flush)
    assert key_terms(texts, speakers) == expected
    assert expected["a"]
