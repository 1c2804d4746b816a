# Hand-written decisions for batch m (line numbers count from 1 over the raw file's lines,
# split at \n; m01-m04 read as CP950, the rest as UTF-8).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was installed or run on any of these pages.

NAV = "§3 site navigation (menus, breadcrumb, buttons, tabs)"
TITLE = "§3 page <title> copy (headline + site name / SEO words) standing alone: site chrome (a01, batch D/E precedent)"
LIST = (
    "§3 decided: lists of other articles (run of title-like lines before the start / after the end)"
)
FOOT = "§3 site footer: links, licences, ICP, copyright"
DATE = "§3 decided: a date or time that dates the page, standing alone"
CTR = "§3 page chrome: counters"
UI = "§3 UI prompt / widget / button"
SHARE = "§3 分享到 / share row"
SLOG = "§3 decided: the site's name or slogan standing alone at the head or tail"
AD = "§3 advertising block"
DISC = "§3 site copyright or takedown notice / disclaimer of the aggregating site"
USER = "§3 comment/forum chrome: user name, level, profile, post header with time/region, reply buttons (batch B/j13/k03/l09 convention)"
TAGS = "§3 decided: Tags and site chrome: a line of bare tags (`标签`/topic tags)"
SEP = "§3 separator line of one repeated symbol"
EMPTY = "§3 empty metadata label"
FEED = "§3 feed chrome (channel fields, links, ids, dates, per-entry author/category/flags; b16/b17/j17/j18/k13 convention)"
ENTRY = FEED + ": `false` (draft flag), entry author, three ISO times, entry id"
DUP = "§3 two adjacent identical lines become one: the entry's text repeats its title (the bookmarked site's name) on its first line"
DUPT = "§3 two adjacent identical lines become one (the title again once the line between the copies goes)"
TAGRM = "§2 leftover markup: escaped tags (`<a …>`, `<img …>`, `<br />`, `<iframe …>`, `<blockquote>`, `<li>`) removed with nothing in their place, the text around them kept (k08–k15 convention)"

S = {}

S["m01"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[],
    notes=[
        "Taiwan newspaper report (about the detention-centre search of the former president's cell, 2009), saved as a Big5 HTML page with no charset declaration as encoding test data (chromium's, copied into chardet's `tests/Big5/`). The page has a `<title>` of `Big5` (in `<head>`, dropped by the dumper) and four paragraphs in `<body>` separated only by newlines, which the dumper turns into spaces: the raw is one line. Raw kept as CP950 bytes (the source's encoding; the HTML dump is written back in it, as batch k did for feeds).",
        "Gold: the one line, leading spaces stripped and the double spaces between the paragraphs folded to one (§4), t2s (§5). The paragraph breaks the dump lost are not restored (no rule does so).",
        "Control file for the Big5 path: no boilerplate at all.",
    ],
)

S["m02"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (1, 2, FEED + ": the blog's title `C'est La Vie!` and its English tagline (j17/k13: feed title and description go as the site's name/slogan)"),
        (3, 9, FEED + ": feed id, update time, generator `Blogger`, Blogger's English feed notice over three lines, `true`"),
        (10, 14, FEED + ": entry author `Yijen`, three ISO times, entry id"),
        (21, 26, ENTRY),
        (43, 48, ENTRY),
        (60, 65, ENTRY),
        (75, 80, ENTRY),
        (85, 85, SEP + ": `---` between the blogger's note and the quoted notice"),
        (95, 100, ENTRY),
        (106, 111, ENTRY),
        (117, 117, FEED + ": `false`"),
    ],
    joins=[[82, 83, 84]],
    joinwhy={
        82: "§3 decided: Breaks (raw 82 ends with `，`; raw 83 ends inside the word `貓中途`+`連絡`): one sentence broken over three lines by the writer's fixed-width indent",
    },
    notes=[
        "Atom feed of a Taiwan personal blog (C'est La Vie! linyijen.blogspot.com, 2005-11/12), Big5, raw kept as CP950 bytes (whole feed, 117 lines). A feed is a listing: every entry's title and full text stay (b17, j17, k13). Eight entries: a diary note, two chapters of a serial story titled `II` and `I` (newest first, each ending `*To be continue..*`, the writer's own words: kept), a health note, a cat-adoption notice passed on from a friend, two short notes.",
        "Entry titles `II` (27) and `I` (49) are roman numerals standing alone: kept as the entries' titles (headings).",
        "The adoption notice (82–94) is indented with runs of spaces and written in short lines without end punctuation (`因為家中已有大貓一隻 兩個會打架 所以不方便再養`): each line stays as typed (a short line ending at a word boundary is not glued, §3 Breaks); only 82–84, broken inside a sentence, are rejoined. Its album URL alone on a line (86) is the writer's link inside the text: kept.",
        "t2s: `ㄉ` (a Bopomofo letter used as a particle, 91) and full-width punctuation are left as OpenCC leaves them.",
    ],
    open=[
        "Raw 93–94 `有意願看貓的人請跟我聯絡 謝謝` / `stacey0506@yahoo.com.tw (02)23656579`: a call to action with an e-mail address and a phone number. They are the notice's own contact (the page's subject is the kitten to be adopted; not an offer of a course or shop), so they stay under §3 decided: Contact lines (a plain contact the page's subject gives); a reader who applies `a call to action with a contact goes` literally would remove both lines.",
    ],
)

S["m03"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (1, 2, FEED + ": the blog's title `瘋了！` and its description `這是雲裡風的部落格…` (j17/k13)"),
        (3, 9, FEED + ": feed id, update time, generator `Blogger`, Blogger's English feed notice over three lines, `true`"),
        (10, 14, FEED + ": entry author `Cloudywind`, three ISO times, entry id"),
        (17, 22, ENTRY),
        (25, 30, ENTRY),
        (33, 38, ENTRY),
        (40, 42, UI + ": the podcast player prompt `現在就試聽！` and the subscription call `訂閱 RSS -` with the podcast's feed URL on its own line (repeated in every podcast entry)"),
        (48, 53, ENTRY),
        (55, 57, UI + ": `現在就試聽！` / `訂閱 RSS -` / feed URL"),
        (63, 68, ENTRY),
        (70, 72, UI + ": `現在就試聽！` / `訂閱 RSS -` / feed URL"),
        (78, 83, ENTRY),
        (85, 87, UI + ": `現在就試聽！` / `訂閱 RSS -` / feed URL"),
        (93, 98, ENTRY),
        (100, 102, UI + ": `現在就試聽！` / `訂閱 RSS -` / feed URL"),
        (108, 108, FEED + ": `false`"),
    ],
    subs=[
        ([16], "<[^>]*>", "", TAGRM),
    ],
    joins=[[75, 76]],
    joinwhy={
        75: "§3 decided: Breaks (a comma at a line's end means the sentence goes on: `…放山雞那麼自由，` + `而本地的市民…`)",
    },
    notes=[
        "Atom feed of a Singapore cartoonist's blog (瘋了！ willythecop.blogspot.com, 2005-11/12: the 《刑警威利》 strips and the `Cloudywind Podcast` satire episodes), Big5, raw kept as CP950 bytes (whole feed). A feed is a listing: entry titles and texts stay. The comic entries carry only the strip's first speech line (24, 32, in curly quotes). Each podcast entry is a title, a four-line blurb and the episode's title `第十集: …` (kept: the author's text).",
        "Raw 16 (first entry, in English): an escaped `<a><img></a>` flyer link and `<br />` breaks; with the tags removed and nothing in their place (k convention) the two English paragraphs are glued: `…Bras Basah Complex)The contest will begin…`.",
        "English titles and English words inside the Chinese lines stay as they are; t2s converts only the Chinese (the document is Traditional, §5).",
    ],
    open=[
        "Raw 40–42 (and the same three lines in every podcast entry): `現在就試聽！` (link label of the player), `訂閱 RSS -` and the podcast feed URL on its own line are removed as a UI prompt and a subscription call with a bare URL (a02's subscription boxes; §3 UI prompts). The blogger typed them into each entry, so a reader who keeps every word the author wrote would keep them.",
    ],
)

S["m04"] = dict(
    enc="cp950",
    enc_name="CP950 (Big5)",
    t2s=True,
    remove=[
        (1, 2, FEED + ": the blog's title `【Leave Something】` and its tagline `::Leave Something::Internet BookMarks::` (j17/k13)"),
        (3, 9, FEED + ": feed id, update time, generator `Blogger`, Blogger's English feed notice over three lines, `true`"),
        (10, 14, FEED + ": entry author `Letter Lego`, three ISO times, entry id"),
        (17, 22, ENTRY),
        (24, 24, DATE + ": `New Link Update: 2005/06/25` (a label and a date)"),
        (25, 25, DUPT + ": `Ogisan's blog` (23 stays)"),
        (27, 27, DATE + ": `Ori Post Time: 2004/11/23 1135`"),
        (28, 33, ENTRY),
        (35, 35, DUP + ": ` 客途異旅` (34 stays)"),
        (37, 42, ENTRY),
        (44, 44, DUP + ": `替代死刑推動聯盟`"),
        (46, 51, ENTRY),
        (54, 59, ENTRY),
        (61, 61, DUP + ": `哈星星部落格`"),
        (62, 67, ENTRY),
        (69, 69, DUP + ": `Starting from the Beginning`"),
        (71, 76, ENTRY),
        (79, 84, ENTRY),
        (86, 86, DUP + ": `ccho's電影網`"),
        (88, 93, ENTRY),
        (95, 95, DUP + ": `微風夕語`"),
        (101, 106, ENTRY),
        (108, 108, DUP + ": `Reset`"),
        (110, 115, ENTRY),
        (119, 124, ENTRY),
        (126, 126, DUP + ": `小野's倉庫部落格`"),
        (128, 133, ENTRY),
        (135, 135, DUP + ": `天生魔女`"),
        (138, 143, ENTRY),
        (145, 145, DUP + ": `Jedi's BLOG | Jedi.org`"),
        (146, 146, FEED + ": `false`"),
    ],
    subs=[
        ([16, 78], "<[^>]*>", "", TAGRM),
        ([16, 78], "\\r", "", "§1 control characters removed: carriage returns (the feed's `&#13;`) inside the line, each before an escaped `<br />`"),
    ],
    notes=[
        "Atom feed of a Taiwan bookmark blog (Leave Something leavesth.blogspot.com, 2004-11 – 2005-06): each entry is a link to another blog or site, its name as title and the name again as the entry's first line (the link text), then a one-line description in the bookmarked site's own words. Big5, raw kept as CP950 bytes (whole feed). A feed is a listing whose entries are a title with a snippet (§3 decided: Listing pages): they stay; the name repeated under each title goes as an adjacent duplicate.",
        "Kept as they are: `火柴人的故事The Story of Matchman` (117) under the title `火柴人的故事` (116), not identical; the bookmarked blog's category list `[交換日記]　[讀書筆記]…` (98–100), the text the writer pasted into the entry (a link list inside the body, §3 Kept); `JustBlogIt with a simple right-click.` (53); the webmaster-service blurb of `easy horoscope` (16) and the Blogbox feature list (78), the bookmarked services' own descriptions (a page's text stays even when it is promotion without a contact).",
        "Raw 16 and 78 are escaped HTML with `&#13;` carriage returns: tags removed with nothing in their place and the carriage returns removed, so each entry's lines are glued into one line (`…on my website\" FREE SERVICE for webmasters put a FLASH …`, `…script tagsViewable from any Web browser…`); U+3000 runs fold to one space (§4).",
    ],
    open=[
        "Raw 16 and 78 hold carriage returns (U+000D) inside a line, each right before an escaped `<br />`. The gold reads them as control characters and removes them (§1), which with the k convention for escaped tags glues the entry's lines; a cleaner that reads a lone CR as a line break (universal newlines) would split each of these two lines at every `&#13;` (7 and 6 of them), keeping the entries' lines apart. POLICY names `\\n` output line endings but not a lone CR inside an `\\n` file.",
        "Raw 24 `New Link Update: 2005/06/25` and 27 `Ori Post Time: 2004/11/23 1135` are the writer's own labels for when the bookmark was posted and updated: removed as dates that date the entry (§3 decided: Dates, with or without a label).",
    ],
)

S["m05"] = dict(
    remove=[
        (1, 8, NAV + ": channel menu (首页 要闻 热问 上海 …)"),
        (9, 9, UI + ": sticky reading bar `正在浏览：` + the headline (l01 precedent)"),
        (10, 10, UI + ": the sticky bar's account name `经济日报` (a copy of the byline kept at raw 28)"),
        (11, 13, NAV + ": 搜索 / 无障碍浏览 / 登录"),
        (14, 17, UI + ": the portal's promo pop-up (全新首页 焕新登场 / 精选频道 一手热点不容错过 / 已体验 / 去看看)"),
        (18, 18, UI + ": `+关注`"),
        (19, 26, CTR + " and " + SHARE + ": comment count `1`, 评论 / 收藏 / 分享 / 复制链接 / 微信 / 用微信扫描二维码 / QQ"),
        (29, 29, DATE + ", with the uploader's IP region and the account badge glued to it: `2024-05-13 06:16发布于北京经济日报官方账号` (k03: time and `来自甘肃` removed)"),
        (30, 30, UI + ": `+关注`"),
        (43, 43, DISC + ": `免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。` (k03 precedent)"),
        (44, 47, UI + ": 举报, the comment box (`评论 0文明上网理性发言…`, 请先登录后发表评论~, 已显示所有评论)"),
        (48, 52, FOOT + ": about links, copyright, 侵权投诉 / 意见反馈"),
        (53, 55, UI + ": ad-settings prompt (提示 / 当前您处于未登录状态… / 广告设置)"),
        (56, 57, UI + ": app download prompt and the app's slogan `你的关心，关系世界`"),
        (58, 60, UI + ": report dialog (举报文章 / 请选择举报原因 / 取消提交)"),
    ],
    notes=[
        "Commentary on a news portal's creator platform (腾讯网 new.qq.com, 2024-05-13), an 经济日报 editorial posted by the paper's official account, Simplified. Kept: headline (27), the account name `经济日报` as the byline (28, k03 precedent, OPEN there), twelve paragraphs (31–42, with the lead-in line `…不容怀疑——` at 37 kept as typed).",
    ],
    open=[
        "Raw 29 `2024-05-13 06:16发布于北京经济日报官方账号`: the publication time, the IP region `发布于北京` and the account's badge `经济日报官方账号` glued on one line. Removed as a date line whose other parts are page chrome (k03 removed time and region lines); a reader could keep it whole as a metadata line that carries a credit (j09/l convention), since the badge names the paper.",
    ],
)

S["m06"] = dict(
    remove=[
        (1, 1, NAV + ": breadcrumb 首页> 新闻中心>"),
        (2, 2, "§3 the header bar's copy of the headline above the menus (a title copy, l01/l06 precedent); the headline stays at raw 33"),
        (3, 4, SHARE + ": `分享到：` / `链接已复制`"),
        (5, 15, NAV + ": LANGUAGE menu (English Français … 中文繁体)"),
        (16, 31, NAV + ": channel menus (新闻 财经 观点 文化 国情, 承建网站 / 专业平台 / 外宣平台 link rows)"),
        (32, 32, NAV + ": breadcrumb again"),
        (34, 34, DATE + ": `2024-05-13 13:48`"),
        (36, 37, SHARE + ": `分享到：` / `链接已复制`"),
        (38, 38, UI + ": font-size widget `字体：小大`"),
        (53, 57, FOOT + ": about links, self-discipline pacts and report phones, ICP and licences, copyright"),
        (58, 62, NAV + ": 电脑版 / APP下载 / copyright again / 无障碍 / 返回顶部"),
        (63, 63, SLOG + ": `中国网`"),
        (64, 64, NAV + ": `网站无障碍`"),
    ],
    notes=[
        "News page of a state news portal (中国网 news.china.com.cn 新闻中心, 2024-05-13; travel.china.com.cn is another channel used in an earlier batch), Simplified: a city's childcare-support measures. Kept: headline (33), `来源：中国网` (35, a source credit; the time above it stands alone on its own line and goes), the lead and the twelve numbered measures (39–51), `【责任编辑：刘峻凌】` (52).",
    ],
)

S["m07"] = dict(
    remove=[
        (1, 1, NAV + ": breadcrumb 首页 > 资讯 > 39深呼吸"),
        (4, 4, "§3 decided: Teasers: an unlabelled line before the body that copies a later line (raw 4 is raw 9 word for word, the article's first paragraph under its first heading)"),
        (61, 61, DISC + ": the site's reprint notice `39健康网（www.39.net）原创内容，未经授权不得转载，违者必究。` with its cooperation contact (`内容合作请联系：020-…或39media@…`; l05: the site's reprint notice goes)"),
        (62, 74, LIST + ": 往期推荐 / 返回专题汇总页 >>, twelve titles cut by the site"),
        (75, 76, UI + ": WeChat account name `39深呼吸` over its QR code and `扫一扫关注`"),
        (77, 77, FOOT + ": site name and copyright"),
    ],
    notes=[
        "Health feature of a health portal (39健康网 news.39.net 39深呼吸, 2024-04-23; food.39.net is another channel used in an earlier batch), Simplified. Kept: headline (2), `原创：39健康网2024-04-23 12:27:25` (3: a credit with its time, kept whole, j09 precedent), the body with its three numbered headings (`01《热辣滚烫》，比起拳击和减肥，更重要的是...` etc.), the photo captions starting `◎` (captions and image credits stay, §3 Kept), `【写在最后】` and the closing paragraphs (6–60).",
        "The numbered headings glue the number to the heading (`02减肥100斤，新的贾玲来了`): kept as received.",
    ],
    open=[
        "Raw 5 `本文首发于39深呼吸公众号（shenhuxi39）` names the WeChat account where the piece first ran, with its id: kept as a credit printed with the article (§3 Kept: credits); it could be read as a `contact WeChat` plug.",
    ],
)

S["m08"] = dict(
    remove=[
        (1, 14, NAV + ": channel menu, a hidden row of channel names in tab runs, 无障碍 / 关怀版 / 登录"),
        (15, 19, USER + ": the author account's card before the article (`NBA广角`, the medal tooltip, `7.4万文章`, `418亿总阅读`, `查看TA的文章>`; j15: account cards go)"),
        (20, 30, CTR + " and " + SHARE + ": 评论 31, 分享 row (微信 / 新浪微博 / QQ空间 / 复制链接), QR prompt `扫码打开 手机搜狐网` …"),
        (32, 32, DATE + ": `2024-05-20 06:48`"),
        (33, 33, "§3 page chrome: the uploader's IP region `发布于：北京市` (k03 precedent)"),
        (38, 38, EMPTY + ": `责任编辑：` with nothing after it"),
        (39, 39, DISC + ": `平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。`"),
        (40, 44, CTR + ": 首赞 / +1 / 点赞失败 / 阅读 (177万) / 内容举报"),
        (45, 90, LIST + " and " + AD + ": 大家都在看, 推荐阅读, 热门精选 and 24小时热文 with read counts, ad slots (`广告`, a sea-cucumber offer, a dating ad), carousel numbers `0 1 2`, 搜狐号 list of account names and titles"),
        (91, 92, NAV + ": 返回首页 / 举报/反馈"),
        (93, 117, UI + ": login and registration dialog (e-mail / SMS / voice code, agreements, third-party login)"),
    ],
    notes=[
        "Sports brief on a portal's creator platform (搜狐 sohu.com 搜狐号, account `NBA广角`, 2024-05-20; another sohu.com page is in an earlier batch), Simplified, with little prose: headline (31), three sentences (34–36) and the credit line (37). Everything else is menus, the account card, counters, a 46-line recommendation feed with ads and a login dialog.",
    ],
    open=[
        "Raw 37 `（编辑：小何）返回搜狐，查看更多`: the editor credit with the site's `返回搜狐，查看更多` link glued after it on one line. Kept whole (§3 removes whole lines only; a credit printed with the article stays); a cleaner that cuts the trailing link text would also be defensible.",
        "Raw 15 `NBA广角` (the account that posted the brief) goes with its card's counters; k03 kept a creator account's name standing alone before the text as a byline. Here it sits in a card with counters in the sidebar, so it goes as the card (j15).",
    ],
)

S["m09"] = dict(
    remove=[
        (1, 26, NAV + ": login bar, 会员服务 menu, site links, quick-navigation prompt, search box"),
        (27, 27, NAV + ": breadcrumb ending with the thread title"),
        (28, 28, NAV + ": `返回列表`"),
        (29, 29, CTR + ": `查看: 1031|回复: 1`"),
        (31, 31, UI + ": `[复制链接]`"),
        (32, 47, USER + ": the poster's profile (name twice, 当前离线, 积分/主题/帖子 counters, level `新手上路` with its tooltip twice, 发消息)"),
        (48, 50, USER + ": `电梯直达`, floor `楼主`, post header (发表于 2024-5-18 19:27:00 | 只看该作者 来自 - 四川南充 |倒序浏览 |阅读模式)"),
        (52, 52, "§3 page chrome: the forum's moderation notice `本主题由 琦琦[客服] 于 2024-5-18 20:57 审核通过` (added by the software, not the poster; b-batch precedent for the same forum)"),
        (53, 55, UI + ": 收藏0 / 回复 / 举报"),
        (56, 73, USER + ": the replier's profile, floor `沙发`, post header (发表于 6 天前 | 只看该作者 来自 - 重庆)"),
        (75, 78, UI + ": 回复 / 举报 / 返回列表 / 快速回复 返回顶部 返回列表"),
        (79, 86, FOOT + ": pact links, 商务合作 phone and e-mail, company copyright with report phones, licences, English trademark notices"),
    ],
    notes=[
        "Discuz! X forum thread of a game's official forum (反恐精英Online 官方论坛 csolbbs.tiancity.com, 建议反馈 board, 2024-05; another thread of this forum is in an earlier batch), Simplified, with little prose: the thread title (30), the opening post (51) and the one reply (74). Posts keep their text whole; edge spaces and the reply's trailing tab are stripped (§4).",
        "The opening post's `*我洛奇英雄传…` keeps its `*` (the poster's own mark inside the line).",
        "The footer's 商务合作 phone and e-mail (81–82) are the site operator's, not the thread's subject: they go with the footer.",
    ],
)

S["m10"] = dict(
    remove=[
        (1, 3, NAV + ": site menu (开发者客栈 文章 问答 Wiki 动态 资讯), section label 问答, 发布 登 录"),
        (5, 5, USER + ": question meta `歪哦釉 | 83 | 1周前` (asker, view counter, time; b09)"),
        (6, 6, "§3 page chrome: moderation field `拒绝原因：机审通过，内容安全` (b09 removed the same field holding `null`)"),
        (7, 7, EMPTY + ": the template's section heading `## 问题描述` with no description under it (the asker wrote only the title)"),
        (8, 8, TAGS + ": `问题标签： 后端相关` (b09)"),
        (9, 9, UI + ": 分享 关注问题 写回答"),
        (10, 10, USER + ": answer header `客栈小K | 扫地 | 6天前` (name, profile tagline, time)"),
        (12, 13, CTR + " and " + USER + ": vote cell ` 1 |`, comment header `歪哦釉 [作者] | 5天前`"),
        (15, 16, CTR + " and " + USER + ": empty button cell `|`, comment header"),
        (17, 17, "§3 page chrome: the site's placeholder for a deleted comment `该评论已删除` (not the commenter's words; l09: fold notices go)"),
        (18, 18, USER + ": comment header"),
        (20, 21, CTR + " and " + USER + ": `|`, comment header `*^________,^* | 1周前` (a user name made of symbols)"),
        (23, 24, CTR + " and " + USER + ": `|`, comment header `ZG | 1周前`"),
        (26, 27, CTR + " and " + USER + ": `|`, comment header `ZG | 1周前`"),
        (29, 30, CTR + " and " + USER + ": `|`, reply header `ZG ZG | 1周前` (ZG replying to ZG)"),
        (33, 34, CTR + " and " + UI + ": `|`, `没有更多了`"),
        (35, 41, USER + ": 关于作者 card (name, 关 注, 这个人很懒~, 等级 / 粉丝 / 获赞 / 经验)"),
        (42, 42, AD + ": `🎁2核2G云服务器99元/年，新老同享！广告`"),
        (43, 58, LIST + ": 相关推荐, five titles each with its author and a counter line (b09)"),
        (59, 59, "§3 the question's title again at the tail (the share card's teaser, b09 precedent)"),
        (60, 60, UI + ": `评论` tab label"),
        (61, 65, FOOT + ": 网上有害信息举报专区, ICP, 关于我们, `|` separators"),
    ],
    notes=[
        "Q&A page of a developer community (开发者客栈 developers.pub, 问答, 2024-05; b09 is another question of this site), Simplified, with little prose: the question is a title only (4, `简历无法下载，提示服务器出现问题。`), then the staff's answer (11) and seven comments (14, 19, 22, 25, 28, 31 and the quote 32). Every comment's text stays down to `哈哈` and `为啥`; the emoji in 19 stays.",
    ],
    open=[
        "Raw 32 `\"为啥\"` is the reply widget's quote of the comment being answered (raw 28, ZG's `为啥`), shown under the reply `怎么会这样`. Kept by the when-unsure rule (the words are a commenter's); a reader could remove it as the site's copy of an earlier line (§3 teasers: lines that copy other lines).",
        "Raw 7 `## 问题描述`: b09 kept the same template heading because the asker's description stood under it; here the description is empty, so the heading goes as an empty label.",
    ],
)

S["m11"] = dict(
    remove=[
        (1, 2, UI + ": cookie-consent banner (本站使用 cookie… 了解更多 / 我同意)"),
        (3, 3, SLOG + ": `Flarum 中文社区`"),
        (4, 21, NAV + ": site menu (首页 英文社区 社区展 文档 规范 更多 扩展市场 粉丝组织, language switch, 切换论坛主题, 注册 登录), several entries twice"),
        (22, 22, TAGS + ": the discussion's tag `扩展` above the title (b05)"),
        (24, 30, UI + ": 登录以回复 (twice), scrubber `2 / 8 条`, 最早内容, `2 / 8 条十二月 2023`, 0 条未读, 最新回复 (b05)"),
        (31, 34, USER + ": post #1 header (user `Emin`, date, `发布 #1` + full date and time, `已编辑`)"),
        (58, 59, UI + " and " + CTR + ": 回复 button, `Golden 和 Wapriaily 觉得很赞` (likes)"),
        (60, 62, "§3 page chrome: the forum's event posts (`Emin 于 2023年10月2日 更改标题为「…」`, `Golden 于 2023年10月11日 置顶此帖`) and the time gap `9 天 后`, written by the software (b05: `… 回复了此帖` notices)"),
        (63, 65, USER + ": post #4 header (Golden, date, `发布 #4` + date)"),
        (67, 68, UI + " and " + CTR + ": 回复, `Litalino 觉得很赞`"),
        (69, 72, USER + ": time gap `1 个月 后`, post #5 header"),
        (74, 74, UI + ": 回复"),
        (75, 78, USER + ": time gap `19 天 后`, post #6 header"),
        (80, 80, UI + ": 回复"),
        (81, 83, USER + ": post #7 header"),
        (85, 85, UI + ": 回复"),
        (86, 88, USER + ": post #8 header"),
        (90, 90, UI + ": 回复"),
        (91, 93, UI + ": reply box prompt `说点什么吧...`, `正在加载…`, load-error message"),
        (94, 96, FOOT + ": timing/status bar, 社区规范 / 违法和不良信息举报 / version, independence notice"),
    ],
    notes=[
        "Flarum forum discussion, third page of the address (Flarum 中文社区 discuss.flarum.org.cn, 2023-10/12; b05 is another discussion of this forum), Simplified: an extension announcement (post #1) and five replies (#4–#8; #2 and #3 are not in the saved page). Kept: the title (23), post #1 with its headings (`介绍`, `安装`, `项目源码`, `一些截图`), the label list `ad：广告引流` … (40–51, data of the post), the `composer require` command, the source URL and the screenshot caption `阿里云后台截图` (35–57), and the replies' texts (66, 73, 79, 84, 89).",
        "Post #1's URL with its query string (38) and the config key in #7 (84, with its double spaces folded to one, §4) are the posters' text: kept.",
    ],
)

S["m12"] = dict(
    remove=[
        (1, 6, NAV + ": 首页 / 知乎知学堂 / 发现 / 等你来答 / 切换模式 / 登录/注册"),
        (7, 7, "§3 the sticky header's copy of the question title (a title copy; the title stays at raw 13)"),
        (8, 9, UI + ": 关注问题 写回答 / 登录/注册"),
        (10, 12, TAGS + ": the question's topic tags 地震 / 四川 / 地震分析, one a line (k04)"),
        (15, 27, CTR + " and " + UI + ": 关注者 46, 被浏览 99,411, 关注问题 写回答 / 邀请回答 / 好问题 / 1 条评论 / 分享, the login prompt, `查看全部 22 个回答`"),
        (28, 29, USER + ": answerer 1's profile (name, company and title; b03/k04)"),
        (30, 31, UI + " and " + CTR + ": 关注, `1 人赞同了该回答`"),
        (35, 35, DATE + ", with the IP region: `编辑于 2023-03-01 15:45・IP 属地北京` (k04)"),
        (36, 39, CTR + " and " + UI + ": 赞同 1 / 添加评论 / 分享 / 收藏 祈祷 收起, section label `更多回答`"),
        (40, 42, USER + ": answerer 2's profile (`等风`, `2023 年度新知答主`, 关注)"),
        (58, 61, UI + " and " + CTR + ": `展开阅读全文`, 赞同 104 / 40 条评论, 分享, 收藏 祈祷"),
        (62, 64, USER + ": answerer 3's profile (`瘟猪 Eamonn`, `公众号 瘟猪 Eamonn`, 关注)"),
        (68, 77, AD + ": two shop ads inside the folded third answer (`广告` / product / `淘宝` / price / `去购买`)"),
        (78, 82, UI + " and " + CTR + ": `展开阅读全文`, counters, `查看全部 22 个回答`"),
        (83, 84, UI + ": app prompt `下载知乎客户端` and the site's slogan `与世界分享知识、经验和见解`"),
        (85, 95, USER + ": 关于作者 card of answerer 1 (name, bio, company, 回答 / 文章 / 关注者 counters, 关注他 发私信)"),
        (96, 101, LIST + ": 相关问题, five question titles each with `0 个回答`"),
        (102, 109, FOOT + ": 帮助中心 / 举报中心 / 关于知乎 links, licences, jobs e-mail"),
        (110, 126, UI + ": login dialog (app QR prompt, SMS / password login, agreements)"),
    ],
    notes=[
        "Q&A page (知乎 zhihu.com, question about a 2023-02-28 earthquake in 泸定, answers of 2023-03; b03, k04 and l13 are other zhihu.com pages), Simplified. Kept: the question title (13), its detail (14: the earthquake bureau's bulletin as the page shows it, `[图片] …显示全部` glued at the end, kept whole as in k04), answer 1 (32–34), answer 2 with its figure captions, report title, `欧洲机构给出报告` and two reference URLs (43–57: references and captions stay, k04), and the folded answer 3 as far as the page shows it (65–67).",
        "Raw 14 ends with a zero-width space after `…显示全部`: removed (§1).",
    ],
    open=[
        "Raw 14 keeps the site's `[图片] …显示全部` glued to the question's detail (k04's call, OPEN there too).",
    ],
)
