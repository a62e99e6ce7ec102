"""A link checker for a built static site, on the stdlib HTML parser.

Every internal link (``href`` and ``src`` in the HTML pages, links in the
Atom feed, event ids in timeline.json) must reach a file of the site, and
every ``#fragment`` an element with that id on the target page. External
links (http(s) to other hosts, mailto:, javascript:) are not followed.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

BASE = "http://site.invalid/"  # the site's root, to resolve relative links against
_LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src", "source": "src"}


@dataclass
class Report:
    pages: int = 0
    links: int = 0  # internal links checked
    anchors: int = 0  # of which with a #fragment checked against the target's ids
    broken: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.pages} pages, {self.links} internal links, {self.anchors} anchors checked, {len(self.broken)} broken"


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        attribute = _LINK_ATTRIBUTES.get(tag)
        if attribute and values.get(attribute):
            self.links.append(values[attribute])


def check_site(root: Path) -> Report:
    report = Report()
    pages = {}
    for path in sorted(root.rglob("*.html")):
        parser = _Page()
        parser.feed(path.read_text(encoding="utf-8"))
        pages[path.relative_to(root).as_posix()] = parser
    report.pages = len(pages)
    ids = {name: page.ids for name, page in pages.items()}
    for name, page in pages.items():
        for link in page.links:
            _check(root, ids, name, link, report)
    feed = root / "feed.xml"
    if feed.exists():
        for link in etree.parse(feed).getroot().iter("{http://www.w3.org/2005/Atom}link"):
            _check(root, ids, "feed.xml", link.get("href"), report)
    timeline = root / "timeline.json"
    if timeline.exists():
        told = set().union(*ids.values())  # an event without a page: its line's anchor
        for event in json.loads(timeline.read_text(encoding="utf-8"))["events"]:
            if event["unique_id"] not in told:
                _check(root, ids, "index.html", f"events/{event['unique_id']}/", report)
    return report


def _check(root: Path, ids: dict[str, set[str]], page: str, link: str, report: Report) -> None:
    url = urlsplit(urljoin(BASE + page, link))
    if url.scheme not in ("http", "https") or f"{url.scheme}://{url.netloc}/" != BASE:
        return  # another site, mailto:, javascript:, data:
    report.links += 1
    target = _file(root, unquote(url.path[1:]))
    if target is None:
        report.broken.append(f"{page}: {link}: no such file")
        return
    if url.fragment and not url.fragment.startswith(":~:"):
        report.anchors += 1
        if unquote(url.fragment) not in ids.get(target, set()):
            report.broken.append(f"{page}: {link}: no element with id {url.fragment!r} in {target}")


def _file(root: Path, path: str) -> str | None:
    """The site file a URL path serves, as a path relative to the root."""
    candidates = [path] if path and not path.endswith("/") else []
    candidates.append(f"{path}index.html" if path.endswith("/") or not path else f"{path}/index.html")
    for candidate in candidates:
        if (root / candidate).is_file():
            return candidate
    return None
