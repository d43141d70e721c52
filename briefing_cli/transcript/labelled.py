"""Labelled turns: `MR MILLER:`, `Q` paragraphs, `QUESTION:`, `Name (00:12):` and kin.

A label opens a turn that runs, over any number of paragraphs, until the next label.
Lines before the first label are a header: narration, and a source of full names and
roles (`Daniel Reyes, Spokesperson`, `Press Briefing by Press Secretary Karen Whitfield`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing_cli.models import PRESS_ID, Document, Transcript, TurnKind
from briefing_cli.speakers import PRESS_LABELS, SpeakerRegistry
from briefing_cli.transcript import roles
from briefing_cli.transcript.common import PROCEDURAL, Draft, build, line_spans

LAYOUT = "labelled"

# `MR. MILLER:` / `AMBASSADOR THOMAS-GREENFIELD:` / `Q:` - capitals, at most six words.
_CAPS = re.compile(
    r"^(?P<label>[A-Z][A-Z0-9.'’\-]*(?:[ \t]+[A-Z0-9.'’\-]+){0,5})[ \t]*:(?:\s+|$)")
# `Question:` / `Gen. Robert Hale:` - capitalised words.
_TITLED = re.compile(r"^(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,4})[ \t]*:(?:\s+|$)")
# `Maya Chen (00:41):` - Rev style, the timestamp makes it unambiguous.
_TIMED = re.compile(
    r"^(?P<label>[^\W\d_][^():\n]{0,60}?)[ \t]*"
    r"\((?:\d{1,2}:){1,2}\d{2}(?:[.,]\d+)?\)[ \t]*:?(?:\s+|$)")
# A bare `Q` paragraph: `Q    Thank you, Karen.`
_BARE_Q = re.compile(r"^(?P<label>Q)(?:[ \t]+|\.[ \t]+)(?=\S)")

# Line openers that look like labels but are not speakers.
_NOT_LABELS = frozenset("""
note notes update updated editor's editors source sources subject date time location place
transcript end warning related read more photo photos watch listen caption credit copyright
et est edt pst pdt cst cdt gmt utc am pm re fw fwd cc to from sent tags quote attachment
look again first second third finally so now well yes no and but however here this that
also bottom the answer point reason example important background summary agenda topic
topics key takeaways next previously meanwhile update q&a faq disclaimer contents
""".split())


@dataclass(frozen=True)
class _Label:
    label: str
    body_start: int  # offset where the turn's own text starts


def _match_label(line: str) -> tuple[str, int] | None:
    for pattern in (_TIMED, _BARE_Q, _CAPS, _TITLED):
        match = pattern.match(line)
        if match:
            label = " ".join(match.group("label").split())
            return label, match.end()
    return None


def _plausible(label: str, count: int) -> bool:
    words = label.split()
    key = label.lower().rstrip(".")
    if key in PRESS_LABELS or key in {"a", "answer", "moderator", "operator", "staff",
                                      "spokesperson", "spokesman", "spokeswoman"}:
        return True
    if not words or len(words) > 6 or words[0].lower().rstrip(".") in _NOT_LABELS:
        return False
    if any(ch.isdigit() for ch in label) and not label.lower().startswith("speaker"):
        return False
    if label.isupper():
        return len(label) > 1 or count > 1
    # Title-case labels are common sentence openers ("Look:"); trust them when repeated
    # or when they read like a name (two or more capitalised words).
    return count > 1 or len(words) >= 2


def find_labels(document: Document) -> dict[int, _Label]:
    """Labels by line start offset, after the plausibility vote."""
    text = document.text
    found: dict[int, _Label] = {}
    counts: Counter[str] = Counter()
    for start, end in line_spans(text):
        line = text[start:end]
        match = _match_label(line)
        if match is None:
            continue
        label, body = match
        found[start] = _Label(label, start + body)
        counts[label.upper()] += 1
    timed = {offset for offset in found if _TIMED.match(text[offset:offset + 200])}
    if len(timed) >= 2:
        # A timestamped transcript: the stamps mark every turn, nothing else is a label.
        return {offset: found[offset] for offset in sorted(timed)}
    return {offset: item for offset, item in found.items()
            if _plausible(item.label, counts[item.label.upper()])}


def score(document: Document) -> float:
    """Share of non-blank lines that open a labelled turn (the layout vote)."""
    nonblank = sum(1 for s, e in line_spans(document.text) if document.text[s:e].strip())
    labels = len(find_labels(document))
    if labels < 2 or not nonblank:
        return 0.0
    return labels / nonblank


def parse(document: Document) -> Transcript:
    text = document.text
    labels = find_labels(document)
    registry = SpeakerRegistry()
    first_label = min(labels) if labels else len(text)
    # Full names and roles: the header first, then mentions anywhere in the text.
    label_names = [item.label for item in labels.values()]
    for source in (text[:first_label], text):
        for name, role in roles.header_names(source, label_names):
            registry.add(name, role=role)

    drafts: list[Draft] = []
    current: Draft | None = None
    for start, end in line_spans(text):
        line = text[start:end]
        label = labels.get(start)
        if label is not None:
            key = registry.add(label.label)
            kind = TurnKind.QUESTION if key == PRESS_ID else TurnKind.STATEMENT
            current = Draft(key, kind, label.body_start, end)
            drafts.append(current)
        elif not line.strip():
            continue
        elif current is None or PROCEDURAL.match(line):
            drafts.append(Draft(None, TurnKind.NARRATION, start, end))
            if current is not None:  # the speaker resumes after a stage direction
                current = Draft(current.speaker, current.kind, end, end)
                drafts.append(current)
        else:
            current.end = end
    drafts = [d for d in drafts if text[d.start:d.end].strip()]
    return build(document, LAYOUT, registry, drafts)


__all__ = ["LAYOUT", "find_labels", "parse", "score"]
