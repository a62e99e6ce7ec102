"""Search with Pagefind (pinned in requirements.txt, its binary from PyPI):
after MkDocs has written the site, Pagefind reads the pages marked
``data-pagefind-body`` (events, people, places, storylines, sources; not the
listings, which repeat them) and writes a static index cut into chunks
under ``site/pagefind/``. A search downloads Pagefind's script and the few
chunks holding its words, never the whole index, so what a reader loads
does not grow with the site.

``mkdocs build`` waits for the index. ``mkdocs serve`` makes it in the
background, so a save reaches the browser first; the search catches up a
few seconds later (a save made meanwhile stops the run that is out of date).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEARCH_DIR = "pagefind"
# The theme's ¶ permalinks are no words of the page.
COMMAND = (sys.executable, "-m", "pagefind", "--quiet", "--exclude-selectors", ".headerlink")


class SearchError(RuntimeError):
    pass


def index_site(site_dir: Path) -> None:
    """Index the built site in ``site_dir``; raises SearchError with
    Pagefind's own words if it fails."""
    done = subprocess.run([*COMMAND, "--site", str(site_dir)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SearchError(f"pagefind failed on {site_dir}: {(done.stderr or done.stdout).strip()}")


class Background:
    """One indexing run at a time in the background (``mkdocs serve``)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None

    def start(self, site_dir: Path) -> None:
        self.stop()
        self.process = subprocess.Popen([*COMMAND, "--site", str(site_dir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        """End the run under way, if any (before the site it reads is rebuilt)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait()
        self.process = None
