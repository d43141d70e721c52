"""End-to-end tests of the `briefing` command through Typer's CliRunner."""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
import typer
from click.testing import Result
from helpers import decoded, lines_where
from typer.testing import CliRunner

import briefing_cli
from briefing_cli.cli import app

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_NAMES = sorted(p.name for p in SAMPLE_DIR.glob("*.txt"))
BIG_SAMPLE = "state_department_briefing.txt"

ANSI = re.compile(r"\x1b")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

# A small labelled transcript: two speakers, questions and answers, several sentences.
SMALL = (
    "Department Press Briefing\n"
    "\n"
    "MR SMITH: Good afternoon. I have one announcement today. The minister will travel "
    "to Lisbon next week.\n"
    "\n"
    "QUESTION: Will she meet the delegation from Kestria? And when?\n"
    "\n"
    "MR SMITH: I have no meetings to announce. We will have a schedule later this week.\n"
    "\n"
    "QUESTION: Is the trade agreement on the agenda?\n"
    "\n"
    "MR SMITH: The agreement is always on the agenda. Talks continue at the technical level.\n"
)


# --- helpers -------------------------------------------------------------------------------






def summary_entries(digest: dict[str, Any]) -> list[dict[str, Any]]:
    entries = list(digest["summary"])
    for speaker in digest["speakers"]:
        entries.extend(speaker["summary"])
    return entries


def assert_verbatim(digest: dict[str, Any], text: str) -> None:
    for entry in summary_entries(digest):
        quoted = entry["text"]
        assert quoted, entry
        assert quoted in text, f"not verbatim: {quoted!r}"
        assert entry["line"] in lines_where(text, quoted), (
            f"{quoted!r} does not start on line {entry['line']} "
            f"(occurs on {sorted(lines_where(text, quoted))})")


def assert_clean_exit(result: Result) -> None:
    """No exception other than SystemExit escaped, and no traceback was printed."""
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception))
    assert "Traceback" not in result.output
    assert "Traceback" not in result.stderr


def assert_error(result: Result, code: int) -> str:
    """Exit `code`, one `error:` line on stderr, nothing on stdout; returns that line."""
    assert_clean_exit(result)
    assert result.exit_code == code, (result.exit_code, result.output)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert result.stdout == "", result.stdout
    return errors[0]


def invoke_json(runner: CliRunner, *args: str, **kwargs: Any) -> dict[str, Any]:
    result = runner.invoke(app, ["summarize", *args, "--format", "json"], **kwargs)
    assert_clean_exit(result)
    assert result.exit_code == 0, result.output
    digest: dict[str, Any] = json.loads(result.stdout)
    return digest


def without_name(digest: dict[str, Any]) -> dict[str, Any]:
    digest = json.loads(json.dumps(digest))
    digest["source"].pop("name")
    return digest


def no_tmp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


# --- help and version ----------------------------------------------------------------------


EXAMPLE_LINES = (
    "briefing summarize samples/state_department_briefing.txt",
    "cat briefing.txt | briefing summarize -n 8 -k 2",
    "briefing summarize briefing.txt -o digest.md",
    "briefing summarize briefing.txt --format json > digest.json",
)


@pytest.mark.parametrize("args", [["--help"], ["summarize", "--help"]])
def test_help_shows_examples(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert_clean_exit(result)
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    assert "Examples:" in result.stdout
    for line in EXAMPLE_LINES:
        assert line in result.stdout


def test_app_help_lists_summarize(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "summarize" in result.stdout
    assert "--version" in result.stdout


def test_summarize_help_lists_every_option(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summarize", "--help"])
    assert result.exit_code == 0
    for flag in ("-n", "--sentences", "-k", "--per-speaker", "-f", "--format", "-o",
                 "--output", "--input-format", "--max-bytes"):
        assert flag in result.stdout, flag


def _commands() -> list[tuple[str, Any]]:
    group = typer.main.get_command(app)
    commands = [("briefing", group)]
    commands += [(f"briefing {name}", cmd)
                 for name, cmd in sorted(group.commands.items())]  # type: ignore[attr-defined]
    return commands


def test_every_command_has_help() -> None:
    for name, command in _commands():
        assert (command.help or "").strip(), name


def test_every_option_has_help_text() -> None:
    checked = 0
    for name, command in _commands():
        for param in command.params:
            help_text = getattr(param, "help", None)
            assert help_text and help_text.strip(), f"{name}: {param.name} has no help"
            checked += 1
    assert checked >= 8  # --version, FILE, -n, -k, -f, -o, --input-format, --max-bytes


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert_clean_exit(result)
    assert result.exit_code == 0
    assert result.stdout == f"briefing {briefing_cli.__version__}\n"
    assert briefing_cli.__version__ == version("briefing-cli")


def test_no_arguments_shows_help(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    assert_clean_exit(result)
    assert result.exit_code in (0, 2)
    assert "summarize" in result.output
    assert "Commands" in result.output


def test_no_arguments_is_not_a_traceback(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    assert_clean_exit(result)
    assert result.exit_code in (0, 2)


# --- reading input ---------------------------------------------------------------------------


def test_file_argument(runner: CliRunner, small: Path) -> None:
    digest = invoke_json(runner, str(small))
    assert digest["schema"] == "briefing.digest/1"
    assert digest["source"]["name"] == str(small)
    assert digest["source"]["format"] == "labelled"
    assert_verbatim(digest, SMALL)


def test_dash_reads_stdin(runner: CliRunner, small: Path) -> None:
    from_stdin = invoke_json(runner, "-", input=SMALL)
    assert from_stdin["source"]["name"] == "<stdin>"
    assert without_name(from_stdin) == without_name(invoke_json(runner, str(small)))


def test_no_file_with_piped_input_reads_stdin(runner: CliRunner) -> None:
    digest = invoke_json(runner, input=SMALL)
    assert digest["source"]["name"] == "<stdin>"
    assert digest["summary"]
    assert_verbatim(digest, SMALL)


def test_stdin_bytes_are_decoded_like_files(runner: CliRunner) -> None:
    data = codecs.BOM_UTF8 + SMALL.replace("\n", "\r\n").encode("utf-8")
    digest = invoke_json(runner, "-", input=data)
    assert without_name(digest) == without_name(invoke_json(runner, "-", input=SMALL))


def test_no_file_and_terminal_stdin_is_usage_error(
        runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing_cli.cli.is_interactive", lambda stream: True)
    result = runner.invoke(app, ["summarize"])
    line = assert_error(result, 2)
    assert "FILE" in line or "standard input" in line


def test_empty_stdin_is_an_error(runner: CliRunner) -> None:
    line = assert_error(runner.invoke(app, ["summarize", "-"], input=b""), 1)
    assert "empty" in line


# --- options -----------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 4, 7])
def test_sentences_sets_summary_length(runner: CliRunner, samples: Path, n: int) -> None:
    for flag in ("-n", "--sentences"):
        digest = invoke_json(runner, str(samples / BIG_SAMPLE), flag, str(n))
        assert len(digest["summary"]) == n


def test_sentences_default_is_five(runner: CliRunner, samples: Path) -> None:
    assert len(invoke_json(runner, str(samples / BIG_SAMPLE))["summary"]) == 5


def test_sentences_larger_than_input(runner: CliRunner, small: Path) -> None:
    digest = invoke_json(runner, str(small), "-n", "1000")
    sentences = sum(1 for _ in re.finditer(r"[.?]", SMALL.split("\n", 2)[2]))
    assert 1 <= len(digest["summary"]) <= sentences
    assert_verbatim(digest, SMALL)


@pytest.mark.parametrize("k", [1, 2])
def test_per_speaker_caps_each_speaker(runner: CliRunner, samples: Path, k: int) -> None:
    for flag in ("-k", "--per-speaker"):
        digest = invoke_json(runner, str(samples / BIG_SAMPLE), flag, str(k))
        sizes = [len(sp["summary"]) for sp in digest["speakers"]]
        assert sizes and max(sizes) == k, sizes


def test_per_speaker_default_is_three(runner: CliRunner, samples: Path) -> None:
    digest = invoke_json(runner, str(samples / BIG_SAMPLE))
    assert max(len(sp["summary"]) for sp in digest["speakers"]) == 3


def test_format_json(runner: CliRunner, small: Path) -> None:
    for flag in ("-f", "--format"):
        result = runner.invoke(app, ["summarize", str(small), flag, "json"])
        assert result.exit_code == 0
        digest = json.loads(result.stdout)
        assert digest["schema"] == "briefing.digest/1"
        assert {"source", "method", "speakers", "turns", "summary"} <= digest.keys()


def test_format_is_case_insensitive(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["summarize", str(small), "-f", "JSON"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema"] == "briefing.digest/1"


def test_format_markdown(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["summarize", str(small), "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout.startswith("# ")
    assert "## Summary" in result.stdout


def test_format_text(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["summarize", str(small), "-f", "text"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Briefing digest:")
    assert "Summary" in result.stdout
    assert not ANSI.search(result.stdout)
    assert not CONTROL.search(result.stdout)


@pytest.mark.parametrize("args", [[], ["-f", "table"], ["--format", "table"]])
def test_format_table_is_the_default(runner: CliRunner, small: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["summarize", str(small), *args])
    assert_clean_exit(result)
    assert result.exit_code == 0
    assert "Briefing digest:" in result.stdout
    assert "Key points" in result.stdout
    assert not ANSI.search(result.stdout)  # not a terminal: no colour codes


def test_unknown_format_is_usage_error(runner: CliRunner, small: Path) -> None:
    assert_error(runner.invoke(app, ["summarize", str(small), "-f", "bogus"]), 2)


def test_input_format_prose_forces_narration(runner: CliRunner, small: Path) -> None:
    detected = invoke_json(runner, str(small))
    assert detected["speakers"]
    digest = invoke_json(runner, str(small), "--input-format", "prose")
    assert digest["source"]["format"] == "prose"
    assert digest["speakers"] == []
    assert digest["turns"]
    assert all(turn["kind"] == "narration" and turn["speaker"] is None
               for turn in digest["turns"])
    assert all(entry["speaker"] is None for entry in digest["summary"])
    assert_verbatim(digest, SMALL)


@pytest.mark.parametrize("layout", ["labelled", "news"])
def test_input_format_other_layouts(runner: CliRunner, small: Path, layout: str) -> None:
    digest = invoke_json(runner, str(small), "--input-format", layout)
    assert digest["source"]["format"] == layout
    assert_verbatim(digest, SMALL)


def test_input_format_bogus_is_usage_error(runner: CliRunner, small: Path) -> None:
    line = assert_error(runner.invoke(app, ["summarize", str(small), "--input-format", "bogus"]),
                        2)
    assert "bogus" in line


def test_max_bytes_refuses_larger_file(runner: CliRunner, small: Path) -> None:
    line = assert_error(runner.invoke(app, ["summarize", str(small), "--max-bytes", "10"]), 1)
    assert "--max-bytes" in line


def test_max_bytes_refuses_larger_stdin(runner: CliRunner) -> None:
    line = assert_error(runner.invoke(app, ["summarize", "-", "--max-bytes", "10"], input=SMALL),
                        1)
    assert "--max-bytes" in line


def test_max_bytes_boundary(runner: CliRunner, small: Path) -> None:
    size = small.stat().st_size
    ok = runner.invoke(app, ["summarize", str(small), "--max-bytes", str(size), "-f", "json"])
    assert ok.exit_code == 0, ok.output
    assert_error(runner.invoke(app, ["summarize", str(small), "--max-bytes", str(size - 1)]), 1)


# --- output files ------------------------------------------------------------------------------


def _is_json(text: str) -> bool:
    return json.loads(text)["schema"] == "briefing.digest/1"


def _is_markdown(text: str) -> bool:
    return text.startswith("# ") and "## Summary" in text


def _is_text(text: str) -> bool:
    return text.startswith("Briefing digest:") and "\nSummary\n" in text and "─" not in text


def _is_table(text: str) -> bool:
    return "Key points" in text and "─" in text


@pytest.mark.parametrize(("name", "check"), [
    ("digest.md", _is_markdown),
    ("digest.markdown", _is_markdown),
    ("digest.json", _is_json),
    ("DIGEST.JSON", _is_json),
    ("digest.txt", _is_text),
    ("digest.out", _is_text),
])
def test_output_format_from_extension(runner: CliRunner, small: Path, name: str,
                                      check: Callable[[str], bool]) -> None:
    target = small.parent / name
    result = runner.invoke(app, ["summarize", str(small), "-o", str(target)])
    assert_clean_exit(result)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "wrote" in result.stderr
    assert check(target.read_text(encoding="utf-8"))
    assert no_tmp_files(small.parent) == []


@pytest.mark.parametrize(("name", "fmt", "check"), [
    ("digest.md", "json", _is_json),
    ("digest.json", "markdown", _is_markdown),
    ("digest.txt", "table", _is_table),
    ("digest.json", "text", _is_text),
])
def test_format_overrides_extension(runner: CliRunner, small: Path, name: str, fmt: str,
                                    check: Callable[[str], bool]) -> None:
    target = small.parent / name
    result = runner.invoke(app, ["summarize", str(small), "--output", str(target), "-f", fmt])
    assert result.exit_code == 0, result.output
    assert check(target.read_text(encoding="utf-8"))


def test_output_file_is_whole_and_matches_stdout(runner: CliRunner, small: Path) -> None:
    target = small.parent / "digest.json"
    target.write_text("stale content that must be replaced\n" * 500, encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(small), "-o", str(target)])
    assert result.exit_code == 0, result.output
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written == invoke_json(runner, str(small))
    assert no_tmp_files(small.parent) == []


def test_output_from_stdin(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "digest.md"
    result = runner.invoke(app, ["summarize", "-o", str(target)], input=SMALL)
    assert result.exit_code == 0, result.output
    assert _is_markdown(target.read_text(encoding="utf-8"))


def test_output_into_missing_folder(runner: CliRunner, small: Path) -> None:
    target = small.parent / "no" / "such" / "folder" / "digest.md"
    assert_error(runner.invoke(app, ["summarize", str(small), "-o", str(target)]), 1)
    assert not target.parent.exists()


def test_output_onto_a_directory(runner: CliRunner, small: Path) -> None:
    folder = small.parent / "out"
    folder.mkdir()
    result = runner.invoke(app, ["summarize", str(small), "-o", str(folder)])
    # Click's own `dir_okay=False` check answers 2 before the writer's "is a directory" (1).
    assert_error(result, 2 if result.exit_code == 2 else 1)
    assert folder.is_dir() and list(folder.iterdir()) == []


@pytest.mark.parametrize("spelling", ["same", "dotdot", "absolute-vs-relative"])
def test_output_equal_to_input_is_refused(runner: CliRunner, small: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          spelling: str) -> None:
    before = small.read_bytes()
    if spelling == "same":
        source, target = str(small), str(small)
    elif spelling == "dotdot":
        (small.parent / "sub").mkdir()
        source, target = str(small), str(small.parent / "sub" / ".." / small.name)
    else:
        monkeypatch.chdir(small.parent)
        source, target = small.name, str(small)
    line = assert_error(runner.invoke(app, ["summarize", source, "-o", target]), 1)
    assert "input" in line
    assert small.read_bytes() == before
    assert no_tmp_files(small.parent) == []


def test_failed_write_leaves_target_and_no_tmp(runner: CliRunner, small: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = small.parent / "digest.json"
    target.write_text("previous\n", encoding="utf-8")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("briefing_cli.output.os.replace", disk_full)
    assert_error(runner.invoke(app, ["summarize", str(small), "-o", str(target)]), 1)
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert no_tmp_files(small.parent) == []


# --- exit codes and error messages ---------------------------------------------------------


def _missing(tmp: Path) -> list[str]:
    return ["summarize", str(tmp / "missing.txt")]


def _directory(tmp: Path) -> list[str]:
    return ["summarize", str(tmp)]


def _empty(tmp: Path) -> list[str]:
    (tmp / "empty.txt").write_bytes(b"")
    return ["summarize", str(tmp / "empty.txt")]


def _whitespace(tmp: Path) -> list[str]:
    (tmp / "blank.txt").write_bytes(b" \n\t\r\n   \n\n")
    return ["summarize", str(tmp / "blank.txt")]


def _bom_only(tmp: Path) -> list[str]:
    (tmp / "bom.txt").write_bytes(codecs.BOM_UTF8 + b"\r\n")
    return ["summarize", str(tmp / "bom.txt")]


def _nul_bytes(tmp: Path) -> list[str]:
    (tmp / "image.bin").write_bytes(b"MR SMITH: hello.\n\x00\x00\x01\x02PNG\x00" * 20)
    return ["summarize", str(tmp / "image.bin")]


def _control_bytes(tmp: Path) -> list[str]:
    (tmp / "controls.bin").write_bytes(bytes(range(1, 9)) * 200 + b"some words.")
    return ["summarize", str(tmp / "controls.bin")]


def _fifo(tmp: Path) -> list[str]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(tmp / "pipe")
    return ["summarize", str(tmp / "pipe")]


def _unknown_option(tmp: Path) -> list[str]:
    return ["summarize", "--bogus"]


def _unknown_app_option(tmp: Path) -> list[str]:
    return ["--bogus"]


def _unknown_command(tmp: Path) -> list[str]:
    return ["bogus"]


def _extra_argument(tmp: Path) -> list[str]:
    return ["summarize", "a.txt", "b.txt"]


def _zero_sentences(tmp: Path) -> list[str]:
    return ["summarize", "-n", "0", str(tmp / "missing.txt")]


def _too_many_sentences(tmp: Path) -> list[str]:
    return ["summarize", "--sentences", "1001", str(tmp / "missing.txt")]


def _not_a_number(tmp: Path) -> list[str]:
    return ["summarize", "-n", "five", str(tmp / "missing.txt")]


def _zero_per_speaker(tmp: Path) -> list[str]:
    return ["summarize", "-k", "0", str(tmp / "missing.txt")]


def _zero_max_bytes(tmp: Path) -> list[str]:
    return ["summarize", "--max-bytes", "0", str(tmp / "missing.txt")]


def _option_without_value(tmp: Path) -> list[str]:
    return ["summarize", str(tmp / "missing.txt"), "-o"]


@pytest.mark.parametrize(("make_args", "code"), [
    (_missing, 1),
    (_directory, 1),
    (_empty, 1),
    (_whitespace, 1),
    (_bom_only, 1),
    (_nul_bytes, 1),
    (_control_bytes, 1),
    (_fifo, 1),
    (_unknown_option, 2),
    (_unknown_app_option, 2),
    (_unknown_command, 2),
    (_extra_argument, 2),
    (_zero_sentences, 2),
    (_too_many_sentences, 2),
    (_not_a_number, 2),
    (_zero_per_speaker, 2),
    (_zero_max_bytes, 2),
    (_option_without_value, 2),
], ids=lambda value: value.__name__.strip("_") if callable(value) else str(value))
def test_exit_codes(runner: CliRunner, tmp_path: Path,
                    make_args: Callable[[Path], list[str]], code: int) -> None:
    assert_error(runner.invoke(app, make_args(tmp_path)), code)


def test_missing_file_message_names_the_file(runner: CliRunner, tmp_path: Path) -> None:
    line = assert_error(runner.invoke(app, _missing(tmp_path)), 1)
    assert "missing.txt" in line


def test_binary_message(runner: CliRunner, tmp_path: Path) -> None:
    line = assert_error(runner.invoke(app, _nul_bytes(tmp_path)), 1)
    assert "binary" in line


def test_interrupt_exits_130(runner: CliRunner, small: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("briefing_cli.digest.build_digest", interrupted)
    result = runner.invoke(app, ["summarize", str(small)])
    assert_clean_exit(result)
    assert result.exit_code == 130


def test_interrupt_reports_one_error_line(runner: CliRunner, small: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("briefing_cli.digest.build_digest", interrupted)
    assert_error(runner.invoke(app, ["summarize", str(small)]), 130)


# --- encodings and line ends -----------------------------------------------------------------


def test_undecodable_bytes_fall_back_to_cp1252(runner: CliRunner, tmp_path: Path) -> None:
    data = SMALL.encode("ascii").replace(b"one announcement", b"one \xff\xfe\xfa announcement")
    path = tmp_path / "windows.txt"
    path.write_bytes(data)
    digest = invoke_json(runner, str(path))
    text = decoded(data)
    assert "\u00ff\u00fe\u00fa" in text
    assert any("\u00ff\u00fe\u00fa" in turn["text"] for turn in digest["turns"])
    assert_verbatim(digest, text)


def test_cp1252_undefined_bytes_are_replaced(runner: CliRunner, tmp_path: Path) -> None:
    data = SMALL.encode("ascii").replace(b"Lisbon", b"Lis\x81bon \x93quoted\x94")
    path = tmp_path / "windows.txt"
    path.write_bytes(data)
    digest = invoke_json(runner, str(path))
    assert_verbatim(digest, decoded(data))
    assert any("\u201cquoted\u201d" in turn["text"] for turn in digest["turns"])


@pytest.mark.parametrize("encode", [
    pytest.param(lambda s: s.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
    pytest.param(lambda s: s.replace("\n", "\r").encode("utf-8"), id="cr"),
    pytest.param(lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), id="utf8-bom"),
    pytest.param(lambda s: codecs.BOM_UTF8 + s.replace("\n", "\r\n").encode("utf-8"),
                 id="utf8-bom-crlf"),
    pytest.param(lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), id="utf16-le"),
    pytest.param(lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), id="utf16-be"),
    pytest.param(lambda s: s.replace("\n", "\r\n").encode("utf-16"), id="utf16-crlf"),
])
def test_encodings_and_line_ends(runner: CliRunner, tmp_path: Path,
                                 encode: Callable[[str], bytes]) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_bytes(SMALL.encode("utf-8"))
    other = tmp_path / "other.txt"
    other.write_bytes(encode(SMALL))
    expected = without_name(invoke_json(runner, str(plain)))
    got = without_name(invoke_json(runner, str(other)))
    assert got == expected
    assert_verbatim(got, SMALL)


def test_crlf_sample_matches_lf(runner: CliRunner, samples: Path, tmp_path: Path) -> None:
    source = samples / BIG_SAMPLE
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
    assert (without_name(invoke_json(runner, str(crlf)))
            == without_name(invoke_json(runner, str(source))))


# --- verbatim property on real inputs --------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLE_NAMES)
@pytest.mark.parametrize("n", ["5", "25"])
def test_samples_are_quoted_verbatim(runner: CliRunner, samples: Path, name: str,
                                     n: str) -> None:
    path = samples / name
    digest = invoke_json(runner, str(path), "-n", n, "-k", "5")
    assert digest["summary"]
    assert_verbatim(digest, decoded(path.read_bytes()))


def test_seed_is_quoted_verbatim(runner: CliRunner, seed_path: Path) -> None:
    for n in ("5", "25"):
        digest = invoke_json(runner, str(seed_path), "-n", n, "-k", "5")
        assert digest["summary"]
        assert_verbatim(digest, decoded(seed_path.read_bytes()))


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_samples_turns_and_attribution(runner: CliRunner, samples: Path, name: str) -> None:
    path = samples / name
    text = decoded(path.read_bytes())
    digest = invoke_json(runner, str(path), "-n", "25", "-k", "5")
    turns = digest["turns"]
    for turn in turns:
        assert turn["line"] in lines_where(text, turn["text"]), turn
    for entry in digest["summary"]:
        assert turns[entry["turn"]]["speaker"] == entry["speaker"]
        # A point is a whole sentence: inside its turn, or (news) around the quote or
        # reported clause that credits it.
        turn_text = turns[entry["turn"]]["text"]
        assert entry["text"] in turn_text or turn_text in entry["text"]
    ids = {sp["id"] for sp in digest["speakers"]}
    for speaker in digest["speakers"]:
        for entry in speaker["summary"]:
            assert turns[entry["turn"]]["speaker"] == speaker["id"]
    assert {t["speaker"] for t in turns} - {None} <= ids


def test_sample_snippet_on_stdin_is_verbatim(runner: CliRunner, samples: Path) -> None:
    data = (samples / BIG_SAMPLE).read_bytes()
    digest = invoke_json(runner, "-", input=data)
    assert_verbatim(digest, decoded(data))
