"""The order the rooms are asked in, over one document.

guards (brackets, tables) -> room 1, each line alone -> room 4, across files
-> room 3, by place -> room 2, by neighbours -> weak verdicts settled -> guards
(prose between prose) -> adjacent duplicates
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ...lexicon import Lexicon
from ...report import Report, TimeBudgetExceeded
from . import (
    above,
    addresses,
    bare_titles,
    comments,
    contacts,
    copies,
    corpus,
    dates,
    dom,
    entries,
    feeds,
    guards,
    list_headings,
    menus,
    page_title,
    placeholders,
    position,
    posts,
    price_cards,
    replies,
    runs,
    sandwiched,
    site_names,
    tables,
    tail,
    weak,
    zones,
)
from .body import body_span, body_start
from .features import Item, previous_kept, verdicts
from .line import line_room
from .registry import enabled

# Sweeps over the whole document, in order. Each declares its codes (registry.detector).
SWEEPS = (
    corpus.corpus_repeats,
    runs.mail_headers,  # a forwarded message's header, before the rooms read its fields
    copies.echoed_headings,  # a table of contents: before the title is looked for over the body
    copies.copied_passages,  # the article printed again further down: before the rooms read it
    feeds.feeds,
    posts.post_stamps,  # before the columns of labels: a thread's furniture is no menu
    posts.stamp_templates,  # a post's stamp of labelled fields, over every reply
    posts.named_stamps,  # a comment's author and time, over every comment
    comments.comment_headers,  # a reader's name and day over each comment's words
    comments.comment_records,  # a name, the words, a stamp, under a comment section's heading
    posts.repeated_headers,  # a comment's author and the widget's words, over each
    posts.bbs_headers,  # a bulletin board's header over each post, its origin line under it
    posts.time_gaps,  # the gaps a thread prints between its posts
    posts.thread_events,  # '某某 于 <date> 置顶此帖' between its posts
    entries.closable_cards,  # inline ads and recommendations, each with its close button
    entries.form_blocks,  # a form's labels down to its submit button
    entries.dial_code_options,  # a form's picker of countries and their dialling codes
    position.chrome_with_title_copy,
    position.teasers,
    runs.related_lists,
    entries.record_lists,
    runs.after_next_label,
    position.head_list,
    page_title.page_title_line,  # after head_list, which reads the copy of the title
    position.section_labels,
    runs.promo_blocks,
    runs.dated_links,
    menus.menus_outside_body,
    menus.long_columns,
    list_headings.site_kind_headings,  # after the menus: the kinds of entry they name
    placeholders.numbered_placeholders,  # a gallery's "截图1" / "截图2" / "截图3"
    above.megamenu_rows,
    above.lists_above_title,
    above.marked_links_above_title,
    corpus.repeated_rows,
    corpus.page_template_lines,
    feeds.feeds,  # again: the widgets under each entry are found now, and no longer part it
    site_names.site_name_lines,
    tail.tail_list,
    contacts.site_contacts,
    entries.card_feeds,  # a feed of cards below the article, whatever stands around it
    price_cards.price_cards,  # a shop's cards of other products, each with its price
    feeds.count_rows,  # an entry's counts under each entry of a list
    bare_titles.bare_title_lists,
    entries.bare_titles_in_listing,
    entries.cut_title_boxes,
    runs.facet_lists,
    runs.chapter_lists,
    runs.contents_outlines,
    copies.echoed_contents,  # a page's table of contents, its headings standing again below
    runs.calendars,
    entries.archive_links,
    entries.template_entries,
    weak.propagate_weak,
    runs.split_counters,
    runs.notice_lists,
    sandwiched.sandwiched,
    tables.guard_flat_tables,
    tables.guard_numbered_rows,
    tables.guard_spec_rows,  # a product's specifications, one field a line
    posts.comment_handles,  # a comment's author's handle over it, below the body
    posts.commenters,  # a comment's author's name over it, its stamp and button under it
    zones.tail_chrome,
    zones.head_chrome,
    # Last: a row it takes is no evidence for the zones (a listing's tags under each entry).
    menus.token_rows,  # rows of short words outside the body: menus, tags
    corpus.counted_templates,  # a short line printed again and again with another number
    menus.between_menus,  # a few short lines between two columns of a menu
    posts.post_authors,  # a post's author over the header the rooms took
)


_ACTIVE: dict[int, tuple[object, tuple[Callable[..., None], ...]]] = {}


class Document:
    """The lines of one document and what the rooms decided about them."""

    def __init__(
        self,
        items: list[Item],
        lexicon: Lexicon,
        on: Callable[[str], bool],
        repeated: frozenset[int] = frozenset(),
        head: bool = True,
        tail: bool = True,
        report: Report | None = None,
    ) -> None:
        self.items = items
        self.report = report
        self.lines = line_room(lexicon, on)
        self.ctx = self.lines.context
        self.on = on
        self.repeated = repeated
        # A block of a streamed file may not hold the document's start or end: the
        # detectors that look for a title, a head list or a tail list run only where they are.
        self.head = head
        self.tail = tail
        self._body: tuple[int, int, int | None] | None | bool = False
        self.title_sure = False  # the title found shares words with the body's start
        self.headline_key = ""  # the headline the page's <title> names (page_title.page_title_line)
        self.site_names: set[str] = set()  # the site's names in the page's <title>
        self.credits: dict[str, bool] = {}  # line key -> is it a credit (position._credit)
        self.memo: dict[str, object] = {}  # what a room found once for the whole document
        self._live: tuple[int, list[Item]] | None = None  # (count of verdicts then, the lines)

    def body_and_title(self) -> tuple[int, int, int | None] | None:
        """(first, last) index of the body and the index of its title, found once: the rooms
        that use them remove short lines only, which moves neither."""
        if self._body is False:
            span = body_span(self.items)
            if span is None:
                self._body = None
            else:
                # The title stands above the page's first paragraph, which on a thread or a
                # Q&A page is the question, not the heaviest run of replies.
                first = body_start(self.items)
                lex = self.ctx.lex
                while (
                    first is not None
                    and first < span[0]
                    and lex.find("footer_phrases", self.items[first].key)
                ):
                    # A site's notice in a sidebar ("本站所有文章均系站长从网上收集…") is no
                    # question over a thread's replies: the body starts after it.
                    first = body_start(self.items, first + 1)  # on from it: linear
                start = span[0] if first is None else min(span[0], first)
                title, sure = position.find_title(self, start)
                if not sure and start < span[0]:
                    # The first prose was a notice, not a thread's question: the title that
                    # names the lead stands above the main run of prose.
                    above_body, sure = position.find_title(self, span[0])
                    title = above_body if sure else title
                self.title_sure = sure
                heading = previous_kept(self.items, start)
                if (
                    title is not None
                    and heading is not None
                    and title < heading < span[0]
                    and position.first_section_heading(self.items, heading, start)
                ):
                    # The body opens with its first section's heading ("开放时间" over the
                    # first paragraph, as "借阅规则" stands over the next): it is the body's.
                    span = (heading, span[1])
                self._body = (*span, title)
        return self._body

    def _active(self) -> tuple[Callable[[Document], None], ...]:
        """The sweeps whose rules are on: asked once per selection of rules (the line room
        is kept per selection), not once per document."""
        found = _ACTIVE.get(id(self.lines))
        if found is None or found[0] is not self.lines:
            found = _ACTIVE[id(self.lines)] = (
                self.lines,
                tuple(sweep for sweep in SWEEPS if enabled(sweep, self.on)),
            )
        return found[1]

    def live(self) -> list[Item]:
        """The kept lines, a list the rooms read and never change: made again only when a
        verdict was given or taken back since (only Item.mark and Item.clear move a line's
        verdict; most sweeps of a page give none)."""
        now = verdicts()
        if self._live is None or self._live[0] != now:
            self._live = (now, [it for it in self.items if not it.removed])
        return self._live[1]

    def run(self) -> None:
        guards.mark_protected(self.items)
        guards.mark_tables(self.items)
        guards.mark_code(self.items, self.ctx.lex)
        # The per-file budget is cooperative: asked every so many lines, and between sweeps.
        # Read here as its deadline (no budget: nothing to ask), not through a method call
        # some seventy times a document.
        deadline = self.report.deadline if self.report is not None else None
        items, judge = self.items, self.lines.judge
        for start in range(0, len(items), 1024):
            if deadline is not None and time.monotonic() > deadline:
                raise TimeBudgetExceeded
            for item in items[start : start + 1024]:
                judge(item)
        if (
            self.report is not None
            and self.report.dom is not None
            and enabled(dom.dom_chrome, self.on)
        ):
            dom.dom_chrome(self)  # a page read from HTML: its structure is evidence too
        for sweep in self._active():
            if deadline is not None and time.monotonic() > deadline:
                raise TimeBudgetExceeded
            sweep(self)
        dom_page = self.report is not None and self.report.dom is not None
        if dom_page or self.report is None or any(item.code for item in self.items):
            self._guard()
        if enabled(copies.duplicates, self.on):
            copies.duplicates(self)
        if dom_page:
            dom.guard_entry_titles(self)  # a feed entry's title over its own text is no teaser

    def _guard(self) -> None:
        """The guards: each takes back a verdict (never gives one), so on a page where no
        line has any (most clean texts) they have nothing to read."""
        guards.guard_prose(self.items)
        guards.guard_cut_sentences(self.items)
        guards.guard_cut_figures(self.items, self.ctx.lex.terms("counting_units"))
        guards.guard_broken_paragraphs(self.items, self.ctx.lex.terms("piece_ends"))
        replies.guard_posts(self.items, self.ctx.lex)
        replies.guard_inline_comments(self.items, self.ctx.lex)
        comments.guard_named_comments(self.items, self.ctx.lex)
        tables.guard_filled_labels(self.items, self.ctx.lex)
        guards.guard_title(self)
        guards.guard_trail_title(self.items)
        posts.guard_board_authors(self)
        tables.guard_record_fields(self)
        dates.guard_fact_dates(self.items, self.ctx.lex)
        guards.guard_section_numbers(self.items)
        addresses.guard_contact_urls(self.items, self.ctx.vocab.contact_label)
        addresses.guard_cited_urls(
            self.items,
            self.ctx.lex.lists["citation_labels"],
            self.ctx.lex.terms("site_self_words"),
            placed[2] if (placed := self.body_and_title()) is not None else None,
        )
        guards.guard_headline(self.items, self.headline_key)
        guards.guard_own_work_claims(self.items, self.ctx.lex)
        guards.guard_numbered_records(self.items)
        dates.guard_signature_dates(
            self.items,
            self.ctx.lex.terms("org_suffixes"),
            placed[1] if (placed := self.body_and_title()) is not None else None,
        )
        if self.report is not None and self.report.dom is not None:
            dom.guard_by_dom(self)
