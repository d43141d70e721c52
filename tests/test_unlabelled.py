"""Documents with no speaker labels whose text says who speaks (issue 10, session 6): a call
whose speakers introduce themselves and hand over by name, remarks under a press release's
intro, statements named after them; and the documents that must stay prose or news.
Original text imitating those layouts; the generated families are in tests/layoutgen.py
(`self_intro_call`, `release_remarks`, `trailing_names`)."""

from __future__ import annotations

import random

import pytest
from helpers import parse_text as _parse
from helpers import speaker_at as _owner
from layoutgen import LABEL_SHAPES, score, synthetic_turns

from briefing_cli.models import Transcript


def _nobody(transcript: Transcript) -> bool:
    return all(turn.speaker is None for turn in transcript.turns)


@pytest.mark.parametrize("family", ["self_intro_call", "release_remarks", "trailing_names"])
def test_generated_families_come_back(family: str) -> None:
    right = total = 0
    for seed in range(6):
        rng = random.Random(f"{family}-{seed}")
        rendered = LABEL_SHAPES[family](synthetic_turns(rng, 24, speakers=3), rng)
        result = score(rendered, _parse(rendered.text))
        right, total = right + result.right, total + result.turns
        assert result.furniture_leaked == 0
    assert right >= 0.9 * total


_CALL = ("Larch Capital Q1 2031 Results Call\n\n"
         "Good day, ladies and gentlemen. All lines are in a listen-only mode. I would now "
         "like to turn the conference over to your host, Nell Brightwater. Please go ahead.\n\n"
         "Thank you. Good morning, everyone. I'm Nell Brightwater, Chief Executive Officer. "
         "With me is Amos Tereshko, our Chief Financial Officer. We had a solid quarter, and "
         "the new branches opened on time. I'll now turn the call over to Amos.\n\n"
         "Thanks, Nell. Deposits grew four percent in the quarter. Loan losses stayed low.\n\n"
         "Our costs were flat, and we kept the dividend where it was.\n")


def test_a_call_without_names_follows_introductions_and_hand_overs() -> None:
    transcript = _parse(_CALL)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "All lines are in") == "Operator"
    assert _owner(transcript, "We had a solid quarter") == "Nell Brightwater"
    assert _owner(transcript, "Deposits grew") == "Amos Tereshko"
    assert _owner(transcript, "Our costs were flat") == "Amos Tereshko"  # the turn goes on
    assert _owner(transcript, "Larch Capital Q1") is None


def test_a_thank_you_that_nobody_was_named_for_credits_no_one() -> None:
    text = _CALL.replace("I'll now turn the call over to Amos.", "That is all from me.")
    transcript = _parse(text)
    assert _owner(transcript, "Deposits grew") is None  # who took the floor is not said


def test_a_quoted_self_introduction_in_a_story_adds_no_speaker() -> None:
    text = ("The mill reopened on Monday after a long dispute.\n\n"
            "\"I'm Osric Pellham, and I run this place,\" the owner told the crowd. Thank "
            "you, he added, to the workers who stayed.\n\n"
            "Thanks, everyone, said a union official. \"This is Teodora Vance, and I speak "
            "for the night shift.\"\n\n"
            "The company will publish its results in August.\n")
    transcript = _parse(text)
    assert transcript.layout in ("news", "prose")
    assert "Osric Pellham" not in {s.name for s in transcript.speakers} or \
        _owner(transcript, "The company will publish") is None


_RELEASE = ("Press Release\n\nMarch 2, 2031\n\n"
            "Mayor Ines Carrow today opened the new ferry terminal in Port Ellery, joined by "
            "harbour staff and local businesses.\n\n"
            "{greeting}the terminal took three years to build, and I am proud of every "
            "person who worked on it.\n\n"
            "We will run the first crossing at six tomorrow morning, and our fares stay "
            "the same for the rest of the year.\n\n"
            "I want to thank the harbour staff, who kept the old pier running while we "
            "built the new one.\n\n###\n")


def test_remarks_under_a_release_are_the_official_s_monologue() -> None:
    transcript = _parse(_RELEASE.format(greeting="Good morning, everyone. Well, "))
    assert transcript.layout == "monologue"
    assert _owner(transcript, "took three years") == "Ines Carrow"
    assert _owner(transcript, "I want to thank") == "Ines Carrow"
    assert _owner(transcript, "today opened the new") is None
    assert {s.name: s.role for s in transcript.speakers}["Ines Carrow"] == "Mayor"



def test_a_breadcrumb_over_the_release_is_no_part_of_the_title() -> None:
    """`Home > News > Releases` above the intro: the title is the intro's own (`Mayor`)."""
    release = _RELEASE.format(greeting="Good morning. ")
    text = "Home > News > Press Releases\n\n" + release[release.index("Mayor"):]
    transcript = _parse(text)
    assert _owner(transcript, "took three years") == "Ines Carrow"
    assert {s.name: s.role for s in transcript.speakers}["Ines Carrow"] == "Mayor"

def test_first_person_prose_without_a_greeting_stays_prose() -> None:
    """An op-ed under a standfirst naming an official: no greeting opens a speech."""
    transcript = _parse(_RELEASE.format(greeting="In my view, "))
    assert _nobody(transcript)


def test_statements_named_after_them_with_roles() -> None:
    text = ("Quotations\n\n"
            "The levy pays for the barrier, and the barrier protects every home on the "
            "river.\n\n— Ana Ferrante, Minister of Housing\n\n"
            "We asked for the audit because the figures did not add up last spring.\n\n"
            "— Bruno Okonkwo, Chair of the Transport Committee\n\n"
            "Nobody in this town wants the ferry to stop running in winter.\n\n"
            "— Ana Ferrante, Minister of Housing\n")
    transcript = _parse(text)
    assert _owner(transcript, "The levy pays") == "Ana Ferrante"
    assert _owner(transcript, "We asked for the audit") == "Bruno Okonkwo"
    assert _owner(transcript, "Nobody in this town") == "Ana Ferrante"
    assert _owner(transcript, "— Bruno Okonkwo") is None
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Bruno Okonkwo"] == "Chair of the Transport Committee"


def test_a_single_signature_under_a_letter_stays_prose() -> None:
    text = ("Dear editor,\n\nThe new bus timetable leaves our village without a service after "
            "six in the evening, and nobody asked us.\n\nI hope the council will think again "
            "before the winter.\n\nMargit Ellison\n")
    assert _nobody(_parse(text))


def test_names_over_speech_stay_headings() -> None:
    """A name line above each speech, and speech after the last name: the headed reading."""
    text = ("Council meeting, 4 March\n\nAna Ferrante\n\nThe levy pays for the barrier, and "
            "the barrier protects every home.\n\nBruno Okonkwo\n\nWe asked for the audit "
            "because the figures did not add up.\n\nAna Ferrante\n\nNobody wants the ferry "
            "to stop running in winter.\n")
    transcript = _parse(text)
    assert _owner(transcript, "We asked for the audit") != "Ana Ferrante"


def test_a_blog_title_s_event_words_are_no_part_of_a_name() -> None:
    text = ("Mayor Ana Ferrante Impromptu Presser Departing City Hall – [Video and Transcript]\n\n"
            "[Transcript] – THE MAYOR: Hello, everybody. The harbour works start on Monday.\n\n"
            "Q Mayor, will the ferry keep running?\n\n"
            "THE MAYOR: The ferry keeps running, yes.\n")
    names = [s.name for s in _parse(text).speakers]
    assert not any("Impromptu" in name or "Presser" in name for name in names)
    assert any(name in ("Ana Ferrante", "Mayor", "The Mayor") for name in names), names


def test_a_statement_s_opening_words_are_not_taken_for_context() -> None:
    text = "Results 1-3 of 3\n\n" + "".join(
        f"Thank you Madam Speaker, the ferry timetable number {i} is now settled for the "
        f"winter.\n\nMarch {i + 2}, 2031\n\n— Ana Ferrante, Minister of Housing\n\n"
        for i in range(3))
    transcript = _parse(text)
    assert _owner(transcript, "Thank you Madam Speaker, the ferry timetable number 1") == \
        "Ana Ferrante"
