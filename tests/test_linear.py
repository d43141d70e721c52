"""Reading a document into attributed turns grows linearly with the document.

Never timed (timing belongs in bench/speed.py): each case counts the function calls,
Python and built-in, that parsing a generated input of size N, 2N and 4N makes, and asks
that going from 2N to 4N costs at most about twice the calls that going from N to 2N cost
(for linear work exactly twice: what every input pays once cancels out). A loop over
every speaker for each speaker, or over the rest of a line for each name on it, makes
that ratio grow with N: at these sizes it was 2.3 to 2.8 before they were fixed. (Work hidden
inside one built-in call, such as slicing a whole line for every name on it, is not
counted; tests/test_review.py and the cases below with one long line guard those paths by
their outputs and bench/speed.py --hostile by time.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from briefing_cli.models import Document
from briefing_cli.transcript import parse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from speed import made_up_name  # noqa: E402

# Linear work doubles its increment when the input doubles; a little slack for a set that
# resizes or one more Punkt window.
GROWTH = 2.2


def calls(run: Callable[[], object]) -> int:
    """Function calls (Python and built-in) made while `run` runs."""
    count = 0

    def profiler(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profiler)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def distinct_speakers(n: int) -> str:
    return "".join(f"MR {made_up_name(i).upper()}: The budget for item {i} is ready today.\n\n"
                   for i in range(n))


def titled_speakers(n: int) -> str:
    # Title-case labels before lower-case words, and full names with roles in the text.
    return "".join(f"Ana {made_up_name(i)}: the budget for item {i} is ready.\n\n"
                   f"MS. {made_up_name(i).upper()}: Ana {made_up_name(i)}, Port Director, "
                   f"Eastbay Harbor Authority, agrees.\n\n" for i in range(n))


def shared_first_name(n: int) -> str:
    return "".join(f"JOHN {made_up_name(i).upper()}: Item {i} is ready.\n\n"
                   f"John {made_up_name(i)}, Deputy Director, Office of Works, agreed.\n\n"
                   for i in range(n))


def turns(n: int) -> str:
    return "".join(f"MR SMITH: Point {i} on the budget and the harbour plan.\n\n"
                   f"Q: Question {i} about trade?\n\n" for i in range(n // 2))


def blank_lines(n: int) -> str:
    return "\n" * n + "MR A: The only sentence here.\n"


def long_line_of_sentences(n: int) -> str:
    return "".join(f"We act {i}. " for i in range(n)) + "\n"


def flattened_distinct(n: int) -> str:
    # A transcript whose line breaks were lost: every label inside one line.
    return "Briefing transcript follows. " + "".join(
        f"Ana {made_up_name(i).upper()}, Deputy Spokesperson: Point {i} on the budget. "
        for i in range(n)) + "\n"


def flattened_turns(n: int) -> str:
    return "".join(f"MR {made_up_name(i % 20).upper()}: Point {i} on the budget. "
                   f"Q: Question {i} about trade? " for i in range(n // 2)) + "\n"


def slipped_labels(n: int) -> str:
    # Glued labels, colonless capitals labels, first names once, pull quotes, numbered
    # headings and question numbers (realcheck4's label families).
    return "Press Conference by Press Secretary Ana Keller\n\n" + "".join(
        f"MR {made_up_name(i).upper()}:Point {i} on the budget.\n\n"
        f"KELLER: Yes.\n\nKELLER To answer item {i}, we act.\n\n"
        f"{made_up_name(i).title()}: Sir, I am asking about item {i}?\n\n"
        f"Q{i + 1} Chairman: And the harbour?\n\n({i % 9 + 1}) Harbour Works\n\n"
        f"Press Secretary Ana Keller: \"The budget is sound.\"\n\n"
        for i in range(n))


def unlabelled_call(n: int) -> str:
    # No labels: speakers introduce themselves and hand over by first name (unlabelled.py).
    return "Results call\n\nGood day. All lines are in a listen-only mode. Please go ahead.\n\n" \
        + "".join(f"Thank you. I'm Ana {made_up_name(i)}, Director. Point {i} on the budget "
                  f"is ready. I'll now turn the call over to Ana.\n\n" for i in range(n))


def unfinished_long_lines(n: int) -> str:
    # No blank line, long lines that end no sentence: one paragraph for unlabelled.py.
    return "".join(f"the budget for item {i} " * 6 + "\n" for i in range(n))


CASES = {
    "distinct speakers": (distinct_speakers, 300),
    "title-case speakers with roles": (titled_speakers, 150),
    "many people sharing a first name": (shared_first_name, 150),
    "turns of two speakers": (turns, 400),
    "blank lines": (blank_lines, 4000),
    "one line of sentences": (long_line_of_sentences, 1500),
    "flattened, distinct speakers": (flattened_distinct, 300),
    "flattened, turns": (flattened_turns, 400),
    "slipped labels": (slipped_labels, 100),
    "unlabelled call": (unlabelled_call, 300),
    "unfinished long lines": (unfinished_long_lines, 400),
}


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Imports, NLTK's Punkt and compiled expressions are made once, outside the counts."""
    for make, n in CASES.values():
        parse(Document(name="warm", text=make(n // 10 or 1)))


def grows_linearly(counts: list[int]) -> bool:
    """Calls for N, 2N and 4N: the second increment at most about twice the first."""
    return counts[2] - counts[1] <= GROWTH * (counts[1] - counts[0])


@pytest.mark.parametrize("case", list(CASES))
def test_parsing_grows_linearly(case: str) -> None:
    make, n = CASES[case]
    counts = [calls(lambda k=k: parse(Document(name="n", text=make(k * n)))) for k in (1, 2, 4)]
    assert grows_linearly(counts), f"{case}: calls for N, 2N, 4N: {counts}"


def test_speakers_and_turns_come_back_at_scale() -> None:
    """What the counted cases parse into: every distinct speaker, every turn."""
    transcript = parse(Document(name="n", text=distinct_speakers(600)))
    assert len(transcript.speakers) == len(transcript.turns) >= 599
    transcript = parse(Document(name="n", text=flattened_distinct(300)))
    assert len(transcript.speakers) == 300
    assert {s.role for s in transcript.speakers} == {"Deputy Spokesperson"}
    transcript = parse(Document(name="n", text=shared_first_name(150)))
    assert len(transcript.speakers) == 150
    assert all(s.name.startswith("John ") for s in transcript.speakers)


def test_furniture_filter_grows_linearly() -> None:
    from briefing_cli.furniture import furniture

    counts = []
    for n in (400, 800, 1600):
        transcript = parse(Document(name="n", text=turns(n)))
        sentences = [s for turn in transcript.turns for s in turn.sentences]
        counts.append(calls(lambda t=transcript, s=sentences: furniture(t, s)))
    assert grows_linearly(counts), counts


def test_the_measure_tells_quadratic_from_linear() -> None:
    """The check itself: a loop over all earlier items for each item fails it."""
    def quadratic(n: int) -> None:
        seen: list[int] = []
        for i in range(n):
            any(j == i for j in seen)  # one call per item, one generator step per pair
            seen.append(i)

    def linear(n: int) -> None:
        seen: set[int] = set()
        for i in range(n):
            seen.add(i)

    assert not grows_linearly([calls(lambda k=k: quadratic(k * 50)) for k in (1, 2, 4)])
    assert grows_linearly([calls(lambda k=k: linear(k * 50)) for k in (1, 2, 4)])
