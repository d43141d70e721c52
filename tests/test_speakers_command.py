"""`briefing speakers`: the detected speakers, for a user checking attribution."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from briefing_cli.cli import app

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _json(name: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["speakers", str(SAMPLES / name), "-f", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_json_lists_people_press_and_narration() -> None:
    data = _json("white_house_briefing.txt")
    assert data["schema"] == "briefing.speakers/1"
    speakers = {s["name"]: s for s in data["speakers"]}  # type: ignore[attr-defined]
    assert speakers["Karen Whitfield"]["role"] == "Press Secretary"
    assert "MS. WHITFIELD" in speakers["Karen Whitfield"]["aliases"]
    assert speakers["Press"]["kind"] == "press" and speakers["Press"]["turns"] > 5
    assert all(s["turns"] > 0 and s["words"] > 0 and s["first_line"] >= 1
               for s in speakers.values())
    assert data["narration"]["turns"] >= 1  # type: ignore[index]


def test_counts_match_the_summarize_json() -> None:
    path = str(SAMPLES / "state_department_briefing.txt")
    digest = json.loads(CliRunner().invoke(app, ["summarize", path, "-f", "json"]).stdout)
    listed = _json("state_department_briefing.txt")["speakers"]
    assert [(s["id"], s["turns"], s["words"]) for s in listed] == [  # type: ignore[union-attr]
        (s["id"], s["turns"], s["words"]) for s in digest["speakers"]]


@pytest.mark.parametrize("fmt", ["table", "text", "markdown"])
def test_other_formats(fmt: str) -> None:
    result = CliRunner().invoke(app, ["speakers", str(SAMPLES / "news_article.txt"), "-f", fmt])
    assert result.exit_code == 0
    assert "Elena Varga" in result.stdout
    if fmt == "markdown":
        tokens = MarkdownIt("commonmark").enable("table").parse(result.stdout)
        assert any(t.type == "table_open" for t in tokens)


def test_stdin_and_errors() -> None:
    text = (SAMPLES / "news_article.txt").read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["speakers", "-", "-f", "text"], input=text)
    assert result.exit_code == 0 and "Elena Varga" in result.stdout
    missing = CliRunner().invoke(app, ["speakers", "nope.txt"])
    assert missing.exit_code == 1 and missing.stderr.startswith("error:")
    bogus = CliRunner().invoke(app, ["speakers", "-", "--input-format", "bogus"], input="x")
    assert bogus.exit_code == 2
