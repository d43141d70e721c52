"""Build web pages, PDFs and Word files from a plain-text transcript, as publishers lay them
out: labels in bold at the start of their paragraph, headings, and the furniture around
(navigation, cookie banner, share bar and footer on a page; running header and footer with
page numbers on PDF pages). Shared by the tests of published formats and bench/speed.py.
"""

from __future__ import annotations

import html
import re
from io import BytesIO

# A speaker label at the start of a line (`MR MILLER:`, `Q:`, `[00:00:04] Dana:`).
_LABEL = re.compile(r"^((?:\[[\d:.]+\]\s*)?[A-Z][\w.,'\u2019 -]{0,48}?:)(?=\s)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                       "\u2014": "-", "\u2013": "-", "\u2026": "...", "\t": " ",
                       "\u00a0": " "})

Run = tuple[str, bool]  # text, bold


def fold(text: str) -> str:
    """Text a PDF core font can show (Latin-1): typographic quotes and dashes made plain."""
    return text.translate(_FOLD).encode("latin-1", "replace").decode("latin-1")


def strip_markup(text: str) -> str:
    """A Markdown transcript as its reader sees it: no `**`, `*` or `#` marks."""
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"^#{1,6}\s+", "", line)
        lines.append(_ITALIC.sub(r"\1", _BOLD.sub(r"\1", line)))
    return "\n".join(lines)


def blocks(text: str) -> list[list[tuple[list[Run], bool]]]:
    """Paragraphs (blank-line separated) of lines, each line as runs and a heading flag."""
    out: list[list[tuple[list[Run], bool]]] = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = []
        for line in block.split("\n"):
            heading = bool(re.match(r"^#{1,6}\s", line))
            line = re.sub(r"^#{1,6}\s+", "", line)
            lines.append((_runs(line), heading))
        out.append(lines)
    return out


def _runs(line: str) -> list[Run]:
    runs: list[Run] = []
    if "**" in line:
        pos = 0
        for match in _BOLD.finditer(line):
            runs.append((line[pos:match.start()], False))
            runs.append((match.group(1), True))
            pos = match.end()
        runs.append((line[pos:], False))
    else:
        match = _LABEL.match(line)
        runs = [(match.group(1), True), (line[match.end():], False)] if match else [(line, False)]
    return [(_ITALIC.sub(r"\1", t), bold) for t, bold in runs if t]


NAV = "".join(f'<li><a href="/section/{i}">Section {i} of the site</a></li>' for i in range(40))
BOILER_TOP = f"""<div id="cookie-banner" class="cookie-consent">We use cookies to improve your
experience on our website. <button>Accept all cookies</button> <a href="/privacy">Manage
settings</a></div>
<header class="site-header"><a href="/">Home</a><nav class="main-menu"><ul>{NAV}</ul></nav>
<form class="search"><input name="q" placeholder="Search"></form></header>"""
BOILER_BOTTOM = """<div class="share-tools"><a href="#">Share on Facebook</a>
<a href="#">Share on X</a> <a href="#">Email this page</a> <a href="#">Print</a></div>
<aside class="related-content"><h3>Related articles</h3><ul>
<li><a href="/a">Readout of the Secretary's call with the Foreign Minister</a></li>
<li><a href="/b">Department press briefing, the day before</a></li>
<li><a href="/c">Joint statement on the ministerial meeting</a></li></ul></aside>
<footer class="site-footer"><ul><li><a href="/privacy">Privacy policy</a></li>
<li><a href="/access">Accessibility statement</a></li><li><a href="/foia">FOIA</a></li></ul>
<p>Copyright 2026. All rights reserved.</p></footer>"""


def to_html(text: str, *, title: str | None = None, date: str | None = None,
            url: str | None = None, divs: bool = False) -> bytes:
    """A page with the transcript as `<p>` paragraphs (or bare `<div>`s), labels in
    `<strong>`, lines of a paragraph split by `<br>`, amid site furniture."""
    body = []
    for block in blocks(text):
        lines = ["".join(f"<strong>{html.escape(t)}</strong>" if bold else html.escape(t)
                         for t, bold in runs) for runs, _ in block]
        if len(block) == 1 and block[0][1]:
            body.append(f"<h2>{lines[0]}</h2>")
        elif divs:
            body.append(f"<div class=\"text\">{'<br>'.join(lines)}</div>")
        else:
            body.append(f"<p>{'<br>'.join(lines)}</p>")
    first = strip_markup(text.strip().split("\n")[0])
    head = [f"<title>{html.escape(title or first)} | Example Ministry</title>",
            '<meta charset="utf-8">']
    if date:
        head.append(f'<meta property="article:published_time" content="{date}T15:00:00Z">')
    if url:
        head.append(f'<link rel="canonical" href="{html.escape(url)}">')
    page = (f"<!DOCTYPE html>\n<html lang=\"en\"><head>{''.join(head)}</head><body>"
            f"{BOILER_TOP}<main><article class=\"content\">{''.join(body)}</article>"
            f"{BOILER_BOTTOM}</main></body></html>\n")
    return page.encode("utf-8")


def to_pdf(text: str, *, furniture: bool = True) -> bytes:
    """An A4 PDF: bold labels, a blank line's space between paragraphs, text wrapped at the
    margin; with `furniture`, a two-column running header and a footer with the page URL and
    `Page N of M` on every page."""
    from fpdf import FPDF

    class Paper(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            if not furniture:
                return
            self.set_font("Helvetica", "", 8)
            self.cell(95, 5, "Office of the Spokesperson - Transcript")
            self.cell(95, 5, "For immediate release", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)

        def footer(self) -> None:
            if not furniture:
                return
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(95, 5, "https://www.example.gov/briefings/transcript")
            self.cell(95, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    paper = Paper(format="A4")
    paper.alias_nb_pages()
    paper.set_auto_page_break(True, margin=22)
    paper.add_page()
    for block in blocks(fold(reflow(text))):
        for n, (runs, heading) in enumerate(block):
            size = 13 if heading else 10.5
            for t, bold in runs:
                paper.set_font("Helvetica", "B" if bold or heading else "", size)
                paper.write(5.5, t)
            paper.ln(5.5)
            # A line of prose is a paragraph of its own, spaced as one.
            if n < len(block) - 1 and sum(len(t) for t, _ in runs) > 60:
                paper.ln(4)
        paper.ln(4)
    return bytes(paper.output())


def reflow(text: str) -> str:
    """Hard-wrapped prose (a plain-text habit) as the paragraphs a publisher would set."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = block.split("\n")
        wrapped = len(lines) > 1 and all(len(line) >= 55 for line in lines[:-1]) and not any(
            _LABEL.match(line) for line in lines)
        out.append(" ".join(line.strip() for line in lines) if wrapped else block)
    return "\n\n".join(out) + "\n"


def to_docx(text: str, *, empty_paragraphs: bool = False) -> bytes:
    """A Word file: one paragraph per block, its lines split by soft breaks, labels bold;
    paragraphs set apart by spacing, or by empty paragraphs as many press offices type them."""
    import docx

    document = docx.Document()
    for n, block in enumerate(blocks(text)):
        if n and empty_paragraphs:
            document.add_paragraph("")
        if len(block) == 1 and block[0][1]:
            document.add_heading("".join(t for t, _ in block[0][0]), level=1)
            continue
        paragraph = document.add_paragraph()
        for i, (runs, _) in enumerate(block):
            if i:
                paragraph.add_run().add_break()
            for t, bold in runs:
                paragraph.add_run(t).bold = bold
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A 'scanned' PDF: shapes and no text layer."""
    from fpdf import FPDF

    paper = FPDF()
    paper.add_page()
    for i in range(20):
        paper.rect(20, 20 + i * 12, 170 - i * 3, 6, style="F")
    return bytes(paper.output())
