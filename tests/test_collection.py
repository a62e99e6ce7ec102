"""Python's cycle collector waits during a rebuild of ``mkdocs serve`` and
collects once after it (generator/site/collection.py)."""
from __future__ import annotations

import gc
import time
import weakref

from generator.site.collection import DELAY_S, Collection


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_garbage_of_a_rebuild_is_collected_after_it():
    collection = Collection()
    try:
        collection.pause()
        assert not gc.isenabled()
        cycle = weakref.ref(Node())
        made = [[n] for n in range(100_000)]  # enough new objects to set off every generation's pass
        assert cycle() is not None and made
        collection.resume()
        collection.pause()  # a save before the collection puts it off
        assert not gc.isenabled()
        collection.resume()
        deadline = time.monotonic() + DELAY_S + 10
        while not gc.isenabled() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert cycle() is None and gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_what_survives_a_collection_is_frozen_and_later_garbage_still_collected():
    """The kept objects are left out of later passes (gc.freeze); what a
    later build makes and drops is still collected."""
    try:
        before = weakref.ref(Node())
        Collection().settle()
        assert before() is None and gc.get_freeze_count() > 0
        frozen = gc.get_freeze_count()
        later = weakref.ref(Node())
        gc.collect()
        assert later() is None and gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
