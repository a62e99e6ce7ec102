"""The PolNeAR benchmark's Doc cache (benchmarks/doc_cache.py): Docs read back
are the ones the pipeline makes, and nothing is parsed twice."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from doc_cache import CachedPipeline  # noqa: E402

TEXTS = ["Hillary Clinton said on Tuesday that “we will win.”", "The campaign said it raised $15 million."]
ATTRIBUTES = ("text", "whitespace_", "tag_", "pos_", "morph", "lemma_", "dep_", "ent_type_", "ent_iob_", "is_sent_start")


def _annotations(doc):
    return [tuple(str(getattr(t, a)) for a in ATTRIBUTES) + (str(t.head.i),) for t in doc]


def test_cached_docs_are_the_pipelines_own(nlp, tmp_path):
    first = CachedPipeline(nlp, tmp_path)
    parsed = [doc for doc, n in first.pipe(((t, n) for n, t in enumerate(TEXTS)), as_tuples=True)]
    again = CachedPipeline(nlp, tmp_path)
    read = list(again.pipe(TEXTS + TEXTS[:1]))
    assert (first.parsed, again.parsed) == (2, 0)
    assert [_annotations(d) for d in read] == [_annotations(d) for d in parsed + parsed[:1]] == [_annotations(nlp(t)) for t in TEXTS + TEXTS[:1]]
    assert [[(e.text, e.label_) for e in d.ents] for d in read[:2]] == [[(e.text, e.label_) for e in nlp(t).ents] for t in TEXTS]
