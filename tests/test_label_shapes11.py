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


# A blog's tag-archive page quoting a radio exchange, every turn in quotation marks (the
# first one left open, as posts do), then the post's own comment and the next post.
_TAG_PAGE = ("Tag Archives: Harbour Hour\n\n"
             "On the Harbour Hour earlier, in a segment presented by Otto Vane, the host spoke "
             "with Ida Perrin about the levy vote.\n\n"
             'Ida Perrin: "It was a bit much, Otto.\n\n'
             'Otto Vane: "Maybe... but the ferries did run late all winter."\n\n'
             'Perrin: "Yes, and the board knew it would happen."\n\n'
             'Vane: "So you are with the board?"\n\n'
             'Perrin: "Of course not."\n\n'
             "Quite.\n\n"
             "Ferry board under fire over winter timetable (The Harbour Times)\n\n"
             "Listen back here\n\n"
             "Council approves new ferry routes; solicitor Nell Brightwater\n\n"
             "Solicitor Nell Brightwater spoke to the Harbour Hour this morning and said the "
             "routes were a mistake.\n\n"
             "She said:\n\n"
             '"I think the plan they published today is forty pages of reasons not to do it."\n')


def test_an_archive_title_is_no_label_and_the_post_resumes_after_the_exchange() -> None:
    transcript = _parse(_TAG_PAGE)
    assert transcript.layout == "labelled"
    assert "Tag Archives" not in {s.name for s in transcript.speakers}
    assert _owner(transcript, "On the Harbour Hour") is None
    assert _owner(transcript, "It was a bit much") == "Ida Perrin"
    assert _owner(transcript, "Maybe... but") == "Otto Vane"
    assert _owner(transcript, "Of course not") == "Ida Perrin"
    for told in ("Quite.", "Ferry board under fire", "Listen back", "Council approves",
                 "Solicitor Nell", "She said", "I think the plan"):
        assert _owner(transcript, told) is None, told


# A quotation over two paragraphs opens each with a mark: both stay the speaker's; and a
# transcript whose turns are not all quotations keeps its unquoted paragraphs.
_TWO_PARAGRAPHS = ('Ida Perrin: "The levy is too high.\n\n'
                   '"And the ferries are late."\n\n'
                   'Otto Vane: "Is it, though?"\n\n'
                   'Perrin: "It is."\n\n'
                   '"Every winter, the same."\n')
_UNQUOTED = ('Ida Perrin: "The levy is too high."\n\n'
             "Otto Vane: Is it, though?\n\n"
             "We have heard that before.\n\n"
             'Perrin: "It is."\n\n'
             "And the ferries are late.\n")


def test_quoted_paragraphs_stay_with_their_speaker() -> None:
    transcript = _parse(_TWO_PARAGRAPHS)
    assert _owner(transcript, "And the ferries") == "Ida Perrin"
    assert _owner(transcript, "Every winter") == "Ida Perrin"
    unquoted = _parse(_UNQUOTED)
    assert _owner(unquoted, "We have heard") == "Otto Vane"
    assert _owner(unquoted, "And the ferries") == "Ida Perrin"


def test_generated_quoted_blogs_come_back() -> None:
    right, total, _, _, leaked = family_totals("quoted_blog")
    assert right >= 0.97 * total
    assert leaked == 0


# A ministry's briefing: reporters labelled once by a first name, the first naming
# themself, the next only addressing the official (`Sir, Harbour Daily.`).
_BRIEFING = ("Media Center\n\n"
             "Transcript of Weekly Media Briefing by the Official Spokesperson (May 2, 2031)\n\n"
             "Shri Otto Vane, Official Spokesperson: Good afternoon, and thank you for joining "
             "us. I have one announcement about the ferry agreement.\n\n"
             "Tanvi: Sir, I'm Tanvi from Eastport Daily. Has the agreement been signed?\n\n"
             "Kaveh: Sir, Harbour Daily. Sir, what did the minister say about the levy?\n\n"
             "Noor: Ma'am, a follow-up on the levy, if I may. Will it rise?\n\n"
             "Shri Otto Vane, Official Spokesperson: On the agreement, yes, it was signed on "
             "Monday. On the levy, I have nothing to add.\n")


def test_a_first_name_addressing_the_official_is_a_reporter() -> None:
    transcript = _parse(_BRIEFING)
    assert _owner(transcript, "Sir, I'm Tanvi") == "Tanvi"
    assert _owner(transcript, "Sir, Harbour Daily") == "Kaveh"
    assert _owner(transcript, "Ma'am, a follow-up") == "Noor"
    assert _owner(transcript, "On the agreement, yes") == "Otto Vane"


# `Dateline: Sir Otto arrived ...`: the address must open the speech, as a word of its own
# (`Sir Otto` is a name), and a one-word label in prose is still no label.
_DATELINE = ("Harbour levy talks resume\n\n"
             "Eastport: Sir Otto Vane arrived on Monday for the talks, his office said.\n\n"
             "Officials expect an agreement by the end of the week.\n")


def test_a_title_before_a_name_is_no_address() -> None:
    transcript = _parse(_DATELINE)
    assert "Eastport" not in {s.name for s in transcript.speakers}


def test_generated_addressing_askers_come_back() -> None:
    right, total, roles_right, roles, _ = family_totals("addressing_askers")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles


# A soap's script: a stage direction names one character in full and one by a title and a
# surname only; the second's initials spell an honorific (`MR:` for Dr. Ravel).
_SCRIPT = ("Episode 412, scene 3.\n\n"
           "     Dr. Ravel is being questioned by Ida Perrin.\n\n"
           "IP:  Dr. Ravel, were you at the harbour that night?\n"
           "MR:  Yes, I was.\n"
           "IP:  And you saw the ferry leave?\n"
           "JB:  [Rising]  Objection, your honour.  The witness cannot know \n"
           "     what time it was. \n"
           "MR:  I do know.  It was late.\n"
           "IP:  Thank you, doctor.\n")


def test_initials_read_as_a_character_named_by_title_and_surname() -> None:
    transcript = _parse(_SCRIPT)
    assert _owner(transcript, "Yes, I was") == "Dr. Ravel"
    assert _owner(transcript, "I do know") == "Dr. Ravel"
    assert _owner(transcript, "were you at the harbour") == "Ida Perrin"
    assert _owner(transcript, "what time it was") == "Jb"  # (named nowhere: the initials)
    assert "Mr" not in {s.name for s in transcript.speakers}


# Two initials ending in the surname's letter: which one is Dr. Ravel is not known.
_TWO_FIT = _SCRIPT.replace("JB:", "KR:")


def test_initials_that_two_labels_could_be_stay_initials() -> None:
    transcript = _parse(_TWO_FIT)
    assert "Dr. Ravel" not in {s.name for s in transcript.speakers}
    assert _owner(transcript, "were you at the harbour") == "Ida Perrin"


def test_generated_script_initials_come_back() -> None:
    right, total, _, _, _ = family_totals("script_initials")
    assert right >= 0.97 * total


# A help page embedding an interview: after the transcript's end marker, the page's
# instructions are no one's; a clip's end (`(END VIDEOTAPE)`) is no transcript's end.
_HELP_PAGE = ("Captions for videos\n\n"
              "A transcript of our interview with Ida Perrin follows.\n\n"
              "[Transcript begins]\n\n"
              "Interviewer: Could you tell us about the ferry service?\n\n"
              "Perrin: It runs late every winter, and nobody asks why.\n\n"
              "Interviewer: Have you asked the board?\n\n"
              "Perrin: Twice. They say the levy will fix it.\n\n"
              "[Transcript ends]\n\n"
              "If you prefer to turn on captions, move the cursor over the video.\n\n"
              "Click on the box labeled CC to choose a language.\n")
_CLIP = ("ANA RUIZ, HOST: Here is what the minister said.\n\n"
         "(BEGIN VIDEOTAPE)\n\n"
         "IDA PERRIN, MINISTER: The levy stays.\n\n"
         "(END VIDEOTAPE)\n\n"
         "RUIZ: And the ferries?\n\n"
         "Nobody knows, it seems.\n")


def test_lines_after_the_transcripts_end_are_no_ones() -> None:
    transcript = _parse(_HELP_PAGE)
    assert _owner(transcript, "It runs late") == "Ida Perrin"
    assert _owner(transcript, "If you prefer") is None
    assert _owner(transcript, "Click on the box") is None
    clip = _parse(_CLIP)
    assert _owner(clip, "Nobody knows") == "Ana Ruiz"


def test_generated_transcript_ends_come_back() -> None:
    right, total, _, _, leaked = family_totals("transcript_ends")
    assert right >= 0.97 * total
    assert leaked == 0


# A press conference page in translation: the topics taken up, as dash lines under a bare
# heading, are no one's; a speaker's own list after a colon stays theirs.
_TOPICS = ("Press Conference by the Chief Cabinet Secretary (Excerpt)\n\n"
           "Opening Statement by Chief Cabinet Secretary Ida Perrin\n\n"
           "CHIEF CABINET SECRETARY PERRIN: I would like to brief you on the schedule of "
           "the hearing on the harbour levy.\n\n"
           "(Abridged)\n\n"
           "Q&As\n"
           "- The Northern Islands issue\n"
           "- Consideration on deploying new patrol ships\n"
           "- The presidential election in Veltria\n\n"
           "(Abridged)\n\n"
           "REPORTER: What does the government know about the islands?\n\n"
           "CHIEF CABINET SECRETARY PERRIN: We will do three things:\n"
           "- Ask the embassy for an account\n"
           "- Brief the committee\n"
           "- Report back next week\n")


def test_a_topic_list_under_a_heading_is_no_ones() -> None:
    transcript = _parse(_TOPICS)
    for topic in ("Q&As", "The Northern Islands", "Consideration on deploying",
                  "The presidential election"):
        assert _owner(transcript, topic) is None, topic
    assert _owner(transcript, "I would like to brief") == "Ida Perrin"
    assert _owner(transcript, "Ask the embassy") == "Ida Perrin"
    assert _owner(transcript, "Report back next week") == "Ida Perrin"


def test_generated_topic_bullets_come_back() -> None:
    right, total, roles_right, roles, leaked = family_totals("topic_bullets")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0


# A minister's site listing transcripts: titles over snippet lines; a doorstop's snippet
# opens after its date with one space, the press's question, then the minister's answer.
_LISTING = ("Transcripts\n\n"
            "Interview on Radio Eastmoor with Nell Brightwater\n\n"
            "Transcript, E&OE Topics: the harbour levy; ferries. 17 June 2031     Nell "
            "Brightwater: Now, the levy vote is days away and the ferries are late again.\n\n\n"
            "Doorstop Interview\n\n"
            "Transcript, E&OE Topics: the levy, flood recovery, 14 June 2031 Journalist: The "
            "ferries ran late again overnight. Your reaction to that? Ida Perrin: Look, I think "
            "the board has to answer for it.\n\n\n"
            "Interview on the Morning Show with Otto Vane\n\n"
            "Transcript, E&OE Topics: trade. 10 June 2031     Otto Vane: Well, the trade deal "
            "is back on the table this week.\n")


def test_a_listings_doorstop_snippet_and_its_titles() -> None:
    transcript = _parse(_LISTING)
    assert _owner(transcript, "The ferries ran late") == "Press"
    assert _owner(transcript, "Look, I think the board") == "Ida Perrin"
    assert _owner(transcript, "Now, the levy vote") == "Nell Brightwater"
    assert _owner(transcript, "Doorstop Interview") is None
    assert _owner(transcript, "Interview on the Morning Show") is None


# A date inside running prose before a capitalised phrase and a colon is no label.
_DATED_PROSE = ("The council met on 14 June 2031 Harbour Board: the minutes were read, and the "
                "levy was put off again. Nobody asked why the ferries were late.\n\n"
                "The next meeting is in July.\n")


def test_a_date_in_prose_opens_no_label() -> None:
    transcript = _parse(_DATED_PROSE)
    assert "Harbour Board" not in {s.name for s in transcript.speakers}


def test_a_word_before_the_press_label_after_a_question_is_no_answer() -> None:
    text = ("Q: Is the levy late? Keller: It is. Q: How late? Keller: A month, I think? "
            "Like Q: Half a year, then? Keller: No.\n\n"
            "Q: And the ferries? Keller: Late too.\n")
    transcript = _parse(text)
    assert "Like Q" not in {s.name for s in transcript.speakers}


def test_generated_dated_snippets_come_back() -> None:
    right, total, _, _, leaked = family_totals("dated_snippets")
    assert right >= 0.95 * total
    assert leaked == 0
