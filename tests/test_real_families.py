"""Layout families the fourth unseen check of real transcripts still missed (issue 10,
session 5): a lone caption dash after an unfinished line, ... Original text imitating
published layouts; the generated families are in tests/layoutgen.py (`LABEL_SHAPES`)."""

from __future__ import annotations

from helpers import parse_text, speaker_at


def test_a_lone_dash_opens_another_voice_even_after_an_unfinished_line() -> None:
    text = ("WEBVTT\n\n00:01.000 --> 00:03.000\n- Hi, I'm Ana Ruiz with Radio Eastmoor.\n"
            "What happens to the ferry levy and\n\n00:04.000 --> 00:06.000\n"
            "- It goes up in May.\n\n00:07.000 --> 00:09.000\n"
            "- and the harbour fees after the\n- Both, in May.\n")
    transcript = parse_text(text)
    assert [s.name for s in transcript.speakers] == ["Press"]
    assert speaker_at(transcript, "What happens") == "Press"
    assert speaker_at(transcript, "It goes up in May.") is None
    # a dialogue pair dashes both of its lines: the first may be the last voice going on
    text2 = text.replace("- It goes up in May.\n", "- the harbour fees?\n- Both go up.\n")
    transcript2 = parse_text(text2)
    assert speaker_at(transcript2, "the harbour fees?") == "Press"
    assert speaker_at(transcript2, "Both go up.") is None
