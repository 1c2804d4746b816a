# Hand-written decisions for batch o (line numbers count from 1 over the raw file's lines, split
# at \n; o01 is UTF-8, o02-o05 CP950 (Big5), o06-o11 GB18030 (GBK range)).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was installed or run on any of these pages
# (zhclean was not installed, imported or run at any time for this batch).

NAV = "§3 site navigation (menus, breadcrumb, buttons, tabs)"
UI = "§3 UI prompt / widget / button"
FOOT = "§3 site footer: links, licences, ICP, copyright"
CTR = "§3 page chrome: counters"
FEED = "§3 feed chrome (channel fields, links, ids, dates, per-entry author/category/flags; b16/b17/j17/j18/k13/m02-m04 convention)"
HEAD = FEED + ": the blog's title and its description/tagline (m03/k13)"
ENTRY = FEED + ": `false` (draft flag), entry author, three ISO times, entry id"
URL = FEED + ": the entry's permalink"
SEP = "§3 separator line of one repeated symbol"
MARK = "§2 leftover markup: escaped tags (`<a …>`, `<img …>`, `<br />`, `<p>`) removed with nothing in their place, the text around them kept (k08-k15/m03 convention)"
NBSP = "§1 stray HTML entity `&nbsp;` decoded (to NBSP, then folded to one space by §4)"
BREAK = "§3 decided: Breaks (a comma at a line's end means the sentence goes on: rejoin with nothing in between)"
TRAD = "Raw kept as CP950 (Big5) bytes; Traditional, converted with t2s in the gold (§5)."
GBK = "Raw kept as GB18030 bytes (the feed declares gb2312; every character is in the GBK range); Simplified."


def entries(first_chrome, spans, why=ENTRY):
    return [(a, b, why) for a, b in spans]


S = {}

S["o01"] = dict(
    remove=[
        (1, 12, NAV + ": `登录` and the search engine's channel row (新闻 网页 微信 知乎 图片 视频 明医 英文 问问 学术 更多>>)"),
        (13, 13, "§3 site chrome: the results notice `以下内容来自微信公众平台` above the list"),
        (14, 25, UI + ": the search-tools panel (搜索工具 / 全部时间 一天内 一周内 … / 自定义 / 时间格式错误 / 确认 / 全部类型 图集 含视频 / 账号内搜索 / 没有找到相应的公众号 / 收起工具 / 取消筛选)"),
        (56, 56, "§3 decided: Listing pages: the pager `12345678910 下一页` goes"),
        (57, 57, CTR + ": result count `找到约57,817条结果`"),
        (58, 58, UI + ": the empty hot-words widget `搜索热词热度`"),
        (59, 59, FOOT + ": `搜索帮助 意见反馈及投诉 © 2017 SOGOU.COM 免责声明`"),
    ],
    notes=[
        "Search-result page of a WeChat-article search engine (搜狗微信搜索 weixin.sogou.com, query `高考`, 2017-07), Simplified, a **listing page**: ten entries of title / teaser (the engine's snippet, cut with `...`) / the account's name. §3 decided: Listing pages: a page whose text is a list of entries with a title and a teaser keeps its entries; so each title (26, 29, …), snippet (27, 30, …) and account name (28, 31, …: the source credit of the entry, kept like a byline) stays. The entries' dates were printed by a script (`document.write(timeConvert(…))`), which the dump drops.",
        "Titles and snippets keep the engine's ASCII punctuation (`,` `?` `!` `:` for the articles' full-width marks) as received (§5: punctuation width kept).",
    ],
    open=[
        "Raw 28, 31, … 55: the account name standing alone under each snippet (`占豪`, `光明网`, `龙招港` …) is kept as the entry's source credit; a reader could remove it as listing chrome (a name without a sentence).",
    ],
)

S["o02"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (1, 2, HEAD + ": `Letter Lego` and its tagline with escaped `<br>`/`<p>` (`對我而言，<br> 只不過是文字樂高遊戲；…`)"),
        (3, 9, FEED + ": feed id, update time, generator `Blogger`, Blogger's English feed notice over three lines, `true`"),
        (10, 14, FEED + ": entry author `Letter Lego`, three ISO times, entry id"),
    ],
    notes=[
        "Atom feed of a Taiwan blog (Letter Lego letterlego.blogspot.com, 2004-12) whose first entry reposts a library article, `【轉載】紐約公共圖書館『世紀之書』（下）` by 王錫璋 of the 國家圖書館: its title (15), heading `世紀之書（下）` (16), byline with the author's post (17), two paragraphs (18-19), the article's own table of contents `目次` with six section titles (20-26: the author's list inside the body, §3 Kept) and the book list (27-132: year, author, title pairs; §3 decided: Tables and data: the list the page exists to show). The dump has 33,598 visible characters: the raw is **cut** (batch j's rule) after 132 of 427 lines, inside section 十 of the list.",
        "`【轉載】` in the title is the blogger's repost label, part of the entry title, kept. The list's separators `｜` and `－－` and the `＊` marks are the article's.",
        "Trailing spaces at the end of many list lines are stripped (§4). " + TRAD,
    ],
)

S["o03"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (1, 2, HEAD + ": `block-k.207` / `這裡，可算是我的隨意空間吧`"),
        (3, 9, FEED + ": feed id, update time, generator, Blogger's English feed notice, `true`"),
        (10, 14, FEED + ": entry author `Ke`, three ISO times, entry id"),
        (21, 26, ENTRY),
        (61, 66, ENTRY),
        (69, 74, ENTRY),
        (115, 115, SEP + " (`========================` between the two scenes of a story)"),
        (133, 138, ENTRY),
        (141, 146, ENTRY),
        (167, 172, ENTRY),
        (182, 187, ENTRY),
        (211, 211, FEED + ": the last entry's `false`"),
    ],
    joins=[[76, 77], [78, 79], [80, 81], [94, 95], [103, 104]],
    joinwhy={
        76: BREAK + " (`…朋友圈不同,` + `兩邊的朋友們…`)",
        78: BREAK,
        80: BREAK,
        94: BREAK,
        103: BREAK,
    },
    subs=[
        ([68, 140], r"<[^>]*>", "", MARK + "; the `Posted by Picasa` badge is an `<img>` alt text, removed with its tag"),
        ([68, 140], r"&nbsp;", "\u00a0", NBSP),
    ],
    notes=[
        "Atom feed of a Hong Kong student's blog (block-k.207 ke207.blogspot.com, 2005-12), Traditional with Cantonese (`乜.. 將d相縮細左放埋一堆真係好靚架咩?`, `核突就核突d`): a short poem, two dialogue stories in quotes, two photo posts (escaped markup, 68 and 140), a duet lyric marked `p:`/`v:`/`t:`, a joke list and a song lyric `過火 張信哲` with its chorus marks `＊` `＃` `＋` (190-210, indented with spaces and U+3000, stripped and folded by §4). All entry titles and texts stay (a feed is a listing: entry titles and texts are the page's text, m02-m04).",
        "Raw 140 (after the markup is removed): the post's paragraphs and its three date-and-place stamps `22122005 QB` / `24122005 TST` / `26122005 WC` run into one line, as the k convention leaves them.",
        "Raw 76-81, 94-95, 103-104: story lines that end with an ASCII comma are rejoined with the next (§3 decided: Breaks), giving `…朋友圈不同,兩邊的朋友們…` with no space after the comma (POLICY: nothing in between). The lines of the dialogues, the poem and the lyrics that end without a comma stay one a line.",
        TRAD,
    ],
    open=[
        "Raw 19-20 `28122005 CB` / `30122005 PE` and 165-166 `18122005 CW` / `20122005 newct`: the blogger's own date-and-place stamps (day-month-year and a place's initials) under a poem and a lyric. Kept as the author's signature (§3 decided: Dates keeps an event's date in a signature; when unsure, keep); a reader could remove them as lines that only date the page.",
    ],
)

S["o04"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (1, 2, HEAD + ": `karenkuo's blog` / `Post all your comments but my stomach is watching...`"),
        (3, 8, FEED + ": feed id, update time, generator, Blogger's English feed notice"),
        (9, 13, FEED + ": entry author `karenkuo`, three ISO times, entry id"),
        (16, 21, ENTRY),
        (28, 33, ENTRY),
        (36, 41, ENTRY),
        (46, 51, ENTRY),
        (58, 63, ENTRY),
        (66, 66, FEED + ": the last entry's `false`"),
    ],
    subs=[
        ([65], r"<[^>]*>", "", MARK),
    ],
    notes=[
        "Atom feed of a Taiwan personal blog (karenkuo's blog tlkkuo.blogspot.com, 2005-06), Traditional with English: six short entries (titles and texts kept), one of them the blogger's moving notice `I'm no longer here` with her new address, a `p.s`, a news headline and its URL (22-27: the author's text and the links she wrote inside the entry, §3 Kept: link lists the author wrote inside the body).",
        "Raw 65 (after the markup is removed): a Flickr photo link and seven short lines joined by the removed `<br />`s into one line, `奇怪?!總是在那種標題下…打個電話給我?謝謝你` (k convention). Its inner commas (`…回家睡覺了,中午就…`) are not line ends, so no join arises.",
        TRAD,
    ],
    open=[
        "Raw 24 `http://karenkuo.blogsome.com/` and 27 `http://tw.news.yahoo.com/050622/195/1zfjo.html`: bare URLs on their own lines inside an entry. Kept as the author's text (her new address; the source of the headline she quotes); m03 removed a bare feed URL after a subscription call, which these are not.",
    ],
)

S["o05"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (1, 1, HEAD + ": `KAFKA1967`"),
        (2, 8, FEED + ": feed id, update time, generator, Blogger's English feed notice, `true`"),
        (9, 13, FEED + ": entry author `KAFKA`, three ISO times, entry id"),
        (16, 21, ENTRY),
        (24, 29, ENTRY),
        (32, 32, FEED + ": the last entry's `false`"),
    ],
    subs=[
        ([15, 23, 31], r"<[^>]*>", "", MARK + "; each entry opens with an `<img … alt=host>` picture, removed with its tag"),
    ],
    notes=[
        "Atom feed of a Taiwan copywriter's blog (KAFKA1967 kafkatseng.blogspot.com, 2005-12), Traditional: three essays (on learning English, on an advertising pitch and the industry's move to China, on a copywriting lesson), each an entry title and one line of escaped HTML in which every short line of the essay ends with `<br />`. With the tags removed and nothing in their place (k08-k15/m03 convention) each essay becomes one long line whose sentences run on without punctuation (`從18歲開始就為學好英文而痛苦著到了20歲下定決心…`): the gold follows the convention, it does not invent punctuation.",
        "The essays' own marks stay as received: `(山東籍英文老師]` with a mismatched bracket, `”我”` with two closing quotes, `---`, `.........`.",
        "The dump has 5,784 characters but 5,399 visible ones (under 5,500): not cut. " + TRAD,
    ],
)

S["o06"] = dict(
    enc="gb18030",
    enc_name="GB18030 (declared gb2312)",
    remove=[
        (1, 3, HEAD + ": `Let's talk.Let's think.`, the blog's link, the WordPress default tagline `Just another WordPress weblog`"),
        (4, 5, FEED + ": build date and the RSS 0.92 specification URL"),
        (8, 8, URL),
        (10, 10, URL),
        (13, 13, URL),
        (16, 16, URL),
        (19, 19, URL),
    ],
    notes=[
        "RSS feed of a mainland blog on military news (Let's talk.Let's think. bbs.blogsome.com, 2004-12), Simplified: entries of a title and a text, most of them news reposts with the blogger's one-line comment at the end (`和别的国家就是不一样吧。`, `还说什么中日永不再战…`). Kept: every entry title (6, 9, 11, 14, 17, 20) and text (7, 12, 15, 18); the entry `“阵风”战斗机(组图)` (9) has no text. Raw 15 is a whole 新华网 report on the 2004 defence white paper (its dateline and reporter `新华网北京１２月２７日电（记者周效政）` inside the line, kept) with full-width digits, as received.",
        "Each text is one line in which the post's paragraphs are separated by a tab and two U+3000 (the feed's flattened `<p>`s): folded to one space (§4); not split, since the raw line is one block.",
        "The dump has 7,942 visible characters: the raw is **cut** (batch j's rule) after 20 of 34 lines; the last line is the title `美证实5年前成立519部队因应亚太变化包括台海` whose text falls after the cut (kept: an entry title). " + GBK,
    ],
)

S["o07"] = dict(
    enc="gb18030",
    enc_name="GB18030 (declared gb2312)",
    remove=[
        (1, 3, HEAD + ": `My live,My Pda`, the blog's link, the tagline `留下我们最真的回忆`"),
        (4, 6, FEED + ": build date, the RSS 0.92 specification URL, language `en`"),
        (9, 9, URL),
        (11, 11, URL),
        (13, 13, URL),
        (16, 16, URL),
        (19, 19, URL),
        (22, 22, URL),
        (25, 25, URL),
        (28, 28, URL),
        (31, 31, URL),
        (34, 34, URL),
    ],
    notes=[
        "RSS feed of a mainland PDA blog (My live,My Pda pda.blogsome.com, 2004-12), Simplified with English product names: tech-news reposts about Palm, SanDisk, Sony, AMD, E-Ten devices and the blogger's short posts (`其实俺也想要个TC` with no text, `我的爱机1940` / `哈哈`). Kept: every title and text; raw 10 is an entry without a title (its text only).",
        "Raw 18 `… =========== 就是不知道软件支持的怎么样了。`: the run of `=` is inside a line, between the repost and the blogger's comment, not a separator line of its own (§3 removes whole lines only): kept.",
        "Raw 24: the specification table of a Palm TE (尺寸 / 重量 / 操作系统 / 处理器 / 内存 / 电池 / 参考价格 with their values) flattened with tabs into one line; kept whole as the post's data (§3 decided: Tables and data), tabs folded to spaces (§4). " + GBK,
    ],
)

S["o08"] = dict(
    enc="gb18030",
    enc_name="GB18030 (declared gb2312)",
    remove=[
        (1, 3, HEAD + ": `coverer.com weblog`, its link, and the site's description with escaped `<br><hr …/>` (`当我们在建设网站时…宁波最专业的网站建设团队 … 什么是SEO？…`: the site's slogan and self-promotion, §3 site slogan / promotional block)"),
        (4, 5, FEED + ": language `en-us`, build date"),
        (7, 7, URL),
        (10, 10, URL),
        (13, 13, URL),
        (16, 16, URL),
        (19, 19, URL),
        (22, 22, URL),
        (25, 25, URL),
        (28, 28, URL),
        (31, 31, URL),
        (34, 34, URL),
        (37, 37, URL),
        (40, 40, URL),
    ],
    notes=[
        "RSS feed of a Ningbo web-design company's weblog on SEO and Google services (coverer.com weblog, 2005-12), Simplified with English: twelve entries of a title and the feed's excerpt of the post (several cut by the feed with `...` or `.......`; the excerpt is the entry's text here, not a teaser before a body, so it stays). Kept: the titles (6, 9, …, 39) and texts (8, 11, …, 38), with the URLs and shell output that the posts themselves quote (`http://www.google.com/language_tools?hl=zh-CN`, `[root@web tools]# rpm -ivh …`, `###…### [100%]`).",
        "The dump has 6,668 visible characters: the raw is **cut** after 40 of 50 lines (the last line is the permalink of `How Much Is My Blog Worth?…`, whose text falls after the cut). " + GBK,
    ],
    open=[
        "Raw 3, the site's description in the feed header, mixes the company's sales pitch with an explanation of SEO (`什么是SEO？SEO就是…`). Removed whole as the feed's channel description (m03/k13 remove the blog's description) and the site's self-promotion; a reader keeping every sentence the site wrote could keep its SEO explanation.",
    ],
)

_LW = [9, 12, 15, 18, 21, 24, 27, 30, 33]
S["o09"] = dict(
    enc="gb18030",
    enc_name="GB18030 (declared gb2312)",
    remove=[
        (1, 3, HEAD + ": `王敖和董小缠`, the blog's link, the tagline `仙`"),
        (4, 6, FEED + ": the host `Blogcn.com`, its link and its logo URL"),
        (8, 8, URL), (11, 11, URL), (14, 14, URL), (17, 17, URL), (20, 20, URL),
        (23, 23, URL), (26, 26, URL), (29, 29, URL), (32, 32, URL), (35, 35, URL),
    ],
    subs=[
        (_LW, r"\s*\(<a [^>]*>浏览全文</a>&nbsp; <a [^>]*>引用此文</a>\)", "", UI + ": the host's link pair `(浏览全文 引用此文)` (read more / trackback) after every excerpt"),
        (_LW, r"<[^>]*>", "", MARK + " (emoticon `<img>`s in raw 21 included)"),
        ([27, 33], r"&nbsp;", "\u00a0", NBSP),
    ],
    notes=[
        "RSS feed of a mainland poet's diary blog (王敖和董小缠 luciferwang.blogcn.com, about 2005), Simplified: ten entries of a title, the permalink and the feed's text of the post (escaped `<br>` markup, `&nbsp;` entities and the host's `(浏览全文 引用此文)` links). Kept: the titles and texts; raw 9 quotes Auden (`奥登说的大实话`), 33 holds poems (`绝句` …) whose verse lines run together once the `<br>`s are removed (k convention).",
        "Raw 30 `董小缠<br><br><br><br> (浏览全文 …)` becomes `董小缠`, the whole text of the entry `愿有情人结成家属`.",
        "The dump has 11,659 visible characters: the raw is **cut** after 35 of 66 lines (the last line is the permalink of `偶感`). " + GBK,
    ],
)

S["o10"] = dict(
    enc="gb18030",
    enc_name="GB18030 (declared gb2312)",
    remove=[
        (1, 3, HEAD + ": `CindyChen.com`, its link, the tagline `[ Cindy, Oceana and Allan ]`"),
        (4, 6, FEED + ": build date, the generator URL, language `en`"),
        (8, 13, FEED + ": permalink, comments link, date, entry author `Allan`, category `Creation 原创` (§3 decided: 所属分类 fields), guid"),
        (15, 16, "§2 leftover markup + §3 two adjacent identical lines become one: raw 15 is the post of raw 14 again as escaped HTML (`<script …>window.document.getElementById('post-108')…</script>`, `<p>`, `<img …>`), identical to 14 once the markup and the script call are removed; and the comments-feed URL (feed chrome)"),
        (18, 23, FEED + ": permalink, comments link, date, author, category, guid"),
        (25, 26, "§2 leftover markup + §3 two adjacent identical lines become one (raw 25 = raw 24 as escaped HTML with a script call); comments-feed URL"),
        (28, 33, FEED + ": permalink, comments link, date, author, category, guid"),
    ],
    inline={
        14: [("&#038;", "&", "§1 stray HTML entity (`Johnson &#038; Johnson` → `Johnson & Johnson`)")],
    },
    notes=[
        "RSS 2.0 feed (WordPress) of a Chinese-American family's blog (CindyChen.com, 2005-03), Simplified: the father's post on his daughter's birth in San Francisco (14), a prose poem to his wife (24) and the title of a third post whose text falls after the cut (27). Every post comes twice: the plain `description` (14, 24) and the `content:encoded` copy with its markup and a WordPress script call (15, 25). The plain line is kept and the marked-up copy removed: after §2 the two are the same text (checked: identical once whitespace is ignored), so §3's rule for adjacent identical lines applies.",
        "Raw 14 and 24 separate the post's paragraphs with two or three spaces: folded to one (§4); the poem's signature `□ 二零零五年，于美国旧金山` stays (a date in the author's signature).",
        "The dump has 8,729 visible characters: the raw is **cut** after 33 of 56 lines. " + GBK,
    ],
    open=[
        "Which copy to keep (14 or 15) does not change the words, only the spacing between paragraphs; the plain copy was kept because it needs no markup removal.",
    ],
)

S["o11"] = dict(
    enc="gb18030",
    enc_name="GB18030 (declared gb2312)",
    remove=[
        (1, 4, HEAD + ": `Cappuccino Space`, its link, the tagline `日子如流沙 …`, `Copyright 2005`"),
        (5, 6, FEED + ": build date, generator URL"),
    ] + [(a, a + 4, FEED + ": permalink, comments link, date, category `我心我想` (§3 decided: 所属分类 fields), guid") for a in (8, 16, 24, 32, 40, 48, 56, 64, 72, 80)]
      + [(a, a, FEED + ": the entry's comments-feed URL") for a in (14, 22, 30, 38, 46, 54, 62, 70, 78, 86)],
    notes=[
        "RSS 2.0 feed (WordPress 1.2) of a mainland personal blog (Cappuccino Space cappuccinos.3322.org, 2005-10/12), Simplified: ten short diary entries (rain, a Christmas dinner, a dream, dead fish …) and one English song lyric (`Beverley Craven - Promise Me`, 61, cut by the feed with `...`). Kept: the ten titles and texts.",
        "Raw 45 starts with the WordPress smiley code `:cry:` glued to the text: kept as received (it is what the author typed; turning it into an emoji or removing it is not a POLICY repair).",
        "Paragraphs inside each text are separated by two spaces: folded to one (§4). Not cut (3,596 visible characters). " + GBK,
    ],
)
