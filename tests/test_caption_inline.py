"""Caption pages, inline labels and page furniture (issue 10, session 5, branch labels9):
lower-case caption labels inside the flowing text, `>> host:` marks, and the generated
families of tests/layoutgen.py for them (run by tests/test_label_shapes.py)."""

from __future__ import annotations

import random

from helpers import parse_text, speaker_at
from layoutgen import event_page, score, synthetic_turns

CAPTION_PAGE = (
    "Skip to main content\n\n"
    "tv   Q&A  Eastmoor TV  May 1, 2031 11:00pm-12:01am EDT\n\n"
    "11:00 pm\n"
    "the ferry will run again next week. ana: thank you, bruno. the harbour levy is sound "
    "and the barrier is late. bruno: so what comes next? ana: the council votes in june and "
    "the\n"
    "11:01 pm\n"
    "works start in the autumn. bruno: ana ostrova, thank you. >> and now the weather "
    "for the valley. bruno: we are back.\n")

HOST_GUEST = (
    "tv   Book Talk  Channel Four  May 27, 2030 5:00pm-8:01pm EDT\n\n"
    "5:00 pm\n"
    ">> host: why did you write the book? >> guest: because no one else would. the "
    "archive was closed for years and the letters sat in boxes in a basement that flooded "
    "every spring. >> host: what changed? >> guest: a new director came.\n"
    "5:01 pm\n"
    "she opened the boxes to anyone who asked.\n")


def test_lower_case_caption_labels_inside_lines_are_speakers() -> None:
    transcript = parse_text(CAPTION_PAGE)
    assert transcript.layout == "subtitles"
    assert speaker_at(transcript, "thank you, bruno") == "Ana"
    assert speaker_at(transcript, "so what comes next") == "Bruno"
    # a time line cuts the voice's words; the words after it are still hers
    assert speaker_at(transcript, "works start in the autumn") == "Ana"
    assert speaker_at(transcript, "11:01 pm") is None
    assert speaker_at(transcript, "tv   Q&A") is None
    # a bare `>>` is another voice, no one's; the header line before the first label too
    assert speaker_at(transcript, "and now the weather") is None
    assert speaker_at(transcript, "the ferry will run") is None


def test_host_and_guest_chevron_labels() -> None:
    transcript = parse_text(HOST_GUEST)
    assert speaker_at(transcript, "why did you write") == "Host"
    assert speaker_at(transcript, "because no one else") == "Guest"
    assert speaker_at(transcript, "she opened the boxes") == "Guest"
    assert {s.name for s in transcript.speakers} == {"Host", "Guest"}


def test_a_lower_case_sentence_with_a_colon_is_no_label() -> None:
    text = ("the point is: the county will open the clinic. what it means: more beds. "
            "the thing is: nobody knows. " * 12)
    transcript = parse_text(text)
    assert not transcript.speakers


SHOT_LIST = (
    "Fortnightly Press Briefing\n\n23 May 2031\n\nRiverton, Eastmoor\n\n"
    "1. B-ROLL: Exterior of headquarters\n"
    "2. Walk-up to news conference\n"
    "3. Reporters cutaway\n"
    "4. SOUNDBITE: (English) Ana Ostrova, Harbour Authority Spokeswoman:\n"
    "\u201cThe levy was designed with the unions. The barrier will be finished in May.\u201d\n"
    "5. Cutaway reporter\n"
    "6. SOUNDBITE (French) Bruno Keller, Minister of Transport:\n"
    "The ferries run again on Monday.\n\n"
    "STORYLINE:\n"
    "The council met on Tuesday to debate the harbour levy.\n")


def test_a_shot_list_credits_each_sound_bite_to_the_person_it_names() -> None:
    transcript = parse_text(SHOT_LIST)
    people = {s.name: s.role for s in transcript.speakers}
    assert people == {"Ana Ostrova": "Harbour Authority Spokeswoman",
                      "Bruno Keller": "Minister of Transport"}  # never `Soundbite`
    assert speaker_at(transcript, "The levy was designed") == "Ana Ostrova"
    assert speaker_at(transcript, "The ferries run again") == "Bruno Keller"
    for line in ("3. Reporters cutaway", "5. Cutaway reporter", "4. SOUNDBITE",
                 "The council met on Tuesday", "Fortnightly Press Briefing"):
        assert speaker_at(transcript, line) is None, line


def test_numbered_points_with_one_soundbite_word_are_no_shot_list() -> None:
    text = ("Our plan has three parts.\n\n1. More buses on the valley line.\n"
            "2. A soundbite: we will not raise fares this year.\n\n"
            "The council votes in June.\n")
    transcript = parse_text(text)
    assert not any(s.name == "A" or "Soundbite" in s.name for s in transcript.speakers)


PARTICIPANTS_PAGE = (
    "Press Briefing Transcript: Harbour Department, Spring Meetings 2031\n\n"
    "April 25, 2031\n\n"
    "PARTICIPANTS:\n\n"
    "Speaker: ANA OSTROVA, Director, Harbour Department, Eastmoor\n\n"
    "Moderator: BRUNO KELLER, Communications Officer, Eastmoor\n\n"
    "*  *  *  *  *\n\n"
    "MR. KELLER: Good morning. Ana, the floor is yours.\n\n"
    "MS. OSTROVA: Thank you. Growth will ease this year.\n\n"
    "QUESTIONER: Will the levy change?\n\n"
    "MS. OSTROVA: Not this year.\n\n\n"
    "http://www.example.gov/press-office/transcript-5\n\n"
    "                                  _________________   |   ________________\n\n"
    "No comments:\n\n"
    "Post a Comment\n\n"
    "Note: only a member of this blog may post a comment.\n")


def test_a_participants_heading_gives_roles_and_no_speaker() -> None:
    transcript = parse_text(PARTICIPANTS_PAGE)
    people = {s.name: s.role for s in transcript.speakers if s.kind.value == "person"}
    assert people == {"Bruno Keller": "Communications Officer, Eastmoor",
                      "Ana Ostrova": "Director, Harbour Department, Eastmoor"}
    assert speaker_at(transcript, "Speaker: ANA") is None
    assert speaker_at(transcript, "Moderator: BRUNO") is None


def test_a_blog_footer_after_the_last_answer_is_no_ones() -> None:
    transcript = parse_text(PARTICIPANTS_PAGE)
    assert speaker_at(transcript, "Not this year.") == "Ana Ostrova"
    for line in ("http://www.example.gov", "_________________", "No comments:",
                 "Post a Comment", "Note: only a member"):
        assert speaker_at(transcript, line) is None, line


def test_speech_about_comments_and_a_moderator_with_speech_stay_speech() -> None:
    text = ("MODERATOR: Participants, welcome.\n\n"
            "ANA OSTROVA: I had no comments on that. We will leave a comment later.\n\n"
            "MODERATOR: Thank you.\n\nANA OSTROVA: Posted by hand, the letters came late.\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "I had no comments") == "Ana Ostrova"
    assert speaker_at(transcript, "Posted by hand") == "Ana Ostrova"


DOORSTEP = (
    "Remarks by High Representative/Vice-President Ana Ostrova upon arrival at the "
    "Foreign Affairs Council\n"
    "Q. Do you have a proposal on the harbour levy?\n"
    "We already delivered a communication on that. It will be on the agenda today.\n"
    "Q. Learning the language of power: what does that mean?\n"
    "It means using all the tools we have.\n"
    "Q. ¿Confía usted en un acuerdo?\n"
    "Esperamos que haya avances.\n")


def test_unlabelled_answers_after_q_go_to_the_official_the_title_names() -> None:
    transcript = parse_text(DOORSTEP)
    assert speaker_at(transcript, "We already delivered") == "Ana Ostrova"
    assert speaker_at(transcript, "It means using") == "Ana Ostrova"
    assert speaker_at(transcript, "Esperamos") == "Ana Ostrova"
    assert speaker_at(transcript, "what does that mean") == "Press"
    roles = {s.name: s.role for s in transcript.speakers}
    assert roles["Ana Ostrova"] == "High Representative/Vice-President"


def test_spaced_paragraphs_and_a_title_naming_no_one() -> None:
    spaced = DOORSTEP.replace("\n", "\n\n")
    transcript = parse_text(spaced)
    assert speaker_at(transcript, "It means using") == "Ana Ostrova"
    unnamed = parse_text("Remarks upon arrival at the council\n" + DOORSTEP.split("\n", 1)[1])
    assert all(s.kind.value == "press" for s in unnamed.speakers)


DIGEST = (
    "Interviewer: Have you tried the novel? Keller: I wish I could, but I lack the nerve. "
    "Interviewer: And stories? Keller: I am writing one now. \u2026 Continue reading Harbour "
    "Review: Bruno Keller\n"
    "Category: Harbour Review\n"
    "Harbour Review: Ana Ostrova\n"
    "Interviewer: What comes first, the plot? Ostrova: I do not work with plots. I work "
    "with hunches. \u2026 Continue reading Harbour Review: Ana Ostrova\n"
    "Harbour Review: Celia Varga on the Sea\n"
    "Interviewer: Who reads you? Celia Varga: Everyone on the coast, I hope.\n")


def test_turns_run_together_in_one_paragraph_and_page_headings() -> None:
    transcript = parse_text(DIGEST)
    assert speaker_at(transcript, "I wish I could") == "Bruno Keller"
    assert speaker_at(transcript, "I am writing one") == "Bruno Keller"
    assert speaker_at(transcript, "I do not work with plots") == "Ana Ostrova"
    assert speaker_at(transcript, "Everyone on the coast") == "Celia Varga"
    assert speaker_at(transcript, "Have you tried") == "Press"  # the interviewer asks
    assert speaker_at(transcript, "Harbour Review: Ana Ostrova") is None
    assert speaker_at(transcript, "Category: Harbour Review") is None
    assert not any("Review" in s.name or s.name == "Interviewer"
                   for s in transcript.speakers)


def test_a_repeated_label_with_speech_is_no_heading() -> None:
    text = ("BRUNO KELLER: Good Morning All\n\nANA OSTROVA: Thank you. The levy is sound.\n\n"
            "BRUNO KELLER: Next Question\n\nANA OSTROVA: The barrier is late.\n\n"
            "BRUNO KELLER: Thank You\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "The barrier is late") == "Ana Ostrova"
    assert speaker_at(transcript, "Next Question") == "Bruno Keller"


PODCAST = (
    "Episode Transcript\n\n"
    "Ana OSTROVA: I'm Ana Ostrova, and you're listening to Harbour Radio.\n\n"
    "And I'm Bruno Keller. Harbour Radio began as a small show in a back room.\n\n"
    "Ana OSTROVA: [From \u201cThe Ferry Question\u201d] The ferry was late every day.\n\n"
    "The early episodes were all about the ferry.\n\n"
    "KELLER: Ana, what do you like about the show?\n\n"
    "OSTROVA: That you do the work.\n\n"
    "We never planned a second season.\n")


def test_a_podcast_host_named_by_their_own_introduction_and_after_clips() -> None:
    transcript = parse_text(PODCAST)
    assert speaker_at(transcript, "Harbour Radio began") == "Bruno Keller"
    assert speaker_at(transcript, "The early episodes") == "Bruno Keller"
    assert speaker_at(transcript, "The ferry was late") == "Ana Ostrova"
    # no clip before it: an unlabelled paragraph stays with the voice before
    assert speaker_at(transcript, "We never planned") == "Ana Ostrova"


EVENT = (
    "A Conversation on the Harbour Levy\n\n"
    "Tuesday, May 8, 2031\nJonas Gallo\nBlessing\nLucas Keller\n\n"
    "Spiritual Leader, Riverton Chapel\n\nSpeaker\n\nSenior Policy Adviser\n\n"
    "Presider\nUlla Rinaldi\n\nPort Director, Eastbay Harbor Authority\n\n"
    "Hugo Adeyemi, Senior Policy Adviser, discusses the year ahead with Ulla Rinaldi "
    "moderating.\n\n"
    "Learn more about the Institute's Coastal Policy Program.\n\n"
    "RINALDI: Good evening. Hugo, the floor is yours.\n\n"
    "ADEYEMI: Thank you. The levy is sound.\n\n"
    "Q: When will the barrier open?\n\n"
    "ADEYEMI: Next spring.\n\n"
    "RINALDI: And the ferries?\n\n"
    "ADEYEMI: They run again on Monday.\n\n"
    "Q: Who pays for it?\n\n"
    "ADEYEMI: The port does.\n")


def test_an_event_page_blurb_is_no_monologue() -> None:
    for seed in range(6):
        rng = random.Random(f"event-{seed}")
        rendered = event_page(synthetic_turns(rng, 20, speakers=3), rng)
        transcript = parse_text(rendered.text)
        assert transcript.layout == "labelled"
        assert score(rendered, transcript).furniture_leaked == 0
    transcript = parse_text(EVENT)
    assert transcript.layout == "labelled"
    assert "Lucas Keller" not in {s.name for s in transcript.speakers}
    assert speaker_at(transcript, "discusses the year ahead") is None
    assert speaker_at(transcript, "Learn more about") is None
    assert speaker_at(transcript, "The levy is sound") == "Hugo Adeyemi"
    assert speaker_at(transcript, "Good evening. Hugo") == "Ulla Rinaldi"


def test_capitals_speech_is_no_heading_and_no_inline_answer() -> None:
    text = ("KELLER: WHAT DO YOU THINK? PEOPLE SAYING: THAT WAS A QUOTE.\n\n"
            "DUNMORE: SO.\n\nKELLER: COULD.\n\nDUNMORE: SO THERE'S A LOT OF OVERLAP.\n\n"
            "KELLER: YES.\n\nDUNMORE: RIGHT.\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "SO THERE'S A LOT") == "Dunmore"
    assert speaker_at(transcript, "THAT WAS A QUOTE") == "Keller"


def test_a_heading_line_no_label_shape_takes_is_narration() -> None:
    text = ("The Valley Review: Bruno Keller\n"
            "Interviewer: Have you tried the novel? Keller: I lack the nerve.\n"
            "The Valley Review: Ana Ostrova\n"
            "Interviewer: What comes first? Ostrova: Hunches, not plots.\n"
            "The Valley Review: Celia Varga\n"
            "Interviewer: Who reads you? Varga: Everyone on the coast.\n")
    transcript = parse_text(text)
    assert speaker_at(transcript, "The Valley Review: Ana") is None
    assert speaker_at(transcript, "The Valley Review: Celia") is None
    assert speaker_at(transcript, "Hunches") == "Ana Ostrova"
