"""Property tests: any input is handled cleanly, quotes are verbatim, output is terminal-safe."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from helpers import decoded, lines_where
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefing_cli.cli import app

RUNNER = CliRunner()
SETTINGS = settings(max_examples=60, deadline=None)

# C0 controls except \t and \n, DEL, C1 controls, and the bidi overrides the renderers strip.
TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")






def assert_verbatim(digest: dict[str, Any], text: str) -> None:
    entries = list(digest["summary"])
    for speaker in digest["speakers"]:
        entries.extend(speaker["summary"])
    for entry in entries:
        quoted = entry["text"]
        assert quoted, entry
        assert quoted in text, f"not verbatim: {quoted!r}"
        assert entry["line"] in lines_where(text, quoted), (
            f"{quoted!r} does not start on line {entry['line']}")


def assert_clean(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception))
    assert "Traceback" not in result.output


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("properties")


def summarize(path: Path, data: bytes, *args: str) -> Result:
    path.write_bytes(data)
    return RUNNER.invoke(app, ["summarize", str(path), *args])


# --- strategies --------------------------------------------------------------------------------

LABELS = ("MR SMITH:", "MS. JONES:", "Q", "QUESTION:", "AMBASSADOR THOMAS-GREENFIELD:",
          "Gen. Robert Hale:", "MODERATOR:")

WORDS = st.one_of(
    st.from_regex(r"[a-z]{1,9}", fullmatch=True),
    st.sampled_from(["the", "minister", "U.S.", "Mr.", "talks", "Kestria", "p.m.", "3.5",
                     "don't", "ceasefire", "e.g.", "naïve", "Zürich", "“quoted”", "—"]),
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=12))
    first = words[0][:1].upper() + words[0][1:]
    end = draw(st.sampled_from([".", ".", ".", "?", "!"]))
    return " ".join([first, *words[1:]]) + end


@st.composite
def transcripts(draw: st.DrawFn) -> str:
    header = draw(st.sampled_from(["", "Department Press Briefing\nWashington, DC\n\n"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    turns = []
    for _ in range(draw(st.integers(min_value=1, max_value=10))):
        label = draw(st.sampled_from(LABELS))
        body = ""
        for sentence in draw(st.lists(sentences(), min_size=1, max_size=5)):
            gap = draw(st.sampled_from([" ", " ", "  ", "\n", "\n\n"])) if body else ""
            body += gap + sentence
        turns.append(f"{label}{'    ' if label == 'Q' else ' '}{body}")
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    return (header + separator.join(turns) + "\n").replace("\n", newline)


ESCAPES = ("\x1b[31m", "\x1b[0m", "\x1b]8;;http://x\x07", "\x1b]8;;\x07", "\x1b]0;title\x1b\\",
           "\x1b[2J", "\x1bc", "\x07", "\x08", "\x7f", "\x0b", "\x0c", "\x9b31m", "\x85",
           "\u202e", "\u2066", "\r", "\x1b")
# Plain narration ahead of the turns keeps control characters well under the 10% share
# that makes the reader reject an input as binary.
PREAMBLE = "Department Press Briefing\n" + "The briefing began on time in the usual room. " * 20



@st.composite
def hostile_transcripts(draw: st.DrawFn) -> str:
    """A labelled transcript with terminal escapes spliced into names and sentences."""
    lines = []
    for _ in range(draw(st.integers(min_value=2, max_value=8))):
        label = draw(st.sampled_from(LABELS))
        if draw(st.booleans()):
            label = draw(st.sampled_from(ESCAPES)) + label
        parts = []
        for sentence in draw(st.lists(sentences(), min_size=1, max_size=4)):
            words = sentence.split(" ")
            at = draw(st.integers(min_value=0, max_value=len(words)))
            words.insert(at, draw(st.sampled_from(ESCAPES)))
            parts.append(" ".join(words))
        lines.append(f"{label} {' '.join(parts)}")
    return PREAMBLE + "\n\n" + "\n\n".join(lines) + "\n"


# --- properties --------------------------------------------------------------------------------


@SETTINGS
@given(text=st.text())
def test_any_text_is_handled(workdir: Path, text: str) -> None:
    data = text.encode("utf-8")
    result = summarize(workdir / "any.txt", data, "--format", "json")
    assert_clean(result)
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1, result.stderr
        return
    digest = json.loads(result.stdout)
    assert_verbatim(digest, decoded(data))


@SETTINGS
@given(text=transcripts())
def test_labelled_transcripts_are_quoted_verbatim(workdir: Path, text: str) -> None:
    data = text.encode("utf-8")
    result = summarize(workdir / "labelled.txt", data, "--format", "json", "-n", "8")
    assert_clean(result)
    assert result.exit_code == 0, result.output
    digest = json.loads(result.stdout)
    if not digest["summary"]:  # all procedure ('MODERATOR: Thanks.'): only asked-for
        everything = summarize(workdir / "labelled.txt", data, "--format", "json", "-n", "8",
                               "--all-statements")
        assert json.loads(everything.stdout)["summary"]
    assert_verbatim(digest, decoded(data))
    turns = digest["turns"]
    for entry in digest["summary"]:
        assert turns[entry["turn"]]["speaker"] == entry["speaker"]


@SETTINGS
@given(text=hostile_transcripts())
def test_text_and_table_output_has_no_control_characters(workdir: Path, text: str) -> None:
    data = text.encode("utf-8")
    for fmt in ("text", "table"):
        result = summarize(workdir / "hostile.txt", data, "--format", fmt)
        assert_clean(result)
        assert result.exit_code == 0, result.output
        assert not CONTROL.search(result.stdout), (fmt, CONTROL.findall(result.stdout))
        assert not TERMINAL_UNSAFE.search(result.stdout), (
            fmt, TERMINAL_UNSAFE.findall(result.stdout))


HOSTILE = ("MR SMITH: Hello \x1b[31mred\x1b[0m and \x1b]8;;http://x\x07link\x1b]8;;\x07 "
           "there. We will \x1b[2J talk.\n\nQUESTION: Why?\n\n"
           "MR SMITH: Because \x1b]0;title\x1b\\ it matters.\n")


def test_markdown_on_a_terminal_has_no_control_characters(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing_cli.cli.is_interactive", lambda stream: True)
    result = summarize(workdir / "terminal.txt", HOSTILE.encode("utf-8"), "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert not CONTROL.search(result.stdout), CONTROL.findall(result.stdout)


def test_json_escapes_terminal_escapes_and_keeps_them(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing_cli.cli.is_interactive", lambda stream: True)
    data = HOSTILE.encode("utf-8")
    result = summarize(workdir / "terminal.txt", data, "--format", "json")
    assert result.exit_code == 0, result.output
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", result.stdout)
    digest = json.loads(result.stdout)
    assert any("\x1b[31m" in turn["text"] for turn in digest["turns"])
    assert_verbatim(digest, decoded(data))
