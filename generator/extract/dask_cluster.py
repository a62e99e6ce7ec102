"""Extraction on a Dask cluster (``extract --cluster ADDRESS``).

The client sends articles as their text (``Article`` records: no paths, so
workers need no shared disk), a few per task; each worker loads the spaCy
model once (``ModelPlugin``; ``local:N``'s workers find it loaded, forked
from a fork server that has loaded it) and runs the same
``extract_articles`` as a local run. At most ``WINDOW_PER_THREAD`` tasks per worker thread are in
flight, so the client holds a window of the corpus, not all of it, and the
results are taken in corpus order. A worker that dies costs the tasks it
held: the scheduler gives them to another worker. A task that fails even so
(it killed every worker it ran on) is tried again an article per task, and
an article that fails alone is reported and skipped (``None``).
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
from collections import deque
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

import dask
from distributed import Client, LocalCluster, WorkerPlugin

from ..model import Article, Extraction
from . import nlp as nlp_loader
from .article import extract_articles
from .cache import extractor_version
from .parallel import ARTICLES_PER_TASK

WINDOW_PER_THREAD = 4
# A worker's housekeeping that takes the interpreter lock from the extracting
# thread: the statistical profiler (every 10 ms), its cycle, and the event
# loop's health check (every 20 ms): 3.3 CPU s of 24.5 over 200 articles
# (16%, measured in the worker processes); extraction needs none of them.
QUIETED_CALLBACKS = ("profile", "profile-cycle", "tick")
# Seconds to reach the scheduler: a wrong address fails fast.
CONNECT_TIMEOUT = 5
LOCAL_PREFIX = "local:"
# Local workers are forked from a fork server, a new interpreter (not a fork
# of this process, which runs Dask's threads) that has imported these first:
# Dask, the extractor and the loaded model, so no worker loads them itself.
FORK_SERVER_PRELOAD = ["generator.extract.forkserver_preload"]
LOCAL_WORKERS = {"distributed.worker.multiprocessing-method": "forkserver"}
# Of Dask's environment for worker processes, what the fork server does not
# take: a fixed trim threshold also fixes glibc's mmap threshold, so every
# block over 128 KB the parser allocates is mapped and unmapped again (60
# articles in one process: 26 times the page faults, 0.7-0.8 s of system CPU
# on 5 s of user CPU, against none).
NOT_FOR_WORKERS = frozenset({"MALLOC_TRIM_THRESHOLD_"})


class ClusterError(RuntimeError):
    """The cluster cannot be used (unreachable, or its workers run other code)."""


class ModelPlugin(WorkerPlugin):
    """Loads the model in each worker process when it joins, once, notes
    the extractor version the worker runs, and stops the worker's
    ``QUIETED_CALLBACKS``."""

    name = "generator-spacy-model"
    idempotent = True

    def setup(self, worker) -> None:
        nlp_loader.load()
        worker_version()
        for name in QUIETED_CALLBACKS:  # taken out, so that a worker still starting does not start them
            callback = worker.periodic_callbacks.pop(name, None)
            if callback is not None:
                callback.stop()


@lru_cache(maxsize=1)
def worker_version() -> str:
    """The extractor version of this process (computed once per worker)."""
    return extractor_version()


def extract_task(articles: list[Article]) -> tuple[str, list[Extraction]]:
    """Run on a worker: the articles' extractions, with the worker's extractor version."""
    return worker_version(), list(extract_articles(articles, nlp_loader.load()))


@contextmanager
def connect(address: str) -> Iterator:
    """A ``distributed.Client`` of the cluster at ``address`` (``tcp://host:port``,
    a scheduler file, or ``local:N`` for a local cluster of N worker processes),
    with the model plugin registered.

    Raises:
        ClusterError: the scheduler cannot be reached.
    """
    local = None
    with dask.config.set(LOCAL_WORKERS):  # read by a local cluster's nannies, also when one starts a worker again
        try:
            if address.startswith(LOCAL_PREFIX):
                local = _local_cluster(_workers(address))
                client = Client(local, timeout=CONNECT_TIMEOUT)
            elif Path(address).is_file():
                client = Client(scheduler_file=address, timeout=CONNECT_TIMEOUT)
            else:
                client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            if local is not None:
                local.close()
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {_reason(error)}") from None
        try:
            client.register_plugin(ModelPlugin())
            yield client
        finally:
            client.close()
            if local is not None:
                local.close()


def _local_cluster(workers: int) -> LocalCluster:
    """A cluster of ``workers`` processes on this machine, forked from the
    fork server (``start_fork_server``), which loads the model while the
    scheduler starts."""
    start_fork_server()
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


def start_fork_server() -> None:
    """Start this process's fork server, if it is not running, with
    ``FORK_SERVER_PRELOAD`` and Dask's environment for worker processes but
    ``NOT_FOR_WORKERS`` (one BLAS thread: set before numpy loads, as Dask
    sets it before it spawns a worker). Started here, before the cluster:
    started by Dask for its first worker, it would preload Dask's packages only."""
    for name, value in dask.config.get("distributed.nanny.pre-spawn-environ").items():
        if name not in NOT_FOR_WORKERS and value is not None:  # None: unset in Dask's configuration
            os.environ.setdefault(name, str(value))  # one set already wins, as it does in Dask
    multiprocessing.get_context("forkserver").set_forkserver_preload(FORK_SERVER_PRELOAD)
    multiprocessing.forkserver.ensure_running()


def _workers(address: str) -> int:
    count = address.removeprefix(LOCAL_PREFIX)
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"{address}: expected local:N with N a positive number of workers")
    return int(count)


def _reason(error: Exception) -> str:
    """The first line of an error, without Dask's repetition of the address."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:200]


def extract_on_cluster(client, articles: Sequence[Article], per_task: int = ARTICLES_PER_TASK) -> Iterator[Extraction | None]:
    """Every article's extraction in corpus order, done by the cluster's
    workers; None for an article that failed on every worker it ran on."""
    version = extractor_version()
    tasks = [list(articles[i:i + per_task]) for i in range(0, len(articles), per_task)]
    window = max(1, WINDOW_PER_THREAD * sum(client.nthreads().values()))
    pending: deque = deque()
    upcoming = iter(tasks)
    for batch in upcoming:
        pending.append((batch, client.submit(extract_task, batch, pure=False)))
        if len(pending) >= window:
            break
    while pending:
        batch, future = pending.popleft()
        yield from _results(client, batch, future, version)
        following = next(upcoming, None)
        if following is not None:
            pending.append((following, client.submit(extract_task, following, pure=False)))


def _results(client, batch: list[Article], future, version: str) -> Iterator[Extraction | None]:
    """One task's extractions; when it failed, each of its articles tried alone."""
    try:
        worker, extractions = future.result()
    except Exception:
        if len(batch) == 1:
            yield None
            return
        for article in batch:
            yield from _results(client, [article], client.submit(extract_task, [article], pure=False), version)
        return
    if worker != version:
        raise ClusterError("a Dask worker runs another version of the extractor or the spaCy model than this machine: "
                           "install the same commit and requirements.txt on every worker")
    yield from extractions
