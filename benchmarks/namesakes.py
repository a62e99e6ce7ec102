"""Namesakes merged into one person (issue 14): the people of a timeline
whose names hold two full names that cannot be one person's: the same
surname with different first names ("Katherine Jackson", "Michael Jackson"),
different middle names ("George H. W. Bush", "George W. Bush"), or a suffix
taken for a surname ("Robert F. Kennedy Jr.", "Robert J. Papp Jr.").

    python benchmarks/namesakes.py                       (dev inputs: names listed)
    python benchmarks/namesakes.py --inputs 'news 2nd half'   (held out: counts only)

Each input is extracted as ``benchmarks/events.py`` extracts it (same cache).
Two full names are compared by ``generator.extract.names.one_person``, the
rule the people index follows, so what it lists are merges made before that
rule or past it (an article that wrote two people as one name).
"""
from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import event_inputs as inputs  # noqa: E402
import event_metrics as metrics  # noqa: E402

from generator.extract.names import one_person  # noqa: E402
from generator.extract.people import name_key  # noqa: E402

# Inputs whose merged people may be read; the others are held out (counts only).
DEV = ("news 1st half", "T17 MJ", "T17 bpoil")


def merged(names: list[str]) -> list[tuple[str, str]]:
    """The pairs of full names among ``names`` that cannot be one person's."""
    keys = {}
    for name in names:
        key = name_key(name)
        if len(key.split()) > 1:
            keys.setdefault(key, name)
    return [(keys[a], keys[b]) for a, b in combinations(sorted(keys), 2) if not one_person(a, b)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", nargs="+", default=list(DEV), metavar="NAME", help="inputs by name (default: the dev inputs)")
    args = parser.parse_args(argv)
    news = inputs.news_inputs()
    everything = {i.name: i for i in [*news, *inputs.t17_inputs(), inputs.seed_input()]}
    for name in args.inputs:
        item = everything[name]
        timeline = metrics.load_timeline(inputs.ensure_extracted(item, news[0].folder if item in news[1:] else None))
        found = [(p, pairs) for p in timeline.people.values() if (pairs := merged([p.name, *p.aliases]))]
        print(f"{name}: {len(found)} of {len(timeline.people)} people merge namesakes")
        if name in DEV:
            for person, pairs in found:
                print(f"  {person.id}: " + "; ".join(f"{a} / {b}" for a, b in pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
