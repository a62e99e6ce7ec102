"""The page ``mkdocs serve`` shows in place of the site while timeline.yml
has problems, at every address the site had, so whichever page an editor has
open reloads into it and back into the site on the next good save."""
from __future__ import annotations

from .. import markup as mk

# A page of its own (overrides/): small and fast to render thousands of
# times, and never mistaken for the site.
TEMPLATE = "timeline-problems.html"
TITLE = "timeline.yml has problems"


def problems_page(message: str) -> str:
    """Markdown for the page; ``message`` (one problem a line, with user
    text in it) is shown as escaped text."""
    return "\n".join([
        "---", f"title: {TITLE}", f"template: {TEMPLATE}", "search:", "  exclude: true", "---", "",
        f"# {TITLE}", "",
        "The site comes back as soon as they are fixed: save the file and this page reloads by itself.", "",
        f'<pre class="timeline-problems">{mk.html_text(message)}</pre>', "",
    ])
