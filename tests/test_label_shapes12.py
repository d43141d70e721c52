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
