"""Every fixture published as a web page, a PDF and a Word file is attributed exactly as the
same transcript given as plain text: same layout, same speakers, same turns."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from published import fold, reflow, strip_markup, to_docx, to_html, to_pdf

from briefing_cli.models import Document, Transcript
from briefing_cli.source import read_source
from briefing_cli.sources import convert
from briefing_cli.transcript import parse

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted(p for p in (ROOT / "tests" / "fixtures").iterdir()
                  if not p.name.endswith(".json")) + sorted((ROOT / "samples").glob("*.txt"))
# Word files for a labelled, a headed, a news and a subtitled transcript keep the suite fast;
# the web page and PDF versions cover every fixture.
DOCX_FIXTURES = {"state_department_briefing.txt", "debate_headings.txt", "news_wire.txt",
                 "panel_captions.vtt", "podcast_timestamped.txt"}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[*#]", " ", text).split())


def attribution(transcript: Transcript) -> tuple[Any, ...]:
    def name(speaker_id: str | None) -> str | None:
        speaker = transcript.speaker(speaker_id)
        return speaker.name if speaker else None

    # A turn with no word in it (an end mark like `# # #`) is furniture a page may drop.
    turns = [(name(t.speaker), t.kind.value, _norm(t.text)) for t in transcript.turns
             if re.search(r"\w", t.text)]
    speakers = sorted((s.name, s.role, s.kind.value) for s in transcript.speakers)
    return transcript.layout, speakers, turns


def _plain(path: Path) -> str:
    text = read_source(str(path)).text
    return strip_markup(text) if path.suffix == ".md" else text


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_web_page_is_attributed_like_the_text(path: Path) -> None:
    text = read_source(str(path)).text
    page = convert(to_html(text), f"{path.stem}.html", "html")
    assert attribution(parse(page)) == attribution(parse(Document(path.name, _plain(path))))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_pdf_is_attributed_like_the_text(path: Path) -> None:
    text = read_source(str(path)).text
    pdf = convert(to_pdf(text), f"{path.stem}.pdf", "pdf")
    plain = fold(reflow(_plain(path)))
    assert attribution(parse(pdf)) == attribution(parse(Document(path.name, plain)))


@pytest.mark.parametrize("path", [p for p in FIXTURES if p.name in DOCX_FIXTURES],
                         ids=lambda p: p.name)
def test_word_file_is_attributed_like_the_text(path: Path) -> None:
    text = read_source(str(path)).text
    word = convert(to_docx(text), f"{path.stem}.docx", "docx")
    assert attribution(parse(word)) == attribution(parse(Document(path.name, _plain(path))))


def test_the_digest_of_a_published_briefing_is_the_digest_of_its_text() -> None:
    from briefing_cli.digest import build_digest
    from briefing_cli.rank import get_ranker

    path = ROOT / "samples" / "white_house_briefing.txt"
    text = read_source(str(path)).text

    def points(document: Document) -> list[tuple[str | None, str]]:
        digest = build_digest(parse(document), get_ranker("lexrank"))
        return [(p.speaker, _norm(p.sentence.text)) for p in digest.summary] + [
            (sd.speaker.name, _norm(p.sentence.text)) for sd in digest.speakers
            for p in sd.points]

    expected = points(Document(path.name, text))
    assert points(convert(to_html(text), "page.html", "html")) == expected
    assert points(convert(to_pdf(text), "page.pdf", "pdf")) == points(
        Document(path.name, fold(reflow(text))))


@pytest.mark.parametrize("name", ["un_stakeout.txt", "state_department_briefing.txt",
                                  "interview_timestamped.txt", "earnings_call.txt"])
def test_a_page_with_every_line_its_own_paragraph(name: str) -> None:
    # Many sites set each header line (name, role, place, date) and each label as its own <p>:
    # the header's lines stay together, so a name's role is still the line after it.
    path = next(p for p in FIXTURES if p.name == name)
    text = read_source(str(path)).text
    split = re.sub(r"(?<!\n)\n(?!\n)", "\n\n", text)
    page = convert(to_html(split), f"{path.stem}.html", "html")
    assert attribution(parse(page)) == attribution(parse(Document(path.name, text)))
