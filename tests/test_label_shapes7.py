"""Real-transcript shapes found in session 7 (issue 10, branch labels12): unlabelled speech
whose speaker the page names only around it (a video page's description, a release's long
intro with a `transcript below` lead, a call's hand-off split over two lines). Original text
imitating those layouts; the generated families are in tests/layoutgen.py."""

from __future__ import annotations

import pytest
from helpers import family_totals
from helpers import parse_text as _parse
from helpers import speaker_at as _owner

_FAMILIES = ["dated_video", "release_lead", "split_handoff", "office_phrases",
             "graded_sentiment", "former_titles", "senate_captions", "listing_snippets"]


@pytest.mark.parametrize("family", _FAMILIES)
def test_generated_families_come_back(family: str) -> None:
    right, total, roles_right, roles, leaked = family_totals(family)
    assert leaked == 0
    assert right >= 0.95 * total
    assert roles_right >= 0.9 * roles

_VIDEO = ("• 3 days ago\n"
          "On Thursday, Harbour Authority Spokesperson Nell Brightwater held a press "
          "briefing.\n\n"
          "Get more from the Harbour Channel. Subscribe for daily digests and more.\n\n"
          "https://example.org/subscribe?utm_source=video\n\n"
          "Stay Connected\n"
          "Harbour Channel on Video: http://example.org/video\n"
          "Transcript\n"
          "00:00Good afternoon, and thank you all for waiting. We have three things\n"
          "00:06to cover today. The ferry timetable changes next month, and the\n"
          "00:11new pier opens before the winter. Questions after that, as usual.\n"
          "00:17The dredging contract goes to a vote on Monday.\n")


def test_a_video_page_names_its_voice_after_a_day() -> None:
    transcript = _parse(_VIDEO)
    assert _owner(transcript, "Good afternoon, and thank") == "Nell Brightwater"
    assert _owner(transcript, "The dredging contract") == "Nell Brightwater"
    speaker = next(s for s in transcript.speakers if s.name == "Nell Brightwater")
    assert speaker.role == "Harbour Authority Spokesperson"
    assert _owner(transcript, "Stay Connected") is None


_RELEASE = ("April 2, 2031\nEastport\n\n"
            "Audio & Rush Transcript: Mayor Brightwater Gives Flood Update\n\n"
            "Mayor Confirms Second Pumping Station Will Open This Week\n\n"
            "Announces New Shelter Beds in the Lower Town\n\n"
            "Earlier today during a flood update call, Mayor Nell M. Brightwater confirmed "
            "that the second pumping station will open this week.\n\n"
            "The Mayor also announced 200 new shelter beds in the lower town.\n\n"
            "AUDIO of the call is available here\n\n"
            "A rush transcript of the call is available below:\n\n"
            "Hi, this is the Mayor. With me on the line is our budget director. I wanted "
            "to give you the latest on the water levels.\n\n"
            "We said last week that I was considering a curfew near the river. I spoke to "
            "the council and we are not going to do that yet.\n\n"
            "Our crews worked through the night, and I thank every one of them.\n")


def test_remarks_under_a_long_release_after_a_transcript_lead() -> None:
    transcript = _parse(_RELEASE)
    assert _owner(transcript, "Hi, this is the Mayor") == "Nell Brightwater"
    assert _owner(transcript, "Our crews worked") == "Nell Brightwater"
    assert _owner(transcript, "Earlier today during") is None
    assert _owner(transcript, "A rush transcript") is None


def test_a_release_without_the_lead_keeps_its_remarks_unread() -> None:
    text = _RELEASE.replace("A rush transcript of the call is available below:\n\n", "")
    transcript = _parse(text)
    assert _owner(transcript, "Hi, this is the Mayor") is None  # greeting too far down


_SPLIT_CALL = (
    "Ladies and gentlemen, thank you for standing by, and welcome to the Larch Capital "
    "First Quarter Results Call. At this time, all participants are in a listen-only mode. "
    "I would now like to hand the conference over to your first speaker today, Ms.\n"
    "Nell Brightwater, Head of Investor Relations. Thank you. Please go ahead.\n"
    "Thank you, operator. Hello, everyone, and welcome to our first quarter call. With me "
    "today are Mr. Amos Tereshko, our Chief Executive Officer, and Ms. Ida Perrin, our "
    "Chief Financial Officer.\n"
    "Before we continue, I refer you to the safe harbor statement in our release. I will "
    "now turn the call over to our CEO, Mr. Tereshko, whom I will translate for.\n"
    "[Foreign Language].\n"
    "In the first quarter, our loan book grew faster than we planned, and the new branches "
    "opened on time. Our costs were flat.\n")


def test_a_hand_off_split_after_a_title_and_a_surname_hand_over() -> None:
    transcript = _parse(_SPLIT_CALL)
    assert _owner(transcript, "Nell Brightwater, Head of") == "Operator"
    assert _owner(transcript, "Thank you, operator") == "Nell Brightwater"
    assert _owner(transcript, "Before we continue") == "Nell Brightwater"
    assert _owner(transcript, "[Foreign Language]") == "Amos Tereshko"
    assert _owner(transcript, "In the first quarter") == "Amos Tereshko"


_OFFICE_OPENING = ("Learn English with: Vice President Ana Ostrova and the Flood Task Force "
                   "Hold a Press Briefing\n\n"
                   "Difficulty: 0\n\n"
                   "The Vice President: Good afternoon.\n\n"
                   "We just finished today's meeting of the\n\n"
                   "task force, and at the President's direction we\n\n"
                   "have kept working with every county on the river.\n\n"
                   "Let me begin by saying that, according to the\n\n"
                   "experts here, the risk to the public remains low.\n\n"
                   "But we are leaning into this effort with our\n\n"
                   "partners in every state along the coast.\n")


def test_an_office_label_under_a_title_naming_its_holder() -> None:
    transcript = _parse(_OFFICE_OPENING)
    assert _owner(transcript, "Good afternoon.") is not None
    assert _owner(transcript, "partners in every state") == _owner(transcript, "Good afternoon.")
    assert _owner(transcript, "Difficulty: 0") is None


def test_an_office_label_with_no_holder_named_is_a_quotes_credit() -> None:
    text = _OFFICE_OPENING.replace("Vice President Ana Ostrova", "Ana Ostrova")
    transcript = _parse(text)
    assert _owner(transcript, "partners in every state") is None


_SENTIMENT_PAGE = ("Press Conference: Ana Ostrova Holds a Press Briefing - May 2, 2031\n\n"
                   "  • Ana Ostrova\n    Person\n  • Question\n    Person\n\n"
                   "Ana Ostrova\n\nVery Positive\n00:00:00-00:00:06 (6 sec)\n"
                   "Good afternoon, everyone. 1\n\n"
                   "Question\n\nSomewhat Positive\n00:00:06-00:00:08 ( sec)\n"
                   "Good afternoon. Is the pier open? 2\n\n"
                   "Ana Ostrova\n\nSlightly Negative\n00:00:08-00:00:20 (12 sec)\n"
                   "Not yet. The pier opens next month, once the audit is done. 3\n\n"
                   "Ana Ostrova\n\nNeutral\n00:00:20-00:00:31 (11 sec)\n"
                   "We will say more on Monday. 4\n")


def test_graded_sentiment_tags_are_no_speakers() -> None:
    transcript = _parse(_SENTIMENT_PAGE)
    names = {s.name for s in transcript.speakers}
    assert not any("Positive" in n or "Negative" in n for n in names)
    assert _owner(transcript, "Not yet. The pier") == "Ana Ostrova"
    assert _owner(transcript, "We will say more") == "Ana Ostrova"


_RUNNING_NOTE = ("Official - Subject to Final Review\n\n1\n\n"
                 "IN THE HIGH COURT OF EASTMOOR\n\n"
                 "The above-entitled matter came on for hearing at 10:02 a.m.\n\n"
                 "Official - Subject to Final Review\n\n2\n\n"
                 "ANA OSTROVA: May it please the Court. The permit was never lawful.\n\n"
                 "BRUNO KELLER: It was issued in the ordinary way.\n")


def test_a_running_note_in_name_dash_words_form_is_no_speaker() -> None:
    transcript = _parse(_RUNNING_NOTE)
    assert "Official" not in {s.name for s in transcript.speakers}
    assert _owner(transcript, "The above-entitled matter") is None


_FORMER = ("MR. TIM ROE:  Let us hear from the candidates.\n\n"
           "FMR. GOV. ANA OSTROVA:  The harbour plan needs more work.\n\n"
           "FMR. VICE PRES. BRUNO KELLER:  The flood barrier will open on time.\n\n"
           "MR. ROE:  We will be right back.\n")


def test_former_office_abbreviations_in_capitals_labels() -> None:
    transcript = _parse(_FORMER)
    assert _owner(transcript, "The harbour plan") == "Ana Ostrova"
    assert _owner(transcript, "The flood barrier") == "Bruno Keller"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Ana Ostrova"] == "Former Governor"
    assert roles["Bruno Keller"] == "Former Vice President"


_FLOOR = ("tv   Floor Proceedings  December 4, 2031 10:00am-11:00am EST\n\n10:00 am\n"
          "the senate expects a recess until one o'clock. the presiding officer: the senate "
          "will come to order. the guest chaplain: let us pray. may we listen and care for "
          "one another today.\n10:01 am\namen. the presiding officer: please join me in the "
          "pledge. mr. keller: madam president? the presiding officer: the majority leader. "
          "mr. keller: thank you. we have a long day ahead of us on the harbour bill.\n")


def test_floor_captions_with_offices_and_titled_surnames_in_lower_case() -> None:
    transcript = _parse(_FLOOR)
    assert _owner(transcript, "let us pray") == "Guest Chaplain"
    assert _owner(transcript, "we have a long day") == "Mr. Keller"
    assert _owner(transcript, "please join me") == "Presiding Officer"


_LISTING = ("Interview on Radio Eastmoor with Nell Brightwater\n\n"
            "Transcript, E&OE Topics: Flood recovery; the harbour levy. 17 June 2031     "
            "Nell Brightwater: Now, I spoke at the start of the show about the levy. Minister, "
            "why should anyone pay it?\n\n\n"
            "Press Club Q&A\n\n"
            "Transcript, E&OE Topics: Rail timetable. 17 June 2031     Amos Tereshko: Minister, "
            "if I could pick up on the timetable? When do the new trains arrive?\n\n\n"
            "Doorstop Interview\n\n"
            "Transcript, E&OE Topics: School meals. 14 June 2031\tIda Perrin: Look, the school "
            "meals scheme goes to a vote next month, and we have the numbers.\n")


def test_a_listing_pages_snippets_after_a_run_of_spaces() -> None:
    transcript = _parse(_LISTING)
    assert _owner(transcript, "Now, I spoke at the start") == "Nell Brightwater"
    assert _owner(transcript, "if I could pick up") == "Amos Tereshko"
    assert _owner(transcript, "the school meals scheme goes") == "Ida Perrin"


def test_a_single_space_before_a_name_and_colon_stays_prose() -> None:
    text = "The minister spoke today. 17 June 2031 Nell Brightwater: a profile.\n"
    transcript = _parse(text)
    assert _owner(transcript, "a profile") is None
