"""Degenerate and hostile input: a sensible digest or a clear message, never a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing_cli.cli import app

CASES = {
    "one-word": ("Hello", 0),
    "only-punctuation": ("... !!! ??? --- ,,,\n", 0),
    "only-q-lines": ("Q\nQ\nQ:\nQ\n", 0),
    "labels-without-text": ("MR SMITH:\n\nQ:\n\nMR SMITH:\n", 0),
    "numbers-only": ("1 2 3 4\n5 6 7 8.\n99\n", 0),
    "emoji": ("😀 🎉 🚀.\nMR A: 👍👍 great 🎉.\n", 0),
    "right-to-left": ("السلام عليكم. هذا نص تجريبي.\nשלום עולם. זה טקסט.\n", 0),
    "cjk": ("我们今天讨论预算。会议结束了。\n記者：質問です。\n", 0),
    "combining-marks": ("Cafe\u0301 na\u0308ive re\u0301sume\u0301. Z\u0351\u0352algo.\n", 0),
    "zero-width-spaces": ("MR\u200b SMITH: We\u200b will\u200b act.\u200b\n\ufeff\u200b\n", 0),
    "markup-and-escapes": ("MR A: [bold]x[/bold] \x1b[31mred\x1b[0m \x07 done.\n", 0),
    "empty": ("", 1),
    "whitespace-only": ("   \n\t\n  ", 1),
}


@pytest.mark.parametrize(("text", "status"), CASES.values(), ids=CASES.keys())
@pytest.mark.parametrize("fmt", ["json", "text", "table", "markdown"])
def test_degenerate_input(tmp_path: Path, text: str, status: int, fmt: str) -> None:
    path = tmp_path / "input.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(path), "-f", fmt])
    assert result.exit_code == status, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if status:
        assert result.stderr.startswith("error:") and result.stderr.count("\n") == 1
    elif fmt == "json":
        data = json.loads(result.stdout)
        for point in data["summary"]:
            assert point["text"] in text


def test_cjk_sentences_end_at_fullwidth_stops(tmp_path: Path) -> None:
    path = tmp_path / "cjk.txt"
    path.write_text(CASES["cjk"][0], encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(path), "-f", "json"])
    texts = [p["text"] for p in json.loads(result.stdout)["summary"]]
    assert "我们今天讨论预算。" in texts and "会议结束了。" in texts


def test_unexpected_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("briefing_cli.digest.build_digest", broken)
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)
    path = tmp_path / "t.txt"
    path.write_text("MR A: We act today on the budget.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: internal error (ZeroDivisionError")
    assert result.stderr.count("\n") == 1


def test_json_is_byte_identical_across_processes_and_hash_seeds() -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "news_article.txt"
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "briefing_cli", "summarize", str(sample),
                              "-f", "json"], capture_output=True, env=env, timeout=120,
                             check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_output_never_replaces_the_file_behind_stdin(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "news_article.txt"
    target = tmp_path / "in.txt"
    target.write_bytes(sample.read_bytes())
    with target.open("rb") as stdin:
        run = subprocess.run([sys.executable, "-m", "briefing_cli", "summarize", "-", "-o",
                              str(target)], stdin=stdin, capture_output=True, timeout=120)
    assert run.returncode == 1 and b"refusing to overwrite" in run.stderr
    assert target.read_bytes() == sample.read_bytes()


def test_output_files_follow_the_umask_and_keep_their_mode(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "news_article.txt"
    fresh = tmp_path / "fresh.md"
    old = os.umask(0o022)
    try:
        CliRunner().invoke(app, ["summarize", str(sample), "-o", str(fresh)])
    finally:
        os.umask(old)
    assert fresh.stat().st_mode & 0o777 == 0o644
    fresh.chmod(0o640)
    CliRunner().invoke(app, ["summarize", str(sample), "-o", str(fresh)])
    assert fresh.stat().st_mode & 0o777 == 0o640


def test_dash_output_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    sample = Path(__file__).resolve().parent.parent / "samples" / "news_article.txt"
    result = CliRunner().invoke(app, ["summarize", str(sample), "-o", "-", "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["schema"]
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("args", [["--speaker", ""], ["--max-bytes", "9" * 30]])
def test_empty_speaker_and_absurd_limits_are_usage_errors(args: list[str]) -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "news_article.txt"
    result = CliRunner().invoke(app, ["summarize", str(sample), *args])
    assert result.exit_code == 2 and result.stderr.startswith("error:")
