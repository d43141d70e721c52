"""News attribution when an article's line breaks are lost (issues 9 and 10).

    python bench/flat_attribution.py [--gold PATH] [--limit N] [--forced]

Perturbs each PolNeAR article (default: the TRAIN split, the one we may look at) and scores all
attributions by the rules of bench/attribution.py (`score_all`): `original` is the text as
stored, `flat` joins every line into one (each run of whitespace holding a line break becomes
one space), `few` keeps 3 of its line breaks, evenly spread, and joins the rest. Gold offsets
are mapped onto the perturbed text. `single-original`, `single-flat` and `single-few` also turn
double quotation marks into single ones (`‘...’`, one British publisher's house style). Each
variant is parsed with the layout DETECTED (what a user gets), and, with `--forced`, also with
`--input-format news` (what bench/attribution.py measures), and the share of articles detected
as `news` is shown. The dataset has no licence: it is read in place and never copied into this
repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import EVAL, _speaker_match, count_article, report  # noqa: E402

from briefing_cli.models import Document  # noqa: E402
from briefing_cli.transcript import detect, parse  # noqa: E402

TRAIN = EVAL / "quotes_polnear_train.jsonl"
_BREAK = re.compile(r"[^\S\n]*\n\s*")


def flatten(text: str, keep: int = 0) -> tuple[str, list[int]]:
    """`text` with its line breaks joined (all but `keep` of them, evenly spread), and the map
    from each old offset (and the end) to the new one."""
    breaks = list(_BREAK.finditer(text.strip()))
    lead = len(text) - len(text.lstrip())
    kept: set[int] = set()
    if keep and breaks:
        step = len(breaks) / (keep + 1)
        kept = {int(step * (k + 1)) for k in range(keep)}
    out: list[str] = []
    mapping = [0] * (len(text) + 1)
    pos = 0
    size = 0
    for i, match in enumerate(breaks):
        s, e = match.start() + lead, match.end() + lead
        for k in range(pos, s):
            mapping[k] = size + k - pos
        out.append(text[pos:s])
        size += s - pos
        joint = "\n\n" if i in kept else " "
        for k in range(s, e):
            mapping[k] = size
        out.append(joint)
        size += len(joint)
        pos = e
    for k in range(pos, len(text) + 1):
        mapping[k] = size + k - pos
    out.append(text[pos:])
    return "".join(out), mapping


_SINGLE = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def perturb(article: dict[str, Any], keep: int | None, single: bool = False) -> dict[str, Any]:
    """The article flattened (`keep` line breaks left; None: as stored), and with `single`,
    its double quotation marks made single (`‘...’`, one publisher's house style)."""
    if single:
        article = {**article, "text": article["text"].translate(_SINGLE)}
    if keep is None:
        return article
    text, mapping = flatten(article["text"], keep)
    atts = [{**att, "spans": [[mapping[s], mapping[e]] for s, e in att["spans"]]}
            for att in article.get("attributions", [])]
    return {**article, "text": text, "attributions": atts}


def score(articles: list[dict[str, Any]],
          layout: str | None) -> tuple[dict[str, int], Counter[str]]:
    match = _speaker_match()
    counts: dict[str, int] = {}
    layouts: Counter[str] = Counter()
    for article in articles:
        text = article["text"]
        document = Document(name=article["id"], text=text)
        transcript = parse(document, layout)
        layouts[detect(document) if layout is None else layout] += 1
        count_article(article, transcript, match, counts)
    return counts, layouts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=TRAIN)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--forced", action="store_true", help="also parse with layout news")
    ap.add_argument("--variants", default="original,flat,few")
    args = ap.parse_args()
    articles = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    if args.limit:
        articles = articles[:args.limit]
    keeps = {"original": None, "flat": 0, "few": 3}
    keeps.update({f"single-{k}": v for k, v in keeps.items()})
    print(f"{args.gold.name}: {len(articles)} articles")
    for name in args.variants.split(","):
        variant = [perturb(a, keeps[name], name.startswith("single")) for a in articles]
        for layout in (None, "news") if args.forced else (None,):
            cpu = time.process_time()
            counts, layouts = score(variant, layout)
            cpu = time.process_time() - cpu
            how = "detected" if layout is None else "forced news"
            shares = ", ".join(f"{k} {v}" for k, v in layouts.most_common())
            print(f"\n== {name}, layout {how} ({shares}; {cpu:.0f} s CPU)")
            print(report(counts))
            quotes = counts.get("direct/correct", 0)
            print(f"direct quotes credited right: {quotes}/{counts.get('direct/total', 0)}")


if __name__ == "__main__":
    main()
