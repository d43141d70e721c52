"""Monologue briefings (UN noon-briefing style): no labels, one voice named in the header.

`Noon briefing by Ana Ruiz, Spokesperson for the Secretary-General` (or a name line with a
role line under it) names the voice; every paragraph after the header is that person's,
except topic headings (`**Flood Relief**`, a short line without a full stop), page
furniture, and reported statements: a paragraph that opens `The Secretary-General
welcomes ...` is the reported person's, and so is a following `He also said ...` (an
agency's news, `The World Food Programme says ...`, is relayed by the voice). A
question-and-answer part after the monologue (`Question:` / `Spokesperson:`) is read like
any labelled transcript, so one document may mix both.
"""

from __future__ import annotations

import re

from briefing_cli.models import Document, Transcript
from briefing_cli.speakers import (
    ANSWER_LABELS,
    PRESS_LABELS,
    ROLE_HEADS,
    display_words,
    role_label,
)
from briefing_cli.transcript import announced, bilingual, chaired, labelled, roles
from briefing_cli.transcript.common import (
    FURNITURE,
    PROCEDURAL,
    SECTION,
    Mark,
    each_line,
    lazy_pattern,
    line_spans,
    parse_marked,
    seeded_registry,
)

LAYOUT = "monologue"

_HEAD_LINES = 8  # the voice is named within the first lines
_BY = lazy_pattern(r"(?i:briefing|remarks|statement|press\s+conference|update|address|"
                 r"readout|transcript|stakeout|doorstep|press\s+encounter)\b"
                 r"[^\n]{0,80}?\b(?i:by|with|from)[^\S\n]+")
# `**Flood Relief**`, or `**Flood Relief` with no closing stars (the UN's own pages)
_BOLD = lazy_pattern(r"^[^\S\n]*(?:\*\*|__)[^*_\n]{1,100}(?:\*\*|__)?[^\S\n]*$")
_FINISHED = lazy_pattern(r"""[.?!…:;'"’”)\]]\s*$""")
# `The Secretary-General welcomes ...`, `The UN Refugee Agency said ...`
_REPORTED = lazy_pattern(
    r"^[^\S\n]*(?P<who>(?:The[^\S\n]+)?(?:[A-Z][\w.'’\-]*[^\S\n]+){0,3}[A-Z][\w'’\-]*)"
    r"(?:,[^\n]{0,80}?,)?[^\S\n]+(?:also[^\S\n]+)?(?i:welcomes|welcomed|condemns|condemned|"
    r"said|says|stressed|stresses|noted|notes|calls|called|urged|urges|announced|"
    r"announces|told|added|expressed|expresses|reiterated|reiterates|appealed|appeals|"
    r"warned|warns|commended|commends|deplored|deplores)\b")
# `The Secretary-General opened the conference today, saying that ...`
_SAYING = lazy_pattern(
    r"^[^\S\n]*(?P<who>(?:The[^\S\n]+)?(?:[A-Z][\w.'’\-]*[^\S\n]+){0,3}[A-Z][\w'’\-]*)"
    r"[^\S\n]+[a-z]+(?:ed|s)\b[^.?!\n]{0,200}?,[^\S\n]*(?:saying|adding|noting|stressing|"
    r"warning|telling)\b")
_PRONOUN = lazy_pattern(r"^[^\S\n]*(?:He|She|They)[^\S\n]+(?:also[^\S\n]+)?[a-z]+ed\b|"
                      r"^[^\S\n]*(?:He|She|They)[^\S\n]+(?:also[^\S\n]+)?(?:said|says|told)\b")
_SMALL = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "with"})


# `Press conference` on one line, `by NATO Secretary General Jens Stoltenberg ahead of ...`
# on the next (NATO, ministries): the title and its `by` line split apart.
_TITLE = lazy_pattern(r"(?i:briefing|remarks|statement|press\s+conference|news\s+conference|"
                    r"update|address|readout|transcript|speech)\b")
_BY_LINE = re.compile(r"^[^\S\n]*(?i:by|from)[^\S\n]+(?=[A-Z])")
# What a page puts between that header and the speech: date bullets, `(As delivered)`, a
# photo caption naming the voice.
_AFTER_HEADER = lazy_pattern(r"^[^\S\n]*(?:[•·▪|]|\((?i:as\s+delivered|check\s+against\s+"
                           r"delivery|as\s+prepared(?:\s+for\s+delivery)?)\)|Last\s+updated)")


_JOINED = lazy_pattern(r"\b(?:joined|accompanied|attended|flanked)\b")
# A news sentence's reporting verb before the `by`: `Minister Ana Ruiz announced after the
# meeting that the statement "is ready, as promised by ..."` is a story, not a header.
_REPORTING = lazy_pattern(r"\b(?:said|says|announced|told|added|noted|stated|explained|"
                          r"stressed|declared|disclosed|confirmed|revealed|insisted)\b")


def _in_news_prose(line: str, where: int) -> bool:
    """True when the `by` phrase at `where` sits in a news sentence, not a header: after a
    reporting verb, or inside a quotation opened earlier on the line."""
    before = line[:where]
    if _REPORTING.search(before) is not None:
        return True
    curly = before.count("“") + before.count("«") > before.count("”") + before.count("»")
    return curly or before.count('"') % 2 == 1


def voice(text: str) -> tuple[str, str | None, int] | None:
    """(name, role, where the header ends) of the voice the header names."""
    lines = [(s, e) for s, e in line_spans(text[:4000]) if text[s:e].strip()][:_HEAD_LINES]
    for n, (start, end) in enumerate(lines):
        line = text[start:end]
        if _BY_LINE.match(line) and (
                _TITLE.search(text[lines[n - 1][0]:lines[n - 1][1]]) if n else
                # the page's first line, with no title above it: a speech page whose date
                # bullets or `(As delivered)` follow (`by Director-General Mara Quill
                # (hosted by ...)`)
                any(_AFTER_HEADER.match(text[s:e]) for s, e in lines[1:4])):
            by = _BY_LINE.match(line)
            assert by is not None
            found = roles.titled_name(line[by.end():])
            if found is not None:
                name, role = found
                return display_words(name), role, _header_tail(text, lines, n, name)
        for match in _BY.finditer(line):
            if _JOINED.search(line, 0, match.end()):
                continue  # `X was joined for her press conference by Y`: X is the voice
            if "interview" in match.group().lower():
                continue  # `Transcript: Full Interview With ...`: questions and answers
            if _in_news_prose(line, match.start()):
                continue  # `X announced that the statement "..., as promised by Y"`
            found = roles.titled_name(line[match.end():])
            if found is None:
                continue
            name, role = found
            surname = name.split()[-1]
            after = line[line.find(surname, match.end()) + len(surname):]
            role = roles.role_rest(after) or roles.role_after(after) or role
            return display_words(name), role, end
        # `Ana Ruiz` on a line, `Deputy Spokesperson` on the next
        if n + 1 < len(lines) and len(line.split()) <= 4:
            found = roles.titled_name(line)
            below = text[lines[n + 1][0]:lines[n + 1][1]].strip()
            role = roles.role_line(below)
            if found is not None and role is not None and \
                    found[0].split()[-1] == line.split()[-1].strip(" ,"):
                return display_words(found[0]), role, lines[n + 1][1]
    named = announced.voice(text, lines)  # `Spokesperson Ana Ruiz's Press Conference`
    return (display_words(named[0]), named[1], named[2]) if named is not None else None


def _header_tail(text: str, lines: list[tuple[int, int]], n: int, name: str) -> int:
    """Where the header that ends with line `n` really ends: past the date bullets, the
    `(As delivered)` note and a caption naming the voice that follow it."""
    surname = name.split()[-1]
    end = lines[n][1]
    for start, stop in lines[n + 1:n + 7]:
        line = text[start:stop]
        if not (_AFTER_HEADER.match(line) or (surname in line and len(line) < 300
                                                and not _FINISHED.search(line.rstrip()))):
            break
        end = stop
    return end


def _heading(line: str) -> bool:
    stripped = line.strip()
    if _BOLD.match(line) or FURNITURE.match(line) or PROCEDURAL.match(line) or \
            SECTION.match(line):
        return True
    words = [w for w in stripped.split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in _SMALL)
    # `Flood Relief`, `Sudan - Humanitarian Update`: short, title case, unfinished
    return 0 < len(words) <= 10 and capitalised == len(words) and \
        not _FINISHED.search(stripped) and not stripped.endswith(",")


def _reported(line: str) -> str | None:
    match = _REPORTED.match(line) or _SAYING.match(line)
    if match is None:
        return None
    who = match.group("who")
    words = [w for w in who.split() if w != "The"]
    if not words or words[0] in {"I", "We", "You", "It", "This", "That", "There", "He",
                                 "She", "They"}:
        return None
    if words[0] in {"As", "And", "But", "So", "Then"} or {"I", "We", "You"} & set(words):
        return None  # `As I said, ...`: the voice itself
    # a person or a post; an agency's news (`The World Food Programme says`) is relayed
    keys = {w.lower() for w in re.split(r"[\s\-]+", who)}
    if keys & ROLE_HEADS or (len(words) >= 2 and who[:4] != "The "):
        return " ".join(words)
    return None


# `00:07Just a few things at the top` - a video page's transcript: a timestamp glued to
# (or a space before) each unlabelled line of speech.
_GLUED = lazy_pattern(r"[^\S\n]*\d{1,2}:\d{2}(?::\d{2})?[^\S\n]?(?=[^\s\d:])")
_TIMED_RUN = 3  # lines in a row that make a timed block
_STAMP_DIGITS = lazy_pattern(r"\d:\d\d")  # what every `_GLUED` stamp holds
# `Deputy Press Secretary Sabrina Singh held a press briefing on Friday.` above it
_HELD = lazy_pattern(
    r"(?P<who>[^\n]{3,120}?)[^\S\n]+(?:held|holds|gave|gives|delivered|delivers|hosted|"
    r"hosts|conducted|conducts)[^\S\n]+(?:(?:a|an|the|her|his|their|today's)[^\S\n])?"
    r"[^\n]{0,40}?\b(?i:briefing|press\s+conference|news\s+conference|remarks|statement|"
    r"address|update)\b")


def _timed_block(text: str) -> tuple[int, list[tuple[int, int]]] | None:
    """Where the first block of timestamped lines starts and all its stamps (line start,
    where the speech starts); None without one."""
    stamps: list[tuple[int, int]] = []
    if _STAMP_DIGITS.search(text) is None:
        return None  # no stamp anywhere (one scan, not a match a line)
    for start, end in each_line(text):
        if start == end:
            continue
        glued = _GLUED.match(text, start, end)
        if glued is not None:
            stamps.append((start, glued.end()))
        elif len(stamps) < _TIMED_RUN:
            stamps = []  # a stray stamp; once a block has begun, a line without goes on
    return (stamps[0][0], stamps) if len(stamps) >= _TIMED_RUN else None


# `On Friday, `, `Earlier today, `: when or where, before the one who held the briefing
_LEAD = lazy_pattern(r"(?:(?:On|Earlier|Later|Last|This|Yesterday|Today|Tonight|In|At|During)"
                     r"\b[^,\n]{0,50}|[A-Z][a-z]+day),[^\S\n]*(?=[A-Z])")


def _without_lead(who: str) -> str:
    """`State Department Spokesperson Ana Ruiz` from `On Friday, State Department ...`."""
    lead = _LEAD.match(who)
    return who[lead.end():] if lead is not None else who


def _timed_voice(text: str) -> tuple[str, str | None, dict[int, Mark]] | None:
    """A video transcript of one voice: the page names who `held a press briefing` above
    a block of timestamped lines; each line is theirs from where the speech starts (the
    stamps are furniture). No voice named: None (no speaker is invented)."""
    if ":" not in text[:20000]:
        return None
    block = _timed_block(text)
    if block is None:
        return None
    begin, stamps = block
    chair = chaired.marks(text, stamps, text[:min(begin, 6000)])
    if chair is not None:  # a question time: the chair's calls hand the turns over
        return chaired.CHAIR, chaired.CHAIR, chair
    for start, end in line_spans(text[:min(begin, 6000)]):
        held = _HELD.match(text, start, end)
        if held is None:
            continue
        who = _without_lead(held.group("who").lstrip(" •·-").rstrip(" ,"))
        person, comma, stated = who.partition(",")  # `Ana Ruiz, Deputy Spokesperson,`
        found = roles.titled_name(person)
        if found is None or not person.rstrip().endswith(found[0].split()[-1]):
            continue
        name, role = display_words(found[0]), found[1]
        if comma:
            role = roles.role_line(stated.strip())
            if role is None:
                continue
        return name, role, {line: Mark(name, speech, role=role) for line, speech in stamps}
    return None


def find_marks(document: Document) -> tuple[dict[int, Mark], frozenset[int]] | None:
    """Marks (the voice, reported speakers, any labels after) and heading line starts."""
    text = document.text
    found = voice(text)
    if found is None:
        timed = _timed_voice(text)
        return (timed[2], frozenset()) if timed is not None else None
    name, role, header_end = found
    labels = {offset: mark for offset, mark in labelled.find_marks(document).items()
              if offset >= header_end}
    first_label = min(labels, default=len(text))
    if labels and name.split()[-1].upper() in labels[first_label].label.upper().split():
        return None  # `Karine Jean-Pierre: (00:00)` opens the text: the rest was the page's
    marks: dict[int, Mark] = {}
    headings: set[int] = set()
    speaking: str | None = None  # the last speaker marked: the voice or a reported one
    paragraphs = 0
    spoken = False  # a paragraph opens long or in the first person: speech, not a page's
    previous_blank = True
    for start, end in each_line(text):
        if start < header_end or start >= first_label:
            continue
        line = text[start:end]
        if not line.strip():
            previous_blank = True
            continue
        if _heading(line) and (previous_blank or _BOLD.match(line)):
            headings.add(start)
            previous_blank = True
            continue
        if previous_blank:
            paragraphs += 1
            spoken = spoken or len(line) > _BLURB_LINE or _SPOKEN.search(line) is not None
            who = _reported(line)
            if who is None and speaking not in (None, name) and _PRONOUN.match(line):
                who = speaking
            who = who or name
            if who != speaking or start not in marks:
                marks[start] = Mark(who, start + len(line) - len(line.lstrip()),
                                    role=role if who == name else None,
                                    paraphrase=who != name)
                speaking = who
        previous_blank = False
    if paragraphs < 1 or (paragraphs < 2 and not announced.titled(text, header_end)) or \
            _blurb_before_labels(name, labels, paragraphs, spoken):
        return None
    marks.update(labels)
    marks.update(bilingual.originals(text, labels))  # `原文` above `Q ...`
    return marks, frozenset(headings)


_BLURB = 3  # unlabelled paragraphs before the labels that may be a page's blurb
_BLURB_LINE = 200  # characters of a line of a transcript site's header at most
_SPOKEN = lazy_pattern(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|my|My|our|Our|us)\b")


def _blurb_before_labels(name: str, labels: dict[int, Mark], paragraphs: int,
                         spoken: bool = True) -> bool:
    """An event page's header names people with their parts (`Speaker`, `Presider`) and a
    labelled transcript follows in which the one found as the voice never speaks under
    any label: the few paragraphs before the labels are the page's blurb, not a
    monologue (`Ana Ruiz, president of ..., discusses ...`, `Learn more about ...`). A
    transcript site's header may run longer (the title again, a breadcrumb, `Read the
    transcript here.`, a sales line): any number of short lines, none in the first person,
    before at least as many labelled turns."""
    names = {m.label for m in labels.values()}
    site = not spoken and len(labels) >= paragraphs  # (the voice may have a label too)
    if (paragraphs > _BLURB and not site) or \
            len(names - {n for n in names if n.lower().rstrip(".") in PRESS_LABELS}) < 2:
        return False
    surname = name.split()[-1].upper()
    for label in names:
        key = label.lower().rstrip(".")
        if key in PRESS_LABELS:
            continue  # the floor's questions
        if key in ANSWER_LABELS or role_label(label) is not None \
                or (surname in label.upper().split() and not site):
            return False  # a briefing's Q&A (`A:`, `Spokesperson:`) or the voice
    return True


def score(document: Document) -> float:
    """1.0 when the header names a voice and two paragraphs or more follow unlabelled."""
    return 1.0 if find_marks(document) is not None else 0.0


def parse(document: Document) -> Transcript:
    found = find_marks(document)
    if found is None:
        return labelled.parse(document)
    marks, headings = found
    registry = seeded_registry(document, marks)
    return parse_marked(document, LAYOUT, marks, registry, narration=headings)


__all__ = ["LAYOUT", "find_marks", "parse", "score", "voice"]
