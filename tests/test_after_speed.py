"""The shortcuts of the stages after attribution give the full checks' answers.

Each shortcut skips work only where it cannot change the result; these tests compare it
with the check it stands for, on generated text and on every line of the fixtures.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli import furniture
from briefing_cli.transcript.common import FURNITURE

ROOT = Path(__file__).resolve().parent.parent
# Words and marks the furniture patterns are made of, and some plain ones.
PIECES = [
    "We", "use", "uses", "cookies", "cookie", "COOKIE", "policy", "accept", "all", "Cookies",
    "member", "of", "this", "blog", "Blog", "administrator", "Also", "Read", ":", "|", "»",
    "Share", "Facebook", "Positive", "very", "Negative", "12:01", "-", "12:09", "(9", "sec)",
    "Segment", "3", "of", "7", "Advertisement", "Posted", "by", "Tags", "Link", "to", "March",
    "5,", "2026", "WASHINGTON,", "Jan.", "—", "https://example.com", "www.x.org", "___",
    "No", "comments", "provisional", "translation", "budget", "harbour", "plan.", "The",
    "Kelvin", "\u212a", "\u017f", "é", " ", "  ", "\t",
]


def _text(words: list[str]) -> str:
    return " ".join(words)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map(_text))
def test_quick_furniture_match_is_the_full_match(text: str) -> None:
    assert furniture._furniture_match(text) == (FURNITURE.match(text) is not None)


def test_quick_furniture_drops_only_the_scanning_branches() -> None:
    """The quick pattern leaves out exactly the two branches that scan for `cookie` and
    `blog`, and every alternative of each holds that word (if FURNITURE changes there,
    `_SCANNING` must be looked at again)."""
    parts = furniture._top_branches(FURNITURE.pattern)
    assert parts is not None
    dropped = [b for b in parts[1] if any(w in b.lower() for w in furniture._SCANNING)]
    assert furniture._QUICK_FURNITURE is not FURNITURE
    assert [" ".join(b.split()) for b in dropped] == [
        r"[^\n]{0,200}(?i:we[^\S\n]+use[^\S\n]+cookies|uses[^\S\n]+cookies| "
        r"cookie[^\S\n]+(?:policy|settings|preferences|notice|consent)| "
        r"accept[^\S\n]+(?:all[^\S\n]+)?cookies)[^\n]{0,200}",
        r"[^\n]{0,80}(?i:member[^\S\n]+of[^\S\n]+this[^\S\n]+blog|blog[^\S\n]+administrator) "
        r"[^\n]{0,120}",
    ]


def test_quick_furniture_match_on_every_fixture_line() -> None:
    files = [*ROOT.glob("samples/*"), *ROOT.glob("tests/fixtures/*")]
    lines = {line.strip() for f in files if not f.name.endswith(".json")
             for line in f.read_text(encoding="utf-8", errors="replace").splitlines()}
    assert len(lines) > 500
    for line in lines:
        assert furniture._furniture_match(line) == (FURNITURE.match(line) is not None), line

