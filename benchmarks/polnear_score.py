"""Score quotes a system found against PolNeAR's gold (polnear_gold).

Policy, stated before the code:
- The unit is a quoted stretch: a gold one (polnear_gold) or one part of a
  quote a system gives (a split quote "…," he said, "…" gives two parts).
  A quote the system calls ``not_speech`` counts as not found.
- Spans are compared trimmed of space, quotation marks and end punctuation
  on both sides. exact: the same trimmed span. overlap: at least half of
  the words of the longer of the two are shared; parts are matched one to
  one with all gold stretches (speech or not), best overlap first.
- Precision by gold kind: a found part matched to a gold stretch takes that
  stretch's kind; an unmatched one takes its own (the system's full/partial;
  for a system without kinds, ``whole`` when it opens with a capital and ends
  with sentence punctuation, else ``partial``).
- Speakers, on overlap-matched gold speech stretches, by the Source's kind:
  person: P = right / those given a speaker, R = right / all gold stretches
  of that kind (found or not); pronoun: right / all with a resolved person;
  organisation: right (speaker_match.same_organisation) / all, and how many
  were given any speaker; other and none: how many were given a speaker.
- Not speech: gold stretches no attribution covers that a found speech part
  matches ("taken as speech"), and of those the ones given a speaker.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from polnear_gold import GoldArticle, GoldQuote
from speaker_match import same_organisation, same_person

OVERLAP = 0.5
TRIM = " \t\n\"“”„‘’'«».,;:!?…—–-"
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class FoundQuote:
    """A quote a system gives: its parts (offsets inside the marks), speaker, kind
    (full, partial, not_speech; None for a system without kinds), and the
    voice the speaker speaks in ("campaign", "statement"; None if none given)."""

    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    kind: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Error:
    """One mistake, for the listing: cause, its detail, where, what."""

    cause: str
    detail: str
    stem: str
    text: str
    gold: str | None = None
    found: str | None = None

    @property
    def category(self) -> str:
        return f"{self.cause}: {self.detail}" if self.detail else self.cause


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


class _Words:
    """Word positions of a text, to tell which words a span holds."""

    def __init__(self, text: str):
        self.starts, self.ends = [], []
        for m in _WORD_RE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def within(self, start: int, end: int) -> range:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_right(self.ends, end)
        return range(first, max(first, last))


def _overlap(a: range, b: range) -> float:
    shared = max(0, min(a.stop, b.stop) - max(a.start, b.start))
    longer = max(len(a), len(b))
    return shared / longer if longer else 0.0


def _own_kind(text: str, span: tuple[int, int], kind: str | None) -> str:
    if kind in ("full", "partial"):
        return "whole" if kind == "full" else "partial"
    inner = text[span[0]:span[1]].strip(TRIM[:12])
    return "whole" if inner[:1].isupper() and re.search(r"[.!?…,]\W*$", text[span[0]:span[1]]) else "partial"


def score_article(gold: GoldArticle, found: list[FoundQuote], skipped: tuple[tuple[int, int], ...] = ()) -> tuple[Counter, list[Error]]:
    """Counts (see totals) and mistakes for one article.

    Args:
        gold: the article's gold stretches.
        found: the system's quotes, not_speech ones included (they count as not found).
        skipped: paragraphs (start, end) the system said it skipped.
    """
    text, c, errors = gold.text, Counter(), []
    words = _Words(text)
    golds = [(g, trim(text, g.start, g.end)) for g in gold.quotes]
    golds = [(g, s) for g, s in golds if s[0] < s[1]]
    parts = [(q, trim(text, s, e)) for q in found for s, e in q.spans]
    parts = [(q, s) for q, s in parts if s[0] < s[1]]
    speech = [(q, s) for q, s in parts if q.kind != "not_speech"]
    unspoken = [(q, s) for q, s in parts if q.kind == "not_speech"]
    gw = [words.within(*s) for _, s in golds]
    fw = [words.within(*s) for _, s in speech]
    pairs = sorted(((_overlap(gw[i], fw[j]), i, j) for i in range(len(golds)) for j in range(len(speech))
                    if gw[i].start < fw[j].stop and fw[j].start < gw[i].stop), reverse=True)
    match_g, match_f = {}, {}
    for ratio, i, j in pairs:
        if ratio >= OVERLAP and i not in match_g and j not in match_f:
            match_g[i], match_f[j] = j, i

    for j, (q, span) in enumerate(speech):
        i = match_f.get(j)
        kind = golds[i][0].kind if i is not None and golds[i][0].speech else _own_kind(text, span, q.kind)
        c[f"found {kind}"] += 1
        c[f"found exact {kind}"] += i is not None and golds[i][0].speech and golds[i][1] == span
        if i is None:
            single = span[0] > 0 and text[span[0] - 1] in "‘’'"
            errors.append(Error("spurious quote", "in single marks (not gold)" if single else "no quoted stretch in the gold there",
                                gold.stem, text[span[0]:span[1]], found=q.speaker))
        elif not golds[i][0].speech:
            c["not speech taken as speech"] += 1
            c["not speech given a speaker"] += q.speaker is not None
            errors.append(Error("not-speech given a speaker" if q.speaker else "not-speech taken as speech", "",
                                gold.stem, text[span[0]:span[1]], found=q.speaker))

    for i, (g, span) in enumerate(golds):
        if not g.speech:
            c["gold not speech"] += 1
            continue
        c[f"gold {g.kind}"] += 1
        j = match_g.get(i)
        q = speech[j][0] if j is not None else None
        if q is None:
            errors.append(Error("missed quote", f"{g.kind}; " + _why_missed(span, gw[i], unspoken, words, skipped), gold.stem,
                                text[span[0]:span[1]], gold=g.speaker))
        else:
            c[f"matched {g.kind}"] += 1
            exact = speech[j][1] == span
            c[f"exact {g.kind}"] += exact
            if not exact:
                errors.append(Error("span mismatch", f"{g.kind}; " + _how_off(span, speech[j][1]), gold.stem,
                                    text[span[0]:span[1]], found=text[speech[j][1][0]:speech[j][1][1]]))
        _score_speaker(g, q, c, errors, text[span[0]:span[1]], gold.stem)
    return c, errors


def _why_missed(span, gwords: range, unspoken, words: _Words, skipped) -> str:
    if any(_overlap(gwords, words.within(*s)) >= OVERLAP for _, s in unspoken):
        return "found but labelled not_speech"
    if any(s <= span[0] < e for s, e in skipped):
        return "in a paragraph skipped for unbalanced marks"
    return "not found"


def _how_off(gold: tuple[int, int], found: tuple[int, int]) -> str:
    if found[0] <= gold[0] and found[1] >= gold[1]:
        return "ours longer"
    if found[0] >= gold[0] and found[1] <= gold[1]:
        return "ours shorter"
    return "shifted"


def _score_speaker(g: GoldQuote, q: FoundQuote | None, c: Counter, errors: list[Error], text: str, stem: str) -> None:
    kind = g.source_kind
    given = q is not None and q.speaker is not None
    c[f"speaker gold {kind}"] += 1
    c[f"speaker given {kind}"] += given
    if kind in ("person", "pronoun"):
        if g.speaker is None:
            c["speaker unresolved pronoun"] += 1
            return
        c[f"speaker resolved {kind}"] += 1
        right = given and same_person(g.speaker, q.speaker)
    elif kind == "organisation":
        # The voice is part of the answer: "the campaign" said it = Hillary Clinton, role "campaign".
        right = given and same_organisation(g.source_text, f"{q.speaker} {q.role or ''}")
    else:
        return
    c[f"speaker right {kind}"] += right
    if q is None or right:
        return
    family = " (a surname shared in a family)" if kind == "person" and g.family else ""
    cause = "wrong speaker" if given else "missing speaker"
    errors.append(Error(cause, f"{kind}{family}", stem, text, gold=g.speaker or g.source_text, found=q.speaker))


@dataclass(frozen=True)
class Figures:
    """The printed figures of one system on a set of articles."""

    counts: Counter

    def prf(self, kind: str, hits: str) -> tuple[float, float, float]:
        """Span P/R/F1 of a gold kind (whole, partial, all); hits "exact" or "matched" (overlap)."""
        kinds = ("whole", "partial") if kind == "all" else (kind,)
        found = sum(self.counts[f"found {k}"] for k in kinds)
        gold = sum(self.counts[f"gold {k}"] for k in kinds)
        recall_hits = sum(self.counts[f"{hits} {k}"] for k in kinds)
        precision_hits = recall_hits if hits == "matched" else sum(self.counts[f"found exact {k}"] for k in kinds)
        return _prf(precision_hits, found, recall_hits, gold)

    def person(self) -> tuple[float, float, float]:
        c = self.counts
        return _prf(c["speaker right person"], c["speaker given person"], c["speaker right person"], c["speaker resolved person"])

    def rate(self, kind: str, of: str = "right") -> tuple[int, int]:
        total = self.counts[f"speaker resolved {kind}"] if kind in ("person", "pronoun") else self.counts[f"speaker gold {kind}"]
        return self.counts[f"speaker {of} {kind}"], total


def _prf(p_hits: int, found: int, r_hits: int, gold: int) -> tuple[float, float, float]:
    p = p_hits / found if found else 0.0
    r = r_hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def totals(counts: list[Counter]) -> Figures:
    out = Counter()
    for c in counts:
        out.update(c)
    return Figures(out)
