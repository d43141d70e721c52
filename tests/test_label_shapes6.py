"""Label and caption shapes real transcripts were still missing in session 6 (issue 10):
original text imitating those layouts, with gold; the generated families are the last rows
of `LABEL_SHAPES` in tests/layoutgen.py."""

from __future__ import annotations

from helpers import parse_text as _parse
from helpers import press_at as _press
from helpers import speaker_at as _owner


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


def test_a_guest_label_that_describes_the_guest() -> None:
    text = ("Evening Report full episode\n\n"
            "ANA OSTROVA: Good evening. Tonight, the families of the flooded valley.\n\n"
            "BRUNO KELLER, Father of Celia Keller: She was always the first one up.\n\n"
            "We miss her every day.\n\n"
            "ANA OSTROVA: The council meets again on Monday.\n")
    transcript = _parse(text)
    assert _owner(transcript, "She was always") == "Bruno Keller"
    assert _owner(transcript, "We miss her") == "Bruno Keller"
    assert _owner(transcript, "The council meets") == "Ana Ostrova"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Bruno Keller"] == "Father of Celia Keller"


def test_a_lower_case_role_after_the_name() -> None:
    text = ("Panel Discussion: Presidents Keller and Mbeki\n\n"
            "Ana Ostrova, moderator: Good afternoon. Each panelist has five minutes.\n\n"
            "President Keller: Thank you. Our college has cut its emissions by half.\n\n"
            "President Mbeki: And ours by a third, with more to come.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Good afternoon.") == "Ana Ostrova"
    assert _owner(transcript, "Our college") is not None
    assert _owner(transcript, "Our college") != _owner(transcript, "Good afternoon.")


def test_a_description_wrapped_over_two_lines_is_one_label() -> None:
    text = ("ANA OSTROVA: Good evening.\n"
            "The airline industry is booming, but the cockpits\n"
            "are empty.\n"
            "BRUNO KELLER, Manager of Pilot Development,\n"
            "Eastbay Air: It is very competitive,\n"
            "and there are only so many pilots.\n"
            "ANA OSTROVA: All that and more tonight.\n")
    transcript = _parse(text)
    assert _owner(transcript, "It is very competitive") == "Bruno Keller"
    assert _owner(transcript, "and there are only") == "Bruno Keller"
    assert not any(s.name == "Eastbay Air" for s in transcript.speakers)
    assert _owner(transcript, "BRUNO KELLER, Manager") is None
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Bruno Keller"] == "Manager of Pilot Development, Eastbay Air"


def test_a_label_ending_a_preview_line_and_one_introduced_inline() -> None:
    text = ("Evening Report full episode\n\n"
            "ANA OSTROVA: Good evening. On the programme tonight: "
            "BRUNO KELLER, Mayor of Riverton:\n"
            "The barrier will be finished before the winter, and the levy stays as it is.\n"
            "ANA OSTROVA: A storm hit the coast last night. Correspondent Celia Mbeki\n"
            "begins our coverage. CELIA MBEKI: The water rose two metres in an hour, and\n"
            "the harbour road is still closed this morning. ANA OSTROVA: Thank you.\n")
    transcript = _parse(text)
    assert _owner(transcript, "The barrier will be") == "Bruno Keller"
    assert _owner(transcript, "The water rose") == "Celia Mbeki"
    assert _owner(transcript, "the harbour road") == "Celia Mbeki"
    assert _owner(transcript, "A storm hit") == "Ana Ostrova"


def test_a_title_cut_onto_the_line_above_the_label() -> None:
    text = ("|\n|||\n"
            "Harbour Briefing with Deputy Secretary Keller from the Ministry DR.\n"
            "KELLER: Good morning.\n"
            "Thank you for coming.\n"
            "I'm the new deputy secretary for ports.\n"
            "The dredging of the north channel starts in May.\n"
            "It will close the ferry berth for six weeks.\n"
            "We have agreed a temporary berth with the council.\n"
            "The council has been very patient with us.\n"
            "I know the fishing fleet has worries about the timing.\n"
            "I met the harbour association on Monday.\n"
            "We will publish the timetable next week.\n"
            "There will be a second meeting in April.\n"
            "And the costs are in the budget already.\n"
            "Commodore Ostrova will take you through the works.\n"
            "So without further ado, Commodore Ostrova.\n"
            "ADM.\n"
            "OSTROVA: Good morning.\n"
            "The works run in three phases.\n"
            "The first closes the berth.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Thank you for coming.") == _owner(transcript, "Good morning.")
    assert _owner(transcript, "We have agreed") is not None
    assert _owner(transcript, "The works run") is not None
    assert _owner(transcript, "The works run") != _owner(transcript, "We have agreed")
    assert _owner(transcript, "The first closes") == _owner(transcript, "The works run")


def test_a_caption_page_that_names_only_the_anchor() -> None:
    text = ("Skip to main content\n\n"
            "tv   Evening Report  Channel Four  May 3, 2031 3:00pm-4:01pm PDT\n\n"
            "3:00 pm\n"
            "captioning sponsored by riverton productions >> ostrova: good evening, i'm ana "
            "ostrova. on the programme tonight, the flood barrier. then... >> we were told the "
            "water would never reach the square. it did. >> ostrova: ...and a mayor on the "
            "defensive. plus, the ferry question.\n"
            "3:01 pm\n"
            "all that and more tonight. >> major funding for the evening report has been "
            "provided by: >> the harbour trust. >> ostrova: the council met on tuesday and "
            "voted to raise the levy.\n")
    transcript = _parse(text)
    assert _owner(transcript, "good evening, i'm ana") == "Ostrova"
    assert _owner(transcript, "...and a mayor") == "Ostrova"
    assert _owner(transcript, "the council met") == "Ostrova"
    assert _owner(transcript, "we were told the water") is None
    assert [s.name for s in transcript.speakers] == ["Ostrova"]


def test_title_lines_that_lost_the_speakers_names() -> None:
    text = ("Disclaimer: the translation on this page is for reference only\n"
            "Operator\n"
            "Good morning.\n"
            "My name is Dana and I will be your conference operator today.\n"
            "Welcome to the Northwind Foods quarterly earnings call.\n"
            "I would now like to turn the call over to Ana Ostrova, Director of Investor "
            "Relations.\n"
            "- Director of IR\n"
            "Thank you, Dana, and good morning, everyone.\n"
            "Our results were released this morning and are on our website.\n"
            "We may make forward-looking statements on this call.\n"
            "Actual results may differ.\n"
            "I will now turn the call over to our Chief Financial Officer, Bruno Keller.\n"
            "- CFO\n"
            "Thank you, Ana.\n"
            "Revenue grew six percent in the quarter.\n"
            "Margins held steady despite higher freight costs.\n"
            "We expect the same trend next quarter.\n"
            "We raised the dividend by two cents.\n"
            "Cash flow was strong in every region.\n")
    transcript = _parse(text)
    assert transcript.layout == "headed"
    assert _owner(transcript, "Thank you, Dana") == "Ana Ostrova"
    assert _owner(transcript, "Actual results may differ") == "Ana Ostrova"
    assert _owner(transcript, "Revenue grew") == "Bruno Keller"
    assert _owner(transcript, "Welcome to the Northwind") == "Operator"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Bruno Keller"] in {"CFO", "Chief Financial Officer"}


def test_member_headings_of_an_older_record() -> None:
    text = ("HC Deb 16 January 2031 vol 361 cc300-13\n\n"
            "Mr. Bruno Keller (Broxholm)\n\n"
            "I note the date on which the committee must finish. When does the Minister "
            "expect its first sitting?\n\n"
            "Mr. Ostrova\n\n"
            "Early next week, I hope.\n\n"
            "I welcome the hon. Gentleman's interest in the Bill.\n\n"
            "The motion allows time for five sittings.\n")
    transcript = _parse(text)
    assert transcript.layout == "headed"
    assert _owner(transcript, "I note the date") == "Bruno Keller"
    assert _owner(transcript, "Early next week") == "Mr. Ostrova"
    assert _owner(transcript, "The motion allows") == "Mr. Ostrova"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Bruno Keller"] is None  # a seat is no role


def test_a_debate_sites_photo_headings_and_link_lines() -> None:
    text = ("Dail debates\n\nWednesday, 9 December 2031\n\n12:30 pm\n\n"
            "Photo of Ana KellerAna Keller (Broxholm, Labour)\n"
            "Link to this: Individually | In context | Oireachtas source\n\n"
            "It is proposed to take the harbour motion first today.\n\n"
            "Tomorrow's business shall be the ferry bill.\n\n"
            "Photo of Bruno OstrovaBruno Ostrova (Alder Vale, Independent)\n"
            "Link to this: Individually | In context | Oireachtas source\n\n"
            "Is the proposal for today's business agreed?\n")
    transcript = _parse(text)
    assert _owner(transcript, "It is proposed") == "Ana Keller"
    assert _owner(transcript, "Tomorrow's business") == "Ana Keller"
    assert _owner(transcript, "Is the proposal") == "Bruno Ostrova"
    assert _owner(transcript, "Link to this") is None


def test_a_metadata_block_of_keys_over_values_is_no_speaker() -> None:
    text = ("PM Transcripts\n\n"
            "Release Date:\n26/01/2031\nRelease Type:\nTranscript\nLocation:\nRiverton\n"
            "The Evening Show\n\n"
            "ANA KELLER:\n\nWelcome, Prime Minister. How was your day?\n\n"
            "PRIME MINISTER:\n\nLong, but a good one.\n\n"
            "ANA KELLER:\n\nAnd the ferry?\n\n"
            "PRIME MINISTER:\n\nThe ferry keeps running.\n")
    transcript = _parse(text)
    names = {s.name for s in transcript.speakers}
    assert "Release Date" not in names and "Release Type" not in names
    assert _owner(transcript, "Welcome, Prime Minister") == "Ana Keller"


def test_a_reporter_naming_themself_from_the_outlet() -> None:
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson\n\n"
            "Ana Ostrova, Official Spokesperson: Good afternoon. Let us take questions.\n\n"
            "Keller: Keller from the Harbour Herald. Will the ferry run on Monday?\n\n"
            "Ana Ostrova, Official Spokesperson: It will.\n\n"
            "Bruno Mbeki: Bruno from the Riverton Post. And the levy?\n\n"
            "Ana Ostrova, Official Spokesperson: The levy stays.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Keller from the Harbour") == "Keller"
    assert _owner(transcript, "It will.") == "Ana Ostrova"


def test_the_court_used_once_at_an_excerpts_start() -> None:
    text = ("Page 2.\n"
            "THE COURT: Mr. Keller, I thought you said you had a\n"
            "motion you wanted to present?\n"
            "MR. KELLER: Yes, Your Honor. Your Honor, may it please\n"
            "the Court, I have been asked to continue in this matter.\n"
            "MR. KELLER: I ask for a short adjournment.\n")
    transcript = _parse(text)
    assert _owner(transcript, "I thought you said") == "The Court"
    assert _owner(transcript, "motion you wanted") == "The Court"
    assert _owner(transcript, "I ask for a short") == "Mr. Keller"
