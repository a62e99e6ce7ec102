"""Score quote extraction and speaker attribution on the hand-annotated set
(benchmarks/quotes/), for this project's extractor and for textacy's
``direct_quotations``, in one run on the same article bodies.

    python benchmarks/quotes.py          (or: make bench-quotes)

What is scored, on the dev set and on the seeds separately:
- quote spans, P/R/F1, over speech quotes: gold quotes of kind full or
  partial; the project's quotes it does not call not_speech; every quote
  textacy gives. A quote taken for speech where the gold says not_speech
  counts as a false positive. Spans are compared inside the quotation marks,
  whitespace and marks trimmed.
  * exact: the same span(s), every part of a split or multi-paragraph quote;
  * overlap: shared characters at least half of the longer quote's,
    matched one to one, best overlap first.
- attribution accuracy on the overlap-matched quotes: the same speaker,
  names compared by the project's ``name_key`` (so spelling variants count),
  no speaker on both sides counting as right. "surname ok" also accepts a
  speaker given by the gold name's surname alone (textacy gives names as
  written at the cue: "Bacon said").
textacy raises on an article with an odd number of quotation-mark tokens
(apostrophes included); that article then counts as no output.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quote_gold import MARKS, GoldArticle, load_gold  # noqa: E402

from generator.extract import nlp as nlp_loader  # noqa: E402
from generator.extract.article import extract_articles  # noqa: E402
from generator.extract.people import name_key  # noqa: E402
from generator.read.corpus import read_article  # noqa: E402

OVERLAP = 0.5
COMMAND = "python benchmarks/quotes.py"
# Published figures, from each system's own README or paper (other data sets).
REFERENCES = (
    "BBC R&D citron (PARC 3.0 test): exact P 64.3 / R 50.7 / F1 56.7, overlap F1 83.2; speaker span exact F1 82.0",
    "SFU Gender Gap Tracker (98 Canadian articles): 0.3 overlap P 84.6 / R 82.7 / F1 83.7, 0.8 overlap F1 76.1; speaker right on 86.5% of matched quotes",
    "CofeNet (PolNeAR, all attribution kinds): exact F1 speaker 83.2, quote text 72.9",
)


@dataclass(frozen=True)
class Found:
    """A quote a system gives: its spans in the body and its speaker."""

    spans: tuple[tuple[int, int], ...]
    speaker: str | None


@dataclass(frozen=True)
class Score:
    gold: int
    found: int
    exact: int
    matched: int
    speaker_right: int
    surname_right: int
    failed: int  # articles the system raised on

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.found if self.found else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def trimmed(spans: tuple[tuple[int, int], ...], body: str) -> tuple[tuple[int, int], ...]:
    """Spans without surrounding whitespace and quotation marks."""
    out = []
    for start, end in spans:
        while start < end and (body[start].isspace() or body[start] in MARKS):
            start += 1
        while end > start and (body[end - 1].isspace() or body[end - 1] in MARKS):
            end -= 1
        if end > start:
            out.append((start, end))
    return tuple(out)


def _chars(spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def same_speaker(gold: str | None, found: str | None, surname_ok: bool = False) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    g, f = name_key(gold), name_key(found)
    return g == f or (surname_ok and f == g.split()[-1:][0] if g else False)


def score_article(article: GoldArticle, body: str, found: list[Found], errors: list[str] | None = None) -> tuple[int, int, int, int, int]:
    """(exact hits, overlap matches, speakers right, speakers right with
    surnames, quotes found); each mistake is appended to ``errors``."""
    gold = [(trimmed(q.spans, body), q.speaker) for q in article.quotes if q.speech]
    found = [(trimmed(f.spans, body), f.speaker) for f in found]
    found = [f for f in found if f[0]]
    exact = sum(1 for g in gold if any(f[0] == g[0] for f in found))
    pairs = []
    for gi, (gs, _) in enumerate(gold):
        for fi, (fs, _) in enumerate(found):
            shared = len(_chars(gs) & _chars(fs))
            ratio = shared / max(len(_chars(gs)), len(_chars(fs)))
            if ratio >= OVERLAP:
                pairs.append((ratio, gi, fi))
    used_g, used_f, matched = set(), set(), []
    for _, gi, fi in sorted(pairs, reverse=True):
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            matched.append((gold[gi][1], found[fi][1]))
            if errors is not None and not same_speaker(gold[gi][1], found[fi][1]):
                errors.append(f"{article.file}: speaker {found[fi][1]!r}, not {gold[gi][1]!r}: {_text(body, gold[gi][0])}")
    if errors is not None:
        errors.extend(f"{article.file}: missed ({s}): {_text(body, g)}" for i, (g, s) in enumerate(gold) if i not in used_g)
        errors.extend(f"{article.file}: not a speech quote ({s}): {_text(body, f)}" for i, (f, s) in enumerate(found) if i not in used_f)
    right = sum(same_speaker(g, f) for g, f in matched)
    lenient = sum(same_speaker(g, f, surname_ok=True) for g, f in matched)
    return exact, len(matched), right, lenient, len(found)


def _text(body: str, spans) -> str:
    return " … ".join(body[s:e] for s, e in spans)[:70]


def ours(articles: list[GoldArticle], nlp) -> dict[str, tuple[list[Found], bool]]:
    """The project's speech quotes per article."""
    read = [read_article(a.path) for a in articles]
    out = {}
    for extraction in extract_articles(read, nlp):
        quotes = [Found(q.spans, q.speaker) for q in extraction.quotes if q.kind != "not_speech"]
        out[Path(extraction.article.file).name] = (quotes, False)
    return out


def textacy_quotes(articles: list[GoldArticle], nlp) -> dict[str, tuple[list[Found], bool]]:
    """textacy's direct quotations per article; (no output, True) where it raises."""
    from textacy.extract.triples import direct_quotations
    out = {}
    for article in articles:
        doc = nlp(read_article(article.path).body)
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            out[article.file] = ([], True)
            continue
        out[article.file] = ([
            Found(((t.content.start_char, t.content.end_char),), " ".join(tok.text for tok in t.speaker))
            for t in triples
        ], False)
    return out


def total(articles: list[GoldArticle], found: dict[str, tuple[list[Found], bool]], errors: list[str] | None = None) -> Score:
    sums = [0, 0, 0, 0, 0]
    failed = 0
    for article in articles:
        quotes, raised = found[article.file]
        failed += raised
        for i, value in enumerate(score_article(article, read_article(article.path).body, quotes, errors)):
            sums[i] += value
    gold = sum(q.speech for a in articles for q in a.quotes)
    exact, matched, right, lenient, n_found = sums
    return Score(gold, n_found, exact, matched, right, lenient, failed)


def report(name: str, score: Score, articles: int) -> str:
    ep, er, ef = score.prf(score.exact)
    op, orr, of = score.prf(score.matched)
    acc = score.speaker_right / score.matched if score.matched else 0.0
    lenient = score.surname_right / score.matched if score.matched else 0.0
    raised = f"  raised on {score.failed}/{articles} articles (counted as no output)" if score.failed else ""
    return (f"  {name:<15} {ep:5.3f} {er:5.3f} {ef:5.3f}   {op:5.3f} {orr:5.3f} {of:5.3f}   "
            f"{acc:5.3f} ({score.speaker_right}/{score.matched})  {lenient:5.3f}   found {score.found}{raised}")


def main(argv: list[str] | None = None) -> int:
    import argparse

    import textacy

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list the project's mistakes after the figures")
    args = parser.parse_args(argv)

    gold = load_gold()
    nlp = nlp_loader.load()
    systems = {
        f"ours ({nlp_loader.model_id(nlp)})": ours(gold, nlp),
        f"textacy {textacy.__version__}": textacy_quotes(gold, nlp),
    }
    print(f"$ {COMMAND}")
    errors: list[str] = []
    for corpus in ("dev", "seeds"):
        articles = [a for a in gold if a.corpus == corpus]
        speech = sum(q.speech for a in articles for q in a.quotes)
        other = sum(not q.speech for a in articles for q in a.quotes)
        print(f"\n{corpus}: {len(articles)} articles, {speech} speech quotes (+{other} not speech)")
        print(f"  {'system':<15} {'exact P/R/F1':<19} {'overlap P/R/F1':<19} {'speaker':<15} {'surname ok'}")
        for n, (name, found) in enumerate(systems.items()):
            print(report(name.split(" (")[0], total(articles, found, errors if n == 0 else None), len(articles)))
    print("\nPublished reference points (other data sets):")
    for line in REFERENCES:
        print(f"  {line}")
    if args.errors:
        print("\nThe project's mistakes:", *errors, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
