"""Court transcripts: `THE COURT:`, `MR. JONES:`, `Q.`/`A.` examination, maybe line-numbered.

Pages of a court or deposition transcript number their lines (`12   THE COURT: ...`, 1-25
on each page) under a running head (`Day 154 - 13 Jul 95 - Page 03`). The numbers stay in
the input, and in the turns' spans, but a label is read after them, never through them. In
an examination `Q.` is the lawyer examining, named in the heading before it (`DIRECT
EXAMINATION BY MR. JONES:`, `BY MS. SMITH:`), and `A.` the witness, named where they are
sworn (`JOHN DOE, having been duly sworn, testified as follows:`, `WITNESS: JOHN DOE`);
neither is the press. Unnamed, they are `Counsel` and `Witness`. Colloquy between them
(`THE COURT:`, `THE CLERK:`, `MR. MORRIS:`) is labelled as in any transcript. Documents
go to the `record` layout (hearing records), whose parser hands them here.
"""

from __future__ import annotations

from briefing_cli.models import Document, Transcript
from briefing_cli.nlp import nonblank_line_spans
from briefing_cli.speakers import SpeakerRegistry
from briefing_cli.transcript.common import (
    Mark,
    lazy_pattern,
    parse_marked,
    seeded_registry,
)

# `    12   ` at a line start: the line's number on its page.
_NUMBER = lazy_pattern(r"[^\S\n]*\d{1,2}(?:[^\S\n]+|$)")
_HONORIFIC = r"(?:MR|MS|MRS|MISS|DR|MESSRS)\.?"
# `THE COURT:`, `MR. JUSTICE BELL:`, `MS. STEEL:`, `JUROR NO. 4:`: capitals and a colon
# (`MR. McGILL:`, `MS. DeLUCA:`: a name's prefix keeps its case).
_LABEL = lazy_pattern(
    rf"(?P<label>THE[^\S\n]+[A-Z]+(?:[^\S\n]+[A-Z]+)?"
    rf"|{_HONORIFIC}(?:[^\S\n]+(?:Ma?c|D[eiu]|L[ae])?[A-Z][A-Z'’\-]+){{1,3}}"
    r"|[A-Z][A-Z'’\-]+(?:[^\S\n]+[A-Z][A-Z.'’\-]*){0,2})[^\S\n]*:(?:[^\S\n]+|$)")
# `Q.`, `A:`, `Q` then two spaces or a tab: a question or an answer in an examination.
_QA = lazy_pattern(r"(?P<qa>[QA])(?P<stop>[.:])?(?P<space>[^\S\n]+)(?=\S)")
_PERSON = rf"{_HONORIFIC}[^\S\n]+[A-Z][A-Za-z'’\-]+(?:[^\S\n]+[A-Z][A-Za-z'’\-]+)?"
# `DIRECT EXAMINATION BY MR. JONES:` / `Cross-Examination by Ms. Smith` / `BY MR. JONES:`
_EXAMINER = lazy_pattern(
    rf"(?:[A-Za-z\-]+[^\S\n]+)*?(?:(?i:examination)[^\S\n]+)?(?i:by)[^\S\n]+"
    rf"(?P<who>{_PERSON})[^\S\n]*[:.]?[^\S\n]*$")
# `CROSS-EXAMINATION`, `REDIRECT EXAMINATION (Continued)`: the examiner on the next line.
_BARE_HEADING = lazy_pattern(
    r"(?:[A-Za-z\-]+[^\S\n]+)?(?i:(?:re-?|further[^\S\n]+)?(?:direct|cross|redirect|recross)?"
    r"[^\S\n]*-?[^\S\n]*examination)(?:[^\S\n]+\((?i:continued|resumed)\))?[^\S\n]*$")
# `JOHN DOE, having been duly sworn, testified as follows:` / `WITNESS: JOHN DOE`
_SWORN = lazy_pattern(
    r"(?P<who>[A-Z][A-Za-z.'’\-]+(?:[^\S\n]+[A-Z][A-Za-z.'’\-]+){1,3}),[^\S\n]+[^\n]{0,80}?"
    r"(?i:duly[^\S\n]+sworn|affirmed|called[^\S\n]+as[^\S\n]+a[^\S\n]+witness)"
    r"|(?i:witness):[^\S\n]*(?P<named>[A-Z][A-Za-z.'’\-]+(?:[^\S\n]+[A-Z][A-Za-z.'’\-]+){1,3})"
    r"[^\S\n]*$")
# Colloquy labels that only a court transcript has.
_COURT_WORDS = frozenset({"THE COURT", "THE WITNESS", "THE CLERK", "THE DEFENDANT",
                          "THE BAILIFF", "THE INTERPRETER", "THE REPORTER"})
# A transcript's cover fields (`BEFORE: THE HONORABLE ...`, `TRANSCRIBED BY: ...`): who sat
# and who took it down, never a speaker.
_COVER_FIELDS = frozenset({"BEFORE", "TRANSCRIBED BY", "REPORTED BY", "RECORDED BY",
                           "TAKEN BEFORE", "PRESIDING", "HEARD BEFORE", "COURT REPORTER",
                           "APPEARANCES"})
_COVER_SIGN = lazy_pattern(r"(?m:^[^\S\n]*(?:BEFORE|TRANSCRIBED[^\S\n]+BY|REPORTED[^\S\n]+BY|"
                           r"APPEARANCES)[^\S\n]*:)")
_COVERED = 3  # court signs (cover fields, `THE COURT:`) that make two labels a transcript
# Capitals before a colon that head a note or a field, not a speaker.
_NOT_LABELS = frozenset({"NOTE", "NOTES", "SOURCE", "PHOTO", "CREDIT", "UPDATE", "EDITOR",
                         "DATE", "TIME", "PAGE", "RE", "SUBJECT", "TITLE", "CASE", "EXHIBIT",
                         "INDEX", "APPEARANCES", "PRESENT", "ALSO PRESENT", "WITNESS",
                         "WITNESSES", "FILED", "DOCKET", "CERTIFICATE"}) | _COVER_FIELDS
_ELIDED = lazy_pattern(r"(?:(?:\.[^\S\n]?){2,}\.?|…)[^\S\n]*(?=[QA][.:]|[A-Z]{2})")
_FINISHED = (".", "?", "!", ":", '"', "”", ")", "-")
_NOTE_LINES = 4  # most lines a wrapped stage note `(The jury ... as follows:)` runs over
_COUNSEL = "Counsel"  # who asks `Q.` when no heading names the lawyer
_WITNESS = "Witness"  # who answers `A.` when no one is sworn by name


# Words a court transcript without line numbers holds somewhere.
_SIGNS = ("THE COURT", "THE WITNESS", "THE CLERK", "EXAMINATION", "xamination", "duly sworn")


_SPARSE = 0.8  # numbered lines below this share: the unnumbered ones are no furniture
_HEAD = lazy_pattern(r"[^\n]{0,60}\b(?i:page)[^\S\n]+\d{1,4}[^\S\n]*$")


def _running_head(text: str, start: int, end: int) -> bool:
    """`Day 006 - 05 Jul 94 - Page 81`: a running head, on a page numbering some lines."""
    return _HEAD.match(text, start, end) is not None


def _numbered_start(text: str) -> bool:
    """Whether most of the first 50 non-blank lines start with a line number."""
    seen = numbered = 0
    for s, e in nonblank_line_spans(text):
        seen += 1
        numbered += _NUMBER.match(text, s, e) is not None
        if seen == 50:
            break
    return numbered >= 5 and numbered >= 0.6 * seen


class _CourtRegistry(SpeakerRegistry):
    """Unnamed counsel and witness are speakers of their own, written `Q` and `A`: never
    the press, never merged with `DEFENSE COUNSEL` by the shared word."""

    def label(self, label: str, role: str | None = None) -> str:
        if label in (_COUNSEL, _WITNESS):
            return self.fixed(label, "Q" if label == _COUNSEL else "A")
        return super().label(label, role)


def _scan(document: Document) -> tuple[dict[int, Mark], frozenset[int], bool, int]:
    """Marks by line start, lines that are headings or page furniture, whether the pages
    number their lines, and how many court-only signs (headings, `THE COURT:`) there are."""
    text = document.text
    spans = list(nonblank_line_spans(text))
    numbered = sum(1 for s, e in spans if _NUMBER.match(text, s, e))
    is_numbered = numbered >= 5 and numbered >= 0.6 * len(spans)
    # a page that numbers only every other printed line: its other lines are wrapped speech
    sparse = numbered < _SPARSE * len(spans)
    marks: dict[int, Mark] = {}
    narration: set[int] = set()
    signs = 0
    examiner = _COUNSEL
    witness = _WITNESS
    last_qa = ""
    finished = True
    after_heading = False  # a heading's wrapped second line is the heading too
    note = 0  # lines of a wrapped stage note so far
    for s, e in spans:
        pos = s
        number = _NUMBER.match(text, s, e) if is_numbered else None
        if number is not None:
            pos = number.end()
        elif is_numbered and (not sparse or _running_head(text, s, e)):
            narration.add(s)  # a running head or footer between numbered lines
            continue
        while pos < e and text[pos].isspace():
            pos += 1
        if text[pos:pos + 1] in ".…":
            elided = _ELIDED.match(text, pos, e)  # `. . . Q: Ms. Jones, ...` (an excerpt's cut)
            pos = elided.end() if elided is not None else pos
        line = text[pos:e].rstrip()
        if not line:
            continue
        if line[:1] in "([" and _RECORD_NOTE.match(line):
            narration.add(s)  # `[Private session]`, `(redacted)`: the record's, no one's
            continue
        if note or (finished and line.startswith("(") and ")" not in line):
            # `(A side bar conference was held on the` / `record ... as follows:)`: a stage
            # note wrapped over lines, no one's words (at most `_NOTE_LINES` lines)
            narration.add(s)
            note = 0 if line.endswith(")") or note + 1 >= _NOTE_LINES else note + 1
            continue
        heading = _EXAMINER.match(line) if len(line) < 90 else None
        if heading is None and len(line) < 60 and _BARE_HEADING.match(line):
            narration.add(s)  # `CROSS-EXAMINATION` over `BY MS. SMITH:`
            signs += 1
            last_qa, finished, after_heading = "", True, False
            continue
        sworn = _SWORN.match(line) if heading is None else None
        if heading or sworn or (after_heading and not _QA.match(line)
                                and not _LABEL.match(line)):
            if heading:
                examiner = " ".join(heading.group("who").split())
            elif sworn:
                witness = " ".join((sworn.group("who") or sworn.group("named")).split())
            narration.add(s)
            signs += bool(heading or sworn)
            last_qa, finished = "", True
            after_heading = not line.endswith(":")  # `..., testified as` / `follows:`
            continue
        after_heading = False
        qa = _QA.match(line)
        if qa and (qa.group("stop") or len(qa.group("space")) > 1 or "\t" in qa.group("space")
                   or (finished and last_qa and qa.group("qa") != last_qa)):
            letter = qa.group("qa")
            marks[s] = Mark(examiner if letter == "Q" else witness, pos + qa.end(),
                            question=letter == "Q")
            last_qa = letter
        else:
            label = _LABEL.match(line)
            if label is not None:
                said = " ".join(label.group("label").upper().split())  # (`McGILL`: recased whole)
                if _caption_row(line, label.end()):
                    finished = True  # `JANE ROE :` - a case caption's party, no speaker
                    continue
                if said in _NOT_LABELS:
                    signs += said in _COVER_FIELDS  # a court transcript's own cover
                    finished = line.endswith(_FINISHED)
                    continue
                if said in _COURT_WORDS:
                    signs += 1
                if said == "THE WITNESS":
                    said = witness
                marks[s] = Mark(said, pos + label.end())
        finished = line.endswith(_FINISHED)
    return marks, frozenset(narration), is_numbered, signs


# A note of the record's own on a line by itself: `[Private session]`, `[Open session]`,
# `(redacted)`, `[Closed session]`, `(Short adjournment)`.
_RECORD_NOTE = lazy_pattern(r"(?:\[[^\[\]\n]{1,60}\]|\([^()\n]{1,60}\))[.:]?$")


def _caption_row(line: str, end: int) -> bool:
    """A case caption's row (`ACME CORP., :`, `JANE ROE :`, `v. : No. 12-345`): a party's
    name set off by spaces from the caption's column of colons, nothing after it on the line
    (a speaker's label is followed by speech, or stands alone without the space)."""
    colon = line.rfind(":", 0, end)
    return colon > 0 and line[colon - 1] in " \t" and not line[end:].strip()


# A court transcript flattened from a page viewer: its pages' lines run together, labels
# inside them (`... (10:28 a.m.) CHIEF JUSTICE ROBERTS: We'll hear ...`), between running
# heads and rows of line numbers. Its cover says what it is.
_FLAT_SIGN = lazy_pattern(r"P[^\S\n]R[^\S\n]O[^\S\n]C[^\S\n]E[^\S\n]E[^\S\n]D[^\S\n]I[^\S\n]N"
                          r"[^\S\n]G[^\S\n]S|\bORAL[^\S\n]+ARGUMENT[^\S\n]+OF\b")
_INLINE = lazy_pattern(
    rf"(?<![^\s.?!)\]])(?P<label>(?:CHIEF[^\S\n]+)?JUSTICE[^\S\n]+[A-Z][A-Z'’\-]+"
    rf"|THE[^\S\n]+COURT|GENERAL[^\S\n]+[A-Z][A-Z'’\-]+"
    rf"|{_HONORIFIC}[^\S\n]+(?:Ma?c|D[eiu]|L[ae])?[A-Z][A-Z'’\-]+)[^\S\n]*:(?=[^\S\n]|$)")
_FLAT_HEAD = 20_000  # the cover's sign is looked for in this much of the text
# page furniture of such a page: a row of line numbers, a page number, a running head
_NUMBERS_ROW = lazy_pattern(r"[^\S\n]*\d{1,3}(?:[^\S\n]+\d{1,3}){0,30}[^\S\n]*$")


def _flat_mark(label: str, body: int) -> Mark:
    """`CHIEF JUSTICE ROBERTS` is Justice Roberts, Chief Justice (not `Chief Roberts`)."""
    words = label.split()
    if words[0] == "CHIEF":
        return Mark(" ".join(words[1:]), body, role="Chief Justice")
    return Mark(" ".join(words), body)


def _flat_marks(document: Document) -> tuple[dict[int, Mark], frozenset[int]] | None:
    """Labels inside the lines of a flattened court transcript (two or more, under a cover
    with `P R O C E E D I N G S` or `ORAL ARGUMENT OF`), and its furniture lines; None for
    any other document."""
    text = document.text
    if _FLAT_SIGN.search(text, 0, _FLAT_HEAD) is None:
        return None
    marks = {m.start(): _flat_mark(m.group("label"), m.end()) for m in _INLINE.finditer(text)}
    if len(marks) < 2:
        return None
    seen: dict[str, int] = {}
    spans = list(nonblank_line_spans(text))
    for s, e in spans:
        line = text[s:e].strip()
        if len(line) < 60:
            seen[line] = seen.get(line, 0) + 1
    furniture = frozenset(s for s, e in spans if _NUMBERS_ROW.match(text, s, e)
                          or seen.get(text[s:e].strip(), 0) >= 2)
    return marks, furniture


def score(document: Document) -> bool:
    """A court transcript: numbered lines with labels after the numbers, or a court's own
    labels and headings (`THE COURT:`, `DIRECT EXAMINATION BY`) with an examination."""
    text = document.text
    if not any(sign in text for sign in _SIGNS) and not _numbered_start(text) and \
            _COVER_SIGN.search(text, 0, _FLAT_HEAD) is None:
        return _flat_marks(document) is not None  # (no full scan: no sign of a court)
    marks, _, numbered, signs = _scan(document)
    if numbered:
        return len(marks) >= 2 or _flat_marks(document) is not None
    return signs >= 1 and len(marks) >= 4 or signs >= _COVERED and len(marks) >= 2 or \
        _flat_marks(document) is not None


def parse(document: Document, layout: str) -> Transcript:
    marks, narration, _, _ = _scan(document)
    flat = _flat_marks(document)
    if flat is not None and len(flat[0]) >= 2 * max(1, len(marks)):
        marks, narration = flat  # most labels inside lines: the page was flattened
    registry = seeded_registry(document, marks, _CourtRegistry())
    return parse_marked(document, layout, marks, registry, narration=narration)


__all__ = ["parse", "score"]
