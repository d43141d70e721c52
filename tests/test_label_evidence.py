"""Label families a fourth unseen real set found (issue 10, realcheck4): labels glued to
their speech, numbered and outlet press labels, question numbers before a label, a first
name used once, a label that lost its colon or its name, furniture where a speaker's words
would be, and turns that are only a stage marker. Each case is original text imitating a
layout; the generated families are in tests/layoutgen.py (`LABEL_SHAPES`)."""

from __future__ import annotations

import pytest
from helpers import speaker_at
from test_layouts import assert_verbatim

from briefing_cli.models import Document, Transcript
from briefing_cli.transcript import detect, parse


def _parse(text: str) -> Transcript:
    transcript = parse(Document(name="t", text=text))
    assert_verbatim(transcript)
    return transcript


def _kind(transcript: Transcript, snippet: str) -> str | None:
    offset = transcript.document.text.index(snippet)
    for turn in transcript.turns:
        if turn.start <= offset < turn.end:
            speaker = transcript.speaker(turn.speaker)
            return speaker.kind.value if speaker else None
    return None


def test_glued_capitals_labels_open_turns() -> None:
    text = ("Meet the Voters - March 3, 2027\n\nGuests: Rosa Keller, Tomas Varga\n\n"
            "ANA OSTROVA:This Sunday, the harbour vote is two days away.\n\n"
            "SEN. ROSA KELLER:It is just not true.\n\n"
            "GOV. TOMAS VARGA:\n\nThere it is again.\n\n"
            "ANA OSTROVA:Can the levy pass? We will ask.\n\n"
            "SEN. ROSA KELLER: It will pass on Tuesday.\n")
    t = _parse(text)
    assert t.layout == "labelled"
    assert speaker_at(t, "This Sunday") == "Ana Ostrova"
    assert speaker_at(t, "It is just not true.") == "Rosa Keller"
    assert speaker_at(t, "There it is again.") == "Tomas Varga"
    assert speaker_at(t, "Can the levy pass?") == "Ana Ostrova"


def test_a_glued_office_label_seen_spaced_elsewhere_is_a_label() -> None:
    text = ("Minister: We are a democratic country.\n"
            "Reporter: Why can people not march, then?\n"
            "Minister:You are here to project us as something we are not.\n"
            "Reporter: That is not our aim.\n")
    t = _parse(text)
    assert speaker_at(t, "You are here to project") == "Minister"
    assert _kind(t, "That is not our aim.") == "press"


@pytest.mark.parametrize("text", [
    "Washington:The council voted on Tuesday to approve the new levy for the harbour.\n\n"
    "The levy will raise four million a year, officials said.\n",
    "The meeting starts at 10:30 and the papers are at http://example.org/papers today.\n\n"
    "Note:The agenda may change. The council said the vote could slip to Friday.\n",
])
def test_colons_in_prose_glue_no_label(text: str) -> None:
    t = _parse(text)
    assert t.layout != "labelled"
    assert not t.speakers


def test_numbered_press_labels_are_the_press() -> None:
    text = ("Setting: The Press Gallery\n"
            "Reporter 1: Prime Minister, when did you learn of the report?\n"
            "PM: Let me be clear. We take it very seriously.\n"
            "Reporter 2: Will there be an inquiry?\n"
            "PM: We have appointed a rapporteur.\n"
            "Questioner 3: Why not a public inquiry?\n"
            "PM: Because the rapporteur is faster.\n")
    t = _parse(text)
    assert [s.name for s in t.speakers if s.kind.value == "press"] == ["Press"]
    assert _kind(t, "Will there be an inquiry?") == "press"
    assert _kind(t, "Why not a public inquiry?") == "press"
    assert speaker_at(t, "We have appointed") == "Prime Minister"


def test_an_outlet_label_is_the_press() -> None:
    text = ("Transcript of the Minister's interview with Eastmoor media\n\n"
            "Eastmoor media: First of all, welcome. What is your view of the talks?\n\n"
            "Minister Keller: I think the talks will resume.\n\n"
            "Eastmoor media:  How do you assess the region?\n\n"
            "Minister Keller: It has always been central.\n")
    t = _parse(text)
    assert _kind(t, "What is your view of the talks?") == "press"
    assert _kind(t, "How do you assess the region?") == "press"
    assert speaker_at(t, "It has always been central.") == "Minister Keller"


def test_question_numbers_before_labels_are_left_out() -> None:
    text = ("Select Committee on Harbour Works Minutes of Evidence\n\n"
            "Examination of Witnesses (Questions 200-203)\n\n"
            "  Q200 Chairman: Welcome. Will the levy pass?\n\n"
            "  Mr Keller: I think it will pass next month.\n\n"
            "  Q201  Chairman: It is a very good point.\n\n"
            "  Ms Ostrova: The barrier is late.\n")
    t = _parse(text)
    assert speaker_at(t, "Welcome. Will the levy pass?") == "Chairman"
    assert speaker_at(t, "It is a very good point.") == "Chairman"
    assert speaker_at(t, "The barrier is late.") == "Ms. Ostrova"


def test_a_first_name_used_once_among_full_names_is_a_speaker() -> None:
    text = ("Weekly Media Briefing by the Official Spokesperson\n"
            "Rosa Keller, Official Spokesperson: Good afternoon to all of you.\n"
            "Tomas Varga: Sir, Tomas Varga from Radio Eastmoor. Is there an update?\n"
            "Rosa Keller, Official Spokesperson: Not yet.\n"
            "Elena Moreau: Sir, I am Elena Moreau from the Herald. What about the talks?\n"
            "Kemi: Sir, I am Kemi from the Riverton Post. Did the ministers meet?\n"
            "Hugo Lindqvist: Hugo Lindqvist from Channel Four. Will you visit?\n"
            "Rosa Keller, Official Spokesperson: We will see.\n")
    t = _parse(text)
    assert speaker_at(t, "Did the ministers meet?") == "Kemi"
    assert speaker_at(t, "Will you visit?") == "Hugo Lindqvist"


def test_a_capitals_label_that_lost_its_colon() -> None:
    text = ("KELLER: One, the actions I have just pointed to.\n\n"
            "VARGA: Which action? What action?\n\n"
            "KELLER: The campaign.\n\n"
            "VARGA: Okay.\n\n"
            "KELLER To answer your question, that is an act they have taken.\n")
    t = _parse(text)
    assert speaker_at(t, "To answer your question") == "Keller"
    assert {s.name for s in t.speakers} == {"Keller", "Varga"}


def test_a_question_whose_label_lost_its_name_is_the_press() -> None:
    text = (": Thank you, Prime Minister. So, the summit: how would you reassure them?\n"
            "ANA OSTROVA, PRIME MINISTER: Well, we respect both sides.\n"
            "KELLER: Thank you. We have a hard out.\n")
    t = _parse(text)
    assert _kind(t, "how would you reassure them?") == "press"
    assert speaker_at(t, "we respect both sides") == "Ana Ostrova"


def test_header_date_translation_and_numbered_headings_are_no_one_s() -> None:
    text = ("Press Conferences\n\n"
            "Press Conference by Foreign Press Secretary Rosa Keller\n\n"
            "Wednesday, December 12, 2027, 4:31 p.m. Ministry of Foreign Affairs\n\n"
            "This is a provisional translation by an external company for reference "
            "purpose only.\n\nOpening Remarks\n\n(1) Launch of the Summit Website\n\n"
            "Mr. Rosa Keller, Foreign Press Secretary: The website was launched today.\n\n"
            "It will carry the programme.\n\n"
            "(2) Prime Minister of Eastmoor to Visit\n\n"
            "Foreign Press Secretary Keller: The Prime Minister visits next week.\n")
    t = _parse(text)
    assert t.layout == "labelled"
    assert speaker_at(t, "Wednesday, December 12") is None
    assert speaker_at(t, "This is a provisional translation") is None
    assert speaker_at(t, "(2) Prime Minister of Eastmoor") is None
    assert speaker_at(t, "It will carry the programme.") == "Rosa Keller"
    assert speaker_at(t, "visits next week") == "Rosa Keller"


@pytest.mark.parametrize("line", [
    "MFA Press Release: Transcript of Minister Keller's Interview with Eastmoor Media\n",
    "Please Note: This transcript is not edited and may contain errors.\n",
])
def test_title_and_note_lines_are_no_speakers(line: str) -> None:
    text = (line + "\nOperator: Welcome to the call.\n\nRosa Keller: Thank you all.\n\n"
            "Operator: Next question.\n\nRosa Keller: We act today.\n")
    t = _parse(text)
    assert speaker_at(t, line.strip()[:20]) is None
    assert {s.name for s in t.speakers} == {"Operator", "Rosa Keller"}


def test_a_pull_quote_printed_twice_is_a_caption() -> None:
    text = ("HERALD: Chancellor, you have shaped a career. What now?\n\n"
            'Chancellor Rosa Keller: "The crisis is a situation with no script."\n\n'
            'Chancellor Rosa Keller: "The crisis is a situation with no script."\n\n\n'
            "Rosa Keller: I have little interest in word games.\n\n"
            "HERALD: It sounds normal to you.\n\n"
            "Keller: I mentioned two things.\n")
    t = _parse(text)
    assert speaker_at(t, '"The crisis is a situation') is None
    assert speaker_at(t, "word games") == "Rosa Keller"


def test_a_turn_of_only_a_stage_marker_stays_the_speaker_s() -> None:
    text = ("MIKE KELLER, SHERIFF: It is a long investigation.\n\n"
            "UNIDENTIFIED REPORTER: Was it planned?\n\n"
            "KELLER: We are looking at video.\n\n"
            "UNIDENTIFIED REPORTER: (INAUDIBLE QUESTION)\n\n"
            "KELLER: I did. Thank you.\n")
    t = _parse(text)
    assert _kind(t, "(INAUDIBLE QUESTION)") == "press"
    answer = next(turn for turn in t.turns if turn.text.startswith("I did."))
    assert answer.reply_to is not None
    assert t.turns[answer.reply_to].text == "(INAUDIBLE QUESTION)"


def test_a_trailing_stage_marker_does_not_hide_its_line_s_speaker() -> None:
    text = ("MR KELLER: It is her birthday today.\n"
            "QUESTION: Happy birthday. (Applause.)\n"
            "MR KELLER: Let the transcript reflect the applause. (Laughter.)\n"
            "MR KELLER: We have two items.\n")
    t = _parse(text)
    for line in (2, 3):
        last = [turn for turn in t.turns if turn.line == line][-1]
        assert last.speaker is not None, f"line {line} ends in a narration turn"
    assert speaker_at(t, "(Applause.)") is None
    assert all("(Laughter.)" not in s.text for turn in t.turns if turn.speaker
               for s in turn.sentences)


def test_no_label_before_lower_case_glued_text() -> None:
    assert detect(Document(name="t", text="Washington:the talks resumed.\n")) != "labelled"
