"""Plain text: no markup, no colour, safe for any terminal or file."""

from __future__ import annotations

from briefing_cli.models import Digest
from briefing_cli.render.common import (
    counts,
    focus_line,
    nothing_note,
    one_line,
    repeat_note,
    safe,
    shown_name,
    silent_note,
    source_facts,
    speaker_label,
)
from briefing_cli.render.share import plain_lines


def render(digest: Digest) -> str:
    t = digest.transcript
    lines = [f"Briefing digest: {safe(t.document.name)}",
             f"Format: {t.layout}; {counts(digest)}"]
    lines += [f"{label}: {safe(one_line(value))}" for label, value in source_facts(t.document)]
    about = focus_line(digest)
    if about:
        lines.append(safe(about))
    lines += ["", "Summary"]
    if not digest.summary:
        lines.append(f"  ({nothing_note(digest)})")
    for point in digest.summary:
        lines.append(f"  - {safe(one_line(point.sentence.text))} "
                     f"({safe(speaker_label(digest, point.speaker))}, line {point.sentence.line})"
                     f"{safe(repeat_note(point))}")
    for sd in digest.speakers:
        speaker = sd.speaker
        title = safe(shown_name(speaker.name)) + (f", {safe(speaker.role)}" if speaker.role else "")
        lines += ["", f"{title}: {sd.turns} turns, {sd.words:,} words"]
        if sd.key_terms:
            lines.append(f"  Key terms: {safe(', '.join(sd.key_terms))}")
        for n, point in enumerate(sd.points, 1):
            lines.append(f"  {n}. {safe(one_line(point.sentence.text))} "
                         f"(line {point.sentence.line}){safe(repeat_note(point))}")
        if not sd.points:
            lines.append(f"  ({silent_note(digest)})")
    if digest.speakers:
        lines += ["", *plain_lines(t)]
    return "\n".join(lines) + "\n"
