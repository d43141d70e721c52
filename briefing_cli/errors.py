"""Errors the core raises and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes: documented in README, relied on by scripts."""

    OK = 0
    ERROR = 1  # a problem with the input or the output
    USAGE = 2
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
    TERMINATED = 143  # SIGTERM, as shells report it (SIGHUP in `batch`: 129, 128 + 1 the same way)


class BriefingError(Exception):
    """An expected failure with a one-line message for the user."""

    status = ExitStatus.ERROR


class InputError(BriefingError):
    """The input cannot be read or holds nothing to summarize."""


class OutputError(BriefingError):
    """The output cannot be written."""


class UsageError(BriefingError):
    """The options contradict each other or name something unknown."""

    status = ExitStatus.USAGE


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived (raised by the handler `briefing batch` installs): stop like
    Ctrl-C; the exit status is the shell's for that signal (143, 129)."""

    def __init__(self, signum: int = 15) -> None:
        super().__init__(signum)
        self.status = 128 + signum
