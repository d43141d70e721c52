"""briefing: who said what in a press briefing, as a verbatim per-speaker digest."""

# The release, as pyproject.toml gives it (tests/test_startup.py keeps the two in step):
# reading it from the installed metadata (importlib.metadata) cost ~30 ms of `--version`.
__version__ = "0.1.0"
