"""Regression tests for the second hostile review (issue 14): one section per item."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefing_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SMALL = (
    "MR SMITH: Good afternoon. I have one announcement today. The minister will travel "
    "to Lisbon next week.\n\n"
    "QUESTION: Will she meet the delegation? And when?\n\n"
    "MR SMITH: I have no meetings to announce. Talks continue at the technical level.\n"
)


def briefing(*args: str | bytes, stdin: Any = None, env: dict[str, str] | None = None,
             capture: bool = True, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    """Run the real command in a process (for descriptors, devices and signals)."""
    if capture:
        kwargs.setdefault("stdout", subprocess.PIPE)
        kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "briefing_cli", *args], stdin=stdin,
                          timeout=120, env={**os.environ, **(env or {})}, **kwargs)


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


def limits_section() -> str:
    return README.split("## Limits and errors", 1)[1].split("\n## ", 1)[0]


# --- 1. -o onto a device, FIFO or symlink --------------------------------------------------


# These tests never let an unfixed writer rename anything over a real device: it runs as
# root on some machines, and the old code replaced /dev/null itself.


@pytest.fixture
def no_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_cli import output

    def refuse(src: str, dst: str) -> None:
        raise AssertionError(f"renamed over {dst}")

    monkeypatch.setattr(output.os, "replace", refuse)


@pytest.mark.usefixtures("no_rename")
def test_output_to_a_character_device_writes_through() -> None:
    from briefing_cli.output import write_atomic

    write_atomic(Path("/dev/null"), "digest\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.usefixtures("no_rename")
def test_output_to_dev_stdout_goes_to_standard_output(capfd: pytest.CaptureFixture[str]
                                                      ) -> None:
    from briefing_cli.output import write_atomic

    write_atomic(Path("/dev/stdout"), "digest one\n")
    assert capfd.readouterr().out == "digest one\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_output_to_a_fifo_writes_into_it(small: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = briefing("summarize", str(small), "-o", str(fifo), "-f", "json")
    reader.join(timeout=30)
    assert run.returncode == 0, run.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received and json.loads(received[0])["schema"]


def test_output_through_a_symlink_replaces_the_target_not_the_link(
        small: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    result = CliRunner().invoke(app, ["summarize", str(small), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("# Briefing digest")


# --- 2. the stdin promise ------------------------------------------------------------------


def test_redirected_stdin_is_protected_through_a_symlink(small: Path, tmp_path: Path) -> None:
    link = tmp_path / "alias.txt"
    link.symlink_to(small)
    with small.open("rb") as stdin:
        run = briefing("summarize", "-o", str(link), stdin=stdin)
    assert run.returncode == 1 and b"refusing to overwrite" in run.stderr
    assert small.read_text(encoding="utf-8") == SMALL and link.is_symlink()


def test_readme_says_exactly_which_stdin_is_protected() -> None:
    limits = limits_section()
    assert "`< FILE`" in limits
    assert "`cat FILE" in limits and "cannot be detected" in limits


# --- 3. file names are input: no escapes or line breaks on the terminal --------------------

HOSTILE_NAME = "x\x1b]0;PWNED\x07\nerror: fake\x1b[31m.txt"


def test_hostile_missing_file_name_is_one_clean_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["summarize", str(tmp_path / HOSTILE_NAME)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error:")
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


@pytest.mark.parametrize("fmt", ["table", "text", "markdown"])
def test_hostile_file_name_does_not_split_the_header(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / HOSTILE_NAME
    path.write_text(SMALL, encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(path), "-f", fmt])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert not any(line.startswith("error: fake") for line in result.stdout.splitlines())


def test_hostile_names_in_batch_warnings_are_clean(tmp_path: Path) -> None:
    archive = tmp_path / "a"
    archive.mkdir()
    (archive / "good.txt").write_text(SMALL, encoding="utf-8")
    (archive / "bad\x1b[2J\nwarning: fake.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    assert not any(line.startswith("warning: fake") for line in result.stderr.splitlines())


# --- 5. file names and arguments that are not UTF-8 ----------------------------------------


def test_non_utf8_file_name_gives_valid_json(tmp_path: Path) -> None:
    path = os.path.join(os.fsencode(tmp_path), b"caf\xff.txt")
    with open(path, "wb") as handle:
        handle.write(SMALL.encode("utf-8"))
    run = briefing("summarize", path, "-f", "json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout.decode("utf-8"))
    assert data["source"]["name"].endswith("caf\ufffd.txt")
    out = os.path.join(os.fsencode(tmp_path), b"out\xff.json")
    run = briefing("summarize", path, "-o", out)
    assert run.returncode == 0, run.stderr
    with open(out, "rb") as handle:
        json.loads(handle.read().decode("utf-8"))
    run = briefing("summarize", os.path.join(os.fsencode(tmp_path), b"missing\xff.txt"))
    assert run.returncode == 1 and run.stderr.decode("utf-8").startswith("error:")


def test_non_utf8_arguments_do_not_crash(small: Path) -> None:
    run = briefing("summarize", str(small), "-f", "json", "--about", b"budget\xff")
    assert run.returncode == 0, run.stderr
    json.loads(run.stdout.decode("utf-8"))


# --- 8. closed or failing standard streams -------------------------------------------------


def closed(fd: int) -> Any:
    def close() -> None:
        os.close(fd)
    return close


def test_closed_stdin_with_no_file_is_a_usage_error() -> None:
    run = briefing("summarize", preexec_fn=closed(0))
    assert run.returncode == 2 and run.stdout == b""
    assert run.stderr.startswith(b"error:") and run.stderr.count(b"\n") == 1
    assert b"Traceback" not in run.stderr and b"internal" not in run.stderr


@pytest.mark.parametrize("fmt", ["table", "json", "text"])
def test_closed_stdout_is_an_error(small: Path, fmt: str) -> None:
    run = briefing("summarize", str(small), "-f", fmt, preexec_fn=closed(1))
    assert run.returncode == 1
    assert run.stderr.startswith(b"error:") and run.stderr.count(b"\n") == 1
    assert b"internal" not in run.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_full_stdout_is_an_error(small: Path, fmt: str) -> None:
    with open("/dev/full", "wb") as full:
        run = briefing("summarize", str(small), "-f", fmt, stdout=full, stderr=subprocess.PIPE,
                       capture=False)
    assert run.returncode == 1
    assert run.stderr.startswith(b"error:") and run.stderr.count(b"\n") == 1
    assert b"internal" not in run.stderr and b"Exception ignored" not in run.stderr


def test_closed_stderr_never_puts_errors_on_stdout(tmp_path: Path) -> None:
    run = briefing("summarize", str(tmp_path / "missing.txt"), preexec_fn=closed(2))
    assert run.returncode == 1 and run.stdout == b""


# --- 9. an output stream that cannot encode ------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "markdown", "text", "json"])
def test_ascii_output_stream_is_replaced_not_a_traceback(small: Path, fmt: str) -> None:
    run = briefing("summarize", str(small), "-f", fmt, env={"PYTHONIOENCODING": "ascii"})
    assert run.returncode == 0, run.stderr
    assert run.stderr == b""
    if fmt == "table":  # Rich draws ASCII borders for an ASCII stream
        assert "Speaker" in run.stdout.decode("ascii")
        return
    reference = briefing("summarize", str(small), "-f", fmt,
                         env={"PYTHONIOENCODING": "utf-8"}).stdout.decode("utf-8")
    # Text gets `?`; JSON and Markdown have lossless forms (tests/test_hostile3.py).
    replace = "xmlcharrefreplace" if fmt == "markdown" else "replace"
    assert run.stdout.decode("ascii") == reference.encode("ascii", replace).decode("ascii")


# --- 13. COLUMNS=0 -------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["summarize", "speakers"])
@pytest.mark.parametrize("columns", ["0", "3", "wide"])
def test_useless_columns_fall_back_to_a_sane_width(small: Path, command: str,
                                                   columns: str) -> None:
    result = CliRunner().invoke(app, [command, str(small)], env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    assert "Smith" in result.stdout or "SMITH" in result.stdout


def test_compare_with_columns_zero_prints_a_table(small: Path) -> None:
    result = CliRunner().invoke(app, ["compare", str(small), str(small)], env={"COLUMNS": "0"})
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) > 2


# --- 14. terminal stdin and no FILE --------------------------------------------------------


def test_terminal_stdin_without_file_is_one_error_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing_cli.cli.is_interactive", lambda stream: True)
    result = CliRunner().invoke(app, ["summarize"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and result.stderr.count("\n") == 1


# --- 15. one exit status after a closed pipe -----------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "text", "markdown"])
def test_closed_pipe_exit_status_is_zero_for_every_format(fmt: str) -> None:
    sample = ROOT / "samples" / "state_department_briefing.txt"
    process = subprocess.Popen([sys.executable, "-m", "briefing_cli", "summarize", str(sample),
                                "-f", fmt, "-k", "20", "-n", "200"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader left before a byte was written
    error = process.stderr.read()
    assert process.wait(timeout=120) == 0, error
    assert error == b""


# --- 7. NUL anywhere means binary ----------------------------------------------------------


@pytest.mark.parametrize("offset", [0, 8191, 8192, 100_000])
def test_nul_anywhere_is_binary(tmp_path: Path, offset: int) -> None:
    text = (SMALL * (offset // len(SMALL) + 2)).encode("utf-8")
    path = tmp_path / "t.txt"
    path.write_bytes(text[:offset] + b"\x00" + text[offset:])
    result = CliRunner().invoke(app, ["summarize", str(path), "-f", "json"])
    assert result.exit_code == 1 and "binary" in result.stderr and result.stdout == ""


def test_nul_in_utf16_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(("\ufeff" + SMALL * 300 + "\x00 tail.\n").encode("utf-16-le"))
    result = CliRunner().invoke(app, ["summarize", str(path), "-f", "json"])
    assert result.exit_code == 1 and "binary" in result.stderr


# --- 15. decoding: one stray byte stays one character --------------------------------------


def test_one_stray_byte_does_not_turn_utf8_into_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(("MR SMITH: We met in Ohió today. Prices rose\x85 again.\n".encode())
                     .replace(b"\xc2\x85", b"\x85"))
    result = CliRunner().invoke(app, ["summarize", str(path), "-f", "json"])
    text = json.dumps(json.loads(result.stdout), ensure_ascii=False)
    assert "Ohió" in text and "Ã" not in text and "rose… again" in text


# --- 6. Markdown block syntax and entities in the text -------------------------------------


def markdown_text(source: str) -> tuple[list[str], str]:
    """(block token types, the plain text of the inline content) as CommonMark renders it."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(source)
    blocks = [t.type for t in tokens if t.type != "inline"]
    text = []
    for token in tokens:
        for child in token.children or []:
            assert child.type == "text", (child.type, source)
            text.append(child.content)
    return blocks, "".join(text)


QUOTE_BLOCKS = ["bullet_list_open", "list_item_open", "blockquote_open", "paragraph_open",
                "paragraph_close", "blockquote_close", "list_item_close", "bullet_list_close"]


@pytest.mark.parametrize("text", [
    "~~~ The secret deal was signed.", "``` fenced", "2026. The budget passed.",
    "1) first", "+ nested", "- dash", "---", "===", "&lt;script&gt; and &copy; &#65;",
    "# heading", "> quote", "| a | b |", "<div>html</div>", "[link](javascript:x)",
    "*em* _em_ **b**", "    indented code", "\\", "a\\*b", "~~strike~~", "![img](x)",
])
def test_markdown_block_syntax_is_inert(text: str) -> None:
    from briefing_cli.render.common import one_line
    from briefing_cli.render.markdown import escape

    blocks, rendered = markdown_text(f"- > {escape(text)}\n")
    assert blocks == QUOTE_BLOCKS
    assert rendered == one_line(text)


MARKDOWNISH = st.lists(
    st.sampled_from(list("abcXYZ 019.)-+=~`*_#>&;<|[]()!\\:/\"'\t\n") +
                    ["&amp;", "&copy;", "&#65;", "1. ", "~~~", "```", "é", "€"]),
    max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKDOWNISH)
def test_markdown_escape_renders_back_to_the_text(text: str) -> None:
    from briefing_cli.render.common import one_line, safe
    from briefing_cli.render.markdown import escape

    expected = one_line(safe(text))
    blocks, rendered = markdown_text(f"- > {escape(text)}\n")
    if expected:
        assert blocks == QUOTE_BLOCKS
    assert rendered == expected


# --- 4. the batch index from hostile file names --------------------------------------------


def test_batch_index_links_and_cells_from_hostile_names(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    archive = tmp_path / "a"
    archive.mkdir()
    for name in ("javascript:alert(1).txt", "p|q.txt", "x\x1b]8;;evil\x07y.txt",
                 "line\nbreak.txt", "sp ace <b>.txt"):
        (archive / name).write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "\x1b" not in index and "\x07" not in index
    table = [line for line in index.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 5 and all(line.count(" | ") == 3 for line in table[2:])
    hrefs = [t.attrGet("href") for token in MarkdownIt("commonmark").enable("table").parse(index)
             for t in token.children or [] if t.type == "link_open"]
    assert len(hrefs) == 5
    outputs = {p.name for p in out.iterdir()}
    from urllib.parse import unquote

    for href in hrefs:
        assert isinstance(href, str) and ":" not in href.split("/")[0]
        assert unquote(href).removeprefix("./") in outputs


# --- 10. a very long line reaches NLTK's regex time limit ----------------------------------


def long_line(sentences: int) -> str:
    return "".join(f"We act {i}. " for i in range(sentences)) + "\n"


def test_punkt_never_sees_more_than_a_window(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_cli import nlp

    tokenizer = nlp._punkt()
    original = tokenizer.span_tokenize
    seen: list[int] = []

    def recording(text: str) -> Any:
        seen.append(len(text))
        return original(text)

    monkeypatch.setattr(tokenizer, "span_tokenize", recording)
    text = long_line(3000)
    spans = list(nlp.sentence_spans(text))
    assert max(seen) <= 10_000
    assert [text[s:e] for s, e in spans] == [f"We act {i}." for i in range(3000)]


@pytest.mark.parametrize("text", [
    "word " * 5000 + "end.\n",  # no sentence end for 25,000 characters
    "x" * 25_000 + " tail. Next one.\n",  # no space either
    "Mr. Smith went. " * 1500 + "\n",  # abbreviations at window edges
])
def test_windows_keep_every_character_verbatim(text: str) -> None:
    from briefing_cli import nlp

    spans = list(nlp.sentence_spans(text))
    assert all(s < e for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(
        " ", "").replace("\n", "")


# --- 11. many speakers: names found through an index, not a scan per name ------------------


def many_speakers(n: int) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    from speed import made_up_name

    return "".join(f"MR {made_up_name(i).upper()}: Item {i} is ready, said Anna {made_up_name(i)}."
                   f"\n\n" for i in range(n))


def test_many_labels_compile_no_pattern_per_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_cli.transcript import roles

    text = many_speakers(300)
    labels = [line.split(":")[0] for line in text.splitlines() if ":" in line]
    compiled: list[str] = []
    real = roles.re.compile

    def counting(pattern: str, *args: Any) -> Any:
        compiled.append(pattern)
        return real(pattern, *args)

    monkeypatch.setattr(roles.re, "compile", counting)
    found = roles.header_names(text, labels)
    assert len(compiled) < 20
    assert len(found) == 300


@pytest.mark.parametrize("surname", ["Smith", "Okafor", "Reyes", "Whitfield", "Lasko"])
def test_indexed_and_scanned_look_ups_agree(surname: str) -> None:
    from briefing_cli.source import read_source
    from briefing_cli.transcript import roles

    for sample in sorted((ROOT / "samples").glob("*.txt")):
        text = read_source(str(sample)).text
        index = roles.CapitalIndex(text)
        assert roles.find_person(text, surname, index) == roles.find_person(text, surname)
        assert (roles.full_name_of_first(text, surname, index)
                == roles.full_name_of_first(text, surname))


# --- 12. SIGTERM to a batch ----------------------------------------------------------------


def children_of(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with open(task / "children", encoding="ascii") as handle:
            found |= {int(p) for p in handle.read().split()}
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_sigterm_stops_batch_workers_and_exits_143(tmp_path: Path) -> None:
    import signal
    import time

    archive = tmp_path / "archive"
    archive.mkdir()
    sample = (ROOT / "samples" / "state_department_briefing.txt").read_bytes()
    for i in range(60):
        (archive / f"t{i:03d}.txt").write_bytes(sample)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "briefing_cli", "batch", str(archive),
                                "-o", str(out), "-j", "2"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not (out.exists() and any(out.glob("t*.md"))):
        time.sleep(0.1)
    workers = children_of(process.pid)
    assert workers, "no worker processes started"
    process.send_signal(signal.SIGTERM)
    _, error = process.communicate(timeout=60)
    assert process.returncode == 143, error
    assert error.decode().strip().splitlines()[-1] == "error: terminated"
    time.sleep(1)
    assert not [pid for pid in workers if alive(pid)]
    assert not list(out.glob(".*.tmp"))



def test_a_stopped_batch_adds_no_thread_traceback_after_its_error_line() -> None:
    # Under load, a SIGTERM'd batch once ended with the pool manager thread's `OSError:
    # [Errno 9] Bad file descriptor` traceback after `error: terminated`.
    script = ("import threading\n"
              "from concurrent.futures import ProcessPoolExecutor\n"
              "from briefing_cli import batch\n"
              "with ProcessPoolExecutor(max_workers=1) as pool:\n"
              "    batch._stop_workers(pool)\n"
              "def trips():\n"
              "    raise OSError(9, 'Bad file descriptor')\n"
              "thread = threading.Thread(target=trips)\n"
              "thread.start()\n"
              "thread.join()\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "OSError" not in run.stderr

# --- 15. homoglyph names and a word budget nothing fits -------------------------------------


def test_mixed_script_speaker_names_are_marked(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    fake = "Wh\u0456tfield"  # Cyrillic і
    path.write_text(f"MS WHITFIELD: We will act on the budget today.\n\n"
                    f"MS {fake.upper()}: We will not act on the budget today.\n",
                    encoding="utf-8")
    for args in (["summarize", "-f", "text"], ["summarize", "-f", "markdown"],
                 ["summarize"], ["speakers"], ["speakers", "-f", "text"],
                 ["speakers", "-f", "html"], ["speakers", "-f", "markdown"]):
        result = CliRunner().invoke(app, [*args, str(path)])
        assert result.exit_code == 0, result.output
        assert "[mixed scripts]" in result.stdout.replace("\\[", "[").replace("\\]", "]"), args
    data = json.loads(CliRunner().invoke(app, ["summarize", str(path), "-f", "json"]).stdout)
    assert "[mixed scripts]" not in json.dumps(data, ensure_ascii=False)
    # Every place a name is shown: the HTML page (headings, share table, timeline legend,
    # transcript) and the share bars and tables of the Markdown and text views.
    page = CliRunner().invoke(app, ["summarize", str(path), "-f", "html"]).stdout
    share_part = page[page.index('<section id="shape">'):page.index('<section id="summary">')]
    assert share_part.count("[mixed scripts]") >= 2  # the share table and the legend
    assert "[mixed scripts]</h3>" in page
    transcript_part = page[page.index('<section id="transcript">'):]
    assert "[mixed scripts]" in transcript_part
    markdown = CliRunner().invoke(app, ["summarize", str(path), "-f", "markdown"]).stdout
    assert "[mixed scripts]" in markdown[markdown.index("## Speaking share"):].replace("\\", "")
    plain = CliRunner().invoke(app, ["summarize", str(path), "-f", "text"]).stdout
    assert "[mixed scripts]" in plain[plain.index("Speaking share"):]


def test_a_word_budget_nothing_fits_says_so(small: Path) -> None:
    result = CliRunner().invoke(app, ["summarize", str(small), "--words", "1", "-f", "text"])
    assert result.exit_code == 0
    assert "no sentence fits in 1 word" in result.stdout


def test_small_pool_similarity_is_bit_identical() -> None:
    import numpy as np

    from briefing_cli.rank import selection
    from briefing_cli.rank.vectors import tfidf

    texts = [f"The budget for item {i} covers the harbour and the {i % 7} bridges."
             for i in range(400)]
    vectors = tfidf(texts)
    pool = np.asarray([3, 17, 99, 250], dtype=np.int64)
    for index in (3, 17, 5):
        fast = selection.similarity_among(vectors, index, pool)
        assert fast.tobytes() == vectors.similarity_to(index)[pool].tobytes()
