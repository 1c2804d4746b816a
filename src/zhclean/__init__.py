"""zhclean: clean scraped Chinese web text into UTF-8 paragraphs in one script.

The library is pure: it touches no files of yours, and the same bytes always give the
same result (its only I/O is a cache of its own built tables: :mod:`zhclean.cache`).

    >>> import zhclean
    >>> zhclean.clean_text("歷史經(jīng)驗,。").text
    '历史经验。\\n'
"""

from .cache import preload_patterns

preload_patterns()  # before the modules below compile their patterns (see zhclean.cache)

from ._version import __version__  # noqa: E402
from .config import Config  # noqa: E402
from .pipeline import CleanResult, clean_bytes, clean_text  # noqa: E402
from .report import Event  # noqa: E402
from .rules import RULES, Rule  # noqa: E402

__all__ = [
    "__version__",
    "Config",
    "CleanResult",
    "Event",
    "RULES",
    "Rule",
    "clean_bytes",
    "clean_text",
]
