"""The generator's stages, one line each: read the corpus, extract, merge into
timeline.yml, render pages. The CLI and the MkDocs hook call these.

Extraction is incremental: each article's extraction is cached (``cache.py``)
and a run whose inputs are those of the last run ends before anything is
parsed. The modules that import spaCy (merging, rendering) are imported only
once a run needs them, so that such a run costs a fraction of a second, not
spaCy's import.
"""
from __future__ import annotations

from collections import ChainMap
from dataclasses import dataclass, field
from pathlib import Path

from .extract.cache import CACHE_DIR, ExtractionCache, article_key, extractor_version
from .extract.parallel import extract_all, mapper
from .files import fingerprint
from .model import Article, Extraction, Timeline
from .read.corpus import ArticleError, article_paths, body_reader, decode_article, read_or_none
from .store.layout import entries_by_text
from .store.plain import event_from_data, from_data
from .store.timeline_file import BASE_NAME, ENTRY_FORMAT, Current, load, parse_base, read_base_text, reconcile_and_write
from .tools.progress import progress


@dataclass
class Report:
    """What a run did, for the CLI to print."""

    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def extract(corpus: Path, timeline_path: Path, jobs: int = 1, use_cache: bool = True) -> Report:
    """Extract the corpus and reconcile the result with ``timeline_path``.

    Articles whose extraction is cached are not parsed again; ``jobs``
    processes parse the others.

    Raises:
        TimelineError: the timeline does not parse or validate (it is not touched).
        ConcurrentEdit: the timeline changed on disk meanwhile (nothing written).
    """
    cache = ExtractionCache(timeline_path.parent / CACHE_DIR) if use_cache else None
    version = extractor_version()
    files = [(p.relative_to(corpus).as_posix(), p.read_bytes()) for p in article_paths(corpus)]
    keys = [article_key(version, name, raw) for name, raw in files]
    fingerprints = _fingerprints(timeline_path)
    last = cache.last_run() if cache else None
    if last and last["inputs"] == _inputs(keys, fingerprints):
        return Report(last["messages"] + [f"{timeline_path.name}: unchanged (no article and no file changed since the last run)"], last["errors"])

    from .combine.assemble import assemble  # imports spaCy

    seen = fingerprints[0]
    current, on_disk = _load(timeline_path, cache, fingerprints)
    report = Report()
    extractions = _extractions(files, keys, cache, jobs, report)
    for x in extractions:
        report.messages += list(x.warnings)
    generated = assemble(extractions, _previous(on_disk, current, timeline_path.parent))
    chunks = ChainMap({}, cache.chunks() if cache else {})
    with mapper(jobs, chunksize=64) as map_:  # entries to dump into YAML
        written = reconcile_and_write(timeline_path, generated, current, seen, chunks, map_)
    if cache:
        cache.save_chunks(chunks.maps[0])
        fingerprints = _fingerprints(timeline_path)  # as written
        cache.save_written({"fingerprints": fingerprints, "timeline": written.timeline, "base": written.base, "text": written.text})
        cache.save_last_run({"inputs": _inputs(keys, fingerprints), "messages": report.messages, "errors": report.errors})
    report.messages.append(
        f"{timeline_path.name}: {'updated' if written.changed else 'unchanged'} "
        f"({len(extractions)} articles, {len(generated.events)} events, {len(generated.people)} people)"
    )
    return report


def _extractions(files: list[tuple[str, bytes]], keys: list[str], cache: ExtractionCache | None, jobs: int, report: Report) -> list[Extraction]:
    """Every readable article's extraction, from the cache or parsed now."""
    found: dict[str, Extraction] = {}
    missing: list[tuple[str, Article]] = []
    for (name, raw), key in zip(files, keys):
        cached = cache.get(key) if cache else None
        if cached is not None:
            found[key] = cached
            continue
        try:
            missing.append((key, decode_article(name, raw)))
        except ArticleError as error:
            report.errors.append(str(error))
    if missing:
        parsed = extract_all([article for _, article in missing], jobs)
        for (key, _), extraction in zip(missing, progress(parsed, len(missing), "extracting")):
            found[key] = extraction
            if cache:
                cache.put(key, extraction)
    return [found[key] for key in keys if key in found]


def _inputs(keys: list[str], fingerprints: list[str | None]) -> list:
    """What a run's result depends on: the articles (with the extractor), how
    entries are written, and both timeline files."""
    return [keys, ENTRY_FORMAT, *fingerprints]


def _fingerprints(timeline_path: Path) -> list[str | None]:
    return [fingerprint(timeline_path), fingerprint(timeline_path.parent / BASE_NAME)]


def _load(timeline_path: Path, cache: ExtractionCache | None, fingerprints: list[str | None]) -> tuple[Current | None, Timeline | None]:
    """The timeline as read. A file still as the last run wrote it is not
    parsed and validated again: its data comes from the cache (it was the
    generator's own, valid output)."""
    last = cache.written() if cache else None
    if not last or last["fingerprints"][1] != fingerprints[1]:
        return load(timeline_path)
    if last["fingerprints"][0] != fingerprints[0]:  # edited by hand since: entries left as they were are not parsed again
        return load(timeline_path, base=last["base"], already_read=entries_by_text(last.get("text", ""), last["timeline"]))
    text = timeline_path.read_text(encoding="utf-8")
    base_text = (timeline_path.parent / BASE_NAME).read_text(encoding="utf-8")
    return Current(text, last["timeline"], base_text, last["base"]), from_data(last["timeline"])


def _previous(on_disk: Timeline | None, current: Current | None, folder: Path) -> Timeline | None:
    """The previous timeline, whose ids are kept: the one in the file, with
    the events people deleted from it (so a deleted event is recognized, not
    re-added under a new id)."""
    base = current.base if current else parse_base(read_base_text(folder))
    if on_disk is None and base is None:
        return None
    previous = on_disk or Timeline(base.get("title") if base else "")
    if base:
        present = {e.id for e in previous.events}
        previous.events += [event_from_data(e) for e in base.get("events") or [] if e.get("id") not in present]
    return previous


def load_timeline(timeline_path: Path, corpus: Path) -> Timeline:
    """The validated timeline (spans checked against the corpus)."""
    return read_timeline(timeline_path, corpus)[1]


def read_timeline(timeline_path: Path, corpus: Path, previous: Current | None = None) -> tuple[Current, Timeline]:
    """The file as read, and the validated timeline (spans checked against
    the corpus). Entries whose text is as in the ``previous`` read of the
    file are not parsed again (the preview reads it on every save)."""
    already_read = entries_by_text(previous.text, previous.data) if previous else None
    current, timeline = load(timeline_path, body_reader(corpus), already_read=already_read)
    if timeline is None:
        raise FileNotFoundError(f"{timeline_path}: not found; run `python -m generator extract` first")
    return current, timeline


def articles_of(timeline: Timeline, corpus: Path) -> dict[str, Article]:
    found = {source.file: read_or_none(corpus, source.file) for source in timeline.sources}
    return {file: article for file, article in found.items() if article is not None}


def render(timeline_path: Path, corpus: Path, out: Path) -> Report:
    from .render.site import render_site  # imports spaCy
    from .render.write import write_pages

    timeline = load_timeline(timeline_path, corpus)
    pages = render_site(timeline, articles_of(timeline, corpus))
    written, removed = write_pages(out, pages)
    return Report([f"{out}: {len(pages)} pages, {written} written, {removed} removed"])
