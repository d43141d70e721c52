"""Real-transcript shapes found in session 9 (issue 10, branch labels15). Original text
imitating those layouts; the generated families are in tests/layoutgen.py."""

from __future__ import annotations

from helpers import family_totals
from helpers import parse_text as _parse
from helpers import speaker_at as _owner

# A foreign ministry's page: the press secretary's first label gives the family name first
# in capitals, later labels the office and the family name alone.
_MINISTRY = ("Press Conferences\n\n"
             "Press Conference by Foreign Press Secretary MORIYAMA Aiko\n\n"
             "Wednesday, May 14, 2031, 3:40 p.m. Ministry of Foreign Affairs\n\n"
             "This is a provisional translation for reference purpose only.\n\n"
             "Ms. MORIYAMA Aiko, Press Secretary: Good afternoon. I have one announcement "
             "about the ferry talks with Tarsal, which resume on Monday.\n\n"
             "Ferry Talks with Tarsal\n\n"
             "Harbour Shimbun, Kato: Will the minister attend the talks in person?\n\n"
             "Press Secretary Moriyama: The minister plans to attend the opening session.\n\n"
             "Kato, NHK: And the levy on fuel?\n\n"
             "Press Secretary Moriyama: That is under review, and I have nothing to add.\n")


def test_a_family_name_in_capitals_is_the_surname_later_labels_use() -> None:
    transcript = _parse(_MINISTRY)
    people = [s for s in transcript.speakers if s.kind.value == "person"]
    assert [(s.name, s.role) for s in people] == [("Aiko Moriyama", "Press Secretary")]
    assert _owner(transcript, "Good afternoon. I have one") == "Aiko Moriyama"
    assert _owner(transcript, "The minister plans") == "Aiko Moriyama"
    assert _owner(transcript, "That is under review") == "Aiko Moriyama"
    assert _owner(transcript, "Ferry Talks with Tarsal\n") is None


_BRACKETED = ("Regular Briefing of the Ministry of Foreign Affairs\n\n"
              "Ms. HAN Ye-rin (Spokesperson): Good afternoon. Two items today.\n\n"
              "Q: What about the ferry to Tarsal?\n\n"
              "Spokesperson Han: It runs again on Monday.\n\n"
              "Q: And the levy?\n\n"
              "HAN: It is under review.\n")


def test_an_office_in_brackets_and_the_capitals_family_name_alone() -> None:
    transcript = _parse(_BRACKETED)
    people = [s for s in transcript.speakers if s.kind.value == "person"]
    assert [(s.name, s.role) for s in people] == [("Ye-rin Han", "Spokesperson")]
    assert _owner(transcript, "It runs again") == "Ye-rin Han"
    assert _owner(transcript, "It is under review") == "Ye-rin Han"


_FLAT = ("Press Conference by Spokesperson LIANG Wenhao\n\n"
         "Q: When do the ferry talks resume? Spokesperson LIANG Wenhao: On Monday, and the "
         "minister will attend. Q: And the levy? Ms. ZHOU Meili (Deputy Spokesperson): It is "
         "under review. Q: Thank you. LIANG: You are welcome.\n")


def test_family_first_labels_inside_a_flattened_line() -> None:
    transcript = _parse(_FLAT)
    assert _owner(transcript, "On Monday, and the") == "Wenhao Liang"
    assert _owner(transcript, "It is under review") == "Meili Zhou"
    assert _owner(transcript, "You are welcome") == "Wenhao Liang"
    zhou = next(s for s in transcript.speakers if s.name == "Meili Zhou")
    assert zhou.role == "Deputy Spokesperson"


# Capitals before an ordinary word that are no family name: an office, an outlet, an
# acronym, a label word. These stay as written.
_NOT_FAMILY = ("Weekend Politics\n\n"
               "RNC Chief: We will win the county. The numbers are there.\n\n"
               "CNN Anchor: Is that a promise?\n\n"
               "RNC Chief: It is.\n\n"
               "SPEAKER Pelosi: The House will come to order.\n\n"
               "CNN Anchor: Thank you.\n")


def test_capitals_that_are_no_family_name_stay_as_written() -> None:
    transcript = _parse(_NOT_FAMILY)
    names = {s.name for s in transcript.speakers}
    assert "Chief Rnc" not in names and "Anchor Cnn" not in names
    assert "Pelosi Speaker" not in names
    assert _owner(transcript, "We will win") == _owner(transcript, "It is.\n")


def test_generated_family_first_labels_come_back() -> None:
    right, total, roles_right, roles, leaked = family_totals("family_first")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0


# A parliament site's House of Commons page: a topic line (glued), the clock, maybe the party
# and riding lines, then the member's heading with no colon, the speech below.
_COMMONS = ("House of Commons Hansard #88 of the 44th Parliament, 1st Session. (The original "
            "version is on Parliament's site.) The word of the day was ferries.\n\n"
            "Topics\n\n"
            "Ferry ServicesOral Questions\n\n"
            "May 4th, 2031 / 2:55 p.m.\n\n"
            "Liberal\n\n"
            "Nora Pell Liberal Alder Vale—Eastmoor, BC\n\n"
            "Mr. Speaker, the ferry to the islands has missed four sailings this month. "
            "When will the minister act?\n\n"
            "Ferry ServicesOral Questions\n\n"
            "2:55 p.m.\n\n"
            "Tarsal Lakes Ontario\n\n"
            "Liberal\n\n"
            "Idris Vane LiberalMinister of Ports\n\n"
            "Mr. Speaker, the new vessel enters service in June.\n\n"
            "We have also hired twelve more crew for the winter.\n\n"
            "Harbour LevyOral Questions\n\n"
            "3 p.m.\n\n"
            "NDP\n\n"
            "The Assistant Deputy Speaker NDP Ruth Amadi\n\n"
            "Order. The hon. member for Alder Vale has the floor.\n\n"
            "Harbour LevyOral Questions\n\n"
            "3 p.m.\n\n"
            "Oskar Lind Minister of Rural Transport, Lib.\n\n"
            "Mr. Speaker, the levy pays for the breakwater, and we will keep it.\n")


def test_clocked_member_headings_of_a_debate_page() -> None:
    transcript = _parse(_COMMONS)
    assert transcript.layout == "headed"
    assert _owner(transcript, "the ferry to the islands") == "Nora Pell"
    assert _owner(transcript, "the new vessel") == "Idris Vane"
    assert _owner(transcript, "We have also hired") == "Idris Vane"
    assert _owner(transcript, "Order. The hon.") == "Ruth Amadi"
    assert _owner(transcript, "the levy pays") == "Oskar Lind"
    for furniture in ("Harbour LevyOral", "3 p.m.", "NDP\n", "Tarsal Lakes Ontario"):
        assert _owner(transcript, furniture) is None
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Idris Vane"] == "Minister of Ports"
    assert roles["Ruth Amadi"] == "Assistant Deputy Speaker"
    assert roles["Oskar Lind"] == "Minister of Rural Transport"
    assert roles["Nora Pell"] is None


# A live blog's clock over headlines: no member headings (no party, riding or office).
_LIVE_BLOG = ("Storm live updates\n\n"
              "3:05 p.m.\n\n"
              "Council Votes On Harbour Levy\n\n"
              "The council approved the levy by seven votes to two on Tuesday.\n\n"
              "3:20 p.m.\n\n"
              "Ferry Services Suspended Until Friday\n\n"
              "The operator said crossings would resume when the wind drops.\n")


def test_a_live_blog_clock_over_headlines_gives_no_speaker() -> None:
    transcript = _parse(_LIVE_BLOG)
    assert transcript.layout != "headed"
    assert not [s for s in transcript.speakers if s.name.startswith(("Council", "Ferry"))]


def test_generated_clocked_member_headings_come_back() -> None:
    right, total, roles_right, roles, leaked = family_totals("clocked_hansard")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0


# An earnings-call export: headings alone on a line, no colon, `(participant)` for whoever is
# no executive, the executive's title in brackets.
_CALL = ("Sign in\n\nYou're signed outSign in or to get full access.\n\n"
         "Eastmoor Freight - Earnings Call - Q3 2031\n\nNovember 4, 2031\n\nTranscript\n\n"
         "Operator (participant)\n\n"
         "Good day and welcome. Now I'd like to introduce your host, Lina Marsh, Head of "
         "Investor Relations. Please go ahead.\n\n"
         "Lina Marsh (Head of Investor Relations)\n\n"
         "Thank you. Some of our comments today are forward-looking.\n\n"
         "With me today are our chief executive and our chief financial officer.\n\n"
         "Teo Brandt (participant)\n\n"
         "Thanks for taking my question. How did volumes hold up in October?\n")


def test_participant_and_title_headings_of_a_call_export() -> None:
    transcript = _parse(_CALL)
    assert transcript.layout == "headed"
    assert _owner(transcript, "Good day and welcome") == "Operator"
    assert _owner(transcript, "Some of our comments") == "Lina Marsh"
    assert _owner(transcript, "With me today") == "Lina Marsh"
    assert _owner(transcript, "How did volumes") == "Teo Brandt"
    marsh = next(s for s in transcript.speakers if s.name == "Lina Marsh")
    assert marsh.role == "Head of Investor Relations"
    brandt = next(t for t in transcript.turns if "How did volumes" in
                  transcript.document.text[t.start:t.end])
    assert brandt.kind.value == "question"


def test_generated_participant_headings_come_back() -> None:
    right, total, roles_right, roles, _ = family_totals("participant_headings")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles


# A newspaper's interview in full: host and guest labelled by name first, then `Q:`/`A:`; the
# intro names the host after `interview with`, which must not make the host the one answering.
_IN_FULL = ("Saturday 3 May 2031\n\n"
            "The morning after: the minister's interview in full\n\n"
            "Minister Colm Ashby never expected a routine radio interview to draw such "
            "interest, but his interview with Niamh Dorr did.\n\n"
            'Niamh Dorr: "Welcome back. We have just been joined by Colm Ashby. Minister, '
            'good morning."\n\n'
            'Colm Ashby: "Good morning, Niamh."\n\n'
            'Q: "The harbour levy was meant to be settled by now. What happened?"\n\n'
            'A: "Nothing happened. The figures are being checked, that is all."\n\n'
            '"And they will be published before the summer."\n\n'
            'Q: "Will the ferries run this winter?"\n\n'
            'A: "They will."\n')


def test_a_after_named_host_and_guest_is_the_guest() -> None:
    transcript = _parse(_IN_FULL)
    assert _owner(transcript, "Nothing happened") == "Colm Ashby"
    assert _owner(transcript, "And they will be published") == "Colm Ashby"
    assert _owner(transcript, "They will.") == "Colm Ashby"
    assert _owner(transcript, "Welcome back") == "Niamh Dorr"
    assert _owner(transcript, "What happened?") in ("Press", "Niamh Dorr")


def test_generated_named_host_and_guest_before_q_and_a() -> None:
    right, total, _, _, _ = family_totals("named_then_qa")
    assert right >= 0.97 * total


_TV = ("Treasurer Television interview – Harbour News Today\n\n"
       "Treasurer\n\n"
       "Treasurer, thanks very much for your time. The levy was meant to be settled by now, "
       "and the ferries are late again.\n\n"
       "BRUNO ROE, TREASURER: The figures are being checked, and they will be published "
       "before the summer.\n\n"
       "JOURNALIST: Will the ferries run this winter?\n\n"
       "ROE: They will.\n")
# A header paragraph with a comma after capitalised words, addressing no one who answers.
_NOT_ADDRESSED = ("Harbour News Today\n\n"
                  "Eastport, a town of ferries, waits for the levy to be settled this year.\n\n"
                  "BRUNO ROE, TREASURER: The figures are being checked.\n\n"
                  "JOURNALIST: Will the ferries run this winter?\n\n"
                  "ROE: They will.\n")


def test_an_unlabelled_opening_question_addressing_the_guest_is_the_press() -> None:
    transcript = _parse(_TV)
    assert _owner(transcript, "thanks very much for your time") == "Press"
    assert _owner(transcript, "The figures are being") == "Bruno Roe"
    assert _owner(_parse(_NOT_ADDRESSED), "a town of ferries") is None


def test_generated_vocative_openings_come_back() -> None:
    right, total, roles_right, roles, _ = family_totals("vocative_opening")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles


# A press conference transcript from a PDF viewer: the speaker key first, then initials with
# one space as labels, the line breaks lost.
_KEYED = ("Total Page:12\nFile Type:pdf, Size:880Kb\n"
          "Virtual press conference 4 May 2031 Speaker key: LM Lina Marsh TO Dr Teo Okonjo "
          "RB Rafa 00:00:41 LM Hello, everyone, and welcome to today's briefing. Dr Okonjo, "
          "you have the floor. TO Thank you, Lina. The outbreak in the eastern districts is "
          "slowing. LM Thank you. Rafa, please go ahead. RB Thank you. When will the "
          "clinics reopen? 00:04:10 TO Next week, if the numbers hold.\n")


def test_initials_read_through_the_speaker_key_in_a_flattened_transcript() -> None:
    transcript = _parse(_KEYED)
    assert transcript.layout == "labelled"
    assert _owner(transcript, "Hello, everyone") == "Lina Marsh"
    assert _owner(transcript, "The outbreak") == "Teo Okonjo"
    assert _owner(transcript, "When will the clinics") == "Rafa"
    assert _owner(transcript, "Next week, if") == "Teo Okonjo"


def test_generated_keyed_initials_come_back() -> None:
    right, total, _, _, _ = family_totals("keyed_initials")
    assert right >= 0.97 * total


# A debate site's headings: the member's surname (a photo's alt text) glued before the
# heading, a question's number, a permalink's caption after it.
_GLUED = ("How often did parties agree on bills in the last parliament?\n\n"
          "Harbour Levy—2030-31 Financial Review\n\n"
          "Wednesday 9 April 2031 Hansard source (external site)\n\n"
          "Keller4. Hon ANA KELLER (Labour—Riverton) Link to this\n"
          "to the Minister for Ports\n\n"
          "Did he tell reporters that the levy would be reviewed; if so, when?\n\n"
          "RoeHon Dr BRUNO ROE (Minister for Ports) Link to this\n\n"
          "Yes; the review starts in June.\n\n"
          "KellerHon Ana Keller Link to this\n\n"
          "Why did he tell the committee otherwise?\n")


def test_glued_alt_text_headings_of_a_debate_site() -> None:
    transcript = _parse(_GLUED)
    assert transcript.layout == "headed"
    assert _owner(transcript, "Did he tell reporters") == "Ana Keller"
    assert _owner(transcript, "the review starts") == "Bruno Roe"
    assert _owner(transcript, "Why did he tell") == "Ana Keller"
    assert _owner(transcript, "to the Minister for Ports") is None
    roe = next(s for s in transcript.speakers if s.name == "Bruno Roe")
    assert roe.role == "Minister for Ports"


def test_generated_glued_debate_headings_come_back() -> None:
    right, total, roles_right, roles, leaked = family_totals("glued_debate")
    assert right >= 0.97 * total
    assert roles_right >= 0.95 * roles
    assert leaked == 0
