# Hand-written decisions for batch t (line numbers count from 1 over the raw file's lines, split
# at \n; every raw is UTF-8 except t03 and t12, which are GB18030 bytes (GBK codes but for one
# four-byte character each)).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' decisions before zhclean was installed or run on any of these pages
# (zhclean was not installed, imported or run at any time for this batch).

NAV = "§3 site navigation (site name, menus, breadcrumb, login/register links, search box)"
FOOT = "§3 site footer: link row, copyright, ICP / 公网安备 / 政府网站标识码 numbers, contact and report lines of the site, official-account labels"
UI = "§3 UI prompt / widget / button (`打印本页`, `扫一扫在手机打开当前页`, `分享到`, share and download buttons)"
CTR = "§3 page chrome: a counter (views, comments, likes) standing alone or with its label"
DATE = "§3 decided: Dates: a date/time that dates the page, standing alone (with or without a label)"
SITEURL = "§3 metadata line whose only credit is the site's name and URL (`巴彦淖尔市政府门户网站 www.bynr.gov.cn`)"
FORM = "§3 UI: a comment / reply / login form's field labels and prompts"
LINKS = "§3 decided: Lists of other articles: a run of title-like lines (titles with a date or a count each) after the article's end — link list"
SIDEBAR = "§3 site navigation: a blog's sidebar (owner name and profile, category list with counts, archive months, latest posts and comments with dates, calendar, links box, search)"
POSTHDR = "§3 comment/forum chrome: a post's header or footer (poster name, posting time, floor label, view/comment counts, 打印/发表评论 links; b01, p01 conventions)"
PROFILE = "§3 comment/forum chrome: the poster's profile block (user name alone, rank, points, links to their posts; b01 convention)"
DUPTITLE = "§3 a copy of the headline printed again by the page's chrome (title bar / breadcrumb end / edition title list); the headline printed with the article stays once"
ADJDUP = "§3 Two adjacent identical lines become one"

T = {}

# t01: 巴彦淖尔市人民政府 portal, 政务动态 article (a 巴彦淖尔日报 editorial); raw 39 lines
T["t01"] = dict(
    remove=[
        (1, 11, NAV + ": portal name `巴彦淖尔市人民政府`, `中央政府门户网站`, `中国内蒙古`, the eight-item menu"),
        (12, 12, NAV + " (breadcrumb `首页>动态信息>政务动态`)"),
        (15, 15, SITEURL),
        (16, 16, DATE + " (`2022-02-11 09:52`)"),
        (17, 17, UI + " (`打印本页`)"),
        (18, 18, CTR + " (a bare `0`: the page's view or comment counter)"),
        (26, 26, UI + " (`扫一扫在手机打开当前页`)"),
        (27, 39, FOOT + ": portal name again, 关于我们 / 网站申明 / CNZZ / 联系我们 / 网站地图, 主办/承办 with ICP number, phone with 政府网站标识码 and 公安机关备案号, report phone and e-mail, `巴彦淖尔 官方微博 / 官方微信` labels"),
    ],
    subs=[
        ([25], r"[ \u2002]{2,}", " ",
         "§4: a run of horizontal whitespace becomes one ASCII space; here two ASCII spaces and three EN SPACEs (U+2002, the page's `&ensp;`), which the builder's own fold (ASCII, tab, U+3000, NBSP) does not cover"),
    ],
    notes=[
        "Government portal article (巴彦淖尔市人民政府, www.bynr.gov.cn, 政务动态, 2022-02-11): an editorial of 巴彦淖尔日报 greeting the opening of the city CPPCC session, Simplified. Kept: the headline (13) and its dash-led subtitle (14: `——热烈祝贺市政协五届一次会议开幕`, a second heading line, not glued), the five paragraphs (19–23), the closing line `预祝大会圆满成功！` (24) and the credit line `来源：巴彦淖尔日报 编辑：苏亮` (25: a metadata line with a real source and an editor's name, §3 Kept; its run of spaces folded).",
        "Paragraphs are indented with two U+3000 (stripped, §4). New to the set: a prefecture-level government portal (蒙ICP, 政府网站标识码 footer; a17 is a national .gov.cn science site).",
    ],
)

# t02: 吉林省人民政府 information-disclosure page of a 通告 (吉政明电〔2022〕1号); raw 30 lines
T["t02"] = dict(
    remove=[
        (1, 1, NAV + " (`登录 注册`)"),
        (2, 2, NAV + " (breadcrumb `吉林省政府信息公开专栏 >> 吉林省人民政府 >> 政府信息公开基础平台`)"),
        (3, 9, "§3 the disclosure platform's index card over the document (索引号 catalogue id, 分类 category field, 发文机关, 成文日期, 标题, 发文字号, 发布日期): ids and category fields are CMS furniture (`所属分类:`/`栏目:` fields, §3 decided), the two dates date the page (§3 decided: Dates), and the other fields copy what the document itself prints below (its title 16–19, its number 20, the issuing body and date in its signature 27–28); see OPEN"),
        (10, 13, "§3 the same index card printed a second time (the page's hidden narrow-screen copy, two fields a line); as raw 3–9"),
        (14, 14, UI + " (a close button `X`)"),
        (15, 15, UI + " (`分享到 - 微信`)"),
        (29, 29, UI + " (`扫一扫在手机打开当前页`)"),
        (30, 30, UI + " (`pdf下载 word下载`)"),
    ],
    joins=[[16, 17, 18, 19]],
    joinwhy={16: "§4 / §3 Breaks: the notice's title is one noun phrase set on four lines for layout (`…关于禁止在` / `吉林省嫩江干流…工程建设` / `征占地范围内…项目` / `和迁入人口的通告`); the first line ends on a preposition with its object on the next, so it is a phrase broken in the middle and rejoined with nothing in between (see OPEN)"},
    notes=[
        "Provincial government information-disclosure page (吉林省人民政府 政府信息公开基础平台, 2022-01-28) holding a 通告 on a river-dyke works area, Simplified. Kept: the title (16–19, joined into one line), the document number `吉政明电〔2022〕1号` under it (20, printed as part of the notice), the preamble and its three numbered articles (21–24), the closing paragraph and `特此通告。` (25–26), and the signature: `吉林省人民政府` and `2022年1月27日` (27–28; §3 decided: Dates — a date on its own line in a notice's signature stays). Trailing U+3000 runs after the signature lines are stripped (§4).",
        "Raw 23 has a half-width comma inside a full-width sentence (`征占地范围内,禁止`): kept as received (§5).",
    ],
    open=[
        "Raw 3–13: the information-disclosure index card. Read field by field, POLICY would drop 索引号 (an id), 分类 (a category field), 成文日期 and 发布日期 (dates that date the page), but `发文机关：吉林省人民政府` is a metadata line with a real credit, which §3 keeps, and `标题：…` / `发文字号：…` are labelled copies of the title and number printed with the notice. The whole card is removed here because every value in it is either furniture or printed again by the document itself (title, number, issuing body and date in the signature); a cleaner that keeps the `发文机关` line (or the whole card) keeps no new words.",
        "Raw 16–19: a title set on four short lines without punctuation. §4 says a short unpunctuated line is a heading and is not glued to its neighbours; here the four lines are one title broken mid-phrase (the first ends on `在`), so they are rejoined as one line. A cleaner that keeps four heading lines keeps the same words in four lines.",
    ],
)

# t03: Discuz! Archiver copy of a 三校社会学论坛 thread (an academic article reposted); raw 45 lines (cut from 56), GB18030
T["t03"] = dict(
    enc="gb18030",
    enc_name="GB18030 (GBK bytes; `»` as a four-byte code)",
    remove=[
        (1, 1, NAV + ": the archiver's header bar: thread title with its pager `(页 1)`, board `学术前沿`, forum name and `powered by Discuz! Archiver` (the page's title bar; the title stays below)"),
        (2, 2, NAV + " (breadcrumb with `»`)"),
        (3, 3, POSTHDR + " (`2003-5-29 09:07 高山流水`: posting time and poster)"),
        (4, 4, ADJDUP + ": the thread subject printed by the archiver, identical (edge space aside) to raw 5, the title the poster typed at the top of the post; one copy stays"),
    ],
    notes=[
        "Forum thread (三校社会学论坛·中国网社会论坛, bbs.sachina.pku.edu.cn, Discuz! Archiver 5.0 text copy; board 学术前沿; post of 2003-05-29), Simplified, GBK page. The post reposts an academic article: title (5), authors `赵延东、风笑天` (6, a byline), and its sections with numbered headings (`数据分析结果`, `讨论`, `1.人力资本的重要性`, …) and result paragraphs (7–45), all kept; the cut rule ends the raw at dump line 45 of 56 (inside section 3 of the discussion), so the article's credits, `“民主与科学”网站…搜集整理于2002-09-25`, the pager `页: [1]`, `查看完整版本:` and the Discuz! footer are past the cut.",
        "Every kept line is indented with ASCII spaces and two U+3000 (stripped, §4). The article uses ASCII double quotes (`\"下岗职工\"`) and half-width parentheses; kept as received (§5). Raw 27 has `\"母亲社会地位\"?\"网络规模\"`, where the source lost a `、` and shows `?`: kept (§3 decided: Leftover punctuation that no converter injected stays). Raw 39 has `贷款时，?要提供`, a character the source lost and shows as an ASCII `?`: kept (§1: irrecoverable runs are kept and reported; nothing says what the word was).",
        "Headings (`数据分析结果`, `讨论`, `2.资料来源和研究对象的选取(略)`…) stay on their own lines (§4).",
    ],
)

# t04: CCTV.com 央视论坛 (网闻贴吧) post page with the thread's reply index; raw 103 lines
T["t04"] = dict(
    remove=[
        (1, 1, NAV + " (title bar `CCTV.com- 央视论坛 :: null`: site and board name with a template's `null`)"),
        (2, 2, NAV + " (`游客 欢迎你！`: login greeting)"),
        (3, 3, NAV + ": breadcrumb `首页 > 央视社区 > 央视论坛 > 网闻贴吧` with `在线用户:12066` counter and an empty `当值版主:` label"),
        (7, 7, CTR + " (`您是本文第 154 个阅览者`)"),
        (8, 8, "§3 navigation: the heading `| 回复线索：` of the thread's reply index below"),
        (9, 102, LINKS + ": the thread's reply index (回复线索), one linked post subject a line, each followed by `【author】MM-DD hh:mm N字 [views/replies]` and the current post marked `当前帖子`; a subject is a link to another post, not this page's text (see OPEN)"),
        (103, 103, UI + " (`| 主题已经关闭，停止回复．`: the thread-closed notice)"),
    ],
    notes=[
        "Forum post page (CCTV.com 央视论坛, board 网闻贴吧, bbs.cctv.com, a thread on tourist traps of 2005-08; this post of 2005-08-22), Simplified, GB2312 page. Kept: the post's subject line `主题： 你知道导游为什么…商场购物吗？` (4, the label kept with it: a whole line), the byline `作者：芊草凡凡 时间：2005-08-22 19:13:18` (5: §3 Kept, a metadata line with a real name credit and a time stamp beside it stays whole), and the post's one paragraph (6). Runs of spaces and tabs inside 4 and 5 folded to one space (§4).",
        "Raw 6 mixes `10％` and `50%` as the poster typed them: kept (§5).",
    ],
    open=[
        "Raw 9–102: the reply index lists 94 other posts of the thread by subject, author, time, size and counts. Many subjects are whole sentences, and posts marked `0字` have no body, so their subject is all the poster wrote (`本投诉由江苏省交通厅厅长信箱转徐州市运输管理处处理，…【漫游世界】08-22 09:45 0字 [246/0]`). They are removed as the page's link list (§3 decided: a list of bare titles is a link list and goes, on any page; each line carries a date and counters); a reader who counts the 0字 subjects as the posters' text would keep those lines without their `【…】… [n/n]` tails.",
        "Raw 5: in forums the poster's header goes (b01, p01), but this one is a labelled byline `作者：… 时间：…`, which §3 keeps whole as a credit line; kept.",
    ],
)

# t05: 雅虎社区 (cn.bbs.yahoo.com) post page, board 奇闻异事; raw 34 lines
T["t05"] = dict(
    remove=[
        (1, 1, NAV + " (title bar: post title ` - 奇闻异事 - 雅虎社区`; the title stays in raw 19)"),
        (2, 12, NAV + ": login/register links, Yahoo service links, search tabs (网页 资讯 知识 音乐 图片 酷贴), 帮助, 社区地图, 进入社区, search prompts"),
        (13, 13, NAV + " (breadcrumb `社区首页 > 社会探索 > 奇闻异事`)"),
        (14, 18, PROFILE + " (`cjy52191`, `级别：入学了`, `积分：235`, `看我还写了啥？`, `我收藏的：图片 音乐`)"),
        (26, 26, UI + " (`收藏此帖 回复此帖 引用此帖`)"),
        (27, 27, "§3 decided: Listing pages: a pager (`共有帖子数1个 < 第一页 |上一页| 1 | 下一页 | 最末页>`) goes"),
        (28, 31, FORM + " (用户名/匿名/登录/注册/忘记密码, 标题：, 内容：, `注意：请阅读我们的[服务条款]`)"),
        (32, 34, FOOT + ": Yahoo China link row, `Yahoo.com.cn © 2006 版权所有 不得转载 京ICP证000022号`, Alibaba sites row"),
    ],
    subs=[
        ([19], r"\s+2005-09-11 18:04:42\s+楼主\s*$", "",
         "§3 page chrome: the post header's time stamp and floor label `楼主` are separate table cells after the post's title (the dump glued them into one line); they go as a post header's cells and the title stays (see OPEN)"),
    ],
    notes=[
        "Forum post (雅虎社区 / Yahoo! China community, cn.bbs.yahoo.com, board 社会探索 > 奇闻异事; posted 2005-09-11), Simplified, GB2312 page. Kept: the post's title (19, without its time and floor cells) and its six paragraphs (20–25), a lay essay on physics and life. Lines are indented with tabs and U+3000 (stripped, §4).",
    ],
    open=[
        "Raw 19: `从原子弹爆炸原理想开去 <tabs> 2005-09-11 18:04:42 <tabs> 楼主` is one line of the dump made of three table cells. Removing the whole line would leave the title only in the removed title bar (raw 1); keeping it whole keeps a post header's time and floor label. The gold keeps the title cell and drops the two header cells (a partial-line repair, like s04's doubled captions). A line-based cleaner would either keep the line whole or lose the title.",
    ],
)

# t06: 多维博客 (blog.dwnews.com, WordPress) post with one comment, sidebar; raw 132 lines
T["t06"] = dict(
    remove=[
        (1, 1, NAV + ": blog name `多维博客 »` with the post title (title bar; stray U+FEFF marks inside), the title stays in raw 4"),
        (2, 2, NAV + ": menu `首页 | 时事 | … | 贴图`, `注册 | 登入 | FAQ | 多维主页 | 大家论坛` and the site's date `2006年12月27日（京港台时间）`"),
        (3, 3, DATE + " (`Saturday, September 10th, 2005 10:56 am`)"),
        (20, 20, CTR + " (`(本文发表于首页批评与建议, 已被阅读178次)`: category and view counter; §3 decided: `所属分类:` fields go)"),
        (21, 21, "§3 CMS residue: the WordPress trackback link `本文通告引用(Trackback)链接: /wp-trackback.php?p=1700`"),
        (22, 22, CTR + " (`《…》已有1件评论`: comment count over the comments)"),
        (23, 24, POSTHDR + " (the commenter's header `新宠的评论` and its time `September 19th, 2005 at 7:32 pm`)"),
        (39, 43, FORM + " (发表评论, 发表名, E-mail, 个人主页, the list of allowed comment tags)"),
        (44, 132, SIDEBAR + ": blog owner `太小心`, `[作者简介] (个人情况保密)`, category list (`未归类 (88)`, `歷史 (25)` … in Traditional), archive months, `最新文章` titles, latest comments and the owner's own comments (name, post title, a snippet cut with `...`, a time each), a month calendar, links box, search prompt, footer row"),
    ],
    notes=[
        "Blog post (多维博客, a WordPress blog host of the overseas Chinese news site 多维/DWNews; owner 太小心; post of 2005-09-10), Simplified; the sidebar's category names are in Traditional (`歷史`, `軍情`, `財金`, `補文化`), all removed. Kept: the post's title (4) and its fourteen paragraphs with `●` section heads (5–19), and the one comment's text (25–38): the commenter pasted a whole news story with its own title `播客：10分钟拥有私人声音平台` and `●` heads; comment texts stay (visitor comments are their writers' words; headers and counters go, b-batch convention).",
        "Raw 26–27 are indented with ASCII spaces, the rest with U+3000 (stripped, §4). Raw 27 has a dash run `———` as typed: kept. Raw 1 holds three U+FEFF characters between spaces (a BOM pasted three times into the template); the line is removed anyway. No line is Traditional, so no t2s.",
    ],
)

# t07: 大河网 digital newspaper (大河报/河南商报 page A01) article page; raw 64 lines
T["t07"] = dict(
    remove=[
        (1, 5, NAV + ": `版面导航 / 标题导航 / 数字报导航 / 网站首页`, the page switch `第A01版：头版 下一版`"),
        (6, 6, DUPTITLE + " (the edition's title list: this page has one article)"),
        (7, 10, NAV + ": the edition's page list `第A01版：头版` … `第A04版：小记者训练营`"),
        (11, 11, DUPTITLE + " (the page header's headline over the date bar)"),
        (12, 12, DATE + " (`2022年02月12日` issue date with the link `查看旧版(2007年11月18号以前)`)"),
        (13, 13, NAV + " (`版面导航 本版导航`)"),
        (14, 14, UI + " (font-size widget `放大 缩小 默认`)"),
        (17, 17, UI + " (`在线荐稿记者博客联系记者`: three links run together)"),
        (54, 63, FOOT + ": 版权声明 / 报业集团 / 网站简介 / 广告服务 / 人才招聘 / 联系方法, English copyright, 大河网版权所有 with licence number, no-mirroring notice"),
        (64, 64, NAV + " (a calendar's weekday header `日 一 二 三 四 五 六`)"),
    ],
    notes=[
        "Newspaper article in a digital edition (大河网 数字报, page A01 of 2022-02-12; story by 顶端新闻·河南商报 reporter 马俊峰 on a Zhengzhou school orchestra's teacher), Simplified. Kept: the headline (15), the deck `年过五十的她带领…拿下不俗的成绩` (16: a subtitle rephrasing the story, §3 decided: Teasers, a subtitle stays), the photo caption `郭荣梅指挥乐团练习` (18), the credit line `顶端新闻·河南商报记者马俊峰/文受访者供图` (19: byline and photo credit run together), and the story's paragraphs with three subheads (20–53: `“云端”连线练琴是最快乐的时光`, `学习不是为了对比做好自己最重要`, `发现学生每一个细小的闪光点提升他们的“幸福指数”`).",
        "The headline is printed three times (raw 6, 11, 15); the copy inside the article's own table (15, over its deck) stays. Every kept line is indented with four spaces (stripped, §4).",
    ],
)

# t08: RFI 法广 华语 (rfi.fr/cn) press-review page (法国报纸摘要, 2022-02-06); raw 122 lines
T["t08"] = dict(
    remove=[
        (1, 2, UI + " (`将 RFI - 法国国际广播电台 添加到主屏幕`, skip link `访问主要内容`)"),
        (3, 71, NAV + ": site name, the 16-language switch (Français … فارسی, incl. 华语/華語 and Khmer), section menu, 收听 / 加入社区 menus with app, newsletter, about, ad and legal links, sister stations"),
        (72, 72, "§3 site copyright notice (`© 2022 RFI – 版权所有版权所有。法广对非本网站内容不承担责任。…`)"),
        (73, 81, NAV + ": script switch `繁`, short menu, breadcrumb `/ 专栏检索 / 法国报纸摘要` and the column name"),
        (83, 83, DATE + " (`发表时间： 06/02/2022 - 13:48`)"),
        (84, 85, UI + " (the audio player: `音频 04:29`, `Podcast © FMM`)"),
        (87, 87, UI + " (reading time `7 分钟`)"),
        (89, 89, "§3 advertising: an ad slot's label `广告`"),
        (100, 103, UI + ": newsletter and app prompts (`电邮新闻头条新闻就在您的每日新闻信里`, `订阅`, `下载法广应用程序跟踪国际时事`), a section tag `非洲`"),
        (104, 120, LINKS + ": `其他同一栏目内容` and eight titles of the column's other reviews, each under its date line `DD/MM/YYYY`"),
        (121, 122, "§3 page chrome: a hidden error box's text (`页面未找到`, `您尝试访问的内容不存在或不再可用。`)"),
    ],
    notes=[
        "International broadcaster's Chinese service (RFI 法国国际广播电台 华语, rfi.fr/cn, column 法国报纸摘要 of 2022-02-06), Simplified: a press review (Macron's Moscow and Kyiv visits; Mali's prime minister) read by 安东尼. Kept: the title (82), the credit `作者： 安东尼` (86: a metadata line with a real name, its space run folded, §3 Kept), the spoken introduction (88) and the ten paragraphs (90–99).",
        "Raw 98 has an ASCII space after a full-width comma (`亲近， 与法国`): folded/kept as one space (§4). New to the set: a French public broadcaster's Chinese service (BBC 中文, a16, is the only other one).",
    ],
)

# t09: 文学城博客 (blog.wenxuecity.com) monthly archive page of a blog (2005-06): sidebar and full posts; raw 174 lines (cut from 276)
T["t09"] = dict(
    remove=[
        (1, 7, NAV + ": title bar `海姑娘 | blog.wenxuecity.com`, 文学城 menus, 博客首页 / 注册 / 博客书架, login form, box heading `博客标题`"),
        (8, 9, "§3 decided: Tags and site chrome: the blog's name `海那边的姑娘` and its slogan (`我是一个简单的女生,…听听海的声音.`) standing alone at the head"),
        (10, 14, SIDEBAR + " (`个人信息` box: `<照片管理>`, `海姑娘, 27岁`, `澳大利亚, 墨尔本地区`, `点击查看我的个人资料`)"),
        (15, 128, SIDEBAR + " (最新文章 titles, 归档备份 month ranges, 文章分类 with their titles under 【…】 heads)"),
        (129, 148, SIDEBAR + " (最新评论, `查看我的博客目录`, visitor counter `你是第 你是第 344522 位访问者 位访问者`, 博客导读 titles, `更多文章目录…`, 我的另外2个博客, the owner's control panel, `[查看我的博客目录] [加入个人书签]`)"),
        (151, 152, POSTHDR + " (`[打印]`; `由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论 发表评论 >>>`)"),
        (163, 164, POSTHDR + " (`[打印]`; `由海姑娘张贴 @ … (697) 共 29 篇评论 …`)"),
        (172, 173, POSTHDR + " (`[打印]`; `由海姑娘张贴 @ … (924) 共 17 篇评论 …`)"),
    ],
    subs=[
        ([149, 153, 165, 174], r"\s+2005-06-1\d \d\d:\d\d:\d\d\s*$", "",
         "§3 page chrome: each post's title line carries the posting time as a second table cell; the time cell goes (§3 decided: Dates), the title stays (as t05 raw 19)"),
    ],
    notes=[
        "Blog archive page (文学城博客 blog.wenxuecity.com, the overseas-Chinese portal 文学城; blog 海那边的姑娘 of 海姑娘 in Melbourne; archive of June 2005), Simplified, GB2312 page. It is a listing of whole posts (§3 decided: Listing pages — the entries are the page's text): kept are each post's title (time cell removed) and text: `湘菜粤菜 兵分两路 (图)` (149–150, one paragraph), `澳坛真的累了` (153–162, nine lines as typed), `(原创)爱上侦探小说,侦探电影等` (165–171, with the signature `海姑娘写于2005年6月12日`, the author's own sign-off, kept), and the title of a fourth post `回忆童年的露天电影院以及可爱的小伙伴 (图)` (174), whose text is past the cut.",
        "The cut rule ends the raw at dump line 174 of 276 (the sidebar is long: 148 lines). The posts use half-width commas and full stops with one or more ASCII spaces after them, as typed (`我真的累了.`, `认真.`): kept, runs of spaces folded to one (§4); no line is joined (each raw line ends a sentence, or is a line the poster broke).",
    ],
    open=[
        "Raw 8–9: the blog's name and the owner's self-description (`我是一个简单的女生,一个喜欢大海的女生. 如果我们是知己,…`) stand alone at the head of every page of the blog: removed as the site's name and slogan (§3 decided), though the owner wrote the description.",
        "Raw 174: the last post's title stays without its text (the cut removed it); a reader may drop it as a dangling title.",
    ],
)

# t10: 51offer study-abroad guide article (留学攻略 > 英国 > 留学生活 > 日记感受); raw 143 lines
T["t10"] = dict(
    remove=[
        (1, 2, "§3 decided: Contact lines: the site's sales hotline `400-6152-656` at the head (a call to action of the site, not the article's subject)"),
        (3, 14, NAV + ": 登录/注册, `欢迎来到51offer`, user menu, WeChat quick-login box with QR prompts, `使用帮助`"),
        (15, 76, NAV + ": search switch, region menus, mini-program/app QR prompts, 关于我们 / 网站导航 mega-menu (留学申请 … 看攻略 with country lists), the invite ad `邀请好友送300元奖金`, slogans `让留学更简单` and `专注互联网留学 · 国际财团5000万美金投资`, second search box and main menu"),
        (77, 80, NAV + " (breadcrumb `留学攻略> 英国> 留学生活> 日记感受>`)"),
        (81, 81, ADJDUP + " (the breadcrumb's last item, the title, right above the headline)"),
        (84, 84, UI + " (`分享：`)"),
        (99, 105, LINKS + " (`相关阅读`: three titles, each followed by a line of a view count glued to a date, `39482022-1-05 10:26`)"),
        (106, 111, "§3 self-contained promotional block: a related-school card (`更多>>相关院校`, 帝国理工学院, 所在地区, 优势专业, `3503个学生正在申请`, `免费申请` button)"),
        (112, 120, LINKS + " (`热门攻略` and eight titles)"),
        (121, 126, "§3 decided: Contact lines: a sign-up form's field labels and prompts (`一秒获取留学方案`, `请选择出国时间` ×2, `请选择就读年级`, `获取留学方案`, `已有92577人获得方案`)"),
        (127, 135, LINKS + " (`猜你喜欢` and eight titles)"),
        (136, 137, FOOT + " (link row; slogan with ICP number and the company's address)"),
        (138, 143, "§3 self-contained promotional block: pop-ups `恭喜您领取成功`, a download link with its 提取码, `添加小助手微信 并回复“留学活动”` (`加微信`), `我知道了` buttons"),
    ],
    notes=[
        "Study-abroad guide article (51offer.com 留学攻略, a commercial agency's help/guide section; a student's job-hunting advice for the UK, 2015-11-05, reposted), Simplified. Kept: the title (82), the metadata line `2015-11-05 阅读：8169 来源:转载 作者:孙仲旻` (83: §3 Kept, a metadata line that carries a real name credit stays whole, with the date and the view count beside it), the article's thirteen paragraphs (85–97) and the closing line (98, see OPEN).",
        "The writer's own slips (`部不太一致`, `了群`, `四部是戎总结`, `眺`) stay: repairing words is not cleaning.",
    ],
    open=[
        "Raw 98 `标签： 留学经验分享 留学面试 留学指南 发布于：2015-11-05 11:34 51offer编辑：Alice`: a `标签:` line (which §3 removes) that also carries a time stamp and an editor's credit (which §3 keeps, `责任编辑:某某`). Kept whole as a credit line (when unsure, keep); a cleaner that drops `标签:` lines loses the credit `51offer编辑：Alice`.",
        "Raw 83: the kept metadata line also carries a view counter `阅读：8169` (counters are chrome); the line stays whole by the credit rule.",
    ],
)

# t11: bilibili 专栏 column article: a fan-fiction chapter (同人连载); raw 79 lines
T["t11"] = dict(
    remove=[
        (1, 1, DUPTITLE + " (the top bar's copy of the title)"),
        (2, 3, PROFILE + " (the author's name `魑皇` in the top bar with a `关注` button)"),
        (4, 4, NAV + " (breadcrumb `专栏/轻小说/同人连载/【赛马娘】情人节赠礼`)"),
        (6, 6, CTR + " (`同人连载 2022-02-14 03:01--阅读 · --喜欢 · --评论`: category, time and empty counters)"),
        (7, 9, PROFILE + " (author card: `魑皇`, `粉丝：23文章：11`, `关注`)"),
        (65, 65, "§3 the platform's copyright badge (`本文为我原创本文禁止转载或摘编`: two labels bilibili prints under an article marked original; see OPEN)"),
        (66, 66, "§3 decided: Tags and site chrome: a line of bare tags (`同人 情人节 赛马娘 爱丽速子 曼城茶座`)"),
        (67, 68, UI + " (`分享到：`, `投诉或建议`)"),
        (69, 74, LINKS + ": `推荐文章`, `更多精彩内容`, a recommended article (title, its author's note cut off, author name, category with counts)"),
        (75, 79, CTR + " (comment box heading `评论` with placeholder counters `--` ×3 and `0`)"),
    ],
    notes=[
        "Video site's article column (bilibili 专栏 `cv15249614`, category 轻小说 > 同人连载; author 魑皇; 2022-02-14): a fan-fiction chapter on 赛马娘 (Uma Musume) characters, dialogue-heavy, Simplified. Kept: the title `【赛马娘】情人节赠礼` (5) and the story's 55 lines (10–64), each a paragraph or a line of dialogue as written (lines that are only `“……”` stay: they are the story's).",
        "Raw 30 has a half-width comma after `哦` (`“哦,今天…`) and raw 60 one before `但` (`感受,但`): kept (§5). The author's name appears only in removed profile chrome (2, 7): as in b03/k04/s01, profile cards go.",
    ],
    open=[
        "Raw 65: bilibili's fixed text for an article its author marks as original (`本文为我原创` + `本文禁止转载或摘编`), printed by the platform, not typed by the author: removed as a site notice. A reader may keep it as the author's declaration.",
        "Raw 2 and 7: the author's name is on the page only in profile chrome (name + 关注 button; name + fan counts), so the gold has no byline.",
    ],
)

# t12: 麻辣社区 (scol.com.cn, Dvbbs-style forum) error page for a thread link; raw 72 lines, GB18030
T["t12"] = dict(
    enc="gb18030",
    enc_name="GB18030 (GBK bytes; NBSP as a four-byte code)",
    remove=[
        (1, 1, NAV + " (title bar: board, thread title and the words `错误信息 [麻辣社区]`)"),
        (2, 16, NAV + ": style switcher (`恢复默认设置`, `默认风格[2005-10]` and 13 skin names)"),
        (17, 52, NAV + ": login/register/search menus, the 道具中心 list (麻辣股市 … 彩票中心), 热帖 / 新贴 / 会员 / 帮助 / 聊天室 / 麻辣博客 / 游戏大厅 / 天气预报, `川网`, `论坛首页`"),
        (53, 54, NAV + " (the board list, two rows with tab runs)"),
        (55, 56, NAV + " (breadcrumbs `麻辣社区 → 错误信息 → [原创]…错误信息 【欢迎建立你的个人博客!】【全文搜索】` and `麻辣社区-大话四川-[原创]…错误信息`)"),
        (57, 60, "§3 page chrome: the forum software's error message (`您在\"[原创]…\"的时候发生错误,共有1项,…`, `错误的版面参数！…`, `请仔细阅读论坛帮助文件…`, `<< 返回上一页`)"),
        (61, 72, FORM + " (login prompt, user name and password fields, Cookie options, 隐身登录)"),
    ],
    notes=[
        "Forum error page (麻辣社区, the Sichuan portal 四川在线's forum, board 大话四川; the saved link to a thread `[原创]朋友,请正确客观认识凉山、西昌！` returned the forum's `错误的版面参数` page), Simplified, GB2312 page. The thread's text is not on the page: only its title inside breadcrumbs and the error message. **Everything is chrome: empty gold, dropped** (§3: a page with nothing left is written as an empty file).",
        "The thread title appears only inside navigation and system-message lines (1, 55–57); it is not kept alone, as a title with no text under it on an error page is not the page's text.",
    ],
)
