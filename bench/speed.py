"""Wall time and peak memory of whole commands: briefing against sumy's LexRank.

usage: python bench/speed.py [--sizes 1000,2000,10000,50000] [--sumy-max 2000] [--runs 3]
                            [--hostile] [--batch 1000] [--html 50000] [--large-mb 50] [--inputs]
       python bench/speed.py --startup [--runs 11]

Synthetic transcripts of N sentences are built by cycling the labelled samples in samples/.
Each command runs as its own process (`briefing summarize FILE -f json`, `sumy lex-rank
--length=5 --file=FILE`); the figure is the median wall time over --runs runs and the peak
resident memory of the process. sumy's LexRank grows quadratically, so it runs only up to
--sumy-max sentences (it needs the venv from shared/eval/tools/setup_sumy.sh, made on first
use in $BRIEFING_SUMY_ROOT, default /tmp/briefing-sumy).

--startup times what a typical run costs, start-up included: `--help`, `--version`, an error,
and `summarize -f text` of a 1,000-word and a 10,000-word briefing next to `sumy lex-rank
--length=5` on the same files, the two run alternately so that both see the same load;
the figures are medians of --runs whole-process runs: wall time, and CPU time (user +
system), which a busy machine inflates less. briefing's bytecode is compiled first, as an
installed package's is (sumy's was compiled when pip installed it).

--inputs times the published formats: a 100-page PDF and a 2 MB web page built from the
samples (by tests/published.py; needs the test extra for fpdf2), as extraction alone
(in this process, libraries already imported) and as a whole `briefing text FILE` command.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ["state_department_briefing.txt", "white_house_briefing.txt"]
SEED = ROOT.parent / "shared" / "seeds" / "000_b4fc89ae78c9ff3c.txt"


def synthetic(sentences: int, folder: Path) -> Path:
    """A labelled transcript of about `sentences` sentences built from the samples."""
    from briefing_cli.source import read_source
    from briefing_cli.transcript import parse

    blocks = []
    for name in SAMPLES:
        transcript = parse(read_source(str(ROOT / "samples" / name)))
        for turn in transcript.turns:
            if turn.speaker is None:
                continue
            label = "QUESTION" if turn.speaker == "press" else turn.speaker.upper()
            blocks.append((f"{label}: {' '.join(turn.text.split())}", len(turn.sentences)))
    lines, count, round_ = [], 0, 0
    while count < sentences:
        round_ += 1
        for block, size in blocks:
            lines.append(block)
            count += size
            if count >= sentences:
                break
    path = folder / f"synthetic-{sentences}.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def synthetic_words(words: int, folder: Path) -> Path:
    """A labelled briefing of about `words` words (whole turns) built from the samples."""
    from briefing_cli.nlp import word_count

    source = synthetic(max(50, words // 10), folder).read_text(encoding="utf-8")
    blocks = source.split("\n\n")
    while sum(word_count(b) for b in blocks) < words:
        blocks += blocks
    kept, count = [], 0
    for block in blocks:
        if count >= words:
            break
        kept.append(block)
        count += word_count(block)
    path = folder / f"briefing-{words}-words.txt"
    path.write_text("\n\n".join(kept).strip() + "\n", encoding="utf-8")
    return path


def startup(briefing: str, runs: int, folder: Path) -> None:
    """Whole-process wall (and CPU) times of short runs, briefing and sumy side by side."""
    root = sumy_root()
    env = {**os.environ, "NLTK_DATA": str(root / "nltk_data")}
    sumy = str(root / "venv" / "bin" / "sumy")
    # Bytecode as an installed package has it (pip compiles what it installs; an editable
    # source tree under PYTHONDONTWRITEBYTECODE=1 would be compiled afresh on every run).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "briefing_cli")],
                   check=True)
    print("| command | briefing s | CPU s | sumy LexRank s | CPU s | speed-up |\n"
          "|---|---:|---:|---:|---:|---:|")
    missing = str(folder / "missing.txt")
    for label, command in (("python -c pass", [sys.executable, "-c", "pass"]),
                           ("briefing --help", [briefing, "--help"]),
                           ("briefing --version", [briefing, "--version"]),
                           ("briefing summarize missing.txt (error)",
                            [briefing, "summarize", missing])):
        wall, cpu = _medians([_timed(command) for _ in range(runs)])
        print(f"| {label} | {wall:.3f} | {cpu:.3f} | | | |", flush=True)
    for words in (1000, 10000):
        path = synthetic_words(words, folder)
        ours, theirs = [], []
        for _ in range(runs):  # alternate, so that both see the same load
            ours.append(_timed([briefing, "summarize", str(path), "-f", "text"]))
            theirs.append(_timed([sumy, "lex-rank", "--length=5", f"--file={path}"], env))
        (wall, cpu), (other, other_cpu) = _medians(ours), _medians(theirs)
        print(f"| {words:,}-word briefing, `-f text` | {wall:.3f} | {cpu:.3f} | {other:.3f} "
              f"| {other_cpu:.3f} | {other / wall:.1f}x |", flush=True)


def _timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run; a failing run counts (the error path)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env)
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def _medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples))


def hostile(folder: Path) -> dict[str, Path]:
    """Inputs that make naive parsers hang or grow quadratically (issue 5)."""
    words = (ROOT / "samples" / "white_house_briefing.txt").read_text(encoding="utf-8").split()
    words = [w.strip(".,?!:") for w in words if w.strip(".,?!:")]
    line = " ".join(words[i % len(words)] for i in range(5_000_000 // 6))
    cases = {
        "one 5 MB line, no punctuation": line[:5_000_000] + "\n",
        "1,000,000 blank lines": "\n" * 1_000_000 + "MR A: The only sentence here.\n",
        "100,000 turns": "".join(f"MR SMITH: Point {i} on the budget and the harbour plan."
                                 f"\n\nQ: Question {i} about trade?\n\n" for i in range(50_000)),
        # issue 14: NLTK's regex time limit, and name look-ups once per speaker
        "one 1.4 MB line of 100,000 sentences": "".join(
            f"We act {i}. " for i in range(100_000)) + "\n",
        "100,000 distinct speakers": "".join(
            f"MR {made_up_name(i).upper()}: The budget for item {i} is ready today.\n\n"
            for i in range(100_000)),
    }
    paths = {}
    for n, (name, text) in enumerate(cases.items()):
        paths[name] = folder / f"hostile-{n}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def made_up_name(i: int) -> str:
    """A distinct pronounceable surname for every i (Bokadu, Kepali, ...)."""
    letters, vowels, out = "bcdfghklmnprstvz", "aeiou", ""
    i += 1000
    while i:
        out += letters[i % 16] + vowels[i // 16 % 5]
        i //= 80
    return out.capitalize()


def measure(command: list[str], runs: int, env: dict[str, str] | None = None
            ) -> tuple[float, float]:
    """(median seconds, peak MB) of `command` run `runs` times."""
    times, peaks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   env=env)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - started)
        peaks.append(usage.ru_maxrss / 1024)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(command)}: {process.stderr.read().decode()[-500:]}")
    return statistics.median(times), max(peaks)


def html_vs_json(path: Path, briefing: str) -> None:
    """Rendering time and size of the HTML report against the JSON output of one digest,
    then the whole commands (the ranking they share dominates those)."""
    from briefing_cli.digest import build_digest
    from briefing_cli.rank import get_ranker
    from briefing_cli.render import html, json
    from briefing_cli.source import read_source
    from briefing_cli.transcript import parse

    digest = build_digest(parse(read_source(str(path))), get_ranker("lexrank"))
    size = path.stat().st_size
    print(f"\n| {len(digest.transcript.sentences):,} sentences, {size / 1e6:.1f} MB input "
          "| render s (median of 5) | output MB | output / input |\n|---|---:|---:|---:|")
    for name, render in (("json", json.render), ("html", html.render)):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            text = render(digest)
            times.append(time.perf_counter() - start)
        out = len(text.encode("utf-8"))
        print(f"| {name} | {statistics.median(times):.2f} | {out / 1e6:.1f} | {out / size:.2f}x |",
              flush=True)
    for fmt in ("json", "html"):
        seconds, peak = measure([briefing, "summarize", str(path), "-f", fmt], 1)
        print(f"| whole command, -f {fmt} | {seconds:.1f} s | {peak:.0f} MB peak | |", flush=True)


def sumy_root() -> Path:
    root = Path(os.environ.get("BRIEFING_SUMY_ROOT", "/tmp/briefing-sumy"))
    if not (root / "venv" / "bin" / "sumy").exists():
        setup = ROOT.parent / "shared" / "eval" / "tools" / "setup_sumy.sh"
        subprocess.run(["bash", str(setup), str(root)], check=True, stdout=subprocess.DEVNULL)
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,10000,50000")
    parser.add_argument("--sumy-max", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=None,
                        help="runs per figure (default 3; 11 with --startup)")
    parser.add_argument("--hostile", action="store_true",
                        help="also time a 5 MB line, a million blank lines, 100,000 turns, "
                             "a 1.4 MB line of short sentences, 100,000 distinct speakers")
    parser.add_argument("--batch", type=int, default=0,
                        help="also time `briefing batch` over this many sample transcripts")
    parser.add_argument("--html", type=int, default=0, metavar="SENTENCES",
                        help="also compare HTML with JSON output on a transcript this long")
    parser.add_argument("--large-mb", type=int, default=0,
                        help="also time one transcript of about this many megabytes")
    parser.add_argument("--startup", action="store_true",
                        help="only time start-up: --help, --version, an error, and 1,000- and "
                             "10,000-word briefings next to sumy")
    parser.add_argument("--inputs", action="store_true",
                        help="also time extracting a 100-page PDF and a 2 MB web page")
    args = parser.parse_args()
    briefing = shutil.which("briefing") or str(Path(sys.executable).parent / "briefing")
    folder = Path(tempfile.mkdtemp(prefix="briefing-speed-"))
    if args.startup:
        startup(briefing, args.runs or 11, folder)
        return
    runs = args.runs or 3

    print("| command | median s | peak MB |\n|---|---:|---:|")
    seconds, peak = measure([briefing, "--help"], 10)
    print(f"| briefing --help | {seconds:.3f} | {peak:.0f} |")
    if SEED.exists():
        seconds, peak = measure([briefing, "summarize", str(SEED), "-f", "json"], 10)
        print(f"| briefing summarize seed | {seconds:.3f} | {peak:.0f} |")

    root = sumy_root() if args.sumy_max > 0 else None
    env = {**os.environ, "NLTK_DATA": str(root / "nltk_data")} if root else None
    print("\n| sentences | briefing s | briefing MB | sumy LexRank s | sumy MB | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        path = synthetic(size, folder)
        runs_here = runs if size <= 10000 else 1
        ours, our_peak = measure([briefing, "summarize", str(path), "-f", "json"], runs_here)
        row = f"| {size:,} | {ours:.2f} | {our_peak:.0f} |"
        if root is not None and size <= args.sumy_max:
            theirs, their_peak = measure(
                [str(root / "venv" / "bin" / "sumy"), "lex-rank", "--length=5",
                 f"--file={path}"], 1, env)
            row += f" {theirs:.2f} | {their_peak:.0f} | {theirs / ours:.0f}x |"
        else:
            row += " | | |"
        print(row, flush=True)
    if args.hostile:
        print("\n| hostile input | s | peak MB |\n|---|---:|---:|")
        for name, path in hostile(folder).items():
            seconds, peak = measure([briefing, "summarize", str(path), "-f", "json"], 1)
            print(f"| {name} | {seconds:.1f} | {peak:.0f} |", flush=True)
    if args.batch:
        archive = folder / "archive"
        archive.mkdir()
        samples = sorted((ROOT / "samples").glob("*.txt"))
        for i in range(args.batch):
            source = samples[i % len(samples)]
            shutil.copy(source, archive / f"{i:05d}-{source.name}")
        seconds, peak = measure([briefing, "batch", str(archive), "-o", str(folder / "out")], 1)
        print(f"\n| batch of {args.batch:,} sample transcripts ({os.cpu_count()} CPUs) "
              f"| {seconds:.0f} s | {args.batch / seconds:.0f} per s |")
    if args.html:
        html_vs_json(synthetic(args.html, folder), briefing)
    if args.inputs:
        published_inputs(briefing, folder, args.runs)
    if args.large_mb:
        # about 72 bytes a sentence in the labelled samples
        path = synthetic(args.large_mb * 1_000_000 // 72, folder)
        seconds, peak = measure([briefing, "summarize", str(path), "-f", "json"], 1)
        size = path.stat().st_size / 1e6
        print(f"\n| {size:.0f} MB transcript | {seconds:.0f} s | {peak:.0f} MB |")


def published_inputs(briefing: str, folder: Path, runs: int) -> None:
    """Extraction time of a 100-page PDF and a 2 MB web page (issue 11: each under 2 s)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from published import to_html, to_pdf

    from briefing_cli.sources import convert

    text = synthetic(4000, folder).read_text(encoding="utf-8")  # about 300 KB
    pdf = to_pdf(text)
    while _pages(pdf) < 100:
        text += text[: len(text) // 4]
        pdf = to_pdf(text)
    page_text = text
    while len(to_html(page_text)) < 2_000_000:
        page_text += text
    page = to_html(page_text)
    cases = [(f"{_pages(pdf)}-page PDF ({len(pdf) / 1e6:.1f} MB)", "briefing.pdf", pdf, "pdf"),
             (f"{len(page) / 1e6:.1f} MB web page", "briefing.html", page, "html")]
    print(f"\n(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: CPU seconds are "
          "the steadier figure on a busy machine)")
    print("\n| input | extraction s | extraction CPU s | `briefing text` s | peak MB |\n"
          "|---|---:|---:|---:|---:|")
    for label, name, data, kind in cases:
        path = folder / name
        path.write_bytes(data)
        convert(data, name, kind)  # imports and first-use set-up are the command's cost
        times, cpu = [], []
        for _ in range(runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            convert(data, name, kind)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        seconds, peak = measure([briefing, "text", str(path)], runs)
        print(f"| {label} | {statistics.median(times):.2f} | {statistics.median(cpu):.2f} "
              f"| {seconds:.2f} | {peak:.0f} |", flush=True)


def _pages(pdf: bytes) -> int:
    from io import BytesIO

    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


if __name__ == "__main__":
    main()
