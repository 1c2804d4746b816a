# Hand-written decisions for batch k (line numbers count from 1 over the raw file's lines,
# split at \n after decoding with the file's encoding). remove: (first, last, rule text);
# joins: [line, line, ...] glued with nothing; inline: {line: [(old, new, rule)]};
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was run on any of these pages.

NAV = "§3 site navigation (menus, breadcrumb, buttons, tabs)"
TITLE = "§3 page <title> copy (headline + site name / SEO words) standing alone: site chrome (a01, batch D/E precedent)"
LIST = (
    "§3 decided: lists of other articles (run of title-like lines before the start / after the end)"
)
OTHER = "§3 shop page: lists of other products with prices go (j11/j12 convention)"
FOOT = "§3 site footer: links, licences, ICP, copyright"
DATE = "§3 decided: a date or time that dates the page, standing alone"
CTR = "§3 page chrome: counters"
UI = "§3 UI prompt / widget / button"
SHARE = "§3 分享到 / share row"
SLOG = "§3 decided: the site's name or slogan standing alone at the head or tail"
AD = "§3 advertising block"
FORM = "§3 decided: contact lines: a sign-up / comment form's field labels and calls to action go"
BADGE = "§3 shop page: service badges, shipping and cart widgets, variant selectors go (j11/j12 convention)"
FEED = "§3 feed chrome (channel fields, links, ids, dates, per-entry author/category/flags; b16/b17/j17/j18 convention)"
EMPTY = "§3 empty metadata label"
DISC = "§3 site copyright or takedown notice / disclaimer of the aggregating site"
USER = "§3 comment/forum chrome: user name, region, time, like count, reply buttons (batch B/j13/j15 convention)"
PAGER = "§3 decided: pagers go"
FEEDDUP = "§3 teaser that copies the body: the feed's excerpt field repeats the start of the entry's full text given next"

S = {}

S["k01"] = dict(
    remove=[
        (1, 1, TITLE + ": product name + `【价格 特卖 图片100%正品】-蜜芽`"),
        (2, 11, NAV + ": mobile link, login bar, account menu"),
        (12, 15, NAV + ": search box placeholder (`鳕鱼肠` twice) and empty cart prompt"),
        (16, 91, NAV + ": channel menu, service links and the category mega-menu"),
        (
            92,
            92,
            NAV
            + ": breadcrumb (ends with the product name, which stays in the specification row raw 127)",
        ),
        (94, 95, UI + ": sale countdown"),
        (97, 100, BADGE + ": variant/quantity selector and stock counter"),
        (
            103,
            109,
            BADGE + ": shipping-shop line, 加入购物车, 收藏, 包邮/满88包邮, 提示, 14天无理由退货",
        ),
        (110, 110, SHARE + ": 告诉小伙伴："),
        (111, 122, OTHER + ": six products of the same brand with prices"),
        (123, 126, NAV + ": tabs 商品参数/商品详情/蜜芽口碑/蜜芽优势"),
        (130, 130, EMPTY + ": `商品条码:` with nothing after it"),
        (
            138,
            146,
            UI + ": `还没有人点评此商品！ 去写口碑` and eight `点击这里 解密蜜芽…` promo buttons",
        ),
        (147, 167, OTHER + ": 看了又看 (ten products with prices)"),
        (
            168,
            173,
            FORM
            + ": 免费订阅 restock-notice form (prompt, phone field, error text, `123`) and 尺码对照表 button",
        ),
        (174, 174, BADGE + ": the site's service promises row"),
        (
            175,
            203,
            FOOT
            + ": help-centre link columns, the company's business e-mail addresses, footer links, licences, copyright with hotline",
        ),
        (204, 208, UI + ": floating bar 购物车/咨询/客服/hotline/微信"),
    ],
    notes=[
        "Shop product page (蜜芽 mia.com, 2016), Simplified. Kept: the title block (raw 93: a collection link label `3岁以上宝宝玩这些` glued to the product's one-sentence description; whole line kept), price line `¥74.00 4.4折 ¥169.00` (96), the item code label and value (101–102, kept as two lines: j11/j12), the specification rows (127–134 less the empty 130), `推荐理由：` heading and the brand's description (135–137).",
        "The product name appears only in the breadcrumb (92), the page title (1) and the specification row 商品名称 (127): it stays once, in 127.",
    ],
    open=[
        "Raw 101–102 `编码：` / `1008321`: the shop's item number, kept as product data (split label/value kept as two lines as in j11/j12); it could be read as site chrome (an internal id).",
        "Raw 103 `此商品由木马智慧玩具旗舰店进行发货` (which shop ships it) removed with the service badges; it could be read as a fact about the product.",
    ],
)

S["k02"] = dict(
    remove=[
        (1, 4, NAV + ": portal links (首页/手机版/客户端/输入法) and the login box"),
        (5, 26, NAV + ": channel menu and `我要投稿`"),
        (
            183,
            183,
            "§3 two adjacent identical lines become one: `儿童票原价：15元` twice (raw 182 stays)",
        ),
        (300, 308, LIST + ": 热点搜索, eight headlines after the article's end"),
        (309, 309, FOOT + ": `版权声明` label alone"),
        (310, 310, "§2 leftover markup / script residue: a lone `}`"),
    ],
    notes=[
        "News article of a Shanghai portal (东方网 021east, j.021east.com, 2024-05-13), Simplified: a tourism bureau's list of 62 sights with half-price tickets. Kept: headline (27), the metadata line `2024-05-13 12:03:10 作者：曹磊 来源:东方网 选稿：曾炟` (28: real credits, kept whole with its time), the lead, the two section headings (`5月17日至5月19日` / `门票半价优惠景点`, 283–284), every entry: numbered name, price rows, `游客咨询电话：…` (the sight's own phone, a contact the subject gives: stays), `备注：…`; the 特别提示 block (294–299).",
        "`5月17日至5月19日` (30) and `5月19日` (283) stand alone but are the event's dates (headings of the list), not the page's date: kept (§3 decided: Dates).",
        "`备注：` alone (290) heads the numbered notes under it: kept as a heading, not an empty label.",
        "`51？碧海金沙` (238): the author's typo for `51、`, kept as received.",
    ],
    open=[
        "Raw 182–183 `儿童票原价：15元` twice (in the 宝山国际民间艺术博览馆 entry the second is probably the author's slip for 老人票): removed by the adjacent-duplicate rule; a reader could argue that a data row that repeats is the author's and stays (§3 Tables and data).",
    ],
)

S["k03"] = dict(
    remove=[
        (1, 1, SLOG + ": `快资讯`"),
        (2, 47, NAV + ": channel menu, search/map links, login box and its prompts, `快传号`"),
        (
            48,
            68,
            LIST + ": headline ticker before the article (ten titles, then the same ten again)",
        ),
        (
            69,
            76,
            CTR + " and " + SHARE + ": like/comment counts `451` `13`, 收藏, 分享, share targets",
        ),
        (78, 79, UI + ": 播报文章 / 语音播报文章，释放双眼"),
        (81, 81, UI + ": 关注 button"),
        (82, 82, DATE + ": publication time"),
        (83, 83, "§3 page chrome: the uploader's IP region `来自甘肃`"),
        (87, 88, AD + ": `广告通知：…` and its close button `×`"),
        (92, 94, AD + ": `广告` / ad title / `×`"),
        (97, 98, AD + ": `广告英国的大学排名全知晓.` / `×`"),
        (101, 103, AD + ": `广告` / ad title / `×`"),
        (107, 108, AD + ": `广告魔兽世界公益服…` / `×`"),
        (113, 114, AD + ": `广告领峰环球8大交易优势…` (forex broker) / `×`"),
        (
            117,
            117,
            DISC + ': 以上内容…为创作者平台"快传号"用户上传并发布，本平台仅提供信息存储服务',
        ),
        (
            118,
            127,
            UI
            + ": 分享至/微信扫码分享, 不喜欢 menu, 举报, like count `451`, 文章不错，点个赞吧, 登录并评论, `评论13`",
        ),
        (128, 131, USER + ": `Yang7569`, time, `来自福建省`, like count `2`"),
        (133, 137, USER + ": `回复`, `zzf1234509876`, time, region, `8`"),
        (139, 143, USER + ": `回复`, `360U430404146`, time, region, `1`"),
        (145, 146, UI + ": `回复`, `查看全部 13 条评论`"),
        (
            147,
            157,
            LIST
            + ": recommended-video card (title, account `车侃圈事`, 关注, time, region, four more titles, the first title again) and `展开阅读全文`",
        ),
        (158, 208, LIST + ": 看了又看 / 换一换 and 热文推荐 (title lists, ads among them)"),
        (209, 212, PAGER + ": `0 / 0`, `1` `2` `3`"),
        (
            213,
            275,
            LIST
            + " and "
            + AD
            + ": recommendation feed (title / source + count / `不感兴趣×`, `360搜索推荐` and `广告` entries, video lengths and play counts)",
        ),
        (
            276,
            287,
            UI
            + ": 个性化推荐 prompts, a video ad (`房子简单装修…`, `浏览30s得积分`, `7天不显示`, `一镰9999…`), player buttons 重播/剩余7秒/停止播报",
        ),
        (288, 288, TITLE + ": the headline twice, run together (the voice-reader bar)"),
    ],
    joins=[[89, 90]],
    joinwhy={
        89: "§3 decided: Breaks (a comma at a line's end means the sentence goes on: `然而，` + `即便…`)"
    },
    notes=[
        "Article on a news aggregator's creator platform (快资讯 360kuai.com, 2024-05-08), Simplified; a human-interest piece with six ad blocks between its paragraphs. Kept: headline (77), the author account `管不饿` (80, as a byline), the body (84–116 less the ads), and the three reader comments' texts (132, 138, 144 — `未` is a whole comment; batch B/j15: comment texts stay, user chrome goes).",
        "Raw 115 has the Traditional `榮耀` inside a Simplified text: kept as received (§5: the document is in the target script and is left alone character for character).",
    ],
    open=[
        "Raw 99 ends mid-sentence without a mark (`…已经成为他最大的动力`) and raw 100 starts with its `。` (`。我们有理由相信…`): kept as two lines, reading §4 `Punctuation left at the start of a line stays` as also not gluing it back; §4's rejoin rule (`a paragraph broken in the middle of a sentence is rejoined`) could make it one line `…动力。我们有理由相信…`.",
        "Raw 80 `管不饿`: the creator account's name standing alone, kept as the article's byline (§3 bylines); it could be read as an account card (j15 removed an account card after the article, not a byline before it).",
    ],
)

S["k04"] = dict(
    remove=[
        (1, 11, NAV + ": site menu (关注 推荐 热榜 专栏 圈子 New 付费咨询 知学堂 直答 消息 私信)"),
        (
            12,
            15,
            "§3 decided: tags (the question's topic tags 军事 / 隐形战机 / 热点话题 / 隐身战斗机, one a line)",
        ),
        (17, 18, USER + ": the asker's account card (观察者网 / 已认证机构号)"),
        (
            20,
            30,
            CTR
            + " and buttons: 关注者 345, 被浏览 720,628, 关注问题 写回答 邀请回答 好问题 18, 34 条评论, 分享, 120 个回答, 默认排序",
        ),
        (
            31,
            32,
            USER + ": answerer 1's profile (知谦 / 四川大学 材料加工工程硕士; b03 convention)",
        ),
        (64, 65, UI + ": 送礼物 / 还没有人送礼物，鼓励一下作者吧 (b03's 赞赏 prompt)"),
        (66, 66, DATE + ": `编辑于 2025-12-15 21:33`"),
        (67, 70, CTR + " and buttons: 赞同 963, 101 条评论, 分享, 收藏 喜欢, 收起"),
        (71, 73, USER + ": answerer 2's profile (云杉 / 新知答主 / 收录于 · 打脸媒体合集)"),
        (116, 116, DATE + ": `发布于 2025-12-16 11:26`"),
        (117, 120, CTR + " and buttons: 赞同 570, 26 条评论, 分享, 收藏 喜欢, 收起"),
    ],
    joins=[[105, 106]],
    joinwhy={105: "§3 decided: Breaks (a comma at a line's end means the sentence goes on)"},
    inline={
        19: [
            ("<sub>2</sub>", "2", "§2 leftover markup: tags removed, the text kept"),
            ("<sub>4</sub>", "4", "§2 leftover markup: tags removed, the text kept"),
        ],
    },
    notes=[
        "Q&A page (知乎, zhihu.com, answers of 2025-12), Simplified, a question with its first two answers. Kept: the question title (16), the question's detail (19: `[视频] …NiCo2O4/C…显示全部`, the asker's text as the page shows it, cut by the site with `…显示全部` glued to it: whole lines only, so the button word stays), both answers' text with their figure captions (39–40, 43–44, 55–56, 89, 94, 109), headings (37 `雷达的探测原理是：`, 59 `参考`, 113 `参考内容：`), the reference lists (60–63 with their `^` marks, 114–115; 114's `NiCo 2 O 4/C` spacing as received) and the answer's closing word `以上` (112).",
        "Zero-width spaces (U+200B) glued to buttons and names are removed in the kept lines (§1); every line that held one besides 19 is chrome and goes.",
    ],
    open=[
        "Raw 19 ends with the expander `…显示全部`: the question's detail is cut by the site, and the button word is glued to it; kept whole (§3: whole lines only). A cleaner that drops a trailing `显示全部` would also be defensible.",
    ],
)

S["k05"] = dict(
    t2s=True,
    remove=[
        (1, 2, SLOG + ": platform name 網路城邦 and the blog-city name 若雲域"),
        (
            3,
            7,
            NAV
            + ": the city's officers line (市長：… 副市長：), join/recommend/subscribe links, breadcrumb `udn／城市／…／討論區／` with the login prompt, the city menu, `討論區／不分版` with the font-size widget `字體：小 中 大`",
        ),
        (9, 9, CTR + ": `瀏覽7｜回應0｜推薦0`"),
        (10, 12, USER + ": poster id `rcwps2d8w0`, `等級：5`, `留言｜加入好友`"),
        (16, 16, "§3 metadata line whose only content is a URL: 引用網址 (trackback)"),
        (17, 17, UI + ": `▲top`"),
        (18, 18, DISC + ": 本城市刊登之內容為作者個人自行提供上傳，不代表 udn 立場。"),
        (19, 22, FOOT + ": footer links, `Powered by udn.com`, 粉絲團, udn部落格"),
    ],
    notes=[
        "Forum post in a Taiwan blog community (udn 網路城邦 city.udn.com, captured 2020), Traditional template; the post itself is English word-salad spam. Kept: the post title (8) and the post (13–15: its first line repeats the title twice; the two paragraphs are cut by the site in mid-word, `anim` / `realize`). POLICY §3: a page's text stays even when it is spam; there is no ad keyword in it.",
        "t2s is applied as the page is a Traditional-script page; no kept line holds a Chinese character, so it changes nothing.",
    ],
    open=[
        "The kept text is English spam only: a cleaner for Chinese text could fairly drop the page (quality filtering), but POLICY keeps spam text.",
    ],
)

S["k06"] = dict(
    remove=[
        (1, 3, NAV + ": site menu run together (`话题文章BBS-GOGitHubGitee`), 发表, 登录"),
        (5, 5, UI + ": 管理 button"),
        (
            6,
            6,
            USER
            + ": post header `由 ddos8919发布于 2024-02-24 14:02:08` (a handle and the posting time; j13's post headers)",
        ),
        (16, 18, FORM + ": comment box (评论 / 请 登录后发表观点 / 暂无数据)"),
        (
            19,
            28,
            USER
            + ": poster's card (name, `这家伙很懒，什么都没留下`, 积分/话题/评论/注册排名 counters)",
        ),
        (29, 30, FOOT + ": 关于 友链, `© 2022 Powered by BBS-GO`"),
        (31, 35, UI + ": floating buttons 发动态 发帖子 发文章 修改 删除"),
    ],
    notes=[
        "Forum post on a Go developers' community (Golang中国 / 码农俱乐部, BBS-GO template, 2024-02), Simplified. Kept: the post title (4) and the whole post (7–15): the service's name and URL line, the seven numbered points (their leading space stripped) and the 附言.",
    ],
    open=[
        "The post is itself an advertisement for a short-link service (name + URL, features, free trial). POLICY removes self-contained promotional blocks `with contact or ordering instructions` (加微信, 客服, QQ群) whoever wrote them; this one gives only a URL and no contact, so it is kept as the page's text. If a URL counts as ordering instructions, the gold would keep only the title (or nothing).",
    ],
)

_d8 = [9, 14, 19, 24, 29, 34, 39, 44, 49]
S["k08"] = dict(
    enc="gbk",
    enc_name="GBK",
    remove=[
        (
            1,
            6,
            FEED
            + ": channel title `系统工具` (the site's category), its URL, the slogan `提供最新[系统工具]免费下载`, build date, generator `SoftSea.net`, RSS spec URL",
        )
    ]
    + [(t + 1, t + 1, FEED + ": entry link") for t in range(7, 48, 5)]
    + [(t + 3, t + 4, FEED + ": guid link and pubDate") for t in range(7, 48, 5)]
    + [(53, 53, FEED + ": entry link")],
    subs=[
        (
            _d8,
            r"<[^>]*>",
            "",
            "§2 leftover markup: tags (`<img …>`, `<br>`, `<a href=…>`, `</a>`) removed, the text around them kept",
        ),
        (
            _d8,
            r"&nbsp;",
            "\u00a0",
            "§1 stray HTML entities decoded (`&nbsp;` → NBSP, then stripped at the line's edge, §4)",
        ),
    ],
    notes=[
        "RSS feed of a software download site (SoftSea.net, category 系统工具, 2005-12), GB2312 declared, raw kept as GBK bytes; cut after the 11th entry's link (the raw maker's rule), so the last entry keeps only its title. A feed is a listing page: each entry's title (7, 12, …, 52) and its description stay (b16/b17/j18 convention).",
        "Each description (9, 14, …, 49) arrives as escaped HTML printed as text: a screenshot `<img …>`, four `&nbsp;`, the blurb, `<br>` and the entry's category trail `[<a>系统工具</a> > <a>病毒防治</a> > <a>木马检测</a>]`. The tags go and the text stays, so the trail is left glued after the blurb as `…修复系统文件。[系统工具 > 病毒防治 > 木马检测]` (whole lines only).",
        "Raw 14 is cut by the site mid-sentence (`…格式,可以`): kept as received. Raw 19's odd machine-translated Chinese (`能力烧和做出同文件`) is the author's text: kept.",
    ],
    open=[
        "The escaped `<br>` inside a description is removed with nothing in between, which leaves the category trail `[系统工具 > 病毒防治 > 木马检测]` glued to the blurb. Reading `<br>` as a line break (as §6 does for whole pages) would put the trail on its own line, where it would go as a `所属分类` field (§3 Tags and site chrome). POLICY §2 does not say which.",
    ],
)

S["k09"] = dict(
    enc="gbk",
    enc_name="GBK",
    remove=[
        (
            1,
            3,
            FEED
            + ": channel title (the blog's name 加西公社温哥华大队向阳生产队温暖小分队), its URL, the blog's motto as channel description (j17: feed title and description go as the site's name/slogan)",
        ),
        (4, 7, FEED + ": language `zh`, update period `hourly`, frequency `1`, base date"),
        (9, 12, FEED + ": entry link, ISO time, author `温城`, category `天天像上`"),
        (
            13,
            13,
            "§3 decided: Teasers: the feed's plain-text description repeats the entry's content given next (raw 14) word for word",
        ),
        (16, 19, FEED + ": entry link, ISO time, author `温城`, category `心情札记`"),
        (
            20,
            20,
            "§3 decided: Teasers: the feed's plain-text description copies the entry's content given next (raw 21), ending `[...] 更多`",
        ),
        (23, 26, FEED + ": entry link, ISO time, author `温城`, category `心情札记`"),
    ],
    subs=[
        (
            [14, 21],
            r"<[^>]*>",
            "",
            "§2 leftover markup: escaped tags (`<br />`, `<img …/>`, `<p …>`, `<a …>`) removed, the text around them kept",
        ),
    ],
    notes=[
        "RSS feed of a personal blog on a Vancouver Chinese community site (加西网 westca, 2005-12), GB2312 declared, raw kept as GBK bytes; cut by the raw maker after the third entry's description. A feed is a listing: each entry's title (8, 15, 22) and text stay.",
        "Entries 1 and 2 carry their text twice: a plain-text description (13, 20) and the HTML content (14, 21). The description comes first and copies the content, so it goes as a teaser; the content stays with its escaped tags removed. The `<br /> <br />` paragraph breaks become spaces inside one line (whole lines only; §2 removes tags, it does not make lines), and the content's read-more link text `更多内容！` stays glued at the end of raw 21. Entry 3 (27) has only its description (the content was cut): it stays.",
        "Inner runs of spaces (the blogger's paragraph gaps in 27) fold to one space (§4).",
    ],
    open=[
        "Which of the two copies of an entry stays: the plain description or the markup content. Keeping the description instead would give the same text but end entry 2 with `[...] 更多` instead of `更多内容！`. Either way a read-more word is left glued (whole lines only).",
    ],
)

S["k10"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (1, 5, FEED + ": channel title `isis` (the blog's name), URL, language, date, author"),
        (8, 11, FEED + ": entry link, author `isis`, ISO time, comment count `0`"),
    ],
    subs=[
        (
            [7],
            r"<[^>]*>",
            "",
            "§2 leftover markup: escaped tags (`<br />`, `<a href=…>`, `</a>`, `<ul>`, `<li>`, `<b>`) removed, the text around them kept",
        ),
    ],
    notes=[
        "RSS feed of a Taiwan activist's blog (upsaid.com, 2005-12), Big5, raw kept as CP950 bytes; cut by the raw maker after the second entry's title. A feed is a listing: the entry titles (6, 12 — the blogger starts every title with `。`, kept) and the first entry's text (7) stay.",
        "Raw 7 is one line of escaped HTML: a petition call (organisers with their phone numbers, e-mail, the petition's blank form `姓名：______________ 單位：…`), `[more...]`, then a reposted press release ending with its press contacts. With the tags removed it stays one line: POLICY removes contact calls and form labels as whole lines only, and here they are glued to the author's text (the same call as k08's `<br>`).",
    ],
    open=[
        "Raw 7: if the escaped `<br />` were read as line breaks, the petition's contact lines, the blank form fields and the press contacts would stand as lines of their own and go under §3 (contact lines: a call to action with a contact; a sign-up form's field labels), and `[more...]` would go as a UI prompt. Kept whole here because §2 removes tags and does not split lines.",
    ],
)

S["k11"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (
            1,
            6,
            FEED
            + ": channel title and URL, tagline `Unoriginality redefined - a kenneth kam blog.`, build date, generator URL, language",
        ),
        (
            8,
            14,
            FEED
            + ": entry link, comments link, date, author `Ken`, categories `Diary` `Hong Kong`, guid",
        ),
        (
            15,
            15,
            "§3 decided: Teasers: the feed's excerpt copies the start of the entry's content given next (raw 16)",
        ),
        (17, 17, FEED + ": comment-feed link"),
        (19, 25, FEED + ": entry link, comments link, date, author, categories, guid"),
        (
            26,
            26,
            "§3 decided: Teasers: the excerpt copies the start of the content (raw 27), cut with `[...]`",
        ),
        (28, 28, FEED + ": comment-feed link"),
        (
            30,
            37,
            FEED
            + ": entry link, comments link, date, author, categories `Diary` `Pictures` `Hong Kong`, guid",
        ),
        (
            38,
            38,
            "§3 decided: Teasers: the excerpt copies the start of the content (raw 39), cut with `[...]`",
        ),
        (40, 40, FEED + ": comment-feed link"),
        (
            42,
            48,
            FEED + ": entry link, comments link, date, author, categories `Diary` `Uni`, guid",
        ),
    ],
    subs=[
        (
            [16, 27, 39],
            r"<[^>]*>",
            "",
            "§2 leftover markup: escaped `<p>`, `</p>`, `<img …/>` removed, the text kept",
        ),
        ([27, 39], r"&#8217;", "’", "§1 stray HTML entities decoded"),
        ([27, 39], r"&#8230;", "…", "§1 stray HTML entities decoded"),
    ],
    notes=[
        "RSS 2.0 feed of a Hong Kong student's WordPress diary (unoriginalblog.com, 2005-12), Big5, raw kept as CP950 bytes; cut by the raw maker after the fourth entry's excerpt. Mostly English, one entry in written Cantonese (16). A feed is a listing: entry titles (7, 18, 29, 41) and texts stay.",
        "Entries 1–3 carry an excerpt (15, 26, 38) and the full content (16, 27, 39); the excerpt comes first and copies the content's start, so it goes as a teaser (as k09). Entry 4 has only its excerpt (49, ending `[...]`): it stays. The content's `<p>` paragraphs become spaces inside one line (whole lines only).",
        "t2s: the Chinese in the document is Traditional (飲茶, 試下今日用中文打日記), so the kept lines are converted (§5); Cantonese characters OpenCC does not map (唔, 冇, 嘅) are left as they are. English is unchanged.",
    ],
)

S["k12"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (
            1,
            14,
            FEED
            + ": channel title 《個人．家庭．數位化 - 數位之牆》, URL, description (the title again), language, webmaster e-mail, two dates, RSS spec URL, ttl `720`, the channel image's title/width `88`/height `31`/link/URL",
        ),
        (16, 16, FEED + ": entry link"),
        (18, 21, FEED + ": entry author e-mail, category `數位內容`, guid, pubDate"),
    ],
    notes=[
        "RSS feed of a Taiwan columnist's site on digital life (數位之牆 digitalwall.com, 2005-12) with one entry, Big5, raw kept as CP950 bytes (whole feed). A feed is a listing: the entry's title (15) and its description (17) stay.",
        "Raw 17 is the site's own teaser of the column (its first section heading `◎商業軟體轉型媒體`, two spaces, the first paragraph, cut with ` ...`); there is no body to copy, so it stays (as j18's teasers). The single spaces inside it (`內容主要是 觀察到`, `提供免費 軟體`) stand where the source text had line breaks; they are kept (one space is already the folded form, §4).",
    ],
)

_b13 = [17, 26, 35, 43, 52, 62, 75, 86, 94, 102, 115, 125, 135, 146, 159, 171, 179]
S["k13"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=sorted(
        [
            (
                1,
                2,
                FEED
                + ": the blog's title `San Wen Ji 散文集` and its description (j17: feed title and description go as the site's name/slogan)",
            ),
            (
                3,
                8,
                FEED
                + ": feed id, update time, generator `Blogger`, Blogger's English feed notice over three lines",
            ),
            (9, 14, FEED + ": `true`, entry author `San Wen Ji`, three ISO times, entry id"),
            (70, 70, "§3 separator line of one repeated symbol (`*****…`)"),
            (74, 74, DATE + ": `28 Dec 04`, the date the reposted note was first written"),
            (83, 83, "§3 separator line of one repeated symbol (`*****…`)"),
            (85, 85, DATE + ": `29 Dec 04`"),
            (167, 167, "§3 separator line of one repeated symbol (`*****…`)"),
            (170, 170, DATE + ": `28 Dec 05`"),
            (187, 190, FEED + ": `false`, author, two ISO times (the feed is cut here)"),
        ]
        + [
            (
                a,
                a + 5,
                FEED
                + ": `false` (draft flag), entry author `San Wen Ji`, three ISO times, entry id",
            )
            for a in _b13
        ]
    ),
    notes=[
        "Atom feed of a personal prose blog on Blogger (散文集 sanwenji.blogspot.com, 2005-12; the writer uses Cantonese words and Big5 full-width `﹐` `﹖` `﹗`), Big5, raw kept as CP950 bytes; cut by the raw maker after the 19th entry. A feed is a listing: every entry's title and full text stay (b17, j17).",
        "Two entries (68–74, 81–85) are older notes reposted with a new first paragraph above a line of asterisks: the asterisk lines go as separators and the old notes' dates (`28 Dec 04`, `29 Dec 04`) go as dates standing alone; raw 165–170 has the same shape with `28 Dec 05`.",
        "Punctuation as typed (`﹐` U+FE50, `﹖`, `﹗`, `﹕`, `──`): kept (§1, §5 keep punctuation as received; OpenCC leaves it).",
    ],
    open=[
        "`28 Dec 04` / `29 Dec 04` / `28 Dec 05` close a reposted note like a signature date: removed as dates that date the writing (§3 decided: Dates); they could be read as part of the author's text (the date the note was first written, now quoted a year later).",
    ],
)

_LB = "§3 decided: Listing pages: a list of bare titles (no teaser) is a link list and goes"
S["k07"] = dict(
    remove=[
        (1, 1, DATE + ": the site's header date with weekday and lunar date"),
        (2, 4, NAV + ": 登录 | 注册"),
        (
            5,
            94,
            NAV
            + ": mega-menu of channels and sub-channels, with the featured item of each menu (`张振宇——爱物琐记`, `万萻默伏——陈永群作品展`, an exhibition with its dates `2022/4/30～2022/6/26`), 商务频道",
        ),
        (
            95,
            113,
            _LB
            + ": two title boxes (repeated titles) and the slider's five headlines, several cut with `...`",
        ),
        (114, 118, PAGER + ": the slider's pager `1`–`5`"),
        (
            119,
            148,
            _LB
            + ": 艺术新闻 box (heading, `更多>>`, tabs 专题/拍卖/集藏/展讯/艺术, eleven bare titles) and 展览资讯 box (heading, tab, ten bare titles)",
        ),
        (
            149,
            158,
            _LB
            + ": five exhibitions, each a title and a venue + dates line (title + date entries go, a11)",
        ),
        (160, 164, NAV + ": `更多>>` and the box's tabs 名家/版画/油画/国画"),
        (177, 179, PAGER + ": `1` `2` `3`"),
        (
            180,
            261,
            _LB
            + ": 集藏信息 and 拍卖信息 boxes, a run of 22 picture titles (`依看人间万般情` …), pager `1` `2`, 艺术研究 box (tabs, 23 bare titles cut with `...`), 实事述评 and 艺术文摘 boxes (bare titles, `评论|` category prefixes), 教学课堂 link rows",
        ),
        (
            263,
            268,
            NAV + ": `更多>>` and the box's tabs 藏品专题/书画印鉴/收藏家/名品欣赏/收藏文摘",
        ),
        (
            273,
            334,
            _LB
            + ": 收藏家 name row, titles with category prefixes (`中国美术| …`), 30 collecting-category links, 陈履生美术馆 box (15 bare titles), 艺术典藏 box links",
        ),
        (336, 345, NAV + ": `更多>>` and the box's tabs 工艺专题/杂项/…/工艺信息"),
        (
            348,
            402,
            _LB
            + ": 工艺 link rows (`中国扇艺：扇子的渊源与发展` …), ten titles with category prefixes, 艺术论坛 box (tabs, forum titles, category-prefixed titles), 艺术壁纸 links",
        ),
        (403, 409, OTHER + ": 商务频道, the site's shop box (four items with prices)"),
        (410, 427, FOOT + ": footer links with `|` lines, ICP, copyright ×2, 公网安备"),
    ],
    notes=[
        "Home page of an art portal (中国艺术品网 cnarts.net, captured 2024-04-28; the benchmark marks it 列表页), Simplified, a listing page. Following §3 decided: Listing pages and a11: the only entries with a teaser stay — the 艺术展厅 box (165–176: six exhibitions, `name [type]` + teaser ending `[详细]`), the 鉴赏收藏 box (269–272: two articles, title + teaser cut with `... [详细` / `... [详`) and the 艺术新闻 box's lead item (346–347: title + teaser) — with the three box headings (159, 262, 335) as headings of kept entries. Every box of bare titles, tabs, pagers and links goes.",
        "Teasers and titles are kept whole with their `[详细]` and `...` (whole lines only). Raw 165 `意境雲山外` has a Traditional `雲` in a Simplified page: kept as received (§5).",
    ],
    open=[
        "Box headings (159 艺术展厅, 262 鉴赏收藏, 335 艺术新闻) kept as the headings of their kept entries, as a11 did; they are also links to the sections and could go as navigation. Raw 335's heading (艺术新闻) sits over a box whose tabs and entry are crafts (工艺), as the page prints it.",
    ],
)

S["k14"] = dict(
    enc="gbk",
    enc_name="GBK",
    remove=[
        (
            1,
            5,
            FEED
            + ": channel title `CNBlog:Blog On Blog`, URL, URL + `via cnblog.org`, contact e-mail, language",
        ),
        (
            6,
            7,
            "§3 decided: Teasers: the entry's title is the first 20 characters of its text cut mid-word (`…是 一个能让S`), an unlabelled line before the body that copies it; and the entry link ("
            + FEED
            + ")",
        ),
        (
            9,
            10,
            "§3 decided: Teasers: auto title copying the text's start (`出版商oreilly推出了开放图书项目,在这个项目中部分图书`); entry link",
        ),
        (12, 13, "§3 decided: Teasers: auto title copying the text's start; entry link"),
        (
            15,
            16,
            "§3 decided: Teasers: auto title copying the text's start (the `<em>` credit and the first sentence run together); entry link",
        ),
        (19, 19, FEED + ": entry link"),
    ],
    subs=[
        (
            [8, 11, 14, 17],
            r"<[^>]*>",
            "",
            "§2 leftover markup: escaped tags (`<a href=…>`, `</a>`, `<br />`, `<em>`) removed, the text around them kept",
        ),
    ],
    notes=[
        "RSS feed of a Chinese blogging-news group blog (CNBlog.org, 2004-08), GB2312 declared, raw kept as GBK bytes; cut by the raw maker after the fifth entry's link. A feed is a listing: entries' texts stay (8, 11, 14, 17, with their escaped markup removed; the `<br />` breaks leave sentences and a reference list glued, whole lines only, as k08–k10).",
        "This feed has no written titles: each entry's `title` is its text's first 20 characters, cut mid-word. Those title lines copy the start of the text that follows, so they go as unlabelled teasers (§3). The fifth entry's title (18) stays: its text was cut off by the raw maker, so nothing in the file repeats it and it is the entry's only text.",
        "Spacing as received (`是 一个`, `是完 全开放的`: the source's line breaks as spaces).",
    ],
    open=[
        "Auto-titles removed as teasers (6, 9, 12, 15): the feed's title field is usually kept (b16/b17/j17), and a reader could keep them as the entries' titles; here they are cut-off copies of the first sentence, which is what §3's unlabelled teaser rule describes. Raw 18 is then kept although it is the same kind of line, because the copy it repeats is not in the file.",
    ],
)

S["k15"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (
            1,
            8,
            FEED
            + ": blog title `FU'S BLOG`, feed id, update time, generator `Blogger`, Blogger's English feed notice over three lines, `true`",
        ),
        (9, 13, FEED + ": entry author `Keng-Fu`, three ISO times, entry id"),
        (16, 21, FEED + ": `false`, author, three ISO times, entry id"),
        (24, 29, FEED + ": `false`, author, three ISO times, entry id"),
        (32, 37, FEED + ": `false`, author, three ISO times, entry id"),
        (40, 45, FEED + ": `false`, author, three ISO times, entry id"),
    ],
    subs=[
        (
            [15, 23, 31, 39],
            r"<[^>]*>",
            "",
            '§2 leftover markup: escaped tags (`<img …>`, `<br />`, `<span class="fullpost">`, `<a …>`, `<table>`/`<object>`/`<param>`/`<embed>` of a Flash movie) removed, the text around them kept',
        ),
    ],
    notes=[
        "Atom feed of a Taiwan illustrator's blog (FU'S BLOG fudesign.blogspot.com, 2005-11/12), Big5, raw kept as CP950 bytes; cut by the raw maker after the fifth entry's title. A feed is a listing: entry titles (14, 22, 30, 38, 46) and full texts (15, 23, 31, 39) stay; the last title stays alone (its text was cut).",
        "The texts are escaped HTML in one line each. With the tags removed and nothing put in their place, the author's `<br />` breaks leave sentences and lists glued: a vote link `KINMAN IN KINMEN http://…` runs into `那，總之，拜託大家了`, and 39's order list becomes `小康 x 2intro x 1ryan x 1…`. Whole lines only: the blogger's plugs for friends' shops (23 `再再來再廣告一下好友PUMA的AEVOE公司…一定要來逛逛！`) and the vote call (15) are inside the author's lines and stay.",
    ],
    open=[
        "Same call as k08–k10, k14, sharper here: literal §2 (tags removed, text around kept) glues list items together (`小康 x 2intro x 1…`). Turning an escaped `<br />` into a line break, as §6 does for whole pages, would keep the author's lines apart. The gold follows the literal reading; if POLICY decides otherwise, k08–k11, k14 and k15 change.",
    ],
)
