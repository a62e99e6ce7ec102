"""MkDocs hook: render the timeline's pages in memory on every build.

``mkdocs build`` and ``mkdocs serve`` read timeline.yml themselves, so there
is no render step to remember. Pages are added as generated files (MkDocs
1.6), not written into the docs folder, which would retrigger ``serve``. A
broken timeline fails ``build`` with every problem and its line; ``serve``
shows the same message at every address the site had and keeps serving
until the next good save. While serving, a page whose inputs did not change
is not written again in Markdown (``render/memo``, over the last build's
records: ``records``), and pages whose Markdown did not change are not
rendered again (``page_cache``), unless this MkDocs lacks what the
cache relies on: then every page is built in full, and one warning says so.
While serving, MkDocs also writes only the files that changed
(``served_files``), where this MkDocs has what that replaces. Once the site
is written, Pagefind indexes it for search (``search``): a build waits for
it, ``serve`` lets it run in the background. While serving, Python's cycle
collector waits until a rebuild is done (``collection``), and the theme's
templates are compiled once (``templates``). The theme's navigation,
styles, scripts and settings are rendered once for all the pages they read
the same on (``shared_html``).
"""
from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from generator import pipeline
from generator.project import Project
from generator.rank import Ranker
from generator.read.corpus import article_paths, read_or_none
from generator.render.memo import PageMemo
from generator.render.pages.problems import problems_page
from generator.render.site import GENERATED_DIRS, INDEX_PAGES, render_site
from generator.site import page_cache, search, served_files
from generator.site.held_pages import HeldPages
from generator.site.shared_html import SharedHtml
from generator.site.collection import Collection
from generator.site.page_cache import CachedPage, PageCache
from generator.site.records import Records
from generator.site.served_files import ServedFiles
from generator.site.templates import CompiledTemplates
from generator.store.load import Current
from generator.store.validate import TimelineError

log = logging.getLogger("mkdocs.hooks.timeline")


@dataclass
class Session:
    """What the hook keeps from one build to the next of a ``mkdocs serve``."""

    command: str = "build"
    pages: frozenset[str] = frozenset(INDEX_PAGES)  # the last good build's pages
    announced: tuple[str, ...] = ()  # the new articles last announced
    read: Current | None = None  # timeline.yml as the last good build read it
    cache_lacks: tuple[str, ...] | None = None  # what the page cache needs and MkDocs lacks (None: not checked yet)
    writer_lacks: tuple[str, ...] = ()  # what served_files needs and MkDocs lacks
    outputs: frozenset[str] = frozenset()  # where this build's files from the docs folder go
    articles: dict = field(default_factory=dict)  # file → (its stat, Article), as the last build read them
    written: int = 0  # the pages whose Markdown this build wrote (the others were kept: render/memo)
    searched: list[str] = field(default_factory=list)  # this build's pages that search indexes, by file under the site


_session = Session()
# While serving, kept between saves: the ranking's evidence, the records, the pages' Markdown.
_ranker = Ranker()
_records = Records()
_memo = PageMemo()
_cache = PageCache()
_search = search.Background()
_written = ServedFiles(unchanged=lambda page, config: _as_kept(page, config))
_collection = Collection()
_templates = CompiledTemplates()
_held = HeldPages()  # while building: pages' HTML compressed until their template
_shared_html = SharedHtml()  # the theme's navigation, styles, scripts and settings, rendered once for the pages they read the same on


def on_startup(command: str, dirty: bool) -> None:
    _session.command = command
    if command == "serve":
        _session.writer_lacks = tuple(served_files.missing())
        if not _session.writer_lacks:
            _written.install()


def on_pre_build(config) -> None:
    _search.stop()  # the site it reads is about to be rebuilt
    _session.searched = []
    if _session.command == "serve" and _session.read is not None:  # a rebuild
        _collection.pause()


def on_build_error(error) -> None:
    if not gc.isenabled():
        _collection.resume()


def on_shutdown() -> None:
    _search.stop()
    _written.uninstall()


def on_files(files: Files, config) -> Files:
    project = Project.at(Path(config.config_file_path).parent)
    try:
        serving = _session.command == "serve"
        # A build reads no base file (only the preview's next save compares with it).
        read, timeline = pipeline.read_timeline(project, _session.read, lambda file: _body(project.corpus, file), with_base=serving)
        # Kept for the next save while serving; a build lets the file as read
        # go before rendering (its text and data: a large part of the build's
        # peak memory at 50,000 events).
        kept, read = (read if serving else None), None
        pages = _render(timeline, project.corpus)
    except (TimelineError, FileNotFoundError) as error:
        if _session.command != "serve":
            raise PluginError(str(error)) from None
        # Info, not an error: an error or a warning aborts a strict build, and
        # `serve` would then keep the stale site with no error page.
        log.info(f"timeline.yml has problems; every page shows them until the next good save:\n{error}")
        pages = dict.fromkeys(_session.pages, problems_page(str(error)))
    else:
        _session.pages = frozenset(path for path in pages if path.endswith(".md"))
        _announce_new_articles(timeline, project.corpus)
        if _session.command == "serve":  # kept for the next save; a build lets them go
            _session.read = kept
        else:
            _session.articles.clear()
    for file in list(files):
        if file.src_uri in pages or file.src_uri.split("/", 1)[0] in GENERATED_DIRS:
            files.remove(file)  # stale copies written by `generator render`
    for path, text in pages.items():
        files.append(File.generated(config, path, content=text))
    return files


def _render(timeline, corpus: Path) -> dict[str, str]:
    """The site's generated files; while serving, with what the last build
    made kept where it still holds (records, ranking evidence, pages)."""
    if _session.command != "serve":
        return render_site(timeline, _articles(timeline, corpus))
    timeline = _records.reuse(timeline)
    pages = render_site(timeline, _articles(timeline, corpus), _ranker, _memo)
    _session.written = _memo.finish()
    return pages


def _articles(timeline, corpus: Path) -> dict:
    """The timeline's articles that can be read, by file."""
    found = {file: _article(corpus, file) for file in dict.fromkeys(s.file for s in timeline.sources)}
    return {file: article for file, article in found.items() if article is not None}


def _body(corpus: Path, file: str) -> str | None:
    """A corpus file's text, as validation checks spans against it."""
    article = _article(corpus, file)
    return article.body if article else None


def _article(corpus: Path, file: str):
    """A corpus article, or None when it cannot be read; one whose file did
    not change since the last build is not read and parsed again."""
    try:
        stat = (corpus / file).stat()
    except OSError:
        return None
    known, key = _session.articles, (stat.st_mtime_ns, stat.st_size)
    if file not in known or known[file][0] != key:
        known[file] = (key, read_or_none(corpus, file))
    return known[file][1]


def _announce_new_articles(timeline, corpus: Path) -> None:
    """Say once which corpus articles timeline.yml does not know yet (extraction
    is the editor's call: it is slow, and it changes timeline.yml)."""
    in_timeline = {s.file for s in timeline.sources}
    new = tuple(sorted(p.relative_to(corpus).as_posix() for p in article_paths(corpus)
                       if p.relative_to(corpus).as_posix() not in in_timeline))
    if new and new != _session.announced:
        # Info, not a warning: any warning aborts a strict build, `serve`'s too.
        log.info(f"{len(new)} new article{'s' if len(new) != 1 else ''} in corpus/ not in timeline.yml: "
                 f"run `python -m generator extract` ({', '.join(new[:3])}{', …' if len(new) > 3 else ''})")
    _session.announced = new


# Keeping pages between the builds of `mkdocs serve` (page_cache); the cache
# takes each page as the first handler of an event sees it.

def _serving() -> bool:
    """Whether pages are kept between builds: while serving, when MkDocs has
    what the cache relies on."""
    return _session.command == "serve" and not _session.cache_lacks


def on_nav(nav, config, files: Files):
    _shared_html.start(nav)
    if _session.command == "serve" and _session.cache_lacks is None:  # the first build
        _session.cache_lacks = tuple(page_cache.missing(config, files))
    if _serving():
        _cache.start(files, nav, config)
    return nav


def on_serve(server, config, builder):
    # Once, after the first build: during a build, a warning would abort a
    # strict `serve` (the site is right without these, only slower).
    if _session.cache_lacks:
        log.warning("timeline: every save rebuilds every page: the page cache needs "
                    f"{', '.join(_session.cache_lacks)}")
    if _session.writer_lacks:
        log.warning(f"timeline: every save writes every file: the writer needs {', '.join(_session.writer_lacks)}")
    return server


def on_env(env, config, files: Files):
    _session.outputs = frozenset(f.abs_dest_path for f in files)
    env = _shared_html.use_in(env)
    if _session.command == "serve":
        env = _templates.use_in(env)
    if _serving():
        env = _cache.templates(env)
    return env


@event_priority(100)
def on_page_markdown(markdown: str, page, config, files: Files):
    if _serving():
        _cache.read(page)
    return markdown


@event_priority(100)
def on_page_content(html: str, page, config, files: Files):
    if _serving():
        _cache.converted(page)
    elif _session.command == "build":
        return _held.converted(page, html)
    return html


def on_page_context(context, page, config, nav):
    if page.meta.get("searched"):
        _session.searched.append(page.file.dest_uri)
    if _session.command == "build":
        _held.templating(page)
    return context


@event_priority(100)
def on_post_page(output: str, page, config):
    if _serving():
        _cache.templated(page, output)
    elif _session.command == "build":
        _held.written(page)
    return output


def _as_kept(page, config) -> bool:
    """Whether a page's HTML is as the last build wrote it: a page kept by
    the cache, whose templated HTML no plugin but this hook sees."""
    handlers = [*config.plugins.events["page_context"], *config.plugins.events["post_page"]]
    return _serving() and isinstance(page, CachedPage) and all(h is on_post_page for h in handlers)


def on_post_build(config) -> None:
    if _serving():
        rendered, reused = _cache.finish()
        log.info(f"timeline: {rendered} generated pages rendered, {reused} unchanged ones kept from the last build "
                 f"({_session.written} written in Markdown again)")
    if _session.command == "serve":
        if not gc.isenabled():
            _collection.resume()
        else:  # the first build, before the server answers
            _collection.settle()
        if _written.originals:
            _written.finish(set(_session.outputs))
        _search.start(Path(config.site_dir), _session.searched)
        return
    try:
        search.index_site(Path(config.site_dir), _session.searched)
    except search.SearchError as error:
        raise PluginError(str(error)) from None
