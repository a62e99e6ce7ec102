"""Score the project's temporal tagger on TempEval-3's TimeBank documents.

Runs the extractor the way ``python -m generator inspect`` does
(``generator.inspect.inspect_files`` → ``extract_articles``) over the 183
TimeML files in ``../shared/benchmarks/tempeval3/TimeBank/`` and prints
TempEval-3 task A figures: strict and relaxed extent precision, recall and F1,
and value F1.

How documents are fed: each document's ``<TEXT>`` with every tag removed (and
XML entities decoded) is written to a temporary Markdown file whose YAML front
matter holds ``title`` (the DOCID) and ``published`` (the date of the DCT). With
a title in the front matter the reader takes no line of the text for a title,
byline or summary, so the whole text is story text and offsets into the body
are offsets into the plain text the gold spans index. Blocks the reader still
classifies as boilerplate, captions or duplicates are not extracted from; the
script prints how many gold expressions fall in them (all of them count as
misses).

Scoring, as TempEval-3 counts it: the DCT is not counted; a system span and a
gold span match strictly when identical and relaxed when they overlap;
precision is the share of system spans that match a gold span, recall the share
of gold spans matched. Value: each gold span is paired with the overlapping
system span that overlaps it most (one to one); value precision and recall are
the pairs whose values are equal, over system and gold spans.

Usage::

    .venv/bin/python benchmarks/tempeval.py [--errors] [--data DIR]

``--errors`` lists every miss, false alarm and wrong value, grouped by the
gold expression's TIMEX3 type.
"""
from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.read.corpus import parse_article  # noqa: E402
from generator.tools.inspect import inspect_files  # noqa: E402

DATA = ROOT.parent / "shared" / "benchmarks" / "tempeval3" / "TimeBank"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    type: str | None
    value: str | None


@dataclass(frozen=True)
class Document:
    docid: str
    dct: date
    text: str
    gold: tuple[Span, ...]


def read_timeml(path: Path) -> Document:
    """A TimeML file's plain text, creation date and gold TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    if dct is None:
        raise ValueError(f"{path}: no <DCT><TIMEX3>")
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError(f"{path}: no <TEXT>")
    pieces: list[str] = []
    gold: list[Span] = []

    def walk(element: ET.Element) -> None:
        start = sum(map(len, pieces))
        pieces.append(element.text or "")
        for child in element:
            walk(child)
            pieces.append(child.tail or "")
        if element.tag == "TIMEX3":
            end = start + len("".join(element.itertext()))
            gold.append(Span(start, end, "".join(element.itertext()), element.get("type"), element.get("value")))

    walk(text_element)
    return Document(root.findtext("DOCID", path.stem).strip(), date.fromisoformat(dct.get("value")[:10]), "".join(pieces), tuple(gold))


def as_article(doc: Document) -> str:
    """The document as a corpus file: front matter, then the plain text."""
    return f"---\ntitle: {doc.docid!r}\npublished: {doc.dct.isoformat()}\n---\n{doc.text}"


def run_extractor(docs: list[Document]) -> dict[str, list[Span]]:
    """System spans per document."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for doc in docs:
            path = Path(folder) / f"{doc.docid}.md"
            path.write_text(as_article(doc), encoding="utf-8")
            paths.append(path)
        found = {}
        for doc, (data, error) in zip(docs, inspect_files(paths)):
            if error:
                raise SystemExit(f"{doc.docid}: {error}")
            found[doc.docid] = [Span(d["start"], d["end"], d["text"], d["type"], d["value"]) for d in data["dates"]]
        return found


def unread(docs: list[Document]) -> int:
    """Gold expressions in blocks the reader does not extract from."""
    count = 0
    for doc in docs:
        blocks = parse_article(doc.docid, as_article(doc)).text_blocks()
        count += sum(not any(b.start <= g.start and g.end <= b.end for b in blocks) for g in doc.gold)
    return count


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


@dataclass
class TypeTally:
    """Per gold TIMEX3 type: how many, how many found (relaxed), how many with the right value."""

    gold: int = 0
    found: int = 0
    value: int = 0


@dataclass
class Tally:
    by_type: dict = field(default_factory=dict)
    gold: int = 0
    system: int = 0
    strict_gold: int = 0
    strict_system: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_correct: int = 0

    @staticmethod
    def prf(matched_system: int, matched_gold: int, system: int, gold: int) -> tuple[float, float, float]:
        p = matched_system / system if system else 0.0
        r = matched_gold / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True)
class Error:
    kind: str  # "missed", "spurious", "value"
    docid: str
    gold: Span | None
    system: Span | None
    context: str


def score(docs: list[Document], found: dict[str, list[Span]]) -> tuple[Tally, list[Error]]:
    tally, errors = Tally(), []
    for doc in docs:
        gold, system = doc.gold, found[doc.docid]
        tally.gold += len(gold)
        tally.system += len(system)
        exact = {(s.start, s.end) for s in system}
        tally.strict_gold += sum((g.start, g.end) in exact for g in gold)
        gold_exact = {(g.start, g.end) for g in gold}
        tally.strict_system += sum((s.start, s.end) in gold_exact for s in system)
        tally.relaxed_system += sum(any(overlap(s, g) for g in gold) for s in system)
        paired: set[int] = set()
        for g in gold:
            kind = tally.by_type.setdefault(g.type, TypeTally())
            kind.gold += 1
            candidates = [(overlap(s, g), -i, i) for i, s in enumerate(system) if i not in paired and overlap(s, g)]
            if not any(overlap(s, g) for s in system):
                errors.append(Error("missed", doc.docid, g, None, _context(doc.text, g)))
                continue
            tally.relaxed_gold += 1
            kind.found += 1
            if not candidates:
                continue
            index = max(candidates)[2]
            paired.add(index)
            s = system[index]
            if s.value == g.value:
                tally.value_correct += 1
                kind.value += 1
            else:
                errors.append(Error("value", doc.docid, g, s, _context(doc.text, g)))
        for s in system:
            if not any(overlap(s, g) for g in gold):
                errors.append(Error("spurious", doc.docid, None, s, _context(doc.text, s)))
    return tally, errors


def _context(text: str, span: Span, width: int = 50) -> str:
    before = text[max(0, span.start - width):span.start]
    after = text[span.end:span.end + width]
    return " ".join(f"{before}[{text[span.start:span.end]}]{after}".split())


def report(tally: Tally, elapsed: float, ndocs: int) -> str:
    rows = [
        ("strict extent", *Tally.prf(tally.strict_system, tally.strict_gold, tally.system, tally.gold)),
        ("relaxed extent", *Tally.prf(tally.relaxed_system, tally.relaxed_gold, tally.system, tally.gold)),
        ("value", *Tally.prf(tally.value_correct, tally.value_correct, tally.system, tally.gold)),
    ]
    lines = [
        f"TempEval-3 TimeBank: {ndocs} documents, {tally.gold} gold TIMEX3 (DCT not counted), {tally.system} found, {elapsed:.1f}s",
        f"{'':16} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    lines += [f"{name:16} {p:6.3f} {r:6.3f} {f:6.3f}" for name, p, r, f in rows]
    lines.append("by gold type: found (relaxed) and right value, of gold")
    for kind, t in sorted(tally.by_type.items(), key=lambda item: -item[1].gold):
        lines.append(f"  {kind:9} {t.gold:5} gold  {t.found / t.gold:6.1%} found  {t.value / t.gold:6.1%} right value")
    lines.append("HeidelTime (TempEval-3 test set): strict F1 0.813, relaxed F1 0.903, value F1 0.776")
    return "\n".join(lines)


def error_report(errors: list[Error]) -> str:
    lines = []
    by_type = Counter((e.kind, (e.gold or e.system).type) for e in errors)
    lines.append("errors by kind and TIMEX3 type (gold type; system type for spurious):")
    for (kind, kind_type), count in sorted(by_type.items(), key=lambda item: (item[0][0], -item[1])):
        lines.append(f"  {kind:9} {kind_type or '-':9} {count}")
    for kind in ("missed", "spurious", "value"):
        lines.append(f"\n== {kind}")
        for e in sorted((e for e in errors if e.kind == kind), key=lambda e: ((e.gold or e.system).type or "", e.docid)):
            gold = f"{e.gold.type} {e.gold.value}" if e.gold else ""
            system = f"-> {e.system.type} {e.system.value}" if e.system and e.gold else (f"{e.system.type} {e.system.value}" if e.system else "")
            lines.append(f"  {e.docid}: {gold} {system} | {e.context}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of TimeML .tml files (default: the shared TimeBank)")
    parser.add_argument("--errors", action="store_true", help="list every miss, false alarm and wrong value")
    args = parser.parse_args(argv)
    paths = sorted(args.data.glob("*.tml"))
    if not paths:
        print(f"error: no .tml files in {args.data}", file=sys.stderr)
        return 1
    docs = [read_timeml(p) for p in paths]
    began = time.perf_counter()
    found = run_extractor(docs)
    elapsed = time.perf_counter() - began
    tally, errors = score(docs, found)
    print("command:", shlex.join([Path(sys.executable).as_posix(), *sys.argv]))
    print(report(tally, elapsed, len(docs)))
    print(f"gold expressions in blocks the reader skips (counted as misses): {unread(docs)}")
    if args.errors:
        print()
        print(error_report(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
