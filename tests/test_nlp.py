"""The NLTK layer works offline and splits briefing text where a reader would."""

from __future__ import annotations

import subprocess
import sys

from helpers import fast_paths_off
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli import nlp


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in nlp.sentence_spans(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Amb. Pettit met Gen. Brown in the U.S. on Jan. 5 with Mr. Reyes. They talked."
    assert _sentences(text) == ["Amb. Pettit met Gen. Brown in the U.S. on Jan. 5 with Mr. Reyes.",
                                "They talked."]


def test_line_break_without_full_stop_ends_a_sentence() -> None:
    text = "Miller continued adding,\nQuote\nUkraine was in a different position"
    assert _sentences(text) == ["Miller continued adding,", "Quote",
                                "Ukraine was in a different position"]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "We have been clear that the\ndetention is unacceptable. Next point."
    assert _sentences(text) == ["We have been clear that the\ndetention is unacceptable.",
                                "Next point."]


def test_spans_are_exact_and_need_a_letter_or_digit() -> None:
    text = "  -- \n\nFirst one.   Second one!  \n...\n"
    spans = list(nlp.sentence_spans(text))
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!"]


def test_content_terms_drop_stopwords_and_numbers_and_stem() -> None:
    assert nlp.content_terms("We are supporting the 2 defenses of Ukraine's cities") == [
        "support", "defens", "ukrain", "citi"]


def test_works_with_no_nltk_data_and_never_downloads(tmp_path: object) -> None:
    code = (
        "import nltk, sys\n"
        "nltk.data.path[:] = []\n"
        "def refuse(*a, **k): raise SystemExit('nltk.download was called')\n"
        "nltk.download = refuse\n"
        "from briefing_cli.models import Document\n"
        "from briefing_cli.transcript import parse\n"
        "from briefing_cli.digest import build_digest\n"
        "from briefing_cli.rank import get_ranker\n"
        "t = parse(Document('x', 'MR A: We will act on the plan. Gen. Brown agrees with the '\n"
        "                        'plan.\\n\\nQ: When will the talks resume in Geneva?\\n'))\n"
        "d = build_digest(t, get_ranker('lexrank'))\n"
        "print(len(d.summary))\n"
    )
    env = {"NLTK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"


_WHITESPACE_ISH = " \t\r\n\x0b\x0c\x1c\x1d\x1e\x85\xa0\u2028\u3000ab"


@given(st.text(alphabet=_WHITESPACE_ISH, max_size=60) | st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_nonblank_line_spans_are_the_lines_strip_keeps(text: str) -> None:
    """The regex scan the layout detectors use to skip blank lines cheaply (issue 14) keeps
    exactly the lines that `str.strip` leaves something of, unicode whitespace included."""
    expected = [(s, e) for s, e in nlp.line_spans(text) if text[s:e].strip()]
    assert list(nlp.nonblank_line_spans(text)) == expected


_ONE_LINE = st.text(alphabet=st.sampled_from(list("ab Z9.?!,;'\"”)\t。」 \u3000-")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_ONE_LINE, st.integers(0, 5), st.integers(0, 5))
def test_one_line_fast_path_splits_as_punkt(line: str, cut_start: int, cut_end: int) -> None:
    """A one-line span with no sentence stop before its end skips Punkt's generators;
    every span gives what the general path (fast paths off) gives."""
    text = f"x\n{line}\ny"
    start, end = 2 + min(cut_start, len(line)), 2 + len(line) - min(cut_end, len(line))
    fast = list(nlp.sentence_spans(text, start, max(start, end)))
    try:
        with fast_paths_off(True):
            nlp._fast_paths.cache_clear()  # (read once per process)
            slow = list(nlp.sentence_spans(text, start, max(start, end)))
    finally:
        nlp._fast_paths.cache_clear()
    assert fast == slow


_PUNKT_WORDS = st.sampled_from(["Mr.", "Gen.", "U.S.", "Jan.", "e.g.", "No.", "5.", "i.e.",
                                "talks.", "Talks", "resume", "Monday.", "we", "We", "the",
                                "...", "end?", "Yes!", "(Laughter.)", "\"Done.\"", "A.", "b."])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PUNKT_WORDS, min_size=1, max_size=12), min_size=1, max_size=6))
def test_remembered_punkt_verdicts_split_as_punkt(texts: list[list[str]]) -> None:
    """Punkt's verdict on a candidate break's context is remembered across texts (the
    contexts repeat); every text is split as by a tokenizer that remembers nothing."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tokenizer = nlp._punkt()
    fresh = PunktSentenceTokenizer(tokenizer._params, lang_vars=tokenizer._lang_vars,
                                   token_cls=tokenizer._Token)
    for words in texts * 2:  # (each context asked again: the second time, remembered)
        text = " ".join(words)
        assert list(tokenizer.span_tokenize(text)) == list(fresh.span_tokenize(text))
