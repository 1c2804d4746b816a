# Hand-written decisions for batch v (line numbers count from 1 over the raw file's lines, split
# at \n; every raw is UTF-8 except v03, v06, v09 and v12, which are GB18030 bytes of GBK pages).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing (joinsep: a
# separator for one line); inline: {line: [(old, new, rule)]}; subs: ([lines], regex,
# replacement, rule); notes / open: free text. Written by hand from POLICY and the earlier
# batches' decisions before zhclean was installed or run on any of these pages (zhclean was not
# installed, imported or run at any time for this batch).

NAV = "§3 site navigation (site name, menus, breadcrumb, login/register links, search box)"
FOOT = "§3 site footer: link row, copyright, ICP / 公网安备 numbers, contact and report lines of the site"
UI = "§3 UI prompt / widget / button (`打印`, `关闭`, `收藏`, `分享到`, `发表评论`, `[详情]`)"
DATE = "§3 decided: Dates: a date/time that dates the page, standing alone (with or without a label)"
FORM = "§3 UI: a comment / reply / login / sign-up form's field labels and prompts"
LINKS = "§3 decided: Lists of other articles: a run of title-like lines (short, no sentence end, often with a date or a count) after the article's end or beside it — link list"
SIDEBAR = "§3 site navigation: a blog's sidebar (blog name and slogan, navigation, counters, notice box, link list, archive months with counts, categories)"
POSTHDR = "§3 comment/forum chrome: a post's or comment's header or footer (poster name, posting time, counters; b01, p01, t09, u08 conventions)"
DUPTITLE = "§3 a copy of the headline printed by the page's chrome (title bar / CMS title line); the headline printed with the article stays once"
TITLEBAR = "§3 the page's title bar (headline + site or section name, or the site's greeting) standing alone at the head: site chrome"
META = "§3 metadata line with empty labels (`作者：`, `来源：` with nothing after them but template residue `size=\"20\"`) and the page's date"
HARDWRAP = "§4: a paragraph hard-wrapped at a fixed width (see Notes) is rejoined with nothing in between where a line breaks in the middle of a sentence"
WRAPIND = "§4: a paragraph hard-wrapped at a fixed width is rejoined with nothing in between; the source marks each paragraph's first line with an indent of NBSPs, the wrapped lines with one space (see OPEN)"

V = {}

# v01: 关注中国中心 (CCC, boxun.com family), a reposted memoir; raw 95 lines, hard-wrapped
V["v01"] = dict(
    remove=[
        (1, 1, TITLEBAR + " (`谢谢您访问〖关注中国中心〗`)"),
        (2, 15, NAV + ": `首页`, the twelve section names (关注中国中心（CCC） … 个人专栏), `English`"),
        (16, 16, DUPTITLE + " (`茉莉：我是怎样卷入八九民运的`: author and title, printed again as raw 18–19)"),
        (17, 17, META + " (`作者： size=\"20\" 来源： size=\"20\" 发布日期： 7/5/2005 9:23:57 PM`)"),
        (95, 95, FOOT + " (`CopyRight@2004-2008 All rights reserved`)"),
    ],
    joins=[[20, 21, 22], [23, 24, 25, 26], [27, 28, 29, 30], [31, 32], [33, 34, 35], [36, 37],
           [38, 39, 40, 41, 42, 43], [44, 45, 46], [47, 48, 49], [50, 51, 52, 53, 54],
           [55, 56, 57, 58], [59, 60, 61, 62, 63], [65, 66, 67, 68, 69, 70], [71, 72, 73, 74],
           [75, 76], [77, 78, 79, 80, 81, 82], [83, 84, 85, 86], [87, 88], [89, 90, 91, 92, 93]],
    joinwhy={j: HARDWRAP for j in (20, 23, 27, 31, 33, 36, 38, 44, 47, 50, 55, 59, 65, 71, 75, 77, 83, 87, 89)},
    notes=[
        "Political-essay portal (关注中国中心 / Center for Chinese Concern, a boxun.com / peacehall.com page; the page's own headline `茉莉：我是怎样卷入八九民运的`, posted 2005-07-05), a memoir by 茉莉 reposted from 看中国 (2005-07-03), Simplified. Kept: the article's title (18) and byline (19), the memoir (20–94) including the quoted court judgment (77–94), the `【看中国2005年07月03日报道】` source kicker at the start of the first paragraph.",
        "The memoir is **hard-wrapped**: every line of a paragraph is 38 characters (76 columns) wide and a paragraph ends on a shorter line (22, 26, 30, 37, 43, 46, 49, 54, 58, 64, 70, 74, 76, 82, 93). Lines that stop in the middle of a sentence (mid-word or after `，`, `、`, `「`) are joined with nothing; the join groups stop at a line ending a paragraph or a sentence. 94 (the judgment's operative sentence) stands alone after `判决如下：` (93, a short line). The page ends inside the judgment (the source is cut there).",
        "Kept as received (§1/§4): `著` for 着 (`过著`, `夹著`), `甚么`, `－－－` dashes, `「」` quotes.",
    ],
    open=[
        "Raw 32/33: raw 32 is a full-width line that ends with a sentence end (`…发生了抢砸商店事件。`); whether 33 (`后来我作为囚徒…`) starts a new paragraph or goes on with the same one cannot be told from the wrap, so they stay two lines (§4: a line is not glued when the next starts a new sentence). Every other full-width line of the memoir stops mid-sentence.",
        "Raw 36, 64, 87 start with punctuation the wrap pushed to the next line (`，笑呵呵地往家走…`, `」的思想基础。`, `」。要以推翻…`): kept at the start of their lines and not glued back (§3 Breaks: a line that starts with a closing quote or bracket is not glued back; §4 `Punctuation left at the start of a line stays`, read as in the batch-k precedent, k03 raw 99/100 `…已经成为他最大的动力` / `。我们有理由相信…`); so 35, 63 and 86 end without a mark. A reading that rejoins hard-wrapped paragraphs whole would glue them.",
    ],
)

# v02: 关注中国中心 (CCC), a report on a Paris meeting; raw 46 lines
V["v02"] = dict(
    remove=[
        (1, 1, TITLEBAR + " (`谢谢您访问〖关注中国中心〗`)"),
        (2, 15, NAV + ": `首页`, the twelve section names, `English`"),
        (17, 17, META + " (`作者： size=\"20\" 来源： size=\"20\" 发布日期： 9/17/2004 5:54:13 AM`)"),
        (46, 46, FOOT + " (`CopyRight@2004-2008 All rights reserved`)"),
    ],
    notes=[
        "Political-essay portal (关注中国中心, the same site as v01; posted 2004-09-17), 孙丰's report on a meeting of a party's French branch in Paris, Simplified. Kept: the headline `孙丰：巴黎举行“‘六、四’意义座谈会”` (16: the only title the page prints; unlike v01 the body repeats no title), the report (18–45) with its numbered section headings (22, 30, 38, 40, 42: the author's own numbering, `三、` twice, kept as written) and numbered points (`（2）…`, `1、…`).",
        "Lines are whole paragraphs (no hard wrap); raw 26 (`学生代了头，…`) and 27 (`（4）是人类史的进程…`) start new sentences after a full stop and stay apart. Not joined: 24 starts `（2）` after 23's `（1）…抗争。` (a list item, §4).",
    ],
)

# v03: 世艺网 (cn.cl2000.com) 艺术教育, a PhD admissions notice with its table; raw 221 lines, GB18030
V["v03"] = dict(
    enc="gb18030",
    enc_name="GB18030 (a GBK page, `charset=gb2312`)",
    remove=[
        (1, 1, TITLEBAR + " (`世艺网>艺术教育`)"),
        (2, 3, NAV + " (the site's two menu rows `首页|艺术快讯|…`, `影像艺术|艺术教育|…`)"),
        (4, 4, NAV + " (breadcrumb `您的位置：主页>艺术教育>院校招生资讯>中央美术学院`)"),
        (220, 220, UI + " (`发表评论`)"),
        (221, 221, FOOT + " (`Copyright © 2000-2006 CL2000.com`)"),
    ],
    joins=[[45, 46], [47, 48]],
    joinwhy={45: "§3 decided: Breaks: a word cut in half (`指导` + `教师`, a table header cell set on two lines by `<br>`)",
             47: "§3 decided: Breaks: a word cut in half (`招生` + `人数`, a table header cell set on two lines by `<br>`)"},
    notes=[
        "Art portal (世艺网, cn.cl2000.com, 艺术教育 > 院校招生资讯; the breadcrumb says 中央美术学院 though the notice is 中国艺术研究院's), the 中国艺术研究院 2004 PhD admissions notice (招生简章) with its table of majors, research directions, supervisors, places and exam subjects, Simplified; GBK page written back as GB18030. Kept: the title (5), the notice's ten numbered sections with their headings (6–41), contact lines (18–20: postal code and phone numbers of the admissions office, the notice's own subject, §3 decided: Contact lines), `附：招生专业及考试科目` (42) and **every table row** (43–219: header cells, codes with majors, supervisors, bare place counts `7`, `9`, `16`, `4`, exam subjects, `同　　上`, notes such as `新增点正在审批`; §3 decided: Tables and data).",
        "Kept as received: the source's OCR-like slips (`l、报名日期` with a letter l, `I2月15目前`, `登记袁`, `896l`, `010一64676390．41lO`, stray `．` after headings such as `一、培养目标： ．`): quality filtering is another job (§3 Kept).",
        "Table cells: the dump ends each cell with a tab and breaks cells at `<br>`; the cells of one row stay on the lines the dump gives them (a row's cells are data, not a broken sentence), except the two header cells cut in half (45+46, 47+48).",
    ],
)

# v04: 北京大学中国经济研究中心 (CCER), 中国经济学年会 agenda; raw 206 lines (cut from 480)
V["v04"] = dict(
    remove=[
        (1, 1, TITLEBAR + " (`第四届中国经济学年会会议议程_中国经济学年会秘书处_CN_北京大学中国经济研究中心`)"),
        (2, 2, NAV + " (breadcrumb `当前位置：首页>>CN>>会议>>中国经济学年会秘书处` with the widget label `双击自动滚屏`)"),
        (4, 4, "§3 page chrome: the page's date with a view counter (`2004-12-10 阅读10544次`)"),
    ],
    notes=[
        "University research centre's page (北京大学中国经济研究中心 CCER, 中国经济学年会秘书处, 2004-12-10), the agenda of the 4th China Economics Annual Conference (南开大学, 2004-12-11/12), Simplified, GB2312 page. Kept: the title (3) and **every agenda line** (5–206): days and times, places (`地  点：…`), chairs, speakers with affiliations and paper titles, session labels (`(1a) 微观经济学I`): the page exists to show this list (§3 decided: Tables and data; dates and times here are facts about the event, §3 decided: Dates).",
        "The raw is cut (rule as batch u) at dump line 206 of 480, inside session (6b).",
    ],
    open=[
        "Raw 40 starts with U+F075, a private-use character (a symbol-font bullet, Wingdings `u`), before `中国高校经济学研究生会联合会第二次代表大会`. POLICY §1 names zero-width and control characters, not private-use ones; it is kept as received (as d01 kept a U+E12E). A cleaner that drops private-use glyphs would drop it.",
    ],
)

# v05: 松花江网 (shjnet.cn) reprint of a 光明日报 report; raw 149 lines
V["v05"] = dict(
    remove=[
        (1, 15, NAV + ": site name twice, `Toggle navigation`, the eleven-item menu with `吉林乌拉圈客户端`, `搜索`"),
        (16, 16, NAV + " (breadcrumb `您所在的位置 首页 专题频道 国内专题 新春走基层2022`)"),
        (19, 24, UI + ": the share row `分享到 微信 人人 微博 空间` and `官方微信平台`"),
        (40, 46, "§3 the aggregating site's copyright / takedown notice (`反侵权公告：` with its three points and the lawyers' phone lines of 江城日报社, the site's owner)"),
        (47, 49, UI + " (`【打印本页】`, `【关闭窗口】`, `【复制地址】`)"),
        (50, 56, UI + " (`文档附件`, five `[详情]` buttons, the slider's `Previous Next`)"),
        (57, 65, LINKS + " (`专  题` with `更多` and seven topic names, one cut `奋斗百年路 启航新...`)"),
        (66, 74, LINKS + " (`新闻推荐` with `更多` and seven titles cut with `...`)"),
        (75, 136, "§3 `友情链接` (the link exchange: `地市网盟` and 60 city news sites)"),
        (137, 149, FOOT + ": about/contact/legal links, `松花江网 shjnet.cn 版权所有`, ICP, 公网安备, licence numbers, e-mail, copyright, report centre and report e-mails and phone"),
    ],
    notes=[
        "City news portal (松花江网, shjnet.cn, of 江城日报社, 吉林市; 专题频道 > 新春走基层2022, 2022-02-13), a reprint of a 光明日报 report on seed potatoes in 西吉县, Simplified. Kept: the title (17), the kicker `【新春走基层】` (25), the byline `光明日报记者 王建宏 张文攀` (26), the report (27–37), the print credit `《光明日报》（ 2022年02月13日 02版）` (38) and the editor credit `（松花江网编辑 孙桂芳）` (39) (§3 Kept: credits printed with the article, `责任编辑`).",
    ],
    open=[
        "Raw 18 `2022-02-13 09:57 光明网`: the page's date with the source's name and no label. Kept whole as a metadata line with a real source credit (光明网, not the site itself; §3 Kept, u03's `来源：太原晚报 <time>`); a cleaner may read it as a bare date line and drop it.",
    ],
)

# v06: 中国航空 hobby site (chinaha.126.com / chinaha.myrice.com), 军事技术; raw 55 lines, GB18030
V["v06"] = dict(
    enc="gb18030",
    enc_name="GB18030 (a GBK page without a charset)",
    remove=[
        (1, 4, NAV + ": `本站永久域名: chinaha.126.com`, `姊妹站Bcbhome bcbhome.126.com` (the site's domains and sister site)"),
        (5, 5, NAV + " (the section menu `最新军情 军事评论 … 军事技术`)"),
        (6, 6, NAV + " (breadcrumb `当前位置：首页->军事技术`)"),
        (53, 53, "§3 decided: Contact lines: a call to action of the site (`欢迎加入本站邮件列表，…请在表格中填入您的邮件地址：`, a sign-up form's prompt)"),
        (54, 55, FOOT + " (`All rights reserved`, `联系版主：chinaha@371.net`)"),
    ],
    joins=[[41, 42]],
    joinsep={42: " "},
    joinwhy={41: "§3 decided: Breaks: the name `F15 StrikeEagle` is broken across the lines (raw 41 ends `…来描述它的极限。F15` with trailing spaces, raw 42 starts `StrikeEagle的飞行包线如图所示。`); the sentence goes on, joined with one space between the two Latin words (see OPEN)"},
    notes=[
        "Military hobby site (chinaha.126.com / chinaha.diy.myrice.com, 军事技术), an explainer `飞行物理学常识` on flight physics written for the F-15E Strike Eagle flight simulator, Simplified, **page without a charset** (GBK bytes; written back as GB18030). Kept: the title (7), the article (8–52) with its one-word and short headings (推力, 上升, 攻角, 阻力, 航速, 攻角和航速, 高度, G力, 飞行包线, 绝对极限: short lines without punctuation, §4 headings). Raw 52 ends without a full stop (`…均显示在平视显示器中`): the source's text ends there; kept as it is.",
        "Kept as received: stray `．` inside words (`用飞机．的飞行包线图`), `F—15E` with an em dash, `乎视显示器` (a typo for 平视).",
    ],
    open=[
        "Raw 41+42: joined with one ASCII space (`F15 StrikeEagle`, as raw 39 writes `F15E StrikeEagle`); §4 says a broken sentence is rejoined with nothing in between, which would give `F15StrikeEagle`.",
    ],
)

# v07: 北医新闻网 (bynews.bjmu.edu.cn) 人物聚焦, a profile; raw 36 lines (cut from 48)
V["v07"] = dict(
    remove=[
        (1, 1, TITLEBAR + " (`北医新闻网_(新闻)`)"),
        (2, 2, NAV + " (breadcrumb `首页>>人物聚焦>>2005人物`)"),
    ],
    notes=[
        "University news site (北医新闻网, bynews.bjmu.edu.cn, 人物聚焦 > 2005人物), a feature on the thoracic surgeon 李简, Simplified, GB2312 page; nearly clean. Kept: the title (3), the section headings set as one-sentence lines (4 `神奇，偶然掉在凡俗的临床上。`, 18 `叛逆，科学家族中最稀有的元素。`, 36 `思维，像清晨山涧涌出的泉水。`: the feature's own headings, not teasers), the closing line of the first section (17, 35) and every paragraph.",
        "The raw is cut (rule as batch u) at dump line 36 of 48; the byline `（袁源）` and `北京大学医学部新闻中心` and the CMS footer fall after the cut.",
    ],
)

# v08: 博客堂 (blog.joycode.com), a blogger's first post and its comment thread; raw 152 lines (cut from 215)
HDR08 = [36, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 69, 73, 75, 77, 79, 82,
         85, 87, 90, 94, 103, 105, 108, 110, 114, 117, 119, 123, 126, 132, 135, 137, 140, 142,
         147, 150]
V["v08"] = dict(
    remove=[
        (1, 2, SIDEBAR + ": the blog's name (the blogger's name `李建忠`) and its slogan `C#/.NET, C++/CLI 培训/咨询`"),
        (3, 12, SIDEBAR + ": `导航` (首页 联系 RSS 登录) and `统计` (随笔 - 13, 文章 - 0, 评论 - 260, Trackbacks - 25)"),
        (13, 15, SIDEBAR + ": `公告` box (`相约2005 C++技术大会 / 共享C++20年精彩风华！`, a promotion of an event)"),
        (16, 28, SIDEBAR + ": `存档` (months with counts) and `随笔分类` (categories with `(rss)`)"),
        (34, 34, POSTHDR + " (`发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)`)"),
        (35, 35, NAV + " (the label `评论` over the comments)"),
    ] + [(i, i, POSTHDR + ": a comment's header (`# re: <post title>`, time, commenter's name)") for i in HDR08],
    joins=[[71, 72], [143, 144], [148, 149]],
    joinwhy={71: "§3 decided: Breaks: a comma at a line's end means the sentence goes on (`To leighsowrd，`, a comment's address to a reader, see OPEN)",
             143: "§3 decided: Breaks: a comma at a line's end means the sentence goes on (`To 小新0574以及各位读者，`, see OPEN)",
             148: "§3 decided: Breaks: a comma at a line's end means the sentence goes on (`To dudu，`, see OPEN)"},
    notes=[
        "Tech blog (博客堂 blog.joycode.com, a .Text blog; 李建忠's first post `很高兴入住博客堂`, 2004-12-27) with its comment thread, Simplified, **page without a charset** (UTF-8 bytes). Kept: the title (29), the post (30–33) and **every comment's text** (37–152 between the headers), rude ones included (`你这厮…`, `你不觉的你很无聊吗？`) and one-word ones (`哇`, `猛人`, `欢迎`, `:)`): comments' texts are their writers' words (u08 convention). Comments set on several lines keep their lines (each line a paragraph of the comment).",
        "The raw is cut (rule as batch u) at dump line 152 of 215, inside the comment thread.",
    ],
    open=[
        "Raw 71, 143, 148 are a comment's address line ending in a comma (`To leighsowrd，`, `To 小新0574以及各位读者，`, `To dudu，`); §3 Breaks (a comma at a line's end: rejoin) glues them to the comment's next line. Read as a letter's salutation they would stay apart; lines 91, 111, 115, 127 (`To leighsowrd`, `to.net fans :`, `To 莫依`) have no comma and stay apart.",
        "Raw 135 is a comment header whose name is cut by the page (`… 2004-12-28 21:43 [ IceSharK`); removed as a header. Raw 136 `:)` is that comment's whole text and stays.",
    ],
)

# v09: 北京之春 (beijingspring.com), 胡平's essay, hard-wrapped; raw 156 lines (cut from 373), GB18030
V["v09"] = dict(
    enc="gb18030",
    enc_name="GB18030 (a GBK page without a charset)",
    remove=[
        (1, 1, TITLEBAR + " (`显示`, the page's label, its `<title>` being `提示`/`显示`)"),
    ],
    joins=[[5, 6], [11, 12, 13], [14, 15, 16, 17, 18], [19, 20], [21, 22, 23],
           [25, 26, 27, 28, 29], [30, 31, 32], [34, 35],
           [36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47],
           [48, 49, 50, 51, 52, 53, 54, 55, 56], [57, 58, 59, 60, 61, 62, 63, 64, 65, 66],
           [67, 68, 69, 70], [72, 73, 74, 75, 76, 77, 78, 79], [80, 81], [82, 83, 84],
           [86, 87, 88], [91, 92, 93, 94, 95, 96], [97, 98],
           [99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109], [110, 111, 112, 113],
           [114, 115, 116, 117, 118, 119, 120, 121, 122], [123, 124, 125, 126, 127, 128],
           [130, 131, 132, 133, 134, 135, 136], [137, 138, 139, 140, 141, 142, 143, 144],
           [151, 152, 153, 154, 155, 156]],
    joinwhy={j: WRAPIND for j in (5, 11, 14, 19, 21, 25, 30, 34, 36, 48, 57, 67, 72, 80, 82, 86, 91, 97, 99, 110, 114, 123, 130, 137, 151)},
    notes=[
        "Essay magazine site (北京之春 beijingspring.com; the essay ends its first part with `——《北京之春》1998年3月号`, after the cut), 胡平's essay `犬儒病(上)` — `当代中国的精神危机 (上)`, Simplified, **page without a charset** (GBK bytes; written back as GB18030). Kept: the title (2), the byline `胡平` (3), the subtitle (4), the epigraph (5–7) with `——作者手记` (8), the numbered section headings (10, 71, 90, 147) and the essay's paragraphs.",
        "The essay is **hard-wrapped** at 66 columns (33 CJK characters). The source marks each paragraph's first line with an indent of six NBSPs (four in the epigraph) and every wrapped line with a single space, so the paragraphs are known: 5–6, 7, 9, 11–13, 14–20, 21–24, 25–47, 48–56, 57–66, 67–70, 72–81, 82–85, 86–89, 91–96, 97–109, 110–113, 114–122, 123–129, 130–144, 145–146, 148–149, 150, 151–156. Each is joined with nothing, **also across line ends that close a sentence** (the indent shows the paragraph goes on), except where a line starts with punctuation (see OPEN).",
        "Kept as received: `於`, `後`, `关於`, `象` (the source's mix of Traditional-leaning forms in a Simplified text: not a Traditional document, no t2s, §5), ASCII `,` and `?` used beside full-width punctuation, the double space inside raw 6 (`反过来又  抑制了燃烧`, folded to one by §4; the space itself stays: §4 leaves characters spaced by extraction). The raw is cut (rule as batch u) at dump line 156 of 373, inside a paragraph.",
    ],
    open=[
        "Raw 19, 24, 30, 33, 34, 36, 80, 85, 89, 99, 129, 137, 146, 149 start with punctuation the wrap pushed to the next line (`，`, `。`, `,`, `”`, `。”`): each stays at the start of its line and is not glued back (§3 Breaks: a line that starts with a closing quote or bracket is not glued back; §4 `Punctuation left at the start of a line stays`, as in v01 and the batch-k precedent (k03)), so the lines before them end without a mark and each paragraph holding one is split there. Raw 146 (`。”` alone) and 33 (`，太当回事了。…因此` alone between 30–32 and 34–47) show the cost: a reading that rejoins each indented paragraph whole would glue all fourteen.",
        "Joins across sentence ends inside a paragraph (e.g. raw 41 ends `…失去了依据的道德原则。` and raw 42 `这就引出了一个始料不及的後果…` is glued to it): the source's indent marks these lines as the same paragraph; a cleaner that only reads line ends would keep them apart.",
    ],
)

# v10: DoNews 博客 (blog.donews.com), a post on an SNS start-up; raw 76 lines
V["v10"] = dict(
    remove=[
        (1, 2, SIDEBAR + ": the blog's name `彻头彻尾的linkist` and slogan `联络家在做些什么/我在想些什么 （纯属个人观点，非Linkist官方）`"),
        (3, 11, SIDEBAR + ": `导航` (DonewsBlog, Donews首页, 社区, 邮箱, 我的首页, 联系作者, 聚合, 登录)"),
        (12, 16, SIDEBAR + ": `Blog统计` (文章 - 178, 收藏 - 0, 评论 - 450, Trackbacks - 21)"),
        (17, 19, SIDEBAR + ": `公告` box (`认识Lucy并分享我的人脉`, `点以下logo订阅此blog`)"),
        (20, 35, SIDEBAR + ": `文章` categories with `(RSS)`, `收藏`, `相册`, the blogroll (lucy&jenny … 裸奔伙夫吕欣欣)"),
        (36, 55, SIDEBAR + ": `存档` (19 months with counts)"),
        (56, 56, UI + " (`正在读取评论……`, a loading message)"),
        (66, 66, "§3 metadata line whose only content is a URL (`Trackback: http://tb.donews.net/TrackBack.aspx?PostId=543698`)"),
        (67, 67, POSTHDR + " (`[点击此处收藏本文] 发表于2005年09月07日 11:57 AM`)"),
        (68, 68, UI + " (`正在读取评论……`)"),
        (69, 74, FORM + " (`添加评论`, `大名`, `网址`, `验证码`, `评论`, `记住我`)"),
        (75, 76, FOOT + " (`Powered by:`, `Copyright © lucy@联络家`)"),
    ],
    notes=[
        "Tech blog (DoNews 博客 blog.donews.com, `彻头彻尾的linkist`, the blog of an employee of the SNS start-up 联络家 Linkist; post of 2005-09-07), a post commenting another blogger's view of web 2.0 (`评老冒：做最好的和最cool的东西？`), Simplified, **page without a charset** (UTF-8 bytes). Kept: the title (57) and the post (58–65). The comment list was loaded by script and is not in the page.",
    ],
)

# v11: China-Pub blog (blog.china-pub.com, 洞庭一叶), a repost of 陈天华《警世钟》; raw 101 lines (cut from 144)
V["v11"] = dict(
    remove=[
        (1, 1, TITLEBAR + " (`China-Pub blog--洞庭一叶`)"),
        (2, 2, SIDEBAR + " (the blog's name `洞庭一叶`)"),
        (3, 6, "§3 UI: a calendar widget (`« December 2006 »`, weekday letters, day numbers)"),
        (7, 8, "§3 the aggregating site's copyright / takedown notice (`公告`: `本站所有文章均系站长从网上收集，…如有版权争议`)"),
        (9, 27, SIDEBAR + ": `我的分类（专题）` with counts"),
        (28, 38, LINKS + " (`日志更新` and ten post titles)"),
        (39, 46, SIDEBAR + ": `最新评论` (comment subjects, `您好,打扰了` three times)"),
        (47, 57, SIDEBAR + ": `留言板` (guestbook subjects)"),
        (58, 82, "§3 link list (`链接`: the blogroll and bookmark links with their notes)"),
        (83, 89, SIDEBAR + ": `Blog信息` (blog name, counters 日志/评论/留言/访问, `建立于:2004年10月6日`)"),
        (90, 90, DUPTITLE + " (`[湖湘文化]陈天华《警世钟》`: the blog's title line with the post's category; the post prints its title as raw 92)"),
        (91, 91, POSTHDR + " (`ggjjzhzz 发表于 2005-9-15 11:46:00`)"),
    ],
    notes=[
        "Book-shop blog host (China-Pub blog, blog.china-pub.com, blog `洞庭一叶`, category 湖湘文化; post of 2005-09-15, page of 2006-12), a repost of 陈天华's 1903 pamphlet `警世钟`, Simplified, **page without a charset** (GBK bytes; written as UTF-8). Kept: the pamphlet's title as the post prints it (92) and its paragraphs (93–101; each raw line is one long paragraph). The raw is cut (rule as batch u) at dump line 101 of 144, inside the pamphlet; the post footer `阅读全文(736) | 回复(0) | 引用(1)`, the comment form and the footer fall after the cut.",
        "The pamphlet's words (abuse of foreigners and Manchus included) are kept as written: a page's text stays even when it is offensive (§3 Kept).",
    ],
)

# v12: 爱在家园 (bible.popcastle.com), a chapter of sermon illustrations; raw 51 lines (cut from 66), GB18030
V["v12"] = dict(
    enc="gb18030",
    enc_name="GB18030 (a GBK page, `charset=gb2312`)",
    remove=[
        (1, 1, TITLEBAR + " (`二十三、感赞`, the page's title bar; the chapter prints its heading again as raw 2, §3 two adjacent identical lines become one)"),
    ],
    subs=[(list(range(3, 52)), "^[\\s\\ue5e5]+", "",
           "§4 edge whitespace: the indent `\\ue5e5\\ue5e5` at the line's start is GBK 0xA3A0, the full-width-space position of the GBK user area (WHATWG's decoder gives U+3000; Python's GB18030 codec U+E5E5); stripped with the line's other leading whitespace (see OPEN)")],
    notes=[
        "Christian resource site (bible.popcastle.com), chapter `二十三、感赞` of a collection of sermon illustrations (short stories with Bible verses), Simplified, GB2312 page written back as GB18030; nearly clean. Kept: the chapter heading (2), the numbered story headings (3, 5, 7, …: `一、法官试验凡事谢恩` …), the stories and the verse lines with their references (`“总要说感谢的话。”(弗 5:4)`).",
        "The raw is cut (rule as batch u) at dump line 51 of 66: the last line is the heading of story 二十二 whose text falls after the cut; kept as the heading it is. The page's `上章 下章` falls after the cut.",
    ],
    open=[
        "Raw 3–51: each line starts with two U+E5E5 (private use), the page's indent. They are removed as leading whitespace; POLICY §1 decodes GBK as GB18030, whose Python codec maps 0xA3A0 to U+E5E5, while browsers (WHATWG) show U+3000, which §4 strips. A cleaner that keeps private-use characters keeps them at the head of 49 lines.",
    ],
)
