"""Real-transcript shapes found in session 8 (issue 10, branch labels13): the sixth and
seventh sets' leftovers, then the eighth set's families. Original text imitating those
layouts; the generated families are in tests/layoutgen.py."""

from __future__ import annotations

import pytest
from helpers import family_totals, press_at
from helpers import parse_text as _parse
from helpers import speaker_at as _owner

_FAMILIES = ["member_page", "flat_court", "court_cover", "outlet_reporters",
             "self_named_reporters", "host_own_line", "half_numbered_court",
             "question_time", "event_heading"]


@pytest.mark.parametrize("family", _FAMILIES)
def test_generated_families_come_back(family: str) -> None:
    right, total, roles_right, roles, leaked = family_totals(family)
    assert leaked == 0
    assert right >= 0.95 * total
    assert roles_right >= 0.9 * roles


_MEMBER = ("Assembly of the Isles\n\n"
           "Go to\n\n"
           "– Mac Brightwater, Nell\n\n"
           "Wednesday, 4 June 2031\n\n"
           "Assembly Debate\n\n"
           "Ferry Services and the Winter Timetable: Statements\n\n"
           "I call on the Minister to open the debate. I understand she will take ten "
           "minutes.More Button\n\n"
           "Ferry Services and the Winter Timetable: Statements (Continued)\n\n"
           "I remind Members that the time for this debate is limited.More Button\n\n"
           "  Members rose.More Button\n\n"
           "We will take the amendment first, and then we will vote on the motion as "
           "amended.More Button\n\n"
           "I thank the Member, but the proposal must come from the Government-----More "
           "Button\n\n"
           "Let us keep this orderly.More Button\n")


def test_a_members_page_names_its_voice_surname_first() -> None:
    transcript = _parse(_MEMBER)
    assert _owner(transcript, "I call on the Minister") == "Nell Mac Brightwater"
    assert _owner(transcript, "I thank the Member") == "Nell Mac Brightwater"
    assert _owner(transcript, "Let us keep") == "Nell Mac Brightwater"
    assert _owner(transcript, "Ferry Services and the Winter Timetable: Statements (") is None
    assert _owner(transcript, "Members rose") is None
    assert _owner(transcript, "Wednesday, 4 June") is None


def test_a_dateline_over_third_person_news_is_no_member() -> None:
    text = ("Eastport, Veltria\n\n"
            "The harbour board met on Tuesday to discuss the winter timetable.\n\n"
            "Its chair said the ferries would run twice a day until March.\n\n"
            "Councillors asked for a third sailing on Fridays, which the board refused.\n\n"
            "A decision on fares is expected next month.\n")
    transcript = _parse(text)
    assert not transcript.speakers


_FLAT_COURT = ("Official - Subject to Final Review\n\n1\n"
               "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25\n\n"
               "IN THE SUPREME COURT OF THE LAKE STATES - - - - x EASTPORT FERRY TRUST, "
               "Petitioners v. TARSAL WATER BOARD : : No. 31-88\n\n"
               "Harbour Reporting Company\n\nOfficial - Subject to Final Review\n\n2\n"
               "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25\n\n"
               "P R O C E E D I N G S (10:04 a.m.) CHIEF JUSTICE BRIGHTWATER: We will hear "
               "argument first this morning in the ferry case. Ms. Perrin?\n\n"
               "ORAL ARGUMENT OF IDA PERRIN ON BEHALF OF THE PETITIONERS MS. PERRIN: Thank "
               "you. The board never gave notice of the new fares, and the statute asks for "
               "it. JUSTICE TERESHKO: Was the notice posted at the pier? MS. PERRIN: Only\n\n"
               "Harbour Reporting Company\n\nOfficial - Subject to Final Review\n\n3\n"
               "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25\n\n"
               "after the fares had changed, Your Honor.\n")


def test_labels_inside_a_flattened_court_page() -> None:
    transcript = _parse(_FLAT_COURT)
    assert transcript.layout == "record"
    assert _owner(transcript, "We will hear argument") == "Justice Brightwater"
    assert _owner(transcript, "The board never gave") == "Ida Perrin"
    assert _owner(transcript, "Was the notice posted") == "Justice Tereshko"
    assert _owner(transcript, "after the fares had changed") == "Ida Perrin"
    assert _owner(transcript, "Harbour Reporting Company") is None
    assert _owner(transcript, "1 2 3 4 5") is None
    chief = next(s for s in transcript.speakers if s.name == "Justice Brightwater")
    assert chief.role == "Chief Justice"


def test_one_inline_label_under_a_court_cover_is_no_transcript() -> None:
    text = ("ORAL ARGUMENT OF the ferry case was heard on Tuesday.\n\n"
            "The court said: the board must publish its fares.\n")
    assert _parse(text).layout != "record"


_COVER = ("IN THE CIRCUIT COURT OF LARCH COUNTY\n\nSTATE v. AMOS TERESHKO\n\n- - - - -\n\n"
          "BEFORE: THE HONORABLE IDA PERRIN, J.\n\n"
          "APPEARANCES:\n  • NELL BRIGHTWATER, ESQUIRE\n    For the State\n\n"
          "TRANSCRIBED BY: OTTO VANCE\nOfficial Court Reporter\n\n"
          "INDEX\nWITNESS DE CE\nMarta Quill 16 28\n\n"
          "(The hearing was convened at 9:30 a.m.)\n\n"
          "THE COURT: Good morning. Are we ready to proceed?\n\n"
          "MS. BRIGHTWATER: We are, Your Honor. The State calls Marta Quill.\n")


def test_a_court_covers_fields_are_no_speakers() -> None:
    transcript = _parse(_COVER)
    assert transcript.layout == "record"
    names = {s.name for s in transcript.speakers}
    assert not names & {"Before", "Transcribed By", "Appearances"}
    assert _owner(transcript, "BEFORE: THE HONORABLE") is None
    assert _owner(transcript, "Official Court Reporter") is None
    assert _owner(transcript, "Are we ready") == "The Court"
    assert _owner(transcript, "The State calls") == "Nell Brightwater"


_MINISTRY = ("Press Conference by Foreign Press Secretary Nell BRIGHTWATER\n\n"
             "Thursday, May 8, 2031, 3:40 p.m. Ministry of Foreign Affairs\n\n"
             "Ms. Nell BRIGHTWATER, Press Secretary: Good afternoon. I have nothing to "
             "announce today.\n\n"
             "Ferry Agreement with Tarsal\n\n"
             "Harbour Shimbun, Kato: The agreement will be signed on Friday. When was the "
             "last one signed?\n"
             "Press Secretary Brightwater: It was last signed ten years ago.\n\n"
             "We will sign it again on Friday.\n\n"
             "Mori, Eastport Daily:In the briefing yesterday, the minister spoke of fares. "
             "Will they rise?\n\n"
             "Press Secretary Brightwater:I would like to refrain from commenting on fares.\n")


def test_reporters_labelled_by_outlet_and_surname() -> None:
    transcript = _parse(_MINISTRY)
    assert transcript.layout == "labelled"
    assert press_at(transcript, "The agreement will be signed")
    assert press_at(transcript, "In the briefing yesterday")
    assert _owner(transcript, "It was last signed") == "Nell Brightwater"
    assert _owner(transcript, "I would like to refrain") == "Nell Brightwater"
    assert _owner(transcript, "Ferry Agreement with Tarsal") is None


def test_a_line_without_a_stop_in_speech_is_no_topic_heading() -> None:
    text = ("ANA ROE: We will open the pier on Friday.\n\n"
            "thank you all for coming\n\n"
            "Q: Will the fares rise?\n\n"
            "ANA ROE: Not this year.\n")
    assert _owner(_parse(text), "thank you all") == "Ana Roe"


_WEEKLY = ("Transcript of Weekly Media Briefing by the Official Spokesperson (May 2, 2031)\n\n"
           "Shri Amos Tereshko, Official Spokesperson: Good afternoon. I open the floor.\n\n"
           "Ayla: Sir, Ayla Verhoeven from Harbour TV. Will the ferry deal be signed?\n\n"
           "Rohan: This is Rohan Mistry from the Eastport Daily. Any news on the visit?\n\n"
           "Idris: Idris Bakare, Tarsal Radio. A question on the border, sir.\n\n"
           "[Question in Tarsali: Approximate Translation] On the border talks, sir.\n\n"
           "Shri Amos Tereshko, Official Spokesperson: Let me take these together.\n")


def test_reporters_under_a_first_name_label_that_name_themselves() -> None:
    transcript = _parse(_WEEKLY)
    assert _owner(transcript, "Will the ferry deal") == "Ayla Verhoeven"
    assert _owner(transcript, "Any news on the visit") == "Rohan Mistry"
    assert _owner(transcript, "A question on the border") == "Idris Bakare"
    assert _owner(transcript, "[Question in Tarsali") == "Idris Bakare"
    assert _owner(transcript, "Let me take these") == "Amos Tereshko"


def test_a_word_once_before_a_colon_is_no_self_named_label() -> None:
    text = ("The harbour board met on Tuesday to discuss fares and the timetable.\n\n"
            "Tuesday: Harbour Board members voted to keep the fares.\n\n"
            "The decision will be reviewed in the spring.\n")
    assert not _parse(text).speakers


_SUNDAY = ("© 2031 Harbour Broadcasting Inc. All Rights Reserved\n\n"
           'PLEASE CREDIT ANY QUOTES FROM THIS PROGRAM TO "HARBOUR NEWS."\n\n'
           "SUNDAY LINE\n\nSunday, May 4, 2031\n\n"
           "GUESTS: Senator IDA PERRIN\n\nMODERATOR: NELL BRIGHTWATER - Harbour News\n\n"
           "This is a rush transcript provided for the information of the press. Accuracy is "
           "not guaranteed.\n\n"
           "NELL BRIGHTWATER, host:\n\n"
           "Today on SUNDAY LINE, the harbour levy vote is days away and both parties are "
           "counting heads. We will ask Senator Ida Perrin where the votes are.\n\n"
           "But first, the week in the capital.\n\n"
           "Announcer: SUNDAY LINE with chief correspondent Nell Brightwater.\n\n"
           "BRIGHTWATER: Good morning, and welcome to the broadcast. Senator, thank you for "
           "being with us this morning.\n")


def test_a_hosts_label_alone_on_its_line_with_the_role_in_lower_case() -> None:
    transcript = _parse(_SUNDAY)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Today on SUNDAY LINE") == "Nell Brightwater"
    assert _owner(transcript, "But first, the week") == "Nell Brightwater"
    assert _owner(transcript, "SUNDAY LINE with chief") == "Announcer"
    assert _owner(transcript, "Good morning, and welcome") == "Nell Brightwater"
    assert _owner(transcript, "PLEASE CREDIT") is None


_HALF_NUMBERED = ("Day 012 - 14 Mar 31 - Page 40\n"
                  "1 MR. KELLER: I ask the court to note that the witness is not\n"
                  "the right person to speak about the ferry timetable.\n"
                  "2 MS. OKAFOR: We agree to that, my Lord, but we may need\n"
                  "to put some questions in writing later on.\n"
                  "3\n"
                  "MR. JUSTICE QUILL: We can see how we pick up loose ends\n"
                  "4 later. Go on, please.\n"
                  "5 MR. KELLER: I am obliged. The next document is the\n"
                  "timetable for the winter, which the board published.\n"
                  "6 MS. OKAFOR: We have not seen that version, my Lord.\n"
                  "7\n"
                  "MR. JUSTICE QUILL: Then it will be copied for you over the\n"
                  "8 short adjournment.\n")


def test_court_labels_after_line_numbers_on_a_page_numbering_every_other_line() -> None:
    transcript = _parse(_HALF_NUMBERED)
    assert _owner(transcript, "I ask the court") == "Mr. Keller"
    assert _owner(transcript, "the right person to speak") == "Mr. Keller"
    assert _owner(transcript, "We agree to that") == "Ms. Okafor"
    assert _owner(transcript, "to put some questions") == "Ms. Okafor"
    assert _owner(transcript, "We can see how") == "Mr. Quill"
    assert _owner(transcript, "later. Go on") == "Mr. Quill"


_QUESTIONS = ("Questions for Oral Answer\n\n"
              "1. Ports—Harbour Levy\n2. Health—Clinic Hours\n\n"
              "Ports—Harbour Levy\n\n"
              "1. IDA PERRIN (Eastmoor Greens) to the Minister of Ports: Will she drop the "
              "harbour levy before the winter sailings?\n\n"
              "Hon AMOS TERESHKO (Minister of Ports and Harbours): No, the levy pays for the "
              "new breakwater, and it stays until that is built.\n\n"
              "Ida Perrin: Why did the Minister promise a review in March?\n\n"
              "Hon AMOS TERESHKO: The review is under way and will report in June.\n")


def test_numbered_oral_questions_and_an_answer_under_a_long_office() -> None:
    transcript = _parse(_QUESTIONS)
    assert _owner(transcript, "Will she drop the") == "Ida Perrin"
    assert _owner(transcript, "No, the levy pays") == "Amos Tereshko"
    assert _owner(transcript, "Why did the Minister") == "Ida Perrin"
    assert _owner(transcript, "The review is under way") == "Amos Tereshko"
    minister = next(s for s in transcript.speakers if s.name == "Amos Tereshko")
    assert minister.role == "Minister of Ports and Harbours"


def test_an_events_capitals_heading_is_no_speaker() -> None:
    text = ("HARBOUR CUP FINAL: EASTPORT VS NORTHFIELD\n\nJune 3, 2031\n\n"
            "THE MODERATOR: Questions for the coach, please.\n\n"
            "Q. How did the crew handle the wind?\n\n"
            "COACH IDA PERRIN: We trained for it all winter, so nobody was surprised.\n\n"
            "Q. And the last turn?\n\n"
            "COACH IDA PERRIN: We lost a length there and won it back.\n")
    transcript = _parse(text)
    assert all("Harbour" not in s.name for s in transcript.speakers)
    assert _owner(transcript, "HARBOUR CUP FINAL") is None
    assert _owner(transcript, "We trained for it") is not None


def test_a_correspondent_with_an_outlet_after_the_office_is_no_reporter_label() -> None:
    text = ("NELL BRIGHTWATER, CHIEF HARBOUR CORRESPONDENT, EASTPORT NEWS: Good morning. The "
            "levy vote is on Tuesday.\n\n"
            "IDA PERRIN: Thank you, Nell.\n\n"
            "NELL BRIGHTWATER: Will it pass?\n")
    transcript = _parse(text)
    assert _owner(transcript, "Good morning. The levy") == "Nell Brightwater"


def test_short_title_case_speech_before_a_label_is_no_topic_heading() -> None:
    text = ("ROE: welcome back to the show\n\n"
            "Senator Perrin\n\n"
            "PERRIN: hi Ana\n\n"
            "ROE: what is the news from the harbour?\n\n"
            "PERRIN: The levy. The ferries.\n\n"
            "Eastport Northfield Lakeside. Ferry Fares\n\n"
            "ROE: thanks\n")
    transcript = _parse(text)
    assert _owner(transcript, "Eastport Northfield Lakeside") is not None


def test_a_long_capitals_label_used_once_with_a_short_reply_is_a_label() -> None:
    text = ("ANA ROE: Welcome back. Joining us now is the former representative.\n\n"
            "FMR. REP. IDA PERRIN: OK.\n\n"
            "ANA ROE: Will the levy pass this week, do you think?\n\n"
            "ANA ROE: And if it does not?\n")
    transcript = _parse(text)
    assert _owner(transcript, "OK.") == "Ida Perrin"
