"""The terminal view: Rich, with input text always wrapped in `Text` (never markup)."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from briefing_cli.models import Digest
from briefing_cli.render.common import (
    NOTHING,
    counts,
    one_line,
    question_for,
    repeat_note,
    safe,
    shorten,
    speaker_label,
)


def render(digest: Digest, console: Console) -> None:
    t = digest.transcript
    header = Text()
    header.append("Briefing digest: ", style="bold")
    header.append(safe(t.document.name), style="bold cyan")
    header.append(f"\nFormat: {t.layout} · {counts(digest)}", style="dim")
    console.print(header)
    console.print()
    console.print(Text("Summary", style="bold underline"))
    if not digest.summary:
        console.print(Text(f"({NOTHING})", style="dim"))
    for point in digest.summary:
        line = Text("• ")
        line.append(safe(one_line(point.sentence.text)))
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
        who = Text(safe(sd.speaker.name), style="bold")
        if sd.speaker.role:
            who.append("\n" + safe(sd.speaker.role), style="italic")
        who.append(f"\n{sd.turns} turns, {sd.words:,} words", style="dim")
        points = Text()
        for n, point in enumerate(sd.points, 1):
            if n > 1:
                points.append("\n")
            points.append(f"{n}. ", style="bold")
            points.append(safe(one_line(point.sentence.text)))
            points.append(f" (line {point.sentence.line}){repeat_note(point)}", style="dim")
            question = question_for(digest, point)
            if question:
                points.append(f"\n   ↳ asked: {safe(shorten(question, 90))}", style="dim italic")
        table.add_row(who, points, Text(safe(", ".join(sd.key_terms))))
    console.print(table)


__all__ = ["render"]
