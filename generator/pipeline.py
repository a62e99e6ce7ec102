"""The generator's recipe: what ``python -m generator extract`` and ``render``
(and the MkDocs hook) do, a stage a line, each in its folder:

    read/     corpus files → Article           read.corpus
    extract/  Article → Extraction             extract.article (cached: extract.cache; in processes: extract.parallel)
    combine/  [Extraction] → Timeline          combine.assemble (people, clusters of mentions, ids;
                                               the last run's clusters kept: combine.links)
    store/    Timeline ⇄ timeline.yml          store.load, store.write (reconciled with people's edits)
    render/   Timeline → {path: text}          render.site
              {path: text} → docs folder       render.write

Extraction is incremental: each article's extraction is cached, and a run
whose inputs are those of the last run ends before anything is parsed. The
modules that import spaCy (combining, rendering) are imported only once a
run needs them, so that such a run costs a fraction of a second, not
spaCy's import.
"""
from __future__ import annotations

from collections import ChainMap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .extract.cache import ExtractionCache, article_key, extractor_version
from .extract.parallel import extractor, mapper
from .extract.progress import progress
from .files import fingerprint
from .model import Article, Extraction, Timeline
from .project import Project
from .read.blocks import collapse_space
from .read.corpus import ArticleError, ArticleSkipped, article_paths, body_reader, decode_article, read_or_none
from .store.layout import entries_by_text
from .store.load import Current, load, parse_base, read_base_text
from .store.plain import event_from_data, from_data
from .store.validate import source_problems
from .store.write import ENTRY_FORMAT, Written, check_writable, reconcile_and_write


@dataclass
class Report:
    """What a run did, for the CLI to print."""

    messages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def extract(project: Project, jobs: int = 1, use_cache: bool = True, cluster: str | None = None,
            accept_deletions: bool = False, full: bool = False) -> Report:
    """Extract the corpus and write the result into the timeline, reconciled
    with people's edits.

    Articles whose extraction is cached are not parsed again; ``jobs``
    processes parse the others, or the Dask cluster at the address ``cluster``.
    The combine stage reuses the last run's clustering where new articles
    leave it as it was (``combine/links.py``), unless ``full``.
    A run that would delete many events stops, unless ``accept_deletions``.

    Raises:
        ClusterError: the cluster cannot be reached (nothing written).
        TimelineError: the timeline does not parse or validate, or one of its
            spans does not fit its source (it is not touched).
        ConcurrentEdit: the timeline changed on disk meanwhile (nothing written).
        WriteRefused: the write could lose edits (see ``store.write``; nothing written).
    """
    check_writable(project.timeline)
    cache = ExtractionCache(project.cache) if use_cache else None
    version = extractor_version()
    files = [(p.relative_to(project.corpus).as_posix(), p.read_bytes()) for p in article_paths(project.corpus)]
    keys = [article_key(version, name, raw) for name, raw in files]
    fingerprints = _fingerprints(project)
    last = cache.last_run() if cache else None
    if last and not full and last["inputs"] == _inputs(keys, fingerprints):
        return Report(last["messages"] + [f"{project.timeline.name}: unchanged (no article and no file changed since the last run)"], last["errors"])

    from .combine.assemble import combine  # imports spaCy

    report = Report()
    current, on_disk = _load(project, cache, fingerprints)  # store: the file as people left it
    sources = {s.file for s in on_disk.sources} if on_disk else set()
    extractions = _extractions(files, keys, cache, (jobs, cluster), report, sources)  # read, extract
    known = cache.links() if cache and not full else None
    generated, links = combine(extractions, _previous(on_disk, current, project.timeline), known)  # combine
    written = _write(project, generated, current, fingerprints[0], cache, jobs, accept_deletions)  # store
    if cache:
        cache.save_links(links)
        fingerprints = _fingerprints(project)  # as written
        cache.save_written({"fingerprints": fingerprints, "timeline": written.timeline, "base": written.base, "text": written.text})
        cache.save_last_run({"inputs": _inputs(keys, fingerprints), "messages": report.messages, "errors": report.errors})
    off_story = sum(e.off_story for e in generated.events)
    minor = sum(e.minor for e in generated.events)
    report.messages.append(
        f"{project.timeline.name}: {'updated' if written.changed else 'unchanged'} "
        f"({len(extractions)} articles, {len(generated.events)} events, {len(generated.people)} people"
        + (f"; {off_story} events off the story, marked off_story and left off the site" if off_story else "")
        + (f"; {minor} minor events, marked minor and left off the site" if minor else "") + ")"
    )
    return report


def _extractions(files: list[tuple[str, bytes]], keys: list[str], cache: ExtractionCache | None,
                 workers: tuple[int, str | None], report: Report, sources: set[str]) -> list[Extraction]:
    """Every readable article's extraction, from the cache or parsed now (by
    ``extractor(*workers)``), but for copies of another article's text; the
    warnings of each (and of the files skipped) and the errors of unreadable
    ones go into ``report``."""
    found: dict[str, Extraction] = {}
    missing: list[tuple[str, Article]] = []
    articles: dict[str, Article] = {}
    for (name, raw), key in zip(files, keys):
        cached = cache.get(key) if cache else None
        if cached is not None:
            found[key] = cached
            articles[key] = cached.article
            continue
        try:
            articles[key] = decode_article(name, raw)
        except ArticleSkipped as skipped:
            report.messages.append(str(skipped))
        except ArticleError as error:
            report.errors.append(str(error))
        else:
            missing.append((key, articles[key]))
    copies = _copies(articles, sources)
    for key, original in copies.items():
        report.messages.append(f"{articles[key].file}: skipped: the same text as {original.file}")
        found.pop(key, None)
    missing = [(key, article) for key, article in missing if key not in copies]
    if missing:
        with extractor(*workers) as extract_all:
            parsed = extract_all([article for _, article in missing])
            for (key, article), extraction in zip(missing, progress(parsed, len(missing), "extracting")):
                if extraction is None:
                    report.errors.append(f"{article.file}: not extracted: it failed on every Dask worker that took it; left out this time")
                    continue
                found[key] = extraction
                if cache:
                    cache.put(key, extraction)
    extractions = [found[key] for key in keys if key in found]
    for x in extractions:
        report.messages += list(x.warnings)
    return extractions


def _copies(articles: dict[str, Article], sources: set[str]) -> dict[str, Article]:
    """Articles whose text is another's (whitespace aside), each with the one
    kept: the one the timeline already cites, or else the first by name."""
    kept: dict[str, Article] = {}
    copies = {}
    for key, article in sorted(articles.items(), key=lambda item: (item[1].file not in sources, item[1].file)):
        text = collapse_space(article.body)
        if text in kept:
            copies[key] = kept[text]
        else:
            kept[text] = article
    return copies


def _write(project: Project, generated: Timeline, current: Current | None, seen: str | None,
           cache: ExtractionCache | None, jobs: int, accept_deletions: bool) -> Written:
    """``reconcile_and_write``, with the entry texts dumped before taken from
    the cache (and the new ones stored there), the others dumped by ``jobs``
    processes; the spans of events edited by hand are checked against the corpus."""
    chunks = ChainMap({}, cache.chunks() if cache else {})
    spans = _edited_span_problems(current, project.corpus) if current else []
    with mapper(jobs, chunksize=64) as map_:  # entries to dump into YAML
        written = reconcile_and_write(project.timeline, generated, current, seen, chunks, map_, accept_deletions, spans)
    if cache:
        cache.save_chunks(chunks.maps[0])
    return written


def _edited_span_problems(current: Current, corpus: Path) -> list:
    """The problems of spans in the events that differ from the base file
    (edited or added by hand): the generator's own are replaced by its new
    output, and only the articles of edited ones are read."""
    base = {e.get("id"): e for e in (current.base or {}).get("events") or []}
    edited = [e for e in current.data.get("events") or [] if e != base.get(e["id"])]
    cited = {x["source"] for e in edited for q in e.get("quotes") or [] for x in [q, *(q.get("variants") or [])]}
    cited |= {x["source"] for e in edited for x in e.get("sources") or []}
    files = {s["id"]: s["file"] for s in current.data.get("sources") or []}
    wanted = {files[i] for i in cited if i in files}
    if not wanted:
        return []
    read = body_reader(corpus)
    return source_problems(current.text, current.data, lambda file: read(file) if file in wanted else None)


def _inputs(keys: list[str], fingerprints: list[str | None]) -> list:
    """What a run's result depends on: the articles (with the extractor), how
    entries are written, and both timeline files."""
    return [keys, ENTRY_FORMAT, *fingerprints]


def _fingerprints(project: Project) -> list[str | None]:
    return [fingerprint(project.timeline), fingerprint(project.base)]


def _load(project: Project, cache: ExtractionCache | None, fingerprints: list[str | None]) -> tuple[Current | None, Timeline | None]:
    """The timeline as read. A file still as the last run wrote it is not
    parsed and validated again: its data comes from the cache (it was the
    generator's own, valid output)."""
    last = cache.written() if cache else None
    if not last or last["fingerprints"][1] != fingerprints[1]:
        return load(project.timeline)
    if last["fingerprints"][0] != fingerprints[0]:  # edited by hand since: entries left as they were are not parsed again
        return load(project.timeline, base=last["base"], already_read=entries_by_text(last.get("text", ""), last["timeline"]))
    text = project.timeline.read_text(encoding="utf-8")
    base_text = project.base.read_text(encoding="utf-8")
    return Current(text, last["timeline"], base_text, last["base"]), from_data(last["timeline"])


def _previous(on_disk: Timeline | None, current: Current | None, timeline: Path) -> Timeline | None:
    """The previous timeline, whose ids are kept: the one in the file, with
    the events people deleted from it (so a deleted event is recognized, not
    re-added under a new id)."""
    base = current.base if current else parse_base(read_base_text(timeline))
    if on_disk is None and base is None:
        return None
    previous = on_disk or Timeline(base.get("title") if base else "")
    if base:
        present = {e.id for e in previous.events}
        previous.events += [event_from_data(e) for e in base.get("events") or [] if e.get("id") not in present]
    return previous


def load_timeline(project: Project) -> Timeline:
    """The validated timeline (spans checked against the corpus)."""
    return read_timeline(project)[1]


def read_timeline(project: Project, previous: Current | None = None,
                  source_text: Callable[[str], str | None] | None = None,
                  with_base: bool = True) -> tuple[Current, Timeline]:
    """The file as read, and the validated timeline (spans checked against
    the corpus, whose files ``source_text`` reads: ``body_reader``'s when
    None). Entries whose text is as in the ``previous`` read of the file are
    not parsed again (the preview reads it on every save), nor is the base
    file when its text is as then; ``with_base`` False: not read at all."""
    already_read = entries_by_text(previous.text, previous.data) if previous else None
    # The base file changes only when extraction runs: its last parse is reused while its text is the same.
    base = previous.base if with_base and previous and previous.base_text == read_base_text(project.timeline) else None
    current, timeline = load(project.timeline, source_text or body_reader(project.corpus), base=base,
                             already_read=already_read, with_base=with_base)
    if timeline is None:
        raise FileNotFoundError(f"{project.timeline}: not found; run `python -m generator extract` first")
    return current, timeline


def articles_of(timeline: Timeline, corpus: Path) -> dict[str, Article]:
    """The corpus articles the timeline's sources are, by file; those that
    cannot be read are left out."""
    found = {source.file: read_or_none(corpus, source.file) for source in timeline.sources}
    return {file: article for file, article in found.items() if article is not None}


def render(project: Project) -> Report:
    """Render the timeline's pages into the docs folder."""
    from .render.site import render_site  # imports spaCy
    from .render.write import write_pages

    timeline = load_timeline(project)  # store
    pages = render_site(timeline, articles_of(timeline, project.corpus))  # read, render
    written, removed = write_pages(project.docs, pages)  # write pages
    return Report([f"{project.docs}: {len(pages)} pages, {written} written, {removed} removed"])
