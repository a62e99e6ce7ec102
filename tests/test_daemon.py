"""The extraction daemon: real processes (a daemon started by the CLI, the
CLI as a user runs it), real articles, compared with runs without it."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from multiprocessing.connection import AuthenticationError, Client
from pathlib import Path

import pytest
from conftest import NEWSWIRE, NEWSWIRE_NEXT_DAY, ROOT

from generator.cli import build_parser

# Each test starts real daemon processes, each loading spaCy's model.
pytestmark = pytest.mark.slow


def cli(project: Path, *args: str, code: Path = ROOT) -> subprocess.CompletedProcess:
    """``python -m generator ARGS`` in the project, with the package at ``code``."""
    env = dict(os.environ, PYTHONPATH=str(code))
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)


def newsroom(folder: Path, articles: int = 4) -> Path:
    shutil.copytree(ROOT / "corpus", folder / "corpus")
    for article in NEWSWIRE[:articles]:
        shutil.copy(article, folder / "corpus" / article.name)
    return folder


def address(project: Path) -> dict:
    return json.loads((project / ".cache" / "daemon" / "address").read_text(encoding="utf-8"))


@pytest.fixture
def started():
    """Start daemons; any left running are stopped (or killed) afterwards."""
    projects = []

    def start(project: Path, *args: str, code: Path = ROOT) -> int:
        result = cli(project, "daemon", "start", *args, code=code)
        assert result.returncode == 0, result.stderr
        projects.append(project)
        return address(project)["pid"]

    yield start
    for project in projects:
        if cli(project, "daemon", "stop").stdout.strip() == "daemon stopped":
            continue
        try:
            os.kill(address(project)["pid"], signal.SIGKILL)
        except (OSError, ValueError):
            pass


def test_extract_in_the_daemon_writes_what_extract_alone_writes(tmp_path: Path, started):
    alone, served = newsroom(tmp_path / "alone"), newsroom(tmp_path / "served")
    started(served)
    for step in range(3):
        if step == 1:  # an article added
            for project in (alone, served):
                shutil.copy(NEWSWIRE_NEXT_DAY, project / "corpus" / NEWSWIRE_NEXT_DAY.name)
        if step == 2:  # a hand edit
            for project in (alone, served):
                timeline = project / "timeline.yml"
                timeline.write_text(timeline.read_text(encoding="utf-8").replace("title: News timeline", "title: Our timeline # edited", 1), encoding="utf-8")
        expected, result = cli(alone, "extract", "--no-daemon"), cli(served, "extract")
        assert (result.returncode, result.stdout, result.stderr) == (expected.returncode, expected.stdout, expected.stderr)
        for name in ("timeline.yml", "timeline.generated.yml"):
            assert (served / name).read_bytes() == (alone / name).read_bytes()
    status = cli(served, "daemon", "status")
    assert status.returncode == 0 and ", 3 runs," in status.stdout


def test_errors_come_back_as_the_command_would_print_them(tmp_path: Path, started):
    project = newsroom(tmp_path, articles=0)
    started(project)
    (project / "timeline.yml").write_text("title: [unclosed\n", encoding="utf-8")
    result = cli(project, "extract")
    assert result.returncode == 1
    assert result.stderr.startswith("timeline.yml:1")
    assert "timeline.yml: not changed" in result.stderr
    assert (project / "timeline.yml").read_text(encoding="utf-8") == "title: [unclosed\n"
    assert ", 1 runs," in cli(project, "daemon", "status").stdout
    # A client that leaves before its answer (Ctrl-C) does not stop it.
    key = (project / ".cache" / "daemon" / "key").read_bytes()
    with Client(address(project)["socket"], "AF_UNIX", authkey=key) as connection:
        connection.send({"op": "run", "package": str(ROOT / "generator"), "cwd": str(project),
                         "args": build_parser().parse_args(["extract", "--no-daemon"])})
    assert ", 2 runs," in cli(project, "daemon", "status").stdout  # answered once that run ended
    (project / "timeline.yml").unlink()
    result = cli(project, "extract")
    assert result.returncode == 0 and "timeline.yml: updated" in result.stdout
    assert ", 3 runs," in cli(project, "daemon", "status").stdout


def test_a_daemon_with_other_code_stops_and_the_command_runs_alone(tmp_path: Path, started):
    code = tmp_path / "code"
    shutil.copytree(ROOT / "generator", code / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    project = newsroom(tmp_path / "project", articles=0)
    pid = started(project, code=code)
    module = code / "generator" / "extract" / "quotes.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    result = cli(project, "extract", code=code)
    assert result.returncode == 0, result.stderr
    assert "the extraction daemon ran older code and has stopped" in result.stderr
    assert "timeline.yml: updated" in result.stdout
    assert _gone(pid)
    assert cli(project, "daemon", "status").returncode == 3


def test_it_stops_when_idle_and_refuses_a_client_without_its_key(tmp_path: Path, started):
    project = newsroom(tmp_path, articles=0)
    pid = started(project, "--idle-minutes", "0.1")
    with pytest.raises((AuthenticationError, EOFError, ConnectionError)):
        with Client(address(project)["socket"], "AF_UNIX", authkey=b"guessed") as connection:
            connection.send({"op": "stop"})
            connection.recv()
    assert oct((project / ".cache" / "daemon" / "key").stat().st_mode & 0o777) == "0o600"
    assert cli(project, "daemon", "status").returncode == 0  # still serving
    assert _gone(pid, seconds=30)
    assert not (project / ".cache" / "daemon" / "address").exists()
    result = cli(project, "extract")  # no daemon: runs alone
    assert result.returncode == 0 and "timeline.yml: updated" in result.stdout


def test_a_killed_daemon_is_not_waited_for(tmp_path: Path, started):
    project = newsroom(tmp_path, articles=0)
    pid = started(project)
    os.kill(pid, signal.SIGKILL)
    assert _gone(pid)
    result = cli(project, "extract")
    assert result.returncode == 0 and "timeline.yml: updated" in result.stdout
    assert cli(project, "daemon", "status").stdout == "no daemon running\n"


def _gone(pid: int, seconds: float = 10) -> bool:
    """Whether the process exited within ``seconds`` (reaped or a zombie)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                if stat.read().split(")")[-1].split()[0] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.1)
    return False
