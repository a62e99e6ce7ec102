"""The dateline that opens a wire story ("AMMAN, Nov. 14 (Xinhua) --"): never
part of a headline, and the place the story's "here" is."""
from __future__ import annotations

import re

# Outlets named in a dateline: "GAZA, Nov. 8 (Xinhua) --"; the place is the words before the first comma.
# A dateline without its outlet is a place in capitals (four letters or more before the dash) and a
# dash: "GULF OF MEXICO -- A BP-chartered vessel lowered …", "HOUSTON - Federal investigators …".
DATELINE = re.compile(r"^(?P<place>[^a-z]{2,}?)\s*(?:,[^()]{0,40})?(?:\((?:AFP|AP|Reuters|Xinhua|UPI|IRNA|KUNA|MENA|SANA|WAFA|dpa|Kyodo)\)"
                      r"\s*(?:-+|–|—)|(?<=[A-Z]{4})\s+(?:--?|–|—)(?=\s))\s*")


def dateline_place(text: str) -> str | None:
    """The place of the dateline ``text`` opens with, as a name is written
    ("MAR DEL PLATA, Argentina, Nov. 5 (Xinhua) --": "Mar Del Plata"), or None."""
    found = DATELINE.match(text)
    place = found["place"].split(",")[0].strip() if found else ""
    return " ".join(word.capitalize() for word in place.split()) if re.fullmatch(r"[A-Z][A-Z .'-]+", place) else None
