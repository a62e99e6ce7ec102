"""The theme's navigation, rendered once for the pages it reads the same on
(generator/site/shared_html.py): on every page of the built seed site its
entries lead to the sections of mkdocs.yml, and only a page in the
navigation marks its own entry."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from conftest import ROOT

# Each section's address: x/index.md at x/, about.md at about/.
SECTIONS = {urljoin("http://x/", path.removesuffix("index") + ("/" if not path.endswith("index") else ""))
            for path in re.findall(r"^  - [^:]+: (\S+)\.md$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)}
NAV_LINK = re.compile(r'<a href="([^"#]*)"[^>]*class="md-(?:nav|tabs)__link[^"]*"')
ACTIVE = re.compile(r'class="md-tabs__item md-tabs__item--active"')


@pytest.mark.slow  # the site is built with a real mkdocs build first
@pytest.mark.parametrize("page, in_nav", [
    ("index.html", True),
    ("months/index.html", True),
    ("about/index.html", True),
    ("months/2025-09/index.html", False),
    ("events/*/index.html", False),
    ("people/*/index.html", False),
    ("sources/*/index.html", False),
    ("places/*/index.html", False),
    ("undated/index.html", False),
    ("key/*/index.html", False),
])
def test_every_page_s_navigation_leads_to_the_sections(built_site: Path, page: str, in_nav: bool):
    files = sorted(built_site.glob(page))
    assert files, page
    for file in files[:3]:
        html = file.read_text(encoding="utf-8")
        url = urljoin("http://x/", file.relative_to(built_site).parent.as_posix() + "/")
        targets = {urljoin(url, link) for link in NAV_LINK.findall(html)}
        assert targets == SECTIONS, (file, targets ^ SECTIONS)
        assert bool(ACTIVE.search(html)) == in_nav, file
