"""Evidence an editor gives by its words: an event's ``sources`` item with a
``text`` quoted from the article and no ``span``. The span is found in the
article's body whenever the file is read (it is not written back), the text
matched word for word, whatever the spaces and line breaks between words."""
from __future__ import annotations

import re
from typing import Callable


def find_span(body: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` first stands in ``body``, or None."""
    words = text.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), body)
    return (found.start(), found.end()) if found else None


def with_found_spans(data: dict, source_text: Callable[[str], str | None] | None) -> dict:
    """``data`` with a span for every evidence given by its text alone whose
    text is found in its source (``source_text`` gives a corpus file's
    body); evidence whose text is not found is left out (validation says so)."""
    files = {s["id"]: s["file"] for s in data.get("sources") or []}
    events = []
    for event in data.get("events") or []:
        evidence = event.get("sources") or []
        if all("span" in x for x in evidence):
            events.append(event)
            continue
        found = []
        for item in evidence:
            body = source_text(files[item["source"]]) if "span" not in item and source_text and item["source"] in files else None
            span = item.get("span") or (find_span(body, item["text"]) if body is not None else None)
            if span is not None:
                found.append({**item, "span": list(span)})
        events.append({**event, "sources": found})
    return {**data, "events": events}
