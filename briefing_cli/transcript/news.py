"""News prose: quotations and reported speech attributed to the people named around them.

A sieve in order of precision (after Muzny et al. 2017, "A Two-stage Sieve Approach for
Quote Attribution"): `Quote` marker blocks under an intro line (`X, who ..., said,`),
cues next to a quotation (`"...," Kirby said` / `Kirby said: "..."`), reported speech
(`Miller also highlighted ... and that`), then the previous quotation's speaker.
Everything that quotes nobody is narration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_cli.models import Document, Transcript, TurnKind
from briefing_cli.speakers import PRONOUNS, SpeakerRegistry
from briefing_cli.transcript import roles
from briefing_cli.transcript.common import Draft, build, line_spans

LAYOUT = "news"

OPEN_MARKS = "“„«\""
CLOSE_MARKS = "”»\""
_PUNCTUATION = " \t\"“”„«»,.;:"
_MARKER = re.compile(r"^\s*(?:Quote|QUOTE|Quote:|Unquote|End quote)\s*$")
_VERBS = (r"(?:said|says|say|added|adds|adding|continued|stated|states|told|tells|noted|notes|"
          r"explained|explains|warned|warns|argued|argues|insisted|insists|wrote|writes|"
          r"asked|asks|replied|responded|stressed|emphasized|emphasised|highlighted|"
          r"acknowledged|declared|announced|claimed|maintained|remarked|observed|suggested|"
          r"conceded|predicted|recalled|cautioned|urged|pointed out|went on)")
_NAME = r"(?:[A-Z][\w'’\-]+\.?(?:[ \t]+(?:[A-Z][\w'’\-]*\.?|de|van|von|bin|al|el|la|le)){0,3})"
# A line that introduces what follows: ends in `said,` / `adding,` / `:` / `and that`.
_INTRO_END = re.compile(
    rf"(?:\b{_VERBS}(?:[ \t]+\w+){{0,2}}\s*[,:]|:|\bthat|\bwhy|\bsaying,?|\badding,?)\s*$")
_THAT_END = re.compile(r"\bthat\s*$")
# `NAME said` / `NAME, the ..., said` / `said NAME`
_NAME_VERB = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,\n]{{1,120}},)?[ \t]+(?:also[ \t]+|then[ \t]+)?{_VERBS}\b")
_VERB_NAME = re.compile(rf"\b{_VERBS}[ \t]+(?P<name>{_NAME})")
_PRONOUN_VERB = re.compile(
    rf"\b(?P<name>he|she|they)[ \t]+(?:also[ \t]+)?{_VERBS}\b", re.IGNORECASE)
_ROLE_NAME = re.compile(
    r"\b(?i:spokesperson|spokesman|spokeswoman|secretary|minister|adviser|advisor|ambassador|"
    r"envoy|director|chief|official|commander|general|senator|governor|president|chair|"
    r"chairman|chairwoman|coordinator|representative)[ \t]+"
    r"(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w'’\-]+)")
_ACCORDING = re.compile(rf"\baccording to[ \t]+(?P<name>{_NAME})")
_INSTITUTIONS = frozenset("""
department ministry house office council agency pentagon kremlin government administration
committee commission embassy state army navy police court parliament congress senate union
""".split())
_NOT_NAMES = frozenset("""
the a an but and or if as when while after before since in on at of for this that these
those it its they we he she i you asked according there here then later also however
""".split())


@dataclass
class _Mention:
    key: str | None
    start: int  # offset of the mention in the line


def score(document: Document) -> float:
    """Share of non-blank lines that hold a quotation mark or a `Quote` marker."""
    text = document.text
    lines = [text[s:e] for s, e in line_spans(text) if text[s:e].strip()]
    if not lines:
        return 0.0
    hits = sum(1 for line in lines if _MARKER.match(line) or any(m in line for m in OPEN_MARKS))
    return hits / len(lines)


class _Attributor:
    def __init__(self, text: str) -> None:
        self.text = text
        self.registry = SpeakerRegistry()
        self.last_speaker: str | None = None

    def mention(self, line: str) -> str | None:
        """The speaker a line names next to a reporting verb (registering them)."""
        for pattern in (_NAME_VERB, _VERB_NAME, _ACCORDING, _ROLE_NAME):
            for match in pattern.finditer(line):
                key = self._resolve(line, match.start("name"), match.group("name"))
                if key is not None:
                    return key
        if _PRONOUN_VERB.search(line) and self.last_speaker is not None:
            return self.last_speaker
        return None

    def _resolve(self, line: str, start: int, name: str) -> str | None:
        words = name.split()
        while words and words[0].lower().rstrip(".") in _NOT_NAMES:
            start += len(words[0]) + 1
            words.pop(0)
        if not words or words[0].lower() in PRONOUNS:
            return self.last_speaker if words else None
        # `Department of Defense Sabrina Singh` -> the last two words are the name.
        if len(words) > 2:
            cut = len(words) - 2
            if len(words[-2]) == 2 and words[-2].endswith(".") and len(words) > 3:
                cut -= 1
            start += sum(len(w) + 1 for w in words[:cut])
            words = words[cut:]
        full = " ".join(words)
        if words[-1].lower().rstrip(".") in _INSTITUTIONS:
            return None  # organisations as speakers come with the full news sieve
        if len(words) == 1:
            key = self.registry.find(full)
            if key is None:
                return None
        else:
            end = start + len(full)
            role = roles.role_before(line[:start]) or roles.role_after(line[end:])
            key = self.registry.add(full, role=role)
        self.last_speaker = key
        return key


def _quote_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of quotations in a line, marks excluded; an unclosed one runs to the end."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(line):
        if opened is None and (ch in OPEN_MARKS or (ch == "”" and line[i + 1:i + 2].isalpha())):
            opened = i + 1
        elif opened is not None and ch in CLOSE_MARKS:
            if i > opened:
                spans.append((opened, i))
            opened = None
    if opened is not None and opened < len(line):
        spans.append((opened, len(line)))
    return spans


def _ends_in_quote(line: str) -> bool:
    spans = _quote_spans(line)
    return bool(spans) and not line[spans[-1][1]:].strip(_PUNCTUATION)


def parse(document: Document) -> Transcript:
    text = document.text
    att = _Attributor(text)
    drafts: list[Draft] = []
    block: str | None = None  # speaker of the running `Quote` block
    block_kind = TurnKind.QUOTE
    pending: str | None = None  # speaker named by the last intro line
    pending_kind = TurnKind.QUOTE
    after_marker = False
    for start, end in line_spans(text):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        if _MARKER.match(line):
            if pending is not None or block is not None:
                block = pending if pending is not None else block
                block_kind = pending_kind if pending is not None else TurnKind.QUOTE
            pending = None
            after_marker = True
            continue
        first = stripped[0]
        continues = (after_marker or first in OPEN_MARKS or first == "”" or first.islower())
        after_marker = False
        if block is not None and continues:
            kind = block_kind
            if not any(m in stripped for m in OPEN_MARKS + CLOSE_MARKS) and first.islower():
                kind = TurnKind.PARAPHRASE
            drafts.append(Draft(block, kind, start, end))
            continue
        block = None
        if _INTRO_END.search(stripped) and not _ends_in_quote(stripped):
            key = att.mention(stripped)
            if key is not None:
                pending = key
                if _THAT_END.search(stripped):
                    pending_kind = TurnKind.PARAPHRASE
                    drafts.append(Draft(key, TurnKind.PARAPHRASE, start, end))
                else:
                    pending_kind = TurnKind.QUOTE
                    drafts.append(Draft(None, TurnKind.NARRATION, start, end))
                continue
        pending = None
        drafts.extend(_inline(att, line, start))
    return build(document, LAYOUT, att.registry, drafts)


def _inline(att: _Attributor, line: str, offset: int) -> list[Draft]:
    """Quotations inside a paragraph with cues next to them; the rest is narration."""
    spans = _quote_spans(line)
    speaker = att.mention(line) if spans else None
    if not spans:
        key = att.mention(line) if _NAME_VERB.search(line) or _ACCORDING.search(line) else None
        kind = TurnKind.PARAPHRASE if key is not None else TurnKind.NARRATION
        return [Draft(key, kind, offset, offset + len(line))]
    if speaker is None:
        speaker = att.last_speaker
        # Scare quotes and titles: short quotations with no cue are narration.
        if sum(e - s for s, e in spans) < 0.3 * len(line) and line.lstrip()[:1] not in OPEN_MARKS:
            speaker = None
    if speaker is None:
        return [Draft(None, TurnKind.NARRATION, offset, offset + len(line))]
    drafts: list[Draft] = []
    pos = 0
    for s, e in [*spans, (len(line) + 1, len(line) + 1)]:
        between = line[pos:s - 1]
        if between.strip(_PUNCTUATION):
            # `, Lasko said, adding that ...`: reported speech by the quoted speaker.
            reported = len(between.split()) >= 6 and re.search(rf"\b{_VERBS}\b", between)
            drafts.append(Draft(speaker if reported else None,
                                TurnKind.PARAPHRASE if reported else TurnKind.NARRATION,
                                offset + pos, offset + max(pos, s - 1)))
        if s <= len(line):
            drafts.append(Draft(speaker, TurnKind.QUOTE, offset + s, offset + e))
        pos = e + 1
    return drafts
