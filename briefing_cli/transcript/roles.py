"""Names and roles around a mention: `US State Department spokesperson Matthew Miller`,
`Sabrina Singh, the Deputy Pentagon Press Secretary`, `Daniel Reyes, Spokesperson`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from briefing_cli.speakers import (
    ANSWER_LABELS,
    HONORIFICS,
    ROLE_HEADS,
    TITLE_ABBREVIATIONS,
    SpeakerRegistry,
    display_case,
    is_title,
    name_parts,
    role_label,
    split_name,
)
from briefing_cli.transcript.common import lazy_pattern

# Names and roles are looked for in the header and this much of the rest: people are
# introduced early, and a long transcript must not be scanned once per speaker.
SEARCH_LIMIT = 200_000
MANY_LABELS = 50  # beyond this many labels, names are found through a CapitalIndex

_CONNECTORS = frozenset({"of", "for", "on", "&", "to", "at"})
_FUNCTION_WORDS = frozenset("""
the a an by with from in at on of for to as and or is was are were be has have had who
which that said says told
""".split())
# Function words that end a role read backwards even in capitals (`BRIEFING BY CHAIR`).
_STOPS = frozenset({"by", "with", "from", "is", "was", "said", "says", "told", "and", "as",
                    "according", "when", "while"})
_DETERMINERS = frozenset({"our", "my", "your", "his", "her", "their", "its", "the", "a", "an"})
_REACH = 240  # characters around a name searched for its role
# Lower-case words that belong to a role before its head: `union president`.
_MODIFIERS = frozenset("""
union campaign party press deputy senior former chief foreign vice assistant executive
national security policy communications media police city state county school board
company association acting interim
""".split())
_PREPOSITIONS = frozenset({"in", "at", "of", "for", "from", "with"})
_NOT_FIRST_NAMES = frozenset("""
the a an and but or if as when while after before since thanks thank good hi hello dear
welcome says said told asked according per by with from to in on at of for this that
president secretary minister spokesperson general senator ambassador member members ranking
chairman chairwoman madam gentleman gentlewoman gentlemen ladies speaker mister thanks
yes no okay ok well so now today yesterday tomorrow ministry department committee house
""".split())
# Title-case words of an event in a page title, never part of a name after it.
_EVENT_WORDS = frozenset("""
impromptu presser pressers departing arriving departs arrives remarks briefing briefings
interview speech statement transcript video exclusive live delivers holds gives
""".split())
_HOST = lazy_pattern(
    r"\b(?:I'm|I am)?\s*(?:your|our|the)\s+(?P<role>host|moderator|anchor)\s*,\s*$",
    re.IGNORECASE)


def _is_head(token: str) -> bool:
    key = token.lower().strip(".,;:’'")
    return key in ROLE_HEADS or key in TITLE_ABBREVIATIONS


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def role_before(prefix: str) -> str | None:
    """Role in the words right before a name: `... the Deputy Pentagon Press Secretary in the
    Department of Defense ` -> `Deputy Pentagon Press Secretary`."""
    prefix = prefix[-_REACH:]  # a role sits next to its name; long lines stay linear
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
            if bare.lower() in _STOPS or (bare.lower() in {"the", "a", "an"} and not (
                    i > 0 and tokens[i - 1].lower() in _CONNECTORS)):
                break  # `BRIEFING BY THE CHAIR`: a capitalised function word ends the role
            if _capitalised(bare) or _is_head(bare) or (run and bare.lower() in _CONNECTORS) \
                    or (run and bare.lower() in _MODIFIERS):
                run.insert(0, bare)
                i -= 1
                continue
            if run and _is_head(run[0]) and bare.isalpha() and bare.islower() and i > 0 and \
                    (_capitalised(tokens[i - 1]) or tokens[i - 1].endswith(("'s", "’s"))) \
                    and bare not in _FUNCTION_WORDS:
                # `EU trade commissioner`, `the city's transport chief`
                run.insert(0, bare)
                i -= 1
                continue
            break
        while run and run[0].lower() in _CONNECTORS | _DETERMINERS:
            run.pop(0)  # `Our correspondent Priya Raman`: the role is `correspondent`
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
    suffix = suffix[:_REACH]
    match = re.match(r"\s*,\s*(?:the\s+|a\s+|an\s+|our\s+|his\s+|her\s+|its\s+|their\s+)?",
                     suffix)
    if not match:
        return None
    tokens = suffix[match.end():].split()
    # `Portugal's fisheries minister,`: a short description ending in its head word.
    short: list[str] = []
    for token in tokens[:5]:
        short.append(token.rstrip(",.;:"))
        if token != short[-1]:
            break
    if len(short) <= 4 and short and _is_head(short[-1]) and all(
            re.fullmatch(r"[\w'’\-.&]+", t) for t in short) and (
            len(short) < len(tokens) or tokens[len(short) - 1][-1:] in ",.;:" or
            len(short) == len(tokens)):
        more = _more_parts(tokens[len(short):]) if tokens[len(short) - 1].endswith(",") else []
        return ", ".join([_expand(short), *more])
    run: list[str] = []
    for token in tokens:
        bare = token.rstrip(",.;:")
        if bare and (_capitalised(bare) or _is_head(bare) or (run and bare.lower() in _CONNECTORS)
                     or bare.lower() in _MODIFIERS
                     or (run and bare.lower() == "the" and run[-1].lower() in _CONNECTORS)):
            run.append(bare)
            if bare != token:
                break
            continue
        break
    while run and (run[-1].lower() in _CONNECTORS or run[-1].lower() == "the"):
        run.pop()
    if _valid_role(run) and len(run) <= 8:
        more = _more_parts(tokens[len(run):]) if tokens[len(run) - 1].endswith(",") else []
        return ", ".join([_expand(run), *more])
    return None


def _more_parts(tokens: list[str]) -> list[str]:
    """Further comma-separated parts of a role, each in capitals (`..., Office of Rural
    Transport, Alder County, at her office`): kept up to the first lower-case word."""
    parts: list[str] = []
    part: list[str] = []
    for token in tokens[:16]:
        bare = token.rstrip(",.;:")
        if not bare or not (_capitalised(bare) or (part and bare.lower() in _CONNECTORS) or (
                part and bare.lower() == "the" and part[-1].lower() in _CONNECTORS)):
            break
        part.append(bare)
        if token != bare:
            if len(part) < 2 or part[-1].lower() in _CONNECTORS:
                break  # `, Washington, said`: a place, not a part of the role
            parts.append(_expand(part))
            if not token.endswith(",") or len(parts) >= 3:
                break
            part = []
    return parts


def _valid_role(run: list[str]) -> bool:
    """A role ends in its head word or goes on with `of`/`for`: `Minister for European Affairs`."""
    heads = [i for i, token in enumerate(run) if _is_head(token)]
    if not heads:
        return False
    last = heads[-1]
    return last == len(run) - 1 or run[last + 1].lower() in _CONNECTORS


def _expand(run: list[str]) -> str:
    if all(token.isupper() for token in run if token[:1].isalpha()):
        run = [_recase(token) for token in run]
    if len(run) == 1:
        return TITLE_ABBREVIATIONS.get(run[0].lower().rstrip("."), run[0])
    return " ".join(_spelled(run))


def _spelled(run: list[str]) -> list[str]:
    """`FMR. Vice Pres.` -> `Former Vice President`: a run of several words spells out its
    abbreviated titles only when one of them is `FMR.` (otherwise a role reads as written)."""
    if not any(token.lower() == "fmr." for token in run):
        return run
    return [TITLE_ABBREVIATIONS.get(token.lower().rstrip("."), token) if token.endswith(".")
            else token for token in run]


def _recase(token: str) -> str:
    """A word of a role written in capitals: `SECRETARY` -> `Secretary`, `OF` -> `of`;
    short acronyms (`CEO`, `U.S.`) stay."""
    if token.lower() in _CONNECTORS | {"the", "and"}:
        return token.lower()
    if len(token.strip(".")) <= 3 and token.lower() not in ROLE_HEADS:
        return token
    return display_case(token)


def role_line(line: str) -> str | None:
    """A header line that is a role and nothing else: `U.S. Representative to the United
    Nations`, `Chief Executive Officer`."""
    tokens = line.split()
    if not tokens or len(tokens) > 12 or ":" in line or line.rstrip().endswith(("?", "!")):
        return None
    run = [t.rstrip(",") for t in tokens]
    if not all(_capitalised(t) or _is_head(t) or t.lower() in _CONNECTORS | {"to", "the", "and"}
               for t in run):
        return None
    heads = [i for i, t in enumerate(run) if _is_head(t)]
    if not heads or run[0].lower() in {"the", "and", "to"} | _CONNECTORS:
        return None
    # the whole role, commas kept: `Deputy Director, Office of Rural Transport, Alder County`
    role = _expand([*tokens[:-1], tokens[-1].rstrip(",")])
    # but not the dateline after it: `Press Secretary, Washington, D.C.`
    dateline = _DATELINE.search(role)
    return role[:dateline.start()] if dateline is not None and dateline.start() else role


# A place where a role line runs into the dateline: `, Washington, D.C.`, `, Eastbay, CA`,
# ` Washington, D.C.` (a company's `, Acme, Inc.` is no place).
_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
           "NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
_STATE_ABBREVIATIONS = ("Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|"
                        "Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo")
_DATELINE = re.compile(
    r"(?:,[^\S\n]*(?:[A-Z][\w.'’\-]*[^\S\n]+){0,2}|[^\S\n]+)[A-Z][\w'’\-]*,[^\S\n]*"
    r"(?!(?:Inc|Ltd|Co|Corp|Jr|Sr|LLC|PLC|LLP)\b)"
    rf"(?:D\.?[^\S\n]?C\.?|(?:{_STATES})|(?:{_STATE_ABBREVIATIONS})\.?)$"
    r"|,[^\S\n]*Washington\.?$")


def role_rest(suffix: str) -> str | None:
    """A whole role filling the rest of a line after a name, commas kept: `, Deputy Director,
    Office of Rural Transport, Alder County` (participants lists, briefing headers)."""
    match = re.match(r"[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?(?P<role>[^\n]{1,160}?)[.;]?[^\S\n]*$",
                     suffix[:200])
    if match is None or "," not in match.group("role"):
        return None  # one part only: role_after reads it (and stops at its verbs)
    return role_line(match.group("role"))


def stated_role(text: str) -> str | None:
    """A role as a broadcast label states it, in capitals, whatever its head word
    (`GEOMANCY CONSULTANT`, `FORMER CIA DIRECTOR`), recased."""
    tokens = text.split()
    if not 0 < len(tokens) <= 8 or not text.isupper() or ":" in text:
        return None
    return _expand([*tokens[:-1], tokens[-1].rstrip(",")])


def _role_below(text: str, line_start: int, name_start: int, name_end: int,
                line_end: int) -> str | None:
    """The role on the line under a name that has a line to itself (a header block)."""
    # Both tests stop at the first word that fails them: on a line holding a whole
    # flattened transcript, slicing the line for every name made the look-ups quadratic.
    if not _only_titles(text, line_start, name_start):
        return None
    gap = _GAP_TO_END.match(text, name_end, line_end)  # (it matches, if only emptily)
    if gap is None or gap.end() != line_end or line_end >= len(text):
        return None
    below_end = text.find("\n", line_end + 1)
    return role_line(text[line_end + 1:below_end if below_end != -1 else len(text)])


_GAP_TO_END = re.compile(r"[ \t,]*")
_BREAK = re.compile("\n")


def _only_titles(text: str, start: int, end: int) -> bool:
    """`all(is_title(t) for t in text[start:end].split())`, read backwards from `end`."""
    pos = end
    while True:
        while pos > start and text[pos - 1].isspace():
            pos -= 1
        if pos <= start:
            return True
        word_end = pos
        while pos > start and not text[pos - 1].isspace():
            pos -= 1
        if not is_title(text[pos:word_end]):
            return False


_WORD_ONLY = re.compile(r"\w+")


class CapitalIndex:
    """Where each capitalised word of a text starts, by its lower-cased form: finding the
    mentions of one name then costs its mentions, not a scan of the text (and no regular
    expression compiled per name), so 100,000 distinct speakers stay linear."""

    INDEXED = lazy_pattern(r"(?<!\w)[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f]\w*")
    _FIRST_BEFORE = lazy_pattern(
        r"(?<![\w\-])(?P<first>[A-Z](?:[a-z]+|[A-Z]+)(?:[ \t]+[A-Z]\.)?)[ \t]+\Z")
    _REACH = 64  # characters before a surname searched for its first name

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for match in self.INDEXED.finditer(text):
            self.starts.setdefault(match.group(0).lower(), []).append(match.start())
        self._breaks: list[int] | None = None

    def line(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line holding `pos`, without a scan of the line (a document
        whose line breaks were lost is one line holding every name)."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _BREAK.finditer(self.text)]
        i = bisect.bisect_left(self._breaks, pos)
        return (self._breaks[i - 1] + 1 if i else 0,
                self._breaks[i] if i < len(self._breaks) else len(self.text))

    def covers(self, word: str) -> bool:
        return bool(self.INDEXED.match(word)) and _WORD_ONLY.fullmatch(word) is not None

    def absent(self, word: str) -> bool:
        """A word the index covers that the text never has capitalised: it has no mention."""
        return word.lower() not in self.starts and self.covers(word)

    def mentions(self, word: str) -> list[int]:
        """Starts of `word` (any case, capitalised, whole word) in the text."""
        text, size, lower = self.text, len(word), word.lower()
        return [p for p in self.starts.get(lower, ())
                if text[p:p + size].lower() == lower
                and not (p + size < len(text) and (text[p + size].isalnum()
                                                   or text[p + size] in "_-"))]

    def people(self, surname: str) -> list[tuple[int, int, int, str | None, str]]:
        """(start, first-name start, end, first name, surname as written) of each mention
        of `surname`, as find_person's pattern would find them."""
        out = []
        text = self.text
        for p in self.mentions(surname):
            if p and text[p - 1] == "-":
                continue
            line_start = self.line(p)[0]
            before = self._FIRST_BEFORE.search(text, max(line_start, p - self._REACH), p)
            end = p + len(surname)
            if before:
                out.append((before.start(), before.start("first"), end, before.group("first"),
                            text[p:end]))
            else:
                out.append((p, p, end, None, text[p:end]))
        return out


def _person_mentions(text: str, surname: str, index: CapitalIndex | None
                     ) -> list[tuple[int, int, int, str | None, str]]:
    if index is not None and index.text is text and index.covers(surname):
        return index.people(surname)
    pattern = re.compile(
        r"(?<![\w\-])(?:(?P<first>[A-Z](?:[a-z]+|[A-Z]+)(?:[ \t]+[A-Z]\.)?)[ \t]+)?"
        rf"(?P<sur>(?i:{re.escape(surname)}))(?![\w\-])"
    )
    return [(m.start(), m.start("first") if m.group("first") else m.start("sur"), m.end(),
             m.group("first"), m.group("sur")) for m in pattern.finditer(text)]


_OF_BEFORE = re.compile(r"\b(?:of|for)[ \t]+$")


def find_person(text: str, surname: str, index: CapitalIndex | None = None
                ) -> tuple[str | None, str, str | None]:
    """First name, surname as written, and role of `surname` from its mentions in `text`
    (`index`, built once for many names, finds them without scanning the text).

    A role of several words (`Commander of Joint Forces North`) beats a bare title (`Gen.`).
    """
    first: str | None = None
    written = surname
    found_roles: list[str] = []
    for start, first_start, end, first_name, sur in _person_mentions(text, surname, index):
        if not sur[:1].isupper():
            continue
        candidate = first_name
        if candidate and (candidate.split()[0].lower() in _NOT_FIRST_NAMES | HONORIFICS
                          or is_title(candidate.split()[0])
                          or _OF_BEFORE.search(text, max(0, first_start - 5), first_start)):
            candidate = None  # `Secretary of Defense Austin`: Defense is no first name
        if candidate and first is None:
            first, written = candidate, sur
        if index is not None and index.text is text:
            line_start, line_end = index.line(start)[0], index.line(end)[1]
        else:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end == -1 else line_end
        name_start = first_start if candidate else end - len(sur)
        # Each reader looks at most _REACH characters from the name: slicing no further
        # keeps a line that holds a whole flattened transcript linear.
        after = text[end:min(line_end, end + _REACH)]
        for role in (role_rest(after),
                     role_before(text[max(line_start, name_start - _REACH):name_start]),
                     role_after(after),
                     _role_below(text, line_start, name_start, end, line_end)):
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
    if not text:
        return out  # no header (the first label opens the text): no name in it
    seen: set[str] = set()
    labels = list(labels)
    index = CapitalIndex(text) if len(labels) > MANY_LABELS else None
    for label in labels:
        if role_label(label) is not None:
            continue
        titles, names = name_parts(label)
        if not names or len(names[-1]) < 2:
            continue
        surname = names[-1].rstrip(".")
        if surname.lower() in seen or not surname[:1].isalpha():
            continue
        seen.add(surname.lower())
        if index is not None and index.absent(surname):
            continue  # never mentioned: neither a full name nor a first name to complete
        first, written, role = find_person(text, surname, index)
        if first:
            out.append((f"{display_case(first)} {display_case(written)}", role))
        elif len(names) == 1 and not titles:
            # `Maya:` - a first name alone: the one `Maya Surname` in the text, if any.
            full = full_name_of_first(text, surname, index)
            if full:
                out.append((full, None))
    return out


_SURNAME_AFTER = lazy_pattern(r"[ \t]+(?P<sur>[A-Z][\w'’\-]+)(?![\w\-])")


def full_name_of_first(text: str, first: str, index: CapitalIndex | None = None
                       ) -> str | None:
    """`Maya Chen` for `Maya` when the text names exactly one `Maya <Surname>`."""
    if index is not None and index.text is text and index.covers(first):
        after = ((p, _SURNAME_AFTER.match(text, p + len(first))) for p in index.mentions(first)
                 if not (p and text[p - 1] == "-"))
        surnames = [m.group("sur") for p, m in after
                    if m and not _shouted(text, p, first, m.group("sur"))]
    else:
        pattern = re.compile(rf"(?<![\w\-])(?i:{re.escape(first)})[ \t]+"
                             r"(?P<sur>[A-Z][\w'’\-]+)(?![\w\-])")
        surnames = [m.group("sur") for m in pattern.finditer(text) if m.group(0)[:1].isupper()
                    and not _shouted(text, m.start(), first, m.group("sur"))]
    found = {display_case(sur) for sur in surnames
             if not is_title(sur) and sur.lower() not in _NOT_FIRST_NAMES}
    if len(found) == 1:
        return f"{display_case(first)} {found.pop()}"
    return None


def _shouted(text: str, at: int, first: str, after: str) -> bool:
    """`KELLER To answer ...`: a capitals label that lost its colon, not `Keller To` (a
    name in capitals, `MAYA CHEN`, stays one)."""
    return len(first) > 1 and text[at:at + len(first)].isupper() and not after.isupper()


_INTERVIEW = lazy_pattern(
    r"(?i:interview(?:ed|s)?\s+with|in\s+conversation\s+with|conversation\s+with|"
    r"in\s+conversation\s*:|q\s*&\s*a\s*(?:with|:)|"
    r"talk(?:s|ed)?\s+(?:to|with)|(?:speaks?|spoke)\s+(?:to|with)|sat\s+down\s+with|"
    r"interview(?:ed|s)?|guest(?:\s+is)?\s*:?|interviewee\s*:)[^\S\n]+")
_NAME_COMMA = lazy_pattern(r"^\s*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’\-]+)\s*,")


def titled_name(words: str) -> tuple[str, str | None] | None:
    """(`Jana Novak`, `Foreign Minister`) from the capitalised run at the start of
    `Foreign Minister Jana Novak on the enlargement package`; None without a full name."""
    run: list[str] = []
    for token in words.split()[:14]:
        bare = token.rstrip(",;:")
        bare = re.sub(r"['’]s$", "", bare)
        if bare.endswith(".") and not re.fullmatch(r"[A-Z]\.|[A-Z][a-z]{0,3}\.", bare):
            bare = bare.rstrip(".")  # a full stop ends the name (and the sentence)
        if not (_capitalised(bare) or (run and bare.lower() in _CONNECTORS) or (
                run and bare.lower() == "the" and run[-1].lower() in _CONNECTORS)):
            break
        if run and bare.lower() in _EVENT_WORDS:
            break  # a blog title: `President Ana Ruiz Impromptu Presser Departing ...`
        run.append(bare)
        if bare != token:
            break
    while run and run[-1].lower() in _CONNECTORS | {"the"}:
        run.pop()
    titles, names = split_name(" ".join(run))
    if _names(names):
        return " ".join(names), (_expand(titles) if titles and _valid_role(titles) else None)
    # A role with a phrase before the name: `Chair of the Transport Committee Bruno Kowalczyk`
    for size in (2, 3):
        if len(run) > size and _valid_role(run[:-size]) and _names(run[-size:]):
            return " ".join(run[-size:]), _expand(run[:-size])
    # A capitalised topic after the name: `Ambassador Ana Ruiz on the Middle East`.
    for cut in range(len(run) - 1, 1, -1):
        if run[cut].lower() in _CONNECTORS - {"of", "for"} and run[cut - 1].lower() not in \
                _CONNECTORS | {"the"}:
            found = titled_name(" ".join(run[:cut]))
            if found is not None:
                return found
    return None


def _names(names: list[str]) -> bool:
    return 2 <= len(names) <= 4 and names[0].lower() not in _NOT_FIRST_NAMES and all(
        _capitalised(n) and not is_title(n) and n.lower() not in _CONNECTORS for n in names)


def interviewee(header: str) -> tuple[str, str | None] | None:
    """Who answers in a Q/A interview: `Interview with Foreign Minister Jana Novak`."""
    for match in _INTERVIEW.finditer(header):
        line_end = header.find("\n", match.end())
        rest = header[match.end():line_end if line_end != -1 else len(header)]
        found = titled_name(rest)
        if found is not None:
            name, role = found
            after = rest[rest.find(name.split()[-1]) + len(name.split()[-1]):]
            return name, role_rest(after) or role or role_after(after)
        # `spoke with Vandermolen at her office`: the surname; the intro names her in full
        surname = re.match(r"(?:(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+)?([A-Z][\w'’\-]{2,})\b", rest)
        if surname and surname.group(1).lower() not in _NOT_FIRST_NAMES:
            first, written, role = find_person(header, surname.group(1))
            if first:
                return f"{display_case(first)} {display_case(written)}", role
    # Otherwise the first `Name, Role` line of the header.
    for line in header.splitlines():
        line_match = _NAME_COMMA.match(line)
        if line_match and line_match.group("name").split()[0].lower() not in _NOT_FIRST_NAMES:
            role = role_after(line[line_match.end("name"):])
            if role:
                return line_match.group("name"), role
    return None


_SPOKE = lazy_pattern(r"[^\S\n]+(?:said|says|told\s+reporters|took\s+questions|answered|"
                   r"responded|was\s+asked)\b")
_RUN_BEFORE = lazy_pattern(r"[A-Z](?:[\w'’\-]*|\.)[^\S\n]+(?:(?:[A-Z](?:[\w'’\-]*|\.)|of|for|"
                          r"the|and)[^\S\n]+){0,7}[A-Z][\w'’\-]*$")


_APPOSED = lazy_pattern(r"(?P<name>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][\w'’\-]+)"
                     r"[^\S\n]*,(?P<role>[^\n.?!]{3,100}),$")


def _header_speaker(header: str) -> tuple[str, str | None] | None:
    """The one person an article's intro reports as speaking (`Harbour Director Ana Ruiz
    said the plan was on schedule. Here is part of the exchange:`): who the `A:` of the
    transcript excerpt it embeds is."""
    people: dict[str, str | None] = {}
    for match in _SPOKE.finditer(header, 0, 3000):
        run = _RUN_BEFORE.search(header, max(0, match.start() - 120), match.start())
        found = titled_name(run.group()) if run is not None else None
        apposed = _APPOSED.search(header, max(0, match.start() - 160), match.start())
        if found is None and apposed is not None:  # `Ana Ruiz, Port Director, said`
            found = (apposed.group("name"), role_after(apposed.group("role")))
        if found is not None:
            people.setdefault(found[0], found[1])
    if len(people) != 1:
        return None
    return next(iter(people.items()))


def role_holders(text: str, head: str) -> list[tuple[str, str]]:
    """People named with a role ending in `head`: `Foreign Ministry Spokesperson Wen Hao`,
    `Wen Hao, the spokesperson`."""
    out: list[tuple[str, str]] = []
    before = re.compile(rf"(?i:\b{re.escape(head)}\w{{0,5}})[^\S\n]+(?=[A-Z])")
    for match in before.finditer(text):
        found = titled_name(text[match.end():match.end() + 120])
        if found is None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        role = role_before(text[line_start:match.end()])
        if role:
            out.append((found[0], role))
    # `Stéphane Dujarric, Spokesman for the Secretary-General`
    after = re.compile(r"(?P<name>[A-Z][\w'’\-]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][\w'’\-]+)"
                       rf"[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?(?:[\w'’\-]+[^\S\n]+){{0,4}}?"
                       rf"(?i:{re.escape(head)})\b")
    for match in after.finditer(text):
        if match.group("name").split()[0].lower() in _NOT_FIRST_NAMES:
            continue
        role = role_after(text[match.end("name"):match.end() + 80])
        if role:
            out.append((match.group("name"), role))
    return out


def _surname_holder(registry: SpeakerRegistry, header: str, label: str) -> None:
    """`The Vice President:` under a title naming `Vice President Pence and Members of ...`:
    the office's one holder, known by the surname only."""
    office = re.sub(r"^(?i:the)\s+", "", " ".join(label.split()))
    if len(office) < 3 or office.isupper():
        return
    found = {m.group(1) for m in re.finditer(
        rf"\b{re.escape(office)}[^\S\n]+([A-Z][a-z][\w'’\-]*)\b(?![^\S\n]*[A-Z(])", header)}
    if len(found) == 1:
        registry.add(found.pop(), role=office)


def seed(registry: SpeakerRegistry, text: str, first_mark: int, labels: list[str]) -> None:
    """Register full names and roles from the header (then from the rest of the text) for
    the given labels, and the interviewee that `A:` stands for."""
    header = text[:first_mark]
    distinct = list(dict.fromkeys(labels))
    for source in (header, text[:SEARCH_LIMIT]):
        for name, role in header_names(source, distinct):
            registry.add(name, role=role)
    # A bare role (`Spokesperson:`) is the person the header names with that role.
    for label in distinct:
        head = role_label(label)
        if head is None or registry.role_holder(head) is not None:
            continue
        people = dict(role_holders(header, head)) or dict(
            role_holders(text[:SEARCH_LIMIT], head))
        if len(people) > 1:
            # `PM:` (the Prime Minister) beside a Deputy Prime Minister and a Minister of
            # Police: the one holding the very office the label names
            people = {name: role for name, role in people.items()
                      if role.lower() == label.lower()}
        if len(people) == 1:
            name, role = next(iter(people.items()))
            registry.add(name, role=role)
        elif not people:
            _surname_holder(registry, header, label)
    if any(label.lower().rstrip(".") in ANSWER_LABELS for label in distinct):
        # A headline such as `Jana Novak: 'Not yet'` can be the first label: the intro
        # that names the interviewee may come after it.
        found = interviewee(header) or interviewee(text[:max(len(header), 3000)]) or \
            _header_speaker(header)
        if found:
            registry.interviewee = registry.add(found[0], role=found[1])
        else:
            # A briefing's `A` is its principal: `Foreign Ministry Spokesperson Geng Shuang's
            # Regular Press Conference`, `Press Briefing by Press Secretary ...`.
            for head in ("spokesperson", "spokesman", "spokeswoman", "secretary"):
                people = dict(role_holders(header, head))
                if len(people) == 1:
                    name, role = next(iter(people.items()))
                    registry.interviewee = registry.add(name, role=role)
                    break
            else:
                # A stakeout's page title names the one answering: `Remarks to the Press by
                # Permanent Representative Ana Ruiz after ...`, `Press conference` / `by ...`.
                from briefing_cli.transcript import monologue

                voiced = monologue.voice(header)
                if voiced is not None:
                    registry.interviewee = registry.add(voiced[0], role=voiced[1])
