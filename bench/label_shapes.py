"""Label shapes seen on real published transcripts, on real meeting turns.

    python bench/label_shapes.py [--window 60] [--repeats 2] [--family NAME] [--errors N]

Same machinery and data as bench/layouts.py (QMSum meeting turns read in place from
`../shared/eval/`, never copied here), with the families of tests/labelgen.py: documents
with only one or two strongly shaped office labels (`SECRETARY OF DEFENSE ANA K. OSTROVA
III:`), labels behind bullets and `>>` marks, diarizer ids (`spk03:`, `SPEAKER_01:`), bare
`Q`/`A` paragraphs, and names alone on a line in earnings-call exports. Figures are in the
`## Label shapes` section of bench/RESULTS.md (copied by hand; this script writes nothing).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import labelgen  # noqa: E402
import layouts  # noqa: E402

if __name__ == "__main__":
    layouts.FAMILIES = labelgen.FAMILIES
    if "--write" in sys.argv:
        sys.exit("bench/label_shapes.py writes nothing; copy its table by hand")
    layouts.main()
