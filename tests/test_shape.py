"""Speaking share and timeline: one computation, the same figures in every format."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from briefing_cli import shape
from briefing_cli.cli import app
from briefing_cli.models import Document
from briefing_cli.render import markdown, share, text
from briefing_cli.source import read_source
from briefing_cli.transcript import parse

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_shares_sum_to_one_and_timeline_follows_the_turns(path: Path) -> None:
    transcript = parse(read_source(str(path)))
    figures = shape.measure(transcript)
    assert [s.speaker for s in figures.shares] == [s.id for s in transcript.speakers]
    if figures.shares:
        assert sum(s.share_words for s in figures.shares) == pytest.approx(1, abs=1e-3)
        assert sum(s.share_turns for s in figures.shares) == pytest.approx(1, abs=1e-3)
    # stretches alternate speakers, in order, and cover every non-empty turn
    for a, b in zip(figures.timeline, figures.timeline[1:], strict=False):
        assert a.speaker != b.speaker
        assert a.end <= b.start and a.end_line <= b.start_line
    covered = {t.speaker for t in transcript.turns if t.end > t.start}
    assert {s.speaker for s in figures.timeline} == covered
    for stretch in figures.timeline:
        assert 1 <= stretch.start_line <= stretch.end_line <= transcript.document.line_count


def test_two_speakers_alternating() -> None:
    text_ = ("MR SMITH: One two three four five six.\n\nQUESTION: Why?\n\n"
             "MR SMITH: Seven eight.\n\nMS JONES: Nine ten eleven twelve.\n")
    transcript = parse(Document("t.txt", text_))
    figures = shape.measure(transcript)
    words = {s.speaker: s.words for s in figures.shares}
    assert sum(words.values()) == 6 + 1 + 2 + 4
    assert [s.speaker for s in figures.timeline][:3] == [
        transcript.turns[0].speaker, "press", transcript.turns[0].speaker]
    assert [(s.start_line, s.end_line) for s in figures.timeline] == [
        (1, 1), (3, 3), (5, 5), (7, 7)]


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12))
def test_percentages_fill_exactly(values: list[int]) -> None:
    parts = shape.percentages(values)
    assert sum(parts) == (1000 if sum(values) else 0)
    total = max(1, sum(values))
    assert all(abs(p - v * 1000 / total) < 1 for p, v in zip(parts, values, strict=True))


@given(st.integers(min_value=1, max_value=300))
def test_slices_have_the_width_asked(width: int) -> None:
    figures = shape.measure(parse(read_source(str(ROOT / "samples" / "white_house_briefing.txt"))))
    held = shape.slices(figures, width)
    assert len(held) == width
    assert set(held) <= {s.speaker for s in figures.timeline}


def test_symbols_are_distinct() -> None:
    text_ = "MR SMITH: Hello there.\n\nMS SMYTH: Hello again.\n\nMR SMART: And again.\n"
    transcript = parse(Document("t.txt", text_))
    symbols = shape.symbols(transcript)
    assert len(set(symbols.values())) == len(symbols)


def test_plain_when_colour_is_off() -> None:
    transcript = parse(read_source(str(ROOT / "samples" / "white_house_briefing.txt")))
    console = Console(record=True, width=70, color_system=None, force_terminal=False,
                      file=io.StringIO())
    share.render_rich(transcript, console)
    plain = console.export_text()
    assert "█" not in plain and "#" in plain and "W Karen Whitfield" in plain
    assert max(len(line) for line in plain.splitlines()) <= 70
    colour = Console(record=True, width=70, color_system="truecolor", force_terminal=True,
                     file=io.StringIO())
    share.render_rich(transcript, colour)
    assert "█" in colour.export_text(clear=False) and "\x1b[" in colour.export_text(styles=True)


def test_no_color_env_gives_plain_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, ["summarize", str(ROOT / "samples" / "news_article.txt")])
    assert result.exit_code == 0
    assert "Speaking share" in result.stdout and "\x1b[" not in result.stdout


def test_same_figures_in_json_text_and_markdown() -> None:
    path = str(ROOT / "samples" / "white_house_briefing.txt")
    result = CliRunner().invoke(app, ["summarize", path, "-f", "json"])
    data = json.loads(result.stdout)
    figures = shape.measure(parse(read_source(path)))
    by_id = {s.speaker: s for s in figures.shares}
    for speaker in data["speakers"]:
        assert speaker["share_words"] == by_id[speaker["id"]].share_words
        assert speaker["share_turns"] == by_id[speaker["id"]].share_turns
    assert data["timeline"] == [
        {"speaker": s.speaker, "start_line": s.start_line, "end_line": s.end_line}
        for s in figures.timeline]
    transcript = parse(read_source(path))
    assert "42%" in "\n".join(share.plain_lines(transcript))
    assert "## Speaking share" in markdown.render(_digest(path))
    assert "Timeline (lines 1-99" in text.render(_digest(path))


def test_unicode_bar() -> None:
    assert markdown.unicode_bar(0.5, 4) == "██\u2007\u2007"
    assert markdown.unicode_bar(1.0, 4) == "████"
    assert markdown.unicode_bar(0.0, 3) == "\u2007" * 3
    assert len(markdown.unicode_bar(0.33, 10)) == 10


def _digest(path: str) -> object:
    from briefing_cli.digest import build_digest
    from briefing_cli.rank import get_ranker

    return build_digest(parse(read_source(path)), get_ranker("lexrank"))
