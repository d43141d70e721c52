"""Labelled turns: `MR MILLER:`, `Q` paragraphs, `QUESTION:`, `Name (00:12):`, `[00:01:02]
Name:`, `**Name:**` and kin.

A label opens a turn that runs, over any number of paragraphs, until the next label.
Lines before the first label are a header: narration, and a source of full names and
roles (`Daniel Reyes, Spokesperson`, `Press Briefing by Press Secretary Karen Whitfield`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from briefing_cli import parallel
from briefing_cli.models import Document, Transcript
from briefing_cli.nlp import nonblank_line_spans
from briefing_cli.speakers import (
    ANSWER_LABELS,
    HONORIFICS,
    PRESS_LABELS,
    PRESS_OUTLETS,
    is_title,
    name_parts,
    role_label,
    split_name,
)
from briefing_cli.transcript import bilingual, news, roles
from briefing_cli.transcript.common import (
    Mark,
    each_line,
    lazy_pattern,
    line_matches,
    line_pattern,
    line_spans,
    line_table,
    marked_share,
    parse_marked,
    seeded_registry,
    viewer_furniture,
)

LAYOUT = "labelled"

_STAMP = r"(?:\d{1,2}:){1,2}\d{2}(?:[.,]\d{1,3})?"
# `MR. MILLER:` / `AMBASSADOR THOMAS-GREENFIELD:` / `Q:` - capitals, at most six words.
# An optional role after a comma: `MARCUS BELL, TRANSIT DIRECTOR:`.
# A role may hold commas: `ANA RUIZ, Port Director, Eastbay Harbor Authority:`.
_ROLE = r"(?:,[^\S\n]*[A-Z][\w.'’\-]*(?:,?[^\S\n]+[\w.'’\-&]+){0,11})?"
# A note in brackets after a name, left out of it: `SEN. TED CRUZ (R-TX):`, `(via video)`.
# Two notes: `Angela Crawley (Lanark and Hamilton East) (SNP):`; a long one on radio
# transcripts: `Mr. STEVE HELY (Comedy writer, author of "How I Became ..."):`.
_NOTE = r"(?:[^\S\n]*\([^()\n]{1,120}\)){0,2}"
_CAPS = lazy_pattern(
    rf"^(?P<label>[A-Z][A-Z0-9.'’\-]*(?:\s+[A-Z0-9.'’\-]+){{0,7}}{_ROLE}){_NOTE}\s*:(?:\s+|$)")
# `GOV. ELLIS TROWBRIDGE (R), NORTH DAKOTA:` - a party note, then where they are from.
# The role may open with a year: `SEN. LINDSEY GRAHAM (R-SC), 2016 PRESIDENTIAL CANDIDATE:`.
# A network's party note may never close: `ANA RUIZ, (D, PRESIDENTIAL CANDIDATE:`.
_CAPS_NOTED = lazy_pattern(
    r"^(?P<label>[A-Z][A-Z.'’\-]*(?:\s+[A-Z.'’\-]+){0,5})"
    r"(?:[^\S\n]*\([^()\n]{1,30}\)|,?[^\S\n]*\([A-Z]{1,3}(?:-[A-Z]{2})?(?=,))"
    rf"(?P<role>{_ROLE}|,[^\S\n]*\d{{4}}(?:,?[^\S\n]+[\w.'’\-&]+){{1,11}}){_NOTE}\s*:(?:\s+|$)")
# `Question:` / `Gen. Robert Hale:` - capitalised words; an office before a full name
# (`Iranian Foreign Minister Mohammad Javad Zarif:`) makes six.
_TITLED = lazy_pattern(
    rf"^(?P<label>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,5}}{_ROLE}){_NOTE}\s*:(?:\s+|$)")
# `Mayor Bill de Blasio:` / `Ursula von der Leyen:` - a name with a lower-case particle.
_PARTICLES = frozenset("de da del della di du van von der den la le bin ibn al dos das ter ten"
                       .split())
_PARTICLED = lazy_pattern(
    r"^(?P<label>[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,4}"
    rf"(?:[^\S\n]+(?:{'|'.join(sorted(_PARTICLES))})){{1,2}}[^\S\n]+[A-Z][\w'’\-]+)"
    rf"{_NOTE}[^\S\n]*:(?:\s+|$)")
# `President of Ruritania Ivo Dane:`, `Minister of Foreign Affairs Lena Park:` - an office
# with its country or body before the name: a lower-case `of` (and `the`) inside a label.
_OFFICE_OF = lazy_pattern(
    r"^(?P<label>(?:[A-Z][\w.'’\-]*[^\S\n]+){0,2}(?:President|(?:Prime[^\S\n]+)?Minister|"
    r"Secretary|Governor|Director|Chair(?:man|woman|person)?|Head|Ambassador|Mayor|"
    r"Commissioner|Chief|Premier|Chancellor|Spokes(?:person|man|woman)|Envoy|Representative)"
    r"[^\S\n]+of(?:[^\S\n]+the)?(?:[^\S\n]+(?:(?:and|for|the|of)[^\S\n]+)?[A-Z][\w.'’\-]*)"
    r"{2,6})[^\S\n]*:(?:\s+|$)")
# `Speaker 1:` / `Participant B:` - machine transcripts number their unknown voices.
_GENERIC = lazy_pattern(
    r"^(?P<label>(?i:speaker|participant|person|voice|caller|guest|respondent|interviewee)"
    r"[^\S\n]*(?:\#?\d{1,3}|[A-Z])|(?i:spk|speaker)_?\d{1,3}"
    # `Unidentified Man #2:`, `Unidentified Woman #1:` - a radio transcript's unnamed voices
    r"|(?i:unidentified|unknown|unnamed)[^\S\n]+(?i:man|woman|male|female|speaker|voice|"
    r"person|reporter|child|boy|girl|group|people)[^\S\n]*\#\d{1,3})\s*:(?:\s+|$)")
# `Maya Chen (00:41):` - Rev style, the timestamp makes it unambiguous; `Maya Chen [00:41]`.
_TIMED = lazy_pattern(
    rf"^(?P<label>[^\W\d_][^():\[\]\n]{{0,60}}?)\s*:?\s*[(\[]{_STAMP}[)\]]\s*:?(?:\s+|$)")
# `[00:01:02] Maya Chen:` / `00:01:02 Maya:` / `(01:02) MAYA CHEN:`
_STAMP_FIRST = lazy_pattern(
    rf"^\s*[(\[]?{_STAMP}[)\]]?\s*(?:[-–—|]\s*)?"
    r"(?P<label>[^\W\d_][\w.'’\-]*(?:\s+[\w.'’\-]+){0,5})\s*:(?:\s+|$)")
# `Maya Chen  00:41` alone on a line (Otter style).
_STAMP_AFTER = lazy_pattern(
    rf"^(?P<label>[^\W\d_][\w.'’\-]*(?:\s[\w.'’\-]+){{0,4}})\s+{_STAMP}\s*$")
# `**Maya Chen:** text` / `**Maya Chen**: text` (Markdown)
_MARKDOWN = lazy_pattern(
    rf"^\s*(?:[-*]\s+)?\*\*(?P<label>[^*:\n]{{1,60}}?)(?:\s*[(\[]{_STAMP}[)\]])?\s*"
    r"(?::\s*\*\*|\*\*\s*:)(?:\s+|$)")
# A bare `Q` paragraph: `Q    Thank you, Karen.` / `Q. Thank you.`
_BARE_Q = lazy_pattern(r"^(?P<label>Q)(?:\s+|\.\s+)(?=\S)(?!(?:&|and)\s*A\b)")  # not `Q & A`
# A bare `A` answer needs a wider gap (`A lot of ...` is a sentence).
_BARE_A = lazy_pattern(r"^(?P<label>A)(?:\s{2,}|\t|\.\s+)(?=\S)")

# Line openers that look like labels but are not speakers.
_NOT_LABELS = frozenset("""
note notes update updated editor's editors source sources subject subjects date time location place
transcript end warning related read more photo photos watch listen caption credit copyright
et est edt pst pdt cst cdt gmt utc am pm re fw fwd cc to from sent tags quote attachment
look again first second third finally so now well yes no and but however here this that
also bottom the answer point reason example important background summary agenda topic
topics key takeaways next previously meanwhile update q&a faq disclaimer contents
advertisement correction clarification published posted filed dateline via
briefer briefers venue
dear
""".split())
# An office by its initials, a label in a government's transcripts (`PM: Right, good
# afternoon.`); read as the office, so the header's `Prime Minister Ana Ruiz` resolves it.
_ROLE_INITIALS = {"PM": "Prime Minister", "DPM": "Deputy Prime Minister"}
# Section headings that end like labels: `Prepared Remarks:`, `Opening Statement:`.
_HEADINGS = frozenset("""
remarks statement statements session questions answers participants transcript summary
agenda notes introduction conclusion overview highlights discussion contents presentation
release note notice
archive archives
""".split())


# `CHUCK TODD:This Sunday ...`, `Minister:You-you ...` - a label glued to its speech (a
# page that lost the space, or moved it before the colon: `PRIEBUS :Well`); kept only
# with a label's evidence (see `_glued_evidence`).
_GLUED = lazy_pattern(
    rf"^(?P<label>[A-Z][\w.'’\-]*(?:[^\S\n]+[\w.'’\-]+){{0,7}}{_ROLE}){_NOTE}[^\S\n]?:"
    r"(?=[A-Z“\"‘(\[¿¡])")

# `Reporter 1:`, `Questioner 3:` - the press, numbered (one press whatever the number).
_NUMBERED_PRESS = lazy_pattern(
    r"^(?P<label>(?i:reporter|questioner|question|journalist|correspondent|media|"
    r"audience[^\S\n]+member)[^\S\n]*#?\d{1,3})\s*:(?:\s+|$)")
_PRESS_NUMBER = lazy_pattern(r"[^\S\n]*#?\d{1,3}$")
# `Iranian media:`, `Japanese press:`, `Local journalist:` - an outlet or the press of a
# place asking: the press.
_OUTLET_LABEL = lazy_pattern(
    r"^(?P<label>(?:[A-Z][\w.'’\-]*[^\S\n]+){1,3}(?i:media|press|television|radio|"
    r"newspapers?|news[^\S\n]+agency|journalists?|reporters?|correspondents?))\s*:(?:\s+|$)")

_PATTERNS = (_MARKDOWN, _TIMED, _STAMP_FIRST, _STAMP_AFTER, _BARE_Q, _BARE_A, _CAPS,
             _CAPS_NOTED, _TITLED, _GENERIC, _GLUED, _NUMBERED_PRESS, _OUTLET_LABEL,
             _PARTICLED, _OFFICE_OF)
_BARE = (_BARE_Q, _BARE_A)
# What `_MARKDOWN` (`**`) and the timed patterns (a `_STAMP`) cannot match without.
_STAMPISH = lazy_pattern(r"\d:\d\d")
_TIMED_PATTERNS = frozenset({_TIMED, _STAMP_FIRST, _STAMP_AFTER})
_SHAPED = {(markdown, stamped): tuple(
    p for p in _PATTERNS
    if (markdown or p is not _MARKDOWN) and (stamped or p not in _TIMED_PATTERNS))
    for markdown in (False, True) for stamped in (False, True)}
# Words that make a capitalised run a sentence, not a name (`THE POINT IS:`).
_VERBS = frozenset("""is are was were will would be been has have had it this that we i he she
they us you your our my his her their""".split())


# What a page or a caption export puts before a label: a bullet, a dash, `>>` speaker-change
# marks (`• >>Mr Speaker: Order!`, `- MINISTER HOLM:`).
_PREFIX = lazy_pattern(r"(?:[•·▪◦‣*\-–—][^\S\n]*)?(?:>{1,3}[^\S\n]*)?")


def _match_label(line: str) -> tuple[str, int, bool] | None:
    """(label, body offset, timed) of a label at the start of `line`; text copied from a
    web page keeps its indentation (`     MS. SMITH:  Good afternoon.`) and may put a bullet,
    a dash or a `>>` before it."""
    indent = len(line) - len(line.lstrip())
    if line[indent:indent + 1] == "Q" and line[indent + 1:indent + 2].isdigit():
        # `Q200 Chairman: ...` - a select committee's question number before the label
        number = _QUESTION_NUMBER.match(line, indent)
        if number is not None and _match_bare_label(line[number.end():]) is not None:
            indent = number.end()
    found = _match_bare_label(line[indent:])
    if found is None and line[indent:indent + 1] in _PREFIX_CHARS:
        prefix = _PREFIX.match(line, indent)
        if prefix is not None and prefix.end() > indent:
            indent = prefix.end()
            found = _match_bare_label(line[indent:])
            if found is not None and found[0] in ("Q", "A"):
                found = None  # `- A lot ...`: a bare Q or A needs no bullet
    if found is None and line[indent:indent + 1] in "([":
        found = _match_bracketed(line[indent:])
    if found is None and line[indent:indent + 1] in _NOISE_CHARS:
        noise = _noisy_label(line, indent)
        if noise is not None:
            found, indent = noise
    if found is None:
        return None
    label, body, timed = found
    if label in ("Page", "PAGE") and line[indent + body:].strip().isdigit():
        return None  # `Page: 1881`: a record's page number, furniture
    if len(label.split()) <= 2 and label.split()[-1].lower() in _BLOG_KEYS:
        return None  # `Technorati Tags: ...`, `Post Categories: ...`: a blog's metadata
    address = _ADDRESS.match(label)
    if address is not None and address.end() < len(label):
        label = label[address.end():]  # the name, without its form of address
    if label.lower() in _NOT_LABELS:
        # `TRANSCRIPT: MR. BOUCHER: Good afternoon.` - a metadata key, then the label
        inner = _match_bare_label(line[indent + body:])
        if inner is not None and inner[0].lower() not in _NOT_LABELS:
            return inner[0], indent + body + inner[1], inner[2]
    return label, indent + body, timed


# The last word of a blog's or a page's metadata key (`Technorati Tags:`, `Filed Labels:`).
_BLOG_KEYS = frozenset({"tags", "labels", "categories", "category", "keywords"})

_QUESTION_NUMBER = lazy_pattern(r"Q\d{1,4}[^\S\n]+(?=[A-Z])")

# A Commonwealth form of address before a name: `The Rt. Honourable Justin Trudeau:`.
_ADDRESS = lazy_pattern(
    r"The[^\S\n]+(?:(?:Rt|Right|Most|Very)\.?[^\S\n]+)?Hon(?:ourable|orable|\.)?[^\S\n]+(?=[A-Z])")

_PREFIX_CHARS = frozenset("•·▪◦‣*-–—>")

# `(Question by Media):` / `[Question from the floor]:` - a caption export's label in
# brackets, often on a line of its own; a question `by`/`from` anyone is the press.
_BRACKETED = lazy_pattern(
    r"[(\[](?P<label>[A-Z][\w.'’\-]*(?:[^\S\n]+[\w.'’\-]+){0,5})[)\]][^\S\n]*:(?:\s+|$)")
_ASKED_BY = lazy_pattern(r"(?i)(?P<label>questions?|q)[^\S\n]+(?:by|from)[^\S\n]")


# Noise a page leaves before a label: a bracketed tag and a dash (`[Transcript] – THE
# PRESIDENT: Hello`), an excerpt's elision (`. . . Q: Ms. Jones, ...`, `… MR. LEE:`).
_NOISE = lazy_pattern(
    r"(?:(?:\[[^\]\n]{1,40}\]|\([^()\n]{1,40}\))[^\S\n]*(?:[-–—|][^\S\n]*)?"
    r"|(?:\.[^\S\n]?){2,}\.?[^\S\n]*|…[^\S\n]*)(?=[A-Z])")
_NOISE_CHARS = frozenset("[(.…")


def _noisy_label(line: str, indent: int) -> tuple[tuple[str, int, bool], int] | None:
    """A label behind page noise (see `_NOISE`): the label with a colon, and the offset where
    it starts; a bare `Q`/`A` there is no label (`(...) A lot of ...`)."""
    noise = _NOISE.match(line, indent)
    if noise is None or ":" not in line:
        return None
    found = _match_bare_label(line[noise.end():])
    if found is None or found[0] in ("Q", "A") and line[noise.end() + 1:noise.end() + 2] != ":":
        return None
    return found, noise.end()


def _match_bracketed(line: str) -> tuple[str, int, bool] | None:
    match = _BRACKETED.match(line)
    if match is None:
        return None
    label = " ".join(match.group("label").split())
    asked = _ASKED_BY.match(label)
    return (asked.group("label") if asked else label), match.end(), False


def _match_bare_label(line: str) -> tuple[str, int, bool] | None:
    # Every label but a bare `Q`/`A` holds a colon (timestamps included): most lines of a
    # long transcript are text and are done with here.
    patterns: tuple[re.Pattern[str], ...]
    if ":" not in line:
        patterns = _BARE
    elif len(line) <= 200:  # leave out the patterns whose literal parts the line lacks
        patterns = _SHAPED[("**" in line, _STAMPISH.search(line) is not None)]
    else:  # (a long line costs more to search than the patterns anchored at its start)
        patterns = _PATTERNS
    for pattern in patterns:
        match = pattern.match(line)
        if match:
            label = " ".join(match.group("label").split())
            if pattern is _CAPS_NOTED:
                label += match.group("role")
            timed = pattern in (_TIMED, _STAMP_FIRST, _STAMP_AFTER)
            return label, match.end(), timed or pattern is _MARKDOWN
    if "\u2014" in line[:160] or "--" in line[:160] or "\u2013" in line[:160]:
        match = _DASHED_LABEL.match(line)
        if match:
            label = match.group("label") or match.group("office")
            return " ".join(label.split()), match.end(), False
    return None


# A parliament's record labels its speeches with a dash, no colon: `Senator KELLER(7.46)
# —I rise ...`, `Mr ROE (Eastport—Minister for Ports) (3.21) —I move ...`, `The
# PRESIDENT —Order!`, `CHAIRMAN --I declare the hearing open.` A title and a surname in
# capitals (or a chair's office in capitals), maybe notes and the sitting time in brackets,
# then the dash with the speech glued to it (`WASHINGTON — The ...`, a dateline, keeps a
# space; a title before the surname lets the space through).
_DASH_OFFICES = (r"(?:(?:DEPUTY|ACTING(?:[^\S\n]+DEPUTY)?)[^\S\n]+)?(?:CHAIRMAN|CHAIRWOMAN|"
                 r"CHAIRPERSON|CHAIR|PRESIDENT|SPEAKER|CLERK)")
_DASHED_LABEL = lazy_pattern(
    r"^(?:(?P<titled>(?P<label>(?:(?:The|Senator|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Madam)\.?[^\S\n]+)"
    r"(?:(?:the[^\S\n]+)?Hon\.?[^\S\n]+)?(?:[A-Z][A-Za-z]+[^\S\n]+){0,2}"
    r"[A-Z][A-Z'’\-]+(?:[^\S\n]+[A-Z][A-Z'’\-]+){0,2}))"
    rf"|(?P<office>{_DASH_OFFICES}))"
    r"(?:[^\S\n]*\([^()\n]{1,100}\)){0,2}[^\S\n]*(?:\u2014|--|\u2013)"
    r"(?:(?=[^\s\-–—])|(?(titled)[^\S\n]+(?=[A-Z“\"‘(\[])|(?!)))")


# `A We welcome ...`: a bare `A` with one space is an answer only right after a `Q` turn
# (`A lot of ...` elsewhere is a sentence).
_LOOSE_A = lazy_pattern(r"[^\S\n]*A[^\S\n]+(?=\S)")


def _answers_after_questions(found: dict[int, Mark],
                             candidates: dict[int, Mark]) -> dict[int, Mark]:
    """The loose `A` paragraphs that come right after a `Q` label, before any other."""
    accepted: dict[int, Mark] = {}
    previous = ""
    for offset in sorted(found.keys() | candidates.keys()):
        if offset in candidates:
            if previous == "Q":
                accepted[offset] = candidates[offset]
                previous = "A"
        else:
            previous = found[offset].label
    return accepted


_POSSESSIVE = lazy_pattern(r"\w['’]s\b")
# A court's colloquy voices: labels wherever they stand (an excerpt of a record may start
# mid-page, `THE COURT:` used once).
_COURT_VOICES = frozenset({"THE COURT", "THE WITNESS", "THE CLERK", "THE DEFENDANT",
                           "THE BAILIFF", "THE INTERPRETER"})


def _plausible_word(label: str) -> bool:
    """A one-word label that is a label whatever follows it: `Q`, `MODERATOR`, `AFP`."""
    key = label.lower().rstrip(".")
    return key in PRESS_LABELS or key in ANSWER_LABELS or key in PRESS_OUTLETS or \
        role_label(label) is not None or bool(_GENERIC.match(label + ":"))


def _plausible(label: str, count: int) -> bool:
    words = label.split()
    key = label.lower().rstrip(".")
    if key in PRESS_LABELS or key in ANSWER_LABELS or key in PRESS_OUTLETS or key in {
            "moderator", "operator", "staff", "spokesperson", "spokesman", "spokeswoman",
            "host", "interviewer", "presenter", "anchor", "announcer", "narrator"}:
        return True
    if _GENERIC.match(label + ":"):
        return True  # `Speaker 2`, `spk09`, `SPEAKER_01`: a diarizer's voices
    # A long capitals label names an office: `SECRETARY OF DEFENSE LLOYD J. AUSTIN III`.
    longest = 8 if label.isupper() and any(is_title(w) for w in words[:-1]) else 6
    if _OFFICE_OF.match(label + ":"):
        longest = 10  # `Governor of the Central Bank Tom Vale`: the office and its body
    if not words or len(words) > longest:
        return False
    if words[0].lower().rstrip(".") in _NOT_LABELS and not (
            words[0].lower() == "the" and (role_label(label) is not None
                                           or label.upper() in _COURT_VOICES)) \
            and not _ordinal_office(words):
        return False  # `The Prime Minister:` is a label, `The point:` is not
    if words[-1].lower().rstrip(".") in _HEADINGS and count < 2:
        return False
    if any(map(str.isdigit, label)) and not _GENERIC.match(label + ":"):
        return False
    if any(w.lower() in _VERBS for w in words) or any(
            w.endswith(".") and len(w) > 2 and "." not in w[:-1] and not is_title(w)
            for w in words[:-1]):
        return False  # `MONTH. THE POINT IS:` - speech in capitals, not a label
    if label.isupper():
        return len(label) > 1 or count > 1
    # Title-case labels are common sentence openers ("Look:"); trust them when repeated
    # or when they read like a name (two or more capitalised words).
    return count > 1 or len(words) >= 2


_ORDINALS = frozenset({"first", "second", "third"})
# Offices that open with an ordinal besides the title words: `First Lady`, `Second Gentleman`.
_ORDINAL_HEADS = frozenset({"lady", "gentleman"})


def _ordinal_office(words: list[str]) -> bool:
    """An office that opens with an ordinal (`First Deputy Mayor Ana Ruiz`, `First Minister
    Ana Ruiz`, `SECOND VICE PRESIDENT ROE`, `First Lady Ana Ruiz`): a label, though `First`
    alone opens sentences (`First: the levy`)."""
    return len(words) >= 2 and words[0].lower() in _ORDINALS and (
        is_title(words[1]) or words[1].lower() in _ORDINAL_HEADS)


# Last words of a news outlet's name (`Harbour Shimbun`, `Eastport Daily`, `Tarsal TV`).
_OUTLET_HEADS = frozenset("""
shimbun daily times post news tv television radio press agency herald tribune journal
gazette broadcasting network channel media newspaper wire chronicle telegraph ilbo
""".split())


def _outlet_reporter(label: str) -> bool:
    """`Outlet, Surname` or `Surname, Outlet` (a ministry's transcript names each reporter
    so): one side a news outlet, the other one or two capitalised words."""
    first, _, second = (part.strip() for part in label.partition(","))
    for outlet, name in ((first, second), (second, first)):
        words = outlet.split()
        if not words or "," in outlet or len(words) > 4 or any(is_title(w) for w in words) \
                or not (outlet.lower() in PRESS_OUTLETS or len(words) >= 2 and
                        words[-1].lower() in _OUTLET_HEADS):
            continue  # (`NAME, CHIEF CORRESPONDENT, ABC NEWS` is a labelled correspondent)
        names = name.split()
        if 1 <= len(names) <= 2 and all(w[:1].isupper() and w.isalpha() for w in names) \
                and not any(is_title(w) for w in names):
            return True
    return False


def find_marks(document: Document) -> dict[int, Mark]:
    """Labels by line start offset, after the plausibility vote (a new dict each call)."""
    # (a blog's `Post Tags:` line is metadata wherever a pass found it; see `_BLOG_KEYS`)
    return {offset: mark for offset, mark in _find_marks(document).items()
            if not (0 < len(mark.label.split()) <= 2
                    and mark.label.split()[-1].lower() in _BLOG_KEYS)}


@lru_cache(maxsize=1)
def _find_marks(document: Document) -> dict[int, Mark]:
    # Once per document: the layout vote and the parse both need the marks, and on a
    # long transcript finding them is a good part of the parse.
    text = document.text
    found: dict[int, Mark] = {}
    timed: set[int] = set()
    counts: Counter[str] = Counter()
    loose_answers: dict[int, Mark] = {}
    cjk: dict[int, Mark] = {}
    lower_body: set[int] = set()  # the words after the label start in lower case
    glued: set[int] = set()  # `CHUCK TODD:This Sunday` - no space after the colon
    lost: dict[int, Mark] = {}  # `: Thank you, Prime Minister.` - the name was lost
    for (start, end), match in zip(each_line(text), _line_labels(text), strict=True):
        if start == end:
            continue  # a blank line holds no label
        if match is None and ("：" in text[start:end] or ":" in text[start:end]):
            han = _CJK.match(text, start, end)
            if han is not None:
                cjk[start] = Mark(han.group("label"), han.end())
                continue
        if match is None and ":" in text[start:start + 8]:
            nameless = _LOST_LABEL.match(text, start, end)
            if nameless is not None and "?" in text[nameless.end():end]:
                lost[start] = Mark("Q", nameless.end())  # a question: the press's
                continue
        if match is None:
            match = _lower_role_label(text, start, end)  # `Ana Ruiz, moderator: Welcome`
        if match is None:
            loose = _LOOSE_A.match(text, start, end)
            if loose is not None:
                loose_answers[start] = Mark("A", loose.end())
            continue
        label, body, is_timed = match
        if label[-1:].isdigit() and _NUMBERED_PRESS.match(label + ":"):
            label = _PRESS_NUMBER.sub("", label)  # `Reporter 2` is the press, as `Reporter`
        elif label[:1].isupper() and label.lower() not in PRESS_LABELS and \
                _OUTLET_LABEL.match(label + ":") and role_label(label) is None and \
                not any(is_title(word) for word in label.split()):  # `MINISTER OF MEDIA`
            label = "Media"  # `Iranian media`: the press
        elif "," in label and _outlet_reporter(label):
            label = "Media"  # `Asahi Shimbun, Abe:`, `Kojima, NHK:`: a reporter by outlet
        if label in _ROLE_INITIALS and (text[start + body:start + body + 1].isupper()
                                        or _ROLE_INITIALS[label].upper() in counts):
            # `PM: Good afternoon` - not a time of day; then `PM: so, uh` too
            label = _ROLE_INITIALS[label]
        role = None
        if "," in label:
            name, _, stated = label.partition(",")
            role = roles.role_line(stated.strip())
            titled = any(is_title(w) for w in name.split()[:-1])
            if role is None and label.isupper() and len(name.split()) >= 2 and not titled:
                role = roles.stated_role(stated.strip())  # `PETER SO, GEOMANCY CONSULTANT`
            office = _office_first(name.strip(), stated.strip()) if role is None else None
            if role is None and office is None and not titled:
                role = _described_role(name.strip(), stated.strip())  # `NAME, Father of ...`
            if office is not None:
                label, role = office  # `Official Spokesperson, Shri Gopal Baglay:`
            elif role is None and not titled:
                continue  # `Yes, sir:` is no label; `GOV. ELLIS TROWBRIDGE, NORTH DAKOTA` is
            else:
                label = name.strip()
        if role is None and text.find("(", start, start + body) != -1:
            role = _noted_role(text[start:start + body])  # `JOHN ROE (SENATOR): Thank you.`
        if text[start + body:start + body + 1].islower() and role is None:
            lower_body.add(start)
        found[start] = Mark(label, start + body, role=role)
        if text[start + body - 1] == ":" and start + body < end and \
                not text[start + body].isspace():
            glued.add(start)
        if is_timed:
            timed.add(start)
        counts[label.upper()] += 1
    stamped = [offset for offset in sorted(timed)
               if _plausible(found[offset].label, max(2, counts[found[offset].label.upper()]))]
    if len(stamped) >= 2:
        # A timestamped (or Markdown) transcript: those marks open every turn, nothing else.
        # (A wrapped line that opens with a time, `10:30 on Tuesday. Note: ...`, is no
        # timestamped label.)
        return {offset: found[offset] for offset in stamped}
    if glued:
        for offset in _glued_without_evidence(found, glued, counts):
            del found[offset]
    has_q = any(m.label == "Q" for m in found.values())
    if has_q and loose_answers:
        found.update(_answers_after_questions(found, loose_answers))
        counts["A"] += 1
    # `Samira:` after `SAMIRA OKONJO, Press Secretary:` - a part of a name already labelled
    named_parts: set[str] | None = None

    def parts() -> set[str]:
        # (made when first asked: most marks pass the vote without it)
        nonlocal named_parts
        if named_parts is None:
            named_parts = {part.upper() for label in {m.label for m in found.values()}
                           if len(label.split()) >= 2 and role_label(label) is None
                           for part in name_parts(label)[1]}
        return named_parts

    def in_parts(label: str) -> bool:
        # A name part is one token: a label with a space in it is none (no set needed).
        return label.split() == [label] and label.upper() in parts()

    verdicts: dict[str, bool] = {}  # a transcript repeats its labels: vote once on each
    lead = len(text) - len(text.lstrip())  # offsets up to here have only space before them

    def plausible(label: str) -> bool:
        if label not in verdicts:
            verdicts[label] = _plausible(label, counts[label.upper()])
        return verdicts[label]

    # A label before a lower-case word, when it is no known form, is a dateline or a
    # headline: `WASHINGTON: the text below ...`, `NPR's Steve Inskeep: truly ...`.
    # (one check per mark, each mark alone: on a long text chunks of them in workers)
    def accepted(bounds: tuple[int, int]) -> list[int]:
        return [offset for offset, item in pairs[bounds[0]:bounds[1]]
             if not (offset in lower_body and not _plausible_word(item.label)
                     and not in_parts(item.label)
                     and (" " not in item.label or (counts[item.label.upper()] == 1
                                                    and not item.label.isupper()
                                                    and (offset <= lead
                                                         or _POSSESSIVE.search(item.label)))))
             and (plausible(item.label)
                 or (in_parts(item.label) and item.label[:1].isupper())
                 or _self_named(text, item))
             and not _dateline(text, item, counts[item.label.upper()])
             and not _dated_heading(text, item, counts[item.label.upper()])
             and not _capitals_heading(text, item, counts[item.label.upper()])
             and not _metadata(text, item) and not _list_heading(text, item)
             and not (item.label == "A" and not has_q and text[offset + 1:offset + 2] != ":")]

    pairs = list(found.items())
    kept = accepted((0, len(pairs))) if len(text) < parallel.LONG_TEXT else chain.from_iterable(
        parallel.fork_map(accepted, parallel.chunks(len(pairs), parallel.workers())))
    marks = {offset: found[offset] for offset in kept}
    if len(marks) >= 3 and len(marks) < len(found):
        marks.update(_once_named(found, marks, counts))
    if found and len(marks) < len(found):
        # initials that are also words (`TO:`, `ET:`) are labels when the header names them
        short = {m.label for m in found.values() if 2 <= len(m.label) <= 4
                 and m.label.isalpha() and m.label.isupper()}
        named = _initial_names(text[:min(min(found), 4000)], short)
        marks.update({offset: m for offset, m in found.items() if m.label in named})
    if len(marks) >= 3 and len(marks) < len(found):
        marks.update(_lone_first_names(text, found, marks, counts))
    if len(marks) >= 2 and len(marks) < len(found):
        marks.update(_addressing_askers(text, found, marks, counts))
    if len(marks) >= 2 and len(marks) < len(found):
        marks.update(_initialled_surnames(found, marks))
    marks.update(_inline_marks(document, marks))
    if len(found) >= _LOWER_STYLE and len(marks) < len(found):
        marks.update(_lower_case_labels(text, found, marks, counts))
    if len(marks) >= _ALTERNATING and len(marks) < len(found):
        marks.update(_sandwiched_words(found, marks))
    if len(marks) >= 2:
        marks.update(lost)
        marks.update(_colonless(text, marks))
    if cjk:
        marks.update(_paired_cjk(cjk, marks))
    if "said" in text:
        marks.update(_said_labels(text, marks))
    if marks and "," in text:
        marks.update(_wrapped_labels(text, marks))
    if marks:
        marks.update(_split_titles(text, marks))
        for offset in _key_value_block(text, marks):
            del marks[offset]  # `Release Date:` / `26/01/2016`: a page's metadata
    if ":" in text:
        marks.update(_line_end_labels(text, marks))
    return marks


# The parent's share of the lines, against each worker's: it reads its own lines' labels
# (the rest of `_find_marks`' loop) while the workers match theirs.
_PARENT_SHARE = 0.5


def _line_labels(text: str) -> Iterator[tuple[str, int, bool] | None]:
    """`_match_label` of each line of `text` in order (None for a blank line); on a long
    text, chunks of lines are matched in workers of their own (the same matches)."""
    starts, ends = line_table(text)  # (two arrays: no tuple per line, 120 bytes each)

    def labels(bounds: tuple[int, int]) -> list[tuple[str, int, bool] | None]:
        first, stop = bounds
        return [_match_label(text[start:end]) if start != end else None
                for start, end in zip(starts[first:stop], ends[first:stop], strict=True)]

    if len(text) < parallel.LONG_TEXT:
        return iter(labels((0, len(starts))))
    parts = parallel.chunks(len(starts), parallel.workers(), _PARENT_SHARE)
    return chain.from_iterable(parallel.fork_imap(labels, parts))


# `Andrew Ruiz, moderator: Good afternoon.` - a name, then its role in lower case.
_LOWER_ROLED = lazy_pattern(
    r"[^\S\n]*(?:[•·▪◦‣*\-–—][^\S\n]*)?(?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){1,4}),"
    r"[^\S\n]*(?P<role>[a-z][a-z\-]*(?:[^\S\n]+[a-z][a-z\-]*){0,2})[^\S\n]*:"
    r"(?:[^\S\n]+(?=\S)|[^\S\n]*$)")  # the speech after it, or under it


def _lower_role_label(text: str, start: int, end: int) -> tuple[str, int, bool] | None:
    """(label, body offset, timed) of a name with its role after it in lower case (`Ana
    Ruiz, moderator:`, `Bruno Keller, host:`), the role a known office; the label is read
    as `Name, role` (the comma branch of `_find_marks` splits it)."""
    found = _LOWER_ROLED.match(text, start, end)
    if found is None or roles.role_line(found.group("role")) is None:
        return None
    return f"{found.group('name')}, {found.group('role')}", found.end() - start, False


_DESCRIBED_MAX = 12  # words of a broadcast label's description of its speaker


def _described_role(name: str, stated: str) -> str | None:
    """The description a broadcast transcript gives a guest after their name in capitals
    (`HAFETH ROE, Father of Tawfic Roe:`, `ANA RUIZ, Manager of Pilot Development, Alaska
    Airlines:`): the role, when the name is two to five capitals words and the description
    opens with a capital, holds no sentence (no verb of speech, no first person, no end
    stop) and is short."""
    words = name.split()
    tokens = stated.split()
    if not 2 <= len(words) <= 5 or not name.isupper() or not all(
            w.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()
            for w in words):
        return None
    if not 0 < len(tokens) <= _DESCRIBED_MAX or not stated[:1].isupper() or \
            stated.rstrip().endswith(tuple(".?!…;")) or \
            any(t.lower().strip(",") in _VERBS for t in tokens):
        return None
    return " ".join(tokens)


# `Sahil: Sir, I am Sahil from ANI.` - a reporter naming themself under a one-word label.
_SELF_NAMED = lazy_pattern(
    r"(?:(?:Sir|Ma'am|Madam)[,.]?[^\S\n]+)?(?:(?:I[^\S\n]+am|I'm|this[^\S\n]+is|"
    r"my[^\S\n]+name[^\S\n]+is)[^\S\n]+)?(?P<name>[A-Z][\w'’\-]+)\b[^\n.?!]{0,40}?"
    r"[^\S\n]from[^\S\n]+(?:the[^\S\n]+)?[A-Z]")


# `Santosh: Santosh Thakur Navbharat se.`, `Ana: This is Ana Ruiz from ...`: the speech opens
# with the label's word and a surname after it.
_SELF_FULL = lazy_pattern(
    r"(?:(?:Sir|Ma'am|Madam)[,.]?[^\S\n]+)?(?:(?:I[^\S\n]+am|I'm|[Tt]his[^\S\n]+is|"
    r"[Mm]y[^\S\n]+name[^\S\n]+is)[^\S\n]+)?(?P<name>[A-Z][\w'’\-]+)[^\S\n]+[A-Z][a-z][\w'’\-]*\b")


def _self_named(text: str, mark: Mark) -> bool:
    """A label used once that its own speech names (`Sahil: Sir, I am Sahil from ANI.`)."""
    first = mark.label.split()[0].upper()
    return any(found is not None and found.group("name").upper() == first
               for found in (_SELF_NAMED.match(text, mark.body_start, mark.body_start + 160),
                             _SELF_FULL.match(text, mark.body_start, mark.body_start + 160)))


def _glued_without_evidence(found: dict[int, Mark], glued: set[int],
                            counts: Counter[str]) -> list[int]:
    """Glued labels (`CHUCK TODD:This`) that show no label's evidence: a label is one when it
    is also used with a space after its colon, comes back, or is a capitals name or office
    in a document with other labels; `Washington:The` once in prose is none of these."""
    spaced = {m.label.upper() for offset, m in found.items() if offset not in glued}
    out = []
    for offset in glued:
        label = found[offset].label
        key = label.upper()
        if key in spaced or counts[key] >= 2:
            continue
        if found[offset].role is not None or key == "MEDIA":
            continue  # `Ms. Ana Ruiz, Press Secretary:I`, `Harbour Shimbun, Kato:In`
        if label.isupper() and len(found) >= 3 and (
                len(label.split()) >= 2 or _plausible_word(label)):
            continue
        out.append(offset)
    return out


# `汪文斌：昨天，...` / `新华社记者:请介绍...` - a label in Chinese, Japanese or Korean script.
_CJK = lazy_pattern(r"[^\S\n]*(?P<label>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af·]{2,10})"
                  r"[^\S\n]*[:：][^\S\n]*(?=\S)")
_CJK_PRESS = ("记者", "記者", "기자")


def _paired_cjk(cjk: dict[int, Mark], marks: dict[int, Mark]) -> dict[int, Mark]:
    """Labels in Chinese (Japanese, Korean) script. In a bilingual transcript each is
    followed by the same turn in English under a Latin label (`汪文斌:` then `Wang
    Wenbin:`), which names it; a reporter (`新华社记者`) is the press; any other needs to
    come back to be a label."""
    offsets = sorted(marks)
    counts = Counter(mark.label for mark in cjk.values())
    cjk_offsets = sorted(cjk)
    out: dict[int, Mark] = {}
    for n, offset in enumerate(cjk_offsets):
        mark = cjk[offset]
        after = bisect.bisect_right(offsets, offset)
        limit = cjk_offsets[n + 1] if n + 1 < len(cjk_offsets) else None
        if after < len(offsets) and (limit is None or offsets[after] < limit):
            out[offset] = Mark(marks[offsets[after]].label, mark.body_start,
                               role=marks[offsets[after]].role)
        elif mark.label.endswith(_CJK_PRESS):
            out[offset] = Mark("Q", mark.body_start)
        elif counts[mark.label] > 1:
            out[offset] = mark
    return out


# A label inside a line, after a finished sentence (line breaks lost, or a capitals
# headline before it): `... resume Monday. Ana Ruiz, Deputy Spokesperson: Well, ...`.
_COLON = lazy_pattern(r"[^\S\n]*:[^\S\n]+(?=\S)")
# `_COLON` from its colon on: a literal start, found by a fast scan (the leading spaces make
# `_COLON` be tried at every position of the text: 0.27 s of a 10 MB transcript).
_COLON_ON = lazy_pattern(r":[^\S\n]+(?=\S)")


def _colons(text: str) -> Iterator[tuple[int, int]]:
    """The spans of `_COLON.finditer(text)`, in order: each match of `_COLON_ON`, widened
    back over the spaces before its colon (not into the match before; not over a newline)."""
    last = 0
    for match in _COLON_ON.finditer(text):
        start = match.start()
        while start > last and text[start - 1] != "\n" and text[start - 1].isspace():
            start -= 1
        last = match.end()
        yield start, last
_INLINE = lazy_pattern(
    r"(?P<label>[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,5}(?:[^\S\n]+\d{1,3})?)"
    r"(?P<role>,[^\S\n]*[A-Z][^:\n]{0,120}?)?[^\S\n]*:[^\S\n]+(?=\S)")
_GAP = lazy_pattern(r"(?<=\S)[^\S\n]+")
_SENTENCE_END = frozenset(".?!…;\"”’)]")


def _inline_marks(document: Document, line_marks: dict[int, Mark]) -> dict[int, Mark]:
    """Labels inside lines. A label there must give a role (`Ana Ruiz, Deputy Spokesperson:`),
    be a form of a known label (`Ruiz:`, `MS. RUIZ:`), or come back at least twice as a
    capitalised name of two words or more; `Washington: the` is none of these.

    Only the words before a colon are tried (a colon ends every label), so a long
    transcript whose labels all open lines costs one look-up per colon."""
    text = document.text
    line_starts = document.line_starts
    found: list[tuple[int, str, str | None, int, bool]] = []
    # `>> Question: ... >> Prime Minister Justin Trudeau: sorry, ...` - a caption's
    # speaker-change mark before a label (a flattened caption text): the label needs no
    # finished sentence before it, nor a second use.
    chevrons: set[int] = set()
    answering: set[int] = set()  # labels right after a question mark
    counts: Counter[str] = Counter(m.label.upper() for m in line_marks.values())
    for colon_start, colon_end in _colons(text):
        line_start = line_starts[bisect.bisect_right(line_starts, colon_start) - 1]
        mark = line_marks.get(line_start)
        if mark is not None and colon_start < mark.body_start:
            continue  # the colon of a label already found (`MINISTER HOLM:`)
        low = max(line_start, colon_start - 200)
        # A short label the line vote left out (`Marsh:` opening a line of a flattened
        # text) is tried like one inside the line, after a break.
        openings = [(line_start, line_start - 1)] if mark is None and low == line_start \
            else []
        openings += [(gap.end(), gap.start() - 1)
                     for gap in _GAP.finditer(text, low, colon_start)]
        for opening, before in openings:
            match = _INLINE.match(text, opening)
            if match is None or match.end() != colon_end:
                continue
            label = match.group("label")
            if label[-1].isdigit():
                if not _NUMBERED_PRESS.match(label + ":"):
                    continue
                label = _PRESS_NUMBER.sub("", label)  # `... next year. Reporter 2: Has ...`
            if text[colon_end:colon_end + 1].islower() and not match.group("role") \
                    and before >= 0 and text[before].isalpha() \
                    and text[max(line_start, text.rfind(" ", line_start, before) + 1)].isupper():
                continue  # `Harbor Radio's Mira Tollefsen: still asking ...` - a headline
            if any(w.endswith(".") and not is_title(w) and len(w) > 2
                   for w in label.split()[:-1]):
                continue  # `Microsoft. Ana Ruiz`: a sentence ends inside; the label is later
            role = None
            if match.group("role"):
                role = roles.role_line(match.group("role").lstrip(", \t")) or \
                    _described_role(label, match.group("role").lstrip(", \t"))
                if role is None:
                    continue
            wide = _wide_gap(text, before, opening) or _dated_before(text, line_start, opening)
            found.append((opening, label, role, colon_end,
                          before < 0 or text[before] in _SENTENCE_END or text[before] == "\n"
                          or text[before] == ">" or wide))
            if text[before] == ">" or wide:
                chevrons.add(opening)
            if before >= 0 and text[before] == "?":
                answering.add(opening)
            counts[label.upper()] += 1
    if not found:
        return {}  # (what follows only sorts the candidates out)
    known: set[str] = set()

    def learn(label: str) -> None:
        titles, names = name_parts(label)
        known.add(label.upper())
        if names and role_label(label) is None:
            known.add(names[-1].upper())
            if len(names) > 1:
                known.add(names[0].upper())

    for label in {mark.label for mark in line_marks.values()}:
        learn(label)
    accepted: dict[int, Mark] = {}
    for _start, label, role, _body, _after_stop in found:
        words = label.split()
        first = words[0].lower().rstrip(".")
        if (first in _NOT_LABELS or first in _OPENERS) and not _ordinal_office(words):
            continue
        if role is not None and (len(words) >= 2 or label.isupper()):
            learn(label)
    asking = any(k.lower().rstrip(".") in PRESS_LABELS for k in known)
    flat_titled = _flat_titled(text, found)
    # (`... Nick Saban Alabama COMMISSIONER LEE:` - the capitals label, not the words before)
    flat_bodies = {body for start, _, _, body, _ in found if start in flat_titled}
    last_end = -1
    for start, label, role, body, after_stop in found:
        words = label.split()
        first = words[0].lower().rstrip(".")
        key = label.upper()
        if body in flat_bodies and start not in flat_titled:
            continue
        if start < last_end or ((first in _NOT_LABELS or first in _OPENERS) and not (
                first in ANSWER_LABELS and (key in known or asking))
                and not _ordinal_office(words)):
            continue  # `Answer:` is a label inside a line once it or `Question:` opened one
        titles, names = split_name(label)
        # A label with a role, or a form of a known one, may follow a sentence cut short;
        # any other needs a finished sentence before it.
        ok = (role is not None and (len(words) >= 2 or label.isupper())) or key in known \
            or (bool(titles) and all(is_title(t) for t in titles) and bool(names)
                and names[-1].upper() in known) \
            or (after_stop and (counts[key] >= 2 or start in chevrons) and (
                len(words) >= 2 or label.lower().rstrip(".") in PRESS_LABELS | ANSWER_LABELS)
                and _plausible(label, max(counts[key], 2 if start in chevrons else 1))) \
            or (after_stop and _introduced_before(text, label, start)) \
            or (start in answering and _answers_press(text, line_starts, accepted, start, label)) \
            or start in flat_titled
        if ok:
            accepted[start] = Mark(label, body, role=role)
            last_end = body
    return accepted


# `... Topics: the levy, 14 June 2031 Journalist: ...`: a snippet's date just before a label.
_DATE_END = lazy_pattern(r"(?:\b\d{1,2}[^\S\n]+[A-Z][a-z]{2,8}\.?,?|\b[A-Z][a-z]{2,8}\.?[^\S\n]+"
                         r"\d{1,2},?)[^\S\n]+\d{4}[^\S\n]+$")


def _dated_before(text: str, line_start: int, opening: int) -> bool:
    """A date (`14 June 2031`, `June 14, 2031`) right before a label inside a line: a
    listing's snippet line opens its transcript there, as after a run of spaces."""
    return opening - line_start >= 10 and \
        _DATE_END.search(text, max(line_start, opening - 24), opening) is not None


def _answers_press(text: str, line_starts: tuple[int, ...], accepted: dict[int, Mark], start: int,
                   label: str) -> bool:
    """A full name as a label right after a question the press asked on the same line
    (`Journalist: Your reaction to that? Ana Ruiz: Look, ...`): the answer."""
    words = label.split()
    if len(words) < 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words) or \
            words[0].lower() in _NOT_LABELS | _OPENERS or not _plausible(label, 2) or \
            not accepted:
        return False  # (`Like Q:` is speech, then the press's label)
    line_start = line_starts[bisect.bisect_right(line_starts, start) - 1]
    asked = max(accepted)
    return asked >= line_start and accepted[asked].label.lower().rstrip(".") in PRESS_LABELS


def _wide_gap(text: str, before: int, opening: int) -> bool:
    """`... 17 June 2020     Ana Ruiz: Now, ...`: a run of three spaces or a tab before a
    name of two capitalised words, the break a listing page puts between a snippet's head
    and its text (a line break lost)."""
    gap = text[before + 1:opening]
    return before >= 0 and (len(gap) >= 3 or "\t" in gap) and \
        _TWO_WORDS.match(text, opening, opening + 60) is not None


_TWO_WORDS = lazy_pattern(r"[A-Z][a-z][\w'’\-]*[^\S\n]+[A-Z][\w'’\-]+[^\S\n]*:")


_INTRODUCED_REACH = 600  # characters before an inline label where its speaker is introduced


def _introduced_before(text: str, label: str, start: int) -> bool:
    """A capitals name used once as a label inside a line (`... begins our coverage. NICK
    ROE: He was ...`) right after the text introduced that person in ordinary case
    (`Foreign affairs correspondent Nick Roe begins our coverage.`)."""
    words = label.split()
    if not label.isupper() or not 2 <= len(words) <= 4 or \
            not all(w.strip(".'’-").isalpha() for w in words):
        return False
    mention = re.search(r"\b" + r"[^\S\n]*\n?[^\S\n]*".join(re.escape(w) for w in words)
                        + r"\b", text[max(0, start - _INTRODUCED_REACH):start], re.IGNORECASE)
    return mention is not None and not mention.group().isupper()


# `BRYAN ROE, Manager of Pilot Development,` / `Alaska Airlines: It's ...`: a broadcast label
# with a long description, hard-wrapped over two lines.
_WRAPPED_HEAD, _WRAPPED_HINT = line_pattern(
    "m", r"[^\S\n]*(?:[•·▪◦‣*\-–—][^\S\n]*)?(?P<name>[A-Z][A-Z.'’\-]+(?:[^\S\n]+[A-Z][A-Z.'’\-]*)"
    r"{1,4}),(?P<role>[^:\n.?!]{0,120})$")
_WRAPPED_TAIL = lazy_pattern(
    r"[^\S\n]*(?:[•·▪◦‣*\-–—][^\S\n]*)?(?P<rest>[A-Za-z&][^:\n.?!]{0,120}?)[^\S\n]*:[^\S\n]+(?=\S)")


def _wrapped_labels(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Labels hard-wrapped over two lines (see `_WRAPPED_HEAD`): the first line a capitals
    name, a comma and the start of a description, at a paragraph's start; the next line the
    rest of it up to the colon. The label is the name, the description its role, keyed at
    the second line (in place of `Alaska Airlines:`, which is no speaker); the first line is
    narration (`_wrapped_heads`). One regex scan."""
    added: dict[int, Mark] = {}
    for head in line_matches(_WRAPPED_HEAD, _WRAPPED_HINT, text):
        start = head.start()
        if start in marks or head.end() >= len(text):
            continue
        above = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)].rstrip()
        if start and above and not above.endswith(tuple(_SENTENCE_END) + (":",)):
            continue  # inside a paragraph: capitals in running text, no label
        below = head.end() + 1
        below_end = text.find("\n", below)
        if below_end != -1 and not text[below:below_end].strip():
            if not head.group("role").rstrip().endswith(","):
                continue  # a list of names and roles (`ANA RUIZ, HOST`), no wrapped label
            below = below_end + 1  # a blank line between (a subtitle page's)
        if below in marks and marks[below].role is not None:
            continue  # the next line is a label of its own (`BRUNO KELLER, HOST:`)
        tail = _WRAPPED_TAIL.match(text, below)
        if tail is None or len(tail.group("rest").split()) > 8 or \
                role_label(tail.group("rest")) is not None or \
                tail.group("rest").lower() in _METADATA_KEYS:
            continue  # `Presenter: ...` under a participants entry is its own line
        description = " ".join((head.group("role") + " " + tail.group("rest")).split())
        name = " ".join(head.group("name").split())
        role = roles.role_line(description) or _described_role(name, description)
        if role is None:
            continue
        added[below] = Mark(name, tail.end(), role=role)
    return added


def _wrapped_heads(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """The first lines of labels wrapped over two lines (see `_wrapped_labels`): narration."""
    out = set()
    for offset, mark in marks.items():
        if not offset or text[offset - 1] != "\n" or mark.role is None:
            continue
        above = text.rfind("\n", 0, offset - 1) + 1
        if not text[above:offset - 1].strip() and above:
            above = text.rfind("\n", 0, above - 1) + 1  # a blank line between
        head = _WRAPPED_HEAD.match(text, above, text.find("\n", above))
        if head is not None and " ".join(head.group("name").split()) == mark.label:
            out.add(above)
    return frozenset(out)


_VALUE_MAX = 40  # characters of a metadata value on the line under its key


def _key_value_block(text: str, marks: dict[int, Mark]) -> set[int]:
    """Labels alone on their line with a short value on the next (`Release Date:` /
    `26/01/2016`, `Release Type:` / `Transcript`, `Location:` / `Canberra`), two or more in a
    row with nothing but their values between them, each key used once: a page's metadata
    block, no speakers."""
    keyed: list[int] = []
    uses = Counter(mark.label for mark in marks.values())
    for offset, mark in sorted(marks.items()):
        if uses[mark.label] > 1:
            continue  # a page's keys come once; a speaker's label comes back
        line_end = text.find("\n", offset)
        if line_end == -1 or text[min(mark.body_start, line_end):line_end].strip() or \
                (offset and text[offset - 1] != "\n"):
            continue  # speech after the colon on the label's line
        value_end = text.find("\n", line_end + 1)
        value = text[line_end + 1:value_end if value_end != -1 else len(text)].strip()
        if value and len(value) <= _VALUE_MAX and not value.endswith(tuple(_SENTENCE_END)) \
                and ":" not in value:
            keyed.append(offset)
    out: set[int] = set()
    for a, b in zip(keyed, keyed[1:], strict=False):
        between = text[a:b].count("\n")
        if between <= 3:  # key, value, (a blank line,) next key
            out.update((a, b))
    return out


# `DR.` / `GEN.` ending a line (or alone on it) right above a capitals label: a page exported
# one sentence a line took the title's stop for a sentence's end.
_LINE_TITLE = lazy_pattern(r"(?m)(?:^|[^\S\n])(?P<title>[A-Z]{1,5}\.)[^\S\n]*$")


def _split_titles(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Capitals labels whose title was cut off onto the line above (`... from the Pentagon
    DR.` / `CASSCELLS: Good morning.`, or `GEN.` alone on its line): the label with its
    title (`DR. CASSCELLS`), so it reads as a titled name. One look at the line above each
    label that opens a line."""
    out: dict[int, Mark] = {}
    for offset, mark in marks.items():
        if not offset or text[offset - 1] != "\n" or not mark.label.isupper() or \
                " " in mark.label or name_parts(mark.label)[0]:
            continue
        above = text.rfind("\n", 0, offset - 1) + 1
        title = _LINE_TITLE.search(text, max(above, offset - 8), offset - 1)
        if title is None or not is_title(title.group("title")) or \
                text[offset:mark.body_start].lstrip()[:1] != mark.label[:1]:
            continue
        out[offset] = Mark(f"{title.group('title')} {mark.label}", mark.body_start,
                           role=mark.role, question=mark.question)
    return out


# `... tonight: DONALD ROE, President of the Republic:` ending a line, the speech on the next.
_LINE_END_COLON = lazy_pattern(r":[^\S\n]*\n[^\S\n]*(?=\S)")
_END_LABEL = lazy_pattern(
    r"(?P<name>[A-Z][A-Z.'’\-]+(?:[^\S\n]+[A-Z][A-Z.'’\-]*){1,4})"
    r"(?:,[^\S\n]*(?P<role>[A-Z][^:\n.?!]{0,100}?))?[^\S\n]*")


def _line_end_labels(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """A label inside a line that ends the line, its speech on the next (`... On the
    programme tonight: ANA ROE, President of Tarsal:`), after a finished sentence or a
    colon: a capitals name with a stated role, or a capitals label the document already
    uses. One look-back of at most 160 characters per colon that ends a line."""
    known = {m.label.upper() for m in marks.values()}
    out: dict[int, Mark] = {}
    for colon in _LINE_END_COLON.finditer(text):
        line_start = text.rfind("\n", 0, colon.start()) + 1
        low = max(line_start, colon.start() - 160)
        for gap in _GAP.finditer(text, low, colon.start()):
            before = text[gap.start() - 1]
            if before not in _SENTENCE_END and before != ":":
                continue
            found = _END_LABEL.fullmatch(text, gap.end(), colon.start())
            if found is None:
                continue
            name = " ".join(found.group("name").split())
            role = found.group("role")
            if role is not None:
                role = roles.role_line(role) or _described_role(name, role)
                if role is None:
                    continue
            elif name.upper() not in known:
                continue
            if gap.end() not in marks:
                out[gap.end()] = Mark(name, colon.end(), role=role)
            break
    return out


# Capitalised words that open sentences in speech and are never inline labels.
_OPENERS = frozenset("""
ok okay um uh er ah oh yeah yep mm hmm right sure i we you they he she it there what why how
who when where which thanks thank please sorry good great fine exactly absolutely
""".split())


_SENTENCE_BREAK = lazy_pattern(r"""[.?!…]['"’”)\]]*[^\S\n]+(?=[A-Z"“])""")


# Header keys a page lists people under (`Presenter: Pentagon Press Secretary Peter Cook
# September 8, 2015`, `Also Present: Representative Hastings of Washington`): with a list of
# names, roles and dates after them they are metadata, not speakers; with speech after them
# (`MODERATOR: Thank you all`) they are labels.
_METADATA_KEYS = frozenset({"presenter", "presenters", "present", "also present", "participants",
                            "attendees", "panelists", "panellists", "speakers", "guests",
                            "moderator", "moderators", "host", "hosts", "featuring", "with"})
_LISTED = lazy_pattern(
    r"(?:[A-Z][\w.'’\-]*|\d[\d:.,]*|of|and|the|for|on|at|de|van|von|[,;&()/\-–|])[^\S\n]*")


def _metadata(text: str, mark: Mark) -> bool:
    """A metadata key with a list of names after it (see `_METADATA_KEYS`)."""
    if mark.label.lower() not in _METADATA_KEYS:
        return False
    end = text.find("\n", mark.body_start)
    rest = text[mark.body_start:end if end != -1 else len(text)].rstrip(" .\t")
    at = 0
    while at < len(rest):
        found = _LISTED.match(rest, at)
        if found is None or found.end() == at:
            return False
        at = found.end()
    return bool(rest)


# Keys that head a list of people on the lines below them (`PARTICIPANTS:` then `Speaker:
# JANE ROE, Director` and `Moderator: ...`): alone on their line, a heading, never a speaker.
_LIST_HEADINGS = frozenset({"participants", "attendees", "panelists", "panellists", "speakers",
                            "guests", "presenters", "also present", "present", "featuring",
                            "call participants", "corporate participants", "participant"})


def _list_heading(text: str, mark: Mark) -> bool:
    """A list key alone on its line (see `_LIST_HEADINGS`) whose next line is a list entry
    (a name, a role, no finished sentence), not speech."""
    if mark.label.lower() not in _LIST_HEADINGS:
        return False
    end = text.find("\n", mark.body_start)
    end = len(text) if end == -1 else end
    if text[mark.body_start:end].strip():
        return False
    following = text[end:end + 400].strip().split("\n", 1)[0].strip()
    return bool(following) and _SENTENCE_BREAK.search(following) is None and \
        not following.endswith(("?", "!"))


# A heading that ends like a label has a date or a time after it on its own line:
# `POST-CABINET PRESS CONFERENCE: Monday, 5 May 2025`, `... : MONDAY, 11 NOVEMBER 2019 15:34`.
_DATED = lazy_pattern(
    r"(?i)[^\S\n]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|"
    r"march|april|may|june|july|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?|\d{1,4}(?:[:/.\-]\d{1,4})*(?:st|nd|rd|th)?)\b[^\n.?!]{0,60}$")


def _dated_heading(text: str, mark: Mark, count: int) -> bool:
    """A capitals phrase of two words or more, used once, with a date and nothing else
    after it on its line: a page's heading, not a speaker."""
    if count != 1:
        return False
    words = mark.label.split()
    if len(words) < 2 or not mark.label.isupper() or \
            role_label(mark.label) is not None:
        return False
    end = text.find("\n", mark.body_start)
    return _DATED.match(text, mark.body_start, end if end != -1 else len(text)) is not None


_HEADING_REST = lazy_pattern(r"[^\S\n]*[A-Z0-9][A-Z0-9.&'’\-]*"
                             r"(?:[^\S\n]+[A-Za-z0-9][A-Z0-9.&'’\-]*){0,7}[^\S\n]*$")


def _capitals_heading(text: str, mark: Mark, count: int) -> bool:
    """`FEDEX ORANGE BOWL: EASTPORT v NORTHFIELD`, `SESSION THREE: HARBOUR BUDGET`: a capitals
    phrase of three words or more, used once, and two capitals words or more after it on
    its line with no sentence end (`FMR. REP. ANA RUIZ: OK.` is a reply): an event's
    heading, not a speaker."""
    if count != 1 or len(mark.label.split()) < 3 or not mark.label.isupper() or \
            role_label(mark.label) is not None:
        return False
    end = text.find("\n", mark.body_start)
    rest = text[mark.body_start:end if end != -1 else len(text)]
    words = rest.split()
    return len(words) >= 2 and not rest.rstrip().endswith((".", "?", "!")) and \
        _HEADING_REST.match(rest) is not None and sum(c.islower() for c in rest) <= 1


def _dateline(text: str, mark: Mark, count: int) -> bool:
    """`WASHINGTON: the talks ...` - one word used once, the sentence going on in lower
    case: a dateline or a heading, not a speaker."""
    if count != 1:
        return False
    key = mark.label.lower().rstrip(".")
    return len(mark.label.split()) == 1 and \
        text[mark.body_start:mark.body_start + 1].islower() and \
        key not in PRESS_LABELS | ANSWER_LABELS and key not in PRESS_OUTLETS


def score(document: Document) -> float:
    """Share of non-blank lines that open a labelled turn (the layout vote). Lines that hold
    labels inside them count once per sentence: a flattened transcript has a label every
    few sentences, a one-line article with two `Hollywood Reporter:` credits does not."""
    text = document.text
    marks = find_marks(document)
    marks.update(_inline_answers(text, marks))  # `... the form? Parker: I wish ...`
    share = marked_share(document, marks, 2)
    if share < _STRONG_SHARE and (_all_strong(text, marks) or _single_opening(text, marks)
                                  or _announced_body(text, marks) or _said_body(text, marks)):
        return _STRONG_SHARE
    starts = document.line_starts
    inline_lines = {starts[bisect.bisect_right(starts, offset) - 1] for offset in marks
                    if offset and text[offset - 1] != "\n"}
    if not share or not inline_lines:
        return share
    sentences = 0
    for start in inline_lines:
        end = text.find("\n", start)
        sentences += len(_SENTENCE_BREAK.findall(text, start, end if end != -1 else len(text)))
    diluted = len(marks) / (len(marks) / share + sentences)
    if diluted < _STRONG_SHARE and _flat_page(text, starts, marks):
        return _STRONG_SHARE  # a flattened page: its labels are few for its sentences
    return diluted


# The vote a transcript with only one or two labels gets when each is strongly shaped.
_STRONG_SHARE = 0.2
_BODY_SHARE = 0.3  # least share of the body's opening lines the labels of `_announced_body` open


def _announced_body(text: str, marks: dict[int, Mark]) -> bool:
    """A transcript under a long page header (a wire service's roll-call masthead, address,
    copyright and `SPEAKERS:` list, one short line each): the header says `TRANSCRIPT`, and
    from the first label on, labels of two voices or more open most paragraphs. The header's
    lines dilute the whole-document vote; the body alone is voted on here."""
    if len(marks) < 3 or len({m.label for m in marks.values()}) < 2:
        return False
    first = min(marks)
    if any(offset and text[offset - 1] != "\n" for offset in marks) or \
            _ANNOUNCED.search(text, 0, first) is None:
        return False
    opening = 0
    after_break = True
    for start, end in each_line(text, first):
        line = text[start:end].rstrip()
        if not line:
            after_break = True
            continue
        opening += after_break or start in marks
        after_break = line.endswith((".", "?", "!", ")", "]", '"', "”"))
    return len(marks) >= _BODY_SHARE * opening


def _all_strong(text: str, marks: dict[int, Mark]) -> bool:
    """A document with few labels is still a transcript when every label is strongly shaped
    (`CHAIRMAN RICHARD BURR: Attorney General ...`, `PRESS SECRETARY JOHN F. KIRBY: OK`):
    capitals at a line start, a title before a name (or a stated role), the speech after it
    on the same line; and the labelled part is most of the document, not a quote in an
    article."""
    if not marks or (min(marks) > len(text) - min(marks)
                     and not _host_intro(text, marks)):
        return False
    header = text[:min(min(marks), 3000)]  # the page's title is at its top
    for offset, mark in marks.items():
        words = mark.label.split()
        if offset and text[offset - 1] != "\n":
            return False
        # `CHAIRMAN RICHARD BURR`, or an honorific before a name in capitals (`Mr. BILL MOYERS`);
        # in ordinary case, the person the page's title names (`Press Conference by Foreign
        # Press Secretary Takeshi Osuga`, then `Foreign Press Secretary Osuga:`)
        capitals = mark.label.isupper() or (
            len(words) >= 2 and is_title(words[0]) and " ".join(words[1:]).isupper()) or (
            len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2
            and _named_in(header, words[-1]))
        if not (capitals and len(words) >= 2 and role_label(mark.label) is None
                and (mark.role is not None or any(is_title(w) for w in words[:-1]))):
            return False
        speech = text[mark.body_start:mark.body_start + 200].split("\n\n")[0]
        if not any(ch.isalnum() for ch in speech):
            return False  # speech follows the label
    return True


def _named_in(header: str, surname: str) -> bool:
    """`surname` is a word of a title line of `header` (`... by ... Takeshi Osuga`)."""
    at = header.find(surname)
    while at != -1:
        end = at + len(surname)
        if (at == 0 or not header[at - 1].isalnum()) and \
                (end == len(header) or not header[end].isalnum()):
            line = header[header.rfind("\n", 0, at) + 1:at]
            if _BY_TITLE.search(line):
                return True
        at = header.find(surname, end)
    return False


_BY_TITLE = lazy_pattern(r"(?i:briefing|conference|remarks|interview|statement|transcript)"
                         r"\b[^\n]{0,80}?\b(?i:by|with|of)[^\S\n]")


def _office_first(office: str, person: str) -> tuple[str, str] | None:
    """(name, role) of a label that gives the office first, then the person: `Official
    Spokesperson, Shri Gopal Baglay` (India's MEA), `Press Secretary, Ana Ruiz`."""
    if role_label(office) is None:
        return None
    role = roles.role_line(office)
    found = roles.titled_name(person)
    words = person.split()
    if role is None or found is None or not 2 <= len(words) <= 5 or \
            not all(w[:1].isupper() for w in words):
        return None
    return " ".join(w for w in words if w.lower().rstrip(".") not in HONORIFICS), role


_HEADER_MAX = 1500  # characters of page header a lone opening label may follow


def _holder_above(text: str, offset: int, label: str) -> bool:
    """`The Vice President:` under a page title naming the holder of that office (`Vice
    President Ana Ruiz and Members of the Task Force Hold a Press Briefing`): the office is
    that person's label, not a quotation's credit."""
    office = re.sub(r"^(?i:the)\s+", "", label.strip())
    if len(office) < 2:
        return False
    holder = re.compile(rf"\b{re.escape(office)}[^\S\n]+[A-Z][a-z][\w'’\-]+")
    return holder.search(text, 0, offset) is not None


def _single_opening(text: str, marks: dict[int, Mark]) -> bool:
    """One speaker labelled once, at the start of the body, who then speaks to the end: a
    radio host's monologue (`Brian Lehrer: It's The Brian Lehrer Show ...`) or a
    spokesperson's statement (`Shri Randhir Jaiswal, Official Spokesperson: Good afternoon
    friends. ...`). The label names a person (two capitalised words or more, or a stated
    role), opens a line after no more than a page header, the speech after it is in the
    first or second person (within its first 600 characters), it holds most of the document,
    and it does not read as a news article (more reporting verbs than half its first and
    second persons)."""
    if len(marks) != 1:
        return False
    offset, mark = next(iter(marks.items()))
    # `POST-CABINET PRESS CONFERENCE: MONDAY ...` or `Transcript follows below` just above:
    # the page says the transcript starts here, after an intro of any length.
    announced = _ANNOUNCED.search(text, max(0, offset - 300), offset) is not None
    if offset > (2 * _HEADER_MAX if announced else _HEADER_MAX) or \
            (offset and text[offset - 1] != "\n") or \
            (offset > len(text) - offset and not announced):
        return False
    words = mark.label.split()
    # An office alone names a person only in capitals (`PM:`, `PREMIER:`), the way a
    # government's transcript labels its head; `The President:` may be a quote's credit.
    office = role_label(mark.label) is not None
    held = office and _holder_above(text, offset, mark.label)
    if office and not text[offset:mark.body_start].isupper() and not held:
        return False
    if not (len(words) >= 2 or mark.role is not None or office) or \
            not all(w[:1].isupper() or w in _PARTICLES for w in words) or \
            (words[0].lower().rstrip(".") in _NOT_LABELS and not held
             and not _ordinal_office(words)):
        return False
    # the office's opening remarks may run on about others for a while before an `I` or `we`
    # (a label alone on its line, `ANA RUIZ:`, has its speech on the next line)
    speech = text[mark.body_start:mark.body_start + (3000 if office else 600)].lstrip()
    if not speech[:1].isupper() or not _FIRST_PERSON.search(speech):
        return False
    # A quoted line leading an article: what follows reports in the third person (`said`,
    # `according to`); speech keeps saying I, we and you (quotations set aside).
    rest = _QUOTED.sub("", text[mark.body_start:mark.body_start + 5000])
    spoken = len(_FIRST_PERSON.findall(rest))
    reported = len(_SAYS.findall(rest)) + rest.count("according to")
    return spoken >= 2 * reported


_ANNOUNCED = lazy_pattern(r"(?im)^[^\S\n]*[^\n.?!]{0,80}\b(?:transcript|press\s+conference|"
                        r"news\s+conference)\b[^\n.?!]{0,80}$")

single_opening = _single_opening  # the record layout's lone chair uses the same test

_QUOTED = lazy_pattern(r"\"[^\"\n]{0,600}\"|“[^”\n]{0,600}”")


# `UNIDENTIFIED MALE:` - an unnamed voice: the press when it asks, else kept apart.
_UNNAMED = lazy_pattern(r"(?i)^(?:unidentified|unknown|unnamed)\s+(?:male|female|man|woman|"
                      r"voice|person|participant)(?:\s*#?\d{1,2})?$")


def _unnamed_askers(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """An unnamed voice most of whose turns ask questions is the press (`Unidentified
    Male: Will you resign?`); one that answers stays an unnamed speaker of its own."""
    offsets = sorted(marks)
    asks: Counter[str] = Counter()
    turns: Counter[str] = Counter()
    for i, offset in enumerate(offsets):
        mark = marks[offset]
        if not _UNNAMED.match(mark.label):
            continue
        end = offsets[i + 1] if i + 1 < len(offsets) else len(text)
        body = text[mark.body_start:min(end, mark.body_start + 2000)].rstrip()
        turns[mark.label.upper()] += 1
        asks[mark.label.upper()] += body.endswith("?")
    press = {label for label, count in turns.items() if 2 * asks[label] > count}
    if not press:
        return marks
    return {offset: Mark("Unidentified reporter", mark.body_start, question=True)
            if mark.label.upper() in press else mark for offset, mark in marks.items()}


_FIRST_PERSON = lazy_pattern(r"\b(?:I|I'm|I've|I'd|I'll|we|We|we're|We're|our|Our|us|you|"
                           r"You|your|Your|my|My)\b|\?")
_SAYS = lazy_pattern(r"\b(?:said|says|told)\b")


def _article_tail(document: Document, marks: dict[int, Mark]) -> frozenset[int]:
    """Lines of an article that resumes after the transcript excerpt it embeds: when the
    text before the first label is news (quotations with `said`), the paragraphs after the
    last turn's first one that speak in no first or second person, and all after them,
    are the reporter's narration, not the last speaker's."""
    text = document.text
    if not marks:
        return frozenset()
    header = text[:min(marks)]
    if header.count("\n\n") < 2 or not _SAYS.search(header) or \
            not news.score(Document(name=document.name, text=header)):
        return frozenset()
    out: set[int] = set()
    resumed = False
    blank = False
    for start, end in each_line(text, max(marks)):
        line = text[start:end]
        if not line.strip():
            blank = True
            continue
        if blank and not resumed and not _FIRST_PERSON.search(_paragraph(text, start)):
            resumed = True
        blank = False
        if resumed:
            out.add(start)
    return frozenset(out)


def _paragraph(text: str, start: int) -> str:
    end = text.find("\n\n", start)
    return text[start:end if end != -1 else len(text)]


# `... started the press conference with the following announcements:` - what follows, up
# to the first label, is the principal's.
_ANNOUNCES = lazy_pattern(r"(?im)^[^\n]{0,200}\b(?:announcements?|statements?|remarks)[^\S\n]*:"
                        r"[^\S\n]*$")


def _announcements(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """An `A` mark for the announcements a Q/A briefing's header introduces."""
    if not marks or not any(m.label == "A" for m in marks.values()):
        return {}
    cue = None
    for found in _ANNOUNCES.finditer(text, 0, min(marks)):
        cue = found  # the last cue before the first label
    if cue is None:
        return _uncued_announcements(text, marks)
    start = cue.end()
    while start < min(marks) and text[start].isspace():
        start += 1
    if start >= min(marks):
        return {}
    line_start = text.rfind("\n", 0, start) + 1
    return {line_start: Mark("A", start)}


# A ministry's regular briefing page: `Foreign Ministry Spokesperson Geng Shuang's Regular
# Press Conference on January 13, 2020`.
_BRIEFING_TITLE = lazy_pattern(r"(?i)\b(?:press\s+conference|press\s+briefing|media\s+briefing|"
                             r"news\s+conference)\b")
_ANNOUNCEMENT = 100  # characters of a finished sentence that is an announcement, not furniture


def _uncued_announcements(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """An `A` mark at the announcements a Q/A briefing page opens with, with no cue before
    them (`At the invitation of ..., Ana Ruiz will attend ...` under the title and a
    `Published on` line): the header's last paragraphs when each is a long finished sentence
    or more and the title names a press conference (not an interview)."""
    first = min(marks)
    header = text[:first]
    title = _BRIEFING_TITLE.search(header)
    if title is None or _INTERVIEWED.search(header) or "transcript" in header.lower():
        return {}
    start = None
    blank = True
    for line_start, line_end in line_spans(text, title.end(), first):
        line = text[line_start:line_end].strip()
        if not line:
            blank = True
            continue
        announcing = len(line) >= _ANNOUNCEMENT and line.endswith(".") and \
            not _FIRST_PERSON.search(line.replace("?", ""))
        if not announcing and (blank or start is None or line_start < title.end()):
            start = None  # furniture (`Published on ...`) or the title's line: not yet
        elif announcing and start is None:
            start = line_start
        blank = False
    return {start: Mark("A", start)} if start is not None else {}


# `This is FRESH AIR. I'm Terry Gross.` - a host introducing the programme.
_HOST_INTRO = lazy_pattern(
    r"(?m)^[^\S\n]*(?:This is [^.\n]{1,60}\.[^\S\n]+)?(?:I'm|I am)[^\S\n]+"
    r"(?P<name>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][\w'’\-]+)\b")
# `Hey, I'm Kelly Marsh.` then `And I'm Eric Lund.`: two hosts, one line each.
_HOSTS_INTRO = lazy_pattern(
    r"(?m)^[^\S\n]*(?:Hey|Hi|Hello|And)[,!]?[^\S\n]+(?:I'm|I am)[^\S\n]+"
    r"(?P<name>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][\w'’\-]+)[.!]?[^\S\n]*$")


def _host_intro(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """The header paragraphs of a programme from its host's `I'm Terry Gross.` on are the
    host's (the first guest's label comes after them)."""
    if not marks:
        return {}
    intro = _HOST_INTRO.search(text, 0, min(marks))
    if intro is None or intro.start() > 2000:
        hosts = {found.start(): Mark(found.group("name"), found.start())
                 for found in _HOSTS_INTRO.finditer(text, 0, min(min(marks), 2000))}
        return hosts if len(hosts) >= 2 else {}
    return {intro.start(): Mark(intro.group("name"), intro.start())}


_CAPITALISED = lazy_pattern(r"[A-Z][a-z'’\-]+(?:[^\S\n]+[A-Z][a-z'’\-]+)+")


def _initials(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Labels that are a person's initials (`MW:`, `AAG:` for Margaret Warner and Ahmed Aboul
    Gheit), read as the full names the header gives: `NewsHour Senior Correspondent
    Margaret Warner Interviews Egyptian Foreign Minister Ahmed Aboul Gheit`."""
    if not marks:
        return marks
    header = text[:min(min(marks), 4000)]
    keys = {m.label for m in marks.values() if 2 <= len(m.label) <= 4 and m.label.isalpha()
            and m.label.isupper() and m.label.lower() not in PRESS_LABELS | ANSWER_LABELS
            and m.label.lower() not in PRESS_OUTLETS}
    names = _initial_names(header, keys)
    names.update(_titled_initials(header, keys, names))
    if not names:
        return marks
    # `AG` after `AAG`: the shorter form of a name found whole (Aboul Gheit -> Ahmed Aboul Gheit)
    for key, name in list(names.items()):
        longer = [n for n in names.values() if n != name and n.endswith(" " + name)]
        if longer:
            names[key] = max(longer, key=len)
    return {offset: Mark(names[m.label], m.body_start, role=m.role, question=m.question)
            if m.label in names else m for offset, m in marks.items()}


def _once_named(found: dict[int, Mark], marks: dict[int, Mark],
                counts: Counter[str]) -> dict[int, Mark]:
    """First names used once (`Odile: no.`, `Derek: The Czech PM ...`) in a readout whose
    speakers go by first names: with three first-name labels or more already recurring, a
    first name opening a line after the first label is one more speaker, not a dateline."""
    def first_name(label: str) -> bool:
        return " " not in label and label[:1].isupper() and label[1:].islower() and \
            label.isalpha() and label.lower() not in _NOT_LABELS | _HEADINGS | _OPENERS

    if len({m.label for m in marks.values() if first_name(m.label)}) < 3:
        return {}
    start = min(marks)
    return {offset: mark for offset, mark in found.items()
            if offset > start and offset not in marks and first_name(mark.label)
            and counts[mark.label.upper()] == 1}


# `... (SHRI PRAHLAD SINGH PATEL) moving the motion for consideration of the Bill, said: ...`
_SAID = lazy_pattern(r",?[^\S\n]+said[^\S\n]*:[^\S\n]+(?=\S)")
# What every `_SAID` match holds, with a literal start (`_SAID` has none: 0.32 CPU s to scan
# 10 MB that holds `said`): searched first.
_SAID_COLON = lazy_pattern(r"said[^\S\n]*:")
_SAID_HEAD = lazy_pattern(
    r"[^\S\n]*(?P<head>[A-Z0-9(][A-Z0-9.,'’()/&\-]*(?:[^\S\n]+[A-Z0-9.,'’()/&\-]+)*)"
    r"(?P<tail>[^\S\n]+[^\n]{0,200})?$")
_SAID_NAME = lazy_pattern(r"\((?P<name>(?:[A-Z][A-Z.'’\-]*[^\S\n]*){2,8})\)")
_SAID_STARTERS = frozenset({"the", "shri", "smt", "shrimati", "sushri", "kumari", "dr", "prof",
                            "mr", "ms", "mrs", "hon", "sardar", "adv", "col"})
_SAID_REACH = 400  # characters of a `said:` label's last line
_SAID_LINES = 5  # lines a label written over several lines may take (blank lines apart)


def _said_labels(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Labels of a parliament's synopsis of debates, in capitals and often over several lines,
    with the speech after `said:` (`THE MINISTER OF STATE OF THE MINISTRY OF CULTURE` /
    `AND MINISTER OF STATE ... (SHRI` / `PRAHLAD SINGH PATEL) moving the motion ..., said:`):
    the person is the name in brackets (else the capitals themselves), the office before it
    their role. The label starts at a line opening with `THE`, an honorific or a title, or at
    the line of `said:` when the capitals there are a whole name; no other labels between."""
    out: dict[int, Mark] = {}
    if _SAID_COLON.search(text) is None:
        return out  # no `said:` anywhere (one fast scan)
    for said in _SAID.finditer(text):
        # a label's last line is short: look back no further (linear on a flattened text)
        line_start = text.rfind("\n", max(0, said.start() - _SAID_REACH), said.start()) + 1
        if line_start in marks or (line_start == 0 and said.start() > _SAID_REACH):
            continue
        head = _SAID_HEAD.match(text, line_start, said.start())
        if head is None or (head.group("tail") and not head.group("tail").strip()[:1].islower()):
            continue
        parts = [head.group("head")]
        start = line_start
        for _ in range(_SAID_LINES):
            joined = " ".join(parts)
            first = joined.split()[0].lower().rstrip(".")
            if joined.count("(") >= joined.count(")") and (
                    first in _SAID_STARTERS or is_title(first)
                    or (len(parts) == 1 and len(joined.split()) >= 2)):
                break
            end = start - 1  # the newline that ends the line above
            for _blank in range(3):  # blank lines between wrapped lines (a PDF's)
                above = text.rfind("\n", 0, max(0, end)) + 1
                if end <= 0 or text[above:end].strip():
                    break
                end = above - 1
            if end <= 0:
                parts = []
                break
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line or len(line) > 120 or any(ch.islower() for ch in line) or \
                    start in marks:
                parts = []
                break
            parts.insert(0, line)
        else:
            parts = []
        if not parts:
            continue
        name, office = _said_name(" ".join(" ".join(parts).split()))
        words = name.split()
        if len(words) > 2 and words[0].lower().rstrip(".") in _SAID_STARTERS:
            words = words[1:]  # `KUMARI`, `SUSHRI`: honorifics of the page, not of the name
            name = " ".join(words)
        if len(words) < 2 and not (words and is_title(words[0])):
            continue
        role = (roles.role_line(office) or _recased_office(office)) if office else None
        # keyed at the line of `said:`, so the turn starts with the speech (the label's
        # lines above it are capitals: headings to the parse, narration)
        out[line_start] = Mark(name, said.end(), role=role)
    return out


def _said_body(text: str, marks: dict[int, Mark]) -> bool:
    """A synopsis of debates: a `..., said:` label (see `_said_labels`) opens a turn in the
    first half of the document."""
    return any(offset <= len(text) // 2 and text[offset:m.body_start].rstrip().endswith("said:")
               and text[offset:m.body_start].count("\n") < 2 * _SAID_LINES
               for offset, m in marks.items())


def _said_name(label: str) -> tuple[str, str]:
    """(name, office) of a `said:` label: the name in brackets that opens with an honorific
    (`THE MINISTER OF ... (SHRI A B)`), else the label itself up to its notes when it opens
    with one (`DR. A B (RIVERTON NORTH)`), else a name in brackets, else the whole label."""
    bracketed = list(_SAID_NAME.finditer(label))
    for found in reversed(bracketed):
        if found.group("name").split()[0].lower().rstrip(".") in _SAID_STARTERS - {"the"}:
            return " ".join(found.group("name").split()), label[:found.start()].strip(" ,")
    first = label.split()[0].lower().rstrip(".")
    if first in _SAID_STARTERS - {"the"}:
        return label.split("(")[0].strip(" ,"), ""
    if bracketed:
        found = bracketed[-1]
        return " ".join(found.group("name").split()), label[:found.start()].strip(" ,")
    return label.strip(" ,"), ""


_OFFICE_SMALL = frozenset({"of", "the", "and", "for", "in", "on"})


def _recased_office(office: str) -> str | None:
    """`THE MINISTER OF STATE IN THE MINISTRY OF CULTURE` -> `Minister of State in the Ministry
    of Culture`: an office as the page spells it, when it names one."""
    words = office.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not any(is_title(w) for w in words):
        return None
    return " ".join(w.lower() if w.lower() in _OFFICE_SMALL and i else w.capitalize()
                    for i, w in enumerate(words))


_NOTED_ROLE = lazy_pattern(r"\((?P<role>[^()\n]{2,60})\)[^\S\n]*:[^\S\n]*$")


def _noted_role(label: str) -> str | None:
    """The role a label gives in brackets before its colon (`JOHN ROE (SENATOR):`, `Ana Ruiz
    (Moderator):`); a party, a seat or a stage note (`(R-TX)`, `(via video)`) is none."""
    found = _NOTED_ROLE.search(label)
    if found is None:
        return None
    note = found.group("role").strip()
    if note.isupper() and len(note) <= 4:
        return None  # `(SNP)`, `(CEO)`: initials, a party's or an office's, left as they are
    return roles.role_line(note)


_NOT_ONE_WORD = _NOT_LABELS | _HEADINGS | _OPENERS | _VERBS
_LOWER_STYLE = 3  # labelled turns in lower case that make it the document's style


def _lower_case_labels(text: str, found: dict[int, Mark], marks: dict[int, Mark],
                       counts: Counter[str]) -> dict[int, Mark]:
    """One-word labels whose speech starts in lower case (`Avila: it's mostly peaceful`,
    `Cop: we don't ...`), left out as datelines, in a document that writes its labelled turns
    that way (three labelled turns or more already speaking in lower case, or two such
    labels that come back three times each, most labels following another speaker's), a
    capitalised word opening a line as a label is one more speaker when it comes
    back, or when labels of other speakers come right before and after it."""
    def word(label: str) -> bool:
        return " " not in label and label.isalpha() and len(label) >= 3 and \
            label[:1].isupper() and label.lower() not in _NOT_ONE_WORD

    offsets = sorted(found)
    lower = sum(1 for offset, m in marks.items() if (offset == 0 or text[offset - 1] == "\n")
                and text[m.body_start:m.body_start + 1].islower())
    if lower < _LOWER_STYLE:
        recurring = {m.label for m in found.values() if word(m.label)
                     and counts[m.label.upper()] >= _LOWER_STYLE
                     and text[m.body_start:m.body_start + 1].islower()}
        changes = sum(1 for a, b in zip(offsets, offsets[1:], strict=False)
                      if found[a].label != found[b].label)
        if len(recurring) < 2 or 2 * changes < len(offsets) - 1:
            return {}
    out = {offset: found[offset] for offset in offsets if offset not in marks
           and word(found[offset].label) and counts[found[offset].label.upper()] >= 2}
    for n, offset in enumerate(offsets[1:-1], 1):
        label = found[offset].label
        if offset not in marks and offset not in out and word(label) and all(
                (other in marks or other in out) and found[other].label != label
                for other in (offsets[n - 1], offsets[n + 1])):
            out[offset] = found[offset]  # used once, between two other speakers' labels
    return out


_ALTERNATING = 4  # labelled turns that make a document one that alternates labelled turns


def _sandwiched_words(found: dict[int, Mark], marks: dict[int, Mark]) -> dict[int, Mark]:
    """A one-word label used once (`Cop: We don't shoot ...`), in a document of labelled
    turns, right between two one-word labels of other speakers in the same case (the
    line-start labels just before and after it): one more speaker, not a dateline; `Note:`
    and kin are never one."""
    offsets = sorted(found)
    out: dict[int, Mark] = {}
    for n in range(1, len(offsets) - 1):
        offset = offsets[n]
        label = found[offset].label
        if offset in marks or " " in label or not label.isalpha() or len(label) < 3 or \
                not label[:1].isupper() or label.lower() in _NOT_ONE_WORD or \
                role_label(label) is not None:
            continue
        before, after = marks.get(offsets[n - 1]), marks.get(offsets[n + 1])
        if before is not None and after is not None and \
                label not in (before.label, after.label) and all(
                    " " not in m.label and m.label.isupper() == label.isupper()
                    for m in (before, after)):  # written as its neighbours are
            out[offset] = found[offset]
    return out


_LOST_LABEL = lazy_pattern(r"[^\S\n]*:[^\S\n]+(?=[A-Z“\"])")


def _lone_first_names(text: str, found: dict[int, Mark], marks: dict[int, Mark],
                      counts: Counter[str]) -> dict[int, Mark]:
    """A first name used once (`Sahil: Sir, I am Sahil from ANI.`) among labels that are
    full names (three or more, each two words or more): one more speaker when the words
    after it speak (a first or second person, a question), not a dateline."""
    named = {m.label.upper() for m in marks.values()
             if len(m.label.split()) >= 2 and role_label(m.label) is None}
    if len(named) < 3:
        return {}
    first = min(marks)
    out: dict[int, Mark] = {}
    for offset, mark in found.items():
        if offset <= first or offset in marks or not _lone_first_name(mark.label, counts):
            continue
        speech = text[mark.body_start:mark.body_start + 300]
        if speech[:1].isupper() and _FIRST_PERSON.search(speech):
            out[offset] = mark
    return out


def _lone_first_name(label: str, counts: Counter[str]) -> bool:
    """A label that could be a first name used once (`Sahil`, `Shrinjoy`): one capitalised
    word of letters, three or more, used once, no known heading, opener or role."""
    return (counts[label.upper()] == 1 and " " not in label and label[:1].isupper()
            and label[1:].islower() and label.isalpha() and len(label) >= 3
            and label.lower() not in _NOT_LABELS | _HEADINGS | _OPENERS
            and role_label(label) is None)


# `Sir, Times Now. ...` / `Ma'am, a follow-up.`: a reporter's question opens by addressing
# the official.
_ADDRESSING = lazy_pattern(r"(?:Sir|Ma'am|Ma’am|Madam)[,.][^\S\n]+\S")


def _addressing_askers(text: str, found: dict[int, Mark], marks: dict[int, Mark],
                       counts: Counter[str]) -> dict[int, Mark]:
    """A first name used once (`Shrinjoy: Sir, Times Now. ...`) after the labels of a
    briefing: one more reporter when the speech opens by addressing the official (`Sir,`,
    `Ma'am,`, `Madam,`), the way a ministry's reporters do; a dateline or a heading never
    opens so."""
    first = min(marks)
    out: dict[int, Mark] = {}
    for offset, mark in found.items():
        if offset <= first or offset in marks or not _lone_first_name(mark.label, counts):
            continue
        if _ADDRESSING.match(text, mark.body_start, mark.body_start + 12) is not None:
            out[offset] = mark
    return out


# `PRICE To answer your question ...` - a capitals label that lost its colon.
_COLONLESS = lazy_pattern(
    r"[^\S\n]*(?P<label>[A-Z][A-Z.'’\-]+(?:[^\S\n]+[A-Z][A-Z.'’\-]+){0,3})[^\S\n]+"
    r"(?=[A-Z][a-z’'])")


def _colonless(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Lines that open with a capitals label the document uses twice or more with its colon
    (`PRICE: ...`), or its surname, without the colon (`PRICE To answer your question ...`)."""
    uses = Counter(m.label for offset, m in marks.items()
                   if m.label.isupper() and len(m.label) > 1
                   and (offset == 0 or text[offset - 1] == "\n"))
    capitals = {label for label, n in uses.items() if n >= 2}
    # the surname alone of a longer capitals label (`FERRANTE` for `GOV. LIDIA FERRANTE`)
    capitals |= {label.split()[-1] for label in capitals
                 if len(label.split()) >= 2 and len(label.split()[-1]) > 2}
    if not capitals:
        return {}
    out: dict[int, Mark] = {}
    for start, end in each_line(text, min(marks)):
        if start in marks or not text[start:end].lstrip()[:1].isupper():
            continue
        found = _COLONLESS.match(text, start, end)
        if found is not None and found.group("label") in capitals:
            out[start] = Mark(found.group("label"), found.end())
    return out


def _initial_names(header: str, keys: set[str]) -> dict[str, str]:
    """Initials (of `keys`) -> the name of two to four capitalised words in `header` they
    abbreviate."""
    names: dict[str, str] = {}
    if not keys or not header:
        return names
    for run in _CAPITALISED.finditer(header):
        words = [w for w in run.group().split() if not is_title(w)]
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 4) + 1):
                initials = "".join(w[0] for w in words[i:j])
                if initials in keys:
                    names[initials] = " ".join(words[i:j])
    return names


# `Dr. Rossi`, `Judge Harlan`, `Inspector Vane`: a title, then a surname alone.
_TITLED_SURNAME = lazy_pattern(r"\b(?P<title>[A-Z][a-z]{1,12}\.?)[^\S\n]+"
                               r"(?P<surname>[A-Z][a-z'’\-]{2,})\b(?![^\S\n]+[A-Z][a-z])")


def _titled_initials(header: str, keys: set[str], names: dict[str, str]) -> dict[str, str]:
    """Initials (of `keys`, none found whole) -> a person the header names by a title and a
    surname only (`Dr. Rossi is being cross-examined by Steven Cord.`, then `MR:` and `SC:`):
    the last initial is the surname's, the first name's unknown. Only when one key and one
    such person fit each other and no other (a soap's script, a play's cast)."""
    left = {key for key in keys if key not in names and len(key) == 2}
    if not left:
        return {}
    taken = {name.split()[-1] for name in names.values()}
    people: dict[str, str] = {}
    for found in _TITLED_SURNAME.finditer(header):
        if is_title(found.group("title")) and found.group("surname") not in taken:
            people.setdefault(found.group("surname"), f"{found.group('title')} "
                                                      f"{found.group('surname')}")
    out: dict[str, str] = {}
    for key in left:
        fits = [name for surname, name in people.items() if surname[0] == key[-1]]
        rivals = [other for other in left if other[-1] == key[-1]]
        if len(fits) == 1 and len(rivals) == 1:
            out[key] = fits[0]
    return out


# `Opening statement of Director Ana Ruiz`, `PREPARED STATEMENT`, `Statement for the record`:
# a line of its own with a blank line after it, short, unfinished.
_STATEMENT_HEADING = lazy_pattern(
    r"(?m)^[^\S\n]*(?:[A-Z][\w'’\-]*[^\S\n]+){0,3}(?i:statement|remarks|testimony)"
    r"\b(?:[^\S\n]+(?i:of|by|for|from|to)\b[^\n.?!:;]{0,80})?[^\S\n]*(?=\n\n|\n?$)")
# What a line must open with for `_STATEMENT_HEADING` (see `line_matches`).
_STATEMENT_HINT = lazy_pattern(
    r"\n[^\S\n]*(?:[A-Z][\w'’\-]*[^\S\n]+){0,3}(?i:statement|remarks|testimony)")


# `Opening Statement by Chief Secretary Ana Ruiz`, `REMARKS BY THE MINISTER FOR PORTS`: a
# heading of its own (no colon, no full stop) that names who reads what follows.
_STATEMENT_BY = lazy_pattern(
    r"(?m)^[^\S\n]*(?:(?i:opening|introductory|prepared|initial|closing|press)[^\S\n]+)?"
    r"(?i:statement|remarks)[^\S\n]+(?i:by|of|from)[^\S\n]+(?:(?i:the)[^\S\n]+)?"
    r"(?P<who>[A-Z][\w.'’\-]*(?:[^\S\n]+(?:[A-Z][\w.'’\-]*|of|for|and|de|van|von|la|le)){0,7})"
    r"[^\S\n]*$")
_STATEMENT_LOOK = 600  # characters of the statement where its reader says I or we


def _statement_by(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """A statement under a heading that names its reader, before the first label
    (`Opening Statement by Chief Secretary Ana Ruiz`, then the paragraph, then `REPORTER:`
    and the reader's own label): the reader's, when it speaks in the first person (a page
    title over a date line and a room, `Remarks by the President`, is no statement). One
    scan of the text before the first label."""
    if not marks:
        return {}
    first = min(marks)
    out: dict[int, Mark] = {}
    for match in _STATEMENT_BY.finditer(text, 0, first):
        body = match.end()
        while body < first and text[body] in " \t\r\n":
            body += 1
        end = text.find("\n\n", body, first)
        end = first if end == -1 else end
        if body >= first or body in marks or text[end - 1:end] == ":" or \
                not _FIRST_PERSON.search(text, body, min(end, body + _STATEMENT_LOOK)):
            continue
        who = " ".join(match.group("who").split())
        # `by the Minister for Ports` over `MINISTER FOR PORTS RUIZ:` turns: that speaker
        held = next((m.label for m in marks.values()
                     if m.label.upper().startswith(who.upper() + " ")), None)
        out = {match.start(): Mark(held or who, body)}
    return out  # (the last such heading above the first label)


def _statement_headings(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """The heading a prepared statement read inside a turn opens with: narration, not the
    reader's speech (the statement under it is theirs). One scan of the text."""
    if not marks:
        return frozenset()
    first = min(marks)
    return frozenset(match.start() for match in line_matches(
        _STATEMENT_HEADING, _STATEMENT_HINT, text, first)
                     if match.start() not in marks)


# `.. Well, it's a tough job.` / `… ` / `[...]`: a cut in an excerpted transcript, where the
# label of the turn after it may have gone with the cut.
_ELIDED = lazy_pattern(r"[^\S\n]*(?:\.{2,}|…|\[(?:\.{3}|…)\]|\((?:\.{3}|…)\))[^\S\n]*(?=\S)")
_INTERVIEWED = lazy_pattern(r"(?i)\binterview|\btalks?[^\S\n]+(?:to|with)\b|"
                          r"\bspoke[^\S\n]+(?:to|with)\b|\bin[^\S\n]+conversation\b")
_SPACES = lazy_pattern(r"[^\S\n]+")
_TAIL_PARAGRAPHS = 3  # unlabelled paragraphs after the last label that make a tail
_DROPPED_QUESTION = 400  # characters of a question paragraph whose label was dropped


def _opening(text: str, start: int) -> str:
    """The paragraph at `start`, up to 3,000 characters (linear over a long transcript)."""
    end = text.find("\n\n", start, start + 3000)
    return text[start:end if end != -1 else min(len(text), start + 3000)]


def _dropped_labels(text: str, marks: dict[int, Mark]) -> tuple[dict[int, Mark], frozenset[int]]:
    """Turns of a two-voice interview whose labels were dropped, and where an article appended
    after it begins. One voice asks (most of its turns end with `?`), the other answers:
    - a paragraph opening with an elision (`..`, `…`) right after a question is the answer,
      and one before the first label that speaks in the first person is the answerer's
      (a pull quote under the headline);
    - after the last label, when several paragraphs follow unlabelled (the labels stopped), a
      short paragraph that is a question, after the answerer's text, is the asker's, and the
      paragraph after a question is the answer when it speaks in the first or second person
      or opens with an elision; otherwise an article resumes there (narration to the end).
    One pass over the paragraphs."""
    empty: tuple[dict[int, Mark], frozenset[int]] = ({}, frozenset())
    labels = {m.label for m in marks.values()}
    if len(labels) != 2 or len(marks) < 2:
        return empty
    # Paragraphs open after a blank line (or at the text's start), or at a label. (First:
    # on a transcript whose every paragraph is labelled, the usual case, nothing below runs.)
    paragraphs: list[int] = []
    after = -2  # where the last non-blank line ended
    for start, end in nonblank_line_spans(text):
        if start > after + 1 or start in marks:  # (blank lines between, or a label)
            paragraphs.append(start)
        after = end
    if all(start in marks for start in paragraphs):
        return empty  # every paragraph opens with a label: none was dropped
    offsets = sorted(marks)
    asks: Counter[str] = Counter()
    turns: Counter[str] = Counter()
    template: dict[str, Mark] = {}
    for offset in offsets:
        mark = marks[offset]
        turns[mark.label] += 1
        asks[mark.label] += _opening(text, mark.body_start).rstrip().endswith("?")
        template.setdefault(mark.label, mark)
    askers = [label for label in labels if 2 * asks[label] > turns[label]]
    if len(askers) != 1:
        return empty
    asker = askers[0]
    answerer = next(iter(labels - {asker}))
    if turns[asker] < 2 and not _INTERVIEWED.search(text, 0, min(offsets[0], 3000)):
        return empty  # one statement ending on a question is no interview
    last = offsets[-1]
    tail = sum(1 for p in paragraphs if p > last)
    upcoming = 0
    added: dict[int, Mark] = {}

    def mark_as(label: str, start: int) -> None:
        elided = _ELIDED.match(text, start) or _SPACES.match(text, start)
        body = elided.end() if elided else start
        added[start] = Mark(template[label].label, body, role=template[label].role)

    current: str | None = None
    asked = False
    for n, start in enumerate(paragraphs):
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else len(text)
        here: Mark | None = None
        while upcoming < len(offsets) and offsets[upcoming] < following:
            here = marks[offsets[upcoming]]  # the last label in this paragraph
            upcoming += 1
        if here is not None:
            current = here.label
            asked = _opening(text, here.body_start).rstrip().endswith("?")
            continue
        paragraph = _opening(text, start).strip()  # (an unlabelled one: most are labelled)
        question = paragraph.endswith("?")
        elided = _ELIDED.match(text, start) is not None
        if current is None:
            if elided and _FIRST_PERSON.search(paragraph) and start < offsets[0]:
                mark_as(answerer, start)
        elif elided and current == asker and asked:
            mark_as(answerer, start)
            current = answerer
        elif start > last and tail >= _TAIL_PARAGRAPHS:
            if current == answerer and question and not asked and \
                    len(paragraph) <= _DROPPED_QUESTION and not elided:
                mark_as(asker, start)
                current = asker
            elif current == asker and asked and not question:
                if not elided and _headline(paragraph) and not _FIRST_PERSON.search(
                        _opening(text, following).replace("?", "")):
                    return added, frozenset(s for s, _ in each_line(text, start))
                mark_as(answerer, start)
                current = answerer
        asked = question
    return added, frozenset()


# `And with that, Mr. Secretary?` / `I'll turn it over to Ana Ruiz.` closing a paragraph.
_HAND_OVER = lazy_pattern(
    r"(?:(?i:and|so)[^\S\n]+)?(?:(?i:with[^\S\n]+that)|(?i:over[^\S\n]+to[^\S\n]+you)|"
    r"(?:I(?:'ll|[^\S\n]+will)|(?i:let[^\S\n]+me))[^\S\n]+(?:now[^\S\n]+)?(?:turn|hand)"
    r"[^\S\n]+(?:it[^\S\n]+)?over[^\S\n]+to)[,;]?[^\S\n]+(?:the[^\S\n]+)?"
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?|Madam|Madame)[^\S\n]+[A-Z][\w'’\-]+|"
    r"[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z][\w'’\-]+){0,2})[^\S\n]*[.?!]?[\"”]?[^\S\n]*$")
_TITLE_RUN = lazy_pattern(r"(?:[A-Z][\w.'’\-]*|of|for|the)(?:[^\S\n]+(?:[A-Z][\w.'’\-]*|of|"
                        r"for|the)){0,7}")


_RUN_STOPS = frozenset("""press briefing remarks conference statement transcript news media
interview update readout stakeout""".split())


def _surnames(marks: dict[int, Mark]) -> dict[str, Mark]:
    """The labelled speakers by surname (the first label of each)."""
    out: dict[str, Mark] = {}
    for _offset, mark in sorted(marks.items()):
        names = split_name(mark.label)[1]
        if names and role_label(mark.label) is None:
            out.setdefault(names[-1].upper(), mark)
    return out


def _addressee(who: str, header: str, surnames: dict[str, Mark]) -> Mark | None:
    """The label a hand-over names: a labelled speaker by name, or the person the header
    gives that title (`Mr. Secretary` -> `Secretary of Defense Austin`)."""
    words = [w for w in who.split() if w.lower().rstrip(".") not in HONORIFICS | {"madam",
                                                                                   "madame"}]
    if not words:
        return None
    if words[-1].upper() in surnames:
        return surnames[words[-1].upper()]
    if len(words) == 1 and is_title(words[0]):
        for found in re.finditer(rf"\b{re.escape(words[0])}\b", header):
            run = _TITLE_RUN.match(header, found.start())
            if run is None:
                continue
            tokens = run.group().split()
            for i, token in enumerate(tokens):
                if token.lower() in _RUN_STOPS:
                    tokens = tokens[:i]  # `... Ana Ruiz Press Briefing`
                    break
            while tokens and tokens[-1] in {"of", "for", "the"}:
                tokens.pop()
            titles, names = split_name(" ".join(tokens))
            if titles and names and not any(is_title(n) for n in names) and \
                    names[-1].lower().rstrip(".") not in _NOT_LABELS | _HEADINGS:
                return Mark(" ".join(names), 0, role=roles.role_line(" ".join(titles)))
        return None
    if len(words) >= 2 and not any(is_title(w) for w in words) and " ".join(words) in header:
        return Mark(" ".join(words), 0)  # a full name the title or a participants list gives
    return None


def _marked_lines(text: str, marks: dict[int, Mark]
                  ) -> Iterator[tuple[int, str, bool, list[Mark]]]:
    """The non-blank lines from the first mark on, each as (start, line, whether a blank
    line or the first mark comes right before it, the marks met since the line before, up
    to this line's end, in order): the walk of the one-pass repairs that look at the
    paragraph after a turn (`_handed_over`, `_line_opened`)."""
    offsets = sorted(marks)
    upcoming = 0
    blank = True
    for start, end in each_line(text, offsets[0]):
        line = text[start:end]
        if not line.strip():
            blank = True
            continue
        met = []
        while upcoming < len(offsets) and offsets[upcoming] < end + 1:
            met.append(marks[offsets[upcoming]])
            upcoming += 1
        yield start, line, blank, met
        blank = False


def _handed_over(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """The unlabelled paragraph after a labelled turn's hand-over (`And with that, Mr.
    Secretary?`): the addressee's, its label lost with the page's formatting. One pass."""
    if not marks:
        return {}
    header = text[:min(min(marks), 4000)]  # where a title names the addressee
    added: dict[int, Mark] = {}
    surnames: dict[str, Mark] | None = None  # built at the first hand-over
    previous: tuple[str, str] | None = None  # (speaker label, paragraph) before this one
    current: str | None = None
    for start, line, blank, met in _marked_lines(text, marks):
        if met:
            current = met[-1].label
        if blank and not met and previous is not None and current is not None:
            hand = _HAND_OVER.search(previous[1][-200:])
            if hand is not None:
                surnames = _surnames(marks) if surnames is None else surnames
                mark = _addressee(hand.group("who"), header, surnames)
                if mark is not None and mark.label != current:
                    body = start + len(line) - len(line.lstrip())
                    added[start] = Mark(mark.label, body, role=mark.role)
                    current = mark.label
        if blank:
            previous = (current or "", line) if current is not None else None
        elif previous is not None:
            previous = (previous[0], line)
    return added


def _headline(paragraph: str) -> bool:
    """A short line with no sentence end and no first or second person: `Lunch with the FT:
    Ana Ruiz`, the headline of an article appended after a transcript."""
    return len(paragraph) <= 120 and "\n" not in paragraph and \
        not paragraph.endswith(tuple(_SENTENCE_END)) and not _FIRST_PERSON.search(paragraph)


# `(2) Prime Minister of Mongolia to Visit Japan`, `3. Flood Relief` - a numbered topic
# heading of a spokesperson's opening remarks, a paragraph of its own: short, title case,
# unfinished.
_NUMBERED_HEADING = lazy_pattern(
    r"(?m)^[^\S\n]*(?:\(\d{1,2}\)|\d{1,2}[.)])[^\S\n]+"
    r"(?:(?:[A-Z0-9][\w.'’\-]*|of|and|the|for|in|on|at|to|a|an|with|by|from|&|[-–—:,])"
    r"[^\S\n]*){1,14}(?<![.?!:;,])$")
_NUMBERED_HINT = lazy_pattern(r"\n[^\S\n]*(?:\(\d{1,2}\)|\d{1,2}[.)])[^\S\n]")


def _numbered_headings(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """Numbered topic headings inside the turns (see `_NUMBERED_HEADING`) with a blank line
    or a label after them (a PDF loses the blank line): narration."""
    if not marks:
        return frozenset()
    out = set()
    for match in line_matches(_NUMBERED_HEADING, _NUMBERED_HINT, text,
                              min(marks)):
        after = match.end() + 1
        if match.start() in marks:
            continue
        if after >= len(text) or after in marks or not text[after:text.find(
                "\n", after) if text.find("\n", after) != -1 else len(text)].strip():
            out.add(match.start())
    return frozenset(out)


_WHOLLY_QUOTED = lazy_pattern(r"[^\S\n]*(?:\"[^\"\n]{10,300}\"|“[^”\n]{10,300}”)\.?[^\S\n]*$")


def _pull_quotes(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Photo-caption pull quotes (`German Chancellor Angela Merkel: "The crisis is ..."`, the
    line printed twice): a labelled line whose words are all one quotation and that comes
    back word for word is a page's caption, not a turn."""
    quoted: dict[int, str] = {}
    for offset, mark in marks.items():
        if offset and text[offset - 1] != "\n":
            continue
        end = text.find("\n", mark.body_start)
        end = len(text) if end == -1 else end
        if _WHOLLY_QUOTED.match(text, mark.body_start, end):
            quoted[offset] = text[offset:end].strip()
    if not quoted:
        return {}
    counts = Counter(quoted.values())
    # or the label is used only for quotations and another form of it speaks (`Rosa Keller:`
    # then `Chancellor Rosa Keller: "..."` once: a page may print the caption once)
    speaking = {m.label.split()[-1].upper() for offset, m in marks.items()
                if offset not in quoted and m.label.split()}
    quoting = {marks[offset].label for offset in quoted}
    only_quoted = quoting - {m.label for offset, m in marks.items() if offset not in quoted}
    exchange = _all_quoted(text, marks)  # (every turn a quotation: none is a caption alone)
    return {offset: marks[offset] for offset, line in quoted.items()
            if counts[line] >= 2 or (marks[offset].label in only_quoted and not exchange
                                     and len(marks[offset].label.split()) >= 2
                                     and marks[offset].label.split()[-1].upper() in speaking)}


# Words a headline leaves in lower case (`Talks Were 'Productive' and 'Calm'`).
_HEADLINE_SMALL = frozenset("""
a an the and or but nor of to in on at by for with from as is was are were be vs via
""".split())
_HEADLINE_WORDS = 3  # words of a headline after the colon at least
_STANDFIRST = 600  # characters of the paragraph under a headline where its subject is named


def _headline_label(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """A news item's headline `Ana Ruiz: Budget Talks Were 'Productive'` on the first line,
    read as a label: the words after the colon are in headline case (every word but the
    small ones capitalised) with no full stop, and the line under it, unlabelled, names the
    same person in the third person (a standfirst: `Channel 9's Ana Ruiz praised the talks
    on Monday.`). Narration, not a turn; the transcript's own labels follow."""
    if not marks:
        return {}
    first = min(marks)
    if text[:first].strip():
        return {}  # not the document's first line
    mark = marks[first]
    end = text.find("\n", mark.body_start)
    end = len(text) if end == -1 else end
    title = _repeated_title(text, first, mark.body_start, end)
    if title is not None:  # the page's title, and its heading wherever it repeats
        found = {first: mark}
        for offset in marks:
            if first < offset < end + _TITLE_REPEAT:
                stop = text.find("\n", offset)
                if " ".join(text[offset:stop if stop != -1 else len(text)].split()) == title:
                    found[offset] = marks[offset]
        return found
    head = text[mark.body_start:end].strip()
    words = [w.strip("'‘’\"“”()") for w in head.split()]
    words = [w for w in words if w[:1].isalpha()]
    if len(words) < _HEADLINE_WORDS or head.endswith((".", "?", "!", ":")) or not all(
            w[:1].isupper() or w.lower() in _HEADLINE_SMALL for w in words) or \
            not any(w[:1].isupper() for w in words[1:]):
        return {}
    below = end
    while below < len(text) and text[below] in " \t\r\n":
        below += 1
    if below >= len(text) or below in marks or not mark.label.split():
        return {}
    stop = text.find("\n", below, below + _STANDFIRST)
    standfirst = text[below:stop if stop != -1 else min(len(text), below + _STANDFIRST)]
    surname = mark.label.split()[-1]
    if surname not in standfirst or not standfirst.rstrip().endswith((".", "”", '"', "’")):
        return {}
    return {first: mark}


_TITLE_REPEAT = 6000  # characters after a page's first line where its title comes back
_TITLE_WORDS = 6  # a headline before ` : The Show`, longer than a name with its titles


def _repeated_title(text: str, start: int, body: int, end: int) -> str | None:
    """A web page's title on its first line, then the page's heading repeating it alone on
    a line of its own further down (`Ana Ruiz: A Chef Comes Home` at the top, run into the
    standfirst, then `Ana Ruiz: A Chef Comes Home` as the heading over the player; `Harbour
    Deal Stalls, Board Says : The Morning Podcast ...` then `Harbour Deal Stalls, Board
    Says`). The repeated line covers the colon and three words or more of the title: the
    first line's "label" is the headline's, not a speaker's. Returns the repeated line."""
    first = " ".join(text[start:end].split())
    colon = len(" ".join(text[start:body].split()).rstrip())  # (the label and its colon)
    if len(first[colon:].split()) < 3:
        return None  # a label alone on its line, repeated: a speaker's
    limit = min(len(text), end + _TITLE_REPEAT)
    at = end
    while at < limit:
        stop = text.find("\n", at + 1, limit)
        stop = limit if stop == -1 else stop
        line = " ".join(text[at + 1:stop].split())
        at = stop
        if len(line.split()) < 3 or len(line) > 160 or line.endswith((".", "?", "!")):
            continue
        if not first.startswith(line):
            continue
        if len(line[colon:].split()) >= 3 or (  # the title runs on past the colon
                len(line) >= colon - 2 and first[len(line):].lstrip().startswith(":")
                and len(line.split()) >= _TITLE_WORDS):  # or is the whole label, long
            return line
    return None


_QUESTION_LINES = 12  # lines of a `Q.` paragraph scanned for the `?` that ends it


def _unlabelled_answers(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """`Q. ...?` then the answer on the next line or paragraph with no label at all, the
    only labels being the press's: the answers are the official the page title names
    (`Remarks by High Representative/Vice-President Ana Ruiz upon arrival ...`), with the
    title as role. No one named in the title: nothing (the answers stay unlabelled)."""
    keys = [m.label.lower().rstrip(".") for m in marks.values()]
    answers = sum(1 for key in keys if key in ANSWER_LABELS)  # (`A lot ...` read as `A`)
    if len(marks) < 2 or 4 * answers > len(keys) or any(
            m.label != "A" for m in marks.values() if m.label.lower() in ANSWER_LABELS) or not all(
            key in PRESS_LABELS | ANSWER_LABELS for key in keys):
        return {}
    from briefing_cli.transcript import monologue
    from briefing_cli.transcript.common import FURNITURE, PROCEDURAL

    found = monologue.voice(text[:min(marks)])
    if found is None:
        return {}
    name, role = found[0], found[1]
    words = name.split()
    slashed = [i for i, w in enumerate(words) if "/" in w]
    if slashed:  # `High Representative/Vice-President Ana Ruiz`: the title is the role
        role = role or " ".join(words[:slashed[-1] + 1])
        name = " ".join(words[slashed[-1] + 1:])
    if len(name.split()) < 2:
        return {}
    out: dict[int, Mark] = {}

    def answer(start: int, end: int) -> None:
        line = text[start:end]
        out[start] = Mark(name, start + len(line) - len(line.lstrip()), role=role)

    # Opening remarks between the title and the first question are the official's.
    for start, end in each_line(text, found[2]):
        line = text[start:end].strip()
        if start >= min(marks):
            break
        if line and not FURNITURE.match(line) and not PROCEDURAL.match(line) and (
                len(line) > 60 or line.endswith(tuple(_SENTENCE_END))):
            answer(start, end)
            break
    spans = [(s, e) for s, e in each_line(text, min(marks))]
    # Paragraphs apart (a blank line before most questions): the paragraph after a
    # question's; else the line after the question's last line.
    starts = [text.rfind("\n", 0, offset) + 1 for offset in marks]
    spaced = 2 * sum(1 for at in starts if at and not text[
        text.rfind("\n", 0, at - 1) + 1:at].strip()) > len(marks)
    asked = False  # the question being read has ended with `?`
    reading = False  # inside a question (its paragraph, or up to its `?` line)
    lines = 0
    for start, end in spans:
        line = text[start:end].strip()
        if start in marks or start + len(text[start:end]) - len(text[start:end].lstrip()) \
                in marks:
            reading, lines = True, 0
            asked = line.endswith("?")
            continue
        if not line:
            if reading and spaced:
                reading = False  # the question's paragraph ends; `asked` says if it asked
            elif reading and not asked:
                reading = False
                asked = False
            continue
        if reading and (spaced or not asked) and lines < _QUESTION_LINES:
            lines += 1
            asked = line.endswith("?")
            continue
        if asked:
            answer(start, end)
        asked = reading = False
    return out


# `Paris Review: Ana Ruiz`, `Continue reading Harbour Weekly: Bruno Keller on ...`: a
# publication's heading before a title-case name or title and nothing else on the line.
_TITLE_WORD = r"(?:[A-Z][\w.'’\-]*|of|on|and|the|in|at|for|with|to|a|an|&)"
_TITLE_BODY = lazy_pattern(
    rf"[^\S\n]*{_TITLE_WORD}(?:[^\S\n]+{_TITLE_WORD}){{0,9}}[^\S\n]*$")


def _line_end(text: str, newlines: list[int], pos: int) -> int:
    """Where the line holding `pos` ends (`newlines`: every newline's offset, in order);
    a look-up, not a scan, so that many labels on one flattened line stay linear."""
    at = bisect.bisect_left(newlines, pos)
    return newlines[at] if at < len(newlines) else len(text)


@lru_cache(maxsize=1)
def _newlines(text: str) -> list[int]:
    # Once per text (three passes ask); read only.
    return [m.start() for m in re.finditer("\n", text)]


_RUNS_SESSION = frozenset({"moderator", "operator", "host", "co-host", "chair", "chairman",
                           "chairwoman", "presenter", "anchor", "interviewer", "announcer",
                           "narrator", "staff", "speaker", "the speaker", "mc"})


# Words of short speech in title case (`Good Morning All`, `Next Question`), never a heading's.
_SPOKEN_TITLE = _OPENERS | _VERBS | frozenset("""
welcome next question questions morning afternoon evening all everyone everybody yes no hello
hi go ahead over you me my your our us
""".split())


def _heading_labels(text: str, marks: dict[int, Mark]) -> tuple[set[int], frozenset[int]]:
    """Marks of a label used twice or more, every time before a title-case phrase that ends
    its line unfinished: a page heading (a magazine's name over each article), never a
    speaker. Returns the marks to drop and the line starts among them (narration)."""
    uses: dict[str, list[int]] = {}
    for offset, mark in marks.items():
        uses.setdefault(mark.label, []).append(offset)
    drop: set[int] = set()
    lines: set[int] = set()
    newlines: list[int] | None = None
    for label, offsets in uses.items():
        key = label.lower().rstrip(".")
        if len(offsets) < 2 or key in PRESS_LABELS | ANSWER_LABELS | _RUNS_SESSION \
                or role_label(label):
            continue
        if newlines is None:
            newlines = _newlines(text)
        bodies = ((marks[o].body_start, _line_end(text, newlines, marks[o].body_start))
                  for o in offsets)  # (read up to the first body that is no title)
        if all(_TITLE_BODY.match(text, body, end) is not None
               and not text[body:end].rstrip().endswith(tuple(_SENTENCE_END) + (":",))
               and not text[body:end].isupper() and not any(
                word.lower().strip(".,") in _SPOKEN_TITLE for word in text[body:end].split())
               for body, end in bodies):
            drop.update(offsets)
            assert newlines is not None
            lines.update(o for o in offsets if o == 0 or text[o - 1] == "\n" or not text[
                (newlines[bisect.bisect_left(newlines, o) - 1] + 1
                 if bisect.bisect_left(newlines, o) else 0):o].strip())
    return drop, frozenset(lines) | _heading_lines(text, marks)


# `The Valley Quarterly: Ana Ruiz` alone on a line, no label (`The` never opens one).
_HEADING_LINE_BODY = (rf"[^\S\n]*(?P<label>[A-Z][^:\n]{{1,60}}):(?P<body>[^\S\n]*{_TITLE_WORD}"
                      rf"(?:[^\S\n]+{_TITLE_WORD}){{0,9}})[^\S\n]*$")
_HEADING_LINE = lazy_pattern(rf"(?m)^{_HEADING_LINE_BODY}")
_HEADING_HINT = lazy_pattern(rf"(?m)\n{_HEADING_LINE_BODY}")  # (see `line_matches`)


def _heading_lines(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """Unlabelled lines that are a heading (`Magazine: Title Case Name`, the same prefix on
    two lines or more before an unfinished title-case fragment): narration, not part of
    the turn before them."""
    if not marks:
        return frozenset()
    found: dict[str, list[int]] = {}
    for match in line_matches(_HEADING_LINE, _HEADING_HINT, text, min(marks)):
        body = match.group("body")
        if match.start() in marks or body.rstrip().endswith(tuple(_SENTENCE_END)) or \
                body.isupper() or any(w.lower().strip(".,") in _SPOKEN_TITLE
                                      for w in body.split()):
            continue
        found.setdefault(match.group("label"), []).append(match.start())
    return frozenset(start for starts in found.values() if len(starts) >= 2
                     for start in starts)


def _under_headings(text: str, marks: dict[int, Mark],
                    headings: frozenset[int]) -> frozenset[int]:
    """Lines between a page heading (`Magazine: Ana Ruiz`, see `_heading_labels`) and the next
    label: a blog's own words under the heading of an excerpt that quotes no one (`May is
    Short Story Month, and ...`), narration, not the last excerpt's answerer going on. One
    pass over the lines after the first heading."""
    if not headings or not marks:
        return frozenset()
    offsets = sorted(marks)
    out: set[int] = set()
    upcoming = 0
    under = False
    for start, end in line_spans(text, min(headings)):
        while upcoming < len(offsets) and offsets[upcoming] < start:
            upcoming += 1
        if upcoming < len(offsets) and offsets[upcoming] <= end:
            under = False  # a label on this line: its turn
            if start in headings:
                under = True
            continue
        if start in headings:
            under = True
        elif under and text[start:end].strip():
            out.add(start)
    return frozenset(out)


# `... the form? Parker: I wish I could.`: an answer's label inside a question's line.
_ANSWER_INLINE = lazy_pattern(
    r"(?<=[?])[\"”’)]*[^\S\n]+(?P<label>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z][\w'’\-]+){0,2})"
    r":[^\S\n]+(?=\S)")
# `_ANSWER_INLINE` with its `?` read, not looked behind at: a literal start, so one whole-text
# search skips to each `?` (the look-behind form is tried at every position).
_ANSWER_HINT = lazy_pattern(
    r"\?[\"”’)]*[^\S\n]+[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z][\w'’\-]+){0,2}:[^\S\n]+\S")
_ASKERS = frozenset({"interviewer", "interviewers"})


def _inline_answers(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Turns run together in one paragraph (`Interviewer: ... the form? Parker: I wish ...
    Interviewer: And ...? Parker: ...`): inside a line that a question's label opens, a
    name and a colon right after a `?` is the answer's label, when the name comes back or
    the text names that person in full. An `Interviewer` asking is the press."""
    out: dict[int, Mark] = {}
    if _ANSWER_HINT.search(text) is None:
        return out  # no answer's label after a `?` anywhere (the usual case: one search)
    askers = PRESS_LABELS | _ASKERS
    asker_labels = {label for label in {m.label for m in marks.values()}
                    if label.lower().rstrip(".") in askers}  # (each label's key made once)
    asking = [o for o, m in marks.items() if m.label in asker_labels]
    if not asking:
        return out
    found: list[tuple[int, str, int]] = []
    answered = False  # an answer's label (found here or before) follows a question
    newlines = _newlines(text)
    asking.sort()
    for n, offset in enumerate(asking):
        # up to the line's end or the next question's label (one look at each character)
        end = _line_end(text, newlines, offset)
        if n + 1 < len(asking):
            end = min(end, asking[n + 1])
        if text.find("?", offset, end) == -1 or text.find("?", max(0, offset - 1), end - 5) == -1:
            continue  # (a match needs a `?` and, after it, at least a space, `Ab:`, a space, a
            # character, all before `end`: a question ending its line has no answer in it)
        for match in _ANSWER_INLINE.finditer(text, offset, end):
            label = match.group("label")
            first = label.split()[0].lower()
            if match.start("label") in marks:
                answered = answered or marks[match.start("label")].label.lower() not in _ASKERS
                continue
            if first in _NOT_LABELS or first in _OPENERS or label.isupper() \
                    or first in _ASKERS or first in PRESS_LABELS:
                continue
            found.append((match.start("label"), label, match.end()))
    counts = Counter(label for _, label, _ in found)
    for start, label, body in found:
        surname = re.escape(label.split()[-1])
        if counts[label] >= 2 or " " in label or re.search(
                rf"[A-Z][\w'’\-]+[^\S\n]+{surname}\b", text[:200_000]) is not None:
            out[start] = Mark(label, body)
    if out or answered:
        for offset in asking:
            if marks[offset].label.lower() in _ASKERS:
                out[offset] = Mark("Q", marks[offset].body_start)
    return out


# `And I'm Ana Ruiz. Our show began ...` opening an unlabelled paragraph among labelled ones.
_SELF_INTRO = lazy_pattern(
    r"[^\S\n]*(?:(?:And|Hi|Hey|Hello)[,!]?[^\S\n]+)?(?:I'm|I’m|I[^\S\n]+am)[^\S\n]+"
    r"(?P<name>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+(?P<surname>[A-Z][\w'’\-]+))[.,]")
_SELF_INTRO_HINT = lazy_pattern(r"I(?:'m|’m|[^\S\n]+am)")
# `[From "Episode 12"] ...`, `(SOUNDBITE OF ARCHIVED BROADCAST)`: an archival clip's turn.
_CLIP = lazy_pattern(r"[^\S\n]*(?:\[(?i:from)[^\S\n][^\]\n]{1,120}\]|\((?i:soundbite|archival|"
                     r"from)[^)\n]{0,120}\))")


def _host_narration(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """A programme's host between labelled voices: an unlabelled paragraph that opens
    with `And I'm Ana Ruiz.`, Ruiz being a label of the transcript (`RUIZ:`), is the
    host's; so is the first unlabelled paragraph after an archival clip (a turn that opens
    with `[From "..."]`): the host's narration resumes."""
    if len(marks) < 2 or "I" not in text or (
            _SELF_INTRO_HINT.search(text) is None and "[" not in text and "(" not in text):
        return {}  # neither `I'm` / `I am` (`_SELF_INTRO`) nor a bracket (`_CLIP`)
    by_surname: dict[str, Mark] = {}
    for mark in marks.values():
        words = mark.label.split()
        if words and role_label(mark.label) is None:
            by_surname.setdefault(words[-1].upper(), mark)
    offsets = sorted(marks)
    out: dict[int, Mark] = {}
    host: Mark | None = None
    after_clip = False
    blank = True
    upcoming = 0
    for start, end in each_line(text, offsets[0]):
        if start == end or not text[start:end].strip():
            blank = True
            continue
        opening, blank = blank, False
        if upcoming < len(offsets) and offsets[upcoming] < end:
            while upcoming < len(offsets) and offsets[upcoming] < end:
                mark = marks[offsets[upcoming]]
                upcoming += 1
            after_clip = after_clip or _CLIP.match(text, mark.body_start) is not None
            continue
        if not opening:
            continue
        intro = _SELF_INTRO.match(text, start, end)
        if intro is not None and intro.group("surname").upper() in by_surname:
            host = by_surname[intro.group("surname").upper()]
            out[start] = Mark(host.label, start, role=host.role)
            after_clip = False
        elif host is not None and after_clip:
            out[start] = Mark(host.label, start, role=host.role)
            after_clip = False
    return out
# `Next question, the Canadian Press. Line open.` / `... Your line is open.` / `... Please go
# ahead.` ending an operator's paragraph on a call: the caller's words follow, unlabelled.
_LINE_OPEN = lazy_pattern(
    r"(?:^|[.?!,:;][^\S\n]*)(?i:(?P<line>(?:(?:your|the|their)[^\S\n]+)?line[^\S\n]+(?:is[^\S\n]+)?(?:now[^\S\n]+)?"
    r"(?:open|live))|(?:please[^\S\n]+)?(?:go[^\S\n]+ahead|proceed)(?:[^\S\n]+with[^\S\n]+"
    r"your[^\S\n]+question)?(?:,?[^\S\n]+please)?)[^\S\n]*[.!]?[^\S\n]*$")
_CALLER_CUE = lazy_pattern(r"(?i)\b(?:question|line|caller)\b")
# A word `_LINE_OPEN` cannot match without: a text with none has no line opened.
_LINE_OPEN_HINT = lazy_pattern(r"(?i)line|ahead|proceed")


def _line_open_hint(text: str) -> bool:
    """Whether `_LINE_OPEN_HINT` is in `text`. A case-blind expression with no literal start
    tries every position (0.2 s on 4.5 MB); three substring tests on the text in lower case
    take a tenth of that. Outside ASCII, where a letter may match another case-blind (the
    dotless `ı`), a text where they find nothing is still read by the expression."""
    low = text.lower()
    return "line" in low or "ahead" in low or "proceed" in low or (
        not text.isascii() and _LINE_OPEN_HINT.search(text) is not None)


def _line_opened(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """On a call, the unlabelled paragraph after an operator opens a caller's line (see
    `_LINE_OPEN`; `go ahead` only where the paragraph speaks of a question or a line) is the
    caller's: the press. Once the caller's paragraph ends with a question, the unlabelled
    paragraph after it is the answer of the official who spoke last before the operator.
    One pass over the lines."""
    if not marks or not _line_open_hint(text):  # no `line`, `ahead`, `proceed`
        return {}
    press = PRESS_LABELS | PRESS_OUTLETS
    added: dict[int, Mark] = {}
    current: Mark | None = None  # the turn in progress
    officials: list[Mark] = []  # labelled speakers other than the press, latest last
    asking = False  # the paragraph before was a caller's
    answerer: Mark | None = None
    tail = ""  # the end of the paragraph before this one (of this one, once past its start)
    for start, line, blank, met in _marked_lines(text, marks):
        for mark in met:
            current = mark
            asking = False
            if " ".join(current.label.lower().split()) not in press:
                officials = [m for m in officials if m.label != current.label][-3:]
                officials.append(current)
        if blank and not met and current is not None:
            body = start + len(line) - len(line.lstrip())
            opened = None if asking else _LINE_OPEN.search(tail)
            if asking and tail.endswith("?"):
                asking = False
                if answerer is not None:
                    added[start] = current = Mark(answerer.label, body, role=answerer.role)
            elif opened is not None and (opened.group("line") or _CALLER_CUE.search(tail)):
                answerer = next((m for m in reversed(officials) if m.label != current.label),
                                None)
                added[start] = current = Mark("Question", body)
                asking = True
        if blank:
            tail = ""
        tail = (tail + " " + line.strip())[-300:]
    return added


_NARRATIVE_MIN = 100  # characters of a line that tells about the speakers
_QUOTED_LABELS = 20  # labels of a quoted exchange looked for in its narration
_QUOTED_LEAD = 4  # lines labelled once that may stand between the intro and the first label
_ROLE_LINE = lazy_pattern(
    r"[^\S\n]*(?P<label>[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){0,2}):[^\S\n]+(?=\S)")
_WORDS_ONLY = lazy_pattern(r"[A-Za-z]+(?:[^\S\n][A-Za-z]+){0,2}")


def _quoted_exchange(text: str, marks: dict[int, Mark]) -> tuple[dict[int, Mark],
                                                                frozenset[int]]:
    """A blog post or article quoting an exchange between role labels (`Judge:`,
    `Witness:`): its lines that tell about the speakers in the third person (100
    characters or more, no first or second person, `the witness`, `the trial judge`) are
    narration, and after the last label so is all that follows; a line after such a line
    ending in `:` is a block quotation of the speaker it named last. Only where the text
    before the first label is such a line ending in `:` (the post introducing the
    exchange), never in a transcript of its own. One pass over the lines."""
    empty: tuple[dict[int, Mark], frozenset[int]] = ({}, frozenset())
    if len(marks) < 2:
        return empty
    first, last = min(marks), max(marks)
    head = text[:first].rstrip()
    for _ in range(_QUOTED_LEAD):  # over role labels used once (`Witness: Yes.`) to the intro
        intro = head[head.rfind("\n") + 1:].strip()
        once = _ROLE_LINE.match(intro)
        if once is None or role_label(once.group("label")) is None:
            break
        head = head[:head.rfind("\n") + 1].rstrip()
    opened = len(head)  # where the exchange opens, after its intro
    if len(intro) < _NARRATIVE_MIN or not intro.endswith(":") or _FIRST_PERSON.search(intro):
        return empty
    roles_by_word: dict[str, Mark] = {}
    for _offset, mark in sorted(marks.items()):
        if _WORDS_ONLY.fullmatch(mark.label) and len(roles_by_word) < _QUOTED_LABELS:
            roles_by_word.setdefault(" ".join(mark.label.lower().split()), mark)
    if not roles_by_word:
        return empty
    # `the witness`, `the trial judge`: a label in lower case is a role told about
    mention = re.compile(r"\b[Tt]he[^\S\n]+(?:[a-z]+[^\S\n]+)?(?P<role>"
                         + "|".join(re.escape(r) for r in sorted(roles_by_word, key=len,
                                                                 reverse=True)) + r")\b")

    def told(line: str, header: bool = False) -> Mark | None:
        """The speaker a narrative line names last, if it names one (the post's author may
        say `I` above the first label)."""
        if len(line) < _NARRATIVE_MIN or (not header and _FIRST_PERSON.search(line)):
            return None
        hits = list(mention.finditer(line))
        return roles_by_word[hits[-1].group("role")] if hits else None

    if told(intro) is None:
        return empty
    added: dict[int, Mark] = {}
    narration: set[int] = set()
    quoting: Mark | None = None  # the speaker a line ending in `:` introduced
    offsets = sorted(marks)
    upcoming = 0
    tail = False
    for start, end in each_line(text):
        line = text[start:end].strip()
        if not line:
            continue
        if tail:
            narration.add(start)
            continue
        labelled = False
        while upcoming < len(offsets) and offsets[upcoming] < end + 1:
            upcoming += 1
            labelled = True
        if labelled:
            quoting = None
            continue
        speaker = told(line, header=start < first)
        if speaker is not None:
            narration.add(start)  # (above the first label too: a block quotation ends)
            tail = start > last
            quoting = speaker if line.endswith(":") else None
            continue
        role = _ROLE_LINE.match(text, start, end) if start > opened else None
        if role is not None and role_label(role.group("label")) is not None:
            # `Prosecutor: ...` used once in the quoted exchange: a role speaks
            added[start] = Mark(role.group("label"), role.end())
        elif quoting is not None:
            body = start + len(text[start:end]) - len(text[start:end].lstrip())
            added[start] = Mark(quoting.label, body, role=quoting.role)
        quoting = None
    return added, frozenset(narration)


# `5 MR. MORRIS: We are ...`: a court page's line number before a counsel's label (the
# page numbers only some of its lines, so it is read as labelled, not as a court record).
_NUMBERED_COUNSEL = lazy_pattern(
    r"(?m:^[^\S\n]*\d{1,2}[^\S\n]+(?P<label>(?:MR|MS|MRS|MISS|DR)\.?(?:[^\S\n]+JUSTICE)?"
    r"[^\S\n]+[A-Z][A-Z'’\-]+|THE[^\S\n]+(?:COURT|WITNESS|CLERK))[^\S\n]*:[^\S\n]+)")
_COUNSEL_SHAPE = lazy_pattern(r"(?:MR|MS|MRS|MISS|DR)\.?(?:[^\S\n]+JUSTICE)?[^\S\n]+"
                              r"[A-Z][A-Z'’\-]+$|THE[^\S\n]+(?:COURT|WITNESS|CLERK)$")


def _numbered_counsel(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Court labels after a line number (`1 MR. RAMPTON: I do ask ...`), when the page's
    other labels are of the same shape without one; one scan of the text."""
    if not any(_COUNSEL_SHAPE.match(m.label) for m in marks.values()):
        return {}
    return {match.start(): Mark(" ".join(match.group("label").split()), match.end())
            for match in _NUMBERED_COUNSEL.finditer(text)
            if not _marked_within(marks, match.start(), match.end())}


def _marked_within(marks: dict[int, Mark], start: int, end: int) -> bool:
    """Whether a mark already opens inside `start:end` (a label's own span, a few dozen
    characters): a second mark there would make turns overlap."""
    return any(offset in marks for offset in range(start, end))


# A parliament's question time: `1. ANA RUIZ (Party) to the Minister of Ports: Will she
# ...?` (the question's number, the asker in capitals, their party or office, the minister
# asked) and the answer's `Hon BRUNO ROE (Minister of Ports and Harbours): ...`, the office
# too long or too plain for a label's note.
_ORAL_QUESTION = lazy_pattern(
    r"(?m:^[^\S\n]*\d{1,2}\.[^\S\n]+(?P<name>[A-Z][A-Z'’\-]+(?:[^\S\n]+[A-Z][A-Z'’\-]+){1,3})"
    r"[^\S\n]+\([^()\n]{1,80}\)[^\S\n]+to[^\S\n]+the[^\S\n]+[^:\n]{3,100}?[^\S\n]*:[^\S\n]+)")
_MEMBER_NOTED = lazy_pattern(
    r"(?m:^[^\S\n]*(?P<title>(?:Rt[^\S\n]+)?Hon[^\S\n]+(?:Dr[^\S\n]+)?)?"
    r"(?P<name>[A-Z][A-Z'’\-]+(?:[^\S\n]+[A-Z][A-Z'’\-]+){1,3})[^\S\n]+"
    r"\((?P<note>[^()\n]{3,100})\)[^\S\n]*:[^\S\n]+)")
_ORAL_HINT = lazy_pattern(r"\n[^\S\n]*\d{1,2}\.[^\S\n]+[A-Z][A-Z'’\-]+[^\S\n]+[A-Z]")
_MEMBER_HINT = lazy_pattern(
    r"\n[^\S\n]*(?:(?:Rt[^\S\n]+)?Hon[^\S\n]+(?:Dr[^\S\n]+)?)?"
    r"[A-Z][A-Z'’\-]+(?:[^\S\n]+[A-Z][A-Z'’\-]+){1,3}[^\S\n]+\(")


def _question_time(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Numbered oral questions and answers under a member's office in brackets (see
    `_ORAL_QUESTION`), when the page labels its members elsewhere; one scan each."""
    if not marks:
        return {}
    out: dict[int, Mark] = {}
    for match in line_matches(_ORAL_QUESTION, _ORAL_HINT, text):
        if not _marked_within(marks, match.start(), match.end()):
            out[match.start()] = Mark(" ".join(match.group("name").split()), match.end())
    labelled = {m.label.upper() for m in marks.values()}
    for match in line_matches(_MEMBER_NOTED, _MEMBER_HINT, text):
        name = " ".join(match.group("name").split())
        said = " ".join(((match.group("title") or "") + name).split())
        if _marked_within(marks, match.start(), match.end()) or \
                not ({name, said.upper()} & labelled or out):
            continue
        out[match.start()] = Mark(said, match.end(), role=roles.role_line(match.group("note")))
    return out


_TOPIC_WORDS = 16  # longest topic heading
_TOPIC_END = frozenset('.?!:;,"”’…-–—')


def _topic_headings(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """A ministry briefing's topic headings between exchanges (`Ferry Agreement with
    Tarsal`, `Opening remarks – Harbour Week (2031)`): a line alone after a blank line, in
    title case, with no sentence end, whose next non-blank line opens a turn: narration, not
    the last speaker going on. One pass over the labelled lines."""
    out: set[int] = set()
    for offset in marks:
        own = text.rfind("\n", 0, offset) + 1
        if text[own:offset].strip():
            continue  # a label inside a line
        end = own - 1
        while end > 0 and text[end - 1] in " \t\r\n":
            end -= 1  # back over the blank lines above the label
        start = text.rfind("\n", 0, end) + 1
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0 or start in marks or text[above:start].strip():
            continue  # the first line, a label, or a paragraph's last line
        line = text[start:end].strip()
        words = line.split()
        if not words or len(words) > _TOPIC_WORDS or line[-1] in _TOPIC_END or \
                not line[:1].isupper():
            continue
        long = [w for w in re.split(r"[\s—–\-]+", line)
                if len(w.strip("()")) >= 4 and w[:1].isalpha()]  # (`Ports—Harbour Levy`)
        capital = [w for w in long if w.strip("(")[:1].isupper()]
        if len(capital) >= 3 and len(capital) * 10 >= len(long) * 7 and \
                not re.search(r"[.?!][^\S\n]", line):  # (`Freddie Gray. Thanks` is speech)
            out.add(start)
    return frozenset(out)


# An East-Asian name order in a label: the family name in capitals, the given name after it
# in ordinary case (`Mr. YOSHIDA Tomoyuki, Press Secretary:`, `Ms. KIM Soo-jin
# (Spokesperson):`, `Foreign Press Secretary ONO Hikariko:`), as foreign ministries print it.
# The capitalised word is the surname, the one later labels use (`Press Secretary Yoshida:`).
_FAMILY_NAME = lazy_pattern(r"[A-Z][A-Z'’\-]*[AEIOUY][A-Z'’\-]*")
_GIVEN_NAME = lazy_pattern(r"[A-Z][a-z]+(?:[\-'’][A-Za-z][a-z]+)?")
_NOT_FAMILY = ANSWER_LABELS | PRESS_LABELS | PRESS_OUTLETS | _NOT_LABELS


def _family_first(label: str, role: str | None, surnames: frozenset[str]) -> str | None:
    """`label` with its given name moved before its capitalised family name (`Ms. Soo-jin
    KIM` for `Ms. KIM Soo-jin`), or None when it is not of that shape. A label with no
    honorific, office or stated role needs another label naming the family alone."""
    titles, names = name_parts(label)
    if not 2 <= len(names) <= 3 or not _FAMILY_NAME.fullmatch(names[0]):
        return None
    family, given = names[0], names[1:]
    if any(not _GIVEN_NAME.fullmatch(word) for word in given):
        return None
    if any(role_label(word) is not None or is_title(word) or word.lower() in _NOT_FAMILY
           for word in names):
        return None  # `SPEAKER Pelosi`, `CNN Anchor`, `RNC Chief`: an office, not a name
    if not (titles or role or family.title() in surnames):
        return None
    return " ".join((*titles, *given, family))


def _family_first_marks(marks: dict[int, Mark]) -> dict[int, Mark]:
    """Marks whose label gives a family name first (`_family_first`), relabelled so the
    registry takes the capitalised word as the surname: the full label and a later short
    one (`Press Secretary Yoshida:`, `Spokesperson Kim:`) are one person. One pass."""
    surnames = frozenset(names[0].title() for names in
                         (name_parts(m.label)[1] for m in marks.values()) if len(names) == 1)
    out: dict[int, Mark] = {}
    for offset, mark in marks.items():
        if mark.label[:1].isupper() and not mark.label.isupper():
            label = _family_first(mark.label, mark.role, surnames)
            if label is not None:
                out[offset] = Mark(label, mark.body_start, mark.role, mark.question,
                                   mark.paraphrase)
    return out


# The same label inside a line whose breaks were lost, after a finished sentence: `... next
# month. Spokesperson HUANG Zhiwei: Well, ...`, `... Monday. Ms. WANG Wenli (Vice
# Minister): ...`. Office words, an honorific, the capitals family name, one or two given
# names, maybe a stated office after a comma or in brackets.
_AFTER_STOP = r"[.?!…\"”’)\]][^\S\n]"
_FAMILY_LABEL = (
    r"(?P<label>(?:[A-Z][\w.'’\-]*[^\S\n]+){0,4}?"
    r"[A-Z][A-Z'’\-]*[AEIOUY][A-Z'’\-]*(?:[^\S\n]+[A-Z][a-z]+(?:[\-'’][A-Za-z][a-z]+)?){1,2})"
    r"(?:,[^\S\n]*(?P<role>[A-Z][^:()\n]{0,80}?)|[^\S\n]*\((?P<noted>[^()\n]{2,80})\))?"
    r"[^\S\n]*:[^\S\n]+")
_FAMILY_INLINE = lazy_pattern(rf"(?<={_AFTER_STOP}){_FAMILY_LABEL}(?=\S)")
# The same with the stop and the space before the label read, not looked behind at: a
# whole-text search that starts only where a stop is (the look-behind form is tried at
# every position); it finds something exactly where `_FAMILY_INLINE` does.
_FAMILY_HINT = lazy_pattern(rf"{_AFTER_STOP}{_FAMILY_LABEL}\S")
_OFFICE_WORDS = frozenset({"press", "foreign", "deputy", "vice", "senior", "chief", "acting",
                           "assistant", "principal", "official"})


def _family_first_inline(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """Family-name-first labels (`_family_first`) inside lines, with an honorific or an
    office before the name or after it (a name alone is no label there); one scan."""
    out: dict[int, Mark] = {}
    if _FAMILY_HINT.search(text) is None:
        return out  # (no such label anywhere: one fast search)
    offsets = sorted(marks)
    for match in _FAMILY_INLINE.finditer(text):
        start = match.start()
        if start in marks or _marked_within(marks, start, match.end()):
            continue
        at = bisect.bisect_right(offsets, start) - 1
        if at >= 0 and start < marks[offsets[at]].body_start:
            continue  # inside a label already found (`Mr. TANAKA Kenji:` after `Mr.`)
        before = text[max(0, start - 12):start].split()
        if before and is_title(before[-1]):
            continue  # (the stop of `Mr.` is no sentence's end)
        label = " ".join(match.group("label").split())
        titles, _names = name_parts(label)
        if any(not (is_title(t) or t.lower().strip(".") in _OFFICE_WORDS) for t in titles):
            continue  # `Then Ms. KIM Soo-jin:` - a sentence's word, not an office
        stated = match.group("role") or match.group("noted")
        role = roles.role_line(stated) if stated else None
        if stated and role is None:
            continue
        if not (titles or role) or _family_first(label, role, frozenset()) is None:
            continue
        out[start] = Mark(label, match.end(), role=role)
    if out:
        out.update(_family_alone(text, marks, out))
    return out


_CAPITALS_INLINE = lazy_pattern(
    r"(?<=[.?!…\"”’)\]][^\S\n])(?P<label>[A-Z][A-Z'’\-]+)[^\S\n]*:[^\S\n]+(?=\S)")


def _family_alone(text: str, marks: dict[int, Mark], named: dict[int, Mark]) -> dict[int, Mark]:
    """The capitals family name alone as a label inside a line (`... Thank you. LIANG: You
    are welcome.`), once a family-name-first label of the page has given it."""
    families = {names[0] for names in (name_parts(m.label)[1]
                                       for m in (*marks.values(), *named.values()))
                if len(names) > 1 and _FAMILY_NAME.fullmatch(names[0])
                and _GIVEN_NAME.fullmatch(names[1])}
    found = {**marks, **named}
    offsets = sorted(found)
    return {match.start(): Mark(match.group("label"), match.end())
            for match in _CAPITALS_INLINE.finditer(text)
            if match.group("label") in families and match.start() not in marks
            and not _inside_label(found, offsets, match.start())}


def _inside_label(marks: dict[int, Mark], offsets: list[int], offset: int) -> bool:
    """Whether `offset` falls inside a found label (between its start and its speech);
    `offsets` is `marks` sorted."""
    at = bisect.bisect_left(offsets, offset) - 1
    return at >= 0 and offset < marks[offsets[at]].body_start


def _named_answerer(text: str, marks: dict[int, Mark]) -> str | None:
    """The label `A:` stands for in an interview whose host and guest are also labelled by
    name (`Ana Ruiz: "Welcome ... we are joined by Bruno Roe."`, `Bruno Roe: "Good morning,
    Ana."`, then `Q:`/`A:`): of the two named, the guest is the one whose surname the other's
    turns say (the host introduces the guest; the guest greets the host by first name).
    None unless exactly two people are labelled by name and `A` labels answers."""
    if not any(m.label.lower().rstrip(".") in ANSWER_LABELS for m in marks.values()):
        return None
    offsets = sorted(marks)
    said: dict[str, list[str]] = {}
    for i, offset in enumerate(offsets):
        mark = marks[offset]
        names = name_parts(mark.label)[1]
        key = mark.label.lower().rstrip(".")
        if len(names) < 2 or key in ANSWER_LABELS or key in PRESS_LABELS or \
                role_label(mark.label) is not None:
            continue
        end = offsets[i + 1] if i + 1 < len(offsets) else len(text)
        said.setdefault(mark.label, []).append(text[mark.body_start:end])
    if len(said) != 2:
        return None
    first, second = said
    named = [label for label, other in ((first, second), (second, first))
             if any(re.search(rf"\b{re.escape(label.split()[-1])}\b", turn)
                    for turn in said[other])]
    return named[0] if len(named) == 1 else None


_VOCATIVE = lazy_pattern(r"[^\S\n]*(?P<who>[A-Z][\w.'’\-]*"
                         r"(?:[^\S\n]+(?:[A-Z][\w.'’\-]*|for|of|the)){0,4}),[^\S\n]+\S")


def _opening_question(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """An interview's first question left unlabelled above the first label, addressing the
    one who answers by office or name (`Prime Minister, thanks for your time. ...` over
    `ANA RUIZ, PRIME MINISTER: ...`): the press's, not the page's header."""
    if not marks:
        return {}
    first = min(marks)
    if text[text.rfind("\n", 0, first) + 1:first].strip():
        return {}  # the first label inside a line
    end = text.rfind("\n", 0, first)
    while end > 0 and text[end - 1] in " \t\r\n":
        end -= 1
    start = text.rfind("\n\n", 0, end)
    start = 0 if start == -1 else start + 2
    match = _VOCATIVE.match(text, start, end)
    if match is None or end - start < 40:
        return {}
    who = match.group("who").lower()
    forms: set[str] = set()
    for label, role in {(m.label, m.role) for m in marks.values()}:
        if label.lower() in PRESS_LABELS:
            continue  # (the one addressed answers)
        titles, names = name_parts(label)
        forms |= {" ".join(titles).lower(), names[-1].lower() if names else ""}
        if role:
            forms |= {role.lower(), role.lower().split()[-1]}
    forms.discard("")
    said = who.split(maxsplit=1)[-1] if who.split()[0].rstrip(".") in HONORIFICS else who
    if who not in forms and said not in forms:
        return {}
    return {start: Mark("Q", start)}


def parse(document: Document) -> Transcript:
    marks = _initials(document.text, _initials_named(
        _unnamed_askers(document.text, find_marks(document))))
    marks.update(_unlabelled_answers(document.text, marks))
    headings, heading_lines = _heading_labels(document.text, marks)
    for offset in headings:
        del marks[offset]
    marks.update(_inline_answers(document.text, marks))
    marks.update(_host_narration(document.text, marks))
    captions = _pull_quotes(document.text, marks)
    captions.update(_headline_label(document.text, marks))
    for offset in captions:
        del marks[offset]
    dropped, appended = _dropped_labels(document.text, marks)
    marks.update(dropped)
    marks.update(_handed_over(document.text, marks))
    marks.update(bilingual.originals(document.text, marks))  # `原文` above `Q ...`
    marks.update(_line_opened(document.text, marks))
    quoted, told = _quoted_exchange(document.text, marks)
    marks.update(quoted)
    marks.update(_host_intro(document.text, marks))
    marks.update(_numbered_counsel(document.text, marks))
    marks.update(_question_time(document.text, marks))
    marks.update(_family_first_inline(document.text, marks))
    marks.update(_family_first_marks(marks))
    marks.update(_opening_question(document.text, marks))
    marks.update(_statement_by(document.text, marks))
    marks.update(_readout_askers(document.text, marks))
    registry = seeded_registry(document, marks)
    answerer = _named_answerer(document.text, marks)
    if answerer is not None:
        registry.interviewee = registry.label(answerer)
    if registry.interviewee is not None:
        marks.update(_announcements(document.text, marks))
    return parse_marked(document, LAYOUT, marks, registry,
                        narration=_article_tail(document, marks) | appended
                        | _statement_headings(document.text, marks)
                        | _numbered_headings(document.text, marks) | frozenset(captions)
                        | heading_lines | told
                        | _under_headings(document.text, marks, heading_lines)
                        | _wrapped_heads(document.text, marks)
                        | _topic_headings(document.text, marks)
                        | _after_quoted_turns(document.text, marks)
                        | _after_end_marker(document.text, marks)
                        | _topic_bullets(document.text, marks)
                        | _snippet_titles(document.text, marks)
                        | _readout_topics(document.text, marks)
                        | viewer_furniture(document.text, marks))


# `[Transcript ends]`, `(END)`, `-- END --`, `END OF TRANSCRIPT`, `END 2:01 P.M. EDT`: the
# transcript's own end, on a line of its own (not `(END VIDEOTAPE)`: a clip ends, speech
# goes on).
_END_MARKER, _END_HINT = line_pattern(
    "im",
    r"[^\S\n]*(?:[(\[][^\S\n]*|-{2,}[^\S\n]*)?(?:transcript[^\S\n]+end(?:s|ed)|end[^\S\n]+of"
    r"[^\S\n]+(?:the[^\S\n]+)?transcript|end)(?:[^\S\n]+\d{1,2}:\d{2}[^\n]{0,20})?[^\S\n]*"
    r"(?:[)\]]|[^\S\n]*-{2,})?\.?[^\S\n]*$")


def _after_end_marker(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """The lines after a transcript's end marker (`[Transcript ends]`, `END`, `-- END --`)
    up to the next label: the page around an embedded transcript (a help page's
    instructions, an article going on), not the last speaker's. One scan for the marker,
    then one pass over the lines when there is one."""
    if not marks or next(line_matches(_END_MARKER, _END_HINT, text, min(marks)), None) is None:
        return frozenset()
    out: set[int] = set()
    ended = False
    for start, end in each_line(text):
        if start in marks:
            ended = False
        elif ended:
            out.add(start)
        elif start > min(marks) and _END_MARKER.match(text, start, end + 1 if end < len(text)
                                                     else end) is not None:
            ended = True
            out.add(start)
    return frozenset(out)


# `- The Northern Territories issue`: a dash or a bullet, then a short phrase with no end.
_TOPIC_BULLET = lazy_pattern(r"[^\S\n]*[-–—•·▪][^\S\n]+[A-Z\"“'‘(][^\n]{0,100}$")
_BULLET_WORDS = 12  # words of a topic bullet at most
_BULLET_HEAD_WORDS = 6  # words of the heading above a topic list at most


def _topic_bullets(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """A list of the topics taken up (`Q&As` then `- The Northern Territories issue`, `-
    Consideration on ...`): two dash or bullet lines or more, each a short phrase with no
    sentence end, right under a short heading that ends with no punctuation, between turns:
    narration, not the last speaker going on (a speaker's own list follows a sentence or a
    colon). One pass over the lines."""
    if not marks:
        return frozenset()
    first = min(marks)
    out: set[int] = set()
    run: list[int] = []  # the heading's line, then the bullets'
    head_ok = False  # the line above the current run is a bare heading
    previous = ""
    previous_start = -1
    for start, end in each_line(text, first):
        line = text[start:end].strip()
        if not line:
            continue
        if start not in marks and _TOPIC_BULLET.match(text, start, end) is not None and \
                len(line.split()) <= _BULLET_WORDS and line[-1] not in ".?!:;,":
            if not run:
                head_ok = bool(previous) and len(previous.split()) <= _BULLET_HEAD_WORDS and \
                    previous[-1] not in ".?!:;,\"”" and _TOPIC_BULLET.match(previous) is None \
                    and previous_start not in marks
                run.append(previous_start)
            run.append(start)
        else:
            if len(run) >= 3 and head_ok:
                out.update(run)
            run = []
        previous, previous_start = line, start
    if len(run) >= 3 and head_ok:
        out.update(run)
    return frozenset(out)


_SNIPPET_TITLE_WORDS = 12  # words of a listed transcript's title at most


def _snippet_titles(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """A listing's transcript titles (`Interview on Radio Eastmoor with Ana Ruiz`, `Doorstop
    Interview`): a short line alone, with no sentence end, right above a snippet line whose
    label comes after a run of spaces or a date (`... 14 June 2031     Ana Ruiz: ...`):
    narration, not the speaker of the snippet before. One look above each such label."""
    out: set[int] = set()
    for offset in marks:
        own = text.rfind("\n", 0, offset) + 1
        if not text[own:offset].strip() or not (
                _wide_gap(text, offset - 1 - (len(text[own:offset])
                                              - len(text[own:offset].rstrip())), offset)
                or _dated_before(text, own, offset)):
            continue  # a label opening its line, or not after a snippet's head
        end = own - 1
        while end > 0 and text[end - 1] in " \t\r\n":
            end -= 1  # back over the blank lines above the snippet
        start = text.rfind("\n", 0, end) + 1
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0 or end >= own - 1 or start in marks or text[above:start].strip():
            continue  # the first line, no blank line between, a label, or a paragraph's end
        line = text[start:end].strip()
        if line and len(line.split()) <= _SNIPPET_TITLE_WORDS and line[:1].isupper() and \
                line[-1] not in ".?!:;,\"”":
            out.add(start)
    return frozenset(out)


_QUOTED_TURNS_MIN = 3  # labelled turns, each in quotation marks, that make a quoted exchange
_OPENING_QUOTES = "\"“‘'"


def _quote_balance(speech: str) -> tuple[int, int]:
    """Straight quotation marks in `speech`, and curly opening marks less closing ones: a
    quotation is open while the first is odd or the second above zero."""
    return speech.count('"'), speech.count("“") - speech.count("”")


def _all_quoted(text: str, marks: dict[int, Mark]) -> bool:
    """Three labelled turns or more, every one's speech opening with a quotation mark (`Ana
    Ruiz: "..."`): an exchange a post or an article quotes."""
    return len(marks) >= _QUOTED_TURNS_MIN and all(
        text[m.body_start:m.body_start + 1] in _OPENING_QUOTES
        and m.body_start < len(text) for m in marks.values())


def _after_quoted_turns(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """A blog post quoting an exchange, every label's speech in quotation marks (`Doyle: "Of
    course I am."`): a paragraph after a turn whose quotation has closed that opens with no
    quotation mark is the post's own text again (a comment, a link's caption, the next
    post's headline), and so is every line after it up to the next label. A quotation that
    runs over paragraphs opens each with a quotation mark, so those stay the speaker's.
    (Paragraphs apart: a blank line, or a line that ends the quotation.) One pass over the
    turns' lines."""
    if not _all_quoted(text, marks):
        return frozenset()
    offsets = sorted(marks)
    out: set[int] = set()
    n = -1
    body = 0
    straight = curly = 0
    open_ = ended = broken = False  # broken: a blank line, or a line ending the quotation
    finished = False  # the last line ended a sentence
    for start, end in each_line(text):
        if n + 1 < len(offsets) and offsets[n + 1] <= end:
            while n + 1 < len(offsets) and offsets[n + 1] <= end:
                n += 1  # a label on this line: its turn starts
            body = marks[offsets[n]].body_start
            straight = curly = 0
            open_ = ended = broken = finished = False
        if n < 0 or end < body:
            continue
        line = text[max(start, body):end].strip()
        if not line:
            broken = True
            continue
        if ended or (broken and start > body and not open_
                     and line[0] not in _OPENING_QUOTES):
            ended = True
            out.add(start)
            continue
        if start > body and open_ and line[0] in _OPENING_QUOTES and \
                (broken or finished):
            straight = curly = 0  # a quotation's next paragraph: its mark opens it again
        marks_in = _quote_balance(line)
        straight, curly = straight + marks_in[0], curly + marks_in[1]
        open_ = straight % 2 == 1 or curly > 0
        broken = not open_ and line.endswith(('"', "”"))
        finished = line.endswith((".", "?", "!", "…"))
    return frozenset(out)


__all__ = ["LAYOUT", "find_marks", "parse", "score"]


# `Okafor:` and `Lindqvist-Berg:` once, then `O:` and `L-B:` for every later turn: the
# initials stand for the names, one letter a name part (hyphenated parts too).
_INITIALLED_KEY = lazy_pattern(r"[A-Z](?:-?[A-Z]){0,3}")
_INITIALLED_NAME = lazy_pattern(r"[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)*"
                                r"(?:[^\S\n]+[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)*){0,2}")
_INITIALLED_ONCE = 2  # uses of the long label at most, before the initials take over


def _name_initials(label: str) -> str:
    """`Tshabalala-Msimang` -> `T-M`, `Robbie` -> `R`, `Ana Ruiz` -> `AR`."""
    return "".join("-".join(part[0] for part in word.split("-")) for word in label.split())


def _initialled_pairs(marks: dict[int, Mark], found: dict[int, Mark]) -> dict[str, str]:
    """Initials labels (in `marks`, used twice or more in `found`) -> the one name label (in
    `found`, used at most twice, all before the initials' first use) they abbreviate. Only
    when every initials label that a name fits is fitted by that name alone."""
    uses: Counter[str] = Counter(m.label for m in found.values())
    first: dict[str, int] = {}
    for offset, mark in sorted(found.items()):
        first.setdefault(mark.label, offset)
    taken = {m.label for m in marks.values()}
    keys = {label for label, n in uses.items() if n >= 2 and label in taken
            and _INITIALLED_KEY.fullmatch(label) is not None
            and label.lower() not in PRESS_LABELS | ANSWER_LABELS}
    if not keys:
        return {}
    names: dict[str, list[str]] = {}
    long_uses: Counter[str] = Counter(m.label for m in found.values())
    last: dict[str, int] = {}
    for offset, mark in found.items():
        label = mark.label
        if label in keys or _INITIALLED_NAME.fullmatch(label) is None or \
                role_label(label) is not None or label.lower() in PRESS_LABELS | ANSWER_LABELS \
                or label.split()[0].lower() in _NOT_LABELS | _HEADINGS | _OPENERS | _VERBS:
            continue
        last[label] = max(last.get(label, offset), offset)
        key = _name_initials(label.upper() if label.isupper() else label)
        if key in keys and label not in names.get(key, []):
            names.setdefault(key, []).append(label)
    return {key: found_names[0] for key, found_names in names.items()
            if len(found_names) == 1 and long_uses[found_names[0]] <= _INITIALLED_ONCE
            and last[found_names[0]] < first[key]}


def _initialled_surnames(found: dict[int, Mark], marks: dict[int, Mark]) -> dict[int, Mark]:
    """The name labels used once or twice before their initials took over (`Okafor:` then
    `O:`): labels, though a name used once is no label on its own; so are the initials
    before speech in lower case."""
    pairs = _initialled_pairs(marks, found)
    if not pairs:
        return {}
    named = set(pairs.values()) | set(pairs)  # (`F-W: and so`: the initials go on in lower case)
    return {offset: mark for offset, mark in found.items()
            if offset not in marks and mark.label in named}


def _initials_named(marks: dict[int, Mark]) -> dict[int, Mark]:
    """Initials labels read as the name they abbreviate (`O:` -> `Okafor`), when the name
    opened the turns (`_initialled_surnames`): one speaker under the long name."""
    pairs = _initialled_pairs(marks, marks)
    if not pairs:
        return marks
    return {offset: Mark(pairs[m.label], m.body_start, role=m.role, question=m.question,
                         paraphrase=m.paraphrase) if m.label in pairs else m
            for offset, m in marks.items()}


# A blogger's readout of a briefing: `Eric: Welcome.`, `Geraldo: My question is ...`,
# `Stefan: EMA issued ...` - first names for the spokespeople and the journalists alike;
# the journalists only ask, and others answer them.
# The header names who briefs the press: then the others asking are the press.
_READOUT_HEADER = lazy_pattern(r"(?i)\b(?:press[^\S\n]+(?:room|conference|briefing)|"
                               r"spokes(?:person|man|woman))\b")
_FIRST_NAME = lazy_pattern(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_ASKS = lazy_pattern(r"(?i:my[^\S\n]+question\b|a[^\S\n]+question[^\S\n]+(?:on|about)\b|"
                     r"(?:a[^\S\n]+)?follow[- ]?up\b)")  # how a question opens
# `David, follow-up to the vaccine question. ...?` - a journalist named before the question,
# no colon: the press again, not the last speaker going on.
_FOLLOW_UP = lazy_pattern(r"[^\S\n]*[A-Z][a-z]+,[^\S\n]+(?:a[^\S\n]+)?(?i:follow[- ]?up|"
                          r"quick[^\S\n]+question|question)\b")
_READOUT_ASKERS = 2  # distinct askers by first name that make a readout's press
_READOUT_NAMES = 3  # distinct first-name labels of a readout at least
_ASKER = "Journalist"
_FOLLOW_UP_REACH = 1500  # characters of a follow-up question scanned for its question mark


def _first_name_label(label: str) -> bool:
    return _FIRST_NAME.fullmatch(label) is not None and role_label(label) is None and \
        label.lower() not in PRESS_LABELS | ANSWER_LABELS | _NOT_LABELS | _HEADINGS | _OPENERS


def _readout_askers(text: str, marks: dict[int, Mark]) -> dict[int, Mark]:
    """In a readout of a briefing to the press (the header says so: `press room`, a
    spokesperson) whose turns all go by first names, the names whose every turn asks (ends
    on a question mark, opens `My question`, `A follow-up`), never first and never
    answering, are the press: two such names at least, most of the names that do not
    answer. A line that opens with a first name and `follow-up` or `question` with no
    colon, asking, is the press too."""
    if len(marks) < 4:
        return {}
    offsets = sorted(marks)
    if _READOUT_HEADER.search(text, 0, offsets[0]) is None:
        return {}
    firsts = {m.label for m in marks.values() if _first_name_label(m.label)}
    if len(firsts) < _READOUT_NAMES or \
            sum(1 for m in marks.values() if m.label in firsts) * 10 < 9 * len(marks):
        # (a spokesperson under a full label and office, reporters by first names: those
        # keep their names, `_addressing_askers`)
        return {}
    header = text[:offsets[0]]
    topics = sorted(_readout_topics(text, marks))  # (a topic line ends the turn above it)
    asking: dict[str, bool] = {}
    for i, offset in enumerate(offsets):
        mark = marks[offset]
        if mark.label not in firsts:
            continue
        end = offsets[i + 1] if i + 1 < len(offsets) else len(text)
        after = bisect.bisect_right(topics, offset)
        if after < len(topics) and topics[after] < end:
            end = topics[after]
        said = text[mark.body_start:end].strip().rstrip("\"”’)]").rstrip()
        asks = said.endswith("?") or _ASKS.match(said[:60]) is not None
        asking[mark.label] = asking.get(mark.label, True) and asks and i > 0
    askers = {label for label, asks in asking.items() if asks
              and re.search(rf"\b{re.escape(label)}\b", header) is None}
    if len(askers) < _READOUT_ASKERS or len(askers) == len(firsts):
        return {}
    # ... and answered: the turn after an asker's is one of the names that recur and do not
    # ask (the spokespeople). Reporters by first name around one official labelled once
    # keep their names.
    uses = Counter(m.label for m in marks.values())
    answerers = {label for label in firsts - askers if uses[label] >= 2}
    answered = {marks[offsets[i]].label for i in range(len(offsets) - 1)
                if marks[offsets[i + 1]].label in answerers}
    if len(askers & answered) < _READOUT_ASKERS or \
            3 * len(askers) < 2 * len(firsts - answerers):
        return {}  # (most names that do not answer must ask: not a readout's odd question)
    out = {offset: Mark(_ASKER, m.body_start, question=True)
           for offset, m in marks.items() if m.label in askers}
    for line_start, line_end in each_line(text, offsets[0]):
        if line_start in marks or line_start == line_end or \
                _FOLLOW_UP.match(text, line_start, line_end) is None:
            continue
        after = bisect.bisect_right(offsets, line_start)  # the question runs to the next label
        end = offsets[after] if after < len(offsets) else len(text)
        if "?" in text[line_start:min(end, line_start + _FOLLOW_UP_REACH)]:
            out[line_start] = Mark(_ASKER, line_start, question=True)
    return out


_READOUT_TOPIC_WORDS = 6  # words of a readout's topic line at most
_READOUT_REACH = 300  # characters looked back for the start of a short line
_READOUT_JOINS = frozenset({"and", "but", "or", "because", "if", "then", "yeah", "yes", "um",
                            "uh", "mm", "oh"})
_READOUT_SPEECH = frozenset({"thanks", "thank", "yes", "no", "okay", "ok", "sorry", "right",
                             "well", "so", "good", "hello", "hi"})


def _readout_topics(text: str, marks: dict[int, Mark]) -> frozenset[int]:
    """A readout's topic line between turns, with or without blank lines (`Health,
    vaccines`, `Energy – prices`): two to six words, a capital first, no sentence end, a
    comma or a dash between its items (or title case), no verb or pronoun, after a finished
    line and right above a label. Narration, not the last speaker going on."""
    out: set[int] = set()
    offsets = sorted(marks)
    if len(offsets) < 3:
        return frozenset()
    for offset in offsets[1:]:
        own = offset
        while own > 0 and text[own - 1] in " \t":
            own -= 1
        if own > 0 and text[own - 1] != "\n":
            continue  # a label inside a line
        end = own - 1
        while end > 0 and text[end - 1] in " \t\r\n":
            end -= 1
        # the line above, a topic only if short: looked for within a short reach (linear)
        start = text.rfind("\n", max(0, end - _READOUT_REACH), max(0, end - 1)) + 1 \
            if end > 0 else 0
        if start == 0 or start in marks or start < offsets[0]:
            continue
        line = text[start:end].strip()
        words = line.replace(",", " ").split()
        if not 2 <= len(words) <= _READOUT_TOPIC_WORDS or line[-1] in _TOPIC_END or \
                not line[:1].isupper() or "?" in line or ". " in line:
            continue
        lowered = {w.lower().strip("()") for w in words}
        if lowered & (_VERBS | _READOUT_SPEECH | _READOUT_JOINS) or "'" in line or "’" in line:
            continue  # speech (`Yeah, and that's`), not a topic
        last = start - 1
        while last > 0 and text[last - 1] in " \t\r\n":
            last -= 1
        if last <= 0 or text[last - 1] not in ".?!…\"”)]":
            continue  # the line above runs on into this one
        previous = text.rfind("\n", max(0, last - _READOUT_REACH), last) + 1
        if previous in marks and not any(ch.isalpha()
                                         for ch in text[marks[previous].body_start:last]):
            continue  # the label's own line above it (`Ana Ruiz: (15:29)`): its speech
        listed = "," in line or any(dash in line for dash in ("–", "—", " - "))
        capital = sum(1 for w in words if w[:1].isupper())
        if listed or capital * 10 >= 7 * len(words):
            out.add(start)
    return frozenset(out)


# A PDF viewer's text of a press conference flattened into one line: `1 Media Days ... Ana
# Ruiz Eastfield COMMISSIONER LEE: Welcome ... COACH RUIZ: Thanks. ...` - capitals labels of
# a title (or a word before the surname the page names) and a surname, inside the line.
_FLAT_TITLED_WORDS = 4  # words of such a label at most
_FLAT_TITLED_MIN = 2  # distinct such labels that make a flattened page
_FLAT_NAMED_REACH = 20_000  # characters of the page's top where a label's surname is named


def _flat_titled_label(text: str, label: str) -> bool:
    words = label.split()
    if not label.isupper() or not 2 <= len(words) <= _FLAT_TITLED_WORDS or \
            any(w.lower() in _VERBS | _NOT_LABELS for w in words):
        return False
    if is_title(words[0]):
        return True
    surname = words[-1].title()  # `COACH RUIZ` where the page (its top) names Ana Ruiz
    return re.search(rf"\b[A-Z][a-z]+[^\S\n]+{re.escape(surname)}\b",
                     text[:_FLAT_NAMED_REACH]) is not None


def _flat_titled(text: str, found: list[tuple[int, str, str | None, int, bool]]) -> set[int]:
    """Inline labels of a flattened page: capitals, a title and a surname (`COMMISSIONER
    LEE:`, `COACH RUIZ:` whose surname the page gives with a first name), when two distinct
    ones or more are inside lines."""
    labels: set[str] = set()
    starts: list[int] = []
    verdicts: dict[str, bool] = {}
    for start, label, _role, _body, _after in found:
        if start == 0 or text[start - 1] == "\n":
            continue  # (a line start: not inside a line)
        if label not in verdicts:
            verdicts[label] = _flat_titled_label(text, label)
        if verdicts[label]:
            labels.add(label)
            starts.append(start)
    return set(starts) if len(labels) >= _FLAT_TITLED_MIN else set()


def _flat_page(text: str, starts: tuple[int, ...], marks: dict[int, Mark]) -> bool:
    """A page whose labels are all inside one long line or a few (a flattened PDF), two
    distinct capitals titled labels or more among them, and that line most of the text
    (`starts`: the text's line starts)."""
    if len({m.label for m in marks.values()}) < _FLAT_TITLED_MIN:
        return False
    lines: set[int] = set()
    verdicts: dict[str, bool] = {}
    for offset, mark in marks.items():
        line = starts[bisect.bisect_right(starts, offset) - 1]
        if mark.label not in verdicts:
            verdicts[mark.label] = _flat_titled_label(text, mark.label)
        if offset == line or not verdicts[mark.label]:
            return False
        lines.add(line)
    held = 0
    for line in lines:
        end = text.find("\n", line)
        held += (end if end != -1 else len(text)) - line
    return 2 * held >= len(text.strip())
