"""Render time of the text, Markdown and HTML views of a digest with many speakers.

    python bench/render_speakers.py [SPEAKERS]

A speaker is looked up once per share, point and turn: with a scan per look-up the views
were quadratic in speakers.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import made_up_name  # noqa: E402

from briefing_cli.digest import build_digest  # noqa: E402
from briefing_cli.models import Document  # noqa: E402
from briefing_cli.rank import get_ranker  # noqa: E402
from briefing_cli.render import html, markdown, text  # noqa: E402
from briefing_cli.transcript import parse  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    source = "".join(f"MR {made_up_name(i).upper()}: Item {i} is ready, said Anna "
                     f"{made_up_name(i)}.\n\n" for i in range(n))
    digest = build_digest(parse(Document(name="t", text=source)), get_ranker("lexrank"))
    print(f"{len(digest.transcript.speakers)} speakers")
    for name, render in (("text", text.render), ("markdown", markdown.render),
                         ("html", html.render)):
        start = time.perf_counter()
        render(digest)
        print(f"{name}: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
