"""Extraction spread over processes, or over a Dask cluster's workers.

Workers are forked after the model is loaded, so each shares it instead of
loading its own; each extracts whole articles (parse and rules), a few per
task, and the results come back in corpus order. On a cluster
(``dask_cluster``) the same happens on other machines.
"""
from __future__ import annotations

import multiprocessing
from contextlib import contextmanager
from functools import partial
from typing import Callable, Iterable, Iterator, Sequence

from ..model import Article, Extraction
from . import nlp as nlp_loader
from .article import extract_articles

# ``map``, or a process pool's ``imap``: applies a function to every item, in order.
Mapper = Callable[[Callable, Iterable], Iterator]
ARTICLES_PER_TASK = 8


@contextmanager
def extractor(jobs: int = 1, cluster: str | None = None) -> Iterator[Callable[[Sequence[Article]], Iterator[Extraction | None]]]:
    """``extract_all`` with ``jobs`` processes or, given a cluster's address,
    ``dask_cluster.extract_on_cluster`` with a client of that cluster (None
    for an article that failed on every worker it ran on).

    Raises:
        ClusterError: the cluster cannot be reached.
    """
    if cluster is None:
        yield partial(extract_all, jobs=jobs)
        return
    from .dask_cluster import connect, extract_on_cluster  # imports Dask

    with connect(cluster) as client:
        yield partial(extract_on_cluster, client)


def extract_all(articles: Sequence[Article], jobs: int = 1) -> Iterator[Extraction]:
    """Every article's extraction, in order, using ``jobs`` processes."""
    if not articles:
        return
    nlp = nlp_loader.load()
    if jobs <= 1 or len(articles) <= ARTICLES_PER_TASK:
        yield from extract_articles(articles, nlp)
        return
    tasks = [articles[i:i + ARTICLES_PER_TASK] for i in range(0, len(articles), ARTICLES_PER_TASK)]
    with mapper(jobs) as map_:
        for extractions in map_(_extract_task, tasks):
            yield from extractions


@contextmanager
def mapper(jobs: int, chunksize: int = 1) -> Iterator[Mapper]:
    """``map``, or for more than one job the ordered ``imap`` of a pool of
    that many processes forked from this one, sending items ``chunksize`` at a time."""
    if jobs <= 1:
        yield map
        return
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield partial(pool.imap, chunksize=chunksize)


def _extract_task(articles: list[Article]) -> list[Extraction]:
    return list(extract_articles(articles, nlp_loader.load()))
