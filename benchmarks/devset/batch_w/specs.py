# Hand-written decisions for batch w (line numbers count from 1 over the raw file's lines, split
# at \n; every raw is UTF-8). remove: (first, last, rule text); joins: [line, line, ...] glued
# with nothing; notes / open: free text; t2s: the gold is converted with OpenCC t2s after the
# layout. Written by hand from POLICY and the earlier batches' decisions before zhclean was
# installed or run on any of these pages (zhclean was not installed, imported or run at any time
# for this batch).

NAV = "§3 site navigation (menus, mega-menus, breadcrumb, login/register links, search box, tabs)"
FOOT = "§3 site footer: link columns, payment methods, company data, copyright, ICP / 公网安备 numbers, the site's contact lines"
UI = "§3 UI prompt / widget / button (`購買 試讀`, `關注`, `分享`, `載入中...`, `查看更多`)"
COUNTER = "§3 page chrome: counters"
DATE = "§3 decided: Dates: a date/time that dates the page or an entry, standing alone (`16 分钟前`, `6 月 11 日`)"
TAGS = "§3 decided: Tags and site chrome: a line of bare tags (short tokens separated by spaces, no sentence punctuation)"
RECS = "§3 decided: Lists of other articles: a run of other products beside the page's own (j11/k01 `看了又看` convention: other books with ratings, prices, publishers, teasers cut with `...`, `試讀` buttons)"
LINKS = "§3 decided: Lists of other articles: a run of title-like lines (other products, other columns, job titles) beside or after the page's own text — link list"
BARE = "§3 decided: Listing pages: a list of bare titles (no teaser) is a link list and goes"
SIDEBAR = "§3 site navigation: a sidebar box (recommended authors, channels, columns, rankings, tips) with its counters and buttons"
DUPTITLE = "§3 a copy of the headline printed by the page's chrome (the cover box above its counters); the headline printed with the product data stays once (the two would be adjacent once the counters go)"
BADGES = "§3 shop page: service badges, promotions, shipping and cart widgets, variant selectors go (j11/j12/k01 convention)"
NOTICE = "§3 site copyright or takedown notice / notice of the site: the shop's purchase rules for digital goods (`購買說明`: 根據台灣現行法規…不受「網購服務需提供七日鑑賞期」的限制…), the same on every product page"
TEASER = "§3 Teaser: an unlabelled blurb before the body that copies later lines word for word (the product description printed again under `詳細資訊`); the later copy stays"
PAY = "§3 site footer: the shop's payment methods (`付款方式` and the list of payment services)"

RM_NAV = "Readmoo's header: `登入`, `註冊`, `每日優惠`, the main menu (全站分類 … 更多), the ranking tabs (綜合榜 暢銷榜 閱讀榜) and the 全站分類 mega-menu (books, magazines, audiobooks, comics and light-novel categories one a line, the `更多` menu)"
RM_FOOT = "Readmoo's footer: 歡迎光臨 / 新手上路 / … link columns, `年度報告：` with the years 2020–2013 one a line, company links, 服務條款 twice, 隱私權條款, the company name with its tax number, copyright and site version"
RM_LINKS = "`作者其他作品` / `出版社簡介` / `出版社作品` boxes: the author's and publisher's other titles, the publisher card, `MORE`, `更多出版社作品`"
RM_NOTE = "Readmoo 讀墨 (readmoo.com, Taiwan), an e-book shop's product page (saved 2026 by NeoDB's scraper tests), Traditional (zh-TW): the gold is converted with OpenCC t2s. Kept (k01/j11/i04 convention for product pages): the title and subtitle, the product data rows (作者, 出版社, 出版日期, 語言, 檔案大小, 商品格式, ISBN, 字數/頁數, prices, series; §3 Tables and data), the format note (`本書為…EPUB，適合…閱讀。`), the publisher's blurb, the description with its own headings, the table of contents."
RM_OPEN_BTN = "Data rows with a button's text glued at their end (`作者： 蔡璧名 關注`, `出版社：時報出版 關注`, `系列：… 關注`) stay whole (whole lines only; j11 kept `￥55.00 (降價通知)`)."
RM_OPEN_H2 = "The shop template's section headings `詳細資訊`, `媒體推薦` and `目錄列表` (h2 of every product page, above the description, the press quotes and the contents; the page prints those it has) are kept as headings of the sections that stay (when unsure, keep); k01 removed a row of tab labels (`商品参数/商品详情`), so a reading that treats them as template labels would drop them. `出版日期：` in the data rows is the edition's publication date, a fact about the product (§3 decided: Dates), and stays."

W = {}

# w01: Readmoo e-book product page (蔡璧名《莊子，從心開始【增訂紀念版】肆》); raw 330 lines (cut from 400)
W["w01"] = dict(
    t2s=True,
    remove=[
        (1, 131, NAV + ": " + RM_NAV),
        (132, 134, NAV + " (breadcrumb one part a line: `分類導覽`, `社會科學`, `哲學`)"),
        (135, 135, DUPTITLE + " (`莊子，從心開始【增訂紀念版】肆`, printed again as raw 138)"),
        (136, 137, COUNTER + " (`5 則劃線`, `0 篇書評`)"),
        (140, 140, NAV + " (breadcrumb `分類導覽 > 社會科學 > 哲學`)"),
        (154, 155, UI + " (`購買 試讀 加入待購清單`, `贈書給朋友 領書額度兌換`)"),
        (159, 299, RECS + " (`喜歡這本的人，也看了...` with 20 other books, two `查看系列（完）` links)"),
    ],
    notes=[
        RM_NOTE + " Here: title and subtitle (138–139), data rows (141–153), the publisher's blurb (156–158: `★《莊子，從心開始》增訂紀念版★`, `●增訂逾十九萬字。` and a sentence, which the description does not repeat), `詳細資訊` and the description (300–310), the author's biography under the publisher's own heading `作者介紹` (311–316), `媒體推薦` with `【盛讚推薦】` and the recommenders one a line (317–330).",
        "The raw is cut (rule as batch v) at dump line 330 of 400, inside the 媒體推薦 list; the table of contents, the purchase notice and the footer fell after the cut.",
    ],
    open=[RM_OPEN_BTN, RM_OPEN_H2],
)

# w02: Readmoo e-book product page (馬拉拉《我是馬拉拉，也是我自己》); raw 386 lines
W["w02"] = dict(
    t2s=True,
    remove=[
        (1, 131, NAV + ": " + RM_NAV),
        (132, 135, NAV + " (breadcrumb one part a line: `分類導覽`, `社會科學`, `人文歷史`, `人物傳記`)"),
        (136, 136, DUPTITLE + " (`我是馬拉拉，也是我自己`, printed again as raw 139)"),
        (137, 138, COUNTER + " (`8 則劃線`, `0 篇書評`)"),
        (141, 141, NAV + " (breadcrumb `分類導覽 > 社會科學 > 人文歷史 > 人物傳記`)"),
        (142, 142, COUNTER + " (`共 2 人評分`)"),
        (156, 159, BADGES + ": two `限時特價` offers (`8/2前，《我是馬拉拉，也是我自己》 X 天下雜誌精選書，單本88折` / `兩本以上85折`)"),
        (162, 163, UI + " (`購買 試讀 加入待購清單`, `贈書給朋友 領書額度兌換`)"),
        (173, 287, RECS + " (`喜歡這本的人，也看了...` with 17 other books)"),
        (326, 326, "§3 UI prompt / widget: an empty section heading of the template (`影音資訊`, nothing under it)"),
        (341, 342, NOTICE),
        (343, 345, UI + " (the highlights widget: `劃線註記`, `購買後可以劃線與撰寫書評`, `劃線列表（8）`)"),
        (346, 355, LINKS + ": " + RM_LINKS),
        (356, 356, UI + " (`試讀 購買`)"),
        (357, 358, PAY),
        (359, 386, FOOT + ": " + RM_FOOT),
    ],
    joins=[[171, 172]],
    notes=[
        RM_NOTE + " Here: title and original title (139–140: `Finding My Way : A Memoir`), data rows (143–155), the format note and `出版社不提供本書朗讀功能。` (160–161), the publisher's blurb (164–172: award lines and a sentence set on two lines, `世人記得馬拉拉的勇敢，` + `這一次，她想說自己的故事。`, joined at the comma; not repeated below), `詳細資訊` and the description with its headings `好評熱推`, `作者簡介`, `譯者簡介` and the press quotes with their `——` credits (288–325), `目錄列表` and the contents (327–340).",
    ],
    open=[
        RM_OPEN_BTN,
        RM_OPEN_H2,
        "Raw 156–159 (`限時特價` / `8/2前，…單本88折`, twice): the shop's time-limited discounts are removed as promotion badges (j11 removed `客户端首单 满79送79`); they could be read as price data (§3 Tables and data).",
        "Raw 325 `來信指教：gina.cychang@gmail.com` ends the translator's biography (the publisher's text): kept as a plain contact line of the page's subject (§3 decided: Contact lines), not a call to action of the site.",
    ],
)

# w03: Readmoo magazine issue page (康軒學習雜誌進階版469期); raw 335 lines
W["w03"] = dict(
    t2s=True,
    remove=[
        (1, 131, NAV + ": " + RM_NAV),
        (132, 134, NAV + " (breadcrumb one part a line: `雜誌`, `親子教育`, `康軒學習雜誌進階版`)"),
        (135, 135, DUPTITLE + " (`康軒學習雜誌進階版469期 2023/01/15`, printed again as raw 138)"),
        (136, 137, COUNTER + " (`0 則劃線`, `0 篇書評`)"),
        (139, 139, NAV + " (breadcrumb `雜誌 > 親子教育 > 康軒學習雜誌進階版`)"),
        (150, 151, BADGES + " (plan badges `暢讀包`, `人氣暢讀`)"),
        (153, 153, UI + " (`所有期數 144 關注`: a link to all issues with its count and a button)"),
        (155, 156, UI + " (`購買 試讀 加入待購清單`, `贈書給朋友 領書額度兌換`)"),
        (157, 157, TEASER + " (raw 157 = raw 265, `Top動物村最近「騷動」…`)"),
        (158, 263, RECS + " (`喜歡這本的人，也看了...` with 18 other magazine issues, each with `所有期數`)"),
        (289, 290, NOTICE),
        (291, 304, LINKS + ": " + RM_LINKS),
        (305, 305, UI + " (`試讀 購買`)"),
        (306, 307, PAY),
        (308, 335, FOOT + ": " + RM_FOOT),
    ],
    notes=[
        RM_NOTE + " Here: the issue's title with its date (138: the date is part of the issue's name), data rows (140–149), the format note (152), `此雜誌目前尚未開放訂閱。` (154), `詳細資訊` and the issue's description (264–267), `目錄列表` and the issue's contents (268–288: the magazine's own column titles).",
        "Raw 269 (`康軒學習雜誌進階版469期 2023/01/15`, the contents' first entry) repeats the title of raw 138 but is not adjacent to it: it stays as the table of contents' own line.",
    ],
    open=[
        RM_OPEN_BTN,
        RM_OPEN_H2,
        "Raw 154 `此雜誌目前尚未開放訂閱。` (the subscription box's status) is kept as the product's availability (j11 kept `有货…`); it could go with the subscription widget.",
    ],
)

# w04: Readmoo e-book product page (歐陽方《中國文化現代化（下）》); raw 216 lines
W["w04"] = dict(
    t2s=True,
    remove=[
        (1, 131, NAV + ": " + RM_NAV),
        (132, 134, NAV + " (breadcrumb one part a line: `分類導覽`, `社會科學`, `哲學`)"),
        (135, 135, DUPTITLE + " (`中國文化現代化（下）`, printed again as raw 138)"),
        (136, 137, COUNTER + " (`0 則劃線`, `0 篇書評`)"),
        (139, 139, NAV + " (breadcrumb `分類導覽 > 社會科學 > 哲學`)"),
        (150, 151, BADGES + " (plan badges `暢讀包`, `人氣暢讀`)"),
        (153, 154, UI + " (`購買 試讀 加入待購清單`, `贈書給朋友 領書額度兌換`)"),
        (155, 159, TEASER + " (raw 155–159 = raw 161–165, five lines)"),
        (174, 175, NOTICE),
        (176, 185, LINKS + ": " + RM_LINKS),
        (186, 186, UI + " (`試讀 購買`)"),
        (187, 188, PAY),
        (189, 216, FOOT + ": " + RM_FOOT),
    ],
    notes=[
        RM_NOTE + " Here: the title (138), data rows (140–149), the format note (152), `詳細資訊` and the description (160–165), `目錄列表` and the contents (166–173). The page has no recommendation box: its description is printed twice, as the blurb under the buy buttons (155–159) and under `詳細資訊` (161–165); the first copy goes as a teaser.",
        "Raw 167 (`中國文化現代化（下）`, the contents' first entry) is not adjacent to the title (138): it stays.",
    ],
    open=[RM_OPEN_H2],
)

# w05: 博客來 book product page (《阿拉伯人三千年》); raw 229 lines (cut from 397)
W["w05"] = dict(
    t2s=True,
    remove=[
        (1, 65, NAV + " (language switch, `:::相關網站` links, `:::會員服務|快速功能` member menu with coupon and point counters, cart, `繁體`, the ad toggles `展開廣告`/`關閉廣告`, the hot-search words, `:::網站搜尋` with its 32 categories)"),
        (66, 66, "§3 notice of the site: the customer-service anti-fraud notice (`客服公告：反詐騙！提醒您「不碰ATM、網銀，不說信用卡資料」詳情`)"),
        (67, 107, NAV + " (promotion links `全館即時榜` … `現領折價券`, the `全站分類` menu, the 中文書 menu)"),
        (108, 113, NAV + " (breadcrumb one part a line: `博客來`, `中文書`, `人文社科`, `歷史`, `亞洲史`, `中亞`)"),
        (114, 118, UI + " (`商品介紹` tab, `看大圖`, `!上頁`/`下頁`, `主題活動 試閱`)"),
        (121, 123, BADGES + ": the edition selector (`可購買版本(2)：`, `電子書 優惠價647元`, `平裝 優惠價829元`)"),
        (124, 125, UI + " (the follow-author widget `已追蹤作者：[ 修改 ]`, `確定 取消`)"),
        (135, 142, BADGES + ": the shipping widget (`運送方式：`, tabs `臺灣與離島`/`海外`, `可配送點：…`, `可取貨點：…`, `台北、新北、基隆宅配快速到貨(除外地區)`), the same on every product"),
        (143, 146, UI + " (`載入中...`, `我要寫評鑑`, `分享`, `上頁下頁`)"),
    ],
    joins=[[148, 149], [150, 151], [165, 166], [167, 168], [169, 170, 171], [175, 176, 177],
           [178, 179, 180], [215, 216], [220, 221], [223, 224, 225], [228, 229]],
    joinwhy={j: "§3 decided: Breaks / §4: the blurb is wrapped by `<br>` in the middle of sentences; a line ending in `，` or `、` goes on in the next (see Notes)"
             for j in (148, 150, 165, 167, 169, 175, 178, 215, 220, 223, 228)},
    notes=[
        "博客來 (books.com.tw, Taiwan), a book shop's product page (saved 2023 by NeoDB's scraper tests), Traditional (zh-TW): the gold is converted with OpenCC t2s. Kept: the title and the English original title (119–120), the data rows 作者 / 原文作者 / 譯者 / 出版社 / 出版日期 / 語言 / 定價 / 優惠價 / 優惠期限 (126–134; `優惠期限：2023年06月30日止` is the offer's deadline, a fact about the offer, §3 decided: Dates), the heading `內容簡介` and the publisher's description with its own headings and marks (`┤口碑推薦├`, `◎章節概要`, `▌口碑好評`), the recommenders one a line, the chapter summaries and the press quotes with their `——` credits (147–229).",
        "The description is **wrapped by `<br>`** at display width: lines ending in `，` or `、` are joined to the next (148+149, 150+151, 165+166, 167+168, 169–171, 175–177, 178–180, 215+216, 220+221, 223–225, 228+229); lines ending in a full stop, `──` (149) or `……` stay apart (§3 Breaks names commas and cut words; a sentence end may also be a paragraph end).",
        "The raw is cut (rule as batch v) at dump line 229 of 397, inside the press quotes (raw 229, joined to 228, ends its sentence `…也都流露真情。`; the same quote goes on after the cut); the author's and translator's biographies, the contents, the details table, the excerpt, other products and the footer fell after the cut.",
    ],
    open=[
        "Raw 126 `作者： 提姆•麥金塔―史密斯 新功能介紹` and 129 `出版社：臉譜 新功能介紹` keep the glued link text `新功能介紹` (whole lines only).",
        "Raw 121–123 (the other edition, an e-book at 647元, and this paperback at 829元) are removed as the edition selector (j11/k01: variant selectors go); the prices could be read as product data (§3 Tables and data). The same reading would keep the shipping widget 135–142 (j11 kept `有货，支持 货到付款…`), removed here as the shop's same-for-every-product delivery options.",
        "Raw 147 `內容簡介` (the template's section heading) is kept as the heading of the description, as `詳細資訊` on the Readmoo pages.",
    ],
)

# w06: InfoQ 中文站 (infoq.cn) 前端 channel page; raw 203 lines
_w06_entries = range(33, 153, 5)  # title, byline, time, teaser, tags
W["w06"] = dict(
    remove=[
        (1, 22, NAV + " (top links 技术大会 … 免费视频, a line holding only an icon-font glyph U+E604, `写作平台`, `登录 注册`, the channel menu 首页 … 产品)"),
        (24, 24, UI + " (an icon glyph U+E63E and `关注`)"),
        (25, 25, COUNTER + " (`收录了前端频道下的 1404 篇内容`)"),
        (27, 27, NAV + " (an icon glyph U+E640 and the related channels `社区 小程序 知乎`)"),
        (28, 32, NAV + " (tabs `全部`, `文章`, `视频`, `话题`, `迷你书`)"),
    ]
    + [(k + 2, k + 2, DATE) for k in _w06_entries]
    + [(k + 4, k + 4, TAGS + " (after an icon glyph U+E640)") for k in _w06_entries]
    + [
        (153, 162, SIDEBAR + " (`推荐作者`: three editors with `关注` buttons and their roles)"),
        (163, 167, "§3 self-contained promotional block: `大厂实战分享` / `查看更多` / an e-book offer with its speaker and `立即下载`"),
        (168, 175, SIDEBAR + " (`推荐频道` / `查看更多` / three channels with `共 N 篇内容`)"),
        (176, 176, "§3 decided: Tags and site chrome: the site's slogan standing alone (`促进软件开发及相关领域知识与创新的传播`)"),
        (177, 178, "§3 self-contained promotional block (`活动大本营`, `更多精彩活动持续更新`)"),
        (179, 203, FOOT + " (InfoQ links, the company's contribution / business / complaint / job e-mails, phone and address, upcoming conferences with dates, the InfoQ sites in other languages, copyright with ICP and 公网安备 numbers)"),
    ],
    notes=[
        "Technology news site (InfoQ 中文站 infoq.cn, of 极客邦), the 前端 channel page (about 2020-06), Simplified; saved by a spider's test mock of bigo-frontend/morning-paper-sever (the page is the JavaScript template literal of `test/mockData/infoq/html_mock.js`). A channel page is a listing (§3 decided: Listing pages): its 24 entries of a title with a teaser stay. Kept: the channel's name (23) and the site's one-sentence description of the channel (26: the page's own text), and per entry the title, the byline (`作者 : … 译者: … 策划: …`, or the author's bare name: 64 `局外人`, 79 `萧文翰`, 134 `DeeperMan`, 149 `费马`) and the teaser; each entry's time (`16 分钟前`, `6 月 11 日`) and tag line go.",
        "Private-use icon-font glyphs (U+E604, U+E63E, U+E640, U+E62F) stand only on removed lines (7, 24, 27, every tag line, the sidebar's `关注` and `查看更多`).",
    ],
    open=[
        "Bylines of listing entries are kept as in the batch-q Hong Kong homepage precedent (`Kept per column card: name, snippet, byline; the date line goes`); a reading that keeps only title and teaser would drop the 24 byline lines. The bare author names (64, 79, 134, 149) are kept as bylines without a label.",
        "Raw 23 `前端` (the channel's name, also an item of the menu raw 12) and 26 (the channel's description, written by the site) are kept as the listing page's title and introduction; they could be read as site chrome.",
    ],
)

# w07: SegmentFault 思否 (segmentfault.com) homepage feed, 前端 channel; raw 137 lines (cut from 364)
_w07_footers = range(37, 137, 3)  # title, teaser, footer
W["w07"] = dict(
    remove=[
        (1, 24, NAV + " (menus twice, `SegmentFault`, 发现 menu, `搜索`, `立即登录免费注册`)"),
        (25, 27, "§3 decided: Contact lines / site chrome: the site's sign-up banner (slogan `在 SegmentFault，学习技能、解决问题`, the promise `每个月，我们帮助 1000 万的开发者…`, `免费注册 立即登录`)"),
        (28, 32, NAV + " (tabs `为你推荐 近期热门 最新内容 技术频道`, `极术社区`, `人工智能 Arm 大计算`, `技术频道` and the channel row)"),
        (34, 34, UI + " (`更新了 1 条内容, 点击查看`)"),
    ]
    + [(k, k, COUNTER + " and the entry's footer (`4·赞 收藏 阿宝哥·今天 13:04`: votes, the 收藏 button, the poster's name and the time)") for k in _w07_footers],
    notes=[
        "Developer community (SegmentFault 思否 segmentfault.com), the homepage feed in the 前端 channel (2020-06), Simplified; saved by the test mock `test/mockData/segmentfault/html_mock.js` of bigo-frontend/morning-paper-sever. A feed is a listing (§3 decided: Listing pages): each of its 34 entries is a title and a teaser (the site's snippet, often cut with `...`, with its placeholders `{代码...}` and `[链接]` kept inside the line); both stay. Kept: the feed's heading `前端` (33), titles and teasers; the entry footers go as counters (the poster's name stands in the same line as the votes, the 收藏 button and the time: whole lines only).",
        "The raw is cut (rule as batch v) at dump line 137 of 364: raw 137 `聊聊NPM镜像那些险象环生的坑` is an entry's title whose teaser fell after the cut; it stays (l13/k14 precedent for an entry cut by the raw maker).",
    ],
    open=[
        "Raw 33 `前端` (the selected channel, also in the channel row raw 32) is kept as the feed's heading; it could be read as a tab label.",
    ],
)

# w08: 腾讯云+社区 (cloud.tencent.com/developer) column page of 腾讯移动品质中心TMQ; raw 565 lines (cut from 1396)
_w08_counters = range(41, 118, 4)  # byline, title, teaser, counters
W["w08"] = dict(
    remove=[
        (1, 30, NAV + " (腾讯云 menu, 云+社区 menu twice, `搜索`, `写文章 提问`, `登录 注册`, `返回腾讯云官网`)"),
        (32, 32, "§3 two adjacent identical lines become one: the column card's owner name `腾讯移动品质中心TMQ`, adjacent to the first entry's identical byline (raw 38) once the card's counters and tabs go"),
        (33, 34, COUNTER + " (`307 篇文章`, `207 人订阅`)"),
        (35, 35, UI + " (`订阅 申请加入专栏`)"),
        (36, 37, NAV + " (the column's tag filter with counts `全部307 其他226 Android10 …`, `全部文章`)"),
    ]
    + [(k, k, COUNTER + " (views, likes and comments of the entry, `60 2 0`)") for k in _w08_counters]
    + [
        (118, 118, "§3 decided: Listing pages: the pager (`第 1 页 … 第 10 页`)"),
        (119, 184, FOOT + " (社区 / 资源 / 关于 / 归档 link columns, `扫码关注云+社区`, `领取腾讯云代金券`, 热门产品 / 热门推荐 / 更多推荐 product links, copyright with 公网安备 and licence numbers)"),
        (185, 190, UI + " (the video player's `关闭视频` and browser warning, `扫描二维码`, `扫码关注云+社区`, `领取腾讯云代金券`, `返回顶部`)"),
        (191, 565, NAV + " (the site's mobile menu and product directory: products, solutions, pricing, documentation, enterprise, marketplace, community, university, support and partner menus one item a line, the search box's suggestions, 热门产品 / 最新产品 / 最新发布 / 相关服务, the 云+社区 slogan, a survey prompt, the product catalogue by category)"),
    ],
    notes=[
        "Developer community of a cloud provider (腾讯云+社区, cloud.tencent.com/developer; not news.qq.com), the column page of 腾讯移动品质中心TMQ (2020), Simplified; saved by the test mock `test/mockData/tencenttmq/html_mock.js` of bigo-frontend/morning-paper-sever. A column page is a listing (§3 decided: Listing pages): its 20 entries of a byline, a title and a teaser stay, each entry's counters go. Kept: the column's title (31), per entry the byline (`腾讯移动品质中心TMQ`, the column's name printed on every card), the title and the teaser (the site's snippet cut with `...`; teasers that start with the articles' own `点击上方蓝字关注我们！ | 导语…` stay whole).",
        "The raw is cut (rule as batch v) at dump line 565 of 1396, inside the site's product directory: everything after the pager (118) is chrome.",
    ],
    open=[
        "The per-entry byline is the same name twenty times (the column's owner): kept as bylines (w06, batch-q precedent); it could be read as card chrome. Raw 32 goes only because it would stand next to the identical raw 38.",
    ],
)

# w09: TesterHome (testerhome.com) forum topic list; raw 327 lines
W["w09"] = dict(
    remove=[
        (1, 12, NAV + " (`Toggle TesterHome`, the menu 社区 … TTF榜单, `注册`, `登录`)"),
        (13, 27, NAV + " (the node navigator pop-up: `× 话题节点`, `讨论节点分类导航`, twelve node groups one a line, `所有节点`)"),
        (28, 32, NAV + " (sort tabs `默认`, `精华帖`, `零回复`, `最新回复`, `最新发布`)"),
        (33, 95, BARE + ": 27 topic entries, each a node name glued to the topic's title, a `poster • 发布于 N 小时前` or `• 最后由 … 回复于 …` line and, for 15 of them, the reply count alone on a line"),
        (96, 105, "§3 decided: Listing pages: the pager (`1 2 3 4 5 … 740 741 742 下一页`)"),
        (106, 118, NAV + " (the node navigator again: `讨论节点分类导航` and the twelve node groups)"),
        (119, 121, UI + " (`发布新话题`, `热门节点` with ten node names)"),
        (122, 137, SIDEBAR + " (`大家都在关注的专栏`: four columns, each a name, its owner, `29 篇` and the column's description)"),
        (138, 143, LINKS + " (`急聘`: five job titles)"),
        (144, 145, SIDEBAR + " (`小帖士` and the site's tip of the day `每次看到穷游日志的时候感觉都是那么穷就不要出去浪了`)"),
        (146, 152, SIDEBAR + " (`推荐 TesterHome 资源`: six links)"),
        (153, 158, FOOT + " (友情社区, 合作伙伴, about links, the site's self-description `TesterHome 移动测试社区，由众多移动测试工作者维护…Inspired by RubyChina`, 友情链接, the language switch)"),
        (159, 327, "§3 UI prompt / widget: a browser translation extension's panel saved with the page (`自动判断`, 85 language names twice, `有道翻译`, `百度翻译`, `谷歌翻译`, its buttons `翻译 朗读 复制 正在查询，请稍候…… 重试 …`)"),
    ],
    notes=[
        "Testing community forum (TesterHome testerhome.com, a Homeland/RubyChina forum), the topic list of the community's front page (2020-06), Simplified; saved by the test mock `test/mockData/testerhome/html_mock.js` of bigo-frontend/morning-paper-sever. **Empty gold (dropped)**: the page's list is bare topic titles with posters, times and reply counts (§3 decided: Listing pages: a list of bare titles goes, p03 precedent for a board's topic list); everything else is navigation, sidebars, footer and an injected translation panel.",
    ],
    open=[
        "Raw 122–137: the sidebar's four column cards carry descriptions (`有赞测试在技术上的尝试和探索从未止步…`, `性能测试基础入门到瓶颈分析…`); they are removed as a sidebar box of other pages, not as listing entries of the page (§3 decided: Lists of other articles, beside the page's own list). A reading that keeps every entry with a teaser anywhere on a listing page would keep four name + description pairs.",
    ],
)

# w10: 掘金 (juejin.cn) 前端 feed; raw 460 lines
W["w10"] = dict(
    remove=[
        (1, 222, "§3 UI prompt / widget: the phone-binding dialog saved open with the page (`提示`, the site's notice `根据我国《网络安全法》，您需要绑定手机号后才可在掘金社区内发布内容。`, 218 country names with dialling codes one a line, `获取验证码`, `绑定手机`)"),
        (223, 272, NAV + " (menus, search history, the logged-in user's menu `bigo前端` … `登出`, channel tabs, tag tabs `全部 JavaScript 前端 …`, `展开`, `热门 最新 热榜`)"),
        (273, 432, BARE + ": 20 feed cards, each the poster's name, a time (`1天前`), tags, the title, like and comment counts and the share targets `微博` / `微信扫一扫`; no teaser"),
        (433, 436, "§3 self-contained promotional block: `下载掘金客户端` / `一个帮助开发者成长的社区`, twice"),
        (437, 444, SIDEBAR + " (`作者榜` with three authors and their headlines, `完整榜单`)"),
        (445, 447, NAV + " (`掘金社区漫游指南`, `下载掘金浏览器插件`, `前往掘金翻译计划`)"),
        (448, 460, FOOT + " (about, licence, links, terms, privacy, guide, ICP and 公网安备 numbers, company name, address and phone, `©2021 掘金`, `微信扫一扫`)"),
    ],
    notes=[
        "Developer community (掘金 juejin.cn / juejin.im), the 前端 feed seen by a logged-in user (2021-02), Simplified; saved by the test mock `test/mockData/juejin/html_mock.js` of bigo-frontend/morning-paper-sever. **Empty gold (dropped)**: the feed's cards are bare titles (§3 decided: Listing pages), and the rest is a modal dialog with a 218-line country-code list, navigation, sidebars and footer. Some user names and titles carry emoji written as pairs of surrogate character references (`&#55356;&#57286;`), which the dump's parser turns into two U+FFFD each (raw 324, 353, 356, 388, 437–439): all on removed lines.",
    ],
    open=[
        "Raw 2 (`根据我国《网络安全法》，您需要绑定手机号后才可在掘金社区内发布内容。`) is a full sentence, but the site's prompt in its dialog (§3 UI prompts), not page text.",
    ],
)
