"""The generator's stages, one line each: read the corpus, extract, merge into
timeline.yml, render pages. The CLI and the MkDocs hook call these."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import nlp as nlp_loader
from . import records
from .assemble import assemble
from .corpus import read_article, read_corpus
from .extract import extract_articles
from .model import Article, Timeline
from .render import render_site
from .site_writer import write_pages
from .timeline_file import fingerprint, load, load_base, merge_and_write, read


@dataclass
class Report:
    """What a run did, for the CLI to print."""

    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def corpus_reader(corpus: Path):
    """A function giving the body of a corpus file, or None if unreadable."""
    def source_text(file: str) -> str | None:
        try:
            return read_article(corpus / file, corpus).body
        except (OSError, ValueError):
            return None
    return source_text


def extract(corpus: Path, timeline_path: Path) -> Report:
    """Extract the corpus and merge the result into ``timeline_path``.

    Raises:
        TimelineError: the timeline does not parse or validate (it is not touched).
        ConcurrentEdit: the timeline changed on disk meanwhile (nothing written).
    """
    report = Report()
    seen = fingerprint(timeline_path)
    current, known = load(timeline_path)
    articles, errors = read_corpus(corpus)
    report.errors += errors
    extractions = list(extract_articles(articles, nlp_loader.load()))
    for x in extractions:
        report.messages += list(x.warnings)
    generated = assemble(extractions, _known(known, timeline_path))
    changed = merge_and_write(timeline_path, generated, current, seen)
    report.messages.append(
        f"{timeline_path.name}: {'updated' if changed else 'unchanged'} "
        f"({len(articles)} articles, {len(generated.events)} events, {len(generated.people)} people)"
    )
    return report


def _known(current: Timeline | None, timeline_path: Path) -> Timeline | None:
    """Ids to keep: those in the file, and those of entries people deleted
    (so a deleted event is recognized, not re-added under a new id)."""
    base = load_base(timeline_path.parent)
    if current is None and base is None:
        return None
    known = current or Timeline(base.get("title") if base else "")
    if base:
        present = {e.id for e in known.events}
        known.events += [records.event_from_data(e) for e in base.get("events") or [] if e.get("id") not in present]
    return known


def load_timeline(timeline_path: Path, corpus: Path) -> Timeline:
    """The validated timeline (spans checked against the corpus)."""
    timeline = read(timeline_path, corpus_reader(corpus))
    if timeline is None:
        raise FileNotFoundError(f"{timeline_path}: not found; run `python -m generator extract` first")
    return timeline


def articles_of(timeline: Timeline, corpus: Path) -> dict[str, Article]:
    found = {}
    for source in timeline.sources:
        try:
            found[source.file] = read_article(corpus / source.file, corpus)
        except (OSError, ValueError):
            continue
    return found


def render(timeline_path: Path, corpus: Path, out: Path) -> Report:
    timeline = load_timeline(timeline_path, corpus)
    pages = render_site(timeline, articles_of(timeline, corpus))
    written, removed = write_pages(out, pages)
    return Report([f"{out}: {len(pages)} pages, {written} written, {removed} removed"])
