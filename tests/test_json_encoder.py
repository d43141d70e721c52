"""The JSON renderer's own encoder must write exactly what json.dumps(indent=2) writes."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_cli.render import json as json_render
from briefing_cli.render.json import dumps


def _reference(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


# Text with control characters, quotes, backslashes, non-ASCII and lone surrogates.
_text = st.text(st.characters(codec=None, categories=None), max_size=20) | st.sampled_from(
    ["", "\x00\x1f\x7f", '"\\/', "\u2028\u2029", "\ud800", "é中😀", "\n\t\r\b\f"])
_floats = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(
    [0.0, -0.0, 1e300, 1e-300, 5e-324, 1e16, 123456789.123456789, 1.0, -2.5])
_ints = st.integers() | st.sampled_from([0, -1, 2**63, -(2**100)])
_scalars = st.none() | st.booleans() | _ints | _floats | _text
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5)
    | st.tuples(inner, inner)
    | st.dictionaries(_text, inner, max_size=5),
    max_leaves=40,
)


@settings(max_examples=300)
@given(_values)
def test_dumps_equals_standard_library(obj: Any) -> None:
    assert dumps(obj) == _reference(obj)


@pytest.mark.parametrize("obj", [
    {}, [], (), "", [[]], [{}], {"a": {}}, {"a": []}, {"": ""},
    [float("nan"), math.inf, -math.inf], [True, False, None, 0, -0.0],
])
def test_dumps_edge_values(obj: Any) -> None:
    assert dumps(obj) == _reference(obj)


def test_non_string_keys_fall_back_to_standard_library() -> None:
    obj = {"a": {1: "x", 2.5: "y", False: "z", None: [1]}}
    assert dumps(obj) == _reference(obj)


def test_unserializable_value_raises_as_standard_library() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps({"a": [{1, 2}]})


def test_circular_value_raises_as_standard_library() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps(loop)


@settings(max_examples=100)
@given(_values)
def test_dumps_without_the_c_encoder(obj: Any) -> None:
    # Python builds without the _json accelerator take the pure-Python path for flat records.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_render, "_flat_encoder", lambda inner: None)
        assert dumps(obj) == _reference(obj)


@pytest.mark.parametrize("obj", [
    # a record mixing scalars and nested values (each speaker's): text that looks like the
    # item separator, a non-string key among the scalars, nested values first and last
    {"a": ",\n    x", "b": [1, ",\n      y"], "c": None, 3: 1.5, "d": {"e": []}},
    {"a": [], "b": "x", "c": {}},
    [{"k": 1, "v": [{"x": "1,\n        2"}]}],
    {"a": [1], "b": [2]},
])
def test_mixed_records(obj: Any) -> None:
    assert dumps(obj) == _reference(obj)


_records = st.lists(st.sampled_from(["id", "text", "line", "", "é\n"]), min_size=1, max_size=4,
                    unique=True).flatmap(lambda keys: st.lists(
                        st.fixed_dictionaries(dict.fromkeys(keys, _values)), min_size=2,
                        max_size=5))


@settings(max_examples=200)
@given(_records | st.lists(_records, max_size=3) | st.dictionaries(_text, _records, max_size=2))
def test_dumps_of_records_equals_standard_library(obj: Any) -> None:
    """Lists of dicts with the same keys (encoded column by column) as json.dumps writes
    them, nested values and odd scalars included."""
    assert dumps(obj) == _reference(obj)


def test_records_with_other_keys_or_types_fall_back() -> None:
    for obj in ([{"a": 1}, {"b": 2}], [{"a": 1, "b": 2}, {"b": 2, "a": 1}], [{"a": 1}, [1]],
                [{"a": 1}, {"a": 1, "b": 2}], [{1: "x"}, {1: "y"}], [{"a": {1, 2}}, {"a": 1}]):
        if any(isinstance(v, dict) and {1, 2} in v.values() for v in obj):
            with pytest.raises(TypeError):
                dumps(obj)
            continue
        assert dumps(obj) == _reference(obj)


_flat_records = st.lists(st.dictionaries(
    _text | st.sampled_from(["}\n{", "a", '"}', "\n"]),
    _scalars | st.sampled_from(["}\n{", "},\n{", "}", "{", '"}\n{"', "x\ny"]),
    min_size=1, max_size=4), min_size=1, max_size=6)


@settings(max_examples=200)
@given(_flat_records | st.dictionaries(_text, _flat_records, max_size=2))
def test_flat_records_in_one_call_equal_standard_library(obj: Any) -> None:
    """Lists of dicts of scalars (turns, timeline, points), any keys, written by one C call
    and cut between records: text that looks like a record boundary stays inside its string."""
    assert dumps(obj) == _reference(obj)
