"""Numbers written in words or digits ("twenty four", "a couple of", "12"),
and years spoken as words ("nineteen ninety-six", "two thousand and eight").
"""
from __future__ import annotations

import re

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Amounts that are not numbers: "a few days" is PXD, "a couple of weeks" P2W.
QUANTIFIERS = {
    "a": 1, "an": 1, "one": 1, "a couple of": 2, "couple of": 2, "a dozen": 12, "a few": None, "few": None,
    "several": None, "some": None, "many": None, "a number of": None,
}


def _words(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ONES, _TEENS, _TENS = _words(ONES), _words(TEENS), _words(TENS)
_UNDER_100 = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES})"
# "forty", "twenty four", "a hundred", "two thousand", "one hundred and fifty".
NUMBER_WORDS_RE = rf"(?:(?:a|{_UNDER_100})\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_UNDER_100})?|{_UNDER_100})"
# Digits ("12", "1,500", "2.5", "2 1/2") or words.
NUMBER_RE = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+|\s+1/2)?|{NUMBER_WORDS_RE})"
QUANTIFIER_RE = _words(q.replace(" ", r"\s+") for q in QUANTIFIERS)
# A count of units: a number or a vague quantifier.
AMOUNT_RE = rf"(?:{NUMBER_RE}|{QUANTIFIER_RE})"

# "nineteen ninety-six", "nineteen oh five", "two thousand (and) eight".
YEAR_WORDS_RE = (
    rf"(?:(?:{_TEENS})\s+(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|oh[\s-](?:{_ONES}))"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_UNDER_100}))?)"
)


def parse_number(text: str) -> int | float | None:
    """The value of a number in digits or words; None for a vague amount
    ("several") or text that is not a number."""
    text = " ".join(text.lower().replace("-", " ").split())
    if text in QUANTIFIERS:
        return QUANTIFIERS[text]
    if re.fullmatch(r"\d+(?:,\d{3})*", text):
        return int(text.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text)
    if re.fullmatch(r"\d+ 1/2", text):
        return int(text.split()[0]) + 0.5
    total, current = 0, 0
    for word in text.split():
        if word == "and":
            continue
        if word in ("a", "an"):
            current = 1
        elif word in ONES or word in TEENS or word in TENS:
            current += ONES.get(word) or TEENS.get(word) or TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        else:
            return None
    return total + current


def parse_year_words(text: str) -> int | None:
    """The year a spoken year names: 'nineteen ninety-six' → 1996."""
    words = " ".join(text.lower().replace("-", " ").split()).split()
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(w for w in words[2:] if w != "and")) if len(words) > 2 else 0
        return 2000 + rest if rest is not None and rest < 100 else None
    century = TEENS.get(words[0])
    if century is None:
        return None
    rest = [w for w in words[1:] if w != "oh"]
    tail = parse_number(" ".join(rest))
    return century * 100 + tail if tail is not None and tail < 100 else None
