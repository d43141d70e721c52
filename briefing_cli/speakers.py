"""One identity per person: titles, roles, and a registry that merges mentions.

`MR MILLER`, `Miller`, `Matthew Miller` and `Spokesperson Matthew Miller` all resolve to
one speaker displayed as "Matthew Miller", with the other forms as aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_cli.models import PRESS_ID, Speaker, SpeakerKind

# Honorifics: part of how someone is addressed, never a role.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mx", "prof", "professor", "hon",
    "honorable", "rev", "reverend", "father",
})

# Words that make a title a role ("Secretary Blinken" -> role "Secretary").
ROLE_HEADS = frozenset({
    "adviser", "advisor", "administrator", "admiral", "ambassador", "analyst", "anchor",
    "assistant", "attorney", "captain", "ceo", "cfo", "chair", "chairman", "chairwoman",
    "chancellor", "chief", "colonel", "commander", "commissioner", "congressman",
    "congresswoman", "coordinator", "correspondent", "counselor", "director", "envoy",
    "general", "governor", "head", "host", "leader", "lieutenant", "major", "manager",
    "mayor", "minister", "moderator", "officer", "official", "operator", "president",
    "premier", "representative", "reporter", "secretary", "senator", "sergeant",
    "spokesman", "spokesperson", "spokeswoman", "staff", "undersecretary", "vice",
    "deputy", "editor", "executive", "founder", "partner", "strategist", "treasurer",
})

# Abbreviated titles, expanded for display ("GEN. HALE" -> "General Hale").
TITLE_ABBREVIATIONS = {
    "amb": "Ambassador", "gen": "General", "adm": "Admiral", "col": "Colonel",
    "lt": "Lieutenant", "capt": "Captain", "sen": "Senator", "rep": "Representative",
    "gov": "Governor", "sec": "Secretary", "maj": "Major", "sgt": "Sergeant",
    "pres": "President", "cmdr": "Commander",
}

PRESS_LABELS = frozenset({"q", "question", "questioner", "reporter", "press", "journalist",
                          "audience member", "audience", "participant"})

PRONOUNS = frozenset({"he", "she", "they", "i", "we"})

_TOKEN = re.compile(r"[^\s,]+")


def _key(token: str) -> str:
    return token.lower().strip(".’'")


def is_title(token: str) -> bool:
    key = _key(token)
    return key in HONORIFICS or key in ROLE_HEADS or key in TITLE_ABBREVIATIONS


def display_case(token: str) -> str:
    """`JEAN-PIERRE` -> `Jean-Pierre`, `MCDONOUGH` -> `Mcdonough`; mixed case is kept."""
    if not token.isupper():
        return token
    return "-".join(part[:1] + part[1:].lower() for part in token.split("-"))


def split_name(text: str) -> tuple[list[str], list[str]]:
    """Split a mention into (title tokens, name tokens).

    `MR. MILLER` -> (['MR.'], ['MILLER']); `DEPUTY PRESS SECRETARY SABRINA SINGH` ->
    (['DEPUTY', 'PRESS', 'SECRETARY'], ['SABRINA', 'SINGH']): everything up to the last
    title word is the title, and at least one token is left for the name.
    """
    tokens = _TOKEN.findall(text)
    last_title = -1
    for i, token in enumerate(tokens[:-1]):
        if is_title(token):
            last_title = i
    return tokens[:last_title + 1], tokens[last_title + 1:]


def role_from_titles(titles: list[str]) -> str | None:
    """A role spelled by title words, honorifics dropped: `SECRETARY` -> `Secretary`."""
    words = [TITLE_ABBREVIATIONS.get(_key(t), display_case(t.rstrip("."))) for t in titles
             if _key(t) not in HONORIFICS]
    if not words or not any(_key(w) in ROLE_HEADS for w in words):
        return None
    return " ".join(words)


def press_speaker() -> Speaker:
    return Speaker(id=PRESS_ID, name="Press", kind=SpeakerKind.PRESS)


@dataclass
class _Entry:
    key: str
    first: str | None
    surname: str
    title: str | None
    role: str | None
    kind: SpeakerKind
    forms: list[str] = field(default_factory=list)


class SpeakerRegistry:
    """Every speaker of one document; mentions merge on surname and compatible first name."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []

    def press(self) -> str:
        """Key of the unnamed press, registered on first use."""
        for entry in self._entries:
            if entry.key == PRESS_ID:
                return entry.key
        self._entries.append(_Entry(PRESS_ID, None, "Press", None, None, SpeakerKind.PRESS))
        return PRESS_ID

    def find(self, mention: str) -> str | None:
        """Key of the speaker a mention refers to, if already known."""
        entry = self._match(*self._parts(mention))
        return entry.key if entry else None

    def add(self, mention: str, role: str | None = None,
            kind: SpeakerKind = SpeakerKind.PERSON) -> str:
        """Register a mention (label, full name, surname) and return its speaker key."""
        mention = " ".join(mention.split())
        if _key(mention) in PRESS_LABELS:
            return self.press()
        titles, first, surname = self._parts(mention)
        title_role = role_from_titles(titles)
        title = titles[0] if titles else None
        entry = self._match(titles, first, surname)
        if entry is None:
            entry = _Entry(key=f"s{len(self._entries)}", first=first, surname=surname,
                           title=title, role=role or title_role, kind=kind)
            self._entries.append(entry)
        else:
            entry.first = entry.first or first
            entry.title = entry.title or title
            # A stated role of several words beats a bare title: `Commander of ...` > `General`.
            better = role or title_role
            if better and (entry.role is None or (len(entry.role.split()) == 1
                                                 and len(better.split()) > 1)):
                entry.role = better
        if mention not in entry.forms:
            entry.forms.append(mention)
        return entry.key

    @staticmethod
    def _parts(mention: str) -> tuple[list[str], str | None, str]:
        titles, names = split_name(mention)
        if not names:
            return titles, None, mention
        surname = display_case(names[-1].rstrip("."))
        first = " ".join(display_case(n) for n in names[:-1]) or None
        return titles, first, surname

    def _match(self, titles: list[str], first: str | None, surname: str) -> _Entry | None:
        for entry in self._entries:
            if entry.key == PRESS_ID or entry.surname.lower() != surname.lower():
                continue
            if first is None or entry.first is None or _compatible(first, entry.first):
                return entry
        return None

    def speakers(self, order: list[str]) -> tuple[tuple[Speaker, ...], dict[str, str]]:
        """Final speakers for the keys in `order` and a map from key to public id."""
        speakers: list[Speaker] = []
        ids: dict[str, str] = {}
        taken: set[str] = set()
        entries = {entry.key: entry for entry in self._entries}
        for key in order:
            entry = entries[key]
            if entry.key == PRESS_ID:
                speaker = press_speaker()
            else:
                name = self._display(entry)
                aliases = [f for f in entry.forms if f != name]
                if (entry.first and entry.surname.isalpha() and entry.surname not in aliases
                        and entry.surname != name):
                    aliases.append(entry.surname)
                speaker = Speaker(id=_unique(_slug(name), taken), name=name, role=entry.role,
                                  aliases=tuple(aliases), kind=entry.kind)
            taken.add(speaker.id)
            ids[entry.key] = speaker.id
            speakers.append(speaker)
        return tuple(speakers), ids

    @staticmethod
    def _display(entry: _Entry) -> str:
        if entry.kind is SpeakerKind.ORGANIZATION:
            return entry.forms[0]
        if entry.first:
            return f"{entry.first} {entry.surname}"
        if entry.title:
            title = TITLE_ABBREVIATIONS.get(_key(entry.title), display_case(entry.title))
            if _key(entry.title) in HONORIFICS and not title.endswith("."):
                title = display_case(entry.title.rstrip(".")) + "."
            return f"{title} {entry.surname}"
        return entry.surname


def _compatible(a: str, b: str) -> bool:
    a0, b0 = a.split()[0].rstrip(".").lower(), b.split()[0].rstrip(".").lower()
    return a0 == b0 or (len(a0) == 1 and b0.startswith(a0)) or (len(b0) == 1 and a0.startswith(b0))


def _slug(name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", name.lower(), flags=re.UNICODE).strip("-")
    return slug or "speaker"


def _unique(slug: str, taken: set[str]) -> str:
    if slug not in taken and slug != PRESS_ID:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"
