"""Baseline predictions from sumy, run inside the sumy venv made by setup_sumy.sh.

usage: python sumy_runner.py GOLD.jsonl WORDS OUT_DIR

Writes OUT_DIR/<method>.jsonl ({"id", "summary"} per line) for sumy's LexRank, TextRank,
LSA and Luhn, a Lead baseline, and Lead in whole sentences (no cut, as briefing selects),
under the protocol of shared/eval/README.md: sentences
taken in each system's rating order until the word budget is reached, put back in document
order, cut at the budget. Sentence splitting is sumy's (NLTK punkt_tab English).
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

SUMMARIZERS = {"sumy-lexrank": LexRankSummarizer, "sumy-textrank": TextRankSummarizer,
               "sumy-lsa": LsaSummarizer, "sumy-luhn": LuhnSummarizer}


def ratings(summarizer, document):
    """Every sentence's rating, captured from sumy's own `_get_best_sentences` call."""
    captured = {}

    def capture(sentences, count, rating, *args, **kwargs):
        captured["sentences"] = list(sentences)
        captured["rate"] = (lambda s: rating(s, *args, **kwargs)) if callable(rating) else (
            lambda s: rating[s])
        return ()

    summarizer._get_best_sentences = capture
    summarizer(document, len(document.sentences))
    if "sentences" not in captured:
        return list(document.sentences), [0.0] * len(document.sentences)
    sentences = captured["sentences"]
    return sentences, [float(captured["rate"](s)) for s in sentences]


def budgeted(sentences, order, words):
    chosen, total = [], 0
    for i in order:
        if total >= words:
            break
        chosen.append(i)
        total += len(str(sentences[i]).split())
    text = [str(sentences[i]) for i in sorted(chosen)]
    out, left = [], words
    for sentence in text:
        tokens = sentence.split()
        if left <= 0:
            break
        out.append(" ".join(tokens[:left]))
        left -= len(tokens)
    return "\n".join(out)


def whole_lead(sentences, words):
    """Lead without cutting a sentence: leading sentences that fit, in order (briefing's
    own rule, since a digest never cuts a quote)."""
    out, total = [], 0
    for sentence in sentences:
        size = len(str(sentence).split())
        if total + size <= words:
            out.append(str(sentence))
            total += size
    return "\n".join(out)


def main() -> None:
    warnings.filterwarnings("ignore", module="sumy")  # LSA warns on every short meeting
    gold_path, words, out_dir = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    out_dir.mkdir(parents=True, exist_ok=True)
    stemmer = Stemmer("english")
    outputs = {name: [] for name in [*SUMMARIZERS, "lead", "lead-whole-sentences"]}
    for line in open(gold_path, encoding="utf-8"):
        doc = json.loads(line)
        document = PlaintextParser.from_string(doc["text"], Tokenizer("english")).document
        sentences = list(document.sentences)
        outputs["lead"].append({"id": doc["id"], "summary": budgeted(
            sentences, range(len(sentences)), words)})
        outputs["lead-whole-sentences"].append(
            {"id": doc["id"], "summary": whole_lead(sentences, words)})
        for name, cls in SUMMARIZERS.items():
            summarizer = cls(stemmer)
            summarizer.stop_words = get_stop_words("english")
            rated, scores = ratings(summarizer, document)
            order = sorted(range(len(rated)), key=lambda i: (-scores[i], i))
            outputs[name].append({"id": doc["id"], "summary": budgeted(rated, order, words)})
    for name, rows in outputs.items():
        with open(out_dir / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
