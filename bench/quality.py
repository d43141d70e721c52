"""ROUGE of briefing's rankers against sumy and Lead on the shared eval sets, in one run.

usage: python bench/quality.py [--sets qmsum,cnndm] [--methods lexrank,...] [--no-sumy]
       python bench/quality.py --news-sentences 3   # news at -n 3 against Lead-3


Each set is summarized at its references' mean length (QMSum 110 words, CNN/DM 50 words)
and scored with shared/eval/tools/score_rouge.py (rouge-score, Porter stemming, F1 x100).
sumy needs NLTK punkt_tab data, which cannot be downloaded here: shared/eval/tools/
setup_sumy.sh builds a venv with it (in $BRIEFING_SUMY_ROOT, default /tmp/briefing-sumy)
on first use. briefing itself runs offline, as users run it.

`--news-sentences N` scores CNN/DM the way a reader runs `briefing summarize -n N` on an
article: N whole sentences, no word budget, against Lead-N (the article's first N
sentences, split by the same sentence splitter), same ROUGE.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = {"qmsum": ("qmsum_general_val.jsonl", 110), "cnndm": ("news_cnndm_dev.jsonl", 50)}
SUMY_METHODS = ["lead", "lead-whole-sentences", "sumy-lexrank", "sumy-textrank", "sumy-lsa",
                "sumy-luhn"]


def sumy_root() -> Path:
    root = Path(os.environ.get("BRIEFING_SUMY_ROOT", "/tmp/briefing-sumy"))
    if not (root / "venv" / "bin" / "sumy").exists():
        subprocess.run(["bash", str(EVAL / "tools" / "setup_sumy.sh"), str(root)], check=True,
                       stdout=subprocess.DEVNULL)
    return root


def our_predictions(gold: Path, words: int, method: str,
                    without: str | None = None) -> list[dict[str, str]]:
    from briefing_cli.digest import build_digest
    from briefing_cli.models import Document
    from briefing_cli.rank import get_ranker, priors
    from briefing_cli.transcript import parse

    ranker = get_ranker(method)
    signals = priors.Signals.without(without) if without else priors.ALL_SIGNALS
    rows = []
    for line in gold.open(encoding="utf-8"):
        doc = json.loads(line)
        transcript = parse(Document(name=doc["id"], text=doc["text"]))
        points = build_digest(transcript, ranker, words=words, per_speaker=1,
                              signals=signals).summary
        rows.append({"id": doc["id"], "summary": "\n".join(p.sentence.text for p in points)})
    return rows


def news_predictions(gold: Path, n: int, method: str) -> tuple[list[dict[str, str]],
                                                              list[dict[str, str]]]:
    """(briefing at -n `n`, Lead-`n`) on a news set, whole sentences both."""
    from briefing_cli import nlp
    from briefing_cli.digest import build_digest
    from briefing_cli.models import Document
    from briefing_cli.rank import get_ranker
    from briefing_cli.transcript import parse

    ranker = get_ranker(method)
    ours, lead = [], []
    for line in gold.open(encoding="utf-8"):
        doc = json.loads(line)
        transcript = parse(Document(name=doc["id"], text=doc["text"]))
        points = build_digest(transcript, ranker, sentences=n, per_speaker=1).summary
        ours.append({"id": doc["id"], "summary": "\n".join(p.sentence.text for p in points)})
        first = [doc["text"][s:e] for s, e in itertools.islice(nlp.sentence_spans(doc["text"]), n)]
        lead.append({"id": doc["id"], "summary": "\n".join(first)})
    return ours, lead


def run_news(root: Path, out: Path, n: int, methods: list[str]) -> None:
    gold = EVAL / SETS["cnndm"][0]
    rows = []
    for method in methods:
        ours, lead = news_predictions(gold, n, method)
        for label, predictions in ((f"briefing {method} -n {n}", ours), (f"lead-{n}", lead)):
            if label.startswith("lead") and any(r[0] == label for r in rows):
                continue
            path = out / f"news-{label.replace(' ', '_')}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in predictions), encoding="utf-8")
            rows.append((label, score(root, path, gold)))
    print(f"\n### cnndm ({SETS['cnndm'][0]}, {n} whole sentences)\n")
    print("| system | R1 | R2 | RL |\n|---|---:|---:|---:|")
    for system, figures in rows:
        print(f"| {system} | {figures['R1']:.2f} | {figures['R2']:.2f} | {figures['RL']:.2f} |")


def score(root: Path, predictions: Path, gold: Path) -> dict[str, float]:
    env = {**os.environ, "NLTK_DATA": str(root / "nltk_data")}
    result = subprocess.run(
        [str(root / "venv" / "bin" / "python"), str(EVAL / "tools" / "score_rouge.py"),
         str(predictions), str(gold)], capture_output=True, text=True, check=True, env=env)
    last = result.stdout.strip().splitlines()[-1]  # R1=.. R2=.. RL=.. RLsum=..
    return {k: float(v) for k, v in (item.split("=") for item in last.split())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="qmsum,cnndm")
    parser.add_argument("--methods", default=None, help="our methods (default: all)")
    parser.add_argument("--no-sumy", action="store_true", help="skip the sumy baselines")
    parser.add_argument("--ablation", action="store_true",
                        help="also run the default method without each briefing-aware signal")
    parser.add_argument("--news-sentences", type=int, default=None, metavar="N",
                        help="only CNN/DM at -n N whole sentences against Lead-N")
    args = parser.parse_args()
    from dataclasses import fields

    from briefing_cli.rank import DEFAULT_METHOD, METHODS, priors

    runs: list[tuple[str, str | None]] = [
        (m, None) for m in (args.methods.split(",") if args.methods else METHODS)]
    if args.ablation:
        runs += [(DEFAULT_METHOD, f.name) for f in fields(priors.Signals)]
    root = sumy_root()
    out = Path(tempfile.mkdtemp(prefix="briefing-quality-"))
    if args.news_sentences:
        run_news(root, out, args.news_sentences,
                 args.methods.split(",") if args.methods else [DEFAULT_METHOD])
        return
    for name in args.sets.split(","):
        file, words = SETS[name]
        gold = EVAL / file
        baselines = None
        if not args.no_sumy:
            baselines = subprocess.Popen(  # runs on the other core while we rank
                [str(root / "venv" / "bin" / "python"), str(ROOT / "bench" / "sumy_runner.py"),
                 str(gold), str(words), str(out / name)],
                env={**os.environ, "NLTK_DATA": str(root / "nltk_data")})
        rows = []
        for method, without in runs:
            started = time.perf_counter()
            label = f"briefing {method}" + (f" without {without}" if without else "")
            predictions = out / f"{name}-{label.replace(' ', '-')}.jsonl"
            with predictions.open("w", encoding="utf-8") as handle:
                for row in our_predictions(gold, words, method, without):
                    handle.write(json.dumps(row) + "\n")
            rows.append((label, score(root, predictions, gold), time.perf_counter() - started))
        if baselines is not None:
            if baselines.wait() != 0:
                sys.exit("sumy baselines failed")
            for method in SUMY_METHODS:
                rows.append((method, score(root, out / name / f"{method}.jsonl", gold), None))
        print(f"\n### {name} ({file}, {words} words)\n")
        print("| system | R1 | R2 | RL | time (s) |\n|---|---:|---:|---:|---:|")
        for system, figures, seconds in rows:
            took = f"{seconds:.1f}" if seconds is not None else ""
            print(f"| {system} | {figures['R1']:.2f} | {figures['R2']:.2f} | {figures['RL']:.2f} "
                  f"| {took} |")
    print(f"\npredictions in {out}")


if __name__ == "__main__":
    main()
