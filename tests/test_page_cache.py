"""What the page cache relies on in MkDocs, checked on the real MkDocs; a
missing piece, or a search plugin it cannot keep whole, is named (the hook
then builds every page in full: tests/test_serve.py runs that with a real
`mkdocs serve`)."""
from __future__ import annotations

import logging

import pytest
from conftest import ROOT
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from generator.site import page_cache, served_files


def configured(**overrides):
    """The project's MkDocs configuration after its plugins' on_config, its
    files and its navigation, as a build has them when the hook checks."""
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), **overrides)
    config = config.plugins.on_config(config)
    files = get_files(config)
    get_navigation(files, config)
    return config, files


@pytest.fixture
def site(monkeypatch, caplog):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    caplog.set_level(logging.ERROR, logger="mkdocs")  # nav entries name pages only the hook generates
    return configured()


def test_everything_the_page_cache_relies_on_is_there(site):
    assert page_cache.missing(*site) == []


@pytest.mark.parametrize("attribute", ["present_anchor_ids", "links_to_anchors"])
def test_a_page_attribute_mkdocs_no_longer_has_is_named(site, monkeypatch, attribute):
    monkeypatch.delattr(Page, attribute)
    assert page_cache.missing(*site) == [f"Page.{attribute}"]


def test_a_search_plugin_turned_on_is_named(site):
    # MkDocs' search plugin indexes pages as it converts them: cached pages would be missing.
    assert page_cache.missing(*configured(plugins=["search"])) == ["the search plugin off (search is Pagefind's)"]


def test_everything_the_served_files_writer_replaces_is_there():
    assert served_files.missing() == []


def test_a_writing_function_mkdocs_changed_is_named(monkeypatch):
    from mkdocs import utils

    monkeypatch.setattr(utils, "write_file", lambda content, path, mode="wb": None)
    assert served_files.missing() == ["mkdocs.utils.write_file(content, output_path)"]
