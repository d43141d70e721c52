"""Page furniture and boilerplate: sentences that are part of the page, not of what was said.

Layout parsers keep furniture out of speakers' turns (`transcript.common.FURNITURE`), but in
news and prose, and in a monologue's header, it is still narration that a ranker scores.
None of it is a statement, so none of it is ever a summary point, a key point or a source
of key terms, even with `--all-statements`. Recognised by families and by the document's
own shape, not by listing sentences:

- the shared line patterns (`FURNITURE`: sentiment tags, clip times, share bars, `Also
  Read`, cookie notices, datelines, bare numbers; `PROCEDURAL` stage lines; `SECTION`
  headings);
- boilerplate families: copyright, subscribe/sign-up/follow calls, privacy and terms links,
  government-site banners, webmaster and archive notices, "this story will be updated",
  software advertisements ("Try X and save time ...");
- a sentence that is only a URL, a domain or an e-mail address (with a few words at most),
  only dates and times, or no words at all;
- a table of contents (page references, dotted leaders);
- navigation: short items separated by `>`, `|`, `»`, `›` or `•` (`Home > Remarks`);
- a line repeated verbatim in the document that is not a punctuated statement;
- the header: before the first body sentence (six words or more, with a verb), a line
  without final punctuation or without a verb is a title, a banner or a byline
  (`Q3 2020 Earnings Conference Call`, `Universal Health Services, Inc.`);
- a title-case line without final punctuation anywhere (`Commons Chamber`), and in news
  and prose any whole line without final punctuation and without a verb (a heading).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing_cli import nlp
from briefing_cli.models import Sentence, Transcript
from briefing_cli.procedure import FILLERS
from briefing_cli.speakers import ROLE_HEADS
from briefing_cli.transcript import TRANSCRIPT_LAYOUTS
from briefing_cli.transcript.common import FURNITURE, PROCEDURAL, SECTION
from briefing_cli.wordclass import VERBS

BOILERPLATE = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bprivacy (?:policy|notice)\b|"
    r"\bterms (?:of|and conditions of) (?:use|service)\b|\bterms and conditions\b|"
    r"\b(?:subscribe|sign up|signup|register) (?:now |today |here |for (?:free|our|the)|to "
    r"(?:our|the|receive|get))|\bfollow us\b|\bclick here\b|"
    r"\bskip to (?:main )?content\b|\bback to top\b|\bdownload (?:our|the) app\b|"
    r"\b(?:official|secure)\b[^.!?]{0,20}\bwebsites?\b|(?:^|\s)\.gov\b|https?://(?!\S)|"
    r"\bwebmaster\b|\bhistorical collection\b|"
    r"\bmay be outdated\b|\blinks? may not (?:work|function)\b|"
    r"^\W*(?:this|the) (?:transcript|story|article|page|post|report) (?:will be|has been|was|"
    r"is being|may be) (?:updated|corrected|edited)\b|"
    r"\bread (?:the )?(?:full )?(?:transcript|story|article|debate|text) here\b|"
    r"^\W*(?:try|get|start|unlock|upgrade|download|join)\b[^.!?]{0,60}\b(?:for free|free "
    r"trial|save time|premium|subscription)\b|"
    # machine-caption disclaimers and sponsor lines (caption pages, radio shows)
    r"\b(?:computer|automatically|machine)[- ]generated (?:text|transcripts?|captions?)\b|"
    r"\bnot a (?:verbatim )?transcript\b|\b(?:artificial intelligence|ai) text\b|"
    r"\bhas not been (?:manually )?(?:checked|reviewed|verified|proofread)\b|"
    r"\b(?:will|may) contain (?:many |some )?(?:errors|inaccuracies)\b|"
    r"\b(?:is|are|was) brought to you by\b|^\W*(?:sponsored|underwritten) by\b",
    re.IGNORECASE)
_LINK = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w{2,}|(?<![\w@])\.?[\w-]+(?:\.[\w-]+)*"
                   r"\.(?:com|org|net|gov|edu|int|io|co|uk|eu)\b(?:/\S*)?", re.IGNORECASE)
# Page references of a contents list: `(pp. 1-2)`, `(p. 4)`, `Budget ........ 12`.
_CONTENTS = re.compile(r"\(pp?\.\s*\d+(?:\s*[-–]\s*\d+)?\)|\.{4,}\s*\d+\s*$", re.MULTILINE)
# Words one of which every BOILERPLATE line holds (a cheap test before the expression).
_BOILERPLATE_WORDS = frozenset("""
c copyright rights privacy terms subscribe sign signup register follow click skip back
download official secure gov webmaster historical outdated link links transcript story article
page post report read try get start unlock upgrade join http https websites website
generated not ai intelligence checked reviewed verified proofread contain brought sponsored
underwritten
""".split())
# Text one of which every match of a BOILERPLATE branch holds (lower case), branch by branch.
_BOILERPLATE_NEEDLES = (
    "©", "(c)", "copyright", "rights reserved", "privacy", "terms", "subscribe", "sign",
    "register", "follow us", "click here", "skip to", "back to top", "download", "website",
    ".gov", "http", "webmaster", "historical", "outdated", "link", "updated", "corrected",
    "edited", " here", "free", "save time", "premium", "subscription", "generated",
    "transcript", " text", "has not been", "contain", "brought to you", "sponsored",
    "underwritten")
_INTERJECTIONS = FILLERS - ROLE_HEADS  # `Okay`, `Sure`; a role alone (`Aide`) is a label
_DEGREE = re.compile(r"^\s*(?i:somewhat|very|slightly|strongly|mostly|mildly|highly)\s+")
_DOT_WORD = re.compile(r"\.[^\W\d_]")
_NAV = re.compile(r"\s+(?:>|\||»|›|•|/)\s+|\s*(?:»|›|•)\s*")
_MONTHS = frozenset("""
january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday mon tue tues wed thu thur thurs fri sat sun am pm a.m p.m gmt utc est edt pst pdt cet
et pt bst
""".split())
_AUXILIARIES = frozenset("""
is are was were be been being am has have had will would can could shall should may might
must do does did isn't aren't wasn't weren't won't can't couldn't shouldn't wouldn't don't
doesn't didn't hasn't haven't
""".split())
_CONTRACTION = re.compile(r"\w['’](?:s|re|ve|ll|m|d)\b|n['’]t\b", re.IGNORECASE)
_FINAL = re.compile(r"""[.!?…。！？]['"’”»)\]]*\s*$""")
_FUNCTION = frozenset("the a an of to and in is are was for on with by that it this".split())
_SMALL = frozenset("""
a an and as at but by for from in into of on or the to vs via with de du la le von van
""".split())
# FURNITURE's branches that scan ahead for their words (`[^\n]{0,200}... cookies`), by the text
# every alternative of theirs holds (lower case): they cost most of a failed match.
_SCANNING = ("cookie", "blog")


def _top_branches(pattern: str) -> tuple[str, list[str], str] | None:
    """(head, the top-level alternatives of the first group, tail) of a verbose pattern
    `head(?:a|b|...)tail`, or None when it has no such group."""
    depth, escaped, in_class, start, head = 0, False, False, -1, ""
    branches: list[str] = []
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]" or pattern[i - 1] == "["
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
            if depth == 1 and start < 0 and pattern.startswith("(?:", i):
                head, start = pattern[:i], i + 3
        elif ch == ")":
            depth -= 1
            if depth == 0 and start >= 0:
                branches.append(pattern[start:i])
                return head, branches, pattern[i:]
        elif ch == "|" and depth == 1 and start >= 0:
            branches.append(pattern[start:i])
            start = i + 1
    return None


def _quick_furniture() -> re.Pattern[str]:
    """FURNITURE without its scanning branches (`_SCANNING`): the same answer for an ASCII
    text holding none of their words (see `_furniture_match`), in a fraction of the time.
    FURNITURE itself if its shape is not the one expected."""
    parts = _top_branches(FURNITURE.pattern)
    if parts is None:
        return FURNITURE
    head, branches, tail = parts
    kept = [b for b in branches if not any(word in b.lower() for word in _SCANNING)]
    if len(kept) == len(branches):
        return FURNITURE
    return re.compile(head + "(?:" + "|".join(kept) + tail, FURNITURE.flags)


_QUICK_FURNITURE = _quick_furniture()


def _furniture_match(piece: str) -> bool:
    """`FURNITURE.match(piece)`: an ASCII piece holding neither `cookie` nor `blog` in any
    case cannot match the branches that need them, so the quick pattern decides (outside
    ASCII, case folding is the expression's own: `K` folds to `k`)."""
    if piece.isascii():
        lower = piece.lower()
        if not any(word in lower for word in _SCANNING):
            return _QUICK_FURNITURE.match(piece) is not None
    return FURNITURE.match(piece) is not None


BODY_WORDS = 6  # a body sentence: punctuated, with a verb, at least this many words
MAX_LINE_WORDS = 25  # longer lines are prose, whatever their punctuation
TITLE_SHARE = 0.75  # capitalised share of words in a title
STAGE_WORDS = 8  # a stage direction is short
LINE_REACH = 2000  # characters looked at around a sentence for its line
SHORT_WORDS = 30  # boilerplate, a link or a date is never longer
HEADER_LINES = 40  # a page's header never runs longer
HEADER_WORDS = 20  # nor has longer titles


def furniture(transcript: Transcript, sentences: Sequence[Sentence]) -> list[bool]:
    """For each sentence, True when it is page furniture or boilerplate (never a point)."""
    text = transcript.document.text
    prose = transcript.layout not in TRANSCRIPT_LAYOUTS
    # Only narration and prose are tested for repeated lines: counted when there is some.
    narrated = prose or any(transcript.turns[s.turn].speaker is None for s in sentences)
    lines = Counter(filter(None, map(str.strip, text.split("\n")))) if narrated else Counter()
    # Verbs are known for English only: elsewhere, no sentence is judged by its verbs.
    english = _english(text)
    # Some pages drop final stops everywhere: then a missing stop says nothing.
    stops = _punctuates(text)
    # In a transcript a speaker may well say the same line twice: only narration repeats
    # as furniture there.
    unrepeated: Counter[str] = Counter()  # read only: one for every speaker's sentence
    out = [_furniture(text, s, lines if prose or transcript.turns[s.turn].speaker is None
                      else unrepeated, prose, english, stops) for s in sentences]
    # The header: what comes before the first body sentence, when there is one near the
    # top (where labels mark the turns, the first speaker's turn ends the header too).
    turn_taking = transcript.layout in TRANSCRIPT_LAYOUTS and transcript.layout != "monologue"
    header: list[int] = []
    for i, sentence in enumerate(sentences):
        if sentence.line > HEADER_LINES or (
                turn_taking and transcript.turns[sentence.turn].speaker is not None):
            header = []
            break
        if not out[i] and is_body(sentence.text.strip(), english):
            break
        header.append(i)
    else:
        header = []  # no body sentence near the top: no header to tell apart
    for i in header:
        piece = sentences[i].text.strip()
        if nlp.word_count(piece) <= HEADER_WORDS and (
                (stops and not _FINAL.search(piece)) or (english and not has_verb(piece))):
            out[i] = True  # a title, a banner or a byline above the text
    return out


def _furniture(text: str, sentence: Sentence, lines: Counter[str], prose: bool,
               english: bool, stops: bool) -> bool:
    piece = sentence.text.strip()
    final = _FINAL.search(piece) is not None  # asked below up to five times: searched once
    if _family(piece, final):
        return True
    first, last = _line(text, sentence.start, sentence.end)
    if (text.find("(p", first, last) >= 0 or text.find("....", first, last) >= 0) and len(
            _CONTENTS.findall(text, first, last)) >= 2:
        return True  # a table of contents: `SERBIA (pp. 1-2) ... JAPAN (pp. 2-3)`
    if not _ends_line(text, sentence.end):
        return False
    punctuated = final or not stops
    if not final and _title_case(piece):
        return True  # a title or a heading, also after a label (`BRIEFER: ...`)
    if not _is_whole_line(text, sentence.start, sentence.end):
        return False
    if lines[piece] > 1 and not (punctuated and (not english or has_verb(piece))):
        return True  # repeated furniture: a title, a menu, a running head
    if final:  # the two checks left are for lines without a final stop
        return False
    words = [w.lower() for w in nlp.words(piece)]
    if len(words) <= 2 and (
            piece.lstrip("•*-– ")[:1].isupper() and not has_verb(piece)
            and not any(w in _INTERJECTIONS or w in nlp.STOPWORDS for w in words)):
        return True  # a lone label (`Person`, `• Aide`), not an interjection (`Okay`)
    # a heading in an article
    return (prose and nlp.word_count(piece) <= 12 and english and not has_verb(piece))


def _punctuates(text: str) -> bool:
    """Whether the text ends its sentences with stops: most lines of six words or more end
    with one (a hard-wrapped paragraph still ends some)."""
    ends = [bool(_FINAL.search(line)) for line in text[:50_000].split("\n")
            if nlp.word_count(line) >= BODY_WORDS]
    return not ends or sum(ends) >= 0.25 * len(ends)


def _english(text: str) -> bool:
    sample = [w.lower() for w in nlp.words(text[:20_000])]
    return bool(sample) and sum(w in _FUNCTION for w in sample) >= 0.15 * len(sample)


def is_body(text: str, english: bool = True) -> bool:
    """A sentence of the text itself: six words or more with a verb (punctuation is not
    asked: captions and pasted pages break lines mid-sentence)."""
    size = nlp.word_count(text)
    return (size >= BODY_WORDS if english and has_verb(text) else not english and size >= 2
            ) and not _family(text)


def has_verb(text: str) -> bool:
    """A finite verb, by a shipped list, auxiliaries, contractions and lower-case -ed forms
    (a capitalised word in a title is not evidence: `Moyers Remembers ...`)."""
    if ("'" in text or "’" in text) and _CONTRACTION.search(text):
        return True
    title = _capital_share(text) >= TITLE_SHARE  # `Press Briefing by ...`: no imperative
    for i, token in enumerate(nlp.words(text)):
        lower = token.lower().replace("’", "'")
        if token != lower and (i or title):
            continue
        if lower in VERBS or lower in _AUXILIARIES or (
                token == lower and len(lower) > 4 and lower.endswith("ed")):
            return True
    return False


def _family(piece: str, final: bool | None = None) -> bool:
    """A sentence that is furniture by its own text (`final`: whether `_FINAL` finds its
    final stop, when the caller knows)."""
    if not any(ch.isalpha() for ch in piece):
        return True  # numbers, dates, rules and marks
    if _furniture_match(_DEGREE.sub("", piece, count=1)) or SECTION.match(piece):
        return True  # (`Somewhat Positive` is a sentiment tag too)
    if PROCEDURAL.match(piece) and nlp.word_count(piece) <= STAGE_WORDS:
        return True  # `(Laughter.)`, `[inaudible]`; a long aside in brackets is prose
    words = nlp.words(piece)
    if len(words) > SHORT_WORDS:  # boilerplate, links and dates are short
        return False
    if (not _BOILERPLATE_WORDS.isdisjoint(map(str.lower, words)) or "©" in piece) and \
            _boilerplate(piece):
        return True
    if all(w.lower().rstrip(".") in _MONTHS or w[:1].isdigit() for w in words):
        return True  # a date, a time or a dateline
    if ("@" in piece or "/" in piece or _DOT_WORD.search(piece)) and _LINK.search(piece) and (
            nlp.word_count(_LINK.sub(" ", piece)) <= 3):
        return True
    if not (_FINAL.search(piece) is not None if final is None else final):
        items = [p for p in _NAV.split(piece) if p.strip()]
        if len(items) >= 2 and all(nlp.word_count(p) <= 6 for p in items):
            return True  # a breadcrumb or a menu
    return False


def _boilerplate(piece: str) -> bool:
    """`BOILERPLATE.search(piece)`, skipped for an ASCII piece that holds none of the
    literal text every branch of the expression needs (its thirty branches are tried at
    every position: seconds on a 10 MB transcript, where "read", "back" or "get" are
    common). Other text goes to the expression: case folding beyond ASCII is its own."""
    if piece.isascii():
        lower = piece.lower()
        if not any(needle in lower for needle in _BOILERPLATE_NEEDLES):
            return False
    return BOILERPLATE.search(piece) is not None


def _title_case(piece: str) -> bool:
    """Most words capitalised (not all capitals: that is shouting, or a speaker's label)."""
    return nlp.word_count(piece) <= MAX_LINE_WORDS and _capital_share(piece) >= TITLE_SHARE


def _capital_share(piece: str) -> float:
    words = [w for w in nlp.words(piece) if w[:1].isalpha() and w.lower() not in _SMALL]
    if len(words) < 3:  # `Mr. Kelly` is a name, not a title
        return 0.0
    return sum(1 for w in words if w[:1].isupper() and not w.isupper()) / len(words)


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around a span, at most `LINE_REACH` characters either side (a document
    whose line breaks were lost is one line: it must not be scanned once per sentence)."""
    before = text.rfind("\n", max(0, start - LINE_REACH), start)
    after = text.find("\n", end, end + LINE_REACH)
    first = before + 1 if before >= 0 else max(0, start - LINE_REACH)
    last = after if after >= 0 else min(len(text), end + LINE_REACH)
    return first, last


def _ends_line(text: str, end: int) -> bool:
    after = text.find("\n", end, end + LINE_REACH)
    return not text[end:after if after >= 0 else end + LINE_REACH].strip()


def _is_whole_line(text: str, start: int, end: int) -> bool:
    """The sentence is its line: only spaces before it and after it on the line."""
    before = text.rfind("\n", max(0, start - LINE_REACH), start)
    if before < 0 and start > LINE_REACH:
        return False
    return not text[before + 1:start].strip() and _ends_line(text, end)


__all__ = ["BOILERPLATE", "furniture", "has_verb", "is_body"]
