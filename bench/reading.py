"""Where the reading stage's time goes, with and without workers (briefing_cli/parallel.py).

usage: python bench/reading.py FILE [FILE ...] [--workers 1,2] [--rounds 2]

For each file, round and worker count, one fresh process reads the file and runs
`transcript.parse` once, with the vote, `labelled._find_marks`, `labelled.parse`,
`parse_marked` and `build` timed (inclusive). Each part prints as wall / this process's CPU /
the workers' CPU, in seconds. On a busy machine the wall time says little: the parent's CPU
is the reading stage's critical path when a core is free for each worker, and the workers'
CPU is what they took off it. The transcripts of every run are compared (same hash).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import gc, hashlib, json, os, sys, time
from briefing_cli.source import read_source
from briefing_cli import transcript
from briefing_cli.transcript import common, labelled
gc.set_threshold(100_000, *gc.get_threshold()[1:])  # as the CLI runs
document = read_source(sys.argv[1])
parts = {}
def clock():
    t = os.times()
    return time.perf_counter(), time.process_time(), t.children_user + t.children_system
def timed(module, name, key):
    inner = getattr(module, name)
    def run(*args, **kwargs):
        start = clock()
        try:
            return inner(*args, **kwargs)
        finally:
            end = clock()
            part = parts.setdefault(key, [0.0, 0.0, 0.0])
            for i in range(3):
                part[i] += end[i] - start[i]
    setattr(module, name, run)
timed(labelled, "_find_marks", "find_marks")
timed(labelled, "parse", "labelled.parse")
timed(labelled, "parse_marked", "parse_marked")  # (labelled calls its own import)
timed(common, "build", "build")
start = clock()
found = transcript.parse(document)
end = clock()
parts["parse"] = [end[i] - start[i] for i in range(3)]
if "labelled.parse" in parts:
    parts["vote"] = [parts["parse"][i] - parts["labelled.parse"][i] for i in range(3)]
digest = hashlib.sha1(repr((found.layout, found.speakers, found.turns)).encode()).hexdigest()
print(json.dumps({"parts": parts, "hash": digest}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    counts = args.workers.split(",")
    for path in args.files:
        hashes = set()
        for round_ in range(args.rounds):
            for count in counts if round_ % 2 == 0 else counts[::-1]:
                env = dict(os.environ, BRIEFING_WORKERS=count)
                out = subprocess.run([sys.executable, "-c", _CHILD, path], env=env, check=True,
                                     capture_output=True, text=True, cwd=ROOT).stdout
                result = json.loads(out)
                hashes.add(result["hash"])
                order = ["vote", "find_marks", "labelled.parse", "parse_marked", "build", "parse"]
                shown = " | ".join(f"{key} {'/'.join(f'{x:.2f}' for x in result['parts'][key])}"
                                   for key in order if key in result["parts"])
                print(f"{Path(path).name} workers={count} load={os.getloadavg()[0]:.1f}: {shown}",
                      flush=True)
        same = hashlib.sha1(repr(sorted(hashes)).encode()).hexdigest()[:8]
        verdict = "same transcript" if len(hashes) == 1 else "TRANSCRIPTS DIFFER"
        print(f"{Path(path).name}: {verdict} in every run ({same})", flush=True)


if __name__ == "__main__":
    main()
