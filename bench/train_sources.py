"""Train the news source ranker and write the weights the package ships.

    pip install -e '.[train]'
    python bench/train_sources.py --crf-folds /tmp/crf-folds     # weights + train CV + dev
    python bench/train_sources.py --crf-folds DIR --groups /tmp/g.pkl --no-cv   # keep rankings

Reads `../shared/eval/quotes_polnear_train.jsonl` in place (PolNeAR has no licence: nothing of
it is copied here, only weights derived from it are written). Every train article is parsed
by the news parser with the CRF of `bench/train_attribution.py` trained on the OTHER four
fifths of train (`--crf-folds DIR`: `fold0.npz` ... `fold4.npz`, trained there first when
missing: 3-4 minutes each on a quiet 2-core machine, 20 at a load of 15; the same files as
`bench/train_attribution.py --train-folds 0,1,2,3,4 --folds-dir DIR` writes), so the ranker
learns from CRF output as unseen text gets it. Each time the parser asks `sourcerank.choose`
for a source, the candidates and their features are recorded; the candidates that overlap
the gold source span of the gold attribution whose content overlaps the asked-about content
most are positives. A model of the class `MODEL` is fitted on all of them (`--model`): a
linear ranker fitted listwise (`softmax`, the source ranker's: one softmax over each
ranking's candidates; scipy, L2, L-BFGS: deterministic; weights rounded to 1e-6), a
logistic regression fitted pointwise (`lr`; scikit-learn, L2, lbfgs: deterministic; weights
rounded to 1e-6) or gradient-boosted trees (`gbt:TREES:DEPTH:RATE:LEAF`; scikit-learn, log
loss, fixed seed: deterministic; exported as node arrays, `sourcerank.Trees`), and written
to `briefing_cli/transcript/data/sources.npz`. The same data and options write the same
bytes. `--models softmax,lr,gbt:100:3:0.1:1 --cs 0.3,1` compares classes by fold top-1.

The same pass records the quotation ranker's rankings (`sourcerank.choose_quote`, every
quotation the sieve decides, whatever `news.RULES["quote_rank_*"]` say, with the sieve's
speaker kept): positives are the candidates overlapping the gold source of the gold
attribution holding the quotation, names ending in the gold speaker's last word, and the
carried speaker when its name matches the gold speaker. It is fitted the same way, its class
`QUOTE_MODEL` (`--quote-model`, `--quote-models`, `--quote-c`), and written to
`briefing_cli/transcript/data/quote_sources.npz`.

Printed: top-1 accuracy of the ranker against the CRF's own source (where a candidate is
right), the quotation ranker's top-1 against the sieve's choice by sieve branch, 5-fold
train CV of the whole parser (each fold scored with the CRF and both rankers fitted without
it; the same fold CRFs with the rankers off is the "before"; the pronoun rule stands in for
the shipped resolver, fitted on all folds: `bench/train_coref.py` gives the CV with fold
resolvers, the figure to report), and dev before / after with the shipped CRF. `--no-write`
leaves the shipped files alone.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
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

from briefing_cli.transcript import learned, news, sourcerank  # noqa: E402

TRAIN = EVAL / "quotes_polnear_train.jsonl"
DEV = EVAL / "quotes_polnear_dev.jsonl"
FOLDS = 5
# Inverse L2 strength, chosen by top-1 accuracy over the 5 folds (0.3, 1 and 3 within 9 of
# 8,099 rankings: 7,219, 7,214, 7,210; see RESULTS.md).
SHIPPED_C = 0.3
# (`softmax`, session 10: 0.3, 1 and 3 gave 8,760, 8,743 and 8,742 of 10,289 on fold top-1.)
# The quotation ranker's, chosen the same way (see RESULTS.md, "Session 5").
QUOTE_C = 1.0
# The model class of each ranker (see `_fit`), chosen on train CV (see RESULTS.md, "Session 7";
# the source ranker's `softmax`, "Session 10").
MODEL = "softmax"
QUOTE_MODEL = "lr"
_CHOSEN = sourcerank.QUOTE_FEATURES.index("sieve_chosen")


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
    original_quote = sourcerank.choose_quote
    current: dict[str, Any] = {}

    def recorder(text: str, window: tuple[int, int], paragraph_start: int,
                 content: tuple[int, int], cue: tuple[int, int],
                 hint: tuple[int, int] | None, known: Any,
                 rule: tuple[int, int] | None = None, inside: bool = False,
                 margin: sourcerank.Margin | None = None,
                 others: tuple[tuple[int, int], ...] = ()) -> tuple[int, int] | None:
        tokens = sourcerank.tokenize(text, *window)
        cands = sourcerank.mentions(tokens, content, hint, rule, inside=inside)
        if cands:
            rows = sourcerank.features(tokens, cands, paragraph_start, content, cue, hint,
                                       known, rule, margin, others)
            groups.append({"kind": "source", "article": current["index"], "content": content,
                           "spans": [(c.start, c.end) for c in cands], "rows": rows,
                           "hint": hint, "rule": rule, "window": window, "cue": cue,
                           "kinds": [c.kind for c in cands]})
        return rule or hint

    def quote_recorder(text: str, window: tuple[int, int], paragraph_start: int,
                       ctx: sourcerank.QuoteContext, known: Any, same: Any) -> None:
        tokens = sourcerank.tokenize(text, *window)
        cands = sourcerank.quote_candidates(tokens, sourcerank.candidates(tokens), ctx)
        if cands:
            rows = sourcerank.quote_features(tokens, cands, paragraph_start, ctx, known, same)
            pending.append({"kind": "quote", "article": current["index"],
                            "quote": (ctx.open_at, ctx.close_end), "chosen": ctx.chosen,
                            "spans": [(c.start, c.end) for c in cands], "rows": rows,
                            "carried": current["carried"], "window": window,
                            "kinds": [c.kind for c in cands],
                            "sieve": [int(bool(row[_CHOSEN]) or (
                                c.kind == sourcerank.CARRIED and ctx.chosen is None))
                                for c, row in zip(cands, rows, strict=True)]})

    def rank_quote(self: Any, quote: Any, carried: str | None, *args: Any) -> None:
        current["parser"], current["carried"] = self, carried
        rank(self, quote, carried, *args)

    pending: list[Group] = []
    rank = news._Parser._rank_quote
    # Every ranking the switches may ask for is recorded, whatever they say: the weights do
    # not depend on them.
    switches = {k: v for k, v in news.RULES.items()
                if k.startswith("quote_rank_") or k == "rank_according"}
    sourcerank.choose = recorder  # type: ignore[assignment]
    sourcerank.choose_quote = quote_recorder  # type: ignore[assignment]
    news._Parser._rank_quote = rank_quote  # type: ignore[method-assign]
    news.RULES.update(dict.fromkeys(switches, True))  # every quotation: its sieve choice kept
    try:
        for index, article in articles:
            current["index"] = index
            pending.clear()
            learned.use(crf[index % FOLDS] if crf else None)
            parse(Document(name=article["id"], text=article["text"]), "news")
            # The carried speaker's names as the article's registry has them at the end.
            keys = [g["carried"] for g in pending if g["carried"] is not None]
            if keys:
                speakers, ids = current["parser"].state.registry.speakers(keys)
                by_id = {x.id: [x.name, *x.aliases] for x in speakers}
                for g in pending:
                    g["carried"] = by_id[ids[g["carried"]]] if g["carried"] else None
            groups.extend(pending)
    finally:
        sourcerank.choose = original  # type: ignore[assignment]
        sourcerank.choose_quote = original_quote  # type: ignore[assignment]
        news._Parser._rank_quote = rank  # type: ignore[method-assign]
        news.RULES.update(switches)
        learned.use(None)
    return groups


def label(groups: list[Group], articles: dict[int, dict[str, Any]]) -> None:
    """Positives: candidates overlapping the gold source of the gold attribution whose
    content overlaps the group's content most (at least a third of the group's content).
    Quotations: see `label_quote`."""
    for group in groups:
        group["labels"] = None
        if group["kind"] == "quote":
            label_quote(group, articles[group["article"]])
            continue
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


def label_quote(group: Group, article: dict[str, Any]) -> None:
    """A quotation's positives, for the gold attribution (direct or mixed) that holds at
    least half of its words: the candidates overlapping the gold source span (of several,
    those holding the gold speaker's last word), the names ending in that word, and the
    carried speaker when its name or an alias matches the gold speaker."""
    from attribution import _speaker_match

    match = _speaker_match()
    lo, hi = group["quote"]
    best, best_overlap = None, 0
    for att in article["attributions"]:
        overlap = sum(max(0, min(hi, e) - max(lo, s)) for s, e in att["spans"])
        if overlap > best_overlap:
            best, best_overlap = att, overlap
    if best is None or best_overlap < (hi - lo - 2) / 2 or not best.get("speaker") or \
            best.get("speaker_resolved_by") == "unresolved":
        return
    text = article["text"]
    last = best["speaker"].split()[-1].lower()
    ss, se = best.get("speaker_span_start"), best.get("speaker_span_end")
    labels = []
    for s, e in group["spans"]:
        if s < 0:
            labels.append(int(any(match(n, best["speaker"]) for n in group["carried"] or [])))
            continue
        words = text[s:e].lower().replace("’s", "").replace("'s", "").split()
        overlaps = ss is not None and s < se and ss < e
        labels.append(int(overlaps or (bool(words) and words[-1] == last)))
    if any(labels):
        group["labels"] = labels


def fit(groups: list[Group], c: float = SHIPPED_C, quote_c: float = QUOTE_C,
        model: str | None = None, quote_model: str | None = None) -> sourcerank.Model:
    """The source ranker fitted on the source groups, with the quotation ranker fitted on
    the quotation groups (if any) as its `quotes`. `model`, `quote_model`: the model class
    of each (see `_fit`; else `MODEL`, `QUOTE_MODEL`); `c`, `quote_c`: their inverse L2
    strength when linear."""
    quotes = [g for g in groups if g.get("kind") == "quote" and g["labels"]]
    sources = [g for g in groups if g.get("kind", "source") == "source"]
    model = model or MODEL
    ranker = _fit(sources if model == "softmax" else outer_apart(sources), model, c)
    if quotes:
        ranker.quotes = _fit(quotes, quote_model or QUOTE_MODEL, quote_c)
    return ranker


def outer_apart(groups: list[Group]) -> list[Group]:
    """The source groups as a pointwise model (`lr`, `gbt`) is fitted on them: a ranking
    whose gold source lies inside the content only (a mention `inside` it is the sole
    positive) keeps its inside candidates alone, so the weights of the mentions outside the
    content (a block of features of their own) are fitted on the rankings they can win
    only, as before version 4. (The listwise `softmax` fits every ranking whole: the two
    blocks are compared within each ranking.)"""
    at = sourcerank.FEATURES.index("inside")
    out = []
    for g in groups:
        labels = g["labels"]
        if labels and not any(y and not row[at] for y, row in zip(labels, g["rows"],
                                                                   strict=True)):
            keep = [k for k, row in enumerate(g["rows"]) if row[at]]
            g = {**g, "rows": [g["rows"][k] for k in keep], "labels": [labels[k] for k in keep]}
        out.append(g)
    return out


def _fit(groups: list[Group], model: str, c: float) -> sourcerank.Model:
    """A ranker of class `model`: `softmax` (listwise, `fit_softmax`), `lr` (logistic
    regression, inverse L2 strength `c`) or `gbt:TREES:DEPTH:RATE:LEAF` (gradient-boosted
    trees: how many, their depth, the learning rate, the fewest rankings' candidates in a
    leaf), the last two fitted pointwise on the candidates of the labelled groups."""
    import numpy as np

    if model == "softmax":
        return sourcerank.Ranker(fit_softmax(groups, c), 0.0)
    rows = [row for g in groups if g["labels"] for row in g["rows"]]
    ys = [y for g in groups if g["labels"] for y in g["labels"]]
    x = np.asarray(rows, dtype=np.float64)
    if model.startswith("gbt"):
        return fit_trees(x, np.asarray(ys), *parse_trees(model))
    from sklearn.linear_model import LogisticRegression

    fitted = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8,
                                fit_intercept=False)
    fitted.fit(x, np.asarray(ys))
    weights = np.round(fitted.coef_[0], 6)
    return sourcerank.Ranker(weights, 0.0)


def fit_softmax(groups: list[Group], c: float) -> Any:
    """Linear weights fitted listwise: each labelled ranking is one softmax over its
    candidates, and the loss is minus the log of the probability it gives its positives
    (the conditional logit of discrete choice, McFadden 1974; ListNet's top-one
    probability, Cao et al. 2007), plus an L2 penalty `|w|^2 / 2c` (as `lr`'s `C`). A
    pointwise fit scores each candidate against every other candidate of every ranking;
    this one only against those of its own ranking, which is the decision made at run time
    (the CRF's own span against the other mentions of the same cue, a mention inside the
    content against those outside it): the scores are calibrated for that comparison.
    scipy's L-BFGS from zero weights, one BLAS thread, weights rounded to 1e-6:
    deterministic."""
    import numpy as np
    from scipy.optimize import minimize

    rows: list[list[float]] = []
    positive: list[int] = []
    starts = [0]
    for g in groups:
        if g["labels"] and len(g["rows"]) > 1 and not all(g["labels"]):
            rows.extend(g["rows"])
            positive.extend(g["labels"])
            starts.append(len(rows))
    x = np.asarray(rows, dtype=np.float64)
    y = np.asarray(positive, dtype=bool)
    first = np.asarray(starts[:-1])
    member = np.repeat(np.arange(len(first)), np.diff(starts))

    def loss(w: Any) -> tuple[float, Any]:
        score = x @ w
        top = np.maximum.reduceat(score, first)
        weight = np.exp(score - top[member])
        total = np.add.reduceat(weight, first)
        chosen = np.where(y, weight, 0.0)
        right = np.add.reduceat(chosen, first)
        value = float(np.sum(np.log(total) - np.log(right)) + w @ w / (2 * c))
        grad = x.T @ (weight / total[member] - chosen / right[member]) + w / c
        return value, grad

    found = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B",
                     options={"maxiter": 5000, "gtol": 1e-8, "ftol": 1e-12})
    return np.round(found.x, 6)


def parse_trees(model: str) -> tuple[int, int, float, int]:
    """`gbt:TREES:DEPTH:RATE:LEAF` (omitted parts as `gbt:100:3:0.1:1`)."""
    parts = model.split(":")[1:]
    given = [*parts, *"100 3 0.1 1".split()[len(parts):]]
    return int(given[0]), int(given[1]), float(given[2]), int(given[3])


def fit_trees(x: Any, y: Any, trees: int, depth: int, rate: float, leaf: int
              ) -> sourcerank.Trees:
    """Gradient-boosted trees (scikit-learn, log loss, every row and feature in every tree,
    fixed seed: deterministic), exported as the arrays `sourcerank.Trees` evaluates."""
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(n_estimators=trees, max_depth=depth,
                                       learning_rate=rate, min_samples_leaf=leaf,
                                       subsample=1.0, random_state=0)
    model.fit(x, y)
    return export_trees(model, x[:1])


def export_trees(model: Any, row: Any) -> sourcerank.Trees:
    """A fitted binary `GradientBoostingClassifier` as `sourcerank.Trees`: every tree's
    nodes one after another, children numbered across the whole forest."""
    import numpy as np

    roots, feature, threshold, left, right, value = [], [], [], [], [], []
    offset = 0
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        roots.append(offset)
        feature.append(tree.feature)
        threshold.append(tree.threshold)
        left.append(np.where(tree.children_left >= 0, tree.children_left + offset, -1))
        right.append(np.where(tree.children_right >= 0, tree.children_right + offset, -1))
        value.append(tree.value[:, 0, 0])
        offset += tree.node_count
    # The prior's log-odds, the same for every row (scikit-learn has no public name for it).
    init = float(model._raw_predict_init(np.asarray(row, dtype=np.float32))[0, 0])
    return sourcerank.Trees(np.asarray(roots), np.concatenate(feature),
                            np.concatenate(threshold), np.concatenate(left),
                            np.concatenate(right), np.concatenate(value), init,
                            float(model.learning_rate))


def top1(ranker: sourcerank.Model, groups: list[Group]) -> tuple[int, int, int]:
    """(ranker right, CRF hint right, groups) over labelled source groups."""
    right = hint_right = total = 0
    for g in groups:
        if not g["labels"] or g["kind"] != "source":
            continue
        total += 1
        scores = ranker.scores(g["rows"])
        best = sourcerank.best(scores)
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
           ranker: sourcerank.Model | None, rank_rule: bool = True,
           held_out: bool = False) -> dict[str, int]:
    """Counts on `articles`. `held_out` (train CV): the pronoun rule instead of the
    shipped pronoun resolver, which was fitted on every train fold (`bench/train_coref.py`
    gives the CV with a resolver fitted without each fold too)."""
    learned.use(crf)
    sourcerank.use(ranker)
    sourcerank.ENABLED = ranker is not None
    sourcerank.RANK_RULE = rank_rule
    news.RULES["pronoun_model"] = not held_out
    try:
        counts: dict[str, int] = score_all(articles)["counts"]
        return counts
    finally:
        learned.use(None)
        sourcerank.use(None)
        sourcerank.ENABLED = sourcerank.RANK_RULE = True
        news.RULES["pronoun_model"] = True


def quote_top1(ranker: sourcerank.Model, groups: list[Group]
               ) -> dict[str, tuple[int, int, int]]:
    """By the sieve branch that decided (`none` for no cue): (ranker right, sieve right,
    labelled quotation groups)."""
    out: dict[str, tuple[int, int, int]] = {}
    for g in groups:
        if not g["labels"] or g["kind"] != "quote":
            continue
        scores = ranker.scores(g["rows"])
        best = max(range(len(scores)), key=lambda k: (scores[k], -k))
        right, sieve, total = out.get(g["chosen"] or "none", (0, 0, 0))
        out[g["chosen"] or "none"] = (
            right + g["labels"][best],
            sieve + any(y and c for y, c in zip(g["labels"], g["sieve"], strict=True)),
            total + 1)
    return out


def _choices(models: str, cs: str | None, c: float) -> list[tuple[str, float]]:
    """(model class, C) to compare: each model of the comma-separated `models`, a linear
    one with each C of `cs` (else `c`)."""
    out: list[tuple[str, float]] = []
    for model_class in models.split(","):
        if model_class in ("lr", "softmax"):
            out.extend((model_class, float(k)) for k in (cs.split(",") if cs else [c]))
        else:
            parse_trees(model_class)
            out.append((model_class, c))
    return out


def _named(model_class: str, c: float) -> str:
    return f"{model_class} C={c:g}" if model_class in ("lr", "softmax") else model_class


def _describe(model: sourcerank.Model, names: tuple[str, ...]) -> str:
    if isinstance(model, sourcerank.Trees):
        return (f"{len(model.roots)} trees, {len(model.feature)} nodes, depth {model.depth}, "
                f"rate {model.rate:g}")
    return ", ".join(f"{name} {w:+.2f}" for name, w in zip(names, model.weights, strict=True))


def learned_only(groups: list[Group]) -> list[Group]:
    return [g for g in groups if g["kind"] == "quote" or g["rule"] is None]


_SHARED: dict[str, Any] = {}


def _cv_fold(fold: int) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Counts on one held-out fold: ranker off, on, and on the CRF's attributions only;
    the fold's CRF and ranker fitted without it."""
    articles, groups, crf, c = (_SHARED[k] for k in ("articles", "groups", "crf", "c"))
    held = [a for k, a in enumerate(articles) if k % FOLDS == fold]
    rest = [g for g in groups if g["article"] % FOLDS != fold]
    off = scored(held, crf[fold], None, held_out=True)
    classes = (_SHARED["quote_c"], _SHARED["model"], _SHARED["quote_model"])
    on = scored(held, crf[fold], fit(rest, c, *classes), held_out=True)
    only = scored(held, crf[fold], fit(learned_only(rest), c, *classes), rank_rule=False,
                  held_out=True) if _SHARED["ablate"] else {}
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
    ap.add_argument("--quote-out", type=Path, default=sourcerank.QUOTE_WEIGHTS,
                    help="the quotation ranker's weights")
    ap.add_argument("--quote-c", type=float, default=QUOTE_C,
                    help="inverse L2 strength of the quotation ranker")
    ap.add_argument("--quote-cs", help="choose it among these (comma-separated) by fold top-1")
    ap.add_argument("--model", default=MODEL,
                    help="the source ranker's model class: lr or gbt:TREES:DEPTH:RATE:LEAF")
    ap.add_argument("--models", help="choose it among these (comma-separated) by fold top-1 "
                                     "(lr: each C of --cs)")
    ap.add_argument("--quote-model", default=QUOTE_MODEL, help="the quotation ranker's")
    ap.add_argument("--quote-models", help="choose it among these by fold top-1")
    ap.add_argument("--no-write", action="store_true", help="do not write the weights")
    ap.add_argument("--limit", type=int, help="only the first N train articles (a quick look)")
    ap.add_argument("--groups", type=Path,
                    help="the recorded rankings: loaded if there (made by this code from the "
                         "same fold CRFs and articles), else recorded and saved there")
    args = ap.parse_args()

    articles = read(TRAIN)
    crf = crf_folds(args.crf_folds, articles, args.iterations)
    if args.limit:
        articles = articles[:args.limit]
    began = time.perf_counter()
    if args.groups is not None and args.groups.exists():
        with args.groups.open("rb") as f:
            groups = pickle.load(f)
    else:
        groups = record(list(enumerate(articles)), crf)
        label(groups, dict(enumerate(articles)))
        if args.groups is not None:
            with args.groups.open("wb") as f:
                pickle.dump(groups, f)
    labelled = sum(1 for g in groups if g["labels"])
    print(f"recorded {len(groups)} rankings in {len(articles)} articles "
          f"({time.perf_counter() - began:.0f} s); {labelled} with the gold source among "
          f"the candidates", flush=True)
    choices = _choices(args.models or args.model, args.cs, args.c)
    (best, best_c), best_right = choices[0], -1
    for model_class, c in choices:
        right = hint = total = 0
        for fold in range(FOLDS):
            held = [g for g in groups if g["article"] % FOLDS == fold]
            rest = [g for g in groups if g["article"] % FOLDS != fold and g["kind"] == "source"]
            r, h, t = top1(_fit(rest if model_class == "softmax" else outer_apart(rest),
                               model_class, c), held)
            right, hint, total = right + r, hint + h, total + t
        print(f"{_named(model_class, c)}: fold top-1 {right}/{total} = "
              f"{100 * right / max(total, 1):.1f}% "
              f"(CRF's own source {hint}/{total} = {100 * hint / max(total, 1):.1f}%)",
              flush=True)
        if right > best_right:
            (best, best_c), best_right = (model_class, c), right
    quote_choices = _choices(args.quote_models or args.quote_model, args.quote_cs, args.quote_c)
    (best_q, best_qc), best_qright = quote_choices[0], -1
    for model_class, qc in quote_choices:
        by_branch: dict[str, tuple[int, int, int]] = {}
        for fold in range(FOLDS):
            held = [g for g in groups if g["article"] % FOLDS == fold]
            rest = [g for g in groups if g["article"] % FOLDS != fold and g["kind"] == "quote"]
            for branch, (r, h, t) in quote_top1(_fit(rest, model_class, qc), held).items():
                r0, h0, t0 = by_branch.get(branch, (0, 0, 0))
                by_branch[branch] = (r0 + r, h0 + h, t0 + t)
        right = sum(r for r, _, _ in by_branch.values())
        print(f"quotations, {_named(model_class, qc)}: fold top-1 {right}/"
              f"{sum(t for _, _, t in by_branch.values())}; by sieve branch "
              "(ranker / sieve / labelled): "
              + ", ".join(f"{b} {r}/{h}/{t}" for b, (r, h, t) in sorted(by_branch.items())),
              flush=True)
        if right > best_qright:
            (best_q, best_qc), best_qright = (model_class, qc), right
    final = fit(groups, best_c, best_qc, best, best_q)
    assert final.quotes is not None
    described = _describe(final.quotes, sourcerank.QUOTE_FEATURES)
    print(f"quotation ranker ({_named(best_q, best_qc)}): {described}", flush=True)
    print(f"source ranker ({_named(best, best_c)}): {_describe(final, sourcerank.FEATURES)}",
          flush=True)
    if not args.no_write:
        sourcerank.save_file(final, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", flush=True)
        sourcerank.save_file(final.quotes, args.quote_out, sourcerank.QUOTE_VERSION,
                             sourcerank.QUOTE_FEATURES)
        print(f"wrote {args.quote_out} ({args.quote_out.stat().st_size} bytes)", flush=True)
    if not args.no_cv:
        before: dict[str, int] = {}
        after: dict[str, int] = {}
        model_only: dict[str, int] = {}
        _SHARED.update(articles=articles, groups=groups, crf=crf, c=best_c,
                       ablate=args.ablate_rule, model=best, quote_c=best_qc, quote_model=best_q)
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
        print(f"train {FOLDS}-fold CV ({len(articles)} articles, pronoun rule), ranker off:\n"
              + report(before), flush=True)
        if args.ablate_rule:
            print(f"train {FOLDS}-fold CV ({len(articles)} articles), ranker on the CRF's "
                  f"attributions only (the sieve's `NAME said` subject kept):\n"
                  + report(model_only), flush=True)
        print(f"train {FOLDS}-fold CV ({len(articles)} articles, pronoun rule), ranker on:\n"
              + report(after), flush=True)
    if not args.no_dev:
        dev = read(DEV)
        print("dev, ranker off:\n" + report(scored(dev, None, None)), flush=True)
        print("dev, ranker on:\n" + report(scored(dev, None, final)), flush=True)


if __name__ == "__main__":
    main()
