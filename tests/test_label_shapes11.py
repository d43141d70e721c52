"""Real-transcript shapes found in session 9 (issue 10, branch labels16) on the ninth unseen
set: an office that opens with an ordinal (`First Deputy Mayor Ana Ruiz:`). Original text
imitating those layouts; the generated families are in tests/layoutgen.py."""

from __future__ import annotations

from helpers import family_totals
from helpers import parse_text as _parse
from helpers import speaker_at as _owner

# A city hall's transcript page: one official labelled once, under an office that opens
# with `First`, speaking over several paragraphs (the page cut before the next label).
_CITY_PAGE = ("Secondary Navigation\n\n"
              "Transcript: City Hall Leadership Holds Flood Briefing\n\n"
              "March 4, 2031\n\nVideo available at:\n\n\n"
              "First Deputy Mayor Nell Brightwater: Thank you all for coming out tonight. I am "
              "the first deputy mayor, and with me are the harbour commissioner and the chief "
              "of the fire department.\n\n"
              "We have been in touch with the mayor all day, and he asked us to tell you where "
              "the city stands on the flood barrier and the evacuation routes.\n\n"
              "So if you would not mind, commissioner.\n")


def test_an_ordinal_office_labelled_once_opens_the_speech() -> None:
    transcript = _parse(_CITY_PAGE)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Thank you all for coming") == "Nell Brightwater"
    assert _owner(transcript, "We have been in touch") == "Nell Brightwater"
    assert _owner(transcript, "So if you would not mind") == "Nell Brightwater"
    assert _owner(transcript, "Video available") is None
    speaker = next(s for s in transcript.speakers if s.name == "Nell Brightwater")
    assert speaker.role == "First Deputy Mayor"


_CAPITALS = ("Remarks on the harbour levy\n\n"
             "FIRST MINISTER IDA PERRIN: Good afternoon. I will start with the levy, and then "
             "take your questions.\n\n"
             "QUESTION: Will the ferries run on time this winter?\n\n"
             "FIRST MINISTER PERRIN: They will, and we have said how we would pay for it.\n\n"
             "QUESTION: And the timetable?\n\n"
             "FIRST MINISTER PERRIN: It is late again, I am afraid.\n")


def test_an_ordinal_office_in_capitals_with_the_press() -> None:
    transcript = _parse(_CAPITALS)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Good afternoon. I will start") == "Ida Perrin"
    assert _owner(transcript, "They will, and we") == "Ida Perrin"
    assert _owner(transcript, "Will the ferries") == "Press"


# `First:` and `Second,` open sentences of prose: no labels.
_PROSE = ("First: we need to agree on the levy before the winter.\n\n"
          "Second, the ferries run late, and the council knows why.\n\n"
          "Third: nobody has asked the harbour board.\n")


def test_an_ordinal_alone_opens_no_label() -> None:
    transcript = _parse(_PROSE)
    assert not transcript.speakers


def test_generated_ordinal_offices_come_back() -> None:
    right, total, roles_right, roles, leaked = family_totals("ordinal_office")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0
