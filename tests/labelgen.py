"""More layouts real transcripts arrive in (issue 10, second pass), rendered from original
synthetic turns with seeded perturbations, with gold: documents with only one or two
strongly shaped labels, labels behind bullets and `>>` marks, diarizer ids, bare `Q`/`A`
paragraphs and speaker names alone on a line (earnings-call exports).

Built on tests/layoutgen.py (same `Rendered`, `score`, `synthetic_turns`).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from layoutgen import PRESS, Rendered, _order, cast, wrap

_OFFICES = ["SECRETARY OF DEFENSE", "CHAIRMAN", "CHAIRWOMAN", "PRESS SECRETARY",
            "MINISTER FOR HOUSING", "GOVERNOR", "SECRETARY OF STATE FOR TRANSPORT",
            "DIRECTOR OF PUBLIC HEALTH", "ADMIRAL", "SENATOR"]
_BOILERPLATE = ["An official website of the county government\n\nHere's how you know\n\n",
                "Home > News > Transcripts\n\n",
                "The full transcript of the committee hearing\n\n"
                "A transcript of the testimony before the committee on June 3.\n\n",
                "Minister and Chair Press Briefing\n\n", ""]


def _paragraphs(body: str, rng: random.Random) -> list[str]:
    sentences = [s.strip() + ("" if s.strip().endswith(("?", ".")) else ".")
                 for s in body.replace("?", "?|").replace(". ", ".|").split("|") if s.strip()]
    out: list[str] = []
    while sentences:
        take = rng.randint(1, 3)
        out.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    return out


def sparse(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """One or two speakers, each labelled once with a long office label (`SECRETARY OF
    DEFENSE ANA K. OSTROVA III:`), their speech running over many (maybe wrapped)
    paragraphs, after a page header."""
    order = _order(turns)[:rng.choice([1, 2])]
    people = cast(order, rng)
    width = rng.choice([None, None, 68, 72])
    gap = rng.choice(["\n\n", "\n"])
    out = Rendered("sparse")
    out.add(rng.choice(_BOILERPLATE))
    for key in order:
        person = people[key]
        initial = rng.choice(["", f" {rng.choice('BCDFJKLMRT')}."])
        suffix = rng.choice(["", "", " III", " JR."])
        office = rng.choice(_OFFICES)
        label = f"{office} {person.first} {initial.strip()} {person.surname}{suffix}".upper()
        label = " ".join(label.split())
        gold = " ".join(f"{person.first}{initial} {person.surname}".split())
        body = " ".join(text for k, text in turns if k == key)
        for i, paragraph in enumerate(_paragraphs(body, rng)[:12]):
            prefix = f"{label}: " if i == 0 else ""
            text, start, end = wrap(prefix, paragraph, width)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, gold))
            out.add(gap)
    return out


def prefixed(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Caption exports pasted as bullets: `• >>Ana Ostrova (Riverton) (Lab): ...`, then
    `• >>Ms. Ostrova: ...`; `- NAME:` dash lists; continuation bullets without labels."""
    order = _order(turns)
    people = cast(order, rng)
    style = rng.choice(["  • >>", "• >> ", ">> ", "- ", "  * "])
    seen: set[str] = set()
    out = Rendered("prefixed")
    out.add(rng.choice(["Subtitles section Play video\n\n", "Transcript\n\n", ""]))
    for key, body in turns:
        person = people[key]
        if key not in seen:
            seen.add(key)
            place = rng.choice(["", " (Riverton)", " (Eastmoor and Vale) (Ind)"])
            label = f"{person.name}{place}"
        else:
            label = rng.choice([person.name, f"{person.honorific.title()} {person.surname}"])
        if style.strip() == "-":
            label = label.upper()
        for i, paragraph in enumerate(_paragraphs(body, rng)):
            lead = f"{style}{label}: " if i == 0 else style.replace(">>", "").rstrip() + " "
            base = len(out.text)
            out.add(lead + paragraph)
            out.spans.append((base + len(lead), len(out.text), person.name))
            out.add("\n\n")
    return out


def diarized(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Machine transcripts: `spk03: ...` or `SPEAKER_01: ...`, one turn a line."""
    order = _order(turns)
    ids = rng.sample(range(max(12, len(order))), len(order))
    upper = rng.random() < 0.5
    names = {key: (f"SPEAKER_{n:02d}" if upper else f"spk{n:02d}")
             for key, n in zip(order, ids, strict=True)}
    shown = {key: (label.title() if upper else label) for key, label in names.items()}
    out = Rendered("diarized")
    out.add(rng.choice(["Northwind Foods\n\nQ2 Earnings Conference Call\n\n8/10/2031\n\n", ""]))
    for key, body in turns:
        prefix = f"{names[key]}: "
        base = len(out.text)
        out.add(prefix + " ".join(body.split()))
        out.spans.append((base + len(prefix), len(out.text), shown[key]))
        out.add("\n")
    return out


def bare_qa(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A ministry press conference: `Q The plan...` and `A We welcome ...` with one space,
    the spokesperson named only in the title."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    out = Rendered("bare_qa")
    out.add(f"Foreign Ministry Spokesperson {voice.name}'s Regular Press Conference on "
            f"{rng.choice(['May 3, 2031', 'January 13, 2030'])}\n\n")
    out.add(rng.choice(["Published on May 3, 2031\n", ""]))
    gap = rng.choice(["\n", "\n\n"])
    for key, body in turns:
        body = " ".join(body.split())
        if key == order[0]:
            # an answer opens with a capitalised word; `A lot` would read as a sentence
            body = "We " + body[0].lower() + body[1:] if body.startswith("A ") else body
            prefix, gold = "A ", voice.name
        else:
            prefix, gold = "Q ", PRESS
        base = len(out.text)
        out.add(prefix + body)
        out.spans.append((base + len(prefix), len(out.text), gold))
        out.add(gap)
    return out


def name_lines(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Earnings-call exports: `speaker` / `Operator` / text, or `• Name` bullets; the
    operator hands over to each speaker by name."""
    order = _order(turns)
    people = cast(order, rng)
    bullets = rng.random() < 0.5
    out = Rendered("name_lines")
    out.add("Northwind Foods Inc.\n\nQ3 2031 Earnings Conference Call\n\n")

    def line(piece: str, gold: str | None = None) -> None:
        lead = "  • " if bullets else ""
        base = len(out.text)
        out.add(lead + piece)
        if gold is not None:
            out.spans.append((base + len(lead), len(out.text), gold))
        out.add("\n\n" if bullets else "\n")

    previous = None
    for key, body in turns:
        person = people[key]
        if previous is None or previous != key:
            # the operator introduces everyone who speaks next
            if not bullets:
                out.add("speaker\n")
            line("Operator")
            line(f"Our next speaker is {person.honorific.title()} {person.name}. "
                 "Please go ahead.", "Operator")
            if not bullets:
                out.add("speaker\n")
            line(person.name)
        line(" ".join(body.split()), person.name)
        previous = key
    return out


FAMILIES: dict[str, Callable[[Sequence[tuple[str, str]], random.Random], Rendered]] = {
    "sparse": sparse, "prefixed": prefixed, "diarized": diarized, "bare_qa": bare_qa,
    "name_lines": name_lines,
}
