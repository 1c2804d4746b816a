# Hand-written decisions for batch u (line numbers count from 1 over the raw file's lines, split
# at \n; every raw is UTF-8 except u04, u07 and u09, which are GB18030 bytes of GBK pages).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' decisions before zhclean was installed or run on any of these pages
# (zhclean was not installed, imported or run at any time for this batch).

NAV = "§3 site navigation (site name, menus, breadcrumb, login/register links, search box)"
FOOT = "§3 site footer: link row, copyright, ICP / 公网安备 / 政府网站标识码 numbers, contact and report lines of the site"
UI = "§3 UI prompt / widget / button (`打印`, `关闭`, `收藏`, `分享到`, font-size switch, `回复本贴`)"
CTR = "§3 page chrome: a counter (views, comments, downloads) standing alone or with its label"
DATE = "§3 decided: Dates: a date/time that dates the page, standing alone (with or without a label)"
FORM = "§3 UI: a comment / reply / login / recommend form's field labels and prompts"
LINKS = "§3 decided: Lists of other articles: a run of title-like lines (short, no sentence end, often with a date or a count) after the article's end or beside it — link list"
SIDEBAR = "§3 site navigation: a blog's sidebar (blog name, control panel, calendar, guestbook and archive links with counts, latest comments, read/comment rankings)"
POSTHDR = "§3 comment/forum chrome: a post's or comment's header or footer (poster name, posting time, board, floor; b01, p01, t09 conventions)"
DUPTITLE = "§3 a copy of the headline printed again by the page's chrome (title bar / blog title line); the headline printed with the article stays once"
ADJDUP = "§3 Two adjacent identical lines become one"
PREVNEXT = "§3 site navigation: `上一篇/下一篇` (previous/next article titles)"
DRAW = "§3 separator lines (by extension): a line of box-drawing characters and arrows only (`│`, `↓`, `┌───┼───┐`, `─→`), part of a flow chart drawn in characters; no word on it (see OPEN)"

U = {}

# u01: 内蒙古自治区人民政府 portal (www.nmg.gov.cn), 今日关注 article; raw 164 lines
U["u01"] = dict(
    remove=[
        (1, 21, NAV + ": `登录/注册`, `搜索`, `蒙古文版`, `快捷菜单`, `无障碍浏览`, `访问统计`, the seven-item menu printed twice"),
        (22, 22, NAV + " (breadcrumb `当前位置： 首页/要闻动态/今日关注`)"),
        (25, 25, DATE + " (`发布日期：2022-02-11 08:52`)"),
        (26, 27, UI + " (`分享到：`, `【字体：大 中 小】`)"),
        (31, 32, UI + " (`打印 关闭 收藏`, `已收藏`)"),
        (34, 39, NAV + ": `轮播图预览:` and the five tab labels of the related-content box (`政策原文 政务服务 新闻发布会 政策解读 媒体解读`)"),
        (40, 51, FOOT + ": the portal's link directory (中国政府网, 国家部委网站 with ~90 ministries on one line, 各省市区政府网站, 自治区党委/人大/政协, 部门网站, 盟市网站)"),
        (52, 66, FOOT + ": 网站声明/网站地图/联系我们, 主办/承办 with ICP, 公网安备 and 政府网站标识码, Chinese domain and phone line, `客户端 蒙速办`, the same footer again for the mobile and desktop layouts"),
        (67, 131, NAV + ": the mobile layout's menu (每个栏目 with its sub-sections), `蒙速办 微信 客户端 服务热线 长者浏览 模式`"),
        (132, 134, UI + " (the bookmark pop-up: `您还未登录，请登录后进行收藏！`, `是否“确认”跳转到登录页？`, `确认 取消`)"),
        (135, 136, "§4 whitespace-only lines (a lone NBSP each)"),
        (137, 137, UI + " (the accessibility toolbar: `返回首页 页面放大 页面缩小 语音播报 指读 大鼠标`)"),
        (138, 148, "§3 the article printed again by the page's hidden mobile layout (its section label `今日关注`, the title and subtitle, `发布日期：… 内蒙古日报`, `朗读`, and the three paragraphs, then the same three paragraphs a third time): a copy of text kept above (raw 23–30, 33), not adjacent (see OPEN)"),
        (149, 153, NAV + ": the related-content box's tab labels again"),
        (154, 155, PREVNEXT),
        (156, 164, FOOT + ": the footer of the mobile layout (网站声明, 主办/承办, ICP, a notice that the site charges no fee, 标识码)"),
    ],
    notes=[
        "Provincial government portal article (内蒙古自治区人民政府, www.nmg.gov.cn, 要闻动态 > 今日关注, 2022-02-11), a 内蒙古日报 report on extended tax relief, Simplified. Kept: the title (23) and its second line (24: `预计4年为纳税人减负180亿元`, a subtitle set as a second heading line; it ends at a word boundary with no punctuation and is not glued, §3 Breaks), the three paragraphs (28–30), and `信息来源： 内蒙古日报` (33: a metadata line with a real source, §3 Kept; t01 kept `来源：巴彦淖尔日报 编辑：苏亮`).",
        "New to the set: nmg.gov.cn (t01 is a prefecture portal of the same region, bynr.gov.cn). The dump holds the desktop and the mobile layouts: menus, footers and the article each appear two or three times.",
    ],
    open=[
        "Raw 138–148: the article's second and third printing (hidden mobile layout) removed as a copy. POLICY only dedups adjacent identical lines; t02 removed a hidden second copy of an index card the same way. A cleaner that keeps them doubles the article.",
    ],
)

# u02: 扬子晚报 (www.yangtse.com) 紫牛头条 article; raw 83 lines
U["u02"] = dict(
    remove=[
        (1, 28, NAV + ": `紫牛头条` and the 27 channel names one a line (时政 文娱 体育 … 少年志 官博)"),
        (30, 30, DATE + " (`2022-02-13 20:04:17`)"),
        (66, 72, LINKS + " (`| 最新` and six titles, one of them twice)"),
        (73, 78, LINKS + " (`| 美图` and five titles with their column kickers `【视评】`, `【时习之】`)"),
        (79, 79, NAV + " (`| 微矩阵`, the label of the official-account box)"),
        (80, 83, FOOT + ": address, 互联网新闻信息服务许可证 and 视听节目许可证, `版权所有 江苏扬子晚报有限公司`, ICP and 经营许可证"),
    ],
    notes=[
        "Evening-paper site article (扬子晚报 / 扬子网, www.yangtse.com, 2022-02-13), a round-up `书记市长这一周` of the 13 Jiangsu cities' first meetings of the Year of the Tiger, Simplified. Kept: the title with its column name (29: `书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来`, the headline as printed), the lead (31–33), two section headings (34, 48), the paragraphs (35–63), and the credits `整合 新华日报·交汇点记者 徐睿翔` and `素材来源 江苏13个设区市党报及官方发布` (64–65, credits printed with the article, §3 Kept).",
    ],
    open=[
        "Raw 38/39, 44/45, 50/51, 53/54, 56/57, 59/60, 62/63: seven paragraphs end in `（详情请点击链接：` and the next line starts with `）`: the link (a card or picture) between them is gone from the dump. POLICY §3 Breaks (decided): a line that starts with a closing bracket keeps it there and is not glued back; so the lines stay apart, and the three lines that are a bare `）` (51, 54, 60) stay as they are. §4's unclosed-parenthesis rule would join them with one space instead; the decided case is taken as the more specific. The `（详情请点击链接：` prompts stay: they sit inside the author's paragraph (boilerplate goes only as whole lines).",
    ],
)

# u03: 太原晚报 (www.tywbw.com) 太原 article; raw 44 lines
U["u03"] = dict(
    remove=[
        (1, 11, NAV + ": site name `太原晚报`, the nine-item menu, `太原晚报电子版`"),
        (12, 14, NAV + " (breadcrumb `太原晚报 > 太原 > 正文`, one part a line)"),
        (30, 35, LINKS + " (`最新动态` and five titles)"),
        (36, 40, LINKS + " (`图片聚焦` and four picture titles)"),
        (41, 44, FOOT + ": complaint e-mail and phone of the site, ICP and 公网安备 numbers, copyright"),
    ],
    notes=[
        "Evening-paper site article (太原晚报, www.tywbw.com, 2021-11-25), a report on Taiyuan's hospice and elderly-care standards, Simplified. Kept: the title (15), `来源：太原晚报 2021-11-25 16:26:07` (16, see OPEN), the paragraphs (17, 20–23, 26–28), two pairs of heading lines (18/19, 24/25: a heading and its second line, both short with no sentence punctuation; two heading lines stay two lines, §4) and the byline `记者 刘涛` (29).",
    ],
    open=[
        "Raw 16 `来源：太原晚报 2021-11-25 16:26:07`: a metadata line whose source is the newspaper the site belongs to, with a time stamp. Kept whole as a metadata line with a real source credit (§3 Kept; t01, u01 kept `来源：<newspaper>`); a cleaner may call the site's own name no credit and the line a page date.",
    ],
)

# u04: 查报纸网 (www.cbzw.com.cn) 报社新闻 article; raw 72 lines, GB18030 bytes
U["u04"] = dict(
    enc="gb18030",
    enc_name="GB18030 (a GBK page, `charset=gbk`)",
    remove=[
        (1, 21, NAV + ": `最新更新设为首页收藏本站`, two rows of channel names run together, the site's section menu, the province list"),
        (22, 22, NAV + " (`报社新闻 频道`, the channel label)"),
        (24, 24, "§3 metadata line whose only credit is the site's name and `来自: 互联网` (none), with the page's date and a view counter (`报纸网 |发布: 2021-1-29 13:18|点击: 313|来自: 互联网`)"),
        (38, 38, "§3 a line of `#tag#` tokens (`#大家健康超能团# @大家健康`, a hashtag and an account mention)"),
        (39, 39, UI + " (`分享到：`)"),
        (40, 40, "§3 the aggregating site's promotion (`（更多内容请继续关注 查报纸网 www.cbzw.com.cn）`)"),
        (41, 70, LINKS + ": `推荐阅读`, `今日新闻` with ten titles cut short (the page's own title first), `热门推荐` with six, `点击排行` with the same ten again"),
        (71, 72, FOOT + ": copyright and the about/notice/contact/ads link row"),
    ],
    notes=[
        "Newspaper-portal article (查报纸网, www.cbzw.com.cn, 报社新闻, 2021-01-29), a health piece on seborrheic hair loss copied from the web (`来自: 互联网`), Simplified; GBK page written back as GB18030 (all characters have GBK codes). Kept: the title (23), the paragraphs (25, 27, 28, 36, 37), two headings ending in `？` and `：` (26, 29) and the numbered list (30–35).",
    ],
)

# u05: 千龙网 (auto.qianlong.com) 车坛动态 article; raw 74 lines, page without a charset (GBK)
U["u05"] = dict(
    remove=[
        (1, 1, NAV + " (the channel menu `首页 - 新闻 - 北京 - …`)"),
        (2, 2, NAV + " (breadcrumb `汽车 >> 车坛动态 >> 业界新闻` with the box label `新闻排行榜`)"),
        (3, 3, UI + " (`推荐 我要说说`)"),
        (5, 5, "§3 metadata line whose only credit is a URL (`http://www.qianlong.com/`) with the page's date `2005-07-18 13:03:17`"),
        (38, 38, UI + " (`我要说说 打印 推荐`)"),
        (39, 54, LINKS + " (`相关报道` and 15 titles, each `v <title> <date time>`)"),
        (55, 55, FORM + " (`我来说说 笔名： 发表标题：`)"),
        (56, 63, NAV + " (search box with its tabs 网页 网站 新闻 购物 图片 Flash MP3, one a line)"),
        (64, 65, FOOT + " (copyright of 北京千龙新闻网络传播有限责任公司 and its no-reprint notice)"),
        (66, 74, LINKS + " (`：：：精彩专题：：：` with five special-topic titles, `更多>>`, `：：：销量排行：：：`, `更多>>`)"),
    ],
    joins=[[7, 8]],
    joinwhy={7: "§3 Breaks: raw 7 ends with a comma (`8个月4轮谈判2004年9月，`): the sentence goes on in raw 8 (`现代主动找到…`) and is rejoined with nothing in between (see OPEN)"},
    notes=[
        "News portal article (千龙网 汽车, auto.qianlong.com, 2005-07-18), a 21世纪经济报道 report on the 广汽–现代 commercial-vehicle joint venture, Simplified. The page declares no charset; its bytes are GBK (strict GB18030), dumped as GB18030 and written as UTF-8. Kept: the title (4), the paragraphs, three section headings (19, 27; and the first, glued into raw 7), and the credit line `编辑： 金金 来源： 21世纪经济报道 作者：宋怡 杨志华` (37, §3 Kept).",
    ],
    open=[
        "Raw 7–8: the section heading `8个月4轮谈判` and the first words of its paragraph `2004年9月，` are one line in the dump (the page set them in one block); the line ends with a comma, so §3 Breaks rejoins it with raw 8, and the heading stays glued to the paragraph's start (no rule splits a line). A cleaner may keep the two lines apart (the dump's break falls where the page had one).",
    ],
)

# u06: 乐趣园 (netsh.com) forum post, board 心灵体操（在线心理咨询）; raw 37 lines
U["u06"] = dict(
    remove=[
        (2, 2, ADJDUP + " (the post's title printed twice: the page's heading and the post's subject)"),
        (3, 3, UI + " (`[ 回复本贴 ] [ 跟从标题 ] [ 关闭本窗口 ] [ 刷新 ]`)"),
        (15, 15, POSTHDR + " (`本贴由大卫于2005年8月12日16:12:21在〖心灵体操（在线心理咨询）〗发表.`: the poster's user name, the posting time and the board)"),
        (16, 21, "§3 the forum site's notice (`郑 重 声 明` and five rules: `任何言论纯属作者个人观点，与乐趣园无关` …), not the author's"),
        (22, 22, "§3 the forum host's promotion (`欢迎在netsh.com建立自己的乐趣论坛` with a sponsor link `超声波`)"),
        (23, 23, "§3 empty metadata label (`热门词：`)"),
        (24, 24, POSTHDR + ": the link to the parent post (`原标题:【…演讲精选1】是大卫在2005年8月12日16:10:13发表`)"),
        (25, 31, "§3 decided: Lists of other articles: the thread's reply index (`本贴跟从标题:` and six replies, each `<subject> <user> <time> <date> (<size>)`, three of them `(无内容)`)"),
        (32, 32, UI + " (the button row again, with `[浏览次]`)"),
        (33, 37, FORM + " (`选择类别:`, `推荐给朋友`, `朋友Email:`, `您的Email:`, `留言：`)"),
    ],
    notes=[
        "Forum post (乐趣园 netsh.com, a hosted-forum service; board 心灵体操（在线心理咨询）; posted 2005-08-12 by 大卫), Simplified, GB2312 page: a transcript of a lecture on parenting by 许宜铭, the second of a series. Kept: the title once (1) and the eleven paragraphs (4–14), long lines (one paragraph each).",
    ],
)

# u07: 263在线 读书 (book.263.net) serialized book excerpt 纯棉婚姻; raw 63 lines, GB18030 bytes
U["u07"] = dict(
    enc="gb18030",
    enc_name="GB18030 (a GB2312 page)",
    remove=[
        (1, 1, DUPTITLE + " (a bare `1`, the page title's copy above the breadcrumb; the title `1` printed with the excerpt stays in raw 3)"),
        (2, 2, NAV + " (breadcrumb `您现在的位置：读书 -> 连载 -> 畅销小说 -> 纯棉婚姻书摘 -> 正文`)"),
        (49, 49, "§3 decided: Listing pages: a pager (`上一页 下一页`) goes"),
        (51, 51, NAV + " (`相关链接`, an empty box label)"),
        (52, 62, FORM + ": the portal's dating box (`交友乐园`, `用户名：`, `密 码：`, search options `美女 帅哥 有照片的 年龄： 至`) and chat-room links (`特色聊天室`, three pairs of room names)"),
        (63, 63, FOOT + " (`京ICP证000009号`)"),
    ],
    notes=[
        "Book-serial page (263在线 读书 > 连载 > 畅销小说, book.263.net; 赵婕《纯棉婚姻》 excerpt, 人民文学出版社), the nearest to a novel chapter in the source, Simplified, GB2312 page written back as GB18030. Kept: the excerpt's title `1` (3: the part number printed as its heading; when unsure, keep), the line `02日14:25 作者： 赵婕 出自[人民文学出版社]` (4: a metadata line with the author's name and the publisher, §3 Kept: the line stays whole, its day-and-time stub with it), the series heading `纯棉时代·感动书系简介` (5), the text with its inner headings (`诱惑，婚姻的疫苗接种`, `何夕的故事和心里话——`, …) and `本版编辑:Giki` (50: an editor's credit printed with the page, §3 Kept).",
        "The text has ASCII double quotes (`\"离婚\"`, `\"弱水三千，只取瓢饮\"`) as the source printed them; they stay (§1, §5).",
    ],
    open=[
        "Raw 3: a heading that is only `1` (the page's `<title>` is `1` too). Kept as the excerpt's part number; a cleaner may drop it as a stray digit. Raw 1, the same `1` above the breadcrumb, is removed as the chrome's copy.",
    ],
)

# u08: 天极博客 (blog.yesky.com) post reposting a news story, with three comments; raw 111 lines
U["u08"] = dict(
    remove=[
        (1, 8, NAV + " (`天极博客首页`, `登录注册帮助搜索`, the blog's name with its address and `复制地址`, the control panel: 控制面板 个人首页 发表随笔 博客管理 博客收藏)"),
        (9, 60, SIDEBAR + ": the calendar for December 2006 (eight lines), 留言簿(79), 随笔档案 with counts, 最新评论 (ten cut snippets, one in Korean), 阅读排行榜 and 评论排行榜 (ten titles each with counts)"),
        (81, 91, LINKS + " (`相关内容` and ten titles of the host's tech articles)"),
        (92, 92, NAV + " (`文章评论`, the comment section's label)"),
        (95, 95, POSTHDR + " (the first comment's footer: the commenter's nickname `靠你全家的 欺负女的 | 2005-08-22 02:22`)"),
        (96, 96, POSTHDR + " (the second comment's subject: `# re: ` and a copy of the post's title, generated by the blog)"),
        (98, 98, POSTHDR + " (the second comment's footer: `33 | 2005-08-26 17:43`)"),
        (99, 99, POSTHDR + " (the third comment's generated subject, as raw 96)"),
        (101, 101, POSTHDR + " (the third comment's footer: `标 | 2005-09-13 22:38`)"),
        (102, 108, FORM + " (`发表评论`, 标题/姓名/主页/内容/验证码 labels, the host's rules for comments)"),
        (109, 111, FOOT + " (the host's disclaimer `版权声明：天极是本Blog托管服务提供商…`, `Powered by:`, `Copyright © zboygirl`)"),
    ],
    inline={93: [("#\u00a0re: ", "", "§3 comment chrome: the blog engine's `# re: ` prefix (an NBSP after `#`) of a comment's subject; the subject the commenter typed stays (t05, t09 kept a title cell out of a header line; see OPEN)")]},
    notes=[
        "Blog post (天极博客 blog.yesky.com, user zboygirl; posted 2005-07-31) reposting a newspaper story (`本报讯 （实习记者 樊亮 张明超 记者惠禾）`, a 长春 paper) with its section headings, a photo caption (74: `… 本报记者 惠禾 摄`, §3 Kept) and the paper's `编后` (75–79), and three comments, Simplified. Kept: the title (61), the story (62–79), the post's footer `作者:zboygirl 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30` (80, see OPEN), and the three comments' texts (93 without its prefix, 94, 97, 100): abusive and vulgar, but the commenters' words (§3: a page's text stays even when it is spam; removing it is quality filtering).",
        "Encoding: the page declares `charset=gb2312` but its bytes are UTF-8 (they decode strictly as UTF-8 and not as GB18030); it was dumped as UTF-8, what the bytes are. The raw is UTF-8 text, so only the dump's reading is tested here, not the mislabel itself.",
    ],
    open=[
        "Raw 80: a blog post's footer with the label `作者:` and the blogger's user name, a read and a comment counter, an `编辑` (edit) link and the posting time. Batch t's conventions conflict here: blog post footers go (t09), credit lines stay whole whatever sits on them (t01, t08, t10). Kept whole (when unsure, keep); the user name is the poster's, not the story's writers' (they are in raw 62).",
        "Raw 93: the first comment's subject was typed by the commenter (abuse, not a copy of the title), so it is kept without the engine's `# re: ` prefix; raw 96 and 99 are generated subjects (copies of the post's title) and go with the comment headers.",
    ],
)

# u09: 博客中国 (blogchina.com, BlogDriver) post reposting a 钱江晚报 report; raw 39 lines, GB18030 bytes
U["u09"] = dict(
    enc="gb18030",
    enc_name="GB18030 (a page without a charset, GBK bytes)",
    remove=[
        (1, 1, NAV + " (the blog's name `bjreader的博客`)"),
        (2, 2, PREVNEXT + " (`孩子，夏令营让你得到了什么？- -| 回首页 | 2005年索引 | - -浴室都安全吗?`: the previous and next posts' titles with 回首页 and the archive link)"),
        (3, 3, DUPTITLE + " (the blog post's title line `谁来为无序拆房“埋单”？- -`, BlogDriver's ` - -` appended; the same title is printed with the article in raw 5)"),
        (28, 29, "§3 blog chrome: `Trackback` and `你可以使用这个链接引用该篇文章 http://…tb.b?diaryID=2756656`"),
        (30, 35, LINKS + " (`博客手拉手` and five titles, each after a `[2005-08-21]` date)"),
        (36, 37, FORM + " (`回复`, `评论内容：`)"),
        (38, 39, FOOT + " (`2003-2004 BlogChina.COM All rights reserved`, `Powered by BlogDriver 2.1`)"),
    ],
    notes=[
        "Blog post (博客中国 blogchina.com, blog `bjreader`, posted by 流泉 2005-08-30) reposting a 钱江晚报 report of 2003-07-24 on demolition accidents in Hangzhou, Simplified; the page declares no charset: GBK bytes (strict GB18030), written back as GB18030. Kept: the kicker line (4: `拆房屡出命案 管理形同虚设`, a heading over the title) and the title (5), the bylines (6, 7), `2003-7-24 钱江晚报` (8: a dateline with the newspaper's name, a metadata line with a real source, §3 Kept), `编者按` (9) and its text, the report, `附件` (22) and the list of cases (23–26), and the post's footer `- 作者： 流泉 访问统计： 2005年08月30日, 星期二 13:22 加入博采` (27: as u08 raw 80, a credit line kept whole, see OPEN there).",
        "The source prints `氵蒙洼` (a lost character drawn with a radical) in a removed title (raw 34); nothing to repair in the kept text.",
    ],
    open=[
        "Raw 27: the post's footer keeps the `作者：` credit with an empty counter label `访问统计：`, the posting time and a button `加入博采`; kept whole like u08 raw 80 (credit lines stay whole, t10), though a blog footer (t09 removed one labelled `由…张贴`).",
    ],
)

# u10: 汉斯出版社 (www.hanspub.org) journal article page, 现代市场营销 8(2); raw 94 lines (cut from 191)
U["u10"] = dict(
    remove=[
        (1, 37, NAV + ": `学术期刊 切换导航`, the publisher's ten-item menu (letter-spaced `首 页` …), the subject menu with its English labels one a line"),
        (38, 40, NAV + " (breadcrumb `首页 > 经济与管理 > 现代市场营销`, one part a line)"),
        (41, 41, "§3 page chrome: the issue's label `Vol. 8 No. 2 (May 2018)` over the journal's menu (a date of the page's issue, no credit)"),
        (42, 56, NAV + ": `期刊菜单` and the journal's menu printed twice (最新文章 历史文章 检索 领域 编委 投稿须知 文章处理费)"),
        (59, 59, "§3 page chrome: DOI with the download buttons `PDF, HTML, XML`, an empty `被引量` label and counters `下载: 1,038 浏览: 6,323`; metadata whose only credit is an identifier (see OPEN)"),
        (61, 61, "§3 `关键词:` line"),
    ],
    notes=[
        "Academic journal article page (汉斯出版社 Hans Publishers, 现代市场营销 Vol. 8 No. 2, 2018; 赵培《淘宝网物流配送存在的问题及对策研究》), Simplified. Cut by the cut rule at raw 94 of 191 (inside section 2.3). Kept: the title (57) and its English title (58), the author line `作者: 赵 培：北京物资学院，北京` (60, a byline; the space in `赵 培` is the page's), the abstract in Chinese and English (62, 63: `摘要:`/`Abstract:` of a paper is the author's own summary, not a teaser that copies the body; §3 keeps an original summary), the citation line `文章引用：赵培. …[J]. 现代市场营销, 2018, 8(2): 7-16. https://doi.org/…` (64, a credit printed with the article), the numbered section headings and the text with its lists.",
    ],
    open=[
        "Raw 59: the DOI is removed with the download buttons and counters on its line (the DOI is kept in raw 64's citation). Raw 64: a journal site's `文章引用` line is kept as a credit; a cleaner may call it site chrome.",
    ],
)

# u11: cclw.net Bible-study book, lesson 10; raw 250 lines
U["u11"] = dict(
    remove=[
        (2, 2, ADJDUP + " (the lesson's title `10.新生活与明白神的旨意` twice)"),
        (3, 3, NAV + " (`返目录`, back to the book's contents)"),
        (84, 84, DRAW), (86, 115, DRAW), (120, 125, DRAW), (129, 139, DRAW),
        (175, 176, DRAW), (180, 180, DRAW), (182, 183, DRAW), (186, 187, DRAW),
        (190, 193, DRAW),
        (196, 196, ADJDUP + " (the chart's two branch labels `是` `是` fall next to each other once the drawing between them is gone; see OPEN)"),
        (198, 198, DRAW), (200, 205, DRAW), (209, 209, DRAW),
        (229, 230, "§3 separator lines of one repeated symbol (a line of `_` only: the answer space under a worksheet question; see OPEN)"),
        (232, 233, "§3 separator lines of one repeated symbol (answer space, as raw 229)"),
        (235, 236, "§3 separator lines of one repeated symbol (answer space, as raw 229)"),
        (250, 250, NAV + " (`返目录下一页`)"),
    ],
    joins=[[140, 141, 142, 143, 144], [145, 146, 147, 148, 149], [150, 151, 152, 153, 154],
           [155, 156, 157, 158, 159], [160, 161, 162, 163, 164], [165, 166, 167, 168, 169],
           [170, 171, 172, 173, 174]],
    joinwhy={
        140: "§3 Breaks: a word cut at a line's end goes on: the flow chart's seven column labels are set vertically, one character a line (`环`/`境`/`的`/`带`/`领`); each label is rejoined (`环境的带领`), as the same seven labels are printed in the text (raw 75–81) (see OPEN)",
    },
    notes=[
        "Bible-study book chapter (a 查经 workbook on cclw.net; lesson 10 `新生活与明白神的旨意`), Simplified, GB2312 page. Kept: the title once (1), the lesson's sections and headings (`学习目的`, `属灵作业`, `·查 经·`, `·应 用·`, `·实 践·` with their letter spacing, §4), the fill-in-the-blank verses with their `______` blanks inside the sentences, the table of seven duties with its column of verse references (30–42: `太22:37`, `罗2:18` …, §3 decided: Tables and data), every word of the flow chart (questions, `是`/`否` branches, `停`, `我的决定`, …) in the dump's order, and the worksheet's row labels (212–222, 239–249).",
    ],
    open=[
        "Raw 84–209: a flow chart drawn with box-drawing characters in a table. The lines with words stay in the dump's order; 67 lines of drawing only (`│`, `↓`, `┌───┼───┐`, `─→`) go, extending §3's separator lines (no word of the author is on them). When unsure keep would leave them; the gold calls them drawing, not text.",
        "Raw 140–174: the seven vertical labels are rejoined one label a line (7 lines from 35). §4 leaves characters spaced out by PDF extraction as they are, but these are split by line breaks, and §3 Breaks rejoins a word cut at a line's end.",
        "Raw 196: the flow chart's branch labels (`否 是` under one question, `是 否` under the next) give two adjacent `是` lines once the drawing is removed; §3 makes two adjacent identical lines one, literally, though they are two labels.",
        "Raw 229–236: the worksheet's answer lines (`_____…` only) go as separator lines of one repeated symbol (§3, literal); they are the author's answer spaces, not decoration.",
    ],
)

# u12: Joel on Software 简体中文 translation (www.joelonsoftware.com), essay; raw 61 lines (cut from 73)
U["u12"] = dict(
    remove=[
        (1, 1, DUPTITLE + " (title bar `Joel on Software - 给计算机系学生的建议`; the title stays in raw 6)"),
        (2, 2, "§3 decided: Tags and site chrome: the site's name and slogan standing alone at the head (`Joel on Software 周思博趣谈软件`)"),
        (3, 5, NAV + " (`其他文章(简体中文)`, `其他文章(英文)`, `与作者联系（英文）`)"),
        (9, 9, DATE + " (`2005年1月2日`)"),
    ],
    joins=[[14, 15]],
    notes=[
        "Translated essay (Joel on Software's Simplified Chinese pages, www.joelonsoftware.com; `给计算机系学生的建议`, Advice for Computer Science College Students, 2005-01-02), Simplified. Cut by the cut rule at raw 61 of 73 (the translator's note, the author's bio and the copyright footer are past the cut). Kept: the title (6), `作者： 周思博 (Joel Spolsky)` and `译： Chen Bin` (7, 8: credits), the text, the list of seven pieces of advice (18–24) and the same seven as section headings. Nearly clean: it measures what a cleaner takes away from an essay.",
        "Half-width colons the translator used (`感谢上帝吧:你属于`, `七条免费的建议:`) stay (§5).",
    ],
)
