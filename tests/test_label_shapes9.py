"""Real-transcript shapes found in session 8 (issue 10, branch labels14): short excerpts of a
Sunday show under a long page header, a cable network's label whose party note never closes.
Original text imitating those layouts; the generated families are in tests/layoutgen.py."""

from __future__ import annotations

from helpers import family_totals
from helpers import parse_text as _parse
from helpers import speaker_at as _owner

from briefing_cli.models import Document
from briefing_cli.transcript import captions

# A PDF's page header (short lines, none a sentence) over a host's own-line label, two short
# paragraphs and a couple of surname labels: the short lines are all header, not phrases.
_SHORT_SUNDAY = ("© 2031 Harbour Broadcasting Inc. All Rights Reserved\n\n"
                 'PLEASE CREDIT ANY QUOTES FROM THIS PROGRAM TO "HARBOUR NEWS."\n\n'
                 "Harbour News\n\nSUNDAY LINE\n\nSunday, May 4, 2031\n\n"
                 "GUESTS: Ida PERRIN Correspondent\n\nOtto VANE Correspondent\n\n"
                 "MODERATOR: NELL BRIGHTWATER - Harbour News\n\n"
                 "This is a rush transcript provided for the information of the press. "
                 "Accuracy is not guaranteed.\n\n"
                 "NELL BRIGHTWATER, anchor:\n\n"
                 "     The levy vote is days away, and both parties say they have the "
                 "numbers, which cannot both be true, so this morning we will find out who "
                 "is counting better and what the ferries will cost in the winter.\n\n"
                 "     And the timetable is late again.\n\n"
                 "     Nobody in the capital expected that\n\n"
                 "Announcer: SUNDAY LINE with chief correspondent. And now from the capital, "
                 "Nell Brightwater.\n\n"
                 "BRIGHTWATER: Good morning. The levy vote is days away, and both parties "
                 "say they have the numbers, which cannot both be true this time.\n\n"
                 "BRIGHTWATER: So, the timetable. It is late again.\n")


def test_a_short_excerpt_under_a_long_header_is_no_phrase_captions() -> None:
    assert captions.phrased_marks(Document(name="t", text=_SHORT_SUNDAY)) == {}
    transcript = _parse(_SHORT_SUNDAY)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "The levy vote is days away, and both parties say they have "
                              "the numbers, which cannot both be true, so") == "Nell Brightwater"
    assert _owner(transcript, "And the timetable is late") == "Nell Brightwater"
    assert _owner(transcript, "Nobody in the capital") == "Nell Brightwater"
    assert _owner(transcript, "SUNDAY LINE with chief") == "Announcer"
    assert _owner(transcript, "So, the timetable") == "Nell Brightwater"
    assert _owner(transcript, "PLEASE CREDIT") is None


def test_generated_open_party_notes_come_back() -> None:
    right, total, roles_right, roles, _ = family_totals("open_note")
    assert right >= 0.95 * total
    assert roles_right >= 0.9 * roles


_OPEN_NOTE = ("Return to Transcripts main page\n\nSunday Desk\n\n"
              "Aired May 4, 2031 - 13:30   ET\n\n"
              "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE "
              "UPDATED.\n\n\n"
              "[13:30:00] NELL BRIGHTWATER, HNN ANCHOR: The levy vote is days away. Yesterday "
              "I spoke to the senator about it.\n\n"
              "(BEGIN VIDEOTAPE)\n\n"
              "IDA PERRIN, (R, SENATE CANDIDATE & FORMER MAYOR OF EASTPORT: I do not "
              "understand what that means. The ferries run late every winter.\n\n"
              "BRIGHTWATER: And some say the levy is too high. Is it?\n\n"
              "PERRIN: No, I think it is right, and I have said how we would pay for it.\n")


def test_a_capitals_label_whose_party_note_never_closes() -> None:
    transcript = _parse(_OPEN_NOTE)
    assert _owner(transcript, "I do not understand") == "Ida Perrin"
    assert _owner(transcript, "The levy vote is days") == "Nell Brightwater"
    assert _owner(transcript, "And some say") == "Nell Brightwater"
    perrin = next(s for s in transcript.speakers if s.name == "Ida Perrin")
    assert perrin.role == "Senate Candidate & Former Mayor of Eastport"

