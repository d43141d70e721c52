"""Transcripts as they really arrive: every layout family, rendered from original synthetic
turns with seeded perturbations (tests/layoutgen.py), must give its speakers back."""

from __future__ import annotations

import random

import pytest
from helpers import parse_text as _parse
from helpers import speaker_at as _speaker
from hypothesis import given, settings
from hypothesis import strategies as st
from layoutgen import FAMILIES, score, synthetic_turns
from test_layouts import assert_verbatim

from briefing_cli.models import Document
from briefing_cli.source import decode
from briefing_cli.transcript import detect
from briefing_cli.transcript.common import FURNITURE


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_each_family_gives_its_speakers_back(family: str) -> None:
    turns = right = roles = roles_right = leaked = 0
    for seed in range(6):
        rng = random.Random(f"{family}-{seed}")
        rendered = FAMILIES[family](synthetic_turns(rng, 40, speakers=rng.randint(2, 6)), rng)
        transcript = _parse(rendered.text)
        assert_verbatim(transcript)
        result = score(rendered, transcript)
        turns, right = turns + result.turns, right + result.right
        roles, roles_right = roles + result.roles, roles_right + result.roles_right
        leaked += result.furniture_leaked
    assert right >= 0.97 * turns, f"{family}: {right}/{turns} turns right"
    assert roles_right >= 0.95 * roles, f"{family}: {roles_right}/{roles} roles right"
    assert leaked == 0


@settings(max_examples=25, deadline=None)
@given(family=st.sampled_from(sorted(FAMILIES)), seed=st.integers(0, 10**6),
       crlf=st.booleans())
def test_any_seed_stays_verbatim_and_mostly_right(family: str, seed: int, crlf: bool) -> None:
    rng = random.Random(seed)
    rendered = FAMILIES[family](synthetic_turns(rng, 12, speakers=rng.randint(2, 5)), rng)
    data = rendered.text.replace("\n", "\r\n") if crlf else rendered.text
    transcript = _parse(decode(data.encode("utf-8"), "t"))
    assert_verbatim(transcript)
    result = score(rendered, transcript)
    assert result.right >= 0.75 * result.turns
    assert result.furniture_leaked == 0


# --- one behaviour each -----------------------------------------------------------------------


def test_indented_labels_and_bare_q_paragraphs() -> None:
    t = _parse("      MS. ORTEGA:  Good afternoon.  One thing at the top.\n\n"
               "      Q    Thank you.  Is the bridge safe?\n\n"
               "      MS. ORTEGA:  It is, and it reopens on Monday.\n")
    assert t.layout == "labelled"
    assert _speaker(t, "One thing at the top.") == "Ms. Ortega"
    assert _speaker(t, "Is the bridge safe?") == "Press"


def test_labels_inside_a_line_but_not_a_dateline() -> None:
    t = _parse("WASHINGTON: the transcript follows.\n"
               "Ana Ruiz, Deputy Spokesperson: Talks resume Monday. QUESTION: Where? "
               "Ruiz: In Geneva. Note: times may change. QUESTION: Who attends? "
               "Ruiz: Both delegations.\n")
    assert _speaker(t, "the transcript follows.") is None
    assert _speaker(t, "Talks resume Monday.") == "Ana Ruiz"
    assert _speaker(t, "Where?") == "Press"
    assert _speaker(t, "In Geneva.") == "Ana Ruiz"
    assert _speaker(t, "Note: times may change.") == "Ana Ruiz"
    assert _speaker(t, "Both delegations.") == "Ana Ruiz"
    assert {s.name: s.role for s in t.speakers}["Ana Ruiz"] == "Deputy Spokesperson"


def test_interviewee_named_by_surname_in_the_intro() -> None:
    t = _parse("Transport Secretary Nadia Kovac on the rail strike\n\n"
               "We spoke with Kovac on Tuesday.\n\nQ: Will the trains run?\n\n"
               "A: Most of them.\n\nQ: When?\n\nA: From Thursday.\n")
    assert _speaker(t, "Most of them.") == "Nadia Kovac"
    assert {s.name: s.role for s in t.speakers}["Nadia Kovac"] == "Transport Secretary"


def test_monologue_voice_headings_and_reported_speech() -> None:
    t = _parse("Noon briefing by Lena Brandt, Spokesperson for the Secretary-General\n\n"
               "**Floods**\n\nOur colleagues report that the water is falling in the north.\n\n"
               "The Secretary-General condemns the attack on the convoy. He also called for an "
               "investigation.\n\nShe added that the convoy carried food.\n\n"
               "Aid Convoys\n\nA second convoy leaves tomorrow.\n")
    assert t.layout == "monologue"
    assert _speaker(t, "**Floods**") is None
    assert _speaker(t, "the water is falling") == "Lena Brandt"
    assert _speaker(t, "condemns the attack") == "Secretary-General"
    assert _speaker(t, "Aid Convoys") is None
    assert _speaker(t, "A second convoy leaves tomorrow.") == "Lena Brandt"


def test_a_news_article_is_not_a_monologue() -> None:
    text = ("Ministers met in Brussels on Monday.\n\n"
            "\"We are close,\" said Ana Ruiz, a spokesperson for the presidency.\n\n"
            "Talks resume on Friday.\n")
    assert detect(Document(name="t", text=text)) == "news"


def test_caption_names_in_brackets_and_no_invented_speakers() -> None:
    named = _parse("1\n00:00:01,000 --> 00:00:03,000\n[ANNA] Are you coming?\n[BEN] Later.\n\n"
                   "2\n00:00:03,000 --> 00:00:05,000\n[LAUGHTER] Fine.\n")
    assert _speaker(named, "Are you coming?") == "Anna"
    assert _speaker(named, "Later.") == "Ben"
    assert _speaker(named, "[LAUGHTER]") is None
    unnamed = _parse("1\n00:00:01,000 --> 00:00:03,000\n- Are you coming?\n- Later.\n")
    assert not unnamed.speakers


def test_unidentified_asker_is_the_press_and_an_answerer_stays_apart() -> None:
    t = _parse("MAYOR ROSS: We are ready.\n\nUNIDENTIFIED MALE: Are the pumps on?\n\n"
               "MAYOR ROSS: Yes.\n\nUNIDENTIFIED MALE: All of them?\n\n"
               "UNIDENTIFIED FEMALE: Most of them, since noon.\n")
    assert _speaker(t, "Are the pumps on?") == "Press"
    assert _speaker(t, "Most of them, since noon.") == "Unidentified Female"


def test_all_capitals_speech_is_not_a_heading() -> None:
    t = _parse("ANCHOR: GOOD EVENING. THE STORM IS NEAR.\n\nJO PARK, REPORTER: IT IS.\n"
               "THE WIND IS RISING HERE AND THE BEACH IS EMPTY\nTONIGHT.\n")
    assert _speaker(t, "THE WIND IS RISING HERE") == "Jo Park"


@pytest.mark.parametrize("line", [
    "Negative", "00:01:10-00:01:19 (9 sec)", "12", "Segment 3 of 8",
    "Share this article: Facebook | Twitter | Email", "Also Read: Council delays vote",
    "We use cookies to improve your experience. Accept all cookies", "ADVERTISEMENT",
    "BRUSSELS, March 3 (Reuters) -"])
def test_page_furniture_lines(line: str) -> None:
    assert FURNITURE.match(line)


@pytest.mark.parametrize("line", [
    "Negative numbers came in.", "12 people were hurt.", "Share your views with us.",
    "Watch out for ice tonight.", "I accept that cookies are not dinner."])
def test_speech_is_not_furniture(line: str) -> None:
    assert not FURNITURE.match(line)


def test_whole_roles_and_a_changed_label_keep_the_role() -> None:
    t = _parse("Participants:\nGwen Tallis, Deputy Director, Office of Coastal Planning, "
               "Alder County\n\nGWEN TALLIS: We start with the maps.\n\n"
               "KIM OKO, Press Secretary: Thank you.\n\nKim: One more thing.\n\n"
               "Tallis: The marsh stays protected.\n")
    roles = {s.name: s.role for s in t.speakers}
    assert roles["Gwen Tallis"] == "Deputy Director, Office of Coastal Planning, Alder County"
    assert roles["Kim Oko"] == "Press Secretary"
    assert _speaker(t, "One more thing.") == "Kim Oko"
    assert _speaker(t, "The marsh stays protected.") == "Gwen Tallis"


def test_a_one_line_article_with_repeated_credits_is_not_a_transcript() -> None:
    sentences = [f"The council met for the {n}th time this year and approved the plan."
                 for n in range(4, 24)]
    sentences[5] = "Film Weekly: The festival opens on Friday."
    sentences[12] = "Film Weekly: Tickets sold out in an hour."
    assert detect(Document(name="t", text=" ".join(sentences) + "\n")) != "labelled"


def test_monologue_with_open_bold_headings_and_saying_clauses() -> None:
    t = _parse("Daily Press Briefing by the Office of the Spokesperson\n\n"
               "Department of Public Information . New York\n\n"
               "The following is a near-verbatim transcript of today's noon briefing by "
               "Pilar Osei, Spokeswoman for the Secretary-General.\n\nGood afternoon.\n\n"
               "**Secretary-General in Nairobi\n\nThe Secretary-General opened the water "
               "conference today, saying that no country can manage its rivers alone.\n\n"
               "As I mentioned, the camps now hold more than 200,000 people.\n")
    assert t.layout == "monologue"
    assert _speaker(t, "Good afternoon.") == "Pilar Osei"
    assert _speaker(t, "**Secretary-General in Nairobi") is None
    assert _speaker(t, "no country can manage") == "Secretary-General"
    assert _speaker(t, "the camps now hold") == "Pilar Osei"
    assert {s.name: s.role for s in t.speakers}["Pilar Osei"] == \
        "Spokeswoman for the Secretary-General"


def test_an_article_that_embeds_a_transcript_excerpt_resumes_as_narration() -> None:
    t = _parse("Council approves harbour plan\n\n"
               "The council approved the plan on Tuesday after a long session.\n\n"
               "\"We have waited ten years,\" said Mayor Ines Caro after the vote.\n\n"
               "The key exchange came late in the evening:\n\n"
               "RESIDENT: Who pays if the budget runs over?\n\n"
               "MAYOR CARO: The port authority, under the contract we signed.\n\n"
               "The plan now goes to the state for a final review.\n\n"
               "Construction could begin next spring.\n")
    assert _speaker(t, "under the contract we signed") == "Ines Caro"
    assert _speaker(t, "The plan now goes to the state") is None
    assert _speaker(t, "Construction could begin") is None


# --- mixed layouts ----------------------------------------------------------------------------


def test_a_prepared_statement_inside_a_hearing_stays_with_its_reader() -> None:
    text = ("Hearing of the Committee on Transport\n\n"
            "CHAIR ROSA KELLER: The committee will come to order. Director, your statement.\n\n"
            "DIRECTOR BRUNO OKAFOR: Thank you. I will read my statement into the record.\n\n"
            "Opening statement of Director Bruno Okafor\n\n"
            "Dear Chairwoman: this statement answers the questions in your letter of May 2.\n\n"
            "As the auditor wrote in March: \"The levy is sound, but the barrier is late.\" "
            "We accept that finding.\n\n"
            "The board's letter said: \"We cannot support a plan without a date.\" We now have "
            "a date: the barrier opens in October.\n\n"
            "CHAIR ROSA KELLER: Thank you, Director. Why was the barrier late?\n\n"
            "MR. OKAFOR: The steel came late.\n")
    transcript = _parse(text)
    assert transcript.layout == "labelled"
    assert _speaker(transcript, "Dear Chairwoman") == "Bruno Okafor"
    assert _speaker(transcript, "We accept that finding") == "Bruno Okafor"
    assert _speaker(transcript, "We now have a date") == "Bruno Okafor"
    assert _speaker(transcript, "Opening statement of") is None
    assert _speaker(transcript, "Why was the barrier late") == "Rosa Keller"
    assert _speaker(transcript, "The steel came late") == "Bruno Okafor"
    assert sorted(s.name for s in transcript.speakers) == ["Bruno Okafor", "Rosa Keller"]


def test_a_news_article_that_embeds_a_transcript_excerpt() -> None:
    text = ("Harbour levy vote delayed\n\nBy Staff Writer\n\n"
            "\"We need the barrier before the winter,\" one resident said at the meeting.\n\n"
            "Officials said the vote would come next month, after the audit.\n\n"
            "Harbour Director Ana Ruiz said the plan was on schedule. Here is part of the "
            "exchange, edited for length:\n\n"
            "Q: Will the barrier open before the winter?\n\n"
            "A: Yes. We have the steel now, and the crews start on Monday.\n\n"
            "Q: And the levy?\n\n"
            "A: The levy pays for it. I have said so from the start.\n\n"
            "The levy would raise four million a year, according to the council's figures.\n\n"
            "Residents have asked for a date for the flood barrier since the spring.\n")
    transcript = _parse(text)
    assert _speaker(transcript, "We have the steel now") == "Ana Ruiz"
    assert _speaker(transcript, "The levy pays for it") == "Ana Ruiz"
    assert _speaker(transcript, "And the levy?") == "Press"
    assert _speaker(transcript, "The levy would raise") is None
    assert _speaker(transcript, "Officials said the vote") is None
    assert {s.name: s.role for s in transcript.speakers}.get("Ana Ruiz") == "Harbour Director"


def test_reported_speech_in_a_monologue_is_the_reported_persons_paraphrase() -> None:
    text = ("The following is a near-verbatim transcript of today's noon briefing by Ana "
            "Ruiz, Spokesperson for the Secretary-General.\n\n"
            "Good afternoon.\n\n"
            "The Secretary-General welcomes the agreement on the harbour levy.\n\n"
            "He noted that the barrier must open before the winter.\n\n"
            "As I mentioned yesterday, the envoy travels to Riverton on Monday.\n")
    transcript = _parse(text)
    assert transcript.layout == "monologue"
    kinds = {_speaker(transcript, snippet): next(
        t.kind.value for t in transcript.turns
        if t.start <= text.index(snippet) < t.end) for snippet in (
        "welcomes the agreement", "As I mentioned")}
    assert kinds == {"Secretary-General": "paraphrase", "Ana Ruiz": "statement"}
    assert _speaker(transcript, "He noted that") == "Secretary-General"
