"""Shared fixtures for the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples"
SEED = REPO_ROOT.parent / "shared" / "seeds" / "000_b4fc89ae78c9ff3c.txt"

# Property tests check behaviour, never time: a first call that loads NLTK or compiles the
# layouts' expressions on a busy CI machine must not fail a 200 ms example deadline; and the
# examples are the same on every run, so CI and a developer see the same result.
settings.register_profile("briefing", deadline=None, derandomize=True)
settings.load_profile("briefing")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"seed transcript not present: {SEED}")
    return SEED
