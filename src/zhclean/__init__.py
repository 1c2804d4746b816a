"""zhclean: clean scraped Chinese web text into UTF-8 paragraphs in one script.

The library is pure: no I/O, the same bytes always give the same result.

    >>> import zhclean
    >>> zhclean.clean_text("歷史經(jīng)驗,。").text
    '历史经验。\\n'
"""

from .config import Config
from .pipeline import CleanResult, clean_bytes, clean_text
from .report import Event
from .rules import RULES, Rule

__all__ = ["Config", "CleanResult", "Event", "RULES", "Rule", "clean_bytes", "clean_text"]
__version__ = "0.1.0"
