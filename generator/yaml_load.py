"""Plain YAML parsing at libyaml's speed with PyYAML's error messages.

A value that looks like a timestamp but is no date (``2025-13-45``,
``2025-02-30``) stays the text it was written as, so that validation can
name its line and field instead of PyYAML raising ``ValueError`` with no
line at all.
"""
from __future__ import annotations

from typing import Any

import yaml

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:  # "month must be in 1..12", "day is out of range for month"
        return loader.construct_scalar(node)


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's loader where PyYAML was built with it (its wheels are):
    about four times faster than the pure-Python one on a large timeline."""


class _Loader(yaml.SafeLoader):
    """The pure-Python loader, whose errors carry the problem and marks
    people see in error lines."""


for _loader in (_FastLoader, _Loader):
    _loader.add_constructor(_TIMESTAMP, _timestamp_or_text)
FAST_LOADER = _FastLoader


def load(text: str) -> Any:
    """``yaml.safe_load``, fast; impossible dates stay text.

    Raises:
        yaml.YAMLError: as the pure-Python loader raises it (its problem and
            marks are the ones people see in error lines).
    """
    try:
        return yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError:
        return yaml.load(text, Loader=_Loader)


def compose(text: str) -> yaml.Node | None:
    """The node tree (with line marks) of text known to parse."""
    return yaml.compose(text, Loader=FAST_LOADER)
