"""Page furniture and boilerplate are never points nor key terms, in any layout.

The furniture is generated: variants of each family (government banners, breadcrumbs,
page titles, advertisements, share bars, cookie notices, copyright and subscribe lines,
links, datelines, bare numbers, repeated running heads) placed around labelled, news and
prose documents of original text. None of it may be shown, even with `--all-statements`;
the statements themselves still are.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing_cli.cli import app
from briefing_cli.digest import build_digest
from briefing_cli.furniture import has_verb
from briefing_cli.models import Digest, Document
from briefing_cli.rank import get_ranker
from briefing_cli.transcript import parse

ORGS = ["Zantor Labs", "Quillmark", "Veltria Ministry of Ports", "Northfield County",
        "Brixley Holdings, Inc.", "Office of Coastal Planning"]
SECTIONS = ["Home", "Newsroom", "Briefings", "Spokesperson's Remarks", "Press Releases",
            "Transcripts", "Ports and Harbours"]
MONTHS = ["Jan", "March", "Sep", "October", "Dec.", "June"]


def _furniture_lines(rng: random.Random) -> list[str]:
    """One variant of every family (each line is furniture, none a statement)."""
    org = rng.choice(ORGS)
    section = rng.sample(SECTIONS, 3)
    sep = rng.choice([" > ", " | ", " » ", " › ", " • "])
    year = rng.randint(1999, 2031)
    day = rng.randint(1, 28)
    month = rng.choice(MONTHS)
    product = rng.choice(["Zentrix", "Scribblr", "Captionly", "Vorta"])
    return [
        rng.choice(["An official website of the United States Government",
                    f"An official website of the {org}", "Official websites use .gov",
                    "Secure .gov websites use HTTPS", "Here's how you know"]),
        sep.join(section[: rng.randint(2, 3)]),
        rng.choice([f"Q{rng.randint(1, 4)} {year} Earnings Conference Call",
                    f"{org} Regular Press Conference on {month} {day}, {year}",
                    f"Remarks by the Spokesperson on {rng.choice(SECTIONS)}"]),
        rng.choice([f"Try {product} and save time transcribing, captioning, and subtitling.",
                    f"Start your free trial of {product} today",
                    f"Try {product} for free"]),
        rng.choice(["Share this article: Facebook | Twitter | Email",
                    "Share: Facebook, LinkedIn, WhatsApp", "Share this story"]),
        rng.choice(["We use cookies to improve your experience on our site.",
                    "This site uses cookies. Accept all cookies",
                    "Manage your cookie preferences"]),
        rng.choice([f"© {year} {org}. All rights reserved.",
                    f"Copyright {year} {org}",
                    f"Subscribe to our newsletter for the latest from {org}",
                    "Follow us on Twitter and Facebook",
                    "Privacy Policy | Terms of Use | Contact"]),
        rng.choice(["https://www.zantor.example.org/briefings/2026-03-12",
                    "press@quillmark.example.com", "www.northfield.example.gov"]),
        rng.choice([f"{month} {day}, {year}", f"{day:02d}/{rng.randint(1, 12):02d}/{year} 8:09",
                    f"Wednesday {day}th {month} {year}"]),
        str(rng.randint(1, 99)),
        rng.choice(["Somewhat Positive", "Very Negative", "Neutral", "Person", "• Aide"]),
        "Please contact the Webmaster with any questions.",
        "This transcript will be updated.",
        rng.choice([f"HARBOURS (pp. 1-2) Berth Closures JAPAN (pp. {day}-{day + 1}) Visit",
                    "Opening statement (p. 3) Questions (pp. 4-9)"]),
    ]


SPEECH = {
    "Dana Voss": [
        "The harbour authority will reopen the northern berths on Monday after the dredging "
        "work is finished.",
        "We have asked the shipping lines to publish their revised schedules by the end of "
        "the week.",
        "The cost of the repairs will be shared between the port and the regional "
        "government.",
    ],
    "Press": [
        "Will the fishing fleet be compensated for the weeks it could not use the quay?",
        "How many vessels were turned away during the closure?",
    ],
    "Milo Brandt": [
        "Inspectors found cracks in two of the older piers, and those piers stay closed "
        "until engineers sign off.",
        "Freight volumes fell by about a fifth during the closure, but they are recovering "
        "quickly.",
    ],
}
ARTICLE = [
    "The harbour authority said on Tuesday that the northern berths would reopen on Monday "
    "after weeks of dredging.",
    "Officials told reporters that the cost of the repairs would be shared with the regional "
    "government.",
    '"We have asked the shipping lines to publish their revised schedules," said Dana Voss, '
    "the authority's spokesperson.",
    "Inspectors found cracks in two of the older piers, which will stay closed until engineers "
    "sign off.",
    "Freight volumes fell by about a fifth during the closure but are recovering, according to "
    "port figures.",
]
RUNNING_HEAD = "Harbour Authority Daily Briefing"


def _labelled(rng: random.Random, furniture: list[str]) -> str:
    lines = furniture[:4] + [""]
    turns = [(who, line) for who, said in SPEECH.items() for line in said]
    rng.shuffle(turns)
    rest = furniture[4:]
    for i, (who, line) in enumerate(turns):
        label = "Q" if who == "Press" else who.upper()
        lines += [f"{label}: {line}", ""]
        if rest and i % 2:
            lines += [rest.pop(), ""]
    lines += rest + [RUNNING_HEAD]
    return "\n".join([RUNNING_HEAD, *lines]) + "\n"


def _news(rng: random.Random, furniture: list[str]) -> str:
    title = rng.choice(["Northern Berths To Reopen After Dredging",
                        "Harbour Reopens Northern Berths"])
    lines = [*furniture[:3], title, ""]
    rest = furniture[3:]
    for i, paragraph in enumerate(ARTICLE):
        lines += [paragraph, ""]
        if rest and i % 2 == 0:
            lines += [rest.pop(0), ""]
    return "\n".join(lines + rest) + "\n"


def _points(digest: Digest) -> list[str]:
    return [p.sentence.text for p in (*digest.summary,
                                      *(q for s in digest.speakers for q in s.points))]


def _digest(text: str, **options: object) -> Digest:
    return build_digest(parse(Document("t.txt", text)), get_ranker("lexrank"),
                        **options)  # type: ignore[arg-type]


def _furniture_words(furniture: list[str]) -> set[str]:
    return {"zentrix", "scribblr", "captionly", "vorta", "cookies", "cookie", "newsletter",
            "webmaster", "facebook", "twitter", "copyright", "rights", "website", "websites",
            "earnings", "conference call"}


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("make", [_labelled, _news])
@pytest.mark.parametrize("everything", [False, True])
def test_generated_furniture_is_never_a_point(seed: int, make: object, everything: bool
                                              ) -> None:
    rng = random.Random(seed)
    furniture = _furniture_lines(rng)
    text = make(rng, furniture)  # type: ignore[operator]
    digest = _digest(text, sentences=30, per_speaker=10, all_statements=everything)
    shown = _points(digest)
    for line in [*furniture, RUNNING_HEAD]:
        assert not any(line.strip() in point or point in line for point in shown), (line, shown)
    assert not any(t.startswith(("Northern Berths", "Harbour Reopens")) for t in shown)
    # The statements are still there: the furniture filter does not eat the text.
    body = ARTICLE if make is _news else [s for said in SPEECH.values() for s in said]
    assert sum(any(s in point or point in s for point in shown) for s in body) >= len(body) - 1
    terms = {t.lower() for s in digest.speakers for t in s.key_terms}
    assert not terms & _furniture_words(furniture), terms


def test_furniture_stays_out_with_all_statements_on_the_command_line(tmp_path: Path) -> None:
    rng = random.Random(99)
    furniture = _furniture_lines(rng)
    path = tmp_path / "page.txt"
    path.write_text(_news(rng, furniture), encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(path), "-f", "json", "-n", "30",
                                      "--all-statements"])
    assert result.exit_code == 0, result.output
    texts = [p["text"] for p in json.loads(result.stdout)["summary"]]
    assert texts and not set(texts) & {line.strip() for line in furniture}


def test_a_page_without_final_stops_keeps_its_lead() -> None:
    """Some feeds drop every final stop: the lead is not mistaken for a title."""
    text = "\n".join(p.rstrip(".") for p in ARTICLE) + "\n"
    shown = _points(_digest(text, sentences=3))
    assert any(p.startswith("The harbour authority said") for p in shown)


def test_a_lone_short_document_is_not_all_header() -> None:
    assert _points(_digest("MR SMITH: We reopen Monday.\n", all_statements=True))


@pytest.mark.parametrize(("text", "verb"), [
    ("Here's how you know", True), ("The berths will reopen", True),
    ("Inspectors found cracks", True), ("Q3 2020 Earnings Conference Call", False),
    ("Press Briefing by Press Secretary Dana Voss", False),
    ("Bill Moyers Remembers Favorite Interviews", False),
    ("Share sensitive information only here.", True)])
def test_verbs_are_found_without_a_tagger(text: str, verb: bool) -> None:
    assert has_verb(text) is verb


_BOILERPLATE_LINES = [
    "© 2026 Harbour Times", "(C) 2025 Example Media", "Copyright's owner", "All Rights Reserved.",
    "Read our Privacy Policy", "Terms of Use", "Terms and Conditions apply", "Sign up for our",
    "Subscribe now for updates", "Follow us on social media", "Click here", "Skip to content",
    "Back to top", "Download the app", "An official website of the state",
    "visit nasa .gov today", "see https:// here", "Contact the webmaster",
    "Part of the historical collection", "Links may not work", "This story will be updated",
    "Read the full transcript here", "Try Acme for free today", "Machine-generated captions",
    "This is not a verbatim transcript", "AI text", "It has not been manually checked",
    "It may contain many errors", "The show is brought to you by Acme", "Sponsored by Acme",
]


@pytest.mark.parametrize("line", _BOILERPLATE_LINES)
def test_boilerplate_prefilter_keeps_every_branch(line: str) -> None:
    from briefing_cli.furniture import BOILERPLATE, _boilerplate

    assert BOILERPLATE.search(line) and _boilerplate(line)
    assert _boilerplate(line.upper()) == bool(BOILERPLATE.search(line.upper()))


def test_boilerplate_prefilter_is_the_expression() -> None:
    """The literal prefilter never changes the answer, on lines that mix boilerplate words
    with ordinary ones (shuffled, recased) and on non-ASCII text."""
    from briefing_cli.furniture import BOILERPLATE, _boilerplate

    words = " ".join(_BOILERPLATE_LINES).split() + [
        "the", "budget", "here", "free", "text", "read", "get", "back", "ſign", "K", "İ", "to"]
    rng = random.Random(7)
    for _ in range(3000):
        picked = rng.sample(words, rng.randint(1, 8))
        line = " ".join(w.upper() if rng.random() < 0.2 else w for w in picked)
        assert _boilerplate(line) == bool(BOILERPLATE.search(line)), line
