"""Label and caption shapes real transcripts were still missing in session 6 (issue 10):
original text imitating those layouts, with gold; the generated families are the last rows
of `LABEL_SHAPES` in tests/layoutgen.py."""

from __future__ import annotations

from briefing_cli.models import Document, Transcript
from briefing_cli.transcript import parse


def _parse(text: str) -> Transcript:
    return parse(Document(name="t", text=text))


def _owner(transcript: Transcript, snippet: str) -> str | None:
    offset = transcript.document.text.index(snippet)
    names = {s.id: s.name for s in transcript.speakers}
    for turn in transcript.turns:
        if turn.start <= offset < turn.end:
            return names.get(turn.speaker) if turn.speaker else None
    return None


def _press(transcript: Transcript, snippet: str) -> bool:
    offset = transcript.document.text.index(snippet)
    kinds = {s.id: s.kind.value for s in transcript.speakers}
    return any(turn.start <= offset < turn.end and turn.speaker is not None
               and kinds[turn.speaker] == "press" for turn in transcript.turns)


def test_a_blog_note_under_a_digest_heading_is_no_ones() -> None:
    text = ("Interviewer: Where do you write? Is it at home? Keller: At the kitchen table, "
            "mostly in the mornings. … Continue reading Harbour Review: Bruno Keller\n"
            "Category: Harbour Review\n"
            "Harbour Review: Ana Ostrova\n"
            "Interviewer: Do you plan a story first? Ostrova: Never. I start with a voice and "
            "follow it. … Continue reading Harbour Review: Ana Ostrova\n"
            "Harbour Review: Celia Mbeki\n"
            "Autumn is the season of long novels, and Celia Mbeki is the one I keep going "
            "back to. If you have not read her yet, start with the early ones.\n"
            "Harbour Review: Dmitri Okafor\n"
            "Interviewer: Who reads your drafts? Okafor: My sister, and nobody else. She is "
            "merciless. … Continue reading Harbour Review: Dmitri Okafor\n")
    transcript = _parse(text)
    assert _owner(transcript, "Never. I start") == "Ana Ostrova"
    assert _owner(transcript, "Autumn is the season") is None
    assert _owner(transcript, "If you have not read") is None
    assert _owner(transcript, "My sister") == "Dmitri Okafor"
    assert _press(transcript, "Who reads your drafts?")
    assert not any(s.name == "Celia Mbeki" for s in transcript.speakers)
