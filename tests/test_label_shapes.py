"""Label shapes seen on real transcripts (issue 10, second pass): few but strongly shaped
labels, prefixed labels, diarizer ids, bare Q/A, names alone on a line. Generated from
original synthetic turns (tests/layoutgen.py, `LABEL_SHAPES`) with seeded perturbations."""

from __future__ import annotations

import random

import pytest
from layoutgen import LABEL_SHAPES as FAMILIES
from layoutgen import score, synthetic_turns
from test_layouts import assert_verbatim

from briefing_cli.models import Document, Transcript
from briefing_cli.speakers import SpeakerRegistry, split_name
from briefing_cli.transcript import detect, labelled, parse


def _parse(text: str) -> Transcript:
    return parse(Document(name="t", text=text))


def _names(transcript: Transcript) -> dict[str, str]:
    return {s.id: s.name for s in transcript.speakers}


def _owner(transcript: Transcript, snippet: str) -> str | None:
    offset = transcript.document.text.index(snippet)
    for turn in transcript.turns:
        if turn.start <= offset < turn.end:
            return _names(transcript).get(turn.speaker) if turn.speaker else None
    return None


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_each_label_shape_gives_its_speakers_back(family: str) -> None:
    turns = right = 0
    wrong = []
    for seed in range(8):
        rng = random.Random(f"{family}-{seed}")
        rendered = FAMILIES[family](synthetic_turns(rng, 24, speakers=rng.randint(2, 4)), rng)
        transcript = _parse(rendered.text)
        assert_verbatim(transcript)
        result = score(rendered, transcript)
        turns, right = turns + result.turns, right + result.right
        wrong += result.wrong[:2]
    assert right >= 0.97 * turns, f"{family}: {right}/{turns} turns right; {wrong[:4]}"


def test_one_strong_label_makes_a_transcript() -> None:
    text = ("The full transcript of the committee hearing\n\n"
            "CHAIRWOMAN LUCIA FERRANTE: Good morning, the committee will come to order.\n\n"
            "We meet today to hear from the port authority about the new levy.\n\n"
            "I thank the witnesses for coming at short notice.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "I thank the witnesses") == "Lucia Ferrante"
    assert _owner(transcript, "The full transcript") is None


@pytest.mark.parametrize("text", [
    # a dateline, a credit, a one-word capitals lead: not enough for a transcript
    "WASHINGTON: the council voted on Tuesday to approve the new levy for the harbour.\n\n"
    "The levy will raise four million a year, officials said.\n",
    "PHOTO CREDIT: Ana Ruiz for the Riverton Herald, taken at the harbour on Monday.\n\n"
    "The harbour opened on Monday after two years of works.\n",
    # a label quoted late in an article is no transcript
    "The council met on Tuesday. " * 40 + "\n\nCHAIRMAN BRUNO KELLER: We will vote now.\n",
])
def test_weak_or_late_single_labels_stay_prose(text: str) -> None:
    assert detect(Document(name="t", text=text)) != "labelled"


def test_office_with_of_keeps_the_name_apart() -> None:
    assert split_name("SECRETARY OF DEFENSE LLOYD J. AUSTIN III") == (
        ["SECRETARY", "OF", "DEFENSE"], ["LLOYD", "J.", "AUSTIN", "III"])
    assert split_name("Minister for Foreign Affairs Penny Wong") == (
        ["Minister", "for", "Foreign", "Affairs"], ["Penny", "Wong"])
    assert split_name("SECRETARY OF DEFENSE AUSTIN")[1] == ["AUSTIN"]
    registry = SpeakerRegistry()
    key = registry.label("SECRETARY OF DEFENSE OMAR K. VESTERGAARD III")
    assert registry.name(key) == "Omar K. Vestergaard"


def test_prefixed_labels_and_parliamentary_notes() -> None:
    text = ("  • >>Madam Chair: Order! Questions to the Minister.\n\n"
            "  • >>Grace Oduya (Eastmoor and Vale) (Ind): Will the Minister say what the"
            " levy raises?\n\n"
            "  • >>The Minister: About four million a year.\n\n"
            "  • >>Grace Oduya: That is not enough.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Will the Minister") == "Grace Oduya"
    assert _owner(transcript, "About four million") == "Minister"
    assert _owner(transcript, "That is not") == "Grace Oduya"


def test_bare_a_is_an_answer_only_after_a_question() -> None:
    text = ("Foreign Ministry Spokesperson Li Anqi's Regular Press Conference on May 3\n\n"
            "Foreign Ministry Spokesperson Li Anqi started the press conference with the "
            "following announcement:\n\n"
            "The Foreign Minister will visit Riverton next week.\n\n"
            "Q What is the purpose of the visit?\n"
            "A We hope to deepen our trade ties.\n"
            "A Riverton delegation came last year.\n")
    transcript = _parse(text)
    assert _owner(transcript, "What is the purpose") == "Press"
    assert _owner(transcript, "We hope to deepen") == "Li Anqi"
    # a second `A` line right after an answer is text of that answer, not a new turn
    assert _owner(transcript, "Riverton delegation") == "Li Anqi"
    assert _owner(transcript, "The Foreign Minister will visit") == "Li Anqi"


def test_a_sentence_opening_with_a_is_no_answer_without_questions() -> None:
    text = ("MR. KELLER: Good morning.\n\nA Riverton delegation came last year.\n\n"
            "MS. RUIZ: Thank you.\n")
    transcript = _parse(text)
    assert _owner(transcript, "A Riverton delegation") == "Mr. Keller"


def test_operator_and_a_handed_over_name_line() -> None:
    text = ("Northwind Foods Inc.\n\nQ3 2031 Earnings Conference Call\n\n"
            "speaker\nOperator\nGood day. I would now like to hand over to Mr. Hugo Brennan."
            "\nspeaker\nHugo Brennan\nThank you. Revenue grew four percent.\n")
    transcript = _parse(text)
    assert transcript.layout == "headed"
    assert _owner(transcript, "Revenue grew") == "Hugo Brennan"
    assert _owner(transcript, "Good day") == "Operator"
    # the repeated `speaker` lines are nobody's words
    assert _owner(transcript, "speaker\nHugo") is None


def test_diarizer_ids_are_speakers() -> None:
    transcript = _parse("spk09: Good morning, welcome to the call.\n"
                        "spk00: Thanks. Revenue grew four percent.\n"
                        "spk09: Our first question comes from the line of Ana Ruiz.\n")
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Revenue grew") == "spk00"
    assert _owner(transcript, "Our first question") == "spk09"


def test_caption_text_on_the_timing_line_is_kept_and_cue_settings_are_not() -> None:
    text = ("WEBVTT\n\n00:00:00.500 --> 00:00:03.000 Good evening, and welcome.\n\n"
            "00:00:03.100 --> 00:00:06.200 align:start position:10%\nThe bridge opens Monday.\n")
    transcript = _parse(text)
    said = " ".join(turn.text for turn in transcript.turns)
    assert "Good evening, and welcome." in said
    assert "The bridge opens Monday." in said
    assert "align" not in said


def test_a_dateline_before_a_lower_case_sentence_is_no_label() -> None:
    text = ("Joint press availability\n"
            "WASHINGTON: the text below was transcribed from the live feed.\n"
            "ANA RUIZ, Deputy Spokesperson: Good morning. MR. KELLER: Thanks.\n"
            "QUESTION: When? Ruiz: Monday.\n")
    transcript = _parse(text)
    assert _owner(transcript, "the text below") is None
    assert _owner(transcript, "Monday.") == "Ana Ruiz"


def test_metadata_keys_and_headlines_are_no_speakers() -> None:
    text = ("Daily Press Briefing, Tuesday, May 6, 2031\n\n"
            "BRIEFER: Colin Ashdown, Spokesman (On The Record Unless Otherwise Noted)\n\n"
            "TRANSCRIPT: MR. ASHDOWN: Good afternoon. Happy to take your questions.\n\n"
            "Q: Is the dredging contract going to be re-tendered?\n\n"
            "MR. ASHDOWN: We are reviewing it and will say more next week.\n")
    transcript = _parse(text)
    assert sorted(_names(transcript).values()) == ["Colin Ashdown", "Press"]
    assert _owner(transcript, "Good afternoon") == "Colin Ashdown"
    assert _owner(transcript, "Colin Ashdown, Spokesman") is None
    headline = ("Harbor Radio's Mira Tollefsen: still asking the hard questions\n\n"
                "Mira Tollefsen would rather ask the questions than answer them.\n\n"
                "LEDGER: You just got back. What did you find?\n\n"
                "Tollefsen: A lot of anger about the ferry schedule.\n\n"
                "LEDGER: Did anyone talk about the election?\n\nTollefsen: Everyone did.\n")
    transcript = _parse(headline)
    assert _owner(transcript, "would rather ask") is None
    assert _owner(transcript, "A lot of anger") == "Mira Tollefsen"


def test_radio_host_intro_and_a_guest_label_with_a_long_note() -> None:
    text = ("From Harbour Pilot To Novelist\n\n"
            "This is HARBOUR HOUR. I'm Ingrid Saarinen.\n\n"
            "My guest, Tomas Keller, piloted ships into Riverton for thirty years.\n\n"
            "Tomas Keller, welcome to the show. Why write a novel now?\n\n"
            'Mr. TOMAS KELLER (Harbour pilot, author of "Slack Water: A Novel"): Well, I had '
            "time on my hands for the first time in my life, and stories to tell.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "My guest, Tomas Keller") == "Ingrid Saarinen"
    assert _owner(transcript, "I had time") == "Tomas Keller"
    assert _owner(transcript, "From Harbour Pilot") is None


def test_an_initial_m_is_not_monsieur_beside_a_first_name_in_m() -> None:
    registry = SpeakerRegistry()
    ruth = registry.label("RUTH CALLOWAY")
    marcus = registry.label("MARCUS CALLOWAY")
    assert registry.label("R. CALLOWAY") == ruth
    assert registry.label("M. CALLOWAY") == marcus


def test_bilingual_labels_in_chinese_script_take_the_english_label_after_them() -> None:
    text = ("Regular Press Conference on May 2, 2031\n\n"
            "新华社记者：请介绍会议情况。\n\nXinhua: Could you share the details?\n\n"
            "李安琪:会议取得了积极成果。\n\nLi Anqi: The meeting achieved positive results.\n\n"
            "路透社记者:双方是否签署了文件?\n\n")
    transcript = _parse(text)
    assert _owner(transcript, "请介绍会议情况") == "Press"
    assert _owner(transcript, "会议取得了积极成果") == "Li Anqi"
    assert _owner(transcript, "双方是否签署了文件") == "Press"
    assert sorted(_names(transcript).values()) == ["Li Anqi", "Press"]


def test_debate_page_portrait_headings() -> None:
    text = ("Harbour Levy Debate\n\n"
            "Maeve Kinsella Portrait The Minister for Ports (Ms Maeve Kinsella)\n"
            "- Record - - - Excerpts\n\nI beg to move that the levy be approved.\n\n"
            "Declan Rourke Portrait Mr Declan Rourke (Eastmoor) (Ind)\n- Record - -\n\n"
            "Will the Minister say how much the levy will raise?\n\n"
            "Maeve Kinsella Portrait Ms Kinsella\n- Record - - - Excerpts\n\n"
            "About four million a year, from memory.\n")
    transcript = _parse(text)
    assert _owner(transcript, "I beg to move") == "Maeve Kinsella"
    assert _owner(transcript, "Will the Minister") == "Declan Rourke"
    assert _owner(transcript, "About four million") == "Maeve Kinsella"
    assert _owner(transcript, "- Record - -\n") is None
    kinsella = next(s for s in transcript.speakers if s.name == "Maeve Kinsella")
    assert kinsella.role == "Minister for Ports"


def test_a_label_mid_document_before_a_lower_case_word_stays_a_label() -> None:
    text = ("Regular Press Conference on May 25, 2031\n\n"
            "CCTV: Yesterday the Foreign Minister met envoys. Could you share more?\n\n"
            "Li Anqi: jointly celebrating the day is an annual tradition.\n\n"
            "Bloomberg: Regarding the port lease, what is your comment?\n")
    transcript = _parse(text)
    assert _owner(transcript, "jointly celebrating") == "Li Anqi"


def test_a_middle_initial_m_is_not_monsieur() -> None:
    assert split_name("CHAIRMAN DMITRI M. QUIST") == (["CHAIRMAN"], ["DMITRI", "M.", "QUIST"])
    assert split_name("M. CALLOWAY") == (["M."], ["CALLOWAY"])


@pytest.mark.parametrize("seed", range(8))
def test_metadata_keys_in_a_header_are_not_speakers(seed: int) -> None:
    rng = random.Random(f"metadata-{seed}")
    rendered = FAMILIES["metadata_header"](synthetic_turns(rng, 16, speakers=3), rng)
    transcript = _parse(rendered.text)
    result = score(rendered, transcript)
    assert result.furniture_leaked == 0
    names = {s.name.lower() for s in transcript.speakers}
    assert not names & {"presenter", "presenters", "present", "also present", "participants",
                        "moderator"}


def test_a_metadata_key_with_speech_is_still_a_label() -> None:
    text = ("Town hall on the harbour levy\n\n"
            "MODERATOR: Thank you all for coming, we will start with the mayor.\n\n"
            "MAYOR ROSA KELLER: Good evening. The levy pays for the flood barrier.\n\n"
            "MODERATOR: Next question, please.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert "Moderator" in _names(transcript).values()


def test_one_opening_label_gives_the_whole_statement_to_its_speaker() -> None:
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson (4 March)\n"
            "Shri Rosa Keller, Official Spokesperson: Good afternoon friends. I will begin "
            "with a statement on the harbour levy.\n"
            "We have noted the report on the levy. We therefore reject it.\n"
            "In 2025, the ministry raised the matter with the harbour board.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "In 2025, the ministry") == "Rosa Keller"
    assert _owner(transcript, "Transcript of Weekly") is None
    assert {s.name: s.role for s in transcript.speakers} == {
        "Rosa Keller": "Official Spokesperson"}


@pytest.mark.parametrize("text", [
    # a headline with a colon, then reporting in the third person
    "Harbour Works: The council said on Tuesday that the works will finish in May.\n\n"
    "The works began in 2024, officials said, and cost four million.\n",
    # one quoted line leading an article
    "Ana Ruiz: We will vote now.\n\n" + (
        "RIVERTON - The council of Riverton met on Tuesday to debate the harbour levy. Mayor "
        "Ana Ruiz said the vote would come next week. \"We need the barrier before the "
        "winter,\" Ruiz told reporters.\n\nThe levy would raise four million a year, "
        "according to the council. Opponents said the cost was too high.\n\n") * 3,
])
def test_weak_single_opening_labels_stay_prose(text: str) -> None:
    assert detect(Document(name="t", text=text)) != "labelled"


def test_a_title_then_a_by_line_names_the_voice_of_a_monologue() -> None:
    text = ("Press conference\n\n"
            "by Secretary General Rosa Keller ahead of the meeting of the Harbour Council\n\n"
            "  • 24 May. 2026 -\n  • |\n  • Last updated 25-May-2026 09:01\n\n"
            "(As delivered)\n\n"
            "Secretary General Rosa Keller giving a press conference ahead of the meeting\n\n"
            "Good morning.\n\n"
            "Tomorrow the council will meet here. As I said, the barrier comes first.\n\n"
            "We will also open the new dock.\n")
    transcript = _parse(text)
    assert transcript.layout == "monologue"
    assert _owner(transcript, "As I said") == "Rosa Keller"
    assert _owner(transcript, "We will also open") == "Rosa Keller"
    assert _owner(transcript, "(As delivered)") is None
    assert _owner(transcript, "giving a press conference") is None
    assert {s.name: s.role for s in transcript.speakers} == {"Rosa Keller": "Secretary General"}


def test_initials_labels_take_the_names_the_headline_gives() -> None:
    text = ("Transcript -- March 9 -- Senior Correspondent Emeka Tamsin Interviews Foreign "
            "Minister Olga Ade Moreau\n\n"
            "ET: Minister, thank you for having us.\n"
            "OAM: Thank you for coming.\n"
            "ET: Is the levy a tax on the harbour towns?\n"
            "AM: No, not at all. It pays for the flood barrier.\n"
            "ET: And when will it be voted?\n"
            "OAM: Next month, before the winter.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert sorted(_names(transcript).values()) == ["Emeka Tamsin", "Olga Ade Moreau"]
    assert _owner(transcript, "No, not at all") == "Olga Ade Moreau"
    assert _owner(transcript, "And when will it") == "Emeka Tamsin"


def test_a_label_that_gives_the_office_first_names_the_person() -> None:
    text = ("Media Center\n\n"
            "Official Spokesperson, Shri Rosa Keller: Good afternoon. I have no announcements.\n\n"
            "Question: Is the harbour levy on the agenda of the visit?\n\n"
            "Official Spokesperson, Shri Rosa Keller: It is not on the agenda.\n")
    transcript = _parse(text)
    assert {s.name: s.role for s in transcript.speakers if s.kind.value != "press"} == {
        "Rosa Keller": "Official Spokesperson"}
    assert _owner(transcript, "It is not on the agenda") == "Rosa Keller"


def test_a_q_and_a_heading_is_no_question() -> None:
    text = ("Q & A\n\nOperator:\n\nThank you. First question, the Riverton Herald.\n\n"
            "Reporter:\n\nWill the barrier open before the winter?\n\n"
            "Operator:\n\nNext question.\n")
    marks = labelled.find_marks(Document(name="t", text=text))
    assert "Q" not in {m.label for m in marks.values()}


def test_timestamps_glued_to_unnamed_speech_invent_no_speaker() -> None:
    text = "Video transcript\n\n" + "".join(
        f"00:{n * 5:02d}The harbour plan needs more work before the winter, line {n}.\n"
        for n in range(6))
    transcript = _parse(text)
    assert not transcript.speakers
    assert_verbatim(transcript)


def test_timestamps_are_left_out_of_the_voice_s_turns() -> None:
    text = ("Deputy Press Secretary Ana Ostrova held a press briefing on Friday.\n\n"
            "Transcript\n00:00Good afternoon.\n00:07Just a few things at the top, and then\n"
            "00:12happy to take your questions on the harbour plan.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Just a few things") == "Ana Ostrova"
    assert all(not transcript.document.text[t.start:t.end].lstrip()[:1].isdigit()
               for t in transcript.turns if t.speaker is not None)


def test_caption_dashes_without_names_invent_no_one_but_a_self_named_reporter() -> None:
    text = ("WEBVTT\n\n00:01.000 --> 00:03.000\n- Yes, Europe with the United States\n"
            "will keep talking.\n\n00:04.000 --> 00:06.000\n- Hi, I'm Ana Ruiz with Radio "
            "Eastmoor.\nWhat does that mean for the port?\n\n00:07.000 --> 00:09.000\n"
            "- It means more work for all of us.\n")
    transcript = _parse(text)
    assert [s.name for s in transcript.speakers] == ["Press"]
    assert _owner(transcript, "What does that mean") == "Press"
    assert _owner(transcript, "Europe with") is None
    assert _owner(transcript, "It means more work") is None


def test_dated_capitals_heading_is_no_speaker_and_pm_is_the_named_head() -> None:
    text = ("Source: Office of the Government\n"
            "NEIGHBOURHOOD PRESS CONFERENCE: Wednesday, 7 July 2027\n\n"
            "Prime Minister Talia Brennagh took questions after the weekly meeting.\n\n"
            "PM: Right, good afternoon, everyone. We have a busy week ahead of us.\n\n"
            "Q: Will the ferry levy go up?\n\n"
            "PM: No, we are holding it where it is.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert sorted(_names(transcript).values()) == ["Press", "Talia Brennagh"]
    assert _owner(transcript, "We have a busy week") == "Talia Brennagh"
    assert _owner(transcript, "Wednesday, 7 July") is None


def test_lone_capitals_office_label_opens_a_transcript() -> None:
    text = ("Uploaded by CouncilVideos on 04.06.2027\n\n"
            ">>PREMIER: Just to the ferry timetable, it has been a long week for commuters.\n"
            "The operator missed its targets again and the board has answered for it.\n"
            "We will hold them to the contract, and I expect better by the winter.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "We will hold them") == "Premier"
    # an office in title case, alone, is a credit in an article, not a transcript
    assert detect(Document(name="t", text=text.replace(">>PREMIER", "Premier"))) != "labelled"


def test_a_title_in_brackets_after_a_name_line_is_the_role() -> None:
    text = ("Harbour Foods - Q2 2031\nTranscript\nOperator\nGood day, please go ahead.\n"
            "Lena Varga (Chief Financial Officer)\nThank you. Sales rose in every region.\n"
            "Omar Pike (Harbour Foods - CEO)\nWe will open two plants next year.\n"
            "Lena Varga (Chief Financial Officer)\nMargins held up well.\n")
    transcript = _parse(text)
    assert transcript.layout == "headed"
    assert _owner(transcript, "Sales rose") == "Lena Varga"
    assert _owner(transcript, "We will open") == "Omar Pike"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Lena Varga"] == "Chief Financial Officer"
    assert roles["Omar Pike"] == "CEO, Harbour Foods"
    for rng_seed in range(8):
        rng = random.Random(f"paren_titles-{rng_seed}")
        rendered = FAMILIES["paren_titles"](synthetic_turns(rng, 12, speakers=3), rng)
        result = score(rendered, _parse(rendered.text))
        assert result.roles_right == result.roles, rendered.text[:300]


def test_a_stage_note_in_brackets_is_no_title() -> None:
    from briefing_cli.transcript.headed import _heading
    assert _heading("Lena Varga (inaudible)") is None
    assert _heading("Lena Varga (Crosstalk)") is None
    assert _heading("Lena Varga (CFO)") == ("Lena Varga", "CFO", False)


def test_a_stakeout_title_names_the_one_answering_q_dot_a_dot() -> None:
    from briefing_cli.transcript import roles
    assert roles.titled_name("Ambassador Rosa Keller on the Middle East") == (
        "Rosa Keller", "Ambassador")
    text = ("Delegation of the Alder Republic to the OSCE\n\n"
            "Press stakeout by Ambassador Rosa Keller on the Harbour Dispute\n\n"
            "Q.: Will the talks resume?\n\nA.: They will, on Monday, and we expect progress.\n\n"
            "We have asked both sides to bring their experts.\n\nQ.: And the observers?\n\n"
            "A.: They stay where they are.\n")
    transcript = _parse(text)
    assert _owner(transcript, "We have asked both sides") == "Rosa Keller"
    assert _owner(transcript, "They stay where") == "Rosa Keller"
    assert "A" not in {s.name for s in transcript.speakers}


def test_one_member_heading_makes_a_debate_page_a_transcript() -> None:
    text = ("12 Ana Keller debates involving the Leader of the House\n\nHarbour Levy\n\n"
            "Ana Keller Excerpts\nMonday 12th March 2029\n\nCommons Chamber\n"
            "Read Full debate Read Hansard Text Read Debate Ministerial Extracts\n"
            "Ana Keller Portrait Ms Ana Keller (Broxholm) (Lab)\n- Hansard - -\n\n"
            "It is a pleasure to follow the Minister. My Committee states in its report that\n\n"
            "\"The levy does not seek to regulate the harbour in its private business.\"\n\n"
            "My Lords would call that a power without limit, and so do I.\n")
    transcript = _parse(text)
    assert transcript.layout == "headed"
    assert {s.name for s in transcript.speakers} == {"Ana Keller"}
    assert _owner(transcript, "The levy does not seek") == "Ana Keller"
    assert _owner(transcript, "Commons Chamber") is None
    # a party in brackets is no role
    alone = _parse("Baroness Ostrova (CB)\nMy Lords, I will be brief on the levy today.\n\n"
                   "The harbour board asked for it and the county agreed.\n")
    assert [(s.name, s.role) for s in alone.speakers] == [("Baroness Ostrova", None)]


def test_a_guest_joining_the_press_conference_is_not_its_voice() -> None:
    intro = ("Prime Minister's Post-Cabinet Press Conference, 3 May 2029\n\n"
             "Transcript follows below\n\n"
             "Prime Minister Rosa Keller was joined for her Monday press conference by Minister "
             "of Police Bruno Halvorsen to launch a plan for the harbour.\n\n"
             "Halvorsen noted that the plan would be reviewed and said the government wanted "
             "feedback. Deputy Prime Minister Ana Quist was away.\n\n"
             + "Halvorsen and Keller answered media questions on the levy and the bus routes, "
             "and on the strike at the port, the new clinic and the water board. " * 6 + "\n\n"
             "***\n\nPOST-CABINET PRESS CONFERENCE: MONDAY, 3 MAY 2029\n\n")
    text = intro + "PM: Right, good afternoon, everyone. I am in the House on Tuesday.\n"
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert [s.name for s in transcript.speakers] == ["Rosa Keller"]
    assert _owner(transcript, "Halvorsen noted") is None
    assert _owner(transcript, "I am in the House") == "Rosa Keller"
    # `PM:` before a lower-case word is the same office once `PM: Right` has named it
    more = _parse(text + "\nQ: And the levy?\n\nPM: so, uh, we will see.\n")
    assert _owner(more, "we will see") == "Rosa Keller"


def test_dropped_labels_in_a_two_voice_interview() -> None:
    excerpt = ("FULL TRANSCRIPT: Governor Ana Ruiz's interview with \"The Sunday Desk\"\n\n"
               "What follows is a full transcript of the interview, which aired Sunday.\n\n"
               ".. I think the levy is fair, and we said so from the start.\n\n"
               "BRUNO KELLER: Why did the ferry contract fail?\n\n"
               "GOVERNOR ANA RUIZ: Well, the operator missed its targets.\n\n"
               "BRUNO KELLER: Will you fine them?\n\n"
               ".. Well, that is for the board. The contract allows it.\n\n"
               ".. BRUNO KELLER: What would you do differently?\n\n"
               "Lunch with the Post: Greta Lindqvist\n\n"
               "The investor talks about markets and what she looks for in a new firm.\n\n"
               "Her family farmed in the valley and sold seed corn.\n")
    transcript = _parse(excerpt)
    assert _owner(transcript, "I think the levy is fair") == "Ana Ruiz"
    assert _owner(transcript, "that is for the board") == "Ana Ruiz"
    assert _owner(transcript, "Lunch with the Post") is None
    assert _owner(transcript, "Her family farmed") is None
    radio = ("Transcript: Radio Eastmoor's Full Interview With Foreign Minister Ana Maria Ruiz\n\n"
             "Bruno Keller: Why did the talks stall this week?\n\n"
             "Foreign Minister Ana Maria Ruiz: They did not stall. We asked for a pause.\n\n"
             "The other side agreed to it on Monday.\n\n"
             "So will they resume before the summit?\n\n"
             "I expect so, and we are ready.\n\n"
             "Our team is in the capital already.\n")
    transcript = _parse(radio)
    assert _owner(transcript, "They did not stall") == "Ana Maria Ruiz"
    assert _owner(transcript, "The other side agreed") == "Ana Maria Ruiz"
    assert _owner(transcript, "will they resume") == "Bruno Keller"
    assert _owner(transcript, "I expect so") == "Ana Maria Ruiz"


def test_a_dash_title_is_no_speaker_and_two_titled_headings_make_a_transcript() -> None:
    from briefing_cli.transcript.headed import _heading
    assert _heading("Acme Digital - Q1 2025 Earnings Call") is None
    assert _heading("Northwind Foods - Investor Day") is None
    assert _heading("Jane Roe - Chief Financial Officer") == ("Jane Roe", "Chief Financial Officer",
                                                             False)
    text = ("Acme Digital - Q1 2025\nOctober 9, 2024\nTranscript\nLena Varga (CFO)\n"
            "Good afternoon and welcome to the call. I will be your host today.\n"
            "Omar Pike (Head of Investor Relations)\nThank you. Some statements today may be "
            "forward-looking.\nWe also discuss other measures in our release.\n")
    transcript = _parse(text)
    assert transcript.layout == "headed"
    assert {s.name for s in transcript.speakers} == {"Lena Varga", "Omar Pike"}
    assert _owner(transcript, "Transcript") is None


def test_a_role_stops_before_the_dateline() -> None:
    from briefing_cli.transcript import roles
    assert roles.role_line("Press Secretary, Washington, D.C.") == "Press Secretary"
    assert roles.role_line("Mayor, Riverton, Calif.") == "Mayor"
    assert roles.role_line("Chief Executive Officer, Acme, Inc.") == \
        "Chief Executive Officer, Acme, Inc."
    assert roles.role_line("Deputy Director, Office of Rural Transport, Alder County") == \
        "Deputy Director, Office of Rural Transport, Alder County"


def test_a_rev_page_header_naming_the_first_label_is_no_monologue() -> None:
    text = ("Press Briefing by Press Secretary Rosa Keller 9/07/29 Transcript\n\n"
            "RevBlogTranscriptsRosa Keller Press Briefing Transcripts\n\n"
            "Press Briefing by Press Secretary Rosa Keller 9/07/29. Read the transcript here.\n\n"
            "Transcribe Your Own Content\n\n"
            "Try Rev and save time transcribing, captioning, and subtitling.\n\n"
            "Rosa Keller: (00:00)\nGood afternoon, everybody. We have two guests today.\n\n"
            "Bruno Okafor: (00:28)\nThank you. The clinics open on Monday.\n\n"
            "Rosa Keller: (00:41)\nThank you, Bruno.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Try Rev and save time") is None
    assert _owner(transcript, "Read the transcript here") is None
    assert _owner(transcript, "We have two guests") == "Rosa Keller"


def test_q_dot_a_dot_labels_inside_a_flattened_line() -> None:
    text = ("Remarks to the Press by Ambassador Rosa Keller after consultations on Syria\n\n"
            "Q.: Will the talks resume? A.: They will, on Monday. We expect progress. "
            "Q.: And the observers? A.: They stay where they are.\n\n"
            "Question: And the convoy? Answer: It leaves at dawn. Question: Thanks. "
            "Answer: Thank you.\n")
    transcript = _parse(text)
    assert _owner(transcript, "They will, on Monday") == "Rosa Keller"
    assert _owner(transcript, "And the observers?") == "Press"
    assert _owner(transcript, "It leaves at dawn") == "Rosa Keller"
    assert _owner(transcript, "Thank you.") == "Rosa Keller"


def test_uncued_announcements_open_a_ministry_briefing() -> None:
    text = ("Foreign Ministry Spokesperson Rosa Keller's Regular Press Conference on May 3, 2031\n"
            "\nPublished on May 3, 2031\n"
            "At the invitation of Foreign Minister Ana Quist of Tarsal, Minister of Health Bruno "
            "Varga of Eastmoor will pay an official visit to Tarsal from March 3 to 6.\n"
            "Q: What do you expect from the visit?\n"
            "A: We expect the two sides to sign the health agreement.\n"
            "Q: And the ferry dispute?\n"
            "A: It is on the agenda.\n")
    transcript = _parse(text)
    assert _owner(transcript, "At the invitation") == "Rosa Keller"
    assert _owner(transcript, "Published on") is None
    # an interview's intro is no announcement
    interview = text.replace("Regular Press Conference on May 3, 2031",
                             "Press Conference Interview")
    assert _owner(_parse(interview), "At the invitation") is None


def test_the_statement_after_a_hand_over_is_the_addressee_s() -> None:
    text = ("Secretary of Defense Okafor and Chairman Keller Press Briefing\n\n"
            "PRESS SECRETARY ANA RUIZ: Afternoon, everybody. The Secretary will speak first.\n\n"
            "So thanks again. And with that, Mr. Secretary?\n\n\n"
            "Thank you all for coming. It has been a busy hundred days for the department.\n\n"
            "We have focused on three priorities.\n\n"
            "Q: What about the budget?\n\nSECRETARY OKAFOR: It goes to a vote next week.\n")
    transcript = _parse(text)
    secretary = _owner(transcript, "It goes to a vote")
    assert secretary is not None and "Okafor" in secretary
    assert _owner(transcript, "Thank you all for coming") == secretary
    assert _owner(transcript, "three priorities") == secretary
    assert _owner(transcript, "So thanks again") == "Ana Ruiz"
    # named only in the title: the title's office is the role
    alone = _parse(text[:text.index("Q: What")])
    assert [(s.name, s.role) for s in alone.speakers if "Okafor" in s.name] == [
        ("Okafor", "Secretary of Defense")]
    # without a hand-over the unlabelled paragraph stays the moderator's
    plain = _parse(text.replace("And with that, Mr. Secretary?", "Please be brief."))
    assert _owner(plain, "Thank you all for coming") == "Ana Ruiz"


def _dropping_interview(n: int) -> str:
    # an interview whose labels stop, with hand-overs and `..` cuts: the dropped-label passes
    head = ("Transcript: Full Interview With Governor Ana Ruiz\n\n"
            "Bruno Keller: Why now?\n\nGovernor Ana Ruiz: Because the work is not done.\n\n")
    return head + "".join(f"Bruno Keller: What about item {i}?\n\n.. I think item {i} is "
                          f"ready. We will see it through. And with that, Bruno Keller.\n\n"
                          f"What comes after item {i}?\n\n" for i in range(n))


def test_dropped_label_passes_grow_linearly() -> None:
    from test_linear import calls, grows_linearly
    _parse(_dropping_interview(5))  # warm
    counts = [calls(lambda k=k: _parse(_dropping_interview(k * 150))) for k in (1, 2, 4)]
    assert grows_linearly(counts), f"calls for N, 2N, 4N: {counts}"
    transcript = _parse(_dropping_interview(20))
    assert _owner(transcript, "What about item 7?") == "Bruno Keller"
    assert _owner(transcript, "I think item 7 is ready") == "Ana Ruiz"
    assert _owner(transcript, "What comes after item 7?") == "Bruno Keller"


def test_a_one_word_label_used_once_that_names_itself_is_a_reporter() -> None:
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson (May 3, 2031)\n"
            "Shri Rosa Keller, Official Spokesperson: Good afternoon. We begin with the visit.\n"
            "Meera Dunmore: Sir, Meera Dunmore from the Harbour Herald. Any update on the ferry?\n"
            "Shri Rosa Keller, Official Spokesperson: Not yet, we are in touch with them.\n"
            "Sahil: Sir, I am Sahil from Radio Eastmoor. Did the ministers meet?\n"
            "Shri Rosa Keller, Official Spokesperson: They did, on Monday.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Did the ministers meet?") == "Sahil"
    # a first name used once with no such introduction stays text
    other = _parse(text.replace("Sahil: Sir, I am Sahil from Radio Eastmoor.", "Look: we know."))
    assert "Look" not in {s.name for s in other.speakers}


def test_two_hosts_introducing_themselves_above_the_labels() -> None:
    text = ("Harbour Stories Part 4: 'A Long Winter'\n\n  • Download\n  • Transcript\n\n"
            "Hey, I'm Kelly Marsh.\n\nAnd I'm Eric Lund.\n\n"
            "MARSH: And this is HARBOUR STORIES.\n\nIn the winter of 2029 the ferry stopped.\n\n"
            "LUND: It stopped for six weeks.\n\nMARSH: And nobody told the islands why.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Hey, I'm Kelly Marsh") == "Kelly Marsh"
    assert _owner(transcript, "And I'm Eric Lund") == "Eric Lund"
    assert _owner(transcript, "It stopped for six weeks") == "Eric Lund"
    assert _owner(transcript, "Download") is None


def test_a_hand_over_to_no_one_named_invents_no_speaker() -> None:
    text = ("Weekly Briefing\n\nMS. RUIZ: Good afternoon. That is all from me today.\n\n"
            "And with that, Happy Holidays.\n\nThe office reopens on Monday.\n\n"
            "Q: Will the ferry run?\n\nMS. RUIZ: It will.\n")
    transcript = _parse(text)
    assert "Happy Holidays" not in {s.name for s in transcript.speakers}
    assert _owner(transcript, "The office reopens") == "Ms. Ruiz"
