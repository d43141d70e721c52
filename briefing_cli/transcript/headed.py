"""Speaker headings on a line of their own, the text on the lines after:

- earnings-call style `Jane Doe -- Chief Executive Officer`, and `John Roe -- Barclays --
  Analyst` for an analyst (role `Analyst, Barclays`; analysts' turns are questions);
- a name in capitals alone on a line (`SENATOR JANE DOE`, `MODERATOR`), optionally with a
  note in brackets (`MS. DOE (via video)`);
- `Operator`, `Moderator` and kin alone on a line.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from briefing_cli.models import Document, Transcript
from briefing_cli.speakers import PRESS_LABELS, SpeakerRegistry, display_words, is_title
from briefing_cli.transcript import roles
from briefing_cli.transcript.common import (
    FURNITURE,
    PROCEDURAL,
    Mark,
    each_line,
    lazy_pattern,
    line_matches,
    line_pattern,
    marked_share,
    parse_marked,
    seeded_registry,
)

LAYOUT = "headed"

_DASH = r"[^\S\n]+(?:--|—|–|-)[^\S\n]+"
_NAME = r"[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,4}"
# `Jane Doe -- Chief Executive Officer` / `John Roe -- Barclays -- Analyst`
_ROLE_LINE = re.compile(
    rf"^[^\S\n]*(?P<name>{_NAME}){_DASH}(?P<first>[^\n]{{1,80}}?)"
    rf"(?:{_DASH}(?P<second>[^\n]{{1,60}}?))?[^\S\n]*$")
# `Jane Roe (Chief Financial Officer)` / `Jane Roe (Acme Corp - CFO)`: event and
# earnings-call exports put the title in brackets after the name.
_PAREN_LINE = re.compile(
    rf"^[^\S\n]*(?P<name>{_NAME})[^\S\n]*\((?P<first>[^()\n]{{1,80}}?)"
    rf"(?:{_DASH}(?P<second>[^()\n]{{1,60}}?))?\)[^\S\n]*$")
# Notes in brackets that are not titles: a party (`(R-TX)`), stage directions.
_NOT_TITLES = re.compile(
    r"^(?:[DRI](?:-[A-Z]{2})?|(?i:via\b.*|inaudible|crosstalk|laughter|applause|"
    r"off[- ]mic|voice[- ]over|translated|interpreter|video|audio|cont(?:inued|'d)?\.?))$")
# `SENATOR JANE DOE` / `MR. SMITH` / `MODERATOR (via video)`
_CAPS_LINE = re.compile(
    r"^[^\S\n]*(?P<name>[A-Z][A-Z.'’\-]*(?:[^\S\n]+[A-Z][A-Z.'’\-]*){0,5})"
    r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*:?[^\S\n]*$")
# `Jane Doe` alone on a line (title case, two to four words), maybe after a bullet.
_NAME_LINE = re.compile(
    r"[^\S\n]*(?:[•·▪◦‣*\-–—][^\S\n]+)?(?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){1,3})[^\S\n]*$")
_ALONE = frozenset({"operator", "moderator", "host", "interviewer", "presenter", "anchor",
                    "announcer", "narrator", "question", "answer", "q", "a"})
_NOT_NAMES = frozenset("""
transcript end update note contents advertisement related more prepared remarks questions
answers call participants presentation operator instructions disclaimer copyright
introduction agenda summary break recess applause laughter crosstalk inaudible
chamber
""".split()) - _ALONE  # (`Commons Chamber`: a debate site's heading)
_QUESTION_ROLES = ("analyst",)


# A bullet before a heading: `  • Operator`.
_BULLET = re.compile(r"^[^\S\n]*[•·▪◦‣*\-–—][^\S\n]+(?=\S)")


# A debate page's speaker heading after the portrait's alt text: `Lord Lansley Portrait The
# Leader of the House of Commons (Mr Andrew Lansley)`, `John Spellar Portrait Mr Spellar`.
_PORTRAIT = re.compile(
    r"^[^\S\n]*[A-Z][\w'’\-]*(?:[^\S\n]+[A-Z][\w'’\-]*){0,3}[^\S\n]+Portrait[^\S\n]+"
    r"(?P<label>[A-Z][^()\n]{0,120}?)[^\S\n]*(?P<notes>(?:\([^()\n]{1,80}\)[^\S\n]*)*)$")
_NOTED_NAME = lazy_pattern(
    r"\((?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?[^\S\n]+[^()\n]+)\)")
# The line under such a heading: `- Hansard - - - Excerpts`.
_DASHED = lazy_pattern(r"^[^\S\n]*-[^\S\n]*(?:[A-Za-z]+[^\S\n]*)?(?:-[^\S\n]*)+(?:[A-Za-z]+)?"
                     r"[^\S\n]*$")


# A member's heading in a parliament's record: `Ms Ana Keller (Broxholm) (Lab)`, `Baroness
# Keller (CB)`: a name, maybe the seat, and a party's short name in brackets, alone on a line;
# or the office with the name in brackets: `The Minister for Housing (Ana Keller)`.
_PARTY = (r"(?:Con|Lab|LD|Lib[^\S\n]?Dem|SNP|Ind|CB|Green|DUP|PC|SDLP|UUP|Alba|Reform|"
          r"Lab/Co-op|Co-op|Non-Afl|Bp|TUV|Ind[^\S\n]+(?:Con|Lab)|Spk)")
_MEMBER = lazy_pattern(
    r"^[^\S\n]*(?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+(?:[A-Z][\w.'’\-]*|of|the|de|van|von)){0,6})"
    r"(?:[^\S\n]*\((?P<seat>[A-Z][^()\n]{1,60})\))?"
    rf"[^\S\n]*\({_PARTY}\)[^\S\n]*$")
_OFFICE_MEMBER = lazy_pattern(
    r"^[^\S\n]*The[^\S\n]+(?P<office>[A-Z][^()\n]{2,100}?)[^\S\n]*"
    r"\((?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){1,4})\)"
    rf"(?:[^\S\n]*\({_PARTY}\))?[^\S\n]*$")


def _member(line: str) -> tuple[str, str | None, bool] | None:
    match = _MEMBER.match(line)
    if match is not None and match.group("name").split()[-1].lower() not in _NOT_NAMES:
        return match.group("name"), None, False
    match = _OFFICE_MEMBER.match(line)
    if match is not None and any(is_title(w) for w in match.group("office").split()):
        return match.group("name"), match.group("office"), False
    return None


# What the part after a dash names when the line is a title, not a speaker: `Acme Digital -
# Q1 2025 Earnings Call`, `Northwind Foods - Investor Day 2031`.
_EVENT = lazy_pattern(r"(?i)\b(?:Q[1-4]|H[12]|FY\d{0,4}|fiscal|quarter|quarterly|earnings|"
                    r"conference[^\S\n]+call|results|transcript|webcast|investor[^\S\n]+day|"
                    r"annual[^\S\n]+(?:general[^\S\n]+)?meeting)\b|\b(?:19|20)\d{2}\b")


def _portrait(line: str) -> tuple[str, str | None, bool] | None:
    match = _PORTRAIT.match(line)
    if match is None:
        return None
    label = match.group("label").strip()
    named = _NOTED_NAME.search(match.group("notes"))
    if named is not None and not named.group("name").rstrip().endswith(")"):
        role = re.sub(r"^(?:The|the)\s+", "", label)
        return named.group("name").strip(), role if any(is_title(w) for w in role.split()) \
            else None, False
    return label, None, False


def _heading(line: str) -> tuple[str, str | None, bool] | None:
    """(label, role, asks) when a line is a speaker heading."""
    # (Each expression is tried only on a line holding its literal parts: `Portrait`, a
    # closing bracket at the end, a dash.)
    portrait = _portrait(line) if "Portrait" in line else None
    if portrait is not None:
        return portrait
    glued = _glued_member(line) if "Hon" in line or "Link to this" in line else None
    if glued is not None:
        return glued
    shared = _shared_member(line) if "Link to this" in line or "Share this" in line else None
    if shared is not None:
        return shared
    closed = line.rstrip().endswith(")")
    if closed:
        member = _member(line)
        if member is not None:
            return member
        participant = _participant(line)
        if participant is not None:
            return participant
    bullet = _BULLET.match(line)
    if bullet is not None:
        line = line[bullet.end():]
    stripped = line.strip()
    if not stripped or len(stripped) > 120 or PROCEDURAL.match(line):
        return None
    if stripped.lower().rstrip(":") in _ALONE:
        return stripped.rstrip(":"), None, False
    match = _ROLE_LINE.match(line) if "-" in line or "—" in line or "–" in line else None
    if match and not stripped.endswith((".", "?", "!", ",", "--", "—")):
        name = match.group("name")
        first, second = match.group("first").strip(), (match.group("second") or "").strip()
        if _name_like(name) and _role_like(first) and (not second or _role_like(second)) \
                and not _EVENT.search(match.group(0)[match.end("name"):]) \
                and not _page_note(name, first, second):
            if second:  # `Barclays -- Analyst`
                role = f"{second}, {first}"
            else:
                role = first
            asks = any(word in role.lower() for word in _QUESTION_ROLES)
            return name, role, asks
    match = _PAREN_LINE.match(line) if closed else None
    if match:
        name = match.group("name")
        first, second = match.group("first").strip(), (match.group("second") or "").strip()
        # a company may end in a full stop (`Acme Inc. - CFO`), a title does not
        if _name_like(name) and _role_like(first.rstrip(".") if second else first) and \
                not _NOT_TITLES.match(first) and (not second or _role_like(second)):
            role = f"{second}, {first}" if second else first  # `Acme Corp - CFO`
            return name, role, any(word in role.lower() for word in _QUESTION_ROLES)
    match = _CAPS_LINE.match(line)
    if match and _name_like(match.group("name")) and not match.group("name").endswith("."):
        return match.group("name"), None, False
    return None


# An earnings-call export's heading for whoever is not an executive: `Operator
# (participant)`, `Ana Ruiz (participant)`; executives get their title in the brackets
# (`Bruno Roe (Head of Investor Relations)`, read by `_PAREN_LINE`). A participant other than
# the operator is an analyst: their turns ask.
_PARTICIPANT = lazy_pattern(
    rf"^[^\S\n]*(?P<name>{_NAME})[^\S\n]*\((?i:participant|analyst|attendee)\)[^\S\n]*$")


def _participant(line: str) -> tuple[str, str | None, bool] | None:
    match = _PARTICIPANT.match(line)
    if match is None or not _name_like(match.group("name")):
        return None
    name = match.group("name")
    return name, None, name.lower() not in _ALONE


# A debate site's speech heading with the member's photo alt text (their surname) glued
# before it, maybe a question's number, and a permalink's caption after it: `Keller11. Hon
# ANA KELLER (Labour—Riverton) Link to this`, `RoeHon Dr BRUNO ROE (Minister for Ports) Link
# to this`, `KellerHon Ana Keller Link to this`. The glued word must be the name's surname.
_GLUED_MEMBER = lazy_pattern(
    r"[^\S\n]*(?P<alt>[A-Z][a-z][\w'’\-]*?)(?:\d{1,3}\.[^\S\n]*)?"
    r"(?P<label>(?:Rt[^\S\n]+)?(?:Hon|Dr|Mr|Mrs|Ms|Miss|Sir|Dame)\.?[^\S\n]+[^()\n]{2,80}?)"
    r"(?:[^\S\n]*\((?P<note>[^()\n]{2,100})\))?[^\S\n]*(?:Link[^\S\n]+to[^\S\n]+this)?[^\S\n]*$")


def _glued_member(line: str) -> tuple[str, str | None, bool] | None:
    match = _GLUED_MEMBER.match(line)
    if match is None:
        return None
    label = " ".join(match.group("label").split())
    surname = label.split()[-1]
    if surname.lower() != match.group("alt").lower() or not _name_like(label):
        return None
    note = match.group("note")
    return label, roles.role_line(note) if note else None, False


# A debate site's speech heading with its share bar after it: `Ana Keller (Tasmania,
# Greens) Share this | Link to this | Hansard source`, `Bruno Roe (Victoria, Liberal Party,
# Minister for Ports) Link to this`, `Ana Keller (President) Share this`. The bracket holds
# the seat and party, then the office, or the office alone; the speech is on the lines below.
_SHARED_MEMBER = lazy_pattern(
    r"^[^\S\n]*(?:[•·▪◦‣*][^\S\n]+)?(?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+(?:[A-Z][\w.'’\-]*|de|van|von)){0,5})"
    r"[^\S\n]*\((?P<note>[^()\n]{2,160})\)[^\S\n]*[|·•]?[^\S\n]*"
    r"(?:Share[^\S\n]+this)?[^\S\n]*[|·•]?[^\S\n]*(?:Link[^\S\n]+to[^\S\n]+this)?"
    r"[^\S\n]*[|·•]?[^\S\n]*(?:(?:Hansard|Permalink)[^\S\n]+source|Permalink)?[^\S\n]*$")


def _shared_member(line: str) -> tuple[str, str | None, bool] | None:
    match = _SHARED_MEMBER.match(line)
    if match is None or "this" not in line[match.end("note"):]:
        return None
    name = " ".join(match.group("name").split())
    if not _name_like(name):
        return None
    parts = [part.strip() for part in match.group("note").split(",") if part.strip()]
    # (seat, party[, office]): the office from the third part on; a lone part is an office
    office = ", ".join(parts[2:]) if len(parts) >= 3 else parts[0] if len(parts) == 1 else ""
    if not office:
        return name, None, False
    # (`Deputy Leader of the Opposition in the Senate`: an office the role lexicon cuts)
    role = roles.role_line(office) or (office if any(is_title(w) for w in office.split())
                                       and len(office.split()) <= 12 else None)
    return name, role, False


_HOSTS = frozenset({"operator", "moderator", "host", "presenter", "announcer"})


def _handed_over(text: str, offset: int, name: str) -> bool:
    """`... hand the conference over to Mr. Steve Filton.` then `Steve Filton` alone on a
    line: a call whose operator introduced the speaker by their whole name."""
    surname = " ".join(name.split())  # the whole name, as the operator said it
    low = max(0, offset - 1500)
    at = text.rfind(surname, low, offset)
    while at != -1:
        end = at + len(surname)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            return True
        at = text.rfind(surname, low, at)
    return False


def _answered(found: dict[int, Mark]) -> bool:
    """A `Question` heading (alone on its line) among the headings: one name that comes back
    between the questions is the one answering, not a page's running head."""
    return any(mark.label.lower() in ("question", "q") for mark in found.values())


def _page_note(name: str, first: str, second: str) -> bool:
    """`Official - Subject to Final Review`, `Draft - Not for Distribution`: a one-word
    "name" over words that are no office is a page's running note, not a speaker."""
    return len(name.split()) == 1 and not second and name.lower() not in _ALONE and \
        roles.role_line(first) is None


def _name_like(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 6:
        return False
    if words[0].lower().strip(".:") in _NOT_NAMES or words[-1].lower().strip(".:") in _NOT_NAMES:
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.isdigit() for ch in name)


def _role_like(role: str) -> bool:
    words = role.split()
    return 0 < len(words) <= 10 and role[:1].isupper() and not role.endswith((".", "?", "!"))


def _plain_line(line: str) -> bool:
    """A line that neither `_heading` nor `_NAME_LINE` can take: a colon with more than
    colons and space after it, and none of what the only expressions that let such a colon
    through need (`Portrait`, a bracket, a dash). Tested first: a few scans, where those
    cost a dozen."""
    colon = line.find(":")
    return colon != -1 and bool(line[colon + 1:].replace(":", "").strip()) \
        and "(" not in line and ")" not in line and "-" not in line and "\u2014" not in line \
        and "\u2013" not in line and "Portrait" not in line


def find_marks(document: Document) -> dict[int, Mark]:
    """Headings by line start offset; the turn's text starts on the next line."""
    text = document.text
    found: dict[int, Mark] = {}
    counts: Counter[str] = Counter()
    with_roles = 0
    titled: dict[int, str] = {}
    analysts = False  # inside an `Analysts` list: `Amy Chu - Barclays` is an analyst
    portraits: set[int] = set()
    for start, end in each_line(text):
        if start == end:  # a blank line: ends an analysts list, heads nothing
            analysts = False
            continue
        if _plain_line(text[start:end]):
            continue  # (no heading, no name, no list key: most lines of a labelled transcript)
        line = text[start:end].strip()
        if line.lower().rstrip(":") in ("analysts", "conference call participants"):
            analysts = True
        elif not line or line.lower().rstrip(":") in ("executives", "corporate participants"):
            analysts = False
        heading = _heading(text[start:end])
        if heading is not None and analysts and heading[1] and \
                not any(is_title(w) for w in heading[1].split()):
            heading = (heading[0], f"Analyst, {heading[1]}", True)
        if heading is None:
            name = _NAME_LINE.match(text, start, end)
            # (`Very Positive`: a tag; `THANK YOU VERY MUCH.`: a caption page's sentence)
            if name and _name_like(name.group("name")) and not FURNITURE.match(line) \
                    and not (name.group("name").endswith(".") and name.group("name").isupper()):
                titled[start] = " ".join(name.group("name").split())
            continue
        label, role, asks = heading
        if _PORTRAIT.match(text[start:end]) or (line.endswith(")") and _member(line)):
            portraits.add(start)  # strongly shaped: sure even alone
        elif role is None and line.endswith(")") and _participant(line):
            portraits.add(start)  # `Ana Ruiz (participant)`: as sure
        elif ("Link to this" in line or "Share this" in line) and _shared_member(line):
            portraits.add(start)  # `Ana Keller (Tasmania, Greens) Share this`: as sure
        elif ("Hon" in line or "Link to this" in line) and _glued_member(line):
            portraits.add(start)  # `RoeHon Dr BRUNO ROE Link to this`: as sure
        found[start] = Mark(label, end, role=role, question=asks)
        counts[label.upper()] += 1
        with_roles += role is not None
    # `Jane Doe` alone on a line: a heading when a `Jane Doe - Role` line named her, or when
    # she comes back at least twice (conference-call transcripts).
    named = {mark.label.upper(): mark.question for mark in found.values()
             if mark.role is not None}
    titled_counts = Counter(label.upper() for label in titled.values())
    hosted = any(mark.label.lower() in _HOSTS for mark in found.values())
    handed: set[int] = set()
    for offset, label in titled.items():
        if hosted and _handed_over(text, offset, label):
            handed.add(offset)
        if label.upper() in named or (titled_counts[label.upper()] > 1 and (
                len(titled_counts) > 1 or _answered(found))) or offset in handed:
            line_end = text.find("\n", offset)
            found[offset] = Mark(label, line_end if line_end != -1 else len(text),
                                 question=named.get(label.upper(), False))
            counts[label.upper()] += 1
    if hosted:
        found.update(_title_lines(text, found))  # `- Director of IR`: the name lost
    members = _member_lines(text, found)  # `Mr. Ana Keller (Broxholm)`, `Mr. Keller`
    found.update(members)
    portraits.update(members)
    clocked, around = _clocked_headings(text, found)  # `3:05 p.m.` / `Ana Keller Liberal`
    found.update(clocked)
    for offset in around:
        found.pop(offset, None)  # (a party line `NDP` is no capitals heading)
    portraits.update(clocked)
    if not found:
        return {}
    # Bare capitals need company: repeated, or among `Name -- Role` headings; a single one
    # (`GOVERNOR ALAN PRICE` before the short `PRICE`) shares a surname with those or comes
    # after them.
    sure = {offset: mark for offset, mark in found.items()
            if mark.role is not None or counts[mark.label.upper()] > 1 or with_roles >= 2
            or mark.label.lower() in _ALONE or offset in handed or offset in portraits}
    if len(sure) < 2:
        return sure
    first = min(sure)
    surnames = {mark.label.split()[-1].upper() for mark in sure.values()}
    return {offset: mark for offset, mark in found.items()
            if offset in sure or offset > first or mark.label.split()[-1].upper() in surnames}


def score(document: Document) -> float:
    """Share of non-blank lines that are speaker headings followed by text; an operator
    and one speaker are enough."""
    marks = find_marks(document)
    hosted = any(mark.label.lower() in _HOSTS for mark in marks.values())
    # two headings that each give a title (`Ana Ruiz (CFO)`) are as sure as an operator's
    titled = sum(1 for mark in marks.values() if mark.role is not None) >= 2
    share = marked_share(document, marks, 2 if hosted or titled else 3)
    if share < _STRONG_SHARE and (_members_only(document.text, marks)
                                  or _titled_call(document.text, marks)
                                  or _clocked_page(document.text, marks)):
        return _STRONG_SHARE
    return share


_STRONG_SHARE = 0.2  # above the headed layout's threshold


def clocked(document: Document) -> bool:
    """Whether the page is a debate record of clocked headings (`_clocked_headings`)."""
    text = document.text
    return ("m." in text or "m\n" in text) and bool(_clocked_headings(text, {})[0])


def _clocked_page(text: str, marks: dict[int, Mark]) -> bool:
    """A debate page of clocked headings (`_clocked_headings`): most of its headings."""
    if "m." not in text and "m\n" not in text:
        return False
    clocked, _ = _clocked_headings(text, {})
    return len(clocked) >= _CLOCKED_MIN and len(clocked) * 2 >= len(marks)


def _members_only(text: str, marks: dict[int, Mark]) -> bool:
    """One or two members' speeches under their headings (`Ana Keller Portrait Ms Ana Keller
    (Broxholm) (Lab)`, `Baroness Keller (CB)`) after a debate page's furniture: a transcript,
    though the headings are few; the speech is most of the page."""
    if not marks or min(marks) > len(text) - min(marks):
        return False
    for offset, mark in marks.items():
        line = text[offset:mark.body_start].strip()
        if not (_PORTRAIT.match(line) or _member(line) or _MEMBER_LINE.match(line)
                or _shared_member(line)
                or _PHOTO_LINE.match(line)):
            return False
        if not any(ch.isalpha() for ch in text[mark.body_start:mark.body_start + 400]):
            return False
    return True


def _markers(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """Lines such as `speaker` that an export repeats before every heading: furniture."""
    before: dict[str, list[int]] = {}
    for offset in marks:
        if offset < 2:
            continue
        line_start = text.rfind("\n", 0, offset - 1) + 1
        line = text[line_start:offset - 1].strip()
        if line and len(line) <= 20 and line.islower() and line.isalpha():
            before.setdefault(line, []).append(line_start)
    under = set()
    for mark in marks.values():
        line_start = mark.body_start + 1
        line_end = text.find("\n", line_start)
        if _DASHED.match(text[line_start:line_end if line_end != -1 else len(text)]):
            under.add(line_start)
    return frozenset(start for starts in before.values() if len(starts) >= 2
                     for start in starts) | under


def parse(document: Document) -> Transcript:
    marks = find_marks(document)
    registry = SpeakerRegistry()
    # Participants lists and `Name -- Role` headings name everyone: register them first.
    for mark in marks.values():
        if mark.role is not None and mark.label.lower() not in PRESS_LABELS:
            registry.add(display_words(mark.label), role=mark.role)
    return parse_marked(document, LAYOUT, marks, seeded_registry(document, marks, registry),
                        narration=_markers(document.text, marks)
                        | _clock_lines(document.text, marks)
                        | _clocked_headings(document.text, {})[1]
                        | _addressees(document.text, marks)
                        | _division_lines(document.text))


# A chamber's record note between speeches: `The Senate divided. [18:23]`, `The House
# divided.`, `The committee divided (14:05)`: the clerk's, never the speaker's before it.
_DIVISION = lazy_pattern(
    r"(?m)^[^\S\n]*The[^\S\n]+(?:Senate|House|Committee|committee|Chamber|Assembly|Council|"
    r"Legislative[^\S\n]+\w+|Dáil|Seanad)[^\S\n]+divided\.?"
    r"(?:[^\S\n]*[\[(]\d{1,2}[:.]\d{2}(?:[^\S\n]*[ap]\.?m\.?)?[\])]\.?)?[^\S\n]*$")


def _division_lines(text: str) -> frozenset[int]:
    if "divided" not in text:
        return frozenset()
    return frozenset(match.start() for match in _DIVISION.finditer(text))


# `- Director of IR` / `- Chairman & CEO` alone on a line: a call's export that lost the
# speaker's name before the dash and kept the title.
_TITLE_ONLY = lazy_pattern(r"(?m)^[^\S\n]*[-–—][^\S\n]*(?P<title>[A-Z][^\n.?!:]{0,60}?)[^\S\n]*$")
# `... turn the call over to Jim Roe, Director of Investor Relations.`, `... over to our
# Chairman and CEO, John Roe.`, `Our next question comes from Ana Ruiz with Larch Capital.`
_HANDED_TO = lazy_pattern(r"\b(?:over[^\S\n]+to|(?:question|line)[^\S\n]+(?:comes[^\S\n]+)?"
                          r"from)[^\S\n]+(?:our[^\S\n]+|the[^\S\n]+)?(?P<rest>[^\n.?!;]{1,160})")
_PERSON = lazy_pattern(r"(?:(?:Mr|Ms|Mrs|Dr)\.?[^\S\n]+)?(?P<name>[A-Z][\w'’\-]+"
                       r"(?:[^\S\n]+[A-Z][\w'’\-]+){1,2})$")
_HAND_BACK = 1500  # characters before a title line where the hand-over names its speaker


def _title_role(title: str) -> bool:
    return roles.role_line(title) is not None or (title.isupper() and 2 <= len(title) <= 5)


def _handed_name(text: str, start: int, end: int) -> str | None:
    """The person the last hand-over in `text[start:end]` names (see `_HANDED_TO`)."""
    name = None
    for hand in _HANDED_TO.finditer(text, start, end):
        rest = hand.group("rest")
        for part in re.split(r",[^\S\n]*|[^\S\n]+(?:with|from)[^\S\n]+", rest)[:2]:
            person = _PERSON.match(part.strip())
            if person is not None and not any(is_title(w) for w in person.group("name").split()):
                name = person.group("name")
                break
    return name


def _title_lines(text: str, found: dict[int, Mark]) -> dict[int, Mark]:
    """Title lines (see `_TITLE_ONLY`) in a call with an operator heading: each heads the
    turn of the person the hand-over just before it names (after the heading before it),
    else of the title itself; the title is the role. One regex scan."""
    out: dict[int, Mark] = {}
    offsets = sorted(found)
    by_title: dict[str, str] = {}  # the name a title line was last given
    previous = 0  # the heading before this line
    for line in _TITLE_ONLY.finditer(text):
        title = " ".join(line.group("title").split())
        if (line.start() in found and found[line.start()].label != title) or \
                not _title_role(title) or len(title.split()) > 8:
            continue  # (`- CFO` read as a name in capitals is the title)
        at = bisect.bisect_left(offsets, line.start())  # (not counting this line)
        previous = max(previous, offsets[at - 1] if at else 0)
        name = _handed_name(text, max(previous, line.start() - _HAND_BACK), line.start())
        asks = any(w in title.lower() for w in _QUESTION_ROLES)
        name = name or (None if asks else by_title.get(title))  # an executive answering
        if name is not None:
            by_title[title] = name
        out[line.start()] = Mark(name or title, line.end(), role=title, question=asks)
        previous = line.start()
    return out


def _titled_call(text: str, marks: dict[int, Mark]) -> bool:
    """A call exported one sentence a line (every line opens something, so the share of
    headings is low): an operator's heading and two title lines or more."""
    hosts = sum(1 for mark in marks.values() if mark.label.lower() in _HOSTS)
    titled = sum(1 for offset, mark in marks.items() if mark.role is not None
                 and _TITLE_ONLY.match(text, offset, mark.body_start) is not None)
    return hosts >= 1 and titled >= 2 and min(marks) < len(text) // 2


# An older parliament record's heading: `Mr. David Keller (Broxholm)`, later `Mr. Keller`, a
# line of its own; a debate site's `Photo of Ana KellerAna Keller (Mayo, Fine Gael)`, the
# photo's alt text glued to the name.
_MEMBER_LINE = lazy_pattern(
    r"[^\S\n]*(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[^\S\n]+[A-Z][\w'’\-]+"
    r"(?:[^\S\n]+[A-Z][\w'’\-]+){0,3})(?:[^\S\n]*\((?P<seat>[A-Z][^()\n]{1,60})\))?[^\S\n]*$")
_PHOTO_LINE = lazy_pattern(
    r"[^\S\n]*Photo[^\S\n]+of[^\S\n]+(?P<alt>[A-Z][^()\n]{2,60}?)(?P<name>(?P=alt))"
    r"[^\S\n]*(?:\((?P<seat>[^()\n]{2,80})\))?[^\S\n]*$")
_MEMBERS_MIN = 2  # member headings of an older record that make it one
_MEMBER_OPENING, _MEMBER_HINT = line_pattern("m",
                                             r"[^\S\n]*(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Photo)\b")


def _member_lines(text: str, found: dict[int, Mark]) -> dict[int, Mark]:
    """Member headings of an older parliament record or a debate site (see `_MEMBER_LINE`),
    each alone on its line with a blank line or the text right under it: two or more of
    `Mr. Name (Seat)` / `Mr. Name`, or any `Photo of NameName (Seat)`. Their speech runs
    to the next heading. One pass over the lines that open with an honorific or `Photo`."""
    out: dict[int, Mark] = {}
    plain: dict[int, Mark] = {}
    for opening in line_matches(_MEMBER_OPENING, _MEMBER_HINT, text):
        start = opening.start()
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if start in found and found[start].role is None:
            continue
        line = text[start:end]
        photo = _PHOTO_LINE.match(line) if opening.group(1) == "Photo" else None
        if photo is not None:
            out[start] = Mark(" ".join(photo.group("name").split()), end)
            continue
        member = _MEMBER_LINE.match(line)
        if member is not None and end < len(text):
            name = " ".join(member.group("name").split())
            seat = member.group("seat")
            # a seat in brackets is no role (`(Spelthorne)`); an office is
            plain[start] = Mark(name, end, role=roles.role_line(seat) if seat else None)
    if len(plain) >= _MEMBERS_MIN and len({m.label for m in plain.values()}) >= 2:
        out.update(plain)
    return out


# `4.31 pm` alone on a line between speeches: the record's time, not speech.
_CLOCK = lazy_pattern(r"(?im)^[^\S\n]*\d{1,2}[.:]\d{2}[^\S\n]*(?:[ap]\.?m\.?)?[^\S\n]*$")


def _clock_lines(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    if not marks:
        return frozenset()
    return frozenset(match.start() for match in _CLOCK.finditer(text, min(marks)))


# A parliament site's speech heading under its clock (openparliament's House of Commons
# pages): a topic line, the time (`3:05 p.m.`, `November 27th, 2018 / 3 p.m.`), maybe the
# party and the riding on lines of their own, then the member with party and riding or office
# (`Ana Keller Liberal Riverton—Eastbay, ON`, `Ana Keller Minister of Ports, Lib.`, glued
# `Ana Keller LiberalMinister of Ports`) or the chair's office first (`The Assistant Deputy
# Speaker NDP Ana Keller`), the speech below. No colon, no capitals: the clock above and the
# heading's own shape (a name, then a party line's words, an office or a riding) make it.
_CLOCK_ABOVE, _CLOCK_HINT = line_pattern(
    "im", r"[^\S\n]*(?:[A-Z][a-z]+[^\S\n]+\d{1,2}(?:st|nd|rd|th)?,[^\S\n]+\d{4}[^\S\n]*/[^\S\n]*)?"
    r"\d{1,2}(?:[:.]\d{2})?[^\S\n]*[ap]\.?m\.?[^\S\n]*$")
_CLOCKED_MIN = 2  # clocked headings that make a page of them
_SMALL = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "de", "du",
                    "la", "le", "des", "et", "responsible", "with", "by"})
_PROVINCE = lazy_pattern(r",[^\S\n]*(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)[^\S\n]*$")  # `, ON`, `, Lib.`


def _title_ish(line: str) -> bool:
    """A short line of capitalised words (a party, a riding, a heading), not a sentence."""
    words = [w for w in re.split(r"[\s—–\-/,]+", line) if any(ch.isalpha() for ch in w)]
    if not words or len(line) > 260 or line.rstrip().endswith(("?", "!")) or any(
            not re.fullmatch(r"[A-Z][a-z]{0,3}", stop.group(1))  # (`St. Catharines`)
            for stop in re.finditer(r"(\S+)[.?!][^\S\n]+[A-Z]", line)):
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and sum(1 for w in big if w[:1].isupper()) * 10 >= len(big) * 8


def _clocked_name(line: str, lines: list[str]) -> tuple[str, str | None] | None:
    """(name, role) of a clocked heading (see `_CLOCK_ABOVE`), given the short lines
    between the clock and it (the party, the riding), or None for any other line."""
    line = " ".join(line.split())
    words = line.split()
    if len(words) < 3:
        return None
    if words[0] == "The":  # `The Assistant Deputy Speaker NDP Ana Keller`
        at = 1
        while at < len(words) and (is_title(words[at]) or words[at] in _OFFICE_MODIFIERS):
            at += 1
        named = words[at:]
        for party in lines:  # the party's words, from the line above
            if " ".join(named).startswith(party + " "):
                named = named[len(party.split()):]
        if at < 2 or not 2 <= len(named) <= 4 or not all(w[:1].isupper() and w.isalpha()
                                                         for w in named):
            return None
        return " ".join(named), " ".join(words[1:at])
    cut = None
    for party in lines:  # `Ana Keller Liberal ...`, glued `Ana Keller LiberalMinister`
        at = line.find(" " + party, len(words[0]))
        if at != -1 and (cut is None or at < cut):
            cut = at
    tail = _PROVINCE.search(line) is not None
    for i in range(2, min(5, len(words) - tail)):  # (not the province's `ON`)
        word = words[i]
        if (word.isupper() and len(word) >= 2) or is_title(word) or \
                re.search(r"[a-z][A-Z]", word) or roles.role_line(" ".join(words[i:])):
            at = len(" ".join(words[:i]))
            cut = at if cut is None else min(cut, at)
            break
    if cut is None and _PROVINCE.search(line):
        cut = len(" ".join(words[:2]))  # `Ana Keller Bloc Québécois Riverton, QC`
    if cut is None:
        return None
    name = line[:cut].strip()
    rest = line[cut:].strip()
    names = name.split()
    if not 2 <= len(names) <= 4 or not all(w[:1].isupper() for w in names) or \
            not _name_like(name) or any(is_title(w) for w in names):
        return None
    for party in sorted(lines, key=len, reverse=True):
        if rest.startswith(party):
            rest = rest[len(party):].strip()
            break
    if not rest and not lines:
        return None
    if not (lines and line[cut:].strip().startswith(tuple(lines))) and \
            not _PROVINCE.search(line) and roles.role_line(rest) is None and \
            not (rest and is_title(rest.split()[0])):
        return None  # (`Council Votes On Levy` under a live blog's clock: no member)
    office = _PROVINCE.sub("", rest)  # (`, Lib.`: the party after an office)
    role = roles.role_line(office) if office else None
    if role is None and office and is_title(office.split()[0]) and len(office.split()) <= 20:
        role = office
    return name, role


_OFFICE_MODIFIERS = frozenset({"Assistant", "Deputy", "Acting", "Speaker", "Chair",
                               "Presiding"})


def _clocked_headings(text: str, found: dict[int, Mark]) -> tuple[dict[int, Mark],
                                                                  frozenset[int]]:
    """Clocked speech headings (see `_CLOCK_ABOVE`) and the lines around them that are no
    one's speech (the topic line above the clock, the clock, party and riding lines); none
    unless the page has `_CLOCKED_MIN` of them. One scan for clocks, a few lines each."""
    marks: dict[int, Mark] = {}
    narration: set[int] = set()
    for clock in line_matches(_CLOCK_ABOVE, _CLOCK_HINT, text):
        block = [clock.start()]
        above = clock.start()
        for _ in range(2):  # the topic line(s) above the clock
            end = above - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1  # back over blank lines
            if end <= 0:
                break
            begin = text.rfind("\n", 0, end) + 1
            if not _title_ish(text[begin:end]) or begin in found or \
                    text[begin:end].rstrip().endswith((".", "?", "!", "…", '"', "”")):
                break  # (a speech's last line, `OK.`, is no topic)
            block.append(begin)
            above = begin
        lines: list[tuple[int, int]] = []
        named: tuple[str, str | None] | None = None
        at = clock.end()
        while len(lines) < 5:
            while at < len(text) and text[at] == "\n":
                at += 1
            if at >= len(text):
                break
            end = text.find("\n", at)
            end = len(text) if end == -1 else end
            if not _title_ish(text[at:end]):
                break
            lines.append((at, end))
            at = end
        # The heading is the first of those lines that reads as one (a speech may be as
        # short as `OK.`); the lines before it are the party's and the riding's.
        for j, (start, end) in enumerate(lines):
            between = [" ".join(text[a:b].split()) for a, b in lines[:j]]
            named = _clocked_name(text[start:end], [b for b in between if b])
            if named is not None:
                break
        if named is None or end >= len(text) or not text[end:].strip():
            continue  # no heading, or no speech under it
        marks[start] = Mark(named[0], end, role=named[1])
        narration.update(block)
        narration.update(a for a, _ in lines[:j])
    if len(marks) < _CLOCKED_MIN:
        return {}, frozenset()
    return marks, frozenset(narration)


_ADDRESSEE = lazy_pattern(r"[^\S\n]*to[^\S\n]+the[^\S\n]+[A-Z][^\n.?!]{2,100}$")


def _addressees(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """`to the Minister for Ports` on the line under a question's heading: the minister
    asked, part of the heading, not speech."""
    out = set()
    for mark in marks.values():
        start = mark.body_start + 1
        end = text.find("\n", start)
        if start < len(text) and _ADDRESSEE.match(text, start, len(text) if end == -1 else end):
            out.add(start)
    return frozenset(out)


__all__ = ["LAYOUT", "clocked", "find_marks", "parse", "score"]
