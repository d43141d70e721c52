"""Regression tests for the second hostile review (issue 14): one section per item."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefing_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SMALL = (
    "MR SMITH: Good afternoon. I have one announcement today. The minister will travel "
    "to Lisbon next week.\n\n"
    "QUESTION: Will she meet the delegation? And when?\n\n"
    "MR SMITH: I have no meetings to announce. Talks continue at the technical level.\n"
)


def briefing(*args: str | bytes, stdin: Any = None, env: dict[str, str] | None = None,
             input: bytes | None = None, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    """Run the real command in a process (for descriptors, devices and signals)."""
    return subprocess.run([sys.executable, "-m", "briefing_cli", *args], stdin=stdin,
                          input=input, capture_output=True, timeout=120,
                          env={**os.environ, **(env or {})}, **kwargs)


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


def limits_section() -> str:
    return README.split("## Limits and errors", 1)[1].split("\n## ", 1)[0]


# --- 1. -o onto a device, FIFO or symlink --------------------------------------------------


# These tests never let an unfixed writer rename anything over a real device: it runs as
# root on some machines, and the old code replaced /dev/null itself.


@pytest.fixture
def no_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_cli import output

    def refuse(src: str, dst: str) -> None:
        raise AssertionError(f"renamed over {dst}")

    monkeypatch.setattr(output.os, "replace", refuse)


@pytest.mark.usefixtures("no_rename")
def test_output_to_a_character_device_writes_through() -> None:
    from briefing_cli.output import write_atomic

    write_atomic(Path("/dev/null"), "digest\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.usefixtures("no_rename")
def test_output_to_dev_stdout_goes_to_standard_output(capfd: pytest.CaptureFixture[str]
                                                      ) -> None:
    from briefing_cli.output import write_atomic

    write_atomic(Path("/dev/stdout"), "digest one\n")
    assert capfd.readouterr().out == "digest one\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_output_to_a_fifo_writes_into_it(small: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = briefing("summarize", str(small), "-o", str(fifo), "-f", "json")
    reader.join(timeout=30)
    assert run.returncode == 0, run.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received and json.loads(received[0])["schema"]


def test_output_through_a_symlink_replaces_the_target_not_the_link(
        small: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    result = CliRunner().invoke(app, ["summarize", str(small), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("# Briefing digest")


# --- 2. the stdin promise ------------------------------------------------------------------


def test_redirected_stdin_is_protected_through_a_symlink(small: Path, tmp_path: Path) -> None:
    link = tmp_path / "alias.txt"
    link.symlink_to(small)
    with small.open("rb") as stdin:
        run = briefing("summarize", "-o", str(link), stdin=stdin)
    assert run.returncode == 1 and b"refusing to overwrite" in run.stderr
    assert small.read_text(encoding="utf-8") == SMALL and link.is_symlink()


def test_readme_says_exactly_which_stdin_is_protected() -> None:
    limits = limits_section()
    assert "`< FILE`" in limits
    assert "`cat FILE" in limits and "cannot be detected" in limits
