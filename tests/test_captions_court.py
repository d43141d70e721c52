"""Caption text without labels and court transcripts (issue 10, session 4): who a caption
voice is comes only from what the text says; court line numbers are never part of a label,
and `Q.` is the examining lawyer, not the press."""

from __future__ import annotations

import json

from helpers import parse_text as _parse
from helpers import speaker_at as _owner
from typer.testing import CliRunner

from briefing_cli.cli import app
from briefing_cli.models import Document
from briefing_cli.transcript import detect

CAPTIONS = (
    "Full news conference: the harbour flood barrier\n\n"
    "Joining us now is the news conference.\n\n"
    ">> good afternoon, everyone. I'm Tomas Brandt with the Harbour Authority.\n"
    "The barrier will close at high tide tonight.\n\n"
    ">> Is the east road open?\n\n"
    ">> Not yet. We expect to open it on Friday.\n\n"
    ">> My name is lena fischer, I'm the county engineer.\n"
    "The pumps are running at full capacity.\n"
)


def test_caption_voices_are_credited_only_where_they_say_who_they_are() -> None:
    transcript = _parse(CAPTIONS)
    assert transcript.layout == "subtitles"
    assert _owner(transcript, "The barrier will close") == "Tomas Brandt"
    assert _owner(transcript, "Is the east road open?") is None  # nobody said who asked
    assert _owner(transcript, "We expect to open it") is None  # not guessable
    assert _owner(transcript, "The pumps are running") == "Lena Fischer"  # `my name is`
    assert _owner(transcript, "Joining us now") is None  # the page before the captions
    assert {s.name for s in transcript.speakers} == {"Tomas Brandt", "Lena Fischer"}


def test_caption_text_without_names_invents_no_speakers() -> None:
    text = ("[00:00:05]\n\n>> Good evening and welcome.\n\n>> Thank you for having me.\n\n"
            ">> Let's start with the budget.\n")
    transcript = _parse(text)
    assert transcript.layout == "subtitles"
    assert transcript.speakers == ()


def test_a_thank_you_names_the_voice_before_and_a_hand_over_the_voice_after() -> None:
    text = (">> Several items today, so please hold your questions. Over to you, Mira.\n\n"
            ">> Thank you, Jonas. The shelters at the school are open all night.\n\n"
            ">> The roads stay closed.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Several items today") == "Jonas"
    assert _owner(transcript, "The shelters at the school") == "Mira"
    assert _owner(transcript, "The roads stay closed.") is None


def test_a_flattened_caption_line_splits_at_each_mark() -> None:
    text = ("Radio Eastmoor\n\n>> Good evening, I'm Ada Marsh. Tonight the budget. "
            ">> The budget passed by one vote. >> My name is Ben Oyelaran, I chair the "
            "finance committee. It was close.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Tonight the budget.") == "Ada Marsh"
    assert _owner(transcript, "The budget passed") is None
    assert _owner(transcript, "It was close.") == "Ben Oyelaran"


def test_caption_disclaimer_and_sponsor_lines_are_never_points() -> None:
    text = ("Out on the Coast\n\n"
            "This page features computer generated text of the source audio - it is not a "
            "transcript. The text has not been manually checked and will contain many "
            "errors.\n\n"
            "[00:00:00] This program is brought to you by Harbour Books. [00:00:04] My name "
            "is Nadia Rowe, I'm the host of Out on the Coast. Today we talk about the new "
            "ferry timetable and the fares that go up in March. The ferry company says the "
            "new boats will cut the crossing to forty minutes. Residents worry about the "
            "cost of the season ticket for commuters.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Today we talk about") == "Nadia Rowe"
    assert _owner(transcript, "This page features") is None
    result = CliRunner().invoke(app, ["summarize", "-", "-f", "json", "--all-statements",
                                      "-n", "8"], input=text)
    assert result.exit_code == 0, result.output
    digest = json.loads(result.stdout)
    points = [p["text"] for p in digest["summary"]] + [
        p["text"] for card in digest["speakers"] for p in card["summary"]]
    assert points
    assert not any("computer generated" in p or "brought to you" in p or "errors" in p
                   for p in points)


def test_an_article_with_a_quoted_introduction_stays_news() -> None:
    text = ("The council voted on Tuesday to approve the new levy for the harbour.\n\n"
            "\"My name is Ana Ruiz, and I have lived here for forty years,\" one resident "
            "told the meeting.\n\nThe levy will raise four million a year, officials said.\n")
    assert detect(Document(name="t", text=text)) != "subtitles"


COURT = (
    "                                                          22\n"
    "     1   THE COURT:  Good morning.  Mr. Adeyemi, your next witness?\n"
    "     2   MR. ADEYEMI:  Thank you, your Honor.  We call Carla Benn.\n"
    "     3   CARLA BENN, having been duly sworn, testified as follows:\n"
    "     4             CROSS-EXAMINATION BY MS. LINDQVIST:\n"
    "     5        Q.  Where were you on the night of May 3?\n"
    "     6        A.  At home, with my sister.  We watched the\n"
    "     7        match.\n"
    "     8        Q.  Did anyone call you?\n"
    "     9        A.  No.\n"
    "    10   THE WITNESS:  Sorry, my brother did, around ten.\n"
    "    11   MS. LINDQVIST:  Nothing further.\n"
)


def test_court_labels_are_read_after_line_numbers() -> None:
    transcript = _parse(COURT)
    assert transcript.layout == "record"
    assert _owner(transcript, "Good morning.") == "The Court"
    assert _owner(transcript, "We call Carla Benn.") == "Mr. Adeyemi"
    names = {s.name for s in transcript.speakers}
    assert not any(ch.isdigit() for name in names for ch in name)


def test_court_q_is_the_examining_lawyer_and_a_the_sworn_witness() -> None:
    transcript = _parse(COURT)
    assert _owner(transcript, "Where were you on the night") == "Ms. Lindqvist"
    assert _owner(transcript, "Did anyone call you?") == "Ms. Lindqvist"
    assert _owner(transcript, "At home, with my sister.") == "Carla Benn"
    assert _owner(transcript, "match.") == "Carla Benn"  # a wrapped, numbered line
    assert _owner(transcript, "my brother did") == "Carla Benn"  # THE WITNESS
    assert _owner(transcript, "CROSS-EXAMINATION BY") is None
    assert all(s.kind.value != "press" for s in transcript.speakers)


def test_unnamed_examiner_and_witness_are_counsel_and_witness_not_the_press() -> None:
    text = ("THE COURT:  You may proceed.\n\n"
            "Q.  Did you sign the lease?\n\nA.  Yes, in March.\n\n"
            "Q.  Who else signed it?\n\nA.  My partner.\n\n"
            "DEFENSE COUNSEL:  Objection.\n\nTHE COURT:  Overruled.\n\n"
            "NOTE:  The witness was shown Exhibit 4.\n")
    transcript = _parse(text)
    assert transcript.layout == "record"
    assert _owner(transcript, "Did you sign the lease?") == "Counsel"
    assert _owner(transcript, "Yes, in March.") == "Witness"
    assert _owner(transcript, "Objection.") == "Defense Counsel"  # not merged with Counsel
    counsel = next(s for s in transcript.speakers if s.name == "Counsel")
    assert "Q" in counsel.aliases
    assert "Note" not in {s.name for s in transcript.speakers}


def test_numbered_lines_without_labels_are_no_court_transcript() -> None:
    text = "".join(f"{n}  The council met on Tuesday and approved item {n}.\n"
                   for n in range(1, 12))
    assert detect(Document(name="t", text=text)) != "record"


def test_a_sentence_wrapped_over_numbered_lines_stays_whole() -> None:
    transcript = _parse(COURT)
    sentences = [s.text for turn in transcript.turns for s in turn.sentences]
    assert any(s.startswith("At home, with my sister.") or s.startswith("We watched the")
               and s.endswith("match.") for s in sentences)
    assert not any(s.strip() == "7        match." for s in sentences)


def test_a_sworn_heading_wrapped_over_two_lines_is_no_ones() -> None:
    text = ("     1   THE COURT:  Call your witness.\n"
            "     2   MR. OKAFOR:  We call Ines Brandt.\n"
            "     3   INES BRANDT, called as a witness, having been duly sworn, testified as\n"
            "     4   follows:\n"
            "     5        Q.  Where do you live?\n"
            "     6        A.  In Alder.\n")
    transcript = _parse(text)
    assert _owner(transcript, "follows:") is None
    assert _owner(transcript, "In Alder.") == "Ines Brandt"


def test_an_anchor_introducing_a_guest_names_the_next_voice() -> None:
    text = ("[00:00:00]\n\n>> Good evening. The shelters are full tonight. Joining us now is "
            "Dr. Hana Iwata, from the county health office.\n\n"
            ">> Thank you. We have opened two more gyms.\n\n"
            ">> Let's go to the next slide. The roads stay closed.\n\n"
            ">> We will reopen them on Friday.\n")
    transcript = _parse(text)
    assert _owner(transcript, "We have opened two more gyms.") == "Hana Iwata"
    assert _owner(transcript, "We will reopen them") is None  # `the next slide` is no one
    assert _owner(transcript, "The shelters are full") is None


def test_a_name_with_a_role_after_it_is_an_introduction_a_feeling_is_not() -> None:
    text = (">> I'm Ana Ruiz, the county health officer. Cases fell this week.\n\n"
            ">> I'm Glad, Really, that they fell.\n\n>> I'M FINE, THANKS.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Cases fell this week.") == "Ana Ruiz"
    assert _owner(transcript, "that they fell.") is None
    assert {s.name for s in transcript.speakers} == {"Ana Ruiz"}


def test_a_flattened_caption_page_keeps_its_header_out_of_the_first_voice() -> None:
    text = ("Council budget hearing, full video and captions\n\n"
            "Posted by the Riverton Gazette on May 3\n\n"
            "and the motion carried. >> Good evening, I'm Ada Marsh. The budget passed. "
            ">> Thank you, Ada. Next item.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Posted by the Riverton Gazette") is None
    assert _owner(transcript, "and the motion carried.") is None
    assert _owner(transcript, "The budget passed.") == "Ada Marsh"
