"""The records passed between the pipeline's stages, one module per stage
that makes them, and what their dates mean:

- ``article``: an ``Article`` and its ``Block``s (read);
- ``extraction``: ``Extraction`` and what it holds, ``Timex``, ``Quote``,
  ``EventMention``, ``PersonRef``; a parsed ``Paragraph``; an event mention
  with person ids, ``Sourced`` (extract, and combine's input);
- ``timeline``: what timeline.yml holds, ``Timeline`` with its ``Source``,
  ``Person`` and ``Event`` records (combine, store and render);
- ``dates``: TIMEX3 values (``2025-09``, ``2025-W36``): their intervals,
  order and wording.
"""
from .article import (
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    CREDIT,
    DUPLICATE,
    EXTRACTED_KINDS,
    LABEL,
    SUMMARY,
    TITLE,
    Article,
    Block,
)
from .extraction import (
    CLAUSE,
    FORECAST,
    HAPPENED,
    HYPOTHETICAL,
    NOUN,
    SCHEDULED,
    STATUSES,
    EventMention,
    Extraction,
    Paragraph,
    PersonRef,
    Quote,
    Sourced,
    Timex,
)
from .timeline import Event, Evidence, Person, QuoteEntry, Source, Timeline, timeline_order

__all__ = [
    "BODY", "BOILERPLATE", "BYLINE", "CAPTION", "CREDIT", "DUPLICATE", "EXTRACTED_KINDS", "LABEL", "SUMMARY", "TITLE",
    "Article", "Block", "EventMention", "Extraction", "Paragraph", "PersonRef", "Quote", "Sourced", "Timex",
    "CLAUSE", "NOUN", "HAPPENED", "SCHEDULED", "FORECAST", "HYPOTHETICAL", "STATUSES",
    "Event", "Evidence", "Person", "QuoteEntry", "Source", "Timeline", "timeline_order",
]
