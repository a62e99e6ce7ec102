"""Turn a pile of news articles into a published, annotated timeline."""
