"""HTML report: one self-contained page (inline CSS and SVG, no script, no external asset).

Everything taken from the input goes through `text()`: invalid code points replaced and
`& < > " '` escaped, so a transcript holding `<script>`, `</style>` or `javascript:` links
renders as text. The only links are `#L<number>` anchors into the transcript this page
contains (and, in a batch index, the relative names of the digests written beside it).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable

from briefing_cli import shape
from briefing_cli.focus import match_spans
from briefing_cli.models import Digest, Document, KeyPoint, Transcript, TurnKind
from briefing_cli.render.common import (
    counts,
    focus_line,
    nothing_note,
    repeat_note,
    shorten,
    shown_name,
    silent_note,
    source_facts,
    speaker_label,
    transcript_label,
)

MARKER = "<!-- briefing.digest/1 -->"
TIMELINE_SLICES = 400

# Code points an HTML parser reports as errors (controls, noncharacters, lone surrogates).
_INVALID = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]")


def text(value: str) -> str:
    """Input text made inert for HTML text and attribute values."""
    return html.escape(_INVALID.sub("\ufffd", value), quote=True)


CSS = """
:root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--muted:#5f6368;--line:#e3e3e3;
--card:#f7f7f8;--narr:#d5d5d5;--link:#1a5fb4}
@media (prefers-color-scheme:dark){:root{--bg:#16171a;--fg:#e8e8ea;--muted:#a0a4ab;
--line:#33353a;--card:#1f2126;--narr:#4a4c52;--link:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1.5rem 1rem 4rem;background:var(--bg);
color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:1.6rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h2{font-size:1.25rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);
padding-bottom:.25rem}
h3{font-size:1.1rem;margin:0 0 .25rem;overflow-wrap:anywhere}
a{color:var(--link)}
.muted,.source{color:var(--muted)}
nav a{margin-right:1rem}
.c0{--c:#4e79a7}.c1{--c:#f28e2b}.c2{--c:#e15759}.c3{--c:#59a14f}.c4{--c:#b07aa1}
.c5{--c:#76b7b2}.c6{--c:#edc948}.c7{--c:#ff9da7}.c8{--c:#9c755f}.c9{--c:#17becf}
.press{--c:#8c8c8c}.narr{--c:var(--narr)}
svg{display:block;width:100%}
svg rect{fill:var(--c)}
.bar{height:1.4rem;border-radius:4px;overflow:hidden;margin:.2rem 0 .6rem}
.timeline{height:2rem;border-radius:4px;overflow:hidden;margin-top:.2rem}
table.shares{margin-bottom:1.2rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);
vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;background:var(--c);
margin-right:.4em;vertical-align:baseline}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.4rem 0;color:var(--muted)}
blockquote{margin:0;display:inline}
ol.points li,ul.points li{margin:.35rem 0}
.line{font-size:.85em;white-space:nowrap}
.note{color:var(--muted);font-size:.85em}
mark{background:#fff1a8;color:inherit}
@media (prefers-color-scheme:dark){mark{background:#5c4d00}}
.speaker{border-left:4px solid var(--c);background:var(--card);padding:.75rem 1rem;
margin:1rem 0;border-radius:0 6px 6px 0}
.role{font-style:italic;margin:0}
.terms span{display:inline-block;border:1px solid var(--line);border-radius:1em;
padding:0 .5em;margin:0 .25em .25em 0;font-size:.9em}
.turn{border-left:4px solid var(--c);padding:.2rem .75rem;margin:.5rem 0}
.turn.narr{color:var(--muted)}
.who{font-weight:600;font-size:.9em}
.who a,.who .reply{font-weight:400;font-size:.85em;margin-left:.5rem}
a.reply{font-size:.85em}
.note .reply{font-size:1em}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
:target{background:color-mix(in srgb,var(--c,#ffd54f) 22%,transparent)}
@media print{body{max-width:none;padding:0;font-size:11pt;background:#fff;color:#000}
nav{display:none}a{color:inherit;text-decoration:none}
.speaker{background:none}.turn,.speaker,li{break-inside:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
@media (max-width:40rem){body{padding:1rem .6rem 3rem;font-size:15px}.opt{display:none}}
"""


def page(title: str, body: Iterable[str], *, css: str = "", script: str = "",
         digest: bool = False) -> str:
    """A whole HTML document; `title` is already escaped, `body` is markup we built. Only a
    digest (`digest=True`) carries the MARKER a batch run recognises its own files by."""
    parts = ["<!DOCTYPE html>\n", MARKER + "\n" if digest else "",
             '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
             "<meta name=\"color-scheme\" content=\"light dark\">\n",
             f"<title>{title}</title>\n<style>{CSS}{css}</style>\n</head>\n<body>\n"]
    parts.extend(body)
    if script:
        parts.append(f"<script>{script}</script>\n")
    parts.append("</body>\n</html>\n")
    return "".join(parts)


class _Anchors:
    """Line ids the transcript section holds; a link to any line goes to the nearest one at
    or before it, so every `#L<n>` link has a target."""

    def __init__(self) -> None:
        self.lines: list[int] = []
        self._seen: set[int] = set()

    def claim(self, line: int) -> bool:
        if line in self._seen:
            return False
        self._seen.add(line)
        if self.lines and line < self.lines[-1]:
            bisect.insort(self.lines, line)
        else:
            self.lines.append(line)
        return True

    def target(self, line: int) -> int | None:
        if not self.lines:
            return None
        i = bisect.bisect_right(self.lines, line) - 1
        return self.lines[max(i, 0)]

    def link(self, line: int, label: str, cls: str = "line") -> str:
        target = self.target(line)
        if target is None:
            return f'<span class="{cls}">{label}</span>'
        return f'<a class="{cls}" href="#L{target}">{label}</a>'


def _classes(transcript: Transcript) -> dict[str | None, str]:
    out: dict[str | None, str] = {None: "narr"}
    for speaker_id, slot in shape.slots(transcript).items():
        out[speaker_id] = "press" if slot is None else f"c{slot}"
    return out


def _transcript(transcript: Transcript, anchors: _Anchors, cls: dict[str | None, str]
                ) -> list[str]:
    """The full transcript, one block per turn, every line of it anchored once."""
    document = transcript.document
    source = document.text
    answer_of: dict[int, int] = {}
    for i, turn in enumerate(transcript.turns):
        if turn.reply_to is not None:
            answer_of.setdefault(turn.reply_to, i)
    out = ['<section id="transcript">\n<h2>Transcript</h2>\n']
    for i, turn in enumerate(transcript.turns):
        if turn.end <= turn.start:
            continue
        line = document.line_of(turn.start)
        pieces = []
        for n, piece in enumerate(source[turn.start:turn.end].split("\n")):
            if anchors.claim(line + n):
                pieces.append(f'<span id="L{line + n}">{text(piece)}</span>')
            else:
                pieces.append(text(piece))
        head = ""
        if turn.speaker is not None:
            kind = " (question)" if turn.kind is TurnKind.QUESTION else ""
            head = (f'<div class="who">{text(transcript_label(transcript, turn.speaker))}{kind}'
                    f'<a href="#L{line}">line {line}</a>')
            if turn.reply_to is not None:
                asked = document.line_of(transcript.turns[turn.reply_to].start)
                head += anchors.link(asked, f"↩ answers line {asked}", "reply")
            head += "</div>"
        lines = "\n".join(pieces)
        colour = cls.get(turn.speaker, "narr")
        out.append(f'<div class="turn {colour}">{head}<div class="text">{lines}</div>')
        out.append(_answer_link(transcript, answer_of.get(i), anchors) + "</div>\n")
    out.append("</section>\n")
    return out


def _answer_link(transcript: Transcript, answer: int | None, anchors: _Anchors) -> str:
    if answer is None:
        return ""
    line = transcript.document.line_of(transcript.turns[answer].start)
    return f'<div>{anchors.link(line, f"↪ answered at line {line}", "reply")}</div>'


def _point(digest: Digest, point: KeyPoint, anchors: _Anchors, *, who: bool) -> str:
    sentence = point.sentence.text
    spans = match_spans(sentence, point.matched)
    quoted, at = [], 0
    for start, end in spans:
        quoted.append(text(sentence[at:start]) + f"<mark>{text(sentence[start:end])}</mark>")
        at = end
    quoted.append(text(sentence[at:]))
    label = f"line {point.sentence.line}"
    if who:
        label = f"{text(speaker_label(digest, point.speaker))}, {label}"
    item = (f"<li><blockquote>{''.join(quoted)}</blockquote> "
            f"{anchors.link(point.sentence.line, f'— {label}')}")
    note = repeat_note(point).strip()
    if note:
        item += f' <span class="note">{text(note)}</span>'
    turn = digest.transcript.turns[point.sentence.turn]
    if turn.reply_to is not None:
        question = digest.transcript.turns[turn.reply_to]
        line = digest.transcript.document.line_of(question.start)
        item += (f'<div class="note">answering: '
                 f'{anchors.link(line, text(shorten(question.text)), "reply")}</div>')
    return item + "</li>\n"


def _share_bars(transcript: Transcript, figures: shape.Shape, cls: dict[str | None, str]
                ) -> list[str]:
    """Two stacked SVG bars (words, turns) whose parts sum to exactly 100%, and a table."""
    out = []
    for what in ("words", "turns"):
        values = [s.words if what == "words" else s.turns for s in figures.shares]
        parts = shape.percentages(values)
        rects, x = [], 0
        for share, part in zip(figures.shares, parts, strict=True):
            if part:
                who = transcript_label(transcript, share.speaker)
                label = text(f"{who}: {part / 10:.1f}% of the {what}")
                rects.append(f'<rect class="{cls[share.speaker]}" x="{x}" y="0" '
                             f'width="{part}" height="10"><title>{label}</title></rect>')
            x += part
        out.append(f'<div class="muted">Share of {what}</div>'
                   f'<svg class="bar share-{what}" viewBox="0 0 1000 10" '
                   f'preserveAspectRatio="none" role="img" aria-label="Share of {what}">'
                   f'{"".join(rects)}</svg>\n')
    out.append('<table class="shares"><thead><tr><th>Speaker</th><th class="opt">Role</th>'
               '<th class="n opt">Words</th><th class="n">Share of words</th>'
               '<th class="n opt">Turns</th><th class="n">Share of turns</th></tr></thead>'
               '<tbody>\n')
    for share in figures.shares:
        speaker = transcript.speaker(share.speaker)
        role = speaker.role if speaker and speaker.role else ""
        who = transcript_label(transcript, share.speaker)
        out.append(f'<tr class="{cls[share.speaker]}"><td><span class="swatch"></span>'
                   f'{text(who)}</td><td class="opt">{text(role)}</td>'
                   f'<td class="n opt">{share.words:,}</td>'
                   f'<td class="n">{share.share_words:.0%}</td>'
                   f'<td class="n opt">{share.turns:,}</td>'
                   f'<td class="n">{share.share_turns:.0%}</td></tr>\n')
    out.append("</tbody></table>\n")
    return out


def _timeline(transcript: Transcript, figures: shape.Shape, anchors: _Anchors,
              cls: dict[str | None, str]) -> list[str]:
    """The briefing as a strip: who held the floor in each of a few hundred slices."""
    held = shape.slices(figures, TIMELINE_SLICES)
    if not held:
        return []
    document = transcript.document
    rects, start = [], 0
    for k in range(1, len(held) + 1):
        if k < len(held) and held[k] == held[start]:
            continue
        lo = figures.length * start // len(held)
        hi = max(lo, figures.length * k // len(held) - 1)
        first, last = document.line_of(lo), document.line_of(hi)
        label = text(f"{transcript_label(transcript, held[start])}, lines {first}–{last}")
        target = anchors.target(first)
        colour = cls.get(held[start], "narr")
        rect = (f'<rect class="{colour}" x="{start}" y="0" width="{k - start}" height="10">'
                f"<title>{label}</title></rect>")
        rects.append(f'<a href="#L{target}">{rect}</a>' if target is not None else rect)
        start = k
    legend = [f'<span class="{cls[s.id]}"><span class="swatch"></span>'
              f'{text(shown_name(s.name))}</span>' for s in transcript.speakers]
    if None in held:
        legend.append('<span class="narr"><span class="swatch"></span>narration</span>')
    return [f'<div class="muted">Timeline: lines 1–{document.line_count}, '
            f'each band a stretch of the transcript</div>'
            f'<svg class="timeline" viewBox="0 0 {len(held)} 10" preserveAspectRatio="none" '
            f'role="img" aria-label="Who held the floor, start to end">{"".join(rects)}</svg>\n',
            f'<div class="legend">{"".join(legend)}</div>\n']


def source_paragraph(document: Document) -> list[str]:
    """A web page's, PDF's or Word file's title, URL and date (as text, never a link)."""
    facts = source_facts(document)
    if not facts:
        return []
    return ['<p class="source">' + "<br>".join(
        f"{label}: {text(value)}" for label, value in facts) + "</p>\n"]


def render(digest: Digest) -> str:
    """The digest as one self-contained HTML page."""
    t = digest.transcript
    cls = _classes(t)
    anchors = _Anchors()
    figures = shape.measure(t)
    transcript_part = _transcript(t, anchors, cls)  # first: it decides which lines have ids
    name = text(t.document.name)
    body = [f"<header>\n<h1>Briefing digest: {name}</h1>\n",
            f'<p class="source">Source: {name} ({text(t.layout)}; {text(counts(digest))}; '
            f"ranked by {text(digest.method)})</p>\n"]
    body += source_paragraph(t.document)
    about = focus_line(digest)
    if about:
        body.append(f"<p><strong>{text(about)}</strong></p>\n")
    body.append('<nav><a href="#summary">Summary</a><a href="#speakers">Speakers</a>'
                '<a href="#transcript">Transcript</a></nav>\n</header>\n')
    if figures.shares:
        body.append('<section id="shape">\n<h2>Who spoke, and when</h2>\n')
        body += _share_bars(t, figures, cls)
        body += _timeline(t, figures, anchors, cls)
        body.append("</section>\n")
    body.append('<section id="summary">\n<h2>Summary</h2>\n')
    if digest.summary:
        body.append('<ul class="points">\n')
        body += [_point(digest, p, anchors, who=True) for p in digest.summary]
        body.append("</ul>\n")
    else:
        body.append(f'<p class="muted">({text(nothing_note(digest))})</p>\n')
    body.append('</section>\n<section id="speakers">\n<h2>Speakers</h2>\n')
    if not digest.speakers:
        body.append('<p class="muted">No speakers found: the whole text is narration.</p>\n')
    for sd in digest.speakers:
        share = figures.share(sd.speaker.id)
        body.append(f'<section class="speaker {cls.get(sd.speaker.id, "press")}">\n'
                    f'<h3><span class="swatch"></span>{text(shown_name(sd.speaker.name))}</h3>\n')
        if sd.speaker.role:
            body.append(f'<p class="role">{text(sd.speaker.role)}</p>\n')
        stats = f"{sd.turns} turns, {sd.words:,} words"
        if share is not None:
            stats += (f" · {share.share_words:.0%} of the words, "
                      f"{share.share_turns:.0%} of the turns")
        body.append(f'<p class="muted">{stats}</p>\n')
        if sd.key_terms:
            terms = "".join(f"<span>{text(term)}</span>" for term in sd.key_terms)
            body.append(f'<p class="terms">Key terms: {terms}</p>\n')
        if sd.points:
            body.append('<ol class="points">\n')
            body += [_point(digest, p, anchors, who=False) for p in sd.points]
            body.append("</ol>\n")
        else:
            body.append(f'<p class="muted">({text(silent_note(digest))})</p>\n')
        body.append("</section>\n")
    body.append("</section>\n")
    body += transcript_part
    return page(f"Briefing digest: {name}", body, digest=True)


__all__ = ["MARKER", "page", "render", "source_paragraph", "text"]
