"""Robustness of layout detection and attribution: real turns in every layout family.

    python bench/layouts.py [--window 60] [--repeats 2] [--family NAME] [--errors N] [--write]

Real turn-taking text with known speakers (the QMSum meetings of
`../shared/eval/qmsum_general_val.jsonl`, read in place, never copied into the repository)
is cut into windows of --window turns and rendered by tests/layoutgen.py in each layout
family (indented labels, flattened lines, Q/A interviews, monologue briefings, captions,
generic labels, broadcast, page furniture, roles), with perturbations drawn from a seed:
indentation, hard wrapping at 60-80 columns, CRLF line ends, blank lines or none, headers
and furniture around the turns. Each document goes through the product's own path (bytes
-> `source.decode` -> layout detection -> parser), and the figures are, per family, the
share of turns whose text goes to the right speaker (80% of its letters or more), the share
of speakers with a role whose role comes back exactly, and furniture lines that went to a
speaker. `--write` puts the table and the command into the `## Layouts` section of
bench/RESULTS.md, leaving the other sections alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from layoutgen import FAMILIES, Rendered, Score, score  # noqa: E402

from briefing_cli.models import Document  # noqa: E402
from briefing_cli.source import decode  # noqa: E402
from briefing_cli.transcript import parse  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "qmsum_general_val.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Layouts"


def windows(path: Path, size: int, repeats: int) -> list[list[tuple[str, str]]]:
    """`repeats` windows of `size` consecutive turns from each meeting (seeded offsets)."""
    out = []
    rng = random.Random(10)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            turns = [(t["speaker"], t["text"]) for t in json.loads(line)["turns"] or []
                     if t["text"].strip()]
            for _ in range(repeats):
                start = rng.randrange(max(1, len(turns) - size))
                out.append(turns[start:start + size])
    return out


def run_one(rendered: Rendered, crlf: bool) -> tuple[Score, str]:
    data = rendered.text.replace("\n", "\r\n") if crlf else rendered.text
    text = decode(data.encode("utf-8"), "bench")
    assert text == rendered.text
    transcript = parse(Document(name=rendered.family, text=text))
    return score(rendered, transcript), transcript.layout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--errors", type=int, default=0, help="show N wrong turns per family")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    families = args.family or list(FAMILIES)
    cases = windows(EVAL, args.window, args.repeats)
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
    errors: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    layouts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    began = time.perf_counter()
    for family in families:
        for n, turns in enumerate(cases):
            rng = random.Random(f"{family}-{n}")
            rendered = FAMILIES[family](turns, rng)
            result, layout = run_one(rendered, crlf=rng.random() < 0.3)
            row = totals[family]
            for i, value in enumerate((1, result.turns, result.right, result.roles,
                                       result.roles_right, result.furniture,
                                       result.furniture_leaked)):
                row[i] += value
            layouts[family][layout] += 1
            errors[family].extend((rendered.family, *w) for w in result.wrong)
    seconds = time.perf_counter() - began
    table = ["| family | docs | turns | turns right | speakers with a role | roles right | "
             "furniture lines | furniture to a speaker | layouts detected |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for family in families:
        docs, turns, right, roles, roles_right, furn, leaked = totals[family]
        detected = ", ".join(f"{k} {v}" for k, v in sorted(layouts[family].items()))
        role_share = f"{100 * roles_right / roles:.1f}%" if roles else "-"
        table.append(f"| {family} | {docs} | {turns} | {100 * right / max(1, turns):.1f}% | "
                     f"{roles} | {role_share} | {furn} | {leaked} | {detected} |")
    report = "\n".join(table)
    print(report)
    print(f"\n{seconds:.1f} s")
    for family in families:
        for variant, text, gold, got in errors[family][: args.errors]:
            print(f"  {variant}: {text!r} gold={gold} got={got}")
    if args.write:
        command = "python bench/layouts.py --write" if (args.window, args.repeats) == (60, 2) \
            else f"python bench/layouts.py --window {args.window} --repeats {args.repeats}"
        write_results(report, command, len(cases), args.window)


def write_results(report: str, command: str, docs: int, window: int) -> None:
    body = f"""{SECTION}

Command: `{command}`
(reads `../shared/eval/qmsum_general_val.jsonl` in place; nothing of it is copied here).

{docs} windows of {window} real meeting turns, each rendered in every layout family by
`tests/layoutgen.py` with seeded perturbations (indentation, hard wrapping at 60-80 columns,
CRLF, blank lines or none, headers and page furniture), read through `source.decode` and
parsed with layout detection. A turn is right when 80% of its letters or more go to the
gold speaker; a role is right when it comes back exactly (whole role, recased from
capitals); furniture is sentiment tags, clip times, segment numbers, share bars, cookie
notices, bold topic headings and videotape markers.

{report}
"""
    text = RESULTS.read_text(encoding="utf-8")
    start = text.find(f"\n{SECTION}\n")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + body
    else:
        nxt = text.find("\n## ", start + 1)
        text = text[:start + 1] + body + (text[nxt:] if nxt != -1 else "")
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
