"""Stage 2, extract: one ``Article`` → one ``Extraction`` (dates, people,
quotes, events), with spaCy; cached per article and spread over processes.

Nothing here imports spaCy at import time: whoever loads the model does.
"""
