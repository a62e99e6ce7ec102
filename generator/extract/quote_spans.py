"""Find quotations by their marks, paragraph by paragraph.

Handles curly and straight double quotes, single curly quotes used as
quotation marks (‘legitimate targets’, told apart from apostrophes), nested
quotes (kept inside the outer one, double in double too), double marks
typed the wrong way round (told by what stands around them) and quotes
that run over paragraphs (no
closing mark at a paragraph's end, a new opening mark on the next). A mark
left unbalanced is reported for its paragraph; the paragraph's other quotes
are kept.
"""
from __future__ import annotations

from dataclasses import dataclass

_OPEN_CLOSE = {"“": "”", "„": "“", "«": "»", "‘": "’"}
_STRAIGHT = '"'
_DOUBLES = "“”„\""
_DOUBLE_OPENING = "“„"
_SPACE_LIKE_BEFORE = "([{—–/"
_PUNCT_AFTER = ".,;:!?)]}"
_OPENS_AFTER = set(" \t\n([{—–-/:;,")


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted text: one span per paragraph it runs over (offsets inside the marks)."""

    parts: tuple[tuple[int, int], ...]
    mark: str  # the opening mark

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENS_AFTER or not before.isalnum()) and not after.isspace()


def _single_closes(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _double_opens(text: str, i: int, inside: bool) -> bool:
    """Whether the double mark at ``i`` opens a quote: by what stands around it
    first, since an opening mark is sometimes typed where the closing one
    belongs (“Hello,“ he said); by its glyph, or by whether a quote is open, on a tie."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not text[i + 1:].strip():
        return False  # nothing follows: it closes (“They see that. “)
    if not text[:i].strip():
        return True  # nothing before it in its paragraph: it opens (” … the Cruz train has already left the station,” wrote Time)
    space_before = before.isspace() or before in _SPACE_LIKE_BEFORE
    space_after = after.isspace() or (after in _PUNCT_AFTER and text[i] not in _DOUBLE_OPENING)
    if space_before != space_after:
        return space_before
    if text[i] in _DOUBLE_OPENING:
        return True
    return text[i] == _STRAIGHT and not inside and not before.isalnum()


def scan_paragraph(text: str, apostrophes: frozenset[int] = frozenset()) -> tuple[list[tuple[int, int, str]], tuple[int, str] | None, list[str]]:
    """Quotes closed within one paragraph, and the one left open at its end.

    Double marks nest ("He said "no" today" keeps "no" inside); a single
    quotation mark left open inside a double quote closes with it, and one
    left open outside any was an apostrophe ("how ‘bout"): the paragraph is
    read again without it (``apostrophes``: the positions so far). A double
    opening mark typed twice (““) counts once.
    Returns (closed quotes as (start, end, mark), (start, mark) of an unclosed
    quote or None, problems).
    """
    closed: list[tuple[int, int, str]] = []
    problems: list[str] = []
    stack: list[tuple[int, str]] = []  # (content start, opening mark)
    for i, ch in enumerate(text):
        if i in apostrophes:
            continue
        if ch in _DOUBLE_OPENING and stack and stack[-1] == (i, ch):
            stack[-1] = (i + 1, ch)
        elif ch in _DOUBLES:
            inside = any(mark in _DOUBLES for _, mark in stack)
            if _double_opens(text, i, inside):
                stack.append((i + 1, ch))
            elif inside:
                while stack[-1][1] not in _DOUBLES:
                    stack.pop()
                start, mark = stack.pop()
                if not stack:
                    closed.append((start, i, mark))
            else:
                problems.append(f"closing mark {ch!r} at character {i} has no opening mark")
        elif stack and stack[-1][1] == "‘" and ch == "’" and _single_closes(text, i):
            start, mark = stack.pop()
            if not stack:
                closed.append((start, i, mark))
        elif stack and stack[-1][1] == "«" and ch == "»":
            start, mark = stack.pop()
            if not stack:
                closed.append((start, i, mark))
        elif ch == "«" or (ch == "‘" and _opens(text, i)):
            stack.append((i + 1, ch))
        elif ch == "»":
            problems.append(f"closing mark {ch!r} at character {i} has no opening mark")
    if stack and stack[0][1] == "‘":
        return scan_paragraph(text, apostrophes | {stack[0][0] - 1})
    if len(stack) > 1:
        problems.append(f"{len(stack)} quotation marks left open")
    return closed, (stack[0] if stack else None), problems


def find_quotes(paragraphs: list[tuple[int, str]]) -> tuple[list[QuoteSpan], list[str]]:
    """Quotes in a sequence of (offset, text) paragraphs.

    A quote left open at a paragraph's end continues into the next paragraph
    when that one starts with an opening mark; otherwise it runs to its
    paragraph's end, reported (a closing mark forgotten, or the text cut).
    """
    quotes: list[QuoteSpan] = []
    problems: list[str] = []
    carried: list[tuple[int, int]] | None = None
    carried_mark = ""
    for index, (offset, text) in enumerate(paragraphs):
        closed, open_quote, trouble = scan_paragraph(text)
        problems.extend(f"paragraph at character {offset}: {p}" for p in trouble)
        if carried is not None:
            if closed and closed[0][0] == _first_mark_end(text):
                start, end, _ = closed.pop(0)
                quotes.append(QuoteSpan(tuple(carried) + ((offset + start, offset + end),), carried_mark))
                carried = None
            elif open_quote and open_quote[0] == _first_mark_end(text) and not closed:
                carried.append((offset + open_quote[0], offset + len(text.rstrip())))
                continue
            else:
                problems.append(f"paragraph at character {carried[0][0]}: quotation never closed; skipped")
                carried = None
        quotes.extend(QuoteSpan(((offset + s, offset + e),), mark) for s, e, mark in closed)
        if open_quote is not None:
            next_text = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else ""
            if next_text[:1] in _OPEN_CLOSE or next_text[:1] == _STRAIGHT:
                carried = [(offset + open_quote[0], offset + len(text.rstrip()))]
                carried_mark = open_quote[1]
            else:
                quotes.append(QuoteSpan(((offset + open_quote[0], offset + len(text.rstrip())),), open_quote[1]))
                problems.append(f"paragraph at character {offset}: quotation mark {open_quote[1]!r} is never closed; taken to the paragraph's end")
    if carried is not None:
        problems.append(f"paragraph at character {carried[0][0]}: quotation never closed; skipped")
    quotes.sort(key=lambda q: q.start)
    return quotes, problems


def _first_mark_end(text: str) -> int:
    """Where the content of a quote opened by the paragraph's first character starts."""
    return 1 if text[:1] in _OPEN_CLOSE or text[:1] == _STRAIGHT else -1
