"""The MkDocs side: the hook that renders the pages in memory on every build,
and the page cache that keeps unchanged pages between `mkdocs serve` builds."""
