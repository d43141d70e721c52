"""The terminal view: Rich, with input text always wrapped in `Text` (never markup)."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from briefing_cli.focus import match_spans
from briefing_cli.models import Digest, KeyPoint
from briefing_cli.render import share
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
)


def render(digest: Digest, console: Console) -> None:
    t = digest.transcript
    header = Text()
    header.append("Briefing digest: ", style="bold")
    header.append(safe(t.document.name), style="bold cyan")
    header.append(f"\nFormat: {t.layout} · {counts(digest)}", style="dim")
    for label, value in source_facts(t.document):
        header.append(f"\n{label}: {safe(one_line(value))}", style="dim")
    about = focus_line(digest)
    if about:
        header.append("\n" + safe(about), style="bold")
    console.print(header)
    console.print()
    console.print(Text("Summary", style="bold underline"))
    if not digest.summary:
        console.print(Text(f"({nothing_note(digest)})", style="dim"))
    for point in digest.summary:
        line = Text("• ")
        line.append_text(_highlighted(point))
        line.append(f"  — {safe(speaker_label(digest, point.speaker))}, line {point.sentence.line}",
                    style="dim")
        console.print(line)
    if not digest.speakers:
        console.print(Text("\nNo speakers found: the whole text is narration.", style="dim"))
        return
    console.print()
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, expand=True)
    table.add_column("Speaker", ratio=2, overflow="fold")
    table.add_column("Key points", ratio=5, overflow="fold")
    table.add_column("Key terms", ratio=2, overflow="fold")
    for sd in digest.speakers:
        who = Text(safe(shown_name(sd.speaker.name)), style="bold")
        if sd.speaker.role:
            who.append("\n" + safe(sd.speaker.role), style="italic")
        who.append(f"\n{sd.turns} turns, {sd.words:,} words", style="dim")
        points = Text()
        for n, point in enumerate(sd.points, 1):
            if n > 1:
                points.append("\n")
            points.append(f"{n}. ", style="bold")
            points.append_text(_highlighted(point))
            points.append(f" (line {point.sentence.line}){repeat_note(point)}", style="dim")
            question = question_for(digest, point)
            if question:
                points.append(f"\n   ↳ asked: {safe(shorten(question, 90))}", style="dim italic")
        if not sd.points:
            points.append(f"({silent_note(digest)})", style="dim")
        table.add_row(who, points, Text(safe(", ".join(sd.key_terms))))
    console.print(table)
    share.render_rich(t, console)


def _highlighted(point: KeyPoint) -> Text:
    """The sentence with the words that tie it to the --about topic in bold."""
    text = Text(safe(one_line(point.sentence.text)))
    for start, end in match_spans(text.plain, point.matched):
        text.stylize("bold underline", start, end)
    return text


__all__ = ["render"]
