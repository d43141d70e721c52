"""Families a check on unseen real news pages found (newscheck1, issue 9): a news page read
as a one-voice monologue (B), a title phrase taken for the speaker's name (D), page
furniture and datelines as speakers (C), `the minister` not joined to the named holder (A),
`the statement` / `it said` not resolved to the body that issued it (E). Every input here
is original text, rendered with perturbations (hard wrapping, CRLF, indentation)."""

from __future__ import annotations

import random
import textwrap

import pytest

from briefing_cli.models import Document, Transcript, TurnKind
from briefing_cli.transcript import detect, monologue, parse


def _render(paragraphs: list[str], rng: random.Random) -> str:
    width = rng.choice([None, 62, 70, 78])
    indent = rng.choice(["", "", "  "])
    out = []
    for para in paragraphs:
        lines = textwrap.wrap(para, width) if width and len(para) > width else [para]
        out.append("\n".join(indent + line for line in lines))
    text = "\n\n".join(out) + "\n"
    return text.replace("\n", "\r\n") if rng.random() < 0.3 else text


def _parse(text: str) -> Transcript:
    return parse(Document(name="t", text=text.replace("\r\n", "\n")))


def _speakers_of(t: Transcript, fragment: str) -> set[str]:
    """Names credited with the turns whose text holds `fragment` (whitespace-blind)."""
    names = {s.id: s.name for s in t.speakers}
    want = " ".join(fragment.split())
    found = set()
    for turn in t.turns:
        if turn.kind is TurnKind.NARRATION or turn.speaker is None:
            continue
        if want[:30] in " ".join(turn.text.split()) or " ".join(turn.text.split())[:30] in want:
            found.add(names[turn.speaker])
    return found


# --- B: a news page is not a monologue ---------------------------------------------------

_MINISTERS = [("Minister of Transport", "Ana Ruiz"), ("Minister of Energy", "Tomas Brandt"),
              ("Minister of Housing", "Leila Haddad")]
_LEADERS = ["President Omar Sule", "Prime Minister Ivo Marek", "Governor Hana Kito"]
_FURNITURE = ["Social Media Profiles:", "Menu:", "Share this article:", "Follow us:"]


def _news_page(rng: random.Random) -> tuple[str, str, str]:
    title, name = rng.choice(_MINISTERS)
    surname = name.split()[-1]
    leader = rng.choice(_LEADERS)
    quote = "We will not raise the fares this year, and the new lines open in spring."
    paragraphs = [
        rng.choice(["Monday, June 3", "Tuesday, 14 May"]),
        rng.choice(_FURNITURE),
        f"{surname} after cabinet meeting: We have finished the budget draft",
        f"{title} {name} announced after the second meeting of the budget committee that "
        f"the committee \"has finished the draft, as promised by {leader}, and the cabinet "
        f"will meet tomorrow to approve it.\"",
        "He noted that \"some items were added and others removed, so the draft is done.\"",
        f"\"{quote}\" he said, adding that \"the remaining questions will be settled soon.\"",
        "Source: National Wire",
    ]
    return _render(paragraphs, rng), name, quote


@pytest.mark.parametrize("seed", range(12))
def test_news_page_with_a_by_phrase_in_a_quote_is_not_a_monologue(seed: int) -> None:
    text, name, quote = _news_page(random.Random(seed))
    document = Document(name="t", text=text.replace("\r\n", "\n"))
    assert detect(document) != monologue.LAYOUT
    assert _speakers_of(_parse(text), quote) == {name}


def test_a_briefing_header_still_names_the_monologue_voice() -> None:
    text = ("Noon briefing by Ana Ruiz, Spokesperson for the Secretary-General\n\n"
            "Good afternoon. The Secretary-General is travelling to Geneva today.\n\n"
            "Our colleagues report that aid convoys reached the north this morning.\n")
    assert detect(Document(name="t", text=text)) == monologue.LAYOUT


# --- D: a title phrase before the name is not the name -----------------------------------

_TITLES = ["Health and Welfare Secretary", "Tourism, Arts and Culture Minister",
           "Lands and Natural Resources Minister", "Trade, Industry and Investment Minister"]
_PEOPLE = ["Tom Okafor", "Datuk Ana Rahim", "Mira Solheim", "Kofi Mensah"]


@pytest.mark.parametrize(("title", "person"),
                         [(t, p) for t in _TITLES for p in _PEOPLE])
def test_title_before_the_name_gives_the_person(title: str, person: str) -> None:
    rng = random.Random(len(title) * 31 + len(person))
    claim = "The new ferry service will run on time from May once the piers are repaired"
    paragraphs = [f"{claim}, said {title} {person}.",
                  "He said the earlier reports of delays were untrue.",
                  "\"We have the boats and the crews ready,\" he said."]
    t = _parse(_render(paragraphs, rng))
    surname = person.split()[-1]
    got = _speakers_of(t, "We have the boats and the crews ready")
    assert len(got) == 1 and surname in next(iter(got)), got
    # the claim is the person's, or narration when the ranker finds no source; never a
    # word of the title (`Tourism`, `Lands`)
    assert all(surname in name for name in _speakers_of(t, claim)), _speakers_of(t, claim)


@pytest.mark.parametrize("title", ["The Minister of Roads and Bridge Maintenance",
                                   "The Minister of Mines and Steel Development",
                                   "The Secretary for Water and Sanitation"])
def test_title_then_name_in_apposition_gives_the_person(title: str) -> None:
    text = (f"{title}, Ada Nwosu, has said that the new road would open in May.\n\n"
            "Nwosu made this known on Tuesday in an interview with a local radio station.\n\n"
            "\"The contractors are back on site and paid,\" she said.\n\n"
            "She said the ministry had set aside funds for the repairs of two bridges.\n")
    t = _parse(text)
    assert _speakers_of(t, "the new road would open in May") == {"Ada Nwosu"}
    assert _speakers_of(t, "The contractors are back on site") == {"Ada Nwosu"}


# --- C: page furniture and datelines are nobody ------------------------------------------

_SLOTS = ["Hide Ad", "Advertisement", "Skip Ad", "Sponsored Content", "Government Bodies",
          "Social Media Profiles"]


@pytest.mark.parametrize("slot", _SLOTS)
@pytest.mark.parametrize("seed", range(2))
def test_ad_slot_between_quote_paragraphs_is_not_the_speaker(slot: str, seed: int) -> None:
    rng = random.Random(seed)
    paragraphs = [
        "Police were called to a house in Mill Street on Friday night, Inspector Mark "
        "Dunne said.",
        "\"Officers found a small fire in the hall and the family got out in time,\" he said.",
        f"{slot}\n{slot}",
        "He added: \"Thankfully no one was hurt, and we will keep patrols in the area.\"",
    ]
    t = _parse(_render(paragraphs, rng))
    assert _speakers_of(t, "Thankfully no one was hurt") == {"Mark Dunne"}
    assert slot not in {s.name for s in t.speakers}


@pytest.mark.parametrize("place", ["Dubai", "LAGOS", "Putrajaya", "Kyiv", "ACCRA"])
def test_colon_dateline_place_is_not_the_speaker(place: str) -> None:
    text = (f"{place}: A Gulf minister has become the talk of the town after ending a live "
            "radio interview early, saying he was at a wedding.\n\n"
            "The Transport Minister Sami Haddad apologised on Monday for the early end.\n\n"
            "\"I was with my family and could not talk,\" he said.\n")
    t = _parse(text)
    assert place.title() not in {s.name.title() for s in t.speakers}
    assert _speakers_of(t, "I was with my family") == {"Sami Haddad"}



# --- A: a bare title joins the holder named earlier --------------------------------------

_HOLDERS = [("Prime Minister", "Ivo Marek", ["the Prime Minister", "the Premier",
                                            "the prime minister"]),
            ("Health Minister", "Ana Ruiz", ["the minister", "the Minister"]),
            ("Mayor", "Ilse Brandt", ["the mayor"])]


@pytest.mark.parametrize(("title", "name", "later"),
                         [(t, n, later) for t, n, laters in _HOLDERS for later in laters])
@pytest.mark.parametrize("seed", range(2))
def test_bare_title_joins_the_named_holder(title: str, name: str, later: str,
                                           seed: int) -> None:
    rng = random.Random(seed)
    surname = name.split()[-1]
    opener = later[:1].upper() + later[1:]
    paragraphs = [
        f"{title} {name} said on Sunday that the city would accept the result of the vote.",
        f"\"We will work with the new council from the first day,\" {surname} told reporters.",
        f"{opener} said the vote was a warning that the people wanted faster repairs.",
        f"\"For now the budget stands and the works go on,\" {later} said.",
    ]
    t = _parse(_render(paragraphs, rng))
    assert _speakers_of(t, "the vote was a warning") == {name}
    assert _speakers_of(t, "For now the budget stands") == {name}
    assert len(t.speakers) == 1, [s.name for s in t.speakers]


def test_the_minister_is_the_minister_named_last() -> None:
    text = ("Prime Minister Ivo Marek opened the session on Monday with a short speech.\n\n"
            "Health Minister Ana Ruiz said the clinics would reopen in the spring.\n\n"
            "The minister said some of the staff had already been rehired.\n\n"
            "\"The wards are clean and ready,\" she said.\n")
    t = _parse(text)
    assert _speakers_of(t, "some of the staff had already been rehired") == {"Ana Ruiz"}


def test_the_prime_minister_is_not_another_minister() -> None:
    text = ("Health Minister Ana Ruiz said the clinics would reopen in the spring.\n\n"
            "\"The wards are clean and ready,\" she said.\n\n"
            "The Prime Minister said the budget would not change this year.\n")
    t = _parse(text)
    assert "Ana Ruiz" not in _speakers_of(t, "the budget would not change")


# --- E: `it said` speaks for the body named before it --------------------------------------
# (`the statement said` -> its issuer was tried and left out: PolNeAR dev direct -2/301.)

_BODIES = ["The city council", "The water board", "The Health Ministry",
           "Acme Mining Corporation"]


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("seed", range(2))
def test_it_said_goes_to_the_body_named_before(body: str, seed: int) -> None:
    rng = random.Random(seed)
    paragraphs = [
        f"{body} said on Friday that three people had been arrested at the dam.",
        "It said: \"The pumping station will stay shut until the checks are done.\"",
    ]
    t = _parse(_render(paragraphs, rng))
    got = _speakers_of(t, "The pumping station will stay shut")
    assert len(got) == 1, got
    assert next(iter(got)).lower().split()[-1] == body.lower().split()[-1], got
