# Hand-written decisions for batch s (line numbers count from 1 over the raw file's lines, split
# at \n; every raw is UTF-8 except s07 and s08, which are GBK bytes, read as GB18030).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was installed or run on any of these pages
# (zhclean was not installed, imported or run at any time for this batch).

NAV = "§3 site navigation (menus, user menu, search box, tabs, buttons)"
TAGS = "§3 decided: Tags and site chrome: a line of bare tags (topic tags over the question)"
UI = "§3 UI prompt / widget / button"
CTR = "§3 page chrome: counters and buttons (votes, comment counts, share, report)"
PROF = "§3 comment/forum chrome: the answerer's profile line (name and one-line bio; b03 / k04 convention: answerers' profiles go)"
VOTERS = "§3 page chrome: the list of voters `… 等人赞同` over an answer (k04 convention)"
FOOT = "§3 decided: Dates: the answer's `编辑于 DATE` time stamp with its comment count and buttons (dates the page, no credit)"
TEASE = "§3 decided: Teasers: an unlabelled collapsed-answer preview that copies the start of the answer above it (its markup stripped) and is cut with `…  显示全部`"
BR = "§2 leftover markup: `<br>` tags in the text are removed, the text around them kept; a run of `<br>` between two paragraphs is the paragraph break the author typed, so each run becomes a line break (one paragraph a line, §4)"
MARK = "§2 leftover markup: a line that is only markup (`<br>`, `</div>`) or a crawler's field label with markup (`content:\\t<div class=…>`)"
META = "§3 metadata line whose only credit is a URL (a crawler's `url:` / `userid:` field)"
VOTE = "§3 page chrome: counters (the crawler's `vote:` field, the answer's up-vote count)"
DOUBLE = ("§3 Two adjacent identical lines become one (applied within one line): the caption is printed twice "
          "in a row with nothing between (the image's alt text and its caption, glued by the copy); one copy stays")
TRAD = "Traditional, converted with OpenCC t2s in the gold (§5)."

S = {}

# s01: 知乎 answer page (zhihu-py3 test/data/answer.html); raw 61 lines (cut from 102)
S["s01"] = dict(
    remove=[
        (1, 15, NAV + ": site name `知乎`, the logged-in user's menu (name, 我的主页, 私信, 设置, 退出), search box, 提问 / 首页 / 话题 / 发现 / 消息, the notification tabs and `查看全部 »`, a close button `x`"),
        (16, 16, TAGS + " (`心理学 恋爱 社会 礼仪 亲密关系`)"),
        (22, 24, CTR + ": the question's `举报 28 条评论 分享 • 邀请回答`, the help prompt `什么是答案总结？ 答案总结`, `查看全部 621 个回答`"),
        (25, 25, CTR + " (`赞同 1164 反对`)"),
        (26, 26, PROF + " (`甜阁下，心理咨询师`)"),
        (27, 27, UI + " (`收起`)"),
        (28, 28, VOTERS),
        (47, 48, FOOT + "; `更多回答`, the heading of the list of further answers (§3 navigation)"),
        (49, 50, CTR + " (`97`, `赞同 97 反对`)"),
        (51, 51, PROF + " (`芝士就是力量，法国就是培根`)"),
        (52, 52, UI + " (`收起`)"),
        (53, 53, VOTERS),
        (55, 55, TEASE),
        (56, 56, FOOT),
        (57, 58, CTR + " (`203`, `赞同 203 反对`)"),
        (59, 59, PROF + " (`小不点儿，愿你被这世界温柔以待`: the third answerer, whose answer the cut removed)"),
        (60, 60, UI + " (`收起`)"),
        (61, 61, VOTERS),
    ],
    subs=[
        ([54], r"\s*(?:<br>\s*)+", "\n", BR),
    ],
    notes=[
        "Q&A page of 知乎 (zhihu.com; question 关系亲密的人之间要说「谢谢」吗？, the answer of 2014-09-25 by 甜阁下 and the following answers, saved about 2015-2016 as test data of 7sDream/zhihu-py3), Simplified. Kept: the question's title (17), the asker's detail, four lines as the page breaks them (18–21: each ends at a sentence end or a question mark, so no join), the first answer's eighteen paragraphs (29–46), and the second answer (54), which the page holds only as **escaped markup** (the site's hidden full text: paragraphs separated by literal `<br><br>`), split at each `<br>` run into its 15 paragraphs.",
        "Raw 55 is the same answer's collapsed preview (markup stripped, the paragraph breaks lost, cut with `…  显示全部`): it copies the start of raw 54 and goes as a teaser. The dump is cut by the cut rule at raw 61 of 102, inside the third answer's header: the third answer's text, the sidebar (关于作者, collections, 相关问题) and the footer are past the cut.",
        "Raw 18–21 hold runs of two spaces inside lines (`感谢。  但室友们`): folded to one space (§4); the mixed quotes `什么时候不该说\"谢谢”？？` and the half-width comma in raw 18 are the asker's and stay. Raw 54's `-------- 《倚天屠龙记》` (a quotation's source after a run of spaces) stays on the first paragraph's line.",
        "Site overlap: zhihu.com is in the set (b03, k04, l13, m12, h14); this page is from a new repository and its junk is new to the set (escaped `<br>` markup in a full answer, a collapsed preview of the same answer).",
    ],
    open=[
        "Raw 54: the literal `<br>` tags. POLICY §2 removes leftover tags and keeps the text around them, and §4 wants one paragraph a line; deleting the tags with nothing in their place would glue the answer's 15 paragraphs into one line, so each run of `<br>` is turned into a line break (the author's paragraph breaks). A cleaner that only deletes tags gives one long line with the same words.",
        "Raw 26, 51, 59: the answerers' profile lines (name and a one-line bio) go, as in b03 and k04; a reader could keep them as bylines of the answers.",
    ],
)

# s02: webmagic's cached 知乎 answer (crawler output with HTML); raw 19 lines
S["s02"] = dict(
    remove=[
        (1, 1, META + " (`url:\\thttp://www.zhihu.com/question/23447320`)"),
        (2, 2, VOTE + " (`vote:\\t1893`)"),
        (3, 3, MARK + " (`content:\\t<div class=\"zm-editable-content clearfix\">`)"),
        (5, 5, MARK + " (`<br>`)"),
        (7, 7, MARK + " (`<br>`)"),
        (9, 9, MARK + " (`<br>`)"),
        (11, 11, MARK + " (`<br>`)"),
        (13, 13, MARK + " (`<br>`)"),
        (15, 15, MARK + " (`<br>`)"),
        (18, 18, MARK + " (`</div>`)"),
        (19, 19, META + " (`userid:\\thttp://www.zhihu.com/people/lan-se-52-30`: the answerer's profile URL)"),
    ],
    subs=[
        ([6, 8, 10, 12, 14, 16, 17], r"^\s*<br>", "", "§2 leftover markup: the `<br>` tag at the line's start is removed, the text kept"),
    ],
    notes=[
        "A 知乎 answer (question 23447320, how to learn C++; 1,893 votes) as the Java crawler webmagic cached it (a contributor's cache committed once at 0d4dff6, 2017-03-19): a text file, not a page, with the crawler's fields `url:`, `vote:`, `content:` (the answer's HTML fragment, tags and all) and `userid:`. Simplified. Kept: the answer's eight paragraphs (4, 6, 8, 10, 12, 14, 16, 17) with their leading `<br>` removed.",
        "Raw 4–17 start with a space and end with a space (the crawler's indentation): stripped (§4). Half-width and full-width punctuation mixed as written (`（Accelerated C++， C++ Primer）`).",
        "Site overlap: zhihu.com as s01 (another question, another answerer); the file kind (a crawler's field dump with raw HTML) is new to the set.",
    ],
    open=[
        "Raw 16 `===================Update============================================`: a rule of `=` with the word `Update` in it, the author's heading over the update that follows (raw 17 `说实话，我也不知道这一条为什么突然火了…`). POLICY removes separator lines of **one repeated symbol**; this one carries a word, so it is kept as the author's heading (when unsure, keep).",
        "Raw 3 and 19: the crawler's own field labels. `content:` carries no text but the opening tag; `userid:` carries only the answerer's profile URL: both go (a metadata line whose only credit is a URL). `vote:` goes as a counter.",
    ],
)

# s03: entertainment news (中新网 story, Sina-style link labels); raw 37 lines (no final newline)
S["s03"] = dict(
    remove=[],
    notes=[
        "Entertainment news (中新网北京12月1日电, reporter 张曦; 高圆圆 and 赵又廷's wedding thank-you dinner in Beijing, 2014-11-30) copied from a web page as a test document of letiantian/TextRank4ZH (`test/doc/01.txt`), Simplified. The page it came from is not recorded; the `(微博)` after celebrities' names and the `(微信号：…)` notes are the link labels a portal (Sina-style) adds to names it links. Kept: every line — the dateline lead (1), the body paragraphs, and the five section headings (`群星捧场 谢娜张杰亮相`, `《我们结婚吧》主创捧场`, `黄海波(微博)获释仍未出席`, `答谢宴细节`, `宾客近百人，获赠礼物`: short lines with no sentence end, followed by a sentence: §3 decided: Breaks, headings).",
        "Blank lines between paragraphs are dropped (§4). The file has no final newline; the gold ends with one (§1). Nothing else is changed: a clean text, the batch's test of a cleaner leaving a news story alone.",
    ],
    open=[
        "Raw 1, 21, 25: `张杰(微博)`, `黄海波(微博)`, `吴宗宪(微博)(微信号：wushowzongxian)`, `大左(微信号：dazuozone)`: words a portal inserted after names it links (link labels), not the reporter's. POLICY removes converter sites' pinyin glosses but keeps a parenthesis that holds real text and keeps injected words inside a sentence (removing them is quality filtering); these are kept. A cleaner that removes link labels would drop `(微博)` (eight times) and perhaps the WeChat ids.",
    ],
)

# s04: legal feature (贪官 in the US); raw 53 lines
S["s04"] = dict(
    remove=[],
    inline={
        11: [("在美国坐牢的贪官许超凡和许国俊曾经通过拉斯维加斯的赌场洗钱在美国坐牢的贪官许超凡和许国俊曾经通过拉斯维加斯的赌场洗钱",
              "在美国坐牢的贪官许超凡和许国俊曾经通过拉斯维加斯的赌场洗钱", DOUBLE)],
        18: [("余振东被遣返回中国后被判处12年有期徒刑。余振东被遣返回中国后被判处12年有期徒刑。",
              "余振东被遣返回中国后被判处12年有期徒刑。", DOUBLE)],
        22: [("贪官背后往往有“贪内助”，而参与了犯罪的贪官家属也可能在美国被起诉贪官背后往往有“贪内助”，而参与了犯罪的贪官家属也可能在美国被起诉",
              "贪官背后往往有“贪内助”，而参与了犯罪的贪官家属也可能在美国被起诉", DOUBLE)],
        30: [("美国司法部关于“二许案”的通告美国司法部关于“二许案”的通告", "美国司法部关于“二许案”的通告", DOUBLE)],
        47: [("陈水扁用非法所得在美国购买的房产陈水扁用非法所得在美国购买的房产", "陈水扁用非法所得在美国购买的房产", DOUBLE)],
    },
    notes=[
        "A news feature on prosecuting Chinese officials who fled to the United States (after a statement of 外交部条约法律司司长徐宏, about December 2014), copied from a web page as a test document of letiantian/TextRank4ZH (`test/doc/02.txt`), Simplified; the site is not recorded. Kept: four part headings ending in `——` (1, 31) each over its point heading (2, 32), further point headings (12, 17, 21, 25, 39, 46), `结语` (52), every paragraph, and five photo captions (11, 18, 22, 30, 47), each printed twice in a row in one line by the copy and kept once.",
        "Raw 1 / 2 and 31 / 32: a heading ending with a dash `——` over a subtitle line: kept as two lines (two headings; a dash is not a comma). Raw 12, 17, 21, 25, 39, 46 sit right under a paragraph or caption with no blank line: each is a heading (no sentence end) and stays its own line. Blank lines dropped (§4).",
    ],
    open=[
        "Raw 11, 18, 22, 30, 47: a caption doubled inside one line (`XX` + `XX`, nothing between). POLICY makes two adjacent identical lines one; here the copy glued the image's alt text and its caption into one line, so the gold keeps one copy. A cleaner that only compares whole lines keeps the doubled caption (no word lost, five extra captions).",
    ],
)

# s05: tech news (Netflix 马可波罗); raw 9 lines
S["s05"] = dict(
    remove=[],
    notes=[
        "Technology news (据BI消息: Netflix's series 《马可波罗》, its 90 million dollar budget and overseas strategy, December 2014) copied from a web page as a test document of letiantian/TextRank4ZH (`test/doc/03.txt`), Simplified; the site is not recorded. Kept: all five paragraphs. ASCII spaces around Latin words and figures (`Netflix 正准备`, `第一季 10 集`, `12 月 12 日`) are the writer's spacing (pangu style) and stay: §4 only folds runs, and these are single spaces. Blank lines dropped. A clean text.",
    ],
)

# s06: travel guide (北京 food); raw 4 lines (no final newline)
S["s06"] = dict(
    remove=[],
    notes=[
        "A travel guide's paragraphs on Beijing food (京菜, 小吃, restaurants, 东直门内大街), copied from a web page as a test document of letiantian/TextRank4ZH (`test/doc/04.txt`), Simplified; the site is not recorded. Kept: all four paragraphs. Raw 3 and 4 end with a space, raw 4 has no final newline: stripped, and the gold ends with a newline (§1, §4). A clean text.",
    ],
)

# s07: Wikipedia text on GBK, Traditional characters in GBK bytes; raw 5 lines
S["s07"] = dict(
    enc="gb18030",
    enc_name="GB18030 (the file is GBK bytes)",
    t2s=True,
    remove=[],
    notes=[
        "The opening of the Chinese Wikipedia article on GBK (漢字內碼擴展規範) in **Traditional** characters (zh-tw/zh-hk variant), kept in **GBK bytes** as an encoding-detection sample of albfernandez/juniversalchardet (`src/test/resources/gbk-sample.txt`, added 2016-03-06). Kept: all three paragraphs, with the article's own brackets and pinyin (`（kuòzhǎn）`, `《技術標函[1995]229號》`).",
        "The file mixes Traditional characters with a mainland encoding (GBK holds them): detection must not take it for Big5. " + TRAD,
        "Site overlap: zh.wikipedia.org is in the set (c03, from another repository, as HTML); this is plain text in a legacy encoding.",
    ],
)

# s08: explainer on GBK (web text), GBK bytes; raw 51 lines (no final newline)
S["s08"] = dict(
    enc="gb18030",
    enc_name="GB18030 (the file is GBK bytes)",
    remove=[],
    notes=[
        "A web explainer on the GBK standard (what GBK is, a font maker's GBK fonts, 编码方式 / 字汇 / 分配及顺序 / 字形 sections with numbered and lettered lists), kept in **GBK bytes** as an encoding-detection sample of albfernandez/juniversalchardet (`src/test/resources/gb2312-sample.txt`), Simplified; the site is not recorded (the text matches encyclopedia and blog copies of 百度百科's GBK entry). Kept: every line — paragraphs, the section headings (13, 15, 29, 45), the list items one a line (17–28, 32–43, 47–51: §4, a list item is not glued to its neighbours).",
        "Raw 3 holds a space before a full-width comma (`Specification） ，`): the writer's, kept. Blank lines dropped; no final newline in the file, one in the gold. A clean text.",
    ],
    open=[
        "Raw 10 tells of 北大方正's GBK fonts (a company's products, `共46款`): a product passage inside an explainer, with no contact or ordering call, so it is not a promotional block and stays.",
    ],
)

# s09: 中時電子報 home page (chinatimes.com, 2012-08), Big5; raw 173 lines
BARE = "§3 decided: Listing pages: a list of bare titles (no teaser) is a link list and goes, on any page"
MORE = "§3 site navigation: the box's `更多` link"
_rm = [
    (1, 12, NAV + ": the top bar (首頁 繁體 簡體 會員 看盤 檢索 商情 設為首頁 行動閱讀 Widget), the site name `中時電子報` standing alone (§3 decided: Tags and site chrome), `搜尋：`"),
    (13, 68, NAV + ": the channel menus (新聞 部落格 雜誌 … 總覽), one item a line"),
    (69, 75, NAV + ": the `即時新聞：` tabs (圖片新聞 影音新聞 部落格), `更多`, `回應最熱`, `更多`"),
    (76, 85, BARE + ": the blog box (a blogger's name and a post title cut with `...`, tab runs) and the most-commented box (each title after its comment count `：47`)"),
]
for a, b in [(90, 92), (97, 99), (104, 106), (111, 113), (118, 120), (135, 137), (142, 144),
             (149, 151), (156, 158), (163, 165), (170, 172)]:
    _rm.append((a, b, BARE + " (the three or four titles under the box's lead entry)"))
for i in [87, 94, 101, 108, 115, 132, 139, 146, 153, 160, 167]:
    _rm.append((i, i, MORE))
_rm += [
    (121, 130, "§3 advertising: the `旅遊情報` box, eight travel agencies' offers in brackets (`【金龍旅遊】驚奇的國度 雙飛土耳其 11 天`), bare titles with no teaser, under its heading"),
    (173, 173, "§3 site navigation: the heading `消費生活` of a box whose entries the saved file does not hold (the file ends there)"),
]
S["s09"] = dict(
    enc="cp950",
    enc_name="Big5 (CP950)",
    t2s=True,
    remove=sorted(_rm),
    inline={
        103: [("？-->吃夢獸", "？吃夢獸", "§2 leftover markup: a stray `-->` inside the teaser is removed, the text around it kept")],
    },
    notes=[
        "Home page of 中時電子報 (China Times online, Taiwan; http://www.chinatimes.com/, August 2012: the 保釣 landing on 釣魚台, 李宗瑞, 尤努斯 in Taiwan), saved as the Big5 test page of the Go encoding detector saintfish/chardet (`testdata/big5.html`, added 2012-08-15; the file ends inside the page, at the 消費生活 box), **Traditional**, **Big5 bytes**. The page is a **listing** (§3 decided: Listing pages): its eleven news boxes each hold a lead entry (a title and a teaser cut with `...`) over three or four bare titles. Kept: each box's heading (a11 precedent: section headings over kept entries stay), its lead title and its teaser (88–89, 95–96, 102–103, 109–110, 116–117, 133–134, 140–141, 147–148, 154–155, 161–162, 168–169), 33 lines in all.",
        "Teasers starting with an ideographic space (`　獨自開往…`) and ending with `　` are stripped, and the `　` inside raw 169's teaser (`…比較長。　台東…`) is folded to one space (§4); lead titles cut with `...` (`勉年輕人 勇敢相信想像的力量 尤努...`) stay as printed. Raw 142 holds `&#22531;` (堃), the page's own reference, on a bare title that goes. " + TRAD,
        "Site overlap: chinatimes.com is in the shared set (143, a culturax text); no chinatimes page is in the dev set.",
    ],
    open=[
        "Box headings (今日焦點, 政治要聞, 潮流雜誌, 財經透視, 中時健康, 星聞八卦, 兩岸代誌, 社會萬象, 寰宇要聞, 科技搶鮮, 暢快樂活) are kept over their kept entries as a11 kept a Malaysian home page's section headings; they are also links to the section pages, so a cleaner may drop them as navigation. `旅遊情報` and `消費生活` go: no entry of theirs stays.",
    ],
)
