"""The timeline as files for reuse, linked from the home page: TimelineJS3
JSON (also what the home page's visual timeline draws), iCalendar, Atom.

Paths are relative to the docs folder (the site's root).
"""
from __future__ import annotations

TIMELINEJS_PATH = "timeline.json"
ICAL_PATH = "timeline.ics"
ATOM_PATH = "feed.xml"
EXPORT_PATHS = (TIMELINEJS_PATH, ICAL_PATH, ATOM_PATH)
