"""Stage 1, read: corpus files → ``Article`` records (front matter, what the
text states, and which blocks are story text)."""
