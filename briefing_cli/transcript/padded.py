"""Initials padded with spaces as labels (a WHO-style press conference transcript).

    CL          Hello and welcome ... My name is Christian Lindmeier ...
    00:01:00
    TAG        Thank you, Christian. Good morning ...

No colon: two to four capital letters at a line start, then a run of spaces (or a tab),
then the speech. The initials stand for a person the text names somewhere (a moderator
introducing the participants, a self-introduction, the header): `TAG` is Tedros Adhanom
Ghebreyesus, titles (`Dr`) left out. Initials nobody's name matches stay initials. The
roles come from the introductions (`Dr Jane Roe, Technical Lead on Monkeypox`) through the
same registry seeding as labelled transcripts. Detection is one pass over the lines and
one over the capitalised runs of the text; the document is then a labelled transcript.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_cli.models import Document, Transcript
from briefing_cli.nlp import nonblank_line_spans
from briefing_cli.speakers import SpeakerRegistry, is_title
from briefing_cli.transcript import roles
from briefing_cli.transcript.common import (
    Mark,
    lazy_pattern,
    parse_marked,
    seeded_registry,
    viewer_furniture,
)

LAYOUT = "labelled"

# `CL          Hello`: initials, two spaces or more (or a tab), then a capital or a quote.
_PADDED = lazy_pattern(r"[^\S\n]{0,8}(?P<label>[A-Z]{2,4})(?:[^\S\n]{2,}|\t)(?=[^\s\d])")
# A run of capitalised words (accented letters too): `Dr Ibrahima Socé Fall`.
# A name may be hard-wrapped over two lines (`... Wanjiru\n Nakamura`).
_RUN = lazy_pattern(
    r"[A-Z][^\W\d_]*\.?(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[A-Z][^\W\d_]*\.?)+")
_CONNECTORS = frozenset({"of", "on", "for", "the", "and", "to", "at", "in", "&"})
_SINGLE = lazy_pattern(r"[^\S\n]{0,8}(?P<label>[A-Z]{2,4})[^\S\n](?=[A-Z][a-z])")
# Capitals that open a line of speech as a word, not as anyone's initials.
_ACRONYMS = frozenset("""
us un eu uk usa who nato ceo cfo tv ok ai gdp covid fbi cia nasa nhs mp mps pm dr mr ms mrs
""".split())
_INITIALS = lazy_pattern(r"[A-Z]{2,4}")
_LIMIT = 200_000  # characters searched for the names (linear, bounded)


def _labels(text: str) -> tuple[dict[int, tuple[str, int]], dict[int, tuple[str, int]]]:
    """Line start -> (initials, where the speech starts): padded, and with one space (as a
    web page or a PDF collapses the padding: `ML Good morning`)."""
    found: dict[int, tuple[str, int]] = {}
    single: dict[int, tuple[str, int]] = {}
    for start, end in nonblank_line_spans(text):  # (a blank line holds no initials)
        match = _PADDED.match(text, start, end)
        if match is not None:
            found[start] = (match.group("label"), match.end())
            continue
        match = _SINGLE.match(text, start, end)
        if match is not None and match.group("label").lower() not in _ACRONYMS:
            single[start] = (match.group("label"), match.end())
    return found, single


def names(text: str, keys: set[str], opening: int | None = None) -> dict[str, str]:
    """Initials (of `keys`) -> the first name of two to four capitalised words (titles left
    out) that they abbreviate: anywhere before `opening` (the header and the moderator's
    first turn), after it only where someone is introduced (`My name is`, `we have`), so a
    place or a body named in the speech is never taken for a speaker."""
    out: dict[str, str] = {}
    if not keys:
        return out
    opening = len(text) if opening is None else opening
    for run in _RUN.finditer(text, 0, min(len(text), _LIMIT)):
        if run.start() >= opening and _CUE.search(text, max(0, run.start() - 60),
                                                  run.start()) is None:
            continue
        words = [w.rstrip(".") for w in run.group().split()]
        words = [w for w in words if not is_title(w) and not w.isupper()]
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 4) + 1):
                if any(w.lower() in _BODIES for w in words[i:j + 1]):
                    break  # `Eastbay Harbor Authority`: a body, not a person
                initials = "".join(w[0] for w in words[i:j])
                if initials in keys and initials not in out:
                    out[initials] = " ".join(words[i:j])
        if len(out) == len(keys):
            break
    return out


_BODIES = frozenset("""
authority agency institute council ministry department office committee commission bank
board organization organisation union university college hospital county city service
services programme program group association foundation fund court
""".split())
# Words that introduce a person, just before their name.
_CUE = lazy_pattern(
    r"(?i:my\s+name\s+is|i'm|i’m|i\s+am|this\s+is|we\s+have|with\s+us|introduce|welcome|"
    r"joined\s+by|joining\s+us|hand\s+over\s+to|over\s+to)[^\S\n]+(?:\w+[^\S\n]+){0,3}$")


# What follows a name in an introduction: `, Technical Lead on Monkeypox.` / `, Regional
# Director, and ...`; the role is cut at the sentence's end or where the next name starts.
_APPOSITION = lazy_pattern(
    r",\s*(?P<role>(?:[^.;:\n]|\n(?![^\S\n]*\n)){3,120}?)\s*"
    r"(?=[.;:]|\n[^\S\n]*\n|,\s*(?:and|Dr|we|then)\b|$)")


def _role(text: str, name: str) -> str | None:
    """The role an introduction gives after the first mention of `name`, if any."""
    mention = re.search(r"\s+".join(map(re.escape, name.split())), text[:_LIMIT])
    if mention is None:  # (a name hard-wrapped over two lines is still found)
        return None
    match = _APPOSITION.match(text, mention.end())
    if match is None:
        return None
    parts = match.group("role").split(",")
    for n in range(len(parts), 0, -1):  # `Assistant Director-General, Access to ...`
        role = roles.role_line(",".join(parts[:n]).strip())
        if role is not None:
            return role
    # A title the role vocabulary does not know (`Technical Lead on Monkeypox`, `WHO
    # Director-General`): capitalised words, small connecting words between them.
    words = parts[0].split()
    if 2 <= len(words) <= 10 and words[0][:1].isupper() and words[-1][:1].isupper() and all(
            w[:1].isupper() or w in _CONNECTORS for w in words):
        return " ".join(words)
    return None


def _marks(document: Document) -> dict[int, Mark]:
    return dict(_cached_marks(document))


@lru_cache(maxsize=1)
def _cached_marks(document: Document) -> dict[int, Mark]:
    # Once per document: the layout vote asks, then the parse of a labelled text again.
    text = document.text
    keyed = _keyed(text)
    if keyed:
        return keyed
    found, single = _labels(text)
    collapsed = len(found) < 2
    if collapsed:  # the padding lost: only when most of those lines are people named
        found = single
        if len(found) < 2:
            return {}
    offsets = sorted(found)
    resolved = names(text, {label for label, _ in found.values()}, offsets[1])
    if not resolved or (collapsed and (len(resolved) < 2 or 2 * sum(
            label in resolved for label, _ in found.values()) < len(found))):
        return {}
    stated = {name: _role(text, name) for name in resolved.values()}
    return {offset: Mark(resolved.get(label, label), body, role=stated.get(resolved.get(label, "")))
            for offset, (label, body) in found.items()}


# A transcript that gives its speaker key first (`Speaker key: FC Fadela Chaib TAG Dr Tedros
# Adhanom Ghebreyesus MK Dr Maria Van Kerkhove ...`), then uses the initials with one space
# as labels, often with the line breaks lost (`... 00:00:49 FC Hello, everybody. ... the
# floor. TAG Thank you, Fadela.`).
_KEY = lazy_pattern(r"(?i:speaker[^\S\n]+key|speakers?)[^\S\n]*:[^\S\n]*")
_KEY_PAIR = lazy_pattern(
    r"[^\S\n]*(?P<ini>[A-Z]{2,4})[^\S\n]+(?P<name>(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[^\S\n]+)?"
    r"[A-Z][a-z][\w'’\-]*(?:[^\S\n]+(?:[A-Z][a-z][\w'’\-]*|van|von|de|der|da|di|bin)){0,4})")
_KEYED_LABEL = lazy_pattern(
    r"(?:(?<=[.?!…\"”’)\]][^\S\n])|(?<=\d:\d\d[^\S\n])|(?<=\n)|(?<=\n[^\S\n]))"
    r"(?P<ini>[A-Z]{2,4})[^\S\n]+(?=[^\s\d])")
_CUED = lazy_pattern(r"\d:\d\d[^\S\n]$")  # a time cue right before a label


def _keyed(text: str) -> dict[int, Mark]:
    """Initials labels read through the speaker key the transcript opens with; none unless
    a key of two people or more is found in the first part of the text and its initials
    label two turns or more after it (or one, cued by a time stamp; the key repeated by a
    page viewer's preview is none)."""
    key = _KEY.search(text, 0, min(len(text), 5000))
    if key is None:
        return {}
    people: dict[str, str] = {}
    at = key.end()
    while (pair := _KEY_PAIR.match(text, at)) is not None:
        people.setdefault(pair.group("ini"), pair.group("name"))
        at = pair.end()
    if len(people) < 2:
        return {}
    marks = {match.start(): Mark(people[match.group("ini")], match.end())
             for match in _KEYED_LABEL.finditer(text, at)
             if match.group("ini") in people and not _key_again(text, match.start(), people)}
    if len(marks) == 1 and _CUED.search(text, max(0, min(marks) - 12), min(marks)) is None:
        return {}  # one label after the key: only a time cue before it (`00:00:55 TJ Hello`)
    return marks if marks else {}


def _key_again(text: str, start: int, people: dict[str, str]) -> bool:
    """The speaker key repeated (a viewer's preview of the page: `TJ Ana Ruiz MK Dr Mark
    Keller ...`): two of its pairs in a row, as the key gave them, are no label."""
    for _ in range(2):
        pair = _KEY_PAIR.match(text, start)
        if pair is None or people.get(pair.group("ini")) != pair.group("name"):
            return False
        start = pair.end()
    return True


def score(document: Document) -> bool:
    """Two padded-initials labels or more, at least one of them a name the text gives (with
    the padding collapsed to one space, two names or more, on most of those lines)."""
    return bool(_marks(document))


class _Registry(SpeakerRegistry):
    """A registry that keeps initials nobody's name matches as they are written (`RG`, not
    `Rg`), and never looks them up in the text as a surname."""

    def __init__(self) -> None:
        super().__init__()
        self.initials: dict[str, str] = {}

    def label(self, label: str, role: str | None = None) -> str:
        key = self.initials.get(label)
        return key if key is not None else super().label(label, role)


def parse(document: Document) -> Transcript:
    marks = _marks(document)
    registry = _Registry()
    named = {offset: m for offset, m in marks.items() if not _INITIALS.fullmatch(m.label)}
    for mark in named.values():  # the introduction's role first: the seeding may cut it
        if mark.role is not None:
            registry.add(mark.label, role=mark.role)
    if not _keyed(document.text):  # (a key's names are whole: `RB Rafa` is no first name)
        seeded_registry(document, named, registry)
    for mark in marks.values():
        if _INITIALS.fullmatch(mark.label) and mark.label not in registry.initials:
            registry.initials[mark.label] = registry.fixed(mark.label)
    return parse_marked(document, LAYOUT, marks, registry,
                        narration=viewer_furniture(document.text, marks))


__all__ = ["LAYOUT", "names", "parse", "score"]
