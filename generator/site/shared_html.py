"""The theme's navigation (the sidebar's and the tabs' HTML), and its
styles, scripts and settings, rendered once for all the pages they read the
same on, not once per page.

mkdocs-material renders the whole navigation into every page: at 5,000
events a tenth of the build. On a page outside the navigation (every
generated page: mkdocs.yml's ``not_in_nav``) no entry is active, so its
navigation differs from another's only by the addresses relative to the
page: its entries', and the theme's files (the logo; the styles, scripts
and settings hold only these): the same for pages of one top folder at one
depth. Pages alike in both share one rendering. A page in the navigation
is rendered as the theme does.
``overrides/main.html`` asks ``key`` and keeps the HTML here.
"""
from __future__ import annotations

from markupsafe import Markup
from mkdocs.utils import get_relative_url

GLOBAL = "shared_html"  # the name overrides/main.html knows this by


class SharedHtml:
    """The HTML by part (``nav``, ``tabs``, ``styles``, ``config``, ``scripts``) and relative addresses."""

    def __init__(self) -> None:
        self.kept: dict[tuple, Markup] = {}
        self.targets: tuple[str, ...] = ()  # the addresses of the navigation's entries
        self.in_nav: frozenset[str] = frozenset()  # the pages in the navigation, by source file

    def start(self, nav) -> None:
        """A new build's navigation: nothing kept from the last one."""
        self.kept = {}
        self.targets = tuple(item.url for item in _entries(nav.items) if getattr(item, "url", None) is not None)
        self.in_nav = frozenset(page.file.src_uri for page in nav.pages)

    def use_in(self, env):
        """Have ``env`` (a build's Jinja environment) know this by ``GLOBAL``."""
        env.globals[GLOBAL] = self
        return env

    def key(self, part: str, page) -> tuple | None:
        """What ``part`` of the theme's HTML depends on for ``page``; None where
        it is to be rendered for the page alone (a page in the navigation,
        or no page)."""
        if page is None or getattr(page, "file", None) is None or page.file.src_uri in self.in_nav:
            return None
        return (part, page.url.split("/", 1)[0], page.url.count("/"), *(get_relative_url(url, page.url) for url in self.targets))

    def has(self, key: tuple) -> bool:
        return key in self.kept

    def keep(self, key: tuple, html: str) -> Markup:
        self.kept[key] = Markup(html)
        return self.kept[key]

    def get(self, key: tuple) -> Markup:
        return self.kept[key]


def _entries(items):
    """Every entry of the navigation, sections' children included."""
    for item in items:
        yield item
        yield from _entries(getattr(item, "children", None) or ())
