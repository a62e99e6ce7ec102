"""What the extractor finds in article files, as plain data (the inspect contract)."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterator

from ..extract import nlp as nlp_loader
from ..extract.article import extract_articles
from ..model import Extraction
from ..read.corpus import ArticleError, read_article


def as_data(x: Extraction) -> dict:
    """One file's findings; offsets index the article body."""
    return {
        "file": x.article.file,
        "title": x.article.title,
        "published": x.article.published.isoformat() if x.article.published else None,
        "dates": [{"text": t.text, "start": t.start, "end": t.end, "value": t.value, "type": t.type, "mod": t.mod, "edtf": t.edtf} for t in x.dates],
        "quotes": [{"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "kind": q.kind,
                    "spans": [list(s) for s in q.spans], "cue": q.cue, "speaker_kind": q.speaker_kind, "role": q.role} for q in x.quotes],
        "events": [{"date": e.date, "title": e.title, "text": e.text, "start": e.start, "end": e.end, "date_basis": e.date_basis,
                    "status": e.status, "trigger": e.trigger, "lead": e.lead, "form": e.form, "edtf": e.edtf} for e in x.events],
        "people": [r.name for r in x.people],
        "organisations": [r.name for r in x.organisations],
        "warnings": list(x.warnings),
    }


def inspect_files(paths: list[Path], published: date | None = None, nlp=None) -> Iterator[tuple[dict | None, str | None]]:
    """(findings, None) per readable file, in order; (None, error) for the others.

    ``nlp``: the pipeline to parse with (anything with its ``pipe``); the project's by default.
    """
    articles, failures = [], {}
    for path in paths:
        try:
            articles.append(read_article(path, published=published))
        except (OSError, ArticleError) as error:
            failures[path.as_posix()] = str(error)
    results = {x.article.file: as_data(x) for x in extract_articles(articles, nlp or nlp_loader.load())}
    for path in paths:
        key = path.as_posix()
        yield (None, failures[key]) if key in failures else (results[key], None)
