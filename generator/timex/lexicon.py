"""Words that temporal expressions are made of, as regex pieces and lookups."""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
    "a hundred": 100, "several": None, "a few": None, "few": None, "many": None,
    "some": None, "a couple of": 2, "couple of": 2,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
UNITS = {
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
    "quarter": "Q", "quarters": "Q",
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
MODIFIERS = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "mid": "MID", "the middle of": "MID", "late": "END", "the end of": "END",
}
# Words before a weekday that make it part of a name, not a date.
WEEKDAY_NAME_PREFIXES = {"black", "good", "cyber", "bloody", "holy", "ash", "super"}


def alternation(words) -> str:
    """A regex alternation of words, longest first so prefixes do not win."""
    return "|".join(sorted((w.replace(".", r"\.").replace(" ", r"\s+") for w in words), key=len, reverse=True))


_MONTH_NAMES = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH_ABBREVIATIONS = [m for m in MONTHS if m not in _MONTH_NAMES]
# Full names, or abbreviations with an optional period ("Sept. 5"); a full name
# never takes the sentence's period with it.
MONTH_RE = r"(?:" + alternation(_MONTH_NAMES) + r"|(?:" + alternation(_MONTH_ABBREVIATIONS) + r")\.?)"
WEEKDAY_RE = r"(?:" + alternation(WEEKDAYS) + r")"
NUMBER_RE = r"(?:\d+|" + alternation(NUMBERS) + r")"
UNIT_RE = r"(?:" + alternation(UNITS) + r")"
SEASON_RE = r"(?:" + alternation(SEASONS) + r")"
MOD_RE = r"(?:" + alternation(MODIFIERS) + r")"
