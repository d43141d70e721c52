"""The shared tables the layout passes read from give what the per-pass scans gave."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_cli.nlp import line_spans
from briefing_cli.transcript.common import each_line

_TEXT = st.lists(st.sampled_from(["\n", "\n\n", "a", " ", "bc", "\r", "\u2028"]),
                max_size=30).map("".join)


@given(_TEXT, st.integers(min_value=-2, max_value=40))
def test_each_line_is_line_spans(text: str, start: int) -> None:
    assert list(each_line(text, start)) == list(line_spans(text, start))


def test_each_line_follows_the_text_it_is_given() -> None:
    """The table is per text: a second text, then the first again, read right."""
    first, second = "a\nbb\n\nccc", "x\n"
    assert list(each_line(first)) == [(0, 1), (2, 4), (5, 5), (6, 9)]
    assert list(each_line(second)) == [(0, 1)]
    assert list(each_line(first, 3)) == [(3, 4), (5, 5), (6, 9)]
    assert list(each_line("")) == []


_PIECES = ["Jane", "DOE", "MR.", " ", "\t", ":", ": ", "::", "(", ")", "(R-TX)", "-", " -- ",
           "\u2014", "\u2013", "Portrait", "Analysts", "analysts", "Operator", "a", "Q", "•", "*",
           ",", ".", "?", "\u2028", "\x1c"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_a_plain_line_is_no_heading(line: str) -> None:
    """headed's quick test only passes over lines its heading expressions cannot take."""
    from briefing_cli.transcript import headed

    if headed._plain_line(line):
        assert headed._heading(line) is None
        assert headed._NAME_LINE.match(line) is None
        assert line.strip().lower().rstrip(":") not in (
            "analysts", "conference call participants", "executives", "corporate participants")
