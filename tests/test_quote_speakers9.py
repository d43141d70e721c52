"""Who said a direct quotation in news (issue 9, session 9): the people present as one
speaker (`"Out!" the crowd yelled.`), a cue that introduces the next quotation rather than
closing the one before it, a name alone before a colon, and a titled name as the subject a
later pronoun finds.
Articles are generated from name lists and templates written for this test; each rule is
also switched off (`news.RULES`) to show the test sees it."""

from __future__ import annotations

import itertools

import pytest
from helpers import quote_speaker

from briefing_cli.models import Document, SpeakerKind, Transcript
from briefing_cli.transcript import news

_PEOPLE = [("Marta", "Okafor"), ("Daniel", "Vesely"), ("Irene", "Castell"), ("Tomas", "Brandt")]
_COLLECTIVE = ["the crowd", "the audience", "the whole crowd", "some attendees"]
_SHOUTS = ["yelled", "chanted", "roared back", "cried out", "shouted"]


def _parse(text: str) -> Transcript:
    return news.parse(Document(name="t", text=text))


def _rally(first: str, surname: str, group: str, verb: str) -> str:
    return (f"{first} {surname} spoke for an hour at the county fairground on Saturday.\n\n"
            f"\"Who is going to fix the bridge on Route 9?\" {surname} asked.\n\n"
            f"\"We are!\" {group} {verb}.\n")


@pytest.mark.parametrize(("person", "group", "verb"),
                         list(itertools.product(_PEOPLE[:2], _COLLECTIVE, _SHOUTS)))
def test_the_people_present_speak_as_one(person: tuple[str, str], group: str,
                                         verb: str) -> None:
    t = _parse(_rally(*person, group, verb))
    assert quote_speaker(t, "Who is going to fix") == " ".join(person)
    said = quote_speaker(t, "We are!")
    assert said is not None and said.lower().split()[-1] == group.split()[-1]


def test_the_collective_rule_is_what_finds_them(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _rally("Marta", "Okafor", "the crowd", "yelled")
    assert quote_speaker(_parse(text), "We are!") == "Crowd"
    monkeypatch.setitem(news.RULES, "collective_cue", False)
    assert quote_speaker(_parse(text), "We are!") != "Crowd"


def test_a_group_is_no_person() -> None:
    t = _parse(_rally("Irene", "Castell", "the audience", "shouted"))
    audience = next(s for s in t.speakers if s.name == "Audience")
    assert audience.kind is not SpeakerKind.PERSON


_EXCHANGE = ("{a1} {a2} and {b1} {b2} traded messages about the budget on Tuesday.\n\n"
             "{a2} writes to {b2} with, \"Why now? Was that not settled in March?\" "
             "{b2} then {verb}, \"It was, but the council reopened it.\"\n")


@pytest.mark.parametrize(("a", "b", "verb"), [
    (a, b, verb) for (a, b), verb in itertools.product(
        itertools.permutations(_PEOPLE[:3], 2), ["writes back", "replies", "answered"])])
def test_a_cue_that_opens_the_next_quotation_is_not_this_ones(
        a: tuple[str, str], b: tuple[str, str], verb: str) -> None:
    text = _EXCHANGE.format(a1=a[0], a2=a[1], b1=b[0], b2=b[1], verb=verb)
    t = _parse(text)
    assert quote_speaker(t, "Why now?") == " ".join(a)
    assert quote_speaker(t, "It was, but") == " ".join(b)


def test_a_cue_after_a_question_still_closes_it() -> None:
    """`"Why now?" Okafor asked.` and `"Why now?" Okafor asked, "and why here?"`: the cue
    is the question's own."""
    for tail in ("Okafor asked. \"Nobody knows.\"", "Okafor asked, \"and why here?\""):
        text = ("Marta Okafor and Daniel Vesely met the council on Tuesday.\n\n"
                f"Vesely spoke first. \"Why now?\" {tail}\n")
        assert quote_speaker(_parse(text), "Why now?") == "Marta Okafor"


def test_the_next_quote_rule_is_what_keeps_them_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _EXCHANGE.format(a1="Marta", a2="Okafor", b1="Daniel", b2="Vesely",
                            verb="writes back")
    assert quote_speaker(_parse(text), "Why now?") == "Marta Okafor"
    monkeypatch.setitem(news.RULES, "next_quote_cue", False)
    assert quote_speaker(_parse(text), "Why now?") == "Daniel Vesely"


_ROUNDUP = ("This is the polling roundup for {day}.\n\n"
            "{headline} - {name}: \"The late deciders broke for the challenger by a wide "
            "margin in the last week.\" [Report.]\n")
_HEADLINES = ["TURNOUT SURGED IN THE SUBURBS", "Late deciders swing the county",
              "Pollsters agree", "RED STATES OUTNUMBER BLUE STATES"]


@pytest.mark.parametrize(("headline", "name"), list(itertools.product(
    _HEADLINES, ["Marta Okafor", "Daniel J. Vesely", "PollWatch"])))
def test_a_name_alone_before_the_colon_speaks(headline: str, name: str) -> None:
    t = _parse(_ROUNDUP.format(day="Monday", headline=headline, name=name))
    assert quote_speaker(t, "The late deciders") == name


def test_a_known_name_opening_its_paragraph_speaks() -> None:
    text = ("Irene Castell said on Monday that the port would reopen.\n\n"
            "Castell: \"We will open the north gate first.\"\n")
    assert quote_speaker(_parse(text), "north gate") == "Irene Castell"


def test_the_label_rule_is_what_finds_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _ROUNDUP.format(day="Monday", headline="Pollsters agree", name="Marta Okafor")
    assert quote_speaker(_parse(text), "The late deciders") == "Marta Okafor"
    monkeypatch.setitem(news.RULES, "label_colon", False)
    assert quote_speaker(_parse(text), "The late deciders") != "Marta Okafor"


_TITLED = ("Daniel Vesely won the county primary on Tuesday. Vesely said he would unite "
           "the party.\n\n"
           "Months ago, {modifier} {noun} Tomas Brandt expressed dismay at the thought of "
           "Vesely as the nominee. \"I kept telling myself that it would not happen,\" he "
           "said.\n")


@pytest.mark.parametrize(("modifier", "noun"), list(itertools.product(
    ["Florida", "Republican", "Ohio"], ["developer", "pollster", "strategist", "consultant"])))
def test_a_titled_name_opening_the_sentence_is_its_subject(modifier: str, noun: str) -> None:
    t = _parse(_TITLED.format(modifier=modifier, noun=noun))
    assert quote_speaker(t, "I kept telling myself") == "Tomas Brandt"


@pytest.mark.parametrize("sentence", ["Clinton beat Bernie Sanders in Iowa.",
                                      "Democrats want Bernie Sanders out.",
                                      "Okafor answer Daniel Vesely daily."])
def test_a_verb_before_a_name_is_no_title(sentence: str) -> None:
    cue = news.sentence_subject(sentence, 0, len(sentence))
    assert cue is not None and cue.subject == sentence.split()[0]


def test_the_titled_subject_rule_is_what_finds_him(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _TITLED.format(modifier="Florida", noun="developer")
    assert quote_speaker(_parse(text), "I kept telling myself") == "Tomas Brandt"
    monkeypatch.setitem(news.RULES, "titled_subject", False)
    assert quote_speaker(_parse(text), "I kept telling myself") != "Tomas Brandt"
