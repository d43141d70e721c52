"""Issue 14 audited as a user would try it on a fresh machine (session 10): the variations of
each item that still broke after tests/test_review.py's fixes, one test each."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_review import ROOT, SMALL, alive, briefing, children_of
from typer.testing import CliRunner

from briefing_cli.cli import app

SAMPLE = ROOT / "samples" / "state_department_briefing.txt"


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


def closed_reader(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run briefing with a standard output whose reader left before the first byte."""
    process = subprocess.Popen([sys.executable, "-m", "briefing_cli", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    error = process.stderr.read()
    return subprocess.CompletedProcess(args, process.wait(timeout=120), b"", error)


# --- 1 and 15: `-o /dev/stdout` into a closed pipe ends as quietly as stdout does -----------


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout")
@pytest.mark.parametrize("command", [["summarize", str(SAMPLE), "-f", "json", "-k", "20"],
                                     ["compare", str(SAMPLE), str(SAMPLE)]])
def test_output_to_dev_stdout_into_a_closed_pipe_exits_zero(command: list[str]) -> None:
    # Click turned the BrokenPipeError into a silent exit 1; stdout's own pipe exits 0.
    run = closed_reader(*command, "-o", "/dev/stdout")
    assert run.returncode == 0, run.stderr
    assert run.stderr == b""


# --- 8: --help and --version write through the same checks as every output ----------------


def closed(fd: int) -> object:
    def close() -> None:
        os.close(fd)
    return close


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["summarize", "--help"],
                                  ["batch", "--help"]])
def test_help_and_version_to_a_closed_stdout_are_an_error(args: list[str]) -> None:
    run = briefing(*args, preexec_fn=closed(1))
    assert run.returncode == 1
    assert run.stderr == b"error: standard output is closed\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["compare", "--help"]])
def test_help_and_version_to_a_full_stdout_are_one_error_line(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        run = briefing(*args, stdout=full, stderr=subprocess.PIPE, capture=False)
    assert run.returncode == 1
    assert run.stderr.startswith(b"error: cannot write to standard output")
    assert run.stderr.count(b"\n") == 1 and b"internal" not in run.stderr


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["text", "--help"]])
def test_help_into_a_closed_pipe_exits_zero(args: list[str]) -> None:
    run = closed_reader(*args)
    assert run.returncode == 0 and run.stderr == b""


def test_help_text_is_unchanged_by_its_own_writer() -> None:
    result = CliRunner().invoke(app, ["summarize", "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ") and result.stdout.endswith("\n")
    assert not result.stdout.endswith("\n\n\n")


# --- 13: an absurdly wide COLUMNS -----------------------------------------------------------


@pytest.mark.parametrize("columns", ["100000", "99999999999999999999"])
@pytest.mark.parametrize("command", ["summarize", "speakers", "compare"])
def test_absurd_columns_fall_back_to_a_sane_width(small: Path, command: str,
                                                  columns: str) -> None:
    # 20 digits were an internal error after half a table; 100,000 padded lines to 300 KB.
    args = [command, str(small)] + ([str(small)] if command == "compare" else [])
    result = CliRunner().invoke(app, args, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    assert "Smith" in result.stdout or "SMITH" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 200


# --- 12: a batch whose terminal closes, or that is killed outright --------------------------


def start_batch(tmp_path: Path, done: int = 1
                ) -> tuple[subprocess.Popen[bytes], Path, set[int]]:
    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(60):
        (archive / f"t{i:03d}.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "briefing_cli", "batch", str(archive),
                                "-o", str(out), "-j", "2"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not (out.exists() and
                                                len(list(out.glob("t*.md"))) >= done):
        time.sleep(0.05)
    workers = children_of(process.pid)
    assert workers, "no worker processes started"
    return process, out, workers


def gone(pids: set[int]) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.1)
    return not any(alive(pid) for pid in pids)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_sighup_stops_a_batch_like_sigterm(tmp_path: Path) -> None:
    # Closing the terminal (SIGHUP) killed the batch and left its workers running, parent 1.
    process, out, workers = start_batch(tmp_path)
    process.send_signal(signal.SIGHUP)
    _, error = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGHUP, error
    assert error.decode().strip().splitlines()[-1] == "error: terminated"
    assert gone(workers)
    assert not list(out.glob(".*.tmp"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal")
def test_workers_die_with_a_killed_batch(tmp_path: Path) -> None:
    process, _, workers = start_batch(tmp_path)
    process.kill()
    process.communicate(timeout=60)
    assert gone(workers)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_a_killed_worker_is_one_error_line_and_the_done_digests_are_kept(
        tmp_path: Path) -> None:
    process, out, workers = start_batch(tmp_path, done=4)
    os.kill(min(workers), signal.SIGKILL)
    _, error = process.communicate(timeout=60)
    assert process.returncode == 1
    lines = error.decode().strip().splitlines()
    assert lines[-1].startswith("error: a worker process ended unexpectedly"), lines
    assert "internal error" not in error.decode()
    assert gone(workers)
    assert not list(out.glob(".*.tmp"))
    written = {p.name for p in out.glob("t*.md")}
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    indexed = {entry["output"] for entry in index["transcripts"]}
    assert indexed and indexed <= written  # so --skip-existing keeps them


# --- 7: a NUL in a PDF's text layer never reaches the digest --------------------------------


def test_nul_in_a_pdf_text_layer_is_dropped(tmp_path: Path) -> None:
    pytest.importorskip("fpdf")
    from fpdf import FPDF

    paper = FPDF()
    paper.add_page()
    paper.set_font("Helvetica", "", 10)
    for i in range(12):
        paper.write(5, f"MR SMITH: The harbour plan number {i} is \x00 ready for the vote.")
        paper.ln(10)
    path = tmp_path / "nul.pdf"
    path.write_bytes(bytes(paper.output()))
    result = CliRunner().invoke(app, ["summarize", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "\\u0000" not in result.stdout and "\x00" not in result.stdout
    assert "harbour plan" in result.stdout
    text = CliRunner().invoke(app, ["text", str(path)])
    assert "\x00" not in text.stdout and "harbour plan number 3" in text.stdout


# --- 15: a look-alike name is marked in `compare` too ---------------------------------------


def test_compare_marks_mixed_script_names(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("MS WHITFIELD: We will act on the budget today.\n\n"
                    "MS WH\u0406TFIELD: We will not act on the budget today.\n",
                    encoding="utf-8")
    for fmt in ("text", "table", "markdown", "html"):
        result = CliRunner().invoke(app, ["compare", str(path), str(path), "-f", fmt])
        assert result.exit_code == 0, result.output
        shown = result.stdout.replace("\\[", "[").replace("\\]", "]")
        assert shown.count("[mixed scripts]") == 1, fmt
    result = CliRunner().invoke(app, ["compare", str(path), str(path), "-f", "json"])
    assert "[mixed scripts]" not in result.stdout


# --- 3 (the text itself): `briefing text` on a terminal -------------------------------------


HOSTILE_TEXT = ("MR SMITH: The plan \x1b[31mred\x1b[0m is \x07 ready.\n"
                "MR X: \x1b]0;PWNED\nline two\x07 end \x1b]52;c;ZXZpbA==\x07\nthird\n")


def test_text_command_on_a_terminal_shows_no_escapes_and_keeps_lines(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A web page's OSC title or clipboard write reached the terminal raw.
    path = tmp_path / "t.txt"
    path.write_text(HOSTILE_TEXT, encoding="utf-8")
    exact = CliRunner().invoke(app, ["text", str(path)])
    assert exact.stdout == HOSTILE_TEXT  # piped or redirected: exact
    monkeypatch.setattr("briefing_cli.cli.is_interactive", lambda stream: True)
    shown = CliRunner().invoke(app, ["text", str(path)]).stdout
    assert "\x1b" not in shown and "\x07" not in shown
    assert shown.splitlines()[2:] == ["line two end ", "third"]
    assert len(shown.splitlines()) == len(HOSTILE_TEXT.splitlines())


# --- 9: JSON, HTML and Markdown stay lossless on a stream that cannot encode ----------------


UNICODE = ("MR M\u00dcLLER: The caf\u00e9 in Z\u00fcrich \u2014 \u201cquoted\u201d \u2014 "
           "costs \u20ac5, \u65e5\u672c and \U0001f600 too.\n\nQUESTION: Why \u20ac?\n\n"
           "MR M\u00dcLLER: Because \u201creasons\u201d matter.\n")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("command", [["summarize"], ["speakers"], ["compare"]])
def test_json_on_a_narrow_stream_carries_the_text_exactly(tmp_path: Path, encoding: str,
                                                          command: list[str]) -> None:
    # `?` in JSON (the contract that "carries the text exactly") lost every such character.
    path = tmp_path / "u.txt"
    path.write_text(UNICODE, encoding="utf-8")
    args = [*command, str(path)] + ([str(path)] if command == ["compare"] else [])
    narrow = briefing(*args, "-f", "json", env={"PYTHONIOENCODING": encoding})
    wide = briefing(*args, "-f", "json", env={"PYTHONIOENCODING": "utf-8"})
    assert narrow.returncode == 0 and narrow.stderr == b""
    assert json.loads(narrow.stdout.decode(encoding)) == json.loads(wide.stdout.decode("utf-8"))
    assert "M\u00fcller" in wide.stdout.decode("utf-8")  # a name every command shows


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markdown_and_html_on_an_ascii_stream_render_the_same(tmp_path: Path, fmt: str) -> None:
    from html.parser import HTMLParser

    from markdown_it import MarkdownIt

    path = tmp_path / "u.txt"
    path.write_text(UNICODE, encoding="utf-8")
    narrow = briefing("summarize", str(path), "-f", fmt, env={"PYTHONIOENCODING": "ascii"})
    wide = briefing("summarize", str(path), "-f", fmt, env={"PYTHONIOENCODING": "utf-8"})
    assert narrow.returncode == 0 and narrow.stderr == b""

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    def shown(page: str) -> str:
        if fmt == "markdown":
            page = MarkdownIt("commonmark").enable("table").render(page)
        parser = Text()
        parser.feed(page)
        return "".join(parser.parts)

    assert shown(narrow.stdout.decode("ascii")) == shown(wide.stdout.decode("utf-8"))
    assert "caf\u00e9" in shown(narrow.stdout.decode("ascii"))


# --- 1: -o over another user's file, run as root --------------------------------------------


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_output_as_root_keeps_the_owner_of_the_file_it_replaces(small: Path,
                                                                tmp_path: Path) -> None:
    # The replaced file became root's: with mode 0640 its owner could no longer read it.
    target = tmp_path / "digest.md"
    target.write_text("old\n", encoding="utf-8")
    os.chown(target, 65534, 65534)
    target.chmod(0o640)
    result = CliRunner().invoke(app, ["summarize", str(small), "-o", str(target)])
    assert result.exit_code == 0, result.output
    after = target.stat()
    assert (after.st_uid, after.st_gid, after.st_mode & 0o777) == (65534, 65534, 0o640)
    assert target.read_text(encoding="utf-8").startswith("# Briefing digest")


# --- 2: -o into the pipe standard input reads ------------------------------------------------


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="no /dev/stdin")
def test_output_into_the_stdin_pipe_is_refused_not_a_hang() -> None:
    # `cat big | briefing summarize -o /dev/stdin -f html` wrote into a pipe nobody reads:
    # past 64 KB it waited forever.
    text = (SAMPLE.read_text(encoding="utf-8") + "\n\n") * 20
    run = subprocess.run([sys.executable, "-m", "briefing_cli", "summarize", "-o",
                          "/dev/stdin", "-f", "html"], input=text.encode("utf-8"),
                         capture_output=True, timeout=120, check=False)
    assert run.returncode == 1 and run.stdout == b""
    assert run.stderr == b"error: /dev/stdin: refusing to write into standard input's pipe\n"


# --- 1: -o names the file system refuses ------------------------------------------------------


def test_output_names_the_file_system_refuses_are_one_error_line(small: Path,
                                                                 tmp_path: Path) -> None:
    # A name over NAME_MAX was `internal error (OSError: [Errno 36] ...)`; a file used as a
    # folder was reported as a folder that "does not exist".
    for target, message in ((tmp_path / ("a" * 300 + ".md"), "cannot write"),
                            (small / "out.md", "is not a folder")):
        result = CliRunner().invoke(app, ["summarize", str(small), "-o", str(target)])
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("error:") and message in result.stderr
        assert "internal" not in result.stderr and result.stderr.count("\n") == 1
    assert small.read_text(encoding="utf-8") == SMALL


def test_a_file_over_the_limit_is_refused_before_it_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A sparse 300 MB file was read up to the 200 MB limit (222 MB peak, 2 s) to be refused.
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(5000)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("read a file already known to be too large")

    monkeypatch.setattr(Path, "open", never)
    result = CliRunner().invoke(app, ["summarize", str(path), "--max-bytes", "4096"])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {path}: larger than the limit of 4,096 bytes "
                             "(raise it with --max-bytes)\n")


# --- 12: batch --jobs from a hostile value ----------------------------------------------------


def test_batch_never_starts_more_workers_than_files(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # `-j 99999999` on three files forked worker after worker until it was killed.
    from briefing_cli import batch

    asked: list[int] = []
    real = batch.ProcessPoolExecutor

    def recording(max_workers: int, **kwargs: object) -> object:
        asked.append(max_workers)
        return real(max_workers=max_workers, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "ProcessPoolExecutor", recording)
    archive = tmp_path / "a"
    archive.mkdir()
    for name in ("one.txt", "two.txt", "three.txt"):
        (archive / name).write_text(SMALL, encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(tmp_path / "o"),
                                      "-j", "8"])
    assert result.exit_code == 0, result.output
    assert asked == [3]
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(tmp_path / "o"),
                                      "-j", "99999999"])
    assert result.exit_code == 2 and result.stderr.startswith("error:")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_batch_progress_shows_with_columns_zero(tmp_path: Path) -> None:
    # COLUMNS=0 gave the progress bar a width of 0: nothing was drawn.
    archive = tmp_path / "a"
    archive.mkdir()
    for i in range(3):
        (archive / f"t{i}.txt").write_text(SMALL, encoding="utf-8")
    master, slave = os.openpty()
    try:
        run = subprocess.run([sys.executable, "-m", "briefing_cli", "batch", str(archive),
                              "-o", str(tmp_path / "o"), "-j", "1"], stdout=subprocess.PIPE,
                             stderr=slave, env={**os.environ, "COLUMNS": "0"}, timeout=120,
                             check=False)
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert run.returncode == 0
    assert b"digesting" in shown and b"3/3" in shown
