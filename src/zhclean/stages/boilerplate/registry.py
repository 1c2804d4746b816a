"""Detectors declare the rule codes they give, where they are defined.

    >>> @detector("ZH311")
    ... def rule_line(context, item):
    ...     return None
    >>> rule_line.codes, rule_line.detector_name
    (frozenset({'ZH311'}), 'rule_line')
    >>> enabled(rule_line, lambda code: code != "ZH311")
    False

A detector whose codes are all switched off (``--ignore``) does not run, so it
cannot steer its neighbours' verdicts either. Guards and mechanisms that only
keep lines or pass verdicts on declare no code and always run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ...rules import RULES

F = TypeVar("F", bound=Callable)

# A verdict: (rule code, strength). KEEP stops the line detectors: the line stays whole.
Verdict = tuple[str, int]
KEEP: Verdict = ("", 0)


def detector(*codes: str) -> Callable[[F], F]:
    for code in codes:
        if code not in RULES:  # a typo is a bug: fail at import, in every test
            raise KeyError(code)

    def wrap(fn: F) -> F:
        fn.codes = frozenset(codes)  # type: ignore[attr-defined]
        fn.detector_name = fn.__name__  # type: ignore[attr-defined]
        return fn

    return wrap


def enabled(fn: Callable, on: Callable[[str], bool]) -> bool:
    """Does ``fn`` run under the selection ``on``? (A detector of no code always runs.)"""
    codes = getattr(fn, "codes", frozenset())
    return not codes or any(on(code) for code in codes)
