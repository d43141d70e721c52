"""briefing: who said what in a press briefing, as a verbatim per-speaker digest."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefing-cli")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
