"""Web pages, PDFs and Word files as local inputs: what their extracted text keeps and drops."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from published import image_only_pdf, to_docx, to_html, to_pdf
from typer.testing import CliRunner

from briefing_cli.cli import app
from briefing_cli.errors import InputError
from briefing_cli.source import read_source
from briefing_cli.sources import DOCX, HTML, PDF, TEXT, convert, sniff
from briefing_cli.transcript import parse

TURN = ("We have been consistent about this from the start, and the talks are the only serious "
        "path to a settlement of the dispute over the corridor and its customs posts. ")


def long_transcript(turns: int = 24) -> str:
    """Turns long enough that several run across a page break."""
    out = ["Department Press Briefing", "Daniel Reyes, Spokesperson", ""]
    for n in range(turns):
        label = "MR REYES" if n % 2 == 0 else "QUESTION"
        out += [f"{label}: Point {n}. " + TURN * (1 + n % 4), ""]
    return "\n".join(out)


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_page_furniture_is_dropped_and_turns_run_across_pages() -> None:
    text = long_transcript()
    document = convert(to_pdf(text), "briefing.pdf", PDF)
    assert "Page 1 of" not in document.text and "Office of the Spokesperson" not in document.text
    assert "https://www.example.gov" not in document.text
    lines = document.text.split("\n")
    # Every turn is one line: those that crossed a page came back together.
    turns = [line for line in lines if line.startswith(("MR REYES:", "QUESTION:"))]
    assert len(turns) == 24
    assert all(line.rstrip().endswith(TURN.strip()) for line in turns)
    transcript = parse(document)
    assert [t.text.split(".")[0].split(": ")[-1] for t in transcript.turns[-24:]] == [
        f"Point {n}" for n in range(24)]


def test_point_lines_that_recur_at_page_tops_are_not_furniture() -> None:
    # Short numbered turns land at the top of many pages: the digits-blind repetition rule
    # must not take them for a running header.
    text = "\n\n".join(f"MR REYES: Point {n}. " + TURN * 3 for n in range(30))
    document = convert(to_pdf(text, furniture=False), "points.pdf", PDF)
    assert [line.split(".")[0] for line in document.text.split("\n") if line] == [
        f"MR REYES: Point {n}" for n in range(30)]


def test_hyphenated_line_ends_are_joined_unless_the_hyphen_is_the_words() -> None:
    from briefing_cli.sources.pdf import _join

    assert _join("the secu-", "rity of the corridor", set()) == "the security of the corridor"
    assert _join("a well-", "known fact", {"well-known"}) == "a well-known fact"
    assert _join("the North-", "South line", set()) == "the North- South line"


def test_an_image_only_pdf_says_it_has_no_text(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(image_only_pdf())
    result = run("summarize", str(scan))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "no text layer" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_damaged_pdf_is_one_error_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(to_pdf("MR REYES: Hello there.")[:300])
    result = run("summarize", str(broken))
    assert result.exit_code == 1 and result.stderr.startswith("error: ")


def test_word_paragraphs_tables_and_empty_paragraphs() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Department Press Briefing")
    document.add_paragraph("")
    document.add_paragraph("")
    paragraph = document.add_paragraph()
    paragraph.add_run("MR REYES:").bold = True
    paragraph.add_run("\tGood afternoon.  I have two items.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "QUESTION:", "Anything offered?"
    table.cell(1, 0).text, table.cell(1, 1).text = "MR REYES:", "No, nothing was offered."
    from io import BytesIO

    buffer = BytesIO()
    document.save(buffer)
    found = convert(buffer.getvalue(), "b.docx", DOCX)
    assert found.text == ("Department Press Briefing\n\nMR REYES: Good afternoon. I have two "
                          "items.\n\nQUESTION: Anything offered?\n\nMR REYES: No, nothing was "
                          "offered.\n")
    assert found.origin is not None and found.origin.extracted_from == "docx"


def test_a_word_file_with_empty_paragraphs_reads_like_one_without() -> None:
    text = long_transcript(4)
    assert (convert(to_docx(text, empty_paragraphs=True), "a.docx", DOCX).text
            == convert(to_docx(text), "b.docx", DOCX).text)


def test_html_labels_headings_breaks_and_boilerplate() -> None:
    page = b"""<!DOCTYPE html><html><head><title>Briefing</title></head><body>
    <nav><a href="/">Home</a><a href="/about">About us</a></nav>
    <article><h1>Department Press Briefing</h1><h2>Opening remarks</h2>
    <p><strong>MR REYES:</strong></p><p>Good afternoon, everybody. Thanks for coming.</p>
    <p><strong>QUESTION:</strong> On Lisbon?<br><strong>MR REYES:</strong> Nothing yet.</p>
    <p>Second, the ministry will host the water forum in Kunming next week, with senior
    officials from the six member states.</p></article>
    <div class="share">Share on Facebook</div><footer>Privacy policy</footer></body></html>"""
    text = convert(page, "p.html", HTML).text
    assert text == ("Department Press Briefing\n\nOpening remarks\n\nMR REYES: Good afternoon, "
                    "everybody. Thanks for coming.\n\nQUESTION: On Lisbon?\nMR REYES: Nothing "
                    "yet.\n\nSecond, the ministry will host the water forum in Kunming next "
                    "week, with senior officials from the six member states.\n")


def test_a_short_page_keeps_its_labels_and_drops_its_menu() -> None:
    # Below trafilatura's default minimum size its fallbacks keep menus and split labels.
    page = (b"<html><body><nav><a href='/'>Home</a></nav><main>"
            b"<p><strong>MR MILLER:</strong> Good afternoon.</p></main></body></html>")
    assert convert(page, "short.html", HTML).text == "MR MILLER: Good afternoon.\n"


@pytest.mark.parametrize(("data", "name", "kind"), [
    (b"%PDF-1.7\n...", "notes.txt", PDF),
    (b"<!DOCTYPE html><html>", "saved", HTML),
    (b"\xef\xbb\xbf  <html lang='en'>", "-", HTML),
    (b"<p>not a page</p>", "page.htm", HTML),
    (b"MR MILLER: <b> is not HTML here", "t.txt", TEXT),
    (b"**Moderator:** Hello", "t.md", TEXT),
])
def test_type_from_content_then_extension(data: bytes, name: str, kind: str) -> None:
    assert sniff(data, name) == kind


def test_word_file_sniffed_whatever_its_name() -> None:
    assert sniff(to_docx("MR REYES: Hello."), "download.bin") == DOCX


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04" + b"\x00" * 40, "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "old binary Word (.doc)"),
])
def test_archives_and_old_word_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        sniff(data, "file")


def test_local_files_of_each_kind_through_the_cli(tmp_path: Path) -> None:
    text = long_transcript(6)
    files = {"b.html": to_html(text, url="https://www.example.gov/b"), "b.pdf": to_pdf(text),
             "b.docx": to_docx(text)}
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = run("summarize", str(path), "-f", "json")
        assert result.exit_code == 0, result.output
        digest = json.loads(result.stdout)
        assert digest["source"]["extracted_from"] == name.split(".")[1]
        shown = run("text", str(path)).stdout
        assert shown == read_source(str(path)).text
        lines = shown.split("\n")
        for point in digest["summary"]:  # verbatim, on the line it names
            assert point["text"].split("\n")[0] in lines[point["line"] - 1]
    html_digest = json.loads(run("summarize", str(tmp_path / "b.html"), "-f", "json").stdout)
    assert html_digest["source"]["url"] == "https://www.example.gov/b"


def test_plain_text_json_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(long_transcript(4), encoding="utf-8")
    source = json.loads(run("summarize", str(path), "-f", "json").stdout)["source"]
    assert set(source) == {"name", "format", "lines", "words"}


def test_plain_runs_never_import_the_extractors(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(long_transcript(4), encoding="utf-8")
    code = ("import sys\nfrom briefing_cli.cli import main\nsys.argv = ['briefing', 'speakers', "
            f"{str(path)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('trafilatura', 'pypdf', 'docx', 'lxml') if m in sys.modules]\n"
            "print('HEAVY', heavy, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert "HEAVY []" in done.stderr, done.stderr


def test_a_byline_taken_out_of_the_body_names_the_speaker_again() -> None:
    page = b"""<!DOCTYPE html><html><head><title>Department Press Briefing</title>
    <meta name="author" content="Ministry of Examples"></head><body>
    <nav><a href="/">Home</a></nav><article><h1>Department Press Briefing</h1>
    <p class="byline">Daniel Reyes, Spokesperson</p><p>Washington, DC</p><p>March 12, 2026</p>
    <p><strong>MR REYES:</strong> Good afternoon. I have two items at the top today.</p>
    <p><strong>QUESTION:</strong> Was anything offered in exchange for the release?</p>
    <p><strong>MR REYES:</strong> No, nothing was offered. This was not a transaction.</p>
    </article></body></html>"""
    document = convert(page, "b.html", HTML)
    assert document.text.startswith("Department Press Briefing\n\nDaniel Reyes, Spokesperson\n")
    reyes = [s for s in parse(document).speakers if "Reyes" in s.name]
    assert [(s.name, s.role) for s in reyes] == [("Daniel Reyes", "Spokesperson")]


def test_a_meta_author_that_is_not_on_the_page_is_not_added() -> None:
    page = (b'<html><head><meta name="author" content="Ministry of Examples"></head><body>'
            b"<p><strong>MR MILLER:</strong> Good afternoon.</p></body></html>")
    assert convert(page, "m.html", HTML).text == "MR MILLER: Good afternoon.\n"


def test_a_transcript_laid_out_as_a_table_reads_as_labels() -> None:
    rows = [("Q:", "Minister, will you veto the enlargement package this week?"),
            ("A:", "We have not said that. We said we cannot support it in its current form."),
            ("Q:", "Is that leverage in the farm subsidy dispute?")]
    cells = "".join(f"<tr><td><b>{label}</b></td><td>{said}</td></tr>" for label, said in rows)
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Interview with the "
            f"Minister</h1><table>{cells}</table></article></body></html>").encode()
    text = convert(page, "t.html", HTML).text
    assert text == "Interview with the Minister\n\n" + "\n\n".join(
        f"{label} {said}" for label, said in rows) + "\n"
