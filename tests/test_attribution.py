"""Gold attributions: every snippet of the seed and of each sample goes to its gold speaker."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing_cli.models import Document, Transcript
from briefing_cli.source import read_source
from briefing_cli.transcript import detect, parse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
# Layouts of the samples (their gold files predate the "layout" key); the seed is news.
SAMPLE_LAYOUTS = {"state_department_briefing": "labelled", "white_house_briefing": "labelled",
                  "interview_timestamped": "labelled", "news_article": "news"}


def _cases() -> list[Any]:
    cases = []
    for gold in sorted(FIXTURES.glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        source = ROOT / "samples" / f"{stem}.txt"
        if not source.exists():
            # tests/fixtures/<stem>.<any extension>: .txt, .vtt, .srt, .md
            found = [p for p in sorted(FIXTURES.glob(f"{stem}.*")) if p != gold]
            source = found[0] if found else FIXTURES / f"{stem}.txt"
        cases.append(pytest.param(source, gold, id=stem))
    if SEEDS.is_dir():
        for gold in sorted(SEEDS.glob("*.gold.json")):
            source = gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")
            cases.append(pytest.param(source, gold, id=f"seed-{source.stem}"))
    return cases


def speaker_at(transcript: Transcript, snippet: str) -> str:
    """Name of the speaker of the turn holding `snippet` (PRESS / NARRATION for the others)."""
    text = transcript.document.text
    offset = text.find(snippet)
    assert offset >= 0, f"snippet not in the input: {snippet!r}"
    for turn in transcript.turns:
        if turn.start <= offset < turn.end:
            speaker = transcript.speaker(turn.speaker)
            if speaker is None:
                return "NARRATION"
            return "PRESS" if speaker.kind.value == "press" else speaker.name
    return "NARRATION"


@pytest.mark.parametrize(("source", "gold_path"), _cases())
def test_gold_attributions(source: Path, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    transcript = parse(read_source(str(source)))
    wrong = [(a["text"], a["speaker"], got)
             for a in gold["attributions"]
             if (got := speaker_at(transcript, a["text"])) != a["speaker"]]
    assert not wrong, f"misattributed (snippet, gold, got): {wrong}"


@pytest.mark.parametrize(("source", "gold_path"), _cases())
def test_gold_layout_is_detected(source: Path, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    expected = gold.get("layout") or SAMPLE_LAYOUTS.get(source.stem, "news")
    assert detect(read_source(str(source))) == expected


@pytest.mark.parametrize(("source", "gold_path"), _cases())
def test_gold_speakers_names_and_roles(source: Path, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    speakers = {s.name: s for s in parse(read_source(str(source))).speakers}
    for expected in gold["speakers"]:
        assert expected["name"] in speakers, f"{expected['name']} not among {list(speakers)}"
        found = speakers[expected["name"]]
        assert found.role == expected["role"]
        for alias in expected["aliases"]:
            assert alias == found.name or alias in found.aliases


def _parse(text: str) -> Transcript:
    return parse(Document(name="t", text=text))


def test_long_label_then_short_label_is_one_person() -> None:
    t = _parse("DEPUTY PRESS SECRETARY SABRINA SINGH: Good afternoon. We have news today.\n\n"
               "Q: What about the talks?\n\nMS. SINGH: The talks go on as planned.\n")
    people = [s for s in t.speakers if s.kind.value == "person"]
    assert [p.name for p in people] == ["Sabrina Singh"]
    assert people[0].role == "Deputy Press Secretary"


def test_answer_links_to_question() -> None:
    t = _parse("MR REYES: Welcome, all of you, to the briefing.\n\nQUESTION: Is the deal done?\n\n"
               "MR REYES: Not yet, but we are close to an agreement.\n")
    answer = t.turns[-1]
    assert answer.reply_to is not None
    assert t.turns[answer.reply_to].kind.value == "question"


def test_continuation_paragraphs_stay_with_speaker_across_stage_directions() -> None:
    t = _parse("MS. WHITFIELD: First point here.\n\n(Laughter.)\n\nSecond point here, still mine.\n"
               "\nQ    And the follow-up?\n")
    assert speaker_at(t, "Second point") == "Ms. Whitfield"
    assert speaker_at(t, "(Laughter.)") == "NARRATION"
    assert speaker_at(t, "And the follow-up") == "PRESS"


def test_sentence_openers_are_not_labels() -> None:
    t = _parse("MR REYES: Let me be clear about this.\n\nLook: we have said this before.\n\n"
               "QUESTION: Thanks. A question on trade.\n\nMR REYES: Sure, go ahead.\n")
    assert speaker_at(t, "we have said this before") == "Mr. Reyes"


def test_plain_prose_is_all_narration() -> None:
    t = _parse("The committee met on Tuesday. It approved the budget.\n\nMembers left early.\n")
    assert t.layout == "prose"
    assert not t.speakers
    assert all(turn.speaker is None for turn in t.turns)


def test_news_inline_cue_after_quote() -> None:
    t = _parse('Officials met on Monday to discuss the border\n'
               '"We will not be rushed," Defence Minister Piotr Lasko said on Monday\n'
               'Analysts were not surprised by the decision\n')
    assert speaker_at(t, "We will not be rushed") == "Piotr Lasko"
    assert speaker_at(t, "Analysts were not surprised") == "NARRATION"
