"""The CLI's list of layouts (kept import-free for start-up) matches the parsers'."""

from briefing_cli.cli import LAYOUT_NAMES
from briefing_cli.transcript import LAYOUTS


def test_cli_names_every_layout() -> None:
    assert tuple(LAYOUT_NAMES) == tuple(LAYOUTS)
