"""The corpora of the scale benchmarks (benchmarks/scale.py).

The real articles are the news set (``../shared/benchmarks/news``, Markdown
with front matter) and PolNeAR's training part (plain text, its metadata in
``metadata.tsv``), written into one corpus folder as Markdown with front
matter. Sizes above theirs (~2,860) are made of the same articles again,
each copy under dates shifted by whole years and with its people renamed
(see ``replicate``), so that a copy is a new story, not a duplicate.
"""
from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from generator.model import Extraction, Quote

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" / "benchmarks" for p in ROOT.parents if (p / "shared" / "benchmarks").is_dir()),
              ROOT.parent / "shared" / "benchmarks")
NEWS = SHARED / "news"
POLNEAR = SHARED / "polnear"


def write_real_corpus(folder: Path) -> int:
    """Write the news and PolNeAR articles into ``folder`` (kept when already
    complete); return how many there are."""
    folder.mkdir(parents=True, exist_ok=True)
    news = sorted(NEWS.glob("*.md"))
    polnear = _polnear_rows()
    if len(list(folder.glob("*.md"))) == len(news) + len(polnear):
        return len(news) + len(polnear)
    for path in news:
        (folder / path.name).write_bytes(path.read_bytes())
    for row in polnear:
        text = (POLNEAR / "text" / f"{row['filename']}.txt").read_text(encoding="utf-8")
        _, _, body = text.partition("\n")
        front = {"title": row["title"], "outlet": row["publisher"], "published": row["publication_date"]}
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
        (folder / f"polnear_{row['filename']}.md").write_text("---\n" + "\n".join(lines) + "\n---\n" + body.lstrip("\n"), encoding="utf-8")
    return len(news) + len(polnear)


def _polnear_rows() -> list[dict[str, str]]:
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8", newline="") as file:
        return [row for row in csv.DictReader(file, delimiter="\t") if row["compartment"] == "train"]


def sized(extractions: list[Extraction], n: int) -> list[Extraction]:
    """``n`` extractions: the real ones in order, then copies of them, copy
    k (k = 1, 2, …) with every date k years later and every person renamed
    (``copy_of``)."""
    out = list(extractions[:n])
    k = 1
    while len(out) < n:
        out += [copy_of(x, k) for x in extractions[:n - len(out)]]
        k += 1
    return out


def copy_of(x: Extraction, k: int) -> Extraction:
    """The extraction as a new story: file ``copy<k>/<file>``, published and
    every date (TIMEX values, mention dates) ``k`` years later, and every
    person's name (entity records, mentions' people and subjects, quote
    speakers) with each word marked by the copy (``Victor Wan`` →
    ``Victor Wan``+``k`` letters). Sentence texts and organisations stay."""
    a = x.article
    published = _years_later(a.published, k) if a.published else None
    article = replace(a, file=f"copy{k}/{a.file}", published=published)
    name = partial(_renamed, k=k)
    people = tuple(replace(r, name=name(r.name), aliases=tuple(map(name, r.aliases))) for r in x.people)
    person_names = {r.name for r in x.people} | {alias for r in x.people for alias in r.aliases}

    def speaker(q: Quote) -> Quote:
        return replace(q, speaker=name(q.speaker)) if q.speaker in person_names else q

    events = tuple(replace(
        m, date=_later(m.date, k), people=tuple(map(name, m.people)), subject=name(m.subject) if m.subject else None,
        quotes=tuple(map(speaker, m.quotes)),
    ) for m in x.events)
    dates = tuple(replace(t, value=_later(t.value, k)) for t in x.dates)
    return replace(x, article=article, dates=dates, quotes=tuple(map(speaker, x.quotes)), events=events, people=people)


def _renamed(name: str | None, k: int) -> str | None:
    mark = "abcdefghijklmnopqrstuvwxyz"[k % 26] * (1 + k // 26)
    return " ".join(word + mark for word in name.split()) if name else name


def _later(value: str | None, k: int) -> str | None:
    """A TIMEX value ``k`` years later (its leading year moved)."""
    if value and value[:4].isdigit():
        return f"{int(value[:4]) + k:04d}{value[4:]}"
    return value


def _years_later(d: date, k: int) -> date:
    return d.replace(year=d.year + k, day=min(d.day, 28) if d.month == 2 else d.day)
