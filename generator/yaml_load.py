"""Plain YAML parsing at libyaml's speed with PyYAML's error messages."""
from __future__ import annotations

from typing import Any

import yaml

# libyaml's loader where PyYAML was built with it (its wheels are): about four
# times faster than the pure-Python one on a large timeline.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text: str) -> Any:
    """``yaml.safe_load``, fast.

    Raises:
        yaml.YAMLError: as the pure-Python loader raises it (its problem and
            marks are the ones people see in error lines).
    """
    try:
        return yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError:
        return yaml.safe_load(text)


def compose(text: str) -> yaml.Node | None:
    """The node tree (with line marks) of text known to parse."""
    return yaml.compose(text, Loader=FAST_LOADER)
