"""Build the reporting-verb lexicon the quote extractor hangs quotes from,
from PolNeAR's Cue annotations on the training folds (never fold 0).

    python benchmarks/cue_lexicon.py [--data DIR] [--min-count N] [--min-share X]

A verb's lemma is a cue when annotators marked it inside a Cue at least
``--min-count`` times, and at least ``--min-share`` of all its uses as a verb
in those articles are inside a Cue (so "say" and "tweet" are in, "be" and
"have", often part of a Cue, are out). Lemmas and tags come from the
project's spaCy model (tagger and lemmatizer only). The result is written
to generator/extract/cue_verbs.txt, one lemma a line, with how it was made.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from polnear import MODELS, TEST_FOLD, fold_of  # noqa: E402
from polnear_gold import POLNEAR, read_pair, stems  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "generator" / "extract" / "cue_verbs.txt"
COMMAND = "python benchmarks/cue_lexicon.py"


def count_cues(folder: Path) -> tuple[Counter, Counter, int]:
    """(times each verb lemma is inside a Cue, times it is used as a verb, articles read), folds 1-4 only."""
    nlp = _tagger()
    pairs = [read_pair(folder, stem) for stem in stems(folder) if fold_of(stem) != TEST_FOLD]
    in_cue, used = Counter(), Counter()
    for (text, attributions), doc in zip(pairs, nlp.pipe(text for text, _ in pairs)):
        cue_chars = {i for a in attributions for s, e in a.cue for i in range(s, e)}
        for token in doc:
            if token.pos_ != "VERB" or not token.is_alpha:
                continue
            lemma = token.lemma_.lower()
            used[lemma] += 1
            if token.idx in cue_chars:
                in_cue[lemma] += 1
    return in_cue, used, len(pairs)


def _tagger():
    """The project's spaCy model with its tagger and lemmatizer only."""
    import spacy
    for name in MODELS:
        try:
            return spacy.load(name, disable=["parser", "ner"])
        except OSError:
            continue
    raise SystemExit("no spaCy English model installed: run `make install`")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=POLNEAR, help="PolNeAR's folder; default: %(default)s")
    # 2, chosen on folds 1-4: 1309 mistakes there, against 1312 with 3 and 1317 with 4 ("barked", "derided").
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-share", type=float, default=0.35)
    args = parser.parse_args(argv)
    in_cue, used, articles = count_cues(args.data)
    chosen = sorted(lemma for lemma, n in in_cue.items() if n >= args.min_count and n / used[lemma] >= args.min_share)
    header = [
        "# Reporting verbs (lemmas) a quotation may hang from, learnt from data:",
        f"# PolNeAR's Cue annotations on its training part, folds 1-4 ({articles} articles; fold 0 held out).",
        f"# A lemma is kept when it is inside a Cue at least {args.min_count} times and in at least",
        f"# {args.min_share:.0%} of its uses as a verb. Made by `{COMMAND} --min-count {args.min_count} --min-share {args.min_share}`;",
        "# edit by re-running it, not by hand.",
    ]
    OUT.write_text("\n".join(header + chosen) + "\n", encoding="utf-8")
    print(f"{len(chosen)} lemmas → {OUT.relative_to(ROOT)}")
    for lemma in chosen:
        print(f"  {lemma:<16} {in_cue[lemma]:5} / {used[lemma]:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
