# Hand-written decisions for batch l (line numbers count from 1 over the raw file's lines,
# split at \n; every raw file of this batch is UTF-8). remove: (first, last, rule text);
# joins: [line, line, ...] glued with nothing; inline: {line: [(old, new, rule)]};
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was installed or run on any of these pages.

NAV = "§3 site navigation (menus, breadcrumb, buttons, tabs)"
TITLE = "§3 page <title> copy (headline + site name / SEO words) standing alone: site chrome (a01, batch D/E precedent)"
LIST = (
    "§3 decided: lists of other articles (run of title-like lines before the start / after the end)"
)
TEASE = LIST + ": entries of title + teaser + date after the article's end (e08 precedent)"
FOOT = "§3 site footer: links, licences, ICP, copyright"
DATE = "§3 decided: a date or time that dates the page, standing alone"
CTR = "§3 page chrome: counters"
UI = "§3 UI prompt / widget / button"
SHARE = "§3 分享到 / share row"
SLOG = "§3 decided: the site's name or slogan standing alone at the head or tail"
AD = "§3 advertising block"
USER = "§3 comment/forum chrome: user name, level, profile, floor line with client/IP/time, reply buttons (batch B/j13/k03 convention)"
PAGER = "§3 decided: pagers go"
TAGS = "§3 decided: Tags and site chrome: a line of bare tags / keywords (`关键字：`)"
SEP = "§3 separator line of one repeated symbol"
BARE = "§3 decided: Listing pages: a list of bare titles (no teaser) is a link list and goes"
DUPT = "§3 two adjacent identical lines become one (the headline again once the widgets between the copies go)"
TAILT = "§3 page <title> copy at the tail (a01 precedent: title + site name at the tail)"

S = {}

S["l01"] = dict(
    remove=[
        (1, 3, SHARE + ": WeChat share prompt (点击右上角微信好友 / 朋友圈 / 请使用浏览器分享功能进行分享)"),
        (4, 23, NAV + ": 全部导航 and the channel menu (twice)"),
        (24, 24, UI + ": sticky reading bar `正在阅读：` + the headline (a title copy)"),
        (25, 25, NAV + ": breadcrumb 首页> 时政频道> 要闻 > 正文"),
        (28, 28, UI + ": close button `X`"),
        (36, 36, UI + ": `阅读剩余全文（）`"),
        (37, 37, NAV + ": `相关阅读` label with nothing under it"),
        (38, 47, CTR + ": mood widget 您此时的心情 / 新闻表情排行 日/周 / 开心 0 / 难过 0 / 点赞 0 / 飘过 0"),
        (48, 71, LIST + ": 视觉焦点 (two titles) and 最热文章 (ten titles, each with its rank on the next line)"),
        (72, 78, NAV + ": 独家策划 topic links"),
        (79, 139, TEASE + ": 推荐阅读, twenty photo stories (title / one-line caption teaser / date)"),
        (140, 140, UI + ": `加载更多`"),
        (141, 148, FOOT + ": 光明网版权所有 and the footer links"),
    ],
    notes=[
        "Commentary page of a central newspaper portal (光明网 gmw.cn 时政频道, 2024-05-13), a reprint from 人民日报, Simplified. Kept: headline (26), `来源：人民日报2024-05-13 08:49` (27: a real source credit with its time, kept whole, j09 precedent), six paragraphs (29–34), `[ 责编：杨煜 ]` (35, credit printed with the article, §3 Kept).",
    ],
    open=[
        "Raw 79–139 推荐阅读: each entry has a title, a one-sentence caption and a date, the shape of a listing entry with a teaser; it follows the article, so it goes as a list of other articles by shape and place (e08 precedent, also OPEN there).",
    ],
)

S["l02"] = dict(
    remove=[
        (1, 2, NAV + ": channel menu with `|`, `新闻`"),
        (3, 3, NAV + ": breadcrumb 首页 >> 国内 >> 正文"),
        (36, 36, PAGER + ": `首页 | 上一页 1 下一页 | 尾页`"),
        (37, 51, FOOT + ": 关于我们 / 联系我们 / 更多链接 / 举报 links and the app names split one word a line"),
        (52, 54, FOOT + ": ICP, licences with the report hotline, copyright"),
    ],
    notes=[
        "Feature story of the Communist Youth League's portal (中国青年网 youth.cn, from 中国青年报, 2024-05-13), Simplified. Kept: headline (4), `发稿时间：2024-05-13 06:03:00 来源： 中国青年报` (5: time with a real source credit, kept whole as one line, j09 precedent; its whitespace runs fold to one space, §4), two photo captions with their credits (6–7, `…山东女子学院供图`), the body with its three subheadings (11, 20, 28: short lines without sentence punctuation, §3 Breaks), the byline `中青报·中青网记者 魏其濛 来源：中国青年报` (34) and `责任编辑：杨逸凡` (35).",
    ],
)

S["l03"] = dict(
    remove=[
        (1, 1, "§3 CMS residue: the article id `t15263156` standing alone"),
        (2, 2, NAV + ": channel menu with `|`"),
        (3, 3, NAV + ": breadcrumb 首页>>新闻 > 国际 >> 正文"),
        (11, 11, PAGER + ": `首页 | 上一页 1 下一页 | 尾页`"),
        (12, 19, LIST + ": eight short headline links (photo-box captions) after the article"),
        (20, 50, TEASE + ": 相关新闻, ten photo stories (title / caption teaser ending `【详细】` / `强图打榜` + time)"),
        (51, 51, UI + ": `加载更多新闻`"),
        (52, 65, LIST + ": 热门排行 / 热　图 / 青独家 boxes of bare titles"),
        (66, 80, FOOT + ": 关于我们 / 联系我们 / 更多链接 / 举报 links and the app names split one word a line"),
        (81, 83, FOOT + ": ICP, licences with the report hotline, copyright"),
    ],
    notes=[
        "International news brief on 中国青年网 (youth.cn, from 央视新闻客户端, 2024-05-20), Simplified. Kept: headline (4), `发稿时间：2024-05-20 13:15:00 来源：央视新闻客户端 中国青年网` (5: time with real source credits, kept whole, j09 precedent), three paragraphs (6–8), `原标题:…` (9, credit of the repost, a03 precedent: kept although it repeats the headline word for word; it is not adjacent to it), `责任编辑：张毅` (10).",
        "Same site as l02 (another template: the 国际 channel with a photo-story box after the article).",
    ],
)

S["l04"] = dict(
    remove=[
        (1, 43, NAV + ": channel menu `| 国际新闻`, channel names and 21 Guangdong cities one a line"),
        (44, 66, NAV + ": 南方报业 / 党政网站 / 新媒体矩阵 / 地市 network menus (newspapers, magazines, sites, apps, government sites)"),
        (67, 71, NAV + ": city switcher, channel menu twice, 搜索, 长者助手 / 无障碍 / 简 繁 EN"),
        (72, 73, NAV + ": channel label `国际新闻` and breadcrumb 南方网 > 新闻"),
        (76, 76, UI + ": font-size widget 字号减小 / 字号增大"),
        (86, 87, NAV + ": 返回南方网首页 / 返回国际新闻频道 / 回到首页 / 回到顶部"),
        (88, 91, FOOT + ": group links, copyright with maker, report phones, ICP"),
    ],
    notes=[
        "International news on a provincial party portal (南方网 southcn.com, story from 中国新闻网, 2023-06-15), Simplified. Kept: headline (74), `2023-06-15 08:10 来源：中国新闻网 王帆` (75: time, source and author, a real credit: kept whole, tabs folded to one space, §4), eight paragraphs (77–84), `编辑：倪仕轩 责任编辑：杨格` (85).",
    ],
)

S["l05"] = dict(
    remove=[
        (1, 1, TITLE + ": headline + `_数据_宏观频道首页_财经网`"),
        (2, 28, NAV + ": 设为首页 / 手机版 / App, channel menu, 宏观 sub-menu"),
        (29, 29, NAV + ": breadcrumb 当前位置：宏观频道首页 > 数据 >"),
        (31, 31, NAV + ": tab label `正文`"),
        (33, 34, UI + ": 打印| and 字号： widgets"),
        (45, 45, TAGS + ": `关键字： CPI`"),
        (46, 47, SHARE + " and `Loading...`"),
        (48, 58, LIST + ": 相关阅读, ten CPI headlines"),
        (59, 67, LIST + ": 热门文章, eight titles"),
        (68, 88, LIST + ": 要闻, ten titles twice (a slider's copy)"),
        (89, 152, LIST + ": 编辑推荐 with its tabs (宏观 证券 …), seven boxes of eight numbered titles"),
        (153, 232, NAV + ": 财讯集团 / 合作伙伴 / 友情链接 link lists"),
        (233, 237, FOOT + ": about links, reprint notice of the site, ICP and licences, report phone and e-mail, copyright"),
        (238, 239, "§2 leftover markup / template residue: `◆◆` twice"),
    ],
    notes=[
        "Finance portal (财经网 caijing.com.cn 宏观/数据, 2024-05-11) reprinting the National Bureau of Statistics' monthly CPI release, Simplified. Kept: headline (30), `本文来源于国家统计局 2024-05-11 09:36:26` (32: source credit with time, kept whole), the release's own title `2024年4月份居民消费价格同比上涨0.3%` (35), its paragraphs with the two numbered headings (36–43), `(编辑：文静)` (44).",
    ],
)

S["l06"] = dict(
    subs=[
        ([120, 121, 122, 123, 124, 125], "^\u2003+", "", "§4 leading whitespace removed: the paragraph indent is two U+2003 EM SPACE characters (horizontal whitespace; §4 names ASCII, U+3000, NBSP and tab)"),
    ],
    remove=[
        (1, 6, NAV + ": 手机版 / 网站无障碍 / PC版本, channel menu run together, 网站地图"),
        (7, 99, NAV + ": channel menu one a line, 地方频道 with the provinces, 多语种频道 with the language names"),
        (100, 104, NAV + ": 中文/繁体 / 网站无障碍 / 客户端 / 手机版 / 站内搜索"),
        (105, 105, SLOG + ": `新华通讯社主办公司官网股票代码：603888` (site operator and stock code)"),
        (106, 107, NAV + ": channel menu run together, twice"),
        (108, 108, TITLE + ": headline + `-新华网`"),
        (109, 109, NAV + ": breadcrumb 新华网 > 时政 > 正文"),
        (110, 110, DATE + ": `2024 05/09 22:27:02` (header bar)"),
        (111, 111, "§3 header bar's `来源：新华网`, a copy of the credit that raw 116 prints with the article's own time (kept there)"),
        (113, 113, UI + ": font-size widget 字体：小 中 大"),
        (114, 114, SHARE),
        (115, 115, DUPT + ": raw 112 and 115 are the same headline (112 with a trailing space), 113–114 between them"),
        (117, 119, UI + ": video player `Play Video` / `0:00` / `/2:54`"),
        (126, 126, UI + ": 【纠错】"),
        (128, 128, NAV + ": `阅读下一篇：` with nothing after it"),
        (129, 130, FOOT + ": copyright, maker"),
        (131, 131, CTR + ": a bare `33`"),
        (132, 132, TAILT + ": the headline again at the tail"),
    ],
    notes=[
        "Paragraphs 120–125 are indented with two U+2003 EM SPACE characters: stripped as leading whitespace (see OPEN).",
        "Xinhua's portal on its new domain (新华网 news.cn 时政, 2024-05-09; xinhuanet.com is a01's site), a premier's inspection story with a video, Simplified. Kept: headline (112), `2024-05-09 22:27:02 来源：新华网` (116: the article's time and source line, kept whole), six paragraphs (120–125), `【责任编辑:王頔】` (127).",
    ],
    open=[
        "Leading U+2003 EM SPACE (120–125) stripped like the whitespace §4 names; §4's list (ASCII, U+3000, NBSP, tab) does not name it, but it is horizontal whitespace used as a paragraph indent. Same in l07.",
        "Raw 110–111 (header bar: time alone, then `来源：新华网` alone) and raw 116 (time + 来源：新华网 under the headline) say the same thing; the gold keeps 116 whole and removes 110 as a date and 111 as its copy. A reader could keep 111 instead (a credit line standing alone) and read 116 as the duplicate.",
    ],
)

S["l07"] = dict(
    subs=[
        ([32, 33, 34], "^\u2003+", "", "§4 leading whitespace removed: the paragraph indent is two U+2003 EM SPACE characters (horizontal whitespace; §4 names ASCII, U+3000, NBSP and tab)"),
    ],
    remove=[
        (1, 1, TITLE + ": headline + `-新华网河北频道-新华网`"),
        (2, 24, NAV + ": channel menu run together, then one a line, with three topic links"),
        (25, 25, NAV + ": breadcrumb `> 正文`"),
        (28, 31, UI + ": 打印 / 字大 / 字小 / 分享至手机"),
        (35, 35, PAGER + ": gallery pager `|<<1234下一页>>|`"),
        (36, 36, TAGS + ": `遵化数字农机农业生产`, the article's tags run together (遵化 / 数字农机 / 农业生产)"),
        (38, 50, LIST + ": channel tabs and three titles with dates"),
        (51, 57, UI + ": 查看更多 / 加载更多 ×6"),
        (58, 58, TAILT),
        (59, 64, LIST + ": the same three titles with dates again"),
        (65, 66, FOOT + ": copyright, maker"),
    ],
    notes=[
        "Photo story on Xinhua's Hebei channel (新华网河北频道 he.news.cn, 2024-05-15), page 1 of a four-page gallery, Simplified. Kept: headline (26), `2024-05-15 08:58:52来源：新华网` (27: time glued to the source credit, kept whole), the photo caption and the text (32–33), the photo credit `新华社发（刘满仓摄）` (34), `[作者: 刘满仓 责任编辑: 杨丹宇 ]` (37, credits).",
    ],
    open=[
        "Leading U+2003 EM SPACE (32–34) stripped as in l06.",
        "Raw 36 `遵化数字农机农业生产` reads as a phrase but is the page's keyword tags (遵化, 数字农机, 农业生产) with their separators lost in the dump; removed as a tag line. Without the markup a reader could take it for a heading.",
    ],
)

S["l08"] = dict(
    remove=[
        (1, 1, SLOG + ": `新浪财经`"),
        (4, 4, DATE + ": `2005.08.2605:39`"),
        (5, 5, UI + ": 关注 button"),
        (12, 12, UI + ": `加载中...`"),
        (13, 14, NAV + ": mobile portal channels and 首页 / 导航 / 反馈 / 登录"),
        (15, 15, FOOT + ": `Sina.cn(京ICP证000007)` with the crawl time"),
    ],
    notes=[
        "Mobile finance page (新浪财经 finance.sina.cn, crawled 2024-03-14) of a listed company's correction notice published in 上海证券报 on 2005-08-26, Simplified. Kept: headline (2), `上海证券报网络版` (3: the source credit printed under the headline), the notice (6–9), its signature `天津创业股份有限公司董事会` (10) and `2005年8月25日（来源：上海证券报）` (11: the notice's own signature date with the source; §3 decided: a date in a notice's signature stays).",
        "Raw 7 writes a number with full-width commas (`93，708，580元`): kept as received (§1, §3 leftover punctuation).",
    ],
)

S["l09"] = dict(
    remove=[
        (1, 11, NAV + ": 百度首页 / 登录 / 注册 / 会员 / Y币 links, product menu, search tabs"),
        (12, 28, UI + ": sign-in calendar widget (weekday names, 签到排名, 一键签到, 补签卡, counters)"),
        (29, 29, CTR + ": forum name `佛系吧` with 关注/贴子 counters"),
        (30, 33, NAV + ": forum tabs 看贴 / 图片 / 吧主推荐 / 游戏"),
        (34, 36, CTR + " and " + NAV + ": `6回复贴，共1页`, `<返回佛系吧`, `>0< 加载中...`"),
        (38, 42, USER + ": 只看楼主/收藏/回复 buttons, poster `绫清逸`, level `中级粉丝` `2`, fold notice `该楼层疑似违规已被系统折叠 隐藏此楼查看此楼`"),
        (43, 43, "§3 lines of `#tag#` tokens: `#佛系#`, the opening post's only text"),
        (44, 49, UI + " and " + SHARE + ": 送TA礼物, share targets (百度贴吧 微信 新浪微博 QQ空间 复制链接)"),
        (50, 55, USER + ": floor line `来自Android客户端1楼2022-10-02 23:02回复`, `我也说一句`, next poster with level and fold notice"),
        (57, 58, USER + ": floor line (client, 2楼, time), `回复(1)收起回复`"),
        (60, 61, USER + ": in-floor comment time + 回复, `我也说一句`"),
        (62, 66, AD + ": stock-software ad (指南针炒股 · 效卓 / 上海股民专享福利！！ / … / 立即查看 / time + 广告)"),
        (67, 70, USER + ": poster, level, fold notice"),
        (80, 85, USER + ": floor line, buttons, next poster, level, fold notice"),
        (87, 92, USER + ": floor line with `IP属地:内蒙古`, buttons, next poster, level, fold notice"),
        (94, 99, USER + ": floor line with IP region, buttons, next poster, level, fold notice"),
        (101, 102, USER + ": floor line with IP region, buttons"),
        (103, 120, NAV + ": login / app-download prompts, 贴吧热议榜 (ten titles with counters), feedback links"),
        (121, 138, UI + ": pager count, 返回, reply form (发表回复, rules, 内 容:, 签名档, 发 表, 保存, 退 出), emoji set names, share targets"),
        (139, 166, UI + ": login dialog (password and QR-code login states, risk notices)"),
    ],
    notes=[
        "Thread of a Baidu Tieba forum (佛系吧 tieba.baidu.com, 2022-10 – 2024-02), Simplified, first and only page. Kept: the thread title (37), every post's text (56; 71–79, a long post in nine paragraphs; 86; 93; 100) and the in-floor comment (59, with its `张无极: ` name prefix glued inside the line: k03/j13/b11 precedent). User names, levels, floor lines, IP regions, times and buttons go (batch B convention).",
        "Raw 42 etc. `该楼层疑似违规已被系统折叠 隐藏此楼查看此楼` is the forum's fold notice above each post, site chrome; the posts under it are shown in the dump and stay.",
    ],
    open=[
        "Raw 43 `#佛系#` is the whole text of the opening post (the thread title carries the question): removed by the rule for lines of `#tag#` tokens; a reader could keep it as the poster's only words.",
    ],
)

S["l10"] = dict(
    remove=[
        (1, 15, NAV + ": 百度首页 / 商城 / 注册 / 登录, product tabs, 搜索答案 我要提问"),
        (16, 16, UI + ": the question in the search box (a copy of raw 34)"),
        (17, 33, NAV + ": 我来答, 知道 menu, breadcrumb 百度知道 > 无分类"),
        (35, 42, SHARE + " and " + UI + ": 搜索资料 我来答, 分享 / 复制链接 / the question's URL / 新浪微博 / 微信扫一扫, 举报, `1个回答`"),
        (43, 43, AD + ": hot-topic promo `#热议# 普通体检能查出癌症吗？`"),
        (44, 50, USER + ": answerer `5点半的Allen` with date and motto, name again, 采纳数/获赞数, 向TA提问 私信TA, 关注, 展开全部"),
        (58, 66, UI + ": vote buttons, `你对这个回答的评价是？`, 评论(1), share row with the answer's URL, 举报 收起"),
        (67, 67, AD + ": 推荐律师服务 promo"),
        (68, 76, LIST + ": 其他类似问题, eight titles each with a date and an answer count"),
        (77, 82, LIST + ": 为你推荐 / 特别推荐, four titles"),
        (83, 90, AD + ": 百度律临 lawyer-service promo with its badges"),
        (91, 116, LIST + ": 等你来答 / 换一换, six questions each with `等N人想问` and `我来答`"),
        (117, 121, AD + ": 帮助更多人 app promo with QR prompt and `×`"),
        (122, 134, UI + ": report dialog (categories, 说明, 0/200, 提交 取消)"),
        (135, 161, UI + ": rewards / wallet / task-box widgets"),
        (162, 179, FOOT + ": help links, account status, complaint links, ICP and copyright, 辅 助 模 式, 返回顶部"),
    ],
    notes=[
        "Q&A page (百度知道 zhidao.baidu.com, answer 2023-06-14), Simplified; b02 is another question of the same site. Kept: the question (34; no question detail on the page) and the one answer: its lead sentence, four reason paragraphs (`追求成就感和满足感：…`) and two closing paragraphs (51–57).",
    ],
)

_L11_SIMILAR = [64, 67, 70, 75, 78, 81, 84, 87, 90, 95, 100, 103, 108, 111, 114, 117, 122, 125, 128,
                133, 136, 139, 142, 145, 148, 153, 156, 161, 164, 167, 170, 173, 176, 179, 182, 187,
                192, 195, 198, 201]
S["l11"] = dict(
    remove=[
        (1, 17, NAV + ": 购物车 / 优惠券 / 钱包 / 足迹, 蘑菇街首页, login, orders, service and shop-owner menus"),
        (18, 57, NAV + ": search box (搜商品 商品 店铺), hot-search words run together, category menu, the 手机数码 sub-menu"),
        (58, 63, UI + ": sort tabs `综合销量新品` and the price filter (`￥` `-` `￥` `确定`, price-range buttons run together)"),
    ] + [(n, n, UI + ": `找相似` (find-similar button)") for n in _L11_SIMILAR],
    notes=[
        "Category listing of a shop site (蘑菇街 mogujie.com 手机, about 2017-12; j12 is a product page of the same site), Simplified; the dump holds the page's first 40 products and no footer. Kept: every product entry: its title and its price lines as received (`¥2999678` is the price ¥2999 with the sales count 678 in a second element, glued by the dump; a discounted product has the price, `¥ 739` original price and the sales count on three lines).",
    ],
    open=[
        "A shop's category page whose text is its product list: the entries (title + price + sales) are kept as the data the page exists to show (§3 decided: Tables and data; Listing pages), unlike the other-products boxes of a product page (j11/j12/k01), which go as lists of other products. A reader could treat the titles as bare product links and keep only the prices, or drop the whole list.",
        "Price lines that glue the price and the sales count (`¥2999678`) are kept as received: separating them would be a repair POLICY does not name.",
    ],
)

S["l12"] = dict(
    remove=[
        (1, 4, NAV + ": 联系我们 / 恒生银行 / 恒生投资 / 服务 links, login links"),
        (5, 11, NAV + ": main menu and fund-type menu (twice)"),
        (12, 14, NAV + ": breadcrumb 当前位置： 首页>, 信息披露 tabs, section heading `信息披露` of the tab bar"),
        (15, 15, UI + ": date-range and keyword search form"),
        (16, 35, BARE + ": twenty announcement titles (several cut by the site with `...`) each with its date"),
        (36, 39, PAGER + ": 第1页/ 共17页, first/prev/next/last, page box, GO"),
        (40, 40, FOOT + ": 反洗钱 | 投资人权益须知 | 风险提示 | 免责声明"),
        (43, 45, FOOT + ": 友情链接, copyright with ICP, IPv6 note and disclaimer"),
    ],
    notes=[
        "Fund company website, 信息披露 listing page (恒生前海基金 hsqhfunds.com, 2020-07), Simplified; the same kind as c15. The page's only list is bare announcement titles with dates, which POLICY removes; what is left is the company's own contact block: `公司总机：(86)0755-88982200 传真：(86)0755-88982169` (41) and `公司地址：…` (42), plain contact lines of the page's own subject (§3 decided: Contact lines; c15 precedent).",
    ],
    open=[
        "As c15: the kept contact lines (41–42) are also the site's footer on every page; if a footer's contact block counts as site chrome, the gold of this page is empty.",
    ],
)

S["l13"] = dict(
    remove=[
        (1, 23, NAV + ": 首页 / 发现 / 等你来答 / 提问, a notice count `3`, search-type tabs 综合 用户 话题 … (twice), `时间不限` filter"),
        (26, 27, CTR + ": `​赞同 6` / `​7 条评论` (with U+200B)"),
        (30, 31, CTR + ": vote / comment counters"),
        (34, 34, CTR + ": vote / comment counters on one line"),
        (37, 38, CTR + ": vote counter, `​添加评论`"),
        (41, 42, CTR + ": vote / comment counters"),
        (44, 45, USER + ": the expanded answer's author `向上的蜗牛` and headline `大数据选型工程师` (answerer profile, k04/b03 convention)"),
        (47, 47, SEP + ": `-----…` (the author's rule under the reposting note)"),
        (105, 105, SEP + ": `----------`"),
        (106, 106, DATE + ": `发布于 2018-01-17`"),
        (107, 109, CTR + " and " + UI + ": 赞同 19 / 添加评论, 分享, 举报 / 收起"),
        (112, 112, CTR + ": counters"),
        (115, 116, CTR + ": counters"),
        (119, 119, CTR + ": counters"),
        (122, 123, CTR + ": counters"),
        (126, 127, CTR + ": counters"),
        (130, 133, UI + " and " + CTR + ": 关注问题 / 写回答 / `73 浏览` / `2 关注`"),
        (136, 139, UI + " and " + CTR + ": 关注问题 / 写回答 / `256 浏览` / `1 关注`"),
        (140, 146, NAV + ": 相关搜索, six search suggestions"),
        (149, 152, UI + " and " + CTR + ": 关注问题 / 写回答 / `48 浏览` / `1 关注`"),
        (155, 156, CTR + ": counters"),
        (159, 159, CTR + ": counters"),
        (162, 162, CTR + ": counters"),
        (165, 165, CTR + ": counters"),
    ],
    notes=[
        "Search-result page of a Q&A site (知乎 zhihu.com, query 智能解析, about 2020), Simplified; cut by the raw maker after 166 of 501 lines. A search page is a listing (§3 decided: Listing pages): every entry of a title with its snippet stays: question titles with the answer snippet that starts with the answerer's name (`耕耘友善：…`, glued inside the line: b11/j13 precedent), column-article titles with their snippet, questions with `问题描述：…`. One entry is shown expanded (43–104): a column article `爬虫数据采集技术趋势－智能化解析` with its reposting note, headings, lists and two paper URLs; its text stays (author name and headline go as profile chrome, `发布于` as a date).",
        "Raw 166 `dns智能解析后数据如何同步？` is the last entry's title; its snippet was cut off by the raw maker, so it is kept as the entry's only text (k14 precedent for an entry cut by the raw maker).",
        "Raw 58 `搜索引擎聚合了网页：百度,google,` ends with a comma but is one item of the author's list (the next line is the next item): not joined.",
        "The counters carry U+200B (`​赞同 6`): they go as whole lines.",
    ],
)

S["l14"] = dict(
    remove=[
        (1, 10, NAV + ": 网易首页, 应用 menu (apps), 快速导航"),
        (11, 107, NAV + ": mega-menu: eleven channels each with its sub-channels one a line, 查看网易地图"),
        (108, 158, NAV + ": login / mail links with an account e-mail, account menu, 移动端 / 公开课 / 严选 / 支付 / 电商 / 邮箱 menus"),
        (159, 161, NAV + ": breadcrumb 网易首页 > 新闻中心 > 新闻排行榜, section menu, `新闻日历`"),
        (162, 200, UI + ": archive calendar (上一月 2020年7月 下一月, weekday names, day numbers one a line)"),
        (201, 202, NAV + ": 快速跳转： channel links run together, `全站图集排行榜` link"),
        (204, 204, NAV + ": `更多`"),
        (206, 208, NAV + ": tabs 24小时点击排行 / 本周点击排行 / 本月点击排行"),
        (243, 245, NAV + ": tabs 今日跟贴排行 / 本周跟贴排行 / 本月跟贴排行"),
        (280, 280, NAV + ": `更多`"),
        (282, 284, NAV + ": tabs 1小时前点击排行 / 24小时点击排行 / 本周点击排行"),
        (319, 321, NAV + ": tabs 今日跟贴排行 / 本周跟贴排行 / 本月跟贴排行"),
        (356, 356, NAV + ": `更多`"),
        (358, 360, NAV + ": tabs 1小时前点击排行 / 24小时点击排行 / 本周点击排行"),
    ],
    notes=[
        "News ranking page (网易新闻 新闻排行榜 news.163.com/rank, 2020-07; a10 is another list page of the site), Simplified; cut by the raw maker after 385 of 1,101 lines (the 全站 and 新闻 boxes whole, the 娱乐 box in part). Kept: the box headings (全站 203, 新闻 279, 娱乐 355) and their 点击榜 / 跟贴榜 headings, each ranking table's header row (`标题 点击数`, `标题 跟贴数`, `标题 点击数 趋势`; tabs folded to one space, §4) and every row: rank glued to the title, then the count (the 趋势 column is an empty cell).",
        "Titles cut by the site without a mark (`…部分事实有反`, `…24小时内香港`) are kept as received.",
    ],
    open=[
        "The ranking rows (rank + title + click or comment count) are kept as a table of rankings with values that the page exists to show (§3 decided: Tables and data). They are also titles of other articles, each with a count, and with no teaser: read as link lists (§3 decided: Listing pages, Lists of other articles) the gold would be empty, as a10 (the same site's rolling list, titles with times) was. This is the main call of this file.",
        "Tab labels above each group of three tables (24小时点击排行 / 本周点击排行 / 本月点击排行) go as tabs (k07), although each names one of the three tables that follow; the table header rows `标题 点击数` stay as the tables' own header, repeated nine times.",
    ],
)

S["l15"] = dict(
    t2s=True,
    remove=[
        (1, 17, NAV + ": Yahoo 香港 network menu, 雅虎香港財經 logo text, search tip and Trending Tickers `JPYHKD=X`, 登入, 通知"),
        (18, 120, LIST + ": notification panel 今日 / 較早前: English headlines, each after `News • N 小時前` / `Breaking News • date`, `View all notifications`"),
        (121, 183, NAV + ": Mail prompt, 財經 menu with sub-menus (理財, 外幣報價, 地產, 媒體總覽, 市場, 篩選工具), App下載"),
        (184, 233, UI + ": `廣告`, market-status line and the quote strip (index names with values and changes one a line)"),
        (234, 234, "§3 decided: the provider's name standing alone above the headline (logo label of the source; the same credit stays as the byline in raw 237)"),
        (236, 236, UI + ": `閱讀整篇文章`"),
        (238, 238, DATE + ": `2024年5月22日週三 上午8:21`"),
        (240, 242, FOOT + ": 服務條款/私隱政策 / 私隱資訊主頁 / 關於我們的廣告"),
        (243, 386, TEASE + " and " + AD + ": 你可能還想看 feed (source · time / title / teaser) with sponsored posts and their ad-feedback menus, `更多報導`, `廣告`, `Display Advertisement`"),
    ],
    notes=[
        "Finance news page of a Hong Kong portal (雅虎香港財經 hk.finance.yahoo.com, 2024-05-22; a18 is hk.news.yahoo.com, same network, another product), a 香港電台 (RTHK) report, **Traditional** → t2s. The page shows only the report's first paragraph behind `閱讀整篇文章`. Kept: headline (235), the provider credit `香港電台-財經` (237), the paragraph (239).",
        "Whole dump (386 lines): the batch's cut rule would have cut it before the article (raw maker's NOCUT).",
    ],
    open=[
        "Raw 234 and 237 both read `香港電台-財經` (logo label above the headline, and the byline under it): the gold keeps the byline. Keeping 234 instead, or both, is as defensible; neither is adjacent to the other.",
        "The quote strip (184–233: 恒指 18,652.59 …) is data, but it is the site's market widget, not the report's: removed as a widget (a05 precedent for FX and rate sidebars).",
    ],
)
