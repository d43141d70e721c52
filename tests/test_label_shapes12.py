"""Real-transcript shapes found in session 10 (issue 10, branch labels17) on the tenth unseen
set: caption voices that name themselves by apposition after a hand-over to someone else
(`Again, City Manager, Ana Ruiz, ...`), caption hand-overs that bring a named person up
(`I'd now like to bring up Mayor Ana Ruiz for a few remarks.`). Original text imitating
those layouts; the generated families are in tests/layoutgen.py."""

from __future__ import annotations

from helpers import family_totals
from helpers import parse_text as _parse
from helpers import speaker_at as _owner

# A city video site's caption page: no labels, one sentence a paragraph, in capitals. The
# moderator hands over to the chief by title, but the administrator speaks first and names
# himself two lines in, with no "I'm".
_APPOSED = ("Share\n\nEmbed\n\nDownload Transcript\n\n\n"
            "[Harbour Flood Response Media Availability]\n\n[00:00:05]\n\n"
            "GOOD AFTERNOON, EVERYONE.\n\n"
            "I'M SERGEANT MILO VANTERPOOL WITH THE HARBOUR POLICE, AND I WILL MODERATE TODAY.\n\n"
            "THE CHIEF WILL SPEAK ABOUT THE EVACUATION ROUTES AND THE SHELTERS.\n\n"
            "CHIEF ABERCROMBIE, OVER TO YOU.\n\n"
            "I BELIEVE I WAS GOING FIRST.\n\n"
            "UM, SO GOOD AFTERNOON.\n\n"
            "UH, AGAIN, COUNTY ADMINISTRATOR, TEODORA QUILLFEATHER, AND I AM GLAD TO BE HERE.\n\n"
            "THE BARRIER HELD OVERNIGHT, AND THE PUMPS RAN FOR NINE HOURS.\n\n"
            "WE WILL REOPEN THE MARKET ROAD ONCE THE ENGINEERS SIGN IT OFF.\n\n"
            "[00:01:12]\n\n"
            "WITH THAT, I'LL TURN IT OVER TO CHIEF GORDON ABERCROMBIE.\n\n"
            "THANK YOU, TEODORA.\n\n"
            "OUR OFFICERS KNOCKED ON FOUR HUNDRED DOORS LAST NIGHT.\n")


def test_a_caption_voice_named_by_apposition_after_a_hand_over_to_someone_else() -> None:
    transcript = _parse(_APPOSED)
    assert transcript.layout == "subtitles"
    assert _owner(transcript, "I WILL MODERATE TODAY") == "Milo Vanterpool"
    assert _owner(transcript, "CHIEF ABERCROMBIE, OVER") == "Milo Vanterpool"
    assert _owner(transcript, "I BELIEVE I WAS GOING FIRST") == "Teodora Quillfeather"
    assert _owner(transcript, "THE BARRIER HELD") == "Teodora Quillfeather"
    assert _owner(transcript, "WITH THAT, I'LL TURN") == "Teodora Quillfeather"
    assert _owner(transcript, "OUR OFFICERS KNOCKED") == "Gordon Abercrombie"
    assert _owner(transcript, "Download Transcript") is None


# Ordinary case, hard-wrapped: the apposition after the name, the hand-over wrapped.
_APPOSED_AFTER = ("[00:00:02]\n\n"
                  "Good evening. I'm Officer Lena Drysdale with the county's press office, and "
                  "I\nwill be moderating.\n\n"
                  "Commissioner Obi, the floor is yours. Actually, I'll turn it over to\n"
                  "Commissioner Obi.\n\n"
                  "I think I'm up first, sorry. Once again, Wendell Marsh-Pike,\n"
                  "the county's emergency manager. The shelters are open until Friday.\n")


def test_an_apposition_after_the_name_and_a_wrapped_hand_over() -> None:
    transcript = _parse(_APPOSED_AFTER)
    assert _owner(transcript, "will be moderating") == "Lena Drysdale"
    assert _owner(transcript, "I think I'm up first") == "Wendell Marsh-Pike"
    assert _owner(transcript, "The shelters are open") == "Wendell Marsh-Pike"


# `Again, Chief ..., thank you.`: said to someone, not by them.
_VOCATIVE = ("[00:00:02]\n\n"
             "GOOD MORNING. MY NAME IS RUTH ELLISON-BAY, AND I RUN THE FOOD BANK.\n\n"
             "WE SERVED TWELVE HUNDRED FAMILIES THIS WEEK.\n\n"
             "AGAIN, CHIEF GORDON ABERCROMBIE, THANK YOU FOR THE ESCORTS.\n")


def test_a_name_thanked_after_again_is_no_self_introduction() -> None:
    transcript = _parse(_VOCATIVE)
    assert _owner(transcript, "WE SERVED TWELVE") == "Ruth Ellison-Bay"
    assert _owner(transcript, "THANK YOU FOR THE ESCORTS") == "Ruth Ellison-Bay"


# The first voice names itself, welcomes guests and brings the mayor up; the mayor's first
# caption line is a thank-you.
_BRING_UP = ("Share\n\nEmbed\n\nDownload Transcript\n\n\n[00:00:11]\n\n"
             "GOOD MORNING.\n\n"
             "MY NAME'S PRIYA HALLORAN-OAKES.\n\n"
             "I AM THE DEPUTY DIRECTOR OF NEIGHBOURHOOD OUTREACH.\n\n"
             "I WANT TO WELCOME OUR GUESTS, COUNCIL MEMBER DORA FINCH AND THE FIRE CHIEF.\n\n"
             "THIS IS THE NINTH YEAR OF THE LANTERN WALK.\n\n"
             "I'D NOW LIKE TO BRING UP MAYOR CASIMIR BELLWETHER FOR A FEW REMARKS AND TO PRESENT "
             "AN AWARD TO THE FIRE CHIEF.\n\n"
             "THANK YOU.\n\n"
             "AND THANK YOU ALL FOR COMING OUT IN THE RAIN.\n\n"
             "AT THIS TIME I'M GOING TO TURN THE PODIUM OVER TO, UH, OUR FIRE CHIEF,\n"
             "ROSALIND TEMPEST.\n\n"
             "THANK YOU, MAYOR.\n\n"
             "OUR CREWS WILL WALK WITH THE LANTERNS.\n")


def test_a_caption_hand_over_that_brings_a_named_person_up() -> None:
    transcript = _parse(_BRING_UP)
    assert transcript.layout == "subtitles"
    assert _owner(transcript, "I AM THE DEPUTY DIRECTOR") == "Priya Halloran-Oakes"
    assert _owner(transcript, "I'D NOW LIKE TO BRING UP") == "Priya Halloran-Oakes"
    assert _owner(transcript, "AND THANK YOU ALL FOR COMING") == "Casimir Bellwether"
    assert _owner(transcript, "AT THIS TIME I'M GOING") == "Casimir Bellwether"
    assert _owner(transcript, "OUR CREWS WILL WALK") == "Rosalind Tempest"


def test_the_apposed_captions_family() -> None:
    right, total, _, _, leaked = family_totals("apposed_captions")
    assert right >= 0.97 * total
    assert leaked == 0


def test_the_bring_up_captions_family() -> None:
    right, total, _, _, leaked = family_totals("bring_up_captions")
    assert right >= 0.97 * total
    assert leaked == 0


# A member's doorstop as the electorate office posts it: a capitals heading, a date, the
# subjects, then one capitals label alone on its line and the speech under it.
_DOORSTOP = ("TRANSCRIPT – DOORSTOP INTERVIEW, WHARF ROAD, PORT ALDER\n"
             "Thursday, 6 March 2031\n"
             "SUBJECTS: Ferry fares; the wharf upgrade.\n"
             "CORDELIA MAYHEW-TRENT:\n"
             "Good morning. I have come down to the wharf today because the ferry fares went up "
             "again this week, and I want to say something about that.\n\n"
             "We asked the minister in March, and we are still waiting for an answer.\n\n"
             "ENDS\n")


def test_a_lone_capitals_label_under_a_transcript_heading() -> None:
    transcript = _parse(_DOORSTOP)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Good morning. I have come") == "Cordelia Mayhew-Trent"
    assert _owner(transcript, "We asked the minister") == "Cordelia Mayhew-Trent"
    assert _owner(transcript, "Ferry fares; the wharf") is None
    assert _owner(transcript, "ENDS") is None
    assert {s.name for s in transcript.speakers} == {"Cordelia Mayhew-Trent"}


def test_the_lone_label_doorstop_family() -> None:
    right, total, _, _, leaked = family_totals("lone_label_doorstop")
    assert right >= 0.97 * total
    assert leaked == 0


# A government's press-conference page: the title names only the office, a heading with no
# colon names the reader over the opening statement, then labelled questions and answers.
_STATEMENT = ("Skip to main content\n\n"
              "Home >  News >  Press Conferences >  May 2031\n\n"
              "Press Conference by the Chief Secretary\n\n"
              "May 2, 2031 (PM)\n\n"
              "[Provisional Translation]\n\n"
              "Opening Statement by Chief Secretary Ottoline Brackwater\n"
              "I would like to give an overview of this morning's cabinet meeting. We agreed "
              "the harbour levy and the ferry timetable for the summer.\n\n\n"
              "REPORTER: Was the levy discussed at length?\n\n"
              "CHIEF SECRETARY BRACKWATER: It was, for about an hour.\n\n"
              "REPORTER: And the ferries?\n\n"
              "CHIEF SECRETARY BRACKWATER: They will run every half hour.\n")


def test_an_opening_statement_heading_names_its_reader() -> None:
    transcript = _parse(_STATEMENT)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "I would like to give an overview") == "Ottoline Brackwater"
    assert _owner(transcript, "It was, for about") == "Ottoline Brackwater"
    assert _owner(transcript, "Was the levy") == "Press"
    assert _owner(transcript, "Opening Statement by") is None
    assert _owner(transcript, "Provisional Translation") is None
    assert len([s for s in transcript.speakers if s.name != "Press"]) == 1


# A page title over a room and a time is no statement: nothing there is the president's.
_TITLE = ("Remarks by the Governor Before the Harbour Tour\n\n"
          "Eastbay Pier\n\n"
          "10:05 A.M.\n\n"
          "THE GOVERNOR: Good morning, everybody. We are here to see the new pier.\n\n"
          "Q: When does it open?\n\n"
          "THE GOVERNOR: In June.\n")


def test_a_remarks_title_over_a_room_opens_no_statement() -> None:
    transcript = _parse(_TITLE)
    assert _owner(transcript, "Eastbay Pier") is None
    assert _owner(transcript, "Good morning, everybody") is not None


def test_the_statement_heading_family() -> None:
    right, total, roles_right, roles, leaked = family_totals("statement_heading")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0


# A transcript site's page: the title names the spokesperson (twice), a glued breadcrumb, a
# pointer and a sales line, then numbered speakers; she speaks under her own name later.
_SITE = ("May 3, 2031\n\n"
         "Press Briefing by Press Secretary Imelda Fairweather-Ng 5/2/31 Transcript\n\n"
         "Press Briefing by Press Secretary Imelda Fairweather-Ng 5/2/31 Transcript\n"
         "QuillnoteBlogTranscriptsImelda Fairweather-Ng Briefing TranscriptsPress Briefing by "
         "Press Secretary Imelda Fairweather-Ng 5/2/31 Transcript\n\n"
         "Press Briefing by Press Secretary Imelda Fairweather-Ng 5/2/31. Read the transcript "
         "here.\n\n"
         "Transcribe Your Own Content\n\n"
         "Try Quillnote and save time transcribing, captioning, and subtitling.\n\n"
         "Speaker 4 (00:00):\n\nMorning, everyone.\n\n"
         "Speaker 2 (00:06):\n\nIs the harbour bill on the agenda this week?\n\n"
         "Imelda Fairweather-Ng (00:09):\n\nIt is, and I expect a vote on Thursday.\n\n"
         "Speaker 2 (00:15):\n\nAnd the ferries?\n\n"
         "Imelda Fairweather-Ng (00:18):\n\nWe will get to the ferries next week.\n")


def test_a_transcript_site_header_is_not_the_spokespersons() -> None:
    transcript = _parse(_SITE)
    assert transcript.layout == "labelled"
    for furniture in ("May 3, 2031", "QuillnoteBlog", "Read the transcript here",
                      "Transcribe Your Own", "Try Quillnote"):
        assert _owner(transcript, furniture) is None, furniture
    assert _owner(transcript, "It is, and I expect") == "Imelda Fairweather-Ng"
    assert _owner(transcript, "Morning, everyone.") == "Speaker 4"


def test_the_site_header_family() -> None:
    right, total, _, _, leaked = family_totals("site_header")
    assert right >= 0.97 * total
    assert leaked == 0


# A news item on a broadcast exchange: the headline puts the name before a colon, the
# standfirst names her in the third person, then the exchange under surname labels.
_HEADLINE = ("Philippa Drummond-Kaur: Ferry Talks Were 'Frank' and 'Useful'\n"
             "Radio Eastmoor's Philippa Drummond-Kaur praised the ferry talks on Tuesday, "
             "calling them \"frank.\"\n"
             "Here's a transcript:\n"
             "OYELARAN: “Philippa, what did you make of it?”\n"
             "DRUMMOND-KAUR: “Both sides stayed in the room, and that matters.”\n"
             "OYELARAN: “Will they meet again?”\n"
             "DRUMMOND-KAUR: “On Friday, I am told.”\n")


def test_a_name_before_a_headline_is_no_label() -> None:
    transcript = _parse(_HEADLINE)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Ferry Talks Were") is None
    assert _owner(transcript, "praised the ferry talks") is None
    assert _owner(transcript, "Both sides stayed") == "Philippa Drummond-Kaur"
    assert _owner(transcript, "Will they meet again") == "Oyelaran"


# A label on the first line whose speech is a sentence stays a label.
_OPENING = ("Tomasz Wierzbicki: Good evening and welcome to the programme.\n"
            "Tonight we look at the ferries, and Wierzbicki is joined by the minister.\n"
            "MINISTER: Thank you for having me.\n"
            "WIERZBICKI: Let us begin with the fares.\n")


def test_a_first_line_label_with_a_sentence_stays_a_label() -> None:
    transcript = _parse(_OPENING)
    assert _owner(transcript, "Good evening and welcome") == "Tomasz Wierzbicki"


def test_the_headline_label_family() -> None:
    right, total, _, _, leaked = family_totals("headline_label")
    assert right >= 0.97 * total
    assert leaked == 0


# The same caption page as a `/transcript` page prints it: every caption on one line.
_FLAT = ("* This transcript was made by speech recognition and is for reference only.\n\n"
         "[00:00:05] [Harbour Flood Response News Conference ] GOOD MORNING. I'M MILO "
         "VANTERPOOL WITH THE CITY'S MEDIA RELATIONS OFFICE, WELCOMING YOU TO TODAY'S "
         "BRIEFING ON THE FLOOD BARRIER. WE'RE JOINED BY THE CITY MANAGER AND THE FIRE CHIEF. "
         "AT THIS TIME I'M GOING TO TURN THE PODIUM OVER TO, UH, CITY MANAGER, TEODORA "
         "QUILLFEATHER. GOOD MORNING. AS YOU KNOW, THE BARRIER HELD OVERNIGHT. WITH THAT, I'D "
         "LIKE TO BRING UP FIRE CHIEF GORDON ABERCROMBIE FOR A FEW REMARKS. THANK YOU. OUR "
         "CREWS KNOCKED ON FOUR HUNDRED DOORS.\n")


def test_hand_overs_inside_a_flattened_caption_page() -> None:
    transcript = _parse(_FLAT)
    assert transcript.layout == "subtitles"
    assert _owner(transcript, "WELCOMING YOU TO") == "Milo Vanterpool"
    assert _owner(transcript, "AS YOU KNOW, THE BARRIER") == "Teodora Quillfeather"
    assert _owner(transcript, "OUR CREWS KNOCKED") == "Gordon Abercrombie"
