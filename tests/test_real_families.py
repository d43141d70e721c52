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


def test_a_caller_after_an_opened_line_is_the_press_and_the_answer_goes_back() -> None:
    text = ("Telephone Press Briefing with Ana Keller, Harbour Director\n\n"
            "Ana Keller:\n\nThe levy goes up in May. We have said so for a year.\n\n"
            "Operator:\n\nThank you. Next question, Radio Eastmoor. Line open.\n\n"
            "Yes, thank you. Will the harbour fees go up as well?\n\n"
            "No, they stay where they are until the audit is out.\n\n"
            "Operator:\n\nOur next question comes from the Valley Times. Please go ahead.\n\n"
            "When does the audit come out?\n\n"
            "Ana Keller:\n\nIn June.\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "Will the harbour fees") == "Press"
    assert speaker_at(transcript, "No, they stay") == "Ana Keller"
    assert speaker_at(transcript, "When does the audit") == "Press"
    assert speaker_at(transcript, "Line open.") == "Operator"
    # an official's own sentence about a line is no operator's cue
    quiet = parse_text(text.replace("Next question, Radio Eastmoor. Line open.",
                                    "The rail line is open."))
    assert speaker_at(quiet, "Will the harbour fees") == "Operator"


def _phrased(lines: list[str]) -> str:
    return "".join(line + "\n\n" for line in lines)


_SHOW = ["Tell Me More with Ana Keller", "", "Bruno Halvorsen",
         "For thirty years, Bruno Halvorsen has run the harbour board. In this episode, the "
         "talk turns to the levy and the years ahead.", "AIRED: March 3, 2026 | 0:26:13"]
_CLIP = ["The harbour is the town.", "When it works,", "everyone eats,", "and when it fails",
         "nobody does."]
_TALK = ["Keller: I'm Ana Keller,", "and here is my conversation", "with Bruno Halvorsen.",
         "So how did it start?", "Halvorsen: With a leaking pier", "and a board that had",
         "run out of money.", "Keller: And then", "the levy came along.",
         "Halvorsen: Exactly,", "and it paid for the", "new sea wall in the end."]


def test_a_programme_cold_open_is_the_guest_named_in_the_header() -> None:
    transcript = parse_text(_phrased(_SHOW + _CLIP + _TALK))
    assert speaker_at(transcript, "The harbour is the town.") == "Bruno Halvorsen"
    assert speaker_at(transcript, "nobody does.") == "Bruno Halvorsen"
    assert speaker_at(transcript, "and here is my conversation") == "Ana Keller"
    assert speaker_at(transcript, "AIRED:") is None
    assert speaker_at(transcript, "For thirty years") is None
    # no guest alone on a header line: the phrases before the first label stay narration
    untitled = parse_text(_phrased([_SHOW[0], _SHOW[3], _SHOW[4]] + _CLIP + _TALK))
    assert speaker_at(untitled, "The harbour is the town.") is None


def test_a_statement_read_out_runs_on_until_its_closing_mark() -> None:
    text = ("Bi-weekly press briefing: 3 May 2027\n\n"
            "Ana Keller, for the Harbour Council, read the following statement:\n\n"
            "“The council met on Monday to open the new sea wall.\n\n"
            "Yesterday, dozens of council members gave speeches on the levy.\n\n"
            "The council will meet again next week.”\n\n"
            "The briefing then moved on to other matters.\n")
    transcript = parse_text(text)
    assert [s.name for s in transcript.speakers] == ["Ana Keller"]
    assert speaker_at(transcript, "dozens of council members") == "Ana Keller"
    assert speaker_at(transcript, "meet again next week") == "Ana Keller"
    assert speaker_at(transcript, "moved on to other matters") is None
    # no closing mark: the middle paragraphs are no one's quotation
    open_ended = parse_text(text.replace("next week.”", "next week."))
    assert speaker_at(open_ended, "meet again next week") != "Ana Keller"


def test_a_pool_report_answer_after_a_bracketed_question_note_is_the_official() -> None:
    text = ("Subject: travel pool 3/gaggle\n\n"
            "Keller gave a short gaggle on the flight.\n\n"
            "Keller said: “The levy stays where it is until the audit.”\n\n"
            "(Ferry timetable question) “The timetable is the operator's business.”\n\n"
            "(Bridge tolls with the mayor) “We have not discussed tolls.”\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "The timetable is") == "Keller"
    assert speaker_at(transcript, "We have not discussed") == "Keller"
    assert speaker_at(transcript, "Ferry timetable question") is None


def test_a_blog_post_quoting_a_hearing_keeps_its_narration_and_block_quote() -> None:
    text = ("I'm reading the transcript of a hearing on the harbour levy, and it is not going "
            "well; under cross-examination the witness has already had to concede the point:\n"
            "The levy was never meant to pay for the sea wall.\n"
            "The examination goes on, the witness grows more combative with every answer, and "
            "the judge steps in to stop the defense attorney interrupting:\n"
            "Defense Attorney: You said the levy paid for the wall.\n"
            "Witness: It paid for part of it.\n"
            "Judge: Let him finish.\n"
            "Witness: Thank you.\n"
            "Judge: Go on, counsel.\n"
            "The witness realises what has happened, but the judge has moved on, and the lecture "
            "on how to run an examination follows at length.\n"
            "Comments\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "The levy was never meant") == "Witness"
    assert speaker_at(transcript, "The examination goes on") is None
    assert speaker_at(transcript, "The witness realises") is None
    assert speaker_at(transcript, "Comments") is None
    assert speaker_at(transcript, "Go on, counsel.") == "Judge"
    # a role labelled once in the exchange, even right under the intro, speaks
    once = parse_text(text.replace("Defense Attorney: You said", "Prosecutor: Objection.\n"
                                   "Defense Attorney: You said"))
    assert speaker_at(once, "Objection.") == "Prosecutor"
    assert speaker_at(once, "The levy was never meant") == "Witness"
    # a court transcript of its own (no post above it) keeps a long line as the judge's
    record = parse_text(text[text.index("Defense Attorney:"):])
    assert speaker_at(record, "The witness realises") == "Judge"


def test_a_court_label_keeps_a_name_prefix_in_lower_case() -> None:
    lines = ["THE COURT: Good morning. Be seated, please.",
             "MR. McGILL: Good morning, Your Honor.",
             "MS. DeLUCA: Good morning, Your Honor. We are ready.",
             "THE COURT: Call your first witness.",
             "MR. McGILL: The Commonwealth calls Officer Ana Ruiz.",
             "MS. DeLUCA: No objection, Your Honor.",
             "(A side bar conference was held on the",
             "record with the defendant present as follows:)",
             "THE COURT: Counsel, approach."]
    text = "".join(f"{n:>2}   {line}\n" for n, line in enumerate(lines, 1))
    transcript = parse_text(text)
    assert transcript.layout == "record"
    assert speaker_at(transcript, "The Commonwealth calls") == "Mr. McGill"
    assert speaker_at(transcript, "We are ready.") == "Ms. Deluca"
    # a stage note wrapped over two lines is no one's words
    assert speaker_at(transcript, "record with the defendant") is None
    assert speaker_at(transcript, "A side bar") is None
    assert speaker_at(transcript, "Counsel, approach.") == "The Court"
