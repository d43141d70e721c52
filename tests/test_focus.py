"""--about (a topic) and --speaker (one official's line), through the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "samples/white_house_briefing.txt"
GOLDEN = ROOT / "tests" / "golden"


def _run(*args: str) -> str:
    cwd = os.getcwd()
    os.chdir(ROOT)  # the source name in the output is the relative path
    try:
        result = CliRunner().invoke(app, ["summarize", SAMPLE, *args])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return result.stdout


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def test_about_golden_text() -> None:
    _golden("white_house_about_tariffs.txt", _run("--about", "tariffs trade", "-f", "text"))


def test_about_nothing_matches_golden() -> None:
    _golden("white_house_about_nothing.txt", _run("--about", "submarines", "-f", "text"))


def test_about_json_marks_matches_and_silent_speakers() -> None:
    data = json.loads(_run("--about", "tariffs", "-f", "json"))
    assert data["focus"]["query"] == "tariffs" and data["focus"]["terms"] == ["tariffs"]
    assert data["summary"], "a sample that discusses tariffs has an on-topic summary"
    for point in data["summary"]:
        assert point["matched"]
    okafor = next(s for s in data["speakers"] if s["name"] == "Tom Okafor")
    assert okafor["summary"] == []


def test_about_with_speaker_gives_one_line_on_one_topic() -> None:
    data = json.loads(_run("--about", "ceasefire", "--speaker", "okafor", "-f", "json"))
    assert [s["name"] for s in data["speakers"]] == ["Tom Okafor"]
    assert data["summary"] and all(p["speaker"] == "tom-okafor" for p in data["summary"])
    assert all("ceasefire" in p["text"].lower() for p in data["summary"])


@pytest.mark.parametrize("name", ["Karen Whitfield", "whitfield", "MS. WHITFIELD",
                                  "karen-whitfield"])
def test_speaker_matches_any_alias(name: str) -> None:
    data = json.loads(_run("--speaker", name, "-f", "json"))
    assert [s["name"] for s in data["speakers"]] == ["Karen Whitfield"]


def test_table_highlights_matched_words() -> None:
    from rich.console import Console

    from briefing_cli.digest import build_digest
    from briefing_cli.rank import get_ranker
    from briefing_cli.render import table
    from briefing_cli.source import read_source
    from briefing_cli.transcript import parse

    digest = build_digest(parse(read_source(str(ROOT / SAMPLE))), get_ranker("lexrank"),
                          about="tariffs")
    console = Console(record=True, width=100, force_terminal=True, color_system="standard")
    table.render(digest, console)
    styled = console.export_text(styles=True)
    assert "\x1b[1;4mtariffs\x1b[0m" in styled or "\x1b[1m\x1b[4mtariffs" in styled


@pytest.mark.parametrize(("args", "status"), [
    (["--speaker", "nobody"], 1), (["--about", "the and of"], 1), (["--speaker", "r"], 1)])
def test_bad_focus_is_a_clear_error(args: list[str], status: int) -> None:
    result = CliRunner().invoke(app, ["summarize", str(ROOT / SAMPLE), *args])
    assert result.exit_code == status
    assert result.stderr.startswith("error: --") and result.stderr.count("\n") == 1
