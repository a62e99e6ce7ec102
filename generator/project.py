"""Where a project's files are: its timeline, the generator's last output
beside it, the corpus, the docs folder and the caches. The CLI, the MkDocs
hook and the daemon each make a ``Project`` and pass it on.

Kept free of heavy imports: the CLI imports it before handing a command to
the daemon.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

TIMELINE = "timeline.yml"
# The generator's own last output, beside timeline.yml: how edits are told apart.
BASE_NAME = "timeline.generated.yml"
CORPUS = "corpus"
DOCS = "site_src"
# Beside timeline.yml; git-ignored, safe to delete.
EXTRACT_CACHE = Path(".cache") / "extract"
DAEMON_STATE = Path(".cache") / "daemon"


@dataclass(frozen=True)
class Project:
    """A project's files. Its root is the folder of its timeline: the base
    file and the caches live there."""

    timeline: Path = Path(TIMELINE)
    corpus: Path = Path(CORPUS)
    docs: Path = Path(DOCS)

    @classmethod
    def at(cls, root: Path) -> Project:
        """The project laid out as usual in ``root`` (where mkdocs.yml is)."""
        return cls(root / TIMELINE, root / CORPUS, root / DOCS)

    @property
    def root(self) -> Path:
        return self.timeline.parent

    @property
    def base(self) -> Path:
        return base_file(self.timeline)

    @property
    def cache(self) -> Path:
        """The extraction cache's folder."""
        return self.root / EXTRACT_CACHE

    @property
    def daemon_state(self) -> Path:
        """The extraction daemon's key, address and log."""
        return self.root / DAEMON_STATE


def base_file(timeline: Path) -> Path:
    """The generator's last output written beside ``timeline``."""
    return timeline.parent / BASE_NAME
