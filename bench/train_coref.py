"""Train the news pronoun resolver and write the weights the package ships.

    pip install -e '.[train]'
    python bench/train_coref.py --crf-folds /tmp/crf-folds          # weights + train CV + dev
    python bench/train_coref.py --crf-folds DIR --no-cv --no-dev --out OTHER.npz   # weights only
    python bench/train_coref.py --crf-folds DIR --no-write --ablate name_run   # a hand rule
    python bench/train_coref.py --crf-folds DIR --no-write --no-dev --folds 0,1 --ablate A,B
    python bench/train_coref.py --crf-folds DIR --no-write --no-dev --skip-rule   # CV, model only

Reads `../shared/eval/quotes_polnear_train.jsonl` in place (PolNeAR has no licence: nothing of
it is copied here; only weights and a table of first names counted in it are written).

1. First-name gender table: in every train article, a two-word capitalised name followed
   in its sentence, within 200 characters and no other such name or quotation mark between,
   by a subject or possessive pronoun (`he`, `his`, `she`, `her plan`: never an object
   `him`, `told her that`) counts the pronoun's gender for the first name, unless the name
   is a possessive (`Melania Trump's speech, nor did he`); `Mrs. Clinton` counts for the one
   `Hillary Clinton` of its article, and so does a bare surname's `he` / `she` within 40
   characters (`Moss said she`) when the article names one person by it. Names seen at
   least `--min-count` times with one gender in at least 75% ship, but not a word the
   lexicon knows (`Senate`), a word more often a surname (`Trump Tower`), one that follows
   `the` in over a tenth of its capitalised uses (`the North`), nor one written in lower
   case (3 times or more) more often than it opens a name (`state`; `Bill`, `Mark` open
   names more often than `the bill`).
2. Every train article is parsed by the news parser with the CRF trained WITHOUT its fold
   (`--crf-folds DIR`: `fold0.npz` ... `fold4.npz`, as `bench/train_attribution.py
   --train-folds 0,1,2,3,4 --folds-dir DIR` writes them) and the source ranker off; each time
   the resolver resolves `he`/`she`, the candidates and their features (coref.py) are
   recorded. Positives: the candidates whose name or an alias matches the gold speaker of
   the pronoun source (PolNeAR's silver pronoun resolution). The same pass records the
   source ranker's rankings, to fit a fold ranker for the CV below (as train_sources.py).
3. A logistic regression (scikit-learn, L2, lbfgs, one BLAS thread: deterministic) is fitted
   on all groups; weights rounded to 1e-6 go to `briefing_cli/transcript/data/coref.npz`.
   The same data and options write the same bytes.

Printed: top-1 of the model against the hand rule over the 5 folds (each fold by a model
fitted on the other four), the end-to-end train 5-fold CV (rules of
`score_all_attributions.py`; each fold parsed with its fold CRF, a source ranker and a
resolver fitted without it) with the resolver off (the rule) and on, and dev both ways with
the shipped CRF and ranker. `--no-write` leaves the shipped file alone.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

# One BLAS thread: the fit does the same arithmetic in the same order on every run.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import train_sources  # noqa: E402
from attribution import EVAL, _speaker_match, report, score_all  # noqa: E402

from briefing_cli.transcript import coref, learned, news, sourcerank  # noqa: E402
from briefing_cli.transcript import lexicon as lex  # noqa: E402

TRAIN = EVAL / "quotes_polnear_train.jsonl"
DEV = EVAL / "quotes_polnear_dev.jsonl"
FOLDS = 5
# Inverse L2 strength, chosen by fold top-1: C=0.3, 1 and 3 gave 1,753, 1,757 and 1,757 of
# 1,902 resolutions without the gender filter (bench/RESULTS.md, "Resolution").
SHIPPED_C = 1.0
MIN_COUNT = 3
# Share of one gender a first name needs to get it.
SHARE = 0.75
# A lookahead, so that `Later Ana Moss` also yields `Ana Moss`.
_FULL = re.compile(r"(?=\b([A-Z][a-z]{2,})\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")
_LOWER = re.compile(r"\b[a-z]{3,}\b")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"[.!?;]|\b[A-Z][a-z]+\s+[A-Z][a-z]+")
_QUOTE_MARK = re.compile(r"[\"“”]")
_CAPITAL = re.compile(r"\b[A-Z][a-z]{2,}\b")
# A capitalised word (or an honorific) right before a surname: no bare surname (nor a
# capitalised word after it: `Bloomberg News`).
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.’'\-]*[^\S\n]+$")
_AFTER_THE = re.compile(r"\b(?:the|The)\s+([A-Z][a-z]{2,})\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# After `her`: the words that make it an object (`told her that`, `gave her a`).
_NOT_OWNED = frozenset({*lex.DETERMINERS, *lex.PREPOSITIONS, *lex.SMALL_WORDS, *lex.CLAUSE,
                        "to", "that", "and", "or", "but", "so", "up", "out", "off", "back",
                        "down", "again", "too", "if", "what", "how", "why", "not"})
# A capitalised word that follows `the` in more than this share of its capitalised uses is
# a place or an institution's word (`the North`), not a first name.
THE_SHARE = 0.1
# How far after a bare surname (`Mendoza said she`) its subject pronoun may stand.
BARE_REACH = 40
# What one article's `Mrs. Clinton` counts for `Hillary` (a pronoun counts 1).
HONORIFIC = 3

Group = dict[str, Any]


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def name_genders(texts: list[str], min_count: int = MIN_COUNT
                 ) -> tuple[list[str], list[str]]:
    """(female, male) first names, lower case, counted in `texts` (see the docstring)."""
    counts: dict[str, Counter[str]] = {}
    # Words the lexicon knows as something else are no first names (`Republican`, `Senate`,
    # `North`: news.py's `_first_name` refuses them too).
    skip = {*lex.NOT_NAME, *lex.DETERMINERS, *lex.ADJECTIVES, *lex.PLACES, *lex.GROUPS,
            *lex.ORG_HEADS, *lex.PLACE_ENDS, *lex.ROLE_WORDS, *lex.PERSON_NOUNS}
    as_first: Counter[str] = Counter()  # first word of a two-word capitalised name
    as_surname: Counter[str] = Counter()  # second word of one
    for text in texts:
        honorific: dict[str, set[str]] = {}
        for match in _HONORIFIC.finditer(text):
            honorific.setdefault(match.group(2), set()).add(
                "m" if match.group(1) == "Mr" else "f")
        full = [(m.group(1).lower(), m.group(2), m) for m in _FULL.finditer(text)
                if m.group(1).lower() not in skip]
        firsts: dict[str, set[str]] = {}
        for first, surname, _ in full:
            firsts.setdefault(surname, set()).add(first)
            as_first[first] += 1
            as_surname[surname.lower()] += 1
        for surname, genders in honorific.items():
            # `Hillary Clinton` ... `Mrs. Clinton`: the house style names the gender, when
            # the article has one person of that surname (not `Melania` and `Mr. Trump`).
            if len(genders) == 1 and len(firsts.get(surname, ())) == 1:
                first = next(iter(firsts[surname]))
                counts.setdefault(first, Counter())[next(iter(genders))] += HONORIFIC
        ends = [(first, match.end(2), 200) for first, _surname, match in full]
        for surname, names in firsts.items():
            # `Jessica Mendoza ... Mendoza said she`: the surname alone, when the article
            # names one person by it, tells that first name's gender too.
            if len(names) == 1 and surname.lower() not in skip:
                first = next(iter(names))
                ends.extend((first, bare.end(), BARE_REACH) for bare in re.finditer(
                    rf"\b{re.escape(surname)}\b(?![^\S\n]+[A-Z])", text)
                    if not _CAPITAL_BEFORE.search(text, max(0, bare.start() - 30),
                                                  bare.start()))
        for first, end, reach in ends:
            if text.startswith(("'s", "’s"), end):
                continue  # `Melania Trump's speech, nor did he ...`: the owner's, not hers
            found = _pronoun(text, end, min(len(text), end + reach))
            if found is None or _BETWEEN.search(text, end, found.start()) or \
                    _QUOTE_MARK.search(text, end, found.start()):
                continue  # (`Melania Trump tells supporters that “he loves you`)
            if reach == BARE_REACH and found.group().lower() not in ("he", "she"):
                continue  # (a bare surname: only `Mendoza said she`)
            gender = "m" if found.group().lower() in ("he", "his", "himself") else "f"
            counts.setdefault(first, Counter())[gender] += 1
    # A word also written in lower case is no first name (`secretary`, `state`, `long`)
    # unless it opens a capitalised name at least as often (`Bill`, `Mark`) and seldom
    # follows `the` when capitalised (`the North`, `the Speaker`, `the Tea Party`).
    lower = Counter(w for text in texts for w in _LOWER.findall(text))
    capital = Counter(w.lower() for text in texts for w in _CAPITAL.findall(text))
    after_the = Counter(w.lower() for text in texts for w in _AFTER_THE.findall(text))
    female, male = [], []
    for first, count in counts.items():
        total = count["m"] + count["f"]
        if total < min_count or as_surname[first] > as_first[first]:
            continue  # (`Trump Tower ... he`: a surname)
        if (lower[first] >= 3 and as_first[first] < lower[first]) or \
                after_the[first] > max(4, THE_SHARE * capital[first]):
            continue
        if count["f"] >= SHARE * total:
            female.append(first)
        elif count["m"] >= SHARE * total:
            male.append(first)
    return sorted(female), sorted(male)


def _pronoun(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first subject or possessive pronoun in text[start:end] (`he`, `his`, `she`,
    `her plan`), never an object (`him`, `told her that`: someone else, the name's object)."""
    for found in _PRONOUN.finditer(text, start, end):
        word = found.group().lower()
        if word in ("him", "hers"):
            continue
        if word == "her":
            after = _NEXT_WORD.match(text, found.end())
            if after is None or after.group(1) in _NOT_OWNED:
                continue
        return found
    return None


def record(articles: list[tuple[int, dict[str, Any]]], crf: dict[int, learned.Model],
           table: coref.Resolver) -> tuple[list[Group], list[Group]]:
    """Parse each (index, article) with its fold's CRF, the ranker and the resolver off;
    return the resolver's groups (labelled) and the source ranker's (unlabelled)."""
    match = _speaker_match()
    groups: list[Group] = []
    pending: list[Group] = []
    original = coref.choose
    box: dict[str, Any] = {}
    run = news._Parser.run

    def recorder(text: str, offset: int, gender: str, subjects: Any, mentions: Any,
                 people: Any, known: dict[str, str], rule: str | None,
                 strict: bool = False) -> str | None:
        found = coref.candidates(offset, subjects, mentions, people)
        if strict:
            found = coref.compatible(found, gender, people, known, table.name_gender)
        if found:
            rows = coref.features(text, offset, gender, found, people, known, rule,
                                  table.name_gender)
            pending.append({"article": box["index"], "offset": offset,
                            "keys": [e.key for e in found], "rows": rows})
        return rule

    def keep(self: Any) -> Any:
        box["parser"] = self
        return run(self)

    coref.choose = recorder  # type: ignore[assignment]
    news._Parser.run = keep  # type: ignore[method-assign]
    # First names by the table being fitted, not the shipped file (which a new
    # `coref.VERSION` refuses).
    coref.use(table)
    ranked: list[Group] = []
    try:
        for index, article in articles:
            box["index"] = index
            pending.clear()
            ranked.extend(train_sources.record([(index, article)], crf))
            registry = box["parser"].state.registry
            keys = list(dict.fromkeys(k for g in pending for k in g["keys"]))
            speakers, ids = registry.speakers(keys)
            by_id = {s.id: [s.name, *s.aliases] for s in speakers}
            for group in pending:
                gold = [a for a in article["attributions"]
                        if a.get("speaker_type") == "pronoun"
                        and a.get("speaker_resolved_by") == "dcoref_agrees_prev_source"
                        and a["speaker_span_start"] <= group["offset"] < a["speaker_span_end"]]
                if not gold:
                    continue
                labels = [int(any(match(n, gold[0]["speaker"]) for n in by_id[ids[k]] if n))
                          for k in group["keys"]]
                rule = [int(bool(row[coref.FEATURES.index("rule")])) for row in group["rows"]]
                if any(labels):
                    groups.append({**group, "labels": labels, "rule": rule})
    finally:
        coref.choose = original  # type: ignore[assignment]
        news._Parser.run = run  # type: ignore[method-assign]
        coref.use(None)
    return groups, ranked


def fit(groups: list[Group], c: float, table: coref.Resolver) -> coref.Resolver:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.asarray([row for g in groups for row in g["rows"]], dtype=np.float64)
    y = np.asarray([v for g in groups for v in g["labels"]])
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8,
                               fit_intercept=False)
    model.fit(x, y)
    return coref.Resolver(np.round(model.coef_[0], 6), 0.0, table.female, table.male)


def top1(model: coref.Resolver, groups: list[Group]) -> tuple[int, int, int]:
    """(model right, rule right, groups)."""
    right = rule = 0
    for g in groups:
        scores = model.scores(g["rows"])
        best = max(range(len(scores)), key=lambda k: (scores[k], -k))
        right += g["labels"][best]
        rule += any(r and y for r, y in zip(g["rule"], g["labels"], strict=True))
    return right, rule, len(groups)


def scored(articles: list[dict[str, Any]], crf: learned.Model | None,
           ranker: sourcerank.Ranker | None, resolver: coref.Resolver | None,
           on: bool) -> dict[str, int]:
    learned.use(crf)
    sourcerank.use(ranker)
    coref.use(resolver)
    news.RULES["pronoun_model"] = on
    try:
        counts: dict[str, int] = score_all(articles)["counts"]
        return counts
    finally:
        learned.use(None)
        sourcerank.use(None)
        coref.use(None)
        news.RULES["pronoun_model"] = True


_SHARED: dict[str, Any] = {}


def _cv_fold(fold: int) -> tuple[dict[str, int], dict[str, int], dict[str, dict[str, int]]]:
    articles, groups, ranked, crf, c, table, ablate = (_SHARED[k] for k in (
        "articles", "groups", "ranked", "crf", "c", "table", "ablate"))
    held = [a for k, a in enumerate(articles) if k % FOLDS == fold]
    ranker = train_sources.fit([g for g in ranked if g["article"] % FOLDS != fold and
                                g["labels"]], train_sources.SHIPPED_C)
    resolver = fit([g for g in groups if g["article"] % FOLDS != fold], c, table)
    off = {} if _SHARED.get("skip_rule") else scored(held, crf[fold], ranker, None, False)
    on = scored(held, crf[fold], ranker, resolver, True)
    switched = {}
    for rule in ablate:
        news.RULES[rule] = not news.RULES[rule]
        try:
            switched[rule] = scored(held, crf[fold], ranker, resolver, True)
        finally:
            news.RULES[rule] = not news.RULES[rule]
    print(f"fold {fold}: done", flush=True)
    return off, on, switched


def add(total: dict[str, int], counts: dict[str, int]) -> None:
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crf-folds", type=Path, required=True,
                    help="fold CRFs (fold0.npz ... fold4.npz), trained there when missing")
    ap.add_argument("--iterations", type=int, default=100, help="CRF iterations (folds)")
    ap.add_argument("--c", type=float, default=SHIPPED_C, help="inverse L2 strength")
    ap.add_argument("--cs", help="choose C among these (comma-separated) by fold top-1")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT,
                    help="first names seen fewer times get no gender")
    ap.add_argument("--no-cv", action="store_true", help="skip the end-to-end train CV")
    ap.add_argument("--ablate", help="with the CV: also score with these news.RULES "
                                     "(comma-separated) switched the other way")
    ap.add_argument("--no-dev", action="store_true", help="skip the dev figures")
    ap.add_argument("--jobs", type=int, default=1, help="CV folds scored in this many processes")
    ap.add_argument("--folds", help="with the CV: score only these folds (comma-separated, "
                                    "0-4; a quicker look, e.g. for --ablate)")
    ap.add_argument("--out", type=Path, default=coref.WEIGHTS)
    ap.add_argument("--no-write", action="store_true", help="do not write the weights")
    ap.add_argument("--limit", type=int, help="only the first N train articles (a quick look)")
    ap.add_argument("--skip-rule", action="store_true",
                    help="with the CV: skip the pass with the pronoun rule instead of the model")
    args = ap.parse_args()

    articles = read(TRAIN)
    crf = train_sources.crf_folds(args.crf_folds, articles, args.iterations)
    if args.limit:
        articles = articles[:args.limit]
    female, male = name_genders([a["text"] for a in articles], args.min_count)
    table = coref.Resolver([0.0] * len(coref.FEATURES), 0.0, female, male)
    print(f"first names: {len(female)} female, {len(male)} male", flush=True)
    began = time.perf_counter()
    groups, ranked = record(list(enumerate(articles)), crf, table)
    train_sources.label(ranked, dict(enumerate(articles)))
    print(f"recorded {len(groups)} labelled pronoun resolutions in {len(articles)} articles "
          f"({time.perf_counter() - began:.0f} s)", flush=True)
    cs = [float(c) for c in args.cs.split(",")] if args.cs else [args.c]
    best_c, best_right = args.c, -1
    for c in cs:
        right = rule = total = 0
        for fold in range(FOLDS):
            held = [g for g in groups if g["article"] % FOLDS == fold]
            model = fit([g for g in groups if g["article"] % FOLDS != fold], c, table)
            r, h, t = top1(model, held)
            right, rule, total = right + r, rule + h, total + t
        print(f"C={c}: fold top-1 {right}/{total} = {100 * right / max(total, 1):.1f}% "
              f"(the rule {rule}/{total} = {100 * rule / max(total, 1):.1f}%)", flush=True)
        if right > best_right:
            best_c, best_right = c, right
    final = fit(groups, best_c, table)
    print(f"weights (C={best_c:g}): " + ", ".join(
        f"{name} {w:+.2f}" for name, w in zip(coref.FEATURES, final.weights, strict=True)),
        flush=True)
    if not args.no_write:
        coref.save_file(final, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", flush=True)
    if not args.no_cv:
        before: dict[str, int] = {}
        after: dict[str, int] = {}
        ablate = args.ablate.split(",") if args.ablate else []
        unknown = [rule for rule in ablate if rule not in news.RULES]
        if unknown:
            ap.error(f"no such rule: {unknown[0]} (news.RULES: {', '.join(news.RULES)})")
        _SHARED.update(articles=articles, groups=groups, ranked=ranked, crf=crf, c=best_c,
                       table=table, ablate=ablate, skip_rule=args.skip_rule)
        folds = [int(f) for f in args.folds.split(",")] if args.folds else list(range(FOLDS))
        if args.jobs > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
                results = pool.map(_cv_fold, folds)
        else:
            results = [_cv_fold(fold) for fold in folds]
        ablated: dict[str, dict[str, int]] = {rule: {} for rule in ablate}
        for off, on, switched in results:
            add(before, off)
            add(after, on)
            for rule, counts in switched.items():
                add(ablated[rule], counts)
        scope = f"folds {args.folds} of " if args.folds else ""
        if before:
            print(f"train {scope}{FOLDS}-fold CV ({len(articles)} articles), pronoun rule:\n"
                  + report(before), flush=True)
        print(f"train {scope}{FOLDS}-fold CV ({len(articles)} articles), pronoun model:\n"
              + report(after), flush=True)
        for rule, counts in ablated.items():
            print(f"train {scope}{FOLDS}-fold CV, pronoun model, RULES[{rule!r}] switched to "
                  f"{not news.RULES[rule]}:\n" + report(counts), flush=True)
    if not args.no_dev:
        dev = read(DEV)
        print("dev, pronoun rule:\n" + report(scored(dev, None, None, None, False)),
              flush=True)
        print("dev, pronoun model:\n" + report(scored(dev, None, None, final, True)),
              flush=True)


if __name__ == "__main__":
    main()
