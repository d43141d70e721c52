"""`python -m briefing_cli`."""

from briefing_cli.cli import run

if __name__ == "__main__":
    run()
