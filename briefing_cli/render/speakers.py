"""`briefing speakers`: who was detected, to check attribution at a glance."""

from __future__ import annotations

from typing import Any

from briefing_cli.digest import speaker_totals
from briefing_cli.models import Transcript
from briefing_cli.render.common import one_line, shown_name, source_facts
from briefing_cli.render.json import dumps, origin
from briefing_cli.render.markdown import escape, source_lines

SCHEMA = "briefing.speakers/1"


def to_dict(transcript: Transcript) -> dict[str, Any]:
    turns, words = speaker_totals(transcript)
    first_line: dict[str | None, int] = {}
    for turn in transcript.turns:
        first_line.setdefault(turn.speaker, turn.line)
    return {
        "schema": SCHEMA,
        "source": {"name": transcript.document.name, "format": transcript.layout,
                   "lines": transcript.document.line_count, **origin(transcript.document)},
        "speakers": [
            {"id": s.id, "name": s.name, "role": s.role, "kind": s.kind.value,
             "aliases": list(s.aliases), "turns": turns[s.id], "words": words[s.id],
             "first_line": first_line.get(s.id)}
            for s in transcript.speakers
        ],
        "narration": {"turns": turns[None], "words": words[None]},
    }


def render_json(transcript: Transcript) -> str:
    return dumps(to_dict(transcript)) + "\n"


def render_text(transcript: Transcript) -> str:
    from briefing_cli.render.common import safe

    data = to_dict(transcript)
    lines = [f"Speakers in {safe(transcript.document.name)} ({transcript.layout})"]
    lines += [f"{label}: {safe(one_line(value))}"
              for label, value in source_facts(transcript.document)]
    lines.append("")
    for s in data["speakers"]:
        role = f", {safe(s['role'])}" if s["role"] else ""
        aliases = f"; also {safe(', '.join(s['aliases']))}" if s["aliases"] else ""
        lines.append(f"- {safe(shown_name(s['name']))}{role} [{s['kind']}]: {s['turns']} turns, "
                     f"{s['words']:,} words, first at line {s['first_line']}{aliases}")
    lines.append(f"- narration: {data['narration']['turns']} turns, "
                 f"{data['narration']['words']:,} words")
    return "\n".join(lines) + "\n"


def render_markdown(transcript: Transcript) -> str:
    data = to_dict(transcript)
    out = [f"# Speakers: {escape(transcript.document.name)}", "",
           *source_lines(transcript.document),
           "| Speaker | Role | Kind | Turns | Words | First line | Also called |",
           "|---|---|---|---:|---:|---:|---|"]
    for s in data["speakers"]:
        out.append(f"| {escape(shown_name(s['name']))} | {escape(s['role'] or '')} | {s['kind']} | "
                   f"{s['turns']} | {s['words']:,} | {s['first_line']} | "
                   f"{escape(', '.join(s['aliases']))} |")
    return "\n".join(out) + "\n"


def render_table(transcript: Transcript, console: Any) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from briefing_cli.render.common import safe

    data = to_dict(transcript)
    table = Table(box=box.SIMPLE_HEAD, expand=True,
                  title=Text(f"Speakers in {safe(transcript.document.name)} "
                             f"({transcript.layout})"))
    table.add_column("Speaker", ratio=3, overflow="fold")
    table.add_column("Role", ratio=3, overflow="fold")
    table.add_column("Turns", justify="right", ratio=1)
    table.add_column("Words", justify="right", ratio=1)
    table.add_column("Also called", ratio=3, overflow="fold")
    for s in data["speakers"]:
        name = Text(safe(shown_name(s["name"])), style="bold")
        if s["kind"] != "person":
            name.append(f" ({s['kind']})", style="dim")
        table.add_row(name, Text(safe(s["role"] or "")), Text(str(s["turns"])),
                      Text(f"{s['words']:,}"), Text(safe(", ".join(s["aliases"]))))
    table.add_row(Text("(narration)", style="dim"), Text(""),
                  Text(str(data["narration"]["turns"])),
                  Text(f"{data['narration']['words']:,}"), Text(""))
    console.print(table)


def render_html(transcript: Transcript) -> str:
    """The speaker list as one self-contained HTML page, input text escaped."""
    from briefing_cli.render.html import page, source_paragraph, text

    data = to_dict(transcript)
    name = text(transcript.document.name)
    body = [f"<header>\n<h1>Speakers: {name}</h1>\n",
            f'<p class="source">{text(transcript.layout)}; '
            f"narration: {data['narration']['turns']} turns, "
            f"{data['narration']['words']:,} words</p>\n",
            *source_paragraph(transcript.document), "</header>\n",
            "<table><thead><tr><th>Speaker</th><th>Role</th><th>Kind</th>"
            '<th class="n">Turns</th><th class="n">Words</th><th class="n">First line</th>'
            "<th>Also called</th></tr></thead><tbody>\n"]
    for s in data["speakers"]:
        first = "" if s["first_line"] is None else str(int(s["first_line"]))
        body.append(f"<tr><td>{text(shown_name(s['name']))}</td><td>{text(s['role'] or '')}</td>"
                    f"<td>{text(s['kind'])}</td><td class=\"n\">{int(s['turns'])}</td>"
                    f"<td class=\"n\">{int(s['words']):,}</td><td class=\"n\">{first}</td>"
                    f"<td>{text(', '.join(s['aliases']))}</td></tr>\n")
    body.append("</tbody></table>\n")
    return page(f"Speakers: {name}", body)
