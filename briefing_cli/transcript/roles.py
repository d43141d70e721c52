"""Names and roles around a mention: `US State Department spokesperson Matthew Miller`,
`Sabrina Singh, the Deputy Pentagon Press Secretary`, `Daniel Reyes, Spokesperson`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing_cli.speakers import HONORIFICS, ROLE_HEADS, TITLE_ABBREVIATIONS, split_name

_CONNECTORS = frozenset({"of", "for", "on", "&"})
_PREPOSITIONS = frozenset({"in", "at", "of", "for", "from", "with"})
_NOT_FIRST_NAMES = frozenset("""
the a an and but or if as when while after before since thanks thank good hi hello dear
welcome says said told asked according per by with from to in on at of for this that
president secretary minister spokesperson general senator ambassador
""".split())
_HOST = re.compile(r"\b(?:I'm|I am)?\s*(?:your|our|the)\s+(?P<role>host|moderator|anchor)\s*,\s*$",
                   re.IGNORECASE)


def _is_head(token: str) -> bool:
    key = token.lower().strip(".,;:’'")
    return key in ROLE_HEADS or key in TITLE_ABBREVIATIONS


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def role_before(prefix: str) -> str | None:
    """Role in the words right before a name: `... the Deputy Pentagon Press Secretary in the
    Department of Defense ` -> `Deputy Pentagon Press Secretary`."""
    host = _HOST.search(prefix)
    if host:
        return host.group("role").capitalize()
    tokens = prefix.split()
    end = len(tokens)
    for _attempt in range(2):
        run: list[str] = []
        i = end - 1
        while i >= 0:
            token = tokens[i]
            bare = token.rstrip(",")
            if (token != bare and i != end - 1) or bare[-1:] in ":;()\"“”":
                break
            if _capitalised(bare) or _is_head(bare) or (run and bare.lower() in _CONNECTORS):
                run.insert(0, bare)
                i -= 1
                continue
            break
        while run and run[0].lower() in _CONNECTORS:
            run.pop(0)
        if _valid_role(run):
            return _expand(run)
        # `the Secretary in the Department of Defense Name`: skip one prepositional phrase.
        j = i
        while j >= 0 and tokens[j].lower() in {"the", "a"}:
            j -= 1
        if j >= 0 and tokens[j].lower() in _PREPOSITIONS and run:
            end = j
            continue
        break
    return None


def role_after(suffix: str) -> str | None:
    """Role in an appositive right after a name: `, the Deputy Pentagon Press Secretary,`."""
    match = re.match(r"\s*,\s*(?:the\s+|a\s+|an\s+|our\s+|his\s+|her\s+)?", suffix)
    if not match:
        return None
    run: list[str] = []
    for token in suffix[match.end():].split():
        bare = token.rstrip(",.;:")
        if bare and (_capitalised(bare) or _is_head(bare) or (run and bare.lower() in _CONNECTORS)):
            run.append(bare)
            if bare != token:
                break
            continue
        break
    while run and run[-1].lower() in _CONNECTORS:
        run.pop()
    if _valid_role(run) and len(run) <= 8:
        return _expand(run)
    return None


def _valid_role(run: list[str]) -> bool:
    """A role ends in its head word or goes on with `of`/`for`: `Minister for European Affairs`."""
    heads = [i for i, token in enumerate(run) if _is_head(token)]
    if not heads:
        return False
    last = heads[-1]
    return last == len(run) - 1 or run[last + 1].lower() in _CONNECTORS


def _expand(run: list[str]) -> str:
    if len(run) == 1:
        return TITLE_ABBREVIATIONS.get(run[0].lower().rstrip("."), run[0])
    return " ".join(run)


def find_person(text: str, surname: str) -> tuple[str | None, str, str | None]:
    """First name, surname as written, and role of `surname` from its mentions in `text`.

    A role of several words (`Commander of Joint Forces North`) beats a bare title (`Gen.`).
    """
    first: str | None = None
    written = surname
    found_roles: list[str] = []
    pattern = re.compile(
        r"(?<![\w\-])(?:(?P<first>[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?)[ \t]+)?"
        rf"(?P<sur>(?i:{re.escape(surname)}))(?![\w\-])"
    )
    for match in pattern.finditer(text):
        if not match.group("sur")[:1].isupper():
            continue
        candidate = match.group("first")
        if candidate and candidate.split()[0].lower() in _NOT_FIRST_NAMES | HONORIFICS:
            candidate = None
        if candidate and first is None:
            first, written = candidate, match.group("sur")
        line_start = text.rfind("\n", 0, match.start()) + 1
        name_start = match.start("first") if candidate else match.start("sur")
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        for role in (role_before(text[line_start:name_start]),
                     role_after(text[match.end():line_end])):
            if role:
                found_roles.append(role)
        if first and any(len(r.split()) > 1 for r in found_roles):
            break
    long_roles = [r for r in found_roles if len(r.split()) > 1]
    chosen = long_roles or found_roles
    return first, written, chosen[0] if chosen else None


def header_names(text: str, labels: Iterable[str]) -> list[tuple[str, str | None]]:
    """Full names and roles for label surnames, found anywhere in `text`."""
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for label in labels:
        _titles, names = split_name(label)
        if not names or len(names[-1]) < 2:
            continue
        surname = names[-1].rstrip(".")
        if surname.lower() in seen or not surname[:1].isalpha():
            continue
        seen.add(surname.lower())
        first, written, role = find_person(text, surname)
        if first:
            out.append((f"{first} {written}", role))
    return out
