"""Key-event systems for benchmarks/keyevents.py: a system picks ``n`` days of
a timeline and writes a short summary for each.

The interface every system follows (the generator's ``key-events`` will be
plugged in the same way)::

    system(timeline_data, window, n) -> [(day, summary), ...]

``timeline_data`` is a timeline.yml as PyYAML reads it, already cut to the
task's input (tls_data.in_window); ``window`` is (first day, last day) of the
input; ``n`` the number of days wanted.

What is here:

- ``pubcount``: the TLS baseline, days ranked by articles published, the lead
  sentence of the day's first article as its summary.
- ``RankedDays`` + a summarizer: the explainable signals of the study
  (``day_stats``: publications, references in text, references from later
  articles), combined as a weighted sum, with neighbouring days damped.
- ``cli_system``: ``python -m generator key-events`` (issue 18), run on the
  windowed timeline written to a temporary file.
"""
from __future__ import annotations

import json
import math
import subprocess
import sys
import tempfile
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

import yaml

import tls_data
import tls_metrics

Window = tuple[date, date]
Output = list[tuple[date, str]]
System = Callable[[dict, Window, int], Output]

ROOT = Path(__file__).resolve().parent.parent
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: a bpoil window in seconds


# --- what the timeline says about each day ---------------------------------

@dataclass
class DayStats:
    """Counts per day of the window, from the windowed timeline."""

    window: Window
    published: Counter = field(default_factory=Counter)  # articles published that day
    refs: Counter = field(default_factory=Counter)  # distinct articles whose text dates something on that day
    refs_later: Counter = field(default_factory=Counter)  # ... of them published after that day
    refs_same: Counter = field(default_factory=Counter)  # ... published that day
    ref_sents: Counter = field(default_factory=Counter)  # sentences (evidence) dated that day by their text
    top_event: Counter = field(default_factory=Counter)  # distinct sources of the day's most-reported event
    mentions: dict[date, list[tls_data.Mention]] = field(default_factory=lambda: defaultdict(list))
    _vectors: dict[date, dict[str, float]] = field(default_factory=dict, repr=False)

    def vector(self, day: date) -> dict[str, float]:
        """The unit centroid of the day's evidence sentences (ROUGE tokens)."""
        if day not in self._vectors:
            centre: Counter = Counter()
            for text in {m.text for m in self.mentions.get(day, [])}:
                centre.update(_unit(Counter(tls_metrics.tokens(text))))
            self._vectors[day] = _unit(centre)
        return self._vectors[day]

    def days(self) -> list[date]:
        start, end = self.window
        return [start + timedelta(days=i) for i in range((end - start).days + 1)]


# A sentence that articles published on this many different days print word
# for word is page furniture ("7:01 pm ET February 11, 2013 RETWEET Could the
# next pope be...", a copyright line), not a report: it is left out.
FURNITURE_DAYS = 3


def day_stats(timeline: dict, window: Window, furniture_days: int | None = FURNITURE_DAYS, text_dated_share: float = 1.0) -> DayStats:
    """Per-day counts of the window. ``text_dated_share`` < 1 keeps only that
    share of the evidence dated to a day by its text (a fixed pseudo-random
    choice): what the signals would be with an extractor that dates fewer
    sentences to a day."""
    stats = DayStats(window)
    start, end = window
    for source in timeline["sources"]:
        p = tls_data.published(source)
        if p is not None and start <= p <= end:
            stats.published[p] += 1
    all_mentions = tls_data.mentions(timeline)
    printed_on: dict[str, set[date]] = defaultdict(set)
    for m in all_mentions:
        printed_on[m.text].add(m.published)
    referring: dict[date, set[tuple[str, date]]] = defaultdict(set)
    for m in all_mentions:
        if m.day is None or not start <= m.day <= end:
            continue
        if furniture_days and len(printed_on[m.text]) >= furniture_days:
            continue
        if text_dated_share < 1 and m.basis == "text" and zlib.crc32(f"{m.source}:{m.span}".encode()) % 1000 >= text_dated_share * 1000:
            continue
        stats.mentions[m.day].append(m)
        if m.basis == "text":
            stats.ref_sents[m.day] += 1
            referring[m.day].add((m.source, m.published))
    for day, ms in stats.mentions.items():
        per_event: dict[str, set[str]] = defaultdict(set)
        for m in ms:
            per_event[m.event].add(m.source)
        stats.top_event[day] = max(len(s) for s in per_event.values())
    for day, sources in referring.items():
        stats.refs[day] = len(sources)
        stats.refs_later[day] = sum(1 for _, p in sources if p > day)
        stats.refs_same[day] = sum(1 for _, p in sources if p == day)
    return stats


# --- ranking days ----------------------------------------------------------

SIGNALS = ("published", "refs", "refs_later", "refs_same", "ref_sents", "top_event")


@dataclass(frozen=True)
class RankedDays:
    """Days scored by a weighted sum of per-day counts (each through log1p when
    ``log``), picked greedily; a day with an already-picked day within
    ``radius`` days has its score multiplied by ``damp`` for each such day
    (damp 1: no suppression; damp 0: never two days that close). With
    ``similar``, only a picked neighbour that says the same thing counts: one
    whose evidence's centroid has a cosine of at least ``similar`` with the
    day's own (DayStats.vector)."""

    weights: tuple[tuple[str, float], ...]
    log: bool = True
    radius: int = 0
    damp: float = 1.0
    similar: float | None = None

    @property
    def label(self) -> str:
        terms = " + ".join(f"{w:g}·{'log ' if self.log else ''}{name}" for name, w in self.weights if w)
        if self.radius and self.damp < 1:
            terms += f", ±{self.radius}d ×{self.damp:g}"
            if self.similar is not None:
                terms += f" if cos ≥ {self.similar:g}"
        return terms

    def score(self, stats: DayStats, day: date) -> float:
        f = math.log1p if self.log else float
        return sum(w * f(getattr(stats, name)[day]) for name, w in self.weights if w)

    def pick(self, stats: DayStats, n: int) -> list[date]:
        """The n days, best first (ties: more articles published, then earlier)."""
        base = {d: self.score(stats, d) for d in stats.days()}
        candidates = [d for d in base if base[d] > 0 or stats.published[d] > 0]
        damped = self.radius > 0 and self.damp < 1
        close: Counter = Counter()  # day -> picked days within radius (that say the same thing)
        picked: list[date] = []
        while candidates and len(picked) < n:
            best = max(candidates, key=lambda d: (base[d] * self.damp ** close[d] if damped else base[d], stats.published[d], -d.toordinal()))
            picked.append(best)
            candidates.remove(best)
            if damped:
                for k in range(1, self.radius + 1):
                    for near in (best - timedelta(days=k), best + timedelta(days=k)):
                        if self.similar is None or _dot(stats.vector(near), stats.vector(best)) >= self.similar:
                            close[near] += 1
        return picked


PUBCOUNT = RankedDays((("published", 1.0),), log=False)


# --- summaries -------------------------------------------------------------

Summarizer = Callable[[DayStats, date], str]


def lead_sentences(corpora: list[Path]) -> Callable[[str], str]:
    """file name -> the first paragraph of that article's body (T17 keeps one
    sentence per paragraph), from the first of ``corpora`` that has it."""
    cache: dict[str, str] = {}

    def lead(file: str) -> str:
        if file not in cache:
            path = next((c / file for c in corpora if (c / file).exists()), None)
            if path is None:
                raise FileNotFoundError(f"article {file} is in none of {', '.join(map(str, corpora))}")
            text = path.read_text(encoding="utf-8")
            body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
            cache[file] = next((p.strip() for p in body.split("\n\n") if p.strip()), "")
        return cache[file]

    return lead


def _day_events(stats: DayStats, day: date) -> list[list[tls_data.Mention]]:
    """The mentions dated ``day``, one list per event, most sources first
    (then most mentions, then first reported)."""
    by_event: dict[str, list[tls_data.Mention]] = defaultdict(list)
    for m in stats.mentions.get(day, []):
        by_event[m.event].append(m)
    return sorted(by_event.values(), key=lambda ms: (-len({m.source for m in ms}), -len(ms), min((m.published, m.source, m.span) for m in ms)))


def _first_text(ms: list[tls_data.Mention]) -> str:
    return min(ms, key=lambda m: (m.published, m.source, m.span)).text


def _usable(text: str, max_words: int) -> bool:
    words = len(text.split())
    return 5 <= words <= max_words


def top_events(k: int = 1, max_words: int = 60) -> Summarizer:
    """The evidence sentence of each of the day's k most-sourced events."""
    def summarize(stats: DayStats, day: date) -> str:
        texts: list[str] = []
        for ms in _day_events(stats, day):
            text = _first_text(ms)
            if _usable(text, max_words) and text not in texts:
                texts.append(text)
            if len(texts) == k:
                break
        return " ".join(texts)

    summarize.label = f"top-{k} events"  # type: ignore[attr-defined]
    return summarize


# Evidence that starts this close to the top of its article is (part of) its
# lead: the sentence a journalist wrote to say what happened.
LEAD_CHARS = 400


POOLS = ("all", "leads first", "text-dated", "hindsight")


def centroid(k: int = 1, max_words: int = 60, redundancy: float = 0.5, pool: str = "all") -> Summarizer:
    """The k sentences among the day's evidence closest to the centroid of all
    of it (term frequencies of ROUGE tokens, each sentence's vector unit
    length), skipping one too close to a sentence already chosen.

    ``pool`` says which sentences come first (the others follow, so a day
    always gets a summary): "all" none; "leads first" those from an
    article's lead (LEAD_CHARS); "text-dated" those whose text names the day;
    "hindsight" those whose text names the day from an article published
    later (a look back: "On April 20 the rig exploded").
    """
    if pool not in POOLS:
        raise ValueError(f"pool {pool!r}: one of {', '.join(POOLS)}")

    def first(m: tls_data.Mention) -> bool:
        if pool == "leads first":
            return m.span[0] < LEAD_CHARS
        if pool == "text-dated":
            return m.basis == "text"
        if pool == "hindsight":
            return m.basis == "text" and m.published > m.day
        return True

    def summarize(stats: DayStats, day: date) -> str:
        mentions = stats.mentions.get(day, [])
        preferred = {m.text for m in mentions if first(m)}
        sentences = list(dict.fromkeys(m.text for m in mentions))
        vectors = {s: _unit(Counter(tls_metrics.tokens(s))) for s in sentences}
        centre: Counter = Counter()
        for v in vectors.values():
            centre.update(v)
        ranked = sorted((s for s in sentences if _usable(s, max_words)),
                        key=lambda s: (s not in preferred, -_dot(vectors[s], centre)))
        chosen: list[str] = []
        for s in ranked:
            if all(_dot(vectors[s], vectors[c]) < redundancy for c in chosen):
                chosen.append(s)
            if len(chosen) == k:
                break
        return " ".join(chosen)

    summarize.label = f"centroid-{k}, {pool}"  # type: ignore[attr-defined]
    return summarize


def _unit(v: Counter) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {t: x / norm for t, x in v.items()} if norm else {}


def _dot(a: dict, b: dict) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


# --- systems ---------------------------------------------------------------

def ranked_system(ranking: RankedDays, summarizer: Summarizer) -> System:
    def system(timeline: dict, window: Window, n: int) -> Output:
        stats = day_stats(timeline, window)
        return sorted((d, summarizer(stats, d)) for d in ranking.pick(stats, n))

    return system


def pubcount(corpora: list[Path]) -> System:
    """PubCount: days by articles published (ties: earlier day first, as
    news-tls' stable sort gives); summary: of the leads (first sentences) of
    the articles published that day, the one closest to their centroid.
    ``corpora``: where the articles' files are."""
    lead = lead_sentences(corpora)

    def system(timeline: dict, window: Window, n: int) -> Output:
        stats = day_stats(timeline, window)
        files: dict[date, list[str]] = defaultdict(list)
        for source in sorted(timeline["sources"], key=lambda s: s["file"]):
            p = tls_data.published(source)
            if p is not None:
                files[p].append(source["file"])
        return sorted((d, _central([lead(f) for f in files[d]])) for d in PUBCOUNT.pick(stats, n))

    return system


def _central(sentences: list[str]) -> str:
    """The sentence closest to the centroid of all of them (the first on ties)."""
    sentences = list(dict.fromkeys(sentences))
    vectors = [_unit(Counter(tls_metrics.tokens(s))) for s in sentences]
    centre: Counter = Counter()
    for v in vectors:
        centre.update(v)
    return max(zip(sentences, vectors), key=lambda sv: _dot(sv[1], centre))[0] if sentences else ""


class SystemUnavailable(RuntimeError):
    """A system that cannot run here (e.g. a CLI command that does not exist yet)."""


KEY_EVENTS_COMMAND = ("-m", "generator", "key-events")


def cli_system(python: str = sys.executable, command: tuple[str, ...] = KEY_EVENTS_COMMAND, timeout: float = 600) -> System:
    """``python -m generator key-events --dates N --from --to --json FILE`` on
    the windowed timeline, written to a temporary timeline.yml. Each output
    line is ``{"date", "summary", "events", "sources"}``; a command that does
    not exist yet, fails or prints something else raises SystemUnavailable."""
    def system(timeline: dict, window: Window, n: int) -> Output:
        with tempfile.TemporaryDirectory(prefix="keyevents-") as tmp:
            path = Path(tmp) / "timeline.yml"
            path.write_text(yaml.dump(timeline, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=10**6), encoding="utf-8")
            argv = [python, *command, "--dates", str(n), "--from", window[0].isoformat(), "--to", window[1].isoformat(), "--json", str(path)]
            shown = " ".join(["python", *command])
            try:
                done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
            except subprocess.TimeoutExpired as error:
                raise SystemUnavailable(f"`{shown}` took more than {timeout:g} s") from error
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            if "invalid choice" in done.stderr:
                raise SystemUnavailable(f"`{shown}` does not exist yet (issue 18): {last}")
            raise SystemUnavailable(f"`{shown}` exited {done.returncode}: {last}")
        output = []
        for number, line in enumerate(done.stdout.splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                day = tls_data.as_day(item["date"])
                summary = str(item.get("summary") or "")
            except (ValueError, KeyError, TypeError) as error:
                raise SystemUnavailable(f"`{shown}` output line {number}: not a JSON object with date and summary: {line[:120]!r}") from error
            if day is None:
                raise SystemUnavailable(f"`{shown}` output line {number}: date {item['date']!r} is not YYYY-MM-DD")
            output.append((day, summary))
        return output

    return system
