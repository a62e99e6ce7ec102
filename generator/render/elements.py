"""What pages and exports show alike: headings with their front matter, dates
at their precision (as text and as ``<time>``), the key quote of an event,
a quote as a figure. Text from outside goes through ``markup``.
"""
from __future__ import annotations

from ..model import Event, QuoteEntry, dates, edtf_values
from . import markup as mk

# How a date was found, as a reader is told it.
DATE_BASIS = {
    "publication": "date of the report: the text gives none",
    "reported": "the day of the first report",
    "anchor": "relative to another date in the text",
    "editor": "set by an editor",
}


def date_label(event: Event) -> str:
    """An event's date at its precision (a range or an approximation where
    its EDTF value says so), for a reader."""
    label = edtf_values.display(event.date, event.edtf)
    if event.date_basis == "reported":
        return f"reported on {label} (date not stated)"
    return f"reported {label}" if event.date_basis == "publication" else label


def precision(value: str | None, edtf_value: str | None = None) -> str:
    """'day', 'month' …, or what an EDTF value adds: 'range', 'approximate'."""
    span = edtf_values.span(edtf_value)
    if span is not None:
        return "range" if "/" in edtf_value else "approximate"
    point = dates.parse_point(value)
    return point.precision if point else "unknown"


def time_element(event: Event) -> str:
    """The date as a ``<time>`` element (machine-readable where it is a
    point; an EDTF value, where there is one, in ``data-edtf``)."""
    point = dates.parse_point(event.date)
    label = mk.html_text(date_label(event))
    if point is None:
        return f'<span class="event-date">{label}</span>'
    extra = f' data-edtf="{mk.attr(event.edtf)}"' if edtf_values.span(event.edtf) else ""
    return f'<time class="event-date" datetime="{mk.attr(_datetime(point))}"{extra}>{label}</time>'


def _datetime(point: dates.Point) -> str:
    """A ``datetime`` attribute value at the point's precision."""
    if point.precision in (dates.DAY, dates.TIME):
        return point.first.isoformat()
    if point.precision == dates.WEEK:
        return dates.week(point.first)
    if point.precision == dates.MONTH:
        return dates.month(point.first)
    return str(point.first.year)


def key_quote(event: Event) -> QuoteEntry | None:
    """The quote to show for an event: the longest full quote, else the first."""
    full = [q for q in event.quotes if q.kind == "full"]
    if full:
        return max(full, key=lambda q: (len(q.variants), len(q.text)))
    return event.quotes[0] if event.quotes else None


def quote_figure(words: str, caption: str, css: str = "quote") -> list[str]:
    """A quotation and who said it where, as a ``<figure>`` (consecutive
    Markdown blockquotes would merge into one). ``words`` and ``caption``
    are inline Markdown, already escaped."""
    return [f'<figure class="{css}" markdown>', "", f"> “{words}”", "",
            f"<figcaption markdown>{caption}</figcaption>", "", "</figure>", ""]


def plural(count: int, word: str) -> str:
    """"1 source", "1,640 events"."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def shorten(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def heading(title: str, description: str = "", article: bool = False, searched: bool = False) -> list[str]:
    """A page's front matter and first heading.

    MkDocs and the theme put front matter values into the page unescaped
    (``<title>``, ``<meta name="description">``), so they are given already
    escaped. The navigation sidebar is hidden: the tabs list the sections,
    and the content gets the width. An ``article`` (an event) is one for
    link previews (``og:type``); a page ``searched`` is in the search index
    (listings are not: they repeat what the pages they list say).
    """
    lines = ["---", f"title: {mk.front_matter(title)}", "hide: [navigation]"]
    if description:
        lines.append(f"description: {mk.front_matter(shorten(description, 40))}")
    if article:
        lines.append("og_type: article")
    if searched:
        lines.append("searched: true")
    return lines + ["---", "", f"# {mk.text(title)}", ""]
