"""HTML report: valid HTML5, self-contained, every link resolves, nothing from the input runs."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import html5lib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefing_cli.cli import app
from briefing_cli.digest import build_digest
from briefing_cli.models import Digest, Document
from briefing_cli.rank import get_ranker
from briefing_cli.render import html
from briefing_cli.source import read_source
from briefing_cli.transcript import parse

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
HOSTILE = ["<script>alert(1)</script>", "</style><b>bold</b>", "javascript:alert(1)",
           '" onmouseover="alert(1)', "' onerror='alert(1)", "<img src=x onerror=alert(1)>",
           "<svg onload=alert(1)>", "&amp; &lt;", "<!--", "]]>", "<a href='javascript:x'>",
           "\x00\x01\x0b\x0c\x7f\x85", "\ufffe\uffff\U0001ffff", "</textarea></title>",
           "<style>body{display:none}</style>", "{{x}}", "\u202egnp.exe"]


def _digest(path: Path) -> Digest:
    cwd = os.getcwd()
    os.chdir(ROOT)  # the source name in the output is the relative path
    try:
        document = read_source(str(path.relative_to(ROOT)))
    finally:
        os.chdir(cwd)
    return build_digest(parse(document), get_ranker("lexrank"))


def _parse(page: str) -> Any:
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    tree = parser.parse(page)
    assert parser.errors == [], parser.errors[:5]
    return tree


def _tag(el: Any) -> str:
    return el.tag.split("}")[-1] if isinstance(el.tag, str) else ""


def _check(page: str) -> Any:
    """Valid HTML5; no script, no handler, one style (ours), only in-page line links."""
    tree = _parse(page)
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    for el in tree.iter():
        tag = _tag(el)
        assert tag not in {"script", "iframe", "object", "embed", "img", "link", "base", "form"}
        assert not [name for name in el.attrib if name.lower().startswith("on")]
        assert "style" not in el.attrib
        href = el.get("href") or el.get("{http://www.w3.org/1999/xlink}href")
        if href is not None:
            assert re.fullmatch(r"#L\d+|#summary|#speakers|#transcript", href), href
            if href.startswith("#L"):
                assert href[1:] in ids, href
    assert len([el for el in tree.iter() if el.tag == "meta"]) == 3
    styles = [el for el in tree.iter() if el.tag == "style"]
    assert len(styles) == 1 and styles[0].text == html.CSS
    return tree


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_are_valid_and_linked(path: Path) -> None:
    digest = _digest(path)
    page = html.render(digest)
    tree = _check(page)
    ids = {el.get("id") for el in tree.iter() if el.get("id")}
    links = {el.get("href") for el in tree.iter() if el.get("href")}
    for point in digest.summary + tuple(p for sd in digest.speakers for p in sd.points):
        assert f"#L{point.sentence.line}" in links  # points link to their own line
        assert f"L{point.sentence.line}" in ids
    # every answer links back to its question's line, every question forward to its answer
    t = digest.transcript
    for turn in t.turns:
        if turn.reply_to is not None:
            asked = t.document.line_of(t.turns[turn.reply_to].start)
            assert f"↩ answers line {asked}" in page
            assert f"#L{asked}" in links


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_svg_share_bars_sum_to_100_percent(path: Path) -> None:
    tree = _parse(html.render(_digest(path)))
    bars = [el for el in tree.iter() if _tag(el) == "svg" and "bar" in el.get("class", "")]
    if not _digest(path).transcript.speakers:
        assert not bars
        return
    assert len(bars) == 2
    for svg in bars:
        assert svg.get("viewBox") == "0 0 1000 10"
        widths = [int(r.get("width")) for r in svg.iter() if _tag(r) == "rect"]
        assert sum(widths) == 1000
        xs = [int(r.get("x")) for r in svg.iter() if _tag(r) == "rect"]
        assert xs == sorted(xs) and xs[0] == 0


@pytest.mark.parametrize("name", ["state_department_briefing", "white_house_briefing"])
def test_golden(name: str) -> None:
    actual = html.render(_digest(ROOT / "samples" / f"{name}.txt"))
    path = GOLDEN / f"{name}.html"
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path.name} changed; rerun with BRIEFING_UPDATE_GOLDEN=1 if intended")


_pieces = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))
_hostile = st.lists(_pieces, min_size=1, max_size=5).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_hostile, role=_hostile, said=_hostile, asked=_hostile)
def test_hostile_input_renders_as_text(name: str, role: str, said: str, asked: str) -> None:
    source = (f"Briefing {said}\n\nMR SMITH: We will {said} and then {asked}. It is done.\n\n"
              f"QUESTION: Is it {asked}?\n\nMR SMITH: Yes, {said}.\n")
    digest = build_digest(parse(Document(name=name, text=source)), get_ranker("lexrank"))
    speakers = tuple(replace(s, name=name, role=role) for s in digest.transcript.speakers)
    transcript = replace(digest.transcript, speakers=speakers)
    digest = replace(digest, transcript=transcript, speakers=tuple(
        replace(sd, speaker=transcript.speaker(sd.speaker.id) or sd.speaker,
                key_terms=(name, said)) for sd in digest.speakers))
    tree = _check(html.render(digest))
    shown = "".join(tree.itertext())
    for piece in HOSTILE[:4]:
        if piece in said:
            assert piece in shown


def test_cli_picks_html_from_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "digest.html"
    result = CliRunner().invoke(app, ["summarize", str(SAMPLES[0]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n" + html.MARKER)
    _check(page)
    result = CliRunner().invoke(app, ["summarize", str(SAMPLES[0]), "-f", "html"])
    assert result.stdout == page


def test_compare_writes_html(tmp_path: Path) -> None:
    out = tmp_path / "changes.html"
    result = CliRunner().invoke(app, [
        "compare", str(ROOT / "samples" / "state_department_briefing.txt"),
        str(ROOT / "samples" / "state_department_briefing_next_day.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    _check(page)
    assert "Continuing" not in page or "<table>" in page
    assert "international law" in page


def test_speakers_html() -> None:
    result = CliRunner().invoke(app, ["speakers", str(SAMPLES[0]), "-f", "html"])
    assert result.exit_code == 0, result.output
    _check(result.stdout)
    assert "<td>person</td>" in result.stdout


def test_batch_writes_html_digests_and_an_index(tmp_path: Path) -> None:
    from urllib.parse import unquote

    from briefing_cli import batch

    archive = tmp_path / "archive"
    archive.mkdir()
    sample = (ROOT / "samples" / "state_department_briefing.txt").read_text(encoding="utf-8")
    names = ["<script>alert(1)<x>.txt", "javascript:alert(1).txt", '" onmouseover=x.txt',
             "plain.txt"]
    for name in names:
        (archive / name).write_text(sample, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(out), "-f", "html",
                                      "-j", "1"])
    assert result.exit_code == 0, result.output
    page = (out / "index.html").read_text(encoding="utf-8")
    tree = _parse(page)
    scripts = [el for el in tree.iter() if _tag(el) == "script"]
    assert len(scripts) == 1 and scripts[0].text == batch._SORT_SCRIPT
    rows = [el for el in tree.iter() if _tag(el) == "tr" and el.get("data-file")]
    assert sorted(r.get("data-file") for r in rows) == sorted(names)
    for el in tree.iter():
        assert not [a for a in el.attrib if a.lower().startswith("on")]
        href = el.get("href")
        if href is not None:
            assert href.startswith("./")
            target, _, anchor = unquote(href[2:]).partition("#")
            assert (out / target).is_file()
            if anchor:
                digest = _check((out / target).read_text(encoding="utf-8"))
                assert anchor in {el.get("id") for el in digest.iter()}
    for digest_page in out.glob("*.html"):
        if digest_page.name != "index.html":
            _check(digest_page.read_text(encoding="utf-8"))
    # a second run recognises its own HTML digests and replaces them
    again = CliRunner().invoke(app, ["batch", str(archive), "-o", str(out), "-f", "html",
                                     "-j", "1"])
    assert again.exit_code == 0, again.output
    assert (out / "index.html").read_text(encoding="utf-8") == page


@pytest.mark.parametrize(("date", "iso"), [
    ("March 12, 2026", "2026-03-12"), ("Sept. 3, 2025", "2025-09-03"),
    ("12 March 2026", "2026-03-12"), ("2026-03-12", "2026-03-12"), (None, ""), ("soon", "")])
def test_sortable_date(date: str | None, iso: str) -> None:
    from briefing_cli.batch import sortable_date

    assert sortable_date(date) == iso


@pytest.mark.parametrize("source", [
    "Hello", "...!?", "Q:\n\nQ:\n", "MR SMITH:\n\nMS JONES:\n", "plain prose only. Nobody speaks.",
    "\u05e9\u05dc\u05d5\u05dd \u0639\u0627\u0644\u0645. \u4f60\u597d\u3002\n"])
def test_degenerate_inputs_give_valid_pages(source: str) -> None:
    digest = build_digest(parse(Document(name="t.txt", text=source)), get_ranker("lexrank"))
    _check(html.render(digest))


def test_focus_marks_the_matched_words() -> None:
    path = str(ROOT / "samples" / "white_house_briefing.txt")
    digest = build_digest(parse(read_source(path)), get_ranker("lexrank"), about="tariffs",
                          speaker="Whitfield")
    page = html.render(digest)
    _check(page)
    assert "<mark>tariffs</mark>" in page.lower() and "About: tariffs" in page


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_hostile, topic=_hostile)
def test_hostile_compare_renders_as_text(name: str, topic: str) -> None:
    from briefing_cli.compare import compare
    from briefing_cli.render.compare import render_html

    old = parse(read_source(str(ROOT / "samples" / "state_department_briefing.txt")))
    new = parse(read_source(str(ROOT / "samples" / "state_department_briefing_next_day.txt")))
    comparison = compare(old, new, get_ranker("lexrank"))
    hostile_doc = replace(new.document, name=name)
    changes = tuple(
        replace(c, new=replace(c.new, name=name, role=topic) if c.new else None,
                new_topics=(topic, *c.new_topics),
                continuing=tuple(replace(k, topic=topic) for k in c.continuing))
        for c in comparison.speakers)
    comparison = replace(comparison, new=replace(new, document=hostile_doc), speakers=changes)
    _check(render_html(comparison))
