"""The served site's files, written only where they change (``mkdocs serve``).

MkDocs 1.6 empties the site folder and writes every file again on every
rebuild: at 2,000 events that is 3,600 folders removed and made again and
3,600 pages written, 26 s of a 48 s rebuild on this (loaded) machine,
however little changed. While serving, the hook has MkDocs leave the folder
as it is and write a file only when its bytes differ from what the last
build wrote there; once the build is done, the files the last build made
and this one did not are removed, so the folder holds exactly what a full
build would have made (and Pagefind's index, made after each build).

A page the hook says is unchanged (``unchanged``: a page kept from the
last build, whose HTML no plugin changes) is not put through the theme's
template at all: its file is left as the last build wrote it.

This leans on MkDocs' insides: ``mkdocs.utils.clean_directory``,
``write_file`` and ``copy_file`` as ``mkdocs.commands.build`` and
``File.copy_file`` call them, and ``mkdocs.commands.build._build_page``.
``missing`` says what a MkDocs lacks; the hook then leaves MkDocs to write
everything as it does.
"""
from __future__ import annotations

import hashlib
import inspect
import os
from pathlib import Path
from typing import Callable

import mkdocs.commands.build
import mkdocs.structure.files
from mkdocs import utils

# The functions replaced, with the parameters they must have.
REPLACED = {"clean_directory": ("directory",), "write_file": ("content", "output_path"),
            "copy_file": ("source_path", "output_path")}
BUILD_PAGE = ("page", "config", "doc_files", "nav", "env", "dirty", "excluded")


def missing() -> list[str]:
    """What this MkDocs lacks of what the writer replaces."""
    lacking = [f"mkdocs.utils.{name}({', '.join(params)})" for name, params in REPLACED.items()
               if tuple(inspect.signature(getattr(utils, name, lambda: None)).parameters) != params]
    if mkdocs.commands.build.utils is not utils or mkdocs.structure.files.utils is not utils:
        lacking.append("mkdocs.commands.build and mkdocs.structure.files calling mkdocs.utils")
    build_page = getattr(mkdocs.commands.build, "_build_page", lambda: None)
    if tuple(inspect.signature(build_page).parameters) != BUILD_PAGE:
        lacking.append(f"mkdocs.commands.build._build_page({', '.join(BUILD_PAGE)})")
    return lacking


class ServedFiles:
    """Stands in for MkDocs' writing functions between ``install`` and ``uninstall``."""

    def __init__(self, unchanged: Callable[..., bool] = lambda page, config: False) -> None:
        self.unchanged = unchanged  # (page, config) → whether its file would be written as it is
        self.originals: dict = {}
        self.site_dir: Path | None = None
        self.last: dict[str, str] = {}  # path → digest of what the last build wrote
        self.written: set[str] = set()  # paths this build wrote or left as they were
        self.before: set[str] = set()  # every path the last build made

    def install(self) -> None:
        if self.originals:
            return
        self.originals = {name: getattr(utils, name) for name in REPLACED}
        self.originals["_build_page"] = mkdocs.commands.build._build_page
        utils.clean_directory = self.start
        utils.write_file = self.write
        utils.copy_file = self.copy
        mkdocs.commands.build._build_page = self.build_page

    def uninstall(self) -> None:
        for name, function in self.originals.items():
            setattr(mkdocs.commands.build if name == "_build_page" else utils, name, function)
        self.originals = {}

    def start(self, directory: str) -> None:
        """In place of emptying the folder: a build begins."""
        self.site_dir = Path(directory)
        self.written = set()

    def write(self, content: bytes, output_path: str) -> None:
        digest = hashlib.blake2b(content, digest_size=16).hexdigest()
        self.written.add(output_path)
        if self.last.get(output_path) == digest and os.path.exists(output_path):
            return
        self.originals["write_file"](content, output_path)
        self.last[output_path] = digest

    def build_page(self, page, config, doc_files, nav, env, dirty=False, excluded=False) -> None:
        """MkDocs' ``_build_page``, unless the page's file is to stay as the last build wrote it."""
        path = page.file.abs_dest_path
        if path in self.last and not excluded and self.unchanged(page, config) and os.path.exists(path):
            self.written.add(path)
            return
        self.originals["_build_page"](page, config, doc_files, nav, env, dirty, excluded)

    def copy(self, source_path: str, output_path: str) -> None:
        stat = os.stat(source_path)
        key = f"{source_path}:{stat.st_mtime_ns}:{stat.st_size}"
        self.written.add(output_path)
        if self.last.get(output_path) == key and os.path.exists(output_path):
            return
        self.originals["copy_file"](source_path, output_path)
        self.last[output_path] = key

    def finish(self, also_written: set[str]) -> int:
        """Remove what the last build wrote and this one did not
        (``also_written``: the files MkDocs wrote by other means, which
        are the docs' files); returns how many files were removed."""
        kept = self.written | also_written
        stale = self.before - kept
        for path in stale:
            if os.path.exists(path):
                os.remove(path)
            self.last.pop(path, None)
            folder = os.path.dirname(path)
            while folder != str(self.site_dir) and os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)
                folder = os.path.dirname(folder)
        self.before = kept
        return len(stale)
