"""Procedure and courtesy never lead a digest; recognised by word classes, not sentences."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefing_cli.cli import app
from briefing_cli.digest import build_digest
from briefing_cli.models import Document
from briefing_cli.procedure import is_procedure
from briefing_cli.rank import get_ranker
from briefing_cli.transcript import parse

NAMES = ["Tom", "Karen", "Mr. Chairman", "Secretary Reyes", "everyone", "Amy", "General"]
GREETINGS = ["Good morning", "Good afternoon", "Good evening", "Hello", "Hi", "Welcome back"]
ADDRESSEES = ["everyone", "everybody", "folks", "all", "ladies and gentlemen"]
THANKS = ["Thank you", "Thanks", "Thank you very much", "Thanks so much", "Thank you all"]
REASONS = ["for joining us", "for coming", "for being here", "for having me",
           "for your patience", "for your time", "for taking my question"]
HANDOVERS = ["Let me turn it over to {n}", "With that, I'll turn it over to {n}",
             "I'll hand it over to {n}", "Over to you, {n}",
             "With that, I'm happy to take your questions",
             "I'll take a few questions", "Let me turn it back over to {n} for questions"]
MODERATION = ["Next question", "Go ahead, {n}", "Last question, please", "One more question",
              "We have time for two more questions", "Please go ahead",
              "Our next question comes from {n} with the Tribune"]
THROAT = ["I'll keep this very brief", "I'll keep this brief",
          "I know we have a lot of folks on the line here and not a lot of time",
          "I'll be brief", "I know time is short", "I'll keep my remarks short"]


@st.composite
def procedural(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(NAMES))
    kind = draw(st.integers(0, 5))
    if kind == 0:
        text = f"{draw(st.sampled_from(GREETINGS))}, {draw(st.sampled_from(ADDRESSEES))}"
    elif kind == 1:
        text = f"{draw(st.sampled_from(THANKS))}, {name}"
        if draw(st.booleans()):
            text = f"{draw(st.sampled_from(THANKS))} {draw(st.sampled_from(REASONS))}"
    elif kind == 2:
        text = draw(st.sampled_from(HANDOVERS)).format(n=name)
    elif kind == 3:
        text = draw(st.sampled_from(MODERATION)).format(n=name)
    elif kind == 4:
        text = draw(st.sampled_from(THROAT))
        if draw(st.booleans()):
            text += "; " + draw(st.sampled_from(THROAT)).lower()
    else:
        text = (f"{draw(st.sampled_from(GREETINGS))}, and "
                f"{draw(st.sampled_from(THANKS)).lower()} {draw(st.sampled_from(REASONS))}")
    return text + draw(st.sampled_from([".", "!", "", "."]))


SUBSTANCE = ["The ceasefire along the valley holds and observers arrive on Monday.",
             "Steel tariffs rise to twenty percent for every exporter next month.",
             "We have time for diplomacy, and we will use it to press both governments "
             "toward a verified ceasefire, an exchange of prisoners and a monitoring mission.",
             "The budget line for the northern depots falls by fifteen percent.",
             "Our next step is a formal complaint to the maritime tribunal.",
             "Thank you to the engineers who restored power to the hospital within hours "
             "after the flood cut both substations and the backup generators failed.",
             "The short answer is that the fuel convoys were slower than planned."]


@settings(max_examples=200, deadline=None)
@given(text=procedural())
def test_generated_procedure_is_recognised(text: str) -> None:
    assert is_procedure(text, {"tom", "karen", "amy", "reyes"}), text


def test_substance_with_procedural_words_is_kept() -> None:
    for text in SUBSTANCE:
        assert not is_procedure(text), text


@settings(max_examples=25, deadline=None)
@given(lines=st.lists(procedural(), min_size=2, max_size=5))
def test_procedure_is_never_a_point_in_any_layout(lines: list[str]) -> None:
    body = [f"MS ROSS: {lines[0]} {SUBSTANCE[0]}",
            f"MR HALE: {lines[1]} {SUBSTANCE[1]}",
            *(f"MS ROSS: {line}" for line in lines[2:]),
            f"MR HALE: {SUBSTANCE[3]}"]
    for layout_text in ("\n\n".join(body) + "\n",
                        "\n\n".join(b.split(": ", 1)[1] for b in body) + "\n"):
        digest = build_digest(parse(Document("t.txt", layout_text)), get_ranker("lexrank"),
                              sentences=10, per_speaker=10)
        shown = [*digest.summary, *(p for s in digest.speakers for p in s.points)]
        assert shown
        for point in shown:
            assert point.sentence.text.rstrip(".!") not in {x.rstrip(".!") for x in lines}, (
                point.sentence.text)


def test_all_statements_lets_procedure_back_in(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("MS ROSS: Good afternoon, everyone. I'll keep this very brief.\n\n"
                    "MR HALE: Thank you, Karen.\n\nMS ROSS: Next question.\n", encoding="utf-8")
    plain = CliRunner().invoke(app, ["summarize", str(path), "-f", "text"])
    everything = CliRunner().invoke(app, ["summarize", str(path), "-f", "text",
                                          "--all-statements"])
    assert plain.exit_code == 0 and everything.exit_code == 0
    assert "Good afternoon" not in plain.stdout and "Thank you, Karen" not in plain.stdout
    assert "Good afternoon" in everything.stdout or "brief" in everything.stdout
