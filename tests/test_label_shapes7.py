"""Real-transcript shapes found in session 7 (issue 10, branch labels12): unlabelled speech
whose speaker the page names only around it (a video page's description, a release's long
intro with a `transcript below` lead, a call's hand-off split over two lines). Original text
imitating those layouts; the generated families are in tests/layoutgen.py."""

from __future__ import annotations

from helpers import parse_text as _parse
from helpers import speaker_at as _owner

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
