"""Write rendered pages into the docs folder: only files whose text changed,
never one path twice, and generated files that are no longer produced are
removed (hand-written pages outside the generated folders are left alone)."""
from __future__ import annotations

from pathlib import Path

from .render import GENERATED_DIRS, HOME


def generated_paths(out: Path) -> set[str]:
    """Generated files now in ``out``, relative to it."""
    found = {HOME} if (out / HOME).exists() else set()
    for folder in GENERATED_DIRS:
        found |= {p.relative_to(out).as_posix() for p in (out / folder).rglob("*.md")}
    return found


def write_pages(out: Path, pages: dict[str, str]) -> tuple[int, int]:
    """Write ``pages`` under ``out``; returns (files written, files removed)."""
    written = 0
    for relative, text in pages.items():
        path = out / relative
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written += 1
    stale = generated_paths(out) - set(pages)
    for relative in stale:
        (out / relative).unlink()
    return written, len(stale)
