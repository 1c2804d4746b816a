"""A server's notice that the page is missing, in any words: "对不起，我们没有找到您要的网页。",
"Sorry, the page you requested cannot be found.", "没有找到文件或目录", "错误代码为：404".

Asked by navigation.ui_prompt (ZH310): the notice is the site's, never the author's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .classifier import Classifier


MISSING_NOTICE_MAX = 60
MISSING_HEADING_MAX = 12  # "没有找到文件或目录": a notice's heading, no visitor named
ERROR_CODE_MAX = 20


def missing_page(c: Classifier, key: str, length: int) -> bool:
    """A server's notice that the page is missing: a word that something is missing, a word
    for a page or a file, and the visitor it speaks to (or as short as a heading); or an
    error's code alone ("错误代码为：404"). An author's "警方没有找到那份文件" names no visitor."""
    if "404" in key and length <= ERROR_CODE_MAX and c.lex.contains("error_code_words", key):
        return True
    if not (c.lex.contains("missing_words", key) and c.lex.contains("missing_things", key)):
        return False
    return length <= MISSING_HEADING_MAX or c.lex.contains("notice_addressees", key)
