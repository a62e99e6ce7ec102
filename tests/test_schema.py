"""The fast schema check (fastjsonschema) and jsonschema, which names the
problems, agree on what is valid: random damage to the committed timeline."""
from __future__ import annotations

import copy

import fastjsonschema
import jsonschema
from conftest import ROOT
from hypothesis import event, given, settings
from hypothesis import strategies as st

from generator.store import validate as check

DATA = check.parse((ROOT / "timeline.yml").read_text(encoding="utf-8"))
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False) | st.sampled_from(["", "x", "2025-09", "Bad Id", "a-b"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["id", "text", "span", "x", "date"]), inner, max_size=3),
    max_leaves=6,
)


def places(value, path=()):
    """Every path into the data, the root's included."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from places(item, (*path, index))


PLACES = list(places(DATA))[1:]


def damaged(where: tuple, how: str, value) -> dict:
    data = copy.deepcopy(DATA)
    *parent_path, last = where
    parent = data
    for part in parent_path:
        parent = parent[part]
    if how == "replace":
        parent[last] = value
    elif how == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent["unexpected"] = value
    else:
        parent.append(value)
    return data


@settings(max_examples=300, derandomize=True, deadline=None)
@given(where=st.sampled_from(PLACES), how=st.sampled_from(["replace", "delete", "add"]), value=VALUES)
def test_fast_check_and_jsonschema_agree(where, how, value):
    data = damaged(where, how, value)
    try:
        check._is_valid()(data)
        fast = True
    except fastjsonschema.JsonSchemaException:
        fast = False
    event(f"valid: {fast}")
    assert fast == jsonschema.Draft202012Validator(check.schema()).is_valid(data), (where, how, value)


def test_the_committed_timeline_is_valid_to_both():
    check._is_valid()(DATA)
    assert jsonschema.Draft202012Validator(check.schema()).is_valid(DATA)
