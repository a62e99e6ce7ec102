"""Turn a pile of news articles into a published, annotated timeline.

``pipeline.py`` is the recipe; the folders are its stages, in order: read/,
extract/, combine/, store/ (timeline.yml), render/; model/ holds the records
passed between them (ARCHITECTURE.md at the project's root draws the flow).
"""
