# Hand-written decisions (batch zz): which raw lines (1-based) stay in gold, in order.
# ("join", sep, [a, b, ...]) rejoins a paragraph broken over several raw lines.
# Written from shared/POLICY.md line by line, before anything measured these pages; the reasons
# are in ../DECISIONS.md.
R = lambda a, b: list(range(a, b + 1))
SPECS = {
    # www.piaotian.com chapter page (novel 大道朝天, chapter 2; Simplified). 20/21 and 61/62 are
    # two identical "……" scene-break lines each: adjacent identical lines become one (21, 62 go).
    "zz01_piaotian-novel-chapter-reader-toolbar-scene-breaks.txt": {
        "keep": [4] + R(6, 20) + R(22, 61) + R(63, 91),
    },
    # www.piaotian.com book page (info box, synopsis, latest chapters, reviews; Simplified)
    "zz02_piaotian-novel-book-page-infobox-author-works-reviews.txt": {
        "keep": [29, 30, 31, 33, 35, 36, 37, 43, 44],
    },
    # www.piaotian.com table of contents (bare chapter titles; Simplified): the book header stays
    "zz03_piaotian-novel-toc-bare-chapter-titles-site-notices.txt": {
        "keep": [3, 4],
    },
    # www.ly.gov.tw meeting-schedule list (立法院 會議預報, Traditional -> t2s): heading, table
    # header, 30 rows of date/time, organiser, meeting, room (the view-count column goes)
    "zz04_lygov-tw-legislature-meeting-schedule-table-portal-menus-trad.txt": {
        "t2s": True,
        "keep": [29] + R(59, 62) + [n for r in range(30) for n in R(64 + 5 * r, 67 + 5 * r)],
    },
}
