"""Renderers for `briefing compare`: how each speaker's line moved between two briefings."""

from __future__ import annotations

from typing import Any

from briefing_cli.compare import Comparison, SpeakerChange, Statement
from briefing_cli.render.common import one_line, safe, shown_name
from briefing_cli.render.json import dumps, origin
from briefing_cli.render.markdown import escape

SCHEMA = "briefing.compare/1"


def _statement(statement: Statement) -> dict[str, Any]:
    return {"text": statement.sentence.text, "line": statement.sentence.line,
            "score": statement.score}


def _label(change: SpeakerChange) -> str:
    """The speaker's name (and former holder's) as shown: a look-alike name mixing scripts
    is marked, as in a digest; JSON keeps `label` plain."""
    old, new = change.old, change.new
    if old and new and old.name != new.name:
        return f"{shown_name(new.name)} (was {shown_name(old.name)})"
    speaker = new or old
    return shown_name(speaker.name) if speaker else change.label


def to_dict(comparison: Comparison) -> dict[str, Any]:
    def source(t: Any) -> dict[str, Any]:
        return {"name": t.document.name, "format": t.layout, "lines": t.document.line_count,
                **origin(t.document)}

    return {
        "schema": SCHEMA,
        "old": source(comparison.old),
        "new": source(comparison.new),
        "speakers": [
            {"name": c.label, "role": c.role, "matched_by": c.matched_by or None,
             "old_id": c.old.id if c.old else None, "new_id": c.new.id if c.new else None,
             "new_topics": list(c.new_topics), "dropped_topics": list(c.dropped_topics),
             "continuing": [{"topic": k.topic, "old": _statement(k.old),
                             "new": _statement(k.new)} for k in c.continuing]}
            for c in comparison.speakers
        ],
    }


def render_json(comparison: Comparison) -> str:
    return dumps(to_dict(comparison)) + "\n"


def _presence(change: SpeakerChange) -> str | None:
    if change.old is None:
        return "only in the new briefing"
    if change.new is None:
        return "only in the old briefing"
    if change.matched_by == "role":
        return f"matched by role: {change.role}"
    return None


def render_text(comparison: Comparison) -> str:
    lines = [f"Compare: {safe(comparison.old.document.name)} -> "
             f"{safe(comparison.new.document.name)}"]
    for change in comparison.speakers:
        title = safe(_label(change)) + (f", {safe(change.role)}" if change.role else "")
        lines += ["", title]
        presence = _presence(change)
        if presence:
            lines.append(f"  ({safe(presence)})")
        lines.append(f"  New topics: {safe(', '.join(change.new_topics)) or '-'}")
        lines.append(f"  Dropped topics: {safe(', '.join(change.dropped_topics)) or '-'}")
        for item in change.continuing:
            lines.append(f"  Continuing: {safe(item.topic)}")
            lines.append(f"    before (line {item.old.sentence.line}): "
                         f"{safe(one_line(item.old.sentence.text))}")
            lines.append(f"    now    (line {item.new.sentence.line}): "
                         f"{safe(one_line(item.new.sentence.text))}")
    return "\n".join(lines) + "\n"


def render_markdown(comparison: Comparison) -> str:
    out = [f"# Compare: {escape(comparison.old.document.name)} → "
           f"{escape(comparison.new.document.name)}", ""]
    for change in comparison.speakers:
        heading = escape(_label(change)) + (f" — {escape(change.role)}" if change.role else "")
        out += [f"## {heading}", ""]
        presence = _presence(change)
        if presence:
            out += [f"*{escape(presence.capitalize())}.*", ""]
        out += [f"- New topics: {escape(', '.join(change.new_topics)) or '—'}",
                f"- Dropped topics: {escape(', '.join(change.dropped_topics)) or '—'}", ""]
        if change.continuing:
            out += ["| Topic | Before | Now |", "|---|---|---|"]
            for item in change.continuing:
                out.append(f"| {escape(item.topic)} "
                           f"| {escape(item.old.sentence.text)} (line {item.old.sentence.line}) "
                           f"| {escape(item.new.sentence.text)} (line {item.new.sentence.line}) |")
            out.append("")
    return "\n".join(out) + "\n"


def render_table(comparison: Comparison, console: Any) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    header = Text("Compare: ", style="bold")
    header.append(safe(comparison.old.document.name), style="cyan")
    header.append(" → ")
    header.append(safe(comparison.new.document.name), style="bold cyan")
    console.print(header)
    for change in comparison.speakers:
        console.print()
        title = Text(safe(_label(change)), style="bold")
        if change.role:
            title.append(f" — {safe(change.role)}", style="italic")
        presence = _presence(change)
        if presence:
            title.append(f" ({safe(presence)})", style="dim")
        console.print(title)
        topics = Text("New: ", style="green")
        topics.append(safe(", ".join(change.new_topics)) or "-")
        topics.append("\nDropped: ", style="red")
        topics.append(safe(", ".join(change.dropped_topics)) or "-")
        console.print(topics)
        if not change.continuing:
            continue
        table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=True)
        table.add_column("Topic", ratio=2, overflow="fold")
        table.add_column("Before", ratio=5, overflow="fold")
        table.add_column("Now", ratio=5, overflow="fold")
        for item in change.continuing:
            before = Text(safe(one_line(item.old.sentence.text)))
            before.append(f" (line {item.old.sentence.line})", style="dim")
            now = Text(safe(one_line(item.new.sentence.text)))
            now.append(f" (line {item.new.sentence.line})", style="dim")
            table.add_row(Text(safe(item.topic), style="bold"), before, now)
        console.print(table)


def render_html(comparison: Comparison) -> str:
    """The comparison as one self-contained HTML page (no script, input text escaped)."""
    from briefing_cli.render.html import page, text

    old, new = text(comparison.old.document.name), text(comparison.new.document.name)
    body = [f"<header>\n<h1>Compare: {old} → {new}</h1>\n",
            f'<p class="source">Before: {old} ({text(comparison.old.layout)}); '
            f"now: {new} ({text(comparison.new.layout)})</p>\n</header>\n"]
    if not comparison.speakers:
        body.append('<p class="muted">(no speakers in either briefing)</p>\n')
    for n, change in enumerate(comparison.speakers):
        body.append(f'<section class="speaker c{n % 10}">\n<h2>{text(_label(change))}</h2>\n')
        if change.role:
            body.append(f'<p class="role">{text(change.role)}</p>\n')
        presence = _presence(change)
        if presence:
            body.append(f'<p class="muted">({text(presence)})</p>\n')
        for title, topics in (("New topics", change.new_topics),
                              ("Dropped topics", change.dropped_topics)):
            chips = "".join(f"<span>{text(t)}</span>" for t in topics) or "—"
            body.append(f'<p class="terms">{title}: {chips}</p>\n')
        if change.continuing:
            body.append('<table><thead><tr><th>Topic</th><th>Before</th><th>Now</th></tr>'
                        "</thead><tbody>\n")
            for item in change.continuing:
                body.append(
                    f"<tr><td><strong>{text(item.topic)}</strong></td>"
                    f"<td>{text(item.old.sentence.text)} "
                    f'<span class="note">(line {item.old.sentence.line})</span></td>'
                    f"<td>{text(item.new.sentence.text)} "
                    f'<span class="note">(line {item.new.sentence.line})</span></td></tr>\n')
            body.append("</tbody></table>\n")
        body.append("</section>\n")
    return page(f"Compare: {old} → {new}", body)
