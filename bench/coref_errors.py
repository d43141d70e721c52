"""Where news source errors come from: the mention chosen, or who it was resolved to.

    python bench/coref_errors.py --crf-folds /tmp/crf-folds            # train, fold CRFs
    python bench/coref_errors.py --dev                                  # dev, in aggregate
    python bench/coref_errors.py --crf-folds DIR --switch clause_cut,lead_in   # rules off
    python bench/coref_errors.py --crf-folds DIR --fold-models --kind direct   # session 7

Parses each PolNeAR article (train: with the CRF trained WITHOUT its fold, `fold0.npz` ...
`fold4.npz` as `bench/train_attribution.py --train-folds 0,1,2,3,4 --folds-dir DIR` writes
them) and records every speaker decision of the news parser: the content it was made for,
the mention it resolved (span) and the speaker key. For each scorable gold attribution that is
found (rules of `score_all_attributions.py`), the decision behind the turn that covers most
of it is looked up and the attribution counted as

- right;
- `mention`: the resolved mention does not overlap the gold source span (wrong mention);
- `resolution`: it does, but the speaker is wrong, by the type of the mention (pronoun,
  nominal, partial or full name, institution);
- `carried`: the speaker came with no mention of its own (a continued quotation, an intro
  paragraph) or no speaker at all.

Resolution errors are also counted by family (`family`): pronoun he/she; plural `they` and
groups; two people joined in one mention (`Sanders and Clinton`); a title-case phrase made a
person (`Trump Train`, `Rick Perry Just`); a name with its affiliation (`Jennifer Epstein of
Bloomberg News`, `CBS moderator Nancy Cordes`) resolved to the affiliation or the place;
an organization named after a person where the gold keeps the person (`the Clinton
campaign`); a role resolved to its holder where the gold keeps the role (`the mayor`); a
span run on past its noun phrase (`The senator paused and`); a long raw-span gold scored on
its last word; other, itself split by `other_family` into the families of session 6
(bench/RESULTS.md). Same surname: found attributions whose predicted and gold names share
the last word but not the first (the scorer counts them right) are counted apart.

`--fold-models` ranks and resolves each fold with a source ranker, quotation ranker and
resolver fitted without it (as `train_coref.py`'s CV does; `--models-cache FILE` keeps them
for a second look) instead of the shipped ones; `--kind direct` counts only direct
quotations. Every wrong speaker is also counted by `quote_family` (the families of session 7
for direct quotations: the wrong mention ranked first, by who decided; the right mention
resolved wrong, by what; no mention, the speaker carried).

Prints counts only (dev is looked at in aggregate, never error by error). Reads the JSONL in
place; nothing of it is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from attribution import EVAL, _speaker_match, speech_turn, turn_owner  # noqa: E402

from briefing_cli.models import Document  # noqa: E402
from briefing_cli.transcript import coref, learned, news, sourcerank  # noqa: E402
from briefing_cli.transcript import lexicon as lex  # noqa: E402

TRAIN = EVAL / "quotes_polnear_train.jsonl"
DEV = EVAL / "quotes_polnear_dev.jsonl"
FOLDS = 5
SHOW: set[str] = set()
KIND: set[str] = set()

Decision = tuple[tuple[int, int], tuple[int, int] | None, str, str]


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@contextmanager
def instrumented() -> Iterator[dict[str, Any]]:
    """Patch the parser so each speaker decision is logged as (content, mention, key, via),
    and the registry's key -> speaker id map kept."""
    parser = news._Parser
    saved = {name: getattr(parser, name) for name in
             ("_model_source", "_ranked_source", "_key", "_speaker_of", "_reported", "run",
              "_rank_quote", "_span_source")}
    box: dict[str, Any] = {"log": [], "last": None, "ranked": None, "parser": None}

    def ranked(self: Any, att: Any, rule: Any = None) -> Any:
        span = saved["_ranked_source"](self, att, rule)
        box["ranked"] = span
        return span

    def model_source(self: Any, att: Any) -> Any:
        box["ranked"] = None
        key = saved["_model_source"](self, att)
        if key is not None:
            box["log"].append((att.content, box["ranked"] or att.source, key, "model"))
        return key

    def key_of(self: Any, cue: Any) -> Any:
        key = saved["_key"](self, cue)
        box["last"] = (cue.offset, cue.offset + len(cue.subject))
        return key

    def speaker_of(self: Any, quote: Any, start: int, following: int) -> Any:
        box["last"] = None
        key = saved["_speaker_of"](self, quote, start, following)
        if key is not None:
            box["log"].append(((quote.start, quote.end), box["last"], key, "quote_cue"))
        return key

    def reported(self: Any, start: int, end: int) -> Any:
        box["last"] = None
        key = saved["_reported"](self, start, end)
        if key is not None:
            box["log"].append(((start, end), box["last"], key, "reported"))
        return key

    def run(self: Any) -> Any:
        box["parser"] = self
        return saved["run"](self)

    def span_source(self: Any, s: int, e: int) -> Any:
        key = saved["_span_source"](self, s, e)
        box["span"] = (s, e)
        return key

    def rank_quote(self: Any, quote: Any, carried: Any, *args: Any) -> Any:
        # The quotation ranker may replace the sieve's speaker: a mention of its own
        # (`quote_rank`) or the carried speaker (`quote_rank_carried`, no mention).
        box["span"] = None
        before = quote.speaker
        out = saved["_rank_quote"](self, quote, carried, *args)
        if quote.speaker is not None and quote.speaker != before:
            via = "quote_rank" if box["span"] is not None else "quote_rank_carried"
            box["log"].append(((quote.start, quote.end), box["span"], quote.speaker, via))
        return out

    patches = {"_model_source": model_source, "_ranked_source": ranked, "_key": key_of,
               "_speaker_of": speaker_of, "_reported": reported, "run": run,
               "_rank_quote": rank_quote, "_span_source": span_source}
    for name, fn in patches.items():
        setattr(parser, name, fn)
    try:
        yield box
    finally:
        for name, fn in saved.items():
            setattr(parser, name, fn)


_PRON = {"he": "pronoun he/she", "she": "pronoun he/she", "him": "pronoun he/she",
         "her": "pronoun he/she", "they": "pronoun they", "them": "pronoun they",
         "we": "pronoun I/we", "i": "pronoun I/we", "it": "pronoun it",
         "who": "relative", "which": "relative", "that": "relative"}


def mention_type(phrase: str) -> str:
    """Coarse type of the mention the parser resolved."""
    words = [w.strip(",.;:’'\"") for w in phrase.split()]
    words = [w for w in words if w]
    if not words:
        return "empty"
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in _PRON:
        return _PRON[low[0]]
    while low and low[0] in lex.DETERMINERS:
        low, words = low[1:], words[1:]
    if not words:
        return "other"
    head = low[-1]
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        if head in lex.ORG_NOUNS or head in lex.ORG_HEADS or head in lex.DOCUMENTS:
            return "nominal institution"
        if head.endswith("s") and not head.endswith("ss"):
            return "nominal plural"
        return "nominal person"
    if head in lex.ORG_NOUNS or head in lex.ORG_HEADS:
        return "named institution"
    if len(caps) == 1:
        return "single name word"
    return "full name"


_JOINED = re.compile(r"[A-Z][\w'’.\-]*\)?,?\s+(?:and|&)\s+(?:(?:other|[A-Z])|\w+\.?\s+[A-Z])")
_AFFILIATION = re.compile(r"[A-Z][\w'’\-]+\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z]|"
                          r"[A-Z][\w.\-]*(?:’s|'s|’|')?\s+(?:[a-z][\w\-]*\s+){0,3}"
                          r"[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+")
_RUN_ON = frozenset({"and", "who", "that", "which", "may", "often", "also", "will", "would",
                     "has", "had", "was", "is"})


def family(mtype: str, phrase: str, names: list[str], kind: str, gold: str, gtype: str,
           text: str) -> str:
    """The family of one resolution error (see the module docstring)."""
    display = names[0] if names else ""
    words = display.split()
    gold_words = gold.split()
    gold_last = gold_words[-1].lower() if gold_words else ""
    if mtype == "pronoun he/she":
        return "pronoun he/she"
    if mtype in ("pronoun they", "nominal plural") or (
            kind == "organization" and words and words[-1].lower().endswith("s")
            and words[-1][:1].islower()):
        return "plural they / group"
    if _JOINED.search(phrase):
        return "two people in one mention"
    if kind == "person" and len(words) > 1 and all(w[:1].isupper() for w in words) and any(
            re.search(rf"(?<![\w.])(?<!\. ){re.escape(w.lower())}\b", text)
            for w in words[1:] if w.isalpha()):
        return "title-case phrase as a person"
    if gtype == "name" and gold_last and gold_last in phrase.lower() and \
            gold_last not in " ".join(names).lower() and _AFFILIATION.search(phrase):
        return "name with affiliation"
    if kind == "organization" and gold_last and gold_last in display.lower():
        return "organization of a person (gold: the person)"
    if mtype == "nominal person" and kind == "person" and gtype == "nominal" and \
            any(w[:1].isupper() for w in words) and gold_last not in display.lower():
        return "role resolved to its holder (gold: the role)"
    if words and (words[-1].lower().strip(",") in _RUN_ON or words[-1].endswith(",")
                  or words[-1].lower() in lex.VERBS or words[-1].endswith("ly")):
        return "span runs on"
    if len(gold_words) > 3 or "," in gold:
        return "long raw-span gold"
    return "other"


_PRODUCTS = frozenset("""tally filings filing records record data poll polls survey analysis
readout average magazine reports report ad ads tweet page profile account summary release
letter article research estimates platform lawsuit book reply mind statement""".split())
_PERSON_GROUP = frozenset("""camp allies ally operatives aide aides adviser advisers spokesman
spokeswoman supporter supporters official officials associates backers defenders employee
staff leader""".split())


def other_family(phrase: str, names: list[str], gold: str, gold_span: str, text: str,
                 span: tuple[int, int]) -> str:
    """The families of session 6 inside `other` (bench/RESULTS.md, "Session 6"), first
    match wins."""
    display = names[0] if names else ""
    low = display.lower()
    gold_words = gold.split()
    gold_last = gold_words[-1].lower() if gold_words else ""
    s, e = span
    if gold.lower() in ("which", "who", "that", "whose", "t", "o", "q") or \
            gold.endswith((" Says", " Responds")):
        return "other: gold noise (a relative, a headline verb)"
    if low.split()[:1] in (["his"], ["her"], ["my"], ["their"]) or \
            phrase.split()[:1] and phrase.split()[0].lower() in ("he", "she", "his", "her"):
        return "other: possessive or pronoun phrase"
    if news._lead_in(phrase) != phrase:
        return "other: fronted adverbial before the source"
    if news._clause_cut(phrase) != phrase or re.search(r"\b(?:has|have|had|was|is)\b", phrase):
        return "other: source runs into its clause (a verb)"
    if "(" in display or re.search(r"\b[RDI]-[A-Z]", display) or " of " in display:
        return "other: party tag or place in the name"
    if gold_last and gold_last in gold_span.lower() and gold_last not in phrase.lower() and \
            gold_last in text[max(0, s - 100):e + 100].lower() and gold_words[-1][:1].isupper():
        if " and " in gold_span:
            return "other: the other person of a coordination"
        return "other: a name in apposition (role, NAME / NAME, role / modifier NAME)"
    if gold_last in _PRODUCTS and low and low.split()[-1] in gold.lower():
        return "other: document of an institution (gold: the document)"
    if gold_last and gold_last in low and low.split()[-1].rstrip("s") in {
            w.rstrip("s") for w in _PERSON_GROUP}:
        return "other: a person's group or aide (gold: the person)"
    words = phrase.split()
    if len(words) == 1 and len(display.split()) > 1 and display.split()[0] == words[0]:
        return "other: a word joined to a name it begins"
    if len(gold_words) == 1 and gold_last in low and gold_words[0][:1].islower():
        return "other: role resolved to its holder (gold: the role)"
    return "other"


def quote_family(cat: str, via: str, mtype: str, phrase: str, names: list[str], kind: str,
                 att: dict[str, Any], text: str, match: Any) -> str:
    """The family of one wrong speaker, in the brief's terms for direct quotations
    (session 7): the wrong mention ranked first, the right mention resolved wrong (by what
    went wrong), or no mention at all (the speaker carried over from earlier quotations)."""
    gold = att["speaker"]
    gold_words = gold.split()
    if cat == "carried":
        if via == "none":
            return "no mention: no speaker at all"
        return f"no mention: continuity wrong ({via})"
    if cat == "mention":
        gs = att.get("speaker_span_start")
        if gs is None:
            return f"wrong mention ({via}): gold has no source span"
        return f"wrong mention ({via})"
    if mtype == "pronoun he/she":
        return "resolved wrong: pronoun he/she"
    if mtype in ("pronoun they", "pronoun I/we", "pronoun it", "relative"):
        return f"resolved wrong: {mtype}"
    low = " ".join(names).lower()
    gold_last = gold_words[-1].lower() if gold_words else ""
    if kind == "organization" and gold_last and gold_last in low:
        return "resolved wrong: organization of a person"
    if kind == "organization" or (kind == "person" and att["speaker_type"] == "nominal"
                                  and mtype == "nominal institution"):
        return "resolved wrong: organization / person confused"
    if mtype == "nominal person":
        if att["speaker_type"] == "nominal":
            return "resolved wrong: role to holder (gold: the role)"
        return "resolved wrong: role to the wrong holder / none"
    if mtype == "single name word":
        return "resolved wrong: one name word, other person"
    if mtype == "full name":
        if gold_last and gold_last in phrase.lower():
            return "resolved wrong: full name read as another name (joined, cut)"
        return "resolved wrong: full name, gold another name (nickname, alias, gold noise)"
    return f"resolved wrong: {mtype}"


def analyse(article: dict[str, Any], box: dict[str, Any], counts: Counter[str],
            match: Any) -> None:
    box["log"] = []
    text = article["text"]
    transcript = news.parse(Document(name=article["id"], text=text))
    parser = box["parser"]
    registry = parser.state.registry
    keys = list(dict.fromkeys(k for _, _, k, _ in box["log"]))
    order = list(dict.fromkeys(d.speaker for d in parser.drafts if d.speaker is not None))
    _, ids = registry.speakers(order + [k for k in keys if k not in order])
    owner = turn_owner(transcript, len(text))
    for att in article.get("attributions", []):
        if not att.get("speaker") or att.get("speaker_resolved_by") == "unresolved":
            continue
        if KIND and att["kind"] not in KIND:
            continue
        best = speech_turn(att, text, owner, transcript)
        gtype = att["speaker_type"]
        counts[f"all\t{gtype}"] += 1
        if best is None:
            counts[f"not found\t{gtype}"] += 1
            continue
        turn = transcript.turns[best]
        speaker = transcript.speaker(turn.speaker)
        names = [speaker.name, *speaker.aliases] if speaker else []
        correct = any(match(x, att["speaker"]) for x in names if x)
        # The decision behind the turn: its content overlaps the turn, its key is the
        # turn's speaker; the one overlapping the gold content most.
        decision: Decision | None = None
        overlap = 0
        for content, span, key, via in box["log"]:
            if ids.get(key) != turn.speaker or turn.speaker is None:
                continue
            o = min(content[1], turn.end) - max(content[0], turn.start)
            o += sum(max(0, min(content[1], e) - max(content[0], s)) for s, e in att["spans"])
            if o > overlap:
                decision, overlap = (content, span, key, via), o
        ss, se = att.get("speaker_span_start"), att.get("speaker_span_end")
        if decision is None or decision[1] is None:
            cat = "carried"
            mtype = "-"
            via = decision[3] if decision else ("none" if turn.speaker is None else "carried")
        else:
            s, e = decision[1]
            via = decision[3]
            mtype = mention_type(parser.masked[s:e])
            cat = "resolution" if ss is not None and s < se and ss < e else "mention"
        counts[f"found\t{gtype}"] += 1
        if correct:
            counts[f"right\t{gtype}"] += 1
            given = [n.split() for n in names if n and len(n.split()) > 1]
            gw = att["speaker"].split()
            if gtype == "name" and len(gw) > 1 and given and all(
                    g[0].lower() != gw[0].lower() and g[-1].lower() == gw[-1].lower()
                    for g in given):
                counts["same surname, other first name (scored right)\tall"] += 1
                if "surname" in SHOW and decision is not None and decision[1] is not None:
                    print("SUR", parser.masked[decision[1][0]:decision[1][1]], "|", names,
                          "| gold:", att["speaker"], file=sys.stderr)
            counts[f"right by mention type\t{mtype}"] += 1 if cat == "resolution" else 0
            continue
        counts[f"wrong\t{gtype}"] += 1
        phrase = parser.masked[decision[1][0]:decision[1][1]] if cat != "carried" else ""
        fam = quote_family(cat, via, mtype, phrase, names,
                           speaker.kind.value if speaker else "none", att, text, match)
        counts[f"quotation family\t{fam}"] += 1
        if "quote" in SHOW:
            s0 = decision[1][0] if cat != "carried" else turn.start
            around = " ".join(text[max(0, s0 - 200):turn.start + 80].split())
            print("QF", fam, "|", via, "|", phrase, "|", names, "| gold:", att["speaker"],
                  "|", att.get("speaker_span"), "|", around, file=sys.stderr)
        counts[f"wrong: {cat}\tall"] += 1
        counts[f"wrong: {cat}\tvia {via}"] += 1
        if cat == "resolution":
            if SHOW and mtype in SHOW:
                print("EX", mtype, "|", parser.masked[decision[1][0]:decision[1][1]], "|",
                      names, "| gold:", att["speaker"], "|", att["speaker_span"], file=sys.stderr)
            counts[f"resolution wrong by mention type\t{mtype}"] += 1
            fam = family(mtype, parser.masked[decision[1][0]:decision[1][1]], names,
                         speaker.kind.value if speaker else "none", att["speaker"], gtype, text)
            if fam == "other":
                fam = other_family(parser.masked[decision[1][0]:decision[1][1]], names,
                                   att["speaker"], att.get("speaker_span") or "", text,
                                   decision[1])
            counts[f"resolution wrong by family\t{fam}"] += 1
            if SHOW and "family" in SHOW:
                s0, e0 = decision[1]
                around = " ".join(text[max(0, s0 - 150):e0 + 60].split())
                print("FAM", fam, "|", via, "|", parser.masked[s0:e0], "|", names, "| gold:",
                      att["speaker"], "| span:", att["speaker_span"], "|", around,
                      file=sys.stderr)
            counts[f"resolution wrong by gold type\t{gtype}"] += 1
            pred = speaker.kind.value if speaker else "none"
            counts[f"resolution wrong: predicted kind / gold type\t{pred} / {gtype}"] += 1
            if gtype == "name" and speaker is not None:
                gold_last = att["speaker"].split()[-1].lower()
                if gold_last in " ".join(names).lower():
                    counts["resolution wrong, name gold\tgold surname in prediction"] += 1
                elif mtype in ("full name", "single name word"):
                    counts["resolution wrong, name gold\tname mention, other name"] += 1
                else:
                    counts["resolution wrong, name gold\tother"] += 1
        else:
            counts[f"mention wrong by mention type\t{mtype}"] += 1


def fold_models(articles: list[dict[str, Any]], crf: dict[int, learned.Model],
                cache: Path | None) -> dict[int, tuple[Any, Any]]:
    """For each fold, (source and quotation ranker, resolver) fitted on the other four,
    as `train_coref.py`'s CV fits them."""
    import pickle

    if cache is not None and cache.exists():
        loaded: dict[int, tuple[Any, Any]] = pickle.loads(cache.read_bytes())
        return loaded
    import train_coref
    import train_sources

    female, male = train_coref.name_genders([a["text"] for a in articles])
    table = coref.Resolver([0.0] * len(coref.FEATURES), 0.0, female, male)
    groups, ranked = train_coref.record(list(enumerate(articles)), crf, table)
    train_sources.label(ranked, dict(enumerate(articles)))
    models = {}
    for fold in range(FOLDS):
        ranker = train_sources.fit([g for g in ranked if g["article"] % FOLDS != fold and
                                    g["labels"]], train_sources.SHIPPED_C)
        resolver = train_coref.fit([g for g in groups if g["article"] % FOLDS != fold],
                                   train_coref.SHIPPED_C, table)
        models[fold] = (ranker, resolver)
    if cache is not None:
        cache.write_bytes(pickle.dumps(models))
    return models


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crf-folds", type=Path, help="fold CRFs (fold0.npz ... fold4.npz)")
    ap.add_argument("--dev", action="store_true", help="dev with the shipped CRF instead")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show", help="train only: print resolution errors of these mention "
                                   "types (comma-separated) to stderr")
    ap.add_argument("--switch", help="news.RULES to switch the other way (comma-separated): "
                                     "the errors as they were without a rule")
    ap.add_argument("--kind", help="only gold attributions of these kinds (comma-separated: "
                                   "direct, indirect, mixed)")
    ap.add_argument("--fold-models", action="store_true",
                    help="train: each fold ranked and resolved by a source ranker, quotation "
                         "ranker and resolver fitted without it (as train_coref.py's CV), not "
                         "the shipped ones")
    ap.add_argument("--models-cache", type=Path,
                    help="with --fold-models: read the fold models from this pickle, or write "
                         "them there (a quicker second look; stale once the code changes)")
    args = ap.parse_args()
    if args.kind:
        KIND.update(args.kind.split(","))
    for rule in args.switch.split(",") if args.switch else []:
        if rule not in news.RULES:
            ap.error(f"no such rule: {rule}")
        news.RULES[rule] = not news.RULES[rule]
    if args.show and not args.dev:
        SHOW.update(args.show.split(","))
    match = _speaker_match()
    articles = read(DEV if args.dev else TRAIN)
    crf: dict[int, learned.Model] = {}
    if not args.dev:
        if args.crf_folds is None:
            ap.error("--crf-folds is needed for train")
        for fold in range(FOLDS):
            crf[fold] = learned.load_file(args.crf_folds / f"fold{fold}.npz")
            crf[fold].o_penalty = learned.model().o_penalty
    models: dict[int, tuple[Any, Any]] = {}
    if args.fold_models and not args.dev:
        models = fold_models(articles[:args.limit], crf, args.models_cache)
    counts: Counter[str] = Counter()
    with instrumented() as box:
        try:
            for index, article in enumerate(articles[:args.limit]):
                learned.use(crf.get(index % FOLDS))
                if models:
                    sourcerank.use(models[index % FOLDS][0])
                    coref.use(models[index % FOLDS][1])
                analyse(article, box, counts, match)
        finally:
            learned.use(None)
            sourcerank.use(None)
            coref.use(None)
    for name in sorted(counts):
        print(f"{name}\t{counts[name]}")


if __name__ == "__main__":
    main()
