# Hand-written decisions per file (line numbers count from 1 over the raw file's lines).
# remove: list of (first, last, rule text); joins: list of [line, line, ...] joined with nothing;
# inline: {line: [(old, new, reason)]} (every occurrence in the line is replaced);
# t2s: convert with OpenCC t2s; notes / open: free text.

NAV = "§3 site navigation (menus, breadcrumb, buttons)"
TITLE = "§3 page <title> (headline + site name) that repeats the headline printed in the body: site chrome (a01 raw 39 / batch D precedent)"
LIST = "§3 lists of other articles (run of title-like lines after the article's end / before its start)"
FOOT = "§3 site copyright / ICP / footer links"
DATE = "§3 a date or time that dates the page, standing alone"
PN = "§3 上一篇/下一篇 links"
CTR = "§3 page chrome (counters)"
TEAS = "§3 teaser (labelled 摘要 or unlabelled, copying the body)"
KW = "§3 关键词/标签 line (bare tags)"
ADKW = "§3 whole line of ad keywords (casino, lottery, porn, betting brands), even in the title position"
SLOG = "§3 site name or slogan standing alone at the head or tail"
UI = "§3 UI prompt / widget"
CTA = "§3 contact lines: a call to action with a contact goes"
DUP = "§3 two adjacent identical lines become one (adjacent once the chrome between them is gone)"
TPL = "§3 English/Chinese template line (Posted in … / author and category of the theme)"
SCRIPT = "§2 leftover markup / script residue"
FORM = "§3 comment or sign-up form labels"
LINKS = "§3 Listing pages: a list of bare titles (no teaser) is a link list and goes"

S = {}

S["e01"] = dict(
    remove=[
        (1, 1, TITLE + " (headline + ` - 光阳高考网`; the headline is raw 10)"),
        (2, 3, DATE + ": the site's header date and weekday"),
        (4, 4, SLOG + ": site name"),
        (5, 8, NAV + ": menu labels and `请设置…菜单` theme placeholders"),
        (9, 9, NAV + ": breadcrumb"),
        (11, 11, "§3 timestamp with a view counter (`… 阅读(63)`)"),
        (
            12,
            12,
            TEAS
            + ": unlabelled line before the body that copies raw 13–16 run together and cut with `…`",
        ),
        (
            72,
            72,
            "§3 site copyright / takedown notice of the aggregating site (本文来自网络，不代表光阳高考网立场…)",
        ),
        (73, 73, CTR + ": `6赞`"),
        (74, 74, KW),
        (75, 76, PN),
        (77, 83, LIST + ": 为您推荐"),
        (84, 90, FORM + ": WordPress comment form and Akismet notice"),
        (91, 102, LIST + ": sidebar 本站介绍 / 近期文章"),
        (103, 169, NAV + ": sidebar category list"),
        (170, 178, NAV + ": sidebar archive months"),
        (179, 180, KW + ": sidebar tag cloud"),
        (181, 184, FOOT + ": 链接, ICP, copyright, 返回顶部"),
        (185, 185, "§3 page chrome: query-time footer (`本页面加载共：80 次查询 | 用时 …`)"),
    ],
    notes=[
        "Raw 13 (`文｜AI财经社 陈畅`) and raw 14 (`编辑｜杨洁`) are the byline and editor credit printed with the article: kept (§3 bylines/credits).",
        "Raw 18, 19, 39, 57 are the article's sub-headings; raw 56 is a photo caption with credit (`/受访者提供`): kept.",
        "Raw 70 (the note on pseudonyms) is the author's: kept.",
    ],
    open=[
        "Raw 71 (`本文由《财经天下》周刊旗下账号AI财经社原创出品，未经许可…请勿转载。违者必究。`) is the original publisher's credit and reprint notice printed with the article, not the aggregating site's notice: kept as a credit. Raw 72 (光阳高考网's own disclaimer with the URL) goes.",
        "Raw 12 is the site's auto excerpt (byline + first sentences run together, cut with `…`): removed as an unlabelled teaser; every word of it is in raw 13–16.",
    ],
)

S["e02"] = dict(
    remove=[
        (1, 1, TITLE + " (headline + `-MathType中文网`; the headline is raw 27)"),
        (2, 7, NAV + ": site menu"),
        (8, 8, NAV + ": breadcrumb"),
        (9, 15, NAV + ": sidebar menu and product box (服务中心 … MathType 7)"),
        (16, 17, SLOG + "/" + UI + ": product slogan `新高度 新起点` and `立即购买` button"),
        (18, 19, CTA + ": 微信公众号 QR prompt (立即扫码关注)"),
        (20, 26, LIST + ": 热门文章 sidebar before the article"),
        (28, 28, DATE + " (发布时间：2022/09/26 11:32:03)"),
        (51, 51, KW),
        (52, 53, PN),
        (54, 59, LIST + ": 读者也访问过这里"),
        (60, 74, NAV + ": footer menu and shop slogans"),
        (75, 80, FOOT + ": copyright, company, licence, legal adviser, ICP"),
        (
            81,
            87,
            UI
            + ": download widget (product name, release month, downloads, rating, language, platform, buttons)",
        ),
        (88, 88, SCRIPT + ": `` `); `` script tail"),
    ],
    notes=[
        "Raw 29–31 (品牌型号 / 系统 / 软件版本: the author's test set-up, a convention of this how-to site) are part of the article: kept.",
        "Raw 33, 35, 37, 41 are headings; raw 39, 44, 46, 48 are figure captions (`图1 字号尺寸对照表` …): kept.",
        "Raw 50 `作者：牛牛` is the article's byline: kept.",
    ],
    open=[
        "Raw 81–86 are a product box in the page footer (MathType 7, `发布时间: 2018/02`, `月均下载: 2万+` …); removed as a widget, although its lines look like a small data table."
    ],
)

S["e03"] = dict(
    remove=[
        (1, 1, TITLE + " (headline + `_手机卡车之家`; the headline is raw 21)"),
        (2, 3, UI + ": lines holding only an icon-font glyph (private-use U+E86E, U+E871)"),
        (4, 4, NAV + ": `文章详情` header label"),
        (5, 6, UI + ": lines holding only an icon-font glyph (U+E874, U+E86B)"),
        (7, 20, NAV + ": channel menu"),
        (23, 23, DATE + " (bare date under the author name)"),
        (
            39,
            39,
            CTA + " (`如需了解更多车型信息，欢迎您随时致电咨询~`, the 欢迎来电咨询 example of §3)",
        ),
        (40, 40, KW + ": `降价促销` tag with an icon glyph"),
        (41, 41, UI + ": 打开APP prompt"),
        (
            42,
            47,
            UI
            + ": model card widget (another model variant, its price, tabs 车型详情/参数配置/实拍图片, 询底价 button, icon glyphs)",
        ),
        (48, 66, LIST + ": 猜你还喜欢, titles with author + view-count lines"),
        (67, 67, UI + ": 打开APP prompt"),
        (68, 71, NAV + ": 推荐载货车 link rows (twice)"),
        (72, 73, FOOT + ": company name and ICP"),
        (74, 78, UI + "/" + CTR + ": comment/look/share bar with icon glyphs and `0` counters"),
    ],
    notes=[
        "Raw 22 `庄紫藤` (the author's name under the headline) is the byline: kept.",
        "Raw 25–37 are the spec and price table the article exists to show (车型名称 … 经销商): kept (§3 Tables and data). Raw 38 (`2020年03月25日价格 更多信息请咨询经销商 卡车之家制表`) is the table's footnote with its credit: kept.",
        "Icon-font glyphs (private-use characters) occur only in removed lines.",
    ],
    open=[
        "Raw 39 is part of the site's generated article text, but it is a bare call to come in/phone; removed under the 欢迎来电咨询 example. Keeping it is the conservative alternative.",
        "Raw 42–43 (a different variant, `解放 J6F 160马力 … 13.06万元`) is a product card under the article; removed as a widget, not as a table row of the article.",
    ],
)

S["e04"] = dict(
    remove=[
        (1, 1, TITLE + " (the page title equals the heading at raw 23)"),
        (2, 2, SCRIPT + ': JavaScript source (`"); _styles += …`)'),
        (3, 3, SCRIPT + ": template placeholder `${my_nickname}`"),
        (4, 4, SCRIPT + ': JavaScript source (`` ` $(".user-bar …`` )'),
        (5, 12, NAV + ": site menu"),
        (13, 17, CTA + ": header hotlines with 微信咨询 / 在线预约 / 领取福利 buttons"),
        (18, 18, NAV + ": 返回顶部"),
        (19, 22, NAV + ": breadcrumb (您的位置： 服务范围 ＞咨询师介绍 ＞ 介绍详情)"),
        (24, 24, "§3 date with an empty-credit view counter (发布日期 … 浏览量 ：664)"),
        (25, 25, "§3 metadata line with placeholder credits (`unknown unknown 发布日期：…`)"),
        (26, 26, CTR),
        (27, 28, PN),
        (29, 30, NAV + ": 分享到 / 扫一扫 在手机上阅读"),
        (31, 35, LIST + ": 看了又看"),
        (36, 41, FOOT + ": copyright and the site's address/phone footer"),
        (42, 47, NAV + ": footer menu"),
        (48, 59, FOOT + "/" + CTA + ": e-mail, CONTACT US, 客服微信 and WeChat ids (关注预约)"),
        (60, 60, FOOT + ": ICP"),
        (61, 67, UI + ": QR / navigation pop-ups (×, 长按屏幕识别二维码, 取消)"),
        (68, 70, NAV + ": 友情链接 and footer links"),
    ],
    notes=[
        "The page is an event announcement whose body did not make it into the crawl: only the heading (raw 23) is left in gold."
    ],
    open=[
        "Raw 1 and raw 23 are the same line; the title line (raw 1) is the one removed, so the gold keeps the heading in its body position. Either choice gives the same gold text.",
        "Raw 36–41 give the company's address and phones; with no article body they read as site footer and go. If the announcement had a body, §3 Contact lines might keep a plain contact line.",
    ],
)

S["e05"] = dict(
    remove=[
        (
            1,
            1,
            TITLE + " (BOM + space + `꧁YWmrl꧂` + headline; the headline is at the start of raw 76)",
        ),
        (2, 2, ADKW + " (lottery term `快三顺龙怎么做计划` standing where the site name was)"),
        (3, 3, SLOG + ": header date + welcome slogan with the lottery term"),
        (4, 8, NAV + ": `|` separators and En/Ch language switch"),
        (9, 66, NAV + ": association menu"),
        (67, 67, NAV + ": breadcrumb with the lottery term"),
        (68, 75, NAV + ": section tabs"),
        (79, 80, FOOT + ": site's real-name/e-mail line and copyright, with the lottery term"),
        (
            81,
            81,
            SCRIPT + " + " + ADKW + ": Baidu analytics script followed by betting/lottery keywords",
        ),
    ],
    notes=[
        "Raw 76 (`<headline> 2022/09/21 14:02:00 来源：安徽省经济和信息化厅、慧正资讯`) is kept whole: headline with a time and a real source credit (batch D's date + source convention).",
        "Raw 77–78: the two paragraphs of the article; their inner spaces (`绿色工厂 名单`, `东方 雨虹`, `； 是`, `“ 绿色工厂”`) are the source's and stay (one ASCII space each).",
    ],
    open=[
        "Raw 76 holds the headline, the date and the credit on one line; it is kept whole rather than cut (POLICY removes whole lines, never half a line)."
    ],
)

S["e06"] = dict(
    remove=[
        (2, 2, SLOG + ": community slogan"),
        (3, 8, NAV + ": search/login links"),
        (9, 13, NAV + ": user menu (欢迎你：/个人中心/…/退出)"),
        (14, 14, UI + ": `有新回复，点击查看X`"),
        (15, 17, CTR + ": 209关注 / 554粉丝 / 0社区"),
        (18, 18, "§3 forum chrome: profile-box user name (batch B b01 convention)"),
        (19, 19, UI + ": 加关注 取消关注 button"),
        (20, 20, CTR + ": 人气:0"),
        (22, 26, NAV + ": profile tabs"),
        (27, 27, UI + ": empty-state message `目前没找到相关帖子`"),
        (28, 77, LIST + ": 新浪推荐 / 人气排行 sidebar (rank, user name, popularity count)"),
        (78, 108, LIST + ": 社区排行 sidebar (rank, stock/community, heat, trend)"),
        (109, 111, CTA + ": 其他服务 help line with @account and customer hotline"),
        (112, 117, FOOT + ": links, copyright, data disclaimer"),
    ],
    notes=[
        "A user-centre page of 新浪股市汇 (the user has no posts). The user's own bio (raw 21, `简介：当你在凝望深渊的时候，深渊也在凝望你`) is the only text the page's subject wrote: kept."
    ],
    open=[
        "Raw 1 (`zZ__晨的主贴_用户中心_新浪股市汇_财经_新浪网`) is kept as the page's title: nothing in the body repeats it (batch D d20 convention). It is mostly site chrome; dropping it would leave the bio alone.",
        "Raw 18 (the user name) goes as profile-box chrome; on a profile page it could also be read as the page's heading.",
        "Raw 28–108 are rankings with values (§3 Tables and data keeps those a page exists to show); this page exists to show one user's profile, so the sidebar rankings go.",
    ],
)

S["e07"] = dict(
    t2s=True,
    remove=[
        (1, 40, NAV + ": site menu (the record starts with the menu item `簡介`)"),
        (41, 41, NAV + ": language switch EN"),
        (42, 82, NAV + ": site menu repeated"),
        (83, 83, NAV + ": album link label `[其他活動花絮相簿]`"),
        (84, 84, "§3 Listing pages: pager (`目前在第 1 頁，共 1 頁`)"),
        (85, 90, NAV + ": footer menu"),
        (
            91,
            95,
            FOOT
            + ": 連絡我們 block (the institute's address, e-mail, phone, fax) in the site footer",
        ),
        (96, 97, FOOT + ": 網路使用規範 / 隱私權政策聲明"),
        (98, 131, NAV + ": footer menu"),
        (132, 133, FOOT + ": English Version, copyright"),
    ],
    notes=[
        "A photo-album page of a Taiwan university institute (中央大學認知神經科學研究所) whose album content (images) left no text: nothing but menus, pager and footer. **Empty gold (dropped).**"
    ],
    open=[
        "Raw 91–95 (the institute's own address/phone) go as site footer: there is no article for them to belong to."
    ],
)

S["e08"] = dict(
    t2s=True,
    remove=[
        (1, 1, TITLE + " (chapter title + `_曉露小說`; the chapter title is raw 4)"),
        (2, 2, NAV),
        (3, 3, NAV + ": breadcrumb"),
        (6, 6, "§3 separator line of one repeated symbol (`-`)"),
        (54, 54, NAV + ": 加入收藏 < 上一章 章節列表 下一章 > 錯誤舉報"),
        (55, 87, UI + ": reader settings, font/voice widgets, report form"),
        (88, 95, SCRIPT + ": template residue (`{{# $.each(...) }}` …)"),
    ],
    inline={
        53: [
            (
                "”-",
                "”",
                "§3 separator: the `-` separator line of the reader template (raw 6) glued to the end of the last paragraph; removed",
            )
        ]
    },
    notes=[
        "Same reader template as batch D's d03 (different site and novel); decisions follow d03.",
        "Raw 4 (book + chapter title) and raw 7 (the chapter heading printed in the text, `第三百二十六章秦子舒，放開她！`) are both kept: they are not identical.",
        "Raw 5 (作者：林婉婉傅沛 分類：其他 更新時間：… 來源：書去搜) kept whole: metadata with a name credit (d03 precedent; the 作者 field holds the two protagonists' names, as the source gives it).",
        "Raw 40–43: one speech over four paragraphs, each ending with `！`/`？`: no joins.",
        "Traditional (with 冇, 隻, 麵 as the site prints them); gold is OpenCC t2s, its choices stand.",
    ],
    open=[
        "Raw 53: the trailing `-` is removed as separator residue glued to the line; keeping it is the literal alternative (POLICY names separator *lines* only)."
    ],
)

S["e09"] = dict(
    remove=[
        (
            1,
            1,
            TITLE
            + " (category + school name; the school name stands as the entry title at raw 13)",
        ),
        (2, 2, CTA + ": header 报名咨询热线"),
        (3, 11, NAV + ": site menu"),
        (12, 12, NAV + ": breadcrumb"),
        (14, 14, DATE + " (entry date `2021-04-12 22.33.10`)"),
        (15, 15, "§3 listing chrome: CMS user name of the entry (`jianque`)"),
        (16, 16, "§3 所属分类/栏目 field (`学校简介`)"),
        (19, 19, UI + ": `详细内容` read-more link"),
        (20, 20, "§3 Listing pages: pager (`总数：11页次：1/1`)"),
        (21, 23, CTA + ": sidebar 招生报名 box (application call with 入学申请 button)"),
        (24, 32, NAV + ": 关联阅读 / 网站导航"),
        (33, 36, LIST + ": 热门阅读 / 推荐阅读 (one bare title each)"),
        (37, 38, KW + ": 学校标签 tag run"),
        (39, 39, NAV + ": 校园风采"),
        (44, 49, CTA + ": footer 招生对象 / 入学申请 box with 立即申请 and `微信扫一扫在线沟通`"),
        (50, 54, FOOT + ": copyright, 在线报名, 友情链接, RSS, 网站地图"),
    ],
    notes=[
        "A category page (学校简介) holding one entry: title (raw 13), sub-heading (raw 17) and text (raw 18). §3 Listing pages keeps the entry."
    ],
    open=[
        "Raw 40–43 (the school's address, phones, e-mail, in the footer) are kept as plain contact lines that the page's own subject gives (batch D d07 kept a company's contact widget the same way); they could also be read as site footer.",
        "Raw 17 (`开大附中新城分校 学校简介`) is kept as a sub-heading of the entry; it may be an image caption.",
        "Raw 21–23 and 44–49 repeat the school's admissions call (`认真填写入学申请表，老师收到信息后，会电话通知你…`) in two boxes; removed as a sign-up call to action. It is the school's own text about itself.",
    ],
)

S["e10"] = dict(
    remove=[
        (
            1,
            1,
            TITLE
            + " + "
            + ADKW
            + " (headline + `_m6平台_m6平台` betting brand; the headline stands at raw 9)",
        ),
        (2, 7, NAV + ": site menu"),
        (8, 8, NAV + ": breadcrumb"),
        (
            10,
            10,
            "§3 date with an empty counter and an ad-keyword author (`发布时间：… 浏览次数：次 作者：mile米乐m6`)",
        ),
        (11, 11, TEAS + ": labelled 本文摘要, copies raw 12"),
        (14, 14, KW + ": 本文关键词 with the betting brand"),
        (
            15,
            15,
            "§3 metadata line whose only credit is the ad brand + URL (`本文来源：m6平台-www.nbsbj.cn`)",
        ),
        (16, 17, PN),
        (18, 19, KW + ": 热门标签 token run"),
        (20, 26, LIST + ": 推荐阅读 titles with dates"),
        (27, 37, LIST + ": 推荐案例 placeholder cases (`案例展示八 … Read More`)"),
        (38, 39, NAV + ": 建站知识 category links"),
        (40, 44, FOOT + ": contact block of the (fake) site company"),
        (45, 45, FOOT + ": copyright with the betting brand, ICP"),
    ],
    notes=[
        "Raw 12–13: the Xinhua text (mislabelled as 建站知识 on a betting-brand site); U+3000 between its merged paragraphs becomes one space (§4)."
    ],
    open=[
        "Raw 9, the only headline in the body, ends with keywords and the betting brand (`…|两会|会议|主席团_m6平台`); it is kept whole, as POLICY removes ad keywords only as whole lines."
    ],
)

S["e11"] = dict(
    remove=[
        (2, 2, SLOG + ": shop slogan"),
        (3, 12, NAV + ": login, orders, hotline, cart (`0 我的购物车`, `共0件商品 …`)"),
        (13, 14, NAV + ": category menu"),
        (15, 15, "§2 template residue: unfilled placeholder `h1_key`"),
        (16, 16, NAV + ": breadcrumb"),
        (17, 17, UI + ": login prompt with X"),
        (18, 18, NAV + ": category path"),
        (19, 19, UI + ": 对比 收藏 buttons"),
        (26, 28, FORM + ": order quantity field, `- +`, 我要订货 button"),
        (35, 35, UI + ": datasheet download link"),
        (
            40,
            59,
            UI + ": parameter filter and comparison widget (展/开/对/比/栏 one character a line)",
        ),
        (60, 65, SLOG + ": service slogans and `10s` timer"),
        (66, 90, NAV + ": footer menus"),
        (91, 91, CTA + ": 关注公众号 prompt"),
        (92, 97, FOOT + ": hotline, hours, copyright, licences"),
        (98, 111, FORM + ": complaint form, side buttons, 询价 dialog"),
    ],
    notes=[
        "A component shop's product page: the price tiers (raw 20–23), stock and delivery (raw 24–25), the product data (raw 29–34) and the parameter table (raw 36–39) are the data the page exists to show: kept (§3 Tables and data)."
    ],
    open=[
        "Raw 1 (`1.5KE36CA_RL(瑞隆源)1.5KE36CA采购价格_中文资料_PDF手册-万联芯城`) is kept as the page's title: the body has no heading (its `<h1>` is the unfilled `h1_key`, raw 15). It reads like SEO chrome (batch D d20 convention).",
        "Raw 20–23 (`梯度` / `含税价格` / `1个以上` / `批量议价`) are a two-column price table flattened one cell a line; kept as they are, not re-paired.",
    ],
)

S["e12"] = dict(
    remove=[
        (1, 1, TITLE + " (the WordPress page title is the bare headline; it is printed at raw 5)"),
        (2, 2, NAV + ": Skip to content"),
        (3, 3, ADKW + " (site name = betting brand 乐动体育)"),
        (
            4,
            4,
            SLOG
            + ": site description under the name, a company blurb with the betting brand injected",
        ),
        (6, 7, TPL + " (`admin`, `In <category>`)"),
        (8, 8, DUP + " (raw 5 and raw 8, adjacent once raw 6–7 go)"),
        (11, 11, "§2 leftover markup: line holds only `<\\/p>`"),
        (14, 15, "§2 leftover markup: lines hold only `<\\/p>`"),
        (16, 22, PN + ": theme's 文章导航 «Previous / Next» with titles"),
        (23, 24, NAV + ": search"),
        (25, 30, LIST + ": 近期文章"),
        (31, 32, TPL + ": 近期评论 with the WordPress sample comment"),
        (33, 33, FOOT),
    ],
    inline={
        9: [("<\\/p>", "", "§2 leftover markup: escaped closing tag `<\\/p>`")],
        10: [
            ("<\\/a>", "", "§2 leftover markup: escaped closing tag `<\\/a>`"),
            ("<\\/p>", "", "§2 leftover markup: escaped closing tag `<\\/p>`"),
        ],
        12: [("<\\/p>", "", "§2 leftover markup: escaped closing tag `<\\/p>`")],
        13: [("<\\/p>", "", "§2 leftover markup: escaped closing tag `<\\/p>`")],
    },
    notes=[
        "Raw 9 (`网易体育9月8日报导：`) is the article's source line, printed with it: kept (tag tail removed).",
        "The body (raw 9–13) keeps its wording (`最佳防卫球员`, `主力队`: synonym-spun text) as received: rewording is not cleaning.",
    ],
    open=[
        "Raw 4 is a long company blurb (钢结构 / 越秀集团 …) under the betting-brand site name; it is removed as the site's description at the head, not as ad keywords (it is not a keyword line). A reading that keeps every sentence-like line would keep it."
    ],
)

S["e13"] = dict(
    remove=[
        (
            1,
            1,
            TITLE
            + " + "
            + ADKW
            + " (headline + `-亚博全站APP官网|亚博APP网页版` betting brand; the headline is raw 5)",
        ),
        (2, 2, NAV + ": Skip to content"),
        (3, 3, ADKW + " (site name = betting brand 亚博)"),
        (
            4,
            4,
            ADKW
            + ": betting promo with a mirror address (`【备用网址ybvip.vip】亚博全站APP官网…`)",
        ),
        (6, 6, DATE + " (`Posted on 2022年11月15日`)"),
        (22, 22, TPL + " (`Posted in <betting brand>Tagged …`)"),
        (
            23,
            25,
            PN
            + ": 文章导航 < previous / next > (the previous title is UTF-8 read as GBK mojibake: `鐧惧害璐村惂…` = 百度贴吧——全球领先的中文社区)",
        ),
        (26, 32, FORM + ": WordPress comment form"),
        (33, 34, NAV + ": search"),
        (35, 40, LIST + ": 近期文章"),
        (41, 42, NAV + ": 近期评论 / 没有评论可显示。"),
        (43, 48, NAV + ": archive months"),
        (49, 50, NAV + ": 分类 with the betting brand"),
        (51, 51, FOOT + ": theme credit"),
    ],
    notes=[
        "Raw 5 headline and raw 7–21 (the article, a football report) kept; no line ends mid-sentence.",
        "The mojibake in raw 24 is in a removed navigation line, so no repair is needed (it would decode as UTF-8-read-as-GBK to 百度贴吧——全球领先的中文社区, with two lost bytes).",
    ],
)

S["e14"] = dict(
    remove=[
        (1, 1, TITLE + " (heading + ` - 翻黄历`; the heading is raw 7)"),
        (2, 2, SLOG + ": site name"),
        (3, 5, UI + ": date picker (月 / 年 / 日 时 分)"),
        (6, 6, NAV + ": 分享"),
        (8, 8, UI + ": `详细` link"),
        (39, 49, LINKS + " (行事宜忌: `2022年7月 <activity> 吉日` links to other pages)"),
        (50, 69, NAV + ": fortune-telling tool menu (八字合婚 … 复合机会)"),
        (70, 77, LINKS + " (更多黄历查询: links to the neighbouring days, and their note)"),
        (78, 79, NAV + ": footer menu"),
    ],
    notes=[
        "An almanac (黄历) data page: raw 9–38 are the day's entries (day number, 马日冲鼠, lunar date, hour pillars with 吉/凶, weekday, 宜/忌 lists, a 3×3 magic square `9 5 7 / 8 1 3 / 4 6 2`, 彭祖百忌, directions of the gods, 胎神, 八字/三合/六合). They are the data the page exists to show: kept line by line (§3 Tables and data; Dates: a date that is a fact about the subject stays). Short lines are not joined (no line ends with a comma or a cut word)."
    ],
    open=[
        "Raw 9 (`16`), raw 16–17 (`SATURDAY` / `星期六`) are the day shown on the almanac sheet, not the page's publication date: kept as data."
    ],
)

S["e15"] = dict(
    remove=[
        (1, 1, TITLE + " (headline + `-堆糖网`; the headline is raw 41)"),
        (2, 9, NAV + ": site menu"),
        (10, 22, CTA + ": membership offer boxes (开通黄金/钻石会员 … VIP用户专属QQ群)"),
        (23, 32, NAV + ": login / menu repeated"),
        (33, 37, NAV + ": membership prompt, login links"),
        (38, 40, NAV + ": breadcrumb (首页 / 生活家 / 正文)"),
        (43, 43, DATE + " (relative date `36天前发布`)"),
        (44, 44, UI + ": 关注 button"),
        (45, 45, CTR + ": `2312`"),
        (56, 56, UI + ": theme's `THE END` marker"),
        (57, 57, "§3 所属分类 field (`生活家`)"),
        (58, 61, UI + ": like/share/collect bar (`点赞12 分享`)"),
        (62, 65, PN),
        (66, 72, LIST + ": 相关推荐"),
        (73, 88, LIST + ": 堆糖推荐"),
        (89, 89, KW + ": SEO keyword line of the site name (`堆糖,堆糖网,堆糖网官网,…`)"),
        (90, 91, FOOT),
        (92, 94, UI + ": QR prompts"),
        (95, 114, FORM + ": login/registration/payment dialogs"),
    ],
    notes=[
        "Raw 42 `糖小妹` (the post's author under the headline) is the byline: kept.",
        "Raw 47–49 and 53 are headings of the post. The post itself has lost its year numbers (`为什么年属蛇…`, `进入年`): the source's, kept as received.",
    ],
)

S["e16"] = dict(
    remove=[
        (
            1,
            1,
            SLOG
            + ": page title = board name + site name (`【丰田Noah社区】_丰田Noah社区车友会_易车论坛`), nothing else of the page is left to head",
        ),
        (2, 4, UI + ": browser-upgrade notice"),
        (5, 47, NAV + ": portal menus, tools, app QR prompts"),
        (48, 53, NAV + ": login / community switch / 收藏社区"),
        (54, 55, CTR + "/" + NAV + ": `帖子数：7`, `版块主题`"),
        (
            56,
            106,
            LINKS
            + ": forum board entries, each a bare thread title with author, date, reply and view counts, last replier and time, `共N张图片`; no teaser",
        ),
        (107, 118, "§3 Listing pages: pager and loading messages"),
        (119, 122, NAV + ": 丰田其它推荐 / 车型综述 links"),
        (123, 134, FOOT),
    ],
    notes=[
        "A forum board (易车 丰田Noah社区) listing seven threads by title only. Under §3 Listing pages a list of bare titles is a link list and goes. **Empty gold (dropped).**"
    ],
    open=[
        "The thread titles are written by users (raw 78 `很適合有小孩、家中人多的家庭❣️` is even in Traditional in a Simplified page); they go because they are bare titles without teasers. If forum boards are to keep thread titles as the page's text, raw 56, 63, 71, 78, 86, 93, 100 would stay.",
        "Raw 1 (board name + site) goes with them: with no entries left, it is the site's name standing alone.",
    ],
)

S["e17"] = dict(
    t2s=True,
    remove=[
        (1, 1, TITLE + " (heading + category + company; the heading is raw 37)"),
        (2, 2, SLOG + ": welcome slogan"),
        (3, 3, NAV + ": 在線留言"),
        (4, 4, CTA + ": header hotline"),
        (5, 26, NAV + ": bilingual menu and product categories"),
        (27, 28, NAV + ": 聯系我們 CONTACT US box heading"),
        (34, 35, CTA + ": bare hotline numbers repeated in the box"),
        (36, 36, NAV + ": breadcrumb"),
        (
            38,
            38,
            "§3 metadata line with the site as author, a date and a counter (`作者:本站發布時間:… 點擊次數:1`)",
        ),
        (39, 39, DUP + " (raw 37 and raw 39, adjacent once raw 38 goes)"),
        (40, 40, PN),
        (41, 42, FOOT + ": copyright, ICP"),
        (43, 43, ADKW + " (porn keyword line)"),
    ],
    notes=[
        "The case page's text is only its heading `光伏發電` (the entry holds images).",
        "Traditional produced by machine conversion (`關于`, `聯系` left from Simplified); gold is OpenCC t2s.",
    ],
    open=[
        "Raw 29–33 (the company's 地址 / 手機 / 電話 / 郵箱 / 網址 in the sidebar box) are kept as plain contact lines that the page's own subject gives (batch D d07 convention); they stand before the heading because paragraph order is never changed. Reading them as sidebar chrome would leave only the heading."
    ],
)

S["e18"] = dict(
    t2s=True,
    remove=[
        (8, 8, CTA + ": `立即加入我們的Line好友…` (join our LINE, like 加微信)"),
        (9, 9, CTA + ": `加入Line好友​，隨時聯繫我們的客服…` (holds a zero-width space U+200B)"),
        (12, 12, PN + ": 上一篇文章/下一篇文章 glued on one line"),
    ],
    notes=[
        "A Taiwanese shop's buy-back page (2024 crawl, already line-filtered and deduplicated by the fork's pipeline). Raw 1 is the page's title and is kept: no body line repeats it.",
        "Raw 7 (how to get a quote, naming 客服) and raw 11 (the shop's blurb with its cities) describe the shop's own service: kept, as the page's own text.",
        "Taiwanese Traditional; gold is OpenCC t2s.",
    ],
    open=[
        "Raw 10 (`…我們的相機店將是您的最佳選擇。立即聯絡我們，體驗專業、便捷、優質的相機服務！`) is a call to action without a contact channel, on the shop's own page: kept. Removing it would follow the 欢迎来电咨询 example.",
        "Raw 6 (`以上資訊僅供參考，請以該相機品牌官網公布為準。`) is a disclaimer that refers to a spec block lost by the pipeline's deduplication: kept.",
    ],
)

S["e19"] = dict(
    t2s=True,
    remove=[],
    notes=[
        "**Control**: a Hong Kong pest-control company's SEO article (Traditional with Cantonese 邊間好, full-width digits `２４`), already line-filtered by the fork's pipeline. Nothing removed; raw 4 and raw 9 are headings (questions), raw 1 the title.",
        "Inner spaces (`「 手作治蟲 滅蟲公司 」`, `不同 殺蟲 服務`, `超市滅蟲 、`) are the source's and stay. Raw 13 carries one Simplified `来` in a Traditional text; OpenCC t2s output stands.",
        "The company's keyword repetition (滅蟲公司邊間好 / 滅蟲公司推介) is inside sentences: quality filtering, not cleaning.",
    ],
)

S["e20"] = dict(
    t2s=True,
    remove=[(1, 1, TITLE + " (school name + ` - ` + the notice's heading; the heading is raw 2)")],
    notes=[
        "**Control**: a Taiwan junior high school's notice (公文 forwarded from another school), already line-filtered and deduplicated by the fork's pipeline: items 二 and 三 are missing (numbering 一, 四, 五, 六 kept as received).",
        "Raw 5 ends with `。。`: leftover punctuation stays (§3). The address and the phone number in raw 5–6 belong to the notice's subject: kept (§3 Contact lines). The deadline date in raw 5 is a fact about the subject.",
    ],
)
