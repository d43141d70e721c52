"""Renderers: golden Markdown and JSON on a sample, valid CommonMark, inert input text."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from rich.console import Console

from briefing_cli.digest import build_digest
from briefing_cli.models import Digest, Document
from briefing_cli.rank import get_ranker
from briefing_cli.render import json as json_render
from briefing_cli.render import markdown, table, text
from briefing_cli.render.common import safe
from briefing_cli.source import read_source
from briefing_cli.transcript import parse

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SAMPLE = "samples/state_department_briefing.txt"


def _digest(path: str = SAMPLE) -> Digest:
    cwd = os.getcwd()
    os.chdir(ROOT)  # the source name in the output is the relative path
    try:
        document = read_source(path)
    finally:
        os.chdir(cwd)
    return build_digest(parse(document), get_ranker("lexrank"))


def _digest_of(text_: str) -> Digest:
    return build_digest(parse(Document(name="t.txt", text=text_)), get_ranker("lexrank"))


def _check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), (
        f"{name} changed; rerun with BRIEFING_UPDATE_GOLDEN=1 if intended")


@pytest.mark.parametrize(("name", "render"), [
    ("state_department_briefing.md", markdown.render),
    ("state_department_briefing.json", json_render.render),
    ("state_department_briefing.txt", text.render),
])
def test_golden(name: str, render: object) -> None:
    assert callable(render)
    _check_golden(name, render(_digest()))


def test_json_contract_fields() -> None:
    data = json.loads(json_render.render(_digest()))
    assert data["schema"] == "briefing.digest/1"
    assert set(data["source"]) >= {"name", "format", "lines", "words"}
    for speaker in data["speakers"]:
        assert set(speaker) >= {"id", "name", "role", "aliases", "turns", "words", "summary",
                                "key_terms"}
    ids = {s["id"] for s in data["speakers"]}
    kinds = {"statement", "question", "quote", "paraphrase", "narration"}
    for turn in data["turns"]:
        assert turn["speaker"] is None or turn["speaker"] in ids
        assert turn["kind"] in kinds
    for point in data["summary"]:
        assert point["speaker"] is None or point["speaker"] in ids


def test_markdown_is_valid_commonmark_with_hostile_text() -> None:
    hostile = ("MR SMITH: We said | pipes | and *stars* and _under_ and <script>x</script>.\n\n"
               "Q: Is [this](http://evil) a link? # not a heading\n\n"
               "MR SMITH: # Heading attempt with `code` and \\ backslash here.\n")
    rendered = markdown.render(_digest_of(hostile))
    tokens = MarkdownIt("commonmark").enable("table").parse(rendered)
    types = {t.type for t in tokens}
    assert "html_block" not in types and "html_inline" not in types
    inline = [c for t in tokens if t.children for c in t.children]
    assert not any(c.type in {"link_open", "em_open", "code_inline", "html_inline"}
                   for c in inline)
    headings = [t for t in tokens if t.type == "heading_open"]
    assert all(t.tag in {"h1", "h2"} for t in headings)
    # the summary table keeps its five columns on every row
    glance = rendered.split("## Speaking share")[0]
    rows = [line for line in glance.splitlines() if line.startswith("| ")]
    assert all(line.count(" | ") + 2 == 6 or "\\|" in line for line in rows)


def test_table_never_interprets_markup_or_escapes() -> None:
    hostile = ("MR SMITH: We will [bold red]not[/bold red] move \x1b[31mred\x1b[0m forces "
               "\x1b]8;;http://x\x07link\x1b]8;;\x07 today.\n")
    console = Console(record=True, width=80, color_system=None, force_terminal=False)
    table.render(_digest_of(hostile), console)
    output = console.export_text()
    assert "[bold red]not[/bold red]" in output
    assert "\x1b" not in output and "\x07" not in output


def test_safe_strips_controls() -> None:
    assert safe("a\x1b[2Jb\x07c\x08d\u202ee") == "abcde"


def test_table_fits_80_columns() -> None:
    console = Console(record=True, width=80, color_system=None, force_terminal=False)
    table.render(_digest(), console)
    assert max(len(line) for line in console.export_text().splitlines()) <= 80


def test_table_golden() -> None:
    console = Console(record=True, width=80, color_system=None, force_terminal=False)
    table.render(_digest(), console)
    _check_golden("state_department_briefing.table.txt", console.export_text())


def test_safe_and_shown_name_shortcuts_agree_with_the_full_checks() -> None:
    """`safe` skips printable text and `shown_name` ASCII names: the same answers as the
    expressions and the script check on text mixing controls, escapes and scripts."""
    import random
    import unicodedata

    from briefing_cli.render import common

    alphabet = ["a", "Z", " ", "\x1b", "[", "3", "1", "m", "]", "\x07", "\n", "\t", "\x85",
                "\u200e", "\u202a", "\u2066", "\u00a0", "І", "é", "\u2028", "\\", "—"]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert common.safe(text) == common._CONTROLS.sub("", common._ESCAPES.sub("", text))
        scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()}
        assert common.shown_name(text).endswith(common.MIXED_SCRIPTS) == (len(scripts) > 1)
