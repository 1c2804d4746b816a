"""Room 4: junk across files: lines that recur on many pages of one run (a site's template).

The first pass over the corpus (``zhclean.repeats``) hashes every candidate line; the
hashes seen in many files arrive here as ``doc.repeated``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .features import STRONG
from .line.metadata import metadata
from .registry import KEEP, detector

if TYPE_CHECKING:
    from .document import Document


@detector("ZH316")
def corpus_repeats(doc: Document) -> None:
    """Lines that recur across many files of the run, unless prose, a credit or the title."""
    if not doc.repeated:
        return
    from ...repeats import is_candidate, line_hash

    # The first line too: a title is unique to its page, a line on every page is not a title.
    for item in doc.items:
        if item.removed or not is_candidate(item.text) or line_hash(item.text) not in doc.repeated:
            continue
        if metadata(doc.ctx, item) == KEEP:
            continue
        item.mark("ZH316", STRONG, "corpus_repeats")
