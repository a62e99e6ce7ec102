"""The records passed between the pipeline's stages, one module per stage
that makes them, and what their dates mean:

- ``article``: an ``Article`` and its ``Block``s (read);
- ``extraction``: ``Extraction`` and what it holds, ``Timex``, ``Quote``,
  ``EventMention``, ``EntityRef``; a parsed ``Paragraph``; an event mention
  with entity ids, ``Sourced`` (extract, and combine's input);
- ``timeline``: what timeline.yml holds, ``Timeline`` with its ``Source``,
  ``Person``, ``Organisation`` and ``Event`` records (combine, store and render);
- ``rank``: what matters in a timeline, ``Importance`` (with its
  ``Reason``s), ``KeyDay``, ``Storyline`` and all of it together, ``Ranking``
  (rank, read by render and the ``key-events`` command);
- ``dates``: TIMEX3 values (``2025-09``, ``2025-W36``): their intervals,
  order and wording;
- ``edtf_values``: EDTF values (``2003/2006``, ``2003~``), a date that is
  more than a point, beside its TIMEX3 value: made, read, ordered, worded.
"""
from .article import (
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    COMMENTS,
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
    PUBLICATION,
    REPORTED,
    SCHEDULED,
    STATUSES,
    EntityRef,
    EventMention,
    Extraction,
    Paragraph,
    Quote,
    Sourced,
    Timex,
)
from .rank import Importance, KeyDay, Ranking, Reason, Storyline
from .timeline import REACTION, Entity, Event, Evidence, Organisation, Person, QuoteEntry, Source, Timeline, timeline_order

__all__ = [
    "BODY", "BOILERPLATE", "BYLINE", "CAPTION", "COMMENTS", "CREDIT", "DUPLICATE", "EXTRACTED_KINDS", "LABEL", "SUMMARY", "TITLE",
    "Article", "Block", "EntityRef", "EventMention", "Extraction", "Paragraph", "Quote", "Sourced", "Timex",
    "CLAUSE", "NOUN", "HAPPENED", "SCHEDULED", "FORECAST", "HYPOTHETICAL", "STATUSES", "PUBLICATION", "REPORTED",
    "Importance", "KeyDay", "Ranking", "Reason", "Storyline",
    "REACTION", "Entity", "Event", "Evidence", "Organisation", "Person", "QuoteEntry", "Source", "Timeline", "timeline_order",
]
