"""Search with Pagefind (pinned in requirements.txt, its binary from PyPI):
after MkDocs has written the site, Pagefind reads the pages marked
``data-pagefind-body`` (events, people, places, storylines, sources; not the
listings, which repeat them) and writes a static index cut into chunks
under ``site/pagefind/``. A search downloads Pagefind's script and the few
chunks holding its words, never the whole index, so what a reader loads
does not grow with the site.

Pagefind holds every page it indexes in memory until it writes the index
(6.4 GB at 50,000 events), so the searched pages are indexed in bundles of
at most ``BUNDLE_PAGES``, one Pagefind run after the other, each reading only
its pages: the first bundle in ``pagefind/``, the others in
``pagefind/part-N/``, listed in ``pagefind/parts.json``, which the search
page merges (Pagefind's ``mergeIndex``). A first search loads each bundle's
entry and the chunks its words need there. A bundle holds whole top-level
folders of the site where they fit, and Pagefind reads them where they are
(its ``--glob``; it indexes only pages marked ``data-pagefind-body``, the
searched ones); a folder larger than a bundle is cut, and each part read
from hard links to its pages in a folder of its own (making and removing a
folder per page is slow: a fifth of a build's time at 5,000 events).

``mkdocs build`` waits for the index. ``mkdocs serve`` makes it in the
background, so a save reaches the browser first; the search catches up a
few seconds later (a save made meanwhile stops the run that is out of date).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

SEARCH_DIR = "pagefind"
PARTS_FILE = "parts.json"
# Pages per Pagefind run: 10,000 pages hold about 1.2 GB of Pagefind's memory.
BUNDLE_PAGES = 10_000
# The theme's ¶ permalinks are no words of the page.
COMMAND = (sys.executable, "-m", "pagefind", "--quiet", "--exclude-selectors", ".headerlink")
_STAGE = ".stage"  # under the search folder: the hard links of the bundle being indexed


class SearchError(RuntimeError):
    pass


def bundles(pages: list[str], per_bundle: int = BUNDLE_PAGES) -> list[tuple[str, list[str]]]:
    """The searched pages (paths under the site folder) cut into bundles,
    whole top-level folders together where they fit: (the bundle's folder
    under the site folder, its pages)."""
    chunks: list[list[str]] = []
    current: list[str] = []
    for group in _by_folder(pages).values():
        if current and len(current) + len(group) > per_bundle:
            chunks.append(current)
            current = []
        if len(group) <= per_bundle:
            current += group
            continue
        parts = [group[start:start + per_bundle] for start in range(0, len(group), per_bundle)]
        chunks += parts[:-1]
        current = parts[-1]
    chunks = [c for c in [*chunks, current] if c] or [[]]
    return [(SEARCH_DIR if n == 0 else f"{SEARCH_DIR}/part-{n}", chunk) for n, chunk in enumerate(chunks)]


def _by_folder(pages: list[str]) -> dict[str, list[str]]:
    """The pages by top-level folder ("" for a page at the top), in order."""
    found: dict[str, list[str]] = {}
    for page in pages:
        found.setdefault(page.split("/", 1)[0] if "/" in page else "", []).append(page)
    return found


def _glob(chunk: list[str], folders: dict[str, list[str]]) -> str | None:
    """Pagefind's glob for a bundle of whole top-level folders; None for
    any other bundle."""
    mine = _by_folder(chunk)
    if not mine or "" in mine or any(len(group) != len(folders[name]) for name, group in mine.items()):
        return None
    names = sorted(mine)
    return f"{names[0] if len(names) == 1 else '{' + ','.join(names) + '}'}/**/*.html"


def index_site(site_dir: Path, pages: list[str], per_bundle: int = BUNDLE_PAGES,
               running: threading.Event | None = None) -> None:
    """Index ``pages`` (paths of searched HTML files under ``site_dir``) in
    bundles of at most ``per_bundle``; raises SearchError with Pagefind's own
    words if it fails. ``running``, when given and cleared, stops between runs."""
    found = bundles(pages, per_bundle)
    folders = _by_folder(pages)
    stage = site_dir / SEARCH_DIR / _STAGE
    try:
        for folder, chunk in found:
            if running is not None and not running.is_set():
                return
            glob = _glob(chunk, folders)
            if glob is not None:
                read = ["--site", str(site_dir), "--glob", glob]
            else:
                shutil.rmtree(stage, ignore_errors=True)
                _link(site_dir, chunk, stage)
                read = ["--site", str(stage)]
            done = _run([*COMMAND, *read, "--output-path", str(site_dir / folder)], running)
            if done is not None and done.returncode != 0:
                raise SearchError(f"pagefind failed on {site_dir}: {(done.stderr or done.stdout).strip()}")
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    parts = [folder.removeprefix(SEARCH_DIR + "/") + "/" for folder, _ in found[1:]]
    (site_dir / SEARCH_DIR / PARTS_FILE).write_text(json.dumps(parts), encoding="utf-8")


def _link(site_dir: Path, pages: list[str], stage: Path) -> None:
    """``pages`` at their own paths under ``stage`` (hard links; copies
    where the file system has none), so that Pagefind's URLs are the site's."""
    for page in pages:
        target = stage / page
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site_dir / page, target)
        except OSError:
            shutil.copyfile(site_dir / page, target)


_current: dict[int, subprocess.Popen] = {}  # the Pagefind run under way, by thread


def _run(command: list[str], running: threading.Event | None) -> subprocess.CompletedProcess | None:
    """Run Pagefind; None when stopped (``running`` cleared) meanwhile."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _current[threading.get_ident()] = process
    if running is not None and not running.is_set():  # stopped while it started
        process.terminate()
    try:
        stdout, stderr = process.communicate()
    finally:
        _current.pop(threading.get_ident(), None)
    if running is not None and not running.is_set():
        return None
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


class Background:
    """One indexing at a time in the background (``mkdocs serve``)."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.running = threading.Event()

    def start(self, site_dir: Path, pages: list[str]) -> None:
        self.stop()
        self.running = threading.Event()
        self.running.set()
        self.thread = threading.Thread(target=self._index, args=(site_dir, pages, self.running), daemon=True)
        self.thread.start()

    @staticmethod
    def _index(site_dir: Path, pages: list[str], running: threading.Event) -> None:
        try:
            index_site(site_dir, pages, running=running)
        except (SearchError, OSError):
            pass  # the served site keeps searching the last index

    def stop(self) -> None:
        """End the indexing under way, if any (before the site it reads is rebuilt)."""
        if self.thread is None:
            return
        self.running.clear()
        process = _current.get(self.thread.ident)
        if process is not None and process.poll() is None:
            process.terminate()
        self.thread.join()
        self.thread = None
