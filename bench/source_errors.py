"""Where the source rankers go wrong: the gold source not among the candidates, or ranked below.

    python bench/source_errors.py --crf-folds /tmp/crf-folds        # train, fold CRFs, counts
    python bench/source_errors.py --crf-folds DIR --groups /tmp/g.pkl   # keep the rankings

Records every ranking the news parser asks for on train (`train_sources.record`: each article
parsed with the CRF trained WITHOUT its fold), labels it with the gold source
(`train_sources.label`), and ranks each fold's rankings with rankers fitted on the other four
folds (`train_sources.fit`, the shipped C). Each ranking is counted as

- `no gold content`: no gold attribution holds a third of its content (a content the CRF or
  the sieve found that the gold does not attribute; quotations: not half of the quotation,
  or an unresolved gold speaker);
- `gold without span`: the gold attribution has no source span;
- `not a candidate`, by why: the gold source lies inside the content, before the window (the
  cue's paragraph and the one before; quotations: the sentences around it), after it, or
  inside it where no mention pattern matched (its shape is counted: lower-case noun
  phrase, pronoun, capitalised, ...);
- `inside the content`, by shape (reported speech): where the gold content lies against
  the predicted one, whether the gold source is in the predicted cue's sentence, what
  precedes it in the content (its start, a clause boundary, `that`, ...) and whether a cue
  word follows it;
- `right` / `ranked below` (top-1 of the fold ranker), the second by the sieve cue or CRF
  branch that asked, by where the best gold candidate stands (same sentence, side of the
  cue, token distance, previous paragraph), by its kind and by the kind of the candidate
  chosen instead.

Prints counts only (train; dev is never looked at here). `--groups FILE`: load the rankings
from FILE when it exists, else record and save them there (a pickle, for repeated looks).
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import train_sources as ts  # noqa: E402

from briefing_cli.transcript import learned, sourcerank  # noqa: E402
from briefing_cli.transcript import lexicon as lex  # noqa: E402

FOLDS = ts.FOLDS
_CUE_WORDS = lex.SPEECH | learned.cue_words()
_SRC = {name: k for k, name in enumerate(sourcerank.FEATURES)}
_QTE = {name: k for k, name in enumerate(sourcerank.QUOTE_FEATURES)}


def _best_gold(article: dict[str, Any], lo: int, hi: int) -> tuple[dict[str, Any] | None, int]:
    best, best_overlap = None, 0
    for att in article["attributions"]:
        overlap = sum(max(0, min(hi, e) - max(lo, s)) for s, e in att["spans"])
        if overlap > best_overlap:
            best, best_overlap = att, overlap
    return best, best_overlap


def _shape(phrase: str) -> str:
    words = phrase.split()
    if not words:
        return "empty"
    low = words[0].lower()
    if len(words) == 1 and low in ("he", "she", "they", "we", "i", "it", "him", "her"):
        return "pronoun"
    if any(w[:1].isupper() for w in words):
        return "capitalised"
    if low in ("who", "which", "that"):
        return "relative"
    return "lower-case phrase"


def _bucket(d: float) -> str:
    return "0" if d == 0 else "1-3" if d <= 3 else "4-12" if d <= 12 else ">12"


def _why_missing(group: dict[str, Any], gold: tuple[int, int], text: str) -> str:
    ss, se = gold
    lo, hi = group.get("content") or group["quote"]
    w0, w1 = group["window"]
    if ss < hi and lo < se:
        return "inside the content"
    if se <= w0:
        return "before the window"
    if ss >= w1:
        return "after the window"
    if group["kind"] == "quote":
        return "outside the sentences around the quotation, or no pattern: " + \
            _shape(text[ss:se])
    return "no mention pattern: " + _shape(text[ss:se])


_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[A-Z\"“‘'(])")
_BOUNDARY = frozenset({",", ";", "and", "but", "as", "while", "though", "although", "when",
                       "because"})


def _inside_shape(group: dict[str, Any], gold: dict[str, Any], article: dict[str, Any]
                  ) -> list[str]:
    """How a predicted content holds its gold source (`inside the content`): where the gold
    attribution's content lies against the predicted one, the sentence of the gold source
    against the predicted cue's, what stands before the gold source in the content (its
    start, a clause boundary, `that`, other words) and whether a cue word follows it
    (the news parser's `RULES["inner_cue"]` cuts at a boundary, a subject and a cue word)."""
    text = article["text"]
    lo, hi = group["content"]
    ss, se = gold["speaker_span_start"], gold["speaker_span_end"]
    gs = min(s for s, _ in gold["spans"])
    ge = max(e for _, e in gold["spans"])
    where = "gold content inside the predicted one" if lo <= gs and ge <= hi else \
        "gold content starts before the predicted one" if gs < lo else \
        "gold content runs past the predicted end"
    cs, ce = group["cue"]
    between = (ce, ss) if ce <= ss else (se, cs)
    sentence = "another sentence than the predicted cue" if _SENTENCE_END.search(
        text, *between) else "the predicted cue's sentence"
    words = text[lo:ss].split()
    last = words[-1].lower() if words else ""
    before = "the content's start" if not words else \
        "a sentence end" if words[-1][-1:] in ".!?\"”" else \
        "a clause boundary (comma, and, but, as, while, ...)" if last in _BOUNDARY or \
        last.endswith((",", ";")) else "that" if last == "that" else "other words"
    after = text[se:se + 40].split()
    cue = "a cue word after it" if after and after[0].lower().strip(",.") in _CUE_WORDS \
        else "no cue word after it"
    return [f"gold content\t{where}", f"gold source in\t{sentence}",
            f"gold source after\t{before}", f"gold source followed by\t{cue}",
            f"all\t{where}, {sentence}, after {before}, {cue}"]


def analyse(groups: list[dict[str, Any]], articles: dict[int, dict[str, Any]],
            counts: Counter[str]) -> None:
    """Count every ranking by the families of the module docstring."""
    models = {fold: ts.fit([g for g in groups if g["article"] % FOLDS != fold], ts.SHIPPED_C)
              for fold in range(FOLDS)}
    for g in groups:
        article = articles[g["article"]]
        text = article["text"]
        quote = g["kind"] == "quote"
        family = "quotation" if quote else "reported"
        if quote:
            branch = g["chosen"] or "none"
        elif g["rule"] is None:
            branch = "crf"
        else:
            branch = "according to" if "according" in text[g["cue"][0]:g["cue"][1]].lower() \
                else "NAME said (sieve)"
        counts[f"{family}\tall\t{branch}"] += 1
        lo, hi = g.get("content") or g["quote"]
        best, overlap = _best_gold(article, lo, hi)
        enough = overlap >= (hi - lo - 2) / 2 if quote else overlap >= (hi - lo) / 3
        if best is None or not enough or (quote and (not best.get("speaker") or best.get(
                "speaker_resolved_by") == "unresolved")):
            counts[f"{family}\tno gold content\t{branch}"] += 1
            continue
        if best.get("speaker_span_start") is None:
            counts[f"{family}\tgold without span\t{branch}"] += 1
            continue
        gold = (best["speaker_span_start"], best["speaker_span_end"])
        if not g["labels"]:
            why = _why_missing(g, gold, text)
            counts[f"{family}\tnot a candidate\t{why}"] += 1
            counts[f"{family}\tnot a candidate, by branch\t{branch}"] += 1
            if why == "inside the content" and not quote:
                for shape in _inside_shape(g, best, article):
                    counts[f"{family}\tinside the content: {shape}"] += 1
            continue
        model = models[g["article"] % FOLDS]
        ranker = model.quotes if quote and model.quotes is not None else model
        scores = ranker.scores(g["rows"])
        order = sorted(range(len(scores)), key=lambda k: (-scores[k], k))
        if not quote:  # the source ranker's choice (`sourcerank.best`) first
            top = sourcerank.best(scores)
            order.remove(top)
            order.insert(0, top)
        top = order[0]
        if g["labels"][top]:
            counts[f"{family}\tright\t{branch}"] += 1
            continue
        counts[f"{family}\tranked below\t{branch}"] += 1
        rank = next(r for r, k in enumerate(order) if g["labels"][k])
        counts[f"{family}\tranked below: rank of the gold\t"
               f"{rank + 1 if rank < 3 else '4+'}"] += 1
        k = order[rank]
        row = g["rows"][k]
        index = _QTE if quote else _SRC
        where = []
        if g["kinds"][k] == sourcerank.CARRIED:
            where.append("carried speaker")
        else:
            if quote:
                sent = "same sentence" if row[index["same_sentence"]] else \
                    "sentence before" if row[index["sentence_before"]] else "sentence after"
            else:
                sent = "same sentence" if row[index["same_sentence"]] else "other sentence"
            where.append(sent)
            where.append("before" if row[index["before"]] else
                         "after" if row[index["after"]] else "overlapping")
            if row[index["previous_paragraph"]]:
                where.append("previous paragraph")
        counts[f"{family}\tranked below: gold stands\t{', '.join(where)}"] += 1
        if g["kinds"][k] != sourcerank.CARRIED:
            d = round((2.718281828 ** (row[index["log_distance"]] * 3)) - 1)
            counts[f"{family}\tranked below: gold distance in tokens\t{_bucket(d)}"] += 1
            nearest = row[index["nearest_before"]] or row[index["nearest_after"]]
            counts[f"{family}\tranked below: gold nearest on its side\t{bool(nearest)}"] += 1
        counts[f"{family}\tranked below: gold kind\t{g['kinds'][k]}"] += 1
        counts[f"{family}\tranked below: chosen kind\t{g['kinds'][top]}"] += 1
        chosen_row = g["rows"][top]
        if not quote:
            crf = bool(chosen_row[index["crf"]] or chosen_row[index["rule"]])
            counts[f"{family}\tranked below: chosen is the CRF's or rule's\t{crf}"] += 1
            counts[f"{family}\tranked below: chosen in the same sentence\t"
                   f"{bool(chosen_row[index['same_sentence']])}"] += 1
        else:
            counts[f"{family}\tranked below: chosen is the sieve's\t"
                   f"{bool(g['sieve'][top])}"] += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crf-folds", type=Path, required=True,
                    help="fold CRFs (fold0.npz ... fold4.npz)")
    ap.add_argument("--groups", type=Path, help="the rankings: loaded if there, else saved")
    ap.add_argument("--limit", type=int, help="only the first N train articles")
    args = ap.parse_args()
    articles = ts.read(ts.TRAIN)
    if args.limit:
        articles = articles[:args.limit]
    if args.groups is not None and args.groups.exists():
        with args.groups.open("rb") as f:
            groups = pickle.load(f)
    else:
        crf = ts.crf_folds(args.crf_folds, articles, 100)
        groups = ts.record(list(enumerate(articles)), crf)
        ts.label(groups, dict(enumerate(articles)))
        if args.groups is not None:
            with args.groups.open("wb") as f:
                pickle.dump(groups, f)
    counts: Counter[str] = Counter()
    analyse(groups, dict(enumerate(articles)), counts)
    for name in sorted(counts):
        print(f"{name}\t{counts[name]}")


if __name__ == "__main__":
    main()
