# Hand-written decisions for batch x (line numbers count from 1 over the raw file's lines, split
# at \n; every raw is UTF-8). remove: (first, last, rule text); joins: [line, line, ...] glued
# with nothing; notes / open: free text; t2s: the gold is converted with OpenCC t2s after the
# layout. Written by hand from POLICY and the earlier batches' decisions before zhclean was
# installed or run on any of these pages (zhclean was not installed, imported or run at any time
# for this batch).

NAV = "§3 site navigation (menus, breadcrumb, login/register links, search box, tabs, sidebar boxes of the site's sections)"
FOOT = "§3 site footer: link columns, company data, copyright, ICP / 公网安备 numbers, the site's contact lines"
UI = "§3 UI prompt / widget / button (`分享`, `返回列表`, `设为首页|收藏本站`, `加载更多`)"
COUNTER = "§3 page chrome: counters"
DATE = "§3 decided: Dates: a date/time that dates the page, standing alone (with or without a label, or beside a view counter)"
TAGS = "§3 decided: Tags and site chrome: a line of bare tags / keywords (short tokens, no sentence punctuation)"
LINKS = "§3 decided: Lists of other articles: a run of title-like lines (other articles, with counts or dates) after the article's end"
PREVNEXT = "§3 site navigation: `上一篇/下一篇` with the titles of the previous and next articles"
MARKUP = "§2 leftover markup: lines holding only tags written out as text (`<object id=\"…\">`, `<tbody id=\"q3qix\"></tbody>`; hacked-site injection), nothing else on the line"
CASINO = "§3 whole line of ad keywords (casino: `缅甸银河国际网址`, injected by whoever hacked the site), even in the title position"
GREET = "§3 decided: Tags and site chrome: the site's greeting / name standing alone at the head (`您好!欢迎进入…网站 !`)"
STEEL_NOTE = "A small steel trader's site (天津郎丰达金属制品有限公司, `H型钢` products), saved by opendatalab/MinerU-Webkit's layout-parser tests; the site is hacked: a casino keyword (`缅甸银河国际网址`) stands alone at the head, replaces menu items and the breadcrumb's `首页`, and is glued to line starts; spam markup written out as text ends the page."

X = {}

# x01: 好奇心日报 (qdaily.com) feature; raw 142 lines
X["x01"] = dict(
    remove=[
        (1, 49, NAV + " (site name, 好奇心研究所, 栏目中心, the column menu twice, 全部分类, APP, 登录 退出, 关于我们, 好奇心微信公众号, and the search box's `大家都在搜` with 20 hot words one a line)"),
        (50, 53, "§3 UI prompt / widget: the avatar-upload dialog saved with the page (`上传头像`, `拖拽或者缩放虚线框，生成自己满意的头像`, `预览`, `保存 取消`)"),
        (54, 54, "§3 decided: Tags and site chrome: the article's section label standing alone (`智能`, a `栏目:` field)"),
        (57, 57, COUNTER + " (`74`: the article's comment / like count)"),
        (58, 58, "§3 decided: Teasers: an unlabelled line before the body that copies the body's first sentence, cut off with `...` (`人们对于讨厌的事物总是能很有共同话题...` = the start of raw 60)"),
        (80, 80, "§3 self-contained promotional block of the site: the app-download prompt printed under every article (`喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。`)"),
        (81, 83, TAGS + " (`约会软件`, `Tinder`, `Hater` one a line)"),
        (84, 85, UI + " (`分享至：` and the counter `74`)"),
        (86, 88, LINKS + " (one related article with its section label and counters)"),
        (89, 91, UI + " (the comment box: `评论`, `没有更多啦`, `加载更多`)"),
        (92, 106, LINKS + " (five more articles, each a section label, a title and two counters)"),
        (107, 142, FOOT + " (`登录查看你的好奇心指数`, the site menu again, `下载APP`, `登录 / 注册`, 订阅 微博 微信, 用户协议 … 版权声明, the company, ICP and 公网安备 numbers)"),
    ],
    notes=[
        "Business and culture news site 好奇心日报 (www.qdaily.com), a feature of 2017-03-01 in its 智能 section, Simplified; saved by postlight/parser as the fixture of its custom extractor (the page writes every Chinese character as a numeric character reference, which the parser decodes). Kept: the title (55), the byline with its time stamp (56, `谢若含2017-03-01 14:27:02`), the lead (59: `无法忍受乡村音乐？…不爱自拍？`, the page's own first paragraph, not repeated), the body with its quoted list of topics one a line (60–78) and the picture credit (79 `题图来自 Hater`).",
    ],
    open=[
        "Raw 56 `谢若含2017-03-01 14:27:02` (the author's name glued to the publication time) stays whole as a byline that carries a real name (§3: a metadata line with a name credit and a time stamp beside it stays whole); a reading that treats the time as a date line would have to cut the line.",
        "Raw 62–69 (the quoted topics `“在飞机上睡觉”` … `……`, one a line) are kept as the article's own list, not joined: each is a complete quoted item.",
    ],
)

# x02: 浙江省淡水水产研究所 (research institute portal) news item; raw 98 lines
X["x02"] = dict(
    remove=[
        (1, 51, NAV + " (`内网入口` twice, the institute's menu 首页 … 党群园地 twice with submenus, breadcrumb `首页 >重要信息`)"),
        (53, 54, DATE + " (the day `21` and `2024年02月` on two lines: the item's publication date)"),
        (55, 55, UI + " (`分享`)"),
        (57, 58, UI + " (`返回列表`) and " + NAV + " (the breadcrumb again)"),
        (59, 67, "§3 site navigation: `相关推荐` with five other news items and their dates (§3 decided: Lists of other articles)"),
        (68, 71, "§3 `友情链接` with three government sites"),
        (72, 74, FOOT + " (`联系我们`, the institute's address and phone, `微信公众号`)"),
        (75, 93, FOOT + ": the web agency's credit lines (`网站建设：`, `网站安全由汉博提供`, `蒙特·互联网资深服务商`, `网站建设由蒙特提供` … `OA办公系统开发由蒙特提供`, 19 lines of the agency's keywords)"),
        (94, 95, FOOT + " (`©2025 浙江省淡水水产研究所 浙ICP备14041274-1号`, `Powered by Mountor`)"),
        (96, 98, UI + ": the share-to-WeChat box (`分享到微信朋友圈`, `打开微信，点击底部的\"发现\",`, `使用\"扫一扫\"即可将网页分至朋友圈。`)"),
    ],
    notes=[
        "A provincial research institute's portal (浙江省淡水水产研究所, Huzhou; a public institution under the province's agriculture department), a news item of 2024-02 in its `重要信息` column, Simplified; saved by opendatalab/MinerU-Webkit's converter tests as `zh.html`. Kept: the headline (52) and the one-paragraph report (56).",
    ],
    open=[
        "Raw 72–73: the institute's own address and phone (`浙江省湖州市杭长桥南路999号0572-2045189`) stand in the site's footer box `联系我们`, not in the article: removed as the site's contact lines; the page's subject is the institute, so a reading of §3 decided: Contact lines (a plain contact line the page's own subject gives stays) could keep raw 73.",
        "Raw 75–93 (the web agency's credit lines repeated as keyword spam: `杭州网站建设由蒙特提供`, `移动app开发由蒙特提供` …) are removed as footer credits; they could also be read as ad keyword lines (§3), with the same result.",
    ],
)

# x03: 邯郸市扬帆电子 (office-supply shop) category page; raw 161 lines
X["x03"] = dict(
    t2s=True,
    remove=[
        (1, 16, MARKUP),
        (17, 18, NAV + " (`首頁 辦公設備 網絡設備`, breadcrumb `當前位置: 首頁 > 椅凳類`)"),
        (19, 122, NAV + ": the shop's category tree `所有商品分類` (computer, network, electrical, printing and office equipment, software, supplies, cameras, furniture …, 103 lines)"),
        (123, 127, UI + " (`瀏覽歷史`, `商品篩選`, the brand filter `品牌： 全部 木森 鴻業`, `商品列表`, `顯示方式：`)"),
        (128, 134, "§3 decided: Listing pages: the category's seven products as bare names (`活動椅`, `折疊沙發`, … `辦公椅`), no description, price or teaser: a list of bare titles"),
        (135, 135, "§3 decided: Listing pages: pager / record count (`總計 7 個記錄`)"),
        (136, 144, FOOT + " (`公司簡介 聯系我們`, the company's address and phone, ICP and 公網安備 numbers, `© 2007-2018 技術支持:即通優服`, opening hours `我們營業的時間` / `9:00-18:00`, two QQ numbers, `服務熱線: 0310-5514011`)"),
        (145, 145, "§3 whole line of ad keywords (porn titles injected into the hacked page: `精品无码一区二区三区_性XXXX视频播放免费_…`)"),
        (146, 161, MARKUP),
    ],
    notes=[
        "An office-supply shop's category page (邯鄲市揚帆電子有限責任公司, Handan; category 椅凳類), Traditional (a Simplified shop served in Traditional script; t2s would apply), saved by opendatalab/MinerU-Webkit's image-recognizer tests as `unescape_img.html`. **Empty gold (dropped)**: the page's own list is seven bare product names (§3 decided: Listing pages, as w09/w10); the rest is the category tree, filters, footer, an injected line of porn titles and 32 lines of injected tags written out as text (the site is hacked).",
    ],
    open=[
        "Raw 137 and 141–144 (the shop's address, phone, opening hours, QQ numbers, hotline) are the site's footer contact lines, removed; the page's subject is the shop itself, but no article or product text stands beside them.",
    ],
)

# x04: whatsknow.com (blog) post: a day's global economic calendar; raw 145 lines (cut from 163)
X["x04"] = dict(
    remove=[
        (1, 40, NAV + " (blog name `知识是一种生活方式` three times, search box, the theme widget `夜间模式暗黑模式 字体 … 主题色 0%`, menu 首页 … 记录, `文章目录 站点概览`, the counters `571 文章 13 分类 299 标签`, the category list with counts, the tag cloud with counts)"),
        (42, 42, DATE + " (`2020-10-17 22:15`)"),
        (43, 51, COUNTER + ": the post's meta row one part a line (`|`, views `270`, comments `0`, the category `实事分析` (§3 decided: `所属分类:`/`栏目:` fields), `2793 字`, `13 分钟`)"),
        (144, 144, "§3 two adjacent identical lines become one (raw 144 = raw 143, a table row printed twice)"),
    ],
    notes=[
        "A personal blog (知识是一种生活方式, whatsknow.com; WordPress with the Argon theme), a post of 2020-10-17 reproducing the day's global economic calendar, Simplified; saved by opendatalab/MinerU-Webkit's converter tests as `text.html` (the page declares no usable charset: `charset=` is empty; it is UTF-8). Kept: the title (41), the table's heading (52, the title's first part, not identical to it), the table's header row (53) and its rows (54–145): §3 decided: Tables and data (the rows the page exists to show). The times in the table's first column are facts of the events (§3 decided: Dates), not dates of the page.",
        "The raw is cut (rule as batch v) at dump line 145 of 163, inside the table.",
    ],
    open=[
        "Raw 144 repeats raw 143 exactly (`01:00 巴西 巴西中央银行经济活动指数(IBC-Br)(%)(八月) 1.06% 2.15% 1.60%`): removed under the adjacent-duplicate rule of §3, although it is a row of the data table (§3 decided: Tables and data); other rows repeat non-adjacently (54/60, 67/69 …) and stay.",
    ],
)

# x05: 天津郎丰达金属制品 (steel trader) product page; raw 68 lines
X["x05"] = dict(
    remove=[
        (1, 1, CASINO),
        (2, 2, GREET),
        (3, 11, NAV + " (`设为缅甸银河国际网址|收藏本站`, the menu with two items replaced by the casino keyword)"),
        (12, 12, TAGS + " (`热门关键词: H型钢 镀锌H型钢 …`)"),
        (13, 23, NAV + ": the sidebar `栏目导航` with five product groups, each followed by a line of its product names (`H型钢 H型钢 H型钢 …`, keyword lists)"),
        (24, 30, NAV + ": the sidebar contact box of the site (`联系我们`, `服务热线`, the phone numbers one a line, `联系人：李经理`, `电话：…`, `手机：…`)"),
        (31, 31, NAV + " (breadcrumb `当前位置：缅甸银河国际网址 > 产品中心 > 焊接H型钢`)"),
        (33, 33, DATE + " (`浏览：206 发布日期：2019-03-14 16:11:03`: a view counter and the publication time)"),
        (56, 56, "§3 decided: Contact lines: a call to action with a contact (`官网ww787000.com想了解更多关于H型钢的信息，请持续关注天津众通联金属材料有限公` , cut off by the page)"),
        (57, 58, PREVNEXT),
        (59, 62, FOOT + " (the footer menu with the casino keyword, contact line, copyright, the site's SEO blurb `天津郎丰达金属材料有限公司批发H型钢…批发电话022-85103518`)"),
        (63, 68, MARKUP),
    ],
    notes=[
        STEEL_NOTE + " This page (Simplified) is a product page `焊接H型钢价格` of 2019-03. Kept: the title (32), the product text (34), the heading `焊接H型钢价格都多少呢` (35), the price table's header rows and nine rows (36–46: §3 decided: Tables and data; raw 37 holds the header cell `价格单位` pushed to a second row), the properties with their `◆` items (47–54) and the company paragraph with its hotline (55: a plain contact line inside the company's own product text, §3 decided: Contact lines).",
    ],
    open=[
        "Raw 55 names another company (`天津众通联金属材料有限公司`) than the site's owner and ends with `服务热线：022-85103518`: kept as the product text's own paragraph (the page's subject gives the contact), though it reads as a sales pitch copied between sites.",
        "Raw 56 (`官网ww787000.com想了解更多…请持续关注…有限公`) is removed as a call to action with a contact (the site's URL); it is the product text's closing line and the domain may be the hacker's, so a reading that keeps the author's last line would keep it (when unsure, keep: here the call to action decided).",
        "Raw 37 (`价格单位` alone, a header cell the table's markup put on its own row) is kept as a row of the table, not joined to raw 36.",
    ],
)

# x06: 天津郎丰达金属制品 (steel trader) company-news article, Traditional; raw 38 lines
X["x06"] = dict(
    t2s=True,
    remove=[
        (1, 1, CASINO),
        (2, 2, GREET),
        (3, 3, UI + " (`設為首頁|收藏本站`)"),
        (4, 12, NAV + " (the menu, `熱門關鍵詞: H型鋼 鍍鋅H型鋼 …` (§3 decided: Tags))"),
        (13, 15, NAV + " (sidebar `欄目導航`: `行業資訊`, `公司新聞`)"),
        (16, 22, NAV + ": the sidebar contact box of the site (`聯系我們`, `服務熱線`, phone numbers, `聯系人：李經理`, `電話：…`, `手機：…`)"),
        (23, 23, NAV + " (breadcrumb `當前位置：首頁 > 新聞中心 > 公司新聞`)"),
        (25, 25, DATE + " (`瀏覽：167 發布日期：2019-04-25 11:42:00`: a view counter and the publication time)"),
        (33, 34, PREVNEXT),
        (35, 38, FOOT + " (the footer menu, contact line, `缅甸银河国际网址Copyright @ 2017 天津郎豐達金屬制品有限公司 All Rights Reserved。`, the site's SEO blurb)"),
    ],
    subs=[
        ([28, 30], r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", "§1 control characters removed (runs of U+0005–U+0008 inserted between the characters, a copy-protection watermark: 85 in raw 28, 40 in raw 30)"),
    ],
    notes=[
        STEEL_NOTE + " This page is the site's Traditional version (the Simplified text converted character by character, `制`, `復雜` as served) of a company-news article `H型鋼的利用率是什么` of 2019-04; the title is written as numeric character references in the page's `<title>`. Kept: the title (24), the article with its heading `H型鋼具有以下特點` and four numbered points (26–32). Gold converted with t2s (§5).",
    ],
    open=[
        "Raw 28 and 31 begin with the injected casino keyword glued to the paragraph (`缅甸银河国际网址　　1。 截面經濟合理…`, `缅甸银河国际网址　　4.生產中還可…`): kept whole. §3 removes ad keywords as whole lines only, never from inside a sentence; here the keyword is a prefix before the paragraph's own indent, so a cleaner that strips a leading injected keyword would give `1。 截面…` / `4.生產中…` instead.",
    ],
)
