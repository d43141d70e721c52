"""`briefing compare OLD NEW`: topics new, dropped and continuing, per speaker."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from test_furniture import SPEECH, _furniture_lines, _furniture_words
from typer.testing import CliRunner

from briefing_cli.cli import app
from briefing_cli.compare import compare
from briefing_cli.models import Document
from briefing_cli.rank import get_ranker
from briefing_cli.transcript import parse

ROOT = Path(__file__).resolve().parent.parent
OLD = "samples/state_department_briefing.txt"
NEW = "samples/state_department_briefing_next_day.txt"
GOLDEN = ROOT / "tests" / "golden"


def _run(*args: str, status: int = 0) -> str:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(app, ["compare", *args])
    finally:
        os.chdir(cwd)
    assert result.exit_code == status, result.output
    return result.stdout if status == 0 else result.stderr


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fmt", "name"), [("text", "compare_state.txt"),
                                           ("json", "compare_state.json"),
                                           ("markdown", "compare_state.md")])
def test_golden(fmt: str, name: str) -> None:
    _golden(name, _run(OLD, NEW, "-f", fmt))


def test_new_dropped_and_continuing_are_found() -> None:
    data = json.loads(_run(OLD, NEW, "-f", "json"))
    assert data["schema"] == "briefing.compare/1"
    reyes = next(s for s in data["speakers"] if s["name"] == "Daniel Reyes")
    assert reyes["matched_by"] == "name"
    assert "observer mission" in reyes["new_topics"]
    topics = {c["topic"]: c for c in reyes["continuing"]}
    assert "humanitarian workers" in topics
    old_text = (ROOT / OLD).read_text(encoding="utf-8")
    new_text = (ROOT / NEW).read_text(encoding="utf-8")
    for item in reyes["continuing"]:
        assert item["old"]["text"] in old_text and item["new"]["text"] in new_text
        assert item["topic"].split()[0][:4].lower() in item["old"]["text"].lower()


def test_identical_briefings_change_nothing() -> None:
    data = json.loads(_run(OLD, OLD, "-f", "json"))
    for speaker in data["speakers"]:
        assert speaker["new_topics"] == [] and speaker["dropped_topics"] == []
        for item in speaker["continuing"]:
            assert item["old"] == item["new"]


def test_a_new_spokesperson_is_matched_by_role(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("Press Briefing\nAnna Berg, Spokesperson\n\nMS. BERG: The harbour talks "
                   "resume on Monday.\n\nQUESTION: When?\n\nMS. BERG: The harbour talks "
                   "matter to us, and the harbour talks will go on.\n", encoding="utf-8")
    new.write_text("Press Briefing\nPaul Ode, Spokesperson\n\nMR. ODE: The harbour talks "
                   "resumed today.\n\nQUESTION: How?\n\nMR. ODE: The harbour talks went "
                   "well, and the harbour talks go on.\n", encoding="utf-8")
    data = json.loads(_run(str(old), str(new), "-f", "json"))
    ode = data["speakers"][0]
    assert (ode["name"], ode["matched_by"]) == ("Paul Ode (was Anna Berg)", "role")
    assert [c["topic"] for c in ode["continuing"]] == ["harbour talks"]


def test_markdown_and_output_file(tmp_path: Path) -> None:
    target = tmp_path / "changes.md"
    _run(str(ROOT / OLD), str(ROOT / NEW), "-o", str(target))
    tokens = MarkdownIt("commonmark").enable("table").parse(target.read_text(encoding="utf-8"))
    assert any(t.type == "table_open" for t in tokens)


@pytest.mark.parametrize(("args", "status"), [
    (["missing.txt", NEW], 1), (["-", "-"], 2), ([OLD], 2), ([OLD, NEW, "-o", OLD], 1)])
def test_errors(args: list[str], status: int) -> None:
    message = _run(*args, status=status)
    assert message.startswith("error:") and message.count("\n") == 1


def _furnished(furniture: list[str], rng: random.Random) -> str:
    """A labelled briefing whose every turn runs on into a line of page furniture (a share
    bar, a banner, a copyright line ...), so the furniture sits inside speakers' turns."""
    lines: list[str] = []
    turns = [(who, line) for who, said in SPEECH.items() for line in said] * 2
    rng.shuffle(turns)
    for i, (who, line) in enumerate(turns):
        label = "Q" if who == "Press" else who.upper()
        lines += [f"{label}: {line}", furniture[i % len(furniture)], ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", range(8))
def test_furniture_is_never_a_topic_nor_a_statement(seed: int) -> None:
    furniture = _furniture_lines(random.Random(seed))
    old, new = (parse(Document(name, _furnished(furniture, random.Random(seed + k))))
                for k, name in ((1, "old.txt"), (2, "new.txt")))
    comparison = compare(old, new, get_ranker("lexrank"))
    shown = [s.sentence.text for change in comparison.speakers for c in change.continuing
             for s in (c.old, c.new)]
    topics = {t.lower() for change in comparison.speakers
              for t in (*change.new_topics, *change.dropped_topics,
                        *(c.topic for c in change.continuing))}
    for line in furniture:
        assert not any(line.strip() in text or text in line for text in shown), (line, shown)
    assert not topics & _furniture_words(furniture), topics
    # What was said still compares: the filter does not eat the statements.
    assert {"harbour authority", "older piers", "freight volumes"} <= topics, topics
