"""`python -m briefing_cli`."""

from briefing_cli.cli import main

if __name__ == "__main__":
    main()
