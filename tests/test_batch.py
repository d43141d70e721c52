"""`briefing batch`: one digest per transcript plus an index, in parallel, resumable."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def _batch(*args: str, status: int = 0) -> CliRunner:
    cwd = os.getcwd()
    os.chdir(ROOT)  # inputs given relative to the project, as a user in it would
    try:
        result = CliRunner().invoke(app, ["batch", *args])
    finally:
        os.chdir(cwd)
    assert result.exit_code == status, result.output
    return result


def test_samples_index_golden(tmp_path: Path) -> None:
    _batch("samples", "-o", str(tmp_path), "--jobs", "1")
    index = (tmp_path / "index.md").read_text(encoding="utf-8")
    path = GOLDEN / "batch_samples_index.md"
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_text(index, encoding="utf-8")
    assert index == path.read_text(encoding="utf-8")
    outputs = sorted(p.name for p in tmp_path.glob("*.md") if p.name != "index.md")
    assert outputs == sorted(p.stem + ".md" for p in (ROOT / "samples").glob("*.txt"))


def test_parallel_gives_the_same_index(tmp_path: Path) -> None:
    _batch("samples", "-o", str(tmp_path / "one"), "--jobs", "1", "-f", "json")
    _batch("samples", "-o", str(tmp_path / "two"), "--jobs", "2", "-f", "json")
    one = (tmp_path / "one" / "index.json").read_text(encoding="utf-8")
    assert one == (tmp_path / "two" / "index.json").read_text(encoding="utf-8")
    data = json.loads(one)
    assert data["schema"] == "briefing.index/1" and not data["failed"]
    digest = json.loads((tmp_path / "two" / "news_article.json").read_text(encoding="utf-8"))
    assert digest["schema"] == "briefing.digest/1"


def test_broken_file_is_skipped_and_reported(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(ROOT / "samples" / "news_article.txt", archive / "good.txt")
    (archive / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    out = tmp_path / "out"
    result = _batch(str(archive), "-o", str(out), status=1)
    assert "warning: skipped" in result.stderr and "broken.txt" in result.stderr
    assert "Traceback" not in result.output
    data = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert [Path(e["file"]).name for e in data["transcripts"]] == ["good.txt"]
    assert [Path(f["file"]).name for f in data["failed"]] == ["broken.txt"]
    assert "Could not be read" in (out / "index.md").read_text(encoding="utf-8")


def test_skip_existing_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _batch("samples", "-o", str(out), "--jobs", "1")
    first = out / "news_article.md"
    first.write_text("kept from the first run\n", encoding="utf-8")
    result = _batch("samples", "-o", str(out), "--skip-existing")
    assert "0 new" in result.stderr
    assert first.read_text(encoding="utf-8") == "kept from the first run\n"
    assert "news\\_article.txt" in (out / "index.md").read_text(encoding="utf-8")


def test_glob_input(tmp_path: Path) -> None:
    _batch("samples/state_department_*.txt", "-o", str(tmp_path), "--jobs", "1")
    data = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert len(data["transcripts"]) == 2
    assert [e["date"] for e in data["transcripts"]] == ["March 12, 2026", "March 13, 2026"]


@pytest.mark.parametrize("make", ["empty-dir", "missing", "file"])
def test_nothing_to_do_is_a_clear_error(tmp_path: Path, make: str) -> None:
    target = tmp_path / "in"
    if make == "empty-dir":
        target.mkdir()
    elif make == "file":
        target.write_text("MR A: hello.\n", encoding="utf-8")
    result = _batch(str(target), "-o", str(tmp_path / "out"), status=1)
    assert result.stderr.startswith("error:") and result.stderr.count("\n") == 1


def test_output_folder_inside_the_input_folder_is_not_read_back(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(ROOT / "samples" / "news_article.txt", archive / "news.txt")
    out = archive / "digests"
    _batch(str(archive), "-o", str(out))
    result = _batch(str(archive), "-o", str(out))
    assert "1 digests" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["index.json", "index.md", "news.md"]


def test_colliding_output_names_are_kept_apart(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "a").mkdir(parents=True)
    shutil.copy(ROOT / "samples" / "news_article.txt", archive / "a" / "b.txt")
    shutil.copy(ROOT / "samples" / "white_house_briefing.txt", archive / "a__b.txt")
    shutil.copy(ROOT / "samples" / "news_article.txt", archive / "index.txt")
    out = tmp_path / "out"
    _batch(str(archive), "-o", str(out))
    names = sorted(p.name for p in out.iterdir())
    assert names == ["a__b-2.md", "a__b.md", "index-2.md", "index.json", "index.md"]
    data = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert len({e["output"] for e in data["transcripts"]}) == 3


def test_a_file_we_did_not_write_is_never_overwritten(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "sub").mkdir(parents=True)
    shutil.copy(ROOT / "samples" / "white_house_briefing.txt", archive / "brief.txt")
    notes = archive / "sub" / "brief.md"
    notes.write_text("MY PRECIOUS NOTES\n", encoding="utf-8")
    result = _batch(str(archive), "-o", str(archive / "sub"), status=1)
    assert notes.read_text(encoding="utf-8") == "MY PRECIOUS NOTES\n"
    assert "not overwritten" in result.stderr


def test_skip_existing_keeps_only_digests_of_the_same_file(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(ROOT / "samples" / "white_house_briefing.txt", archive / "a__b.txt")
    out = tmp_path / "out"
    _batch(str(archive), "-o", str(out))
    (archive / "a").mkdir()
    shutil.copy(ROOT / "samples" / "news_article.txt", archive / "a" / "b.txt")
    result = _batch(str(archive), "-o", str(out), "--skip-existing")
    assert "1 kept" in result.stderr or "2 new" in result.stderr
    data = json.loads((out / "index.json").read_text(encoding="utf-8"))
    files = sorted(Path(e["file"]).name for e in data["transcripts"])
    assert files == ["a__b.txt", "b.txt"]


def test_resume_from_a_partial_index(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _batch("samples", "-o", str(out), "--jobs", "1")
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    index["transcripts"] = index["transcripts"][:2]  # as a checkpoint mid-run leaves it
    (out / "index.json").write_text(json.dumps(index), encoding="utf-8")
    result = _batch("samples", "-o", str(out), "--skip-existing")
    assert "2 kept" in result.stderr
    data = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert len(data["transcripts"]) == len(list((ROOT / "samples").glob("*.txt")))


def test_no_inputs_leaves_no_output_folder(tmp_path: Path) -> None:
    _batch(str(tmp_path / "nothing" / "*.txt"), "-o", str(tmp_path / "out"), status=1)
    assert not (tmp_path / "out").exists()


def test_a_bare_glob_takes_transcripts_only(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(ROOT / "samples" / "news_article.txt", archive / "news.txt")
    (archive / "photo.bin").write_bytes(b"\x00binary\x00")
    _batch(str(archive / "*"), "-o", str(tmp_path / "out"))
    shutil.copy(ROOT / "samples" / "news_article.txt", archive / "notes.log")
    _batch(str(archive / "*.log"), "-o", str(tmp_path / "logs"))
    assert (tmp_path / "logs" / "notes.md").exists()
