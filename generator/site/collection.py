"""Python's cycle collector, kept out of the rebuilds of ``mkdocs serve``.

A rebuild at 2,000 events makes millions of objects beside the millions the
server keeps (the last build's pages, the page cache), and the collector's
full passes, each walking all of them, took 1.2 s of 8 s of the timeline's
part of a save alone. While serving, collection waits during a rebuild
after the first, and runs once, ``DELAY_S`` after the rebuild, when the
edited page has been served; a save before then puts it off again.

What survives a collection is what the server keeps between saves (the
records, pages and evidence of the last build): it is frozen
(``gc.freeze``), so that the next collection walks only what later builds
made, not millions of kept objects again (at 2,000 events the first pass
takes 3 s on a loaded machine, a later one 0.2 s). The first build is
settled that way before the server answers, so that no long pass runs
while a save is being built. A kept object dropped later is still freed
when nothing refers to it; only one caught in a reference cycle would stay.
"""
from __future__ import annotations

import gc
import threading

DELAY_S = 1.0


class Collection:
    """Pauses the cycle collector for a rebuild and collects after it."""

    def __init__(self) -> None:
        self.timer: threading.Timer | None = None

    def pause(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        gc.disable()

    def settle(self) -> None:
        """Collect now, and keep what survives out of later collections."""
        gc.collect()
        gc.freeze()

    def resume(self) -> None:
        """Collect once, a while from now, and collect as usual again."""
        self.timer = threading.Timer(DELAY_S, _collect)
        self.timer.daemon = True
        self.timer.start()


def _collect() -> None:
    gc.collect()
    gc.freeze()
    gc.enable()
