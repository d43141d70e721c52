"""Real-transcript shapes found in session 10 (issue 10, branch labels20) on the eleventh
unseen set: parliament records whose speech headings carry a share bar (`Name (Seat, Party)
Share this | Link to this | Hansard source`). Original text imitating those layouts; the
generated families are in tests/layoutgen.py."""

from __future__ import annotations

from helpers import family_totals
from helpers import parse_text as _parse
from helpers import speaker_at as _owner

# A debate site's Senate record: the site's header, a clock line, then speeches under
# headings with the seat, party and office in brackets and the share bar after them; the
# presiding officer as `Name (President)`; a division note and a clock between speeches.
_SHARED = ("Senate debates\n"
           "Thursday, 7 August 2031\n"
           "Motions\n"
           "Harbour Works; Order for the Production of Documents\n"
           "4:12 pm\n"
           "Mara Quill (Tasmania, Greens) Share this | Link to this | Hansard source\n"
           "I move that the Senate asks the minister to table the harbour survey.\n"
           "Odell Farrow (Victoria, Liberal Party, Minister for Ports) Share this | "
           "Link to this | Hansard source\n"
           "by leave—I move:\n"
           "(a) that the survey be tabled in part; and\n"
           "(b) that the costings stay with the committee.\n"
           "Renata Vos (President) Share this | Link to this | Hansard source\n"
           "The question is that the amendment be agreed to.\n"
           "The Senate divided. [16:31]\n"
           "(The President—Senator Vos)\n"
           "4:36 pm\n"
           "Mara Quill (Tasmania, Greens) Share this | Link to this | Hansard source\n"
           "The survey belongs to the public who paid for it.\n")


def test_share_bar_headings_head_each_speech() -> None:
    transcript = _parse(_SHARED)
    assert transcript.layout == "headed"
    assert _owner(transcript, "I move that the Senate") == "Mara Quill"
    assert _owner(transcript, "by leave") == "Odell Farrow"
    assert _owner(transcript, "(b) that the costings") == "Odell Farrow"
    assert _owner(transcript, "The question is") == "Renata Vos"
    assert _owner(transcript, "The survey belongs") == "Mara Quill"
    farrow = next(s for s in transcript.speakers if s.name == "Odell Farrow")
    assert farrow.role == "Minister for Ports"


def test_share_bar_notes_are_no_ones() -> None:
    transcript = _parse(_SHARED)
    assert _owner(transcript, "The Senate divided") is None
    assert _owner(transcript, "(The President—Senator Vos)") is None
    assert _owner(transcript, "Mara Quill (Tasmania") is None


def test_share_bar_family() -> None:
    right, total, roles_right, roles, leaked = family_totals("hansard_share_heading")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0


# An archive's fragment of a parliament's record: the archive's furniture, then speeches
# labelled with a dash and no colon, the sitting time glued to the surname, continuation
# paragraphs unlabelled, the chair as `The PRESIDENT —`, a page number between speeches.
_DASHED = ("Previous Fragment    Next Fragment\n"
           "Tuesday, 14 March 1989\n"
           "Page: 402\n\n"
           "Senator TALLIS(8.02) \u2014I wish to raise the state of the harbour pilots' "
           "roster.\n\n"
           "the roster was cut twice last winter without notice.\n\n"
           "The PRESIDENT \u2014Order! The honourable senator's time has expired.\n\n"
           "Page: 403\n\n"
           "Mr BRANDT (Eastmoor\u2014Minister for Ports) (8.09) \u2014In reply, the roster "
           "was restored in June.\n\n"
           "CHAIRMAN --We will now hear from the pilots' association.\n")


def test_dash_labels_head_each_speech() -> None:
    transcript = _parse(_DASHED)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "I wish to raise") == "Senator Tallis"
    assert _owner(transcript, "the roster was cut twice") == "Senator Tallis"
    assert _owner(transcript, "Order! The honourable") == "President"
    assert _owner(transcript, "In reply, the roster") == "Mr. Brandt"
    assert _owner(transcript, "We will now hear") == "Chairman"
    assert _owner(transcript, "Page: 403") is None
    assert _owner(transcript, "Previous Fragment") is None


def test_a_dateline_dash_is_no_label() -> None:
    text = ("EASTPORT \u2014 The harbour board voted on Monday to restore the pilots' roster, "
            "officials said.\n\nThe board's chairman, Odo Brandt, said the cuts had gone too "
            "far.\n\nMAYOR \u2014 a post the city left empty since March \u2014 is on the "
            "ballot.\n")
    transcript = _parse(text)
    assert not any(s.name in ("Eastport", "Mayor") for s in transcript.speakers)


def test_dash_label_family() -> None:
    right, total, _, _, leaked = family_totals("hansard_dash_labels")
    assert right >= 0.97 * total
    assert leaked == 0


# A radio programme's page: the title on the first line run into the standfirst, the
# player's furniture with the title repeated as the heading, the host's unlabelled opening,
# then labels, one of them a numbered unnamed voice.
_TITLED = ("Nora Pell: A Baker Goes Back To The Night Shift  Baker Nora Pell talks about "
           "her new book.\n"
           "Station logo\n\n"
           "Nora Pell: A Baker Goes Back To The Night Shift\n\n"
           "  \u2022 Download\n"
           "  \u2022 Transcript\n\n"
           "This is OVEN HOURS. I'm Silas Grev.\n\n"
           "Our guest today is the baker Nora Pell, whose bakery opens at two in the morning.\n\n"
           "Ms. NORA PELL (Baker): Thanks, Silas. Two is late for a baker, honestly.\n\n"
           "SILAS GREV: Late?\n\n"
           "Unidentified Man #2: (from a clip) The rolls are out of the oven!\n\n"
           "Ms. NORA PELL (Baker): That was my brother on the radio years ago.\n")


def test_a_repeated_page_title_is_no_label() -> None:
    transcript = _parse(_TITLED)
    assert _owner(transcript, "Nora Pell: A Baker Goes") is None
    assert _owner(transcript, "A Baker Goes Back To The Night Shift\n\n  \u2022") is None
    assert _owner(transcript, "This is OVEN HOURS") == "Silas Grev"
    assert _owner(transcript, "Our guest today") == "Silas Grev"
    assert _owner(transcript, "Thanks, Silas") == "Nora Pell"


def test_a_spaced_colon_podcast_title_is_no_label() -> None:
    text = ("Harbour Deal Stalls, Ferry Board Says : The Tideline Podcast The board said "
            "on Monday that the deal needs more time.\n\n"
            "Subscribe to the podcast here.\n\n"
            "Harbour Deal Stalls, Ferry Board Says\n\n"
            "  \u2022 Download\n"
            "  \u2022 Transcript\n\n"
            "ODA MARR: Hello, this is the Tideline Podcast.\n\n"
            "KAI FENN: And the ferry board has stalled again.\n")
    transcript = _parse(text)
    assert _owner(transcript, "Harbour Deal Stalls, Ferry Board Says :") is None
    assert _owner(transcript, "Subscribe to the podcast") is None
    assert _owner(transcript, "Hello, this is") == "Oda Marr"
    assert _owner(transcript, "And the ferry board") == "Kai Fenn"


def test_a_numbered_voice_is_a_label() -> None:
    transcript = _parse(_TITLED)
    assert _owner(transcript, "(from a clip) The rolls") == "Unidentified Man #2"
    assert _owner(transcript, "That was my brother") == "Nora Pell"


def test_repeated_title_and_numbered_voice_families() -> None:
    right, total, _, _, leaked = family_totals("repeated_title_page")
    assert right >= 0.97 * total
    assert leaked == 0
    right, total, _, _, leaked = family_totals("numbered_voices")
    assert right >= 0.95 * total


def test_a_blog_tag_line_is_no_label() -> None:
    text = ("Tuesday, May 6, 2031\n\n"
            "Posted by admin\n\n"
            "Technorati Tags: and , or , and , or\n\n"
            "Remarks after the harbour meeting, video and podcast.\n\n"
            "Secretary Lund greets the minister before the meeting. Department photo.\n"
            "SECRETARY LUND: Good afternoon. We met for two hours on the ferries.\n\n"
            "MINISTER OKAFOR: And we agreed on the timetable.\n\n"
            "Post Tags: harbour, ferry\n")
    transcript = _parse(text)
    assert not any("Tags" in s.name for s in transcript.speakers)
    assert _owner(transcript, "Remarks after the harbour") is None
    assert _owner(transcript, "Secretary Lund greets") is None
    assert _owner(transcript, "Post Tags: harbour") is None
    assert _owner(transcript, "We met for two hours") == "Secretary Lund"


def test_blog_tag_family() -> None:
    right, total, _, _, leaked = family_totals("blog_tag_lines")
    assert right >= 0.97 * total
    assert leaked == 0


def test_court_session_notes_are_no_ones() -> None:
    lines = ["JUDGE ALDER: [Interpretation] Good morning. We will move",
             "into private session for a moment.", "[Private session]", "(redacted)",
             "(redacted)", "(redacted)", "[Open session]",
             "THE REGISTRAR: We are in open session, Your Honour.",
             "JUDGE ALDER: Thank you. Mr. Brandt, your witness.",
             "MR. BRANDT: Thank you, Your Honour. Good morning, sir.",
             "(Short adjournment)", "JUDGE ALDER: Please be seated.",
             "MR. BRANDT: Sir, you were at the port that night?",
             "THE WITNESS: I was at the port all week."]
    text = "".join(f"{n} {line}\n\n" for n, line in enumerate(lines, start=1))
    text += "Page 4511\n\n1 JUDGE ALDER: We continue after the break.\n"
    transcript = _parse(text)
    assert transcript.layout == "record"
    assert _owner(transcript, "into private session") == "Judge Alder"
    assert _owner(transcript, "[Private session]") is None
    assert _owner(transcript, "(redacted)") is None
    assert _owner(transcript, "[Open session]") is None
    assert _owner(transcript, "(Short adjournment)") is None
    assert _owner(transcript, "We are in open session") == "The Registrar"
    assert _owner(transcript, "Please be seated") == "Judge Alder"


def test_court_session_note_family() -> None:
    right, total, _, _, leaked = family_totals("court_session_notes")
    assert right >= 0.97 * total
    assert leaked == 0
