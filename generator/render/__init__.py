"""Stage 5, render: a ``Timeline`` → the site's generated files as
``{path: text}`` (Markdown pages and exports), and the one module that
writes them into the docs folder."""
