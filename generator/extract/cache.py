"""The extraction cache: each article's extraction stored under a key made of
its file name and text, the spaCy model and the extractor's version, so that
an unchanged article is never parsed twice and any change to the extractor's
code invalidates what it extracted before, by itself.

It lives in a folder (``.cache/extract/`` beside timeline.yml, git-ignored)
that can be deleted at any time: a missing or unreadable entry only costs a
parse.
"""
from __future__ import annotations

import ast
import hashlib
import json
import pickle
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..files import write_atomically
from .nlp import pipeline_version

if TYPE_CHECKING:
    from ..combine.links import Links
    from ..model import Extraction

PACKAGE = Path(__file__).resolve().parent.parent  # the generator package
# The modules extraction starts from; their imports within the package are followed.
ENTRY_MODULES = ("read/corpus.py", "extract/article.py")


def extractor_version() -> str:
    """A hash of the model's name and version, spaCy's version and the source
    of every package module that extraction imports."""
    return code_version(import_closure([PACKAGE / name for name in ENTRY_MODULES]))


def code_version(sources: dict[Path, bytes]) -> str:
    """A hash of the model's name and version, spaCy's version and these
    package files (path and content)."""
    digest = hashlib.sha256(pipeline_version().encode())
    for path in sorted(sources):
        digest.update(b"\0" + path.relative_to(PACKAGE).as_posix().encode() + b"\0" + sources[path])
    return digest.hexdigest()


def import_closure(start: list[Path]) -> dict[Path, bytes]:
    """The source of every module reached from ``start`` by package imports,
    with the ``__init__.py`` of every folder they are in (importing a module
    runs those first)."""
    found: dict[Path, bytes] = {}
    pending = list(start)
    while pending:
        path = pending.pop()
        if path not in found:
            found[path] = path.read_bytes()
            pending += _package_imports(path, found[path])
            pending += [folder / "__init__.py" for folder in path.parents if folder.is_relative_to(PACKAGE)]
    return found


@lru_cache(maxsize=None)
def _package_imports(path: Path, source: bytes) -> tuple[Path, ...]:
    """Files of this package that the module at ``path`` imports (memoized by
    its source, so a long-lived process parses each version of a file once)."""
    targets = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level:
            folder = path.parent
            for _ in range(node.level - 1):
                folder = folder.parent
            base = folder.joinpath(*node.module.split(".")) if node.module else folder
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == PACKAGE.name:
            base = PACKAGE.parent.joinpath(*node.module.split("."))
        else:
            continue
        candidates = [base.with_suffix(".py"), base / "__init__.py"]
        candidates += [base / f"{alias.name}.py" for alias in node.names]
        targets += [c for c in candidates if c.is_file()]
    return tuple(targets)


def article_key(version: str, name: str, raw: bytes) -> str:
    """The cache key of one corpus file's extraction."""
    return hashlib.sha256(version.encode() + b"\0" + name.encode() + b"\0" + raw).hexdigest()


class ExtractionCache:
    """In one folder: extractions by key; the YAML text of timeline entries by
    content hash; what the last run wrote (the two timeline files' data by
    their fingerprints); the last run's clustering; and the inputs and
    messages of the last run."""

    def __init__(self, folder: Path):
        self.folder = folder

    def get(self, key: str) -> Extraction | None:
        return self._read(self._entry(key))

    def put(self, key: str, extraction: Extraction) -> None:
        self._write(self._entry(key), extraction)

    def chunks(self) -> dict[str, str]:
        return self._read(self.folder / "yaml-entries.pickle") or {}

    def save_chunks(self, chunks: dict[str, str]) -> None:
        self._write(self.folder / "yaml-entries.pickle", chunks)

    def written(self) -> dict | None:
        return self._read(self.folder / "written.pickle")

    def save_written(self, record: dict) -> None:
        self._write(self.folder / "written.pickle", record)

    def links(self) -> Links | None:
        """The last run's clustering (``combine/links.py``)."""
        return self._read(self.folder / "links.pickle")

    def save_links(self, links: Links) -> None:
        self._write(self.folder / "links.pickle", links)

    def last_run(self) -> dict | None:
        try:
            return json.loads((self.folder / "last-run.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def save_last_run(self, record: dict) -> None:
        self._write_bytes(self.folder / "last-run.json", json.dumps(record, ensure_ascii=False).encode())

    def _entry(self, key: str) -> Path:
        return self.folder / "articles" / key[:2] / f"{key}.pickle"

    @staticmethod
    def _read(path: Path) -> Any:
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # missing, truncated or from another version: parse again
            return None

    def _write(self, path: Path, value: Any) -> None:
        self._write_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    @staticmethod
    def _write_bytes(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
