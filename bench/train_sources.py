"""Train the news source ranker and write the weights the package ships.

    pip install -e '.[train]'
    python bench/train_sources.py --crf-folds /tmp/crf-folds     # weights + train CV + dev

Reads `../shared/eval/quotes_polnear_train.jsonl` in place (PolNeAR has no licence: nothing of
it is copied here, only weights derived from it are written). Every train article is parsed
by the news parser with the CRF of `bench/train_attribution.py` trained on the OTHER four
fifths of train (`--crf-folds DIR`: `fold0.npz` ... `fold4.npz`, trained there first when
missing: 3-4 minutes each on a quiet 2-core machine, 20 at a load of 15; the same files as
`bench/train_attribution.py --train-folds 0,1,2,3,4 --folds-dir DIR` writes), so the ranker
learns from CRF output as unseen text gets it. Each time the parser asks `sourcerank.choose`
for a source, the candidates and their features are recorded; the candidates that overlap
the gold source span of the gold attribution whose content overlaps the asked-about content
most are positives. A logistic regression
(scikit-learn, L2, lbfgs: deterministic) is fitted on all of them; its weights, rounded to
1e-6, go to `briefing_cli/transcript/data/sources.npz`. The same data and options write the
same bytes.

Printed: top-1 accuracy of the ranker against the CRF's own source (where a candidate is
right), 5-fold train CV of the whole parser (each fold scored with the CRF and the ranker
fitted without it; the same fold CRFs with the ranker off is the "before"), and dev before /
after with the shipped CRF. `--no-write` leaves the shipped file alone.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# One BLAS thread: the fit does the same arithmetic in the same order on every run.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from attribution import EVAL, report, score_all  # noqa: E402

from briefing_cli.transcript import learned, sourcerank  # noqa: E402

TRAIN = EVAL / "quotes_polnear_train.jsonl"
DEV = EVAL / "quotes_polnear_dev.jsonl"
FOLDS = 5
# Inverse L2 strength, chosen by top-1 accuracy over the 5 folds (0.3, 1 and 3 within 9 of
# 8,099 rankings: 7,219, 7,214, 7,210; see RESULTS.md).
SHIPPED_C = 0.3


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


Group = dict[str, Any]


def record(articles: list[tuple[int, dict[str, Any]]], crf: dict[int, learned.Model] | None
           ) -> list[Group]:
    """Parse each (index, article) with its fold's CRF and record every ranking the
    parser asks for: candidates, features, the CRF's hint."""
    from briefing_cli.models import Document
    from briefing_cli.transcript import parse

    groups: list[Group] = []
    original = sourcerank.choose
    current: dict[str, Any] = {}

    def recorder(text: str, window: tuple[int, int], paragraph_start: int,
                 content: tuple[int, int], cue: tuple[int, int],
                 hint: tuple[int, int] | None, known: Any,
                 rule: tuple[int, int] | None = None) -> tuple[int, int] | None:
        tokens = sourcerank.tokenize(text, *window)
        cands = sourcerank.mentions(tokens, content, hint, rule)
        if cands:
            rows = sourcerank.features(tokens, cands, paragraph_start, content, cue, hint,
                                       known, rule)
            groups.append({"article": current["index"], "content": content,
                           "spans": [(c.start, c.end) for c in cands], "rows": rows,
                           "hint": hint, "rule": rule})
        return rule or hint

    sourcerank.choose = recorder  # type: ignore[assignment]
    try:
        for index, article in articles:
            current["index"] = index
            learned.use(crf[index % FOLDS] if crf else None)
            parse(Document(name=article["id"], text=article["text"]), "news")
    finally:
        sourcerank.choose = original  # type: ignore[assignment]
        learned.use(None)
    return groups


def label(groups: list[Group], articles: dict[int, dict[str, Any]]) -> None:
    """Positives: candidates overlapping the gold source of the gold attribution whose
    content overlaps the group's content most (at least a third of the group's content)."""
    for group in groups:
        group["labels"] = None
        lo, hi = group["content"]
        best, best_overlap = None, 0
        for att in articles[group["article"]]["attributions"]:
            overlap = sum(max(0, min(hi, e) - max(lo, s)) for s, e in att["spans"])
            if overlap > best_overlap:
                best, best_overlap = att, overlap
        if best is None or best_overlap < (hi - lo) / 3 or \
                best.get("speaker_span_start") is None:
            continue
        ss, se = best["speaker_span_start"], best["speaker_span_end"]
        labels = [int(s < se and ss < e) for s, e in group["spans"]]
        # Of several mentions inside the gold span (`Senator Bernie Sanders of Vermont`),
        # the ones holding the resolved speaker's last word.
        last = (best.get("speaker") or "").split()[-1:]
        text = articles[group["article"]]["text"]
        named = [int(y and bool(last) and last[0].lower() in text[s:e].lower())
                 for y, (s, e) in zip(labels, group["spans"], strict=True)]
        if any(named):
            labels = named
        if any(labels):
            group["labels"] = labels


def fit(groups: list[Group], c: float) -> sourcerank.Ranker:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = [row for g in groups if g["labels"] for row in g["rows"]]
    ys = [y for g in groups if g["labels"] for y in g["labels"]]
    x = np.asarray(rows, dtype=np.float64)
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8,
                               fit_intercept=False)
    model.fit(x, np.asarray(ys))
    weights = np.round(model.coef_[0], 6)
    return sourcerank.Ranker(weights, 0.0)


def top1(ranker: sourcerank.Ranker, groups: list[Group]) -> tuple[int, int, int]:
    """(ranker right, CRF hint right, groups) over labelled groups."""
    right = hint_right = total = 0
    for g in groups:
        if not g["labels"]:
            continue
        total += 1
        scores = ranker.scores(g["rows"])
        best = max(range(len(scores)), key=lambda k: (scores[k], -k))
        right += g["labels"][best]
        hint = g["rule"] or g["hint"]
        if hint is not None:
            hint_right += any(y and s < hint[1] and hint[0] < e
                              for y, (s, e) in zip(g["labels"], g["spans"], strict=True))
    return right, hint_right, total


def crf_folds(folder: Path, articles: list[dict[str, Any]], iterations: int
              ) -> dict[int, learned.Model]:
    from train_attribution import train, write

    out = {}
    for fold in range(FOLDS):
        path = folder / f"fold{fold}.npz"
        if not path.exists():
            print(f"training CRF fold {fold} into {path} ...", flush=True)
            rest = [a for k, a in enumerate(articles) if k % FOLDS != fold]
            write(train(rest, iterations), path)
        out[fold] = learned.load_file(path)
        # `--train-folds` stores no decoding penalty: decode as the shipped weights do.
        out[fold].o_penalty = learned.model().o_penalty
    return out


def scored(articles: list[dict[str, Any]], crf: learned.Model | None,
           ranker: sourcerank.Ranker | None, rank_rule: bool = True) -> dict[str, int]:
    learned.use(crf)
    sourcerank.use(ranker)
    sourcerank.ENABLED = ranker is not None
    sourcerank.RANK_RULE = rank_rule
    try:
        counts: dict[str, int] = score_all(articles)["counts"]
        return counts
    finally:
        learned.use(None)
        sourcerank.use(None)
        sourcerank.ENABLED = sourcerank.RANK_RULE = True


def learned_only(groups: list[Group]) -> list[Group]:
    return [g for g in groups if g["rule"] is None]


_SHARED: dict[str, Any] = {}


def _cv_fold(fold: int) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Counts on one held-out fold: ranker off, on, and on the CRF's attributions only;
    the fold's CRF and ranker fitted without it."""
    articles, groups, crf, c = (_SHARED[k] for k in ("articles", "groups", "crf", "c"))
    held = [a for k, a in enumerate(articles) if k % FOLDS == fold]
    rest = [g for g in groups if g["article"] % FOLDS != fold]
    off = scored(held, crf[fold], None)
    on = scored(held, crf[fold], fit(rest, c))
    only = scored(held, crf[fold], fit(learned_only(rest), c), rank_rule=False) \
        if _SHARED["ablate"] else {}
    print(f"fold {fold}: done", flush=True)
    return off, on, only


def add(total: dict[str, int], counts: dict[str, int]) -> None:
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crf-folds", type=Path, required=True,
                    help="fold CRFs (fold0.npz ... fold4.npz), trained here when missing")
    ap.add_argument("--iterations", type=int, default=100, help="CRF iterations (folds)")
    ap.add_argument("--c", type=float, default=SHIPPED_C, help="inverse L2 strength")
    ap.add_argument("--cs", help="choose C among these (comma-separated) by fold top-1")
    ap.add_argument("--no-cv", action="store_true", help="skip the end-to-end train CV")
    ap.add_argument("--ablate-rule", action="store_true",
                    help="CV also with the sieve's `NAME said` subject kept as the rule gives it")
    ap.add_argument("--no-dev", action="store_true", help="skip the dev figures")
    ap.add_argument("--jobs", type=int, default=1, help="CV folds scored in this many processes")
    ap.add_argument("--out", type=Path, default=sourcerank.WEIGHTS)
    ap.add_argument("--no-write", action="store_true", help="do not write the weights")
    ap.add_argument("--limit", type=int, help="only the first N train articles (a quick look)")
    args = ap.parse_args()

    articles = read(TRAIN)
    crf = crf_folds(args.crf_folds, articles, args.iterations)
    if args.limit:
        articles = articles[:args.limit]
    began = time.perf_counter()
    groups = record(list(enumerate(articles)), crf)
    label(groups, dict(enumerate(articles)))
    labelled = sum(1 for g in groups if g["labels"])
    print(f"recorded {len(groups)} rankings in {len(articles)} articles "
          f"({time.perf_counter() - began:.0f} s); {labelled} with the gold source among "
          f"the candidates", flush=True)
    cs = [float(c) for c in args.cs.split(",")] if args.cs else [args.c]
    best_c, best_right = args.c, -1
    for c in cs:
        right = hint = total = 0
        for fold in range(FOLDS):
            held = [g for g in groups if g["article"] % FOLDS == fold]
            model = fit([g for g in groups if g["article"] % FOLDS != fold], c)
            r, h, t = top1(model, held)
            right, hint, total = right + r, hint + h, total + t
        print(f"C={c}: fold top-1 {right}/{total} = {100 * right / max(total, 1):.1f}% "
              f"(CRF's own source {hint}/{total} = {100 * hint / max(total, 1):.1f}%)",
              flush=True)
        if right > best_right:
            best_c, best_right = c, right
    final = fit(groups, best_c)
    print(f"weights (C={best_c:g}): " + ", ".join(
        f"{name} {w:+.2f}" for name, w in zip(sourcerank.FEATURES, final.weights,
                                              strict=True)), flush=True)
    if not args.no_write:
        sourcerank.save_file(final, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", flush=True)
    if not args.no_cv:
        before: dict[str, int] = {}
        after: dict[str, int] = {}
        model_only: dict[str, int] = {}
        _SHARED.update(articles=articles, groups=groups, crf=crf, c=best_c,
                       ablate=args.ablate_rule)
        if args.jobs > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
                results = pool.map(_cv_fold, range(FOLDS))
        else:
            results = [_cv_fold(fold) for fold in range(FOLDS)]
        for off, on, only in results:
            add(before, off)
            add(after, on)
            add(model_only, only)
        print(f"train {FOLDS}-fold CV ({len(articles)} articles), ranker off:\n"
              + report(before), flush=True)
        if args.ablate_rule:
            print(f"train {FOLDS}-fold CV ({len(articles)} articles), ranker on the CRF's "
                  f"attributions only (the sieve's `NAME said` subject kept):\n"
                  + report(model_only), flush=True)
        print(f"train {FOLDS}-fold CV ({len(articles)} articles), ranker on:\n"
              + report(after), flush=True)
    if not args.no_dev:
        dev = read(DEV)
        print("dev, ranker off:\n" + report(scored(dev, None, None)), flush=True)
        print("dev, ranker on:\n" + report(scored(dev, None, final)), flush=True)


if __name__ == "__main__":
    main()
