# Hand-written decisions for batch p (line numbers count from 1 over the raw file's lines, split
# at \n; every raw of this batch is UTF-8).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was installed or run on any of these pages
# (zhclean was not installed, imported or run at any time for this batch).

NAV = "§3 site navigation (menus, pager, buttons, tabs)"
UI = "§3 UI prompt / widget / button"
CTR = "§3 page chrome: counters"
FOOT = "§3 site footer / disclaimer of the aggregating site"
PROF = "§3 forum chrome (batch B b01, j13, m09): the poster's user name, the post's buttons (回复 模版回复 转寄 搜索 只看此ID), the floor label (楼主/第N楼), nickname and profile card (身份 用户 文章 N 星座 积分 等级)"
HDR = "§3 forum chrome (b01 `发表于 … | 只看该作者` convention): the BBS post header `发信人: id (nick), 信区: board` / `标  题: …` / `发信站: 水木社区 (date), 站内` that the board prints over every post"
TAIL = "§3 forum chrome: the signature separator `--` (a separator line of one repeated symbol) and the origin line `※ 来源:·水木社区 http://…·[FROM: IP]` the board appends to every post"
BTN = "§3 forum chrome: the post's bottom buttons (查看 发信 加好友 / 返回顶部)"
QCH = "§3 forum chrome quoted inside a reply: the quoted post's signature separator / origin line / the board's quote-cut filler `: …………` or a quote line with nothing in it (whole lines; the quote's text lines stay, m10)"
CLIENT = "§3 added by the posting tool, not the author: the client's sign-off (`发自xsmth (iOS版)` / `- 来自最水木 -`) in the signature block after `--` (forum-printed signatures go, batch B)"
FEED = "§3 feed chrome (channel fields, links, ids, dates, per-entry author/category/flags; b16/b17/j17/j18/k13/m02-m04/o02-o11 convention)"
ENTRY = FEED + ": `false` (draft flag), entry author, three ISO times, entry id"
SEP = "§3 separator line of one repeated symbol"
BREAK = "§3 decided: Breaks (a comma at a line's end means the sentence goes on: rejoin with nothing in between; o03 precedent)"
TRAD = "Raw written as UTF-8 (the feed is Big5, read as CP950); Traditional, converted with t2s in the gold (§5)."


S = {}

# p01: newsmth WorkLife thread, first page (raw 366 lines)
FLOOR_BLOCKS = [
    # (buttons+profile first, last), (header first, last)
    ((76, 96), (97, 99)),
    ((103, 123), (124, 126)),
    ((135, 155), (156, 158)),
    ((169, 189), (190, 192)),
    ((202, 222), (223, 225)),
    ((234, 254), (255, 257)),
    ((261, 281), (282, 284)),
    ((290, 310), (311, 313)),
    ((321, 341), (342, 344)),
]
p01_remove = [
    (1, 13, NAV + ": `贴数:353 分页:`, pager digits 1–8 … 36 >>, `新话题模版发文快捷回复`"),
    (15, 32, PROF),
    (33, 35, HDR),
    (37, 38, TAIL),
    (39, 39, CTR + ": the rating widget's header `有36位用户评价了这篇文章：`"),
]
for (a, b), (c, d) in FLOOR_BLOCKS:
    p01_remove.append((a, b, BTN + " of the previous post; then " + PROF))
    p01_remove.append((c, d, HDR))
p01_remove += [
    (101, 102, TAIL),
    (130, 132, QCH + " (`:--`, `:FROM 114.245.192.*`, `:...................`)"),
    (133, 134, TAIL),
    (161, 161, QCH + " (`:` alone)"),
    (163, 163, QCH + " (`:` alone)"),
    (165, 165, TAIL + " (the `--` before the client's sign-off)"),
    (166, 166, CLIENT),
    (167, 168, TAIL),
    (196, 196, QCH + " (`:` alone)"),
    (198, 198, QCH + " (`: ....................`)"),
    (199, 199, CLIENT),
    (200, 201, TAIL + " (origin `※ 来源:·最水木 客户端·[FROM: …]`)"),
    (230, 231, QCH + " (`: :--`, `: ...................`)"),
    (232, 233, TAIL),
    (259, 260, TAIL),
    (288, 289, TAIL),
    (317, 317, TAIL + " (the `--` before the client's sign-off)"),
    (318, 318, CLIENT),
    (319, 320, TAIL),
    (348, 349, TAIL),
    (350, 353, BTN + " of the last post"),
    (354, 366, NAV + ": `文章数:353 分页:`, pager, and the legend `精华帖带附件`"),
]
S["p01"] = dict(
    remove=sorted(p01_remove),
    notes=[
        "First page of a thread on 水木社区 (newsmth.net, board WorkLife, 2016-03-25/28), Simplified: the opening post `如果面对国民党酷刑，你会变节吗`, the 36 short ratings other users left under it (`[score]id:text(time)`), and nine replies (floors 1–9), several quoting the post they answer. Saved by an Android client's developer as the response of the site's nForum AJAX page (a page fragment: no `<head>`).",
        "Kept: the title line 14, the text of every post (36, 100, 127, 159, 193, 226, 258, 285, 314, 345), the 36 rating lines 40–75, and each reply's quote: the quote header `【 在 id 的大作中提到: 】` and the quoted text lines (m10 precedent: a reply widget's quote of the parent is kept), including a quoted quote header (164, 197) and a nested quoted line (229).",
        "Raw 14 `分享到:文章主题: 如果面对国民党酷刑，你会变节吗` is the page's only title line with the share label glued in front: kept whole (boilerplate goes as whole lines only; b-batch precedent for glued link text). The post header's `标  题:` line that repeats the title goes with the header.",
        "Raw 40–75: each rating is one line `[  ]id:text(2016-03-27 15:04)`: the user id, score and time are glued to the comment's text, so the line stays whole (l09/l10/n06: a comment's `name:` prefix glued inside its line stays). Raw 58 (`dsf asfsadf asdf as`, keyboard mashing) and raw 62 (cut by the site at `扛不`) stay as received.",
        "Every post body line carries leading and trailing spaces and NBSPs from the BBS layout: stripped (§4).",
    ],
    open=[
        "Raw 166, 199, 318: the posting client's sign-off (`发自xsmth (iOS版)`, `- 来自最水木 -`) inside the post's signature block is removed as tool-added text like the board's origin line; a reader could keep it as part of what the poster sent.",
        "Raw 130–132, 161, 163, 196, 198, 230–231: inside the kept quotes, the quoted post's `--`/`FROM` lines, the quote-cut filler `: …………` and empty `:` lines are removed; the quote header and quoted text stay. Removing the whole quote (a copy of text already on the page) is the other reading; the set kept quotes so far (m10).",
        "Raw 14: the share label `分享到:` stays glued to the title (whole-line rule).",
    ],
)

S["p02"] = dict(
    remove=[
        (1, 3, NAV + ": `贴数:2 分页:`, `1`, `新话题模版发文快捷回复评价/Like`"),
        (5, 20, PROF),
        (21, 23, HDR),
        (37, 38, TAIL),
        (39, 39, UI + ": the rating button `我要Like！`"),
        (40, 43, BTN),
        (44, 64, PROF + " (here also 编辑 删除 and `管理积分 0`)"),
        (65, 67, HDR),
        (69, 70, TAIL),
        (71, 74, BTN),
        (75, 77, NAV + ": `文章数:2 分页:`, `1`, legend `精华帖 带附件`"),
    ],
)
S["p02"]["notes"] = [
    "A two-post thread on 水木社区's Test board (newsmth.net, 2016-03-18/30), Simplified: the Android client's developer tested mixed text and images by posting a passage of an RxJava tutorial (线程控制 —— Scheduler, with its headings `3. 线程控制 —— Scheduler (一)` and `1) Scheduler 的 API (一)` and a list of the Schedulers), and another account answered `这个结果很不错啊`. The images and the code block of the passage are not in the saved page (only their text is, the dump keeps no `<img>`).",
    "Kept: the title line 4 (share label glued, as p01 raw 14), the passage 24–36 (headings 25 and 27 stay as lines: short, no sentence end, followed by a sentence, §3 Breaks) and the reply 68. Raw 36 ends with a colon before the lost code block: kept as received (nothing to join it to).",
    "The passage is a copy of someone else's tutorial posted on a test board: §3 keeps a page's text whoever wrote it (quality filtering is another job).",
]
S["p02"]["open"] = [
    "Raw 4: the share label `分享到:` stays glued to the title (whole-line rule), as p01.",
]

S["p03"] = dict(
    remove=[
        (1, 13, NAV + ": `主题数:36495 分页:`, `<<`, pager digits, `>>`"),
        (14, 14, NAV + ": board buttons `发表文章模版发文驻版用户精华区备忘录`"),
        (15, 15, CTR + ": moderators and the board's live counters (`本版当前共有1317人在线[最高10300人] 今日帖数4842 版面积分:103144`)"),
        (16, 16, NAV + ": the topic table's column heads (状态 主题 发帖时间 | 作者 评分 Like 回复 最新回复 | 作者)"),
        (17, 46, "§3 decided: Listing pages: a list of bare titles (no teaser) is a link list and goes: 30 topic rows of title (with the pager marks `[23456..15]` glued) / post time / author / rating / likes / reply count / last-reply time / last replier"),
        (47, 59, NAV + ": the pager again"),
        (60, 60, UI + ": the legend `精华帖 带附件`"),
    ],
    notes=[
        "A board's topic list on 水木社区 (newsmth.net, 2016-05-05/06; the saved fragment does not name the board, its topics are family and daily-life questions), Simplified, a **listing page** of bare titles: no row carries a teaser or snippet. **Empty gold** (a10/a14/c15/l12 precedent: title + date lists go).",
    ],
    open=[
        "Raw 17–46: the rows carry numbers (rating, likes, reply counts) and times beside each title; l14 kept a news ranking table with counts as data the page exists to show. Here the numbers are the forum's activity counters of link rows, not the subject of the page, so §3 Listing pages (bare titles go) is applied; a reader could keep the titles as the page's text.",
    ],
)

S["p04"] = dict(
    remove=[
        (1, 1, "§3 decided: Tags and site chrome: the site's name `顶点小说` standing alone at the head"),
        (2, 2, UI + ": the search button `搜索`"),
        (3, 19, NAV + ": category menu (首页 玄幻小说 … 阅读记录) and the mobile menu (首页 排行 书库 完本 阅读历史)"),
        (20, 20, CTR + ": the result count `搜索\"斗破苍穹\" 共有 \"31\" 个结果`"),
        (21, 21, NAV + ": the result table's column heads (作品分类 作品名称 最新章节 作者 更新时间)"),
        (22, 52, "§3 decided: Listing pages: a list of bare titles (no teaser) is a link list and goes: 31 rows of category / book title / latest chapter's title / author / update date"),
        (53, 53, FOOT + ": the novel site's reprint notice `本站所有小说为转载作品，所有章节均由网友上传，…`"),
        (54, 54, NAV + ": footer links `首页 阅读记录 顶部↑`"),
    ],
    notes=[
        "Search-result page of a pirate novel site (`顶点小说`, query `斗破苍穹`, rows dated up to 2023-12-05; the test suite beside it fetches https://www.xbiqu6.com/search/ with that query, so the page is most probably that site's), Simplified, a **listing page**: a table of 31 books (category, title, latest chapter, author, update date), no synopsis. **Empty gold**.",
    ],
    open=[
        "Raw 22–52: a search result table is the page's purpose; o01 kept search results because each had a snippet, l11 kept a shop list because each row had a price. These rows have only titles, names and dates, so they go as bare titles (§3 Listing pages; c15/l12); a reader could keep them under §3 Tables and data.",
    ],
)

S["p05"] = dict(
    t2s=True,
    remove=[
        (1, 5, FEED + ": channel title `苦勞網`, channel link, channel description `這是苦勞網的 RSS`, image title `苦勞網`, channel date"),
        (6, 8, FEED + ": the channel's image block: its title `文建會硬不起來`, image URL and link (a picture link, no entry text)"),
        (10, 10, FEED + ": the entry's permalink"),
        (12, 15, FEED + ": category, entry author (the site's section `苦勞報導`), date, subject (the category again)"),
        (17, 17, FEED + ": the entry's permalink"),
        (19, 22, FEED + ": category, author `苦勞論壇`, date, subject"),
        (24, 24, FEED + ": the entry's permalink"),
        (26, 30, FEED + ": category, author, date, two subject lines (`媒體`, `200509無線電視事業公股處理方案`)"),
        (32, 32, FEED + ": the entry's permalink"),
        (34, 37, FEED + ": category, author, date, subject"),
        (39, 39, FEED + ": the entry's permalink"),
        (41, 44, FEED + ": category, author, date, subject"),
        (46, 46, FEED + ": the entry's permalink"),
        (48, 52, FEED + ": category, author, date, two subject lines"),
        (54, 54, FEED + ": the entry's permalink"),
        (56, 59, FEED + ": category, author, date, subject"),
        (61, 61, FEED + ": the entry's permalink"),
        (63, 66, FEED + ": category, author, date, subject"),
        (68, 68, FEED + ": the entry's permalink"),
        (70, 73, FEED + ": category, author, date, subject"),
        (75, 75, FEED + ": the entry's permalink"),
        (77, 80, FEED + ": category, author, date, subject"),
        (82, 82, FEED + ": the entry's permalink"),
        (84, 87, FEED + ": category, entry author `樂生保留自救會`, date, subject"),
        (89, 89, FEED + ": the entry's permalink"),
        (91, 94, FEED + ": category, entry author `高雄市總工會`, date, subject"),
        (96, 96, FEED + ": the entry's permalink"),
        (98, 101, FEED + ": category, entry author `手護東海聯盟、東海大學建築系研究所`, date, subject"),
        (103, 103, FEED + ": the entry's permalink"),
        (105, 107, FEED + ": category, entry author `香港民間監察世貿聯盟`, date"),
    ],
    notes=[
        "RSS feed of a Taiwan independent news site on labour and social movements (苦勞網 coolloud.org.tw, 2005-12-28/31), **Traditional**: 15 entries, each a title and the feed's lead of the story (the first ~100 characters, cut by the feed mid-sentence with no mark), from the site's reports (苦勞報導), forum columns (苦勞論壇) and press releases of groups (樂生保留自救會, 高雄市總工會, 香港民間監察世貿聯盟 …). Kept: every entry title and lead (a feed is a listing whose entries are the page's text; j17/j18: teasers stay). The dump has 150 lines; the raw is **cut** (batch j's rule) after 107, at the end of the 15th entry.",
        "Leads keep the feed's full-width indent `　　` and the double spaces where paragraphs met (62, 55): stripped and folded (§4). Raw 90 starts with the release's own date and number (`九 十 四 年 十二 月 三十日 （94）高市總新字第 一三三號`) glued to its text: kept whole (whole lines only). Raw 83 is an event notice whose line ends with its sign-up contact (`報名聯絡：賴澤君，0968…，sawalai@gmail.com`): the line is the entry's text and the contact belongs to its subject, kept whole (m02 precedent; §3 decided: Contact lines).",
        "The feed holds numeric references (`&#29234;` 爲, `&#39722;` 鬪, used in raw 55 and 67) to characters outside Big5; so the raw is written as UTF-8, not back in Big5 (batch j left the feed out for that reason). OpenCC t2s turns 爲 into 为 and leaves 鬪 as it is. " + TRAD,
    ],
    open=[
        "Raw 84, 91, 98, 105: the entry author of a press release is the organisation that wrote it (`高雄市總工會` …), not the site's section: removed with the other per-entry author fields (feed convention); a reader could keep it as the release's byline.",
        "Raw 6: the channel image's title `文建會硬不起來` (a headline used as a picture link) is removed with the image block; it is not an entry of the feed.",
    ],
)

S["p06"] = dict(
    t2s=True,
    remove=[
        (1, 1, FEED + ": the blog's title `MARZ 格子`"),
        (2, 8, FEED + ": feed id, update time, generator `Blogger`, Blogger's English feed notice over three lines, `true`"),
        (9, 13, FEED + ": entry author `marz`, three ISO times, entry id"),
        (24, 24, SEP + " (`====…` between the English and Chinese notice and the story)"),
        (48, 53, ENTRY),
        (57, 62, ENTRY),
        (70, 75, ENTRY),
    ],
    joins=[[27, 28], [37, 38]],
    joinwhy={
        27: BREAK + " (`Didn't reply to any of your comments,` + `nor post any new stuffs here.`)",
        37: BREAK + " (`…才把地址公佈,` + `但慢慢我就覺得, …`)",
    },
    notes=[
        "Atom feed of a bilingual personal blog (MARZ 格子 carbonxiv.blogspot.com, 2005-05), English with **Traditional** Chinese (Hong Kong or overseas wording: `上載`, `覓食`): a moving notice written twice, in English and Chinese line by line, a `testing` post, a post on straightening one's hair, and the title of a fourth (`繼續覓食 Food searching cont'd...`) whose text is past the cut. Kept: every entry title and text. The dump has 159 lines; the raw is **cut** (batch j's rule) after 76, because raw 77 (the fourth post's text) takes the visible characters past 5,000.",
        "Raw 17/21 bare URLs of the new site stay inside the entry (o04 precedent); raw 18/22 `.` alone after each URL is the author's punctuation, kept as a line (leftover punctuation stays; k03 kept a line starting with `。` apart). Raw 16/20 end with a colon before the URL on its own line: not joined (j17 precedent). Raw 63-64: the title `Being a straight...` runs on into the text `hair person do …`: both kept as received.",
        TRAD + " t2s leaves the English lines unchanged.",
    ],
    open=[
        "Raw 27+28: POLICY joins a line ending with a comma to the next with nothing in between, which gives `comments,nor post` in English; the rule is applied literally (o03 did so for ASCII commas in Chinese). A joiner for Latin text would put a space there.",
    ],
)

S["p07"] = dict(
    notes=[
        "A short sports commentary on Tracy McGrady and the Rockets (Simplified, about 2008; page saved by Chromium's encoding-detection tests as `UTF-8 with no encoding specified`, no site named): two paragraphs in the body with no markup, which the naive dump runs into one line (a newline inside a text node becomes a space). **Near-clean control**: nothing is removed; edge spaces stripped and the run of spaces between the paragraphs folded to one (§4). The paragraph break the dump lost cannot be restored from the raw.",
    ],
)
