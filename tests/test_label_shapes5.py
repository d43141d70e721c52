"""Label shapes a fifth unseen check found on real transcripts (issue 10, session 5): noise
around labels, broadcast credits, one-word labels before lower-case speech, a lone label
with a name particle, and a parliament synopsis's `..., said:` labels. Original text
imitating those layouts; the generated families are in tests/layoutgen.py (`LABEL_SHAPES`)."""

from __future__ import annotations

import pytest
from helpers import parse_text as _parse
from helpers import press_at as _press
from helpers import speaker_at as _owner

from briefing_cli.models import Document
from briefing_cli.transcript import labelled


def test_a_bracketed_tag_and_a_dash_before_the_first_label() -> None:
    text = ("Remarks on Leaving City Hall – [Video and Transcript]\n\n"
            "[Transcript] – THE MAYOR: Hello, everybody. The harbour works start on Monday.\n\n"
            "We expect them to finish before the winter.\n\n"
            "Q Mayor, will the ferry keep running?\n\n"
            "THE MAYOR: The ferry keeps running, yes.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Hello, everybody.") == _owner(transcript, "The ferry keeps")
    assert _owner(transcript, "We expect them") == _owner(transcript, "Hello, everybody.")
    assert _owner(transcript, "Hello, everybody.") is not None
    assert _press(transcript, "will the ferry")


@pytest.mark.parametrize("elision", [". . . ", "... ", "… "])
def test_an_elision_before_a_label_keeps_the_label(elision: str) -> None:
    text = ("KELLER: The levy was agreed in March.\n\n"
            "MORENO: And the barrier?\n\n"
            "KELLER: The barrier is late.\n\n"
            f"{elision}MORENO: Why is it late?\n\n"
            "KELLER: The steel came late.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Why is it late?") == "Moreno"
    assert _owner(transcript, "The steel came late.") == "Keller"


def test_a_space_moved_before_a_glued_colon() -> None:
    text = ("Partial transcript as follows:\n"
            "TODARO: Will reporters still work in the building every day?\n"
            "KELLER :Well, look, first of all, let me explain the plan.\n"
            "TODARO: So nothing changes?\n"
            "KELLER: Nothing changes for now.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Well, look, first") == "Keller"
    assert "Keller :Well" not in {s.name for s in transcript.speakers}


def test_an_announcer_used_once_after_a_segment_marker() -> None:
    text = ("Ana Ruiz: Good evening. I'm Ana Ruiz, and tonight a conversation about water.\n\n"
            "We're glad you've joined us.\n\n"
            "[Sponsor Ad]\n\n"
            "Announcer: Support for this program comes from listeners like you.\n\n"
            "Ana: Bruno Keller has covered the drought for ten years.\n\n"
            "Bruno Keller: It's good to be here, Ana.\n\n"
            "Ana: Where does the water go?\n")
    transcript = _parse(text)
    assert _owner(transcript, "Support for this program") == "Announcer"
    assert _owner(transcript, "Bruno Keller has covered") == "Ana Ruiz"


def test_long_credits_are_two_people_never_merged() -> None:
    text = ("TRANSCRIPT\n\nMarch 4, 2027\n\nEastbay Transcripts, Inc.\n\n"
            "Copyright 2027 Eastbay Transcripts, Inc.\n\n"
            "SPEAKERS: ANA RUIZ, HOST\n\nBRUNO KELLER, VICE PRESIDENT-ELECT\n\n"
            "CELIA MBEKI, PRESIDENT-ELECT\n\n"
            "ANNOUNCER: Starting now on the program.\n\n"
            "(BEGIN VIDEO CLIP)\n\n"
            "BRUNO KELLER, VICE PRESIDENT-ELECT: Thank you for electing us.\n\n"
            "(END VIDEO CLIP)\n\n"
            "ANNOUNCER: This morning, one on one with the new team.\n\n"
            "(BEGIN VIDEO CLIP)\n\n"
            "CELIA MBEKI (R), PRESIDENT-ELECT: We will start on day one.\n\n"
            "(END VIDEO CLIP)\n\n"
            "MBEKI: It is going to be a busy year.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Thank you for electing") == "Bruno Keller"
    assert _owner(transcript, "We will start on day one") == "Celia Mbeki"
    assert _owner(transcript, "It is going to be") == "Celia Mbeki"
    assert _owner(transcript, "Starting now") == "Announcer"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Bruno Keller"] == "Vice President-Elect"
    assert roles["Celia Mbeki"] == "President-Elect"


def test_a_year_led_role_after_a_party_note_and_a_one_line_first_turn() -> None:
    text = ("[09:00:03] ANA RUIZ, HOST: I'm Ana Ruiz. Welcome to the program.\n\n"
            "Senator, thank you so much for your time.\n\n"
            "SEN. BRUNO KELLER (R-SC), 2028 PRESIDENTIAL CANDIDATE: Thank you.\n\n"
            "RUIZ: Senator, let's talk about the race.\n\n"
            "KELLER: Well, I'm the only one from the coast.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Thank you.") == "Bruno Keller"
    assert _owner(transcript, "Well, I'm the only") == "Bruno Keller"
    assert _owner(transcript, "Senator, thank you so much") == "Ana Ruiz"


def test_one_word_labels_before_lower_case_speech() -> None:
    text = ("The Weekly Recap – May 3, 2027\n\n"
            "Marsh: OK it's calm in\n\nRiverton tonight\n\n"
            "Marsh: there was a game\n\nwith no fans at all\n\n"
            "Ferrell: it's mostly quiet here\n\nbut at night it's different\n\n"
            "Marsh: a hot time in the city\n\n"
            "Ferrell: then the council said\n\nit would cut the buses\n\n"
            "Marsh: oh no\n\n"
            "Ferrell: riders say it worked\n\n"
            "Guard: we don't close that many stations!\n\n"
            "Marsh: thanks for coming\n")
    transcript = _parse(text)
    assert _owner(transcript, "it's mostly quiet here") == "Ferrell"
    assert _owner(transcript, "it would cut the buses") == "Ferrell"
    assert _owner(transcript, "we don't close") == "Guard"
    assert _owner(transcript, "oh no") == "Marsh"


def test_wholly_lower_case_script_labels_alternate() -> None:
    text = ("Recap of the week\n\n"
            "Marsh: so the council met again\n\nand nobody came\n\n"
            "Ferrell: the bus routes are late\n\nagain this week\n\n"
            "Marsh: of course they are\n\n"
            "Ferrell: we asked for a new timetable\n\n"
            "Marsh: and what did they say\n\n"
            "Ferrell: they said next month\n\n"
            "Voter: nobody told me anything\n\n"
            "Marsh: thanks for coming\n")
    transcript = _parse(text)
    assert _owner(transcript, "and nobody came") == "Marsh"
    assert _owner(transcript, "again this week") == "Ferrell"
    assert _owner(transcript, "nobody told me") == "Voter"


def test_one_dateline_before_lower_case_words_stays_narration() -> None:
    text = ("RIVERTON: the council met on Tuesday to debate the levy.\n\n"
            "Members said the barrier was late and the steel had cost more than planned.\n\n"
            "The vote is next week.\n")
    transcript = _parse(text)
    assert not transcript.speakers


def test_a_lone_label_with_a_name_particle_and_stage_lines() -> None:
    text = ("Secondary Navigation\n\n"
            "Transcript: Keller Administration Announces Flood Relief Plan\n\n"
            "April 9, 2027\n\n"
            "Mayor Ana de Keller: Good morning, everybody. I have sad news to share first.\n\n"
            "[Moment of silence is observed]\n\n"
            "Thank you very much.\n\n"
            "We are here today because the river rose again, and we will help every family.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Thank you very much.") == "Ana de Keller"
    assert _owner(transcript, "We are here today") == "Ana de Keller"
    assert _owner(transcript, "Moment of silence") is None
    assert [s.role for s in transcript.speakers] == ["Mayor"]


SYNOPSIS = ("HOUSE OF THE PEOPLE ___\n\n"
            "SUMMARY OF PROCEEDINGS ______\n\n"
            "Friday, August 6, 2027 ______\n\n"
            "HON. SPEAKER: The House will now take up the bill on harbours.\n\n"
            "THE HARBOURS (AMENDMENT)\n\n"
            "BILL, 2027\n\n"
            "THE MINISTER OF STATE IN THE MINISTRY OF PORTS\n\n"
            "AND MINISTER OF STATE IN THE MINISTRY OF CULTURE (SHRI\n\n"
            "ANAND RAO KELLER) moving the motion for consideration of the Bill, said: The "
            "harbours need new rules.\n\n"
            "The old act is a century old and we must replace it.\n\n"
            "DR. BRUNO MBEKI (RIVERTON NORTH) said: I support the bill with one change.\n\n"
            "KUMARI CELIA ROSSI said: The fishing families must be heard.\n")


def test_said_labels_over_several_lines_name_the_person_in_brackets() -> None:
    transcript = _parse(SYNOPSIS)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "The harbours need new rules") == "Anand Rao Keller"
    assert _owner(transcript, "The old act is a century") == "Anand Rao Keller"
    assert _owner(transcript, "I support the bill") == "Bruno Mbeki"
    assert _owner(transcript, "The fishing families") == "Celia Rossi"
    assert _owner(transcript, "The House will now") == "Hon. Speaker"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Anand Rao Keller"] == ("Minister of State in the Ministry of Ports and "
                                         "Minister of State in the Ministry of Culture")


def test_said_in_prose_is_no_label() -> None:
    text = ("The minister spoke to reporters on Tuesday.\n\n"
            "Asked about the harbour, the minister said: \"We will replace the old act.\"\n\n"
            "Others said: the act works well enough.\n")
    assert labelled.find_marks(Document(name="t", text=text)) == {}
    assert _parse(text).layout != "labelled"


def test_a_one_word_label_used_once_between_two_speakers() -> None:
    text = ("Recap\n\n"
            "Thomas: Ferguson. And then Riverton.\n\n"
            "Marsh: I hear you.\n\n"
            "Thomas: A mix of poverty and anger can spark trouble anywhere.\n\n"
            "Guard: We don't close that many stations!\n\n"
            "Marsh: Thanks for coming.\n")
    transcript = _parse(text)
    assert _owner(transcript, "We don't close") == "Guard"
    assert _owner(transcript, "Thanks for coming") == "Marsh"


def test_a_word_and_colon_inside_a_capitals_labelled_turn_is_speech() -> None:
    text = ("MARSH: We met on Monday about the levy.\n\n"
            "KELLER: And the barrier?\n\n"
            "MARSH: The barrier is late.\n\n"
            "Remember: The vote is on Tuesday.\n\n"
            "KELLER: Thank you.\n")
    transcript = _parse(text)
    assert _owner(transcript, "The vote is on Tuesday.") == "Marsh"


def test_a_role_in_brackets_before_the_colon_and_a_party_note_is_none() -> None:
    text = ("MARY DOE, HOST: Welcome to the program. Our guest is here.\n\n"
            "JOHN ROE (SENATOR): Thank you.\n\n"
            "DOE: Let us begin with the budget.\n\n"
            "ANA RUIZ (R-SC): The budget is late.\n\n"
            "ROE: Well, it is.\n")
    roles = {s.name: s.role for s in _parse(text).speakers}
    assert roles["John Roe"] == "Senator"
    assert roles["Ana Ruiz"] is None
