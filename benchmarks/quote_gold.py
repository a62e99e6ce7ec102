"""The hand-annotated quote set in benchmarks/quotes/: where its articles are,
how to read it, and a helper that turns an annotator's notes into gold files.

The notes name each quote by its words only; this helper finds those words
in the article body (in the order the notes give them) and writes the
character spans, so nobody counts characters by hand. It never looks for
quotation marks itself: it only checks that each span it found sits between
two, and says so when one does not.

    python benchmarks/quote_gold.py NOTES.yml     # write benchmarks/quotes/*.yml
    python benchmarks/quote_gold.py --check       # verify every gold file

NOTES.yml maps an article's file name to a list of
``[kind, speaker, words]``, where words is one part or a list of parts (a
split or multi-paragraph quote); ``" <> "`` elides the middle of a part, and
``{{…}}`` marks the quote inside words given for context (``known as '{{rasta}}'``).
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "quotes"
NEWS = ROOT.parent / "shared" / "benchmarks" / "news"
SEEDS = ROOT / "corpus"
DEV_STEP = 40  # every 40th news article, in name order
KINDS = ("full", "partial", "not_speech")
MARKS = "\"“”‘’'„«»"
ELISION = " <> "


@dataclass(frozen=True)
class GoldQuote:
    text: str  # parts joined with " … ", as they stand between the marks
    spans: tuple[tuple[int, int], ...]
    kind: str
    speaker: str | None

    @property
    def speech(self) -> bool:
        return self.kind != "not_speech"


@dataclass(frozen=True)
class GoldArticle:
    file: str
    corpus: str  # "dev" or "seeds"
    path: Path
    quotes: tuple[GoldQuote, ...]


def dev_paths() -> list[Path]:
    """Every DEV_STEP-th article of the news benchmark, in name order."""
    from generator.read.corpus import article_paths
    return article_paths(NEWS)[::DEV_STEP]


def seed_paths() -> list[Path]:
    from generator.read.corpus import article_paths
    return article_paths(SEEDS)


def body_of(path: Path) -> str:
    """The article body: the text after its front matter, which spans index."""
    from generator.read.corpus import read_article
    return read_article(path).body


def gold_path(file: str) -> Path:
    return GOLD / (Path(file).stem + ".yml")


def load_gold() -> list[GoldArticle]:
    """Every annotated article, dev set first, in name order."""
    articles = []
    for corpus, paths in (("dev", dev_paths()), ("seeds", seed_paths())):
        for path in paths:
            data = yaml.safe_load(gold_path(path.name).read_text(encoding="utf-8"))
            quotes = tuple(
                GoldQuote(q["text"], tuple(tuple(s) for s in q["spans"]), q["kind"], q["speaker"])
                for q in data["quotes"] or ()
            )
            articles.append(GoldArticle(path.name, corpus, path, quotes))
    return articles


def check(article: GoldArticle, body: str) -> list[str]:
    """Problems with one gold file: spans off their text, spans not between marks."""
    problems = []
    for quote in article.quotes:
        where = f"{gold_path(article.file).name}: {quote.text[:30]!r}"
        parts = [body[s:e] for s, e in quote.spans]
        if " … ".join(parts) != quote.text:
            problems.append(f"{where}: spans give {' … '.join(parts)!r}")
        if quote.kind not in KINDS:
            problems.append(f"{where}: kind {quote.kind!r} is not one of {KINDS}")
        for s, e in quote.spans:
            closes = e >= len(body) or body[e] in MARKS or body[e] == "\n"
            if s == 0 or body[s - 1] not in MARKS or not closes:
                problems.append(f"{where}: span {s}-{e} is not between quotation marks")
    return problems


def _find_part(body: str, words: str, start: int) -> tuple[int, int]:
    if "{{" in words:
        before, rest = words.split("{{", 1)
        inner, after = rest.split("}}", 1)
        begin = body.find(before + inner + after, start)
        if begin < 0:
            raise ValueError(f"{words!r} not found after character {start}")
        return begin + len(before), begin + len(before) + len(inner)
    head, _, tail = words.partition(ELISION)
    begin = body.find(head, start)
    if begin < 0:
        raise ValueError(f"{words!r} not found after character {start}")
    if not tail:
        return begin, begin + len(head)
    end = body.find(tail, begin + len(head))
    if end < 0 or "\n" in body[begin:end]:
        raise ValueError(f"{words!r}: end not found in the paragraph at {begin}")
    return begin, end + len(tail)


def from_notes(notes: dict) -> list[str]:
    """Write a gold file per article in ``notes``; returns the problems found."""
    paths = {p.name: ("dev", p) for p in dev_paths()} | {p.name: ("seeds", p) for p in seed_paths()}
    problems = []
    for file, entries in notes.items():
        corpus, path = paths[file]
        body = body_of(path)
        position, quotes = 0, []
        for kind, speaker, words in entries or ():
            spans = []
            for part in [words] if isinstance(words, str) else words:
                span = _find_part(body, part, position)
                spans.append(span)
                position = span[1]
            text = " … ".join(body[s:e] for s, e in spans)
            quotes.append(GoldQuote(text, tuple(spans), kind, speaker))
        article = GoldArticle(file, corpus, path, tuple(quotes))
        problems.extend(check(article, body))
        data = {"file": file, "corpus": corpus, "quotes": [
            {"text": q.text, "spans": [list(s) for s in q.spans], "kind": q.kind, "speaker": q.speaker} for q in quotes
        ]}
        gold_path(file).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096), encoding="utf-8")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notes", nargs="?", type=Path, help="annotator's notes to turn into gold files")
    parser.add_argument("--check", action="store_true", help="verify every gold file against its article")
    args = parser.parse_args(argv)
    if args.notes:
        problems = from_notes(yaml.safe_load(args.notes.read_text(encoding="utf-8")))
    else:
        problems = [p for a in load_gold() for p in check(a, body_of(a.path))]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
