"""Time and memory of one long article, against a bare ``nlp.pipe``.

    python benchmarks/big_article.py [--sizes 250 500 1000]   (or: make bench-big)

For each size (KB), one article made of the bodies of the benchmark corpus
(../shared/benchmarks/news/, name order, one after another until the size is
reached: distinct text, as a long report or a transcript would be), under
one title and publication date. Two fresh processes each, wall clock and
peak resident memory:

- bare: the model loaded, ``nlp.pipe`` over the story paragraphs extraction
  parses (what no extractor can go below);
- extract: the model loaded, the article read and extracted
  (``extract_articles``), as ``python -m generator extract`` does per article.

Target (issue 16): extract over bare ≤ 2 at 1 MB, and the ratio no larger
at 1 MB than at 250 KB (time linear in size). ``--repeat`` runs of each,
interleaved, the fastest kept (noise only ever adds time).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = next((p / "shared" / "benchmarks" / "news" for p in ROOT.parents if (p / "shared" / "benchmarks" / "news").is_dir()),
            ROOT.parent / "shared" / "benchmarks" / "news")
PYTHON = sys.executable

RUN = textwrap.dedent("""
    import resource, sys, time
    from pathlib import Path
    from generator.extract import nlp as nlp_loader
    from generator.extract.article import extract_articles
    from generator.read.corpus import read_article
    nlp = nlp_loader.load()
    start = time.perf_counter()
    article = read_article(Path(sys.argv[1]))
    if sys.argv[2] == "bare":
        for _ in nlp.pipe(article.body[b.start:b.end] for b in article.text_blocks()):
            pass
        found = ""
    else:
        x = next(extract_articles([article], nlp))
        found = f"{len(x.events)} events, {len(x.quotes)} quotes, {len(x.dates)} dates"
    seconds = time.perf_counter() - start
    print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, found)
""")


def make_article(size: int, path: Path) -> None:
    """An article of about ``size`` bytes: bodies of the news corpus in name order."""
    parts, total = [], 0
    for file in sorted(NEWS.glob("*.md")):
        body = re.sub(r"\A---\n.*?\n---\n", "", file.read_text(encoding="utf-8"), flags=re.DOTALL).strip()
        parts.append(body)
        total += len(body.encode()) + 2
        if total >= size:
            break
    header = "---\ntitle: A long report\noutlet: Benchmark\npublished: 2006-01-15\n---\n"
    path.write_text(header + "\n\n".join(parts) + "\n", encoding="utf-8")


def run(path: Path, mode: str) -> tuple[float, int, str]:
    """Seconds (model loading excluded), peak MB and what was found."""
    out = subprocess.run([PYTHON, "-c", RUN, str(path), mode], capture_output=True, text=True, check=True, cwd=ROOT).stdout.split(maxsplit=2)
    return float(out[0]), int(out[1]), out[2].strip() if len(out) > 2 else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000], help="article sizes in KB")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    print(f"{'size':>7} {'bare s':>8} {'bare MB':>8} {'extract s':>10} {'extract MB':>11} {'ratio':>6}  found")
    with tempfile.TemporaryDirectory() as tmp:
        for kb in args.sizes:
            path = Path(tmp) / f"long-{kb}.md"
            make_article(kb * 1000, path)
            bare, full = [], []
            for _ in range(args.repeat):
                bare.append(run(path, "bare"))
                full.append(run(path, "extract"))
            b, f = min(bare), min(full)
            print(f"{kb:>5}KB {b[0]:>8.1f} {b[1]:>8} {f[0]:>10.1f} {f[1]:>11} {f[0] / b[0]:>6.2f}  {f[2]}", flush=True)


if __name__ == "__main__":
    main()
