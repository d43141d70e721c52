"""Every layout family: detection, the verbatim invariant, procedural lines, edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_text as _parse
from helpers import speaker_at as _speaker

from briefing_cli.models import Document, Transcript, TurnKind
from briefing_cli.source import read_source
from briefing_cli.transcript import LAYOUTS, TRANSCRIPT_LAYOUTS, detect, parse
from briefing_cli.transcript.subtitles import TIMING

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted(p for p in (ROOT / "tests" / "fixtures").iterdir()
                if not p.name.endswith(".json")) + sorted((ROOT / "samples").glob("*.txt"))


def assert_verbatim(transcript: Transcript) -> None:
    text = transcript.document.text
    previous_end = 0
    for index, turn in enumerate(transcript.turns):
        assert turn.text == text[turn.start:turn.end]
        assert turn.text.strip() == turn.text and turn.text
        assert turn.start >= previous_end, "turns overlap or go backwards"
        previous_end = turn.end
        for sentence in turn.sentences:
            assert sentence.text == text[sentence.start:sentence.end]
            assert turn.start <= sentence.start < sentence.end <= turn.end
            assert sentence.turn == index
        if turn.reply_to is not None:
            assert transcript.turns[turn.reply_to].kind is TurnKind.QUESTION
    ids = {s.id for s in transcript.speakers}
    assert all(t.speaker is None or t.speaker in ids for t in transcript.turns)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_every_layout_on_every_input_is_verbatim(path: Path, layout: str) -> None:
    assert_verbatim(parse(read_source(str(path)), layout))


def test_transcript_layouts_are_the_labelled_families() -> None:
    assert TRANSCRIPT_LAYOUTS == set(LAYOUTS) - {"news", "prose"}


# --- labelled -------------------------------------------------------------------------------


def test_labels_with_non_breaking_spaces_and_tabs() -> None:
    t = _parse("MS.\u00a0LEE:\u00a0We start today.\n\nQ:\tAnd then?\n\nMS. LEE:\tThen we stop.\n")
    assert t.layout == "labelled"
    assert _speaker(t, "We start today.") == "Ms. Lee"
    assert _speaker(t, "Then we stop.") == "Ms. Lee"
    assert _speaker(t, "And then?") == "Press"


def test_markdown_and_bracketed_timestamps() -> None:
    t = _parse("**Ana Ruiz:** Hello there, everyone.\n\n**Ben Cole**: Hi, Ana.\n\n"
               "**Ana Ruiz:** Let us begin.\n")
    assert _speaker(t, "Hi, Ana.") == "Ben Cole"
    t = _parse("[00:00:01] Ana: Hello there.\n[00:00:04] Ben: Hi, Ana (00:05) and all.\n"
               "[00:00:09] Ana: Let us begin.\n")
    assert _speaker(t, "and all") == "Ben"


def test_a_is_the_interviewee_named_in_the_header() -> None:
    t = _parse("An interview with Governor Ruth Okafor\n\nQ: Why run again?\n\n"
               "A: Because the work is not done.\n\nQ: And the budget?\n\nA: It balances.\n")
    assert _speaker(t, "Because the work is not done.") == "Ruth Okafor"
    assert t.speakers[-1].role == "Governor" or any(s.role == "Governor" for s in t.speakers)


def test_answers_reply_to_the_question_before_them() -> None:
    t = _parse("MR. ROE: Welcome.\n\nQUESTION: Is it done?\n\nMR. ROE: Not yet.\n")
    answer = t.turns[-1]
    assert answer.reply_to is not None and "Is it done?" in t.turns[answer.reply_to].text


# --- Congressional Record -------------------------------------------------------------------


def test_record_labels_and_text_that_looks_like_a_label() -> None:
    text = ("Chairman WELLS. The committee will come to order.\n\n"
            "Mr. DUARTE. Mr. Chairman, I have a question. Mr. Chairman, thank you.\n\n"
            "Ms. JACKSON LEE of Texas. Will the gentleman yield?\n\n"
            "The CHAIRMAN. The gentlewoman is recognized.\n")
    t = _parse(text)
    assert t.layout == "record"
    assert _speaker(t, "Mr. Chairman, thank you.") == "Mr. Duarte"
    assert _speaker(t, "Will the gentleman yield?") == "Jackson Lee"
    assert _speaker(t, "The gentlewoman is recognized.") == "Chairman Wells"


# --- headings -------------------------------------------------------------------------------


def test_earnings_call_analyst_asks_and_roles_come_from_headings() -> None:
    text = ("Operator\n\nOur first question comes from Amy Chu.\n\n"
            "Amy Chu -- Barclays -- Analyst\n\nHow is pricing?\n\n"
            "Sam Ortega -- Chief Executive Officer\n\nPricing is firm.\n\n"
            "Operator\n\nThat concludes the call.\n")
    t = _parse(text)
    assert t.layout == "headed"
    roles = {s.name: s.role for s in t.speakers}
    assert roles["Amy Chu"] == "Analyst, Barclays"
    answer = next(turn for turn in t.turns if turn.text == "Pricing is firm.")
    assert answer.reply_to is not None
    assert t.turns[answer.reply_to].text == "How is pricing?"


# --- subtitles ------------------------------------------------------------------------------


def test_no_cue_number_timing_or_header_is_a_statement() -> None:
    for path in ("panel_captions.vtt", "interview_subtitles.srt"):
        t = parse(read_source(str(ROOT / "tests" / "fixtures" / path)))
        assert t.layout == "subtitles"
        for turn in t.turns:
            assert not TIMING.match(turn.text)
            assert not turn.text.isdigit()
            assert not turn.text.startswith("WEBVTT")
            assert "-->" not in turn.text


def test_srt_dashes_and_chevrons_change_speaker() -> None:
    text = ("1\n00:00:01,000 --> 00:00:03,000\nANNA: Are you coming?\n\n"
            "2\n00:00:03,000 --> 00:00:05,000\nBEN: Maybe later.\n\n"
            "3\n00:00:05,000 --> 00:00:08,000\n- Why later?\n- Because it rains.\n\n"
            "4\n00:00:08,000 --> 00:00:10,000\n>> ANNA: Fine.\n")
    t = _parse(text)
    assert _speaker(t, "Why later?") == "Anna"
    assert _speaker(t, "Because it rains.") == "Ben"
    assert _speaker(t, "Fine.") == "Anna"


def test_vtt_voice_spans_and_unvoiced_cues() -> None:
    text = ("WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ann Lee><i>Hello</i> and welcome</v>\n\n"
            "00:03.000 --> 00:05.000\nto the show.\n\n"
            "00:05.000 --> 00:07.000\n<v.loud Bo Park>Thanks!</v> <v Ann Lee>Sure.\n")
    t = _parse(text)
    assert _speaker(t, "to the show.") == "Ann Lee"  # a cue with no voice carries on
    assert _speaker(t, "Thanks!") == "Bo Park"
    assert _speaker(t, "Sure.") == "Ann Lee"


# --- news -----------------------------------------------------------------------------------


NEWS = (
    "Officials met on Monday.\n\n"
    "\"We are not,\" Defence Minister Piotr Lasko said, \"going to be rushed.\"\n\n"
    "He added that more troops would not be sent. \"That is final,\" he said.\n\n"
    "The ministry said in a statement that the border was \"calm and quiet.\"\n\n"
    "According to Lasko, the review will take a month.\n\n"
    "Residents watched the \"Evening News\" show on NBC's \"Nightly News,\" then slept.\n\n"
    "The next meeting is on Friday.\n"
)


def test_news_sieve() -> None:
    t = _parse(NEWS)
    assert t.layout == "news"
    assert _speaker(t, "We are not,") == "Piotr Lasko"
    assert _speaker(t, "going to be rushed.") == "Piotr Lasko"
    assert _speaker(t, "That is final,") == "Piotr Lasko"
    assert _speaker(t, "He added that more troops") == "Piotr Lasko"
    assert _speaker(t, "calm and quiet.") == "Ministry"
    assert _speaker(t, "the review will take a month") == "Piotr Lasko"
    assert _speaker(t, "Nightly News") is None  # a title, not a quotation
    assert _speaker(t, "The next meeting is on Friday.") is None
    kinds = {turn.text: turn.kind for turn in t.turns}
    assert kinds["We are not,"] is TurnKind.QUOTE
    ministry = next(s for s in t.speakers if s.name == "Ministry")
    assert ministry.kind.value == "organization"


def test_news_quotation_over_paragraphs_takes_the_closing_cue() -> None:
    text = ("Analysts were divided.\n\n\"The first part runs on\n\n"
            "\"and the second part ends here,\" said Dana Ortiz, an analyst.\n")
    t = _parse(text, "news")
    assert _speaker(t, "The first part runs on") == "Dana Ortiz"


# --- size (correctness only: timings belong to bench/speed.py --hostile) ---------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_long_line_without_punctuation_parses(layout: str) -> None:
    # Correctness only; how fast a 5 MB line goes is bench/speed.py --hostile's job.
    line = " ".join(["THE MINISTER SAID \"TALKS WOULD GO ON\" AND"] * 2_000)
    assert_verbatim(_parse(line + "\n", layout))


def test_many_turns_parse() -> None:
    text = "\n\n".join(f"{'MR. SMITH' if i % 2 else 'QUESTION'}: Point number {i} is made."
                       for i in range(20_000))
    t = _parse(text)
    assert len(t.turns) == 20_000


def test_detection_defaults() -> None:
    assert detect(Document(name="t", text="Just a plain sentence here.\n")) == "prose"
    assert detect(Document(name="t", text="WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n")) \
        == "subtitles"


def test_broadcast_labels_with_roles_notes_and_videotape() -> None:
    text = ("WOLF BLITZER, CNN ANCHOR: Breaking news tonight.\n\n(BEGIN VIDEOTAPE)\n\n"
            "SEN. TED CRUZ (R-TX): A good day for the country.\n\n"
            "UNIDENTIFIED MALE: We will watch closely.\n\n(END VIDEOTAPE)\n\n"
            "BLITZER: Thank you all.\n")
    t = _parse(text)
    assert _speaker(t, "A good day for the country.") == "Ted Cruz"
    assert _speaker(t, "Thank you all.") == "Wolf Blitzer"
    assert _speaker(t, "We will watch closely.") == "Unidentified Male"
    assert _speaker(t, "(END VIDEOTAPE)") is None
    roles = {s.name: s.role for s in t.speakers}
    assert roles["Wolf Blitzer"] == "CNN Anchor"


def test_conference_call_with_names_alone_under_a_participants_list() -> None:
    text = ("Executives\nSam Ortega - Chief Executive Officer\n\nAnalysts\nAmy Chu - Barclays\n\n"
            "Operator\nWelcome to the call.\n\nSam Ortega\nA strong quarter.\n\n"
            "Amy Chu\nHow is pricing?\n\nSam Ortega\nPricing is firm.\n")
    t = _parse(text)
    assert t.layout == "headed"
    assert _speaker(t, "How is pricing?") == "Amy Chu"
    assert _speaker(t, "Pricing is firm.") == "Sam Ortega"
    assert {s.name: s.role for s in t.speakers}["Amy Chu"] == "Analyst, Barclays"


def test_rev_label_with_colon_before_the_stamp() -> None:
    t = _parse("Joe Biden: (00:01)\nGood evening.\n\nKamala Harris: (00:09)\nThank you.\n")
    assert _speaker(t, "Good evening.") == "Joe Biden"
    assert _speaker(t, "Thank you.") == "Kamala Harris"


def test_record_section_heading_is_not_part_of_a_turn() -> None:
    text = ("Chairman WELLS. We turn to the witness.\n\n"
            "STATEMENT OF HON. JANE DOE, DIRECTOR, OFFICE OF AUDITS\n\n"
            "Ms. DOE. Thank you, Mr. Chairman.\n\nChairman WELLS. Thank you.\n")
    t = _parse(text)
    assert _speaker(t, "STATEMENT OF HON. JANE DOE") is None
    assert _speaker(t, "Thank you, Mr. Chairman.") == "Jane Doe"


def test_news_descriptions_with_names_in_apposition() -> None:
    text = ("\"We will respond,\" said the spokesman for the ministry, Ivan Petrov.\n\n"
            "\"Nothing has changed,\" a Kremlin spokesman, Dmitry Peskov, told reporters.\n")
    t = _parse(text, "news")
    assert _speaker(t, "We will respond,") == "Ivan Petrov"
    assert _speaker(t, "Nothing has changed,") == "Dmitry Peskov"


def test_the_operator_answers_no_question() -> None:
    text = ("Operator\n\nWelcome.\n\nAmy Chu -- Barclays -- Analyst\n\nHow is pricing?\n\n"
            "Operator\n\nNext question.\n\nSam Ortega -- Chief Executive Officer\n\nFirm.\n")
    t = _parse(text)
    by_text = {turn.text: turn for turn in t.turns}
    assert by_text["Next question."].reply_to is None
    assert by_text["Firm."].reply_to is not None


def test_stage_directions_inside_a_turn_are_narration() -> None:
    t = _parse("MR. SMITH: That is final. (Laughter.) Next question.\n\nQ: Why? [crosstalk]\n")
    assert _speaker(t, "(Laughter.)") is None
    assert _speaker(t, "[crosstalk]") is None
    assert _speaker(t, "Next question.") == "Mr. Smith"
    assert all("(Laughter.)" not in s.text for turn in t.turns if turn.speaker
               for s in turn.sentences)


def test_bare_role_label_takes_the_name_from_a_header_with_the_role_after_it() -> None:
    text = ("Noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n"
            "**Spokesman:** Good afternoon.\n\n**Correspondent:** Has the convoy arrived?\n\n"
            "**Spokesman:** Not yet.\n")
    t = _parse(text)
    assert _speaker(t, "Not yet.") == "Stéphane Dujarric"
    assert _speaker(t, "Has the convoy arrived?") == "Press"


def test_news_intro_lines_with_lower_case_titles_and_institutions() -> None:
    text = ("The Commission confirmed the timetable on Thursday\n"
            "EU trade commissioner Valdis Ozols, speaking in Brussels on Thursday, said,\n"
            "Quote\n\"We have given companies more than enough time to prepare\"\n"
            "In a statement, the Polish economy ministry said:\nQuote\n"
            "\"Polish exporters need more time\"\n"
            "German economy minister Katrin Vogel backed the plan, adding,\nQuote\n"
            "\"A delay would only reward those who did not prepare\"\n")
    t = _parse(text, "news")
    assert _speaker(t, "more than enough time") == "Valdis Ozols"
    assert _speaker(t, "Polish exporters need more time") == "Polish economy ministry"
    assert _speaker(t, "A delay would only reward") == "Katrin Vogel"
    roles = {s.name: s.role for s in t.speakers}
    assert roles["Valdis Ozols"] == "EU trade commissioner"
    assert roles["Katrin Vogel"] == "German economy minister"


def test_news_detection_counts_doubled_apostrophes_and_reported_speech() -> None:
    quoted = "Talks went on.\n\n''We will see,'' Mr. Burman said.\n"
    assert detect(Document(name="t", text=quoted)) == "news"
    reported = ("The mayor said on Monday that the bridge would reopen.\n\n"
                "Officials said repairs were finished ahead of time.\n")
    t = _parse(reported)
    assert t.layout == "news"
    assert t.turns[0].kind is TurnKind.PARAPHRASE


def test_srt_without_blank_lines_between_cues() -> None:
    text = ("1\n00:00:01,000 --> 00:00:02,000\nANNA: Hi there.\n2\n00:00:02,000 --> 00:00:03,000\n"
            "BEN: Hello.\n3\n00:00:03,000 --> 00:00:04,000\nHow are you?\n")
    t = _parse(text)
    assert [turn.text for turn in t.turns] == ["Hi there.", "Hello.", "How are you?"]
    assert _speaker(t, "How are you?") == "Ben"
