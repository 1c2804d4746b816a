# Hand-written decisions per file (line numbers count from 1 over the raw file's lines).
# remove: list of (first, last, rule text); joins: list of [line, line, ...] joined with nothing;
# inline: {line: [(old, new, reason)]}; t2s: convert with OpenCC t2s; notes / open: free text.

NAV = "§3 site navigation (menus, breadcrumb, buttons)"
TITLE = "§3 page <title> (headline + site name) that repeats the headline printed in the body: site chrome (a01 raw 39 precedent)"
LIST = "§3 lists of other articles (run of title-like lines after the article's end / before its start)"
FOOT = "§3 site copyright / ICP / footer links"
DATE = "§3 a date or time that dates the page, standing alone"
PN = "§3 上一篇/下一篇 links"
CTR = "§3 page chrome (counters)"
TEAS = "§3 teaser (labelled 摘要 or unlabelled, copying the body)"
KW = "§3 关键词/标签 line"
ADKW = "§3 whole line of ad keywords (casino, lottery, porn, betting brands), even in the title position"
SLOG = "§3 site name or slogan standing alone at the head or tail"
UI = "§3 UI prompt / widget"
CTA = "§3 contact lines: a call to action with a contact goes"
DUP = "§3 two adjacent identical lines become one (adjacent once the chrome between them is gone)"

S = {}

S["d01"] = dict(
    t2s=True,
    remove=[
        (1, 1, TITLE),
        (2, 16, NAV + ": channel menu"),
        (17, 17, NAV + ": section label 要聞"),
        (18, 18, NAV + ": breadcrumb"),
        (
            21,
            21,
            TEAS + ": unlabelled ◎ lead that copies raw 24 minus its first words (可以看到 ，)",
        ),
        (48, 48, CTA + ": 喜歡請關注微信號… follow prompt with a WeChat id"),
        (50, 50, NAV + ": epidemic-tracker link"),
        (51, 52, FOOT + ": reprint prohibition of the site"),
        (53, 54, FOOT + ": the site's business and reader hotlines"),
        (55, 55, "§3 takedown notice of the site (特別提醒…如您不希望作品出現在本站)"),
        (56, 56, NAV),
        (57, 62, LIST + ": 熱文精選, titles cut short"),
        (63, 73, LIST + ": 點擊排行, numbered titles"),
        (74, 74, UI + ": app prompt"),
        (75, 76, CTR + ": bare 0 counters"),
        (77, 87, NAV + ": footer links"),
        (88, 90, FOOT + ": copyright, advertising hotlines, licence/ICP"),
        (91, 91, ADKW + " (porn)"),
        (92, 92, "§3 separator line of one repeated symbol (`|`)"),
    ],
    inline={
        40: [
            (
                "?/p>",
                "?",
                "§2 leftover markup: the tail `/p>` of a `</p>` whose `<` was eaten by the broken character before it",
            )
        ]
    },
    notes=[
        "Raw 20 (`每日經濟新聞 2022-04-14 19:18:28`) kept whole: a time stamp with the paper's name as source credit (real/11, 143 precedent).",
        "Raw 22 byline (每經記者 … 每經編輯 …), raw 33 chart caption with 來源, raw 43 `數據來源：麗水樓市` and raw 49 `封面圖片來源：攝圖網-500635638` kept: credits printed with the article.",
        "Raw 27 and 38 are sub-headings (臺州：… / 麗水：…): kept as headings.",
        "The document is machine-converted Traditional (于, 范, 松 left from Simplified; full-width commas preceded by a space ` ，`). It is Traditional overall, so the gold is OpenCC t2s of the whole text; the space before `，` is kept as received (one ASCII space, §4).",
        "Raw 25, 29 and 40 hold irrecoverable mojibake after a closing quote, where the source lost a byte and the following GBK text was read one byte off (`? ！鄙虾Ｖ性\ue12e…` for 上海中原…, `? ！迸_州`, `? ！?`): kept as is (§1: irrecoverable runs are kept; POLICY's repairs do not cover a byte shift). Raw 25 thereby keeps one private-use character U+E12E.",
    ],
    open=[
        "Raw 21 is the publisher's own ◎ summary line; it copies raw 24 almost word for word, so it is removed as an unlabelled teaser. If it is read as an original summary it would stay.",
        "Raw 48 `（每經房產原創 ，喜歡請關注微信號Real-estate-Circle）` mixes an originality credit with a follow-us prompt; removed as a call to action with a contact. Keeping it would also be defensible (credit).",
        "Raw 40: only `/p>` is removed, the broken `?` before it stays. Leaving the whole tail verbatim is the conservative alternative.",
        "Raw 1 (page title = headline + ` | 每經網`) is dropped because the headline stands in the body at raw 19; POLICY's duplicate rule only covers adjacent lines.",
    ],
)

S["d02"] = dict(
    t2s=True,
    remove=[
        (1, 1, TITLE + " (title @ blog name :: 痞客邦 ::; the headline is raw 11)"),
        (2, 2, SLOG + ": blog name"),
        (3, 3, NAV + ": skip link"),
        (4, 4, SLOG + ": the blog's tagline under its name"),
        (5, 5, "§3 所属分类 field (部落格全站分類)"),
        (6, 9, NAV + ": blog tabs"),
        (10, 10, DATE + " (post date in English)"),
        (38, 38, NAV + ": 全站熱搜"),
        (39, 41, "§3 page chrome: author profile box (創作者介紹, name, blog name)"),
        (
            42,
            42,
            "§3 template line `<name> 發表在 痞客邦 留言(0) 人氣()` (Posted by … with counters)",
        ),
        (43, 43, UI + ": E-mail轉寄"),
        (44, 45, "§3 所属分类 fields (全站分類 / 個人分類)"),
        (46, 49, PN + " (此分類上一篇/下一篇, 上一篇/下一篇)"),
        (50, 70, LIST + ": 歷史上的今天, year + title"),
        (71, 73, NAV + ": ▲top, 留言列表, 發表留言"),
        (74, 89, UI + ": calendar widget (month, weekday letters, day numbers)"),
        (90, 95, NAV + ": sidebar headings and archive counts"),
        (96, 189, NAV + ": category list with post counts"),
        (190, 195, NAV + "/" + CTR + ": sidebar headings, empty 人氣 labels, QR Code"),
        (196, 196, FOOT),
        (197, 198, UI + ": idle dialog"),
        (199, 210, "§2 template residue (`{{:blog.name}}` …) and its labels"),
        (211, 223, UI + "/§2 template residue: idle dialog and template repeated"),
    ],
    notes=[
        "Raw 11 is the post title; raw 12–37 are the post, its short lines (17, 20–23, 26, 28–29, 31–33, 36) are photo captions: kept as they are (§3 photo captions).",
        "No joins: every long paragraph ends with a sentence end; the caption lines are short lines without punctuation.",
        "Taiwanese Traditional; gold is OpenCC t2s. The author's `”…”` quotes (closing marks used on both sides) are kept as received (§1, §5).",
    ],
    open=[
        "Raw 4 is the blogger's own tagline (驚喜也說不準在哪個轉角…); it is removed as the site slogan standing alone at the head, although the blogger wrote it.",
        "Raw 40 `Mei-wen Wang` (the author's name in the profile box) and raw 42 (`… 發表在 痞客邦 …`) go as blog chrome; a reading of raw 42 as a byline would keep it (POLICY keeps bylines).",
    ],
)

S["d03"] = dict(
    t2s=True,
    remove=[
        (1, 1, TITLE + " (chapter title + _雨南小說; the chapter title is raw 4)"),
        (2, 2, NAV),
        (3, 3, NAV + ": breadcrumb"),
        (6, 6, "§3 separator line of one repeated symbol (`-`)"),
        (74, 74, "§3 separator line of one repeated symbol (`-`)"),
        (75, 75, NAV + ": 加入收藏 < 上一章 章節列表 下一章 > 錯誤舉報"),
        (76, 108, UI + ": reader settings, font/voice widgets, report form"),
        (109, 116, "§2 template residue (`{{# $.each(...) }}` …)"),
    ],
    joins=[[35, 36], [51, 52], [62, 63]],
    notes=[
        "Raw 5 (作者：河之舟 分類：都市 更新時間：… 來源：siluke) kept whole: a metadata line that carries a real name credit (06 precedent).",
        "Joins: raw 35, 51 and 62 end with `，` and the next line opens the quoted speech (`“…`): rejoined with nothing (§3 Breaks: a comma at a line's end means the sentence goes on). Lines ending with `：` before a quote (raw 7, 16, 21, 39, 45, 54) are not joined: POLICY names comma, `、` and cut words only.",
        "Raw 30 ends without punctuation but raw 31 starts a new sentence (再說，…): not joined.",
        "Traditional (with 冇, 纔, 麵 for 面 as the novel site prints them); gold is OpenCC t2s, its choices stand.",
    ],
    open=[
        "Raw 19 `……` (a line of one ellipsis) is kept: it is the author's scene break in the story, not a repeated-symbol separator such as `=====`.",
        "The three comma joins follow POLICY literally; a novel's `，` before a new line of speech could also be read as a paragraph end (like `：`).",
    ],
)

S["d04"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE + " (thread title - board - forum - Powered by Discuz!)"),
        (2, 13, NAV + ": login, message counters (0)"),
        (14, 14, NAV + ": breadcrumb"),
        (15, 17, NAV + ": buttons"),
        (
            18,
            35,
            "§3 page chrome: poster's profile block (name, 当前在线, UID/帖子/精华/积分/在线时间 counters, 注册时间, 最后登录, 版主)",
        ),
        (36, 38, NAV + ": floor label 1#, 跳转到, 倒序看帖, 打印, 字体大小"),
        (39, 39, "§3 page chrome: post header `<name>发表于 <date> | 只看该作者` (b01 precedent)"),
        (67, 67, UI + ": 附件 login prompt"),
        (68, 71, NAV + ": 收藏/分享/返回列表 and share buttons"),
        (72, 75, FOOT + ": forum footer, GMT time with query count, Powered by Discuz!, copyright"),
    ],
    notes=[
        "Raw 40 (the reposted article's title) and raw 41 (`2022年02月02日 10:23 新浪体育综合`, a time with the source credit) kept; the date line stays whole (real/11 precedent).",
        "Raw 42–66: the post (a reposted 新浪体育 column), all kept; no joins (every line ends with a sentence end).",
    ],
    open=[
        "The poster's user name (raw 18, 39) goes with the profile block and post header, as in b01."
    ],
)

S["d05"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE + "; it also carries the betting brand yobo体育 (" + ADKW + ")"),
        (2, 3, CTA + ": the site's QQ number and phone standing alone in the header"),
        (4, 12, NAV + ": bilingual menu, `~typenameen~` template residue"),
        (14, 14, DATE + " (发布日期)"),
        (15, 15, TEAS + ": 本文摘要 copies raw 16–18"),
        (20, 20, KW + " (本文关键词, with the betting brand)"),
        (
            21,
            21,
            "§3 metadata line whose only credit is the site's name with a betting brand and URL (本文来源：yobo体育全站app下载-www.jcwddc.com)",
        ),
        (22, 22, FOOT),
        (23, 24, CTA + ": 在线QQ + phone"),
    ],
    notes=[
        "Raw 13 (recipe title) and raw 16–19 (ingredients and numbered steps, run together as the site printed them) kept. Raw 16 starts with `2张图片` (the image count run into the text upstream): kept, it is inside the line.",
        "Raw 19 ends with the recipe site's own lines (来自 悦悦玉食 的作品…所属分类：…*本菜谱为作者独家公布于，禁令其他平台或个人刊登。) inside the same line: kept (§3 never half a line).",
    ],
    open=[
        "The recipe text is machine-spun (火场用于的, 米饭40分钟); keeping it is POLICY (spam text stays)."
    ],
)

S["d06"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE),
        (2, 2, SLOG),
        (3, 8, NAV),
        (9, 9, NAV + ": breadcrumb"),
        (11, 11, DATE + " with category and view counter (分类：热点阅读(15429))"),
        (32, 32, CTR + ": 赞(27)"),
        (33, 33, "§3 reprint notice of the aggregating site (未经允许不得转载…)"),
        (34, 36, PN + " (上一篇 / `…下一篇` glued / next title)"),
        (37, 45, LIST + ": 相关推荐"),
        (46, 57, LIST + ": 站长推荐 / 最新发布 with dates"),
        (58, 62, FOOT + ": 分城市, 友情链接, copyright, 回顶部"),
    ],
    notes=[
        "Raw 12–31 are the page's text: ten question headings, each followed by a snippet cut with `...` (some carry the source site: `-看病网`, `- 柠荟健康`). The page is an aggregated answer list, so the entries stay (§3 Listing pages: title + teaser entries are the page's text).",
        "Words injected inside the snippets (什食, 物对, 有好, 脑梗 scattered through sentences) are kept: removing them is quality filtering (§3).",
    ],
    open=[],
)

S["d07"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE + " (product name－company name)"),
        (2, 2, SLOG + ": company name"),
        (3, 11, NAV),
        (12, 20, NAV + ": product-category menu"),
        (21, 32, LIST + ": 相关文章 titles before the product text"),
        (33, 33, NAV),
        (34, 34, NAV + ": breadcrumb"),
        (36, 38, NAV + ": 分享到, tabs"),
        (
            41,
            53,
            CTA + ": inquiry form prompt (填写下表直接与厂家联系) and the form's field labels",
        ),
        (54, 54, PN),
        (55, 55, NAV + ": footer links"),
        (56, 56, CTA + ": site slogan ending in 欢迎来电咨询"),
        (57, 57, FOOT + ": copyright with phone/fax and ICP"),
    ],
    notes=["Raw 35 (product name) and raw 39–40 (product description) kept."],
    open=[
        "Raw 58–61 (`电话：` / number / contact name 张敏 / number) are kept: the company's own plain contact under its own product page (§3 Contact lines: a plain contact that the page's subject gives stays). Read as a floating sidebar widget, they would go. `电话：` alone looks like an empty label but its value is on the next line."
    ],
)

S["d08"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE + " (title_site name; preceded by a BOM and a space)"),
        (2, 3, CTA + ": the site's hotline number and 服务咨询热线 label"),
        (4, 11, NAV),
        (12, 12, NAV + ": breadcrumb"),
        (14, 14, "§3 empty metadata label 作者： (U+3000 after it) with a date"),
        (19, 19, PN),
        (
            20,
            28,
            LIST
            + ": 随便看看, counters `5 [06-01]` + title with teaser (one is this article's own start)",
        ),
        (29, 31, SLOG + ": site name and slogan"),
        (32, 32, FOOT),
    ],
    notes=[
        "Raw 13 (title) and raw 15–18 (four numbered paragraphs) kept. Raw 17 opens a quote `“在本单位的工作时间。` that is never closed, raw 18 uses `”工资“`: kept as received."
    ],
    open=[],
)

S["d09"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE + " (BOM + space + title_成考网)"),
        (2, 17, NAV + ": menu twice"),
        (18, 18, NAV + ": slider buttons Previous Next"),
        (19, 19, NAV + ": breadcrumb"),
        (21, 21, "§3 栏目 field (category label 成考资讯)"),
        (22, 22, DATE),
        (23, 23, DUP + ": raw 23 repeats the title raw 20"),
        (29, 30, PN),
        (31, 41, LIST + ": 猜你喜欢"),
        (42, 58, LIST + ": 随便看看, each title followed by a view count"),
        (59, 75, LIST + ": 头条资讯 with view counts"),
        (76, 77, FOOT + ": copyright, ICP"),
    ],
    notes=["Raw 20 (title), raw 24 (lead), raw 25 (sub-heading), raw 26–27 kept."],
    open=[
        "Raw 28 (以上就是…可以联系我们在线老师…) is the article's closing paragraph with a sales invitation but no contact: kept (the call-to-action rule needs a contact; the line is the author's sentence)."
    ],
)

S["d10"] = dict(
    t2s=False,
    remove=[
        (2, 2, DUP + "; raw 1 is raw 2 plus the company name, the longer stays (143 precedent)"),
        (43, 43, "§3 Listing pages: pager"),
        (44, 44, FOOT + ": ICP number"),
    ],
    notes=[
        "A category page (健身常识) of a company site: twenty entries of a title line and a teaser line cut with `...` and glued to a date (`...10-30 12:49`). The entries are the page's text and stay (§3 Listing pages); the date inside a teaser line stays with it (never half a line).",
        "Raw 29–30 (健身私教7天速成 忽悠卖课成主业 / 4月16日，团结湖附近某健身会...) is a news teaser among the tips: kept like the others.",
    ],
    open=[
        "Raw 1 `健身常识-江苏民福康科技股份有限公司` is kept and raw 2 `健身常识` dropped, taking the company name as a credit as in 143; dropping raw 1 as `<title>` chrome and keeping raw 2 is the alternative."
    ],
)

S["d11"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE + " (book title | 德国中文图书馆)"),
        (2, 7, NAV + ": skip link, login form labels"),
        (8, 12, NAV + ": language switch, search form"),
        (13, 38, NAV + ": menu with close-panel buttons and event-recording titles"),
        (39, 40, NAV + ": 你在这里 + breadcrumb"),
        (42, 43, "§3 CMS residue: 错误信息 + PHP `Deprecated function: …` warning"),
        (44, 44, DUP + ": raw 44 repeats raw 41 once the PHP warning is gone"),
        (49, 49, NAV + ": book-to-book navigation (‹ prev 向上 next ›)"),
        (50, 50, UI + ": 登录以发表评论"),
        (51, 51, NAV),
        (52, 52, "§3 site footer: the library's street address (not the page's subject)"),
        (53, 55, FOOT),
    ],
    notes=[
        "Raw 41 (catalogue number + book title), raw 45 (author credit 張德培著), raw 46 (publisher), raw 47–48 (review) kept.",
        "Script: the page is Simplified (review, menus) with Traditional book titles (the books' own titles). The document is in the target script, so it is left alone character for character (§5): 掌握人生發球權 and 張德培著 stay Traditional.",
    ],
    open=[
        "Mixed-script page: a per-document t2s decision would convert the Traditional title lines; the gold keeps them because the document as a whole is Simplified."
    ],
)

S["d12"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE),
        (2, 22, NAV + ": department menu"),
        (23, 23, NAV + ": breadcrumb"),
        (26, 26, FOOT + ": department copyright"),
    ],
    notes=["Raw 24 (headline) and raw 25 (one-paragraph news item) kept."],
    open=[],
)

S["d13"] = dict(
    t2s=True,
    remove=[],
    notes=[
        "Control (clean after the C4-style pipeline of the source repository): a Hong Kong government job notice (RTHK / OFCA post via csradar.com), Traditional with Hong Kong usage. Every line kept; gold is OpenCC t2s.",
        "The lines are out of order and lettered items are missing ((f), (d), (i), (ii)…): the source's line-level deduplication removed lines repeated across the crawl. Nothing to repair; order is never changed (§4).",
        "URLs, form number `G.F. 340（3/2013 修訂版）`, dates kept: they are part of the notice.",
    ],
    open=[],
)

S["d14"] = dict(
    t2s=True,
    remove=[],
    notes=[
        "Control: Taipei City Government rules (臺北市動產質借處 sexual-harassment prevention points), Traditional. Every line kept; gold is OpenCC t2s.",
        "Single spaces inside words and numbers (`求職 者`, `第十三 條`, `懲處 及`, `性騷 擾`) are where the source's fixed-width lines were wrapped; they are left as they are (§4: characters spaced by extraction are left alone; no rule removes a space inside a line).",
        "The complaint hotline, fax and e-mail in raw 19 are part of the rules (the subject's own channels): kept.",
    ],
    open=[
        "A smarter cleaner could remove the wrap spaces between CJK characters; POLICY does not ask for it, so the gold keeps them."
    ],
)

S["d15"] = dict(
    t2s=True,
    remove=[],
    notes=[
        "Control: Taiwanese financial news (經濟日報 on udn.com), Traditional, six clean paragraphs (no title, no byline: the source pipeline kept only the body). Gold is OpenCC t2s of every line."
    ],
    open=[],
)

S["d16"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE + " (a sentence + `- 奇典网络`; the sentence is raw 22)"),
        (2, 11, NAV + ": account links and product menu"),
        (12, 12, SLOG + ": registrar's slogan"),
        (
            17,
            20,
            NAV + ": tab and link labels (注册要求 tab, 更多国别域名, 更多NewG域名, 相关资质)",
        ),
    ],
    notes=[
        "Raw 13 (`.cv`, product heading), raw 14 (description), raw 15–16 (price and registration requirement: data rows the page exists to show, §3 Tables and data), raw 21–23 (FAQ headings and answer) kept. The record ends at raw 23 (a question without its answer): kept as is."
    ],
    open=[
        "Raw 17 `.cv/.com.cv注册要求` could be a heading of a section whose text was not captured; it is removed with the tab labels around it."
    ],
)

S["d17"] = dict(
    t2s=False,
    remove=[
        (
            1,
            1,
            ADKW
            + ": 世界十大网投平台_2022年卡塔尔世界杯官网 (online-betting keywords as the page title)",
        ),
        (2, 2, CTA + ": phone number standing alone in the header"),
        (
            3,
            12,
            NAV
            + ": menu, product-category menu (one line of 24 product categories), news categories",
        ),
    ],
    notes=[
        "Sign-making company site hijacked with a betting title; the record holds only the title, a phone number and menus. Nothing is left: the gold is an empty (0-byte) file (dropped)."
    ],
    open=[
        "Raw 6 (the list of 24 product categories on one line) is read as a menu; it has no sentence."
    ],
)

S["d18"] = dict(
    t2s=False,
    remove=[
        (1, 1, TITLE),
        (2, 21, NAV + ": channel menu"),
        (22, 22, NAV + ": breadcrumb"),
        (28, 28, KW + " (标签：)"),
        (
            29,
            376,
            LIST
            + ": 相关阅读 feed (title / teaser cut with `...` / date, ~100 entries) and untitled hot lists",
        ),
        (377, 381, LIST + ": 推荐阅读"),
        (382, 382, CTA + ": site contact e-mail"),
        (383, 385, FOOT),
    ],
    notes=[
        "Raw 23 (headline), raw 24 (`2022-09-22 08:27:44来源：鲁网`: a time with a real source credit, kept whole) and raw 25–27 (the three paragraphs of the article) kept. 358 of 385 raw lines are lists of other articles after the end."
    ],
    open=[
        "The 相关阅读 entries have teasers (title + snippet + date) like a listing page, but they follow an article: removed as a list of other articles by shape and place."
    ],
)

S["d19"] = dict(
    t2s=True,
    remove=[
        (1, 1, TITLE + " (Dreye權威釋義 | reckoning; the headword is raw 42)"),
        (2, 5, UI + ": popup (查看詳細, ×, 系統正在處理中...., 窗口將在 5 秒后自動關閉.)"),
        (6, 36, NAV + ": site menu with `|` separators and product list"),
        (37, 37, NAV + ": 熱門搜尋 terms"),
        (38, 41, NAV + ": dictionary tabs (權威釋義 / 英語 / 精簡查詢 / 生字筆記)"),
        (45, 46, NAV + ": tab labels 權威釋義 / 英語 repeated above the entry"),
        (96, 103, UI + ": 查看更多 ×8"),
        (
            104,
            107,
            FOOT + ": 聯絡我們 with the company's service phone, e-mail, hours and 購買鏈接",
        ),
        (108, 110, NAV + ": PC / Mobile / 加入粉絲團"),
        (111, 112, FOOT),
    ],
    notes=[
        "Raw 42–95: the dictionary entry (headword, KK/DJ pronunciation, plural, senses with examples and translations, 參見, 辨析, 同義參見 word list, the Oxford definitions in English) kept, with the credits `以上來源於：《英漢大辭典》` / `《簡明牛津英語詞典》` (credits printed with the text).",
        "Taiwanese Traditional; gold is OpenCC t2s (English lines unchanged).",
    ],
    open=[
        "Raw 84 (a bare list of synonym words after 同義參見:) is kept as part of the entry, not as a tag line."
    ],
)

S["d20"] = dict(
    t2s=True,
    remove=[
        (2, 12, NAV + ": portal and auction menus, mobile_sidebar id"),
        (13, 13, NAV + ": search term echo"),
        (
            14,
            74,
            NAV
            + ": search filters (price, shipping, 26 place names, condition, payment, seller rating, time)",
        ),
        (75, 77, NAV + ": category breadcrumb"),
        (78, 92, NAV + ": result tabs, result count, sort options, view switch"),
        (94, 94, CTR),
        (96, 96, CTR),
        (98, 99, CTR),
        (100, 105, FOOT + ": 搜尋 button, copyright, terms links"),
    ],
    notes=[
        "A search/listing page of Yahoo Taiwan auctions: the three result entries (raw 93, 95, 97: item title, price, 直購) are the page's text and stay (§3 Listing pages; Tables and data: prices stay). Each is one line with the seller's promo text run in (買滿500元可免費精美包裝喔!)."
    ],
    open=[
        "Raw 1 (`MOMO熊-優惠推薦 2022年12月 | Yahoo奇摩拍賣`) is kept as the page's title: nothing in the body repeats it. It reads like SEO chrome; dropping it would leave only the three entries.",
        "Raw 81 `1 ~ 3 筆結果` (result count) goes with the sort/filter chrome.",
    ],
)
