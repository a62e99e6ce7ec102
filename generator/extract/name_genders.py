"""Whether a word is a first name, and the gender it is taken for, from the
gender-guesser package (Jörg Michael's list of about 40,000 first names by
country, shipped in the package). The list's answer over all countries
counts, unless its answer for an English-speaking country says the other
gender ("Jan" is male over all, female in Britain; "Bernie" mostly female
over all, mostly male in the USA): news in English is read by English
usage. "male"/"female" are firm, "mostly_male"/"mostly_female" weak; "andy"
and "unknown" say nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# gender-guesser's answers, and the gender and firmness each stands for.
_ANSWERS = {
    "male": ("m", True),
    "female": ("f", True),
    "mostly_male": ("m", False),
    "mostly_female": ("f", False),
}
# Countries of the list whose usage may overrule its answer over all countries.
_ENGLISH_COUNTRIES = ("usa", "great_britain")


@dataclass(frozen=True)
class NameGender:
    """The gender a first name is taken for, and whether the list is firm about it."""

    gender: str
    firm: bool


def name_gender(first_name: str) -> NameGender | None:
    """The gender gender-guesser's list gives `first_name` ("Carly" → f, firm), if any."""
    detector = _detector()
    answer = _ANSWERS.get(detector.get_gender(first_name))
    local = {_ANSWERS[a][0] for c in _ENGLISH_COUNTRIES if (a := detector.get_gender(first_name, c)) in _ANSWERS}
    return NameGender(*answer) if answer and local <= {answer[0]} else None


@cache
def _detector():
    """The list, read once (about half a second) and only when a name needs it."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)
