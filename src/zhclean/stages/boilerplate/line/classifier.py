"""The context every line detector reads: the word lists and the patterns built from them."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, TypeVar

from ....lexicon import Lexicon, per_lexicon
from ..vocab import alternation, vocabulary

if TYPE_CHECKING:
    from ..features import Item
    from ..registry import Verdict

TEXT_MEMO_MAX = 50_000
T = TypeVar("T")


class Classifier:
    """Word lists, their patterns and the label regexes, built once per lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.vocab = vocabulary(lexicon)
        lists = lexicon.lists
        labels = {
            "credit": lists["credit_labels"],
            "counter": lists["counter_labels"],
            "date": lists["date_labels"],
            "tag": lists["tag_labels"],
        }
        self.label_kind: dict[str, str] = {}
        for kind, terms in labels.items():
            for term in terms:
                self.label_kind.setdefault(term, kind)
        generic = self.vocab.generic_labels
        self.generic_label_res = tuple((re.compile(p), kind) for p, kind in generic)
        # Labels made like the listed ones ("编辑次数", "词条标签", "最近更新"), after them.
        labels_alt = alternation(self.label_kind) + "|" + "|".join(p for p, _ in generic)
        # A label starts the line or follows a space, a separator or a bracket ("(阅读:3727;评论:63)").
        self.label_re = re.compile(rf"(?:^|(?<=[\s|,;；(（\]】)\d]))({labels_alt})\s?:")
        generic_dates = "|".join(p for p, kind in generic if kind == "date")
        # A label in Latin letters is a whole word: "on" in "Posted on", not in "Jonathan".
        # A page's date label may name what the page is first ("文章发布时间", "菜谱创建时间").
        page_objects = alternation(lists["page_objects"]) or "(?!)"
        self.date_label_re = re.compile(
            rf"(?<![a-z])(?:{page_objects})?(?:{alternation(labels['date'])})(?![a-z])\s?:?"
            rf"|(?:{page_objects})?(?:{generic_dates})\s?:?"
        )
        self.teaser_re = re.compile(
            rf"^[【\[]?(?:{alternation(lists['teaser_labels'])})[】\]]?\s?:"
        )
        # Two or more channel labels run together, then at most a short topic name.
        self.section_run_re = re.compile(
            rf"^(?:{alternation(lists['section_labels'])}){{2,}}(?P<topic>\w{{0,6}})$"
        )
        self.brand_suffixes = tuple(lists["brand_suffixes"])
        # Widget labels run together once the invisible separators went ("收藏喜欢").
        widgets = alternation(t for t in lists["nav_labels"] if len(t) >= 2 and t.isalpha())
        self.nav_run_re = re.compile(rf"^(?:{widgets}){{2,}}$")
        # What the rooms ask of a line's text alone, remembered per text for the process
        # (a site's template lines recur on every page): see ``text_memo``.
        self.memos: dict[str, dict] = {}

    def text_memo(self, name: str) -> dict:
        """A memo of verdicts on a line's text alone, kept with these word lists; it starts
        afresh at TEXT_MEMO_MAX entries, so memory stays bounded on any corpus."""
        memo = self.memos.get(name)
        if memo is None or len(memo) >= TEXT_MEMO_MAX:
            memo = self.memos[name] = {}
        return memo

    def recall(self, name: str, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``key`` in the text memo ``name``."""
        # text_memo inlined: asked of every line by several rooms on every pass.
        memo = self.memos.get(name)
        if memo is None or len(memo) >= TEXT_MEMO_MAX:
            memo = self.memos[name] = {}
        found = memo.get(key)
        if found is None:
            found = memo[key] = compute()
        return found

    def label_kind_of(self, label: str) -> str:
        kind = self.label_kind.get(label)
        if kind is None:
            kind = next(kind for regex, kind in self.generic_label_res if regex.fullmatch(label))
        return kind


@per_lexicon
def classifier(lexicon: Lexicon) -> Classifier:
    """One classifier per word lists and process: its patterns are built once."""
    return Classifier(lexicon)


Detect = Callable[[Classifier, "Item"], "Verdict | None"]


def remembered(detect: Detect) -> Detect:
    """``detect`` with its verdicts remembered per line text, for a detector whose verdict
    hangs on the text alone (its key, text and counts, not its place in a bracket or a
    table): the line room and the rooms that ask it again share one answer."""
    name = detect.__name__

    @functools.wraps(detect)
    def ask(c: Classifier, item: Item) -> Verdict | None:
        memo = c.text_memo(name)
        memo_key = (item.key, item.text)
        if memo_key in memo:
            return memo[memo_key]
        found = memo[memo_key] = detect(c, item)
        return found

    return ask
