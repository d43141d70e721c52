"""Markdown export: notes a person would paste, valid CommonMark, input text escaped."""

from __future__ import annotations

import re

from briefing_cli import shape
from briefing_cli.models import Digest, Document, Transcript
from briefing_cli.render.common import (
    counts,
    focus_line,
    nothing_note,
    one_line,
    question_for,
    repeat_note,
    safe,
    shorten,
    shown_name,
    silent_note,
    source_facts,
    speaker_label,
    transcript_label,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~])")
# What starts a block when it opens a line: a list (`-`, `+`, `2026.`, `1)`), a thematic
# break or setext underline (`---`, `===`).
_BLOCK_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")


def escape(text: str) -> str:
    """Text from the input, inert in Markdown: no emphasis, links, HTML, entities, code
    fences, lists, headings or cells, and no control characters."""
    text = _SPECIAL.sub(r"\\\1", one_line(safe(text)))
    if not _BLOCK_START.match(text):  # most text: no block start to escape
        return text
    return _BLOCK_START.sub(lambda m: "\\" + m.group(0) if m.group(1)
                            else m.group(2) + "\\" + m.group(3), text)


def render(digest: Digest) -> str:
    t = digest.transcript
    out = [f"# Briefing digest: {escape(t.document.name)}", "",
           f"Source: {escape(t.document.name)} ({escape(t.layout)}; {counts(digest)})", ""]
    out += source_lines(t.document)
    about = focus_line(digest)
    if about:
        out += [escape(about), ""]
    out += ["## Summary", ""]
    if not digest.summary:
        out += [f"*{escape(nothing_note(digest).capitalize())}.*", ""]
    for point in digest.summary:
        who = escape(speaker_label(digest, point.speaker))
        out.append(f"- > {escape(point.sentence.text)}{escape(repeat_note(point))}  ")
        out.append(f"  — **{who}**, line {point.sentence.line}")
    out.append("")
    for sd in digest.speakers:
        speaker = sd.speaker
        heading = escape(shown_name(speaker.name)) + (
            f" — {escape(speaker.role)}" if speaker.role else "")
        out += [f"## {heading}", "",
                f"{sd.turns} turns, {sd.words:,} words"
                + (f". Key terms: {escape(', '.join(sd.key_terms))}" if sd.key_terms else ""),
                ""]
        for n, point in enumerate(sd.points, 1):
            out.append(f"{n}. > {escape(point.sentence.text)}{escape(repeat_note(point))}  ")
            out.append(f"   line {point.sentence.line}")
            question = question_for(digest, point)
            if question:
                out.append(f"   (answering: {escape(shorten(question))})")
        if not sd.points:
            out.append(f"*{escape(silent_note(digest).capitalize())}.*")
        out.append("")
    out += ["## Speakers at a glance", "",
            "| Speaker | Role | Turns | Words | Key terms |", "|---|---|---:|---:|---|"]
    for sd in digest.speakers:
        out.append(f"| {escape(shown_name(sd.speaker.name))} | {escape(sd.speaker.role or '')} "
                   f"| {sd.turns} | {sd.words:,} | {escape(', '.join(sd.key_terms))} |")
    out += share_table(t)
    return "\n".join(out) + "\n"


_EIGHTHS = " ▏▎▍▌▋▊▉"


def unicode_bar(share: float, width: int = 20) -> str:
    """A bar of `width` characters filled to `share`, in eighths of a block."""
    eighths = min(width * 8, max(0, round(share * width * 8)))
    bar = "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")
    return bar.ljust(width, " ") if bar else " " * width


def share_table(transcript: Transcript, figures: shape.Shape | None = None) -> list[str]:
    """`## Speaking share`: each speaker's share of the words and turns, with bars."""
    if figures is None:
        figures = shape.measure(transcript)
    if not figures.shares:
        return []
    out = ["", "## Speaking share", "", "| Speaker | Share of words | Share of turns |",
           "|---|---|---|"]
    for share in figures.shares:
        name = escape(transcript_label(transcript, share.speaker))
        out.append(f"| {name} | {unicode_bar(share.share_words)} {share.share_words:.0%} "
                   f"| {unicode_bar(share.share_turns)} {share.share_turns:.0%} |")
    return out


def source_lines(document: Document) -> list[str]:
    """A web page's, PDF's or Word file's title, URL and date, under the Source line."""
    parts = []
    for label, value in source_facts(document):
        if label == "URL":
            # An autolink: no spaces, no angle brackets inside.
            link = one_line(safe(value)).replace(" ", "%20").replace("<", "%3C")
            parts.append(f"URL: <{link.replace('>', '%3E')}>")
        else:
            parts.append(f"{label}: {escape(value)}")
    return ["  \n".join(parts), ""] if parts else []


__all__ = ["escape", "render", "share_table", "source_lines", "speaker_label"]
