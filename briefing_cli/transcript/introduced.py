"""Auto-caption text of a news conference without labels, often one long paragraph: the
first voice (a spokesperson, an official) introduces the main speaker by title and name
(`The first is going to be police chief ana ruiz`, `Police chief Ana Ruiz is here to go
over ...`) and hands over inside the line: `... without further delay. Chief Ruiz. Good
evening.`, `chief, ruiz thanks tom.`. The text from the hand-over on is the introduced
speaker's (the rest of the document: a caption page never marks the next change); the
introduction before it is the first voice's, unnamed (narration here). Names may be all
lower case, with stray commas (speech to text).
"""

from __future__ import annotations

import re

from briefing_cli.models import Document, Transcript
from briefing_cli.transcript import labelled
from briefing_cli.transcript.common import Mark, lazy_pattern, parse_marked, seeded_registry

LAYOUT = "monologue"
_LOOK = 1500  # characters of the body where the introduction stands
_REACH = 2500  # characters after the introduction where the hand-over may be
_TITLE = (r"police\s+chief|fire\s+chief|chief\s+of\s+police|deputy\s+chief|sheriff|"
          r"undersheriff|mayor|district\s+attorney|county\s+attorney|u\.?s\.?\s+attorney|"
          r"commissioner|superintendent|governor|captain|lieutenant|sergeant|detective|"
          r"chief")
# `police chief ana, ruiz` / `Police chief Ana Ruiz`: a title, then two name words
_INTRO = lazy_pattern(rf"\b(?P<title>(?i:{_TITLE}))[,\s]+(?P<first>[A-Za-z][\w'’\-]+)"
                      rf"[,\s]+(?P<last>[A-Za-z][\w'’\-]+)")
# what an introducer says around the name
_CUE = lazy_pattern(r"(?i:\b(?:speakers?|first|introduce|welcome|going\s+to\s+go\s+over|"
                    r"here\s+to|hear\s+from|he's\s+with|she's\s+with|will\s+(?:go\s+over|"
                    r"speak|give|update|brief)))")
_FURTHER = lazy_pattern(r"(?i:without\s+further\s+(?:delay|ado))[^.!?]{0,20}[.!?,]\s*")
_GREETING = lazy_pattern(r"(?i:good\s+(?:morning|afternoon|evening))\b")
_QUOTES = lazy_pattern(r"[\"“”]")
_NOT_NAME = frozenset("""
a an the and he she he's she's her his is was will who with going to be then we our
this that it they their from of for at in on here there so just i i'm we're you
""".split())


def _person(match: re.Match[str]) -> tuple[str, str, str] | None:
    first, last = match.group("first"), match.group("last")
    if first.lower() in _NOT_NAME or last.lower() in _NOT_NAME:
        return None
    return f"{first.title()} {last.title()}", last.lower(), " ".join(
        w.title() for w in match.group("title").split())


def _handover(text: str, start: int, end: int, surname: str, title: str) -> int | None:
    """Where the introduced speaker starts, between `start` and `end`."""
    further = _FURTHER.search(text, start, end)
    if further is not None:
        cut = further.end()
        # `Chief Ruiz.` (however garbled) after it: the introducer's call
        sentence = re.match(r"[^.!?\n]{1,30}[.!?]\s*", text[cut:end])
        if sentence and (surname in sentence.group().lower()
                         or title.split()[-1].lower() in sentence.group().lower()) \
                and len(sentence.group().split()) <= 4:
            cut += sentence.end()
        return cut
    # `chief, ruiz thanks tom.`: the introducer calls, the speaker thanks him
    thanks = re.compile(rf"\b(?:{re.escape(title.split()[-1].lower())}|{re.escape(surname)})"
                        rf"[,.]?\s+(?:{re.escape(surname)}[,.]?\s+)?(?=(?:thanks|thank\s+you)\b)",
                        re.IGNORECASE).search(text, start, end)
    if thanks is not None:
        return thanks.end()
    greeting = _GREETING.search(text, start, end)
    return greeting.start() if greeting is not None else None


def marks(document: Document, news: bool = False) -> dict[int, Mark] | None:
    """The introduced speaker's mark at the hand-over; None without an introduction and a
    hand-over, or with any speaker label in the text. In `news`-like text the hand-over
    must not be quoted (an article quoting a chief's `Good evening`)."""
    text = document.text
    if labelled.find_marks(document):
        return None
    body = 0
    for match in _INTRO.finditer(text, 0, min(len(text), _LOOK + 600)):
        person = _person(match)
        if person is None:
            continue
        context = text[max(0, match.start() - 120):match.end() + 120]
        if _CUE.search(context) is None:
            continue
        name, surname, title = person
        cut = _handover(text, match.end(), min(len(text), match.end() + _REACH), surname,
                        title)
        if cut is None or cut <= body or cut >= len(text) - 1:
            continue
        if news and _QUOTES.search(text, match.start(), min(len(text), cut + 300)):
            continue
        return {cut: Mark(name, cut, role=title)}
    return None


def parse(document: Document, news: bool = False) -> Transcript | None:
    found = marks(document, news)
    if found is None:
        return None
    registry = seeded_registry(document, found)
    return parse_marked(document, LAYOUT, found, registry)


__all__ = ["marks", "parse"]
