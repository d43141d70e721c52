"""Digest an archive: one output per transcript plus an index, in parallel processes."""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import signal
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_cli.errors import BriefingError, InputError, OutputError, Terminated
from briefing_cli.render import OutputFormat, extension_of

if TYPE_CHECKING:
    from briefing_cli.models import Document

INDEX_NAMES = ("index.md", "index.json", "index.html")

SUFFIXES = (".txt", ".text", ".vtt", ".srt", ".md", ".markdown", ".html", ".htm", ".pdf",
            ".docx")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")
_MONTH = "|".join(_MONTH_NAMES)
# `March 12, 2026`, `2026-03-12` or `12 March 2026`: one pattern finds a date in a transcript
# and gives its parts for the sort key.
_DATE = re.compile(
    rf"\b(?:(?P<month>{_MONTH})[a-z]*\.?\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})"
    r"|(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})"
    rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_second>{_MONTH})[a-z]*\s+(?P<year_last>\d{{4}}))\b")


@dataclass(frozen=True)
class Job:
    source: Path
    target: Path
    fmt: str  # "markdown", "json" or "html"
    method: str
    url: str | None = None  # a page to fetch (--urls); `source` then only names the output
    timeout: float = 20.0

    @property
    def label(self) -> str:
        """The input as the user named it: its path or its URL."""
        return self.url or str(self.source)


@dataclass(frozen=True)
class Outcome:
    job: Job
    entry: dict[str, Any] | None  # the index entry, or None when the input failed
    error: str | None = None


@dataclass(frozen=True)
class Plan:
    out_dir: Path
    jobs: list[Job]  # every input, in order
    todo: list[Job]  # those to digest now
    kept: list[Job]  # those whose digests an earlier run left (--skip-existing)
    blocked: list[Outcome]  # those whose output name holds a file we did not write
    previous: dict[str, dict[str, Any]]  # index entries of that run, by output name


@dataclass(frozen=True)
class Report:
    entries: list[dict[str, Any]]
    failed: list[Outcome]
    new: int


PARTIAL_INDEX_EVERY = 25  # digests between index.json checkpoints, so a run can resume


def prepare(inputs: str, out_dir: Path, fmt: str, method: str, skip_existing: bool) -> Plan:
    """Find the inputs, name their outputs, and see what an earlier run already did."""
    # Digests written into the input folder are outputs, never inputs of the next run.
    inside = out_dir.resolve()
    found = [p for p in find_inputs(inputs) if inside not in p.resolve().parents]
    if not found:
        raise InputError(f"{inputs}: no transcript files outside the output folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the folder ({exc.strerror or exc})") from None
    jobs = plan(found, inputs, out_dir, fmt, method)
    return _sorted_plan(jobs, out_dir, skip_existing)


def prepare_urls(urls_file: str, out_dir: Path, fmt: str, method: str, skip_existing: bool,
                 timeout: float) -> Plan:
    """Jobs for the pages listed in `urls_file` (one URL a line; blank lines and # comments
    skipped), named after each URL's host and path."""
    from briefing_cli.source import read_source
    from briefing_cli.sources import is_web

    urls: list[str] = []
    listing = read_source(urls_file)
    for n, line in enumerate(listing.text.split("\n"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_web(line):
            raise InputError(f"{listing.name}, line {n}: {line[:80]!r} is not an http(s) URL")
        if line not in urls:
            urls.append(line)
    if not urls:
        raise InputError(f"{listing.name}: no URLs in it")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the folder ({exc.strerror or exc})") from None
    extension = extension_of(OutputFormat(fmt))
    jobs, taken = [], set(INDEX_NAMES)
    for url in urls:
        stem = url_stem(url)
        name = _unique_name(stem, extension, taken)
        jobs.append(Job(Path(stem), out_dir / name, fmt, method, url=url, timeout=timeout))
    return _sorted_plan(jobs, out_dir, skip_existing)


def url_stem(url: str) -> str:
    """A file name from a URL's host and path: `www.example.gov__briefings__march-12`."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    pieces = [parts.hostname or "page", *(p for p in parts.path.split("/") if p)]
    if parts.query:
        pieces.append(parts.query)
    stem = "__".join(re.sub(r"[^A-Za-z0-9._-]+", "-", p).strip("-.") or "-" for p in pieces)
    return stem[:120].rstrip("-._") or "page"


def _sorted_plan(jobs: list[Job], out_dir: Path, skip_existing: bool) -> Plan:
    """Which jobs to run, which an earlier run did (--skip-existing), which are blocked."""
    from briefing_cli.source import display_name

    previous = previous_entries(out_dir)
    kept, blocked, todo = [], [], []
    for job in jobs:
        earlier = previous.get(job.target.name)
        ours = earlier is not None and earlier.get("file") == display_name(job.label)
        if skip_existing and ours and job.target.exists():
            kept.append(job)
        elif job.target.exists() and earlier is None and not _is_digest(job.target):
            blocked.append(Outcome(job, None, f"{job.label}: {job.target} exists and is not a "
                                              "digest; not overwritten"))
        else:
            todo.append(job)
    return Plan(out_dir, jobs, todo, kept, blocked, previous if skip_existing else {})


def _is_digest(path: Path) -> bool:
    """Whether a file is a digest this tool wrote (an interrupted run leaves some unindexed)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    return head.startswith((b"# Briefing digest: ", b'{\n  "schema": "briefing.digest/1"',
                            b"<!DOCTYPE html>\n<!-- briefing.digest/1 -->"))


def execute(work: Plan, workers: int,
            progress: AbstractContextManager[Callable[[Outcome], None]]) -> Report:
    """Digest what is to do in `workers` processes, then write index.json and index.md (and
    index.html for HTML digests).

    index.json is also written every few digests, so an interrupted run can be resumed
    with --skip-existing.
    """
    from briefing_cli.output import write_atomic

    finished: list[Outcome] = []

    def entries_so_far(outcomes: list[Outcome]) -> list[dict[str, Any]]:
        done = {o.job: o.entry for o in outcomes if o.entry is not None}
        return [work.previous[j.target.name] if j in work.kept else done[j]
                for j in work.jobs if j in work.kept or j in done]

    with progress as on_done:
        def checkpoint(outcome: Outcome) -> None:
            finished.append(outcome)
            on_done(outcome)
            if len(finished) % PARTIAL_INDEX_EVERY == 0:
                write_atomic(work.out_dir / "index.json",
                             index_json(entries_so_far(finished), []))

        try:
            with _terminate_like_interrupt():
                outcomes = run(work.todo, workers, checkpoint) if work.todo else []
        except BaseException:
            _remove_temporaries(work)
            if finished:  # what is done is resumed by --skip-existing, not redone
                with contextlib.suppress(Exception):  # the stop is what gets reported
                    write_atomic(work.out_dir / "index.json",
                                 index_json(entries_so_far(finished), []))
            raise
    entries = entries_so_far(outcomes)
    failed = [*work.blocked, *(o for o in outcomes if o.entry is None)]
    write_atomic(work.out_dir / "index.json", index_json(entries, failed))
    write_atomic(work.out_dir / "index.md", index_markdown(entries, failed))
    if any(job.fmt == "html" for job in work.jobs):
        write_atomic(work.out_dir / "index.html", index_html(entries, failed))
    return Report(entries, failed, len(outcomes) - sum(o.entry is None for o in outcomes))


@contextlib.contextmanager
def _terminate_like_interrupt() -> Any:
    """SIGTERM, or SIGHUP (the terminal closed), raises `Terminated` here, so a killed run
    stops its workers and cleans up like Ctrl-C does (the CLI then exits 143 or 129)."""
    def stop(signum: int, frame: Any) -> None:
        raise Terminated(signum)

    try:
        previous = {signum: signal.signal(signum, stop) for signum in _STOPPING}
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


# Signals that end a batch like Ctrl-C (SIGHUP: the terminal or ssh session went away).
_STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def _remove_temporaries(work: Plan) -> None:
    """The temporary files a stopped worker may have left beside its output."""
    for name in [job.target.name for job in work.todo] + ["index.json", "index.md"]:
        for leftover in work.out_dir.glob(f".{glob.escape(name)}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()


_BUSY = False  # in a worker: whether a job is being written


def _worker_start() -> None:
    """In each worker: SIGTERM, SIGHUP or Ctrl-C while a job runs unwinds it (its temporary
    file is removed), then the worker ends; an idle worker ends at once, without a traceback.
    A worker also dies with the batch (Linux's parent-death signal): a batch killed with
    SIGKILL, or by a signal it does not handle, once left its workers running with parent 1."""
    from briefing_cli.parallel import die_with_parent

    def stop(signum: int, frame: Any) -> None:
        if _BUSY:
            raise KeyboardInterrupt
        os._exit(128 + signum)

    for signum in (*_STOPPING, signal.SIGINT):
        signal.signal(signum, stop)
    die_with_parent(os.getppid())


def _process_in_worker(job: Job) -> Outcome:
    global _BUSY
    _BUSY = True
    try:
        return process(job)
    except KeyboardInterrupt:
        os._exit(128 + signal.SIGTERM)
    finally:
        _BUSY = False


def find_inputs(pattern: str) -> list[Path]:
    """Transcript files in a directory (recursively), or matching a glob, sorted."""
    path = Path(pattern)
    if path.is_dir():
        found = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES]
    elif any(ch in pattern for ch in "*?["):
        found = [Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file()]
        if not Path(pattern).suffix:  # `archive/*` means its transcripts; `*.log` means logs
            found = [p for p in found if p.suffix.lower() in SUFFIXES]
    elif path.exists():
        raise InputError(f"{pattern}: not a directory or a glob of transcripts")
    else:
        raise InputError(f"{pattern}: no such directory")
    if not found:
        raise InputError(f"{pattern}: no transcript files ({', '.join(SUFFIXES)})")
    return sorted(found)


def plan(inputs: list[Path], root: str, out_dir: Path, fmt: str, method: str) -> list[Job]:
    """One output name per input: its path under the input folder, with `__` for `/`."""
    from briefing_cli.source import display_name

    base = Path(root) if Path(root).is_dir() else Path(".")
    extension = extension_of(OutputFormat(fmt))
    jobs = []
    taken = set(INDEX_NAMES)
    for source in inputs:
        try:
            relative = source.resolve().relative_to(base.resolve())
        except ValueError:
            relative = Path(source.name)
        # Names are input: the output's name has no control characters and is valid UTF-8.
        stem = "__".join(display_name(part) for part in relative.with_suffix("").parts)
        # `a/b.txt` and `a__b.txt`, or `x.txt` and `x.md`, get different names.
        name = _unique_name(stem, extension, taken)
        jobs.append(Job(source, out_dir / name, fmt, method))
    return jobs


def _unique_name(stem: str, extension: str, taken: set[str]) -> str:
    """`stem` + `extension`, or `stem-2` + `extension` ... when the name (ignoring case, as
    some file systems do) is taken; the name returned is added to `taken`."""
    name, n = stem + extension, 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}{extension}"
    taken.add(name.lower())
    return name


def process(job: Job) -> Outcome:
    """Read, attribute, rank and write one transcript (runs in a worker process)."""
    from briefing_cli.digest import build_digest
    from briefing_cli.output import write_atomic
    from briefing_cli.rank import get_ranker
    from briefing_cli.render import render_digest
    from briefing_cli.source import read_source
    from briefing_cli.transcript import parse

    try:
        document = read_source(job.label, timeout=job.timeout)
        digest = build_digest(parse(document), get_ranker(job.method))
        text = render_digest(digest, OutputFormat(job.fmt))
        write_atomic(job.target, text, protect=[] if job.url else [job.source])
    except BriefingError as exc:
        return Outcome(job, None, str(exc))
    except Exception as exc:  # one bad file must not stop an archive run
        return Outcome(job, None, f"{job.label}: internal error ({type(exc).__name__}: {exc})")
    return Outcome(job, {
        "file": document.name,
        "output": job.target.name,
        "date": shown_date(document),
        "format": digest.transcript.layout,
        "speakers": [
            {"name": sd.speaker.name, "role": sd.speaker.role, "turns": sd.turns,
             "top": ({"text": sd.points[0].sentence.text, "line": sd.points[0].sentence.line}
                     if sd.points else None)}
            for sd in digest.speakers
        ],
    })


def shown_date(document: Document) -> str | None:
    """The briefing's date as its text prints it near the top; else the date the page's or
    file's metadata gives (which may be when the file was saved, not the briefing's day)."""
    found = _DATE.search(document.text[:2000])
    if found:
        return found.group(0)
    return document.origin.date if document.origin and document.origin.date else None


def run(jobs: list[Job], workers: int, on_done: Callable[[Outcome], None]) -> list[Outcome]:
    """Process jobs in `workers` processes (1: in this process), calling `on_done` as each
    finishes; results come back in job order."""
    results: dict[Job, Outcome] = {}
    if workers <= 1 or len(jobs) == 1:
        for job in jobs:
            results[job] = process(job)
            on_done(results[job])
        return [results[j] for j in jobs]
    # Never more workers than jobs: the pool forks all of them at once (`-j 99999999` on
    # three files kept forking until it was stopped by hand).
    workers = min(workers, len(jobs))
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start) as pool:
        try:
            pending: set[Future[Outcome]] = set()
            queue = iter(jobs)
            for job in _take(queue, workers * 4):
                pending.add(pool.submit(_process_in_worker, job))
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    outcome = _result(future)
                    results[outcome.job] = outcome
                    on_done(outcome)
                for job in _take(queue, len(done)):
                    pending.add(pool.submit(_process_in_worker, job))
        except BaseException:
            _stop_workers(pool)
            raise
    return [results[j] for j in jobs]


def _result(future: Future[Outcome]) -> Outcome:
    """A worker's outcome; a worker that died (killed on its own, out of memory) is one
    `error:` line, not an internal error about a broken process pool."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        raise BriefingError("a worker process ended unexpectedly (killed, or out of memory); "
                            "the digests written so far are kept: rerun with --skip-existing "
                            "to finish") from None


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the workers (each removes its temporary file),
    so none is left running without its parent."""
    processes = list(getattr(pool, "_processes", {}).values())
    _quiet_threads()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.join(timeout=10)


def _quiet_threads() -> None:
    """The run is ending with its own `error:` line: the pool's manager thread, whose pipes
    close under it as the workers end, must not add a traceback after it (CPython's
    `OSError: [Errno 9] Bad file descriptor`, seen once under load after SIGTERM)."""
    import threading

    threading.excepthook = lambda args: None


def _take(queue: Iterable[Job], n: int) -> list[Job]:
    out = []
    for job in queue:
        out.append(job)
        if len(out) == n:
            break
    return out


def previous_entries(out_dir: Path) -> dict[str, dict[str, Any]]:
    """Index entries of an earlier run, by output name (for --skip-existing)."""
    try:
        data = json.loads((out_dir / "index.json").read_text(encoding="utf-8"))
        return {e["output"]: e for e in data.get("transcripts", [])}
    except (OSError, ValueError, TypeError, KeyError):
        return {}


def index_json(entries: list[dict[str, Any]], failed: list[Outcome]) -> str:
    from briefing_cli.render.common import printable
    from briefing_cli.source import display_name

    return json.dumps({
        "schema": "briefing.index/1",
        "transcripts": entries,
        "failed": [{"file": display_name(o.job.label),
                    "error": None if o.error is None else printable(o.error)} for o in failed],
    }, ensure_ascii=False, indent=2) + "\n"


def _link(name: str) -> str:
    """A relative link to an output file: every byte that could end the link or make it a
    scheme (`javascript:`) percent-encoded."""
    from urllib.parse import quote

    return "./" + quote(name, safe="")


def index_markdown(entries: list[dict[str, Any]], failed: list[Outcome]) -> str:
    from briefing_cli.render.markdown import escape

    out = ["# Briefing archive", "", f"{len(entries)} transcripts"
           + (f", {len(failed)} could not be read" if failed else "") + ".", "",
           "| Date | File | Speakers | Top statement per speaker |", "|---|---|---|---|"]
    for entry in entries:
        people = [s for s in entry["speakers"] if s["top"]]
        tops = "<br>".join(f"**{escape(s['name'])}**: {escape(s['top']['text'])}"
                           for s in people)
        out.append(f"| {escape(entry['date'] or '')} "
                   f"| [{escape(Path(entry['file']).name)}](<{_link(entry['output'])}>) "
                   f"| {escape(', '.join(s['name'] for s in entry['speakers']))} | {tops} |")
    if failed:
        out += ["", "## Could not be read", ""]
        out += [f"- {escape(o.error or o.job.label)}" for o in failed]
    return "\n".join(out) + "\n"


def sortable_date(date: str | None) -> str:
    """`March 12, 2026`, `12 March 2026` or `2026-03-12` as `2026-03-12`; "" otherwise."""
    match = _DATE.fullmatch(date or "")
    return "" if match is None else iso_date(match)


def iso_date(match: re.Match[str]) -> str:
    """A `_DATE` match as YYYY-MM-DD."""
    if match["iso_year"]:
        return f"{match['iso_year']}-{match['iso_month']}-{match['iso_day']}"
    month = match["month"] or match["month_second"]
    day = match["day"] or match["day_first"]
    year = match["year"] or match["year_last"]
    return f"{year}-{_MONTH_NAMES.index(month) + 1:02d}-{int(day):02d}"


# Sorting by a column when scripts run; the table is whole and readable without it. It reads
# only data-* values, never writes markup.
_SORT_SCRIPT = (
    'document.querySelectorAll("th[data-key]").forEach(function(th){'
    'th.tabIndex=0;th.title="Sort";th.className="sortable";'
    'function go(){var k=th.getAttribute("data-key"),b=th.closest("table").tBodies[0],'
    'r=Array.prototype.slice.call(b.rows),d=th.getAttribute("data-dir")==="asc"?"desc":"asc";'
    'th.setAttribute("data-dir",d);r.sort(function(x,y){var a=x.getAttribute("data-"+k)||"",'
    'c=y.getAttribute("data-"+k)||"";return(a<c?-1:a>c?1:0)*(d==="asc"?1:-1)});'
    'r.forEach(function(x){b.appendChild(x)})}'
    'th.addEventListener("click",go);th.addEventListener("keydown",function(e){'
    'if(e.key==="Enter"||e.key===" "){e.preventDefault();go()}})})')
_INDEX_CSS = ("th.sortable{cursor:pointer;text-decoration:underline dotted}"
              "th[data-dir=asc]::after{content:' \\25B2'}"
              "th[data-dir=desc]::after{content:' \\25BC'}"
              "td.top p{margin:0 0 .35rem}")


def index_html(entries: list[dict[str, Any]], failed: list[Outcome]) -> str:
    """index.html: a table of the digests beside it, each linked by its relative name."""
    from urllib.parse import quote

    from briefing_cli.render.html import page, text

    def href(entry: dict[str, Any], line: int | None = None) -> str:
        # A relative path with every reserved character escaped: never a scheme or a host.
        anchor = f"#L{int(line)}" if line is not None and entry["output"].endswith(".html") \
            else ""
        return text("./" + quote(entry["output"], safe="") + anchor)

    body = ["<header>\n<h1>Briefing archive</h1>\n",
            f'<p class="source">{len(entries)} transcripts'
            + (f", {len(failed)} could not be read" if failed else "") + ".</p>\n</header>\n",
            '<table class="index"><thead><tr><th data-key="date">Date</th>'
            '<th data-key="file">File</th><th>Speakers</th>'
            "<th>Top statement per speaker</th></tr></thead><tbody>\n"]
    for entry in entries:
        name = Path(entry["file"]).name
        tops = "".join(
            f'<p><strong>{text(s["name"])}</strong>: {text(s["top"]["text"])} '
            f'<a class="line" href="{href(entry, s["top"]["line"])}">line '
            f'{int(s["top"]["line"])}</a></p>'
            for s in entry["speakers"] if s["top"])
        body.append(
            f'<tr data-date="{text(sortable_date(entry["date"]))}" data-file="{text(name)}">'
            f'<td>{text(entry["date"] or "")}</td>'
            f'<td><a href="{href(entry)}">{text(name)}</a></td>'
            f'<td>{text(", ".join(s["name"] for s in entry["speakers"]))}</td>'
            f'<td class="top">{tops}</td></tr>\n')
    body.append("</tbody></table>\n")
    if failed:
        body.append("<h2>Could not be read</h2>\n<ul>\n")
        body += [f"<li>{text(o.error or o.job.label)}</li>\n" for o in failed]
        body.append("</ul>\n")
    return page("Briefing archive", body, css=_INDEX_CSS, script=_SORT_SCRIPT)
