"""Build the table of first names and the gender a "he" or "she" takes them
for, from PolNeAR's annotations on the training folds (never fold 0).

    python benchmarks/first_names.py [--data DIR]

The genders are speaker_kinds.lexicon_from's, read from the annotations
alone (no model): a person's gender is voted by the titles of the Sources
naming them ("Mrs.", "spokeswoman") and by the "he"/"she" Sources that
follow them; a first name's gender is the one all the people of known
gender who bear it share, kept when named Sources of MIN_SUPPORT articles
at least bear it (a word read as a first name in one article, a title
"Understated Perez" or "Team Trump", is not one). Written to generator/extract/first_names.txt, "name gender" a
line, with how it was made.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from polnear import TEST_FOLD, fold_of  # noqa: E402
from polnear_gold import POLNEAR, _sources, read_pair, stems  # noqa: E402
from speaker_kinds import lexicon_from  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "generator" / "extract" / "first_names.txt"
COMMAND = "python benchmarks/first_names.py"
MIN_SUPPORT = 2  # articles whose named Sources bear a first name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=POLNEAR, help="PolNeAR's folder; default: %(default)s")
    args = parser.parse_args(argv)
    pairs = [read_pair(args.data, stem) for stem in stems(args.data) if fold_of(stem) != TEST_FOLD]
    lexicon = lexicon_from([(text, _sources(attributions)) for text, attributions in pairs])
    chosen = sorted((name, gender) for name, gender in lexicon.first_name_genders.items()
                    if lexicon.first_name_support[name] >= MIN_SUPPORT)
    header = [
        "# First names and the gender \"he\" or \"she\" takes them for, learnt from data:",
        f"# PolNeAR's Source annotations on its training part, folds 1-4 ({len(pairs)} articles; fold 0 held out),",
        "# by benchmarks/speaker_kinds.py's lexicon_from (titles and he/she Sources after a named one),",
        f"# each borne by a named Source in {MIN_SUPPORT} articles at least.",
        f"# Made by `{COMMAND}`; edit by re-running it, not by hand.",
    ]
    OUT.write_text("\n".join(header + [f"{name} {gender}" for name, gender in chosen]) + "\n", encoding="utf-8")
    print(f"{len(chosen)} first names → {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
