"""One identity per person: titles, roles, and a registry that merges mentions.

`MR MILLER`, `Miller`, `Matthew Miller` and `Spokesperson Matthew Miller` all resolve to
one speaker displayed as "Matthew Miller", with the other forms as aliases. A first name
alone (`Maya:`) joins the one person of that first name; a bare role (`Spokesperson:`,
`The CHAIRMAN.`) joins the one person holding it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing_cli.models import PRESS_ID, Speaker, SpeakerKind

# Honorifics: part of how someone is addressed, never a role.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mx", "prof", "professor", "hon",
    "honorable", "rev", "reverend", "father", "messrs", "mme", "m",
    "shri", "smt", "shrimati",  # India's government transcripts: `Shri Arindam Bagchi`
    # Malaysian and Nigerian news: `Datuk Seri Ana Ruiz`, `Alhaji Bo Lee`
    "datuk", "dato", "datin", "tun", "alhaji", "alhaja",
})
# Honorifics written as abbreviations take a full stop when shown (`Mr. Lee`, `Dr. Lee`);
# whole words never do (`Professor Lee`, `Father Brown`, `Miss Lee`, `Shri Bagchi`).
_ABBREVIATED = frozenset({"mr", "mrs", "ms", "dr", "mx", "prof", "hon", "rev", "messrs", "m",
                          "smt"})
_MALE = frozenset({"mr", "sir", "father", "messrs", "m"})
_FEMALE = frozenset({"mrs", "ms", "miss", "dame", "madam", "mme"})

# Words that make a title a role ("Secretary Blinken" -> role "Secretary").
ROLE_HEADS = frozenset({
    "adviser", "advisor", "administrator", "admiral", "ambassador", "analyst", "anchor",
    "assistant", "attorney", "captain", "ceo", "cfo", "coo", "cto", "chair", "chairman",
    "chairwoman", "chairperson", "chancellor", "chief", "colonel", "commander",
    "commissioner", "congressman", "congresswoman", "coordinator", "correspondent",
    "counselor", "counsellor", "delegate", "director", "envoy", "general", "governor", "head",
    "host", "interviewer", "leader", "lieutenant", "major", "manager", "mayor", "minister",
    "moderator", "officer", "official", "operator", "president", "premier", "representative",
    "reporter", "secretary", "senator", "sergeant", "spokesman", "spokesperson",
    "spokeswoman", "staff", "undersecretary", "vice", "deputy", "editor", "executive",
    "founder", "partner", "strategist", "treasurer", "justice", "judge", "clerk",
    "whip", "prosecutor", "superintendent", "inspector", "marshal", "sheriff", "councillor",
    "councilman", "councilwoman", "councilmember", "lawmaker", "aide", "negotiator",
    "economist", "investigator", "researcher", "professor", "dean",
})
# Words of a role that do not name it on their own (`Deputy`, `Prime`): not for role labels.
_ROLE_MODIFIERS = frozenset({"vice", "deputy", "assistant", "prime", "foreign", "chief",
                             "executive", "head", "acting", "senior", "press", "presiding",
                             "ranking", "majority", "minority", "pro", "tempore", "member"})
# Heads that only name a role in a label (`The SPEAKER pro tempore`), not in a name.
_LABEL_HEADS = frozenset({"speaker", "member", "witness", "interpreter", "translator",
                          "narrator", "presenter", "announcer", "panelist", "panellist"})
_CHAIR = frozenset({"chair", "chairman", "chairwoman", "chairperson"})

# Abbreviated titles, expanded for display ("GEN. HALE" -> "General Hale").
TITLE_ABBREVIATIONS = {
    "amb": "Ambassador", "gen": "General", "adm": "Admiral", "col": "Colonel",
    "lt": "Lieutenant", "capt": "Captain", "sen": "Senator", "rep": "Representative",
    "gov": "Governor", "sec": "Secretary", "maj": "Major", "sgt": "Sergeant",
    "pres": "President", "cmdr": "Commander", "supt": "Superintendent", "insp": "Inspector",
    "cpl": "Corporal", "pvt": "Private", "brig": "Brigadier", "atty": "Attorney",
    "fmr": "Former",  # `FMR. GOV. ANA RUIZ:` (broadcast transcripts)
}

PRESS_LABELS = frozenset({"q", "question", "questioner", "reporter", "press", "journalist",
                          "audience member", "audience", "participant", "questions",
                          "unidentified reporter", "unknown reporter", "unidentified speaker",
                          "off-mic", "off mic", "the press", "reporters", "multiple reporters",
                          "correspondent", "journalists", "media", "press corps"})
ANSWER_LABELS = frozenset({"a", "answer", "ans"})
# News outlets that label reporters' questions in briefing transcripts (`AFP:`, `Reuters:`).
PRESS_OUTLETS = frozenset("""
afp ap reuters bloomberg cctv cgtn xinhua nhk kyodo tass ria cnn bbc efe ansa dpa yonhap
abc cbs nbc fox npr pbs msnbc politico axios ria-novosti sputnik anadolu al-jazeera
""".split()) | frozenset({"al jazeera", "ria novosti", "phoenix tv", "china daily",
                          "global times", "the paper", "associated press", "agence france-presse",
                          "wall street journal", "new york times", "washington post",
                          "financial times", "the hindu", "prensa latina", "beijing youth daily",
                          "dragon tv", "shenzhen tv", "china news service", "hubei media group",
                          "asahi shimbun", "mainichi shimbun", "yomiuri shimbun", "nikkei",
                          "south china morning post", "voice of america", "radio free asia"})
# Last words that never end a person's name: a label ending in one names a role
# (`SENIOR STATE DEPARTMENT OFFICIAL`), taken as written and never merged by "surname".
_ANONYMOUS_HEADS = frozenset("""
official officials officer spokesperson spokesman spokeswoman moderator operator staff
reporter correspondent host interviewer adviser advisor coordinator administrator
negotiator aide lawmaker participant participants member speaker witness interpreter
translator narrator presenter announcer panelist panellist representative director
secretary minister ambassador commissioner chair chairman chairwoman chairperson
male female voice voices crowd protester protesters child announcer
""".split())
_NUMBER_WORDS = frozenset("one two three four five six 1 2 3 4 5 6 a b c".split())

PRONOUNS = frozenset({"he", "she", "they", "i", "we"})

_TOKEN = re.compile(r"[^\s,]+")


def _key(token: str) -> str:
    return token.lower().strip(".’'")


def is_title(token: str) -> bool:
    key = _key(token)
    return key in HONORIFICS or key in ROLE_HEADS or key in TITLE_ABBREVIATIONS


def display_case(token: str) -> str:
    """`JEAN-PIERRE` -> `Jean-Pierre`, `O'BRIEN` -> `O'Brien`, `MCDONOUGH` -> `McDonough`."""
    if not token.isupper() or len(token) < 2:
        return token
    if token.isalpha():  # one run of letters (most names): no expression needed
        out = token[0] + token[1:].lower()
    else:
        out = _LETTERS.sub(lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), token)
    if "Mc" not in out:
        return out
    return _MC.sub(lambda m: "Mc" + m.group(1).upper(), out)


def display_words(name: str) -> str:
    """`display_case` of every word: `ANA RUIZ` -> `Ana Ruiz`, spaces made single."""
    return " ".join(display_case(word) for word in name.split())


_LETTERS = re.compile(r"[^\W\d_]+")
_MC = re.compile(r"\bMc([a-z])")


# Labels are read by several stages (layout vote, header names, registry): each distinct
# label is split once. Bounded, as a batch process reads many documents.
_LABEL_CACHE = 1 << 18


def split_name(text: str) -> tuple[list[str], list[str]]:
    """Split a mention into (title tokens, name tokens).

    `MR. MILLER` -> (['MR.'], ['MILLER']); `DEPUTY PRESS SECRETARY SABRINA SINGH` ->
    (['DEPUTY', 'PRESS', 'SECRETARY'], ['SABRINA', 'SINGH']): everything up to the last
    title word is the title, and at least one token is left for the name.
    """
    titles, names = _split_name(text)
    return list(titles), list(names)


def name_parts(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`split_name` as tuples, shared by every caller (no copy: the look-ups that only read
    them, once per distinct label in each of several stages)."""
    return _split_name(text)


@functools.lru_cache(maxsize=_LABEL_CACHE)
def _split_name(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    last_title = -1
    for i, token in enumerate(tokens[:-1]):
        if is_title(token) and not (
                i and len(_key(token)) == 1 and not is_title(tokens[i - 1])):
            last_title = i  # (`DMITRI M. QUIST`: an initial after a first name, not Monsieur)
    if 0 <= last_title < len(tokens) - 2 and _key(tokens[last_title + 1]) in _OF:
        # `SECRETARY OF DEFENSE LLOYD J. AUSTIN III`: the office runs on after `of`/`for`;
        # the name is its last words (a first name, initials, a surname, a suffix).
        end = len(tokens)
        while end > last_title + 3 and _key(tokens[end - 1]) in _SUFFIXES:
            end -= 1
        start = end - 1
        while start > last_title + 3 and len(_key(tokens[start - 1])) == 1:
            start -= 1  # middle initials
        start = max(last_title + 3, start - 1)  # `of` takes at least one word
        if start < end:
            last_title = start - 1
    return tuple(tokens[:last_title + 1]), tuple(tokens[last_title + 1:])


_OF = frozenset({"of", "for"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def role_from_titles(titles: list[str]) -> str | None:
    """A role spelled by title words, honorifics dropped: `SECRETARY` -> `Secretary`."""
    words = [TITLE_ABBREVIATIONS.get(_key(t), display_case(t.rstrip("."))) for t in titles
             if _key(t) not in HONORIFICS]
    if not words or not any(_key(w) in ROLE_HEADS for w in words):
        return None
    return " ".join(words)


@functools.lru_cache(maxsize=_LABEL_CACHE)
def role_label(label: str) -> str | None:
    """The role word of a label made of title words only: `The CHAIRMAN` -> `chair`,
    `Spokesperson` -> `spokesperson`; None for labels that hold a name."""
    tokens = []
    for token in _TOKEN.findall(label):
        key = _key(token)
        if key == "the":
            continue
        if key not in _ROLE_LABEL_WORDS:
            return None  # a name: most labels, so they are done with at their first word
        tokens.append(key)
    if not tokens:
        return None
    heads = [t for t in tokens if t not in _ROLE_MODIFIERS]
    if not heads:
        return None
    return _head_word(heads[-1])


_ROLE_LABEL_WORDS = ROLE_HEADS | _ROLE_MODIFIERS | _LABEL_HEADS | frozenset(TITLE_ABBREVIATIONS)


def _head_word(word: str) -> str:
    word = _key(word)
    expanded = TITLE_ABBREVIATIONS.get(word)
    word = expanded.lower() if expanded else word
    return "chair" if word in _CHAIR else word


def role_display(label: str) -> str:
    """`The SPEAKER pro tempore` -> `Speaker pro tempore`, `MODERATOR` -> `Moderator`."""
    words = [w for w in label.split() if _key(w) != "the"] or label.split()
    return " ".join(w.lower() if _key(w) in {"pro", "tempore", "of", "for"} else
                    TITLE_ABBREVIATIONS.get(_key(w), display_case(w)) for w in words)


def press_speaker() -> Speaker:
    return Speaker(id=PRESS_ID, name="Press", kind=SpeakerKind.PRESS)


def _gender(titles: list[str]) -> str | None:
    for title in titles:
        key = _key(title)
        if key in _MALE:
            return "m"
        if key in _FEMALE:
            return "f"
    return None


@dataclass
class _Entry:
    key: str
    first: str | None
    surname: str
    title: str | None
    role: str | None
    kind: SpeakerKind
    forms: list[str] = field(default_factory=list)
    gender: str | None = None
    seen: int = 0  # when last mentioned: ties go to the most recent
    fixed: bool = False  # a role label or a name taken as written, never split or merged


class SpeakerRegistry:
    """Every speaker of one document; mentions merge on surname and compatible first name.

    Lookups go through indexes (surname, first name, organisation head, role head), so a
    document with thousands of names stays linear.
    """

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._by_key: dict[str, _Entry] = {}
        self._by_surname: dict[str, list[_Entry]] = {}
        self._by_first: dict[str, list[_Entry]] = {}
        self._first_keys: set[tuple[str, str]] = set()  # (first name, key) in _by_first
        self._orgs: dict[str, list[_Entry]] = {}
        self._fixed: dict[str, _Entry] = {}
        self._role_heads: dict[str, set[str]] = {}
        self._next = 0
        self._clock = 0
        self.interviewee: str | None = None  # who `A:` is in a Q/A interview
        # `find` only looks: a full name no longer completes an earlier bare first name
        # (news.py sets it from `RULES["pure_find"]`; `add` still completes).
        self.pure_find = False
        # When set, a word alone joins a person by first name only if it is a first name
        # (news.py: `Trump` never joins a `Trump Tower` taken for a person).
        self.first_name: Callable[[str], bool] | None = None

    # --- registering -------------------------------------------------------------------------

    def _new(self, first: str | None, surname: str, *, title: str | None = None,
             role: str | None = None, kind: SpeakerKind = SpeakerKind.PERSON,
             fixed: bool = False, gender: str | None = None) -> _Entry:
        self._next += 1
        entry = _Entry(key=f"s{self._next}", first=first, surname=surname, title=title,
                       role=role, kind=kind, fixed=fixed, gender=gender)
        self._entries.append(entry)
        self._by_key[entry.key] = entry
        if kind is SpeakerKind.PERSON and not fixed:
            self._by_surname.setdefault(surname.lower(), []).append(entry)
            self._index_first(entry)
            self._index_role(entry)
        return entry

    def _index_first(self, entry: _Entry) -> None:
        if entry.first:
            first = entry.first.split()[0].lower()
            if (first, entry.key) not in self._first_keys:  # (a list look-up compared
                self._first_keys.add((first, entry.key))  # every field of every entry)
                self._by_first.setdefault(first, []).append(entry)

    def _index_role(self, entry: _Entry) -> None:
        for text in (entry.role, entry.title):
            head = _role_head(text) if text else None  # most people have neither
            if head:
                self._role_heads.setdefault(head, set()).add(entry.key)

    def press(self) -> str:
        """Key of the unnamed press, registered on first use."""
        if PRESS_ID not in self._by_key:
            entry = _Entry(PRESS_ID, None, "Press", None, None, SpeakerKind.PRESS)
            self._entries.append(entry)
            self._by_key[PRESS_ID] = entry
        return PRESS_ID

    def label(self, label: str, role: str | None = None) -> str:
        """Key for a transcript label: the press, the interviewee (`A`), the one holder of a
        bare role (`Spokesperson`, `The CHAIRMAN`), or a person registered by name."""
        label = " ".join(label.split())
        key = _key(label)
        if key in PRESS_LABELS or key in PRESS_OUTLETS:
            return self.press()
        if key in ANSWER_LABELS and self.interviewee is not None:
            return self.interviewee
        head = role_label(label)
        if head is not None:
            holder = self.role_holder(head)
            if holder is not None:
                self._touch(self._root(holder), label)
                return holder
            return self.fixed(role_display(label), label)
        words = label.split()  # only the first and the last two words are looked at
        last = _key(words[-1]) if words else ""
        if words and _key(words[0]) != "speaker" and (
                last in _ANONYMOUS_HEADS
                or (len(words) > 1 and last in _NUMBER_WORDS
                    and _key(words[-2]) in _ANONYMOUS_HEADS)):
            return self.fixed(role_display(label), label)
        return self.add(label, role=role)

    def role_holder(self, head: str) -> str | None:
        """The one person whose title or role ends in `head` (`chair`, `spokesperson`)."""
        found = self._role_heads.get(head, set())
        return next(iter(found)) if len(found) == 1 else None

    def title_holder(self, title: str) -> str | None:
        """The person a bare title stands for (`the minister`, `the prime minister`): of
        the people whose title or role ends in it (`Health Minister`, `Prime Minister`),
        the one mentioned last."""
        words = [_key(w) for w in title.split()]
        if not words:
            return None
        want = " ".join(words)
        found = []
        for key in self._role_heads.get(_head_word(words[-1]), set()):
            entry = self._root(key)
            stated = [" ".join(_key(w) for w in r.split(",")[0].split())
                      for r in (entry.role, entry.title) if r]
            if len(words) == 1 or any(r == want or r.endswith(" " + want) for r in stated):
                found.append(entry)
        return max(found, key=lambda e: e.seen).key if found else None

    def fixed(self, name: str, form: str | None = None,
              kind: SpeakerKind = SpeakerKind.PERSON) -> str:
        """A speaker known by a role or a name that is not split (`Speaker pro tempore`), or
        a group known by its own words (`Residents of Oravec`, kind organization: never
        joined to another organization by its head noun)."""
        entry = self._fixed.get(name.lower())
        if entry is None:
            entry = self._fixed[name.lower()] = self._new(None, name, kind=kind, fixed=True)
        self._touch(entry, form or name)
        return entry.key

    def find(self, mention: str) -> str | None:
        """Key of the speaker a mention refers to, if already known."""
        mention = " ".join(mention.split())
        titles, first, surname = self._parts(mention)
        entry = self._match(titles, first, surname, complete=not self.pure_find)
        return entry.key if entry else None

    def add(self, mention: str, role: str | None = None,
            kind: SpeakerKind = SpeakerKind.PERSON) -> str:
        """Register a mention (label, full name, surname) and return its speaker key."""
        mention = " ".join(mention.split())
        if kind is SpeakerKind.ORGANIZATION:
            return self.organization(mention)
        if _key(mention) in PRESS_LABELS:
            return self.press()
        titles, first, surname = self._parts(mention)
        title_role = role_from_titles(titles)
        title = _display_title(titles)
        gender = _gender(titles)
        entry = self._match(titles, first, surname)
        if entry is None:
            entry = self._new(first, surname, title=title, role=role or title_role, kind=kind,
                              gender=gender)
        else:
            if first and entry.first is None:
                entry.first = first
            elif first and entry.first and len(first) > len(entry.first) and \
                    _compatible(first, entry.first):
                entry.first = first  # `Antony J.` over `A.`
            self._index_first(entry)
            entry.title = entry.title or title
            entry.gender = entry.gender or gender
            # A stated role of several words beats a bare title: `Commander of ...` > `General`.
            better = role or title_role
            if better and _better_role(entry.role, better):
                entry.role = better
            self._index_role(entry)
        self._touch(entry, mention)
        return entry.key

    def organization(self, name: str) -> str:
        """An institution that speaks (`the Foreign Ministry`); one entry per head noun."""
        words = name.split()
        while words and words[0].lower() in {"the", "a", "an"}:
            words.pop(0)
        name = " ".join(words) or name
        head = _org_head(name)
        for entry in reversed(self._orgs.get(head, [])):
            known = entry.surname.lower()
            if known == name.lower() or len(name.split()) == 1 or len(known.split()) == 1:
                if len(name) > len(entry.surname) and name[:1].isupper():
                    entry.surname = name
                self._touch(entry, name)
                return entry.key
        entry = self._new(None, name, kind=SpeakerKind.ORGANIZATION)
        self._orgs.setdefault(head, []).append(entry)
        self._touch(entry, name)
        return entry.key

    def set_role(self, key: str, role: str) -> None:
        entry = self._root(key)
        if _better_role(entry.role, role):
            entry.role = role
            self._index_role(entry)

    def state_role(self, key: str, role: str) -> None:
        """A role a speaker's own label states (`PRIYA RAMAN, NEWS CORRESPONDENT:`) beats one
        read from prose around a mention, unless that one is the same role in full."""
        entry = self._root(key)
        if entry.kind is SpeakerKind.PERSON and entry.role != role and \
                not (entry.role and _better_role(role, entry.role)):
            entry.role = role
            self._index_role(entry)

    def kind(self, key: str) -> SpeakerKind:
        return self._root(key).kind

    def add_form(self, key: str, form: str) -> None:
        """Another way the text names a known speaker (`AOC`): shown among its aliases."""
        self._touch(self._root(key), form)

    def root(self, key: str) -> str:
        """The entry a key stands for (kept for callers that compare keys)."""
        return self._root(key).key

    def _touch(self, entry: _Entry, form: str) -> None:
        self._clock += 1
        entry.seen = self._clock
        if form and form not in entry.forms:
            entry.forms.append(form)

    def _root(self, key: str) -> _Entry:
        return self._by_key[key]

    # --- matching ----------------------------------------------------------------------------

    @staticmethod
    def _parts(mention: str) -> tuple[list[str], str | None, str]:
        titles, names = split_name(mention)
        if not names:
            return titles, None, mention
        # `Robert Hale Jr.` -> surname Hale
        while len(names) > 1 and _key(names[-1]) in {"jr", "sr", "ii", "iii", "iv"}:
            names = names[:-1]
        surname = display_case(names[-1].rstrip(".,"))
        first = " ".join(display_case(n) for n in names[:-1]) or None
        return titles, first, surname

    def matches(self, mention: str) -> list[str]:
        """Keys of every known person a mention could be (same surname, compatible)."""
        titles, first, surname = self._parts(" ".join(mention.split()))
        return [e.key for e in self._candidates(titles, first, surname)]

    def _candidates(self, titles: list[str], first: str | None, surname: str) -> list[_Entry]:
        gender = _gender(titles)
        found = [
            e for e in self._by_surname.get(surname.lower(), ())
            if (first is None or e.first is None or _compatible(first, e.first))
            and not (gender and e.gender and gender != e.gender)
        ]
        if found and titles and first is None:
            found = [e for e in found if _bench_fits(titles, e)]
        return found

    def _match(self, titles: list[str], first: str | None, surname: str,
               complete: bool = True) -> _Entry | None:
        candidates = self._candidates(titles, first, surname)
        if first is None and len(titles) == 1 and titles[0].rstrip(".").upper() == "M":
            # `M. CALLOWAY` beside `MARCUS CALLOWAY`: an initial, not Monsieur
            initialled = [e for e in self._by_surname.get(surname.lower(), ())
                          if e.first and e.first[:1].upper() == "M"]
            if len(initialled) == 1:
                return initialled[0]
        if candidates:
            exact = [e for e in candidates if first and e.first and _key(e.first) == _key(first)]
            return max(exact or candidates, key=lambda e: e.seen)
        if first is None and not titles:
            # A first name alone (`Maya`) joins the one person of that first name.
            named = self._by_first.get(surname.lower(), [])
            if len(named) == 1 and (self.first_name is None or self.first_name(surname)):
                return named[0]
        if first is not None and " " not in first:
            # `Maya Chen` completes an earlier bare `Maya`.
            bare = [e for e in self._by_surname.get(first.lower(), ())
                    if e.first is None and e.title is None]
            if len(bare) == 1 and not complete:
                return bare[0]
            if len(bare) == 1:
                entry = bare[0]
                self._by_surname[first.lower()].remove(entry)
                entry.first, entry.surname = first, surname
                self._by_surname.setdefault(surname.lower(), []).append(entry)
                self._index_first(entry)
                return entry
        return None

    # --- results -----------------------------------------------------------------------------

    def speakers(self, order: list[str]) -> tuple[tuple[Speaker, ...], dict[str, str]]:
        """Final speakers for the keys in `order` and a map from key to public id."""
        speakers: list[Speaker] = []
        ids: dict[str, str] = {}
        taken: set[str] = set()
        done: dict[str, str] = {}
        for key in order:
            entry = self._root(key)
            if entry.key in done:
                ids[key] = done[entry.key]
                continue
            if entry.key == PRESS_ID:
                speaker = press_speaker()
            else:
                name = self.display(entry)
                aliases = [f for f in entry.forms if f != name]
                if (entry.first and entry.surname.isalpha() and entry.surname not in aliases
                        and entry.surname != name):
                    aliases.append(entry.surname)
                speaker = Speaker(id=_unique(_slug(name), taken), name=name, role=entry.role,
                                  aliases=tuple(aliases), kind=entry.kind)
            taken.add(speaker.id)
            ids[key] = done[entry.key] = speaker.id
            speakers.append(speaker)
        return tuple(speakers), ids

    def name(self, key: str) -> str:
        """Display name of a registered speaker."""
        return self.display(self._root(key))

    @staticmethod
    def display(entry: _Entry) -> str:
        if entry.kind is not SpeakerKind.PERSON:
            return entry.surname
        if entry.first:
            return f"{entry.first} {entry.surname}"
        if entry.title:
            return f"{_title_display(entry.title)} {entry.surname}"
        return entry.surname


# A judge's titles: on a court's record `CHIEF JUSTICE ROBERTS:` is the bench, and counsel
# of the same surname (`MATTHEW D. ROBERTS, ESQ.` in the appearances, `MR. ROBERTS:`) is
# another person.
_BENCH = frozenset({"justice", "judge", "magistrate"})


def _bench(words: list[str] | str | None) -> bool:
    if not words:
        return False
    if isinstance(words, str):
        words = words.split()
    return any(_key(word) in _BENCH for word in words)


def _bench_fits(titles: list[str], entry: _Entry) -> bool:
    """Whether a surname with `titles` and no first name may be `entry` as far as the bench
    goes: a judge's title binds only to a person known as a judge (or to one known by the
    surname alone), an honorific (`MR.`) never to a person known only as a judge."""
    on_bench = _bench(titles)
    known = _bench(entry.title) or _bench(entry.role) or any(
        _bench(split_name(form)[0]) for form in entry.forms)
    if on_bench:
        return known or (entry.first is None and entry.title is None)
    if any(_key(title) in HONORIFICS for title in titles):
        return not known or entry.first is not None and not _bench(entry.title)
    return True


def _display_title(titles: list[str]) -> str | None:
    """The title a surname is shown with: an honorific (`Mr.`, `Dr.`) as it opens the
    mention, otherwise the whole office (`Press Secretary Yoshida`, never `Press Yoshida`)."""
    if not titles:
        return None
    if len(titles) == 1 or _key(titles[0]) in HONORIFICS:
        return titles[0]
    return " ".join(titles)


@functools.lru_cache(maxsize=1024)  # a document has few distinct titles, used by many
def _title_display(title: str) -> str:
    shown = TITLE_ABBREVIATIONS.get(_key(title), display_case(title))
    if _key(title) in _ABBREVIATED and not shown.endswith("."):
        shown = display_case(title.rstrip(".")) + "."
    return shown


def _better_role(known: str | None, stated: str) -> bool:
    """A stated role replaces a known one that is a bare title (`General` before `Commander
    of ...`) or its cut-off start (`Port Director` before `Port Director, Eastbay Harbor
    Authority`, `Minister of Water` before `Minister of Water and Sanitation`)."""
    if known is None:
        return True
    return (len(known.split()) == 1 and len(stated.split()) > 1) or (
        len(stated) > len(known) and stated.lower().startswith((known.lower() + ",",
                                                                 known.lower() + " ")))


@functools.lru_cache(maxsize=_LABEL_CACHE)  # every person with a title (`MR`) asks again
def _role_head(role: str) -> str | None:
    """The word a role is named by: `Spokesman for the Secretary-General` -> `spokesman`,
    `Vice President, Investor Relations` -> `president`, `Chairman` -> `chair`."""
    words = []
    for word in role.split(",")[0].split():
        if word.lower() in {"of", "for", "to", "at", "on", "in", "and", "&"}:
            break
        words.append(word)
    return _head_word(words[-1]) if words else None


def _org_head(name: str) -> str:
    words = name.split()
    if not words:
        return name.lower()
    return re.sub(r"['’]s$", "", words[-1].lower()).rstrip(".’'")


def _compatible(a: str, b: str) -> bool:
    a0, b0 = a.split()[0].rstrip(".").lower(), b.split()[0].rstrip(".").lower()
    return a0 == b0 or (len(a0) == 1 and b0.startswith(a0)) or (len(b0) == 1 and a0.startswith(b0))


_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def _slug(name: str) -> str:
    slug = _NOT_WORD.sub("-", name.lower()).strip("-")
    return slug or "speaker"


def _unique(slug: str, taken: set[str]) -> str:
    if slug not in taken and slug != PRESS_ID:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"
