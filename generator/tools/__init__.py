"""Around the pipeline, calling into it: ``inspect`` (what the extractor
finds in a file) and the extraction daemon."""
