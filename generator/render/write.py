"""Write rendered pages into the docs folder: only files whose text changed,
never one path twice, and generated files that are no longer produced are
removed (hand-written pages outside the generated folders are left alone)."""
from __future__ import annotations

from pathlib import Path

from .site import GENERATED_DIRS, GENERATED_FILES


def generated_paths(out: Path) -> set[str]:
    """Generated files now in ``out``, relative to it."""
    found = {name for name in GENERATED_FILES if (out / name).exists()}
    for folder in GENERATED_DIRS:
        found |= {p.relative_to(out).as_posix() for p in (out / folder).rglob("*") if p.is_file()}
    return found


def write_pages(out: Path, pages: dict[str, str]) -> tuple[int, int]:
    """Write ``pages`` under ``out``; returns (files written, files removed)."""
    written = 0
    for relative, text in pages.items():
        path = out / relative
        data = text.encode("utf-8")  # bytes as they are: the calendar's lines end in CRLF
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += 1
    stale = generated_paths(out) - set(pages)
    for relative in stale:
        (out / relative).unlink()
    return written, len(stale)
