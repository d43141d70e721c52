"""Summary length options: -n, --ratio, --words, and --method, through the CLI."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing_cli import nlp
from briefing_cli.cli import app
from briefing_cli.rank import METHODS
from briefing_cli.source import read_source
from briefing_cli.transcript import parse

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "white_house_briefing.txt"


def _summary(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["summarize", str(SAMPLE), "-f", "json", *args])
    assert result.exit_code == 0, result.output
    summary: list[dict[str, object]] = json.loads(result.stdout)["summary"]
    return summary


@pytest.mark.parametrize("budget", [1, 12, 40, 110])
def test_words_budget_is_never_exceeded(budget: int) -> None:
    summary = _summary("--words", str(budget))
    assert sum(nlp.word_count(str(p["text"])) for p in summary) <= budget


def test_words_budget_is_used() -> None:
    assert sum(nlp.word_count(str(p["text"])) for p in _summary("--words", "110")) >= 60


@pytest.mark.parametrize(("ratio", "share"), [("10%", 0.1), ("0.1", 0.1), ("25%", 0.25)])
def test_ratio_is_a_share_of_sentences(ratio: str, share: float) -> None:
    sentences = len(parse(read_source(str(SAMPLE))).sentences)
    assert len(_summary("--ratio", ratio)) == math.ceil(share * sentences)


@pytest.mark.parametrize("args", [["--ratio", "0"], ["--ratio", "150%"], ["--ratio", "x"],
                                  ["-n", "3", "--words", "50"], ["--ratio", "5%", "-n", "2"],
                                  ["--method", "bogus"], ["--words", "0"]])
def test_bad_length_options_are_usage_errors(args: list[str]) -> None:
    result = CliRunner().invoke(app, ["summarize", str(SAMPLE), *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("method", METHODS)
def test_every_method_runs_and_stays_verbatim(method: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    summary = _summary("--method", method, "-n", "4")
    assert len(summary) == 4
    assert all(str(p["text"]) in text for p in summary)
