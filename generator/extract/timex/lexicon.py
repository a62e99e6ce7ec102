"""Words that temporal expressions are made of, as lookups and regex pieces."""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}
# TIMEX3 unit codes: P3D, P2W, P6M, P1Y, P1Q (a quarter), P10Y (a decade).
UNITS = {
    "second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "night": "D", "nights": "D", "week": "W", "weeks": "W",
    "fortnight": "2W", "fortnights": "2W", "month": "M", "months": "M", "quarter": "Q", "quarters": "Q",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI", "noon": "MI"}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
# Qualifiers of a point in time (TIMEX3 mod): "late August" is 2025-08, END.
MODIFIERS = {
    "early": "START", "the beginning of": "START", "the start of": "START", "the dawn of": "START",
    "mid": "MID", "the middle of": "MID", "the height of": "MID",
    "late": "END", "the end of": "END", "the close of": "END",
}
# Hedges on a point or a duration: "around 2014", "more than two years".
APPROXIMATIONS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "circa": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
}
# Nouns a number names a thing after, not a year: "Resolution 1636", "Flight 1701", "Route 1900".
NUMBER_LABELS = {
    "resolution", "resolutions", "article", "articles", "no", "nos", "number", "numbers", "flight", "route", "road",
    "highway", "room", "chapter", "paragraph", "section", "clause", "decree", "item", "page", "pages", "code", "gate",
    "platform", "hill", "km", "kilometre", "kilometres", "kilometer", "kilometers", "block", "unit", "plot", "bus", "train",
}
# Time zones written after a clock time: "8:45 am EDT", "11:00 AM ET", "21.48 BST".
TIME_ZONES = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET)"
# What after four digits makes them a clock time: "1700 GMT", "1430 hours".
CLOCK_AFTER_RE = r"\s*(?:GMT|UTC|hours?\b|hrs\b|h\b|local\s+time)"

# Words before a weekday that make it part of a name, not a date.
WEEKDAY_NAME_PREFIXES = {"black", "good", "cyber", "bloody", "holy", "ash", "super", "easter", "palm", "maundy"}


def alternation(words) -> str:
    """A regex alternation of words, longest first so prefixes do not win."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


def lookup(table: dict, text: str | None):
    """``table``'s entry for ``text``, ignoring case, spacing and hyphens."""
    if not text:
        return None
    return table.get(re.sub(r"[\s-]+", " ", text.lower()).strip().rstrip("."))


_MONTH_NAMES = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH_ABBREVIATIONS = [m for m in MONTHS if m not in _MONTH_NAMES]
# Full names, or abbreviations with an optional period ("Sept. 5"); a full name
# never takes the sentence's period with it.
MONTH_RE = r"(?:" + alternation(_MONTH_NAMES) + r"|(?:" + alternation(_MONTH_ABBREVIATIONS) + r")\.?)"
MONTH_NAMES_RE = r"(?:" + alternation(_MONTH_NAMES) + r")"
WEEKDAY_NAMES_RE = r"(?:" + alternation(w for w in WEEKDAYS if w.endswith("day")) + r")"
# Full names, or abbreviations only with their period ("Fri.").
WEEKDAY_RE = r"(?:" + WEEKDAY_NAMES_RE + r"|(?:" + alternation(w for w in WEEKDAYS if not w.endswith("day")) + r")\.)"
ORDINAL_RE = r"(?:" + alternation(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
UNIT_RE = r"(?:" + alternation(UNITS) + r")"
SEASON_RE = r"(?:" + alternation(SEASONS) + r")"
PART_OF_DAY_RE = r"(?:" + alternation(PARTS_OF_DAY) + r")"
DECADE_WORD_RE = r"(?:" + alternation(DECADE_WORDS) + r")"
MOD_RE = r"(?:" + alternation(MODIFIERS) + r")"
APPROX_RE = r"(?:" + alternation(APPROXIMATIONS) + r")"
