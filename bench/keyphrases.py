"""F1@5 of briefing's key terms on a public news keyphrase set, against TextRank and YAKE.

usage: python bench/keyphrases.py --data DIR [--limit N] [--yake PYTHON]

DIR is a keyphrase set in the layout of LIAAD's KeywordExtractor-Datasets collection:
DIR/docsutf8/NAME.txt (one document) and DIR/keys/NAME.key (one gold keyphrase a line).
The news set used for bench/RESULTS.md is 500N-KPCrowd-v1.1 (Marujo et al. 2012: 500
English broadcast news stories, crowd-annotated). Its licence is not stated, so it is not
shipped here, and this machine reaches PyPI only: get it from that collection yourself.

Every system sees the same text and returns its top 5 terms; a prediction matches a gold
keyphrase when both are equal after lower-casing and Snowball-stemming each word (the usual
exact-match protocol). Precision, recall and F1 are averaged over documents (macro).
Beside the whole set, F1@5 is given on two halves (documents in name order, odd and even
positions): the key terms' few constants (length bonus, subsumption share) were compared on
the odd half, so the even half is the held-out figure.

Systems:
- briefing: `terms.document_terms`, the key-term extractor behind each speaker's terms, with
  the whole document as one speaker (so no between-speaker idf);
- textrank: Mihalcea & Tarau 2004, co-occurrence window 2 over content words, PageRank
  (d = 0.85), adjacent top words merged into phrases, phrases scored by their words' sum;
- frequency: the most frequent content words (a floor);
- yake: the `yake` package (Campos et al. 2020), n <= 3, run in the interpreter given by
  --yake (a venv with `pip install yake`), skipped when absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

TOP = 5

YAKE_SCRIPT = f"""
import json, sys, yake
extractor = yake.KeywordExtractor(lan="en", n=3, top={TOP})
for line in sys.stdin:
    text = json.loads(line)
    print(json.dumps([k for k, _ in extractor.extract_keywords(text)]), flush=True)
"""


def load(data: Path, limit: int | None, min_chars: int = 1000,
         max_chars: int = 100_000) -> list[tuple[str, str, list[str]]]:
    """Documents with their gold keys; 500N-KPCrowd replaced some articles by their title
    alone (copyright), so documents shorter than `min_chars` are left out."""
    docs = []
    for path in sorted((data / "docsutf8").glob("*.txt")):
        keys = data / "keys" / (path.stem + ".key")
        if not keys.exists() or not min_chars <= path.stat().st_size <= max_chars:
            continue
        if limit is not None and len(docs) >= limit:
            break
        gold = [k.strip() for k in keys.read_text(encoding="utf-8", errors="replace")
                .splitlines() if k.strip()]
        docs.append((path.stem, path.read_text(encoding="utf-8", errors="replace"), gold))
    return docs


def normal(phrase: str) -> str:
    from briefing_cli import nlp

    return " ".join(nlp.stem(w.lower()) for w in nlp.words(phrase))


def sentences(text: str) -> list[str]:
    from briefing_cli import nlp

    return [text[s:e] for s, e in nlp.sentence_spans(text)]


def briefing(text: str) -> list[str]:
    from briefing_cli.terms import document_terms

    return document_terms(sentences(text), limit=TOP)


def _content(word: str) -> bool:
    from briefing_cli import nlp

    return word not in nlp.STOPWORDS and len(word) > 2 and not word[:1].isdigit()


def frequency(text: str) -> list[str]:
    from briefing_cli import nlp

    counts = Counter(w.lower() for w in nlp.words(text) if _content(w.lower()))
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]]


def textrank(text: str) -> list[str]:
    import numpy as np

    from briefing_cli import nlp

    tokens = [w.lower() for w in nlp.words(text)]
    vocab: dict[str, int] = {}
    for w in tokens:
        if _content(w):
            vocab.setdefault(w, len(vocab))
    if not vocab:
        return []
    n = len(vocab)
    graph = np.zeros((n, n))
    for a, b in zip(tokens, tokens[1:], strict=False):
        if a in vocab and b in vocab and a != b:
            graph[vocab[a], vocab[b]] = graph[vocab[b], vocab[a]] = 1.0
    out_degree = graph.sum(axis=1)
    out_degree[out_degree == 0] = 1.0
    transition = graph / out_degree[:, None]
    rank = np.full(n, 1.0 / n)
    for _ in range(50):
        rank = 0.15 / n + 0.85 * transition.T @ rank
    score = {w: float(rank[i]) for w, i in vocab.items()}
    top = set(sorted(score, key=lambda w: -score[w])[: max(TOP, n // 3)])
    phrases: dict[str, float] = {}
    run: list[str] = []
    for w in [*tokens, ""]:
        if w in top and len(run) < 3:
            run.append(w)
            continue
        if run:
            phrases[" ".join(run)] = sum(score[x] for x in run)
        run = [w] if w in top else []
    return [p for p, _ in sorted(phrases.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]]


def yake_runner(python: str) -> Callable[[str], list[str]] | None:
    if not Path(python).exists():
        return None
    process = subprocess.Popen([python, "-c", YAKE_SCRIPT], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)

    def run(text: str) -> list[str]:
        assert process.stdin and process.stdout
        process.stdin.write(json.dumps(text) + "\n")
        process.stdin.flush()
        return list(json.loads(process.stdout.readline()))

    return run


def evaluate(system: Callable[[str], list[str]], docs: Sequence[tuple[str, str, list[str]]]
             ) -> tuple[float, float, float, float, float, float]:
    """P@5, R@5, F1@5 over all documents, F1@5 on the odd and the even half, seconds."""
    rows = []
    started = time.perf_counter()
    for _, text, gold in docs:
        wanted = {normal(g) for g in gold}
        predicted = list(dict.fromkeys(normal(k) for k in system(text)))[:TOP]
        hits = sum(1 for k in predicted if k in wanted)
        p = hits / TOP
        r = hits / len(wanted) if wanted else 0.0
        rows.append((p, r, 2 * p * r / (p + r) if p + r else 0.0))
    seconds = time.perf_counter() - started

    def mean(values: Sequence[float]) -> float:
        return 100 * sum(values) / (len(values) or 1)

    f1 = [f for _, _, f in rows]
    return (mean([p for p, _, _ in rows]), mean([r for _, r, _ in rows]), mean(f1),
            mean(f1[1::2]), mean(f1[0::2]), seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--yake", default="/tmp/digest-kp-venv/bin/python",
                        help="a Python with the yake package (skipped if missing)")
    args = parser.parse_args()
    docs = load(args.data, args.limit)
    if not docs:
        sys.exit(f"no documents with keys under {args.data}")
    systems: list[tuple[str, Callable[[str], list[str]]]] = [
        ("briefing key terms", briefing), ("textrank", textrank), ("frequency", frequency)]
    runner = yake_runner(args.yake)
    if runner is not None:
        systems.append(("yake", runner))
    print(f"\n### {args.data.name}: {len(docs)} documents, "
          f"{sum(len(g) for _, _, g in docs) / len(docs):.1f} gold keyphrases each\n")
    print("| system | P@5 | R@5 | F1@5 | F1@5 odd half | F1@5 even half (held out) | time (s) |"
          "\n|---|---:|---:|---:|---:|---:|---:|")
    for name, system in systems:
        p, r, f, odd, even, seconds = evaluate(system, docs)
        print(f"| {name} | {p:.2f} | {r:.2f} | {f:.2f} | {odd:.2f} | {even:.2f} | {seconds:.1f} |")


if __name__ == "__main__":
    main()
