"""Check benchmarks/tls_metrics.py against the reference implementation.

The reference is tilse (Martschat & Markert; the evaluation news-tls uses:
``TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])``,
``evaluate_align_date_content_costs_many_to_one``, ROUGE-1.5.5 run with
``-m -s``). It is not a dependency of this project: check out
github.com/smartschat/tilse somewhere and pass its folder; nothing of it is
copied here. It needs perl (with DB_File) for ROUGE-1.5.5 and numpy, scipy
and nltk in this venv (requirements-bench.txt has them).

Usage::

    .venv/bin/python benchmarks/keyevents.py --dump /tmp/keyevents.json
    .venv/bin/python benchmarks/tls_metrics_check.py --tilse /path/to/tilse --dump /tmp/keyevents.json [--no-perl]

For every timeline of every run in the dump, prints tilse's P and R (with
its own ROUGE-1.5.5 perl run, and its Python re-implementation) beside ours,
and the averages; then ours again with tilse's alignment cost (its crude
ROUGE-1 over whitespace tokens) to show what that one choice changes.

Texts are given to tilse tokenized (words and punctuation split by spaces),
as news-tls gives it spaCy tokens; ROUGE-1.5.5 tokenizes again by itself.
"""
from __future__ import annotations

import argparse
import json
import re
import string
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tls_metrics  # noqa: E402

_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def tokenized(sentence: str) -> str:
    return " ".join(_TOKEN_RE.findall(sentence))


def tilse_scores(tilse_dir: Path, pred: dict, gold: dict, mode: str) -> dict[int, tls_metrics.PRF]:
    sys.path.insert(0, str(tilse_dir))
    from tilse.data import timelines
    from tilse.evaluation import rouge

    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation=mode)
    p = timelines.Timeline({d: [tokenized(s) for s in sents] for d, sents in pred.items()})
    g = timelines.GroundTruth([timelines.Timeline({d: [tokenized(s) for s in sents] for d, sents in gold.items()})])
    scores = evaluator.evaluate_align_date_content_costs_many_to_one(p, g)
    return {n: tls_metrics.PRF(scores[f"rouge_{n}"]["precision"], scores[f"rouge_{n}"]["recall"]) for n in (1, 2)}


def tilse_cost_rouge_f(pred, gold, n=1) -> float:
    """tilse's ``compute_rouge_approximation``: ROUGE-1 F over whitespace
    tokens of the tokenized texts, case kept, punctuation tokens dropped,
    no stemming, stopwords kept."""
    def counts(sents) -> Counter:
        sents = [sents] if isinstance(sents, str) else sents
        return Counter(t for s in sents for t in tokenized(s).split() if t not in string.punctuation)

    p, g = counts(pred), counts(gold)
    match = sum(min(c, g[t]) for t, c in p.items())
    return tls_metrics.f_score(match / sum(p.values()) if p else 0.0, match / sum(g.values()) if g else 0.0)


def _days(entries: dict) -> dict:
    return {date.fromisoformat(d): sents for d, sents in entries.items()}


HAND_CASES = [
    ("a day off, one gold day unmatched", {date(2011, 1, 2): ["storm hit coast"]},
     {date(2011, 1, 1): ["storm hit coast"], date(2011, 1, 5): ["flood"]}),
    ("content aligns to a farther day", {date(2011, 1, 3): ["flood dam"]},
     {date(2011, 1, 2): ["storm"], date(2011, 1, 5): ["flood dam"]}),
    ("two predicted days on one gold day", {date(2011, 1, 1): ["a storm"], date(2011, 1, 2): ["storm"]},
     {date(2011, 1, 1): ["storm"]}),
    ("stemming and stopwords", {date(2011, 1, 1): ["The protesters were protesting in Cairo's Tahrir Square."]},
     {date(2011, 1, 1): ["Protesters protest in Tahrir Square, Cairo."], date(2011, 1, 3): ["Mubarak resigns."]}),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tilse", type=Path, required=True, help="a checkout of github.com/smartschat/tilse")
    parser.add_argument("--dump", type=Path, help="keyevents.py --dump output (without: the hand-made cases only)")
    parser.add_argument("--no-perl", action="store_true", help="skip tilse's ROUGE-1.5.5 perl run (slow: one perl process per aligned pair)")
    args = parser.parse_args(argv)
    modes = ["reimpl"] + ([] if args.no_perl else ["original"])

    cases = [("hand", name, pred, gold) for name, pred, gold in HAND_CASES]
    if args.dump:
        for run, items in json.loads(args.dump.read_text(encoding="utf-8")).items():
            cases += [(run, item["timeline"], _days(item["pred"]), _days(item["gold"])) for item in items]

    own_cost = tls_metrics.rouge_f
    header = "| run | timeline | n | ours P / R | " + " | ".join(f"tilse {m} P / R" for m in modes) + " | ours, tilse's cost P / R |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    totals: dict[tuple[str, str, int], list[tls_metrics.PRF]] = {}
    for run, name, pred, gold in cases:
        ours = tls_metrics.align_rouge(pred, gold)
        ref = {m: tilse_scores(args.tilse, pred, gold, m) for m in modes}
        tls_metrics.rouge_f = tilse_cost_rouge_f
        try:
            ours_tc = tls_metrics.align_rouge(pred, gold)
        finally:
            tls_metrics.rouge_f = own_cost
        for n in (1, 2):
            cells = [f"{ours[n].precision:.4f} / {ours[n].recall:.4f}"]
            cells += [f"{ref[m][n].precision:.4f} / {ref[m][n].recall:.4f}" for m in modes]
            cells.append(f"{ours_tc[n].precision:.4f} / {ours_tc[n].recall:.4f}")
            print(f"| {run} | {name} | {n} | " + " | ".join(cells) + " |")
            for key, prf in [("ours", ours[n]), ("ours, tilse's cost", ours_tc[n])] + [(f"tilse {m}", ref[m][n]) for m in modes]:
                totals.setdefault((run, key, n), []).append(prf)
    print()
    print("| run | scorer | AR-1 P / R / F | AR-2 P / R / F |")
    print("|---|---|---|---|")
    for run in dict.fromkeys(r for r, _, _, _ in cases):
        for key in ["ours", "ours, tilse's cost"] + [f"tilse {m}" for m in modes]:
            cells = []
            for n in (1, 2):
                avg = tls_metrics.average(totals[(run, key, n)])
                cells.append(f"{avg.precision:.4f} / {avg.recall:.4f} / {avg.f1:.4f}")
            print(f"| {run} | {key} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
