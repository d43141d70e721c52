"""The unit a digest shows is a whole sentence of the input, credited to who said it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import decoded
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli import nlp
from briefing_cli.digest import build_digest
from briefing_cli.models import Digest, Document, KeyPoint, Transcript
from briefing_cli.rank import get_ranker
from briefing_cli.transcript import TRANSCRIPT_LAYOUTS, parse
from briefing_cli.wholesentences import trim_marks

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted(
    [p for p in (ROOT / "tests" / "fixtures").iterdir() if not p.name.endswith(".json")]
    + list((ROOT / "samples").iterdir()))
MARKS = "\"'“”„«»‘’`"


def _digest(text: str, **options: object) -> Digest:
    return build_digest(parse(Document("t.txt", text)), get_ranker("lexrank"),
                        **options)  # type: ignore[arg-type]


def _points(digest: Digest) -> list[KeyPoint]:
    return [*digest.summary, *(p for s in digest.speakers for p in s.points)]


def _boundaries(transcript: Transcript) -> tuple[set[int], set[int]]:
    """Sentence starts and ends of the input, independently of the digest's own splitting.

    Transcripts: the sentences of each turn (its label excluded). News and prose: the
    sentences of each block of lines that hold attributed text (marker lines such as
    `Quote`, furniture and blank lines end a block).
    """
    text = transcript.document.text
    regions: list[tuple[int, int]] = []
    if transcript.layout in TRANSCRIPT_LAYOUTS:
        regions = [(t.start, t.end) for t in transcript.turns]
    else:
        block: tuple[int, int] | None = None
        for s, e in nlp.line_spans(text):
            held = any(min(e, t.end) > max(s, t.start) for t in transcript.turns)
            if held:
                block = (block[0], e) if block else (s, e)
            elif block:
                regions.append(block)
                block = None
        if block:
            regions.append(block)
    starts, ends = set(), set()
    for start, end in regions:
        for s, e in nlp.sentence_spans(text, start, end):
            starts.add(_skip(text, s, +1))
            ends.add(_skip(text, e, -1))
    return starts, ends


def _skip(text: str, offset: int, step: int) -> int:
    """Move over quotation marks and spaces (a shown sentence may drop an unbalanced mark)."""
    if step > 0:
        while offset < len(text) and (text[offset] in MARKS or text[offset].isspace()):
            offset += 1
    else:
        while offset > 0 and (text[offset - 1] in MARKS or text[offset - 1].isspace()):
            offset -= 1
    return offset


def assert_whole_sentences(digest: Digest) -> None:
    document = digest.transcript.document
    starts, ends = _boundaries(digest.transcript)
    for point in _points(digest):
        sentence = point.sentence
        assert document.text[sentence.start:sentence.end] == sentence.text
        assert document.line_of(sentence.start) == sentence.line
        assert _skip(document.text, sentence.start, +1) in starts, sentence.text
        assert _skip(document.text, sentence.end, -1) in ends, sentence.text
        assert sentence.text[0] not in "”»" and sentence.text[-1] not in "“„«", sentence.text


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_every_point_of_every_fixture_is_a_whole_sentence(path: Path) -> None:
    digest = _digest(decoded(path.read_bytes()), sentences=8, per_speaker=5)
    assert _points(digest)
    assert_whole_sentences(digest)


SEEDISH = (
    'The ministry told reporters that the accord is "entirely different" than the last one '
    "amid questions over its cost\n"
    "Officials have asked for more support after a week of talks\n"
    "Spokesperson Dana Voss, who fielded questions on Tuesday, said,\n"
    "Quote\n"
    '"We have an entirely different relationship with the port authority, in that our '
    'partnership goes back decades"\n'
    "Voss also highlighted the promise to not put crews in a \"combat role\" and that\n"
    "Quote\n"
    "in order to send ships \"to be in the harbour\" the fleet would need an order\n"
    "Asked why, the deputy minister Ana Ruiz said,\n"
    "Quote\n"
    '”these are "two very different harbours and fleets"\n'
)


def test_a_quote_inside_a_sentence_is_shown_in_its_whole_sentence() -> None:
    digest = _digest(SEEDISH, sentences=8, per_speaker=5)
    texts = {p.sentence.text for p in _points(digest)}
    assert any(t.startswith("The ministry told reporters that the accord is \"entirely different\"")
               for t in texts)
    assert "entirely different" not in texts
    assert all(len(t.split()) >= 3 for t in texts)
    assert_whole_sentences(digest)
    # A sentence holding a quotation is credited to the quoted speaker, not to narration.
    ministry = next(p for p in digest.summary if p.sentence.text.startswith("The ministry"))
    assert ministry.speaker is not None


def test_unbalanced_marks_at_the_edges_are_trimmed() -> None:
    for raw, shown in [('”these are "two fleets"', 'these are "two fleets"'),
                       ('"We will go.', "We will go."),
                       ('We will win."', "We will win."),
                       ('He said "we will go" today.', 'He said "we will go" today.'),
                       ("«Every year counts,» she said.", "«Every year counts,» she said."),
                       ("the States’", "the States’")]:
        start, end = trim_marks(raw, 0, len(raw))
        assert raw[start:end] == shown


# --- generated news ----------------------------------------------------------------------------

NAMES = ["Dana Voss", "Ana Ruiz", "Tom Hale", "Mira Sand"]
WORDS = ["talks", "harbour", "budget", "strike", "crews", "offer", "ministry", "border",
         "deal", "fleet", "union", "council", "schedule", "report"]


@st.composite
def _clause(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=9))
    return "the " + " ".join(words)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(NAMES))
    a, b = draw(_clause()), draw(_clause())
    kind = draw(st.integers(0, 6))
    open_, close = draw(st.sampled_from([('"', '"'), ("“", "”"), ("«", "»")]))
    if kind == 0:
        return f"{a.capitalize()} went on past {b}."
    if kind == 1:
        return f"{open_}{a.capitalize()} is ready,{close} {name} said."
    if kind == 2:
        return f"{name} said the {a} was {open_}{b}{close} on Monday."
    if kind == 3:
        return f"{open_}{a.capitalize()} stays. {b.capitalize()} goes.{close}"
    if kind == 4:
        return f"{name} told reporters: {open_}{a.capitalize()} will hold.{close}"
    if kind == 5:
        return f"{open_}{a.capitalize()},{close} {name} said, {open_}{b} will wait.{close}"
    return f"{name} said that {a} would follow {b}."


@st.composite
def news(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(st.lists(_sentence(), min_size=1, max_size=3),
                               min_size=2, max_size=6))
    title = draw(_clause()).capitalize()
    return title + "\n\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


@settings(max_examples=40, deadline=None)
@given(text=news())
def test_generated_news_points_are_whole_sentences(text: str) -> None:
    digest = _digest(text, sentences=6, per_speaker=4)
    assert_whole_sentences(digest)
    for point in _points(digest):  # no stray mark: every quotation shown is closed
        shown = point.sentence.text
        assert shown.count('"') % 2 == 0, shown
        assert shown.count("“") == shown.count("”") and shown.count("«") == shown.count("»")


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_key_terms_occur_in_the_speakers_own_sentences(path: Path) -> None:
    import re

    from briefing_cli import wordclass
    from briefing_cli.wholesentences import whole_sentences

    digest = _digest(decoded(path.read_bytes()))
    transcript = digest.transcript
    shown = whole_sentences(transcript, split=transcript.layout not in TRANSCRIPT_LAYOUTS)
    for speaker in digest.speakers:
        said = " \n ".join(s.text for s in shown
                           if transcript.turns[s.turn].speaker == speaker.speaker.id)
        for term in speaker.key_terms:
            pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in term.split()) + r"(?!\w)"
            assert re.search(pattern, said, re.IGNORECASE), (speaker.speaker.name, term)
            if " " not in term:
                assert not wordclass.is_number(term) and term.lower() not in wordclass.ADJECTIVES
