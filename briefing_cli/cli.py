"""The `briefing` command: options in, one core call, one renderer out; errors mapped here."""

# No `from __future__ import annotations` in this module: Typer reads the annotations of
# every command on every run, and evaluating them from strings took 10-15 ms a run.
import codecs
import math
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from io import StringIO
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

import briefing_cli
from briefing_cli import typer_fast
from briefing_cli.errors import BriefingError, ExitStatus, OutputError, Terminated, UsageError
from briefing_cli.rank import DEFAULT_METHOD, METHODS
from briefing_cli.render import EXTENSIONS, OutputFormat
from briefing_cli.source import DEFAULT_MAX_BYTES, is_interactive, read_source
from briefing_cli.sources import DEFAULT_TIMEOUT

typer_fast.install()  # option values without pydantic: a tenth of a second per run

EXAMPLES = """
Examples:

  briefing summarize samples/state_department_briefing.txt

  briefing summarize briefing.txt --about "tariffs" --speaker Whitfield

  cat briefing.txt | briefing summarize -n 8 -k 2

  briefing summarize briefing.txt -o digest.md

  briefing summarize briefing.txt --format json > digest.json
"""


# Kept in step with briefing_cli.transcript.LAYOUTS by a test; importing the parsers here
# would slow every start-up.
LAYOUT_NAMES = ("labelled", "record", "headed", "subtitles", "news", "prose", "monologue")
Method = Enum("Method", {name.upper(): name for name in METHODS}, type=str)  # type: ignore[misc]
_DEFAULT_METHOD = Method(DEFAULT_METHOD)


# Options that several commands share, declared once.
FileArgument = Annotated[str | None, typer.Argument(
    help="Transcript to read: a text, HTML, PDF or Word file, or an http(s) URL; '-' or "
         "nothing reads standard input.", show_default=False)]
FormatOption = Annotated[OutputFormat | None, typer.Option(
    "--format", "-f", case_sensitive=False, show_default="table, or from -o's extension",
    help="Output format.")]
OutputOption = Annotated[Path | None, typer.Option(
    "--output", "-o", dir_okay=False, show_default=False,
    help="Write to this file (format from .md/.json/.txt/.html) instead of the terminal.")]
MethodOption = Annotated[Method, typer.Option(
    "--method", "-m", case_sensitive=False, help="Sentence ranking method.")]
InputFormatOption = Annotated[str | None, typer.Option(
    "--input-format", show_default="detected",
    help=f"Force the input layout: {', '.join(LAYOUT_NAMES)}.")]
MaxBytesOption = Annotated[int, typer.Option(
    "--max-bytes", min=1, max=2**40, help="Refuse inputs larger than this many bytes.")]
TimeoutOption = Annotated[float, typer.Option(
    "--timeout", min=0.1, max=3600, help="Seconds to wait for a URL's page.")]


def _show_help(ctx: Any, param: Any, value: bool) -> None:
    """`--help` through the same writer as every output: a closed or full standard output
    is one `error:` line and exit 1, a closed pipe ends quietly (Click's own callback wrote
    nothing to a closed stdout and exited 0, and a full one was an internal error)."""
    if value and not ctx.resilient_parsing:
        _write_stdout(ctx.get_help() + "\n")
        ctx.exit()


class _HelpThroughStdout:
    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.callback = _show_help
        return option


class _Command(_HelpThroughStdout, TyperCommand):
    """A command whose `--help` is written like its output."""


class _Group(_HelpThroughStdout, TyperGroup):
    """Runs the app with all errors mapped to one `error:` line and an exit code."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        _tolerant_stdout()
        try:
            code = super().main(*args, **kwargs)
        except BriefingError as exc:
            _fail(str(exc), exc.status, whole=True)
        except Terminated as exc:
            _fail("terminated", exc.status)
        except (KeyboardInterrupt, typer.Abort):
            _fail("interrupted", ExitStatus.INTERRUPTED)
        except BrokenPipeError:
            _quiet_broken_pipe()
        except Exception as exc:
            # Click's usage errors (exit 2) and other ClickExceptions (exit 1); Typer vendors
            # its own copy of Click, so they are recognised by shape, not by class.
            status = getattr(exc, "exit_code", None)
            if not hasattr(exc, "format_message") or not isinstance(status, int):
                # A bug of ours. Users get one line they can report; BRIEFING_DEBUG=1 shows
                # the traceback to whoever fixes it.
                if os.environ.get("BRIEFING_DEBUG"):
                    raise
                _fail(f"internal error ({type(exc).__name__}: {exc}); please report it with "
                      "the input, or rerun with BRIEFING_DEBUG=1 for details", ExitStatus.ERROR)
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `briefing`: the whole help
                _note(exc.format_message())
                sys.exit(ExitStatus.USAGE)
            _fail(exc.format_message(), status)
        if code == ExitStatus.INTERRUPTED:  # Typer turns Ctrl-C into a plain exit code
            _fail("interrupted", ExitStatus.INTERRUPTED)
        sys.exit(code if isinstance(code, int) else 0)


def _fail(message: str, status: int, *, whole: bool = False) -> NoReturn:
    """One `error:` line. Our own messages are one line but for the file names in them,
    which `printable` flattens; Click's may add lines of advice, dropped here."""
    from briefing_cli.render.common import printable

    first = message.strip() if whole else message.strip().partition("\n")[0]
    _note(f"error: {printable(first or 'failed')}")
    sys.exit(int(status))


def _note(line: str) -> None:
    """A line on standard error; nothing when it is closed or failing (never on stdout)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


def _tolerant_stdout() -> None:
    """Characters the output stream's encoding lacks become `?` instead of a traceback
    halfway through (PYTHONIOENCODING=ascii, a C locale); file names that are not UTF-8
    never reach it raw."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="replace")
        except (OSError, ValueError):
            pass


def _quiet_broken_pipe() -> NoReturn:
    # The reader went away (`| head`): nothing more to say, and nothing to flush. The exit
    # status is 0 for every format: whether a write fails depends only on timing.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    sys.exit(0)


def _stdout() -> Any:
    if sys.stdout is None:
        raise OutputError("standard output is closed")
    return sys.stdout


@contextmanager
def _to_stdout() -> Iterator[Any]:
    """Standard output for one command's output: a closed pipe ends quietly (exit 0); any
    other failure (`>/dev/full`) is one `error:` line and exit 1."""
    stream = _stdout()
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as exc:
        try:  # what is still buffered can never be written: drop it
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):
            pass
        raise OutputError(f"cannot write to standard output ({exc.strerror or exc})") from None


def _write_stdout(text: str, fmt: OutputFormat | None = None) -> None:
    with _to_stdout() as stream:
        stream.write(_encodable(text, fmt, stream))


def _encodable(text: str, fmt: OutputFormat | None, stream: Any) -> str:
    """`text` as the stream can carry it without loss where the format has a way: a
    character an ASCII or Latin-1 stream (PYTHONIOENCODING=ascii) lacks is written as a JSON
    `\\u` escape or an HTML or Markdown character reference (`&#233;`), so JSON still
    carries the text exactly. Table and text views get `?` from the stream."""
    if fmt not in (OutputFormat.JSON, OutputFormat.HTML, OutputFormat.MARKDOWN):
        return text
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    except LookupError:
        return text
    from briefing_cli.render.common import valid_unicode

    handler = _JSON_ESCAPES if fmt is OutputFormat.JSON else "xmlcharrefreplace"
    return valid_unicode(text).encode(encoding, errors=handler).decode(encoding)


def _json_escapes(error: UnicodeError) -> tuple[str, int]:
    """Error handler: characters the encoding lacks as JSON `\\uXXXX` escapes (a pair of
    surrogates beyond the BMP). Only strings hold characters outside ASCII in our JSON."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start:error.end]:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), error.end


_JSON_ESCAPES = "briefing-json-escapes"
codecs.register_error(_JSON_ESCAPES, _json_escapes)


app = typer.Typer(
    cls=_Group,
    name="briefing",
    help="Who said what: a verbatim, per-speaker digest of a press briefing, interview or "
         "news article.",
    epilog=EXAMPLES,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        _write_stdout(f"briefing {briefing_cli.__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Who said what: a verbatim, per-speaker digest of a briefing transcript."""


@app.command(cls=_Command, epilog=EXAMPLES)
def summarize(
    ctx: typer.Context,
    file: FileArgument = None,
    sentences: Annotated[int | None, typer.Option(
        "--sentences", "-n", min=1, max=1000, show_default="5",
        help="Sentences in the overall summary.")] = None,
    ratio: Annotated[str | None, typer.Option(
        "--ratio", show_default=False,
        help="Overall summary as a share of the transcript's sentences, e.g. 10% or 0.1.")
    ] = None,
    words: Annotated[int | None, typer.Option(
        "--words", min=1, show_default=False,
        help="Word budget for the overall summary (an upper bound: sentences are never cut).")
    ] = None,
    method: MethodOption = _DEFAULT_METHOD,
    per_speaker: Annotated[int, typer.Option(
        "--per-speaker", "-k", min=1, max=100, help="Key points per speaker.")] = 3,
    about: Annotated[str | None, typer.Option(
        "--about", "-a", show_default=False,
        help="Focus on a topic: only statements bearing on it, matched words highlighted.")
    ] = None,
    speaker: Annotated[str | None, typer.Option(
        "--speaker", "-s", show_default=False,
        help="Only this speaker's statements (full name, surname or any alias).")] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    input_format: InputFormatOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    all_statements: Annotated[bool, typer.Option(
        "--all-statements",
        help="Let greetings, thanks and procedure (\"next question\") be points too.")
    ] = False,
) -> None:
    """Summarize a transcript: the overall gist, then each speaker's key points."""
    transcript = _transcript(ctx, file, input_format, max_bytes, timeout)
    from briefing_cli.digest import build_digest  # after reading: errors come sooner
    from briefing_cli.rank import get_ranker
    from briefing_cli.render.common import valid_unicode

    length = _summary_length(transcript, sentences, ratio, words)
    about = None if about is None else valid_unicode(about)
    speaker = None if speaker is None else valid_unicode(speaker)
    fmt, output = _destination(output_format, output)
    meanwhile = None
    if fmt is OutputFormat.JSON:  # its transcript-only parts encoded while key terms are found
        import functools

        from briefing_cli.render import json

        meanwhile = functools.partial(json.prepare, transcript)
    digest = build_digest(transcript, get_ranker(method.value), sentences=length,
                          per_speaker=per_speaker, words=words, about=about, speaker=speaker,
                          all_statements=all_statements, meanwhile=meanwhile)
    if fmt is OutputFormat.TABLE and output is None:
        from briefing_cli.render import table

        with _to_stdout() as stream:
            table.render(digest, _console(stream))
        return
    _emit(_render(digest, fmt), output, protect=[] if file in (None, "-") else [file],
          fmt=fmt)


@app.command(cls=_Command, epilog="""
Examples:

  briefing speakers samples/white_house_briefing.txt

  briefing speakers briefing.txt --format json
""")
def speakers(
    ctx: typer.Context,
    file: FileArgument = None,
    output_format: Annotated[OutputFormat, typer.Option(
        "--format", "-f", case_sensitive=False, help="Output format.")] = OutputFormat.TABLE,
    input_format: InputFormatOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """List the detected speakers with role, aliases, turns and words, to check attribution."""
    from briefing_cli.render import speakers as render

    transcript = _transcript(ctx, file, input_format, max_bytes, timeout)
    if output_format is OutputFormat.TABLE:
        with _to_stdout() as stream:
            render.render_table(transcript, _console(stream))
        return
    text = {OutputFormat.JSON: render.render_json, OutputFormat.TEXT: render.render_text,
            OutputFormat.MARKDOWN: render.render_markdown,
            OutputFormat.HTML: render.render_html}[output_format](transcript)
    _write_stdout(text, output_format)


@app.command(cls=_Command, epilog="""
Examples:

  briefing compare samples/state_department_briefing.txt \\
      samples/state_department_briefing_next_day.txt

  briefing compare monday.txt tuesday.txt -o changes.md
""")
def compare(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(help="The earlier briefing ('-' for standard input).")],
    new: Annotated[str, typer.Argument(help="The later briefing.")],
    output_format: FormatOption = None,
    output: OutputOption = None,
    method: MethodOption = _DEFAULT_METHOD,
    input_format: InputFormatOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """Compare two briefings: new, dropped and continuing topics per speaker, and how the
    wording of each continuing line moved."""
    from briefing_cli.compare import compare as run_compare
    from briefing_cli.rank import get_ranker
    from briefing_cli.render import compare as render

    if old == "-" and new == "-":
        raise UsageError("only one of OLD and NEW can be standard input")
    comparison = run_compare(_transcript(ctx, old, input_format, max_bytes, timeout),
                             _transcript(ctx, new, input_format, max_bytes, timeout),
                             get_ranker(method.value))
    fmt, output = _destination(output_format, output)
    if fmt is OutputFormat.TABLE and output is None:
        with _to_stdout() as stream:
            render.render_table(comparison, _console(stream))
        return
    if fmt is OutputFormat.TABLE:
        text = _table_text(lambda console: render.render_table(comparison, console))
    else:
        text = {OutputFormat.JSON: render.render_json, OutputFormat.TEXT: render.render_text,
                OutputFormat.MARKDOWN: render.render_markdown,
                OutputFormat.HTML: render.render_html}[fmt](comparison)
    _emit(text, output, protect=[p for p in (old, new) if p != "-"], fmt=fmt)


@app.command("text", cls=_Command, epilog="""
Examples:

  briefing text https://www.example.gov/briefings/2026-03-12 | less -N

  briefing text minutes.pdf > minutes.txt
""")
def text_command(
    ctx: typer.Context,
    file: FileArgument = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """Print the text that line numbers point into: what was extracted from a web page, PDF
    or Word file (a text file as decoded), so any quote can be checked."""
    text = _document(ctx, file, max_bytes, timeout).text
    if is_interactive(sys.stdout):
        # A page's escape sequences (a window title, an OSC 52 clipboard write) never reach
        # a terminal; line by line, so every line number still points at its line. Piped or
        # redirected, the text is exact.
        from briefing_cli.render.common import safe

        text = "\n".join(safe(line) for line in text.split("\n"))
    _write_stdout(text)


class BatchFormat(str, Enum):
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"


@app.command(cls=_Command, epilog="""
Examples:

  briefing batch archive/ -o digests/

  briefing batch "archive/2026-03-*.txt" -o digests/ --format json --skip-existing

  briefing batch --urls briefings.txt -o digests/
""")
def batch(
    output: Annotated[Path, typer.Option(
        "--output", "-o", file_okay=False, help="Folder for the digests and the index.")],
    inputs: Annotated[str | None, typer.Argument(
        help="A folder (searched recursively) or a quoted glob of transcripts.",
        show_default=False)] = None,
    output_format: Annotated[BatchFormat, typer.Option(
        "--format", "-f", case_sensitive=False, help="Format of each digest.")
    ] = BatchFormat.MARKDOWN,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, max=256, show_default="number of CPUs",
        help="Worker processes.")] = None,
    skip_existing: Annotated[bool, typer.Option(
        "--skip-existing", help="Keep digests already in the output folder (resume a run).")
    ] = False,
    method: MethodOption = _DEFAULT_METHOD,
    urls: Annotated[str | None, typer.Option(
        "--urls", show_default=False,
        help="A text file listing web pages (or PDF/Word URLs) to digest, one URL a line.")
    ] = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """Digest many transcripts: one output per input plus index.md and index.json (and
    index.html with --format html).

    Unreadable files are skipped with a warning and listed at the end; the exit status is
    then 1, after everything else has been written.
    """
    from briefing_cli import batch as archive

    if (inputs is None) == (urls is None):
        raise UsageError("give a folder or glob of transcripts, or --urls FILE (one of them)")
    if urls is not None:
        plan = archive.prepare_urls(urls, output, output_format.value, method.value,
                                    skip_existing, timeout)
    else:
        assert inputs is not None
        plan = archive.prepare(inputs, output, output_format.value, method.value,
                               skip_existing)
    report = archive.execute(plan, jobs or os.cpu_count() or 1, _batch_progress(len(plan.todo)))
    from briefing_cli.render.common import printable

    for outcome in report.failed:
        _note(f"warning: skipped {printable(outcome.error or str(outcome.job.source))}")
    index = "index.html" if output_format is BatchFormat.HTML else "index.md"
    _note(printable(f"{len(report.entries)} digests in {output} ({report.new} new, "
                    f"{len(plan.kept)} kept, {len(report.failed)} failed); index in "
                    f"{output / index}"))
    if report.failed:
        raise typer.Exit(ExitStatus.ERROR)


@contextmanager
def _batch_progress(total: int) -> Iterator[Callable[[Any], None]]:
    """A callback advancing a Rich progress bar on a terminal; a no-op otherwise."""
    if not total or not is_interactive(sys.stderr):
        yield lambda outcome: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("digesting"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}/s"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    console = Console(stderr=True, width=_fallback_width(sys.stderr))  # COLUMNS=0 hid it
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("batch", total=total, rate="0.0")

        def advance(outcome: Any) -> None:
            progress.advance(task)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, rate=f"{progress.tasks[0].completed / elapsed:.1f}")

        yield advance


def _destination(output_format: OutputFormat | None, output: Path | None
                 ) -> tuple[OutputFormat, Path | None]:
    """The format (from --format, else -o's extension, else a table) and the file to write,
    None for standard output (`-o -` included)."""
    if output is not None and str(output) == "-":
        output = None
    if output_format is not None:
        return output_format, output
    if output is None:
        return OutputFormat.TABLE, None
    return EXTENSIONS.get(output.suffix.lower(), OutputFormat.TEXT), output


def _emit(text: str, output: Path | None, *, protect: list[str],
          fmt: OutputFormat | None = None) -> None:
    """Write `text` to `output` atomically (never over an input), or to standard output."""
    if output is None:
        _write_stdout(text, fmt)
        return
    from briefing_cli.output import write_atomic

    try:
        write_atomic(output, text, protect=[Path(p) for p in protect],
                     protect_stdin=True)
    except BrokenPipeError:  # `-o /dev/stdout | head`: as a closed pipe on stdout, exit 0
        _quiet_broken_pipe()
    from briefing_cli.render.common import printable

    _note(f"wrote {printable(str(output))}")


def _transcript(ctx: typer.Context, file: str | None, input_format: str | None,
                max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Any:
    """Read and parse the input the same way for every command."""
    if input_format is not None and input_format not in LAYOUT_NAMES:
        raise UsageError(f"unknown --input-format {input_format!r} "
                         f"(choose from {', '.join(LAYOUT_NAMES)})")
    document = _document(ctx, file, max_bytes, timeout)
    from briefing_cli import collection
    from briefing_cli.transcript import parse  # after reading: errors come sooner

    with collection.paused():  # (reading a transcript makes no reference cycles either)
        return parse(document, input_format)


def _document(ctx: typer.Context, file: str | None, max_bytes: int, timeout: float) -> Any:
    """The input read, fetched or extracted: the text every line number points into."""
    path = _input_path(ctx, file)
    stdin = None
    if path == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            raise UsageError("standard input is closed; give a FILE")
    return read_source(path, stdin, max_bytes=max_bytes, timeout=timeout)


def _summary_length(transcript: Any, sentences: int | None, ratio: str | None,
                    words: int | None) -> int:
    """Sentences in the overall summary from -n, --ratio or --words (one at most)."""
    given = [name for name, value in (("-n", sentences), ("--ratio", ratio), ("--words", words))
             if value is not None]
    if len(given) > 1:
        raise UsageError(f"{' and '.join(given)} both set the summary length; give one")
    if ratio is None:
        return sentences or 5
    share = _parse_ratio(ratio)
    return max(1, math.ceil(share * len(transcript.sentences)))


def _parse_ratio(text: str) -> float:
    try:
        share = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise UsageError(f"--ratio {text!r} is not a share like 10% or 0.1") from None
    if not 0 < share <= 1:
        raise UsageError(f"--ratio {text!r} must be more than 0 and at most 100%")
    return share


def _input_path(ctx: typer.Context, file: str | None) -> str:
    if file is not None:
        return file
    if sys.stdin is None:
        raise UsageError("no FILE given and standard input is closed")
    if is_interactive(sys.stdin):
        raise UsageError("no FILE given and nothing piped to standard input")
    return "-"


def _console(stream: Any, *, width: int | None = None) -> Any:
    from rich.console import Console

    if width is None:
        width = _fallback_width(stream)
    console = Console(file=stream, highlight=False, markup=False, emoji=False, width=width,
                      no_color="NO_COLOR" in os.environ or None, soft_wrap=False)
    console.on_broken_pipe = _quiet_broken_pipe  # type: ignore[method-assign]
    return console


def _fallback_width(stream: Any) -> int | None:
    """None (Rich decides) unless COLUMNS is set to something no table fits in (`0`, `x`)
    or absurdly wide (a million columns padded every line to megabytes, and 20 digits
    overflowed Rich's format strings): then the terminal's width, or 80."""
    columns = os.environ.get("COLUMNS")
    if columns is None or (columns.strip().isdigit() and _SANE_WIDTH[0] <= int(columns)
                           <= _SANE_WIDTH[1]):
        return None
    try:
        width = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        width = 0
    return width if _SANE_WIDTH[0] <= width <= _SANE_WIDTH[1] else 80


_SANE_WIDTH = (20, 1000)


def _render(digest: Any, fmt: OutputFormat) -> str:
    if fmt is OutputFormat.TABLE:
        from briefing_cli.render import table

        return _table_text(lambda console: table.render(digest, console))
    from briefing_cli.render import render_digest

    return render_digest(digest, fmt)


def _table_text(draw: Callable[[Any], None]) -> str:
    """A Rich view drawn into plain text, 100 columns wide, for a file."""
    buffer = StringIO()
    draw(_console(buffer, width=100))
    return buffer.getvalue()


def main() -> None:
    """The command as a function: it ends by raising SystemExit (tests call it in-process)."""
    _invoked_only(sys.argv[1:])(prog_name="briefing")


def _invoked_only(args: list[str]) -> typer.Typer:
    """The app with only the command `args` starts with: Typer builds the Click parameters of
    every registered command on every run (signatures, annotations, some 40 options), and a
    run uses one. Anything else (no command, an option first, an unknown or misspelt name)
    gets the whole app, as does BRIEFING_NO_FAST_PATHS=1; the output is the same."""
    if not args or os.environ.get("BRIEFING_NO_FAST_PATHS"):
        return app
    from typer.main import get_command_name

    chosen = [info for info in app.registered_commands if (info.name or (
        get_command_name(info.callback.__name__) if info.callback else None)) == args[0]]
    if len(chosen) != 1:
        return app
    import copy

    only = copy.copy(app)
    only.registered_commands = chosen
    return only


def run() -> None:
    """Console-script entry point: `main()`, then the process ends without Python's teardown
    when nothing is left to do (see `_leave`)."""
    _fewer_collections()
    try:
        main()
    except SystemExit as exc:
        _leave(exc)
        raise


def _fewer_collections() -> None:
    """Run the cyclic garbage collector after 100,000 new objects rather than 700.

    A run builds millions of small objects that live to its end (sentences, turns, token
    tuples) and almost no cycles, so the default threshold spent about a sixth of the CPU
    time of a 100,000-speaker transcript walking them (bench/RESULTS.md); cycles are still
    collected.
    """
    import gc

    _, second, third = gc.get_threshold()
    gc.set_threshold(100_000, second, third)


def _leave(exc: SystemExit) -> None:
    """End the process now, with `exc`'s status, if nothing else is pending.

    Python's teardown frees every object and module of the run, about 5% of a short run's
    CPU time, for nothing a user sees. It is skipped only when no atexit handler, no other
    thread and no worker pool is left and the output streams flush; otherwise (and with
    BRIEFING_NO_FAST_PATHS=1) this returns and the process exits as usual.
    """
    status = 0 if exc.code is None else exc.code
    if not isinstance(status, int) or os.environ.get("BRIEFING_NO_FAST_PATHS"):
        return
    if "multiprocessing" in sys.modules or "concurrent.futures" in sys.modules:
        return
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    import atexit

    if atexit._ncallbacks():
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(status)
