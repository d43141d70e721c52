"""Transcripts with no speaker labels at all, where the text itself says who speaks.

Tried only on a document no layout claims (it would otherwise be prose, every paragraph
narration), and each reading needs strong, repeated evidence, so an essay or a news story
gains no speaker; a voice the text never names stays unattributed:

- a call's turns (an earnings call exported without names): a paragraph whose speaker
  introduces themself (`Good afternoon. I'm Ana Ruiz, Chief Financial Officer.`) or takes
  the floor with a thank-you after a hand-over that named them (`I'll now turn the call
  over to Bruno.` then `Thank you, Ana.`) opens that person's turn, which runs until the
  next such paragraph; the operator's script that opens the call (`... listen-only mode
  ...`, `... the floor is yours.`) is the operator's;
- a press release over remarks: an intro in the third person naming an official with
  their title (`Earlier today, Governor Ana Ruiz launched ...`), then paragraphs in the
  first person, the first opening with a greeting (`Good afternoon.`): the remarks are the
  official's monologue;
- an interview whose turns alternate without labels: after an article's intro about
  someone, a dialogue whose first paragraph is that person introducing themself (`Hello?
  This is Ana Ruiz.`) alternates between them and the press, when the other side asks;
- statements named after them (a search page of one person's statements, a list of
  quotations): a line that is only a person's name (`Dr. Ana Ruiz`, `— Ana Ruiz, Minister
  of Health`) under a paragraph of speech, two times or more, credits the speech above it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from briefing_cli.models import Document, Transcript, TurnKind
from briefing_cli.speakers import ROLE_HEADS, SpeakerRegistry, display_words
from briefing_cli.transcript import lexicon, roles
from briefing_cli.transcript.common import (
    FURNITURE,
    PROCEDURAL,
    Draft,
    build,
    lazy_pattern,
    line_spans,
)

LABELLED = "labelled"  # the layout a call's turns and named statements are shown as
MONOLOGUE = "monologue"

_LIMIT = 5_000_000  # longer documents are not read this way
_HEAD = 200_000  # names are looked up in this much of the text
_SPOKEN_END = re.compile(r"""[.?!…"”’)\]]\s*$""")
_QUOTES = re.compile(r"[\"“”]")
_I = lazy_pattern(r"\b(?:I|I['’](?:m|ve|ll|d)|me|my|My)\b")
_WE = lazy_pattern(r"\b(?:[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|us)\b")

# `I'm Ana Ruiz`, `This is Ana Ruiz, Chief Financial Officer`, `My name is Ana Ruiz`
_SELF = lazy_pattern(r"(?:\bI['’]m|\bI[^\S\n]+am|\b[Tt]his[^\S\n]+is|\b[Mm]y[^\S\n]+name"
                     r"[^\S\n]+is)[^\S\n]+(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[^\S\n]+)?"
                     r"[A-Z][\w'’\-]+(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w'’\-]+)){1,3})"
                     r"(?=[,.;!?]|[^\S\n]+(?:and|from|with|here|the|of|at)\b|[^\S\n]*$)")
# A paragraph that takes the floor: `Thank you, operator.`, `Yes, thanks, Ana.`
_THANKS = lazy_pattern(r"[^\S\n]*(?:(?:Yes|Well|Great|Okay|OK|Sure|And|Hi),?[^\S\n]+)?"
                       r"(?:[Tt]hank[^\S\n]+you|[Tt]hanks)(?:[^\S\n]+(?:very|so)[^\S\n]+much)?"
                       r"(?:,?[^\S\n]*[A-Za-z][\w'’\-]*(?:[^\S\n]+[A-Z][\w'’\-]+)?)?"
                       r"[^\S\n]*[.,!]")
# A hand-over that names who speaks next: `... turn the call over to our CFO, Ana Ruiz.`,
# `I am going to ask Bruno to read ...`, `Ana, please go ahead.`
_HANDOVER = lazy_pattern(
    r"\b(?:(?:turn|hand|pass)(?:[^\S\n]+(?:it|things|this|the[^\S\n]+(?:call|floor|"
    r"conference|line|meeting|presentation)))?[^\S\n]+(?:back[^\S\n]+)?over[^\S\n]+to|"
    r"(?:hand|pass)[^\S\n]+(?:it|the[^\S\n]+(?:call|floor))[^\S\n]+to|ask|invite)"
    r"[^\S\n]+(?P<rest>[^\n.;?!]{1,120})")
_CANDIDATE = lazy_pattern(r"(?:(?:Mr|Ms|Mrs|Dr)\.?[^\S\n]+)?[A-Z][a-z][\w'’\-]*"
                          r"(?:[^\S\n]+[A-Z][\w'’\-]+){0,2}")
# An operator's script opening or running a call: never a named person's words.
_OPERATOR = lazy_pattern(
    r"(?i:listen[\s\-]+only|question[\s\-]+and[\s\-]+answer[^\S\n]+session|your[^\S\n]+"
    r"(?:first|next)[^\S\n]+question|the[^\S\n]+floor[^\S\n]+is[^\S\n]+yours|"
    r"(?:call|conference)[^\S\n]+is[^\S\n]+being[^\S\n]+recorded|"
    r"(?:turn|hand)[^\S\n]+(?:the[^\S\n]+)?(?:call|floor|conference)[^\S\n]+over[^\S\n]+"
    r"to[^\S\n]+(?:your|our|today's)[^\S\n]+(?:host|speaker|presenter|moderator))")
_GREETING = lazy_pattern(
    r"[^\S\n]*(?:(?:Well|So|Okay|OK|Oh|Yes),?[^\S\n]+)?(?:[Gg]ood[^\S\n]+(?:morning|afternoon|"
    r"evening|day)|[Tt]hank[^\S\n]+you|[Tt]hanks|[Hh]ello|[Hh]i\b|[Ww]elcome|[Ll]adies"
    r"[^\S\n]+and[^\S\n]+gentlemen|[Gg]reetings|[Ff]riends,|[Ff]ellow\b)")
# Words that make a capitalised run an organisation or a heading, not a person.
_NOT_PERSON = frozenset("""
committee department ministry office council house senate parliament commission agency
board bureau service services news press media company group inc corp ltd university
school health meeting conference session results page home search menu transcript
statement statements remarks briefing update video audio contact contacts share
""".split())


_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "sir", "dame", "hon", "rev", "sen",
                     "rep", "gov", "justice", "judge", "professor", "doctor"})
_NOT_NAMES = lexicon.NOT_NAME | lexicon.ORG_HEADS | lexicon.ORG_NOUNS | lexicon.NOT_PEOPLE | \
    lexicon.DOCUMENTS | lexicon.PLACES | lexicon.GROUPS | lexicon.SMALL_WORDS


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    text: str  # its words, one space between (a wrapped paragraph reads as one line)
    lines: int


def _unit(text: str, start: int, end: int) -> _Unit:
    return _Unit(start, end, " ".join(text[start:end].split()), text.count("\n", start, end) + 1)


# `... over to your first speaker today, Mr.` / `Tony Roe, Director ...`: a hand-off split
# over two lines after a title's stop; the line does not end a sentence there
_TITLE_END = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Sen|Rep|Gov)\.\s*$")


_NOTE_LINE = re.compile(r"\[[A-Z][\w ]{2,40}\]\.?")  # `[Foreign Language].` on its own line


_FLOOR_LINE = re.compile(r"[^\S\n]*(?:Yes,[^\S\n]+)?(?:[Tt]hank[^\S\n]+you|[Tt]hanks),[^\S\n]+"
                         r"(?:(?:Mr|Ms|Mrs|Dr)\.[^\S\n]+)?[A-Z][a-z][\w'’\-]*[.,!]")


def _taking_floor(text: str, last: int, line: str) -> bool:
    """A line opening `Thank you, Ms. Roe.` under a line that ended a sentence: a short
    turn of an export with one paragraph a line, not a wrapped paragraph going on."""
    return _SPOKEN_END.search(text, max(0, last - 3), last) is not None and \
        _FLOOR_LINE.match(line) is not None


def _units(text: str) -> list[_Unit]:
    """Paragraphs: runs of lines between blank lines, cut also after a long line that ends
    a sentence (an export that lost its blank lines keeps one paragraph a line)."""
    units: list[_Unit] = []
    start: int | None = None
    last = 0
    short = True  # every line of the open unit is short
    carried = False  # the line before was long and cut after a title's stop
    for s, e in line_spans(text):
        line = text[s:e]
        if not line.strip():
            if start is not None:
                units.append(_unit(text, start, last))
                start = None
            carried = False
            continue
        if start is not None and (len(line) > 100 and short or
                                  _NOTE_LINE.fullmatch(line.strip()) or
                                  _taking_floor(text, last, line)):
            units.append(_unit(text, start, last))  # a header above long lines, or a note
            start = None
        if start is None:
            start, short = s, True
        last = e
        short = short and len(line) <= 100
        split = len(line) > 100 and bool(_TITLE_END.search(line))
        if (len(line) > 100 or carried or _NOTE_LINE.fullmatch(line.strip())) and \
                _SPOKEN_END.search(line) and not split:
            units.append(_unit(text, start, last))
            start = None
        carried = split  # the next line ends that long line's paragraph
    if start is not None:
        units.append(_unit(text, start, last))
    return units


def _narration(text: str, unit: _Unit) -> list[Draft]:
    """A unit no one speaks, one narration turn a line (a header's lines stay apart however
    the page was converted)."""
    return [Draft(None, TurnKind.NARRATION, s, e) for s, e in line_spans(text, unit.start, unit.end)
            if text[s:e].strip()]


def _spoken(unit: _Unit) -> bool:
    """Speech maybe cut off (an excerpt's last paragraph): words, not furniture."""
    return len(unit.text.split()) >= 6 and not FURNITURE.match(unit.text) and \
        not PROCEDURAL.match(unit.text)


def _speech(unit: _Unit) -> bool:
    """Sentences: not a heading, a date line, a name or a bare stage direction."""
    return _spoken(unit) and bool(_SPOKEN_END.search(unit.text))


def _person(name: str) -> bool:
    return not any(word.lower().strip(".,") in _NOT_PERSON | ROLE_HEADS or
                   re.sub(r"['’]s$", "", word.lower()) in _NOT_NAMES for word in name.split())


# --- a call's turns: self-introductions and hand-overs -----------------------------------------


def _introduced(unit: _Unit) -> str | None:
    """The name a paragraph's speaker gives themself in its first three sentences, outside
    any quotation."""
    found = _introduction(unit)
    return found[0] if found is not None else None


def _introduction(unit: _Unit) -> tuple[str, str | None] | None:
    """(name, role) of a paragraph's speaker introducing themself: `I'm Ana Ruiz, Chief
    Financial Officer of ...`."""
    head = unit.text[:400]
    stops = [m.end() for m in re.finditer(r"[.?!](?=\s|$)", head)]
    if len(stops) > 3:
        head = head[:stops[2]]
    if _QUOTES.search(head):
        return None  # someone's words reported
    for match in _SELF.finditer(head):
        found = roles.titled_name(match.group("name"))
        if found is not None and _person(found[0]):
            after = re.match(r",\s*(?:the\s+|our\s+|a\s+)?([^,.;?!]{3,100})",
                             head[match.end():])
            role = roles.role_line(after.group(1)) if after else None
            return display_words(found[0]), role or found[1]
    return None


class _FullNames:
    """`Ana Ruiz` for `Ana`, looked up once per first name through one index of the
    capitalised words (a call with thousands of hand-overs stays linear)."""

    def __init__(self, text: str) -> None:
        self._text = text[:_HEAD]
        self._index: roles.CapitalIndex | None = None
        self._found: dict[str, str | None] = {}

    def of_surname(self, candidate: str) -> str | None:
        """`Jay Roe` for `Mr. Roe` when the text names exactly one `Name Roe`."""
        titled = re.fullmatch(r"(?:Mr|Ms|Mrs|Dr|Prof)\.?[^\S\n]+([A-Z][\w'’\-]+)", candidate)
        if titled is None:
            return None
        surname = titled.group(1)
        key = "\n" + surname
        if key not in self._found:
            firsts = {m.group(1) for m in re.finditer(
                rf"\b([A-Z][a-z][\w'’\-]*)[^\S\n]+{re.escape(surname)}\b", self._text)
                if m.group(1) not in {"Mr", "Ms", "Mrs", "Dr", "Prof"} and
                roles.titled_name(m.group()) is not None}
            self._found[key] = f"{firsts.pop()} {surname}" if len(firsts) == 1 else None
        return self._found[key]

    def __call__(self, first: str) -> str | None:
        if first not in self._found:
            if self._index is None:
                self._index = roles.CapitalIndex(self._text)
            self._found[first] = roles.full_name_of_first(self._text, first, self._index)
        return self._found[first]


def _titled_rest(text: str, match: re.Match[str]) -> str:
    """A hand-over's words after `to`, read on past a title's stop (`... to our CEO, Mr.
    Jay Roe, ...`), where the hand-over pattern stops."""
    rest = match["rest"]
    end = match.end("rest")
    if re.search(r"\b(?:Mr|Ms|Mrs|Dr|Prof)$", rest) and text.startswith(".", end):
        more = re.match(r"\.[^\S\n]*[^\n.;?!]{1,80}", text[end:])
        if more is not None:
            return rest + more.group()
    return rest


def _past_office(candidates: list[str]) -> list[str]:
    """The candidates after an office that opens them (`our Chief Financial Officer, Mr.
    Roe`), when a titled one follows it."""
    if len(candidates) > 1 and roles.role_line(candidates[0]) is not None:
        titled = next((i for i, c in enumerate(candidates[1:4], start=1)
                       if re.match(r"(?:Mr|Ms|Mrs|Dr|Prof)\b", c)), 0)
        return candidates[titled:]
    return candidates


def _handed_to(unit: _Unit, full_names: _FullNames) -> str | None:
    """Who a paragraph hands the floor to, as a full name when the text gives one."""
    named: str | None = None
    for match in _HANDOVER.finditer(unit.text):
        for candidate in _past_office([m.group() for m in _CANDIDATE.finditer(
                _titled_rest(unit.text, match))])[:1]:
            found = roles.titled_name(candidate)
            if found is not None and _person(found[0]):
                named = display_words(found[0])
                break
            bare = candidate.split()[-1]
            surnamed = full_names.of_surname(candidate)
            if surnamed is not None:
                named = surnamed
                break
            if " " in candidate or bare.lower() in _NOT_PERSON | ROLE_HEADS or \
                    not bare.isalpha():
                continue
            full = full_names(bare)
            if full is not None:
                named = full
                break
    return named


def _staged_only(unit: _Unit) -> bool:
    """`[Foreign Language].`: a paragraph that is only a note on the speech (its speaker
    speaks a language the transcript does not give)."""
    return _NOTE_LINE.fullmatch(unit.text) is not None


def _call_turns(document: Document, units: list[_Unit]) -> Transcript | None:
    """A call exported without names; None unless two people or more are named by their
    own introductions or by hand-overs, and a turn change is cued."""
    text = document.text
    full_names = _FullNames(text)
    registry = SpeakerRegistry()
    drafts: list[Draft] = []
    current: str | None = None
    expected: str | None = None  # named by the last hand-over
    people: set[str] = set()
    cued = 0
    for n, unit in enumerate(units):
        introduction = _introduction(unit)
        own = introduction[0] if introduction is not None else None
        thanks = _THANKS.match(unit.text) is not None
        staged = _staged_only(unit)
        speaker = current
        if introduction is not None:
            speaker = registry.add(introduction[0], role=introduction[1])
            people.add(speaker)
            cued += thanks and expected is not None and own == expected
        elif (thanks or staged) and expected is not None:
            speaker = registry.add(expected)
            people.add(speaker)
            cued += 1
        elif _OPERATOR.search(unit.text) and (current is None or thanks) and \
                not _QUOTES.search(unit.text):
            speaker = registry.fixed("Operator")
            cued += 1
        elif thanks and n:
            speaker = None  # someone takes the floor, and the text does not say who
        if speaker is None or not (_spoken(unit) or speaker == current or staged):
            drafts += _narration(text, unit)
        else:
            drafts.append(Draft(speaker, TurnKind.STATEMENT, unit.start, unit.end))
            current = speaker
        if speaker is None:
            current = None
        handed = _handed_to(unit, full_names)
        if handed is not None or speaker != current or own is not None or thanks:
            expected = handed
    if len(people) < 2 or not cued:
        return None
    return build(document, LABELLED, registry, drafts)


# --- an interview whose turns alternate without labels -----------------------------------------

_DIALOGUE = 6  # paragraphs of dialogue at least
_ASKS = re.compile(r"""\?[\s"”’)\]]*$""")


def _alternating(document: Document, units: list[_Unit]) -> Transcript | None:
    """An article's intro about someone, then a dialogue with no labels that opens with that
    person introducing themself (`Hello? This is Ana Ruiz.`): the paragraphs alternate
    between them and the interviewer (the press), when the interviewer's side asks (ends
    paragraphs with `?`) and asks more than the other side does."""
    n, own = next(((i, found) for i, unit in enumerate(units[1:9], start=1)
                   if (found := _introduced(unit)) is not None), (0, None))
    if own is None:
        return None
    surname = own.split()[-1]
    dialogue = units[n:]
    if len(dialogue) < _DIALOGUE or not any(surname in u.text for u in units[:n]):
        return None
    if any(_introduced(u) not in (None, own) for u in dialogue):
        return None  # more voices introduce themselves: not a two-voice exchange
    own_side, asking = dialogue[0::2], dialogue[1::2]
    asked = sum(1 for u in asking if _ASKS.search(u.text))
    answered = sum(1 for u in own_side if _ASKS.search(u.text))
    if asked < 2 or asked <= answered or asked * 3 < len(asking):
        return None
    registry = SpeakerRegistry()
    key, press = registry.add(own), registry.press()
    drafts = [d for u in units[:n] for d in _narration(document.text, u)]
    for i, unit in enumerate(dialogue):
        drafts.append(Draft(key, TurnKind.STATEMENT, unit.start, unit.end) if i % 2 == 0
                      else Draft(press, TurnKind.QUESTION, unit.start, unit.end))
    return build(document, LABELLED, registry, drafts)


# --- remarks under a press release's intro ----------------------------------------------------

_TITLED_RUN = lazy_pattern(r"(?:[A-Z][\w.'’\-]*[^\S\n]+){1,5}[A-Z][\w'’\-]+")
_INTRO_UNITS = 6


def _unquoted(text: str) -> str:
    return "".join(_QUOTES.split(text)[::2])


_MIDDLE = re.compile(r"(?<=[a-z])[^\S\n]+[A-Z]\.(?=[^\S\n]+[A-Z])")  # `Ana M. Ruiz`


def _official(intro: str) -> tuple[str, str] | None:
    """The first official the intro names with a title: (`Ana Ruiz`, `Governor`)."""
    for match in _TITLED_RUN.finditer(intro):
        found = roles.titled_name(match.group()) or \
            roles.titled_name(_MIDDLE.sub("", match.group()))
        if found is not None and found[1] is not None and _person(found[0]):
            return display_words(found[0]), found[1]
    return None


# `A rush transcript of the conference call is available below:` - a release's last intro line
_BELOW = lazy_pattern(r"(?i:transcript|remarks)\b[^\n]{0,80}?\b(?i:below|follows)[^\S\n]*[:.]?$")
_LEAD_UNITS = 16  # a release's headlines and paragraphs above its transcript lead


def _after_lead(units: list[_Unit]) -> int:
    """Where the remarks start when a long release intro ends with a line announcing the
    transcript below it and the next paragraph opens with a greeting; 0 otherwise."""
    for i, unit in enumerate(units[1:_LEAD_UNITS], start=1):
        if len(unit.text) < 200 and _BELOW.search(unit.text):
            following = units[i + 1] if i + 1 < len(units) else None
            return i + 1 if following is not None and _GREETING.match(following.text) else 0
    return 0


def _sentence_official(intro: list[_Unit]) -> tuple[str, str] | None:
    """The official a long intro's first sentences name, past its headline lines (`Mayor
    Confirms New Shelter Beds` is a headline, not Mayor `Confirms New Shelter Beds`); only
    when the intro has headlines above them."""
    if len(intro) < 3:
        return None
    for unit in intro:
        if _SPOKEN_END.search(unit.text) and len(unit.text.split()) >= 8:
            found = _official(unit.text)
            if found is not None:
                return found
    return None


def _remarks(document: Document, units: list[_Unit]) -> Transcript | None:
    """Third-person intro naming a titled official, then first-person remarks opening with
    a greeting; None otherwise."""
    n = next((i for i, unit in enumerate(units[1:_INTRO_UNITS + 1], start=1)
              if _GREETING.match(unit.text)), 0) or _after_lead(units)
    if not n:
        return None
    intro = " ".join(u.text for u in units[:n])
    if _I.search(_unquoted(intro)) or _WE.search(_unquoted(intro)):
        return None  # the intro is someone's own words
    # each unit on its own: a breadcrumb (`News > Press Releases`) joined to the intro's first
    # words would make `Press Releases Premier` the title
    found = _sentence_official(units[:n]) or \
        next((who for unit in units[:n] if (who := _official(unit.text)) is not None), None)
    if found is None:
        return None
    speech = [u for u in units[n:] if _speech(u)]
    personal = sum(1 for u in speech if _I.search(u.text) or _WE.search(u.text))
    quoted = sum(1 for u in speech if _QUOTES.search(u.text))
    if len(speech) < 2 or personal * 3 < len(speech) or quoted * 3 > len(speech):
        return None
    name, role = found
    registry = SpeakerRegistry()
    key = registry.add(name, role=role)
    drafts = [d for u in units[:n] for d in _narration(document.text, u)]
    ended = False
    for unit in units[n:]:
        # `###` or a contact line ends a release; headings and furniture are no one's
        ended = ended or unit.text.strip() in {"###", "# # #", "-30-", "- 30 -"}
        spoken = not ended and (_speech(unit) or len(unit.text.split()) >= 4 and
                                not FURNITURE.match(unit.text))
        drafts.append(Draft(key if spoken else None,
                            TurnKind.STATEMENT if spoken else TurnKind.NARRATION,
                            unit.start, unit.end))
    return build(document, MONOLOGUE, registry, drafts)


# --- statements named after them --------------------------------------------------------------


def _name_line(text: str, unit: _Unit) -> str | None:
    """The line that may name a statement's speaker: the unit itself, or the last line of
    a short block (a date line and the name line with no blank line between)."""
    if unit.lines == 1:
        return unit.text
    if unit.lines > 3 or len(unit.text.split()) > 24:
        return None
    return " ".join(text[text.rfind("\n", unit.start, unit.end) + 1:unit.end].split())


def _named_line(line: str) -> tuple[str, str | None] | None:
    """(name, role) of a line that is only a person's name, maybe after a dash and with a
    role after a comma or in brackets."""
    if len(line.split()) > 12 or len(line) < 5:
        return None
    line = line.lstrip("—–-~ ").rstrip()
    cut = re.search(r",|\s\(", line)
    person, rest = (line[:cut.start()], line[cut.end():]) if cut else (line, "")
    person = person.strip().rstrip(".")
    if re.search(r"[?!:;\"“”]", person) or any(
            word.endswith(".") and len(word) > 4 for word in person.split()):
        return None  # words of a sentence (`Okay. Right.`), not a name
    found = roles.titled_name(person)
    if found is None or not person.endswith(found[0].split()[-1]) or not _person(person):
        return None
    role = None
    if rest:
        role = roles.role_line(rest.strip().rstrip(")").strip())
        if role is None:
            return None
    return display_words(found[0]), role or found[1]


def _statements(document: Document, units: list[_Unit], closed: bool = False,
                covering: float = 0.0) -> Transcript | None:
    """Speech credited by the name line under it; None unless two statements or more are
    (and, when `closed`, unless a name line or furniture ends the document; and unless the
    statements hold `covering` of the document's paragraphs of speech at least)."""
    text = document.text
    lines_of = [_name_line(text, u) for u in units]
    names = [_named_line(line) if line is not None else None for line in lines_of]
    # a name with its role in brackets ends like a sentence: never speech
    speech = [_speech(u) and found is None for u, found in zip(units, names, strict=True)]
    # A bare name line must come back (one person's statements, or each person's several):
    # once, it may be a heading or an interjection (`Feature Yeah.`); a dash, a role or a
    # title (`— Ana Ruiz, Minister`, `Dr. Ana Ruiz`) marks an attribution by itself.
    # Once the layout is plain from those, a name said once is read the same way.
    seen = Counter(found for found in names if found is not None)
    strong = [found is not None and line is not None and (
        seen[found] > 1 or found[1] is not None or line[:1] in "—–-~" or
        line.split()[0].rstrip(".").lower() in _TITLES)
        for line, found in zip(lines_of, names, strict=True)]
    if sum(strong) < 2:
        return None
    owners: dict[int, tuple[str, str | None]] = {}
    lines = [i for i, found in enumerate(names) if found is not None]
    for i in lines:
        j = i - 1
        skipped = 0
        while j >= 0 and not speech[j] and names[j] is None and skipped < 2 \
                and len(units[j].text.split()) <= 12:
            j, skipped = j - 1, skipped + 1
        found = names[i]
        assert found is not None
        while j >= 0 and speech[j] and j not in owners:
            owners[j] = found
            j -= 1
    credited = {owners[j][0] for j in owners}
    if len(lines) < 2 or len({i for i in lines if i - 1 in owners or i - 2 in owners
                              or i - 3 in owners}) < 2:
        return None
    if min(owners) > lines[0]:
        return None  # a name above its speech: a heading, not an attribution
    if closed and any(_spoken(u) for u in units[lines[-1] + 1:]):
        return None
    if len(owners) < covering * sum(speech):
        return None  # an article quoting a few statements: the news reader's
    if len(credited) == 1:  # one person's statements: the cut-off last one is theirs too
        only = next(iter(owners.values()))
        for j in range(lines[-1] + 1, len(units)):
            if _spoken(units[j]):
                owners[j] = only
    registry = SpeakerRegistry()
    keys = {who: registry.add(who[0], role=who[1]) for who in set(owners.values())}
    context = _context(text, [units[j] for j in owners])
    drafts: list[Draft] = []
    for j, u in enumerate(units):
        if j not in owners:
            drafts += _narration(text, u)
            continue
        cut = u.start + len(context) if context and text.startswith(context, u.start) else 0
        if cut:
            drafts.append(Draft(None, TurnKind.NARRATION, u.start, cut))
        drafts.append(Draft(keys[owners[j]], TurnKind.STATEMENT, cut or u.start, u.end))
    return build(document, LABELLED, registry, drafts)


_CONTEXT = re.compile(r"[A-Z][\w'’\-]*(?: [\w'’\-]+){0,3}(?:[^\S\n]{2,}|\t)")
_OPENERS = frozenset("""
thank thanks well yes no we so and but the this that it there our my you they he she mr mrs
ms madam sir dear good hello hi ok okay now let first again as in on of for
""".split())  # words that open a sentence, never a page's context
_CONTEXT_WORDS = re.compile(r"[A-Z][a-z'’\-]+(?: [a-z'’\-]+){0,2}(?= [A-Z])")


def _context(text: str, statements: list[_Unit]) -> str:
    """A search page's context words before every statement (`Health committee  `), set
    off by two spaces or a tab, or (three statements or more, a page converted from HTML
    that kept one space) the same words before a capital in every one: page furniture,
    not the speaker's words."""
    found = {m.group() if (m := _CONTEXT.match(text, u.start)) else "" for u in statements}
    if len(found) == 1 and len(statements) >= 2 and "" not in found:
        return found.pop()
    if len(statements) < 3:
        return ""
    words = {m.group() + " " if (m := _CONTEXT_WORDS.match(text, u.start)) else ""
             for u in statements}
    word = words.pop() if len(words) == 1 else ""
    return word if word and word.split()[0].lower() not in _OPENERS else ""


def trailing(document: Document) -> Transcript | None:
    """Statements named after them in a document read as name headings over speech: only
    when the first name line comes after the first statement and the last one ends the
    document (a heading always has speech under it)."""
    if len(document.text) > _LIMIT:
        return None
    return _statements(document, _units(document.text), closed=True)


# --- a member's page: one person's contributions under their name, inverted ---------------------

# `– Fearghaíl, Seán`: a parliament site's page of one member's contributions names the member
# once in its header, surname first; the paragraphs below are theirs, unlabelled.
_INVERTED = re.compile(r"[^\S\n]*(?:[–—\-•·][^\S\n]*)?"
                       r"(?P<sur>[^\W\d_][^\W\d_'’\-]*(?:[^\S\n]+[^\W\d_][^\W\d_'’\-]*){0,2})"
                       r",[^\S\n]+(?P<first>[^\W\d_][^\W\d_'’\-]+(?:[^\S\n]+[^\W\d_]\.?)?)"
                       r"[^\S\n]*")
_MEMBER_HEAD = 10  # units of header the inverted name may be in
# a link's caption glued after every paragraph's last stop (`... today.More Button`)
_GLUED_TAIL = re.compile(r"(?<=[.?!…\"”’)\]\-])[A-Z][a-z]+(?:[^\S\n][A-Za-z]+){0,3}$")
_MEMBER_SPEECH = 3  # paragraphs of first-person speech at least
# a sentence's end, or speech cut off (`... a change-----`); not a heading's `(Continued)`
_MEMBER_END = re.compile(r"""(?:[.?!…"”’]|[.?!]\)|-{2,}|…)\s*$""")


def _inverted_name(unit: _Unit) -> str | None:
    """`First Surname` of a header line that is only a person's name, surname first."""
    match = _INVERTED.fullmatch(unit.text) if unit.lines == 1 else None
    if match is None:
        return None
    words = match.group("sur").split() + match.group("first").split()
    if not all(w[:1].isupper() or w in lexicon.NAME_PARTICLES for w in words) or any(
            w.lower().strip(".") in lexicon.PLACES | lexicon.PLACE_ENDS | _TITLES
            for w in words) or len(match.group("first").rstrip(".")) < 2:
        return None
    name = f"{match.group('first')} {match.group('sur')}"
    return name if _person(name) else None


def _glued_tail(units: list[_Unit]) -> str:
    """The words a page glued after most paragraphs' last stop (a button's caption), or ''."""
    tails = Counter(m.group().strip() for u in units if (m := _GLUED_TAIL.search(u.text)))
    if not tails:
        return ""
    tail, count = tails.most_common(1)[0]
    return tail if count >= 3 and count * 2 >= len(units) - _MEMBER_HEAD else ""


def _member_page(document: Document, units: list[_Unit]) -> Transcript | None:
    """A header line naming one person surname first, then paragraphs in the first person:
    the paragraphs are that person's (headings and stage notes no one's); None otherwise."""
    n, name = next(((i, found) for i, unit in enumerate(units[:_MEMBER_HEAD])
                    if (found := _inverted_name(unit)) is not None), (0, None))
    if name is None:
        return None
    tail = _glued_tail(units)
    body = [u.text[:-len(tail)].rstrip() if tail and u.text.endswith(tail) else u.text
            for u in units[n + 1:]]
    spoken = [len(t.split()) >= 3 and bool(_MEMBER_END.search(t)) and not FURNITURE.match(t)
              for t in body]
    speech = [t for t, said in zip(body, spoken, strict=True) if said]
    personal = sum(1 for t in speech if _I.search(t) or _WE.search(t))
    quoted = sum(1 for t in speech if _QUOTES.search(t))
    if personal < _MEMBER_SPEECH or personal * 2 < len(speech) or quoted * 2 > len(speech):
        return None
    registry = SpeakerRegistry()
    key = registry.add(display_words(name))
    drafts = [d for u in units[:n + 1] for d in _narration(document.text, u)]
    for unit, said in zip(units[n + 1:], spoken, strict=True):
        if said:
            drafts.append(Draft(key, TurnKind.STATEMENT, unit.start, unit.end))
        else:
            drafts += _narration(document.text, unit)
    return build(document, MONOLOGUE, registry, drafts)


_READINGS: tuple[Callable[[Document, list[_Unit]], Transcript | None], ...] = (
    _statements, _call_turns, _alternating, _remarks, _member_page)


_COVERING = 0.8  # of a news-like document's speech the named statements must hold


def parse(document: Document, news: bool = False) -> Transcript | None:
    """The document's speakers when its text says who speaks; None to keep it as it was
    read (prose, or `news` when the news reader claimed it: then statements named after
    them must be nearly the whole text, or the article's own quotations are kept)."""
    if len(document.text) > _LIMIT:
        return None
    units = _units(document.text)
    if len(units) < 3:
        return None
    for reading in _READINGS:
        found = _statements(document, units, covering=_COVERING) \
            if news and reading is _statements else reading(document, units)
        if found is not None:
            return found
    return None


__all__ = ["parse", "trailing"]
