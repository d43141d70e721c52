"""Chaired caption transcripts: a parliament's question time on a video site.

No labels: each caption line has a timestamp glued to it (`00:14Prime Minister.`), and
the turns change where the chair calls the next member in a short line of its own:
`I now call Dame Ana Ruiz.`, an office (`Prime Minister.`, `The Home Secretary.`), or a
member already called (`Dame Ana.`). The called member speaks until the next call; the
chair's lines (and its opening before the first call) are the chair's, `Speaker` (the
office is the name: no role, so it is never shown `Speaker, Speaker`). The page title names
the office holder (`Prime Minister's Questions with Tom Vale`): a call of that office is
theirs, and after a member's question (a line that ends in `?`) the holder answers without
being called.
"""

from __future__ import annotations

import re

from briefing_cli.transcript import roles
from briefing_cli.transcript.common import Mark, lazy_pattern

CHAIR = "Speaker"
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Rt\.?\s+Hon\.?)"
_WORD = r"[A-Z][\w'’\-]*"
# `I now call Dame Ana Ruiz.`, `I call on the Minister.`
_CALL = lazy_pattern(rf"^(?:And\s+)?I\s+(?:now\s+)?call(?:\s+on)?\s+(?:the\s+)?"
                     rf"(?P<who>{_WORD}(?:\s+(?:of\s+the\s+|of\s+|for\s+)?{_WORD}){{0,5}})\.?$")
# `Prime Minister.`, `The Home Secretary.`, `Dame Ana.`, `Ana Ruiz.` (a caption may drop the
# stop: `The Prime Minister`)
_BARE = lazy_pattern(rf"^(?:The\s+)?(?P<who>{_WORD}(?:\s+(?:of\s+the\s+|of\s+|for\s+)?"
                     rf"{_WORD}){{0,4}})\.?$")
_TITLED = re.compile(rf"^{_TITLES}\s+")
# `Prime Ministers Questions with Tom Vale`, `Questions to the Prime Minister, Tom Vale`
_QUESTIONS = lazy_pattern(
    rf"(?P<office>{_WORD}(?:\s+{_WORD}){{0,3}}?)(?:['’]s|s['’]?)?\s+Questions\s+"
    rf"(?:with|to)\s+(?:the\s+{_WORD}(?:\s+{_WORD}){{0,3}},?\s+)?(?P<name>{_WORD}\s+{_WORD})")
_MIN_CALLS = 2


def _office_key(words: str) -> str:
    return re.sub(r"^the\s+", "", words.strip().lower())


def _holder(header: str) -> tuple[str, str] | None:
    """(name, office) of the office holder the page title names."""
    match = _QUESTIONS.search(header)
    if match is None:
        return None
    office = re.sub(r"(?:['’]s|s['’]?)$", "", match.group("office"))
    if roles.role_line(office) is None:
        return None
    return match.group("name"), office


def _person(who: str) -> str:
    return _TITLED.sub("", who).strip()


def marks(text: str, stamps: list[tuple[int, int]], header: str) -> dict[int, Mark] | None:
    """Marks for a timed block whose turns a chair hands over; None when no chair calls
    (at least two calls, one of them `I call ...`). `stamps` are (line start, where the
    speech starts) for each stamped line; `header` is the page text above the block."""
    holder = _holder(header)
    called: dict[str, str] = {}  # a called member's words (not titles) -> their name
    calls: dict[int, tuple[str, str | None]] = {}  # line start -> (callee, role)
    explicit = 0
    for line, speech in stamps:
        end = text.find("\n", speech)
        said = text[speech:end if end >= 0 else len(text)].strip()
        if len(said) > 80:
            continue
        match = _CALL.match(said)
        bare = match is None
        match = match or _BARE.match(said)
        if match is None:
            continue
        who = match.group("who")
        office = roles.role_line(who) if not _TITLED.match(who) else None
        if office is not None:
            if holder is not None and _office_key(who) == _office_key(holder[1]):
                calls[line] = (holder[0], holder[1])
            else:
                calls[line] = (who, who)
        elif not bare or _TITLED.match(who):
            name = _person(who)
            if not name:
                continue
            known = next((called[w] for w in name.split() if w in called), None)
            if known is None and (bare and len(name.split()) < 2):
                continue
            name = known or name
            for word in name.split():
                called.setdefault(word, name)
            calls[line] = (name, None)
        else:
            known = next((called[w] for w in who.split() if w in called), None)
            if known is None:
                continue
            calls[line] = (known, None)
        explicit += not bare
    if len(calls) < _MIN_CALLS or not explicit:
        return None
    found: dict[int, Mark] = {}
    speaking: tuple[str, str | None] | None = None
    asked = False
    for line, speech in stamps:
        if line in calls:
            found[line] = Mark(CHAIR, speech)
            speaking = calls[line]
            asked = False
            continue
        if speaking is None:  # the chair opens the sitting before the first call
            found[line] = Mark(CHAIR, speech)
            continue
        who = speaking
        if asked and holder is not None and speaking[0] != holder[0]:
            who = speaking = (holder[0], holder[1])  # the holder answers the question
        found[line] = Mark(who[0], speech, role=who[1])
        end = text.find("\n", speech)
        asked = text[speech:end if end >= 0 else len(text)].rstrip().endswith("?")
    return found


__all__ = ["CHAIR", "marks"]
