"""Options from a file: ``[tool.zhclean]`` in pyproject.toml, or a zhclean.toml.

The nearest such file, walking up from the current folder, is read (as ruff and
black do); options given on the command line win over it.

    [tool.zhclean]
    to = "simplified"
    include = ["*.txt", "*.md"]
    ignore = ["ZH316"]
    rules = ["my-rules.toml"]        # relative to the settings file
    jobs = 0
    dedup-lines = true
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from .config import TARGETS

KNOWN = {
    "to": str,
    "include": list,
    "exclude": list,
    "select": list,
    "ignore": list,
    "rules": list,
    "jobs": int,
    "dedup-lines": bool,
    "dedup-min-files": int,
    "dedup-min-share": float,
    "fsync": str,
}


# How an error message names each kind ("must be a int" read badly).
KIND_NAMES = {
    str: "a string",
    list: "a list",
    int: "an integer",
    bool: "true or false",
    float: "a number",
}


class SettingsError(ValueError):
    pass


@dataclass
class Settings:
    path: Path | None = None
    values: dict = field(default_factory=dict)

    def get(self, key: str, cli_value, default):
        """The command line's value if given, else the file's, else the default."""
        if cli_value is not None and cli_value != [] and cli_value != ():
            return cli_value
        return self.values.get(key, default)


def _read(path: Path) -> dict | None:
    # Imported here: a run with no settings file (most) parses no TOML.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read settings: {exc}") from exc
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("zhclean")
    return data.get("tool", {}).get("zhclean", data)


def find_settings(start: Path | None = None) -> Settings:
    """The nearest pyproject.toml with [tool.zhclean], or zhclean.toml, at or above ``start``."""
    folder = (start or Path.cwd()).resolve()
    for directory in (folder, *folder.parents):
        for name in ("zhclean.toml", "pyproject.toml"):
            candidate = directory / name
            if candidate.is_file():
                values = _read(candidate)
                if values is not None:
                    return Settings(candidate, _validate(candidate, values))
    return Settings()


def _validate(path: Path, values: dict) -> dict:
    out = {}
    for key, value in values.items():
        if key not in KNOWN:
            raise SettingsError(
                f"{path}: unknown option {key!r}; known: {', '.join(sorted(KNOWN))}"
            )
        kind = KNOWN[key]
        if kind is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise SettingsError(f"{path}: option {key!r} must be {KIND_NAMES[kind]}")
        if kind is list and not all(isinstance(v, str) for v in value):
            raise SettingsError(f"{path}: option {key!r} must be a list of strings")
        if key == "to" and value not in TARGETS:
            raise SettingsError(
                f"{path}: option 'to' must be one of {', '.join(TARGETS)}, not {value!r}"
            )
        if key == "fsync" and value not in ("run", "file", "never"):
            raise SettingsError(f"{path}: option 'fsync' must be run, file or never, not {value!r}")
        if key == "jobs" and value < 0:
            raise SettingsError(f"{path}: option 'jobs' must be 0 (all cores) or more, not {value}")
        if key == "rules":
            value = [str((path.parent / v).resolve()) for v in value]
        out[key] = value
    return out
