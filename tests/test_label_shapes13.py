"""Real-transcript shapes found in session 10 (issue 10, branch labels18) on the tenth unseen
set: a court record whose presiding judge shares counsel's surname, its case caption's
column of colons. Original text imitating those layouts; the generated families are in
tests/layoutgen.py."""

from __future__ import annotations

from helpers import family_totals
from helpers import parse_text as _parse
from helpers import speaker_at as _owner

# A supreme court's argument as PDF text: numbered lines, a caption whose parties stand
# before a column of colons, counsel in the appearances, then the Chief Justice, who shares
# counsel's surname, calls on counsel.
_COURT = ("Official - Subject to Final Review\n\n"
          "1 IN THE SUPREME COURT OF EASTMOOR\n\n"
          "2 - - - - - - - - - - - - - - - - x\n\n"
          "3 HARBOUR BOARD OF EASTFIELD, :\n\n"
          "4 Petitioner :\n\n"
          "5 v. : No. 31-0442\n\n"
          "6 NELL ORMSBY BRIGHTWATER :\n\n"
          "7 - - - - - - - - - - - - - - - - x\n\n"
          "8 Eastport, Monday, March 3, 2031\n\n"
          "9 APPEARANCES:\n\n"
          "10 TOMAS K. WREN, ESQ., Deputy Solicitor, Eastport; on\n\n"
          "11 behalf of Petitioner.\n\n"
          "12 IDA PERRIN, ESQ., Harbour Street; on behalf of Respondent.\n\n"
          "1 P R O C E E D I N G S\n\n"
          "2 (10:04 a.m.)\n\n"
          "3 CHIEF JUSTICE WREN: We will hear argument first\n\n"
          "4 this morning in the harbour board's case.\n\n"
          "5 Mr. Wren.\n\n"
          "6 MR. WREN: Thank you. Chief Justice, and may it\n\n"
          "7 please the Court: the board asks a narrow question.\n\n"
          "8 JUSTICE ALDER: Is it so narrow, though?\n\n"
          "9 MR. WREN: It is, Justice Alder.\n\n"
          "10 CHIEF JUSTICE WREN: Thank you, counsel. Ms. Perrin.\n\n"
          "11 MS. PERRIN: We see the question differently.\n")


def test_a_chief_justice_is_not_counsel_of_the_same_surname() -> None:
    transcript = _parse(_COURT)
    assert _owner(transcript, "We will hear argument") == "Chief Justice Wren"
    assert _owner(transcript, "this morning in the harbour") == "Chief Justice Wren"
    assert _owner(transcript, "Thank you, counsel") == "Chief Justice Wren"
    assert _owner(transcript, "Thank you. Chief Justice") == "Tomas K. Wren"
    assert _owner(transcript, "It is, Justice Alder") == "Tomas K. Wren"
    assert _owner(transcript, "Is it so narrow") == "Justice Alder"
    assert _owner(transcript, "We see the question") == "Ida Perrin"


def test_a_case_caption_party_is_no_speaker() -> None:
    transcript = _parse(_COURT)
    assert all("Brightwater" not in s.name for s in transcript.speakers)
    for line in ("Eastport, Monday", "APPEARANCES", "TOMAS K. WREN, ESQ.", "P R O C E"):
        assert _owner(transcript, line) is None


def test_a_judge_label_still_joins_the_judge_the_header_names() -> None:
    # a judge named with the title in the header is the same judge in the labels
    text = ("Hearing before Judge Marta Alder, Eastmoor District Court.\n\n"
            "JUDGE ALDER: Please be seated. Mr. Alder, you may begin.\n\n"
            "MR. ALDER: Thank you, Your Honour.\n\n"
            "JUDGE ALDER: Go on.\n\n"
            "MR. ALDER: The plan was filed late.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Please be seated") == "Marta Alder"
    assert _owner(transcript, "Thank you, Your Honour") != "Marta Alder"


def test_generated_court_caption_surnames_come_back() -> None:
    right, total, _, _, leaked = family_totals("court_caption_surnames")
    assert right >= 0.97 * total
    assert leaked == 0


# A blog's copy of a radio interview: surnames label the first two turns, initials (one
# letter a part of a double-barrelled name) every later one.
_INITIALLED = ("Morning Line: the harbour audit\n\n"
               "Here is the whole exchange, so that you can judge for yourselves.\n\n"
               "Okonkwo: Do you accept the audit's findings on the ferry contract?\n\n"
               "Vasquez-Lind: I have answered that question many times this week.\n\n"
               "O: And the answer is?\n\n"
               "V-L: the record speaks for itself, and I stand by it.\n\n"
               "O: That is not an answer, commissioner.\n\n"
               "V-L: It is the one I will give you today.\n")


def test_surname_labels_once_then_initials_are_one_speaker_each() -> None:
    transcript = _parse(_INITIALLED)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Do you accept the audit") == "Okonkwo"
    assert _owner(transcript, "I have answered that") == "Vasquez-Lind"
    assert _owner(transcript, "And the answer is") == "Okonkwo"
    assert _owner(transcript, "the record speaks") == "Vasquez-Lind"
    assert _owner(transcript, "It is the one I will") == "Vasquez-Lind"
    assert _owner(transcript, "Here is the whole") is None
    assert sorted(s.name for s in transcript.speakers) == ["Okonkwo", "Vasquez-Lind"]


def test_initials_that_no_earlier_name_fits_stay_as_written() -> None:
    text = ("Panel notes\n\n"
            "Ruiz: Welcome to the panel.\n\n"
            "JT: Thanks. The ferry is late again.\n\n"
            "MK: It is, and the levy pays for it.\n\n"
            "JT: Then who pays for the levy?\n\n"
            "MK: We do.\n")
    transcript = _parse(text)
    names = {s.name for s in transcript.speakers}
    assert "Ruiz" not in {_owner(transcript, "Then who pays"), _owner(transcript, "We do.")}
    assert {"Jt", "Mk"} <= names or {"JT", "MK"} <= names


def test_generated_initialled_surnames_come_back() -> None:
    right, total, _, _, leaked = family_totals("initialled_surnames")
    assert right >= 0.97 * total
    assert leaked == 0


# A blogger's readout of a briefing: first names for the spokespeople and the journalists
# alike, topic lines between turns, one journalist named before the question with no colon.
_READOUT = ("Harbour press room, Spokesperson Nell Brightwater, noon.\n"
            "12:02 [late start again]\n"
            "Nell: Good afternoon. Two announcements, then questions.\n"
            "Ferries, harbour levy\n"
            "Tomasz: My question is about the levy. Is it coming this month?\n"
            "Ivo: The proposal is due on Friday.\n"
            "Nell: Thanks, Ivo. More on ferries?\n"
            "Greta: The mayor says the timetable slips again. Do you have confirmation?\n"
            "Ivo: We do not comment on the mayor's remarks.\n"
            "Oskar, follow-up on the timetable. Which routes are late, and since when?\n"
            "Ivo: Two routes, since March.\n")


def test_a_readout_s_askers_by_first_name_are_the_press() -> None:
    transcript = _parse(_READOUT)
    assert _owner(transcript, "My question is about the levy") == "Press"
    assert _owner(transcript, "The mayor says the timetable") == "Press"
    assert _owner(transcript, "Oskar, follow-up") == "Press"
    assert _owner(transcript, "The proposal is due") == "Ivo"
    assert _owner(transcript, "Two routes, since March") == "Ivo"
    assert _owner(transcript, "Good afternoon. Two") == "Nell Brightwater"
    assert _owner(transcript, "Thanks, Ivo. More") == "Nell Brightwater"
    assert _owner(transcript, "Ferries, harbour levy") is None


def test_first_names_that_answer_too_are_no_press() -> None:
    # a meeting's notes by first names, no briefing: everyone keeps the name
    text = ("Board meeting notes, March.\n"
            "Nell: Good afternoon. Two items today.\n"
            "Tomasz: Is the levy coming this month?\n"
            "Ivo: The proposal is due on Friday.\n"
            "Greta: Do we know the timetable?\n"
            "Ivo: Not yet.\n"
            "Tomasz: And the ferries?\n"
            "Nell: Next month.\n"
            "Greta: Who pays for them?\n"
            "Ivo: The board does.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Is the levy coming") == "Tomasz"
    assert _owner(transcript, "Do we know the timetable") == "Greta"


def test_generated_first_name_readout_comes_back() -> None:
    right, total, _, _, leaked = family_totals("first_name_readout")
    assert right >= 0.97 * total
    assert leaked <= 1


# A news agency's shot list: inside the third bite, an exchange with a reporter off camera,
# each line opened by a bracketed speaker.
_SHOTS = ("Eastport - 3 March 2031\n"
          "1. Wide of briefing room\n"
          "2. SOUNDBITE: (English) Ida Perrin, Harbour Commissioner:\n"
          "\"The barrier is late, and we have told the council why.\"\n"
          "3. Reporters cutaway\n"
          "4. SOUNDBITE: (English) Ida Perrin, Harbour Commissioner:\n"
          "(Reporter question off camera): \"Will the ferries run this winter?\"\n"
          "(Ida Perrin): \"They will, on the winter timetable.\"\n"
          "(Reporter): \"And the levy?\"\n"
          "(Ida Perrin, Harbour Commissioner): \"The levy stays as it is.\"\n"
          "5. Close of notebook\n")


def test_bracketed_inline_roles_inside_a_bite_split_the_exchange() -> None:
    transcript = _parse(_SHOTS)
    assert _owner(transcript, "The barrier is late") == "Ida Perrin"
    assert _owner(transcript, "Will the ferries run") == "Press"
    assert _owner(transcript, "They will, on the winter") == "Ida Perrin"
    assert _owner(transcript, "And the levy?") == "Press"
    assert _owner(transcript, "The levy stays") == "Ida Perrin"
    assert _owner(transcript, "Reporters cutaway") is None
    assert {s.name for s in transcript.speakers} == {"Ida Perrin", "Press"}


def test_generated_bracketed_bites_come_back() -> None:
    right, total, roles_right, roles, leaked = family_totals("bracketed_bites")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0


# A document-hosting page: the title, the speaker key and the first cue on one line, then
# the viewer's own lines, a preview, and the key again.
_VIEWER = ("Harbour health briefing - 4 May 2031 Speaker key: NB Nell Brightwater IP Dr Ida "
           "Perrin TW Tomas Wren 00:00:41 NB Good morning, everyone, and welcome to the "
           "harbour health briefing.\n\n"
           "Uploaded by: guest\n\n"
           "Post on 06-May-2031\n\n"
           "3 views\n\n"
           "Category:\n\n"
           "Documents\n\n"
           "TRANSCRIPT\n\n"
           "Page 1: Harbour health briefing - 4 May 2031 Good morning, everyone\n\n"
           "Speaker key:\n\n"
           "NB Nell Brightwater IP Dr Ida Perrin TW Tomas Wren\n")


def test_a_viewer_page_after_the_first_cue_is_no_one_s() -> None:
    transcript = _parse(_VIEWER)
    assert _owner(transcript, "Good morning, everyone, and") == "Nell Brightwater"
    for line in ("Uploaded by", "3 views", "Documents", "TRANSCRIPT", "Page 1:",
                 "NB Nell Brightwater IP"):
        assert _owner(transcript, line) is None, line
    assert [s.name for s in transcript.speakers] == ["Nell Brightwater"]


def test_viewer_lines_inside_speech_need_a_run() -> None:
    # one line that looks like a viewer's (`Category: ...`) inside speech is the speaker's
    text = ("MS. RUIZ: The levy has two parts.\n\n"
            "Category: harbour works\n\n"
            "And the second part pays for the ferries.\n\n"
            "MR. WREN: Thank you.\n\n"
            "MS. RUIZ: You are welcome.\n")
    transcript = _parse(text)
    assert _owner(transcript, "And the second part") == "Ms. Ruiz"


def test_generated_viewer_key_comes_back() -> None:
    right, total, _, _, leaked = family_totals("viewer_key")
    assert right >= 0.97 * total
    assert leaked == 0


# A PDF viewer's page of a media day, the transcript flattened into one line: the event
# header naming the guest, then the commissioner's and the coach's capitals labels inside it.
_FLAT_PAGE = ("Ida Perrin. Eastern Conference Media Days Tuesday May 6, Riverton\n\n"
              "Size: px\nStart display at page:\n\n"
              "Download \"Ida Perrin. Eastern Conference Media Days Tuesday May 6, Riverton\"\n\n"
              "Transcription\n\n"
              "1 Eastern Conference Media Days Tuesday May 6, 2031 Ida Perrin Riverton "
              "COMMISSIONER WREN: Good morning, and welcome to media days. Our first coach "
              "this morning is Ida Perrin of Riverton. COACH PERRIN: Thank you. It is good to "
              "be back, and the squad has worked hard all summer. We lost four seniors, but "
              "the young players are ready for it.\n")


def test_a_flattened_viewer_page_with_titled_capitals_labels_is_a_transcript() -> None:
    transcript = _parse(_FLAT_PAGE)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Good morning, and welcome") == "Commissioner Wren"
    assert _owner(transcript, "Thank you. It is good") in ("Coach Perrin", "Ida Perrin")
    assert _owner(transcript, "Start display at page") is None
    assert all(s.name != "Start" for s in transcript.speakers)


def test_one_capitals_label_inside_an_article_line_is_no_transcript() -> None:
    text = ("Harbour levy passes\n\n"
            "The council voted on Monday. The sign outside read HARBOUR WORKS: keep out, and "
            "the mayor said the levy would pay for the barrier. It passed by six votes.\n")
    transcript = _parse(text)
    assert transcript.layout != "labelled"


def test_generated_flat_viewer_page_comes_back() -> None:
    right, total, _, _, leaked = family_totals("flat_viewer_page")
    assert right >= 0.95 * total
    assert leaked <= 1
