"""Fixtures for tests of the site: a copy of the project to change, and,
once per session, the seed site built with
`mkdocs build --strict`, served on localhost, and one headless Chromium
(Debian's, driven by Playwright). Figures and screenshot paths the tests
record are printed at the end of the run."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The frozen seed timeline that page, export and browser tests render.
SITE_TIMELINE = ROOT / "tests" / "fixtures" / "site" / "timeline.yml"
# A frozen timeline of the thirteen vendored newswire articles: every date
# precision, events whose date is not stated, places, several sources.
NEWSWIRE_TIMELINE = ROOT / "tests" / "fixtures" / "site_newswire" / "timeline.yml"
NEWSWIRE_CORPUS = ROOT / "tests" / "fixtures" / "articles"
# Chromium on a machine with no network but the package registries: no
# background requests, no sandbox (tests run as root), no GPU.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

REPORT: list[str] = []


def record(line: str) -> None:
    """A line for the end-of-run summary (figures, screenshot paths)."""
    REPORT.append(line)


def pytest_terminal_summary(terminalreporter) -> None:
    if REPORT:
        terminalreporter.section("site checks")
        for line in REPORT:
            terminalreporter.write_line(line)


def copy_project(dest: Path, timeline: Path = ROOT) -> Path:
    """A copy of the project (corpus, site sources, theme overrides, mkdocs.yml) to
    change freely, with the timeline files found in the folder ``timeline``."""
    shutil.copytree(ROOT / "corpus", dest / "corpus")
    shutil.copytree(ROOT / "site_src", dest / "site_src", ignore=shutil.ignore_patterns(
        "index.md", "events", "people", "sources", "timeline.json", "timeline.ics", "feed.xml"))
    shutil.copytree(ROOT / "overrides", dest / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "generator").symlink_to(ROOT / "generator")
    for name in ("timeline.yml", "timeline.generated.yml"):
        shutil.copy(timeline / name, dest / name)
    return dest


def build(project: Path, site_url: str | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` in ``project``, for the site's address if given."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, capture_output=True, text=True, env=env)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project to change freely."""
    return copy_project(tmp_path)


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """The seed timeline's site, built once per session for the localhost
    address it is served at (instant navigation needs the right site_url)."""
    project = copy_project(tmp_path_factory.mktemp("built"), SITE_TIMELINE.parent)
    (project / "site").mkdir()
    server = serve(project / "site")
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    result = build(project, url)
    assert result.returncode == 0, result.stderr
    yield project / "site", url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def built_site(served_site) -> Path:
    return served_site[0]


@pytest.fixture(scope="session")
def site_url(served_site) -> str:
    return served_site[1]


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as a static host would, 404.html for a missing page."""

    def log_message(self, *args) -> None:
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(directory: Path) -> http.server.ThreadingHTTPServer:
    """A server for ``directory`` on a free localhost port, in a thread
    (call ``shutdown()`` and ``server_close()`` when done)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SiteHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM}: not found; run `make chromium` (Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page (own cookies and storage) that fails the test on a script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield tab
    context.close()
    assert errors == [], errors


def heading(tab, selector: str = "article.md-content__inner h1") -> str:
    """A heading's text without the theme's permalink mark."""
    return tab.locator(selector).first.inner_text().replace("¶", "").strip()


def screenshot(tab, name: str, full_page: bool = False) -> Path:
    """Save a screenshot under test-output/screenshots/ and list its path."""
    path = OUTPUT / "screenshots" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(path), full_page=full_page)
    record(f"screenshot: {path.relative_to(ROOT)}")
    return path
