"""numpy, or for small transcripts a pure-Python stand-in that computes the same numbers.

Importing numpy costs a tenth to a fifth of a second, more than ranking a typical briefing
takes. So below PURE_MAX sentences the ranking code runs on `Array`, a list of floats with
the handful of numpy operations it uses, through this module standing in for `numpy`:

    np = arrays.module(len(sentences))   # numpy, or this module

The stand-in gives bit-identical results, not merely close ones: every element-wise
operation is the same IEEE operation on the same doubles, `bincount` adds in input order
as numpy does, and `Array.sum()` is numpy's pairwise summation (blocks of 8 partial sums,
halving above 128 elements). Logarithms and exponentials are libm's (`math`), which is what
numpy calls on this machine's build; tfidf computes its logarithms with `math` on both
paths. tests/test_startup.py checks the two paths against each other (hypothesis) and on
every fixture; BRIEFING_NO_FAST_PATHS=1 turns the stand-in off.
"""

from __future__ import annotations

import math
import operator
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# Sentences up to which ranking runs in pure Python: about 3,000 words of briefing. Above
# it numpy's start-up pays for itself.
PURE_MAX = 250

inf = math.inf
float64 = float
int64 = int
bool_ = bool


def use_pure(n: int) -> bool:
    """Whether `n` sentences are ranked in pure Python."""
    return n <= PURE_MAX and not os.environ.get("BRIEFING_NO_FAST_PATHS")


def module(n: int) -> Any:
    """numpy, or this module for a transcript of `n` sentences small enough (see PURE_MAX)."""
    if use_pure(n):
        import sys

        return sys.modules[__name__]
    import numpy

    return numpy


def like(values: Any) -> Any:
    """The module that made `values` (an Array or list: this one; else numpy)."""
    if isinstance(values, list):
        import sys

        return sys.modules[__name__]
    import numpy

    return numpy


def _pairwise(a: Sequence[float], lo: int, n: int) -> float:
    """numpy's pairwise_sum (numpy/_core/src/umath/loops_utils.h.src), operation for
    operation."""
    if n < 8:
        res = 0.0
        for i in range(lo, lo + n):
            res += a[i]
        return res
    if n <= 128:
        r = list(a[lo:lo + 8])
        i = 8
        end = n - n % 8
        while i < end:
            base = lo + i
            r[0] += a[base]
            r[1] += a[base + 1]
            r[2] += a[base + 2]
            r[3] += a[base + 3]
            r[4] += a[base + 4]
            r[5] += a[base + 5]
            r[6] += a[base + 6]
            r[7] += a[base + 7]
            i += 8
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        while i < n:
            res += a[lo + i]
            i += 1
        return res
    n2 = n // 2
    n2 -= n2 % 8
    return _pairwise(a, lo, n2) + _pairwise(a, lo + n2, n - n2)


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool) or type(value).__name__ == "bool"  # numpy's bool too


def _is_scalar(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, list)


class Array(list[Any]):
    """A one-dimensional float (or bool, or int) vector with numpy's semantics for the
    operations the rankers use. Operations with a numpy array defer to numpy."""

    __slots__ = ()

    @property
    def size(self) -> int:
        return len(self)

    # element-wise arithmetic -------------------------------------------------------------
    def _map(self, other: Any, op: Callable[[Any, Any], Any]) -> Any:
        if _is_scalar(other):
            return Array([op(x, other) for x in self])
        if hasattr(other, "tolist"):  # a numpy array or scalar: its values as Python's
            other = other.tolist()
            if _is_scalar(other):
                return Array([op(x, other) for x in self])
        if isinstance(other, (list, tuple)):
            if len(other) != len(self):
                raise ValueError("operands could not be broadcast together")
            return Array(map(op, self, other))
        return NotImplemented

    def _rmap(self, other: Any, op: Callable[[Any, Any], Any]) -> Any:
        if _is_scalar(other):
            return Array([op(other, x) for x in self])
        return NotImplemented

    def _inplace(self, other: Any, op: Callable[[Any, Any], Any]) -> Array:
        result = self._map(other, op)
        if result is NotImplemented:
            raise TypeError(f"unsupported operand {type(other).__name__}")
        self[:] = result
        return self

    def __add__(self, other: Any) -> Any:
        return self._map(other, operator.add)

    def __radd__(self, other: Any) -> Any:
        return self._rmap(other, operator.add)

    def __sub__(self, other: Any) -> Any:
        return self._map(other, operator.sub)

    def __rsub__(self, other: Any) -> Any:
        return self._rmap(other, operator.sub)

    def __mul__(self, other: Any) -> Any:
        return self._map(other, operator.mul)

    def __rmul__(self, other: Any) -> Any:
        return self._rmap(other, operator.mul)

    def __truediv__(self, other: Any) -> Any:
        return self._map(other, _divide)

    def __rtruediv__(self, other: Any) -> Any:
        return self._rmap(other, _divide)

    def __neg__(self) -> Array:
        return Array([-x for x in self])

    def __abs__(self) -> Array:
        return Array(map(builtin_abs, self))

    def __iadd__(self, other: Any) -> Array:
        return self._inplace(other, operator.add)

    def __isub__(self, other: Any) -> Array:
        return self._inplace(other, operator.sub)

    def __imul__(self, other: Any) -> Array:
        return self._inplace(other, operator.mul)

    def __itruediv__(self, other: Any) -> Array:
        return self._inplace(other, _divide)

    # comparisons and logic: bool arrays ---------------------------------------------------
    def __lt__(self, other: Any) -> Any:
        return self._map(other, operator.lt)

    def __le__(self, other: Any) -> Any:
        return self._map(other, operator.le)

    def __gt__(self, other: Any) -> Any:
        return self._map(other, operator.gt)

    def __ge__(self, other: Any) -> Any:
        return self._map(other, operator.ge)

    def __eq__(self, other: Any) -> Any:
        return self._map(other, operator.eq)

    def __ne__(self, other: Any) -> Any:
        return self._map(other, operator.ne)

    __hash__ = None

    def __and__(self, other: Any) -> Any:
        return self._map(other, lambda a, b: bool(a and b))

    def __or__(self, other: Any) -> Any:
        return self._map(other, lambda a, b: bool(a or b))

    def __iand__(self, other: Any) -> Array:
        return self._inplace(other, lambda a, b: bool(a and b))

    def __invert__(self) -> Array:
        return Array([not x for x in self])

    # indexing: ints, slices, index lists and bool masks -----------------------------------
    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return list.__getitem__(self, key)
        if isinstance(key, slice):
            return Array(list.__getitem__(self, key))
        if hasattr(key, "__index__") and not hasattr(key, "__len__"):  # a numpy integer
            return list.__getitem__(self, int(key))
        keys = list(key)
        if keys and _is_bool(keys[0]):
            if len(keys) != len(self):
                raise IndexError("boolean index did not match")
            return Array([x for x, keep in zip(self, keys, strict=True) if keep])
        get = list.__getitem__
        return Array([get(self, k) for k in keys])

    def __setitem__(self, key: Any, value: Any) -> None:
        if isinstance(key, (int, slice)):
            list.__setitem__(self, key, value)
            return
        if hasattr(key, "__index__") and not hasattr(key, "__len__"):
            list.__setitem__(self, int(key), value)
            return
        keys = list(key)
        if keys and _is_bool(keys[0]):
            keys = [i for i, keep in enumerate(keys) if keep]
        values = list(value) if isinstance(value, list) else [value] * len(keys)
        for k, v in zip(keys, values, strict=True):
            list.__setitem__(self, k, v)

    # reductions -------------------------------------------------------------------------
    def sum(self) -> Any:
        if self and _is_bool(list.__getitem__(self, 0)):
            return builtin_sum(self)
        return _pairwise(list(self), 0, len(self))

    def mean(self) -> float:
        return self.sum() / len(self) if self else math.nan

    def max(self) -> Any:
        return builtin_max(self)

    def any(self) -> bool:
        return builtin_any(self)

    def copy(self) -> Array:
        return Array(self)

    def astype(self, dtype: Any) -> Array:
        return Array(map(_caster(dtype), self))

    def tolist(self) -> list[Any]:
        return list(self)


builtin_sum, builtin_max, builtin_any, builtin_abs = sum, max, any, abs


def _divide(a: float, b: float) -> float:
    """IEEE division as numpy does it: x/0 is ±inf or nan, not an exception."""
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)


def _caster(dtype: Any) -> Callable[[Any], Any]:
    if dtype is None or dtype is float:
        return float
    if dtype is bool:
        return bool
    if dtype is int:
        return int
    raise TypeError(f"unsupported dtype {dtype!r}")


# the numpy functions the rankers use ------------------------------------------------------
def asarray(values: Iterable[Any], dtype: Any = None) -> Array:
    if isinstance(values, Array) and dtype is None:
        return values
    return Array(map(_caster(dtype), values)) if dtype is not None else Array(values)


array = asarray


def zeros(n: int, dtype: Any = None) -> Array:
    return Array([_caster(dtype)(0)] * n)


def ones(n: int, dtype: Any = None) -> Array:
    return Array([_caster(dtype)(1)] * n)


def full(n: int, value: Any) -> Array:
    return Array([value] * n)


def arange(n: int, dtype: Any = None) -> Array:
    return Array(map(_caster(dtype if dtype is not None else int), range(n)))


def _unary(fn: Callable[[float], float]) -> Callable[[Any], Any]:
    def apply(x: Any) -> Any:
        if isinstance(x, list):
            return Array(map(fn, x))
        if _is_scalar(x):
            return fn(x)
        return Array(map(fn, x))

    return apply


exp = _unary(math.exp)
log = _unary(lambda x: math.log(x) if x > 0 else (-math.inf if x == 0 else math.nan))
sqrt = _unary(lambda x: math.sqrt(x) if x >= 0 else math.nan)
abs = _unary(builtin_abs)  # noqa: A001


def _binary(fn: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def apply(a: Any, b: Any) -> Any:
        if _is_scalar(a) and _is_scalar(b):
            return fn(a, b)
        n = len(b) if _is_scalar(a) else len(a)
        xs = [a] * n if _is_scalar(a) else a
        ys = [b] * n if _is_scalar(b) else b
        return Array(map(fn, xs, ys))

    return apply


# numpy's maximum/minimum for numbers that are never NaN here: the first on a tie.
maximum = _binary(lambda a, b: b if b > a else a)
minimum = _binary(lambda a, b: b if b < a else a)


def where(condition: Sequence[Any], a: Any, b: Any) -> Array:
    n = len(condition)
    xs = [a] * n if _is_scalar(a) else a
    ys = [b] * n if _is_scalar(b) else b
    return Array([x if c else y for c, x, y in zip(condition, xs, ys, strict=True)])


def argmax(values: Sequence[Any]) -> int:
    """Index of the first maximum, as numpy's."""
    best = 0
    for i in range(1, len(values)):
        if values[i] > values[best]:
            best = i
    return best


def bincount(indices: Sequence[int], weights: Sequence[float] | None = None,
             minlength: int = 0) -> Array:
    """Sums of `weights` per index, added in input order (numpy's loop)."""
    size = builtin_max(minlength, builtin_max(indices) + 1 if len(indices) else 0)
    if weights is None:
        counts = [0] * size
        for i in indices:
            counts[i] += 1
        return Array(counts)
    out = [0.0] * size
    for i, w in zip(indices, weights, strict=True):
        out[i] += w
    return Array(out)


def __getattr__(name: str) -> Any:
    """Any numpy function not stood in for above is numpy's own (numpy converts an Array
    like any list), so code that grows a new numpy call stays correct, only slower to
    start; tests/test_startup.py notices numpy being imported for a small briefing."""
    import numpy

    return getattr(numpy, name)


__all__ = ["PURE_MAX", "Array", "like", "module", "use_pure"]
