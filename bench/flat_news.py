"""How news articles stored without line breaks are read (issue 10: line breaks lost).

    python bench/flat_news.py [--forced]

Reads `../shared/eval/news_cnndm_dev.jsonl` in place (nothing of it is copied here) and
prints, for the articles that are one line and quote someone (a quotation mark and `said`),
which layout the parser gives them (`prose` means their quotations go to no one), and how
many of their quotations got a speaker: a quotation is a span between double marks, or
between single marks (`'We're no heroes,' ...`, the house style of one publisher) that opens
after a space and closes before one; it got a speaker when `quote`/`paraphrase` turns with a
speaker cover at least half of its word characters (no gold here: whether the speaker is the
right one is measured on PolNeAR, bench/flat_attribution.py). `--forced` also parses with
`--input-format news`. Articles stored with their line breaks need nothing of this.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "news_cnndm_dev.jsonl"
QUOTATION = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]"
                       r"|(?<![\w'‘’])['‘](?=[A-Z0-9])(.{3,}?[^\s'‘’])['’](?![\w'‘’])")
_WORD = re.compile(r"\w")


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the quotations in `text` (bench-side finder, independent of the parser)."""
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in QUOTATION.finditer(text)]


def credited(text: str, layout: str | None) -> tuple[str, int, int]:
    """Layout, quotations, and quotations whose words went to a speaker."""
    from briefing_cli.models import Document, TurnKind
    from briefing_cli.transcript import parse

    transcript = parse(Document(name="t", text=text), layout)
    owner = [False] * len(text)
    for turn in transcript.turns:
        if turn.speaker is not None and turn.kind in (TurnKind.QUOTE, TurnKind.PARAPHRASE):
            owner[turn.start:turn.end] = [True] * (turn.end - turn.start)
    spans = quotations(text)
    good = 0
    for s, e in spans:
        words = [m.start() for m in _WORD.finditer(text, s, e)]
        good += bool(words) and 2 * sum(owner[k] for k in words) >= len(words)
    return transcript.layout, len(spans), good


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--forced", action="store_true", help="also parse with layout news")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found (the shared eval sets sit beside the project)")
    articles = 0
    texts = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        articles += 1
        text = json.loads(line)["text"]
        if "\n" in text.strip() or "said" not in text or not any(q in text for q in "\"“'‘"):
            continue
        texts.append(text)
    print(f"{articles} articles; {len(texts)} on one line that quote someone")
    for layout in (None, "news") if args.forced else (None,):
        layouts: Counter[str] = Counter()
        found = good = 0
        for text in texts:
            got, n, ok = credited(text, layout)
            layouts[got] += 1
            found += n
            good += ok
        print("layout detected:" if layout is None else "layout forced news:")
        for name, n in layouts.most_common():
            print(f"  {name:10} {n:4}  {n / len(texts):.0%}")
        print(f"  quotations with a speaker: {good}/{found} = {good / max(found, 1):.1%}")


if __name__ == "__main__":
    main()
