"""Config: what a cleaning run should do. Plain data, hashable, picklable.

>>> Config().target
'simplified'
>>> Config(target="taiwan").opencc_config
's2twp'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .rules import select_codes

# Target script -> (OpenCC config that converts *to* it, script name it produces).
TARGETS: dict[str, tuple[str | None, str | None]] = {
    "simplified": ("t2s", "simplified"),
    "traditional": ("s2t", "traditional"),
    "taiwan": ("s2twp", "traditional"),
    "hongkong": ("s2hk", "traditional"),
    "keep": (None, None),
}


@dataclass(frozen=True)
class Config:
    """Options of one run. ``select``/``ignore`` take codes, prefixes or rule names."""

    target: str = "simplified"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # Extra word-list files (same format as the packaged data/boilerplate.toml).
    rule_files: tuple[str, ...] = ()
    keep_removed_text: bool = True
    # Hashes (see zhclean.repeats.line_hash) of lines that recur across the corpus of a run.
    repeated_lines: frozenset[int] = frozenset()
    # Seconds one file may take in ``clean_bytes`` (None: no limit). A file over it is an
    # error result (ZH906), so one pathological input cannot hold up a run. Generous: a
    # megabyte takes about a second.
    time_budget: float | None = 60.0
    enabled: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.target not in TARGETS:
            raise ValueError(
                f"unknown target script {self.target!r}; choose from {', '.join(TARGETS)}"
            )
        object.__setattr__(self, "enabled", select_codes(self.select, self.ignore))

    @property
    def opencc_config(self) -> str | None:
        return TARGETS[self.target][0]

    @property
    def target_script(self) -> str | None:
        return TARGETS[self.target][1]

    def on(self, code: str) -> bool:
        return code in self.enabled
