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


_BITE_PIECES = ["sound", "SOUND", "Sound", "bite", "BITE", "bİte", "bıte", "ſound", "SOT", "sot",
                "SOTs", " ", "\n", "-", "Bite", "x", "SOUND BITE"]


@given(st.lists(st.sampled_from(_BITE_PIECES), max_size=8).map("".join))
def test_the_sound_bite_pre_check_misses_no_bite(text: str) -> None:
    """shotlist's quick test (`SOT` or `bite` in any case) holds wherever a bite can."""
    from briefing_cli.transcript import shotlist

    if shotlist._ANY_BITE.search(text) is not None:
        assert "SOT" in text or shotlist._BITE_WORD.search(text) is not None
    # the two branches searched apart find a bite exactly where the alternation does
    assert (shotlist._ANY_BITE.search(text) is not None) == (
        shotlist._SOT.search(text) is not None or shotlist._SOUND_BITE.search(text) is not None)


@given(st.lists(st.sampled_from(["a", ". ", "。", "！", "」", "？", " ", "b"]), max_size=12)
       .map("".join), st.lists(st.integers(0, 12), max_size=6))
def test_fullwidth_split_of_a_chunk_without_fullwidth_stops(text: str, cuts: list[int]) -> None:
    """`_split_fullwidth` gives the spans as they are when the chunk has no full-width stop,
    as the per-span scan does."""
    from briefing_cli import nlp

    bounds = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    spans = list(zip(bounds, bounds[1:], strict=False))
    expected = []
    for s, e in spans:
        start = s
        for match in nlp._FULLWIDTH_END.finditer(text, s, e):
            if match.end() < e:
                expected.append((start, match.end()))
                start = match.end()
        expected.append((start, e))
    assert list(nlp._split_fullwidth(iter(spans), text)) == expected


@given(st.lists(st.sampled_from(["MR", "Ana", " ", "\t", "\u00a0", "\u2028", "\x1c", ",", ".",
                                 "de", "ß", "ŉ", "O'Neil", "Dr.", "SECRETARY", "of"]),
                max_size=10).map("".join))
def test_a_name_part_holds_no_space(label: str) -> None:
    """`_find_marks` passes over a label with a space in it when it asks whether the label
    is a part of a longer label's name: no part holds a space, in capitals either."""
    from briefing_cli.speakers import name_parts

    for part in name_parts(label)[1]:
        assert part.upper().split() == [part.upper()]


_STAMP_PIECES = ["1", "12", "123", ":", "::", " ", "\t", "-->", "->", "--", ",", ".", "000", "a",
                 "٣", "\u00a0"]


@given(st.lists(st.sampled_from(_STAMP_PIECES), max_size=12).map("".join))
def test_the_timing_pre_checks_miss_no_timing(line: str) -> None:
    """subtitles' and monologue's whole-text tests hold wherever a line's stamp can match:
    a cue timing holds `-->`, a glued stamp a digit, a colon and two digits."""
    from briefing_cli.transcript import monologue, subtitles

    if subtitles.TIMING.match(line) is not None:
        assert "-->" in line
    if monologue._GLUED.match(line) is not None:
        assert monologue._STAMP_DIGITS.search(line) is not None


_HINT_PIECES = ["line", "LINE", "Line", "lİne", "lıne", "ahead", "AHEAD", "proceed", "PROCEED",
                "l", "i", "ı", "İ", "n", "e", "ahe", "ad", "K", "\u212a", "é", " ", "\n", "?",
                "go", "dead", "pipe"]


@given(st.lists(st.sampled_from(_HINT_PIECES), max_size=12).map("".join))
def test_the_line_open_pre_check_misses_no_hint(text: str) -> None:
    """labelled's lower-case substring test finds `line`/`ahead`/`proceed` wherever the
    case-blind expression does, and on ASCII text exactly there."""
    from briefing_cli.transcript import labelled

    expected = labelled._LINE_OPEN_HINT.search(text) is not None
    if expected:
        assert labelled._line_open_hint(text)
    if text.isascii():
        assert labelled._line_open_hint(text) == expected


@given(st.lists(st.sampled_from(["?", " ", "  ", "\t", "\n", "Ab", "A", "b", ":", "x", "”", ")",
                                 "Parker", "Ruiz"]), max_size=14).map("".join),
       st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=40))
def test_the_inline_answer_pre_check_misses_no_answer(text: str, offset: int, end: int) -> None:
    """`_inline_answers` skips a span only where its expression finds no answer's label."""
    from briefing_cli.transcript import labelled

    end = min(end, len(text))
    if text.find("?", max(0, offset - 1), end - 5) == -1 and end >= 5:
        assert list(labelled._ANSWER_INLINE.finditer(text, offset, end)) == []
    # the whole-text hint finds something exactly where the expression does, and a span's
    # match is one in the whole text
    hint = labelled._ANSWER_HINT.search(text) is not None
    assert hint == (labelled._ANSWER_INLINE.search(text) is not None)
    if not hint:
        assert list(labelled._ANSWER_INLINE.finditer(text, offset, end)) == []


@given(st.lists(st.sampled_from([",", " ", "  ", "\t", "\n", "said", "Said", "SAID", ":", "x",
                                 "THE MINISTER", "sai", "d"]), max_size=12).map("".join))
def test_the_said_pre_check_misses_no_label(text: str) -> None:
    """`_said_labels` reads a text only where `said` and a colon can open a label."""
    from briefing_cli.transcript import labelled

    if labelled._SAID.search(text) is not None:
        assert labelled._SAID_COLON.search(text) is not None


@given(st.lists(st.sampled_from([":", " ", "  ", "\t", "\n", "\r", "\xa0", "\u2028", "\x1c",
                                 "a", "Q", "::", ": ", " :"]), max_size=16).map("".join))
def test_colons_are_the_colon_expressions_matches(text: str) -> None:
    """`_inline_marks` reads its colons from a literal-start scan widened back over spaces:
    the spans `_COLON.finditer` gives."""
    from briefing_cli.transcript import labelled

    assert list(labelled._colons(text)) == [m.span() for m in labelled._COLON.finditer(text)]


@given(st.lists(st.sampled_from([". ", "? ", "” ", ".\n", "Mr. ", "Spokesperson ", "HUANG ",
                                 "WANG", "Zhiwei", " Wenli", "(Vice Minister)", ", Deputy",
                                 ":", ": ", " ", "x", "\t", "Q"]), max_size=12).map("".join))
def test_the_family_inline_pre_check_misses_no_label(text: str) -> None:
    """`_family_first_inline`'s whole-text search finds something exactly where its
    look-behind expression does."""
    from briefing_cli.transcript import labelled

    assert (labelled._FAMILY_HINT.search(text) is None) == (
        labelled._FAMILY_INLINE.search(text) is None)


_LINE_PIECES = ["\n", "\n\n", " ", "\t", "(2) ", "3. ", "12) ", "1. ", "Flood Relief", "of",
                "the", "Opening statement", " of Director Ana Ruiz", "REMARKS", "Prepared ",
                "ANA RUIZ", " BRUNO ROE", " (Party)", " to the Minister of Ports", ": ",
                "Hon ", "Rt Hon ", "Dr ", " (Minister of Ports)", "The Valley Quarterly",
                ":", " Ana Ruiz", "x.", "MR SMITH", " Point 1 on the plan.", "Q", "?"]


@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=14).map("".join),
       st.integers(min_value=0, max_value=60))
def test_line_matches_are_the_line_expressions_matches(text: str, pos: int) -> None:
    """Each line-anchored expression read through `line_matches` and its hint gives the
    matches its own `finditer` gives, from any position."""
    from briefing_cli.transcript import labelled
    from briefing_cli.transcript.common import line_matches

    pos = min(pos, len(text))
    for pattern, hint in ((labelled._STATEMENT_HEADING, labelled._STATEMENT_HINT),
                          (labelled._NUMBERED_HEADING, labelled._NUMBERED_HINT),
                          (labelled._ORAL_QUESTION, labelled._ORAL_HINT),
                          (labelled._MEMBER_NOTED, labelled._MEMBER_HINT),
                          (labelled._HEADING_LINE, labelled._HEADING_HINT)):
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, pos)]
        assert [(m.span(), m.groupdict()) for m in line_matches(pattern, hint, text, pos)] \
            == expected


def test_line_matches_find_question_time_lines() -> None:
    """The question-time expressions (rare in generated text) through their hints: the
    same matches at the text's start, after it, and from a position inside a line."""
    from briefing_cli.transcript import labelled
    from briefing_cli.transcript.common import line_matches

    text = ("1. ANA RUIZ (Party) to the Minister of Ports: Will she act?\n"
            "Hon BRUNO ROE (Minister of Ports and Harbours): Yes.\n\n"
            "  2. CARLA MENDES VIEIRA (Party) to the Minister of Works: And the levy?\n"
            "Rt Hon Dr ANA RUIZ (Member for Eastbay): No.\nMR SMITH: Point.\n")
    for pattern, hint in ((labelled._ORAL_QUESTION, labelled._ORAL_HINT),
                          (labelled._MEMBER_NOTED, labelled._MEMBER_HINT)):
        for pos in range(len(text) + 1):
            expected = [m.span() for m in pattern.finditer(text, pos)]
            assert [m.span() for m in line_matches(pattern, hint, text, pos)] == expected
        assert len(list(pattern.finditer(text))) == 2


_MORE_LINE_PIECES = ["\n", "\n\n", " ", "\t", "[Transcript ends]", "(END)", "-- END --", "End",
                     "END OF TRANSCRIPT", " 2:01 P.M. EDT", "3:05 p.m.", "November 27th, 2018 / ",
                     "3 PM", "Mr", "Mrs ", "Dr.", "Photo", "BRYAN ROE", " KELLER", ", Manager of",
                     " Pilot Development,", "- ", "• ", "x", ":", ".", "Ana Keller"]


@given(st.lists(st.sampled_from(_MORE_LINE_PIECES), max_size=14).map("".join),
       st.integers(min_value=0, max_value=60))
def test_line_patterns_hints_give_their_matches(text: str, pos: int) -> None:
    """`line_pattern`'s expressions (end markers, wrapped heads, member openings, clocks)
    read through `line_matches` give their own `finditer`'s matches from any position."""
    from briefing_cli.transcript import headed, labelled
    from briefing_cli.transcript.common import line_matches

    pos = min(pos, len(text))
    for pattern, hint in ((labelled._END_MARKER, labelled._END_HINT),
                          (labelled._WRAPPED_HEAD, labelled._WRAPPED_HINT),
                          (headed._MEMBER_OPENING, headed._MEMBER_HINT),
                          (headed._CLOCK_ABOVE, headed._CLOCK_HINT)):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]
        assert [(m.span(), m.groups()) for m in line_matches(pattern, hint, text, pos)] \
            == expected


def test_line_matches_find_wrapped_heads() -> None:
    """Wrapped broadcast labels (rare in generated text) through their hint, from every
    position: the same matches as the expression's own scan."""
    from briefing_cli.transcript import labelled
    from briefing_cli.transcript.common import line_matches

    text = ("BRYAN ROE, Manager of Pilot Development,\nAlaska Airlines: It's fine.\n\n"
            "  - ANA RUIZ KELLER, Port Director\nEastbay Harbor Authority: Yes.\n"
            "BRUNO KELLER, HOST\n")
    for pos in range(len(text) + 1):
        expected = [m.span() for m in labelled._WRAPPED_HEAD.finditer(text, pos)]
        assert [m.span() for m in line_matches(labelled._WRAPPED_HEAD, labelled._WRAPPED_HINT,
                                               text, pos)] == expected
    assert len(list(labelled._WRAPPED_HEAD.finditer(text))) == 3
