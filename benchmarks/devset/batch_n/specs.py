# Hand-written decisions for batch n (line numbers count from 1 over the raw file's lines,
# split at \n; all twelve raws are UTF-8).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was installed or run on any of these pages.

NAV = "§3 site navigation (menus, breadcrumb, buttons, tabs)"
LIST = (
    "§3 decided: lists of other articles (run of title-like lines before the start / after the end)"
)
FOOT = "§3 site footer: links, licences, ICP, copyright"
DATE = "§3 decided: a date or time that dates the page, standing alone"
CTR = "§3 page chrome: counters"
UI = "§3 UI prompt / widget / button"
SHARE = "§3 分享到 / share row"
AD = "§3 advertising block"
DISC = "§3 site copyright or takedown notice / disclaimer of the aggregating site"
USER = "§3 comment/forum chrome: user name, level, profile, post header with time/region, reply buttons (batch B/j13/k03/l09 convention)"
TAGS = "§3 decided: Tags and site chrome: a line of bare tags (`标签`/`关键字`/topic tags)"
DUPT = "§3 two adjacent identical lines become one"
MARK = "§2 leftover markup"

S = {}

S["n01"] = dict(
    remove=[
        (1, 105, NAV + ": channel menu, 地方 province row, partner-site list, 登录/退出, 人民网+ and 报系 / 旗下网站 / 创新服务平台 link rows"),
        (106, 106, NAV + ": breadcrumb `人民网>>经济·科技`"),
        (111, 111, UI + ": font-size widget `小字号`"),
        (136, 137, UI + ": `关注公众号：人民网财经` (a follow call, j-batch `关注公众号` precedent) and `分享让更多人看到` (j10 precedent)"),
        (138, 142, LIST + ": 推荐阅读, two entries of title + teaser cut with `…` after the article's end (e08/l precedent)"),
        (143, 149, UI + ": app download links (客户端下载 / 人民日报 / 人民网+ / …; j10 precedent)"),
        (150, 160, LIST + ": 热门排行, ten numbered titles cut with `…`"),
        (161, 162, UI + ": 微信扫一扫 / 提供新闻线索"),
        (163, 169, FOOT + ": footer links, report phones and e-mails, licences, spaced `人 民 网 股 份 …` copyright, Copyright line (j10 precedent)"),
        (170, 177, UI + ": floating bar 评论 / 分享 / 关注, 微信微博快手, follow slogans, 返回顶部 (j10 precedent)"),
    ],
    notes=[
        "News page of the central party portal's economy channel (人民网 finance.people.com.cn, 2024-05-10; j10 is another people.com.cn page), a 人民日报 report on a State Council press conference about 河南, Simplified. Kept: headline (107), the kicker-like subtitle with its column tag `（推动高质量发展·权威发布）` (108), the byline `本报记者 王乐文 方 敏` (109, the print's padded two-character name `方  敏` folded to one space, §4), `2024年05月10日06:58 | 来源：人民网－人民日报` (110: time with the source credit, a real credit: kept whole, j10 precedent), the body with its three headings (`扛稳粮食安全重任，加快建设农业强省` etc., 115/122/127: short lines ending without punctuation before a sentence, §3 Breaks), the print-edition credit `《 人民日报 》（ 2024年05月10日 04 版）` (134, a credit printed with the article, as j16 kept `《光明日报》（… 版）`) and `(责编：胡永秋、杨光宇)` (135).",
        "The print credit's inner spaces (`《 人民日报 》（ 2024年05月10日 04 版）`) are the source's: kept as received after §4 folding.",
    ],
)

S["n02"] = dict(
    remove=[
        (1, 3, NAV + ": 栏目首页 / 搜索 / 登录"),
        (5, 5, DATE + ", with the column's account name and the uploader's IP region glued to it: `2022-06-02 09:52:19政能亮 来自北京市` (m05 precedent, OPEN there)"),
        (6, 6, CTR + ": `5人参与2评论`"),
        (20, 30, LIST + ": 往期回顾, ten bare titles of the column's earlier pieces"),
        (31, 32, FOOT + ": 凤凰新媒体 links, ICP, copyright"),
    ],
    notes=[
        "Commentary column of a portal's opinion channel (凤凰网 pl.ifeng.com 政能亮, 2022-06-02; a09 is a news.ifeng.com page), Simplified. Kept: headline (4), the byline `文丨政能亮特约评论员 韩涵` (7), the kicker quote `“事机一失应难再，时乎时乎不我待！”` (8, the author's opening line), seven paragraphs (9–15, the last ending with the author's note `（作者韩涵系政邦智库研究员）`), and the column's production credits `总监制：邹 明` / `监 制：高明勇` / `审 读：崔向升` / `责编：黄忆南 PN269` (16–19: credits printed with the article, §3 Kept; `PN269` is the editor's code, kept whole; padded names and labels `邹  明`, `监  制` folded to one space, §4).",
    ],
    open=[
        "Raw 5 `2022-06-02 09:52:19政能亮 来自北京市`: the time, the column's account name `政能亮` and the IP region glued on one line. Removed as a date line whose other parts are chrome (m05's call for the same shape); the column name is not lost (it heads the title and the byline), but a reader could keep the line whole as a metadata line carrying a credit.",
    ],
)

S["n03"] = dict(
    remove=[
        (1, 43, NAV + ": channel menu and the 21 cities of 广东各地市"),
        (44, 66, NAV + ": 南方报业 / 党政网站 link panels (papers, magazines, sites, apps, government and party sites)"),
        (67, 72, NAV + ": city row, channel rows, 搜索, 长者助手 / 无障碍 / 简 繁 EN, channel label `热点`"),
        (73, 73, NAV + ": breadcrumb `南方网 > 新闻 > 热点`"),
        (76, 76, UI + ": font-size widget `字号减小 字号增大`"),
        (83, 83, SHARE + ": `扫二维码分享`"),
        (84, 85, NAV + ": 返回南方网首页 返回热点频道 / 回到首页 回到顶部"),
        (86, 89, FOOT + ": group links, copyright, report phones, ICP"),
    ],
    notes=[
        "Regional news portal (南方网 news.southcn.com 热点, 2024-05-12; l04 is another southcn.com page), reposting a Xinhua report on an offshore oil platform, Simplified. Kept: headline (74), `2024-05-12 17:19 来源：新华网` (75: time with the source credit, kept whole; j10/l06 precedent), five paragraphs (77–81) and `编辑：倪仕轩 责任编辑：林涛` (82, credits).",
        "73 lines of menus and link panels stand before the headline; each panel row is one line of names separated by tabs (folded to spaces in the quotes above).",
    ],
)

S["n04"] = dict(
    remove=[
        (1, 23, NAV + ": login, app download prompt (`豆瓣 6.0 全新发布`, 扫码直接下载, iPhone · Android), site menu (读书 电影 音乐 …), search box, 首页 / 浏览发现 / 话题广场 / 快速注册"),
        (24, 24, TAGS + ": the note's topic `怪谈` above the title"),
        (25, 25, CTR + ": the topic's counter and link `255.0万次浏览 查看话题 ＞`"),
        (83, 83, CTR + ": the site's live rating `8.6` inside an embedded book card"),
        (97, 97, CTR + ": the site's rating placeholder `评价人数不足` inside an embedded book card"),
        (107, 107, CTR + ": the site's live rating `9.0` inside an embedded film card"),
        (115, 115, CTR + ": the site's live rating `7.8` inside an embedded film card"),
        (135, 135, CTR + ": the site's live rating `9.0` inside an embedded book card"),
    ],
    notes=[
        "Long blog note on a social site (豆瓣 douban.com 日记, `两万字长文 | 月亮的100个故事 (多图)`, 2017-09-30; b08 is a movie.douban.com comment page), Simplified with English titles; the dump has 27,147 visible characters, so the raw is cut (batch j's rule) after 138 of 511 lines, inside the first chapter (the cut falls after the heading lines `塞勒涅 (Selene)` / `[希腊神话]`, which stay).",
        "Kept: title (26), the author line (27, OPEN below), the English subtitle (28), the author's summary (29), the note's own table of contents (30–55: the author's list inside the body, §3 Kept; its leading dashes `——` / `————` are the author's marks), the reading guide (56), the headings (`引言`, `月亮，有着什么样的传说呢？`, story titles with their bracketed origin `[美国印第安人传说]`), photo captions (`The Moon, Illustrated by …`, `Conventry, UK`), the exhibition's dates and place (61–62: facts about the subject, §3 decided: Dates), the stories, the author's notes in braces and brackets (`[该故事由本文作者概括并翻译]`, `{注： …}`), and the link texts the author put in the text (`The Buried Moon -- Wiki`, `What The Moon Saw`, `Native American Myth`, `The Moon over the Rocky Mountain`).",
        "Embedded item cards (the author's `影音书` links, which the site renders as title / rating / meta lines): the title (`月亮忘記了`, `More English Fairy Tales Illustrate`, `月神 (2011)`, `月亮上的男人 (1999)`, `月亮和六便士`) and the meta line (`幾米 / 2000 / 格林`, `2011 / 美国 / 动画 …`) stay as the author's references inside the body; the rating line goes (below).",
        "`月亮忘記了` and `幾米` (82, 84) are Traditional in a Simplified document: kept as received (§5: a document already in the target script is left alone character for character; k03 precedent for `榮耀`).",
        "Raw 74 `第四个买了辆马车。 　　` ends in a space and U+3000 (stripped, §4); 69 and 75 have a space between sentences (kept as one space).",
    ],
    open=[
        "Raw 27 `私~川流 2017-09-30 21:38:07`: the note author's user name with the publication time. Kept whole as the byline with its time stamp (§3 Kept: a metadata line that carries a credit stays whole; j09/m07 precedent); forum post headers of the same shape are removed as user chrome (batch B), so a reader could remove it as a page-dating line.",
        "Raw 83, 97, 107, 115, 135: the site's rating (`8.6`, `评价人数不足` …) inside the embedded item cards is removed as a counter (the site's live score, not the author's text), while each card's title and meta line stay; a reader could keep the whole card (when unsure, keep) or remove it whole as a site widget.",
        "Raw 130–132 `{这里还有几则来自北美的关于月亮的故事：` / two English story titles / `… Shaghorn Buffalo }`: a brace opened on 130 and closed on 132. Kept as three lines (a lead-in and two link titles, not fragments of one sentence); §4's rule for fragments inside an unclosed parenthesis (joined with one space) is written for print-layout fragments and is not applied to braces here.",
    ],
)

S["n05"] = dict(
    remove=[
        (1, 14, NAV + ": site menu (Laravel 话题列表 社区 Wiki …), language tags row, 教程 / 文档 link rows, 登录 注册, 微信登录"),
        (16, 16, CTR + ": `1 1 11` (likes, favourites, comments)"),
        (17, 17, USER + ": post meta `my38778570 的个人博客 / 187 / 11 / 创建于 1周前 / 更新于 1周前 / 1 个改进` (blog name, view and comment counters, times; b07 precedent)"),
        (38, 38, DISC + ": the site's licence line under every post `本作品采用《CC 协议》，转载必须注明作者和本文链接` (the site's reprint notice, l05/m07 precedent)"),
        (39, 39, UI + ": 举报"),
        (40, 43, USER + ": author card (name, `762 声望`, motto `以梦为马`, `1 人点赞`)"),
        (44, 47, AD + ": the site's own course offers (`《L01 基础入门》` / `《L04 微信小程序从零到发布》` with their blurbs; §3 self-contained promotional blocks)"),
        (48, 61, LIST + ": 推荐文章 / 更多推荐..., six titles each under a `博客` label with counters and ages"),
        (62, 64, UI + " and " + CTR + ": `讨论数量: 11`, 排序： / 时间 投票"),
        (65, 66, USER + ": commenter `MArtian`, `版主 3.1k 声望`"),
        (72, 76, USER + ": `1周前 评论`, 评论, `2 举报`, next commenter `陈先生` with `课程读者 610 声望 / …`"),
        (78, 82, USER + ": `1周前 评论`, 评论, `1 举报`, next commenter `Dash007` with its badge"),
        (84, 88, USER + ": `1周前 评论`, 评论, 举报, next commenter `长日将尽` with its badge"),
        (90, 94, USER + ": `1周前 评论`, 评论, 举报, next commenter `Rache1`, `572 声望`"),
        (96, 98, USER + ": `1周前 评论`, 评论, reply header `my38778570 （楼主） 1周前`"),
        (100, 100, USER + ": reply header `Rache1 （作者） 1周前`"),
        (102, 104, USER + ": `1 举报`, next commenter `my38778570`, `762 声望`"),
        (106, 108, USER + ": `1周前 评论`, 评论, reply header `长日将尽 1周前`"),
        (110, 110, USER + ": reply header `Rache1 1周前`"),
        (112, 112, USER + ": reply header `my38778570 （作者） （楼主） 1周前`"),
        (114, 119, UI + ": 举报, the comment box's guideline prompt, the emoji short-code picker (`:joy::kissing_heart:…`), 支持 MD 帮助, 关注本文, 评论"),
        (120, 139, USER + " and " + LIST + ": the author's sidebar card (name, 未填写, 文章/粉丝/喜欢/收藏 counters, 排名, 访问, 关注 私信), 文章归档 month counts, 最新文章 / 最受欢迎 title rows"),
        (140, 143, AD + ": 社区赞助商 / 成为赞助商 (twice)"),
        (144, 159, FOOT + ": 关于 LearnKu with the site's slogans, 资源推荐 and 其他信息 links, ICP, designer credit"),
        (160, 182, UI + ": login dialog, report dialog with its reasons, Scroll to top"),
    ],
    notes=[
        "How-to blog post on a developers' community (LearnKu learnku.com, `window系统设置代理`, 2024-05; b07 is another post of the same blogger on this site, and its decisions are followed line for line), Simplified with shell code, and a comment thread of eleven comments and replies. Kept: the title (15), the post (18–37: two headings and two code blocks of shell commands and `#` comments, one line each; there is no ``` fence, so §4's folding applies, and it changes nothing here), and every comment's and reply's text (67–71 with its code, 77, 83, 89, 95, 99, 101, 105, 109, 111, 113: down to `试过不行呢` and `@Rache1 不行呢`).",
        "The code lines that start with `#` (`# 设置代理`, `# 测试`) are shell comments inside the post: kept, and not glued to their neighbours (§4: markdown-like lines).",
    ],
    open=[
        "Raw 18, 19, 26: the headings end with the site's anchor link `#` (`cmd 设置代理#`), and raw 25, 37, 68, 71: the last line of each code block ends with the copy button's label `Copy` glued to it (`set http_proxy= & set https_proxy=Copy`, `source ~/.bashrcCopy`). Kept as received: §3 removes whole lines, never part of one, and b07 kept the same `#` and `Copy` on this site's other post (open there), as m08 kept the glued `返回搜狐，查看更多`; a cleaner that strips the trailing `#` and `Copy` would give the author's text exactly.",
        "Raw 44–47: two course offers of the site itself (`《L01 基础入门》` + blurb) in the post's sidebar, without a contact or price: removed as promotional blocks/site ads; §3's promotional rule names offers with contact or ordering instructions, so a reader could take them for a related-content list (removed all the same).",
    ],
)

S["n06"] = dict(
    remove=[
        (1, 37, NAV + ": portal menu, app links, 注册 / 登录 and the login dialog (新浪微博、博客、邮箱帐号… / 扫描成功！ …)"),
        (38, 39, NAV + ": 新闻中心 / breadcrumb `国内新闻>正文`"),
        (41, 41, DUPT + ": the headline printed twice (40 stays)"),
        (43, 44, SHARE + " and " + CTR + ": 举报 缩小字体 放大字体 收藏 微博 微信 分享 with the participant count `1,088`, 腾讯QQ QQ空间"),
        (91, 91, TAGS + ": `关键字 : 有轨电车珠海市轨道交通瑞丽市`"),
        (92, 98, UI + " and " + CTR + ": comment box (`177条评论|1,088人参与网友评论`, 表情, 登录|注册, |退出, 分享到微博, 发布, 最热评论 刷新)"),
        (99, 99, USER + ": commenter name with region `云游幽谷四川`"),
        (101, 102, USER + ": time with 举报 / 赞 count / 回复, next commenter `瑞迪兔狗2nd上海`"),
        (104, 105, USER + ": time line, next commenter `cqh4910河南三门峡`"),
        (107, 107, USER + ": time line with 查看对话 / 赞 87 / 回复"),
        (109, 111, USER + ": time line, `最新评论 刷新`, next commenter `飞飞茶局广东`"),
        (113, 114, USER + ": time line, next commenter"),
        (116, 117, USER + ": time line, next commenter"),
        (119, 120, USER + " and " + UI + ": time line, `查看全部177条评论 >`"),
        (121, 165, LIST + " and " + AD + ": 相关新闻 with the app ad `投资热点尽在新浪财经APP>`, 加载中 / 点击加载更多, 阅读排行榜 / 评论排行榜 (numbered titles with counts), 图片新闻, 视频新闻, 新媒体实验室 (titles, some twice)"),
        (166, 172, FOOT + ": 联系我们 / 产品答疑 links, SINA English, report e-mail, copyright, 新浪首页 相关新闻 改版调查 返回顶部"),
    ],
    notes=[
        "Feature on a portal's news channel (新浪 news.sina.com.cn 国内新闻, 2024-05-10, a 每日经济新闻 report on city tram lines; a04, e06 and l08 are other sina pages, n07 is a second page of this template), Simplified, with the portal's comment widget. Kept: headline (40), `2024年05月10日 00:26 每日经济新闻` (42: time with the source credit, kept whole, j10 precedent), the body with its three headings (`从萌芽到第三`, `停工、停运或拆除`, `因地制宜是关键`) and the short lead-in lines that stand as paragraphs (`其次是地理位置偏。`), the image credits `图片来源：…` (58, 66, and 78 with its caption `天水有轨电车`; captions and credits stay, §3 Kept), `责任编辑：刘德宾` (90), and the seven comments' texts (100, 103, 106, 108, 112, 115, 118; batch B/k03: comment texts stay, user chrome goes).",
        "Comment headers glue the user name to the region (`云游幽谷四川`, `cqh4910河南三门峡`): the whole line goes as user chrome.",
    ],
    open=[
        "Raw 108 `用户7919988804：有轨电车上下人流…应追究决策者的渎职罪！` is a reply shown under the comment it answers, the replier's name and a colon glued before the text. Kept whole (the line holds a reader's words; §3 removes whole lines only); a cleaner that strips the `name：` prefix would be defensible.",
    ],
)

S["n07"] = dict(
    remove=[
        (1, 37, NAV + ": portal menu, app links, 注册 / 登录 and the login dialog"),
        (38, 39, NAV + ": 新闻中心 / breadcrumb `国内新闻>正文`"),
        (41, 41, DUPT + ": the headline printed twice (40 stays)"),
        (43, 44, SHARE + " and " + CTR + ": 举报 缩小字体 放大字体 收藏 微博 微信 分享 with `3,930`, 腾讯QQ QQ空间"),
        (52, 52, TAGS + ": `关键字 : 山东省青岛市无锡市`"),
        (53, 59, UI + " and " + CTR + ": comment box (`243条评论|3,930人参与网友评论`, 表情, 登录|注册, |退出, 分享到微博, 发布, 最热评论 刷新)"),
        (60, 60, USER + ": commenter name with region `梦幻西游的传说山西`"),
        (62, 62, USER + ": time line with 举报 / 查看对话 / 赞 494 / 回复"),
        (64, 64, USER + ": time line under the reply"),
        (66, 67, USER + ": time line, next commenter `花旗Frog不花湖北`"),
        (69, 70, USER + ": time line, next commenter `Damowang是也湖北`"),
        (72, 72, USER + ": time line"),
        (74, 74, USER + ": time line"),
        (76, 78, USER + ": time line, `最新评论 刷新`, next commenter `wxbt为雪白头四川绵阳`"),
        (80, 81, USER + ": time line, next commenter `hbltzhq湖北武汉`"),
        (83, 84, USER + ": time line, next commenter `用户7904505515湖北武汉`"),
        (86, 87, USER + " and " + UI + ": time line, `查看全部243条评论 >`"),
        (88, 169, LIST + " and " + AD + ": 相关新闻 with the app ad `投资热点尽在新浪财经APP>`, 40 titles each with a line of date, tags and count, one of them an ad (`加了微信，才知道景德镇瓷器直供这么便宜，…`)"),
        (170, 171, UI + ": 加载中 / 点击加载更多"),
        (172, 213, LIST + ": 阅读排行榜 / 评论排行榜 (numbered titles), 图片新闻, 视频新闻, 新媒体实验室"),
        (214, 220, FOOT + ": links, SINA English, report e-mail, copyright, 新浪首页 相关新闻 改版调查 返回顶部"),
    ],
    notes=[
        "Court brief on the same portal template as n06 (新浪 news.sina.com.cn 国内新闻, 2024-05-16, a 新京报 report after CCTV), Simplified, with little prose: six short paragraphs and a comment widget whose hot comments carry replies. Kept: headline (40), `2024年05月16日 17:02 新京报作者：新京报` (42: time with the source and author credit glued, kept whole), the body (45–49), the reporters' credit `（总台央视记者 奚丹霓 张赛）` (50), `责任编辑：刘光博` (51), and every comment's and reply's text (61, 63, 65, 68, 71, 73, 75, 79, 82, 85).",
        "Raw 85 `查不当，动不动几千万、几个亿，治标治本！ 适当高薪养廉，抓住就极刑！` keeps the commenter's space between sentences (§4: one space).",
    ],
    open=[
        "Raw 63 `用户xdnwdpp4mm：回复@广文缘：` is a reply whose visible text is only the address `回复@广文缘：`, and raw 65 `广文缘：你知道为啥古代…` is the earlier comment it answers, shown in the conversation; raw 73 and 75 are replies of the same shape. All are kept whole (n06's call for `name：text` replies; m10 kept a quoted parent comment); a reader could remove raw 63 as a reply with no words of its own.",
    ],
)

S["n08"] = dict(
    remove=[
        (1, 8, NAV + ": channel menu (首页 要闻 热问 上海 …)"),
        (9, 69, LIST + ": hot-search ticker, 61 bare titles before the article"),
        (70, 73, NAV + ": 搜索 / 游戏 / 无障碍浏览 / 登录"),
        (74, 78, UI + ": the portal's promo pop-up (全新首页 焕新登场 / 精选频道 … / 已体验 / 去看看) and `+关注` (m05 precedent)"),
        (79, 86, CTR + " and " + SHARE + ": like / comment / share counts `89` `66` `25`, 分享 / 复制链接 / 微信 / 用微信扫描二维码 / QQ"),
        (89, 89, DATE + ", with the uploader's IP region and the account badge glued to it: `2024-05-18 16:56发布于北京环球时报新媒体官方账号` (m05 precedent)"),
        (90, 90, UI + ": `+关注`"),
        (97, 97, UI + ": image prompt `查看原图 264K`"),
        (98, 98, DISC + ": `免责声明：本内容来自腾讯平台创作者，…` (k03/m05 precedent)"),
        (99, 99, UI + ": 举报"),
        (100, 104, AD + ": video game ad (`扫一扫查看详情`, `00:35`, `传奇已死？这款才是真的好玩！…`, `高爆打金传奇广告`, `了解详情`)"),
        (105, 106, UI + ": comment box (`评论 66文明上网理性发言…`, `请先登录后发表评论~`)"),
        (107, 108, USER + ": commenter `人生有点甜` and like count"),
        (110, 114, USER + ": region `吉林网友`, date, 回复, next commenter and like count"),
        (116, 120, USER + ": region, date, 回复, next commenter and like count"),
        (122, 126, USER + ": region, date, 回复, next commenter and like count"),
        (128, 130, USER + ": region, date, `1回复`"),
        (131, 135, AD + ": game ad between the comments (`一人一鬼服（单机版）`, its slogan, `00:26`, `广告查看详情`, `负反馈`)"),
        (136, 137, USER + ": commenter and like count"),
        (139, 143, USER + ": region, date, 回复, next commenter and like count"),
        (145, 149, USER + ": region, date, 回复, next commenter and like count"),
        (151, 154, USER + ": region, date, 回复, next commenter `神经蛙`"),
        (156, 159, USER + " and " + UI + ": region, date, 回复, `查看全部66条评论`"),
        (160, 165, LIST + ": 作者其他文章, two titles with date and time lines"),
        (166, 170, AD + ": video game ad (`扫一扫查看详情`, `00:32`, `复古传世：…`, `2024新版传世广告`, `了解详情`)"),
        (171, 224, UI + ": video player (精选视频, controls, speeds, 语言 / AirPlay / 画中画, debug panel with 视频ID / Flowid / Codec fields)"),
        (225, 237, LIST + ": the player's playlist titles and a numbered hot list"),
        (238, 239, AD + ": two game ad slogans (`刀刀群秒刀刀暴击…`, `传奇已死？…`)"),
        (240, 244, FOOT + ": 关于腾讯 links, copyright, 侵权投诉 / 意见反馈"),
        (245, 249, UI + ": ad-settings prompt, app download prompt and slogan (m05 precedent)"),
        (250, 276, UI + ": report dialogs (举报文章 and nine 举报这条评论, each with 请选择举报原因 / 取消提交)"),
    ],
    notes=[
        "Short video news on a portal's creator platform (腾讯网 new.qq.com, 2024-05-18, posted by the 环球时报新媒体 account; m05 is another new.qq.com page), Simplified, with little prose and a comment list with ads between the comments. Kept: headline (87), the account name `环球时报新媒体` as byline (88, k03/m05 precedent), four paragraphs and the screenshot caption `捷途汽车直播出现不雅画面。` (91–95), the credit `来源 | 综合抖音黑板报、南方都市报` (96), and the eight comments' texts (109, 115, 121, 127, 138, 144, 150, 155; `故意的` is a whole comment).",
        "Game ads sit in the article's tail (100–104), between the comments (131–135) and under the author's other articles (166–170, 238–239): each block goes whole.",
    ],
)

S["n09"] = dict(
    remove=[
        (1, 21, NAV + ": channel menu (关注 推荐 香港 视频 …), 搜索 / 消息 / 发布 / 登录"),
        (22, 31, CTR + " and " + SHARE + ": comment count `5`, 评论 / 收藏 / 分享 / 转发到头条 / 复制链接 / 微信 / 微信扫码分享 / 新浪微博 / QQ空间"),
        (37, 37, DUPT + ": the second photo's caption repeated word for word for the third photo (36 stays)"),
        (38, 42, UI + ": 举报, comment box (`评论 0`, `请先 登录 后发表评论～`, 全部表情, 评论)"),
        (43, 243, LIST + " and " + UI + ": recommendation feed (`今日头条推荐引擎有 8 条更新`; each entry a title, source account, comment count, age, and the feedback menu 不感兴趣 / 减少此类内容 / 举报 / 标题夸张… / 拉黑作者 / 确定拉黑该用户？ / 屏蔽 with its topic words)"),
        (244, 254, LIST + ": `热门：` and ten search queries cut at seven characters"),
        (255, 257, USER + ": the posting account's card (`新华社`, `新华社官方账号`, 关注; m08 precedent)"),
        (258, 269, LIST + ": TA的热门作品, five titles with read counts and ages, 查看更多"),
        (270, 292, LIST + ": 头条热榜 / 换一换, ten numbered titles"),
        (293, 309, LIST + ": 精彩视频 / 换一换, five videos with length, title and play count"),
        (310, 314, NAV + ": 点击回到头条首页 / 首页 / 反馈 / 顶部 / 登录后内容更精彩"),
    ],
    notes=[
        "Photo news on a news app's web page (今日头条 toutiao.com, 2024-05-20, a Xinhua item on the Dominican Republic's election; j15 is another toutiao.com page), Simplified, with little prose: headline (32), `2024-05-20 14:33·新华社` (33: time with the source credit glued, kept whole), one sentence (34) and the photo captions with their credit `新华社记者 李梦馨 摄` (35–36, §3 Kept). Everything else (305 of 314 lines) is menus, a 200-line recommendation feed with its feedback menus, an account card and hot lists.",
        "Raw 36 and 37 are the same caption under two photos; the second copy goes as an adjacent duplicate (§3). Raw 35 differs (`阿比纳德尔（中）`) and stays.",
    ],
)

S["n10"] = dict(
    remove=[
        (1, 4, NAV + ": portal links (东方网首页 手机版 客户端 东方输入法) and the login box"),
        (5, 26, NAV + ": channel menu (首页 滚动 上海 … 我要投稿)"),
        (34, 42, LIST + ": 热点搜索, eight bare titles"),
        (43, 43, FOOT + ": footer link `版权声明`"),
        (44, 44, MARK + ": a lone `}` left by a script or style block"),
    ],
    notes=[
        "Automatic earthquake report on a city news portal (东方网 j.021east.com, 2024-05-20, from a district media account; k02 is another page of this site), Simplified, with little prose: headline `突发！新疆地震` (27), `2024-05-20 16:25:01 来源:上海奉贤 选稿：许文杰` (28: time with the source and the selecting editor, credits: kept whole), and the machine-written report of five paragraphs (29–33) with its labelled sections (`基础背景附近村镇：…`, `周边县城：…`, `震中地形：…`, `历史地震：…`).",
        "Raw 30 `基础背景附近村镇：…` glues the section label `基础背景` to the first item: kept as received. Raw 33 ends `…分布如图。` referring to a map that the text dump does not carry: kept.",
    ],
)

S["n11"] = dict(
    remove=[
        (1, 14, NAV + ": channel name `健康·生活`, `--`, 用户中心 / 安全退出 / 登录|注册, channel menus (资讯 推荐 科普 平台 rows), 热词 row"),
        (15, 15, NAV + ": breadcrumb `人民网>>健康·生活`"),
        (22, 32, LIST + ": 热门点击排行榜, ten numbered titles"),
        (33, 41, FOOT + ": footer links, report phones and e-mails, licences, the spaced `人 民 网 股 份 …` copyright and the Copyright line, both printed twice (j10 precedent)"),
    ],
    notes=[
        "Short news item on the central party portal's health channel (人民网 health.people.com.cn 健康·生活, 2024-05-17, reposting 北京青年报; n01 and j10 are other people.com.cn pages), Simplified, with little prose: headline (16), `2024年05月17日08:59 来源：北京青年报` (17: time with the source credit, kept whole), three paragraphs (18–20, the first opening `本报讯（记者叶婉）`) and `(责编：郝帅、杨迪)` (21).",
    ],
)

S["n12"] = dict(
    remove=[
        (1, 10, NAV + ": 登录/注册, 消息, site menu (首页 新闻 视频 大片 影库 CCTV6 VIP影院), 搜索"),
        (11, 19, LIST + ": hot-search suggestions (film titles, the first twice)"),
        (20, 36, NAV + ": channel menus (1905电影网 电影 星闻 独家 更多 专题 图片 视频 滚动, then the site menu again, 客户端)"),
        (37, 37, NAV + ": breadcrumb `电影网>新闻>电影资讯`"),
        (40, 70, UI + ": the video player and its info card: the video's title with `时长：01:45 来源：电影网` (a copy of the headline and of raw 39's source), 展开 / 收起, the skip-ad prompt and `广告` label, quality / speed / loop menus, the error message `很抱歉，当前视频播放失败 错误代码：QVS.4100`, `时长：01:45建议WIFI下打开`"),
        (72, 72, TAGS + ": `标签： 蓝羽会客厅北京影人中国电影报道`"),
        (73, 73, SHARE + ": `分享到：`"),
        (74, 161, LIST + ": 相关新闻 (titles with dates), 娱乐热点, 热门新闻, the news channel's title + teaser entries, 电影号热门Top10, 最新资讯, 电影策划, 独家专访, 明星写真 (titles, four twice) and its pager `1234`; channel links among them (新闻首页 / 电影新闻首页 / 明星新闻 / 华语 / 好莱坞, 更多, 去新闻频道, 去写真频道)"),
        (162, 186, LIST + ": 大片推荐 >>, six film cards (genre, title, rating, one-line pitch)"),
        (187, 191, FOOT + ": 关于我们 links, 电影频道节目中心官方网站, 意见反馈, 手机浏览精彩资讯, 返回顶部"),
        (192, 264, MARK + ": the gallery plug-in's HTML template printed as text (73 lines of `<div class=…>` / `<a …>` / `</div>`); with the tags removed, what is left is the plug-in's own labels (`| (1/0)`, `| (2/9)`, `组图：`, `重新播放 大图播放`, `猜你喜欢`), §3 UI prompts: the lines go whole"),
        (265, 280, UI + ": share dialog (X, 选择其他平台 >>, 分享到) and the login / registration dialog"),
    ],
    notes=[
        "Video news item on a film channel's site (1905电影网 1905.com 电影资讯, 2024-05-20; j16 is another 1905.com page), Simplified, with little prose: headline (38), `时间：2024.05.20 来源：1905电影网 分享到：` (39: time with the source credit and a dangling `分享到：`, kept whole as j16 kept the same line), and the one paragraph (71, `1905电影网讯 …一起期待吧！`).",
        "The dump has 6,084 visible characters (over batch j's 5,500), but the raw is not cut (NOCUT in make_raw_n.py): the page's last 89 lines hold the markup residue that this file was chosen for (a gallery template whose tags the dumper prints as text because the page carries it as text, and the dialogs after it).",
    ],
    open=[
        "Raw 192–264: §2 says leftover markup is removed with the text around it kept. Here every line is markup (tags, attributes and closing tags) or markup around the plug-in's own labels; the labels are site UI (§3), so the lines go whole. A cleaner that strips the tags line by line and keeps what is left would leave `| (1/0)`, `| (2/9)`, `组图：`, `重新播放 大图播放`, `猜你喜欢` behind.",
    ],
)
