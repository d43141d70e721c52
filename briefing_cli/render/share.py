"""Speaking share bars and the timeline, as plain characters or Rich colour, for the
terminal table and the plain text view (figures from `briefing_cli.shape`)."""

from __future__ import annotations

from typing import Any

from briefing_cli import shape
from briefing_cli.models import Transcript
from briefing_cli.render.common import MIXED_SCRIPTS, safe, shown_name

_NAME_WIDTH = 20
NARRATION_STYLE = "grey30"


def _name(transcript: Transcript, speaker_id: str, width: int) -> str:
    """The speaker's name cut to `width`; a name mixing scripts keeps its mark after it."""
    speaker = transcript.speaker(speaker_id)
    name = safe(" ".join(speaker.name.split())) if speaker else speaker_id
    mark = MIXED_SCRIPTS if speaker and shown_name(speaker.name) != speaker.name else ""
    return (name if len(name) <= width else name[: width - 1] + "…") + mark


def _bar(share: float, width: int, full: str, empty: str) -> tuple[str, str]:
    filled = min(width, max(0, round(share * width)))
    return full * filled, empty * (width - filled)


def _layout(transcript: Transcript, width: int) -> tuple[int, int]:
    names = [len(_name(transcript, s.id, _NAME_WIDTH)) for s in transcript.speakers]
    name_width = max([len("Speaker"), *names])
    # "  name  " + bar + " 100%" + "   " + bar + " 100%"
    bar = max(4, (width - name_width - 4 - 5 - 3 - 5) // 2)
    return name_width, bar


def plain_lines(transcript: Transcript, width: int = 72,
                figures: shape.Shape | None = None) -> list[str]:
    """Share bars and timeline in plain characters (`#` and `.`; a letter per speaker)."""
    if figures is None:
        figures = shape.measure(transcript)
    if not figures.shares:
        return []
    name_width, bar = _layout(transcript, width)
    lines = ["Speaking share", f"  {'Speaker':<{name_width}}  {'words':<{bar + 5}}   turns"]
    for share in figures.shares:
        w_full, w_empty = _bar(share.share_words, bar, "#", ".")
        t_full, t_empty = _bar(share.share_turns, bar, "#", ".")
        lines.append(f"  {_name(transcript, share.speaker, _NAME_WIDTH):<{name_width}}  "
                     f"{w_full}{w_empty} {share.share_words:>4.0%}   "
                     f"{t_full}{t_empty} {share.share_turns:>4.0%}")
    symbols = shape.symbols(transcript)
    held = shape.slices(figures, max(10, width - 2))
    lines += ["", f"Timeline (lines 1-{transcript.document.line_count}, one character a slice)",
              "  " + "".join(symbols[s] for s in held)]
    legend = [f"{symbols[s.id]} {_name(transcript, s.id, _NAME_WIDTH)}"
              for s in transcript.speakers]
    if None in held:
        legend.append(". narration")
    lines += _wrap(legend, width)
    return lines


def _wrap(items: list[str], width: int) -> list[str]:
    lines, current = [], "  "
    for item in items:
        if len(current) > 2 and len(current) + 3 + len(item) > width:
            lines.append(current)
            current = "  "
        current += ("   " if len(current) > 2 else "") + item
    if len(current) > 2:
        lines.append(current)
    return lines


def styles(transcript: Transcript) -> dict[str | None, str]:
    """Rich colour of each speaker; the press neutral grey, narration dark grey."""
    out: dict[str | None, str] = {None: NARRATION_STYLE}
    for speaker_id, slot in shape.slots(transcript).items():
        out[speaker_id] = shape.PRESS_COLOUR if slot is None else shape.PALETTE[slot]
    return out


def render_rich(transcript: Transcript, console: Any,
                figures: shape.Shape | None = None) -> None:
    """The same figures in colour, sized to the console; plain characters when colour is
    off (NO_COLOR, not a terminal)."""
    from rich.text import Text

    width = console.width
    if figures is None:
        figures = shape.measure(transcript)
    if console.no_color or console.color_system is None:
        console.print(Text("\n".join(plain_lines(transcript, width, figures))))
        return
    if not figures.shares:
        return
    colour = styles(transcript)
    name_width, bar = _layout(transcript, width)
    out = Text()
    out.append("Speaking share\n", style="bold underline")
    out.append(f"  {'Speaker':<{name_width}}  {'words':<{bar + 5}}   turns\n", style="dim")
    for share in figures.shares:
        out.append(f"  {_name(transcript, share.speaker, _NAME_WIDTH):<{name_width}}  ")
        for n, value in enumerate((share.share_words, share.share_turns)):
            full, empty = _bar(value, bar, "█", "░")
            out.append("   " if n else "")
            out.append(full, style=colour[share.speaker])
            out.append(empty, style="grey30")
            out.append(f" {value:>4.0%}")
        out.append("\n")
    out.append(f"\nTimeline (lines 1-{transcript.document.line_count})\n",
               style="bold underline")
    out.append("  ")
    held = shape.slices(figures, max(10, width - 2))
    for speaker_id in held:
        out.append("█", style=colour[speaker_id])
    legend = Text("\n  ")
    for n, speaker in enumerate(transcript.speakers):
        if n:
            legend.append("   ")
        legend.append("█ ", style=colour[speaker.id])
        legend.append(_name(transcript, speaker.id, _NAME_WIDTH))
    if None in held:
        legend.append("   ")
        legend.append("█ ", style=colour[None])
        legend.append("narration")
    out.append_text(legend)
    console.print(out)


__all__ = ["plain_lines", "render_rich", "styles"]
