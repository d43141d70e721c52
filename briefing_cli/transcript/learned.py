"""Learned attribution for news prose: a linear-chain CRF over one paragraph at a time.

Each token of a paragraph is labelled `O`, `B-/I-SOU` (the source: `Reyes`, `he`, `the
ministry`), `B-/I-CUE` (`said`, `told reporters`, `according to`) or `B-/I-CON` (what was
said, quoted or reported). The model is lexical only (words, shapes, a cue lexicon, quotation
state and position; no tagger, no parser), trained offline with python-crfsuite by
`bench/train_attribution.py` on PolNeAR's train split, and shipped as plain arrays in
`data/attribution.npz` (read with `numpy.load(allow_pickle=False)`: no pickle, no per-row
parsing; written by `save_file` with fixed zip dates, so the same weights give the same
bytes): this module decodes them with numpy (Viterbi), so nothing but numpy runs at run
time, and the same input gives the same labels on every machine.

The feature code and the weights go together: the feature version is stored in the weights
file, the decoder computes the features of that version, and a version this code does not
know is refused (`ModelError`), as is a missing or corrupt file. Version 1: words, shapes, a
cue lexicon, quotation state, paragraph position. Version 2 (the shipped weights since
session 4: train CV all attributions correct 62.2% against 60.8% for version 1 on fold 1,
bench/RESULTS.md) adds sentence-grain attributes (position in the sentence, the nearest cue
of the same sentence: its class, side, distance and the commas between; `said that` /
`according to X,` / `said:` / `asked whether` clause openings) and a larger cue lexicon.
Version 3 (trained, not shipped: train CV 10,153 against version 2's 10,191 with refitted fold
rankers, bench/RESULTS.md session 8) adds stance and action cues and verb slots after a
subject (`They resent that ...`).
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_cli.errors import BriefingError

if TYPE_CHECKING:
    import numpy as np

# The feature version of the shipped weights (and the default of the training script).
# Add a version whenever `features` changes: weights trained on other features are refused.
FEATURES_VERSION = 2
VERSIONS = (1, 2, 3)
WEIGHTS = Path(__file__).resolve().parent / "data" / "attribution.npz"
LABELS = ("O", "B-SOU", "I-SOU", "B-CUE", "I-CUE", "B-CON", "I-CON")

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:['’]\w+)*|[^\w\s]")

# The cue lexicon is part of the feature code (not of lexicon.py), so that editing the
# sieve's word lists never changes what the shipped weights were trained on.
_CUES = frozenset("""
said say says saying told tell tells telling added add adds adding according stated state
states noted note notes noting explained explain explains warned warn warns warning argued
argue argues arguing insisted insist insists wrote write writes writing asked ask asks
asking replied reply replies responded respond responds answered stressed emphasized
emphasised highlighted acknowledged acknowledge declared declare announced announce
announces claimed claim claims claiming maintained suggested suggest suggests conceded
predicted predict recalled cautioned urged urge tweeted tweet tweets posted admitted admit
vowed vow pledged promised promise complained lamented boasted quipped joked countered
contended reiterated repeated concluded testified agreed charged reported reports called
calls accused praised criticized criticised blasted denied denies believe believes
believed think thinks thought argued believes know knows knew expects expected hopes
hoped wants wanted fears feared worried described describes insisting according
""".split())
# Version 2's cue lexicon: cues the model found outside the first one (`shows`, `cited`).
_CUES_2 = _CUES | frozenset("""
remarked commented mentioned observed wondered questioned alleged asserted contended
slammed attacked blamed dismissed rejected defended condemned revealed confirmed disclosed
found shows showed cited estimated indicated feel feels felt
""".split())


# Version 3's: PolNeAR attributes stance and action as well as speech (`They resent that
# ...`, `The Constitution mandates ...`, `Bloomberg lists them as ...`, `polls show ...`):
# 45% of the gold cues on train hold no word of version 2's lexicon. General English verbs of
# stance, intention, perception and evidence, not a list read off the annotations.
_CUES_3 = _CUES_2 | frozenset("""
show showing seem seems seemed appear appears appeared declined decline declines refused
refuse refuses endorsed endorse endorses supported supporting opposed
oppose opposes opposing backed backing proposed propose proposes proposing
called calling continued continues referring referred refer refers citing cite cites
suggesting sees saw seeing feeling planned sought seek
seeks offered named pointed pointing expressed express expresses
explaining recalling recalled finds finding considered consider considers viewed
regards regarded resent resents resented mandates mandated requires require
required lists listed demanded insisting urging welcomed
welcomes accepted accept accepts acknowledging admitting promising vowing threatened
threaten threatens signaled signalled hinted implied imply implies
doubted questioning challenged disputed
rejecting denying blaming praising criticizing criticising accusing attacking dismissing
reflecting reflects reflected recognized recognised recognize recognizes understand
understands understood realized realised realize believing thinking knowing expecting
hoping wanting fearing worry worries agree agrees agreeing disagree disagrees
disagreed objected complaining warning predicting insists conceding
describing described calls characterized characterised portrayed labeled labelled dubbed
branded touted touting boasting promoted promoting pushed pushing pressed pressing
emphasizing stressing highlighting noting adding
""".split())


def cue_words(version: int = FEATURES_VERSION) -> frozenset[str]:
    """The cue lexicon of feature version `version` (lower-case words)."""
    return _CUES_3 if version >= 3 else _CUES_2 if version >= 2 else _CUES


_PRONOUNS = frozenset("he she they i we it you his her their".split())
_TITLES = frozenset("""
mr mrs ms dr sen rep gov gen rev president secretary spokesman spokeswoman spokesperson
official officials aide aides adviser advisers senator governor candidate minister leader
chairman director campaign spokesmen analysts experts critics sources source
""".split())
_OPEN = frozenset({"“", "«"})
_CLOSE = frozenset({"”", "»"})


class ModelError(BriefingError):
    """The shipped weights are missing, corrupt or from another feature version."""


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Span:
    """Tokens `start:end` (token indices, end exclusive) labelled `role` (SOU, CUE, CON)."""

    role: str
    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    """Character spans in the document: what was said, its cue, and its source (if any)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]


@lru_cache(maxsize=65536)
def _word(token: str, cues: frozenset[str] = _CUES
          ) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """The features of a word by itself; whether it is in the cue lexicon; and the
    features it gives its neighbours (`w-2=`, `w-1=`, `w+1=`, `w+2=`, `sh-1=`, `sh+1=`),
    made once per word rather than once per token."""
    low = token.lower()
    shape = re.sub(r"(.)\1+", r"\1", re.sub(r"\d", "d", re.sub(
        r"[a-z]", "x", re.sub(r"[A-Z]", "X", token))))[:4]
    feats = ["w=" + low, "s3=" + low[-3:], "sh=" + shape]
    if token[:1].isupper():
        feats.append("cap")
    if low in _PRONOUNS:
        feats.append("pro")
    if low.rstrip(".") in _TITLES:
        feats.append("title")
    cue = low in cues
    if cue:
        feats.append("cue")
    around = ("w-2=" + low, "w-1=" + low, "w+1=" + low, "w+2=" + low, "sh-1=" + shape,
              "sh+1=" + shape)
    return tuple(feats), cue, around


_PS = tuple(f"ps={k}" for k in range(7))
_PE = tuple(f"pe={k}" for k in range(7))
_CD = {d: f"cd={d}" for d in range(-8, 9)}
_NEAR = {k: f"c{k:+d}" for k in (-3, -2, -1, 1, 2, 3)}
_EDGE = ("w-2=BOS", "w-1=BOS", "w+1=EOS", "w+2=EOS")


def features(tokens: list[Token], version: int = FEATURES_VERSION) -> list[list[str]]:
    """Attributes of every token of one paragraph (strings, each with weight 1), as
    feature version `version` defines them."""
    n = len(tokens)
    words = [t.text for t in tokens]
    lows = [w.lower() for w in words]
    cue_words = _CUES_3 if version >= 3 else _CUES_2 if version >= 2 else _CUES
    info = [_word(w, cue_words) for w in words]
    cues = [c for _, c, _ in info]
    cue_at = [i for i, c in enumerate(cues) if c]
    has_quote = any(w in _OPEN or w in _CLOSE or w == '"' for w in words)
    para = ("pc" if cue_at else "pnc", "pq" if has_quote else "pnq")
    sentence = _sentences(words, lows, cue_words) if version >= 2 else [()] * n
    verbs = _verb_slots(words, lows) if version >= 3 else None
    # Cues within three tokens, by token.
    near: list[list[str]] = [[] for _ in range(n)]
    for c in cue_at:
        for k in (3, 2, 1, -1, -2, -3):
            if 0 <= c - k < n:
                near[c - k].append(_NEAR[k])
    out: list[list[str]] = []
    inside = False
    nearest = 0
    first_cue = cue_at[0] if cue_at else n
    for i in range(n):
        w = words[i]
        if w == '"':
            inside = not inside
        elif w in _OPEN:
            inside = True
        elif w in _CLOSE:
            inside = False
        feats = ["b", *info[i][0], *para, _PS[min(i, 6)], _PE[min(n - 1 - i, 6)],
                 *sentence[i]]
        if inside:
            feats.append("inq")
        if verbs is not None and verbs[i]:
            feats.extend(verbs[i])
        if near[i]:
            feats.extend(sorted(near[i], key=_NEAR_ORDER.__getitem__))
        if cue_at:
            while nearest + 1 < len(cue_at) and abs(cue_at[nearest + 1] - i) <= abs(
                    cue_at[nearest] - i):
                nearest += 1
            feats.append(_CD[max(-8, min(8, cue_at[nearest] - i))])
            if first_cue < i:
                feats.append("cb")
        feats.append(info[i - 2][2][0] if i >= 2 else _EDGE[0])
        feats.append(info[i - 1][2][1] if i >= 1 else _EDGE[1])
        feats.append(info[i + 1][2][2] if i + 1 < n else _EDGE[2])
        feats.append(info[i + 2][2][3] if i + 2 < n else _EDGE[3])
        if i > 0:
            feats.append(info[i - 1][2][4])
            feats.append(f"bg={lows[i - 1]}|{lows[i]}")
        if i + 1 < n:
            feats.append(info[i + 1][2][5])
        out.append(feats)
    return out


_NEAR_ORDER = {name: k for k, name in enumerate(_NEAR.values())}


def _sentences(words: list[str], lows: list[str], cues: frozenset[str]
               ) -> list[tuple[str, ...]]:
    """Sentence-grain attributes of each token: where it stands in its sentence, the
    nearest cue of the same sentence (its class, which side, how far, commas between), and
    the clause patterns that open reported content after a cue (`said that ...`, `according
    to NAME, ...`, `said: ...`, `asked whether ...`)."""
    n = len(words)
    bounds: list[tuple[int, int]] = []
    begin = 0
    for i, w in enumerate(words):
        if w in _ENDS and i + 1 < n and (i == 0 or lows[i - 1] not in _ABBREVIATIONS) and (
                words[i + 1][:1].isupper() or words[i + 1] in _OPEN or words[i + 1] == '"'):
            bounds.append((begin, i + 1))
            begin = i + 1
    if begin < n:
        bounds.append((begin, n))
    out: list[tuple[str, ...]] = []
    for index, (lo, hi) in enumerate(bounds):
        cue_at = [i for i in range(lo, hi) if lows[i] in cues]
        quoted = any(words[i] in _OPEN or words[i] in _CLOSE or words[i] == '"'
                     for i in range(lo, hi))
        sent = (_SI[min(index, 2)], "sc" if cue_at else "snc", "sq" if quoted else "snq")
        commas = [0] * (hi - lo + 1)
        for i in range(lo, hi):
            commas[i - lo + 1] = commas[i - lo] + (words[i] in _COMMAS)
        opened = ""  # the pattern that opened reported content before this token
        nearest = 0
        for i in range(lo, hi):
            feats = [*sent, _SS[min(i - lo, 6)], _SE[min(hi - 1 - i, 6)]]
            if opened:
                feats.append(opened)
            if cue_at:
                while nearest + 1 < len(cue_at) and abs(cue_at[nearest + 1] - i) <= abs(
                        cue_at[nearest] - i):
                    nearest += 1
                c = cue_at[nearest]
                side = 0 if c < i else (1 if c > i else 2)
                between = abs(commas[i - lo] - commas[c - lo])
                feats.append(_SCD[max(-8, min(8, c - i))])
                feats.extend(_cue_side(lows[c])[side])
                feats.append(_SCCM[min(between, 2)][side])
            out.append(tuple(feats))
            low = lows[i]
            if low not in _OPENERS:
                continue
            back = lows[max(lo, i - 4):i]
            if low == "that" and any(b in cues for b in back):
                opened = "op=that"
            elif low in ("whether", "if", "why", "how") and any(b in cues for b in back):
                opened = "op=wh"
            elif low == ":" and any(b in cues for b in lows[max(lo, i - 6):i]):
                opened = "op=colon"
            elif low == "," and "according" in lows[max(lo, i - 8):i]:
                opened = "op=according"
            elif low == "," and i > lo and lows[i - 1] in cues:
                opened = "op=cue,"
    return out


_SUBJECTS = frozenset("he she they we i it who".split())
_COMPLEMENTS = frozenset("that whether if how what why to as".split())
_DETERMINERS = frozenset("the a an his her their its our my this these those".split())


def _verb_slots(words: list[str], lows: list[str]) -> list[tuple[str, ...]]:
    """Version 3: where a verb outside any lexicon stands (no tagger): a lower-case word
    right after a subject (a pronoun, a capitalised word not opening the sentence, a title
    word), and what follows it (a complement opener `that` / `whether` / `to` / `as`, a
    determiner, a capitalised word); the word after `that` / `whether` that follows such a
    verb (the start of its clause); and the subject itself when such a verb follows it.
    `They resent that ...`, `Bloomberg lists them as ...`: the model learns these cues by
    position, not by lexicon."""
    n = len(words)
    out: list[tuple[str, ...]] = [()] * n
    for i in range(1, n):
        w = words[i]
        if not (w[:1].islower() and w.isalpha()):
            continue
        prev, before = words[i - 1], lows[i - 1]
        if before in _SUBJECTS:
            subject = "pro"
        elif prev[:1].isupper() and prev[:1].isalpha() and i >= 2 and words[i - 2] not in _ENDS:
            subject = "cap"
        elif before.rstrip(".") in _TITLES:
            subject = "title"
        else:
            continue
        nxt = lows[i + 1] if i + 1 < n else ""
        if nxt in _COMPLEMENTS:
            follow = nxt
        elif nxt in _DETERMINERS:
            follow = "det"
        elif i + 1 < n and words[i + 1][:1].isupper():
            follow = "cap"
        else:
            follow = "other"
        ending = "s" if w.endswith("s") else "ed" if w.endswith("ed") else "ing" if \
            w.endswith("ing") else "-"
        out[i] = (*out[i], f"sv={subject}|{follow}", f"svf={follow}|{ending}")
        out[i - 1] = (*out[i - 1], f"subj={follow}")
        if follow in ("that", "whether", "if", "how", "what", "why") and i + 2 < n:
            out[i + 2] = (*out[i + 2], "svclause")
    return out


_SIDES = ("b", "a", "=")  # the cue is before the token, after it, or the token itself
_SI = ("si=0", "si=1", "si=2")
_SS = tuple(f"ss={k}" for k in range(7))
_SE = tuple(f"se={k}" for k in range(7))
_SCD = {d: f"scd={d}" for d in range(-8, 9)}
_SCCM = tuple(tuple(f"sccm={k}|{side}" for side in _SIDES) for k in range(3))
_COMMAS = frozenset({",", ";", "—", "–"})
_OPENERS = frozenset({"that", "whether", "if", "why", "how", ":", ","})


@lru_cache(maxsize=1024)
def _cue_side(cue: str) -> tuple[tuple[str, str], ...]:
    """`scc=CLASS|SIDE` and `scw=CUE|SIDE` for each side of a cue (a cue of version 2 keeps
    its class: version 3's words are cues of version 3 only)."""
    cls = _CUE_CLASS_3.get(cue, "other")
    return tuple((f"scc={cls}|{side}", f"scw={cue}|{side}") for side in _SIDES)


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen st jr sr lt col sgt capt rev prof vs no".split())
# Classes of reporting verbs: the model learns what follows each class (`told` takes an
# object then `that`, `asked` a question, `according to` a source then a comma).
_CUE_CLASS = {w: cls for cls, ws in {
    "say": "said say says saying stated state states added add adds adding noted note notes "
           "noting explained explain explains remarked commented mentioned observed",
    "tell": "told tell tells telling",
    "ask": "asked ask asks asking wondered questioned",
    "accord": "according",
    "write": "wrote write writes writing tweeted tweet tweets posted",
    "claim": "argued argue argues arguing insisted insist insists claimed claim claims "
             "claiming maintained contended alleged asserted",
    "warn": "warned warn warns warning cautioned urged urge predicted predict",
    "think": "believe believes believed think thinks thought know knows knew expects "
             "expected hopes hoped wants wanted fears feared worried feel feels felt",
    "judge": "praised criticized criticised blasted accused denied denies slammed "
             "attacked blamed dismissed rejected defended condemned",
    "report": "reported reports announced announce announces revealed confirmed "
              "disclosed found shows showed cited estimated indicated",
    "promise": "vowed vow pledged promised promise",
    "admit": "acknowledged acknowledge admitted admit conceded agreed",
}.items() for w in ws.split()}
# Version 3's words outside those classes read as `stance` (the class of none of version 2's).
_CUE_CLASS_3 = {**dict.fromkeys(_CUES_3 - _CUES_2, "stance"), **_CUE_CLASS}


class Model:
    """Weights of a linear-chain CRF: state weights per (attribute, label), transitions."""

    def __init__(self, labels: list[str], attributes: list[str], state: Any,
                 transitions: Any, o_penalty: float = 0.0, *, padded: bool = False,
                 version: int = FEATURES_VERSION) -> None:
        import numpy as np

        self.version = version  # of the features the weights were trained on
        # Subtracted from every `O` score when decoding: a recall/precision knob chosen on
        # held-out training folds by bench/train_attribution.py and stored with the weights.
        self.o_penalty = o_penalty
        self.labels = labels
        self.index = dict(zip(attributes, range(len(attributes)), strict=True))
        # One extra zero row: every token has at least one row to sum (`padded`: `state`
        # has it already, as `from_arrays` allocates it, and is not copied).
        self.state = np.asarray(state, dtype=np.float64) if padded else np.vstack(
            [np.asarray(state, dtype=np.float64), np.zeros((1, len(labels)))])
        self.transitions = np.asarray(transitions, dtype=np.float64)

    @classmethod
    def from_arrays(cls, labels: list[str], attributes: list[str], rows: Any, label_ids: Any,
                    weights: Any, transitions: Any, o_penalty: float = 0.0,
                    version: int = FEATURES_VERSION) -> Model:
        """A model from its sparse state weights: `weights[k]` for attribute `rows[k]` and
        label `label_ids[k]`."""
        import numpy as np

        a = np.asarray(rows).astype(np.intp)
        lab = np.asarray(label_ids).astype(np.intp)
        w = np.asarray(weights)
        if len(a) != len(lab) or len(a) != len(w):
            raise ModelError("attribution weights: state arrays differ in length")
        if len(a) and not (0 <= a.min() and a.max() < len(attributes)
                           and 0 <= lab.min() and lab.max() < len(labels)):
            raise ModelError("attribution weights: state index out of range")
        state = np.zeros((len(attributes) + 1, len(labels)))
        state[a, lab] = w
        transitions = np.asarray(transitions, dtype=np.float64)
        if transitions.shape != (len(labels), len(labels)):
            raise ModelError("attribution weights: transition matrix has the wrong shape")
        return cls(labels, attributes, state, transitions, float(o_penalty), padded=True,
                   version=_check_version(version))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        """A model from plain data (what `bench/train_attribution.py` exports from
        crfsuite): labels, attributes, state rows `[attribute, label, weight]`,
        transitions."""
        import numpy as np

        version = _check_version(data.get("version"))
        rows = np.asarray(data["state"], dtype=np.float64).reshape(-1, 3)
        return cls.from_arrays(list(data["labels"]), list(data["attributes"]), rows[:, 0],
                               rows[:, 1], rows[:, 2], data["transitions"],
                               float(data.get("o_penalty", 0.0)), version)

    def attribute_names(self) -> list[str]:
        """Attribute names in row order."""
        names = [""] * len(self.index)
        for name, k in self.index.items():
            names[k] = name
        return names

    def emissions(self, attrs: list[list[str]]) -> np.ndarray:
        """State scores of every token: the sum of its attributes' rows (an unknown
        attribute reads the zero row)."""
        import numpy as np

        if not attrs:
            return np.zeros((0, len(self.labels)))
        zero = len(self.state) - 1
        if not all(attrs):
            attrs = [feats or [""] for feats in attrs]  # `""` is no attribute: the zero row
        starts = list(itertools.accumulate((len(feats) for feats in attrs[:-1]), initial=0))
        flat = list(itertools.chain.from_iterable(attrs))
        rows = list(map(self.index.get, flat, itertools.repeat(zero, len(flat))))
        result: np.ndarray = np.add.reduceat(self.state[rows], starts, axis=0)
        return result

    def source_margins(self, emitted: np.ndarray) -> np.ndarray:
        """How much each token's state scores (`emissions`, the `O` penalty taken off) favour
        a source label over `O`: the CRF's local evidence that the token is part of a source,
        read by the source ranker for every candidate mention, not only the span Viterbi
        chose (`sourcerank.features`, `crf_margin`)."""
        import numpy as np

        sou = [k for k, label in enumerate(self.labels) if label.endswith("-SOU")]
        other = self.labels.index("O")
        result: np.ndarray = np.max(emitted[:, sou], axis=1) - emitted[:, other]
        return result

    def tag(self, attrs: list[list[str]]) -> list[str]:
        """The most likely label sequence (Viterbi); ties go to the lower label index."""
        return self.tag_many([attrs])[0]

    def tag_many(self, sequences: list[list[list[str]]],
                 margins: list[list[float]] | None = None) -> list[list[str]]:
        """Viterbi over several sequences at once: one numpy step per position of the
        longest, not per token of all (an article's paragraphs decode together). With
        `margins`, each sequence's source margins are appended to it (`source_margins`)."""
        import numpy as np

        lengths = [len(seq) for seq in sequences]
        longest = max(lengths, default=0)
        if not longest:
            if margins is not None:
                margins.extend([] for _ in sequences)
            return [[] for _ in sequences]
        n_labels = len(self.labels)
        flat = self.emissions([feats for seq in sequences for feats in seq])
        if self.o_penalty:
            flat[:, 0] -= self.o_penalty
        if margins is not None:
            values = self.source_margins(flat).tolist()
            start = 0
            for n in lengths:
                margins.append(values[start:start + n])
                start += n
        # Longest first: the sequences still running at step t are a prefix, so each step
        # works on that prefix only and a finished sequence keeps its last scores.
        order = sorted(range(len(sequences)), key=lambda k: (-lengths[k], k))
        offsets = list(itertools.accumulate(lengths, initial=0))
        emit = np.zeros((len(sequences), longest, n_labels))
        for row, k in enumerate(order):
            emit[row, :lengths[k]] = flat[offsets[k]:offsets[k + 1]]
        running = np.searchsorted(-np.asarray([lengths[k] for k in order]),
                                  -np.arange(longest), side="left")
        trans = self.transitions[None, :, :]
        back = np.zeros((len(sequences), longest, n_labels), dtype=np.intp)
        score = emit[:, 0].copy()
        for t in range(1, longest):
            m = running[t]
            total = score[:m, :, None] + trans
            back[:m, t] = total.argmax(axis=1)
            score[:m] = total.max(axis=1) + emit[:m, t]
        out: list[list[str]] = [[] for _ in sequences]
        for row, k in enumerate(order):
            n = lengths[k]
            if not n:
                continue
            best = [int(score[row].argmax())]
            for t in range(n - 1, 0, -1):
                best.append(int(back[row, t, best[-1]]))
            best.reverse()
            out[k] = [self.labels[j] for j in best]
        return out


def _check_version(version: object) -> int:
    if version not in VERSIONS or not isinstance(version, int):
        raise ModelError(f"attribution weights are for feature version {version!r}, "
                         f"this code knows versions {', '.join(map(str, VERSIONS))}")
    return version


# The arrays of the shipped file. Names (attributes, labels) are UTF-8 joined by newlines and
# stored as bytes: one small array instead of a wide fixed-size string array.
_ARRAYS = ("version", "labels", "attributes", "rows", "label_ids", "weights", "transitions",
           "o_penalty")
# Zip entries get this date, so the file depends on the weights only.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def joined_names(joined: Any) -> list[str]:
    """Names stored as one UTF-8 byte array joined by newlines (see `_ARRAYS`)."""
    text = bytes(joined).decode("utf-8")
    return text.split("\n") if text else []


@contextmanager
def _reading(what: str, path: Path, script: str) -> Iterator[None]:
    """Turn what reading a weights file can raise into one `ModelError`: missing (with how
    to get it back: `script` retrains it) or corrupt."""
    try:
        yield
    except ModelError:
        raise
    except FileNotFoundError as exc:
        raise ModelError(f"{what} weights missing: {path} (reinstall briefing-cli, or "
                         f"retrain with {script})") from exc
    except (OSError, EOFError, ValueError, KeyError, TypeError, IndexError,
            AttributeError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        raise ModelError(f"{what} weights corrupt: {path}: {exc}") from exc


def load_file(path: Path) -> Model:
    """Weights from an `.npz` file (see `save_file`), or `ModelError` saying what is wrong
    with it."""
    import numpy as np

    with _reading("attribution", path, "bench/train_attribution.py"), \
            np.load(path, allow_pickle=False) as data:
        missing = [name for name in _ARRAYS if name not in data.files]
        if missing:
            raise ModelError(f"attribution weights corrupt: {path}: no {missing[0]!r} "
                             f"array")
        version = _check_version(int(data["version"]))
        return Model.from_arrays(joined_names(data["labels"]), joined_names(data["attributes"]),
                                 data["rows"], data["label_ids"], data["weights"],
                                 data["transitions"], float(data["o_penalty"]), version)


def check_header(data: Any, path: Path, what: str, arrays: Sequence[str], version: int,
                 features: tuple[str, ...]) -> None:
    """`ModelError` unless the open `.npz` `data` holds every one of `arrays`, was written
    for this `version` and names these `features` in order."""
    missing = [name for name in arrays if name not in data.files]
    if missing:
        raise ModelError(f"{what} weights corrupt: {path}: no {missing[0]!r} array")
    stored = int(data["version"])
    if stored != version:
        raise ModelError(f"{what} weights are for version {stored}, this code is "
                         f"version {version}")
    if tuple(joined_names(data["features"])) != features:
        raise ModelError(f"{what} weights corrupt: {path}: features differ from this "
                         f"code's (same version {version})")


def load_linear(path: Path, what: str, script: str, arrays: Sequence[str], version: int,
                features: tuple[str, ...], lists: Sequence[str] = (),
                ) -> tuple[Any, float, dict[str, list[str]]]:
    """A linear model's weights, bias and name `lists` from an `.npz` file (the source
    ranker's, the pronoun resolver's), or `ModelError` saying what is wrong with it: `what`
    names the model in messages, `script` is what retrains it."""
    import numpy as np

    with _reading(what, path, script), np.load(path, allow_pickle=False) as data:
        check_header(data, path, what, arrays, version, features)
        weights = np.asarray(data["weights"], dtype=np.float64)
        if weights.shape != (len(features),) or not np.all(np.isfinite(weights)):
            raise ModelError(f"{what} weights corrupt: {path}: weights of shape "
                             f"{weights.shape}")
        return weights, float(data["bias"]), {n: joined_names(data[n]) for n in lists}


def save_file(decoder: Model, path: Path, version: int | None = None) -> None:
    """Write `decoder` as `.npz` that `load_file` reads: the non-zero state weights as
    float32 (sparse: attribute row int32, label int8), transitions as float64. The bytes
    depend on the weights only (fixed zip dates and attributes, arrays in a fixed order)."""
    import numpy as np

    state = decoder.state[:-1]
    rows, label_ids = state.nonzero()
    arrays = {
        "version": np.asarray(decoder.version if version is None else version, dtype="<i8"),
        "labels": np.frombuffer("\n".join(decoder.labels).encode("utf-8"), dtype=np.uint8),
        "attributes": np.frombuffer("\n".join(decoder.attribute_names()).encode("utf-8"),
                                    dtype=np.uint8),
        "rows": np.asarray(rows, dtype="<i4"),
        "label_ids": np.asarray(label_ids, dtype="<i1"),
        "weights": np.asarray(state[rows, label_ids], dtype="<f4"),
        "transitions": np.asarray(decoder.transitions, dtype="<f8"),
        "o_penalty": np.asarray(decoder.o_penalty, dtype="<f8"),
    }
    write_npz(path, [(name, arrays[name]) for name in _ARRAYS])


def write_npz(path: Path, arrays: list[tuple[str, Any]]) -> None:
    """Write `arrays` (name, numpy array) in this order as an `.npz` whose bytes depend on
    the arrays only (fixed zip dates and attributes, no pickle), whole or not at all: a
    half-written weights file is never left behind. Shared by every shipped weights file."""
    import numpy as np

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, array in arrays:
            body = io.BytesIO()
            np.lib.format.write_array(body, array, allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, body.getvalue(), compresslevel=9)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(buffer.getvalue())
    partial.replace(path)


_model: Model | None = None


def model() -> Model:
    """The shipped model, loaded once."""
    global _model
    if _model is None:
        _model = load_file(WEIGHTS)
    return _model


def use(replacement: Model | None) -> None:
    """Decode with another model (training and cross-validation); None: the shipped one."""
    global _model
    _model = replacement


def spans(labels: list[str]) -> list[Span]:
    """Labelled spans, repaired: an `I-` after another role starts a span of its own."""
    out: list[Span] = []
    role: str | None = None
    begin = 0
    for i, label in enumerate([*labels, "O"]):
        tag, _, kind = label.partition("-")
        if role is not None and (tag != "I" or kind != role):
            out.append(Span(role, begin, i))
            role = None
        if tag in ("B", "I") and role is None:
            role, begin = kind, i
    return out


# A paragraph longer than this is not news prose as the model knows it (the longest in its
# training data is far shorter): the sieve alone reads it.
_LONGEST_CHARS = 6000
_CHUNK = 300  # tokens: a longer paragraph is decoded in pieces cut at sentence ends
_ENDS = frozenset(".!?")


def _chunks(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of at most `_CHUNK` tokens, cut after a sentence end where one is near:
    decoding stays linear in the length of a paragraph of any size."""
    out = []
    begin = 0
    while len(tokens) - begin > _CHUNK:
        cut = next((i + 1 for i in range(begin + _CHUNK - 1, begin + _CHUNK // 2, -1)
                    if tokens[i].text in _ENDS), begin + _CHUNK)
        out.append((begin, cut))
        begin = cut
    out.append((begin, len(tokens)))
    return out


def attributions(text: str, start: int, end: int,
                 decoder: Model | None = None) -> list[Attribution]:
    """Attributions the model finds in the paragraph `text[start:end]`."""
    return attributions_many(text, [(start, end)], decoder)[(start, end)]


def attributions_many(text: str, paragraphs: list[tuple[int, int]],
                      decoder: Model | None = None,
                      margins: dict[tuple[int, int], tuple[list[int], list[float]]] | None = None
                      ) -> dict[tuple[int, int], list[Attribution]]:
    """Attributions in each paragraph: every content span of three tokens or more, its
    nearest cue, and the source nearest that cue (or nearest the content when it has no
    cue). With `margins`, each decoded paragraph's token starts and source margins
    (`Model.source_margins`) are stored in it."""
    pieces: list[tuple[tuple[int, int], list[Token]]] = []
    for para in paragraphs:
        if para[1] - para[0] > _LONGEST_CHARS:
            continue
        tokens = tokenize(text, *para)
        for lo, hi in _chunks(tokens) if tokens else []:
            pieces.append((para, tokens[lo:hi]))
    # The weights (and numpy) load only when some paragraph needs them.
    tagged: list[list[str]] = []
    if pieces:
        weights = decoder or model()
        found: list[list[float]] | None = [] if margins is not None else None
        tagged = weights.tag_many([features(tokens, weights.version) for _, tokens in pieces],
                                  found)
        if margins is not None and found is not None:
            for (para, tokens), values in zip(pieces, found, strict=True):
                starts, kept = margins.setdefault(para, ([], []))
                starts.extend(t.start for t in tokens)
                kept.extend(values)
    out: dict[tuple[int, int], list[Attribution]] = {para: [] for para in paragraphs}
    for (para, tokens), labels in zip(pieces, tagged, strict=True):
        out[para].extend(_link(tokens, labels))
    return out


def _link(tokens: list[Token], labels: list[str]) -> list[Attribution]:
    found = spans(labels)
    cues = [s for s in found if s.role == "CUE"]
    sources = [s for s in found if s.role == "SOU"]

    def gap(a: Span, b: Span) -> int:
        return max(a.start - b.end, b.start - a.end, 0)

    out: list[Attribution] = []
    for content in (s for s in found if s.role == "CON"):
        if content.end - content.start < 3:
            continue
        cue = min(cues, key=lambda c: (gap(c, content), c.start), default=None)
        anchor = cue or content
        source = min(sources, key=lambda s: (gap(s, anchor), -s.start), default=None)
        out.append(Attribution(
            (tokens[content.start].start, tokens[content.end - 1].end),
            (tokens[cue.start].start, tokens[cue.end - 1].end) if cue else None,
            (tokens[source.start].start, tokens[source.end - 1].end) if source else None))
    return out


__all__ = ["FEATURES_VERSION", "LABELS", "VERSIONS", "WEIGHTS", "Attribution", "Model",
           "ModelError", "Span", "Token", "attributions", "attributions_many", "cue_words",
           "features",
           "load_file", "model", "save_file", "spans", "tokenize", "use"]
