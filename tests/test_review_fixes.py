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
        assert len(calls) == (0 if fmt == "json" else 1), fmt
    # JSON takes the same figures as plain rows (no frozen object per speaker and turn),
    # each computed once.
    rows: list[str] = []

    def counted(name: str) -> Any:
        real = getattr(shape, name)

        def rows_of(transcript: Any) -> Any:
            rows.append(name)
            return real(transcript)
        return rows_of

    for name in ("share_rows", "timeline_rows"):
        monkeypatch.setattr(shape, name, counted(name))
    json_render.render(digest)
    assert sorted(rows) == ["share_rows", "timeline_rows"]
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



# --- 6. the date a transcript prints comes first; a Word file's creation date never -------


def test_a_word_file_has_no_date_from_its_template() -> None:
    from published import to_docx

    from briefing_cli.sources import DOCX, convert

    document = convert(to_docx("MR LEE: The budget passed today.\n"), "a.docx", DOCX)
    assert document.origin is not None and document.origin.date is None


def test_batch_shows_the_date_the_text_prints(tmp_path: Path) -> None:
    from published import to_docx

    archive, out = tmp_path / "in", tmp_path / "out"
    archive.mkdir()
    dated = "Daily Press Briefing\n\nMarch 12, 2026\n\nMR LEE: The budget passed today.\n"
    (archive / "dated.docx").write_bytes(to_docx(dated))
    (archive / "undated.docx").write_bytes(to_docx("MR LEE: The budget passed today.\n"))
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    import json

    dates = {e["output"]: e["date"] for e in
             json.loads((out / "index.json").read_text(encoding="utf-8"))["transcripts"]}
    assert dates == {"dated.md": "March 12, 2026", "undated.md": None}


def test_text_date_wins_over_metadata() -> None:
    from briefing_cli.batch import shown_date

    origin = Origin("pdf", date="2019-01-01")
    printed = Document(name="a.pdf", text="Briefing, 12 March 2026\n\nMR LEE: Hello.\n",
                       origin=origin)
    assert shown_date(printed) == "12 March 2026"
    bare = Document(name="a.pdf", text="MR LEE: Hello.\n", origin=origin)
    assert shown_date(bare) == "2019-01-01"


# --- 7. one error line: a full standard output for `text`, a damaged PDF ------------------


def _cli(*args: str, **options: Any) -> Any:
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "briefing_cli", *args], check=False,
                          stderr=subprocess.PIPE, **options)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_text_to_a_full_stdout_is_one_error_line() -> None:
    with open("/dev/full", "wb") as full:
        run = _cli("text", str(ROOT / "samples" / "news_article.txt"), stdout=full)
    assert run.returncode == 1
    assert run.stderr.startswith(b"error: cannot write") and run.stderr.count(b"\n") == 1


def test_a_damaged_pdf_is_one_error_line(tmp_path: Path) -> None:
    import subprocess

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\ngarbage\n")
    run = _cli("summarize", str(bad), stdout=subprocess.PIPE)
    assert run.returncode == 1 and run.stdout == b""
    assert run.stderr.startswith(b"error:") and run.stderr.count(b"\n") == 1, run.stderr


# --- 8. one date pattern: the date shown and its sort key from the same match -------------


@pytest.mark.parametrize(("printed", "iso"), [
    ("March 12, 2026", "2026-03-12"), ("Sept. 3, 2025", "2025-09-03"),
    ("Dec 1, 2026", "2026-12-01"), ("12 March 2026", "2026-03-12"),
    ("2026-03-12", "2026-03-12")])
def test_a_found_date_and_its_sort_key_come_from_one_match(printed: str, iso: str) -> None:
    from briefing_cli import batch

    found = batch._DATE.search(f"Briefing of {printed}, Washington")
    assert found is not None and found.group(0) == printed
    assert batch.iso_date(found) == iso == batch.sortable_date(printed)
    assert not hasattr(batch, "_DATE_PARTS") and not hasattr(batch, "_MONTHS")


# --- 9. one format table; one collision rule ---------------------------------------------


def test_batch_names_outputs_from_the_render_table(tmp_path: Path) -> None:
    from briefing_cli import batch
    from briefing_cli.render import FORMATS, OutputFormat, extension_of

    assert {fmt: extension_of(fmt) for fmt in FORMATS}[OutputFormat.MARKDOWN] == ".md"
    for fmt in ("markdown", "json", "html"):
        jobs = batch.plan([tmp_path / "a.txt", tmp_path / "A.md", tmp_path / "index.txt"],
                          str(tmp_path), tmp_path / "out", fmt, "lexrank")
        ext = extension_of(OutputFormat(fmt))
        assert [j.target.name for j in jobs] == [f"a{ext}", f"A-2{ext}", f"index-2{ext}"]


def test_unique_name_counts_up_ignoring_case() -> None:
    from briefing_cli.batch import _unique_name

    taken = {"a.md"}
    assert _unique_name("A", ".md", taken) == "A-2.md"
    assert _unique_name("a", ".md", taken) == "a-3.md"
    assert _unique_name("b", ".md", taken) == "b.md"
    assert taken == {"a.md", "a-2.md", "a-3.md", "b.md"}


def test_cli_and_batch_render_through_one_table(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_cli import cli
    from briefing_cli.render import OutputFormat, render_digest

    digest = _digest(many_speakers(3))
    for fmt in (OutputFormat.MARKDOWN, OutputFormat.JSON, OutputFormat.TEXT, OutputFormat.HTML):
        assert cli._render(digest, fmt) == render_digest(digest, fmt)
    with pytest.raises(ValueError):
        render_digest(digest, OutputFormat.TABLE)


# --- 12. a declared charset goes through the same checks ---------------------------------


def test_a_declared_charset_still_refuses_binary_data(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_cli.errors import InputError
    from briefing_cli.source import decode
    from briefing_cli.sources import fetch, load_url

    binary = bytes(range(0, 32)) * 64
    with pytest.raises(InputError, match="binary"):
        decode(binary, "x", charset="latin-1")

    def fake(url: str, **_: Any) -> fetch.Fetched:
        return fetch.Fetched(url, b"MR LEE: Hello.\x00\r\n" + binary, "text/plain", "latin-1")

    monkeypatch.setattr(fetch, "fetch", fake)
    with pytest.raises(InputError, match="binary"):
        load_url("https://example.org/t.txt", max_bytes=10**6, timeout=1)
    text = b"MR L\xc9E: Caf\xe9.\r\nQ: Oui?\r\n"
    assert decode(text, "x", charset="latin-1") == "MR LÉE: Café.\nQ: Oui?\n"
    assert decode(text, "x", charset="no-such-charset") == "MR LÉE: Café.\nQ: Oui?\n"
    assert decode("\ufeffHi\r\n".encode(), "x", charset="utf-8") == "Hi\n"


# --- small: one import helper for the extractors -----------------------------------------


def test_a_missing_extractor_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from briefing_cli.errors import InputError
    from briefing_cli.sources import DOCX, PDF, convert

    monkeypatch.setitem(sys.modules, "pypdf", None)
    monkeypatch.setitem(sys.modules, "docx", None)
    for kind, what in ((PDF, "PDF files"), (DOCX, "Word files")):
        with pytest.raises(InputError, match=f"cannot read {what}: .*reinstall"):
            convert(b"%PDF-1.4", "a", kind)


def test_source_facts_in_the_speakers_views() -> None:
    from briefing_cli.render import speakers

    document = Document(name="page.html", text="MR LEE: The budget passed today.\n",
                        origin=Origin("html", url="https://example.gov/b/12",
                                      title="Daily Press Briefing", date="2026-03-12"))
    transcript = parse(document)
    for render in (speakers.render_text, speakers.render_markdown, speakers.render_html):
        out = render(transcript)
        for fact in ("Daily Press Briefing", "https://example.gov/b/12", "2026-03-12"):
            assert fact in out, (render, fact)
