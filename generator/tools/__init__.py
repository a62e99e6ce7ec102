"""Around the pipeline: ``inspect`` (what the extractor finds in a file), the
extraction daemon, and the progress bar."""
