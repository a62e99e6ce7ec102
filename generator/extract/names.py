"""Name keys, and whether two full names can be one person's.

A name key is equal for spellings of one name ("Zelensky", "Zelenskiy").

A full name is given names, a surname and perhaps a generational suffix
("Robert F. Kennedy Jr."), which is no surname: "Robert J. Papp Jr." is not
of the Kennedys. Two full names are one person's only if their surnames and
first given names agree and, where both write middle names, these agree too,
one by one, an initial agreeing with the word it begins ("George W. Bush",
"George Walker Bush"; not "George H. W. Bush"); middle names one of them
leaves out say nothing ("Hillary Rodham Clinton", "Hillary Clinton"); a
suffix says another person than the name without it or with another suffix
("Prince Michael Jackson II" is Michael Jackson's son). Names are compared by their
keys (``name_key``), so spellings fold together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

# Transliteration variants folded together when names are compared.
_FOLDS = ((r"yy\b", "y"), (r"iy\b", "y"), (r"ij\b", "y"), (r"ii\b", "y"), (r"i\b", "y"), (r"kh", "h"), (r"ck", "k"), (r"ph", "f"), (r"w", "v"))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A key equal for spellings of one name: 'Zelenskyy' and 'Zelensky' match."""
    text = unidecode(name).lower()
    text = re.sub(r"[^a-z\s]", "", text)
    for pattern, replacement in _FOLDS:
        text = re.sub(pattern, replacement, text)
    return " ".join(text.split())


# A letter written twice, which spellings of one given name differ by.
_DOUBLED = re.compile(r"(\w)\1")
# Generational suffixes, as keys ("II" folds to "y").
SUFFIXES = frozenset(name_key(s) for s in ("Jr", "Jnr", "Sr", "Snr", "II", "III", "IV"))


@dataclass(frozen=True)
class FullName:
    """A name key in parts: given names, surname, suffix ("" for none)."""

    given: tuple[str, ...]
    surname: str
    suffix: str = ""

    @property
    def first(self) -> str:
        return self.given[0] if self.given else ""


def parts(key: str) -> FullName:
    """A name key's parts: "robert f kennedy jr" → (robert, f), kennedy, jr."""
    words = key.split()
    suffix = words.pop() if len(words) > 2 and words[-1] in SUFFIXES else ""
    return FullName(tuple(words[:-1]), words[-1] if words else "", suffix)


def one_person(a: str, b: str) -> bool:
    """Whether name keys ``a`` and ``b`` of two words or more can be one person's."""
    x, y = parts(a), parts(b)
    if x.surname != y.surname or not _agree(x.first, y.first) or x.suffix != y.suffix:
        return False
    middle, other = x.given[1:], y.given[1:]
    return not middle or not other or (len(middle) == len(other) and all(map(_agree, middle, other)))


def _agree(a: str, b: str) -> bool:
    """Two given names agree: equal but for a doubled letter ("Baset",
    "Basset"), or one the other's initial."""
    short, long = sorted((a, b), key=len)
    return _DOUBLED.sub(r"\1", a) == _DOUBLED.sub(r"\1", b) or (len(short) == 1 and long.startswith(short))

