"""Live preview: a real `mkdocs serve` on a copy of the project, timeline.yml
edited while it runs. An edit is served, a mistake shows as an error page at
the address the editor has open while the server stays up, and the site
comes back on the next good save."""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from site_fixtures import SITE_TIMELINE, build, copy_project

# Each test runs a real `mkdocs serve`.
pytestmark = pytest.mark.slow

EVENT = "events/2025-09-06-mark-rutte-reinforced-that-russia-has-no-veto/"
TITLE = "title: Mark Rutte reinforced that Russia has no veto over foreign troops entering Ukraine"
# The serve process rebuilds the seed site in a few seconds; a first build
# on a busy machine takes longer.
TIMEOUT = 90


@dataclass
class Server:
    """A `mkdocs serve` subprocess on a free localhost port."""

    project: Path
    url: str
    process: subprocess.Popen
    log_path: Path

    @property
    def timeline(self) -> Path:
        return self.project / "timeline.yml"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def get(self, path: str) -> str:
        """The page's HTML (an error status's body too: it is what a browser shows)."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=TIMEOUT) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.read().decode("utf-8", errors="replace")

    def wait_for(self, path: str, text: str) -> str:
        """Poll ``path`` until its HTML contains ``text``; the server must stay up."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            assert self.process.poll() is None, f"mkdocs serve exited:\n{self.log()}"
            try:
                html = self.get(path)
                if text in html:
                    return html
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                html = ""
            if time.monotonic() > deadline:
                pytest.fail(f"{path} never showed {text!r}; last served:\n{html[:2000]}\nserver log:\n{self.log()}")
            time.sleep(0.2)

    def edit(self, old: str, new: str) -> None:
        text = self.timeline.read_text(encoding="utf-8")
        assert old in text
        self.timeline.write_text(text.replace(old, new, 1), encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def serve(tmp_path: Path):
    """Start `mkdocs serve` in a project; stopped after the test."""
    processes = []

    def start(project: Path) -> Server:
        port = free_port()
        log_path = tmp_path / f"serve-{len(processes)}.log"
        with log_path.open("w") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                cwd=project, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        processes.append(process)
        return Server(project, f"http://127.0.0.1:{port}/", process, log_path)

    yield start
    for process in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def server(tmp_path: Path, serve) -> Server:
    """`mkdocs serve` on a copy of the project with the frozen seed timeline."""
    return serve(copy_project(tmp_path / "project", SITE_TIMELINE.parent))


def test_an_edit_is_served_a_mistake_shows_its_line_and_the_site_comes_back(server: Server):
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")

    server.edit(TITLE, "title: Rutte says Moscow gets no say")
    server.wait_for(EVENT, "Rutte says Moscow gets no say")
    assert "Rutte says Moscow gets no say" in server.get("months/2025-09/")  # its month's page too

    server.edit("title: News timeline", "title: [News timeline")
    error = server.wait_for(EVENT, "timeline.yml has problems")
    assert "timeline.yml:2:" in error and "not valid YAML" in error
    assert "timeline.yml:2:" in server.get("")  # every page the site had shows it
    assert "timeline.yml:2:" in server.get("people/mark-rutte/")

    server.edit("title: [News timeline", "title: News timeline")
    page = server.wait_for(EVENT, "Rutte says Moscow gets no say")
    assert "timeline.yml has problems" not in page


def test_the_error_page_names_the_line_and_shows_user_text_as_text(server: Server):
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    line = server.timeline.read_text(encoding="utf-8").splitlines().index("      - mark-rutte") + 1
    server.edit("      - mark-rutte", '      - "<script>alert(1)</script>"')
    error = server.wait_for(EVENT, "timeline.yml has problems")
    assert f"timeline.yml:{line}: events[10].people[0]:" in error
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in error and "<script>alert(1)" not in error
    assert f"timeline.yml:{line}: events[10].people[0]:" in server.log()


def test_an_impossible_date_and_bad_indentation_show_their_line_on_the_error_page(server: Server):
    """An impossible date once hung `serve` (a ValueError with no line); a
    line indented too little was placed at the start of its list."""
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    text = server.timeline.read_text(encoding="utf-8")
    date = re.search(r"^    date: \d{4}-\d\d-\d\d$", text, re.MULTILINE)
    line = text[:date.start()].count("\n") + 1
    server.edit(date.group(0), "    date: 2025-02-30")
    error = server.wait_for(EVENT, "timeline.yml has problems")
    assert re.search(rf"timeline\.yml:{line}: events\[\d+\]\.date: .*no such date", error)
    server.edit("    date: 2025-02-30", date.group(0))
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    line = text.splitlines().index("    " + TITLE) + 1
    server.edit("    " + TITLE, "   " + TITLE)
    error = server.wait_for(EVENT, "timeline.yml has problems")
    assert f"timeline.yml:{line}:4: not valid YAML: this line is indented differently" in error
    assert f"\n       {TITLE}\n       ^" in error  # the line shown, the spot marked


def test_new_articles_in_the_corpus_are_announced_once(server: Server):
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    (server.project / "corpus" / "talks-resume.md").write_text(
        "---\ntitle: Talks resume\npublished: 2025-09-08\n---\nTalks resumed on Monday, officials said.\n", encoding="utf-8")
    deadline = time.monotonic() + TIMEOUT
    while "new article" not in server.log() and time.monotonic() < deadline:
        time.sleep(0.2)
    server.edit(TITLE, "title: Rutte says Moscow gets no say")
    server.wait_for(EVENT, "Rutte says Moscow gets no say")
    log = server.log()
    assert log.count("new article") == 1, log
    assert "1 new article in corpus/ not in timeline.yml: run `python -m generator extract` (talks-resume.md)" in log


LIVERELOAD = re.compile(r"<script>\s*var livereload = function.*?</script>", re.DOTALL)


def assert_served_site_is_a_full_build(server: Server, full: Path) -> None:
    """Every page served is what `mkdocs build` makes of the same project,
    and the served site gets its search index too (in the background)."""
    full = copy_project(full, server.project)
    for name in ("mkdocs.yml", *(p.name for p in server.project.glob("*_hook.py"))):
        shutil.copy(server.project / name, full / name)
    shutil.copytree(server.project / "overrides", full / "overrides", dirs_exist_ok=True)
    result = build(full, server.url)
    assert result.returncode == 0, result.stderr
    site = full / "site"
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert len(pages) > 20
    for page in pages:
        served = LIVERELOAD.sub("", server.get(page.removesuffix("index.html")))
        assert served == (site / page).read_text(encoding="utf-8"), page
    if (site / "pagefind").exists():
        built = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
        served = json.loads(server.wait_for("pagefind/pagefind-entry.json", '"languages"'))
        assert served["languages"].keys() == built["languages"].keys()


def test_after_an_edit_the_served_site_is_the_one_a_full_build_makes(server: Server, tmp_path: Path):
    """Pages kept from the last build (page_cache) are what rendering them would give."""
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    server.edit(TITLE, "title: Rutte says Moscow gets no say")
    server.wait_for(EVENT, "Rutte says Moscow gets no say")
    kept = [int(n) for n in re.findall(r"(\d+) unchanged ones kept", server.log())]
    assert kept[0] == 0 and kept[-1] > 10, server.log()  # most pages did not change
    assert CACHE_OFF not in server.log()
    assert_served_site_is_a_full_build(server, tmp_path / "full")


def test_after_a_title_edit_then_a_hidden_event_the_served_site_is_a_full_builds(server: Server, tmp_path: Path):
    """The ranking's evidence, kept across a title edit (rank.Ranker), is
    gathered again once the evidence changes."""
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    server.edit(TITLE, "title: Rutte says Moscow gets no say")
    server.wait_for(EVENT, "Rutte says Moscow gets no say")
    server.edit("title: Rutte says Moscow gets no say", "title: Rutte says Moscow gets no say\n    hidden: true")
    server.wait_for(EVENT, "Page not found")
    assert_served_site_is_a_full_build(server, tmp_path / "full")


def test_after_a_theme_override_is_edited_the_served_site_is_a_full_builds(server: Server, tmp_path: Path):
    """The theme's templates are compiled once per server (site/templates.py):
    an edited override is compiled again."""
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    template = server.project / "overrides" / "main.html"
    text = template.read_text(encoding="utf-8")
    assert "<div data-pagefind-body>" in text
    template.write_text(text.replace("<div data-pagefind-body>", '<div data-pagefind-body data-edited="yes">'), encoding="utf-8")
    server.wait_for(EVENT, 'data-edited="yes"')
    assert_served_site_is_a_full_build(server, tmp_path / "full")


def test_a_hidden_event_leaves_the_served_site(server: Server):
    """The served folder is not emptied between builds (served_files): what
    a build no longer makes is removed."""
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    server.edit(TITLE, TITLE + "\n    hidden: true")
    server.wait_for(EVENT, "Page not found")
    assert "Mark Rutte reinforced" not in server.get("months/2025-09/")
    server.edit(TITLE + "\n    hidden: true", TITLE)
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")


# The page cache leans on MkDocs' insides; where they are not there, it is
# off, and says so once. Each case removes one real thing from a real MkDocs.
CACHE_OFF = "every save rebuilds every page"
WITH_SEARCH = "the search plugin off"
WITHOUT_PAGE_ATTRIBUTE = "Page.present_anchor_ids"


def with_the_search_plugin(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("plugins: []\n", "plugins:\n  - search\n", 1), encoding="utf-8")


def without_a_page_attribute(project: Path) -> None:
    """A hook run before the generator's deletes an attribute MkDocs 1.6
    pages have (a class attribute MkDocs sets on each page as it renders it)."""
    (project / "break_hook.py").write_text("from mkdocs.structure.pages import Page\n\ndel Page.present_anchor_ids\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - break_hook.py\n", 1), encoding="utf-8")


@pytest.mark.parametrize("break_mkdocs, lacking", [(with_the_search_plugin, WITH_SEARCH), (without_a_page_attribute, WITHOUT_PAGE_ATTRIBUTE)])
def test_without_what_the_page_cache_needs_every_page_is_built_and_one_warning_says_why(serve, tmp_path: Path, break_mkdocs, lacking):
    project = copy_project(tmp_path / "project", SITE_TIMELINE.parent)
    break_mkdocs(project)
    server = serve(project)
    server.wait_for(EVENT, "Mark Rutte reinforced that Russia")
    server.edit(TITLE, "title: Rutte says Moscow gets no say")
    server.wait_for(EVENT, "Rutte says Moscow gets no say")
    warnings = [line for line in server.log().splitlines() if CACHE_OFF in line]
    assert len(warnings) == 1 and "WARNING" in warnings[0] and lacking in warnings[0], server.log()
    assert "unchanged ones kept" not in server.log()
    assert_served_site_is_a_full_build(server, tmp_path / "full")
