"""News whose line breaks were lost (issues 9 and 10): an article copied from an app, a PDF or
a JSON feed arrives as one line, or a few very long ones. It must still be read as news, its
quotations credited to their speakers, while a flattened transcript stays labelled and plain
prose stays prose. Every article here is generated from original sentences."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from helpers import parse_text, speaker_at
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli.models import Document
from briefing_cli.transcript import detect, news

_PEOPLE = [("Marta Kessler", "the port authority's director"),
           ("Oren Dalby", "a spokesman for the regional council"),
           ("Ines Varga", "the head of the ferry workers' union"),
           ("Tomasz Brell", "a hydrologist at Northfield University"),
           ("Leah Okonkwo", "the county's emergency coordinator")]
_QUOTES = ["We will reopen the terminal as soon as the inspectors sign off",
           "Nobody here has seen water this high in forty years",
           "The crews worked through the night and they deserve our thanks",
           "It is too early to say what the repairs will cost",
           "Our members will not go back until the pumps are fixed",
           "We asked for a second survey and we are still waiting"]
_MORE = ["That is the honest answer.", "We owe people the truth.",
         "Nobody should pretend otherwise.", "It will take weeks, not days."]
_NARRATION = ["The river rose above the flood wall early on Tuesday, closing the ferry "
              "terminal and two roads into the old town.",
              "Engineers spent the morning checking the pumps along the eastern quay.",
              "The council has set aside an emergency fund for the clean-up.",
              "Several shops near the harbour stayed shut for a second day.",
              "Traffic was diverted over the northern bridge until late afternoon."]
_MARKS = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")]


def _one_line_article(rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """A one-line article and, for each quotation in it, (its words, its speaker)."""
    people = rng.sample(_PEOPLE, 3)
    quotes = rng.sample(_QUOTES, 3)
    narration = rng.sample(_NARRATION, 4)
    open_, close = rng.choice(_MARKS)
    gold: list[tuple[str, str]] = []
    parts = [rng.choice(["", "LISBON (Harbour Wire) — ", "By Tomas Lind, Staff Writer | ",
                         "Flood closes ferry terminal By Tomas Lind "]) + narration[0]]
    (name1, role1), (name2, role2), (name3, _) = people
    # A quotation before its cue, then one that goes on in the same voice.
    parts.append(f"{open_}{quotes[0]},{close} said {name1}, {role1}.")
    more = rng.choice(_MORE)
    parts.append(f"{open_}{more}{close}")
    gold += [(quotes[0], name1), (more, name1)]
    parts.append(narration[1])
    # A quotation after its cue.
    parts.append(f"{name2}, {role2}, told reporters: {open_}{quotes[1]}.{close}")
    gold.append((quotes[1], name2))
    parts.append(narration[2])
    # Reported speech with `according to`, then a quotation after the surname's cue.
    parts.append(f"According to {name3}, the pumps on the eastern quay failed twice overnight.")
    parts.append(f"{open_}{quotes[2]},{close} {name3.split()[1]} said.")
    gold.append((quotes[2], name3))
    parts.append(narration[3])
    return " ".join(parts), gold


@pytest.mark.parametrize("seed", range(24))
def test_a_one_line_article_is_news_with_its_speakers(seed: int) -> None:
    text, gold = _one_line_article(random.Random(seed))
    assert "\n" not in text
    transcript = parse_text(text)
    assert transcript.layout == news.LAYOUT
    for words, name in gold:
        assert speaker_at(transcript, words) == name, (words, name)
    assert speaker_at(transcript, "the pumps on the eastern quay failed") == gold[-1][1]


@pytest.mark.parametrize("seed", range(8))
def test_a_few_long_lines_read_like_one(seed: int) -> None:
    """Line breaks kept between some sentences only: the same speakers."""
    text, gold = _one_line_article(random.Random(seed))
    cut = text.split(". ")
    text = ".\n".join([". ".join(cut[:4]), ". ".join(cut[4:])])
    transcript = parse_text(text)
    assert transcript.layout == news.LAYOUT
    for words, name in gold:
        assert speaker_at(transcript, words) == name, (words, name)


def _flattened_transcript(rng: random.Random) -> str:
    """A briefing whose line breaks were lost: `Name, Role:` labels inside the line, and
    reported speech (`said`) inside the turns, which must not make it news."""
    people = [("Ana Ruiz", "Deputy Spokesperson"), ("Tom Becker", "Reuters")]
    turns = []
    for n in range(8):
        name, role = people[n % 2]
        label = f"{name}, {role}: " if n < 2 else f"{name.split()[1]}: "
        body = " ".join(rng.sample(_NARRATION, 2))
        turns.append(label + body + f" The minister said the talks resume on {n + 2} May.")
    return "Press briefing transcript " + " ".join(turns)


@pytest.mark.parametrize("seed", range(6))
def test_a_flattened_transcript_stays_labelled(seed: int) -> None:
    text = _flattened_transcript(random.Random(seed))
    assert "\n" not in text
    transcript = parse_text(text)
    assert transcript.layout == "labelled"
    assert "Ana Ruiz" in {s.name for s in transcript.speakers}


def test_sentences_opening_with_labels_keep_a_text_out_of_news() -> None:
    text = _flattened_transcript(random.Random(0))
    assert news.flat_score(text) == 0.0
    article, _ = _one_line_article(random.Random(0))
    assert news.flat_score(article) > 0


def test_one_line_prose_with_no_quotation_stays_prose() -> None:
    text = " ".join(_NARRATION * 3)
    assert detect(Document(name="t", text=text)) == "prose"


def test_picture_headings_are_no_transcript_labels() -> None:
    """`Sale: ...` headings of a picture story do not keep an article out of news."""
    text, gold = _one_line_article(random.Random(3))
    text = text.replace(". ", ". Sale: The harbour at dawn. ", 1)
    text = text.replace(". ", ". Together: Crews on the quay. ", 1)
    transcript = parse_text(text)
    assert transcript.layout == news.LAYOUT
    assert speaker_at(transcript, gold[0][0]) == gold[0][1]


def test_sentence_units_never_cut_inside_a_quotation() -> None:
    text = "He came. 'We're no heroes. Just tourists,' he told the Post. 'It was fine.' Mr. X left."
    units = [text[s:e] for s, e in news.sentence_units(text, 0, len(text))]
    assert units == ["He came.", "'We're no heroes. Just tourists,' he told the Post.",
                     "'It was fine.'", "Mr. X left."]
    text = "Then \u201cNo. Never.\u201d he said. Mr. Dalby left."
    units = [text[s:e] for s, e in news.sentence_units(text, 0, len(text))]
    assert units == ["Then \u201cNo. Never.\u201d he said.", "Mr. Dalby left."]


def test_single_marks_are_read_as_quotation_marks_only_when_the_text_has_no_double_ones() -> None:
    text = "'We will reopen the port,' Kessler said. Bob's dog isn't 'Big'."
    marked = news.single_marked(text)
    assert marked == "\u201cWe will reopen the port,\u201d Kessler said. Bob's dog isn't 'Big'."
    assert news.single_marked(text + ' "Yes," he said.') is None


_PIECES = st.sampled_from([*_NARRATION, *_MORE, "“We will see,” Kessler said.",
                           "'Not yet,' said Dalby.", "Varga said the talks would resume.",
                           "  ", "\t", "“Unclosed and", "Mr.", "U.S.", "‘", "’", "'"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30))
def test_one_line_input_keeps_spans_and_line_numbers_verbatim(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for layout in (None, news.LAYOUT):
        transcript = parse_text(text, layout)
        for turn in transcript.turns:
            assert text[turn.start:turn.end] == turn.text
            assert turn.line == 1
            for sentence in turn.sentences:
                assert text[sentence.start:sentence.end] == sentence.text
                assert sentence.line == 1
    units = news.sentence_units(text, 0, len(text))
    assert all(0 <= s < e <= len(text) for s, e in units)
    assert all(a[1] <= b[0] for a, b in zip(units, units[1:], strict=False))


def test_an_article_quoting_with_single_marks_is_news_with_its_line_breaks() -> None:
    # The speakers come from the learned quotation ranker, so the family is held to a rate,
    # not each rendering to exactness: a cue-less quotation in its own paragraph followed by
    # narration with a capitalised subject (`'Nobody should pretend otherwise.' Engineers
    # spent ...`) is a close call the weights refitted in session 10 lose for 5 of 800
    # quotations (200 renderings; the carried speaker is right); any wider loss fails.
    right = total = 0
    for seed in range(40):
        rng = random.Random(seed)
        text, gold = _one_line_article(rng)
        while not any(m in text for m in "‘'"):
            text, gold = _one_line_article(rng)
        text = "\n\n".join(text.split(". "))  # one paragraph a sentence
        transcript = parse_text(text)
        assert transcript.layout == news.LAYOUT
        for words, name in gold:
            total += 1
            right += speaker_at(transcript, words) == name
        for turn in transcript.turns:  # the input's own marks, not the double ones read
            assert text[turn.start:turn.end] == turn.text
    assert right >= total - 2, f"{right}/{total} quotations to the right speaker"


def test_prose_with_a_phrase_in_single_marks_stays_prose() -> None:
    text = "\n\n".join([*_NARRATION[:3], "Locals call the quay 'the old stones' to this day.",
                        *_NARRATION[3:]])
    assert detect(Document(name="t", text=text)) == "prose"



@pytest.mark.parametrize("limit", [news._FLAT_SENTENCE, 10**9])
def test_a_long_line_without_sentences_is_no_news(limit: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # a briefing's words, punctuation stripped, run into one 50,000-character line (as
    # bench/speed.py's 5 MB line): speech words, but no sentences for the vote to judge, and
    # reading it as news is slow and credits no one sensibly
    sample = Path(__file__).resolve().parent.parent / "samples" / "white_house_briefing.txt"
    words = [w.strip(".,?!:") for w in sample.read_text(encoding="utf-8").split()]
    words = [w for w in words if w]
    text = " ".join(words[i % len(words)] for i in range(10_000))[:50_000] + "\n"
    monkeypatch.setattr(news, "_FLAT_SENTENCE", limit)
    is_news = detect(Document(name="t", text=text)) == news.LAYOUT
    assert is_news == (limit > 10**6), "the guard decides"
