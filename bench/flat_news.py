"""How news articles stored without line breaks are read (issue 10: line breaks lost).

    python bench/flat_news.py

Reads `../shared/eval/news_cnndm_dev.jsonl` in place (nothing of it is copied here) and
prints, for the articles that are one line and quote someone (a quotation mark and `said`),
which layout the parser gives them. `prose` means their quotations go to no one.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "news_cnndm_dev.jsonl"


def main() -> None:
    from briefing_cli.models import Document
    from briefing_cli.transcript import parse

    if not DATA.exists():
        sys.exit(f"{DATA} not found (the shared eval sets sit beside the project)")
    layouts: Counter[str] = Counter()
    articles = 0
    for line in DATA.read_text(encoding="utf-8").splitlines():
        articles += 1
        text = json.loads(line)["text"]
        if "\n" in text.strip() or "said" not in text or not any(q in text for q in "\"“'‘"):
            continue
        layouts[parse(Document(name="t", text=text)).layout] += 1
    quoting = sum(layouts.values())
    print(f"{articles} articles; {quoting} on one line that quote someone")
    for layout, n in layouts.most_common():
        print(f"  {layout:10} {n:4}  {n / quoting:.0%}")


if __name__ == "__main__":
    main()
