"""Every internal link and anchor of the built site resolves."""
from __future__ import annotations

from pathlib import Path

import pytest
from link_checker import check_site
from site_fixtures import OUTPUT, record


@pytest.mark.parametrize("link, broken", [
    ("b/", False),
    ("b/index.html#here", False),
    ("../a.html", False),  # above the root resolves to the root
    ("/b/#here", False),
    ("https://example.org/missing", False),  # external: not followed
    ("mailto:someone@example.org", False),
    ("javascript:void(0)", False),
    ("b/#:~:text=here", False),  # a text fragment, not an anchor
    ("c/", True),
    ("b/#elsewhere", True),
    ("b/missing.css", True),
])
def test_link_checker_reports_missing_files_and_anchors(tmp_path: Path, link: str, broken: bool):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "index.html").write_text('<p id="here">here</p>', encoding="utf-8")
    (tmp_path / "a.html").write_text(f'<a href="{link}">x</a>', encoding="utf-8")
    report = check_site(tmp_path)
    assert bool(report.broken) == broken, report.broken


@pytest.mark.slow  # the site is built with a real mkdocs build first
def test_built_site_has_no_broken_internal_link_or_anchor(built_site: Path):
    report = check_site(built_site)
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "linkcheck.txt").write_text(report.summary() + "\n" + "".join(f"{b}\n" for b in report.broken), encoding="utf-8")
    record(f"link checker: {report.summary()}")
    assert report.broken == []
    assert report.pages >= 25 and report.links > 500 and report.anchors > 100
