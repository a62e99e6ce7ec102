"""Pages kept from one build to the next of a ``mkdocs serve``, so that a save
re-renders only the pages whose Markdown changed.

MkDocs 1.6 rebuilds every page on every change (``--dirty`` skips pages but
leaves the navigation and links wrong). Here every page still goes through
the build, so links, anchors and the sitemap stay whole; but a generated
page whose Markdown is the same as at the last build (outside the
navigation, or in it when mkdocs.yml titles every page there) is a
``CachedPage``: its Markdown is not converted again and its HTML is the
last build's (``served_files`` leaves its file as it is). Anything site-wide (mkdocs.yml, the theme, the hand-written
pages, the navigation) changing empties the cache. Search is Pagefind's,
made from the written site (``search.py``): a search plugin of MkDocs, which
indexes pages as they are converted, would miss the cached ones.

What is kept is what the plugins saw first (the Markdown as read, the HTML
as converted, the page as templated), so plugin events that run again on it
give what they gave the first time.

This leans on MkDocs' insides (page attributes it sets while building, some
private, the Page methods a CachedPage overrides): ``missing`` says which
of them a MkDocs lacks (or that a search plugin is on), and the hook then
builds every page in full.
"""
from __future__ import annotations

import copy
import hashlib
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

# The template of a cached page: the HTML it had.
CACHED_TEMPLATE = "timeline-cached-page.html"
# What the cache reads and sets on a page (MkDocs 1.6), the Page methods a
# CachedPage overrides with their parameters, and the plugins that index
# pages as they convert them (a cached page is not converted).
PAGE_ATTRIBUTES = ("markdown", "meta", "content", "toc", "_title_from_render", "present_anchor_ids", "links_to_anchors")
PAGE_METHODS = {"read_source": ("self", "config"), "render": ("self", "config", "files")}
FILES_ATTRIBUTES = ("src_uris",)
SEARCH_PLUGINS = ("search", "material/search")


def missing(config, files: Files) -> list[str]:
    """What the cache relies on that this MkDocs lacks, or a search plugin
    it cannot keep whole; empty when all is well. Call it once the
    navigation is made (``on_nav``): pages exist then."""
    lacking = ["the search plugin off (search is Pagefind's)"] if any(name in config.plugins for name in SEARCH_PLUGINS) else []
    page = next((f.page for f in files.documentation_pages() if getattr(f, "page", None) is not None), None)
    if page is not None:
        lacking += [f"Page.{name}" for name in PAGE_ATTRIBUTES if not hasattr(page, name)]
    lacking += [f"Files.{name}" for name in FILES_ATTRIBUTES if not hasattr(files, name)]
    for name, parameters in PAGE_METHODS.items():
        method = getattr(Page, name, None)
        if method is None or tuple(inspect.signature(method).parameters) != parameters:
            lacking.append(f"Page.{name}({', '.join(parameters[1:])})")
    return lacking


@dataclass(frozen=True)
class RenderedPage:
    """A page as MkDocs built it."""

    source: str  # the Markdown the hook generated
    markdown: str
    meta: dict
    content: str
    toc: Any
    title: str | None
    anchor_ids: frozenset[str]
    links_to_anchors: dict[str, dict[str, str]] | None  # by the linked page's path
    output: str


class CachedPage(Page):
    """A page built from its last rendering instead of its Markdown."""

    rendered: RenderedPage

    @classmethod
    def taking_over(cls, page: Page, rendered: RenderedPage) -> CachedPage:
        """The Page MkDocs made for a file (its navigation makes one for
        every page), built from ``rendered`` from now on: making a second
        Page would compute its URLs again (0.3 s a save at 4,000 pages)."""
        page.__class__ = cls
        page.rendered = rendered
        return page

    def read_source(self, config) -> None:
        self.markdown = self.rendered.markdown
        # The template prints the kept HTML; plugins may change the meta, not the kept one.
        self.meta = {key: value if isinstance(value, (str, int, float, type(None))) else copy.deepcopy(value)
                     for key, value in self.rendered.meta.items()}
        self.meta["template"] = CACHED_TEMPLATE

    def render(self, config, files: Files) -> None:
        kept = self.rendered
        self.content, self.toc, self._title_from_render = kept.content, kept.toc, kept.title
        self.present_anchor_ids = set(kept.anchor_ids)
        if kept.links_to_anchors is not None:
            # Kept by src_uri, as Files keys them (get_file_from_path would normalize each again).
            self.links_to_anchors = {files.src_uris[path]: links for path, links in kept.links_to_anchors.items()}


class PageCache:
    """The rendered pages of the last build, and the parts of one in progress."""

    def __init__(self) -> None:
        self.pages: dict[str, RenderedPage] = {}  # by path, as the last build left them
        self.signature = ""
        self._reused: list[RenderedPage] = []
        self._built: dict[str, RenderedPage] = {}
        self._parts: dict[str, dict] = {}
        self._candidates: set[str] = set()

    def start(self, files: Files, nav, config) -> None:
        """Begin a build (once the navigation is made): generated pages
        outside the navigation with unchanged Markdown become CachedPages.
        Anything site-wide changing empties the cache."""
        signature = site_signature(config, files, nav)
        if signature != self.signature:
            self.pages.clear()
        self.signature = signature
        self._reused, self._built, self._parts = [], {}, {}
        in_nav = {page.file.src_uri for page in nav.pages}
        # A page in the navigation is kept too when every title there is
        # mkdocs.yml's (MkDocs sets it on the page): its HTML is then its
        # Markdown's and the navigation's, which the signature covers.
        titled = all("title" in vars(page) for page in nav.pages)
        self._candidates = {f.src_uri for f in files.documentation_pages() if f.generated_by and (titled or f.src_uri not in in_nav)}
        for file in files.documentation_pages():
            if file.src_uri in self._candidates:
                self._reuse(file, files, config)

    def _reuse(self, file: File, files: Files, config) -> None:
        kept = self.pages.get(file.src_uri)
        if kept is None or kept.source != file.content_string:
            return
        if kept.links_to_anchors and any(path not in files.src_uris for path in kept.links_to_anchors):
            return
        CachedPage.taking_over(file.page or Page(None, file, config), kept)
        self._built[file.src_uri] = kept
        self._reused.append(kept)

    def _rendering(self, page: Page) -> bool:
        return page.file.src_uri in self._candidates and not isinstance(page, CachedPage)

    def templates(self, env: jinja2.Environment) -> jinja2.Environment:
        """Add the cached pages' template."""
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({CACHED_TEMPLATE: "{{ page.rendered.output }}"}), env.loader])
        return env

    # What a page is, as each stage of the build leaves it (first in each event).

    def read(self, page: Page) -> None:
        if not self._rendering(page):
            return
        self._parts[page.file.src_uri] = {"source": page.file.content_string, "markdown": page.markdown,
                                          "meta": copy.deepcopy(page.meta)}

    def converted(self, page: Page) -> None:
        if not self._rendering(page):
            return
        links = getattr(page, "links_to_anchors", None)
        self._parts[page.file.src_uri].update(
            content=page.content, toc=page.toc, title=page._title_from_render,
            anchor_ids=frozenset(page.present_anchor_ids or ()),
            links_to_anchors=None if links is None else {f.src_uri: dict(v) for f, v in links.items()})

    def templated(self, page: Page, output: str) -> None:
        if not self._rendering(page):
            return
        parts = self._parts.pop(page.file.src_uri, None)
        if parts is not None and "content" in parts:
            self._built[page.file.src_uri] = RenderedPage(output=output, **parts)

    def finish(self) -> tuple[int, int]:
        """End a build: keep this build's pages (only those) for the next.

        Returns:
            The pages rendered and the pages reused.
        """
        reused = len(self._reused)
        self.pages, self._built, self._reused = self._built, {}, []
        return len(self.pages) - reused, reused


def site_signature(config, files: Files, nav) -> str:
    """What every page's HTML depends on besides its own Markdown: the
    configuration, the theme's overrides, the hand-written files and the
    navigation."""
    parts = [_stat(Path(config.config_file_path))]
    if config.theme.custom_dir:
        parts += [_stat(p) for p in sorted(Path(config.theme.custom_dir).rglob("*")) if p.is_file()]
    parts += [f"{f.src_uri}:{_stat(Path(f.abs_src_path))}" for f in files if f.abs_src_path]
    parts += [f"{page.title}:{page.url}" for page in nav.pages]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _stat(path: Path) -> str:
    stat = path.stat()
    return f"{path}:{stat.st_mtime_ns}:{stat.st_size}"
