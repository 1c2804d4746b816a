# Hand-written decisions: which raw lines (1-based) stay in gold, in order.
# ("join", sep, [a, b, ...]) rejoins a paragraph broken over several raw lines.
R = lambda a, b: list(range(a, b + 1))
SPECS = {
    # zimuxia.cn resource post (WordPress portfolio page)
    "x2_01.txt": {"keep": [9] + R(11, 32)},
    # zimuxia.cn search results (listing: title + excerpt)
    "x2_02.txt": {"keep": [10, 11, 13, 14, 16, 17]},
    # movie.douban.com subject page (cut raw)
    "x2_03.txt": {"keep": R(27, 36) + [59, 60, 61] + R(63, 68) + [85, 87, 89, 91, 93]},
    # yyets.com search results: bare titles only -> empty gold
    "x2_04.txt": {"keep": []},
    # rent.591.com.tw listing page (Taiwan, Traditional -> t2s), re-keyed reduced HTML
    "x2_05.txt": {"t2s": True, "keep": R(118, 118) + R(120, 161) + [162, 163, 164] + R(168, 175)
                  + [181, 182, 183, 187, 188] + R(189, 207)},
    # www.ptt.cc article pages (Taiwan BBS, Traditional -> t2s); the post body is one text node,
    # so the naive dump puts it on one line (its hard-wraps become double spaces)
    "x2_06.txt": {"t2s": True, "keep": [4, 6] + R(8, 15)},
    "x2_07.txt": {"t2s": True, "keep": R(4, 10)},
    "x2_08.txt": {"t2s": True, "keep": [4, 6] + R(8, 12)},
}
