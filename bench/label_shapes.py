"""Label shapes seen on real published transcripts, on real meeting turns.

    python bench/label_shapes.py [--window 60] [--repeats 2] [--family NAME] [--errors N]

Same machinery and data as bench/layouts.py (QMSum meeting turns read in place from
`../shared/eval/`, never copied here), with the label-shape families of tests/layoutgen.py
(`LABEL_SHAPES`): documents with only one or two strongly shaped office labels
(`SECRETARY OF DEFENSE ANA K. OSTROVA III:`), labels behind bullets and `>>` marks,
diarizer ids (`spk03:`, `SPEAKER_01:`), bare `Q`/`A` paragraphs, names alone on a line in
earnings-call exports, and the shapes a fresh unseen check found (see `LABEL_SHAPES`).
Figures are in the `## Label shapes` section of bench/RESULTS.md (copied by hand; this
script writes nothing).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import layoutgen  # noqa: E402
import layouts  # noqa: E402

if __name__ == "__main__":
    layouts.FAMILIES = layoutgen.LABEL_SHAPES
    if "--write" in sys.argv:
        sys.exit("bench/label_shapes.py writes nothing; copy its table by hand")
    layouts.main()
