"""Start-up fast paths (issue 15): they must change nothing but the time.

`nlp.import_nltk_parts()` loads a few NLTK modules without `nltk/__init__.py`, and small
transcripts are ranked in pure Python (`rank.arrays`, `rank.vectors.PyVectors`). These tests
compare what they give (sentence spans, stems, collocations, scores, selections and whole
JSON digests) with every fast path turned off (BRIEFING_NO_FAST_PATHS=1), and check that the
fast paths really ran.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from helpers import fast_paths_off
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli import nlp
from briefing_cli.rank import arrays

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted(
    [p for p in (ROOT / "tests" / "fixtures").iterdir() if not p.name.endswith(".json")]
    + list((ROOT / "samples").glob("*.txt")))

# Runs in a fresh interpreter: what the NLTK layer and the digests give for every input.
PROBE = r"""
import json, sys
from briefing_cli import nlp
from briefing_cli.digest import build_digest
from briefing_cli.rank import METHODS, get_ranker
from briefing_cli.render import json as render_json
from briefing_cli.source import read_source
from briefing_cli.terms import _collocations, _tokens
from briefing_cli.transcript import parse

text = " ".join(open(p, encoding="utf-8", errors="replace").read() for p in sys.argv[1:4])
out = {"spans": list(nlp.sentence_spans(text)),
       "stems": [nlp.stem(w.lower()) for w in nlp.words(text)],
       "collocations": sorted(_collocations([_tokens(text)])),
       "import": nlp.NLTK_IMPORT,
       "modules": sorted(m for m in sys.modules if m == "nltk" or m.startswith("nltk.")),
       "digests": {}}
for path in sys.argv[1:]:
    transcript = parse(read_source(path))
    for method in METHODS:
        out["digests"][f"{path} {method}"] = render_json.render(
            build_digest(transcript, get_ranker(method)))
    lexrank = get_ranker("lexrank")
    out["digests"][f"{path} words"] = render_json.render(
        build_digest(transcript, lexrank, words=60, per_speaker=2))
    out["digests"][f"{path} about"] = render_json.render(
        build_digest(transcript, lexrank, about="trade talks security"))
print(json.dumps(out))
"""


def _probe(*, fast: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "BRIEFING_NO_FAST_PATHS"}
    if not fast:
        env["BRIEFING_NO_FAST_PATHS"] = "1"
    result = subprocess.run([sys.executable, "-c", PROBE, *map(str, INPUTS)], env=env,
                            capture_output=True, text=True, check=True)
    data: dict[str, object] = json.loads(result.stdout)
    return data


@pytest.fixture(scope="module")
def probes() -> tuple[dict[str, object], dict[str, object]]:
    return _probe(fast=True), _probe(fast=False)


def test_fast_nltk_import_ran_and_loaded_only_what_we_use(probes: tuple[dict, dict]) -> None:
    fast, plain = probes
    assert fast["import"] == "parts"
    assert plain["import"] == "plain"
    assert "nltk.translate" not in fast["modules"] and "nltk.parse" not in fast["modules"]
    assert len(fast["modules"]) < 40 < len(plain["modules"])


def test_fast_nltk_import_changes_no_span_stem_or_collocation(probes: tuple[dict, dict]
                                                               ) -> None:
    fast, plain = probes
    for key in ("spans", "stems", "collocations"):
        assert fast[key] == plain[key], key
    assert fast["collocations"], "the probe text should hold collocations"


def test_fast_paths_give_byte_identical_digests(probes: tuple[dict, dict]) -> None:
    fast, plain = probes
    assert fast["digests"].keys() == plain["digests"].keys()
    for key, digest in fast["digests"].items():
        assert digest == plain["digests"][key], key


def test_nltk_release_is_one_the_fast_import_was_checked_with() -> None:
    # import_nltk_parts() relies on NLTK's internal imports; a new NLTK release must be
    # checked (run this file) before it is added here and to the cap in pyproject.toml.
    assert nlp.NLTK_PARTS_CHECKED == ("3.9", "3.10")
    assert ".".join(version("nltk").split(".")[:2]) in nlp.NLTK_PARTS_CHECKED


def _run(code: str, **env: str) -> str:
    merged = {k: v for k, v in os.environ.items() if k != "BRIEFING_NO_FAST_PATHS"}
    return subprocess.run([sys.executable, "-c", code], env={**merged, **env},
                          capture_output=True, text=True, check=True).stdout.strip()


def test_fast_import_falls_back_to_the_plain_import_when_it_fails() -> None:
    # A broken part (here: the stemmer module cannot be found) must leave no half-loaded
    # nltk behind; the whole package is imported instead and everything still works.
    code = """
import importlib.util, sys
from briefing_cli import nlp
real = importlib.util.find_spec
importlib.util.find_spec = lambda name, *a: None if name == "nltk.stem" else real(name, *a)
ok = nlp.import_nltk_parts()
left = [m for m in sys.modules if m.startswith("nltk")]
nlp.import_nltk()
importlib.util.find_spec = real
print(ok, left, nlp.NLTK_IMPORT, nlp.stem("running"), "nltk.corpus" in sys.modules)
"""
    assert _run(code) == "False [] plain run True"


def test_fast_import_leaves_no_stub_corpus_and_skips_a_loaded_nltk() -> None:
    code = """
import sys
from briefing_cli import nlp
print(nlp.import_nltk_parts(), "nltk.corpus" in sys.modules, hasattr(sys.modules["nltk"], "corpus"),
      nlp.import_nltk_parts(), "numpy" in sys.modules, "scipy" in sys.modules)
"""
    assert _run(code) == "True False False False False False"
    assert _run("import nltk\nfrom briefing_cli import nlp\nprint(nlp.import_nltk_parts())"
                ) == "False"


def test_fast_import_defers_what_our_path_never_calls() -> None:
    # NLTK's path sandbox, its pickle loader and the standard library's HTTP client, pydoc
    # and XML are imported by the parts but only called to read files, set proxies or
    # debug: they load when first used, and are then the real thing.
    code = """
import importlib, sys
from briefing_cli import nlp
heavy = ("nltk.pathsec", "nltk.picklesec", "urllib.request", "http.client", "ssl", "email",
         "pydoc", "pickle", "xml.etree.ElementTree", "xml.sax.saxutils")
ok = nlp.import_nltk_parts()
spans = list(nlp.sentence_spans("Mr. Smith went to Washington. He met Dr. Jones there."))
loaded = [m for m in heavy if type(sys.modules.get(m)).__name__ == "module"]
punkt = sys.modules["nltk.tokenize.punkt"]
escaped = sys.modules["nltk.tokenize.util"].escape("<a & b>")  # loads xml.sax.saxutils
checked = isinstance(sys.modules["nltk.internals"].safe_env(), dict)  # loads pathsec
real = sys.modules["nltk.pathsec"]
kinds = sorted({type(getattr(importlib.import_module(name), attr)).__name__
                for name, names in nlp.DEFERRED_MODULES.items() for attr in names})
print(ok, nlp.NLTK_IMPORT, loaded, spans, escaped, checked, type(real).__name__,
      punkt.pathsec.validate_path is real.validate_path, kinds)
"""
    assert _run(code) == ("True parts [] [(0, 29), (30, 53)] &lt;a &amp; b&gt; True module "
                          "True ['function', 'type']")


def test_fast_import_loads_the_parts_without_deferring_when_a_name_is_not_listed() -> None:
    code = """
import sys
from briefing_cli import nlp
nlp.DEFERRED_MODULES["nltk.pathsec"] = ("open",)  # punkt also imports validate_path
ok = nlp.import_nltk_parts()
print(ok, nlp.NLTK_IMPORT, type(sys.modules["nltk.pathsec"]).__name__,
      type(sys.modules["urllib.request"]).__name__, nlp.stem("running"))
"""
    assert _run(code) == "True parts module module run"


def test_version_constant_is_pyprojects() -> None:
    # `briefing --version` reads a constant, not importlib.metadata: it must follow the
    # version pyproject.toml declares (and the installed metadata, when installed).
    import re

    import briefing_cli

    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.search(r'(?m)^version = "([^"]+)"$', project)
    assert declared is not None and briefing_cli.__version__ == declared.group(1)
    assert briefing_cli.__version__ == version("briefing-cli")


def test_layout_expressions_compile_on_first_use_as_re_compile_would() -> None:
    import re

    from briefing_cli.transcript.common import lazy_pattern

    source, flags = r"(?P<label>[A-Z]+):\s+(\w+)", re.IGNORECASE
    lazy, real = lazy_pattern(source, flags), re.compile(source, flags)
    assert "match" not in vars(lazy)  # nothing compiled yet
    text = "Q: one. MR SMITH: two words, a: b"
    assert lazy.match(text).groupdict() == real.match(text).groupdict()  # type: ignore[union-attr]
    assert "match" in vars(lazy)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("-", text) == real.sub("-", text) and lazy.split(text) == real.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        real.pattern, real.flags, real.groups, real.groupindex)
    assert lazy.search("x") is None and lazy.fullmatch("AB: c") is not None
    # Importing the layouts compiles none of their lazy expressions.
    code = """
from briefing_cli.transcript import labelled, monologue, news, roles, subtitles
lazy = [v for m in (labelled, monologue, news, roles, subtitles) for v in vars(m).values()
        if type(v).__name__ == "_LazyPattern"]
print(len(lazy) > 50, sum("match" in vars(v) for v in lazy))
"""
    assert _run(code) == "True 0"


def test_a_labelled_briefing_compiles_no_expression_of_the_other_layouts() -> None:
    # Module-level expressions that only headed, monologue and hearing-record inputs use:
    # compiled on first use, so a labelled briefing never pays for them.
    code = f"""
from briefing_cli.source import read_source
from briefing_cli.transcript import headed, monologue, parse, roles
parse(read_source({str(ROOT / "samples" / "white_house_briefing.txt")!r}))
names = [(monologue, "_TITLE"), (monologue, "_AFTER_HEADER"), (roles, "_SPOKE"),
         (roles, "_RUN_BEFORE"), (roles, "_APPOSED"), (headed, "_NOTED_NAME"),
         (headed, "_DASHED")]
print(*sorted({{(type(getattr(m, n)).__name__, "match" in vars(getattr(m, n)))
               for m, n in names}}))
"""
    assert _run(code) == "('_LazyPattern', False)"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["word", "it's", "don’t", "a_b", "x1", "\n", " ", ".", "é",
                                 "’", "'", "\n\n", "日本"]), max_size=60),
       st.integers(min_value=1, max_value=12))
def test_word_count_in_chunks_counts_every_word_once(pieces: list[str], chunk: int) -> None:
    text = "".join(pieces)
    saved = nlp._COUNT_CHUNK
    try:
        nlp._COUNT_CHUNK = chunk
        assert nlp.word_count(text) == len(nlp.words(text))
    finally:
        nlp._COUNT_CHUNK = saved


_RUN = "import sys; sys.argv[0] = 'briefing'; from briefing_cli.cli import run; run()"


@pytest.mark.parametrize("arguments", [
    ["summarize", "SAMPLE", "-f", "text"], ["summarize", "SAMPLE", "-f", "json", "-n", "2"],
    ["speakers", "SAMPLE"], ["summarize", "/no/such/file.txt"], ["summarize", "SAMPLE", "-n", "x"],
    ["--version"], ["--help"], ["text", "SAMPLE"], [], ["summarize", "--help"],
    ["compare", "--help"], ["batch", "--help"], ["summarise", "SAMPLE"], ["--version", "text"],
    ["speakers", "SAMPLE", "--bogus"], ["nosuch"],
], ids=" ".join)
def test_leaving_without_teardown_changes_no_output_or_status(arguments: list[str]) -> None:
    sample = str(ROOT / "samples" / "white_house_briefing.txt")
    command = [sys.executable, "-c", _RUN, *(sample if a == "SAMPLE" else a for a in arguments)]
    env = {k: v for k, v in os.environ.items() if k != "BRIEFING_NO_FAST_PATHS"}
    fast = subprocess.run(command, capture_output=True, env=env)
    plain = subprocess.run(command, capture_output=True, env={**env, "BRIEFING_NO_FAST_PATHS": "1"})
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        plain.returncode, plain.stdout, plain.stderr)


@pytest.mark.parametrize(("arguments", "built"), [
    (["summarize", "--help"], ["summarize"]), (["text", "x.txt"], ["text"]),
    (["--help"], ["summarize", "speakers", "compare", "text", "batch"]),
    (["summarise"], ["summarize", "speakers", "compare", "text", "batch"]),
    (["--version", "text"], ["summarize", "speakers", "compare", "text", "batch"]),
], ids=" ".join)
def test_a_run_builds_only_the_command_it_invokes(arguments: list[str], built: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import typer.main

    from briefing_cli import cli

    names: list[str] = []
    real = typer.main.get_command_from_info

    def spy(**kwargs: Any) -> Any:
        command = real(**kwargs)
        names.append(command.name)
        return command

    monkeypatch.setattr(typer.main, "get_command_from_info", spy)
    monkeypatch.delenv("BRIEFING_NO_FAST_PATHS", raising=False)
    monkeypatch.setattr(sys, "argv", ["briefing", *arguments])
    with pytest.raises(SystemExit):
        cli.main()
    assert names == built
    assert len(cli.app.registered_commands) == 5  # the app itself is left whole


def test_leaving_early_waits_for_atexit_handlers_and_threads(tmp_path: Path) -> None:
    # With anything left to run at exit, the process exits the usual way, so it runs.
    sample = str(ROOT / "samples" / "white_house_briefing.txt")
    code = f"""
import atexit, sys, threading, time
sys.argv = ["briefing", "summarize", {sample!r}, "-o", {str(tmp_path / "d.md")!r}]
atexit.register(lambda: print("atexit ran", file=sys.stderr))
from briefing_cli.cli import run
run()
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr.strip().endswith("atexit ran")
    assert (tmp_path / "d.md").read_text(encoding="utf-8").startswith("# Briefing digest")
    threaded = """
import sys, threading, time
sys.argv = ["briefing", "--version"]
from briefing_cli.cli import run
threading.Thread(target=lambda: (time.sleep(0.5), print("thread ran")), daemon=False).start()
run()
"""
    # The thread starts after the import (a loaded machine can take longer than its sleep to
    # import), and only its line is asked for, not its place: a process leaving without
    # waiting for it never prints it at all.
    result = subprocess.run([sys.executable, "-c", threaded], capture_output=True, text=True)
    assert result.returncode == 0 and "thread ran" in result.stdout.splitlines()

# --- the pure-Python ranking path: the same numbers as numpy, bit for bit ----------------

_WORDS = ("tariffs", "trade", "talks", "Geneva", "oil", "sanctions", "budget", "harbour",
          "minister", "said", "the", "we", "will", "not", "and", "of", "ceasefire", "aid",
          "troops", "vote", "Senate", "bill", "prices", "jobs", "talk", "talking", "thank",
          "you", "go", "ahead", "next", "question", "yes")
_sentences = st.lists(st.sampled_from(_WORDS), max_size=14).map(
    lambda ws: " ".join(ws).capitalize() + ".")


def _rank(texts: list[str], method: str) -> tuple[object, list[float], list[int], list[int],
                                                  list[int]]:
    from briefing_cli.rank import get_ranker, selection
    from briefing_cli.rank.vectors import tfidf

    vectors = tfidf(texts)
    scores = [float(x) for x in get_ranker(method).score(vectors, texts)]
    everyone = list(range(len(texts)))
    chosen = selection.mmr(everyone, scores, vectors, limit=5)
    budget = selection.mmr(everyone, scores, vectors, words=[len(t.split()) for t in texts],
                           word_budget=40)
    repeats = [selection.repeats(vectors, i, everyone) for i in chosen]
    return vectors, scores, chosen, budget, repeats


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(_sentences, max_size=40), method=st.sampled_from(
    ["lexrank", "lexrank", "centroid", "textrank", "luhn"]))
def test_pure_python_ranking_gives_numpys_numbers_exactly(texts: list[str], method: str
                                                          ) -> None:
    from briefing_cli.rank.vectors import PyVectors

    with fast_paths_off(False):
        pure = _rank(texts, method)
    with fast_paths_off(True):
        fast_off = _rank(texts, method)
    assert isinstance(pure[0], PyVectors) and not isinstance(fast_off[0], PyVectors)
    assert list(pure[0].data) == fast_off[0].data.tolist()  # type: ignore[attr-defined]
    assert pure[1:] == fast_off[1:]  # scores compared with ==: identical doubles


_turn = st.tuples(st.sampled_from(["MR. HALE", "MS. ORTIZ", "Q"]),
                  st.lists(_sentences, min_size=1, max_size=4))


@settings(max_examples=30, deadline=None)
@given(turns=st.lists(_turn, min_size=1, max_size=25),
       about=st.sampled_from([None, None, "trade talks"]))
def test_pure_python_digest_is_byte_identical(turns: list[tuple[str, list[str]]],
                                              about: str | None) -> None:
    from briefing_cli.digest import build_digest
    from briefing_cli.errors import InputError
    from briefing_cli.models import Document
    from briefing_cli.rank import get_ranker
    from briefing_cli.render import json as render_json
    from briefing_cli.transcript import parse

    text = "\n\n".join(f"{who}: {' '.join(said)}" for who, said in turns) + "\n"
    out = []
    for numpy_only in (False, True):
        with fast_paths_off(numpy_only):
            try:
                digest = build_digest(parse(Document("t.txt", text)), get_ranker("lexrank"),
                                      about=about)
            except InputError as exc:
                out.append(str(exc))
                continue
            out.append(render_json.render(digest))
    assert out[0] == out[1]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), max_size=700))
def test_pure_sum_is_numpys_pairwise_sum(values: list[float]) -> None:
    import numpy as np

    assert arrays.Array(values).sum() == float(np.asarray(values, dtype=float).sum())
    if values:
        assert arrays.Array(values).mean() == float(np.asarray(values, dtype=float).mean())


def test_small_briefings_need_no_numpy_and_large_ones_use_it() -> None:
    code = """
import sys
from briefing_cli.digest import build_digest
from briefing_cli.models import Document
from briefing_cli.rank import arrays, get_ranker
from briefing_cli.transcript import parse
for n in (5, arrays.PURE_MAX + 1):
    text = "".join(f"MR. HALE: Point {i} on the harbour budget.\\n\\n" for i in range(n))
    build_digest(parse(Document("t", text)), get_ranker("lexrank"))
    print("numpy" in sys.modules, end=" ")
"""
    assert _run(code) == "False True"


# --- Typer without pydantic: the same values, the same errors ----------------------------

_ARGUMENTS = [
    [], ["-n", "3"], ["-n", "007"], ["-n", "0"], ["-n", "1001"], ["-n", "abc"], ["-n", "-2"],
    ["-n", "1000"], ["-k", "2"], ["-k", "2.5"], ["-k", "101"], ["-m", "TextRank"],
    ["-m", "luhn"], ["-m", "bogus"], ["-f", "JSON"], ["-f", "md"], ["-f", "text"],
    ["--words", "40"], ["--words", " 40"], ["--max-bytes", "10"], ["--max-bytes", "0"],
    ["--ratio", "10%"], ["--about", "tariffs"], ["-s", "Whitfield"], ["--input-format", "prose"],
    ["--input-format", "bogus"], ["-o", "-"], ["-o", ""],
]


@pytest.mark.parametrize("arguments", _ARGUMENTS, ids=" ".join)
def test_option_values_without_pydantic_are_typers_own(arguments: list[str]) -> None:
    from typer.testing import CliRunner

    from briefing_cli.cli import app

    sample = str(ROOT / "samples" / "white_house_briefing.txt")
    runner = CliRunner()
    fast = runner.invoke(app, ["summarize", sample, "-f", "text", *arguments])
    plain = runner.invoke(app, ["summarize", sample, "-f", "text", *arguments],
                          env={"BRIEFING_NO_FAST_PATHS": "1"})
    assert (fast.exit_code, fast.output) == (plain.exit_code, plain.output)


def test_a_typical_run_imports_neither_pydantic_nor_numpy_nor_all_of_nltk() -> None:
    code = f"""
import sys
from briefing_cli import nlp
from briefing_cli.cli import main
sys.argv = ["briefing", "summarize", {str(ROOT / "samples" / "white_house_briefing.txt")!r}]
try:
    main()
except SystemExit:
    pass
print(*(name in sys.modules for name in ("pydantic", "numpy", "scipy", "nltk.translate",
                                           "http.client", "pydoc", "zipfile",
                                           "briefing_cli.transcript.learned")),
      nlp.NLTK_IMPORT, file=sys.stderr)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={k: v for k, v in os.environ.items()
                                             if k != "BRIEFING_NO_FAST_PATHS"})
    assert result.stderr.strip() == "False False False False False False False False parts"


def test_error_paths_load_no_parser_and_no_ranker() -> None:
    code = """
import sys
from briefing_cli.cli import main
sys.argv = ["briefing", "summarize", "/no/such/file.txt"]
try:
    main()
except SystemExit:
    pass
print(*(name in sys.modules for name in ("pydantic", "briefing_cli.transcript",
                                           "briefing_cli.digest", "nltk")), file=sys.stderr)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stderr.strip().splitlines()[-1] == "False False False False"


def test_punkt_model_read_from_its_file_is_the_packaged_one() -> None:
    from punkt.data import load_module

    packaged = load_module("english")
    direct = _run("""
import sys
from briefing_cli import nlp
m = nlp.punkt_english()
print(m.__name__, "punkt" in sys.modules, len(m.ABBREV_TYPES), len(m.COLLOCATIONS),
      len(m.SENT_STARTERS), len(m.ORTHO_CONTEXT))
""").split()
    assert direct[:2] == ["briefing_punkt_english", "False"]
    assert list(map(int, direct[2:6])) == [len(packaged.ABBREV_TYPES), len(packaged.COLLOCATIONS),
                                            len(packaged.SENT_STARTERS),
                                            len(packaged.ORTHO_CONTEXT)]
    from briefing_cli import nlp

    module = nlp.punkt_english()
    for name in ("ABBREV_TYPES", "COLLOCATIONS", "SENT_STARTERS", "ORTHO_CONTEXT"):
        assert getattr(module, name) == getattr(packaged, name)


def test_the_stand_in_mixes_with_numpy_and_defers_what_it_lacks() -> None:
    import numpy as np

    values = arrays.Array([0.5, 2.0, 3.0])
    assert (values * np.array([2.0, 2.0, 2.0])).tolist() == [1.0, 4.0, 6.0]
    assert (np.array([2.0, 2.0, 2.0]) * values).tolist() == [1.0, 4.0, 6.0]
    values *= np.float64(2.0)
    assert values.tolist() == [1.0, 4.0, 6.0]
    assert arrays.clip(values, 2.0, 5.0).tolist() == [2.0, 4.0, 5.0]  # numpy's own clip
    mask = values > 3.0
    assert values[mask].tolist() == [4.0, 6.0] and mask.tolist() == [False, True, True]
    values[mask] = 0.0
    assert values.tolist() == [1.0, 0.0, 0.0] and arrays.argmax(values) == 0


def test_lazy_orthographic_context_is_the_packaged_models() -> None:
    from punkt.data import load_module

    packaged = load_module("english")
    lazy = nlp.punkt_english_lazy()
    assert lazy is not None, "punkt's English model changed: check OrthoContext, update the CRC"
    model, ortho = lazy
    for name in ("ABBREV_TYPES", "COLLOCATIONS", "SENT_STARTERS"):
        assert getattr(model, name) == getattr(packaged, name)
    assert len(ortho) == 0  # nothing built up front
    assert {typ: ortho[typ] for typ in packaged.ORTHO_CONTEXT} == packaged.ORTHO_CONTEXT
    # Types the model lacks, next to ones it has (prefixes, suffixes, quotes, commas): 0.
    absent = {t for typ in list(packaged.ORTHO_CONTEXT)[::50]
              for t in (typ[1:], typ[:-1], typ + "s", "x" + typ, typ + "'", f"'{typ}", "," + typ)
              if t not in packaged.ORTHO_CONTEXT}
    absent |= {"", "'", '"', ":", ",", "\\", "zz'top", "naïve", "ортho"}
    assert {ortho[typ] for typ in absent - set(packaged.ORTHO_CONTEXT)} == {0}
    ortho["abalone"] |= 1  # Punkt's own update (training) works as on its defaultdict
    assert ortho["abalone"] == packaged.ORTHO_CONTEXT["abalone"] | 1


def test_another_punkt_model_file_is_loaded_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "PUNKT_ENGLISH_CRC", 0)
    assert nlp.punkt_english_lazy() is None
    monkeypatch.undo()
    monkeypatch.setenv("BRIEFING_NO_FAST_PATHS", "1")
    assert nlp.punkt_english_lazy() is None
