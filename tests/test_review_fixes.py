"""Fixes from the code review of the renderers, batch and sources: each test fails on the
code before its fix."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from briefing_cli import shape
from briefing_cli.cli import app
from briefing_cli.digest import build_digest
from briefing_cli.models import Digest, Document, Origin
from briefing_cli.rank import get_ranker
from briefing_cli.render import html, markdown, share, table, text
from briefing_cli.render import json as json_render
from briefing_cli.render.common import repeat_note
from briefing_cli.transcript import parse

ROOT = Path(__file__).resolve().parent.parent


class CountingTuple(tuple):  # type: ignore[type-arg]
    """A tuple that counts how often it is walked through."""

    walks = 0

    def __iter__(self) -> Iterator[Any]:
        type(self).walks += 1
        return super().__iter__()


def many_speakers(n: int) -> str:
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from speed import made_up_name  # type: ignore[import-not-found]

    return "".join(f"MR {made_up_name(i).upper()}: Item {i} is ready, said Anna {made_up_name(i)}."
                   f"\n\n" for i in range(n))


def _digest(source: str, **options: Any) -> Digest:
    document = Document(name="t.txt", text=source)
    return build_digest(parse(document), get_ranker("lexrank"), **options)


def _every_output(digest: Digest) -> dict[str, str]:
    buffer = StringIO()
    table.render(digest, Console(file=buffer, width=100, color_system=None))
    colour = StringIO()
    table.render(digest, Console(file=colour, width=100, color_system="truecolor"))
    return {"markdown": markdown.render(digest), "html": html.render(digest),
            "text": text.render(digest), "json": json_render.render(digest),
            "table": buffer.getvalue(), "colour": colour.getvalue()}


# --- 2. a speaker (and a share) is looked up in a mapping, not a scan per look-up ---------


def test_renderers_walk_the_speakers_a_bounded_number_of_times() -> None:
    n = 120
    digest = _digest(many_speakers(n))
    assert len(digest.transcript.speakers) == n
    counted = dataclasses.replace(digest.transcript,
                                  speakers=CountingTuple(digest.transcript.speakers))
    digest = dataclasses.replace(digest, transcript=counted)
    for name, render in (("markdown", markdown.render), ("html", html.render),
                         ("text", text.render), ("json", json_render.render)):
        CountingTuple.walks = 0
        render(digest)
        # A few passes over the speakers, not one per speaker, share or point.
        assert CountingTuple.walks < 20, (name, CountingTuple.walks)


def test_a_share_is_found_without_walking_the_shares() -> None:
    figures = shape.measure(_digest(many_speakers(50)).transcript)
    counted = shape.Shape(CountingTuple(figures.shares), figures.timeline, figures.length)
    CountingTuple.walks = 0
    for s in figures.shares:
        assert counted.share(s.speaker) == s
    assert CountingTuple.walks <= 1  # building the mapping
    assert counted.share("nobody") is None


# --- 3. measured once per output, with the digest's own speaker totals --------------------


def test_measure_uses_the_digest_speaker_totals(monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import Counter

    from briefing_cli import digest as digest_module

    transcript = _digest(many_speakers(3)).transcript
    ids = [s.id for s in transcript.speakers]

    def fake(_: Any) -> tuple[Counter[str | None], Counter[str | None]]:
        return Counter({ids[0]: 1, ids[1]: 1, ids[2]: 2}), Counter({ids[0]: 10, ids[1]: 30,
                                                                    ids[2]: 60, None: 99})

    monkeypatch.setattr(digest_module, "speaker_totals", fake)
    figures = shape.measure(transcript)
    assert [s.words for s in figures.shares] == [10, 30, 60]
    assert [s.share_words for s in figures.shares] == [0.1, 0.3, 0.6]
    assert [s.share_turns for s in figures.shares] == [0.25, 0.25, 0.5]


def test_each_output_measures_the_shape_once(monkeypatch: pytest.MonkeyPatch) -> None:
    digest = _digest(many_speakers(4))
    calls = []
    real = shape.measure

    def counting(transcript: Any) -> shape.Shape:
        calls.append(1)
        return real(transcript)

    monkeypatch.setattr(shape, "measure", counting)
    for fmt in ("markdown", "html", "text", "json"):
        calls.clear()
        {"markdown": markdown.render, "html": html.render, "text": text.render,
         "json": json_render.render}[fmt](digest)
        assert len(calls) == 1, fmt
    for colour in (None, "truecolor"):
        calls.clear()
        share.render_rich(digest.transcript, Console(file=StringIO(), width=90,
                                                     color_system=colour))
        assert len(calls) == 1, colour


# --- 4. the HTML page uses the shared notes ----------------------------------------------


def test_html_notes_are_the_shared_repeat_notes() -> None:
    source = ("MR LEE: The budget deal passed the Senate today. We will sign the budget deal "
              "this week.\n\nQ: And the budget deal?\n\n"
              "MR LEE: The budget deal is final. The budget deal passed the Senate today.\n")
    digest = _digest(source, about="budget deal")
    page = html.render(digest)
    notes = [repeat_note(p).strip() for p in digest.summary if repeat_note(p)]
    assert notes and any("(phrase)" in n for n in notes)
    for note in notes:
        assert f'<span class="note">{html.text(note)}</span>' in page
    assert "on topic:" not in page


# --- 5. a web page's, PDF's or Word file's title, URL and date in every view --------------


def test_source_facts_in_every_renderer() -> None:
    document = Document(name="page.html",
                        text="MR LEE: The budget passed today.\n\nQ: When?\n\n"
                             "MR LEE: This morning, after a long night.\n",
                        origin=Origin("html", url="https://example.gov/b/12",
                                      title="Daily Press Briefing", date="2026-03-12"))
    digest = build_digest(parse(document), get_ranker("lexrank"))
    for fmt, out in _every_output(digest).items():
        for fact in ("Daily Press Briefing", "https://example.gov/b/12", "2026-03-12"):
            assert fact in out, (fmt, fact)
    plain = Document(name="t.txt", text=document.text)
    outputs = _every_output(build_digest(parse(plain), get_ranker("lexrank")))
    assert all("Title:" not in out and "URL:" not in out for out in outputs.values())


# --- 13. only a digest page carries the digest marker ------------------------------------


def test_only_digest_pages_carry_the_marker(tmp_path: Path) -> None:
    sample = str(ROOT / "samples" / "state_department_briefing.txt")
    digest_page = CliRunner().invoke(app, ["summarize", sample, "-f", "html"]).stdout
    assert html.MARKER in digest_page
    speakers_page = CliRunner().invoke(app, ["speakers", sample, "-f", "html"]).stdout
    assert speakers_page.startswith("<!DOCTYPE html>") and html.MARKER not in speakers_page
    compare_page = CliRunner().invoke(app, ["compare", sample, sample, "-f", "html"]).stdout
    assert compare_page.startswith("<!DOCTYPE html>") and html.MARKER not in compare_page


def test_batch_never_overwrites_a_speakers_page(tmp_path: Path) -> None:
    archive, out = tmp_path / "in", tmp_path / "out"
    archive.mkdir()
    out.mkdir()
    source = archive / "day.txt"
    source.write_text("MR LEE: The budget passed today.\n\nMR KIM: It did, after a vote.\n",
                      encoding="utf-8")
    mine = CliRunner().invoke(app, ["speakers", str(source), "-f", "html"]).stdout
    (out / "day.html").write_text(mine, encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(out), "-f", "html",
                                      "-j", "1"])
    assert result.exit_code == 1
    assert (out / "day.html").read_text(encoding="utf-8") == mine
    assert "not overwritten" in result.output


def test_shared_page_helper_still_writes_whole_documents() -> None:
    page = html.page("T", ["<p>x</p>\n"])
    assert page.startswith("<!DOCTYPE html>\n<html") and page.endswith("</html>\n")
    assert html.page("T", [], digest=True).startswith(f"<!DOCTYPE html>\n{html.MARKER}\n<html")

