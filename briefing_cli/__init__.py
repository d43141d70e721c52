"""briefing: who said what in a press briefing, as a verbatim per-speaker digest."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Resolved on first use: importlib.metadata costs ~30 ms of every start-up otherwise.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("briefing-cli")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module 'briefing_cli' has no attribute {name!r}")
