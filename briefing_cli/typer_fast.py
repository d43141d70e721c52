"""Typer's option values without pydantic, for the plain values a command line holds.

Typer (0.2x) coerces every parameter through a pydantic `TypeAdapter`: importing pydantic
and building the adapters costs 0.1-0.2 s on every command run, error paths included, more
than digesting a typical briefing. `install()` puts a thin layer in front of it: a value
that is already what the option wants (a string for `str`, a plain decimal within the
option's bounds for `int`/`float`, one of an Enum's choices, a path) is converted here, with
Typer's own choice and path functions; anything else (an out-of-range number, an unknown
choice, an odd spelling) goes to Typer's pydantic adapter unchanged, so error messages and
edge cases stay Typer's. If Typer's internals are not what this was checked with (Typer
0.29), nothing is installed. BRIEFING_NO_FAST_PATHS=1 turns the layer off at run time.
"""

from __future__ import annotations

import os
import re
from enum import Enum
from pathlib import Path
from typing import Any

_INT = re.compile(r"0|[1-9][0-9]{0,17}")
_FLOAT = re.compile(r"(?:0|[1-9][0-9]{0,17})(?:\.[0-9]{1,17})?")
_UNKNOWN: Any = object()


def install() -> bool:
    """Route Typer's parameter coercion through `_plain` first; True if installed."""
    try:
        import typer.core as core
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import coerce_cli_choice, coerce_cli_path
    except ImportError:
        return False
    if getattr(core, "build_runtime_param", None) is not build_runtime_param:
        return getattr(getattr(core, "build_runtime_param", None), "briefing_fast", False) is True
    from dataclasses import dataclass

    def plain(descriptor: Any, value: Any, param: Any, ctx: Any) -> Any:
        annotation, info = descriptor.annotation, descriptor.parameter_info
        if annotation is str:
            return value if type(value) is str else _UNKNOWN
        if annotation is int or annotation is float:
            if getattr(info, "clamp", False):
                return _UNKNOWN
            if type(value) is annotation:
                number = value
            elif type(value) is str and (_INT if annotation is int else _FLOAT).fullmatch(value):
                number = annotation(value)
            else:
                return _UNKNOWN
            if (info.min is not None and number < info.min) or (
                    info.max is not None and number > info.max):
                return _UNKNOWN
            return number
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            try:
                return coerce_cli_choice(value, choices=tuple(annotation),
                                         case_sensitive=info.case_sensitive, ctx=ctx)
            except ValueError:
                return _UNKNOWN
        if annotation is Path and getattr(info, "path_type", None) in (None, Path):
            if type(value) is str and value:
                value = Path(value)
            if not isinstance(value, Path):
                return _UNKNOWN
            try:
                return coerce_cli_path(value, info, path_type=Path, param=param, ctx=ctx)
            except Exception:
                return _UNKNOWN
        return _UNKNOWN

    @dataclass(frozen=True)
    class PlainParam(RuntimeParam):
        descriptor: Any

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if not os.environ.get("BRIEFING_NO_FAST_PATHS"):
                result = plain(self.descriptor, value, param, ctx)
                if result is not _UNKNOWN:
                    return result
            full = build_runtime_param(self.descriptor)
            return full._coerce_value(value, param=param, ctx=ctx)

    def fast_build(descriptor: Any) -> Any:
        if descriptor.file_annotation is not None or descriptor.parameter_info.parser:
            return build_runtime_param(descriptor)
        return PlainParam(parameter_info=descriptor.parameter_info,
                          annotation=descriptor.annotation, descriptor=descriptor)

    fast_build.briefing_fast = True  # type: ignore[attr-defined]
    setattr(core, "build_runtime_param", fast_build)  # noqa: B010 (not in typer.core.__all__)
    return True


__all__ = ["install"]
