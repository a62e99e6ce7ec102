"""What the page cache relies on in MkDocs, checked on the real MkDocs and
its real search plugin; a missing piece is named (the hook then builds every
page in full: tests/test_serve.py runs that with a real `mkdocs serve`)."""
from __future__ import annotations

import logging

import pytest
from conftest import ROOT
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from generator.site import page_cache


@pytest.fixture
def site(monkeypatch, caplog):
    """The project's MkDocs configuration after its plugins' on_config, its
    files and its navigation, as a build has them when the hook checks."""
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    caplog.set_level(logging.ERROR, logger="mkdocs")  # nav entries name pages only the hook generates
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    files = get_files(config)
    get_navigation(files, config)
    return config, files


def test_everything_the_page_cache_relies_on_is_there(site):
    config, files = site
    assert page_cache.missing(config, files) == []
    assert isinstance(page_cache.search_index(config).entries, list)


@pytest.mark.parametrize("attribute", ["present_anchor_ids", "links_to_anchors"])
def test_a_page_attribute_mkdocs_no_longer_has_is_named(site, monkeypatch, attribute):
    monkeypatch.delattr(Page, attribute)
    assert page_cache.missing(*site) == [f"Page.{attribute}"]


def test_a_search_plugin_that_keeps_no_index_is_named(site, monkeypatch):
    config, files = site
    monkeypatch.delattr(config.plugins["material/search"], "search_index")
    assert page_cache.search_index(config) is None
    assert page_cache.missing(config, files) == ["the search plugin's index (search or material/search: search_index.entries)"]
