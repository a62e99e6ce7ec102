"""Pages kept from one rendering to the next (the preview's saves): a page is
made again only when what it reads differs from what it read last time.

A page's inputs are a tuple of the records and values it reads, gathered
by a function beside the page's own (``event_inputs`` beside ``event_page``);
they are compared with ``==``, which is quick where records are the same
objects as last time (``site/records.py`` keeps them so).
"""
from __future__ import annotations

from typing import Callable


class PageMemo:
    """Each page's text by path, with the inputs it was made from."""

    def __init__(self) -> None:
        self.last: dict[str, tuple[tuple, str]] = {}
        self.now: dict[str, tuple[tuple, str]] = {}
        self.made = 0

    def start(self) -> None:
        """Begin a rendering."""
        self.now, self.made = {}, 0

    def page(self, path: str, inputs: Callable[[], tuple], make: Callable[[], str]) -> str:
        """The page at ``path``: last time's text when its ``inputs()`` are
        equal to last time's, else ``make()``."""
        found, kept = inputs(), self.last.get(path)
        if kept is not None and kept[0] == found:
            text = kept[1]
        else:
            text = make()
            self.made += 1
        self.now[path] = (found, text)
        return text

    def finish(self) -> int:
        """End a rendering: keep its pages (only those) for the next;
        returns how many were made."""
        self.last, self.now = self.now, {}
        return self.made


def no_memo(path: str, inputs: Callable[[], tuple], make: Callable[[], str]) -> str:
    """``PageMemo.page`` for a single rendering: every page made."""
    return make()
