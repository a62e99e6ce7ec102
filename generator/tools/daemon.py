"""A resident extraction process, so that extracting after adding an article
costs that article's parse and the writing, not importing spaCy and loading
its model again (~1.5 s, more than the rest of such a run).

    python -m generator daemon start|stop|status

While a daemon runs for a project (the folder of timeline.yml), ``python -m
generator extract`` hands it the parsed command line and prints what it
printed: the same code on the same files, so the same result. The daemon
serves one command at a time, stops by itself after a spell of idleness, and
stops rather than run when the package's code, spaCy or the model changed
since it started (the command then runs in its own process, as without one).

The connection is a Unix socket authenticated with a key only the owner can
read (``multiprocessing.connection``); the key, the socket's address and the
daemon's log live in ``.cache/daemon/`` beside timeline.yml
(``Project.daemon_state``).
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from argparse import Namespace
from multiprocessing.connection import AuthenticationError, Client, Listener
from pathlib import Path
from typing import Callable

from ..extract.cache import PACKAGE, code_version
from ..project import Project

IDLE_MINUTES = 30
START_SECONDS = 120  # how long `start` waits for the model to load


def package_version() -> str:
    """A hash of all the package's code (and schema), spaCy's version and the model's."""
    return code_version({path: path.read_bytes() for path in PACKAGE.rglob("*")
                         if path.suffix in (".py", ".json") and "__pycache__" not in path.parts})


def _socket_path(project: Project) -> str:
    """In the temporary folder: a socket's path may not exceed ~100 bytes."""
    name = hashlib.sha256(str(project.root.resolve()).encode()).hexdigest()[:16]
    return str(Path(tempfile.gettempdir()) / f"timeline-daemon-{os.getuid()}-{name}.sock")


def _request(project: Project, message: dict) -> dict | None:
    """The daemon's reply, or None when none answers."""
    try:
        address = json.loads((project.daemon_state / "address").read_text(encoding="utf-8"))
        key = (project.daemon_state / "key").read_bytes()
        with Client(address["socket"], "AF_UNIX", authkey=key) as connection:
            connection.send(message)
            return connection.recv()
    except (OSError, ValueError, KeyError, EOFError, AuthenticationError):
        return None


def forward(project: Project, args: Namespace) -> int | None:
    """Run a parsed ``extract`` command in the project's daemon and print its
    output; its exit status, or None when no daemon can run it."""
    reply = _request(project, {"op": "run", "package": str(PACKAGE), "cwd": os.getcwd(), "args": args})
    if reply is None:
        return None
    if reply.get("stale"):
        print("note: the extraction daemon ran older code and has stopped; extracting in this process "
              "(`python -m generator daemon start` starts a new one)", file=sys.stderr)
        return None
    sys.stdout.write(reply["stdout"])
    sys.stderr.write(reply["stderr"])
    return reply["status"]


def status(project: Project) -> dict | None:
    """The running daemon's pid, start time, runs and peak memory, or None."""
    return _request(project, {"op": "status"})


def stop(project: Project) -> bool:
    """Stop the project's daemon; whether one was running."""
    return _request(project, {"op": "stop"}) is not None


def start(project: Project, idle_minutes: float = IDLE_MINUTES) -> dict:
    """Start a daemon for the project in the background (unless one runs) and
    wait until its model is loaded; its status.

    Raises:
        RuntimeError: it exited or did not answer in time (with its log's end).
    """
    running = status(project)
    if running is not None:
        return running
    project.daemon_state.mkdir(parents=True, exist_ok=True)
    log_path = project.daemon_state / "log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", "daemon", "run", "--timeline", str(project.timeline),
             "--idle-minutes", str(idle_minutes)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        running = status(project)
        if running is not None and running["pid"] == process.pid:
            return running
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or ["(no output)"]
    raise RuntimeError(f"the daemon did not start: {tail[0]} (log: {log_path})")


def serve(project: Project, run: Callable[[Namespace], int], idle_minutes: float = IDLE_MINUTES) -> None:
    """Answer requests until stopped, idle for ``idle_minutes`` or stale.

    ``run`` executes a parsed command line in this process (the CLI's own).
    """
    # Imported and the model loaded now, once: each command then runs at once.
    from .. import pipeline  # noqa: F401
    from ..combine import assemble  # noqa: F401
    from ..extract import nlp

    nlp.load()("Loaded, and its first document parsed: the next one is as fast as any.")
    code = package_version()
    project = Project(project.root.resolve() / project.timeline.name)  # each command runs in its client's folder
    state = project.daemon_state
    state.mkdir(parents=True, exist_ok=True)
    key = os.urandom(32)
    _write_private(state / "key", key)
    socket = _socket_path(project)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(socket)
    umask = os.umask(0o077)
    try:
        listener = Listener(socket, "AF_UNIX", authkey=key)
    finally:
        os.umask(umask)
    started, runs = time.time(), 0
    _write_private(state / "address", json.dumps({"socket": socket, "pid": os.getpid()}).encode())
    signal.signal(signal.SIGTERM, _exit)
    signal.signal(signal.SIGALRM, _exit)
    try:
        while True:
            signal.alarm(max(1, round(idle_minutes * 60)))
            try:
                connection = listener.accept()
            except (OSError, EOFError, AuthenticationError):
                continue
            signal.alarm(0)
            with connection:
                try:
                    message = connection.recv()
                    op = message.get("op")
                    if op == "status":
                        connection.send({"pid": os.getpid(), "started": started, "runs": runs, "peak_mb": _peak_mb()})
                    elif op == "run" and message.get("package") == str(PACKAGE) and package_version() == code:
                        runs += 1
                        connection.send(_run_captured(run, message["cwd"], message["args"]))
                    elif op in ("run", "stop"):  # a run for other code stops it too
                        connection.send({"stale": op == "run"})
                        return
                except (OSError, EOFError):  # the client went away: serve the next one
                    continue
    except SystemExit:
        return
    finally:
        listener.close()
        with contextlib.suppress(FileNotFoundError):
            (state / "address").unlink()


def _run_captured(run: Callable[[Namespace], int], cwd: str, args: Namespace) -> dict:
    """Run a command as its own process would, capturing what it prints."""
    stdout, stderr = io.StringIO(), io.StringIO()
    os.chdir(cwd)
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = run(args)
        except Exception:  # what an uncaught error would print, and its exit status
            traceback.print_exc()
            status = 1
    return {"status": status, "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}


def _exit(signum, frame) -> None:
    raise SystemExit(0)


def _peak_mb() -> float:
    """Peak resident memory of this process or its largest worker, in MB."""
    return max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(handle, 0o600)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
