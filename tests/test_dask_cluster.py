"""Extraction on a Dask cluster (``extract --cluster``): a real LocalCluster
of two worker processes, on the seed articles and a dozen newswire
fixtures, against a run in one process."""
from __future__ import annotations

import os
import shutil
import signal
import socket
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from generator.cli import main
from generator.extract.article import extract_articles
from generator.extract import nlp as nlp_loader
from generator.extract.dask_cluster import ModelPlugin, connect, extract_on_cluster
from generator.project import EXTRACT_CACHE, Project
from generator.read.corpus import read_corpus
from generator import pipeline

from conftest import seeds_with, ARTICLES, NEWSWIRE, NEWSWIRE_NEXT_DAY

DOZEN = [*NEWSWIRE, NEWSWIRE_NEXT_DAY, ARTICLES / "election_first_report.md"]


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """The seeds and a dozen newswire articles, no timeline yet."""
    return seeds_with(tmp_path, DOZEN)


def tasks_done(cluster: LocalCluster) -> int:
    prefix = cluster.scheduler.task_prefixes.get("extract_task")
    return 0 if prefix is None else prefix.state_counts["memory"]


def extract_args(folder: Path, *more: str) -> list[str]:
    return ["extract", "--corpus", str(folder / "corpus"), "--timeline", str(folder / "timeline.yml"), *more]


@pytest.mark.slow
def test_a_cluster_writes_the_timeline_one_process_writes_and_is_sent_only_new_articles(newsroom, cluster, tmp_path_factory):
    alone = tmp_path_factory.mktemp("alone")
    shutil.copytree(newsroom / "corpus", alone / "corpus")
    pipeline.extract(Project.at(alone), jobs=1, use_cache=False)
    before = tasks_done(cluster)
    assert main(extract_args(newsroom, "--cluster", cluster.scheduler_address)) == 0
    assert (newsroom / "timeline.yml").read_bytes() == (alone / "timeline.yml").read_bytes()
    articles = len(list((newsroom / "corpus").iterdir()))
    assert tasks_done(cluster) - before == -(-articles // 8)  # tasks of 8 articles

    added = ARTICLES / "happening_baghdad_car_bomb_tuesday.md"
    for folder in (newsroom, alone):
        shutil.copy(added, folder / "corpus" / added.name)
    before = tasks_done(cluster)
    pipeline.extract(Project.at(alone), jobs=1, use_cache=False)
    assert main(extract_args(newsroom, "--cluster", cluster.scheduler_address)) == 0
    assert tasks_done(cluster) - before == 1  # the new article alone: the others come from the cache
    assert (newsroom / "timeline.yml").read_bytes() == (alone / "timeline.yml").read_bytes()


@pytest.mark.slow
def test_a_worker_killed_mid_run_costs_nothing_but_time(newsroom, cluster, nlp):
    articles, errors = read_corpus(newsroom / "corpus")
    assert errors == []
    expected = list(extract_articles(articles, nlp))
    with Client(cluster) as client:
        client.register_plugin(ModelPlugin())
        pids = client.run(os.getpid)
        results = extract_on_cluster(client, articles, per_task=1)
        found = [next(results)]
        os.kill(next(iter(pids.values())), signal.SIGKILL)  # it holds tasks: a window of 4 per worker is sent at once
        found += list(results)
        assert set(client.run(os.getpid).values()) != set(pids.values())  # the nanny started another
    assert found == expected


def test_an_unreachable_scheduler_is_one_line_naming_it_and_nothing_is_written(newsroom, capsys):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    assert main(extract_args(newsroom, "--cluster", address)) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and address in lines[0] and lines[0].startswith("error: cannot reach the Dask scheduler")
    assert sorted(p.name for p in newsroom.iterdir()) == ["corpus"]
    assert not (newsroom / EXTRACT_CACHE).exists()


def test_a_local_cluster_needs_a_number_of_workers(newsroom, capsys):
    assert main(extract_args(newsroom, "--cluster", "local:none")) == 1
    assert capsys.readouterr().err.strip() == "error: local:none: expected local:N with N a positive number of workers"
    assert sorted(p.name for p in newsroom.iterdir()) == ["corpus"]


@pytest.mark.slow
def test_a_local_cluster_writes_the_timeline_one_process_writes(newsroom, tmp_path_factory):
    alone = tmp_path_factory.mktemp("alone")
    shutil.copytree(newsroom / "corpus", alone / "corpus")
    pipeline.extract(Project.at(alone), jobs=1, use_cache=False)
    assert main(extract_args(newsroom, "--cluster", "local:2")) == 0
    assert (newsroom / "timeline.yml").read_bytes() == (alone / "timeline.yml").read_bytes()


@pytest.mark.slow
def test_local_workers_are_forked_from_a_one_thread_fork_server_that_loaded_the_model():
    with connect("local:2") as client:
        parents = set(client.run(os.getppid).values())
        loads_before_the_plugin = client.run(lambda: nlp_loader.load.cache_info().hits)
    assert len(parents) == 1 and os.getpid() not in parents  # not forked from this process, which runs Dask's threads
    (server,) = parents
    assert "multiprocessing.forkserver" in Path(f"/proc/{server}/cmdline").read_text()
    assert len(list(Path(f"/proc/{server}/task").iterdir())) == 1  # a fork of it copies no other thread's held lock
    assert set(loads_before_the_plugin.values()) == {1}  # the plugin found the model loaded: inherited, not loaded again
