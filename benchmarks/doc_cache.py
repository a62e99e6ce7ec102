"""Parsed spaCy Docs kept on disk, so that a benchmark re-scored after a rule
change does not parse its articles again.

``CachedPipeline`` stands in for a loaded pipeline where the extractor calls
``nlp.pipe``: each text is looked up, whole, among the Docs stored for this
model (a folder per model name and version and spaCy version, so no Doc is
read back by another model); the texts not there are parsed by the pipeline
in one stream, as it would parse them, and stored as a new DocBin shard.
DocBin keeps every annotation the extractor reads (words and spaces, tags,
parts of speech, morphology, lemmas, dependencies, sentence starts,
entities); it drops the tensors, which the extractor does not read.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable, Iterator


class CachedPipeline:
    """A spaCy pipeline whose ``pipe`` reads Docs from ``folder`` first."""

    def __init__(self, nlp, folder: Path):
        import spacy

        self.nlp = nlp
        self.meta = nlp.meta
        self.vocab = nlp.vocab
        self.folder = folder / f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}-spacy-{spacy.__version__}"
        self.docs = {}
        for shard in sorted(self.folder.glob("*.spacy")):
            self.docs.update((doc.text, doc) for doc in _read(shard, nlp.vocab))
        self.parsed = 0  # texts this object had to parse

    def pipe(self, texts: Iterable, as_tuples: bool = False, batch_size: int = 64, **kwargs) -> Iterator:
        """``Language.pipe`` for the stored texts and the new ones alike, in order."""
        items = list(texts)
        strings = [item[0] for item in items] if as_tuples else items
        missing = list(dict.fromkeys(s for s in strings if s not in self.docs))
        if missing:
            new = list(self.nlp.pipe(missing, batch_size=batch_size, **kwargs))
            self._store(new)
            self.docs.update(zip(missing, new))
            self.parsed += len(missing)
        for item, text in zip(items, strings):
            yield (self.docs[text], item[1]) if as_tuples else self.docs[text]

    def _store(self, docs: list) -> None:
        from spacy.tokens import DocBin

        self.folder.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256("\0".join(d.text for d in docs).encode("utf-8")).hexdigest()[:16]
        DocBin(docs=docs).to_disk(self.folder / f"{name}.spacy")


def _read(shard: Path, vocab) -> list:
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(shard).get_docs(vocab))
