"""Stage 4, store: everything about ``timeline.yml``, the human-editable
record: read it (fast, entry by entry, or whole), validate it with line
numbers, reconcile the generator's output with people's edits, and write it
back keeping their comments and formatting."""
