"""Render turn-taking text in the layouts transcripts really arrive in, with gold.

Shared by the robustness tests (with original synthetic turns, `synthetic_turns`) and by
bench/layouts.py (with real meeting turns read in place from ../shared/eval). Each renderer
takes turns `(speaker key, text)` and returns the document text, the span of every turn's
body with the display name the parser should give it, and the roles it should find.
Perturbations (indentation, hard wrapping, blank lines, headers and page furniture) are
drawn from a seeded `random.Random`, so a case is reproducible from its seed.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing_cli.models import Transcript
from briefing_cli.transcript.common import STAGE

PRESS = "PRESS"
NARRATION = "NARRATION"

_FIRST = [("Ana", "f"), ("Bruno", "m"), ("Celia", "f"), ("Dmitri", "m"), ("Elena", "f"),
          ("Farid", "m"), ("Greta", "f"), ("Hugo", "m"), ("Ingrid", "f"), ("Jonas", "m"),
          ("Kemi", "f"), ("Lucas", "m"), ("Marisol", "f"), ("Nikhil", "m"), ("Olga", "f"),
          ("Pavel", "m"), ("Rosa", "f"), ("Tomas", "m"), ("Ulla", "f"), ("Victor", "m"),
          ("Wanjiru", "f"), ("Yusuf", "m"), ("Zofia", "f"), ("Arjun", "m"), ("Beatriz", "f"),
          ("Callum", "m"), ("Delphine", "f"), ("Emeka", "m"), ("Freya", "f"), ("Gideon", "m")]
_SURNAMES = """Ostrova Keller Mbeki Lindqvist Okafor Ferreira Halvorsen Castellano Nakamura
Brennan Adeyemi Novakova Marchetti Quist Rahimi Sorensen Tamsin Varga Whitlow Yilmaz Zeller
Abernathy Bakshi Corvino Dunmore Eriksen Fontaine Gallo Haddad Iversen Janssen Kowalczyk
Lefebvre Moreau Nilsen Oduya Petrakis Rinaldi Saarinen Thorne""".split()
_ROLES = ["Press Secretary", "Deputy Spokesperson", "Minister of Health",
          "Port Director, Eastbay Harbor Authority", "Chief Medical Officer",
          "Deputy Director, Office of Rural Transport, Alder County",
          "Director of Communications", "Mayor of Riverton", "Commissioner for Water Resources",
          "Senior Policy Adviser", "Chair of the Transport Committee",
          "Executive Director, Valley Food Bank", "Head of Research, Larch Institute",
          "Police Chief", "Secretary of State for Housing", "Fire Commissioner",
          "Director of Emergency Management", "Spokesperson for the Ministry of Energy"]
_HEADINGS = ["Flood Relief", "Budget Talks", "School Meals", "Rail Strike", "Vaccines",
             "Harbour Works", "Wildfires", "Trade Mission", "Water Quality", "Elections"]
_FURNITURE = ["Negative", "Positive", "Neutral", "00:01:10-00:01:19 (9 sec)",
              "00:04:02-00:04:31 (29 sec)", "12", "Share this article: Facebook Twitter Email",
              "Also Read: Council approves new bus routes",
              "We use cookies to improve your experience. Accept all cookies",
              "ADVERTISEMENT", "Segment 4 of 9", "Listen to this article (3 min)"]


@dataclass(frozen=True)
class Person:
    first: str
    surname: str
    gender: str
    role: str | None

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def honorific(self) -> str:
        return "MS." if self.gender == "f" else "MR."


@dataclass
class Rendered:
    """A rendered document: text, gold turn spans `(start, end, speaker)`, gold roles."""

    family: str
    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def add(self, piece: str) -> None:
        self.text += piece

    def turn(self, body: str, speaker: str) -> None:
        start = len(self.text)
        self.text += body
        self.spans.append((start, len(self.text), speaker))

    def furnish(self, piece: str) -> None:
        start = len(self.text)
        self.text += piece
        self.furniture.append((start, len(self.text)))


@dataclass(frozen=True)
class Score:
    turns: int
    right: int
    roles: int
    roles_right: int
    furniture: int
    furniture_leaked: int
    wrong: tuple[tuple[str, str, str], ...] = ()  # (text, gold, got), first few


def cast(keys: Sequence[str], rng: random.Random) -> dict[str, Person]:
    """A distinct invented person, with a role, for each speaker key."""
    firsts = rng.sample(_FIRST, len(_FIRST))
    surnames = rng.sample(_SURNAMES, len(_SURNAMES))
    roles = rng.sample(_ROLES, len(_ROLES))
    people = {}
    for i, key in enumerate(dict.fromkeys(keys)):
        first, gender = firsts[i % len(firsts)]
        people[key] = Person(first, surnames[i % len(surnames)], gender,
                             roles[i % len(roles)])
    return people


def wrap(prefix: str, body: str, width: int | None, indent: str = "") -> tuple[str, int, int]:
    """`prefix` then `body` hard-wrapped at `width` (continuation lines get `indent`);
    returns the text and where the body starts and ends in it."""
    words = body.split()
    if width is None or not words:
        return prefix + " ".join(words), len(prefix), len(prefix) + len(" ".join(words))
    lines: list[str] = []
    line = prefix + words[0]
    for word in words[1:]:
        if len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent + word
        else:
            line += " " + word
    lines.append(line)
    text = "\n".join(lines)
    return text, len(prefix), len(text)


def _order(turns: Sequence[tuple[str, str]]) -> list[str]:
    counts = Counter(key for key, _ in turns)
    return [key for key, _ in counts.most_common()]


def _perturb(rng: random.Random) -> tuple[str, int | None, str]:
    indent = rng.choice(["", "", "  ", "     ", "\t", "        "])
    width = rng.choice([None, 60, 68, 72, 80])
    gap = rng.choice(["\n\n", "\n\n", "\n"])
    return indent, width, gap


# --- families ---------------------------------------------------------------------------------


def indented(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """White House style: `     MS. SMITH:  Good afternoon.` and `     Q    Thank you.`"""
    order = _order(turns)
    people = cast(order, rng)
    host, press = order[0], (order[1] if len(order) > 1 else None)
    indent = rng.choice(["     ", "    ", "\t", "  ", "        "])
    width = rng.choice([None, 64, 72, 80])
    out = Rendered("indented")
    lead = people[host]
    role = lead.role or ""
    by = f"{lead.name}, {role}" if "," in role or rng.random() < 0.5 else f"{role} {lead.name}"
    out.add(f"{indent}{indent}THE WHITE HOUSE\n\n{indent}Office of the Press Secretary\n\n"
            f"{indent}PRESS BRIEFING BY {by.upper()}\n\n"
            f"{indent}James S. Brady Press Briefing Room\n\n{indent}1:04 P.M. EDT\n\n")
    out.roles[lead.name] = lead.role or ""
    others = [k for k in order if k not in (host, press)]
    if others:
        out.add(f"{indent}Participants:\n")
        for key in others:
            person = people[key]
            out.add(f"{indent}{person.name}, {person.role}\n")
            out.roles[person.name] = person.role or ""
        out.add("\n")
    for key, body in turns:
        if key == press:
            prefix, gold = f"{indent}Q{rng.choice(['    ', '  ', '. ', chr(9)])}", PRESS
        else:
            person = people[key]
            prefix = f"{indent}{person.honorific} {person.surname.upper()}:  "
            gold = person.name
        text, start, end = wrap(prefix, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add("\n\n")
    out.add(f"{indent}END{indent}2:01 P.M. EDT\n")
    return out


def flattened(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Line breaks lost: several `Name, Role: text` turns share one line."""
    order = _order(turns)
    people = cast(order, rng)
    caps = rng.random() < 0.5
    out = Rendered("flattened")
    out.add(rng.choice(["Briefing transcript\n\n", "Remarks to the press\n\n",
                        "WASHINGTON: the full transcript of today's briefing follows.\n\n",
                        ""]))
    seen: set[str] = set()
    per_line = rng.choice([2, 3, 5, 8])
    for n, (key, body) in enumerate(turns):
        person = people[key]
        if key not in seen:
            seen.add(key)
            label = f"{person.name.upper() if caps else person.name}, {person.role}: "
            out.roles[person.name] = person.role or ""
        elif caps:
            label = f"{person.honorific} {person.surname.upper()}: "
        else:
            label = f"{person.surname}: "
        out.add(label)
        out.turn(" ".join(body.split()), person.name)
        out.add("\n" if (n + 1) % per_line == 0 else " ")
    out.add("\n")
    return out


def interview(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A print Q/A interview; the interviewee is named only in the headline or intro."""
    order = _order(turns)
    people = cast(order, rng)
    guest = people[order[0]]
    pronoun = "her" if guest.gender == "f" else "his"
    out = Rendered("interview")
    titled = f"{guest.name}, {guest.role}" if "," in (guest.role or "") else \
        f"{guest.role} {guest.name}"
    intro = rng.choice([
        f"Interview with {titled}\n\n"
        f"Conducted by our correspondent; edited for length and clarity.\n\n",
        f"{guest.name}: 'We are not there yet'\n\n"
        f"Our desk spoke with {guest.name}, {guest.role}, at {pronoun} office on Tuesday.\n\n",
        f"In conversation: {titled}\n\nBy Staff Writer | 4 min read\n\n",
        f"Q&A with {guest.name}, {guest.role}\n\n"
        f"The following has been lightly edited.\n\n",
    ])
    out.add(intro)
    out.roles[guest.name] = guest.role or ""
    q, a = rng.choice([("Q: ", "A: "), ("Q. ", "A. "), ("Q:  ", "A:  "),
                       ("**Q:** ", "**A:** "), ("Question: ", "Answer: ")])
    indent, width, gap = _perturb(rng)
    for key, body in turns:
        prefix, gold = (indent + a, guest.name) if key == order[0] else (indent + q, PRESS)
        text, start, end = wrap(prefix, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
    return out


def monologue(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """UN noon-briefing style: no labels, the spokesperson of the header is the voice;
    bold topic headings; sometimes a question-and-answer part at the end."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    voice = Person(voice.first, voice.surname, voice.gender,
                   rng.choice(["Spokesperson for the Secretary-General", "Deputy Spokesperson",
                               "Spokesperson for the Ministry of Energy"]))
    out = Rendered("monologue")
    out.roles[voice.name] = voice.role or ""
    out.add(rng.choice([
        f"The following is a near-verbatim transcript of today's noon briefing by "
        f"{voice.name}, {voice.role}.\n\n",
        f"Daily Press Briefing by the Office of the Spokesperson\n\n"
        f"NOON BRIEFING BY {voice.name.upper()}, {voice.role.upper()}\n\n",
        f"Press briefing\n{voice.name}\n{voice.role}\n\n",
    ]))
    own = [body for key, body in turns if key == order[0]]
    rest = [(key, body) for key, body in turns if key != order[0]]
    bold = rng.choice(["**{}**", "{}", "{}"])
    indent, width, gap = _perturb(rng)
    heading = rng.choice([4, 6])
    for n, body in enumerate(own[: max(4, len(own) * 2 // 3)]):
        if n % heading == 0:
            out.furnish(bold.format(rng.choice(_HEADINGS)))
            out.add("\n\n")
        text, start, end = wrap(indent, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, voice.name))
        out.add(gap if gap == "\n\n" else "\n\n")
    if rest and rng.random() < 0.5:
        out.furnish(bold.format("Questions and Answers"))
        out.add("\n\n")
        for key, body in turns[-20:]:
            label, gold = ("Spokesperson: ", voice.name) if key == order[0] else (
                "Question: ", PRESS)
            text, start, end = wrap(label, body, width)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, gold))
            out.add("\n\n")
    return out


def _cue_lines(body: str, width: int = 42) -> list[str]:
    text, _, _ = wrap("", body, width)
    return text.split("\n")


def captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """SRT/VTT with names at the start of a turn (`NAME:`, `>> NAME:`, `[NAME]`, `<v Name>`),
    a change of speaker mid-cue, or no names at all (then no speakers may be invented)."""
    order = _order(turns)
    people = cast(order, rng)
    style = rng.choice(["colon", "chevron", "bracket", "voice", "unnamed"])
    vtt = style == "voice" or rng.random() < 0.3
    out = Rendered(f"captions-{style}")
    if vtt:
        out.add("WEBVTT\n\n")
    cue_no = 0
    clock = 1.0

    def stamp(seconds: float) -> str:
        h, rem = divmod(seconds, 3600)
        m, s = divmod(rem, 60)
        sep = "." if vtt else ","
        return f"{int(h):02d}:{int(m):02d}:{int(s):02d}{sep}{int(s % 1 * 1000):03d}"

    def open_cue() -> None:
        nonlocal cue_no, clock
        cue_no += 1
        if not vtt or rng.random() < 0.5:
            out.add(f"{cue_no}\n")
        out.add(f"{stamp(clock)} --> {stamp(clock + 2.5)}\n")
        clock += 2.5

    pending: list[str] = []  # lines left in the current cue
    for key, body in turns:
        person = people[key]
        # a caption names people as it writes them: by first name unless a voice tag
        gold = {"voice": person.name, "unnamed": NARRATION}.get(style, person.first)
        lines = _cue_lines(" ".join(body.split()))
        marker = {"colon": f"{person.first.upper()}: ",
                  "chevron": f">> {person.first.upper()}: ",
                  "bracket": f"[{person.first.upper()}] ",
                  "voice": f"<v {person.name}>",
                  "unnamed": ""}[style]
        for i, line in enumerate(lines):
            if not pending:
                open_cue()
                pending = ["", ""]
            elif i == 0 and style == "unnamed":
                # no names: a change of speaker inside a cue is a dialogue dash
                out.add("- ")
            pending.pop()
            out.add(marker if i == 0 else "")
            out.turn(line, gold)
            out.add("\n")
            if not pending or (i == len(lines) - 1 and rng.random() < 0.4):
                out.add("\n")
                pending = []
    return out


def generic(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Machine transcripts: `Speaker 1 (00:12):` and `Unidentified Female:` labels."""
    order = list(dict.fromkeys(key for key, _ in turns))
    style = rng.choice(["rev", "rev-inline", "numbered", "unidentified"])
    out = Rendered(f"generic-{style}")
    names = {key: f"Speaker {i + 1}" for i, key in enumerate(order)}
    if style == "unidentified" and len(order) > 1:
        # an unnamed voice who mostly asks is the press (issue 10 item 6): name one who answers
        asks = {key: sum(body.rstrip().endswith("?") for k, body in turns if k == key)
                / sum(k == key for k, _ in turns) for key in order}
        answering = [key for key in order[1:] if asks[key] <= 0.25]
        if answering:
            names[answering[-1]] = "Unidentified Female"
    indent, width, gap = _perturb(rng)
    seconds = 0
    for key, body in turns:
        seconds += rng.randint(3, 40)
        stamp = f"{seconds // 60:02d}:{seconds % 60:02d}"
        name = names[key]
        if style == "rev":
            prefix, sep = f"{name} ({stamp}):\n", ""
        elif style == "rev-inline":
            prefix, sep = f"{name} ({stamp}): ", ""
        elif style == "numbered":
            prefix, sep = f"{name.upper() if rng.random() < 0.5 else name}: ", ""
        else:
            prefix, sep = f"{indent}{name.upper()}: ", ""
        text, start, end = wrap(prefix + sep, body, width, indent if style == "unidentified"
                                else "")
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, name))
        out.add(gap)
    return out


def broadcast(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Cable-news style: `NAME, CNN ANCHOR:` then `SURNAME:`, videotape markers, a capitals
    headline before a label, sometimes the whole speech in capitals."""
    order = _order(turns)
    people = cast(order, rng)
    shout = rng.random() < 0.3
    roles = ["CNN ANCHOR", "CNN CORRESPONDENT", "CNN SENIOR POLITICAL ANALYST",
             "CNN CHIEF WASHINGTON CORRESPONDENT"]
    out = Rendered("broadcast")
    out.add("THE LEAD WITH TONIGHT'S TOP STORIES\n\nAired March 3, 2026 - 16:00 ET\n\n"
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE "
            "UPDATED.\n\n")
    seen: set[str] = set()
    width = rng.choice([None, 72, 80])
    for n, (key, body) in enumerate(turns):
        person = people[key]
        if n and n % 15 == 0:
            out.furnish(rng.choice(["(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)",
                                    "(COMMERCIAL BREAK)", "(BEGIN VIDEO CLIP)"]))
            out.add("\n\n")
        if key not in seen:
            seen.add(key)
            role = roles[order.index(key) % len(roles)]
            out.roles[person.name] = " ".join(w if w == "CNN" else w.capitalize()
                                              for w in role.split())
            label = f"{person.name.upper()}, {role}: "
            if n == 0:
                label = "STORM BATTERS COAST AS CITY ORDERS EVACUATIONS; " + label
        else:
            label = f"{person.surname.upper()}: "
        text, start, end = wrap(label, body.upper() if shout else body, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, person.name))
        out.add("\n\n")
    return out


def furniture(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A labelled transcript scraped from a monitoring service or news page: sentiment
    tags, clip times, segment numbers, share bars and cookie notices between the turns."""
    order = _order(turns)
    people = cast(order, rng)
    out = Rendered("furniture")
    out.furnish("We use cookies to improve your experience. Accept all cookies")
    out.add("\n\nBRUSSELS, March 3 (Newswire) -\n\n")
    labels = rng.choice(["name", "caps"])
    for n, (key, body) in enumerate(turns):
        person = people[key]
        label = f"{person.name}: " if labels == "name" else \
            f"{person.honorific} {person.surname.upper()}: "
        out.add(label)
        out.turn(" ".join(body.split()), person.name)
        out.add("\n")
        if n and rng.random() < 0.6:
            out.furnish(rng.choice(_FURNITURE))
            out.add("\n")
        out.add("\n")
    if labels == "caps":
        # labels name people by surname; the page lists them in full after the transcript
        out.add("Speakers: " + "; ".join(f"{people[k].name}" for k in order) + "\n")
    return out


def roles(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Roles from a participants list, an intro sentence and the first label; the label
    changes afterwards (`SAMIRA OKONJO, Press Secretary:` then `Samira:`)."""
    order = _order(turns)
    people = cast(order, rng)
    out = Rendered("roles")
    out.add("Town hall on the harbour plan\n\n")
    listed = order[: max(1, len(order) // 2)]
    out.add("Participants:\n")
    for key in listed:
        out.add(f"{people[key].name}, {people[key].role}\n")
        out.roles[people[key].name] = people[key].role or ""
    out.add("\n")
    seen: set[str] = set()
    indent, width, gap = _perturb(rng)
    later = rng.choice(["first", "caps-surname", "surname"])
    for key, body in turns:
        person = people[key]
        if key not in seen:
            seen.add(key)
            label = f"{person.name.upper()}, {person.role}: "
            out.roles[person.name] = person.role or ""
        elif later == "first":
            label = f"{person.first}: "
        elif later == "caps-surname":
            label = f"{person.surname.upper()}: "
        else:
            label = f"{person.surname}: "
        text, start, end = wrap(indent + label, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, person.name))
        out.add(gap)
    return out


# --- mixed layouts (issue 10, "What to build") ------------------------------------------------

_QUOTED = ["As the auditor wrote in March: \"The levy is sound, but the barrier is late.\"",
           "The board's letter said: \"We cannot support a plan without a date.\"",
           "In the words of our charter, \"the harbour serves every town on the coast.\"",
           "\"Finish the barrier before the winter,\" the residents wrote to us.",
           "Dear Chairwoman: this statement answers the questions in your letter of May 2."]


def statement(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A hearing or briefing with a prepared statement inside it: the chair hands over, the
    witness reads a long opening statement under a heading (`Opening statement of Director
    Ana Ruiz`) over many paragraphs, quoting letters and reports (quotations with colons,
    `Dear Chairwoman:`), then the exchange goes on under labels."""
    order = _order(turns)
    people = cast(order, rng)
    witness, chair = people[order[0]], people[order[1] if len(order) > 1 else order[0]]
    out = Rendered("statement")
    out.add(rng.choice(["Hearing of the Committee on Transport\n\n", "News Transcript\n\n",
                        ""]))
    chair_label = f"CHAIR {chair.name.upper()}"
    witness_label = f"DIRECTOR {witness.name.upper()}"
    indent, width, gap = _perturb(rng)

    def say(label: str, body: str, gold: str) -> None:
        text, start, end = wrap(indent + label + ": ", body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)

    say(chair_label, "The committee will come to order. Director, your statement, please.",
        chair.name)
    say(witness_label, "Thank you. I will read my statement into the record.", witness.name)
    out.furnish(rng.choice([f"Opening statement of Director {witness.name}",
                            "PREPARED STATEMENT", "Statement for the record"]))
    out.add("\n\n")
    own = " ".join(text for key, text in turns if key == order[0])
    for n, paragraph in enumerate(_paragraphs(own, rng)[:12]):
        if n % 3 == 1:
            paragraph = f"{rng.choice(_QUOTED)} {paragraph}"
        text, start, end = wrap(indent, paragraph, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, witness.name))
        out.add("\n\n")
    for key, body in turns[-12:]:
        if key == order[0]:
            say(f"MS. {witness.surname.upper()}" if witness.gender == "f"
                else f"MR. {witness.surname.upper()}", body, witness.name)
        else:
            say(chair_label, body, chair.name)
    return out


_REPORTING = ["The council of Riverton met on Tuesday to debate the harbour levy.",
              "Officials said the vote would come next month, after the audit.",
              "Residents have asked for a date for the flood barrier since the spring.",
              "The levy would raise four million a year, according to the council's figures."]


def embedded(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A news article that embeds a transcript excerpt: reporting paragraphs (narration),
    then `Q:`/`A:` or `REPORTER:`/`NAME:` lines of the exchange, then the article resumes in
    the third person."""
    order = _order(turns)
    people = cast(order, rng)
    official = people[order[0]]
    out = Rendered("embedded")
    out.add("Harbour levy vote delayed\n\nBy Staff Writer\n\n")
    out.turn("\"We need the barrier before the winter,\" one resident said at the meeting.",
             NARRATION)
    out.add("\n\n")
    for sentence in rng.sample(_REPORTING, 2):
        out.turn(sentence, NARRATION)
        out.add("\n\n")
    titled = f"{official.name}, {official.role}," if "," in (official.role or "") else \
        f"{official.role} {official.name}"
    intro = f"{titled} said the plan was on schedule."
    out.turn(intro + " Here is part of the exchange, edited for length:", NARRATION)
    out.add("\n\n")
    q_label, a_label = rng.choice([("Q", "A"), ("REPORTER", official.surname.upper()),
                                   ("QUESTION", official.name.upper())])
    for key, body in turns[:rng.randint(6, 14)]:
        label, gold = (a_label, official.name) if key == order[0] else (q_label, PRESS)
        piece, start, end = wrap(f"{label}: ", body, rng.choice([None, 72]))
        base = len(out.text)
        out.add(piece)
        out.spans.append((base + start, base + end, gold))
        out.add("\n\n")
    for sentence in rng.sample(_REPORTING, 2):
        out.turn(sentence, NARRATION)
        out.add("\n\n")
    return out


FAMILIES: dict[str, Callable[[Sequence[tuple[str, str]], random.Random], Rendered]] = {
    "indented": indented, "flattened": flattened, "interview": interview,
    "monologue": monologue, "captions": captions, "generic": generic,
    "broadcast": broadcast, "furniture": furniture, "roles": roles,
    "statement": statement, "embedded": embedded,
}


# --- label shapes (issue 10, second pass) ----------------------------------------------
# More layouts real transcripts arrive in: documents with only one or two strongly shaped
# labels, labels behind bullets and `>>` marks, diarizer ids, bare `Q`/`A` paragraphs and
# speaker names alone on a line (earnings-call exports). bench/label_shapes.py and
# tests/test_label_shapes.py run these.

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


# --- shapes a fresh unseen check found (session 3) -------------------------------------------

_GREETINGS = ["Good afternoon, everyone, and thank you for joining us.",
              "Good morning. Thanks for coming in, I know it is a busy day.",
              "Hello and welcome to the show, we have a lot to get through.",
              "Good afternoon friends. I will begin with a short statement."]
_PAGE_TOPS = ["Transcript of Weekly Media Briefing by the Official Spokesperson (4 March)\n",
              "[music]\n", "Media Center\n\nWeekly briefing\n\n4 March\n\n",
              "Listen live | Donate | Schedule\n\n", ""]
_HONORIFIC_PREFIXES = ["", "", "Shri ", "Dr. "]


def single_label(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """One voice labelled once at the start of the body, then speaking to the end over many
    paragraphs: a radio host (`Rosa Keller: It's the morning show ...`) or a spokesperson
    (`Shri Rosa Keller, Official Spokesperson: Good afternoon friends. ...`), title case or
    capitals, maybe wrapped, with no title in the label."""
    key = _order(turns)[0]
    person = cast([key], rng)[key]
    width = rng.choice([None, None, 66, 74])
    gap = rng.choice(["\n\n", "\n"])
    out = Rendered("single_label")
    out.add(rng.choice(_PAGE_TOPS))
    name = rng.choice(_HONORIFIC_PREFIXES) + person.name
    style = rng.randrange(3)
    if style == 0:
        label = name
    elif style == 1:
        label = f"{name}, {person.role}"
        out.roles[person.name] = person.role or ""
    else:
        label = person.name.upper()
    body = rng.choice(_GREETINGS) + " " + " ".join(text for k, text in turns if k == key)
    for i, paragraph in enumerate(_paragraphs(body, rng)[:14]):
        text, start, end = wrap(f"{label}: " if i == 0 else "", paragraph, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, person.name))
        out.add(gap)
    return out


def metadata_header(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A page header that lists people under keys (`Presenter: Press Secretary Rosa Keller
    March 4, 2026`, `Present: Representatives Keller, Moreau and Lindqvist.`), then a
    labelled briefing (`ROSA KELLER:` once, `MS. KELLER:` after, `Q:` for the press): the
    keys are metadata, never speakers."""
    order = _order(turns)
    official = order[0]
    people = cast(order, rng)
    person = people[official]
    out = Rendered("metadata_header")
    out.add(rng.choice(["News Transcript\n\n", "U.S. Department of Defense\nNews Transcript\n\n",
                        "Hearing of the Committee on Rules\n\n"]))
    key = rng.choice(["Presenter", "Presenters", "Present", "Also Present", "Participants",
                      "Moderator"])
    listed = rng.choice([
        f"{person.role} {person.name} March 4, 2026",
        ", ".join(f"{p.first} {p.surname}" for p in people.values()),
        "Representatives " + ", ".join(p.surname for p in people.values()) + " and Haddad.",
    ])
    out.furnish(f"{key}: {listed}")
    out.add("\n\n")
    out.add(rng.choice(["", f"Press Briefing by {person.role} {person.name}\n\n"]))
    seen = False
    for speaker, text in turns:
        if speaker == official:
            label = f"{person.honorific} {person.surname.upper()}" if seen \
                else person.name.upper()
            seen = True
            gold = person.name
        else:
            label, gold = "Q", PRESS
        piece, start, end = wrap(f"{label}: ", text, rng.choice([None, None, 72]))
        base = len(out.text)
        out.add(piece)
        out.spans.append((base + start, base + end, gold))
        out.add("\n\n")
    return out


_ORGS = ["NATO", "ASEAN", "the Harbour Council", "the Alliance", "the Ministry of Energy"]


def _speech(out: Rendered, turns: Sequence[tuple[str, str]], key: str, name: str,
            rng: random.Random) -> Rendered:
    """`key`'s turns as one unlabelled speech of `name`, in paragraphs or, on some pages,
    one sentence a line."""
    short = rng.random() < 0.5  # one sentence a line, as some pages set speeches
    body = " ".join(text for k, text in turns if k == key)
    for paragraph in _paragraphs(body, rng)[:16]:
        pieces = [p.strip() + "." for p in paragraph.split(".") if p.strip()] if short \
            else [paragraph]
        for piece in pieces:
            out.turn(piece, name)
            out.add("\n")
        out.add("\n")
    return out


def by_line(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A press conference page (NATO, ministries): the title on one line, `by Secretary
    General Rosa Keller ahead of the meeting of ...` on the next, date bullets, `(As
    delivered)`, a photo caption naming her, then her statement unlabelled, in paragraphs
    or in short lines."""
    key = _order(turns)[0]
    person = cast([key], rng)[key]
    title = rng.choice(["Secretary General", "Foreign Minister", "High Representative",
                        "Minister of Health"])
    org = rng.choice(_ORGS)
    out = Rendered("by_line")
    out.roles[person.name] = title
    out.furnish(rng.choice(["Press conference", "Pre-summit press conference", "Remarks",
                            "Opening statement at the press briefing"]))
    out.add("\n\n")
    out.furnish(f"by {title} {person.name} ahead of the meeting of {org}")
    out.add("\n\n")
    out.furnish(rng.choice(["  • 24 May. 2026 -\n  • |\n  • Last updated 25-May-2026 09:01",
                            "  • 05 Jul. 2026 -", "Last updated: 05 Jul. 2026 16:17"]))
    out.add("\n\n")
    if rng.random() < 0.7:
        out.furnish(rng.choice(["(As delivered)", "(Check against delivery)"]))
        out.add("\n\n")
    if rng.random() < 0.5:
        out.furnish(f"{title} {person.name} giving a press conference ahead of the meeting")
        out.add("\n\n")
    return _speech(out, turns, key, person.name, rng)


def initials(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A print or broadcast interview whose turns are labelled with initials (`RK:`, `BMO:`,
    once `MO:` for short), the names given whole only in the headline or standfirst."""
    order = _order(turns)[:2]
    people = cast(order, rng)
    host, guest = people[order[0]], people[order[1]] if len(order) > 1 else people[order[0]]
    middle = rng.choice(["", "", "Ade ", "Lee "])
    guest_name = f"{guest.first} {middle}{guest.surname}"
    out = Rendered("initials")
    out.add(rng.choice([
        f"Transcript -- March 9 -- Senior Correspondent {host.name} Interviews Foreign "
        f"Minister {guest_name}\n\n",
        f"{host.name} talks to Minister {guest_name} about the harbour levy. Here is the "
        f"full transcript.\n\n",
    ]))
    tags = {order[0]: "".join(w[0] for w in host.name.split()),
            order[-1]: "".join(w[0] for w in guest_name.split())}
    short = "".join(w[0] for w in guest_name.split()[-2:])
    gold = {order[0]: host.name, order[-1]: guest_name}
    gap = rng.choice(["\n", "\n\n"])
    for n, (key, text) in enumerate(t for t in turns if t[0] in tags):
        tag = short if key == order[-1] and middle and n % 5 == 4 else tags[key]
        piece, start, end = wrap(f"{tag}:{rng.choice([' ', '  '])}", text,
                                 rng.choice([None, None, 76]))
        base = len(out.text)
        out.add(piece)
        out.spans.append((base + start, base + end, gold[key]))
        out.add(gap)
    return out


def office_first(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A ministry's briefing whose labels give the office first, then the person (`Official
    Spokesperson, Shri Rosa Keller:`), every time; the press as `Question:`, and a turn
    translated in a second paragraph under the same label."""
    order = _order(turns)
    official = order[0]
    person = cast([official], rng)[official]
    office = rng.choice(["Official Spokesperson", "Press Secretary", "Deputy Spokesperson",
                         "Foreign Secretary"])
    honorific = rng.choice(["Shri ", "", "Dr. ", "Smt. "])
    out = Rendered("office_first")
    out.roles[person.name] = office
    out.add(rng.choice(["Media Center\n\n", "Transcript of Weekly Media Briefing by "
                        "Official Spokesperson (July 27)\n\nJuly 28\n\n", ""]))
    for speaker, text in turns:
        if speaker == official:
            label, gold = f"{office}, {honorific}{person.name}", person.name
        else:
            label, gold = "Question", PRESS
        piece, start, end = wrap(f"{label}: ", text, rng.choice([None, None, 74]))
        base = len(out.text)
        out.add(piece)
        out.spans.append((base + start, base + end, gold))
        out.add("\n\n")
    return out


def readout(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A reporter's readout of a briefing where everyone goes by first name (`Dana: ...`,
    `Christian: ...`): the spokespeople come back, most reporters speak once (`Odile: no.`,
    a reply in lower case)."""
    order = _order(turns)
    spokes = order[:3]
    firsts = [first for first, _ in rng.sample(_FIRST, len(_FIRST))]
    names = {key: firsts[i] for i, key in enumerate(spokes)}
    reporters = iter(firsts[len(spokes):])
    out = Rendered("readout")
    out.add("Readout of the midday briefing, my comments in brackets.\n\n")
    for key, text in turns:
        if key in names:
            label = names[key]
        else:
            label = next(reporters, None)
            if label is None:
                break
            if rng.random() < 0.3:
                text = text[:1].lower() + text[1:]
        out.add(f"{label}: ")
        out.turn(text, label)
        out.add(rng.choice(["\n", "\n\n"]))
    return out


def chevron_flat(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A caption text flattened into long lines, each voice change a `>>` mark:
    `... today. >> Question: I'm with ... >> Prime Minister Ana Ostrova: sorry, ...`; the
    question label is generic, the official's carries an office, a reply may start in
    lower case, a line may open mid-turn."""
    order = _order(turns)
    people = cast(order, rng)
    press = order[1] if len(order) > 1 else None
    office = rng.choice(["Prime Minister", "Minister", "Mayor", "Premier", "Governor"])
    ask = rng.choice(["Question", "Reporter", "Question"])
    per_line = rng.choice([3, 6, 100])
    out = Rendered("chevron_flat")
    first = True
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if key == press:
            label, gold = ask, PRESS
        else:
            person = people[key]
            label, gold = f"{office} {person.name}", person.name
            if rng.random() < 0.3:
                body = body[:1].lower() + body[1:]
        if first and rng.random() < 0.5:
            out.add("of the budget and we are increasing our investments. ")  # cut mid-turn
        first = False
        out.add(f">> {label}: ")
        out.turn(body, gold)
        out.add("\n" if (n + 1) % per_line == 0 else " ")
    out.add("\n")
    return out


_HONOURABLES = ["The Rt. Honourable", "The Right Honourable", "The Hon."]


def bracketed_lines(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A caption export made readable: each label on a line of its own, the press in
    brackets (`(Question by Media):`), the official with a form of address (`The Rt.
    Honourable Ana Ostrova:`), the words in the paragraphs after it."""
    order = _order(turns)
    people = cast(order, rng)
    press = order[1] if len(order) > 1 else None
    asked = rng.choice(["(Question by Media):", "(Question from the floor):",
                        "[Question by Media]:", "(Question):"])
    address = rng.choice(_HONOURABLES)
    gap = rng.choice(["\n\n", "\n"])
    out = Rendered("bracketed_lines")
    out.add(rng.choice(["Parses captions of daily speeches into a readable format\n\n",
                        "Q & A\n\n", ""]))
    for key, body in turns:
        if key == press:
            label, gold = asked, PRESS
        else:
            person = people[key]
            label, gold = f"{address} {person.name}:", person.name
        out.add(label + gap)
        for paragraph in _paragraphs(body, rng):
            out.turn(paragraph, gold)
            out.add(gap)
    return out


def _timed_speech(out: Rendered, turns: Sequence[tuple[str, str]], key: str, name: str,
                  rng: random.Random) -> Rendered:
    """`out` with every turn of `key`, run together and wrapped at 60-90 columns, one line a
    time stamp (`00:07`, sometimes `00:07 `), as a video page's transcript shows it: `name`'s."""
    space = rng.choice(["", "", " "])
    width = rng.choice([60, 72, 90])
    seconds = 0
    speech = " ".join(" ".join(body.split()) for k, body in turns if k == key)
    text, _, _ = wrap("", speech, width)
    for line in text.split("\n"):
        out.add(f"{seconds // 60:02d}:{seconds % 60:02d}{space}")
        out.turn(line, name)
        out.add("\n")
        seconds += rng.randint(3, 7)
    return out


def timed_video(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A video page's transcript of one official: the page says who held the briefing,
    then every line of speech has its timestamp glued on (`00:07Just a few things`) or a
    space after it, hard-wrapped mid-sentence; channel links above it."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    out = Rendered("timed_video")
    verb = rng.choice(["held a press briefing", "gave a news conference", "delivered remarks",
                       "held a briefing"])
    out.add(rng.choice(["• 4 months ago\n", "", "Streamed live\n"]))
    role = voice.role or ""
    out.add(f"{voice.name}, {role}, {verb} on Friday.\n\n" if "," in role or rng.random() < 0.3
            else f"{role} {voice.name} {verb} on Friday.\n\n")
    out.roles[voice.name] = voice.role or ""
    out.add(rng.choice(["Subscribe for more videos: https://example.org/channel\n\n"
                        "Stay Connected\nFollow us: http://example.org/follow\n",
                        "Transcript\n", "Show transcript\n"]))
    return _timed_speech(out, turns, order[0], voice.name, rng)


_OUTLETS = ["the Harbour Herald", "Radio Eastmoor", "the Riverton Post", "Channel Four News",
            "the Valley Times"]


def dashed_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A press conference's caption file with no names: each voice change a `- ` dash, the
    moderator and the official unnamed (no speaker may be invented for them), a reporter
    who opens by naming themself and their outlet (`- Hello, Ana Ruiz from the Harbour
    Herald.`): the press, until the next dash."""
    order = _order(turns)
    people = cast(order, rng)
    press = order[1] if len(order) > 1 else None
    vtt = rng.random() < 0.5
    out = Rendered("dashed_captions")
    out.add("WEBVTT\n\n" if vtt else "")
    clock = 5

    def cue(lines: list[tuple[str, str]]) -> None:
        nonlocal clock
        if not vtt:
            out.add(f"{clock}\n")
        sep = "." if vtt else ","
        out.add(f"00:{clock // 60:02d}:{clock % 60:02d}{sep}335 --> "
                f"00:{(clock + 3) // 60:02d}:{(clock + 3) % 60:02d}{sep}035\n")
        for line, gold in lines:
            dash = line.startswith("- ")
            out.add("- " if dash else "")
            out.turn(line[2:] if dash else line, gold)
            out.add("\n")
        out.add("\n")
        clock += 3

    for key, body in turns:
        lines = _cue_lines(" ".join(body.split()))
        if key == press:
            person = people[key]
            outlet = rng.choice(_OUTLETS)
            cue([(f"- Okay, we'll go to {outlet} in the centre.", NARRATION)])
            greet = rng.choice(["Hello, ", "Hi, I'm ", "Good afternoon, ", "Thank you. I'm "])
            lines = _cue_lines(f"{greet}{person.name} from {outlet}. " + " ".join(body.split()))
            gold = PRESS
        else:
            gold = NARRATION
        for n in range(0, len(lines), 2):
            chunk = lines[n:n + 2]
            cue([(("- " if n == 0 and i == 0 else "") + line, gold)
                 for i, line in enumerate(chunk)])
    return out


def old_record(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """An older hearing record: `Mr. Keller.` / `Ms. Ostrova.` in ordinary case, ending in a
    full stop, the words after it on the line; sometimes only the chair's opening
    statement, labelled once, over several paragraphs."""
    order = _order(turns)
    people = cast(order, rng)
    chair = people[order[0]]
    out = Rendered("old_record")
    out.add("HEARING BEFORE THE SUBCOMMITTEE ON HARBOUR WORKS\n\n"
            f"The subcommittee met, pursuant to call, at 10:00 a.m., Hon. {chair.name} "
            "[chairman of the subcommittee] presiding.\n\n"
            f"Present: Representatives {', '.join(p.surname for p in people.values())}.\n\n")
    if rng.random() < 0.4:
        out.add(f"{chair.honorific.title()} {chair.surname}. ")
        out.turn("The meeting will come to order. I am pleased to open this hearing.", chair.name)
        for key, body in turns:
            if key == order[0]:
                out.add("\n\n")
                out.turn(" ".join(body.split()), chair.name)
        out.add("\n")
        return out
    for key, body in turns:
        person = people[key]
        label = f"{person.honorific.title()} {person.surname}"
        out.add(f"{label}. ")
        # only the chair's full name is printed (in the header)
        out.turn(" ".join(body.split()), person.name if key == order[0] else label)
        out.add("\n\n")
    return out


_CABINET_HEADINGS = ["POST-CABINET PRESS CONFERENCE", "WEEKLY MEDIA STAND-UP",
                     "PRESS CONFERENCE TRANSCRIPT", "MINISTERIAL BRIEFING"]
_CABINET_DATES = ["Monday, 3 May 2027", "THURSDAY, 14 OCTOBER 2027 FTR 15:34:00", "4 June 2027",
                  "Tuesday 9 March"]
# (label as printed, the office it stands for)
_CABINET_OFFICES = [("PM", "Prime Minister"), ("PRIME MINISTER", "Prime Minister"),
                    ("PREMIER", "Premier"), ("MAYOR", "Mayor")]


def cabinet_heading(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A government's press-conference transcript: a capitals heading that ends in a colon
    with the date after it (`POST-CABINET PRESS CONFERENCE: Monday, 3 May 2027`), then the
    head of government labelled by office alone (`PM:`, `>>PM:`, `PREMIER:`), named in the
    header or not; either one long statement (maybe hard-wrapped) or questions as `Q:`."""
    order = _order(turns)
    official = order[0]
    person = cast([official], rng)[official]
    printed, office = rng.choice(_CABINET_OFFICES)
    named = rng.random() < 0.5
    gold = person.name if named else office
    out = Rendered("cabinet_heading")
    out.add(rng.choice(["Source: Office of the Government\n", "",
                        "Uploaded by CouncilVideos on 04.06.2027\n\n"]))
    out.add(f"{rng.choice(_CABINET_HEADINGS)}: {rng.choice(_CABINET_DATES)}\n")
    if named:
        out.add(f"\n{office} {person.name} took questions after the weekly meeting.\n")
    out.add(rng.choice(["\n", "EPIQ TRANSCRIPT\n", ""]))
    label = rng.choice(["", "", ">>"]) + printed
    if rng.random() < 0.5:  # one statement over many paragraphs
        width = rng.choice([None, 70, 90])
        body = rng.choice(_GREETINGS) + " " + " ".join(text for k, text in turns if k == official)
        for i, paragraph in enumerate(_paragraphs(body, rng)[:10]):
            text, start, end = wrap(f"{label}: " if i == 0 else "", paragraph, width)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, gold))
            out.add("\n")
        return out
    for key, text in turns:
        out.add(f"{label}: " if key == official else "Q: ")
        out.turn(text, gold if key == official else PRESS)
        out.add("\n\n")
    return out


_EXEC_TITLES = ["Chief Financial Officer", "CFO", "Chief Executive Officer", "CEO",
                "Head of Investor Relations", "Chief Operating Officer", "President",
                "Vice President, Finance", "Treasurer"]
_FIRMS = ["Northwind Foods", "Larch Capital", "Eastbay Power Inc.", "Alder Mining Corp"]


def paren_titles(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Earnings-call and event exports: `Jane Roe (Chief Financial Officer)`, `Jane Roe (CFO)`
    or `Jane Roe (Acme Corp - CFO)` alone on a line, the speech on the lines after it; maybe
    an `Operator` line first. The title is the speaker's role."""
    order = _order(turns)
    people = cast(order, rng)
    # a meeting window may have more voices than titles: then titles repeat
    titles = rng.sample(_EXEC_TITLES, len(order)) if len(order) <= len(_EXEC_TITLES) \
        else rng.choices(_EXEC_TITLES, k=len(order))
    firm = rng.choice(_FIRMS) if rng.random() < 0.5 else None
    out = Rendered("paren_titles")
    out.add(rng.choice(["Northwind Foods - Q3 2031\nOctober 9, 2031\nTranscript\n",
                        "Investor Day 2031\n\n", ""]))
    gap = rng.choice(["\n", "\n\n"])
    if rng.random() < 0.5:
        out.add("Operator" + gap)
        out.turn("Good day, and welcome to the call. Please go ahead.", "Operator")
        out.add("\n" + gap)
    labels = {}
    for key, title in zip(order, titles, strict=False):
        sep = rng.choice([" - ", " – "])
        inside = f"{firm}{sep}{title}" if firm else title
        labels[key] = f"{people[key].name} ({inside})"
        out.roles[people[key].name] = f"{title}, {firm}" if firm else title
    for key, body in turns:
        out.add(labels[key] + "\n")
        for i, paragraph in enumerate(_paragraphs(" ".join(body.split()), rng)[:3]):
            out.add("\n" if i else "")
            out.turn(paragraph, people[key].name)
        out.add(gap)
    return out


# --- caption text and court transcripts (issue 10, session 4) ------------------------------

_CAPTION_TOPS = ["Skip to main content\nU.S. Edition\n\nFull news conference: county officials "
                 "on the flood barrier\n\nCredit: KVAL\n\n",
                 "Radio Eastmoor\n\nThis page offers computer generated text of the audio and "
                 "is not a transcript. It has not been checked and will contain errors.\n\n",
                 "Link\n\nEmbed\n\nDownload Transcript\n\n[Harbour Works Media Availability]"
                 "\n\n",
                 "We are going to take the news conference live now.\n\n", ""]


def caption_text(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Closed captions pasted without labels or cue timings: `>>` (or `>>>`) marks each
    change of voice, maybe inside a flattened line; `[00:01:07]` stamps; all capitals,
    lower case or ordinary case; a page header or caption disclaimer first. A voice is
    named only where it says so: a self-introduction at its first turn (`My name is Ana
    Ostrova, I'm the ...`, `Good evening, I'm Ana Ostrova.`, `I'm Ana Ostrova with Radio
    Eastmoor.`) or the moderator's hand-over (`Ana?`); its later turns are no one's."""
    order = _order(turns)
    people = cast(order, rng)
    case = rng.choice(["normal", "normal", "upper", "lower"])
    mark = rng.choice([">> ", ">>", ">>> "])
    flat = rng.random() < 0.25  # line breaks lost: one long line, `>>` inside it
    width = None if flat else rng.choice([None, 60, 72, 80])
    stamps = rng.random() < 0.4
    indent = rng.choice(["", "", "  ", "\t"])  # pasted from a page: lines may be indented
    out = Rendered("caption_text")
    out.add(rng.choice(_CAPTION_TOPS))

    def cased(piece: str) -> str:
        return piece.upper() if case == "upper" else piece.lower() if case == "lower" else piece

    seen: set[str] = set()
    handed: str | None = None  # the next voice the moderator named
    seconds = 7
    for n, (key, body) in enumerate(turns):
        person = people[key]
        body = " ".join(body.split())
        intro = ""
        gold = NARRATION
        if handed == key:
            gold = person.first
        elif key not in seen and rng.random() < 0.7:
            if case == "lower":
                intro = f"My name is {person.name}, I'm the {person.role}. "
            else:
                intro = rng.choice([
                    f"My name is {person.name}, I'm the {person.role}. ",
                    f"Good evening, I'm {person.name}. ",
                    f"Thank you. I'm {person.name} with {rng.choice(_OUTLETS)}. ",
                    f"I'm {person.name}, the {person.role}. "])
            gold = person.name
        seen.add(key)
        handed = None
        tail = ""
        following = turns[n + 1][0] if n + 1 < len(turns) else None
        if (case == "normal" and following is not None and following not in seen
                and rng.random() < 0.3):
            tail = f" {people[following].first}?"
            handed = following
        if stamps and not flat and rng.random() < 0.5:
            out.add(f"[00:{seconds // 60:02d}:{seconds % 60:02d}]\n\n")
            seconds += rng.randint(5, 40)
        text = cased(intro + body) + tail
        if flat:
            out.add(mark)
            out.turn(text, gold)
            out.add(" ")
            continue
        for i, paragraph in enumerate(_paragraphs(text, rng)[:4] if not tail else [text]):
            wrapped, start, end = wrap(indent + (mark if i == 0 else ""), paragraph, width,
                                       indent)
            base = len(out.text)
            out.add(wrapped)
            out.spans.append((base + start, base + end, gold))
            out.add(rng.choice(["\n\n", "\n"]))
    out.add("\n")
    return out


def court_transcript(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A court transcript: `THE COURT:`, `MR. KELLER:` colloquy and `Q.`/`A.` examination
    (the lawyer named in `DIRECT EXAMINATION BY MR. KELLER:`, the witness where sworn),
    maybe on numbered pages (`   12   Q.  Were you there?`, 1-25 a page, a running head
    between pages, wrapped lines numbered too). Q is the examining lawyer, not the press."""
    order = _order(turns)
    people = cast(order, rng)
    numbered = rng.random() < 0.6
    width = rng.choice([56, 62, 68])
    qa = rng.choice(["Q.  ", "Q   ", "Q. ", "Q\t"]), rng.choice(["A.  ", "A   ", "A. ", "A\t"])
    qa = (qa[0], qa[0].replace("Q", "A")) if rng.random() < 0.7 else qa
    court = order[0]
    lawyers = order[1:3] if len(order) > 2 else order[1:]
    witness = order[3] if len(order) > 3 else None
    out = Rendered("court_transcript")
    page = rng.randint(2, 90)
    line_no = 0

    def head() -> None:
        nonlocal page, line_no
        out.add(rng.choice([f"Day {page % 40 + 1} - 13 Jul 31 - Page {page:02d}\n",
                            f"                                                  {page}\n"]))
        page += 1
        line_no = 0

    def lines(prefix: str, body: str, gold: str | None) -> None:
        nonlocal line_no
        text, start, end = wrap(prefix, body, width, " " * rng.choice([5, 8]))
        rows = text.split("\n")
        base = len(out.text)
        offsets = []
        for row in rows:
            if numbered:
                line_no += 1
                if line_no > 25:
                    head()
                    line_no = 1
                    base = len(out.text) if not offsets else base
                num = f"{line_no:>6}   "
            else:
                num = ""
            at = len(out.text)
            out.add(num + row + "\n")
            offsets.append((at + len(num), at + len(num) + len(row)))
        if gold is not None:
            out.spans.append((offsets[0][0] + start, offsets[-1][1], gold))

    def label_of(key: str) -> tuple[str, str]:
        person = people[key]
        return (f"{person.honorific} {person.surname.upper()}",
                f"{person.honorific.title()} {person.surname}")

    if numbered:
        head()
    examiner: str | None = None
    sworn = False
    switch = len(turns) // 2  # past half way the other lawyer cross-examines
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if body.startswith(("A ", "Q ")):
            body = "And " + body[2:]
        if key == court:
            lines("THE COURT:  ", body, "The Court")
        elif key == witness:
            if examiner is None or (n >= switch and len(lawyers) > 1 and switch >= 0):
                first = examiner is None
                examiner = rng.choice(lawyers) if first else next(
                    k for k in lawyers if k != examiner)
                switch = -1 if not first else switch
                kind = "DIRECT EXAMINATION" if first else "CROSS-EXAMINATION"
                if rng.random() < 0.5:
                    lines(f"{kind} BY {label_of(examiner)[0]}:", "", None)
                else:  # the heading, then the examiner on a line of its own
                    lines(kind, "", None)
                    lines(f"BY {label_of(examiner)[0]}:", "", None)
            if not sworn:
                name = people[witness].name
                lines(rng.choice([f"{name.upper()}, having been duly sworn, testified as"
                                  " follows:", f"WITNESS: {name.upper()}"]), "", None)
                sworn = True
            lines(qa[1], body, people[witness].name)
        elif examiner == key and witness is not None:
            lines(qa[0], body, label_of(key)[1])
        else:
            label, gold = label_of(key)
            lines(f"{label}:  ", body, gold)
    return out


_MISSIONS = ["Permanent Mission of Eastmoor to the United Nations",
             "Delegation of the Alder Republic to the OSCE",
             "Ministry of Foreign Affairs of Tarsal"]
_STAKEOUT_TITLES = ["Permanent Representative", "Ambassador", "Foreign Minister",
                    "Deputy Permanent Representative", "High Representative", "Minister of Health"]


def stakeout_qa(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A stakeout or press encounter page: the mission's banner (maybe twice), a title that
    names the one answering (`Remarks to the Press by Permanent Representative Ana Ruiz after
    Security Council consultations on ...`, or `Press conference` with a `by ...` line under
    it), then `Q.:`/`A.:` (or `Q:`/`A:`) turns; an answer may run on over unlabelled
    paragraphs. Nobody named `A` comes back; the answers are the titled person's."""
    order = _order(turns)
    person = cast(order[:1], rng)[order[0]]
    title = rng.choice(_STAKEOUT_TITLES)
    out = Rendered("stakeout_qa")
    out.roles[person.name] = title
    banner = rng.choice(_MISSIONS)
    out.furnish(banner)
    out.add("\n\n")
    if rng.random() < 0.5:
        out.furnish(banner)
        out.add("\n\n")
    topic = rng.choice(["the Middle East", "the harbour dispute", "Syria", "the ceasefire"])
    if rng.random() < 0.7:
        out.furnish(rng.choice([
            f"Remarks to the Press by {title} {person.name} after Security Council "
            f"consultations on {topic}",
            f"Doorstep remarks by {title} {person.name} upon arrival at the ministerial meeting",
            f"Press stakeout by {title} {person.name} on {topic}"]))
    else:
        out.furnish(rng.choice(["Press conference", "Remarks to the press"]))
        out.add("\n\n")
        out.furnish(f"by {title} {person.name} following the meeting on {topic}")
    out.add("\n\n")
    if rng.random() < 0.4:
        out.furnish(rng.choice(["12 January 2027", "Last updated: 5 March 2027 14:02"]))
        out.add("\n\n")
    q, a = rng.choice([("Q.: ", "A.: "), ("Q: ", "A: "), ("Q.: ", "A.: "), ("Q. ", "A. "),
                       ("Question: ", "Answer: ")])
    indent, width, _ = _perturb(rng)
    gap = "\n\n"  # an answer's later paragraphs are apart from its first
    if rng.random() < 0.2:  # line breaks lost: the whole exchange on one line
        indent, width, gap = "", None, " "
        if q == "Q. ":
            q, a = "Q.: ", "A.: "  # a bare `A.` inside a line is any sentence's initial
    for key, body in turns:
        answer = key == order[0]
        body = " ".join(body.split())
        if gap == " " and not body.endswith((".", "?", "!")):
            body += "."
        paragraphs = _paragraphs(body, rng)[:3] if answer else [body]
        for i, paragraph in enumerate(paragraphs):
            prefix = indent + ("" if i else (a if answer else q))
            text, start, end = wrap(prefix, paragraph, width, indent)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, person.name if answer else PRESS))
            out.add(gap)
    return out



_SEATS = ["Broxholm", "Alder Vale", "Riverton North", "Eastmoor and Fenby", "Tarsal West",
          "Larchfield"]
_PARTIES = ["Con", "Lab", "LD", "SNP", "Ind", "Green"]
_OPENERS_HOUSE = {"commons": ["Mr Speaker, ", "Madam Deputy Speaker, ", "I beg to move, ", ""],
                  "lords": ["My Lords, ", "My Lords, I thank the noble Lord. ", ""]}
_QUOTES_HOUSE = [
    ("Justifying the new levy, the Committee states on page 11 of its report that",
     "\"The levy does not seek to regulate the harbour in its purely private business unless "
     "such business significantly damages the reputation of the port as a whole.\""),
    ("As the Minister said in her letter to me last week:",
     "\"The barrier will be finished by the winter, and the cost is within budget.\""),
    ("Let me quote the auditor's report, paragraph 4:",
     "\"Committee members were told in March that the bus routes needed more work.\""),
]


def hansard(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Parliament debate pages: a member's heading above each speech, either a debate site's
    portrait line (`Ana Keller Portrait Ms Ana Keller (Broxholm) (Lab)` then `- Hansard - -`,
    later `Ana Keller Portrait Ms Keller`) after the site's furniture, or the record's own
    (`Ms Ana Keller (Broxholm) (Lab)`, `Baroness Keller (Lab)`, maybe a `4.31 pm` line
    above it). Speeches open `Mr Speaker,` or `My Lords,` and may quote a report or a letter
    in a paragraph of its own: the quotation is the member's speech, and nobody named in it
    (`the Committee`, `My`) is a speaker. Sometimes one member's speech alone."""
    order = _order(turns)
    people = cast(order, rng)
    house = rng.choice(["commons", "lords"])
    portrait = rng.random() < 0.5
    width = rng.choice([None, None, 68, 76])
    out = Rendered("hansard")
    seats = {key: rng.choice(_SEATS) for key in order}
    parties = {key: rng.choice(_PARTIES) for key in order}
    if rng.random() < 0.3:
        turns = [(k, t) for k, t in turns if k == order[0]][:6]  # one member's excerpt
    first = people[order[0]]
    if portrait:
        out.furnish(f"{rng.randint(2, 90)} {first.name} debates involving the Leader of the "
                    f"House")
        out.add("\n\n")
        out.furnish(rng.choice(["Code of Conduct", "Harbour Levy Bill", "Sittings of the House"]))
        out.add("\n\n")
        out.furnish(f"{first.name} Excerpts\nMonday 12th March 2029")
        out.add("\n\n")
        out.furnish(rng.choice(["(2 years, 1 month ago)", "Commons Chamber", "Lords Chamber"]))
        out.add("\n")
        out.furnish("Read Full debate Read Hansard Text Read Debate Ministerial Extracts")
        out.add("\n")
    else:
        out.furnish(rng.choice(["Harbour Levy Bill", "Volume 712: debated on Tuesday 4 May 2029",
                                "Sittings of the House"]))
        out.add("\n\n")
    seen: set[str] = set()
    for key, body in turns:
        person = people[key]
        honorific = "Ms" if person.gender == "f" else "Mr"
        gold = person.name
        if house == "lords":  # a peer goes by title and surname alone
            short = f"{'Baroness' if person.gender == 'f' else 'Lord'} {person.surname}"
            full, gold = f"{short} ({parties[key]})", short
        else:
            short = f"{honorific} {person.surname}"
            full = f"{honorific} {person.name} ({seats[key]}) ({parties[key]})"
        if portrait:
            heading = f"{gold} Portrait {short if key in seen else full}"
            out.furnish(heading)
            out.add("\n")
            out.furnish(rng.choice(["- Hansard - -", "- Hansard - - - Excerpts"]))
            out.add("\n\n")
        else:
            if rng.random() < 0.3:
                out.furnish(rng.choice(["4.31 pm", "11.02 am", "7.15 pm"]))
                out.add("\n\n")
            out.furnish(full)
            out.add("\n")
        seen.add(key)
        paragraphs = _paragraphs(" ".join(body.split()), rng)[:4]
        opener = rng.choice(_OPENERS_HOUSE[house])
        if opener and paragraphs:
            head = paragraphs[0]
            if opener.endswith(", ") and not head.startswith(("I ", "I'")):
                head = head[0].lower() + head[1:]
            paragraphs[0] = opener + head
        if rng.random() < 0.4:
            intro, quote = rng.choice(_QUOTES_HOUSE)
            paragraphs[1:1] = [intro, quote]
        for paragraph in paragraphs:
            text, start, end = wrap("", paragraph, width)  # a record copied from a PDF
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, gold))
            out.add("\n\n")
    return out



_OFFICES_JOINED = [("PM", "Prime Minister"), ("PRIME MINISTER", "Prime Minister"),
                   ("PREMIER", "Premier"), ("MAYOR", "Mayor")]
_GUEST_OFFICES = ["Minister of Police", "Deputy Prime Minister", "Minister of Health",
                  "Police Commissioner", "Minister for Housing"]


def joined_intro(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A news site's page of a head of government's press conference: an intro that reports
    who joined them (`Prime Minister Ana Ruiz was joined for her Monday press conference by
    Minister of Police Bruno Keller to launch ...`, `Keller noted that ...`, `Keller and Ruiz
    answered media questions ...`) and an advertisement line, then the transcript under a
    capitals heading: the head labelled by office alone (`PM:`), questions as `Q:`. The
    intro is narration; the guest mentioned in it never takes the head's words."""
    order = _order(turns)
    people = cast(order[:2], rng)
    head = people[order[0]]
    guest = people[order[1]] if len(order) > 1 else cast(["g", "h"], rng)["h"]
    printed, office = rng.choice(_OFFICES_JOINED)
    guest_office = rng.choice(_GUEST_OFFICES)
    pronoun = "her" if head.gender == "f" else "his"
    out = Rendered("joined_intro")
    out.roles[head.name] = office
    out.furnish(rng.choice(["Scoop has an Ethical Paywall\nLicence needed for work use",
                            "Top Stories | Politics | Business | Search", "Politics"]))
    out.add("\n\n")
    out.furnish(f"{office}'s Post-Cabinet Press Conference, 11 November 2029: Harbour Levy")
    out.add("\n\n")
    if rng.random() < 0.6:
        out.furnish("Transcript follows below")
        out.add("\n\n")
    out.furnish(f"{office} {head.name} was joined for {pronoun} Monday press conference by "
                f"{guest_office} {guest.name} to launch a discussion document on the levy.")
    out.add("\n\n")
    out.furnish(f"{guest.surname} noted that the orders would be reviewed after a year and said "
                f"the government wanted feedback on the plan.")
    out.add("\n\n")
    out.furnish(f"{guest.surname} and {head.surname} answered media questions on this, as well "
                f"as on the new bus routes.")
    out.add("\n\n")
    out.furnish(rng.choice(["Advertisement - scroll to continue reading\n\n***",
                            "***", "ADVERTISEMENT"]))
    out.add("\n\n")
    out.furnish(rng.choice(["POST-CABINET PRESS CONFERENCE: MONDAY, 11 NOVEMBER 2029 FTR "
                            "15:34:00", "PRESS CONFERENCE TRANSCRIPT"]))
    out.add("\n\n")
    indent, width, _ = _perturb(rng)
    asked = rng.random() < 0.6
    for key, body in turns:
        if key != order[0] and not asked:
            continue
        prefix = indent + (f"{printed}: " if key == order[0] else "Q: ")
        if key == order[0] and not out.spans:
            body = rng.choice(_GREETINGS) + " " + body
        text, start, end = wrap(prefix, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, head.name if key == order[0] else PRESS))
        out.add("\n\n")
    return out



_SHOWS = ["Face the Region", "The Sunday Desk", "Morning Edition", "Politics Live"]


def _asked(body: str) -> str:
    """A turn made a question of at most 300 characters (ending in `?`)."""
    words = " ".join(body.split())[:300].rsplit(" ", 1)[0] if len(body) > 300 else \
        " ".join(body.split())
    return words.rstrip(" .,;:!?-") + "?"


def _answered(paragraph: str) -> str:
    return paragraph[:-1] + "." if paragraph.endswith("?") else paragraph


def dropped_labels(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A two-voice broadcast or radio interview whose labels go missing: an excerpt page
    (`FULL TRANSCRIPT: President Ana Ruiz's interview with "Face the Region"`) with `..`
    cuts where an answer's label went with the cut, a pull quote under the headline, and
    maybe an unrelated article appended after the last question; or a radio page
    (`Transcript: Full Interview With Foreign Minister Ana Maria Ruiz`) whose first turns are
    labelled (`Host Name:`, a six-word `Foreign Minister Ana Maria Ruiz:`) and whose later
    turns alternate unlabelled, one question paragraph then the answer's paragraphs."""
    order = _order(turns)
    people = cast(order[:2] if len(order) > 1 else [order[0], "host"], rng)
    guest = people[order[0]]
    host = people[order[1] if len(order) > 1 else "host"]
    office = rng.choice(["President", "Foreign Minister", "Prime Minister", "Governor"])
    out = Rendered("dropped_labels")
    out.roles[guest.name] = office
    excerpt = rng.random() < 0.5
    indent, width, _ = _perturb(rng)
    if excerpt:
        out.furnish(f"FULL TRANSCRIPT: {office} {guest.name}'s interview with "
                    f"\"{rng.choice(_SHOWS)}\"")
        out.add("\n\n")
        out.furnish("What follows is a full transcript of the interview, which aired earlier "
                    "Sunday. Additional coverage will air Monday.")
        out.add("\n\n")
        asker, answerer = f"{host.name.upper()}: ", f"{office.upper()} {guest.name.upper()}: "
    else:
        out.furnish(rng.choice(["Radio Eastmoor", "NEWS"]))
        out.add("\n\n")
        out.furnish(f"Transcript: Radio Eastmoor's Full Interview With {office} {guest.name}")
        out.add("\n\n")
        out.furnish(f"{office} {guest.name} talks to {host.name} about the harbour levy and "
                    f"the bus routes. Here's the full transcript of their conversation.")
        out.add("\n\n")
        asker, answerer = f"{host.name}: ", f"{office} {guest.name}: "
    conversation: list[tuple[bool, str]] = []  # (the guest's?, text)
    for key, body in turns:
        if key == order[0]:
            if conversation and conversation[-1][0]:
                body = conversation.pop()[1] + " " + body  # one answer
            conversation.append((True, body))
        elif not conversation or conversation[-1][0]:
            conversation.append((False, _asked(body)))
    if conversation and conversation[0][0]:
        conversation.insert(0, (False, "What is your view on the harbour levy?"))
    if excerpt and rng.random() < 0.5:
        out.add(".. ")
        out.turn("I think the levy is fair, and we have said so from the start.", guest.name)
        out.add("\n\n")
    # the radio page labels its first turns only (about half of them)
    labelled_turns = len(conversation) if excerpt else \
        max(2, int(len(conversation) * rng.uniform(0.4, 0.7)))
    for i, (answer, body) in enumerate(conversation):
        gold = guest.name if answer else host.name
        if answer:
            paragraphs = [_answered(p) for p in _paragraphs(" ".join(body.split()), rng)[:3]]
        else:
            paragraphs = [body]
        if excerpt:
            elided = answer and i and rng.random() < 0.4
            prefix = ".. " if elided or (not answer and rng.random() < 0.3) else ""
            if not elided:
                prefix += answerer if answer else asker
        else:
            prefix = (answerer if answer else asker) if i < labelled_turns else ""
        for j, paragraph in enumerate(paragraphs):
            text, start, end = wrap(prefix if j == 0 else "", paragraph, width, indent)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, gold))
            out.add("\n\n")
    if excerpt and not conversation[-1][0] and rng.random() < 0.6:
        out.furnish(f"Lunch with the Post: {rng.choice(_FIRST)[0]} {rng.choice(_SURNAMES)}")
        out.add("\n\n")
        out.furnish("The founder and investor talks about the trouble with markets and what "
                    "he looks for in a new firm.")
        out.add("\n\n")
        out.furnish("His family farmed in the valley. His father sold seed corn for a "
                    "company; his mother ran the farm.")
        out.add("\n")
    return out



_DATELINES = ["Washington, D.C.", "Riverton, CA", "Eastbay, Calif.", "Washington"]
_EVENT_TITLES = ["Q1 2031 Earnings Call", "Q3 2030", "Investor Day 2031",
                 "Fiscal Fourth Quarter 2030 Results Conference Call"]


def page_headers(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Page headers that must give no speaker and no role: an earnings export's dash title
    (`Acme Digital - Q1 2031 Earnings Call`, a date, `Transcript`) above `Name (Title)` or
    `Name - Title` headings; a Rev page's title, breadcrumb run-on and `Try Rev ...`
    boilerplate naming the first label's speaker above `Name: (00:00)` turns; a briefing
    whose participants' roles run into the dateline (`Ana Ruiz, Press Secretary,
    Washington, D.C.`: the role is `Press Secretary`)."""
    order = _order(turns)
    people = cast(order, rng)
    out = Rendered("page_headers")
    kind = rng.choice(["earnings", "rev", "dateline"])
    if kind == "earnings":
        firm = rng.choice(_FIRMS)
        out.furnish(f"{firm} - {rng.choice(_EVENT_TITLES)}\n{rng.choice(['October 9, 2030', ''])}"
                    f"\nTranscript")
        out.add("\n")
        titles = [rng.choice(_EXEC_TITLES) for _ in order]
        dash = rng.random() < 0.5
        for key, title in zip(order, titles, strict=True):
            out.roles[people[key].name] = title
        for key, body in turns:
            title = titles[order.index(key)]
            out.add(f"{people[key].name} - {title}\n" if dash else
                    f"{people[key].name} ({title})\n")
            for paragraph in _paragraphs(" ".join(body.split()), rng)[:2]:
                out.turn(paragraph, people[key].name)
                out.add("\n")
        return out
    if kind == "rev":
        voice = people[order[0]]
        title = f"Press Briefing by Press Secretary {voice.name} 9/07/30 Transcript"
        out.roles[voice.name] = "Press Secretary"
        out.furnish(f"Sep 8, 2030\n\n{title}\n\n{title}\nRevBlogTranscripts{voice.name} "
                    f"Press Briefing Transcripts{title}\n\n{title[:-11]}. Read the transcript "
                    "here.\n\nTranscribe Your Own Content\n\nTry Rev and save time "
                    "transcribing, captioning, and subtitling.")
        out.add("\n\n")
        seconds = 0
        first = True
        for key, body in turns:
            if first and key != order[0]:
                continue  # the page's voice speaks first
            first = False
            seconds += rng.randint(5, 90)
            out.add(f"{people[key].name}: ({seconds // 60:02d}:{seconds % 60:02d})\n")
            out.turn(" ".join(body.split()), people[key].name)
            out.add("\n\n")
        return out
    lead = people[order[0]]
    role = rng.choice(["Press Secretary", "Spokesperson", "Deputy Spokesperson"])
    out.roles[lead.name] = role
    out.furnish(rng.choice(["Press Briefing", "DAILY PRESS BRIEFING", "Media Availability"]))
    out.add("\n\n")
    out.furnish(f"{lead.name}, {role}, {rng.choice(_DATELINES)}")
    out.add("\n\n")
    for key, body in turns:
        label = f"{lead.honorific} {lead.surname.upper()}: " if key == order[0] else "QUESTION: "
        out.add(label)
        out.turn(" ".join(body.split()), lead.name if key == order[0] else PRESS)
        out.add("\n\n")
    return out



_COUNTRIES = ["Eastmoor", "the Alder Republic", "Tarsal", "Veltria", "Northfield"]


def announcements(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A ministry's regular press conference page: the title names the spokesperson
    (`Foreign Ministry Spokesperson Ana Ruiz's Regular Press Conference on May 3, 2031`),
    maybe a breadcrumb and a `Published on` line, then one or two announcements with no cue
    (`At the invitation of ..., ... will pay an official visit ...`), then `Q:`/`A:` turns.
    The announcements are the spokesperson's."""
    order = _order(turns)
    people = cast(order[:1], rng)
    voice = people[order[0]]
    out = Rendered("announcements")
    out.roles[voice.name] = "Foreign Ministry Spokesperson"
    if rng.random() < 0.5:
        out.furnish("Home > Spokesperson's Remarks")
        out.add("\n")
    out.furnish(f"Foreign Ministry Spokesperson {voice.name}'s Regular Press Conference on "
                f"{rng.choice(['May 3, 2031', 'January 13, 2030'])}")
    out.add(rng.choice(["\n\n", "\n"]))
    if rng.random() < 0.6:
        out.furnish(rng.choice(["Published on May 3, 2031", "2031/05/03"]))
        out.add(rng.choice(["\n\n", "\n"]))
    gap = rng.choice(["\n", "\n\n"])
    for _ in range(rng.randint(1, 2)):
        host, guest = rng.sample(_COUNTRIES, 2)
        first, _gender = rng.choice(_FIRST)
        out.turn(f"At the invitation of Foreign Minister {rng.choice(_FIRST)[0]} "
                 f"{rng.choice(_SURNAMES)} of {host}, {rng.choice(_ROLES)} {first} "
                 f"{rng.choice(_SURNAMES)} of {guest} will pay an official visit to {host} "
                 f"from March 3 to 6.", voice.name)
        out.add(gap)
    q, a = rng.choice([("Q: ", "A: "), ("Q ", "A ")])
    for key, body in turns:
        body = " ".join(body.split())
        if key == order[0]:
            body = "We " + body[0].lower() + body[1:] if body.startswith("A ") else body
            prefix, gold = a, voice.name
        else:
            prefix, gold = q, PRESS
        out.add(prefix)
        out.turn(body, gold)
        out.add(gap)
    return out



_HANDOVER_TITLES = [("Secretary of Defense", "Mr. Secretary", "Madam Secretary"),
                    ("Minister of Health", "Minister", "Minister"),
                    ("Chairman of the Joint Chiefs", "Mr. Chairman", "Madam Chairman")]


def handover(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A briefing whose principal's label was lost with the page's formatting: the title
    names them (`Secretary of Defense Ana Ruiz Press Briefing`), a moderator's labelled
    ground rules end with a hand-over (`And with that, Mr. Secretary?`, `I'll turn it over to
    the Minister.`), the statement after it is unlabelled (maybe after an extra blank line),
    then `Q:` and the principal's capitals label take turns."""
    order = _order(turns)
    people = cast(order[:2] if len(order) > 1 else [order[0], "moderator"], rng)
    principal = people[order[0]]
    moderator = people[order[1] if len(order) > 1 else "moderator"]
    office, male, female = rng.choice(_HANDOVER_TITLES)
    address = female if principal.gender == "f" else male
    out = Rendered("handover")
    out.roles[principal.name] = office
    out.furnish(rng.choice(["An official website of the government\nHere's how you know",
                            "Transcripts"]))
    out.add("\n\n")
    out.furnish(f"{office} {principal.name} Press Briefing")
    out.add("\n\n")
    handing = rng.choice([f"And with that, {address}?", f"So with that, {address}.",
                          f"I'll turn it over to the {address.split()[-1]}."])
    label = f"PRESS SECRETARY {moderator.name.upper()}: "
    out.roles[moderator.name] = "Press Secretary"
    out.add(label)
    out.turn(f"Afternoon, everybody. Thanks for coming. We will take questions after the "
             f"statement.\n\n{handing}", moderator.name)
    out.add(rng.choice(["\n\n", "\n\n\n"]))
    statement = " ".join(text for key, text in turns[:6] if key == order[0]) or \
        "Thank you all for coming."
    for paragraph in _paragraphs(" ".join(statement.split()), rng)[:3]:
        out.turn(paragraph, principal.name)
        out.add("\n\n")
    for key, body in turns[6:]:
        prefix = f"{address.split()[-1].upper()} {principal.surname.upper()}: " \
            if key == order[0] else "Q: "
        out.add(prefix)
        out.turn(" ".join(body.split()), principal.name if key == order[0] else PRESS)
        out.add("\n\n")
    return out


_BROADCAST_TITLES = ["SEN.", "GOV.", "SEC.", "REP.", "", "", ""]
_BANNERS = ["IE 11 is not supported. For an optimal experience visit our site on another "
            "browser.\n\n", "Skip to main content\n\n", ""]


def glued(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Labels glued to their speech, the space after the colon lost (`ANA OSTROVA:Good
    morning.`, `Minister:You-you ...`), mixed with spaced labels and labels on a line of
    their own, after a programme page's banner, date and guest list; prose colons
    (`10:30`, `Note:`) inside the speech."""
    order = _order(turns)
    people = cast(order, rng)
    width = rng.choice([None, None, 64, 72, 80])
    gap = rng.choice(["\n\n", "\n"])
    offices = rng.random() < 0.3  # `Minister:` / `Reporter:` instead of names
    out = Rendered("glued")
    out.add(rng.choice(_BANNERS))
    out.add(f"Meet the Voters - March {rng.randint(1, 28)}, 2027\n\n")
    if not offices:
        out.add("Guests: " + ", ".join(people[k].name for k in order[1:]) + "\n\n")
    labels: dict[str, tuple[str, str]] = {}
    for i, key in enumerate(order):
        person = people[key]
        if offices:
            labels[key] = ("Minister", "Minister") if i == 0 else ("Reporter", PRESS)
        else:
            title = rng.choice(_BROADCAST_TITLES) if i else ""
            labels[key] = (f"{title} {person.name}".strip().upper(), person.name)
    for key, body in turns:
        label, gold = labels[key]
        if rng.random() < 0.1:
            body += " The vote is at 10:30 on Tuesday. Note: the polls close at eight."
        mode = rng.choice(["glued", "glued", "spaced", "own_line"])
        if mode == "glued" and body[:1].isupper():
            prefix = f"{label}:"
        elif mode == "own_line":
            prefix = f"{label}:{gap}"
        else:
            prefix = f"{label}: "
        text, start, end = wrap(prefix, body, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
    return out


_PRESS_PLACES = ["Eastmoor", "Riverton", "Valley", "Northfield", "Alder"]
_OUTLET_NOUNS = ["media", "press", "Television", "Radio", "newspaper"]


def numbered_press(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """The press labelled by number (`Reporter 1:`, `Questioner 3:`) or by outlet
    (`Eastmoor media:`, `Riverton Television:`), the official by name or office (`PM:`);
    now and then a question whose label lost its name (`: Thank you, Minister. ...?`)."""
    order = _order(turns)
    people = cast(order, rng)
    official = order[0]
    by_office = rng.random() < 0.4
    label, gold = ("PM", "Prime Minister") if by_office else (people[official].name,
                                                              people[official].name)
    style = rng.choice(["numbered", "outlet"])
    noun = rng.choice(["Reporter", "Questioner", "Journalist"])
    places = rng.sample(_PRESS_PLACES, len(_PRESS_PLACES))
    press = {}
    for n, key in enumerate(order[1:]):
        press[key] = f"{noun} {n + 1}" if style == "numbered" else \
            f"{places[n % len(places)]} {rng.choice(_OUTLET_NOUNS)}"
    width = rng.choice([None, 68, 76])
    gap = rng.choice(["\n\n", "\n"])
    out = Rendered("numbered_press")
    out.add(rng.choice(["Setting: The Press Gallery\nPresent: The minister and three "
                        "reporters\n\n", "Transcript\n\n", ""]))
    for n, (key, body) in enumerate(turns):
        if key == official:
            prefix, who = f"{label}: ", gold
        elif n and "?" in body and rng.random() < 0.1:
            prefix, who = ": ", PRESS  # the name was lost (the line kept whole)
            base = len(out.text)
            out.add(prefix + body)
            out.spans.append((base + len(prefix), len(out.text), who))
            out.add(gap)
            continue
        else:
            prefix, who = f"{press[key]}: ", PRESS
        text, start, end = wrap(prefix, body, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, who))
        out.add(gap)
    return out


def committee_q(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A select committee's minutes of evidence: every question numbered before its label
    (`Q200 Chairman: ...`, `Q201  Mrs Nilsen: ...`), the witnesses' answers labelled
    `Mr Keller:`, under the committee's heading and the range of questions."""
    order = _order(turns)
    people = cast(order, rng)
    askers = {order[0]} | set(order[2::2])
    labels = {}
    for key in order:
        person = people[key]
        if key == order[0]:
            labels[key] = ("Chairman", "Chairman")
        else:
            honorific = "Ms" if person.gender == "f" else "Mr"
            labels[key] = (f"{honorific} {person.surname}", f"{honorific}. {person.surname}")
    number = rng.randint(1, 400)
    indent = rng.choice(["  ", "", " "])
    width = rng.choice([None, None, 72])
    out = Rendered("committee_q")
    out.add(f"Select Committee on {rng.choice(_HEADINGS)} Minutes of Evidence\n\n"
            f"Examination of Witnesses (Questions {number}-{number + len(turns)})\n\n\n"
            f"{rng.randint(1, 28)} APRIL 2027\n\n")
    for key, body in turns:
        label, gold = labels[key]
        prefix = indent
        if key in askers:
            prefix += f"Q{number}" + rng.choice([" ", "  "])
            number += 1
        prefix += f"{label}: "
        text, start, end = wrap(prefix, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add("\n\n")
    return out


_BRIEFING_OUTLETS = ["Radio Eastmoor", "the Harbour Herald", "Channel Four News",
                     "the Riverton Post"]


def label_slips(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Labels that slip once in an otherwise labelled transcript: a reporter labelled by first
    name alone among full names (`Kemi: Sir, I am Kemi from Radio Eastmoor. ...`), or a
    capitals label that lost its colon (`KELLER To answer your question ...`)."""
    order = _order(turns)
    people = cast(order + ["r0", "r1", "r2", "r3", "r4"], rng)
    out = Rendered("label_slips")
    gap = rng.choice(["\n\n", "\n"])
    if rng.random() < 0.5:  # a ministry briefing, reporters by full name
        official = people[order[0]]
        out.add("Transcript of Weekly Media Briefing by the Official Spokesperson\n"
                f"Ministry of External Affairs\nMarch {rng.randint(1, 28)}, 2027\n\n")
        reporters = [people[f"r{i}"] for i in range(5)]
        slip = rng.randint(3, max(3, len(turns) - 2))
        asked = 0
        for n, (key, body) in enumerate(turns):
            if key == order[0]:
                prefix, gold = f"{official.name}, Official Spokesperson: ", official.name
            else:
                reporter = reporters[4] if n == slip else reporters[asked % 4]
                asked += n != slip
                if n == slip:
                    outlet = rng.choice(_BRIEFING_OUTLETS)
                    prefix = f"{reporter.first}: Sir, I am {reporter.first} from {outlet}. "
                    gold = reporter.first
                else:
                    prefix, gold = f"{reporter.name}: ", reporter.name
            base = len(out.text)
            out.add(prefix + body)
            start = base + (prefix.index(": ") + 2 if gold != official.name else len(prefix))
            out.spans.append((start, len(out.text), gold))
            out.add(gap)
        return out
    # a capitals exchange quoted whole, one label without its colon
    out.add(rng.choice(["Sparks flew at Thursday's briefing.\n\n", ""]))
    used: Counter[str] = Counter()
    for key, body in turns:
        person = people[key]
        label = person.surname.upper()
        slips = used[key] >= 2 and body[:1].isupper() and body[1:2].islower() and \
            rng.random() < 0.2
        prefix = f"{label} " if slips else f"{label}: "
        used[key] += 1
        base = len(out.text)
        out.add(prefix + body)
        out.spans.append((base + len(prefix), len(out.text), person.surname))
        out.add(gap)
    return out


_PRESS_ROLES = ["Foreign Press Secretary", "Press Secretary", "Deputy Press Secretary",
                "Foreign Minister"]
_PLACES = ["Ministry of Foreign Affairs", "Bangkok, Thailand", "Press Hall, Riverton"]


def furniture_credit(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A ministry's press-conference page whose furniture sits where a speaker's words
    would: its date and time line, a provisional-translation notice, a `Press Release:
    Transcript of ...` title or a `Please Note:` line, numbered topic headings inside the
    spokesperson's remarks (`(2) Visit of the Prime Minister of Eastmoor`), and a photo
    caption's pull quote printed twice between the turns."""
    order = _order(turns)
    people = cast(order, rng)
    official = people[order[0]]
    role = rng.choice(_PRESS_ROLES)
    out = Rendered("furniture_credit")
    if rng.random() < 0.5:
        out.add(f"Press Conferences\n\nPress Conference by {role} {official.name}\n\n")
    else:
        out.furnish(f"MFA Press Release: Transcript of {role} {official.name}'s Interview "
                    f"with {rng.choice(_BRIEFING_OUTLETS)} on {rng.randint(1, 28)} May 2027")
        out.add("\n\n")
    out.furnish(f"{rng.choice(['Wednesday, ', 'Monday, ', ''])}December {rng.randint(1, 28)}, "
                f"2027{rng.choice([', 4:31 p.m. ', ', 11:04 a.m. ', ' '])}{rng.choice(_PLACES)}")
    out.add("\n\n")
    out.furnish(rng.choice(["This is a provisional translation by an external company for "
                            "reference purpose only.",
                            "Please Note: This transcript is not edited and may contain "
                            "errors."]))
    out.add("\n\nOpening Remarks\n\n")
    topic = 1
    first = True
    quoted = False
    for n, (key, body) in enumerate(turns):
        if key == order[0]:
            if rng.random() < 0.3 or first:
                out.furnish(f"({topic}) {rng.choice(_HEADINGS)} in {rng.choice(_PRESS_PLACES)}")
                out.add("\n\n")
                topic += 1
            label = f"Mr. {official.name}, {role}" if first else \
                f"{role} {official.surname}"
            first = False
            gold = official.name
        else:
            label, gold = "Reporter", PRESS
        paragraphs = _paragraphs(" ".join(body.split()), rng)
        for i, paragraph in enumerate(paragraphs):
            if i:
                out.add("\n\n")
            prefix = f"{label}: " if i == 0 else ""
            out.add(prefix)
            out.turn(paragraph, gold)
        out.add("\n\n")
        if not quoted and n > 2 and key != order[0] and rng.random() < 0.5:
            quoted = True
            line = f"{role} {official.name}: \"{rng.choice(_QUOTES)}\""
            out.furnish(line)
            out.add("\n\n")
            out.furnish(line)
            out.add("\n\n\n")
    return out


_QUOTES = ["The crisis is an extraordinary situation for which there is no script.",
           "We will not let the harbour close.", "Our budget is sound and the works go on."]
_STAGES = ["(INAUDIBLE QUESTION)", "(CROSSTALK)", "(OFF-MIKE)", "[inaudible]"]


def stage_markers(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A rush transcript where the press's inaudible questions are only a stage marker
    (`UNIDENTIFIED REPORTER: (INAUDIBLE QUESTION)`) and reactions end lines
    (`QUESTION: Happy birthday. (Applause.)`, `... the applause. (Laughter.)`)."""
    order = _order(turns)
    people = cast(order, rng)
    official = order[0]
    person = people[official]
    press_label = rng.choice(["UNIDENTIFIED REPORTER", "QUESTION"])
    width = rng.choice([None, None, 76])
    out = Rendered("stage_markers")
    out.add("Return to Transcripts main page\n\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY "
            "NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n")
    first = True
    for key, body in turns:
        if key == official:
            label = f"{person.name.upper()}, {person.role or 'SPOKESPERSON'}".upper() if first \
                else person.surname.upper()
            first = False
            gold = person.name
        else:
            label, gold = press_label, PRESS
            if rng.random() < 0.2:
                out.add(f"{label}: {rng.choice(_STAGES)}\n\n")
                continue
        if rng.random() < 0.25:
            body += rng.choice([" (Applause.)", " (Laughter.)", " (LAUGHTER)"])
        text, start, end = wrap(f"{label}: ", body, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add("\n\n")
    return out


def padded_initials(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A health agency's press conference (WHO style): initials padded with spaces as labels
    (`CL          Hello`, `TAG        Thank you.`), no colon; time stamps on lines of their
    own (`00:01:00`); the moderator names themself (`My name is ...`) and introduces the
    participants (`we have Dr Ana Keller, Chief Medical Officer`). Initials resolve to the
    person introduced; a participant nobody introduced stays as their initials."""
    order = _order(turns)
    people = cast(order, rng)
    moderator = turns[0][0]  # the first voice opens and introduces the others
    order = [moderator] + [key for key in order if key != moderator]
    used: set[str] = set()
    names: dict[str, str] = {}
    for key in order:  # initials must tell people apart: a middle name where they would not
        name = people[key].name
        tag = "".join(w[0] for w in name.split())
        if tag in used:
            name = f"{people[key].first} {rng.choice(['Ade', 'Lee', 'Maria'])} " \
                f"{people[key].surname}"
            tag = "".join(w[0] for w in name.split())
        used.add(tag)
        names[key] = name
    tags = {key: "".join(w[0] for w in names[key].split()) for key in order}
    introduced = {key for key in order[1:] if rng.random() < 0.8}
    gold = {key: names[key] if key in introduced or key == moderator else tags[key]
            for key in order}
    out = Rendered("padded_initials")
    out.roles.update({names[key]: people[key].role for key in introduced
                      if people[key].role is not None})
    out.add(rng.choice(["Virtual Press conference transcript - 14 March 2026\n\n"
                        "Overview\n\n", "Press conference on the harbour outbreak\n\n",
                        ""]))
    indent = rng.choice(["", "", " ", "\t"])
    width = rng.choice([None, None, 76])
    seconds = 0
    first = True
    for key, body in turns:
        if rng.random() < 0.5:
            out.add(f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}\n\n")
        seconds += rng.randint(20, 200)
        text = " ".join(body.split())
        if first and key == moderator:
            intro = [f"Hello and welcome to today's press conference. My name is "
                     f"{names[key]} and it is Tuesday."]
            for other in order[1:]:
                if other in introduced:
                    intro.append(rng.choice([f"We have Dr {names[other]}, {people[other].role}.",
                                             f"We also have with us {names[other]}, "
                                             f"{people[other].role}."]))
            text = " ".join(intro) + " " + text
        paragraphs = _paragraphs(text, rng)
        paragraphs = paragraphs if first else paragraphs[:3]  # (the introductions stay)
        first = False
        pad = rng.choice(["  ", "      ", "          ", "\t"])
        for i, paragraph in enumerate(paragraphs):
            prefix = indent + tags[key] + pad if i == 0 else indent
            piece, start, end = wrap(prefix, paragraph, width, indent)
            base = len(out.text)
            out.add(piece)
            out.spans.append((base + start, base + end, gold[key]))
            out.add("\n\n")
    return out


def _phrases(body: str, rng: random.Random) -> list[str]:
    """A turn cut into caption phrases of a few words (at most about 45 characters)."""
    out: list[str] = []
    line: list[str] = []
    limit = rng.randint(28, 45)
    for word in body.split():
        if line and len(" ".join([*line, word])) > limit:
            out.append(" ".join(line))
            line = []
        line.append(word)
        if word.endswith((".", "?", ",")) and rng.random() < 0.5:
            out.append(" ".join(line))
            line = []
    if line:
        out.append(" ".join(line))
    return out


def phrase_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A television interview's captions as its page prints them (PBS style): a short phrase
    a line with a blank line after each, a `Surname:` label where the voice changes, and a
    page header first (the show's title with its host, the guest's name alone on a line, the
    episode's description, `AIRED: ... | 0:26:13`). Now and then a turn has no label but
    opens with its voice introducing itself (`Good evening. I'm Ana Keller.`)."""
    order = _order(turns)
    people = cast(order, rng)
    host, guest = people[order[0]], people[order[-1]]
    out = Rendered("phrase_captions")
    indent = rng.choice(["", "", " ", "  "])
    out.add(rng.choice([f"Tell Me More with {host.name}\n\n\n",
                        f"In Conversation with {host.name}\n\n"]))
    out.add(f"{guest.name}\n\n")
    out.add(f"For three decades, {guest.name} has worked on {rng.choice(_HEADINGS).lower()} "
            "across the region. In this episode, the conversation turns to the budget, the "
            "harbour and the years ahead."
            + "".join(f" With {people[k].name}." for k in order[1:-1]) + "\n\n")
    out.furnish(rng.choice(["AIRED: March 3, 2026 | 0:26:13", "AIRED: May 9, 2025 | 0:54:40",
                            "Aired: 11/30/21 | 0:26:13"]))
    out.add("\n\n")
    previous = None
    for key, body in turns:
        person = people[key]
        text = " ".join(body.split())
        intro = previous is not None and key != previous and rng.random() < 0.15
        phrases = _phrases(text, rng)
        if intro:  # (a caption line never splits a name)
            phrases[:0] = rng.choice([["Good evening.", f"I'm {person.name}."],
                                      [f"Good evening. I'm {person.name}."]])
        for i, phrase in enumerate(phrases):
            label = f"{person.surname}: " if i == 0 and key != previous and not intro else ""
            out.add(indent + label)
            out.turn(phrase, person.name)
            out.add("\n\n")
        previous = key
    return out


def dash_vtt(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A press conference's WebVTT or SRT file with no names: `- ` (or `– `) opens each new
    voice. An official who introduces themself at their first turn (`- Good afternoon, I'm
    Ana Keller, the Police Chief.`) is named, as in caption text; a reporter who gives a name
    and an outlet (`- Hello, Ana Ruiz from the Harbour Herald.`) is the press; every other
    voice, and an official's later turns, stay unattributed. Header furniture (`Kind:`,
    `Language:`, a `NOTE` block), cue identifiers and cue settings vary."""
    order = _order(turns)
    people = cast(order, rng)
    vtt = rng.random() < 0.6
    dash = rng.choice(["- ", "- ", "– "])
    settings = rng.choice(["", "", " align:start position:10%", " line:85%"]) if vtt else ""
    out = Rendered("dash_vtt")
    if vtt:
        out.add(rng.choice(["WEBVTT\n\n", "WEBVTT\nKind: captions\nLanguage: en\n\n",
                            "WEBVTT\n\nNOTE\nCaptions by the press office\n\n"]))
    clock = 5
    number = 1
    officials = set(order[:max(1, len(order) // 2)])
    spoken: set[str] = set()

    def cue(lines: list[tuple[str, str]]) -> None:
        nonlocal clock, number
        if not vtt or rng.random() < 0.2:
            out.add(f"{number}\n")
        sep = "." if vtt else ","
        out.add(f"00:{clock // 60:02d}:{clock % 60:02d}{sep}200 --> "
                f"00:{(clock + 3) // 60:02d}:{(clock + 3) % 60:02d}{sep}900{settings}\n")
        for line, gold in lines:
            opens = line.startswith("\x00")
            out.add(dash if opens else "")
            out.turn(line[1:] if opens else line, gold)
            out.add("\n")
        out.add("\n")
        clock += 3
        number += 1

    for key, body in turns:
        person = people[key]
        body = " ".join(body.split())
        gold = NARRATION
        if key in officials and key not in spoken and rng.random() < 0.7:
            body = rng.choice([f"Good afternoon, I'm {person.name}, the {person.role}. ",
                               f"Thank you. My name is {person.name}. "]) + body
            gold = person.name
        elif key not in officials and rng.random() < 0.6:
            body = rng.choice(["Hello, ", "Hi, I'm ", "Thank you. I'm "]) + \
                f"{person.name} from {rng.choice(_OUTLETS)}. " + body
            gold = PRESS
        spoken.add(key)
        lines = _cue_lines(body)
        for n in range(0, len(lines), 2):
            chunk = lines[n:n + 2]
            cue([(("\x00" if n == 0 and i == 0 else "") + line, gold)
                 for i, line in enumerate(chunk)])
    return out


_NOISE_TAGS = ["[Transcript] – ", "[Video and Transcript] - ", "(Full transcript) — ",
               "[Audio] | ", "(Excerpt) – "]
_ELISIONS = [". . . ", "... ", "… ", ".. "]
_NOISE_TOPS = ["Remarks on Departing the Riverton Town Hall – [Video and Transcript]\n\n"
               "Short pressers are the best pressers. The mayor took questions on the steps "
               "[Video and Transcript below].\n\n\n",
               "On Sunday the minister sat down with the morning show.\n"
               "Partial transcript as follows:\n", "", "Trial transcript, day two\n\n"
               "by a court watcher on June 4, 2027\n\n"]


def label_noise(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Noise a blog or a news page leaves around labels: a bracketed tag and a dash before the
    first one (`[Transcript] – ANA OSTROVA: Hello, everybody.`), an excerpt's elision before
    some (`. . . Q: ...`, `… KELLER: ...`), a space moved before a glued colon (`KELLER
    :Well, ...`); a capitals full name, then the surname, and `Q` for the press (or names
    for everyone)."""
    order = _order(turns)
    people = cast(order, rng)
    press = set(order[1:]) if rng.random() < 0.5 else set()
    width = rng.choice([None, None, 72])
    gap = rng.choice(["\n\n", "\n"])
    out = Rendered("label_noise")
    out.add(rng.choice(_NOISE_TOPS))
    seen: set[str] = set()
    for n, (key, body) in enumerate(turns):
        person = people[key]
        if key in press:
            label, gold = "Q", PRESS
        else:
            label = person.surname.upper() if key in seen else person.name.upper()
            gold = person.name
        seen.add(key)
        noise = rng.choice(_NOISE_TAGS) if n == 0 else (
            rng.choice(_ELISIONS) if rng.random() < 0.15 else "")
        if label != "Q" and not noise and body[:1].isupper() and rng.random() < 0.2:
            prefix = f"{label} :"  # the space moved before the colon, none after
        else:
            prefix = f"{noise}{label}: "
        text, start, end = wrap(prefix, body, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
    return out


_CREDIT_ROLES = ["VICE PRESIDENT-ELECT", "PRESIDENT-ELECT", "FMR. DIRECTOR, CIA",
                 "SPECIAL CORRESPONDENT", "REPUBLICAN STRATEGIST", "DEMOCRATIC STRATEGIST",
                 "FORMER POLITICAL DIRECTOR", "CHIEF ECONOMIST, LARCH CAPITAL"]
_CREDIT_TITLES = {"SEN.": "Senator", "REP.": "Representative", "GOV.": "Governor"}
_PARTY_NOTES = ["(R)", "(D)", "(R-SC)", "(D-NY)", "(I-VT)"]
_SEGMENTS = ["(BEGIN VIDEO CLIP)", "[Sponsor Ad]", "(COMMERCIAL BREAK)", "[Station Break]",
             "(END VIDEO CLIP)"]
_ANNOUNCER_LINES = ["Coming up next on the program, the week in review.",
                    "Support for this program comes from listeners like you. Thank you.",
                    "This morning, one on one with the new leadership team.",
                    "And now, from the studio, the roundtable."]


def broadcast_credits(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A broadcast transcript as a wire service sells it: a long masthead header (`TRANSCRIPT`,
    date, address, copyright, a `SPEAKERS:` list one line each), an announcer (`ANNOUNCER:`,
    or `Announcer:` after a bracketed segment marker), long name-plus-title labels (`SEN. ANA
    OSTROVA (R-SC), 2028 PRESIDENTIAL CANDIDATE:`, `BRUNO KELLER, VICE PRESIDENT-ELECT:` beside
    `CELIA MBEKI (R), PRESIDENT-ELECT:`, two people never merged) at each guest's first turn,
    often one line (`Thank you.`), then the surname alone."""
    order = _order(turns)
    people = cast(order, rng)
    roles = rng.sample(_CREDIT_ROLES, len(_CREDIT_ROLES))
    capitals = rng.random() < 0.7
    gap = rng.choice(["\n\n", "\n"])
    width = rng.choice([None, None, 76])
    out = Rendered("broadcast_credits")
    host = order[0]
    firsts: dict[str, str] = {}
    for n, key in enumerate(order):
        person = people[key]
        role = roles[n % len(roles)]
        if "," not in role and "." not in role:
            out.roles[person.name] = " ".join("-".join(p.capitalize() for p in w.split("-"))
                                              for w in role.split())
        if key == host:
            firsts[key] = f"{person.name.upper()}, HOST"
            out.roles[person.name] = "Host"
        elif n % 3 == 1:
            title = rng.choice(["SEN.", "REP.", "GOV."])
            firsts[key] = (f"{title} {person.name.upper()} {rng.choice(_PARTY_NOTES)}, "
                           f"{rng.randint(2028, 2032)} PRESIDENTIAL CANDIDATE")
            out.roles[person.name] = _CREDIT_TITLES[title]
        elif n % 3 == 2:
            firsts[key] = (f"{person.name.upper()} {rng.choice(_PARTY_NOTES)}, "
                           f"{roles[n % len(roles)]}")
        else:
            firsts[key] = f"{person.name.upper()}, {roles[n % len(roles)]}"
    if rng.random() < 0.7:
        out.add("Create a free account to continue\n\n")
        out.add(f"{people[host].name.upper()} HOSTS \"THE SUNDAY DESK\" - Part 1{gap}")
        out.add(f"TRANSCRIPT{gap}March {rng.randint(1, 28)}, 2027{gap}NEWS PROGRAM{gap}")
        for line in ["Eastbay Transcripts, Inc.", "1200 Harbour Street N.W.",
                     "Riverton, 20037", "Sales: Tel. 202-555-0199",
                     "Copyright 2027 Eastbay Transcripts, Inc.",
                     "All materials herein are protected by copyright law",
                     "and may not be reproduced without prior written permission."]:
            out.add(line + gap)
        out.add("SPEAKERS: " + f"{gap}".join(
            re.sub(r" \([^)]*\)", "", firsts[k]) for k in order) + gap)
    seen: set[str] = set()
    for n, (key, body) in enumerate(turns):
        person = people[key]
        if n and rng.random() < 0.15:
            out.add(rng.choice(_SEGMENTS) + gap)
            label = "ANNOUNCER" if capitals else "Announcer"
            line = rng.choice(_ANNOUNCER_LINES)
            base = len(out.text)
            out.add(f"{label}: {line}")
            out.spans.append((base + len(label) + 2, len(out.text), "Announcer"))
            out.add(gap)
        if key in seen:
            label = person.surname.upper()
        else:
            label = firsts[key]
            if key != host and rng.random() < 0.5:
                base = len(out.text)
                out.add(f"{label}: Thank you.")
                out.spans.append((base + len(label) + 2, len(out.text), person.name))
                out.add(gap)
                label = person.surname.upper()
        seen.add(key)
        text, start, end = wrap(f"{label}: ", body, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, person.name))
        out.add(gap)
    return out


_PHRASE_WORDS = (2, 6)
_GENERIC_VOICES = ["Cop", "Voter", "Fan", "Nurse", "Kid"]


def surname_lowercase(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A recap written as a script: each voice labelled by a surname (or a one-word
    character, `Cop:`) that the text names nowhere else, the speech in lower case (a guest's
    always, the host's now and then), a few short phrases a turn, one a line, blank lines
    between some, a `[ break ]` now and then."""
    order = _order(turns)
    people = cast(order, rng)
    generics = rng.sample(_GENERIC_VOICES, len(_GENERIC_VOICES))
    labels = {key: (generics[n % len(generics)] if n >= 2 and rng.random() < 0.3
                    else people[key].surname) for n, key in enumerate(order)}
    # the guests always in lower case, the host now and then (or always) in capitals
    lowered = {key: 1.0 if n else rng.choice([0.6, 1.0]) for n, key in enumerate(order)}
    out = Rendered("surname_lowercase")
    out.add(rng.choice(["The Sunday Desk – May 3, 2027\n\n\n", "Recap of the week\n\n", ""]))
    for key, body in turns:
        words = body.split()
        if rng.random() < lowered[key]:  # lower case but for `I`
            words = [w if w == "I" or w.startswith("I'") else w.lower() for w in words]
        lines = []
        while words and len(lines) < rng.randint(1, 4):  # a recap keeps a few phrases a turn
            take = rng.randint(*_PHRASE_WORDS)
            lines.append(" ".join(words[:take]))
            words = words[take:]
        prefix = f"{labels[key]}: "
        base = len(out.text)
        out.add(prefix)
        for i, line in enumerate(lines):
            if i:
                out.add(rng.choice(["\n", "\n\n"]))
            out.add(line)
        out.spans.append((base + len(prefix), len(out.text), labels[key]))
        out.add("\n\n")
        if rng.random() < 0.05:
            out.add("[ break ]\n\n")
    return out


_PARTICLE_NAMES = ["de", "van", "da", "von der", "del"]
_MAYOR_TITLES = ["Mayor", "Governor", "Commissioner", ""]
_STAGE_LINES = ["[Moment of silence is observed]", "[Applause]", "[Speaks in Spanish]",
                "[Crosstalk]"]


def single_particle(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A city hall transcript whose only label is one `Mayor Ana de Keller:` line (a name with
    a lower-case particle) under the page's navigation, title and date, the speech running to
    the end with bracketed stage lines (`[Moment of silence is observed]`) between
    paragraphs."""
    key = _order(turns)[0]
    person = cast([key], rng)[key]
    name = f"{person.first} {rng.choice(_PARTICLE_NAMES)} {person.surname}"
    title = rng.choice(_MAYOR_TITLES)
    width = rng.choice([None, None, 70])
    gap = rng.choice(["\n\n", "\n"])
    out = Rendered("single_particle")
    out.add(rng.choice(["Secondary Navigation\n\n", "Skip to main content\n\n", ""]))
    out.add(f"Transcript: {person.surname} Administration Announces {rng.choice(_HEADINGS)} "
            f"Plan\n\nApril {rng.randint(1, 28)}, 2027\n\n")
    label = f"{title} {name}".strip()
    body = rng.choice(_GREETINGS) + " " + " ".join(text for k, text in turns if k == key)
    for i, paragraph in enumerate(_paragraphs(body, rng)[:14]):
        if i and rng.random() < 0.15:
            out.add(rng.choice(_STAGE_LINES) + gap)
        text, start, end = wrap(f"{label}: " if i == 0 else "", paragraph, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, name))
        out.add(gap)
    return out


_MINISTRIES = ["CULTURE", "TOURISM", "PORTS, SHIPPING AND WATERWAYS", "RURAL DEVELOPMENT",
               "HOME AFFAIRS", "WATER RESOURCES"]
_MOTIONS = ["moving the motion for consideration of the Bill, said:",
            "replying to the debate, said:", "said:", "initiating the discussion, said:"]
_MEMBER_HONORIFICS = ["SHRI", "SHRIMATI", "DR.", "KUMARI"]


def said_synopsis(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A parliament's synopsis of debates: the chair as `HON. SPEAKER:`, members as `SHRI ANA
    OSTROVA said:`, ministers by office with the name in brackets, the label in capitals over
    several wrapped lines (blank lines between them, as a PDF gives them) and ending in a
    lower-case `..., said:` (`THE MINISTER OF STATE IN THE MINISTRY OF CULTURE AND MINISTER
    OF STATE IN THE MINISTRY OF TOURISM (SHRI ANA OSTROVA) moving the motion ..., said:`), a
    member's seat in brackets (`DR. ANA OSTROVA (RIVERTON NORTH) said:`); bill headings in
    capitals between the speeches."""
    order = _order(turns)
    people = cast(order, rng)
    chair = order[-1] if len(order) > 2 else None
    gap = rng.choice(["\n\n", "\n"])
    wide = rng.choice([44, 52, 60])
    out = Rendered("said_synopsis")
    out.add(f"HOUSE OF THE PEOPLE ___{gap}SUMMARY OF PROCEEDINGS* ______{gap}"
            f"Friday, August {rng.randint(1, 28)}, 2027 ______{gap}")
    offices = {}
    for n, key in enumerate(order):
        ministries = rng.sample(_MINISTRIES, 2)
        office = f"THE MINISTER OF STATE IN THE MINISTRY OF {ministries[0]}"
        if rng.random() < 0.5:
            office += f" AND MINISTER OF STATE IN THE MINISTRY OF {ministries[1]}"
        offices[key] = office if n % 2 == 0 else None
    for key, body in turns:
        person = people[key]
        if key == chair:
            prefix, gold = "HON. SPEAKER: ", "Hon. Speaker"
            text, start, end = wrap(prefix, body, None)
        else:
            honorific = rng.choice(_MEMBER_HONORIFICS)
            named = f"{honorific} {person.name.upper()}"
            office = offices[key]
            if office is not None and rng.random() < 0.7:
                out.add(f"THE {rng.choice(_HEADINGS).upper()} (AMENDMENT) BILL, 2027{gap}")
                capitals = f"{office} ({named})"
            elif rng.random() < 0.3:
                capitals = f"{named} ({rng.choice(_SEATS).upper()})"  # the member's seat
            else:
                capitals = named
            words = capitals.split()
            lines, line = [], words[0]
            for word in words[1:]:
                if len(line) + 1 + len(word) > wide:
                    lines.append(line)
                    line = word
                else:
                    line += " " + word
            lines.append(line)
            prefix = (gap.join(lines)) + " " + rng.choice(_MOTIONS) + " "
            gold = person.name
            text, start, end = prefix + body, len(prefix), len(prefix) + len(body)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
    return out


_CAPTION_PAGES = ["Skip to main content\n\n"
                  "tv   Q&A  Eastmoor TV  May 1, 2031 11:00pm-12:01am EDT\n\n",
                  "tv   Book Talk In Depth  Channel Four  May 27, 2030 5:00pm-8:01pm EDT\n\n",
                  "Captions: Riverton Public Affairs Network\n\n", ""]


def lower_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A broadcaster's caption page in lower case with the captioner's labels inside the
    flowing text: first names after a finished sentence (`... so that's it. ana: thanks,
    bruno. bruno: ...`) or parts on air after `>>` (`>> host: ... >> guest: ...`), where
    every other voice gets a bare `>>` (no one's). A time line (`11:01 pm`) every minute
    cuts the text anywhere, mid-sentence too."""
    order = _order(turns)
    people = cast(order, rng)
    parts = rng.random() < 0.5
    roles_on_air = ["host", "guest"]
    out = Rendered("lower_captions")
    out.add(rng.choice(_CAPTION_PAGES))
    chunks: list[tuple[str, str]] = []  # (text, gold); labels are narration
    for key, body in turns:
        body = " ".join(body.split()).lower()
        if not body:
            continue
        if body[-1] not in ".?!":
            body += "."  # captioners end a voice's words with a stop
        rank = order.index(key)
        if parts and rank >= len(roles_on_air):
            chunks.append((rng.choice([">> ", ">>"]), NARRATION))
            chunks.append((body + " ", NARRATION))
            continue
        label = roles_on_air[rank] if parts else people[key].first.lower()
        gold = label.title()
        chunks.append(((">> " if parts else "") + label + ": ", NARRATION))
        chunks.append((body + " ", gold))
    _timed_chunks(out, chunks, 11, rng)
    return out


def _timed_chunks(out: Rendered, chunks: Sequence[tuple[str, str]], hour: int,
                  rng: random.Random) -> None:
    """Caption chunks (text, gold; labels are narration) with a time line (`11:01 pm`) every
    minute of 600-1,500 characters, cutting the text anywhere, mid-sentence too."""
    minute = 0
    budget = rng.randint(600, 1500)
    out.add(f"{hour}:{minute:02d} pm\n")
    for piece, gold in chunks:
        words = piece.split()
        run: list[str] = []  # words of this chunk since the last time line

        def flush(run: list[str], gold: str, space: bool) -> None:
            if not run:
                return
            text = " ".join(run)
            if gold == NARRATION:
                out.add(text)
            else:
                out.turn(text, gold)
            if space:
                out.add(" ")

        for i, word in enumerate(words):
            run.append(word)
            budget -= len(word) + 1
            if budget <= 0 and i + 1 < len(words):
                flush(run, gold, False)
                run = []
                minute += 1
                out.add("\n" + rng.choice(["", "\n"]) + f"{hour}:{minute:02d} pm\n")
                budget = rng.randint(600, 1500)
        flush(run, gold, piece.endswith(" "))
    out.add("\n")


_SHOTS = ["B-ROLL: Exterior of headquarters", "Walk-up to news conference", "Reporters cutaway",
          "Wide of briefing room", "Cutaway reporter", "Close of notebook", "Mid of podium",
          "Various of delegates arriving", "SOUNDBITE: (English) No sound bite on this shot"]
_SHOT_TOPS = ["Fortnightly Press Briefing\n\n\n\n23 May 2031\n\n\nRiverton, Eastmoor\n\n"
              "Edited Package\nRiverton - Recent\n",
              "RESTRICTIONS: AP CLIENTS ONLY\n\nSHOTLIST\n",
              "Eastmoor Newsroom Video\n\nPress conference on the harbour levy\n\n"]
_SHOT_TAILS = ["\nSTORYLINE:\nThe council met on Tuesday to debate the harbour levy. It said "
               "the barrier would be late.\n",
               "\nRiverton - Recent\n{n}. B-ROLL: Exterior of headquarters\nContent shall not "
               "be edited or modified in a manner intended to create a false or misleading "
               "version of the underlying material.\n", ""]


def shot_list(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A video shot list (agency or organisation style): numbered shots (`1. B-ROLL:
    Exterior ...`, `3. Reporters cutaway`) and sound bites naming who speaks, in a language,
    with a role (`4. SOUNDBITE: (English) Ana Ostrova, Press Secretary:`; AP style `SOUNDBITE
    (English) Ana Ostrova, Press Secretary:`), the quotation on the lines below (in quotes or
    not, maybe wrapped); a storyline or a usage note after the last shot. The quotation is
    the person's, with that role; `Soundbite` is no one."""
    people = cast(_order(turns), rng)
    out = Rendered("shot_list")
    out.add(rng.choice(_SHOT_TOPS))
    colon = rng.choice([": ", " "])
    quoted = rng.random() < 0.6
    width = rng.choice([None, None, 72])
    number = 1
    for key, body in turns[:rng.randint(6, 14)]:
        body = " ".join(body.split())
        if not body:
            continue
        for _ in range(rng.randint(0, 2)):
            out.add(f"{number}. {rng.choice(_SHOTS[:-1])}\n")
            number += 1
        person = people[key]
        language = rng.choice(["English", "English", "French", "Spanish"])
        out.add(f"{number}. SOUNDBITE{colon}({language}) {person.name}, {person.role}:\n")
        out.roles[person.name] = person.role or ""
        number += 1
        text = f"\u201c{body}\u201d" if quoted else body
        wrapped, start, end = wrap("", text, width)
        base = len(out.text)
        out.add(wrapped)
        out.spans.append((base + start, base + end, person.name))
        out.add(rng.choice(["\n", "\n\n"]))
    out.add(rng.choice(_SHOT_TAILS).format(n=number))
    return out


_LIST_KEYS = ["PARTICIPANTS:", "Participants:", "SPEAKERS:", "Panelists:", "PARTICIPANTS"]
_LIST_ENTRIES = ["Speaker: {NAME}, {role}", "{NAME}, {role}", "{name}, {role}",
                 "Presenter: {NAME}, {role}"]
_FOOTERS = ["http://www.example.gov/press-office/transcript-{n}\n",
            "                                  _________________   |   ________________\n",
            "No comments:\n", "Post a Comment\n",
            "Note: only a member of this blog may post a comment.\n",
            "Posted by Harbour Watch at 10:32 PM\n", "Labels: harbour, levy, council\n",
            "<https://www.example.org/news/{n}>\n", "3 comments:\n", "Leave a Reply\n"]


def participants(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A press briefing page with a `PARTICIPANTS:` heading alone on its line over the
    people and their roles (`Speaker: ANA OSTROVA, Director, ...`, `Moderator: ...`), a
    row of stars, then `MR. KELLER:` turns and the press as `QUESTIONER:`; the page is a
    blog repost, so a link, a rule, comment-box lines and post labels follow the last
    answer. The heading is no speaker, the roles come from the list, and the footer is
    no one's."""
    order = _order(turns)
    people = cast(order, rng)
    listed = order[:2]
    out = Rendered("participants")
    out.add(rng.choice(["Press Briefing Transcript: African Department, Spring Meetings 2031",
                        "Transcript of the Press Briefing on the Harbour Outlook",
                        "Media briefing on the regional outlook"]) + "\n\n")
    out.add(rng.choice(["April 25, 2031\n\n \n\n", "", "Riverton, 4 June 2031\n\n"]))
    out.furnish(rng.choice(_LIST_KEYS))  # (scored as furniture: it must go to no one)
    out.add("\n" + rng.choice(["\n", ""]))
    for n, key in enumerate(listed):
        person = people[key]
        entry = rng.choice(_LIST_ENTRIES).format(NAME=person.name.upper(), name=person.name,
                                                 role=person.role)
        if n == 1 and entry.startswith("Speaker:"):
            entry = "Moderator:" + entry[len("Speaker:"):]
        out.furnish(entry)
        out.add("\n" + rng.choice(["\n", ""]))
        out.roles[person.name] = person.role or ""
    out.add(rng.choice(["\n*  *  *  *  *\n\n", "\n \n\n", "\n"]))
    indent, width, gap = _perturb(rng)
    press = rng.choice(["QUESTIONER", "QUESTION", "JOURNALIST"])
    for key, body in turns:
        person = people[key]
        if key in listed:
            label, gold = f"{person.honorific} {person.surname.upper()}: ", person.name
        else:
            label, gold = f"{press}: ", PRESS
        text, start, end = wrap(indent + label, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
    if rng.random() < 0.7:
        out.add("\n\n")
        for footer in rng.sample(_FOOTERS, rng.randint(2, 5)):
            out.furnish(footer.format(n=rng.randint(2, 99)))
            out.add(rng.choice(["\n", ""]))
    return out


_ARRIVAL_TITLES = ["High Representative/Vice-President", "Minister of Health", "Commissioner",
                   "Secretary General", "Foreign Minister", "Director of Communications"]
_ARRIVAL_TOPS = ["Remarks by {title} {name} upon arrival at the Foreign Affairs Council",
                 "Press remarks by {title} {name} after the cabinet meeting",
                 "Doorstep remarks by {title} {name} ahead of the council"]


def q_unlabelled(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Doorstep remarks: the page title names the official (`Remarks by High
    Representative/Vice-President Ana Ostrova upon arrival at ...`), every question is
    labelled `Q.` (or `Q:`, `Question:`) and ends with `?`, and the official's answers
    follow with no label at all, on the next line or after a blank line, maybe wrapped.
    The answers are the official's, with the title as role; every other voice is the
    press."""
    order = _order(turns)
    people = cast(order, rng)
    official = people[order[0]]
    title = rng.choice(_ARRIVAL_TITLES)
    out = Rendered("q_unlabelled")
    out.add(rng.choice(["", "Speeches and remarks\n\n"]))
    out.add(rng.choice(_ARRIVAL_TOPS).format(title=title, name=official.name) + "\n")
    out.add(rng.choice(["", "\n", "\nBrussels, 12 March 2031\n\n"]))
    out.roles[official.name] = title
    label = rng.choice(["Q. ", "Q: ", "Question: "])
    indent, width, gap = _perturb(rng)
    previous = None
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        if key == order[0]:
            prefix, gold = ("" if previous != order[0] else ""), official.name
        else:
            if body[-1] != "?":
                body = body.rstrip(".!") + "?"  # (a question line ends with its `?`)
            prefix, gold = label, PRESS
        if previous is not None:
            out.add(gap)
        text, start, end = wrap(indent + prefix, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        previous = key
    out.add("\n")
    return out


_PUBLICATIONS = ["Harbour Review", "The Valley Quarterly", "Riverton Weekly", "Eastmoor Letters"]


def inline_turns(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A blog's digest of print interviews: each excerpt one paragraph with its turns run
    together (`Interviewer: ... the form? Keller: I wish ... Interviewer: And ...? Keller:
    ...`), the answer's label right after the question's `?`, the surname (or the full name)
    as label, `... Continue reading Harbour Review: Bruno Keller` closing it; the
    publication's heading over each excerpt (`Harbour Review: Bruno Keller`, `Category:
    Harbour Review`). Each excerpt's most frequent voice answers, the others ask (the
    press); the headings are no one's."""
    people = cast(_order(turns), rng)
    pub = rng.choice(_PUBLICATIONS)
    out = Rendered("inline_turns")
    asker = rng.choice(["Interviewer", "INTERVIEWER", "Q"])
    full = rng.random() < 0.3
    at = 0
    while at < len(turns):
        chunk = turns[at:at + rng.randint(4, 10)]
        at += len(chunk)
        counts = Counter(key for key, _ in chunk)
        guest = counts.most_common(1)[0][0]
        person = people[guest]
        if rng.random() < 0.7:
            out.furnish(f"{pub}: {person.name}")
            out.add("\n")
        if rng.random() < 0.3:
            out.furnish(f"Category: {pub}")
            out.add("\n")
        previous = None
        for key, body in chunk:
            body = " ".join(body.split())
            if not body:
                continue
            answering = key == guest
            if answering and previous is None:
                continue  # an excerpt opens with a question
            if not answering and body[-1] != "?":
                body = body.rstrip(".!") + "?"
            if answering == previous:
                out.add(" ")  # the same voice goes on
            else:
                if previous is not None:
                    out.add(" ")
                label = (person.name if full else person.surname) if answering else asker
                out.add(f"{label}: ")
            out.turn(body, person.name if answering else PRESS)
            previous = answering
        if previous is None:
            continue
        # (the link stays in the last turn: the line's reader credits it to the answer)
        out.add(f" \u2026 Continue reading {pub}: {person.name}\n")
    return out


_PODCASTS = ["Harbour Radio", "The Valley Hour", "Riverton Review", "Eastmoor Explained"]
_EPISODES = ["The Dangers of Safety", "Please Steal My Car", "Episode 12", "The Ferry Question"]


def podcast_host(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A podcast's page transcript: guests open it labelled (`Ana OSTROVA: I'm Ana Ostrova,
    and you're listening to Harbour Radio.`), the host's own paragraph is unlabelled and
    opens with `And I'm Bruno Keller.`; later the host is labelled by surname (`KELLER:`)
    except for narration between archival clips: a guest's turn that opens with `[From
    "Episode 12"]` is a clip, and the unlabelled paragraph after it is the host's again."""
    order = _order(turns)
    people = cast(order, rng)
    host = people[order[0]]
    show = rng.choice(_PODCASTS)
    out = Rendered("podcast_host")
    out.add(rng.choice(["Search the Site\n\nEpisode Transcript\n\n", "Episode Transcript\n\n",
                        ""]))
    named: set[str] = set()

    def label(person: Person) -> str:
        if person.name in named:
            return f"{person.surname.upper()}: "
        named.add(person.name)
        return f"{person.first} {person.surname.upper()}: "

    for key in order[1:3]:
        guest = people[key]
        out.add(label(guest))
        out.turn(f"I'm {guest.name}, and you're listening to {show}.", guest.name)
        out.add("\n\n")
    opened = after_clip = False
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        person = people[key]
        if key == order[0] and not opened:
            out.turn(f"And I'm {host.name}. {body}", host.name)  # (the host's own voice)
            opened = True
        elif key == order[0] and after_clip:
            out.turn(body, host.name)
        else:
            if key != order[0] and not opened:
                continue  # the host speaks first after the cold open
            out.add(label(person))
            if key != order[0] and rng.random() < 0.3:
                out.add(f"[From \u201c{rng.choice(_EPISODES)}\u201d] ")
                after_clip = True
            elif key == order[0]:
                after_clip = False
            out.turn(body, person.name)
        if key == order[0] and after_clip:
            after_clip = False
        out.add("\n\n")
    return out


_EVENT_PAGE_TITLES = ["The World: How Worried Should You Be?", "A Conversation on the Harbour Levy",
                 "Annual Lecture on Coastal Policy"]
_EVENT_PARTS = [("Blessing", "Spiritual Leader, Riverton Chapel"),
                ("Welcome", "Chair of the Board, Larch Institute"),
                ("Introduction", "Vice President, Eastmoor Society")]


def event_page(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """An event page over a labelled transcript: the title, the date, a photo credit, then
    each part with its people (`Blessing` over a name and a role, `Speaker` over a role,
    `Presider` over a name and a role), a blurb (`Ana Ostrova, Director of ..., discusses
    ... with Bruno Keller moderating.`) and a `Learn more about ...` line, then `KELLER:`
    surname labels and `Q:` for the floor. The person of the opening part never speaks:
    no monologue is theirs; the blurb is no one's."""
    order = _order(turns)
    people = cast(order + ["blessing"], rng)
    guest, presider = people[order[0]], people[order[1] if len(order) > 1 else order[0]]
    part, part_role = rng.choice(_EVENT_PARTS)
    blessing = people["blessing"]
    out = Rendered("event_page")
    out.add(f"{rng.choice(_EVENT_PAGE_TITLES)}\n\nTuesday, May 8, 2031\n{rng.choice(_FIRST)[0]} "
            f"{rng.choice(_SURNAMES)}\n{part}\n{blessing.name}\n\n{part_role}\n\nSpeaker\n\n"
            f"{guest.role}\n\nPresider\n{presider.name}\n\n{presider.role}\n\n")
    out.furnish(f"{guest.name}, {guest.role}, discusses the year ahead with {presider.name} "
                "moderating, as part of the annual workshop.")
    out.add("\n\n")
    if rng.random() < 0.7:
        out.furnish("Learn more about the Institute's Coastal Policy Program.")
        out.add("\n\n")
    indent, width, gap = _perturb(rng)
    for key, body in turns:
        person = people[key]
        if key in (order[0], order[1] if len(order) > 1 else order[0]):
            label, gold = f"{person.surname.upper()}: ", person.name
        else:
            label, gold = rng.choice(["Q: ", "QUESTION: "]), PRESS
        text, start, end = wrap(indent + label, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
    return out


_CALL_TITLES = ["Telephone Press Briefing", "Media Telebriefing", "Press Conference Call",
                "Conference Call with Reporters"]


def operator_lines(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A call's transcript (a telebriefing, a leader's press conference by phone): the
    operator opens each caller's line (`Thank you. Next question, Radio Eastmoor. Line open.`,
    `... Your line is open.`, `... Please go ahead.`), the caller's question follows with no
    label (the press), and the official's answer after it is labelled or, when the official
    who spoke before the operator answers, unlabelled too. Labels alone on a line or before
    the words, maybe hard-wrapped."""
    order = _order(turns)
    officials = order[:2] if len(order) > 3 else order[:1]
    people = cast(order, rng)
    own_line = rng.random() < 0.4
    width = rng.choice([None, None, 72, 80])
    capitals = rng.random() < 0.3
    operator = "OPERATOR:" if capitals else "Operator:"
    lead = people[officials[0]]
    out = Rendered("operator_lines")
    out.roles[lead.name] = str(lead.role)
    out.add(f"{rng.choice(_CALL_TITLES)} with {lead.name}, {lead.role}\n\n")
    if rng.random() < 0.5:
        out.add(f"{rng.choice(['March', 'June', 'October'])} {rng.randint(1, 28)}, 2027\n\n")

    def label(text: str) -> None:
        out.add(text + ("\n\n" if own_line else " "))

    def paragraph(body: str, gold: str) -> None:
        text, start, stop = wrap("", body, width)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + stop, gold))
        out.add("\n\n")

    last: str | None = None  # the official who answered last
    after_caller = False
    for key, body in turns:
        person = people[key]
        words = " ".join(body.split())
        if key in officials:
            if not (after_caller and key == last and rng.random() < 0.6):
                label(f"{person.name.upper()}:" if capitals else f"{person.name}:")
            for piece in _paragraphs(words, rng)[:3]:
                paragraph(_answered(piece), person.name)
            last, after_caller = key, False
            continue
        outlet = rng.choice(_BRIEFING_OUTLETS)
        label(operator)
        paragraph(rng.choice([f"Thank you. Next question, {outlet}. Line open.",
                              f"Our next question comes from {person.name} with {outlet}. "
                              "Your line is open.",
                              f"Next question, please. {outlet}, your line is now open.",
                              f"We'll take our next question from {outlet}. Please go ahead."]),
                  "Operator")
        paragraph(_asked(words), PRESS)
        after_caller = True
    return out


def cold_open(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Phrase captions (as `phrase_captions`, PBS style) of a programme that opens cold: under
    the page header (the show with its host, the guest's name alone on a line, a description,
    `AIRED: ...`), a clip of the guest talking, unlabelled, then the host's first label and
    introduction (`Keller: I'm Ana Keller, this is "Tell Me More", ...`)."""
    order = _order(turns)
    if len(order) < 2:
        order = [*order, "guest"]
    people = cast(order, rng)
    host_key, guest_key = order[0], order[-1]
    host, guest = people[host_key], people[guest_key]
    out = Rendered("cold_open")
    indent = rng.choice(["", "", " "])
    show = rng.choice(["Tell Me More", "In Conversation", "The Long Interview"])
    out.add(f"{show} with {host.name}\n\n" + rng.choice(["\n", ""]))
    out.add(f"{guest.name}\n\n")
    out.add(f"For three decades, {guest.name} has worked on {rng.choice(_HEADINGS).lower()}. "
            "In this episode, the conversation turns to the budget and the years ahead."
            + "".join(f" With {people[k].name}." for k in order[1:-1]) + "\n\n")
    out.furnish(rng.choice(["AIRED: March 3, 2026 | 0:26:13", "Aired: 11/30/21 | 0:26:13"]))
    out.add("\n\n")
    clip = max((body for key, body in turns if key == guest_key), key=len, default="")
    clip = " ".join(clip.split()) or "We try to be thoughtful every day."
    for phrase in _phrases(clip, rng)[:rng.randint(3, 10)]:
        out.add(indent)
        out.turn(phrase, guest.name)
        out.add("\n\n")
    intro = [f"I'm {host.name}, this is \"{show}\",", "and here is my conversation",
             f"with {guest.name}."]
    previous = host_key
    for i, phrase in enumerate(intro):
        out.add(indent + (f"{host.surname}: " if i == 0 else ""))
        out.turn(phrase, host.name)
        out.add("\n\n")
    for key, body in turns[:12]:  # (a short excerpt, so that the cold open weighs)
        person = people[key]
        for i, phrase in enumerate(_phrases(" ".join(body.split()), rng)):
            out.add(indent + (f"{person.surname}: " if i == 0 and key != previous else ""))
            out.turn(phrase, person.name)
            out.add("\n\n")
        previous = key
    return out


_STATEMENT_OFFICES = ["the Office of the Special Envoy", "the World Food Programme",
                      "the United Nations Information Service", "the Harbour Council",
                      "the Ministry of Energy"]


def read_statement(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A briefing's written summary (a UN office's bi-weekly notes) where each spokesperson
    `read the following statement:` and the statement runs over paragraphs the way some
    pages print it: `“` opens the first, none marks the middle ones, `”` closes the last.
    A topic heading and a plain line of narration come between the speakers."""
    order = _order(turns)
    people = cast(order, rng)
    out = Rendered("read_statement")
    out.add(rng.choice(["Bi-weekly press briefing: 1 November 2027\n\n",
                        "Press Conferences | Geneva\n\nBi-weekly press briefing\n\n"]))
    for key in order[:3]:
        person = people[key]
        words = " ".join(" ".join(body.replace('"', "").split())
                         for k, body in turns if k == key)
        pieces = _paragraphs(words, rng)
        if len(pieces) < 2:
            continue
        out.add(f"{rng.choice(_HEADINGS)}\n\n")
        out.add(f"{person.name}, for {rng.choice(_STATEMENT_OFFICES)}, read the following "
                "statement:\n\n")
        chosen = pieces[:rng.randint(2, 4)]
        for n, piece in enumerate(chosen):
            out.add("“" if n == 0 else "")
            out.turn(piece, person.name)
            out.add("”" if n == len(chosen) - 1 else "")
            out.add("\n\n")
        out.add(rng.choice(["The briefing then moved on to other matters.\n\n", ""]))
    return out


def pool_report(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A press pool's e-mailed report of a gaggle (`From:`/`Date:`/`Subject:` lines, then
    what happened): the official's words quoted after a cue at first (`Keller said: “...”`),
    then each answer quoted after a bracketed note of what was asked (`(Ferry levy
    question) “...”`, `(On the rail strike) “...”`), no cue of its own."""
    order = _order(turns)
    people = cast(order, rng)
    official = people[order[0]]
    out = Rendered("pool_report")
    out.add(f"From: \"{people[order[-1]].surname}, {people[order[-1]].first}\"\n"
            f"Date: May {rng.randint(1, 28)}, 2027 at 3:19:08 PM EDT\n"
            "Subject: travel pool 5/gaggle\n\n")
    out.add(f"{official.surname} gave an eight-minute gaggle toward the end of the flight. "
            "He spent fewer than five minutes answering questions.\n\n")
    answers = [" ".join(body.replace('"', "").split()) for key, body in turns if key == order[0]]
    for n, answer in enumerate(answers[:8]):
        if n == 0:
            out.add(f"{official.surname} said: “")
        else:
            topic = rng.choice(_HEADINGS)
            out.add(rng.choice([f"({topic} question) “", f"(On {topic.lower()}) “",
                                f"(Asked about {topic.lower()} again) “"]))
        out.turn(answer, official.surname)  # (a pool report gives only the surname)
        out.add("”\n\n")
    out.add("The pool was then escorted back to the rear cabin.\n")
    return out


_COURT_ROLES = ["Judge", "Witness", "Defense Attorney", "Prosecutor"]


def quoted_exchange(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A lawyer's blog post quoting a hearing: the author's intro (in the first person)
    ends in `:` above a block-quoted line of the speaker it named last (`... the witness
    had to concede the point:` then the witness's words, unlabelled); a line telling about
    the speakers in the third person introduces a labelled exchange (`Judge:`, `Witness:`,
    `Defense Attorney:`), and one after it closes the post above its comment furniture."""
    order = _order(turns)[:len(_COURT_ROLES)]
    roles = dict(zip(order, rng.sample(_COURT_ROLES, len(_COURT_ROLES)), strict=False))
    gap = rng.choice(["\n", "\n\n"])
    out = Rendered("quoted_exchange")
    shown = [(key, body) for key, body in turns if key in roles][:rng.randint(4, 12)]
    quoted_key = rng.choice(sorted({key for key, _ in shown}))  # (a voice of the exchange)
    who = roles[quoted_key].lower()
    out.turn(rng.choice([
        f"I'm reading the transcript of a hearing on {rng.choice(_HEADINGS).lower()}, and it is "
        f"not going well at all; under cross-examination the {who} has already had to "
        "concede the central point:",
        f"Here is a hearing on {rng.choice(_HEADINGS).lower()} that I have been following "
        f"closely for a while now, and the moment everyone remembers is when the {who} "
        "finally said it out loud:"]), NARRATION)
    out.add(gap)
    words = next(" ".join(body.split()) for key, body in turns if key == quoted_key)
    out.turn(words[:160].rsplit(" ", 1)[0] if len(words) > 160 else words, roles[quoted_key])
    out.add(gap)
    names = [roles[k].lower() for k in order]
    out.turn(f"The examination goes on, the {names[0]} grows more impatient with every "
             f"answer, and the {names[-1]} is soon told off in terms the room will not forget "
             "for a while:", NARRATION)
    out.add(gap)
    for key, body in shown:
        out.add(f"{roles[key]}: ")
        out.turn(" ".join(body.split()), roles[key])
        out.add(gap)
    out.turn(f"The {names[-1]} realises what has happened, but the {names[0]} has already moved "
             "on, and the lecture about how to run an examination properly follows at length.",
             NARRATION)
    out.add(gap)
    out.turn("Comments" + gap + "You can follow this conversation by subscribing to the "
             "comment feed for this post.", NARRATION)
    out.add("\n")
    return out


# --- documents with no labels whose text says who speaks (issue 10, session 6) ---------------

_CALL_TOPS = ["{firm} (NWF) Q3 2031 Earnings Call Transcript\nPublished at 2031-11-10 21:21:02\n",
              "{firm} Q2 2031 Results Conference Call\n\n",
              "Transcript\n\n{firm} - Investor Update\nOctober 9, 2031\n\n", ""]
_OPERATOR_OPENS = [
    "Good day, ladies and gentlemen, and welcome to the {firm} Third Quarter Conference Call. "
    "All lines have been placed on a listen-only mode. At this time, it is my pleasure to "
    "turn the floor over to your host for today, {name}. The floor is yours.",
    "Greetings, and welcome to the {firm} results call. As a reminder, this conference is "
    "being recorded. I would now like to turn the conference over to {name}. Please go ahead.",
]
_HANDOVERS = ["I'll now turn the call over to {first}.",
              "With that, I'll hand it over to {name}, our {role}.",
              "I am going to ask {first} to take you through the next part.",
              "Let me turn it over to {first}."]
_TAKEOVERS = ["Thank you, {prev}.", "Thanks, {prev}.", "Yes, thank you, {prev}.",
              "Thank you, {prev}, and good afternoon."]



def _merged_turns(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` with their whitespace collapsed, a speaker's consecutive turns joined into one
    and empty ones dropped (a call's speakers hand over once per turn)."""
    merged: list[tuple[str, str]] = []
    for key, body in turns:
        body = " ".join(body.split())
        if merged and merged[-1][0] == key:
            merged[-1] = (key, merged[-1][1] + " " + body)
        elif body:
            merged.append((key, body))
    return merged

def self_intro_call(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A call exported without any names: the operator's script opens it, the host
    introduces themself (`Good afternoon, everyone. I'm Ana Ostrova, Chief Executive
    Officer.`) and who else is on the call with their roles; each turn ends by handing the
    floor to the next voice by name (`I'll now turn the call over to Bruno.`), and the next
    turn opens with a thank-you (`Thanks, Ana.`), sometimes a self-introduction (`This is
    Bruno Keller.`). One paragraph a line, or blank lines between paragraphs, maybe wrapped
    and indented. Every turn is its speaker's; the operator's script is `Operator`'s."""
    merged = _merged_turns(turns)
    order = _order(merged)
    people = cast(order, rng)
    titles = rng.choices(_EXEC_TITLES, k=len(order))
    firm = rng.choice(_FIRMS)
    out = Rendered("self_intro_call")
    out.add(rng.choice(_CALL_TOPS).format(firm=firm))
    indent, width, gap = _perturb(rng)
    if width is not None:
        gap = "\n\n"  # wrapped paragraphs need blank lines to stay apart
    host = people[merged[0][0]]

    def paragraph(body: str, gold: str) -> None:
        text, start, end = wrap(indent, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)

    paragraph(rng.choice(_OPERATOR_OPENS).format(firm=firm, name=host.name), "Operator")
    others = [(people[k], t) for k, t in zip(order, titles, strict=False) if people[k] != host]
    intro = f"Thank you, operator. Good afternoon, everyone. I'm {host.name}, " \
        f"{titles[order.index(merged[0][0])]} of {firm}."
    if others:
        intro += " On the call with me today are " + "; ".join(
            f"{p.name}, our {t}" for p, t in others) + "."
    previous: Person | None = None
    for n, (key, body) in enumerate(merged):
        person = people[key]
        if n == 0:
            body = intro + " " + body
        elif rng.random() < 0.25:
            body = rng.choice(_TAKEOVERS).format(prev=previous.first if previous else "") + \
                f" This is {person.name}. " + body
        else:
            body = rng.choice(_TAKEOVERS).format(prev=previous.first if previous else "") + \
                " " + body
        if n + 1 < len(merged):
            after = people[merged[n + 1][0]]
            body = body.rstrip() + ("" if body.rstrip()[-1:] in ".?!" else ".") + " " + \
                rng.choice(_HANDOVERS).format(first=after.first, name=after.name,
                                              role=titles[order.index(merged[n + 1][0])])
        paragraph(body, person.name)
        previous = person
    return out


_RELEASE_TOPS = ["An official website of the State of Eastmoor\n\nHere's how you know\n\n",
                 "Home > News > Press Releases\n\n", "", "Press Release\n\nMarch 19, 2031\n\n"]
_RELEASE_TITLES = [("Governor", "Governor"), ("Mayor", "Mayor"), ("Minister", "Minister"),
                   ("Premier", "Premier"), ("Commissioner", "Commissioner")]
_RELEASE_INTROS = [
    "Earlier today, {title} {name} launched a new portal to support access to public health "
    "information across {place}. The {title} joined {other} to update residents on the "
    "measures and the next steps.",
    "{title} {name} today announced new funding for flood defences in {place}, joined by "
    "{other} at the harbour works.",
    "date 2031-03-19 Earlier today, {title} {name} visited {place} to mark the opening of "
    "the new clinic, with {other}.",
]
_RELEASE_LEADS = ["A rush transcript of the {title}'s remarks is available below:",
                  "Video of the event is available here.", "", "Photos are available here."]
_FIRST_PERSON_OPENERS = ["I want to be clear: ", "We know that ", "As I said last week, ",
                         "Let me say this: ", "Our view is simple: "]
_RELEASE_TAILS = ["###\n\nContact: press@example.gov\n", "###\n", "", "- 30 -\n"]


def release_remarks(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A press release over an official's remarks, no label anywhere: a site banner, a
    third-person intro naming the official with their title (`Earlier today, Governor Ana
    Ostrova launched ...`, another official named after), maybe a `transcript below`
    line, then the remarks, opening `Good afternoon.` and in the first person, until a
    `###` end mark and a contact line. The remarks are the official's, the title their role;
    the intro is narration."""
    order = _order(turns)
    people = cast(order, rng)
    title, role = rng.choice(_RELEASE_TITLES)
    voice = people[order[0]]
    other = people[order[1]] if len(order) > 1 else people[order[0]]
    out = Rendered("release_remarks")
    out.roles[voice.name] = role
    out.add(rng.choice(_RELEASE_TOPS))
    out.add(rng.choice(_RELEASE_INTROS).format(
        title=title, name=voice.name, place=rng.choice(_COUNTRIES),
        other=f"Health Commissioner Dr. {other.name}") + "\n\n")
    lead = rng.choice(_RELEASE_LEADS).format(title=title)
    if lead:
        out.furnish(lead)
        out.add("\n\n")
    indent, width, gap = _perturb(rng)
    bodies = [" ".join(body.split()) for _, body in turns if len(body.split()) >= 4][:30]
    for n, body in enumerate(bodies):
        if rng.random() < 0.5:  # an official's remarks are in the first person
            body = rng.choice(_FIRST_PERSON_OPENERS) + body[:1].lower() + body[1:]
        if n == 0:
            body = rng.choice(["Good afternoon. ", "Good morning, everyone. ",
                               "Thank you. Good afternoon. ", "Well, good afternoon. "]) + body
        text, start, end = wrap(indent, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, voice.name))
        out.add("\n\n" if width is not None else gap)
    tail = rng.choice(_RELEASE_TAILS)
    if tail:
        out.add("\n")
        out.furnish(tail.rstrip("\n"))
        out.add("\n")
    return out


_SEARCH_TOPS = ["Refine by MP, party, committee, province, or result type.\n\n"
                "Results 31-45 of 212\nSorted by relevance | Sort by date: newest first\n\n",
                "Quotations\n\n", "", "Search results: harbour levy\n\nPage 2 of 9\n\n"]
_CONTEXTS = ["Health committee  ", "Transport committee  ", "", ""]
_SEARCH_DATES = ["May 19th, 2031Committee meeting", "June 2nd, 2031House debate",
                 "April 4, 2031", ""]


def trailing_names(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Statements each named AFTER it: a search page of what people said (a context word
    before each statement, a date line after it, then the speaker's name alone on a line:
    `Dr. Ana Ostrova`), or a list of quotations signed `— Ana Ostrova, Minister of Health`
    or `Ana Ostrova (Minister of Health)`; one person's statements or several people's.
    Each statement is the speaker named under it; the date and name lines are narration."""
    order = _order(turns)
    people = cast(order, rng)
    keep = order[:1] if rng.random() < 0.5 else order
    style = rng.choice(["plain", "doctor", "dash", "paren"])
    out = Rendered("trailing_names")
    out.add(rng.choice(_SEARCH_TOPS))
    context = rng.choice(_CONTEXTS)
    date = rng.choice(_SEARCH_DATES)
    indent, width, _ = _perturb(rng)
    for key, body in turns:
        body = " ".join(body.split())
        if key not in keep or len(body.split()) < 8:
            continue
        if body[-1] not in ".?!":
            body += "."
        person = people[key]
        if person.role:
            out.roles[person.name] = person.role if style in ("dash", "paren") else ""
        text, start, end = wrap(indent + context, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, person.name))
        out.add("\n\n")
        if date:
            out.furnish(date)
            out.add("\n\n")
        name = {"plain": person.name, "doctor": f"Dr. {person.name}",
                "dash": f"— {person.name}, {person.role}",
                "paren": f"{person.name} ({person.role})"}[style]
        out.furnish(name)
        out.add("\n\n")
    if style not in ("dash", "paren"):
        out.roles.clear()
    return out


_PROFILE_TITLES = ["{name} of 'Harbour Radio' on the politics of the coast",
                   "Q&A: {name} talks ferries, levies and the long winter",
                   "A conversation with {name}"]
_PROFILE_INTROS = [
    "She seems to be everywhere at once this season. {name}, who has presented the morning "
    "show for two decades, will speak at the Riverton library on Sunday night.",
    "{name} has spent twenty years covering the harbour towns, more often than not on "
    "stories nobody else would touch. The new book comes out next week.",
    "For two decades {surname} has been the voice people turn to when the ferry stops. "
    "The station now reaches 1,400 homes along the coast.",
]
_PICK_UPS = ["Hello, {first}? This is {name}.", "Hi, this is {name}.",
             "Hello? This is {name}, returning your call."]


def phone_interview(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A newspaper profile ending in an unlabelled phone interview: a headline and an intro
    in the third person about the subject, then short paragraphs that alternate with no
    label at all, the subject's first one introducing themself (`Hello, Bruno? This is Ana
    Ostrova.`); the interviewer's paragraphs are questions (they end with `?`), the
    subject's are answers. The subject's paragraphs are theirs, the interviewer's the
    press's; the headline and intro are narration."""
    order = _order(turns)
    people = cast(order, rng)
    subject, writer = people[order[0]], people[order[-1]]
    sides: list[list[str]] = []
    for key, body in turns:  # two sides: the subject, and everyone else as the interviewer
        side = 0 if key == order[0] else 1
        body = " ".join(body.split())
        if not body:
            continue
        if sides and len(sides) % 2 != side:
            sides[-1].append(body)
        elif not sides and side == 1:
            continue  # the subject speaks first
        else:
            sides.append([body])
    out = Rendered("phone_interview")
    out.add(rng.choice(_PROFILE_TITLES).format(name=subject.name) + "\n\n")
    for _ in range(rng.randint(1, 3)):
        out.add(rng.choice(_PROFILE_INTROS).format(name=subject.name, surname=subject.surname)
                + "\n\n")
    indent, width, _ = _perturb(rng)
    for n, bodies in enumerate(sides[:40]):
        body = " ".join(bodies)
        if n == 0:
            body = rng.choice(_PICK_UPS).format(first=writer.first, name=subject.name) + \
                " " + body
        elif n % 2:
            body = body.rstrip(".!") + ("" if body.endswith("?") else "?")
        text, start, end = wrap(indent, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, subject.name if n % 2 == 0 else PRESS))
        out.add("\n\n")
    return out


_NOTE_LINKS = ["\u2026 Continue reading {pub}: {name}", "Read more: {pub}: {name}",
               "(continued at {pub})", ""]


def heading_notes(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A blog's digest of print interviews (as `inline_turns`) where some excerpts quote no
    exchange: under the publication's heading (`Harbour Review: Bruno Keller`) the blogger
    writes a note of their own, one paragraph or two, before the next heading; no one's, not
    the last excerpt's answerer going on. Labels open lines (`Q:`) or run together in a
    paragraph (`Interviewer: ...? Keller: ...`); lines hard-wrapped or not, indented or not,
    blank lines or none."""
    people = cast(_order(turns), rng)
    pub = rng.choice(_PUBLICATIONS)
    out = Rendered("heading_notes")
    indent, width, gap = _perturb(rng)
    run_on = rng.random() < 0.5
    # (an `Interviewer` is the press where the answers' labels run on in its paragraph)
    asker = rng.choice(["Interviewer", "INTERVIEWER", "Q"]) if run_on else "Q"
    full = rng.random() < 0.3
    at = 0
    excerpts = 0
    while at < len(turns):
        chunk = turns[at:at + rng.randint(4, 10)]
        at += len(chunk)
        guest = Counter(key for key, _ in chunk).most_common(1)[0][0]
        person = people[guest]
        # an excerpt opens with a question and holds an answer; else it is a note
        first = next((i for i, (key, _) in enumerate(chunk) if key != guest), None)
        exchange = first is not None and any(key == guest for key, _ in chunk[first:])
        note = excerpts % 3 == 1 or not exchange
        excerpts += 1
        out.add(indent)
        out.furnish(f"{pub}: {person.name}")
        out.add(gap)
        if note:  # the blogger's own note
            for _, body in chunk[:rng.randint(1, 2)]:
                if not body.split():
                    continue
                text, b0, b1 = wrap(indent, " ".join(body.split()), width, indent)
                out.add(text[:b0])
                out.turn(text[b0:b1], NARRATION)
                out.add(gap)
            continue
        assert first is not None
        previous = None
        for key, body in chunk[first:]:
            body = " ".join(body.split())
            if not body:
                continue
            answering = key == guest
            if not answering and body[-1] != "?":
                body = body.rstrip(".!") + "?"
            if answering == previous:
                out.add(" ")
                out.turn(body, person.name if answering else PRESS)
                continue
            label = (person.name if full else person.surname) if answering else asker
            if run_on and previous is not None:
                out.add(f" {label}: ")
            else:
                if previous is not None:
                    out.add(gap)
                out.add(f"{indent}{label}: ")
            out.turn(body, person.name if answering else PRESS)
            previous = answering
        link = rng.choice(_NOTE_LINKS).format(pub=pub, name=person.name)
        out.add((" " + link if link else "") + gap)
    return out


_DESCRIPTIONS = ["Father of {other}", "Mother of {other}", "Resident of Riverton",
                 "Manager of Pilot Development, Eastbay Air", "Owner, Harbour Street Bakery",
                 "Former Student, Riverton College", "Volunteer Firefighter",
                 "Author, The Long Harbour", "Survivor of the Eastmoor Floods",
                 "Nurse at Riverton General Hospital", "Farmer, Alder County"]
_EPISODE_TITLES = ["NEWS HOUR full episode March 3, 2031", "Evening Report full episode",
                   "Placeholder Image\n\nSubtitles section Play video", ""]


def _wrapped_words(words: list[str], width: int | None, body_from: int,
                   prefix: str) -> tuple[str, int]:
    """`words` hard-wrapped at `width` (label words too: a long label may break over two
    lines), each line opening with `prefix`; the text and where word `body_from` starts."""
    lines: list[str] = []
    line = ""
    body_at = -1
    for i, word in enumerate(words):
        if line and width is not None and len(prefix) + len(line) + 1 + len(word) > width:
            lines.append(prefix + line)
            line = ""
        if i == body_from:
            body_at = sum(len(x) + 1 for x in lines) + len(prefix) + len(line) + (1 if line
                                                                                  else 0)
        line = f"{line} {word}" if line else word
    lines.append(prefix + line)
    return "\n".join(lines), body_at


def described_labels(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A broadcast transcript (PBS style) whose guests' labels describe them after the name
    in capitals, the description no office (`ANA RUIZ, Father of Bruno Ruiz:`, `BRUNO
    KELLER, Manager of Pilot Development, Eastbay Air:`), later `ANA RUIZ:`; the anchor in
    capitals, or, on a panel page, `Ana Ruiz, moderator:` then `Ana Ruiz:`. Rendered
    hard-wrapped at 40-60 columns with the labels inside the wrap (a long label breaks over
    two lines), as a subtitle page (`  • ` before every line, a blank line after each),
    with the first guest's label ending the anchor's line after a preview (`On the programme
    tonight: ANA RUIZ, Father of ...:`), or flattened (turns run on in the wrapped text, a
    guest's first label right after the anchor introduced them: `Correspondent Ana Ruiz
    begins our coverage. ANA RUIZ: ...`)."""
    order = _order(turns)
    people = cast(order, rng)
    host = order[0]
    out = Rendered("described_labels")
    style = rng.choice(["lines", "lines", "bullets", "flat", "panel"])
    width = rng.choice([None, 44, 52, 60]) if style != "flat" else rng.choice([64, 72, 80])
    prefix = "  \u2022 " if style == "bullets" else ""
    gap = "\n\n" if style == "bullets" else rng.choice(["\n", "\n\n"])
    top = rng.choice(_EPISODE_TITLES)
    if top:
        out.add(top + "\n\n")
    described: dict[str, str] = {}
    for key in order[1:]:
        other = rng.choice([p for k, p in people.items() if k != key]).name
        described[key] = rng.choice(_DESCRIPTIONS).format(other=other)
    seen: set[str] = set()
    flat: list[str] = []  # the flattened text's words, and where each turn's body starts

    def label_of(key: str) -> str:
        person = people[key]
        if style == "panel":
            if key == host and key not in seen:
                return f"{person.name}, moderator:"
            return f"{person.name}:"
        name = person.name.upper()
        if key != host and key not in seen:
            out.roles[person.name] = described[key]
            return f"{name}, {described[key]}:"
        return f"{name}:"

    previewed = False
    unlabelled: str | None = None  # the guest whose label ended the preview's line
    for n, (key, body) in enumerate(turns):
        words = body.split()
        if not words:
            continue
        if words[-1][-1] not in ".?!":
            words[-1] += "."
        gold = people[key].name
        nxt = next((k for k, b in turns[n + 1:] if b.split()), None)
        preview = style == "lines" and not previewed and key == host and nxt is not None \
            and nxt != host and nxt not in seen
        if style == "flat" and nxt is not None and nxt != key and nxt not in seen \
                and nxt != host and rng.random() < 0.5:
            words += ["Correspondent", *people[nxt].name.split(), "begins", "our",
                      "coverage."]
            seen.add(nxt)  # its label: the name alone
        if unlabelled == key:
            unlabelled = None
            text, body_at = _wrapped_words(words, width, 0, prefix)
            out.add(text[:body_at])
            out.turn(text[body_at:], gold)
            out.add(gap)
            continue
        label = label_of(key)
        seen.add(key)
        if style == "flat":
            start = len(out.text) + len(" ".join(flat)) + (1 if flat else 0)
            flat.append(label.replace(" ", "\u00a0"))  # a label inside a line stays whole
            body_start = start + len(label) + 1
            flat.extend(words)
            out.spans.append((body_start, body_start + len(" ".join(words)), gold))
            continue
        all_words = label.split() + words
        if preview:
            previewed = True
            assert nxt is not None
            all_words += ["On", "the", "programme", "tonight:"]
            tail = label_of(nxt)
            seen.add(nxt)
            unlabelled = nxt  # the guest's words start on the next line
            text, body_at = _wrapped_words(all_words, width, len(label.split()), prefix)
            out.add(text[:body_at])
            out.turn(text[body_at:], gold)
            out.add(" " + tail + "\n")
            continue
        text, body_at = _wrapped_words(all_words, width, len(label.split()), prefix)
        out.add(text[:body_at])
        out.turn(text[body_at:], gold)
        out.add(gap)
    if style == "flat":
        text, _ = _wrapped_words(flat, width, 0, "")
        # (wrapping turned spaces into newlines: every offset stays where it was)
        out.add(text.replace("\u00a0", " ") + "\n")
    return out


_SPLIT_TITLES = [("DR.", "Dr."), ("GEN.", "General"), ("ADM.", "Admiral"), ("COL.", "Colonel"),
                 ("SEC.", "Secretary"), ("AMB.", "Ambassador")]
_SENTENCE_SPLIT = re.compile(r"(?<=[.?!])[^\S\n]+(?=\S)")


def sentence_lines(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A briefing exported one sentence a line, no blank lines, where the exporter took a
    title's stop for a sentence's end: `DR.` ends the line above the label (`... from the
    Pentagon DR.` / `KELLER: Good morning.`) or stands alone on its line (`GEN.` /
    `OSTROVA: Thank you.`); the press as `Q:`. Under bar lines (`|`, `|||`) and a title
    naming the principal; a participants list names the others."""
    order = _order(turns)
    people = cast(order, rng)
    press = order[1] if len(order) > 2 else None
    titles = {key: rng.choice(_SPLIT_TITLES) for key in order}
    out = Rendered("sentence_lines")
    if rng.random() < 0.6:
        # an excerpt: the opening statements of two or three officials, a few labels only
        voices = [k for k in order if k != press][:rng.randint(2, 3)]
        merged: list[tuple[str, str]] = []
        at = 0
        for n in range(len(voices) + rng.randint(0, 1)):
            size = rng.randint(6, 15)
            merged.append((voices[n % len(voices)],
                           " ".join(body for _, body in turns[at:at + size])))
            at += size
        turns, press = merged, None
    for _ in range(rng.randint(0, 4)):
        out.furnish(rng.choice(["|", "||", "|||"]))
        out.add("\n")
    lead = people[order[0]]
    out.add(f"News Briefing with {titles[order[0]][1]} {lead.name} from the Pentagon")
    others = [k for k in order[1:] if k != press and any(k == key for key, _ in turns)]
    if others:
        out.add("\nParticipants:\n" + "\n".join(
            f"{titles[k][1]} {people[k].name}" for k in others))
    last_ended = False  # the line before ends a sentence
    for key, body in turns:
        sentences = _SENTENCE_SPLIT.split(" ".join(body.split()))
        sentences = [x for x in sentences if x]
        if not sentences:
            continue
        if key == press:
            out.add("\nQ: ")
            gold = PRESS
        else:
            abbreviation = titles[key][0]
            # the title's stop read as a sentence's end: on the line above, or alone
            out.add((" " if not last_ended and rng.random() < 0.6 else "\n") + abbreviation)
            out.add(f"\n{people[key].surname.upper()}: ")
            gold = people[key].name
        for i, sentence in enumerate(sentences):
            if i:
                out.add("\n")
            out.turn(sentence, gold)
        last_ended = sentences[-1][-1] in ".?!"
    out.add("\n")
    return out


def one_voice_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A caption page in lower case (as `lower_captions`) where the captioner names one voice
    only, the anchor (`>> woodruff: good evening ...`, or the part on air, `>> host:`), and
    every other voice gets a bare `>>` (no one's); a time line (`3:01 pm`) every minute cuts
    the text anywhere, and a sponsor line may open it (`captioning sponsored by ...`)."""
    order = _order(turns)
    people = cast(order, rng)
    anchor_key = order[0]
    label = rng.choice([people[anchor_key].surname.lower(), "host"])
    gold_anchor = label.title()  # (the page names the anchor by that word only)
    out = Rendered("one_voice_captions")
    out.add(rng.choice(_CAPTION_PAGES))
    chunks: list[tuple[str, str]] = []
    if rng.random() < 0.5:
        chunks.append(("captioning sponsored by riverton productions ", NARRATION))
    for key, body in turns:
        body = " ".join(body.split()).lower()
        if not body:
            continue
        if body[-1] not in ".?!":
            body += "."
        if key == anchor_key:
            chunks.append((rng.choice([">> ", ">>"]) + label + ": ", NARRATION))
            chunks.append((body + " ", gold_anchor))
        else:
            chunks.append((rng.choice([">> ", ">>"]), NARRATION))
            chunks.append((body + " ", NARRATION))
    _timed_chunks(out, chunks, 3, rng)
    return out


_CALL_TITLES_SHORT = [("Director of Investor Relations", "Director of IR"),
                      ("Chairman and Chief Executive Officer", "Chairman & CEO"),
                      ("Chief Financial Officer", "CFO"), ("Chief Executive Officer", "CEO"),
                      ("President", "President"), ("Chief Operating Officer", "COO"),
                      ("Head of Investor Relations", "Head of Investor Relations")]
_CALL_FIRMS = ["Northwind Foods", "Larch Capital", "Eastbay Power", "Alder Securities"]


def title_lines(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """An earnings call exported one sentence a line, no blank lines, whose speaker headings
    lost the name before the dash and kept the title (`- Director of IR`, `- Chairman & CEO`,
    `- Analyst`): the operator (`Operator` alone on a line) or the last speaker names who
    comes next (`I would now like to turn the call over to Ana Ruiz, Director of Investor
    Relations.`, `... over to our Chief Financial Officer, Bruno Keller.`, `Our next
    question comes from Celia Mbeki with Larch Capital.`); an executive answering a
    question comes back under their title line with no hand-over."""
    order = _order(turns)
    people = cast(order, rng)
    executives = order[:2] if len(order) > 2 else order[:1]
    titles = dict(zip(executives, rng.sample(_CALL_TITLES_SHORT, len(executives)),
                      strict=True))
    firms = {key: rng.choice(_CALL_FIRMS) for key in order}
    company = rng.choice(_CALL_FIRMS)
    out = Rendered("title_lines")
    if rng.random() < 0.5:
        out.furnish("Disclaimer: the translation on this page is for reference only")
        out.add("\n")

    def lines(sentences: list[str], gold: str) -> None:
        for sentence in sentences:
            out.turn(sentence, gold)
            out.add("\n")

    def heading(key: str) -> None:
        out.add("- " + (titles[key][1] if key in titles else "Analyst") + "\n")

    out.add("Operator\n")
    first = next((k for k, b in turns if b.split()), executives[0])
    lines(["Good morning.", f"My name is {rng.choice(_FIRST)[0]} and I will be your "
           "conference operator today.", f"Welcome to the {company} quarterly earnings call.",
           "All lines are muted.", _hand_to(first, people, titles, firms)], "Operator")
    heading(first)
    current = first
    introduced = {first}
    for key, body in turns:
        sentences = [x for x in _SENTENCE_SPLIT.split(" ".join(body.split())) if x]
        if not sentences:
            continue
        if key != current:
            if key in titles and (key in introduced or current in titles):
                if key not in introduced or rng.random() < 0.3:
                    # the last executive hands over (the sentence is theirs)
                    lines([f"I will now turn the call over to our {titles[key][0]}, "
                           f"{people[key].name}."], people[current].name)
                    introduced.add(key)
                heading(key)
            else:
                out.add("Operator\n")
                lines([_hand_to(key, people, titles, firms)], "Operator")
                introduced.add(key)
                heading(key)
            current = key
        lines(sentences, people[key].name)
    if rng.random() < 0.4:  # an excerpt of the page: its first 2,000-3,000 characters
        cut = out.text.find("\n", rng.randint(2000, 3000))
        if cut != -1:
            out.text = out.text[:cut + 1]
            out.spans = [span for span in out.spans if span[1] <= cut]
            out.furniture = [span for span in out.furniture if span[1] <= cut]
    return out


def _hand_to(key: str, people: dict[str, Person], titles: dict[str, tuple[str, str]],
             firms: dict[str, str]) -> str:
    if key in titles:
        return (f"I would now like to turn the call over to {people[key].name}, "
                f"{titles[key][0]}.")
    return f"Our next question comes from {people[key].name} with {firms[key]}."


_RECORD_TOPS = ["HC Deb 16 January 2031 vol 361 cc300-13\n\n",
                "Dail debates\n\nWednesday, 9 December 2031\n\n12:30 pm\n\n",
                "PM Transcripts\n\nRelease Date:\n26/01/2031\nRelease Type:\nTranscript\n"
                "Transcript ID:\n40170\nLocation:\nRiverton\n\n", ""]


def member_lines(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """Parliament records whose member headings are lines of their own with the speech in
    paragraphs under them: an older record's `Mr. Bruno Keller (Broxholm)` the first time,
    `Mr. Keller` after (the seat is no role), or a debate site's `Photo of Ana KellerAna
    Keller (Broxholm, Labour)` with a `Link to this: Individually | In context` line under it
    (furniture); under a record's reference line, a date and clock line, or a metadata block
    of keys alone on their lines with the value under each (`Release Date:` / `26/01/2031`),
    none of them speakers."""
    order = _order(turns)
    people = cast(order, rng)
    seats = {key: rng.choice(_SEATS) for key in order}
    photo = rng.random() < 0.4
    gap = rng.choice(["\n\n", "\n\n", "\n"])
    out = Rendered("member_lines")
    top = rng.choice(_RECORD_TOPS)
    if top:
        out.furnish(top.rstrip("\n"))
        out.add("\n\n")
    seen: set[str] = set()
    for key, body in turns:
        paragraphs = _paragraphs(" ".join(body.split()), rng)
        if not paragraphs:
            continue
        person = people[key]
        honorific = "Mr." if person.gender == "m" else rng.choice(["Ms.", "Mrs."])
        if photo:
            out.add(f"Photo of {person.name}{person.name} ({seats[key]}, "
                    f"{rng.choice(['Labour', 'Fine Gael', 'Independent'])})\n")
            out.furnish("Link to this: Individually | In context | Oireachtas source")
            out.add(gap)
        elif key in seen:
            out.add(f"{honorific} {person.surname}{gap}")
        else:
            out.add(f"{honorific} {person.name} ({seats[key]}){gap}")
        seen.add(key)
        for i, paragraph in enumerate(paragraphs):
            if i:
                out.add(gap)
            out.turn(paragraph, person.name)
        out.add(gap)
    return out


# --- unlabelled speech named around it (issue 10, session 7) ---------------------------------

_VIDEO_LEADS = ["On Friday, ", "Earlier today, ", "On Tuesday, ", "Yesterday, ",
                "This morning, ", ""]
_VIDEO_BLURBS = [
    "Get more from the Harbour Channel. Subscribe for daily digests, in-depth stories and "
    "more.\n\nhttps://example.org/membership/?utm_source=video&utm_medium=display\n\n\n"
    "Stay Connected\nHarbour Channel on Video: http://example.org/video\n"
    "More From the Channel: http://example.org\n",
    "Subscribe for more videos: https://example.org/channel\n",
    "",
]


def dated_video(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A video page's description names the one voice after a day or a time (`On Friday,
    State Department Spokesperson Ana Ostrova held a press briefing.`), then a channel's
    blurb, links and `Stay Connected` lines, then the transcript with a timestamp glued to
    every line. Every line is the voice's, the role from the description."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    out = Rendered("dated_video")
    role = (voice.role or "Spokesperson").split(",")[0]
    out.roles[voice.name] = role
    out.add(rng.choice(["• 2 days ago\n", "", "Streamed live 5 hours ago\n"]))
    verb = rng.choice(["held a press briefing", "gave a news conference", "held a briefing"])
    out.add(f"{rng.choice(_VIDEO_LEADS)}{role} {voice.name} {verb}.\n\n")
    out.add(rng.choice(_VIDEO_BLURBS))
    out.add(rng.choice(["Transcript\n", "Show transcript\n", "\n"]))
    return _timed_speech(out, turns, order[0], voice.name, rng)


_LONG_TOPS = ["March 14, 2031\nAlbany, Eastmoor\n\n", "Press Release\n\n", "",
              "Home > Newsroom > Audio\n\n"]
_RELEASE_HEADLINES = [
    "Audio & Rush Transcript: {title} {surname} Gives Flood Briefing\n\n"
    "TOP Audio & Rush Transcript: {title} {surname}...\n\n",
    "{title} Confirms New Shelter Beds in {place}\n\n",
    "Announces Second Pumping Station Will Open This Week\n\n",
]
_LONG_INTROS = [
    "Earlier today during a conference call, {title} {full} confirmed that the second "
    "pumping station in {place} will open this week.",
    "{title} {full} today updated residents of {place} on the flood response on a call "
    "with reporters.",
]
_TRANSCRIPT_LEADS = ["A rush transcript of the conference call is available below:",
                     "A transcript of the {title}'s remarks follows.",
                     "Rush transcript below:"]
_PHONE_GREETINGS = ["Hi, this is the {title}.", "Good morning. This is the {title}.",
                    "Hello, everyone.", "Thank you. Good afternoon."]


def release_lead(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A release with a long intro over an official's call: a date and place, two or three
    headline lines, two paragraphs in the third person naming the official (maybe with a
    middle initial: `Governor Ana M. Ostrova`), an `AUDIO ... available here` line, then a
    `rush transcript ... available below:` lead and the remarks, the first paragraph a
    greeting (`Hi, this is the Governor.`). The remarks are the official's (title as role);
    the intro is narration."""
    order = _order(turns)
    people = cast(order, rng)
    title, role = rng.choice(_RELEASE_TITLES)
    voice = people[order[0]]
    place = rng.choice(_COUNTRIES)
    full = voice.name if rng.random() < 0.5 else f"{voice.first} M. {voice.surname}"
    out = Rendered("release_lead")
    out.roles[voice.name] = role
    out.add(rng.choice(_LONG_TOPS))
    for headline in rng.sample(_RELEASE_HEADLINES, rng.randint(2, 3)):
        out.add(headline.format(title=title, surname=voice.surname, place=place))
    out.add(rng.choice(_LONG_INTROS).format(title=title, full=full, place=place) + "\n\n\n")
    out.add(f"The {title} also said that crews would stay in {place} through the weekend, "
            "and that schools will reopen on Monday.\n\n\n")
    out.furnish("AUDIO of the conference call is available here")
    out.add("\n\n\n")
    out.furnish(rng.choice(_TRANSCRIPT_LEADS).format(title=title))
    out.add("\n\n\n")
    indent, width, _ = _perturb(rng)
    bodies = [" ".join(body.split()) for _, body in turns if len(body.split()) >= 4][:30]
    for n, body in enumerate(bodies):
        if rng.random() < 0.5:
            body = rng.choice(_FIRST_PERSON_OPENERS) + body[:1].lower() + body[1:]
        if n == 0:
            body = rng.choice(_PHONE_GREETINGS).format(title=title) + " " + body
        text, start, end = wrap(indent, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, voice.name))
        out.add("\n\n")
    return out


_SIR = {"f": "Ms.", "m": "Mr."}


def split_handoff(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A call exported without names, one paragraph a line, the line cut after a title
    (`... over to your first speaker today, Ms.` / `Ana Ostrova, Head of Investor
    Relations. Thank you. Please go ahead.`): the cut line is still the operator's; the host
    names who is on the call in full (`Mr. Bruno Keller, our Chief Financial Officer`) and
    hands over by title and surname (`... over to our CFO, Mr. Keller.`), the next turn
    opening with a thank-you or a `[Foreign Language].` note before a translation."""
    merged = _merged_turns(turns)
    order = _order(merged)
    people = cast(order, rng)
    titles = rng.choices(_EXEC_TITLES, k=len(order))
    firm = rng.choice(_FIRMS)
    out = Rendered("split_handoff")
    out.add(rng.choice(_CALL_TOPS).format(firm=firm))
    gap = rng.choice(["\n", "\n", "\n\n"])
    host = people[merged[0][0]]

    def line(body: str, gold: str) -> None:
        base = len(out.text)
        out.add(body)
        out.spans.append((base, base + len(body), gold))
        out.add(gap)

    opening = (f"Ladies and gentlemen, thank you for standing by, and welcome to the {firm} "
               "results conference call. At this time, all participants are in a listen-only "
               "mode. I would now like to hand the conference over to your first speaker "
               f"today, {_SIR[host.gender]}")
    rest = f"{host.name}, Head of Investor Relations. Thank you. Please go ahead."
    base = len(out.text)
    out.add(f"{opening}\n{rest}")  # the hand-off cut after the title, one line break
    out.spans.append((base, len(out.text), "Operator"))
    out.add(gap)
    others = [(people[k], t) for k, t in zip(order, titles, strict=False) if people[k] != host]
    intro = "Thank you, operator. Hello, everyone, and welcome to our results call."
    if others:
        intro += " Joining me today are " + "; ".join(
            f"{_SIR[p.gender]} {p.name}, our {t}" for p, t in others) + "."
    for n, (key, body) in enumerate(merged):
        person = people[key]
        if n == 0:
            body = intro + " " + body
        elif person != host and rng.random() < 0.3:
            line("[Foreign Language].", person.name)
        else:
            body = rng.choice(_TAKEOVERS).format(prev=_SIR[people[merged[n - 1][0]].gender]
                                                 + " " + people[merged[n - 1][0]].surname) \
                + " " + body
        if n + 1 < len(merged):
            after = people[merged[n + 1][0]]
            role = titles[order.index(merged[n + 1][0])]
            body = body.rstrip() + ("" if body.rstrip()[-1:] in ".?!" else ".") + " " + \
                rng.choice([f"I will now turn the call over to our {role}, "
                            f"{_SIR[after.gender]} {after.surname}.",
                            f"With that, I'll hand it over to {_SIR[after.gender]} "
                            f"{after.surname}."])
        line(body, person.name)
    return out


# --- realcheck7 shapes (session 7) ---------------------------------------------------------

_OFFICES = ["Vice President", "Prime Minister", "Governor", "Mayor", "Premier"]


def office_phrases(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A language-practice page's copy of one official's statement: the page title names the
    official with their office (`... with: Vice President Ana Ostrova and Members of the
    Task Force Hold a Press Briefing`), a `Difficulty: 0` line, then one label only, the office
    in ordinary case (`The Vice President: Good afternoon.`), the speech a short phrase a
    line with a blank line after each (or wrapped at 50-60 columns). Every phrase is the
    official's."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    office = rng.choice(_OFFICES)
    out = Rendered("office_phrases")
    out.add(rng.choice(["Practice English Speaking&Listening with: ", "Learn English with: ",
                        ""]))
    # named in full, or by the surname alone (then the speaker is known by the surname)
    gold = voice.surname if rng.random() < 0.4 else voice.name
    out.roles[gold] = office
    out.add(f"{office} {gold} and Members of "
            f"the {rng.choice(_HEADINGS)} Task Force Hold a Press Briefing\n\n")
    out.furnish(rng.choice(["Difficulty: 0", "Difficulty: 2", "Level: easy"]))
    out.add("\n\n")
    speech = " ".join(" ".join(body.split()) for key, body in turns if key == order[0])
    phrases = _phrases(speech, rng) if rng.random() < 0.6 else \
        wrap("", speech, rng.choice([50, 56, 60]))[0].split("\n")
    opening = rng.choice(["Good afternoon.", "Thank you all for being here."])
    out.add(f"The {office}: ")
    out.turn(opening, gold)
    out.add("\n\n")
    gap = rng.choice(["\n\n", "\n\n", "\n"])
    for phrase in phrases:
        out.turn(phrase, gold)
        out.add(gap)
    return out


_GRADES = ["Very Positive", "Somewhat Positive", "Slightly Positive", "Positive", "Neutral",
           "Slightly Negative", "Very Negative", "Negative", "Extremely Negative"]


def graded_sentiment(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A transcript archive's page: the speakers listed with `Person` under each, then each
    turn as the speaker's name (or `Question`) on a line, a graded sentiment tag (`Very
    Positive`), a clip time (`00:00:05-00:00:07 (2 sec)`, sometimes `( sec)`), and the speech
    with its running number. The officials' names come back between the questions; the tags
    and times are furniture."""
    order = _order(turns)
    people = cast(order, rng)
    official = order[0]
    out = Rendered("graded_sentiment")
    voice = people[official]
    out.add(f"Press Conference: {voice.name} Holds a Press Briefing - May 2, 2031\n\n")
    for key in [official, "Q"]:
        out.add(f"  • {voice.name if key == official else 'Question'}\n    Person\n")
    out.add("\n")
    seconds = 0
    for n, (key, body) in enumerate(turns, start=1):
        text = " ".join(body.split())
        if not text:
            continue
        name = voice.name if key == official else "Question"
        out.add(f"{name}\n\n")
        out.furnish(rng.choice(_GRADES))
        out.add("\n")
        length = rng.randint(0, 30)
        note = f"({length} sec)" if rng.random() < 0.8 else "( sec)"
        out.furnish(f"00:{seconds // 60:02d}:{seconds % 60:02d}-"
                    f"00:{(seconds + length) // 60:02d}:{(seconds + length) % 60:02d} {note}")
        out.add("\n")
        seconds += length
        out.turn(text, voice.name if key == official else PRESS)
        out.add(f" {n}\n\n")
    return out


_FORMER = ["FMR. GOV.", "FMR. VICE PRES.", "FMR. PRES.", "FMR. SEN.", "FMR. REP."]
_FORMER_ROLES = {"FMR. GOV.": "Former Governor", "FMR. VICE PRES.": "Former Vice President",
                 "FMR. PRES.": "Former President", "FMR. SEN.": "Former Senator",
                 "FMR. REP.": "Former Representative"}


def former_titles(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A Sunday show's transcript: the moderator `MR. NAME:` then `MR. SURNAME:`, the guests
    and the clips they appear in labelled with former offices abbreviated in capitals (`FMR.
    GOV. ANA OSTROVA:`, `FMR. VICE PRES. BRUNO KELLER:`), two spaces after the colon or the
    speech on the next line. The office spelled out is the role."""
    order = _order(turns)
    people = cast(order, rng)
    host = order[0]
    formers = {k: rng.choice(_FORMER) for k in order[1:]}
    out = Rendered("former_titles")
    out.add(rng.choice(["MEET THE PRESS\n\nSunday, March 3, 2031\n\n", "Transcript\n\n", ""]))
    for k, title in formers.items():
        out.roles[people[k].name] = _FORMER_ROLES[title]
    indent, width, _ = _perturb(rng)
    seen: set[str] = set()
    for key, body in turns:
        person = people[key]
        if key == host:
            label = (f"{person.honorific} {person.name.upper()}:" if key not in seen
                     else f"{person.honorific} {person.surname.upper()}:")
        else:
            label = f"{formers[key]} {person.name.upper()}:"
        seen.add(key)
        sep = rng.choice(["  ", " ", "\n"])
        text, start, end = wrap(indent + label + sep, " ".join(body.split()), width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, person.name))
        out.add("\n\n")
    return out


def senate_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A legislature's floor captions in lower case, labels inside the flowing text: an
    office after `the` (`the presiding officer:`, `the guest chaplain:`, said once or more)
    and members by title and surname (`mr. keller:`), a clock line (`10:01 am`) now and
    then, lines cut anywhere. Each turn is its label's speaker."""
    order = _order(turns)
    people = cast(order, rng)
    offices = ["the presiding officer", "the president pro tempore", "the guest chaplain",
               "the clerk"]
    names: dict[str, str] = {}
    gold: dict[str, str] = {}
    for n, key in enumerate(order):
        if n < 2:
            label = offices[n] if rng.random() < 0.5 else rng.choice(offices[2:])
            while label in names.values():
                label = rng.choice(offices)
            names[key] = label
            gold[key] = " ".join(w.capitalize() for w in label.split()[1:])
        else:
            person = people[key]
            names[key] = f"{person.honorific.lower()} {person.surname.lower()}"
            gold[key] = f"{person.honorific.capitalize()} {person.surname}"
    out = Rendered("senate_captions")
    out.add(f"tv   Floor Proceedings  CSPAN  December {rng.randint(1, 28)}, 2031 "
            "10:00am-12:01pm EST\n\n10:00 am\n")
    width = rng.choice([300, 500, 700])
    line_len = 0
    minute = 0
    for key, body in turns:
        text = " ".join(body.split()).lower()
        if not text:
            continue
        if text[-1] not in ".?!":
            text += "."
        piece = f"{names[key]}: "
        out.add(piece)
        start = len(out.text)
        out.add(text)
        out.spans.append((start, len(out.text), gold[key]))
        line_len += len(piece) + len(text)
        if line_len > width:
            minute += 1
            out.add(f"\n10:{minute:02d} am\n")
            line_len = 0
        else:
            out.add(" ")
    out.add("\n")
    return out


_TOPICS = ["Trade agreement with the UK; domestic tourism", "Flood recovery; the harbour levy",
           "Border restrictions; school meals", "Rail timetable; the new clinic"]


def listing_snippets(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """An official's site listing their transcripts: for each, a title line (`Interview on
    Radio Eastmoor with Ana Ruiz`), then one line with the kind, the topics and the date and,
    after a run of spaces, the first turn under a label (`Ana Ruiz: Now, ...`), each
    interviewer's name used once on the whole page. Each snippet's speech is its label's
    speaker (an interviewer by name: the page does not say they ask)."""
    order = _order(turns)
    people = cast(order, rng)
    official = people[order[0]]
    out = Rendered("listing_snippets")
    out.add(rng.choice(["Transcripts\n\n", "Media\n\nHome > Media > Transcripts\n\n", ""]))
    gap = rng.choice(["     ", "    ", "   ", "\t"])
    hosts = [p for k, p in people.items() if k != order[0]] or [official]
    used = 0
    for n, (key, body) in enumerate(turns):
        text = " ".join(body.split())
        if len(text.split()) < 6:
            continue
        person = people[key]
        if person != official:
            if used >= len(hosts):
                continue
            person = hosts[used]  # each interviewer once
            used += 1
        out.add(rng.choice([f"Interview on Radio Eastmoor with {person.name}",
                            "Press Club Q&A", "Doorstop Interview",
                            f"Interview on the Morning Show, with {person.name}"]))
        out.add("\n\n")
        out.add(f"Transcript, E&OE Topics: {rng.choice(_TOPICS)}. {n % 28 + 1} June 2031{gap}")
        out.add(f"{person.name}: ")
        out.turn(text, person.name)
        out.add("\n\n\n")
        if used >= len(hosts) and n > 12:
            break
    return out


_MEMBER_TOPS = [
    "Houses of the Assembly\n\nAll debates are now published on our new website. "
    "The publication of debates on this website will cease in December.\n\nGo to\n\n",
    "Assembly Record\n\nContributions\n\n", "",
]
_MEMBER_HEADINGS = ["Business of the House", "Harbour Levy and Port Charges Bill: Statements",
                    "Flood Relief and the Storm Damage: Expressions of Sympathy",
                    "Order of Business"]
_MEMBER_TAILS = ["More Button", "Share", "Link to this"]


def member_page(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A parliament site's page of one member's contributions: the member named once in the
    header surname first (`– Ostrova, Ana`, `Mac Keller, Bruno`), a date, the chamber and a
    volume line, then the member's paragraphs with no label under debate headings (some
    `(Continued)`), a stage note (`Members rose.`), maybe a link's caption glued after every
    paragraph's last stop (`... today.More Button`). Every paragraph is the member's; the
    headings and notes are furniture."""
    order = _order(turns)
    people = cast(order[:1], rng)
    voice = people[order[0]]
    if rng.random() < 0.3:
        voice = Person(voice.first, rng.choice(["Mac ", "Ó ", "de "]) + voice.surname,
                       voice.gender, None)
    out = Rendered("member_page")
    out.add(rng.choice(_MEMBER_TOPS))
    out.add(f"{rng.choice(['– ', '• ', '', '- '])}{voice.surname}, {voice.first}\n\n")
    out.add(rng.choice(["Tuesday, 22 March 2031\n\n", "14 May 2031\n\n"]))
    out.add(rng.choice(["Assembly Debate\nVol. Nbr.\n\n", "Assembly Debate\n\n", ""]))
    indent, width, _ = _perturb(rng)
    tail = rng.choice(_MEMBER_TAILS) if rng.random() < 0.6 else ""
    bodies = [" ".join(body.split()) for _, body in turns if len(body.split()) >= 6][:24]
    for n, body in enumerate(bodies):
        if n % 4 == 0:
            heading = rng.choice(_MEMBER_HEADINGS)
            out.furnish(heading + (" (Continued)" if n and rng.random() < 0.5 else ""))
            out.add("\n\n")
        if n == 5:
            out.furnish(rng.choice(["  Members rose.", "Sitting suspended.", "  Members rose."]))
            out.add(tail + "\n\n")
        if rng.random() < 0.4:
            body = rng.choice(_FIRST_PERSON_OPENERS) + body[:1].lower() + body[1:]
        if body[-1] not in ".?!":
            body += "."
        text, start, end = wrap(indent, body, width, indent)
        base = len(out.text)
        out.add(text + tail)
        out.spans.append((base + start, base + end, voice.name))
        out.add("\n\n")
    return out


_NUMBER_ROW = " ".join(str(i) for i in range(1, 26))


def flat_court(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """An appellate court's argument transcript flattened by a page viewer: a cover (`IN THE
    SUPREME COURT OF ...`, parties, `APPEARANCES:`), maybe `C O N T E N T S`, then `P R O C E
    E D I N G S (10:02 a.m.) CHIEF JUSTICE KELLER: ...` with every label inside the running
    text (`... Ms. Ostrova? ORAL ARGUMENT OF ... MS. OSTROVA: Thank you ...`), the text cut
    into lines at random, and between pages a reporter's name, a running note, the page
    number and a row of line numbers 1-25 (furniture; the speaker goes on after it)."""
    order = _order(turns)
    people = cast(order, rng)
    out = Rendered("flat_court")
    court = rng.choice(["SUPREME COURT OF THE LAKE STATES", "SUPREME COURT OF EASTMOOR"])
    reporter = rng.choice(["Harbour Reporting Company", "Eastmoor Court Reporters"])
    note = rng.choice(["Official - Subject to Final Review", "Official"])
    labels: dict[str, tuple[str, str]] = {}
    for n, key in enumerate(order):
        person = people[key]
        sur = person.surname.upper()
        if n == 0:
            labels[key] = (f"CHIEF JUSTICE {sur}", f"Justice {person.surname}")
            out.roles[f"Justice {person.surname}"] = "Chief Justice"
        elif n < 3:
            labels[key] = (f"JUSTICE {sur}", f"Justice {person.surname}")
        elif n == 3 and rng.random() < 0.5:
            labels[key] = (f"GENERAL {sur}", f"General {person.surname}")
        else:
            labels[key] = (f"{person.honorific} {sur}",
                           f"{person.honorific.title()} {person.surname}")
    page = 1

    def page_break() -> None:
        nonlocal page
        out.add("\n\n")
        if page > 1:
            out.furnish(reporter)
            out.add("\n\n")
        out.furnish(note)
        out.add("\n\n")
        out.furnish(str(page))
        out.add("\n")
        out.furnish(_NUMBER_ROW)
        out.add("\n\n")
        page += 1

    out.add(rng.choice(["You are on page 1of 67\n", ""]))
    page_break()
    counsel = [labels[k][0] for k in order[3:]] or [labels[order[-1]][0]]
    out.add(f"IN THE {court} - - - - - - - - - - x EASTPORT FERRY TRUST, ET AL., Petitioners "
            f"v. TARSAL WATER BOARD, ET AL. : : : No. 31-204\n\n- - - - - - - - - - x Eastport, "
            f"Tuesday, April 22, 2031\n\nThe above-entitled matter came on for oral argument "
            f"at 10:02 a.m. APPEARANCES: {', '.join(counsel)}, ESQ., Eastport; on behalf of "
            "Petitioners.")
    page_break()
    if rng.random() < 0.5:
        out.add("C O N T E N T S ORAL ARGUMENT OF " + counsel[0] + ", ESQ. On behalf of the "
                "Petitioners 3 PAGE")
        page_break()
    out.add("P R O C E E D I N G S (10:02 a.m.) ")
    since = 0  # characters on this page
    page_size = rng.choice([900, 1400, 2000])
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        label, gold = labels[key]
        if n and rng.random() < 0.3 and key not in order[:3]:
            out.add(f"ORAL ARGUMENT OF {label} ON BEHALF OF THE PETITIONERS ")
        out.add(f"{label}: ")
        words = body.split()
        chunk: list[str] = []
        for i, word in enumerate(words):
            chunk.append(word)
            since += len(word) + 1
            last = i == len(words) - 1
            if since > page_size and not last:
                out.turn(" ".join(chunk), gold)
                chunk = []
                page_break()
                since = 0
            elif not last and rng.random() < 0.02:
                out.turn(" ".join(chunk), gold)
                chunk = []
                out.add("\n\n")
        if chunk:
            out.turn(" ".join(chunk), gold)
        out.add("\n\n" if rng.random() < 0.15 else " ")
    out.add("\n")
    return out


def court_cover(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A hearing transcript's excerpt with its cover: court and parties, date and room,
    `BEFORE: THE HONORABLE ...`, `APPEARANCES:` with bulleted counsel, `TRANSCRIBED BY: ...`,
    an index of witnesses and exhibits with page numbers, a convening note, then only a few
    turns of `THE COURT:` / `MR. KELLER:` colloquy (2-6 labels). The cover's fields are
    furniture, never speakers; the colloquy is read as a court transcript."""
    order = _order(turns)
    people = cast(order, rng)
    out = Rendered("court_cover")
    judge = people[order[0]]
    out.add(rng.choice(["IN THE COURT OF COMMON PLEAS\nTRIAL DIVISION - CRIMINAL SECTION\n\n",
                        "IN THE CIRCUIT COURT OF EASTMOOR COUNTY\n\n"]))
    out.add("STATE OF EASTMOOR\n\nvs.\n\nARLO PENHALIGON\n\n- - - - -\n\n"
            "Thursday, August 3, 2031\nCourtroom 653, City Hall\n\n- - - - -\n\n")
    out.furnish(f"BEFORE: THE HONORABLE {judge.first.upper()} {judge.surname.upper()}, J.")
    out.add("\n\n- - - - -\n\nAPPEARANCES:\n")
    counsel = order[1:] or order[:1]
    for key in counsel:
        out.add(f"  • {people[key].first.upper()} {people[key].surname.upper()}, ESQUIRE\n")
    out.add("    For the State\n\n- - - - -\n\n")
    out.furnish(rng.choice(["TRANSCRIBED BY: ULLA HADDAD", "REPORTED BY: ULLA HADDAD, RPR"]))
    out.add("\nOfficial Court Reporter\n\n\nPage 2.\n\n\nINDEX\nWITNESS DE CE RDE RCE\n")
    out.furnish("Greta Moreau 16 28 85 103")
    out.add("\n\nEXHIBITS\nNO. DESCRIPTION PAGE\n")
    out.furnish("16 Inspection record (Moreau) 19")
    out.add("\n\n\nPage 3.\n\n(At 11:15 a.m. the hearing was convened in\n"
            "the presence of the Court and the attorneys.)\n\n")
    count = rng.randint(2, 6)
    for key, body in turns[:count]:
        body = " ".join(body.split())
        if key == order[0]:
            label, gold = "THE COURT", "The Court"
        else:
            person = people[key]
            label = f"{person.honorific} {person.surname.upper()}"
            gold = f"{person.first} {person.surname}"
        out.add(f"{label}: ")
        out.turn(body, gold)
        out.add("\n\n")
    return out


_OUTLETS = ["Harbour Shimbun", "Eastport Daily", "Tarsal TV", "Veltria News Agency", "NHK",
            "Kyodo", "Northfield Times"]
_TOPIC_HEADINGS = ["Ferry Agreement with Tarsal", "Visit of the Foreign Minister to Veltria",
                   "Opening Remarks – Harbour Week (2031)", "Situation in the Alder Republic",
                   "The Prime Minister's Appearance on the Cover of a Magazine"]


def outlet_reporters(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A foreign ministry's press conference page: the title names the press secretary, a
    translation notice, then the secretary's label with the name and office (`Ms. Ana
    OSTROVA, Press Secretary:`, later `Press Secretary Ostrova:`), each reporter labelled by
    outlet and surname (`Harbour Shimbun, Kato:` or `Kato, NHK:`), labels sometimes glued
    to the speech (`...Kato:In the ...`), a topic heading in title case above some
    questions (furniture), the answer maybe with no blank line above it. The reporters are
    the press."""
    order = _order(turns)
    people = cast(order[:1], rng)
    voice = people[order[0]]
    out = Rendered("outlet_reporters")
    out.roles[voice.name] = "Press Secretary"
    out.add(rng.choice(["Press Conferences\n\n", ""]))
    out.add(f"Press Conference by Foreign Press Secretary {voice.first} "
            f"{voice.surname.upper()}\n\n")
    out.add("Wednesday, April 28, 2031, 3:46 p.m. Ministry of Foreign Affairs\n\n")
    out.add(rng.choice(["This is a provisional translation for reference purpose only.\n\n",
                        ""]))
    glue = rng.random() < 0.4
    surnames = ["Kato", "Mori", "Abe", "Sato", "Okada"]
    first = True
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        if key == order[0]:
            label = (f"{voice.honorific.title()} {voice.first} {voice.surname.upper()}, "
                     "Press Secretary" if first or rng.random() < 0.3
                     else f"Press Secretary {voice.surname}")
            first = False
            gold = voice.name
            out.add(rng.choice(["\n", "\n\n"]) if n else "")
        else:
            outlet, surname = rng.choice(_OUTLETS), rng.choice(surnames)
            label = f"{outlet}, {surname}" if rng.random() < 0.7 else f"{surname}, {outlet}"
            gold = PRESS
            if n and rng.random() < 0.3:
                out.add("\n\n")
                out.furnish(rng.choice(_TOPIC_HEADINGS))
            out.add("\n\n" if n else "")
        out.add(f"{label}:" if glue and body[:1].isupper() else f"{label}: ")
        out.turn(body, gold)
    out.add("\n")
    return out


_SELF_NAMINGS = ["Sir, {name} from {outlet}. ", "This is {name} from the {outlet}. ",
                 "{name}, {outlet}. ", "Sir this is {name} from {outlet}. ",
                 "{name} with {outlet} here. "]
_REPORTERS = [("Ayla", "Verhoeven"), ("Suresh", "Kamath"), ("Nadia", "Lindgren"),
              ("Rohan", "Mistry"), ("Paloma", "Arcos"), ("Idris", "Bakare"), ("Mette", "Sund")]


def self_named_reporters(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A ministry's weekly briefing: the spokesperson's label with an honorific and office
    (`Shri Ana Ostrova, Official Spokesperson:`), then reporters each labelled once by a
    first name whose question opens by naming them in full (`Sir, Ayla Verhoeven from
    Harbour TV.`, `This is ...`, `Ayla Verhoeven, Eastport Daily.`), the spokesperson's
    answers after `Official Spokesperson, Shri Ana Ostrova:` or the same label. Each
    question is its reporter's (named in full), each answer the spokesperson's."""
    order = _order(turns)
    people = cast(order[:1], rng)
    voice = people[order[0]]
    out = Rendered("self_named_reporters")
    out.roles[voice.name] = "Official Spokesperson"
    out.add(rng.choice(["Media Center\n\n", ""]))
    out.add("Transcript of Weekly Media Briefing by the Official Spokesperson (May 2, 2031)\n\n")
    reporters = rng.sample(_REPORTERS, len(_REPORTERS))
    used = 0
    label = f"Shri {voice.name}, Official Spokesperson"
    for key, body in turns:
        body = " ".join(body.split())
        if len(body.split()) < 3:
            continue
        if key == order[0]:
            out.add(f"{label}: ")
            out.turn(body, voice.name)
        else:
            if used >= len(reporters):
                break
            first, sur = reporters[used]
            used += 1
            intro = rng.choice(_SELF_NAMINGS).format(name=f"{first} {sur}",
                                                     outlet=rng.choice(_OUTLETS))
            out.add(f"{first}: ")
            out.turn(intro + body, f"{first} {sur}")
        out.add("\n\n")
    if not any(gold == voice.name for _, _, gold in out.spans):
        out.roles.clear()  # the reporters ran out before the spokesperson spoke
    return out


def host_own_line(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A Sunday show's transcript from a PDF: a copyright line, a capitals credit notice,
    the program, a `GUESTS:` list and `MODERATOR: NAME - Network` (furniture), a rush
    transcript disclaimer, then the host's label on a line of its own with the role in
    lower case (`ANA OSTROVA, host:`) over the opening paragraphs, then `Announcer:` and
    surname labels (`OSTROVA:`); an excerpt of a few turns, so labels explain few lines."""
    order = _order(turns)
    people = cast(order, rng)
    host = people[order[0]]
    out = Rendered("host_own_line")
    out.add("© 2031 Harbour Broadcasting Inc. All Rights Reserved\n\n")
    out.add('PLEASE CREDIT ANY QUOTES OR EXCERPTS FROM THIS PROGRAM TO "HARBOUR NEWS."\n\n')
    out.add("Harbour News\n\nSUNDAY LINE\n\nSunday, September 3, 2031\n\n")
    guests = [people[k] for k in order[1:3]]
    out.add("GUESTS: " + "\n\n".join(f"{g.first} {g.surname.upper()} Correspondent"
                                      for g in guests) + "\n\n")
    out.add(f"MODERATOR: {host.first.upper()} {host.surname.upper()} - Harbour News\n\n")
    out.add("This is a rush transcript provided for the information of the press. Accuracy "
            "is not guaranteed.\n\n")
    out.add(rng.choice(["SUNDAY LINE - HARBOUR NEWS 555-0100\n\n", ""]))
    role = rng.choice(["host", "moderator", "anchor"])
    out.add(f"{host.first.upper()} {host.surname.upper()}, {role}:\n\n")
    indent, _, _ = _perturb(rng)  # (a PDF's paragraphs come out one a line)
    opening = [" ".join(b.split()) for k, b in turns if k == order[0] and len(b.split()) >= 5]
    for body in opening[:rng.randint(1, 3)]:
        text, start, end = wrap(indent, body, None, indent)
        base = len(out.text)
        out.add(text + "\n\n")
        out.spans.append((base + start, base + end, host.name))
    out.add("Announcer: ")
    out.turn("SUNDAY LINE with chief correspondent. And now from the capital, "
             f"{host.name}.", "Announcer")
    out.add("\n\n")
    spoken = [(k, " ".join(b.split())) for k, b in turns if len(b.split()) >= 6]
    for key, body in spoken[:rng.randint(2, 8)]:  # (a broadcast's turns are sentences)
        person = people[key]
        out.add(f"{person.surname.upper()}: ")
        named = person == host or person in guests
        out.turn(body, person.name if named else person.surname)
        out.add("\n\n")
    return out


_OPEN_NOTE_ROLES = [("PRESIDENTIAL CANDIDATE & FORMER SECRETARY OF STATE",
                     "Presidential Candidate & Former Secretary of State"),
                    ("SENATE CANDIDATE", "Senate Candidate"),
                    ("FORMER MAYOR OF EASTPORT", "Former Mayor of Eastport"),
                    ("HOUSE MINORITY WHIP", "House Minority Whip")]


def open_note(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A cable network's transcript page (`Return to Transcripts main page`, the show, the
    `Aired` line, a capitals rush-transcript notice): the anchor's first label after a time
    stamp (`[13:30:00] ANA RUIZ, HNN ANCHOR:`), each guest's first label a long capitals name
    and office whose party note never closes (`BRUNO ROE, (D, SENATE CANDIDATE:`, `BRUNO ROE
    (R-SC, HOUSE MINORITY WHIP:`), now and then a closed one (`(D), ...`), then surnames;
    `(BEGIN VIDEOTAPE)` and `(END VIDEOTAPE)` between turns."""
    order = _order(turns)
    people = cast(order, rng)
    host = order[0]
    out = Rendered("open_note")
    gap = rng.choice(["\n\n", "\n"])
    out.add(f"Return to Transcripts main page{gap}{people[host].surname}{gap}")
    out.add(f"Interview with {people[order[-1]].name}; Harbour Levy Vote Nears. Aired 1:30-2p "
            f"ET{gap}Aired May {rng.randint(1, 28)}, 2031 - 13:30   ET{gap}")
    out.add("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE "
            f"UPDATED.{gap}\n")
    firsts: dict[str, str] = {}
    for n, key in enumerate(order):
        person = people[key]
        if key == host:
            firsts[key] = f"[13:30:00] {person.name.upper()}, HNN ANCHOR"
            out.roles[person.name] = "HNN Anchor"
            continue
        office, role = _OPEN_NOTE_ROLES[(n + rng.randrange(4)) % len(_OPEN_NOTE_ROLES)]
        party = rng.choice(["D", "R", "R-SC", "D-NY"])
        shape = rng.choice([f", ({party}, ", f" ({party}, ", f", ({party}, ", f" ({party}), "])
        firsts[key] = f"{person.name.upper()}{shape}{office}"
        out.roles[person.name] = role
    seen: set[str] = set()
    for n, (key, body) in enumerate(turns):
        person = people[key]
        if n and rng.random() < 0.1:
            out.add(rng.choice(["(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)"]) + gap)
        label = firsts[key] if key not in seen else person.surname.upper()
        seen.add(key)
        out.add(f"{label}: ")
        out.turn(" ".join(body.split()), person.name)
        out.add(gap)
    return out


def half_numbered_court(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A trial transcript whose page numbers only some lines (a PDF's numbers 1-25 fall on
    every other printed line): `1 MR. KELLER: I do ask ...`, the wrapped line after it
    unnumbered, a bare number alone on a line before some labels, a running head (`Day 006 -
    05 Jul 31 - Page 81`) between pages, `MR. JUSTICE ...:` for the judge. Each turn is its
    label's."""
    order = _order(turns)
    people = cast(order, rng)
    out = Rendered("half_numbered_court")
    width = rng.choice([56, 60, 64])
    page = rng.randint(2, 90)
    number = 0

    def head() -> None:
        nonlocal page, number
        out.add(f"Day {page % 40 + 1:03d} - 05 Jul 31 - Page {page}\n")
        page += 1
        number = 0

    head()
    physical = 0
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        person = people[key]
        label = (f"MR. JUSTICE {person.surname.upper()}" if key == order[0]
                 else f"{person.honorific} {person.surname.upper()}")
        gold = (f"Mr. {person.surname}" if key == order[0]
                else f"{person.honorific.title()} {person.surname}")
        text, start, end = wrap(f"{label}: ", body, width)
        rows = text.split("\n")
        if physical % 2 == 1 and rng.random() < 0.5:
            number += 1
            out.add(f"{number}\n")  # a number alone, the label on the line after it
            physical = 0
        spans: list[tuple[int, int]] = []
        for row in rows:
            prefix = ""
            if physical % 2 == 0:
                number += 1
                if number > 25:
                    head()
                    number = 1
                prefix = f"{number} "
            physical += 1
            at = len(out.text) + len(prefix)
            out.add(prefix + row + "\n")
            spans.append((at, at + len(row)))
        first_start = spans[0][0] + start
        out.spans.append((first_start, spans[-1][1], gold))
        if n and rng.random() < 0.1:
            head()
            physical = 0
    return out


_PORTFOLIOS = ["Ports and Harbours", "Foreign Affairs and Trade", "Health",
               "Transport and Infrastructure"]
_QUESTION_TOPICS = ["Ports—Harbour Levy", "Health—Clinic Waiting Times",
                    "Transport—Rail Timetable", "Trade—Ferry Agreement"]


def question_time(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A parliament's question time page: a site banner, the date, `Questions for Oral
    Answer` and a numbered list of the day's topics (furniture), then under a topic heading
    the numbered question `1. ANA RUIZ (Party) to the Minister of Ports: ...`, the answer
    under `Hon BRUNO ROE (Minister of Ports and Harbours):` and supplementaries under
    `Ana Ruiz:` / `Hon BRUNO ROE:`. Each turn is its member's."""
    order = _order(turns)
    people = cast(order, rng)
    minister = people[order[0]]
    portfolio = rng.choice(_PORTFOLIOS)
    out = Rendered("question_time")
    out.roles[minister.name] = f"Minister of {portfolio}"
    out.add(rng.choice(["Parliament Today | Video | Questions of the Day | Search\n\n",
                        "Licence needed for work use Learn More\nParliament\n\n"]))
    out.add("WEDNESDAY, 25 JUNE 2031\n\nQuestions for Oral Answer\n\n"
            "Questions to Ministers:\n\n")
    for n, topic in enumerate(_QUESTION_TOPICS, start=1):
        out.furnish(f"{n}. {topic}")
        out.add("\n")
    out.add("\n")
    out.furnish(_QUESTION_TOPICS[0])
    out.add("\n\n")
    asked = False
    answered = False
    number = 1
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        person = people[key]
        if key == order[0]:
            label = (f"Hon {person.first.upper()} {person.surname.upper()}"
                     + ("" if answered else f" (Minister of {portfolio})"))
            answered = True
        elif not asked:
            label = (f"{number}. {person.first.upper()} {person.surname.upper()} "
                     f"({rng.choice(['Eastmoor Labour', 'Leader of the Opposition', 'Greens'])})"
                     f" to the Minister of {portfolio.split(' and ')[0]}")
            asked = True
        else:
            label = person.name
        out.add(f"{label}{rng.choice([':', ' :'])} ")
        out.turn(body, person.name)
        out.add("\n\n")
        if asked and answered and rng.random() < 0.08 and n < len(turns) - 1:
            number += 1
            asked = answered = False
            out.furnish(rng.choice(_QUESTION_TOPICS))
            out.add("\n\n")
    return out


_EVENTS = ["HARBOUR CUP FINAL: EASTPORT VS NORTHFIELD",
           "NATIONAL ROWING CHAMPIONSHIP: MEN'S SEMIFINALS",
           "LAKE STATES BOWL: EASTMOOR v TARSAL", "WINTER REGATTA 2031: DAY THREE"]


def event_heading(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A sports press conference page: the event as a capitals heading with a colon
    (`HARBOUR CUP FINAL: EASTPORT VS NORTHFIELD`, furniture, no speaker), the date, `AN
    INTERVIEW WITH:` and the names, then `THE MODERATOR:`, `Q.` questions (the press) and
    `COACH SURNAME:` / `NAME SURNAME:` answers."""
    order = _order(turns)
    people = cast(order, rng)
    out = Rendered("event_heading")
    out.add(rng.choice(["Interviews\n\n", "Sports Press Conferences\n\n", ""]))
    out.furnish(rng.choice(_EVENTS))
    out.add("\n\n\nJanuary 10, 2031\n\n")
    answerers = order[1:3] or order[:1]
    out.add("AN INTERVIEW WITH:\n\n" + "\n\n".join(
        f"{people[k].first.upper()} {people[k].surname.upper()}" for k in answerers) + "\n\n")
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        if key == order[0]:
            out.add("THE MODERATOR: ")
            out.turn(body, "Moderator")
        elif key in answerers:
            person = people[key]
            out.add(f"{person.first.upper()} {person.surname.upper()}: ")
            out.turn(body, person.name)
        else:
            out.add("Q. ")
            out.turn(body, PRESS)
        out.add("\n\n")
    return out



# --- session 9 (labels16): realcheck9's families --------------------------------------------

_ORDINAL_OFFICES = ["First Deputy Mayor", "First Minister", "First Vice President",
                    "Second Vice President", "First Deputy Prime Minister",
                    "First Deputy Commissioner", "First Deputy Minister"]
_COLLEAGUE_TITLES = ["Commissioner", "Deputy Mayor", "Chancellor", "Director", "Chief"]
_CITY_TOPS = ["Secondary Navigation\n\n", "Skip to main content\n\n", "Menu\n\nSearch\n\n", ""]
_CITY_TITLES = ["Transcript: {office} {surname} Holds Storm Briefing",
                "Transcript: City Hall Leadership Holds Media Availability",
                "{office} {name} Delivers Remarks on the Harbour Levy",
                "Transcript: {office} {surname} Updates the City on Flood Response"]


def ordinal_office(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A city hall's or a government's transcript page (a navigation line, `Transcript: ...
    Holds Storm Briefing`, the date, `Video available at:`) whose lead speaks under an office
    that opens with an ordinal (`First Deputy Mayor Ana Ruiz:`, `FIRST MINISTER ANA RUIZ:`,
    `Second Vice President ...`), the speech on the label's line: alone over many
    paragraphs, or handing over to colleagues (`Commissioner Bruno Roe:`) and the press
    (`Question:`), later as `First Deputy Mayor Ruiz:`. `First` opens sentences too (`First:
    the levy`), so only an ordinal before a title word makes such a label."""
    order = _order(turns)
    people = cast(order, rng)
    lead = people[order[0]]
    office = rng.choice(_ORDINAL_OFFICES)
    caps = rng.random() < 0.25
    indent, width, gap = _perturb(rng)
    out = Rendered("ordinal_office")
    out.add(rng.choice(_CITY_TOPS))
    out.add(rng.choice(_CITY_TITLES).format(office=office, surname=lead.surname, name=lead.name)
            + f"\n\n{rng.choice(['December 23, 2031', 'March 4, 2031'])}\n\n")
    out.add(rng.choice(["Video available at:\n\n\n", "", "Watch the video\n\n"]))
    out.roles[lead.name] = office

    def labelled(label: str, body: str, gold: str) -> None:
        label = label.upper() if caps else label
        text, start, end = wrap(f"{indent}{label}: ", body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)

    if rng.random() < 0.4 or len(order) < 2:  # the lead alone, labelled once
        body = rng.choice(_GREETINGS) + " " + " ".join(
            " ".join(b.split()) for k, b in turns if k == order[0])
        for i, paragraph in enumerate(_paragraphs(body, rng)[:14]):
            if i == 0:
                labelled(f"{office} {lead.name}", paragraph, lead.name)
                continue
            text, start, end = wrap(indent, paragraph, width, indent)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, lead.name))
            out.add(gap)
        return out
    press = order[1]
    titles = {key: rng.choice(_COLLEAGUE_TITLES) for key in order[2:]}
    seen = False
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        if key == order[0]:
            short = f"{office} {lead.surname}" if rng.random() < 0.5 else f"{office} {lead.name}"
            labelled(short if seen else f"{office} {lead.name}", body, lead.name)
            seen = True
        elif key == press:
            labelled(rng.choice(["Question", "Q"]), body, PRESS)
        else:
            person = people[key]
            labelled(f"{titles[key]} {person.name}", body, person.name)
    return out



_ARCHIVE_TITLES = ["Tag Archives: {show}", "Category Archives: {show}",
                   "Monthly Archives: May 2031", "Author Archives: {host}"]
_BLOG_SHOWS = ["Morning Report", "Drivetime", "The Harbour Hour", "Sunday Line"]
_POST_COMMENTS = ["New balls.", "Quite.", "Ouch.", "Well then.", "Make of that what you will."]
_NEXT_POSTS = ["Harbour board to review the levy after the winter storms",
               "Council approves new ferry routes; solicitor Ida Perrin"]


def quoted_blog(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A blog's tag-archive page (`Tag Archives: Drivetime`, a page title, not a label) with
    posts that quote a radio exchange: intro paragraphs in the third person naming the host
    and the guest, then labelled turns whose speech is all in quotation marks (`Ana Ruiz:
    "..."` first, `Ruiz: "..."` after; a quotation over two paragraphs opens each with a
    mark), then the post's own comment (`New balls.`), a link's caption, `Listen back here`
    and the next post (headline, a paragraph, `He said:` and a quotation): all the blog's,
    no speaker's (furniture)."""
    order = _order(turns)[:2]
    people = cast(order, rng)
    host, guest = people[order[0]], people[order[-1]]
    indent, width, gap = _perturb(rng)
    gap = "\n\n" if width else gap  # (a wrapped page keeps its paragraphs apart)
    out = Rendered("quoted_blog")
    show = rng.choice(_BLOG_SHOWS)
    out.furnish(rng.choice(_ARCHIVE_TITLES).format(show=show, host=host.name))
    out.add("\n\n")

    def paragraph(words: str, gold: str | None, prefix: str = "") -> None:
        text, start, end = wrap(indent + prefix, words, width, indent)
        base = len(out.text)
        out.add(text)
        if gold is None:
            out.furniture.append((base, base + len(text)))
        else:
            out.spans.append((base + start, base + end, gold))
        out.add(gap)

    paragraph(f"On {show} earlier, in a segment presented by {host.name}, the host spoke "
              f"with {guest.name} about the harbour levy and the winter timetable.", None)
    if rng.random() < 0.5:
        paragraph("They had this exchange.", None)
    seen: set[str] = set()
    shown = [(k, " ".join(b.split())) for k, b in turns if k in people and b.split()]
    for key, body in shown[:rng.randint(3, 10)]:
        person = people[key]
        label = person.surname if key in seen else person.name
        seen.add(key)
        parts = _paragraphs(body, rng)
        if len(parts) > 1 and rng.random() < 0.3:  # a quotation over two paragraphs
            paragraph(f'"{parts[0]}', person.name, f"{label}: ")
            paragraph(f'"{" ".join(parts[1:])}"', person.name)
        else:
            paragraph(f'"{body}"', person.name, f"{label}: ")
    paragraph(rng.choice(_POST_COMMENTS), None)
    paragraph(f"{guest.surname} criticised over levy remarks (The Harbour Times)", None)
    paragraph("Listen back here", None)
    paragraph(rng.choice(_NEXT_POSTS), None)
    paragraph("Celia Marsh, in the Sunday Courier, reported that the board is considering "
              "proposals to raise the levy again before the spring.", None)
    paragraph("He said:", None)
    paragraph('"I think the proposal they have made today is basically forty pages intended '
              'to make that argument, and it does not."', None)
    return out



_ASKERS = ["Shrinjoy", "Tanvi", "Omari", "Lisbeth", "Kaveh", "Noor", "Ilse", "Matteo", "Sunita",
           "Dario", "Yohan", "Priya"]
_ADDRESSES = ["Sir, {outlet}. ", "Sir, ", "Sir. ", "Ma'am, ", "Madam, {outlet}. ",
              "Sir, a follow-up. "]


def addressing_askers(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A ministry's weekly briefing (`Media Center`, `Transcript of Weekly Media Briefing
    by the Official Spokesperson`): the spokesperson's label with an honorific and office,
    then reporters labelled once each by a first name, the first of them naming themself
    (`Sir, I'm Ayla from Harbour TV.`), the others only addressing the official (`Shrinjoy:
    Sir, Eastport Daily. ...`, `Ma'am, ...`). Each question is its reporter's, each answer
    the spokesperson's."""
    order = _order(turns)
    people = cast(order[:1], rng)
    voice = people[order[0]]
    indent, width, gap = _perturb(rng)
    out = Rendered("addressing_askers")
    out.roles[voice.name] = "Official Spokesperson"
    out.add(rng.choice(["Media Center\n\n", ""]))
    out.add("Transcript of Weekly Media Briefing by the Official Spokesperson (May 2, 2031)"
            f"\n\nMay 2, 2031{gap}")
    askers = rng.sample(_ASKERS, len(_ASKERS))
    used = 0
    label = f"Shri {voice.name}, Official Spokesperson"
    opening = [(order[0], rng.choice(_GREETINGS) + " I will take your questions.")]
    for key, body in opening + list(turns):
        body = " ".join(body.split())
        if len(body.split()) < 3:
            continue
        if key == order[0]:
            prefix, gold = f"{label}: ", voice.name
        else:
            if used >= len(askers):
                break
            gold = askers[used]
            opening = (f"Sir, I'm {gold} from {rng.choice(_OUTLETS)}. " if used == 0 else
                       rng.choice(_ADDRESSES).format(outlet=rng.choice(_OUTLETS)))
            used += 1
            prefix, body = f"{gold}: ", opening + body
        text, start, end = wrap(indent + prefix, body, width, indent)
        if gold != voice.name:
            start = len(indent + prefix)  # (the address is the reporter's too)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
    return out



_SCRIPT_TITLES = ["Dr.", "Judge", "Inspector", "Mrs.", "Sergeant", "Captain", "Dr.", "Mr."]
_SCRIPT_SCENES = ["{titled} is being cross-examined by {named}.",
                  "{named} questions {titled} in the witness box.",
                  "{titled} sits across the desk from {named}."]
_UNNAMED_INITIALS = ["JF", "JC", "BT", "GL", "KN", "HV", "WB", "NG", "LP", "TB"]
_SCRIPT_DIRECTIONS = ["[Rising to his feet]", "[Gavel twice.]", "[Pause]", "[To the jury]",
                      "[Sighs]"]


def script_initials(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A soap's or a play's script: `Episode 273, scene 6.`, an indented stage direction
    naming two characters, one in full (`Ana Ruiz`), one by a title and a surname only
    (`Dr. Keller`), then turns labelled with initials and two spaces (`AR:  ...`, `MK:  ...`:
    the titled one's first initial unknown; now and then the initials spell an honorific,
    `MR:` for Dr. Rossi), continuation lines indented to the speech, bracketed directions;
    the other voices' initials are named nowhere (`JF:`, kept as initials). Each turn is
    its label's."""
    order = _order(turns)[:4]
    people = cast(order, rng)
    named, titled = people[order[0]], people[order[-1]]
    title = rng.choice(_SCRIPT_TITLES)
    first = rng.choice([c for c in "MDMJP" if c + titled.surname[0] not in (
        named.first[0] + named.surname[0], "PM")])  # (`MR`, `DR`, `MS`: honorific-like)
    tags = {order[0]: named.first[0] + named.surname[0], order[-1]: first + titled.surname[0]}
    gold = {order[0]: named.name, order[-1]: f"{title} {titled.surname}"}
    used = set(tags.values())
    unnamed = [t for t in rng.sample(_UNNAMED_INITIALS, len(_UNNAMED_INITIALS))
               if t not in used and t[-1] not in {u[-1] for u in tags.values()}]
    for key, tag in zip(order[1:-1], unnamed, strict=False):  # (a judge, a counsel: unnamed)
        tags[key], gold[key] = tag, tag.title()
    indent = "     "
    width = rng.choice([None, 72, 76])
    gap = rng.choice(["\n", "\n", "\n\n"])
    out = Rendered("script_initials")
    out.add(f"Episode {rng.randint(100, 900)}, scene {rng.randint(1, 12)}.\n\n")
    out.add(indent + rng.choice(_SCRIPT_SCENES).format(
        titled=f"{title} {titled.surname}", named=named.name) + "\n\n")
    for key, body in (t for t in turns if t[0] in tags):
        body = " ".join(body.split())
        if not body:
            continue
        direction = rng.choice(_SCRIPT_DIRECTIONS) + "  " if rng.random() < 0.1 else ""
        text, start, end = wrap(f"{tags[key]}:  {direction}", body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold[key]))
        out.add(gap)
        if rng.random() < 0.05:
            out.add(f"{indent}{rng.choice(_SCRIPT_DIRECTIONS)}{gap}")
    return out



_END_MARKERS = ["[Transcript ends]", "[End of transcript]", "END", "(END)", "-- END --",
                "END OF TRANSCRIPT", "END 2:01 P.M. EDT", "Transcript ends."]
_BEGIN_MARKERS = ["[Transcript begins]", "TRANSCRIPT", "Transcript:", ""]
_HELP_LINES = ["If you prefer to turn on captions when watching a video, move the cursor over "
               "the video. A bar should appear at the bottom of the video image.",
               'Click on the box labeled "CC." If there is only one option, a red line will '
               "appear under the box to show that captions are on.",
               "To set the captions to the language of your choice, click on the cog icon and "
               "choose a language from the list.",
               "This interview was edited for length and clarity. Our project team can be "
               "reached through the contact page."]


def transcript_ends(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A help page or an article that embeds an interview's transcript: intro paragraphs,
    a start marker (`[Transcript begins]`), `Interviewer:` and surname labels, then the
    transcript's end marker (`[Transcript ends]`, `END`, `-- END --`, `END 2:01 P.M. EDT`)
    and the page's instructions or notes after it, which are no speaker's (furniture), as
    the lines before the first label."""
    order = _order(turns)[:2]
    people = cast(order, rng)
    guest = people[order[-1]]
    indent, width, gap = _perturb(rng)
    out = Rendered("transcript_ends")
    out.add(rng.choice(["Captions for videos\n\n", "Interviews\n\n", ""]))
    out.add(f"{indent}Captions describe the text on screen along with the audio. A transcript of "
            f"our interview with {guest.name} follows.{gap}")
    begin = rng.choice(_BEGIN_MARKERS)
    if begin:
        out.add(f"{indent}{begin}{gap}")
    for key, body in turns:
        body = " ".join(body.split())
        if key not in people or not body:
            continue
        label, gold = (("Interviewer", "Interviewer") if key == order[0] and len(order) > 1
                       else (guest.surname, guest.name))  # (named in the intro)
        text, start, end = wrap(f"{indent}{label}: ", body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
    out.add(f"{indent}{rng.choice(_END_MARKERS)}{gap}{rng.choice(['', chr(10)])}")
    for line in rng.sample(_HELP_LINES, rng.randint(1, len(_HELP_LINES))):
        text, _, _ = wrap(indent, line, width, indent)
        out.furnish(text)
        out.add(gap + rng.choice(["", " " + chr(10) + chr(10)]))
    return out



_BULLET_OFFICES = ["Chief Cabinet Secretary", "Press Secretary", "Deputy Chief Cabinet Secretary"]
_BULLET_TOPICS = ["The Northern Islands issue", "Consideration on deploying new patrol ships",
                  "The presidential election in Veltria", "The harbour levy and port charges",
                  "Visit of the Foreign Minister to Tarsal", "Measures against the heat wave",
                  "\"Ferry agreement\" talks with Eastmoor"]
_BULLET_HEADS = ["Q&As", "Questions and answers", "Topics", "Q&A"]


def topic_bullets(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A government's press conference page in translation: a breadcrumb, the date,
    `[Provisional Translation]`, `Press Conference by the Chief Cabinet Secretary (Excerpt)`,
    `Opening Statement by Chief Cabinet Secretary Ana Ruiz` over a dash topic, the statement
    under `CHIEF CABINET SECRETARY RUIZ:`, then `(Abridged)`, a `Q&As` heading and the list
    of topics taken up as dash lines (`- The Northern Islands issue`), `(Abridged)`, and
    `REPORTER:` questions with the official's answers; now and then another heading and
    list between exchanges. The lists are no one's (furniture)."""
    order = _order(turns)
    people = cast(order[:1], rng)
    voice = people[order[0]]
    office = rng.choice(_BULLET_OFFICES)
    indent, width, gap = _perturb(rng)
    out = Rendered("topic_bullets")
    out.roles[voice.name] = office
    out.add(f"Home > Press conferences > {office} > May 2031\n")
    out.add(f"May 25, 2031(AM){gap}[Provisional Translation]{gap}"
            f"Press Conference by the {office} (Excerpt){gap}"
            f"Opening Statement by {office} {voice.name}{gap}")
    out.add(f"- {rng.choice(_BULLET_TOPICS)}{gap}")
    label = f"{office.upper()} {voice.surname.upper()}"

    def topics() -> None:
        out.add(f"(Abridged){gap}")
        out.furnish(rng.choice(_BULLET_HEADS))
        out.add("\n")
        for topic in rng.sample(_BULLET_TOPICS, rng.randint(2, 4)):
            out.furnish(rng.choice(["- ", "- ", "• "]) + topic)
            out.add("\n")
        out.add(f"(Abridged){gap}" if rng.random() < 0.7 else gap)

    spoke = False
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        if key == order[0]:
            prefix, gold = f"{label}: ", voice.name
        else:
            if not spoke:
                continue  # (the official opens with the statement)
            prefix, gold = "REPORTER: ", PRESS
        text, start, end = wrap(indent + prefix, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, gold))
        out.add(gap)
        if gold == voice.name and (not spoke or rng.random() < 0.08):
            topics()
        spoke = spoke or gold == voice.name
    return out



def dated_snippets(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """An official's site listing transcripts (as `listing_snippets`), each under its title
    (`Interview on Radio Eastmoor with Ana Ruiz`, `Doorstop Interview`: no one's, furniture):
    a line with the kind, the topics and the date, then the first turn under a label after a
    run of spaces or only one space (`... 14 June 2031 Journalist: ...`); a doorstop's
    snippet holds the press's question and, after its question mark, the official's answer
    under their full name (`... Your reaction to that? Ana Ruiz: Look, ...`)."""
    order = _order(turns)
    people = cast(order, rng)
    official = people[order[0]]
    out = Rendered("dated_snippets")
    out.add(rng.choice(["Transcripts\n\n", "Media\n\nHome > Media > Transcripts\n\n", ""]))
    hosts = [p for k, p in people.items() if k != order[0]] or [official]
    spoken = [" ".join(b.split()) for _, b in turns if len(b.split()) >= 6]
    for n, host in enumerate((hosts * 2)[:rng.randint(4, 10)]):  # (a page of the listing)
        if len(spoken) < 2:
            break
        gap = rng.choice(["     ", "   ", "\t", " "])
        date = rng.choice([f"{n % 28 + 1} June 2031", f"June {n % 28 + 1}, 2031"])
        doorstop = rng.random() < 0.5
        out.furnish(rng.choice(["Doorstop Interview", "Press Conference", "Doorstop"])
                    if doorstop else
                    rng.choice([f"Interview on Radio Eastmoor with {host.name}",
                                f"Interview on the Morning Show, with {host.name}"]))
        out.add("\n\n")
        out.add(f"Transcript, E&OE Topics: {rng.choice(_TOPICS)}, {date}{gap}")
        if doorstop:
            out.add(rng.choice(["Journalist: ", "Question: ", "Reporter: "]))
            question = spoken.pop(0).rstrip(".?!") + "?"
            out.turn(question, PRESS)
            out.add(f" {official.name}: ")
            out.turn(spoken.pop(0), official.name)
        else:
            out.add(f"{host.name}: ")
            out.turn(spoken.pop(0), host.name)
        out.add("\n\n\n")
    return out


# --- session 9 (labels15) ---------------------------------------------------------------------

_FAMILY_NAMES = [("SAKAMOTO", "Haruka", "f"), ("KIM", "Soo-jin", "f"), ("PARK", "Min-jun", "m"),
                 ("TANAKA", "Kenji", "m"), ("WANG", "Wenli", "f"), ("CHEN", "Jiayi", "f"),
                 ("NGUYEN", "Thi Lan", "f"), ("LEE", "Dong-hyun", "m"), ("MORI", "Takeshi", "m"),
                 ("HUANG", "Zhiwei", "m"), ("TRAN", "Van Minh", "m"), ("OKADA", "Emi", "f")]
_EAST_OFFICES = ["Press Secretary", "Spokesperson", "Deputy Spokesperson",
                 "Deputy Press Secretary", "Vice Minister"]


def family_first(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A foreign ministry's press conference page naming its officials family name first in
    capitals (`Mr. TANAKA Kenji, Press Secretary:`, `Ms. KIM Soo-jin (Spokesperson):`,
    `Press Secretary TANAKA Kenji:`, `KIM Soo-jin, Spokesperson:`), later by office and family
    name (`Press Secretary Tanaka:`, `Spokesperson Kim:`), an honorific (`Mr. Tanaka:`), the
    capitals family name alone or the full label again; reporters as `Q:` or by outlet and
    surname; a topic heading above some questions; indented, wrapped, or flattened several
    turns a line. Gold names are given name then family name (`Kenji Tanaka`)."""
    order = _order(turns)
    officials = order[:rng.choice([1, 1, 2])]
    names = rng.sample(_FAMILY_NAMES, len(officials))
    offices = rng.sample(_EAST_OFFICES, len(officials))
    indent, width, gap = _perturb(rng)
    flat = rng.random() < 0.2
    out = Rendered("family_first")
    out.add(rng.choice(["Press Conferences\n\n", "", "Home > Press > Briefings\n\n"]))
    family, given, _ = names[0]
    out.add(f"Press Conference by {offices[0]} {family} {given}\n\n")
    out.add(f"Wednesday, April {rng.randint(1, 28)}, 2031, 3:46 p.m. Ministry of Foreign "
            "Affairs\n\n")
    out.add(rng.choice(["This is a provisional translation for reference purpose only.\n\n",
                        ""]))
    later_shape = rng.choice(["office", "honorific", "caps", "full", "office"])
    short_labels = rng.random() < 0.8
    reporters = "q" if flat else rng.choice(["q", "outlet"])  # (outlets inside a line: no)
    firsts: dict[str, str] = {}
    laters: dict[str, list[str]] = {}
    gold: dict[str, str] = {}
    for key, (family, given, gender), office in zip(officials, names, offices, strict=True):
        honorific = "Ms." if gender == "f" else "Mr."
        surname = family.title()
        gold[key] = f"{given} {surname}"
        out.roles[gold[key]] = office
        firsts[key] = rng.choice([f"{honorific} {family} {given}, {office}",
                                  f"{honorific} {family} {given} ({office})",
                                  f"{office} {family} {given}", f"{family} {given}, {office}"])
        laters[key] = {"office": [f"{office} {surname}"],
                       "honorific": [f"{honorific} {surname}"],
                       "caps": [family], "full": [firsts[key]]}[later_shape]
        if not short_labels:
            laters[key] = [firsts[key]]
    seen: set[str] = set()
    line = 0
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        if key in gold:
            label = firsts[key] if key not in seen else rng.choice(laters[key])
            seen.add(key)
            who = gold[key]
        else:
            if reporters == "q":
                label = "Q"
            else:
                outlet = rng.choice(["Harbour Shimbun", "Eastport Daily", "NHK", "Kyodo"])
                label = f"{outlet}, {rng.choice(['Kato', 'Abe', 'Sato', 'Ito'])}"
            who = PRESS
            if n and not flat and rng.random() < 0.2:
                out.add("\n" if gap == "\n" else "")  # a heading is set apart by blank lines
                out.furnish(rng.choice(_TOPIC_HEADINGS))
                out.add("\n\n")
        if flat:
            out.add(f"{label}: ")
            out.turn(body, who)
            line += 1
            out.add("\n" if line % 4 == 0 else " ")
            continue
        text, start, end = wrap(f"{indent}{label}: ", body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, who))
        out.add(gap)
    out.add("\n")
    return out


_CA_PARTIES = [("Liberal", "Lib."), ("Conservative", "CPC"), ("NDP", "NDP"),
               ("Bloc Québécois", "BQ"), ("Green Party", "GP"), ("Canadian Alliance", "CA"),
               ("Progressive Conservative", "PC")]
_CA_RIDINGS = ["Riverton—Eastbay, ON", "Alder Vale, BC", "Northfield—Tarsal Lakes, MB",
               "Eastmoor Centre, AB", "St. Ives—Harbour Point, NS", "Larch Hills, SK"]
_CA_OFFICES = ["Minister of Ports", "Parliamentary Secretary to the Minister of Health",
               "Minister of Rural Transport", "Minister of Housing and Minister responsible "
               "for the Northern Development Agency", "Leader of the Government in the House"]
_CA_TOPICS = ["Ferry ServicesOral Questions", "Harbour LevyOral Questions",
              "Points of OrderOral Question Period", "Sitting ResumedBudget Implementation Act, "
              "2031, No. 1Government Orders", "Rural TransportStatements by Members", "Housing"]


def clocked_hansard(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A parliament site's House of Commons pages (openparliament style): a header sentence,
    `Topics`, then before every speech a topic line (often glued: `Harbour LevyOral
    Questions`), the clock (`3:05 p.m.`, the first with the date: `May 4th, 2031 / 3 p.m.`),
    maybe the party and the riding on lines of their own, and the member's heading with no
    colon: `Ana Keller Liberal Riverton—Eastbay, ON`, `Ana Keller Minister of Ports, Lib.`,
    glued `Ana Keller LiberalMinister of Ports`, or the chair's office first (`The
    Assistant Deputy Speaker NDP Ana Keller`). Speeches in paragraphs, maybe wrapped; blank
    lines between or none. Topic, clock and party lines are furniture."""
    order = _order(turns)
    people = cast(order, rng)
    shapes: dict[str, str] = {}
    for n, key in enumerate(order):
        shapes[key] = "chair" if n == len(order) - 1 and rng.random() < 0.4 else \
            rng.choice(["riding", "riding", "office", "glued"])
    party_of = {key: rng.choice(_CA_PARTIES) for key in order}
    riding_of = {key: rng.choice(_CA_RIDINGS) for key in order}
    office_of = {key: rng.choice(_CA_OFFICES) for key in order}
    party_line = rng.random() < 0.6
    gap = rng.choice(["\n\n", "\n\n", "\n"])
    width = rng.choice([None, None, 68, 76])
    out = Rendered("clocked_hansard")
    out.add(f"House of Commons Hansard #{rng.randint(10, 400)} of the 44th Parliament, 1st "
            "Session. (The original version is on Parliament's site.) The word of the day "
            f"was ferries.{gap}Topics{gap}")
    hour, minute = rng.randint(1, 8), rng.choice([0, 5, 10, 35])
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        person = people[key]
        party, short = party_of[key]
        out.furnish(rng.choice(_CA_TOPICS))
        out.add(gap)
        minute = (minute + rng.choice([0, 0, 5])) % 60
        clock = f"{hour}:{minute:02d} p.m." if minute else f"{hour} p.m."
        out.furnish(f"May 4th, 2031 / {clock}" if n == 0 else clock)
        out.add(gap)
        shape = shapes[key]
        if shape == "glued" and rng.random() < 0.5:
            out.furnish(riding_of[key].split(",")[0] + " Ontario")
            out.add(gap)
        if party_line or shape in ("glued", "chair"):
            out.furnish(party)
            out.add(gap)
        if shape == "riding":
            heading = f"{person.name} {party} {riding_of[key]}"
        elif shape == "office":
            heading = f"{person.name} {office_of[key]}, Lib."
            out.roles[person.name] = office_of[key]
        elif shape == "glued":
            heading = f"{person.name} {party}{office_of[key]}"
            out.roles[person.name] = office_of[key]
        else:
            heading = f"The Assistant Deputy Speaker {party} {person.name}"
            out.roles[person.name] = "Assistant Deputy Speaker"
        out.add(heading + gap)
        paragraphs = _paragraphs(body, rng)
        for i, paragraph in enumerate(paragraphs):
            text, start, end = wrap("", paragraph, width)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, person.name))
            out.add(gap if i < len(paragraphs) - 1 else gap)
    return out


_IR_TITLES = ["Head of Investor Relations", "Chief Executive Officer", "Chief Financial Officer",
              "President and CEO", "Vice President, Investor Relations"]


def participant_headings(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """An earnings-call transcript site's export: `Sign in` furniture, the title (`Acme -
    Earnings Call - Q2 2031`), the date and `Transcript`, then a heading alone on a line
    before each turn with no colon: `Operator (participant)`, an executive's `Ana Ruiz
    (Head of Investor Relations)`, an analyst's `Bruno Roe (participant)`; the turn's
    paragraphs below. Sometimes a short excerpt of the operator and one executive only.
    Analysts' turns are theirs (questions)."""
    order = _order(turns)
    people = cast(order, rng)
    short = rng.random() < 0.25
    if short:  # the operator's welcome and the host's first turns only
        excerpt = [t for t in turns if t[0] in order[:2]][:rng.randint(2, 4)]
        short = len({key for key, _ in excerpt}) == 2
        turns = excerpt if short else turns
    operator = order[-1] if not short else order[1]
    shuffled = rng.sample(_IR_TITLES, len(_IR_TITLES))
    titles = {key: shuffled[n % len(shuffled)] for n, key in enumerate(order)}
    analysts = {key for key in order if key != operator and rng.random() < 0.3
                and not (short and key == order[0])}
    indent, width, gap = _perturb(rng)
    gap = "\n\n" if gap == "\n" and width else gap  # (a wrapped line is no heading)
    out = Rendered("participant_headings")
    out.add(rng.choice(["Sign in\n\nYou're signed outSign in or to get full access.\n\n", ""]))
    out.add(f"{rng.choice(_FIRMS)} - Earnings Call - Q{rng.randint(1, 4)} 2031{gap}"
            f"May {rng.randint(1, 28)}, 2031{gap}Transcript{gap}")
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        person = people[key]
        if key == operator:
            heading, gold = "Operator (participant)", "Operator"
        elif key in analysts:
            heading, gold = f"{person.name} (participant)", person.name
        else:
            heading, gold = f"{person.name} ({titles[key]})", person.name
            out.roles[person.name] = titles[key]
        out.add(f"{indent}{heading}{gap}")
        for paragraph in _paragraphs(body, rng):
            text, start, end = wrap(indent, paragraph, width, indent)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, gold))
            out.add(gap)
    return out


def named_then_qa(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A newspaper's interview in full: a date and headline, an intro paragraph that may
    name the host after `interview with` (`... his radio interview with Ana Ruiz ...`),
    then the host's and the guest's first turns labelled by full name (`Ana Ruiz: "Welcome
    ... we have been joined by Bruno Roe. Good morning."`, `Bruno Roe: "Good morning,
    Ana."`), the rest `Q:` and `A:`, in quotation marks, an answer maybe over several
    paragraphs. `A` is the guest; `Q` the press."""
    order = _order(turns)
    people = cast(order[:2], rng)
    host, guest = people[order[0]], people[order[1]]
    gap = rng.choice(["\n\n", "\n\n", "\n"])
    quote = rng.random() < 0.7
    out = Rendered("named_then_qa")
    out.add(f"Saturday {rng.randint(1, 28)} May 2031{gap}"
            f"Morning after: the minister's interview in full{gap}")
    intro = rng.choice([f"Minister {guest.name} never expected a routine radio interview to "
                        f"draw such interest, but his interview with {host.name} did.",
                        f"Here is the full text of the radio interview {host.name} did with "
                        f"{guest.name} this morning.", ""])
    if intro:
        out.add(intro + gap)

    def say(label: str, body: str, gold: str) -> None:
        paragraphs = _paragraphs(body, rng) if gold == guest.name else [body]
        for i, paragraph in enumerate(paragraphs):
            out.add(f"{label}: " if i == 0 else "")
            out.add('"' if quote else "")
            out.turn(paragraph, gold)
            out.add('"' if quote else "")
            out.add(gap)

    say(host.name, f"Welcome back. We have just been joined by {guest.name}. Minister, "
        "good morning.", host.name)
    say(guest.name, f"Good morning, {host.first}.", guest.name)
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        if key == order[1]:
            say("A", body, guest.name)
        else:
            say("Q", body, PRESS)
    return out


_GUEST_OFFICES_TV = ["Prime Minister", "Treasurer", "Minister for Health", "Premier",
                     "Foreign Minister"]


def vocative_opening(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A government's page of a television interview: a title (`Prime Minister Television
    interview – Harbour News Today`), the office alone on a line, the host's first question
    unlabelled and addressing the guest (`Prime Minister, thanks for your time. ...`, `Mr
    Ruiz, ...`, `Minister, ...`), then `ANA RUIZ, PRIME MINISTER:` and `JOURNALIST:` labels.
    The opening question is the press's."""
    order = _order(turns)
    people = cast(order[:1], rng)
    guest = people[order[0]]
    office = rng.choice(_GUEST_OFFICES_TV)
    out = Rendered("vocative_opening")
    out.roles[guest.name] = office
    gap = rng.choice(["\n\n", "\n\n", "\n\n\n"])
    out.add(f"{rng.choice(['Australian ', ''])}{office} Television interview – Harbour News "
            f"Today{gap}{office}{gap}")
    address = rng.choice([office, office.split()[-1], f"{guest.honorific.title()[:-1]} "
                          f"{guest.surname}", guest.surname])
    host = rng.choice(["JOURNALIST", "QUESTION", "Journalist"])
    first = True
    seen = False
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        if key == order[0]:
            label = f"{guest.name.upper()}, {office.upper()}: " if not seen else \
                rng.choice([f"{guest.name.upper()}, {office.upper()}: ",
                            f"{guest.surname.upper()}: "])
            seen = True
            out.add(label)
            out.turn(body, guest.name)
        elif first and not seen:
            out.turn(f"{address}, thanks very much for your time. {body}", PRESS)
        else:
            out.add(f"{host}: ")
            out.turn(body, PRESS)
        first = False
        out.add(gap)
    return out


def keyed_initials(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A health agency's press conference transcript as a PDF viewer's text: `Total Page:16`
    furniture, the title, then `Speaker key:` with initials and names (`AO Ana Ostrova
    BK Dr Bruno Keller ...`, reporters by first name), then turns labelled by the initials
    with one space (`AO Hello, everybody.`), a time stamp before some (`00:00:49`), with the
    line breaks lost (everything on one line or a few) or one turn a line."""
    order = _order(turns)
    people = cast(order, rng)
    doctors = {key for key in order if rng.random() < 0.4}
    initials: dict[str, str] = {}
    names: dict[str, str] = {}
    for key in order:
        person = people[key]
        code = person.first[0] + person.surname[0]
        if code in initials.values():
            code = person.first[:2].upper()
        initials[key] = code
        names[key] = f"Dr {person.name}" if key in doctors else person.name
    flat = rng.choice([True, True, False])
    out = Rendered("keyed_initials")
    out.add(rng.choice(["Total Page:16\nFile Type:pdf, Size:1020Kb\n", ""]))
    out.add(f"Virtual press conference {rng.randint(1, 28)} May 2031 Speaker key: ")
    out.add(" ".join(f"{initials[key]} {names[key]}" for key in order))
    seconds = 40
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        if body[-1] not in ".?!":
            body += "."
        seconds += rng.randint(5, 90)
        stamp = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d} " \
            if n == 0 or rng.random() < 0.3 else ""
        out.add(" " if flat and rng.random() < 0.9 else "\n")
        out.add(f"{stamp}{initials[key]} ")
        out.turn(body, people[key].name)
    out.add("\n")
    return out


_NZ_OFFICES = ["Minister for Ports", "Minister of Health", "Minister for Rural Transport",
               "Minister of Housing"]


def glued_debate(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A debate site's question-time page: its own banner lines, the topic, `Wednesday 8
    April 2031 Hansard source (external site)`, then each speech under a heading whose
    member's photo alt text (the surname) is glued before it and a permalink's caption
    after it: `Keller11. Hon ANA KELLER (Labour—Riverton) Link to this` with `to the
    Minister for Ports` under it, `RoeHon Dr BRUNO ROE (Minister for Ports) Link to this`,
    later `KellerHon Ana Keller Link to this` or the capitals again. The minister's office in
    brackets is the role."""
    order = _order(turns)
    people = cast(order, rng)
    offices = {key: rng.choice(_NZ_OFFICES) for key in order}
    ministers = {key for key in order[:2] if rng.random() < 0.6}
    gap = rng.choice(["\n\n", "\n\n", "\n"])
    out = Rendered("glued_debate")
    out.add(f"How often did parties agree on bills in the last parliament?{gap}"
            f"Compare party bill voting from the last parliament.{gap}"
            f"Harbour Levy—2030-31 Financial Review{gap}"
            f"Wednesday {rng.randint(1, 28)} April 2031 Hansard source (external site){gap}")
    seen: set[str] = set()
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        person = people[key]
        honour = rng.choice(["Hon ", "Hon Dr ", ""]) if key not in ministers else "Hon Dr "
        if key in ministers:
            note = f" ({offices[key]})"
            out.roles[person.name] = offices[key]
        else:
            note = rng.choice([" (Labour—Riverton)", " (National—Eastmoor)", " (Green)"])
        caps = rng.random() < 0.7
        name = person.name.upper() if caps else person.name
        number = f"{n + 1}. " if n == 0 else ""
        label = f"{person.surname}{number}{honour or 'Hon '}{name}" + \
            (note if key not in seen or rng.random() < 0.3 else "")
        out.add(f"{label} Link to this\n")
        if n == 0 and key not in ministers:
            out.furnish(f"to the {offices[order[1]]}")
            out.add("\n")
        seen.add(key)
        out.add(gap[1:] if gap == "\n\n" else "")
        for paragraph in _paragraphs(body, rng):
            out.turn(paragraph, person.name)
            out.add(gap)
    return out


LABEL_SHAPES: dict[str, Callable[[Sequence[tuple[str, str]], random.Random], Rendered]] = {
    "sparse": sparse, "prefixed": prefixed, "diarized": diarized, "bare_qa": bare_qa,
    "name_lines": name_lines, "single_label": single_label, "metadata_header": metadata_header,
    "by_line": by_line, "initials": initials, "office_first": office_first,
    "readout": readout, "chevron_flat": chevron_flat, "bracketed_lines": bracketed_lines,
    "timed_video": timed_video, "dashed_captions": dashed_captions,
    "old_record": old_record, "cabinet_heading": cabinet_heading,
    "paren_titles": paren_titles,
    "caption_text": caption_text, "court_transcript": court_transcript,
    "stakeout_qa": stakeout_qa, "hansard": hansard, "joined_intro": joined_intro,
    "dropped_labels": dropped_labels, "page_headers": page_headers,
    "announcements": announcements, "handover": handover,
    "glued": glued, "numbered_press": numbered_press, "committee_q": committee_q,
    "label_slips": label_slips, "furniture_credit": furniture_credit,
    "stage_markers": stage_markers,
    "padded_initials": padded_initials, "phrase_captions": phrase_captions,
    "dash_vtt": dash_vtt,
    "label_noise": label_noise, "broadcast_credits": broadcast_credits,
    "surname_lowercase": surname_lowercase, "single_particle": single_particle,
    "said_synopsis": said_synopsis,
    "lower_captions": lower_captions, "shot_list": shot_list, "participants": participants,
    "q_unlabelled": q_unlabelled, "inline_turns": inline_turns, "podcast_host": podcast_host,
    "event_page": event_page,
    "operator_lines": operator_lines, "cold_open": cold_open,
    "read_statement": read_statement, "pool_report": pool_report,
    "quoted_exchange": quoted_exchange,
    "self_intro_call": self_intro_call, "release_remarks": release_remarks,
    "trailing_names": trailing_names, "phone_interview": phone_interview,
    "heading_notes": heading_notes,
    "described_labels": described_labels,
    "sentence_lines": sentence_lines,
    "one_voice_captions": one_voice_captions,
    "title_lines": title_lines,
    "member_lines": member_lines,
    "dated_video": dated_video,
    "release_lead": release_lead,
    "split_handoff": split_handoff,
    "office_phrases": office_phrases,
    "graded_sentiment": graded_sentiment,
    "former_titles": former_titles,
    "senate_captions": senate_captions,
    "listing_snippets": listing_snippets,
    "member_page": member_page,
    "flat_court": flat_court,
    "court_cover": court_cover,
    "outlet_reporters": outlet_reporters,
    "self_named_reporters": self_named_reporters,
    "host_own_line": host_own_line,
    "half_numbered_court": half_numbered_court,
    "question_time": question_time,
    "event_heading": event_heading,
    "open_note": open_note,
    # session 9 (labels16): realcheck9's families
    "ordinal_office": ordinal_office,
    "quoted_blog": quoted_blog,
    "addressing_askers": addressing_askers,
    "script_initials": script_initials,
    "transcript_ends": transcript_ends,
    "topic_bullets": topic_bullets,
    "dated_snippets": dated_snippets,
    "family_first": family_first,
    "clocked_hansard": clocked_hansard,
    "participant_headings": participant_headings,
    "named_then_qa": named_then_qa,
    "vocative_opening": vocative_opening,
    "keyed_initials": keyed_initials,
    "glued_debate": glued_debate,
}

# --- scoring ----------------------------------------------------------------------------------


def score(rendered: Rendered, transcript: Transcript) -> Score:
    """Turns whose body goes (80% of its letters or more) to the gold speaker; roles equal
    to the gold ones; furniture that went to a speaker."""
    text = transcript.document.text
    owner = _owners(transcript)
    # stage directions (`[Laughter.]`) are narration wherever they are: not scored
    staged = {i for match in STAGE.finditer(text) for i in range(*match.span())}
    right = 0
    wrong: list[tuple[str, str, str]] = []
    for start, end, gold in rendered.spans:
        letters = Counter(owner(i) for i in range(start, end)
                          if text[i].isalnum() and i not in staged)
        total = sum(letters.values())
        if not total or letters[gold] >= 0.8 * total:
            right += 1
        elif len(wrong) < 8:
            got = letters.most_common(1)[0][0] if letters else "?"
            wrong.append((text[start:end][:60], gold, got))
    by_name = {s.name: s for s in transcript.speakers}
    roles_right = sum(1 for name, role in rendered.roles.items()
                      if name in by_name and by_name[name].role == role)
    leaked = sum(1 for start, end in rendered.furniture
                 if any(owner(i) not in (NARRATION,) for i in range(start, end)
                        if text[i].isalnum()))
    return Score(len(rendered.spans), right, len(rendered.roles), roles_right,
                 len(rendered.furniture), leaked, tuple(wrong))


def _owners(transcript: Transcript) -> Callable[[int], str]:
    import bisect

    turns = transcript.turns
    starts = [t.start for t in turns]
    names = {s.id: (PRESS if s.kind.value == "press" else s.name) for s in transcript.speakers}

    def owner(offset: int) -> str:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < turns[i].end and turns[i].speaker is not None:
            return names[turns[i].speaker]
        return NARRATION

    return owner


# --- original synthetic turns -----------------------------------------------------------------

_SUBJECTS = ["the harbour plan", "the new bus routes", "the flood barrier", "our budget",
             "the school meals scheme", "the water board", "the rail timetable",
             "the clinic", "the grant", "the county"]
_VERBS = ["will open", "needs more work", "is on schedule", "has cost more than planned",
          "goes to a vote", "was delayed", "has broad support", "is under review"]
_TAILS = ["next month", "this week", "before the winter", "by the end of the year",
          "after the audit", "once the report is out", "on Monday", "as promised"]
_OPENERS = ["Well,", "Look,", "So", "Honestly,", "Yes,", "No,", "Right,", "I think", ""]


def synthetic_turns(rng: random.Random, count: int, speakers: int = 4) -> list[tuple[str, str]]:
    """Original turn-taking text: short council-meeting sentences, some questions, a few
    colons inside speech (`The point is: ...`)."""
    keys = [f"k{i}" for i in range(speakers)]
    turns = []
    previous = None
    for _ in range(count):
        key = rng.choice([k for k in keys if k != previous] or keys)
        previous = key
        sentences = []
        for _ in range(rng.randint(1, 4)):
            opener = rng.choice(_OPENERS)
            subject, verb, tail = (rng.choice(_SUBJECTS), rng.choice(_VERBS),
                                   rng.choice(_TAILS))
            if rng.random() < 0.2:
                sentences.append(f"When {subject} {verb.split()[0]} ready?")
            elif rng.random() < 0.1:
                sentences.append(f"The point is: {subject} {verb} {tail}.")
            else:
                sentence = f"{opener} {subject} {verb} {tail}.".strip()
                sentences.append(sentence[0].upper() + sentence[1:])
        turns.append((key, " ".join(sentences)))
    return turns


# --- session 10 (labels17): realcheck10's families -----------------------------------------

APPOSED_CAPTIONS_TOPS = ["Share\n\nEmbed\n\nDownload\n\nDownload Transcript\n\n\n",
                         "Video\n\nCaptions\n\nPrint\n\nTranscript\n\n",
                         "Skip to content\n\nMeeting video\n\nDownload Transcript\n\n", ""]
APPOSED_CAPTIONS_EVENTS = ["[Media Availability with the County Administrator]\n\n",
                           "[Storm Response News Conference]\n\n", ""]
# (office said before the name, the short title a hand-over uses)
APPOSED_CAPTIONS_OFFICES = [("City Manager", "Manager"), ("Assistant City Manager", "Manager"),
                            ("Police Chief", "Chief"), ("Fire Chief", "Chief"),
                            ("County Administrator", "Administrator"),
                            ("Deputy Mayor", "Deputy Mayor"), ("Mayor", "Mayor"),
                            ("Council Member", "Council Member"),
                            ("Director of Emergency Management", "Director"),
                            ("Sheriff", "Sheriff"), ("Interim Chief of Police", "Chief"),
                            ("Public Health Director", "Dr.")]
APPOSED_CAPTIONS_MODERATORS = ["Officer", "Sergeant", "Lieutenant", ""]
APPOSED_CAPTIONS_UNITS = ["the Riverton Police Department, Public Information Office",
                          "the county's communications office", "the Mayor's Office"]
APPOSED_CAPTIONS_FIRST = ["I think I was going to start.", "I believe I'm up first.",
                          "Oh, I think it's me first, actually.", "Sorry, I was going to go first."]
APPOSED_CAPTIONS_GREETINGS = ["Um, so good afternoon, everyone.", "So, good morning.",
                              "Well, thank you all for being here.", "Good evening."]
APPOSED_CAPTIONS_SELF = ["Again, {office}, {name}, and I'm glad to be here.",
                         "Uh, again, {office}, {name}.",
                         "Once again, {name}, {office}.",
                         "For those who don't know me, {office}, {name}.",
                         "And again, {title} {name}, and we have a lot to cover."]
APPOSED_CAPTIONS_HANDS = ["{title} {surname}, over to you.", "Over to you, {title}.",
                          "I'll turn it over to {title} {surname}."]


def apposed_captions_sentences(body: str) -> list[str]:
    """A caption page's sentences: each ends with a stop (the captioner adds one); speech to
    text writes no colons."""
    return [s if s[-1] in ".?!" else s.rstrip(",;:-") + "."
            for s in re.split(r"(?<=[.?!])\s+", " ".join(body.replace(":", ",").split()))
            if s.strip(",;:- ")]


def apposed_captions_render(turns: Sequence[tuple[str, str]], rng: random.Random,
                            family: str) -> Rendered:
    """A city video site's caption transcript (no labels, no `>>` marks): a page header, a
    `[00:00:07]` stamp, one sentence a paragraph in capitals (or ordinary case), a moderator
    who says who he is, then each voice after a hand-over. `apposed_captions`: the
    hand-over names someone else or no one (`Chief Keller, over to you.`) and the voice
    names itself a line or two in (`I think I was going to start.` / `Again, City Manager,
    Ana Ruiz, and ...`). `bring_up_captions`: the hand-over names the voice (`I'd now like to
    bring up Mayor Ana Ruiz for a few remarks.`, `... turn the podium over to, uh, City
    Manager, Ana Ruiz.`) and the voice starts with a thank-you."""
    order = _order(turns)
    people = cast(order + ["elsewhere"], rng)
    absent = people["elsewhere"]  # the one the moderator hands to, who does not speak first
    offices = {key: rng.choice(APPOSED_CAPTIONS_OFFICES) for key in order + ["elsewhere"]}
    upper = rng.random() < 0.7
    indent, width, _ = _perturb(rng)
    per_voice = rng.random() < 0.25  # line breaks lost inside a voice: a paragraph a voice
    flat = rng.random() < 0.2  # a `/transcript` page: every caption on one line
    if flat:
        width, per_voice = None, False
    stamps = rng.random() < 0.5
    out = Rendered(family)
    cased = str.upper if upper else str

    top = rng.choice(APPOSED_CAPTIONS_TOPS) + rng.choice(APPOSED_CAPTIONS_EVENTS)
    if top:
        out.furnish(top.rstrip("\n"))
        out.add("\n\n")
    out.add(f"[00:00:0{rng.randint(1, 9)}]" + (" " if flat else "\n\n"))
    seconds = 40

    def paragraph(sentences: list[str], gold: str) -> None:
        nonlocal seconds
        groups = [" ".join(sentences)] if per_voice else sentences
        for group in groups:
            text, start, end = wrap("" if flat and out.text[-1:] == " " else indent,
                                    cased(group), width, indent)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, gold))
            out.add(" " if flat else "\n\n")
            if stamps and rng.random() < 0.1:
                out.add(f"[00:{seconds // 60:02d}:{seconds % 60:02d}]" + (" " if flat else "\n\n"))
                seconds += rng.randint(20, 90)

    def titled(key: str) -> str:
        return offices[key][1]

    merged: list[tuple[str, str]] = []
    for key, body in turns:  # one voice a segment
        if merged and merged[-1][0] == key:
            merged[-1] = (key, merged[-1][1] + " " + body)
        else:
            merged.append((key, body))
    for n, (key, body) in enumerate(merged):
        person = people[key]
        sentences = apposed_captions_sentences(body)[:8] or ["Thank you."]
        office = offices[key][0]
        if n == 0:
            rank = rng.choice(APPOSED_CAPTIONS_MODERATORS)
            intro = f"I'm {rank} {person.name}".replace("  ", " ") + \
                f" with {rng.choice(APPOSED_CAPTIONS_UNITS)}, and I will be the moderator today."
            sentences = [rng.choice(["Good afternoon.", "Good morning, everyone."]), intro] + \
                sentences
        elif family == "apposed_captions":
            self_line = rng.choice(APPOSED_CAPTIONS_SELF).format(
                office=office, name=person.name, title=titled(key))
            opening = [rng.choice(APPOSED_CAPTIONS_FIRST)] if rng.random() < 0.6 else []
            opening += [rng.choice(APPOSED_CAPTIONS_GREETINGS)] if rng.random() < 0.6 else []
            sentences = opening + [self_line] + sentences
        else:
            before = people[merged[n - 1][0]]
            sentences = [rng.choice(["Thank you.", f"Thanks, {before.first}.",
                                     "Thank you very much."])] + sentences
        if n + 1 < len(merged):
            nxt, nkey = people[merged[n + 1][0]], merged[n + 1][0]
            if family == "apposed_captions":
                other = absent if rng.random() < 0.7 else nxt
                hand = rng.choice(APPOSED_CAPTIONS_HANDS).format(
                    title=titled("elsewhere" if other is absent else nkey), surname=other.surname)
                if other is not absent and "{surname}" not in hand:
                    hand = f"I'll turn it over to {titled(nkey)} {nxt.surname}."
            else:
                hand = rng.choice([
                    "I'd now like to bring up {title} {name} for a few remarks.",
                    "At this time I'm going to turn the podium over to, uh, {office}, {name}.",
                    "Let me bring up {title} {name} to say a few words.",
                    "I would now like to call up our {office}, {name}.",
                    "I'll now bring up {title} {name}, who will talk about the next steps."]
                ).format(title=titled(nkey), name=nxt.name, office=offices[nkey][0])
            sentences = sentences + [hand.replace("..", ".")]
        paragraph(sentences, person.name)
    if flat:
        out.text = out.text.rstrip(" ") + "\n"
    return out


def apposed_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """realcheck10 family 1: a caption voice names itself by apposition (`Again, City
    Manager, Ana Ruiz, ...`) after the moderator handed over to someone else."""
    return apposed_captions_render(turns, rng, "apposed_captions")


def bring_up_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """realcheck10 family 4: the caption hand-over `I'd now like to bring up Mayor Ana Ruiz
    for a few remarks.` names the next voice."""
    return apposed_captions_render(turns, rng, "bring_up_captions")


LABEL_SHAPES["apposed_captions"] = apposed_captions
LABEL_SHAPES["bring_up_captions"] = bring_up_captions


LONE_LABEL_KINDS = ["DOORSTOP INTERVIEW", "PRESS CONFERENCE", "REMARKS", "INTERVIEW WITH "
                    "RADIO EASTMOOR", "DOORSTOP"]
LONE_LABEL_PLACES = ["PARLIAMENT HOUSE, CANBERRA", "HARBOUR STREET, HOBART",
                     "RIVERTON TOWN HALL", "ALDER VALE SHOWGROUNDS, TARSAL"]
LONE_LABEL_SUBJECTS = ["SUBJECTS: Harbour levy; ferry timetable; flood barrier.",
                       "Subjects: School meals, the rail strike", ""]


def lone_label_doorstop(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """realcheck10 family 7: a minister's doorstop as an electorate office posts it: a
    capitals heading (`TRANSCRIPT – DOORSTOP INTERVIEW, HARBOUR STREET, HOBART`, en dash or
    hyphen), maybe a date, `E&OE` and a `SUBJECTS:` line, then the speaker's capitals label
    alone on its line (`ANA RUIZ:`) and the speech under it; in some, journalists' questions
    under `JOURNALIST:` labels alone on their lines too."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    indent, width, gap = _perturb(rng)
    asked = rng.random() < 0.4 and len(order) > 1
    out = Rendered("lone_label_doorstop")
    dash = rng.choice(["–", "-", "—"])
    heading = f"TRANSCRIPT {dash} {rng.choice(LONE_LABEL_KINDS)}, {rng.choice(LONE_LABEL_PLACES)}"
    if rng.random() < 0.3:
        heading = "E&OE " + heading
    out.add(indent + heading + "\n")
    if rng.random() < 0.5:
        out.add(f"{indent}{rng.choice(['Tuesday', 'Friday'])}, {rng.randint(1, 28)} March 2031\n")
    subjects = rng.choice(LONE_LABEL_SUBJECTS)
    if subjects:
        out.add(indent + subjects + "\n")
    out.add(rng.choice(["", "\n"]))
    label = f"{voice.name.upper()}:" if rng.random() < 0.7 else \
        f"{voice.first.upper()} {voice.surname.upper()}, {'MEMBER FOR RIVERTON'}:"
    said = turns if asked else [(k, t) for k, t in turns if k == order[0]][:10]
    previous = None
    for key, body in said:
        mine = key == order[0]
        gold = voice.name if mine else PRESS
        if key != previous:
            out.add(indent + (label if mine else "JOURNALIST:") + "\n")
        elif previous is not None:
            out.add(gap)
        previous = key
        for i, para in enumerate(_paragraphs(" ".join(body.split()), rng)[:3]):
            if i:
                out.add(gap)
            para = para[:1].upper() + para[1:]  # (an office's edited transcript)
            text, start, end = wrap(indent, para, width, indent)
            base = len(out.text)
            out.add(text)
            out.spans.append((base + start, base + end, gold))
        out.add(gap)
    if rng.random() < 0.5:
        out.furnish(indent + rng.choice(["ENDS", "[ENDS]", "Media contact: 0400 000 000"]))
        out.add("\n")
    return out


LABEL_SHAPES["lone_label_doorstop"] = lone_label_doorstop


STATEMENT_HEADING_OFFICES = ["Chief Cabinet Secretary", "Chief Secretary", "Minister for Ports",
                             "Foreign Minister", "Deputy Chief Cabinet Secretary", "Governor"]
STATEMENT_HEADING_TOPS = ["Skip to main content\n\nHome >  News >  Press Conferences >  "
                          "March 2031\n\n",
                          "Official website of the Government\n\n", ""]
STATEMENT_HEADING_HEADS = ["Opening Statement by {office} {surname}",
                           "OPENING STATEMENT BY {OFFICE} {SURNAME}",
                           "Opening Remarks by {office} {name}",
                           "Introductory statement by {office} {name}",
                           "Statement by {office} {surname}",
                           "Opening statement by the {office}"]


def statement_heading(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """realcheck10 family 9: a government's press-conference page: its title names the
    office holder (`Press Conference by Chief Cabinet Secretary Ana Ruiz`), then a heading
    with no colon over the opening statement (`Opening Statement by Chief Cabinet Secretary
    Ruiz`, in capitals, with the full name, or `... by the Chief Cabinet Secretary`), the
    statement in one or more paragraphs, then `REPORTER:` (or `Q:`) and the office holder's
    capitals label take turns."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    office = rng.choice(STATEMENT_HEADING_OFFICES)
    indent, width, gap = _perturb(rng)
    out = Rendered("statement_heading")
    top = rng.choice(STATEMENT_HEADING_TOPS)
    if top:
        out.furnish(top.rstrip("\n"))
        out.add("\n\n")
    named = rng.random() < 0.4  # the title names the holder; else only the heading does
    out.add(f"{indent}Press Conference by {office + ' ' + voice.name if named else 'the ' + office}"
            "\n\n")
    out.add(f"{indent}{rng.choice(['March', 'April'])} {rng.randint(1, 28)}, 2031 (AM)\n\n")
    if rng.random() < 0.5:
        out.furnish(indent + "[Provisional Translation]")
        out.add("\n\n")
    heads = STATEMENT_HEADING_HEADS if named else [h for h in STATEMENT_HEADING_HEADS
                                                   if "{name}" in h]
    head = rng.choice(heads).format(
        office=office, surname=voice.surname, name=voice.name, OFFICE=office.upper(),
        SURNAME=voice.surname.upper())
    out.add(indent + head + rng.choice(["\n", "\n\n"]))
    mine = [t for k, t in turns if k == order[0]][:3] or ["We have a full agenda."]
    opener = rng.choice(["I would like to give an overview of today's meeting. ",
                         "First, I have one announcement. ", ""])
    for i, body in enumerate(mine[:rng.choice([1, 2, 3])]):
        para = (opener if i == 0 else "") + " ".join(body.split())
        if i == 0 and not re.search(r"\b(?:I|we|We|our|Our|my|My)\b", para):
            para = "I would like to report on the following. " + para
        text, start, end = wrap(indent, para, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, voice.name))
        out.add(rng.choice(["\n\n", "\n\n\n"]))
    asker = rng.choice(["REPORTER", "Q"])
    label = f"{office.upper()} {voice.surname.upper()}"
    previous = None
    for key, body in turns[3:15]:
        own = key == order[0]
        if own and previous == order[0]:
            continue  # (one answer a question)
        previous = key if own else None
        prefix = f"{indent}{label}: " if own else f"{indent}{asker}: "
        text, start, end = wrap(prefix, " ".join(body.split()), width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, voice.name if own else PRESS))
        out.add(gap)
    out.roles[voice.name] = office
    return out


LABEL_SHAPES["statement_heading"] = statement_heading


SITE_HEADER_SITES = ["Scribely", "Transcripta", "WordDesk"]
SITE_HEADER_EVENTS = [("Press Briefing by Press Secretary {name}", "Press Secretary"),
                      ("Governor {name} Press Conference", "Governor"),
                      ("Remarks by Mayor {name} on the Flood Response", "Mayor"),
                      ("Press Conference with Minister {name}", "Minister")]


def site_header(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """realcheck10 family 12: a transcript site's page: a date, the title naming the
    spokesperson (`Press Briefing by Press Secretary Ana Ruiz 4/10/31 Transcript`), maybe
    twice, a breadcrumb glued into one line (`ScribelyBlogTranscriptsAna Ruiz ...`), `...
    Read the transcript here.`, a sales line, then `Speaker 7 (00:00):` labels on their own
    lines, the spokesperson's own turns labelled with her name. The header is the page's,
    not the spokesperson's monologue."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    site = rng.choice(SITE_HEADER_SITES)
    event, office = rng.choice(SITE_HEADER_EVENTS)
    title = event.format(name=voice.name)
    dated = f"{title} {rng.randint(1, 12)}/{rng.randint(1, 28)}/31"
    out = Rendered("site_header")
    lines = [f"{rng.choice(['Apr', 'May', 'Jun'])} {rng.randint(1, 28)}, 2031",
             f"{dated} Transcript"]
    if rng.random() < 0.7:
        lines.append(f"{dated} Transcript")
    if rng.random() < 0.7:
        lines.append(f"{site}BlogTranscripts{voice.name} Briefing Transcripts{dated} Transcript")
    lines += [f"{dated}. Read the transcript here.", "Transcribe Your Own Content",
              f"Try {site} and save time transcribing, captioning, and subtitling."]
    for line in lines:
        out.furnish(line)
        out.add(rng.choice(["\n\n", "\n\n", "\n"]))
    out.add("\n")
    inline = rng.random() < 0.3  # `Speaker 1 (00:08): text` on one line
    numbers = dict(zip(order, rng.sample(range(len(order) + 3), len(order)), strict=True))
    named = rng.random() < 0.7  # the spokesperson's turns under her name, else a number
    seconds = 0
    for key, body in turns:
        seconds += rng.randint(3, 40)
        stamp = f"{seconds // 60:02d}:{seconds % 60:02d}"
        label = voice.name if key == order[0] and named else f"Speaker {numbers[key] + 1}"
        prefix = f"{label} ({stamp}): " if inline else f"{label} ({stamp}):\n\n"
        out.add(prefix)
        out.turn(" ".join(body.split()), voice.name if label == voice.name else label)
        out.add("\n\n")
    return out


LABEL_SHAPES["site_header"] = site_header


HEADLINE_LABEL_HEADS = ["{name}: Budget Talks Were 'Productive' and 'Calm'",
                        "{name}: Council Should 'Stop Stalling' on the Ferries",
                        "{name}: The Harbour Levy Is a Mistake",
                        "{name}: 'We Were Not Told' About the Flood Barrier",
                        "{surname}: New Bus Routes Are 'Long Overdue'"]
HEADLINE_LABEL_LEADS = ["{outlet}'s {name} praised the council's first full briefing on "
                        "Monday, calling it \"substantive\" and \"calm.\"",
                        "{name} of {outlet} said on Tuesday that the levy had been rushed.",
                        "Speaking on {outlet}, {name} criticised the harbour board's plan."]
HEADLINE_LABEL_INTROS = ["Here's a transcript:", "Transcript via {outlet}:", "Watch:", ""]


def headline_label(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """realcheck10 family 13: a news site's item on a broadcast exchange: the headline puts
    a person's name before a colon (`Ana Ruiz: Budget Talks Were 'Productive' and 'Calm'`),
    a standfirst names her in the third person, `Here's a transcript:`, then the exchange
    under capitals surname labels (`RUIZ:`), maybe each turn in quotation marks. The
    headline and standfirst are narration."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    outlet = rng.choice(_OUTLETS)
    quoted = rng.random() < 0.5
    indent, width, gap = _perturb(rng)
    out = Rendered("headline_label")
    out.furnish(rng.choice(HEADLINE_LABEL_HEADS).format(name=voice.name, surname=voice.surname))
    out.add("\n")
    out.furnish(rng.choice(HEADLINE_LABEL_LEADS).format(outlet=outlet, name=voice.name))
    out.add("\n")
    intro = rng.choice(HEADLINE_LABEL_INTROS).format(outlet=outlet)
    if intro:
        out.furnish(intro)
        out.add("\n")
    named = {key: people[key] for key in order}
    lead = ", ".join(p.name for k, p in named.items() if p != voice)
    listed = bool(lead) and rng.random() < 0.5
    if listed:
        out.add(f"{indent}With {lead}.\n")
    for key, body in turns[:20]:
        person = named[key]
        said = " ".join(body.split())
        if quoted:
            said = f"“{said}”"
        text, start, end = wrap(f"{indent}{person.surname.upper()}: ", said, width, indent)
        base = len(out.text)
        out.add(text)
        # (one named only by the label keeps the surname)
        out.spans.append((base + start, base + end,
                          person.name if listed or person == voice else person.surname))
        out.add(gap)
    return out


LABEL_SHAPES["headline_label"] = headline_label


# --- session 10 (branch labels18): realcheck10's families ------------------------------------

_COURT_CAPTION_PARTIES = ["HARBOUR BOARD OF EASTFIELD", "TARSAL WATER TRUST, ET AL.",
                          "NORTHFIELD FERRY COMPANY", "STATE OF EASTMOOR"]


def court_caption_surnames(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A supreme court's argument transcript as PDF text: every line numbered on its page,
    blank lines maybe between them; a cover whose case caption sets the parties off by a
    column of colons (`3 HARBOUR BOARD OF EASTFIELD, :`, `6 NELL ORMSBY BRIGHTWATER :`,
    furniture: no label), `APPEARANCES:` naming counsel (`TOMAS K. WREN, ESQ., ...`), a
    contents page, then the argument where the presiding judge shares counsel's surname
    (`CHIEF JUSTICE WREN:` and `MR. WREN:`, two people), other justices and a second
    counsel. Each turn is its label's; the cover lines are no one's."""
    order = _order(turns)
    people = cast(order + ["_respondent", "_party"], rng)
    chief, counsel = order[0], order[1 % len(order)]
    shared = people[counsel].surname
    initial = rng.choice("DKLM")
    labels: dict[str, tuple[str, str]] = {}
    for n, key in enumerate(order):
        person = people[key]
        if key == chief:
            labels[key] = (f"CHIEF JUSTICE {shared.upper()}", f"Chief Justice {shared}")
        elif key == counsel:
            labels[key] = (f"{person.honorific} {shared.upper()}",
                           f"{person.first} {initial}. {shared}")
        elif n % 2 == 0:
            labels[key] = (f"JUSTICE {person.surname.upper()}", f"Justice {person.surname}")
        else:
            labels[key] = (f"{person.honorific} {person.surname.upper()}",
                           f"{person.first} {person.surname}")
    out = Rendered("court_caption_surnames")
    gap = rng.choice(["\n", "\n\n"])
    width = rng.choice([52, 56, 60, 64])
    number = 0

    def row(text: str, furniture: bool = False) -> tuple[int, int]:
        nonlocal number
        number += 1
        out.add(f"{number} ")
        at = len(out.text)
        (out.furnish if furniture else out.add)(text)
        out.add(gap)
        return at, len(out.text) - len(gap)

    out.add(rng.choice(["Download as pdf or txt\n", ""]) + "Official - Subject to Final Review"
            + gap)
    row("IN THE SUPREME COURT OF EASTMOOR")
    row("- - - - - - - - - - - - - - - - x")
    party = people["_party"]
    row(f"{rng.choice(_COURT_CAPTION_PARTIES)}, :", furniture=True)
    row("Petitioner :", furniture=True)
    row(f"v. : No. {rng.randint(10, 31)}-{rng.randint(100, 9999)}", furniture=True)
    row(f"{party.first.upper()} {rng.choice('ABCDEK')}. {party.surname.upper()} :",
        furniture=True)
    row("- - - - - - - - - - - - - - - - x", furniture=True)
    row("Eastport, Tuesday, April 22, 2031", furniture=True)
    row("The above-entitled matter came on for oral", furniture=True)
    row("argument at 10:02 a.m.", furniture=True)
    row("APPEARANCES:", furniture=True)
    lawyer = people[counsel]
    row(f"{lawyer.first.upper()} {initial}. {shared.upper()}, ESQ., Deputy Solicitor,",
        furniture=True)
    row("Eastport; on behalf of Petitioner.", furniture=True)
    others = [k for k in order if labels[k][0].startswith(("MR.", "MS.")) and k != counsel]
    for key in others:
        person = people[key]
        row(f"{person.first.upper()} {person.surname.upper()}, ESQ., Harbour Street; on behalf",
            furniture=True)
        row("of Respondent.", furniture=True)
    row("C O N T E N T S", furniture=True)
    row(f"ORAL ARGUMENT OF {lawyer.first.upper()} {shared.upper()}, ESQ. PAGE 3", furniture=True)
    row("P R O C E E D I N G S", furniture=True)
    row("(10:02 a.m.)", furniture=True)
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        label, gold = labels[key]
        text, start, _ = wrap(f"{label}: ", body, width)
        if number + text.count("\n") >= 25:  # the page's footer, a new page's numbers
            out.furnish(rng.choice(["Harbour Reporting Company", "Official"]))
            out.add(f"{gap}{gap}")
            number = 0
        spans = [row(line) for line in text.split("\n")]
        out.spans.append((spans[0][0] + start, spans[-1][1], gold))
    return out


LABEL_SHAPES["court_caption_surnames"] = court_caption_surnames


_INITIALLED_HEADERS = ["Morning Line: the harbour audit", "Drivetime interview, full transcript",
                       "THE FERRY INTERVIEW", "Here is the whole exchange, so you can judge."]


def initialled_surnames(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A blog's copy of a radio interview: a title and a line or two of the blogger's, then
    each voice's first turn labelled by a surname (hyphenated now and then:
    `Lindqvist-Berg:`) or a full name, in title case or capitals, and every later turn only by
    its initials, one letter a name part (`O:`, `L-B:`, `AR:`). Each turn is the named
    person's (the speaker keeps the long name)."""
    order = _order(turns)[:3]
    indent, width, gap = _perturb(rng)
    capitals = rng.random() < 0.3
    for _ in range(50):  # a cast whose initials differ and are no words (`I:`, `A:`, `AM:`)
        people = cast(order + ["_barrel"], rng)
        names: dict[str, str] = {}
        for n, key in enumerate(order):
            person = people[key]
            if n == 1 and rng.random() < 0.6:
                names[key] = f"{person.surname}-{people['_barrel'].surname}"  # double-barrelled
            elif rng.random() < 0.25:
                names[key] = person.name
            else:
                names[key] = person.surname
        initials = {k: "".join("-".join(p[0] for p in w.split("-")) for w in v.split())
                    for k, v in names.items()}
        if len(set(initials.values())) == len(initials) and \
                not {"A", "I", "Q", "AM", "PM"} & set(initials.values()):
            break
    out = Rendered("initialled_surnames")
    out.add(rng.choice(_INITIALLED_HEADERS) + gap)
    out.add(f"{indent}Our presenter put the audit's findings to the commissioner this "
            f"morning; the exchange went on for some minutes.{gap}")
    seen: set[str] = set()
    for key, body in turns:
        body = " ".join(body.split())
        if not body or key not in names:
            continue
        label = initials[key] if key in seen else (
            names[key].upper() if capitals else names[key])
        seen.add(key)
        text, start, end = wrap(f"{indent}{label}: ", body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start, base + end, names[key]))
        out.add(gap)
    return out


LABEL_SHAPES["initialled_surnames"] = initialled_surnames


_FIRST_NAME_READOUT_TOPICS = ["Health, vaccines", "Energy, prices", "Trade – steel quotas",
                              "Migration, the new pact", "Budget, rule of law",
                              "Ferries, harbour levy"]
_FIRST_NAME_READOUT_ASKS = ["Do you have confirmation?", "Is that the plan?",
                            "When will we know more?", "Can you comment on that?"]


def first_name_readout(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A blogger's readout of a briefing: a header naming the lead spokesperson (`Press
    room, Spokesperson Ana Ruiz, noon.`), clock lines with bracketed comments, then every
    turn as `Firstname: text`, the spokespeople's and the journalists' alike; the
    journalists only ask (a question mark or `My question is ...`) and are answered by the
    spokespeople; now and then a journalist is named before the question with no colon
    (`Piotr, follow-up on the levy. ...?`); topic lines (`Energy, prices`) between turns are
    furniture. The journalists are the press; the lead spokesperson keeps the full name."""
    order = _order(turns)
    people = cast(order + ["_j1", "_j2", "_j3"], rng)
    lead, second = order[0], order[1 % len(order)]
    spokes = {lead, second}
    journalists = [people[k].first for k in ("_j1", "_j2", "_j3")]
    indent, width, gap = _perturb(rng)
    gap = rng.choice(["\n", "\n", "\n\n"])
    out = Rendered("first_name_readout")
    voice = people[lead]
    out.add(rng.choice(["My notes, my comments in brackets.\n", ""]))
    out.add(f"{rng.choice(['Press room', 'Berlaymont press room', 'Midday briefing'])}, "
            f"Spokesperson {voice.name}, {rng.choice(['noon', '12pm or thereabouts'])}.\n")
    out.add("12:04 [waiting]\n12:06 [here we go]\n" if rng.random() < 0.6 else "")
    asked = 0
    for n, (key, body) in enumerate(turns):
        body = " ".join(body.split())
        if not body:
            continue
        if body[-1] not in ".?!":
            body += "."
        if key in spokes or n == 0:
            name = voice.first if key == lead or n == 0 else people[key].first
            gold = voice.name if key == lead or n == 0 else people[key].first
            prefix = f"{indent}{name}: "
        else:
            journalist = journalists[asked % len(journalists)]
            asked += 1
            if not body.endswith("?"):
                body = (f"My question is about {rng.choice(_SUBJECTS)}. {body} "
                        f"{rng.choice(_FIRST_NAME_READOUT_ASKS)}") if rng.random() < 0.5 \
                    else f"{body} {rng.choice(_FIRST_NAME_READOUT_ASKS)}"
            if asked > 2 and rng.random() < 0.4:
                body = f"{journalist}, follow-up on {rng.choice(_SUBJECTS)}. {body}"
                prefix = indent
            else:
                prefix = f"{indent}{journalist}: "
            gold = PRESS
            if rng.random() < 0.3 and out.text.rstrip()[-1:] in ".?!":
                out.furnish(indent + rng.choice(_FIRST_NAME_READOUT_TOPICS))
                out.add(gap)
        text, start, end = wrap(prefix, body, width, indent)
        base = len(out.text)
        out.add(text)
        out.spans.append((base + start if prefix.strip() else base + len(indent),
                          base + end, gold))
        out.add(gap)
    return out


LABEL_SHAPES["first_name_readout"] = first_name_readout


_BRACKETED_BITES_PRESS = ["Reporter question off camera", "Reporter question", "Reporter",
                          "Journalist, off mic", "Question from reporter"]


def bracketed_bites(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A news agency's shot list of a briefing: numbered shots and `N. SOUNDBITE: (English)
    Name, Title:` lines over quoted bites; inside some bites an exchange with the press, each
    line opened by a bracketed inline role: `(Reporter question off camera): "..."`, then
    `(Ana Ruiz): "..."` or `(Ana Ruiz, Mayor): "..."` for the answer. The bracketed
    reporter's lines are the press, the named lines the person's; shot lines are no one's."""
    order = _order(turns)
    people = cast(order, rng)
    officials = order[:2] if len(order) > 3 else order[:1]
    out = Rendered("bracketed_bites")
    out.add(rng.choice(_SHOT_TOPS))
    colon = rng.choice([": ", " "])
    width = rng.choice([None, None, 72, 80])
    number = 1
    speaking: str | None = None  # whose bite is open
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        if key in officials and (speaking != key or rng.random() < 0.3):
            for _ in range(rng.randint(0, 2)):
                out.furnish(f"{number}. {rng.choice(_SHOTS[:-1])}")
                out.add("\n")
                number += 1
            person = people[key]
            out.add(f"{number}. SOUNDBITE{colon}(English) {person.name}, {person.role}:\n")
            out.roles[person.name] = person.role or ""
            number += 1
            speaking = key
            prefix, gold = "", person.name
        elif key in officials:
            person = people[key]
            who = person.name if rng.random() < 0.7 else f"{person.name}, {person.role}"
            prefix, gold = f"({who}): ", person.name
        else:
            if speaking is None:
                continue  # no bite open: the shot list has no question outside a bite
            prefix, gold = f"({rng.choice(_BRACKETED_BITES_PRESS)}): ", PRESS
        wrapped, start, end = wrap(prefix, f"\u201c{body}\u201d", width)
        base = len(out.text)
        out.add(wrapped)
        out.spans.append((base + start, base + end, gold))
        out.add("\n")
    out.add(rng.choice(_SHOT_TAILS).format(n=number))
    return out


LABEL_SHAPES["bracketed_bites"] = bracketed_bites


_VIEWER_KEY_FURNITURE = ["Upload: others", "Uploaded by: guest", "Post on 14-May-2031",
                         "3 views", "1,204 views", "Category:", "0 download", "12 downloads",
                         "Report this document", "Download as pdf or txt"]


def viewer_key(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A document-hosting page of a health agency's transcript: the title, `Speaker key:`
    with initials and names, a time and the first cue (`00:00:55 AO Hello ...`) flattened
    into one line, maybe a few more cues; then the viewer's own lines (`Upload: others`,
    `Post on 14-May-2031`, `3 views`, `Category:`, `Documents`, `TRANSCRIPT`), a `Page 1:`
    preview repeating the title and the first words, the title, `Speaker key:` and the key
    line again: all furniture, no one's. Each cue is its speaker's."""
    order = _order(turns)
    people = cast(order, rng)
    initials: dict[str, str] = {}
    names: dict[str, str] = {}
    for key in order:
        person = people[key]
        code = person.first[0] + person.surname[0]
        if code in initials.values():
            code = person.first[:2].upper()
        initials[key] = code
        names[key] = f"Dr {person.name}" if rng.random() < 0.3 else person.name
    indent = rng.choice(["", "", "  "])
    gap = rng.choice(["\n\n", "\n"])
    title = f"Virtual press conference - {rng.randint(1, 28)} May 2031"
    key_line = " ".join(f"{initials[key]} {names[key]}" for key in order)
    out = Rendered("viewer_key")
    out.add(f"{title.lower()} · from our headquarters. today's a big...{gap}22{gap}")
    out.add(f"{title} Speaker key: {key_line}")
    seconds = 40
    cues = rng.choice([1, 1, 2, 3, 5])
    first_words = ""
    for n, (key, body) in enumerate(t for t in turns if t[1].strip()):
        if n >= cues:
            break
        body = " ".join(body.split())
        if body[-1] not in ".?!":
            body += "."
        first_words = first_words or " ".join(body.split()[:12])
        seconds += rng.randint(5, 90)
        out.add(f" {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d} "
                f"{initials[key]} ")
        out.turn(body, people[key].name)
    out.add(gap)
    for line in rng.sample(_VIEWER_KEY_FURNITURE, rng.randint(2, 5)) + ["Documents",
                                                                       "TRANSCRIPT"]:
        out.furnish(indent + line)
        out.add(gap)
    out.furnish(f"Page 1: {title} · {first_words}")
    out.add(gap)
    out.furnish(title)
    out.add(gap)
    out.furnish("Speaker key:")
    out.add(gap)
    out.furnish(key_line)
    out.add("\n")
    return out


LABEL_SHAPES["viewer_key"] = viewer_key


_FLAT_VIEWER_TOPS = ["Size: px\nStart display at page:\n\nDownload \"{title}\"\n\n"
                     "Transcription\n\n",
                     "Start display at page:\n\nDownload \"{title}\"\n\n",
                     "{title}\n\nSize: px\nStart display at page:\n\nTranscription\n\n"]
_FLAT_VIEWER_HOSTS = ["COMMISSIONER", "MODERATOR", "CHAIRMAN", "DIRECTOR"]
_FLAT_VIEWER_GUESTS = ["COACH", "COACH", "PRESIDENT", "CAPTAIN"]


def flat_viewer_page(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A PDF viewer's page of a sports press conference: the viewer's lines (`Size: px`,
    `Start display at page:`, `Download "..."`, `Transcription`: furniture), then the whole
    transcript flattened into one line or a few (one a PDF page, opening with its number):
    the event header naming the guests in full, then `COMMISSIONER LEE: ...`, `COACH RUIZ:
    ...` inside the line (a title or a word before the surname the header names). Each turn
    is its label's; the viewer lines are no one's."""
    order = _order(turns)[:3]
    people = cast(order, rng)
    host = order[0]
    titles = {host: rng.choice(_FLAT_VIEWER_HOSTS)}
    for key in order[1:]:
        titles[key] = rng.choice(_FLAT_VIEWER_GUESTS)
    gold = {key: people[key].name if key != host and titles[key] in ("PRESIDENT", "CAPTAIN")
            else f"{titles[key].title()} {people[key].surname}" for key in order}
    title = (f"{people[order[-1]].name}. Eastern Conference Football Media Days Wednesday "
             f"July {rng.randint(1, 28)}, Riverton")
    out = Rendered("flat_viewer_page")
    top = rng.choice(_FLAT_VIEWER_TOPS).format(title=title)
    for line in top.split("\n"):
        if line:
            out.furnish(line)
        out.add("\n")
    guests = " ".join(f"{people[k].name} {rng.choice(['Riverton', 'Eastport', 'Tarsal'])}"
                      for k in order[1:])
    page = 1
    out.add(f"{page} Eastern Conference Football Media Days Wednesday July 12, 2031 {guests} ")
    since = 0
    page_size = rng.choice([1500, 3000, 100_000])
    shown = 0
    guested = False  # (the excerpt holds a guest's turn)
    excerpt = rng.choice([2, 3, 4, 60])  # a viewer's excerpt: the first turns only
    for key, body in turns:
        body = " ".join(body.split())
        if not body or key not in titles:
            continue
        if shown == 0 and key != host:
            out.add(f"{titles[host]} {people[host].surname.upper()}: ")
            out.turn(f"Good morning. Our guest is {people[key].name}.", gold[host])
            out.add(" ")
        shown += 1
        if shown > excerpt and guested:
            break
        guested = guested or key != host
        if body[-1] not in ".?!":
            body += "."
        if since > page_size:
            page += 1
            out.add(f"\n{page} ")
            since = 0
        out.add(f"{titles[key]} {people[key].surname.upper()}: ")
        out.turn(body, gold[key])
        out.add(" ")
        since += len(body)
    out.add("\n")
    return out


LABEL_SHAPES["flat_viewer_page"] = flat_viewer_page


_CHAIRED_OFFICES = ["Prime Minister", "First Minister", "Chief Minister", "Premier"]
_CHAIRED_TITLES = ["Mr", "Ms", "Mrs", "Dame", "Sir", "Dr"]
_CHAIRED_TOPS = ["• last month\n{title}\nTranscript\n",
                 "{title}\n\nSearch in video\nTranscript\n",
                 "Streamed live\n{title}\n",
                 "{title}\nShow transcript\n"]


def chaired_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A parliament's question time on a video site: no labels, a timestamp glued to every
    caption line (`00:14Prime Minister.`, sometimes a space after it), wrapped at 60-90
    columns. The page title names the office holder (`First Minister's Questions with Ana
    Ruiz`); the chair, never named, calls each member in a short line of its own (`I now
    call Dame Ana Ruiz.` the first time, then `Dame Ana.` or `Ms Ruiz.`) and the office
    (`Prime Minister.`), or the holder answers a member's question without a call. The
    chair's lines are `Speaker`'s; each called voice speaks until the next call."""
    order = _order(turns)
    people = cast(order, rng)
    holder = order[0]
    office = rng.choice(_CHAIRED_OFFICES)
    titles = {key: rng.choice(_CHAIRED_TITLES) for key in order}
    out = Rendered("chaired_captions")
    out.roles[people[holder].name] = office
    possessive = rng.choice(["'s", "s", "’s"])
    title = (f"{office}{possessive} Questions with {people[holder].name} "
             f"{rng.choice(['Wednesday 6 March', '- 3 May', '| 12 June 2030', ''])}").rstrip()
    for line in rng.choice(_CHAIRED_TOPS).format(title=title).split("\n"):
        if line:
            out.furnish(line)
        out.add("\n")
    indent = rng.choice(["", "", "", "  "])
    space = rng.choice(["", "", "", " "])
    width = rng.choice([60, 72, 80, 90])
    seconds = 0

    stops = rng.random() < 0.7  # some caption pages drop the chair's full stops

    def caption(text: str, speaker: str) -> None:
        nonlocal seconds
        if speaker == "Speaker" and not stops:
            text = text.rstrip(".")
        wrapped, _, _ = wrap("", text, width)
        for line in wrapped.split("\n"):
            stamp = (f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
                     if seconds >= 3600 else f"{seconds // 60:02d}:{seconds % 60:02d}")
            out.add(f"{indent}{stamp}{space}")
            out.turn(line, speaker)
            out.add("\n")
            seconds += rng.randint(2, 7)

    caption(rng.choice(["Order. Order. Questions to the " + office + ".",
                        "Order. We begin with questions.",
                        "Before we start, I welcome members back to the chamber."]), "Speaker")
    called: set[str] = set()
    previous: str | None = None
    asked = False
    for key, body in turns:
        body = " ".join(body.split())
        if not body:
            continue
        person = people[key]
        if key != previous:
            if key == holder:
                if not (asked and rng.random() < 0.6):
                    caption(rng.choice([f"{office}.", f"The {office}."]), "Speaker")
            elif key not in called:
                caption(rng.choice([f"I now call {titles[key]} {person.name}.",
                                    f"I call {titles[key]} {person.name}."]), "Speaker")
            else:
                short = person.first if titles[key] in ("Dame", "Sir") else person.surname
                caption(f"{titles[key]} {short}.", "Speaker")
            called.add(key)
        if key != holder and body[-1] not in "?":
            body = body.rstrip(".!,;") + ". Will the " + office + " answer that?"
        caption(body, person.name)
        asked = key != holder
        previous = key
    return out


LABEL_SHAPES["chaired_captions"] = chaired_captions


_ANNOUNCED_TITLES = ["Regular Press Conference", "Press Conference", "Daily Briefing",
                     "Regular Press Briefing"]
_ANNOUNCED_TOPS = ["Contact Us\n Home > Spokesperson's Remarks\n",
                   "Print | Email\n", "", "Home > News > Briefings\n\n"]


def announced_voice(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A ministry's briefing page: the title names the voice in the possessive (`Foreign
    Ministry Spokesperson Ana Ruiz's Regular Press Conference on May 3, 2031`), a narration
    line (`... started the press conference with the following announcements:`), the
    voice's announcements unlabelled, then `Q:` for the press and, on some pages, `A:` for
    the voice (or the excerpt ends at the first `Q:`). Hard-wrapped or not, indented."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    role = rng.choice(["Foreign Ministry Spokesperson", "Spokesperson",
                       "Ministry of Defence Spokesperson"])
    out = Rendered("announced_voice")
    out.roles[voice.name] = role
    indent, width, gap = _perturb(rng)
    for line in rng.choice(_ANNOUNCED_TOPS).split("\n"):
        if line.strip():
            out.furnish(line)
        out.add("\n")
    out.add(f"{role} {voice.name}'s {rng.choice(_ANNOUNCED_TITLES)} on "
            f"{rng.choice(['May 3, 2031', 'October 31, 2030', '12 June 2029'])}{gap}")
    out.add(f"{role} {voice.name} "
            f"{rng.choice(['started', 'opened', 'began'])} the press conference with the "
            f"{rng.choice(['following announcements:', 'following announcement:'])}{gap}")
    spoken = [(key, " ".join(body.split())) for key, body in turns if body.split()]
    announcements = [body for key, body in spoken if key == order[0]][:rng.randint(2, 3)]
    for body in announcements:
        text, start, end = wrap(indent, body, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], voice.name)
        out.add(gap)
    rest = spoken if rng.random() < 0.6 else spoken[:1]
    answered = False
    for key, body in rest:
        if key == order[0] and not answered:
            continue  # the Q&A opens with a question
        label = "A:" if key == order[0] else "Q:"
        answered = True
        text, start, end = wrap(f"{indent}{label} ", body, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], voice.name if key == order[0] else PRESS)
        out.add(gap)
    return out


LABEL_SHAPES["announced_voice"] = announced_voice


# Invented questions in other scripts, as a bilingual mirror shows a question's original.
_BILINGUAL_ORIGINALS = ["关于港口项目，你能介绍一下最新情况吗？",
                        "我们注意到有关报道。中方对此有何评论？",
                        "Можете ли вы прокомментировать этот доклад?",
                        "Ποιο είναι το σχόλιό σας για την έκθεση;",
                        "港湾計画について、詳しく説明していただけますか。"]


def bilingual_originals(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A ministry's bilingual mirror: the possessive title naming the spokesperson, the
    announcements, then `Q`/`A` paragraphs (`Q:` or a bare `Q ` marker), and above some
    questions the question's original in another script on a line of its own (the press's,
    not the end of the answer above it)."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    role = rng.choice(["Foreign Ministry Spokesperson", "Spokesperson"])
    out = Rendered("bilingual_originals")
    out.roles[voice.name] = role
    indent, width, gap = _perturb(rng)
    colon = rng.choice([":", ":", ""])
    out.furnish(rng.choice(["欢迎您 登出", "Home > Remarks", "Print"]))
    out.add("\n\n")
    out.add(f"{role} {voice.name}'s Regular Press Conference on March 4, 2031{gap}")
    spoken = [(key, " ".join(body.split())) for key, body in turns if body.split()]
    opening = [body for key, body in spoken if key == order[0]][:2]
    for body in opening:
        text, start, end = wrap(indent, body, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], voice.name)
        out.add(gap)
    answered = False
    for key, body in spoken:
        if key == order[0] and not answered:
            continue
        answered = True
        if key != order[0] and rng.random() < 0.5:
            out.add(indent)
            out.turn(rng.choice(_BILINGUAL_ORIGINALS), PRESS)
            out.add(rng.choice(["\n", gap]))
        label = "A" if key == order[0] else "Q"
        text, start, end = wrap(f"{indent}{label}{colon} ", body, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], voice.name if key == order[0] else PRESS)
        out.add(gap)
    return out


LABEL_SHAPES["bilingual_originals"] = bilingual_originals


_INTRODUCED_TITLES = ["police chief", "fire chief", "sheriff", "district attorney", "mayor"]
_INTRODUCED_MC = ["public information officer for the city police department",
                  "spokesperson for the county sheriff's office",
                  "communications director for the city"]


def introduced_presser(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A news site's auto-caption text of a police presser: no labels, lower-case names,
    the whole briefing one long line (or a few): the first voice names himself
    (`my name is tom bell, the public information officer ...`), says who will speak
    (`the first is going to be police chief ana ruiz`, or `Police chief Ana Ruiz is here
    to go over ...`) and hands over inside the line (`... without further delay. Chief
    ruiz. Good evening.` or `chief, ruiz thanks tom.`); the rest is the chief's. A page
    title above; the introducer's words are no one's (he is unnamed here)."""
    order = _order(turns)
    people = cast(order, rng)
    mc, chief = people[order[0]], people[order[-1]]
    title = rng.choice(_INTRODUCED_TITLES)
    lower = rng.random() < 0.6
    first, last = (chief.first.lower(), chief.surname.lower()) if lower else \
        (chief.first, chief.surname)
    out = Rendered("introduced_presser")
    out.roles[chief.name] = title.title()
    out.furnish(rng.choice(["Officials hold news conference after shooting | Channel 4 News",
                            " date 2031-04-30 Transcript for Harbour fire update",
                            "Riverton, Fire, Officials give update | Valley Times"]))
    out.add("\n\n")
    shape = rng.choice(["further", "thanks", "further"])
    if shape == "thanks":
        intro = (f"My name is {mc.first.lower()} {mc.surname.lower()}, the "
                 f"{rng.choice(_INTRODUCED_MC)}, we're going to have two speakers during "
                 f"this press conference. The first is going to be the {title} {first}, "
                 f"{last}, then the mayor. {title.split()[-1]}, {last} ")
        opening = f"thanks {mc.first.lower()}. "
    else:
        intro = (f"Tough day for the whole city. {title.capitalize()} {first} {last} is "
                 f"here to go over the circumstances that developed earlier today. Please "
                 f"be patient with us, this is the first of several briefings tonight. So "
                 f"without further delay. {title.split()[-1].capitalize()} {last}. ")
        opening = "Good evening. "
    speech = " ".join(" ".join(body.split()) for key, body in turns if body.split())
    out.add(intro)
    width = rng.choice([None, None, 70, 80])
    body = opening + speech
    if width is None:
        out.turn(body, chief.name)
        out.add("\n")
    else:
        text, _, _ = wrap("", body, width)
        out.turn(text, chief.name)
        out.add("\n")
    return out


LABEL_SHAPES["introduced_presser"] = introduced_presser


_LOWER_ROOM_OFFICES = ["secretary", "senator", "governor", "minister", "mayor"]


def lower_room_captions(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A TV archive's lower-case caption page (`tv   <title>  CSPAN  <date>`, a time line
    every minute cutting the text anywhere). Either one named voice, its label inside the
    flowing text (`[applause] secretary ruiz: good morning.`), the room answering it
    (`audience: yes.`, said once or twice: the press) and bare `>>` for anyone else; or a
    host who names himself mid-line (`>> ... i'm tom bell. welcome to the special.`) and
    then `>>` voices no one can name. Labels and time lines are no one's."""
    order = _order(turns)
    people = cast(order, rng)
    voice = people[order[0]]
    out = Rendered("lower_room_captions")
    out.add(f"tv   {rng.choice(['Secretary Speaks on Trade', 'Anniversary Special'])}  "
            f"{rng.choice(['CSPAN', 'FOX News', 'CNN'])}  May 8, 2031 12:21pm-1:02pm EDT\n\n")
    chunks: list[tuple[str, str]] = []
    if rng.random() < 0.6:
        office = rng.choice(_LOWER_ROOM_OFFICES)
        label = f"{office} {voice.surname.lower()}"
        gold = f"{office.title()} {voice.surname}"
        chunks.append((f"this is about 40 minutes. >> ladies and gentlemen, the {office}. "
                       f"[applause] ", NARRATION))
        crowd = 0
        for key, body in turns:
            body = " ".join(body.split()).lower()
            if not body:
                continue
            if body[-1] not in ".?!":
                body += "."
            if key == order[0]:
                chunks.append((f"{label}: ", NARRATION))
                chunks.append((body + " ", gold))
            elif crowd < 2 and len(body) < 200:
                crowd += 1
                chunks.append(("audience: ", NARRATION))
                chunks.append((body + " ", PRESS))
            else:
                chunks.append((">> ", NARRATION))
                chunks.append((body + " ", NARRATION))
    else:
        first = True
        for _key, body in turns:
            body = " ".join(body.split()).lower()
            if not body:
                continue
            if body[-1] not in ".?!":
                body += "."
            chunks.append((">> ", NARRATION))
            if first:
                show = rng.choice(["the anniversary special", "the morning report"])
                chunks.append((f"it began twenty years ago. i'm {voice.name.lower()}. welcome "
                               f"to {show}. " + body + " ", voice.name))
                first = False
            else:
                chunks.append((body + " ", NARRATION))
    _timed_chunks(out, chunks, 12, rng)
    return out


LABEL_SHAPES["lower_room_captions"] = lower_room_captions


# --- session 10, branch labels20 -----------------------------------------------------------

_HANSARD_SHARE_STATES = ["Tasmania", "Victoria", "Queensland", "NSW", "South Australia",
                         "Western Australia", "ACT"]
_HANSARD_SHARE_PARTIES = ["Greens", "Liberal Party", "Australian Labor Party",
                          "National Party", "Independent", "Jacqui Lambie Network"]
_HANSARD_SHARE_OFFICES = ["Minister for Ports", "Shadow Minister for Rural Roads",
                          "Assistant Minister for Regional Development",
                          "Deputy Leader of the Opposition in the Senate"]
_HANSARD_SHARE_BARS = ["Share this | Link to this | Hansard source", "Share this | Link to this",
                       "Link to this | Hansard source", "Share this | Link to this | Permalink",
                       "Link to this"]


def hansard_share_heading(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A debate site's record of a parliament: each speech under a heading line with the
    member's name, the seat and party in brackets (and an office after them), and the share
    bar after it (`Ana Keller (Tasmania, Greens) Share this | Link to this | Hansard
    source`); the presiding officer as `Name (President)`; the speech on the lines below,
    with `(a)`/`(b)` sub-paragraphs; clock lines (`6:21 pm`), `The Senate divided. [18:23]`
    and `(The President—Senator Roe)` notes between speeches, the site's header above. Each
    speech is its heading's member's; the notes and the headings are no one's."""
    order = _order(turns)[:5]
    people = cast(order, rng)
    indent, width, gap = _perturb(rng)
    president = order[-1] if len(order) > 2 and rng.random() < 0.6 else None
    notes: dict[str, tuple[str, str | None]] = {}
    for key in order:
        if key == president:
            notes[key] = (rng.choice(["President", "Deputy President", "Speaker"]), None)
            continue
        seat = f"{rng.choice(_HANSARD_SHARE_STATES)}, {rng.choice(_HANSARD_SHARE_PARTIES)}"
        office = rng.choice(_HANSARD_SHARE_OFFICES) if rng.random() < 0.4 else None
        notes[key] = (f"{seat}, {office}" if office else seat, office)
    bar = rng.choice(_HANSARD_SHARE_BARS)
    out = Rendered("hansard_share_heading")
    chamber = rng.choice(["Senate", "House of Representatives"])
    for line in (f"{chamber} debates", f"Tuesday, {rng.randint(1, 28)} May 2031",
                 "Bills", "Harbour Works Amendment Bill 2031; Second Reading",
                 f"{rng.randint(1, 11)}:{rng.randint(10, 59)} pm"):
        out.furnish(line)
        out.add("\n")
    out.add(gap[1:])
    for n, (key, body) in enumerate(turns[:40]):
        body = " ".join(body.split())
        if not body or key not in people:
            continue
        if n and rng.random() < 0.15:
            note = rng.choice([f"The {chamber.split()[0]} divided. [{rng.randint(10, 23)}:"
                               f"{rng.randint(10, 59)}]",
                               f"{rng.randint(1, 11)}:{rng.randint(10, 59)} pm",
                               f"(The President—Senator {people[order[0]].surname})"])
            out.furnish(indent + note)
            out.add(gap)
        out.furnish(f"{indent}{people[key].name} ({notes[key][0]}) {bar}")
        out.add("\n")
        if notes[key][1]:
            out.roles[people[key].name] = notes[key][1]
        if rng.random() < 0.2 and len(body) > 80:
            cut = body.find(" ", len(body) // 2)
            paras = [body[:cut], body[cut + 1:]]
            paras = [f"by leave—I move: {paras[0]}", f"(a) {paras[1]}"]
        else:
            paras = [body]
        for i, para in enumerate(paras):
            text, start, end = wrap(indent, para, width, indent)
            out.add(text[:start])
            out.turn(text[start:end], people[key].name)
            out.add(text[end:])
            out.add("\n" if i + 1 < len(paras) else gap)
    return out


LABEL_SHAPES["hansard_share_heading"] = hansard_share_heading


_HANSARD_DASH_TITLES = ["Senator", "Senator", "Mr", "Ms", "Mrs", "Dr"]
_HANSARD_DASH_CHAIRS = [("The PRESIDENT", "President"),
                        ("The DEPUTY PRESIDENT", "Deputy President"),
                        ("CHAIRMAN", "Chairman"), ("The CHAIRMAN", "Chairman"),
                        ("The SPEAKER", "Speaker"),
                        ("The ACTING DEPUTY PRESIDENT", "Acting Deputy President")]
_HANSARD_DASH_TOPS = ["Previous Fragment    Next Fragment\n{date}\nPage: {page}\n",
                      "Note: Where available, the PDF/Word icon below is provided to view the "
                      "complete and fully formatted document\n Download Current Hansard   \n\n"
                      "Previous Fragment    Next Fragment\n{date}\nPage: {page}\n",
                      "{date}\nPage: {page}\n"]


def hansard_dash_labels(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A parliament's record as an archive's fragment page: the archive's furniture
    (`Previous Fragment    Next Fragment`, the date, `Page: 1881`), then speeches labelled
    with a dash and no colon: a title and the surname in capitals, maybe the seat and office
    and the sitting time in brackets (glued or not), then an em dash or a double hyphen with
    the speech glued to it (`Senator KELLER(7.46) —I rise ...`, `Mr ROE (Eastport—Minister
    for Ports) (3.21) —I move ...`); the chair as `The PRESIDENT —` or `CHAIRMAN --`. The
    continuation paragraphs are unlabelled and stay the speaker's; the furniture is no
    one's."""
    order = _order(turns)[:5]
    people = cast(order, rng)
    indent, width, gap = _perturb(rng)
    gap = rng.choice(["\n\n", "\n"])
    chair = order[-1] if len(order) > 2 and rng.random() < 0.7 else None
    chair_label, chair_name = rng.choice(_HANSARD_DASH_CHAIRS)
    dash = rng.choice(["\u2014", "\u2014", "--", "\u2013"])
    glued = rng.random() < 0.5  # `KELLER(7.46)` or `KELLER (7.46)`
    titles = {key: rng.choice(_HANSARD_DASH_TITLES) for key in order}
    out = Rendered("hansard_dash_labels")
    top = rng.choice(_HANSARD_DASH_TOPS).format(
        date=f"Wednesday, {rng.randint(1, 28)} May {rng.randint(1981, 1999)}",
        page=rng.randint(100, 3000))
    for line in top.split("\n"):
        if line.strip():
            out.furnish(line)
        out.add("\n")
    out.add(gap[1:])
    hour = rng.randint(1, 9)
    for n, (key, body) in enumerate(turns[:40]):
        body = " ".join(body.split())
        if not body or key not in people:
            continue
        if key == chair:
            label, gold = chair_label, chair_name
        else:
            person = people[key]
            title = titles[key]
            label = f"{title} {person.surname.upper()}"
            if rng.random() < 0.2:
                label += f" ({rng.choice(['Eastport', 'Tasmania', 'Riverton'])}\u2014"\
                         f"{rng.choice(['Minister for Ports', 'Leader of the Opposition'])})"
            if rng.random() < 0.6:
                label += f"{'' if glued else ' '}({hour}.{rng.randint(10, 59)})"
            gold = f"{title} {person.surname}" if title == "Senator" \
                else f"{title}. {person.surname}"
        prefix = f"{indent}{label} {dash}"
        if rng.random() < 0.3 and len(body) > 120:
            cut = body.find(" ", len(body) // 2)
            paras = [body[:cut], body[cut + 1:]]
        else:
            paras = [body]
        for i, para in enumerate(paras):
            text, start, end = wrap(prefix if i == 0 else indent, para, width, indent)
            out.add(text[:start])
            out.turn(text[start:end], gold)
            out.add(text[end:])
            out.add(gap)
        if n and rng.random() < 0.05:
            out.furnish(f"{indent}Page: {rng.randint(100, 3000)}")
            out.add(gap)
    return out


LABEL_SHAPES["hansard_dash_labels"] = hansard_dash_labels


_REPEATED_TITLE_SHOWS = ["MORNING TABLE", "HARBOUR HOUR", "THE LONG TABLE", "OPEN LINES"]
_REPEATED_TITLE_HEADS = ["A Chef Finds His Way Back To The Kitchen",
                         "The Ferry That Would Not Sink", "Why The Harbour Board Said No",
                         "Notes From A Very Long Winter"]


def repeated_title_page(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A radio programme's transcript page: its title on the first line, run into the
    standfirst (`Ana Ruiz: A Chef Finds His Way Back To The Kitchen Chef Ana Ruiz talks
    about ...`, or `Harbour Deal Stalls, Board Says : The Morning Podcast In a speech ...`),
    the player's furniture (`• Download`, `• Transcript`) with the title repeated as the
    page's heading, then the host's unlabelled opening (`This is MORNING TABLE. I'm Ruth
    Aker.`, then a paragraph or two) and the labelled transcript (`RUTH AKER:`, `Mr. TOM
    VALE (Chef):`). The title lines are no one's (the name before the colon is no speaker
    there); the opening is the host's."""
    order = _order(turns)[:3]
    people = cast(order, rng)
    indent, width, gap = _perturb(rng)
    host, guest = order[0], order[-1]
    show = rng.choice(_REPEATED_TITLE_SHOWS)
    head = rng.choice(_REPEATED_TITLE_HEADS)
    if rng.random() < 0.5:
        title = f"{people[guest].name}: {head}"
        top = f"{title}  {rng.choice(['Chef', 'Writer', 'Actor'])} {people[guest].name} " \
              f"talks about the new book."
    else:
        title = f"{head}, {people[guest].surname} Says"
        top = f"{title} : The {show.title()} Podcast In a speech on Monday the board " \
              f"defended the plan."
    out = Rendered("repeated_title_page")
    out.furnish(top)
    out.add("\n")
    player = ["  \u2022 Download", "  \u2022 <iframe src=\"\" title=\"embedded audio player\">",
              "  \u2022 Transcript"]
    for _ in range(rng.choice([1, 2])):
        out.add(gap)
        out.furnish(title)
        out.add(gap)
        for line in player:
            out.furnish(line)
            out.add("\n")
    out.add(gap)
    opening = [f"This is {show}. I'm {people[host].name}.",
               f"Our guest today is {people[guest].name}, who joins us from the studio."]
    for para in opening:
        text, start, end = wrap(indent, para, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], people[host].name)
        out.add(text[end:])
        out.add(gap)
    for key, body in turns[:40]:
        body = " ".join(body.split())
        if not body or key not in people:
            continue
        person = people[key]
        if key == host:
            label = f"{person.name.upper()}: "
        else:
            label = f"{person.honorific.title()} {person.name.upper()} " \
                    f"({rng.choice(['Guest', 'Chef', 'Author'])}): "
        text, start, end = wrap(indent + label, body, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], person.name)
        out.add(text[end:])
        out.add(gap)
    return out


LABEL_SHAPES["repeated_title_page"] = repeated_title_page


def numbered_voices(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A radio transcript whose clips number the unnamed voices with a number sign
    (`Unidentified Man #2:`, `Unidentified Woman #1:`, `Speaker #3:`) among named labels
    (`RUTH AKER:`). Each numbered voice is a speaker of its own, never the turn before."""
    order = _order(turns)[:4]
    people = cast(order, rng)
    indent, width, gap = _perturb(rng)
    named = order[0]
    kinds = ["Unidentified Man", "Unidentified Woman", "Speaker", "Unidentified Male",
             "Unidentified Female", "Unknown Speaker"]
    labels = {named: people[named].name.upper()}
    golds = {named: people[named].name}
    for i, key in enumerate(order[1:], start=1):
        kind = rng.choice(kinds)
        labels[key] = f"{kind} #{i}"
        golds[key] = f"{kind} #{i}"
    out = Rendered("numbered_voices")
    out.furnish(f"{rng.choice(_REPEATED_TITLE_SHOWS)} - transcript")
    out.add(gap)
    for key, body in turns[:40]:
        body = " ".join(body.split())
        if not body or key not in people:
            continue
        text, start, end = wrap(f"{indent}{labels[key]}: ", body, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], golds[key])
        out.add(text[end:])
        out.add(gap)
    return out


LABEL_SHAPES["numbered_voices"] = numbered_voices


_BLOG_TAG_KEYS = ["Technorati Tags", "Post Tags", "Categories", "Filed Labels", "Tags",
                  "Keywords"]


def blog_tag_lines(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A blog's copy of a transcript: the post's date and `Posted by admin`, a metadata
    line keyed like a label (`Technorati Tags: and , or , and`, `Post Tags: harbour, ferry`),
    the remarks' title and a photo caption, then the labelled transcript; sometimes the
    metadata line again after the last turn. The metadata, title and caption are no one's."""
    order = _order(turns)[:3]
    people = cast(order, rng)
    indent, width, gap = _perturb(rng)
    out = Rendered("blog_tag_lines")
    key = rng.choice(_BLOG_TAG_KEYS)
    values = rng.choice(["and or and , or and , or , and ,", "harbour, ferry, budget",
                         "Remarks , Press , Video"])
    out.furnish(f"Monday, June {rng.randint(1, 28)}, 2031")
    out.add(gap)
    out.furnish(f"Secretary {people[order[0]].name}, VIDEO, PODCAST, TEXT")
    out.add(gap)
    out.furnish(f"{indent}{key}: {values}")
    out.add(gap)
    out.furnish(f"Remarks After Their Meeting, Harbour Room, Eastport, June {rng.randint(1, 28)}"
                f", 2031")
    out.add(gap)
    out.furnish(f"Secretary {people[order[0]].surname} speaks to the press after the meeting. "
                f"Department photo.")
    out.add("\n")
    for k, body in turns[:40]:
        body = " ".join(body.split())
        if not body or k not in people:
            continue
        text, start, end = wrap(f"{indent}{people[k].name.upper()}: ", body, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], people[k].name)
        out.add(text[end:])
        out.add(gap)
    if rng.random() < 0.5:
        out.furnish(f"{indent}{key}: {values}")
        out.add("\n")
    return out


LABEL_SHAPES["blog_tag_lines"] = blog_tag_lines


def court_session_notes(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """An international tribunal's transcript: every printed line numbered 1-25 with a
    blank line between, `Page 12398` between pages, `JUDGE ROE: [Interpretation] ...` and
    `MR. ROE: ...` labels; now and then the record's notes on numbered lines of their own:
    `[Private session]`, numbered `(redacted)` lines, `[Open session]`, `(Short
    adjournment)`. The notes are no one's; speech resumes under the next label."""
    order = _order(turns)[:3]
    people = cast(order, rng)
    judge = order[0]
    labels = {judge: f"JUDGE {people[judge].surname.upper()}"}
    golds = {judge: f"Judge {people[judge].surname}"}
    for key in order[1:]:
        labels[key] = f"{people[key].honorific} {people[key].surname.upper()}"
        golds[key] = f"{people[key].honorific.title()} {people[key].surname}"
    width = rng.choice([60, 68, 72, 80])
    gap = rng.choice(["\n\n", "\n"])
    out = Rendered("court_session_notes")
    page = rng.randint(1000, 12000)
    number = 0

    def numbered(piece: str, gold: str | None) -> None:
        nonlocal number, page
        number += 1
        if number > 25:
            out.furnish(f"Page {page}")
            out.add(gap)
            page += 1
            number = 1
        out.add(f"{number} ")
        if gold is None:
            out.furnish(piece)
        else:
            out.turn(piece, gold)
        out.add(gap)

    for n, (key, body) in enumerate(turns[:40]):
        body = " ".join(body.split())
        if not body or key not in people:
            continue
        if n and rng.random() < 0.12:
            notes = rng.choice([["[Private session]", *["(redacted)"] * rng.randint(1, 8),
                                 "[Open session]"], ["(Short adjournment)"],
                                ["[Closed session]", "(redacted)", "[Open session]"]])
            for note in notes:
                numbered(note, None)
        prefix = f"{labels[key]}: " + ("[Interpretation] " if rng.random() < 0.4 else "")
        text, start, end = wrap(prefix, body, width)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if i == 0:  # the label, then its speech, on one numbered line
                cut = min(len(prefix), len(line))
                number += 1
                if number > 25:
                    out.furnish(f"Page {page}")
                    out.add(gap)
                    page += 1
                    number = 1
                out.add(f"{number} {line[:cut]}")
                out.turn(line[cut:], golds[key])
                out.add(gap)
            else:
                numbered(line, golds[key])
    return out


LABEL_SHAPES["court_session_notes"] = court_session_notes


# --- session 10 (end): the twelfth set's `<Office> of <Country> <Name>:` labels -----------
_OFFICE_OF_OFFICES = ["President of Veltria", "Prime Minister of Tarsal",
                      "Minister of Foreign Affairs", "Secretary of State",
                      "Governor of the Central Bank", "Minister of Ports and Harbours",
                      "Chairman of the Board", "Ambassador of Eastmoor"]


def office_of_labels(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A government's transcript whose labels give the office with its country or body
    before the name, a lower-case `of` inside (`President of Veltria Ivo Dane:`,
    `Governor of the Central Bank Tom Vale:`), and the press as `Q:`, `Question:` or
    `Journalist:`; the office is the speaker's role."""
    order = _order(turns)[:3]
    people = cast(order, rng)
    indent, width, gap = _perturb(rng)
    officials, asker = order[:2], order[2:]
    offices = dict(zip(officials, rng.sample(_OFFICE_OF_OFFICES, 2), strict=True))
    press = rng.choice(["Q", "Question", "Journalist"])
    out = Rendered("office_of_labels")
    for key in officials:
        out.roles[people[key].name] = offices[key]
    out.furnish(rng.choice(["Meeting with the delegation of Tarsal", "Joint press statements",
                            "Press conference, Riverton"]))
    out.add(gap)
    for key, body in turns[:40]:
        body = " ".join(body.split())
        if not body or key not in people:
            continue
        label = press if key in asker else f"{offices[key]} {people[key].name}"
        text, start, end = wrap(f"{indent}{label}: ", body, width, indent)
        out.add(text[:start])
        out.turn(text[start:end], PRESS if key in asker else people[key].name)
        out.add(text[end:])
        out.add(gap)
    return out


LABEL_SHAPES["office_of_labels"] = office_of_labels


def by_first_line(turns: Sequence[tuple[str, str]], rng: random.Random) -> Rendered:
    """A speech page whose first line is its `by` line, no title above it (`by
    Director General Mara Quill (hosted by the Harbour Institute)`), then date bullets and
    `(As delivered)`, then the speech unlabelled: the voice the `by` line names (the
    twelfth real set's family 1)."""
    key = _order(turns)[0]
    person = cast([key], rng)[key]
    # (a hyphenated title, `Director-General Mara Quill`, is not split into office and name
    # by roles.titled_name yet: left out here, named in bench/RESULTS.md as still missed)
    title = rng.choice(["Secretary General", "Director General", "Foreign Minister",
                        "High Representative", "Deputy Secretary General"])
    out = Rendered("by_first_line")
    out.roles[person.name] = title
    host = rng.choice([f" (hosted by {rng.choice(_ORGS)})", f" at the {rng.choice(_ORGS)}",
                       " at the opening of the harbour forum", ""])
    out.furnish(f"by {title} {person.name}{host}")
    out.add("\n\n")
    out.furnish(rng.choice(["  • 03 Mar. 2031 -", "  • 24 May. 2031 -\n  • |",
                            "Last updated: 05 Jul. 2031 16:17"]))
    out.add("\n")
    out.furnish(rng.choice(["(As delivered)", "(Check against delivery)", "(As prepared)"]))
    out.add("\n\n")
    return _speech(out, turns, key, person.name, rng)


LABEL_SHAPES["by_first_line"] = by_first_line
