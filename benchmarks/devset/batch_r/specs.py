# Hand-written decisions for batch r (line numbers count from 1 over the raw file's lines, split
# at \n; every raw is UTF-8 except r07 and r08, which are Big5 (CP950) bytes).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was installed or run on any of these pages
# (zhclean was not installed, imported or run at any time for this batch).

NAV = "§3 site navigation (menus, breadcrumb, buttons, tabs)"
LIST = "§3 decided: lists of other articles (run of title-like lines before the start / after the end)"
BARE = "§3 decided: Listing pages / lists by shape: a list of bare titles (no teaser, each with a date, a time or a count) is a link list and goes, on any page"
TEASE = LIST + ": entries of title + teaser (e08, q07 precedent)"
FOOT = "§3 site footer: links, licences, address, hotline, copyright"
DATE = "§3 decided: Dates: a date or time that dates the page, standing alone (with or without a label)"
CTR = "§3 page chrome: counters"
UI = "§3 UI prompt / widget / button"
SHARE = "§3 分享到 / share row"
PROMO = "§3 self-contained promotional block / advertising (the site's own promos, apps, calls to submit or follow)"
TAGS = "§3 decided: Tags and site chrome: a line of bare tags (`關鍵字`/`主題標籤`)"
SITE = "§3 decided: Tags and site chrome: the site's or section's name standing alone at the head or tail"
DISC = "§3 site notice printed under every article (disclaimer / reprint notice)"
COMM = "§3 UI: the comment widget's labels, sort tabs and count, no comment in it"
TRAD = "Traditional, converted with OpenCC t2s in the gold (§5)."
SRC_TW = "Saved on 2014-12-12/13 as unit-test data of ronnywang/newsdiff (BSD per README), read at 960d7c3."
SRC_HK = "Saved on 2014-12-26 as unit-test data of yookoala/newsdiffHK (BSD per README, a fork of ronnywang/newsdiff), branch new_src, read at ab6970e."
BITE = (
    "Soundbite lines (the transcript of what an interviewee says on camera, one subtitle a line, no "
    "punctuation) are kept one a line, not joined: they end at word boundaries with no comma, so §3 "
    "decided: Breaks and §4 (a short line with no sentence punctuation is not glued to its "
    "neighbours) keep them apart, and gluing them with nothing would fuse separate utterances "
    "(`研究到現在這些醫學群`). The `==name title==` line before each bite is the speaker's caption "
    "printed with the article and stays"
)

S = {}

# r01: 蘋果日報 即時新聞 (appledaily.com.tw), 財經, 2014-12-12; raw 68 lines
S["r01"] = dict(
    t2s=True,
    remove=[
        (1, 2, SITE + " (`This is a part of NextMedia`, `蘋果日報 | APPLE DAILY`)"),
        (3, 5, NAV + ": edition links `台灣 香港`, the empty counter `昨日瀏覽量 :`, `蘋果日報自律委員會 Nextmedia`"),
        (6, 26, NAV + ": the real-time news menu (動即時 最新 推薦 … 論壇 陣線), one item a line"),
        (29, 31, UI + ": font size `字級：` / `最小字型 預設 最大字型`, share row `分享到 Facebook …`"),
        (32, 32, DATE + " (`2014年12月12日13:47`)"),
        (37, 41, PROMO + ": `＜＜即時新聞動起來＞＞`, 【動即時】 and 【蘋論陣線】 channel promos, the call `有話要說 投稿「即時論壇」` with its e-mail address"),
        (42, 42, CTR + " (`人氣(3840) 轉寄 (0) 引用 (0)`)"),
        (43, 43, PROMO + ": two video promos cut with `...` (`【動新聞】財經Showgirl...`)"),
        (44, 50, LIST + ": 推薦閱讀, six bare titles after the article's end"),
        (51, 62, BARE + ": 娛樂最 Hot / 人氣, five titles cut with `...` each over its view count"),
        (63, 68, FOOT + ": Facebook fan-page box, `回到最上面`, service links, corporate links, copyright"),
    ],
    notes=[
        "Real-time finance news of 台灣蘋果日報 (Apple Daily Taiwan; http://www.appledaily.com.tw/realtimenews/article/finance/20141212/523056/, 2014-12-12 13:47, saved 2014-12-12), **Traditional**: arabica coffee futures fall into a bear market. Kept: the headline (27), the photo caption with its agency credit `…大漲59%。路透` (28, §3: captions and credits stay), four paragraphs (33–36), the last ending with the reporter's credit `（劉利貞／綜合外電報導）`.",
        "The site's lines carry long runs of spaces (layout indentation): stripped and folded (§4). " + SRC_TW + " " + TRAD,
    ],
)

# r02: NOWnews 今日新聞 (nownews.com), 大陸 / 花生網 歷史探密, 2014-12-05; raw 336 lines
S["r02"] = dict(
    t2s=True,
    remove=[
        (1, 1, NAV + ": breadcrumb `NOWnews 今日新聞 > 大陸 > 歷史探密／揭！`"),
        (2, 15, NAV + ": 電子報 | RSS | 行動隨身袋 | 下載專區 tool bar, app links, `設為首頁`, `|` on their own lines"),
        (16, 29, UI + ": the horoscope picker `今日星座: [ 射手座▼]`, twelve signs, `【設定▼】`"),
        (30, 195, NAV + ": the channel mega-menu (新聞 政治 … 科技, 166 items one a line, `-----` separators)"),
        (196, 207, BARE + ": 頭條新聞 / `速報>>`, ten breaking-news titles each with `(HH:MM)`, before the article's start"),
        (209, 209, SITE + " (`NOWnews.com 今日新聞網`)"),
        (210, 210, DATE + " (`2014年 12月 05日 19:21`)"),
        (221, 221, "§3 decided: Listing pages: pagers (`1 2 >`) go"),
        (222, 222, TAGS + " (`關鍵字: 花生網 歷史探密 康熙 …`)"),
        (223, 240, LIST + ": `最新`, seventeen bare titles of the section (one twice) after the article's end"),
        (241, 249, LIST + ": 延伸閱讀, eight `．` titles"),
        (250, 251, UI + ": `關閉 展開`; app promo `5TV雲端電視 | 下載 iPhone版 | … | ▲Top`"),
        (252, 252, COMM + " (`網友回應`)"),
        (253, 269, BARE + ": 大陸最多瀏覽, sixteen `．` titles each with `(MM/DD HH:MM)`"),
        (270, 278, PROMO + ": NOWnews 推薦 / 頻道熱門推薦, six promoted titles (a horoscope, a camera, a necklace, a casting call) and `更多大陸`"),
        (279, 294, BARE + ": the same sixteen titles shortened, each with `(MM/DD HH:MM)`"),
        (295, 298, TEASE + ": 頻道推薦, a title + teaser cut off, `more >>`"),
        (299, 312, LIST + ": 熱門旅遊行程 (empty), 熱門關鍵字, twelve numbered keywords"),
        (313, 336, FOOT + ": NOWnews 精選 / 優質頻道, 網站總覽 | 我要投稿 | … links one a line with `|`, copyright"),
    ],
    notes=[
        "History feature in NOWnews 今日新聞 (Taiwan; http://www.nownews.com/n/2014/12/05/1529819, 2014-12-05 19:21, saved 2014-12-13), **Traditional**, a reprint (`根據第九文化報導`) that keeps some mainland forms (`前后`, `后來`, `逝世后`): the relation between the Kangxi emperor and the maid 蘇麻喇姑. Kept: the title (208), the photo caption standing alone `蘇麻喇姑。` (211, §3: captions stay), the desk byline `大陸新聞中心／綜合報導` (212: a credit printed with the article; the desk names the reporting team) and eight paragraphs (213–220).",
        "Raw 221 `1 2 >` shows the page is page 1 of a paged article; the raw holds page 1 only, and the gold is what page 1 holds (the pager goes).",
        "Raw 210 holds NBSPs (U+00A0) from the page's `&nbsp;`: the line goes anyway. " + SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 212 `大陸新聞中心／綜合報導`: a desk credit with the report type `綜合報導` and no reporter's name, standing alone under the caption; kept as a byline (credits printed with the article stay). q06 removed `綜合報導` where it stood in a time-stamp line with no name (a metadata line); here there is no time stamp, and the desk is named.",
    ],
)

# r03: 公視新聞網 (news.pts.org.tw), 醫療, 2014-12-12; raw 26 lines
S["r03"] = dict(
    t2s=True,
    remove=[
        (1, 1, UI + " (`Loading`)"),
        (2, 2, NAV + ": breadcrumb `公視新聞網 / 醫療`"),
        (26, 26, DATE + " with the newscast's name (`(2014-12-12 12:00) 中晝新聞`: the time stamp and the programme the story aired in, no credit)"),
    ],
    notes=[
        "TV news of 公視 (Public Television Service, Taiwan; http://news.pts.org.tw/detail.php?NEENO=285779, 2014-12-12 12:00, saved 2014-12-13), **Traditional**: a 14-year-old's stroke and whether tainted oil caused it. Kept: the headline (3), four narration paragraphs (4, 5, 12, 24), three speakers' captions `==台綜院創辦人 劉泰英==` (6, 13, 17) each over its soundbite lines (7–11, 14–16, 18–23), and the reporters' credit `記者賴淑敏 蔣龍祥 台北報導` (25).",
        BITE + ".",
        "Raw 3 and 26 end with runs of spaces and tabs, raw 5, 12 and 24 start with a space: stripped (§4). The page is a broadcast script: the lead (4) and the first paragraph (5) tell the same facts twice in different words (`今年初腦中風` / `今年初在學校突然昏倒`): both are the author's, both stay. " + SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 7–11, 14–16, 18–23: the soundbite lines stay one a line (no join). A reader could join each bite into one paragraph with spaces; POLICY joins a broken sentence with nothing, which would fuse the utterances, so the lines are left as printed.",
        "Raw 26: the newscast name `中晝新聞` beside the time stamp is a programme label, not a credit; the line goes as a date line.",
    ],
)

# r04: 公視新聞網 (news.pts.org.tw), 生活財經, 2014-12-12; raw 28 lines
S["r04"] = dict(
    t2s=True,
    remove=[
        (1, 1, UI + " (`Loading`)"),
        (2, 2, NAV + ": breadcrumb `公視新聞網 / 生活財經`"),
        (28, 28, DATE + " with the newscast's name (`(2014-12-12 19:00) 晚間新聞`, no credit)"),
    ],
    notes=[
        "TV news of 公視 (Public Television Service, Taiwan; http://news.pts.org.tw/detail.php?NEENO=285812, 2014-12-12 19:00, saved 2014-12-13), **Traditional**: an old man dies in a fire in Miaoli, a man found dead in Chiayi on a cold morning. Kept: the headline (3), five narration paragraphs (4, 5, 9, 15, 26), four speakers' captions (`==警消人員==`, `==村長 范聖達==`, `==死者親友==`, `==救護人員==`: 6, 10, 16, 21) each over its soundbite lines (7–8, 11–14, 17–20, 22–25), and the report's credit `台中 嘉義 綜合報導` (27).",
        BITE + " (as r03). Raw 7 and 17 keep their own characters as printed (`火舌就很竄啊`, `可能進去(浴室)洗澡` with ASCII brackets); raw 4 keeps the typo `發生大小` (for 大火): fixing words is no cleaning.",
        SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 27 `台中 嘉義 綜合報導`: places and the report type, no reporter's name, standing alone at the end of the story; kept as the article's own dateline credit (as r03 raw 25 `記者… 台北報導`). q06 removed `綜合報導 地區：台北市報導` inside a time-stamp line; with no time stamp here it is not page metadata.",
        "Soundbite lines kept one a line, as r03.",
    ],
)

# r05: 三立新聞網 (setn.com), 政治社會, 2014-10-25; raw 207 lines (cut from 304)
S["r05"] = dict(
    t2s=True,
    remove=[
        (1, 8, NAV + ": search scope `全文 / 標題`, channel links (三立財經CH88在哪裡, 三立官網, 節目表, 回首頁 …)"),
        (9, 112, LIST + ": eight section boxes before the article's start (娛樂星聞, 政治社會, 生活消費, 吃喝玩樂, 兩岸國際, 科技新奇, 財經證券, 名家專欄), each a title + teaser cut with `...` followed by nine titles with their times and `看更多➤➤`"),
        (113, 115, NAV + ": tabs `新聞總覽` / `節目影音`, breadcrumb `首頁 > 政治社會 >`"),
        (117, 117, DATE + " with the print button (`2014/10/25 19:55:00 友善列印`)"),
        (118, 123, UI + ": `影音訂閱:` with two channel names, font size `小字 中字 大字`"),
        (130, 131, NAV + ": `上一頁` / `下一頁`"),
        (132, 133, COMM + " (`我要留言 (共` / `則留言)`: the count is empty, the label broken over two lines)"),
        (134, 143, LIST + ": 延伸閱讀, nine bare titles after the article's end"),
        (144, 144, DISC + " (`✤本文為「名家專欄」投稿文章，言論與圖片皆不代表本站立場；三立新聞網歡迎民眾投稿…`: the template's column disclaimer and call for submissions, printed under a reporters' story; OPEN below)"),
        (145, 145, "§3 metadata line whose only credit is a URL (`來源網址：http://www.setn.com/News.aspx?NewsID=45500`)"),
        (146, 151, SHARE + " and promos (channel numbers, 爆料, 投稿, `分享：`, `← 在WeChat上關注我們`)"),
        (152, 155, LIST + ": 你可能會感興趣的新聞, three bare titles"),
        (156, 161, TAGS + " (`關鍵字：` and five tags, one a line)"),
        (162, 174, LIST + ": two bare titles, 政治社會熱門新聞 with ten numbered titles"),
        (175, 175, COMM + " (`讀者留言`, the comment box's heading; the box is empty)"),
        (176, 207, TEASE + ": 頭條新聞 (a title + teaser and four titles marked `✚`), 精彩節目 / 新台灣加油 / 戲劇 / 綜藝 / 新聞專題 programme promos, each a title over a teaser (the dump is cut at raw 207, inside this sidebar)"),
    ],
    notes=[
        "TV network's news of 三立新聞網 (SET News, Taiwan; http://www.setn.com/News.aspx?NewsID=45500, 2014-10-25 19:55, saved 2014-12-13), **Traditional**: the debts the 頂新 (Ting Hsin) group leaves in Taiwan after the tainted-oil scandal. Kept: the headline (116), the byline `記者潘照文、張逸民／台北報導` (124) and five paragraphs (125–129), the last ending with the editor's credit `（整理：實習編輯劉彥璇）` (credits printed with the article stay). Every body line starts with a tab: stripped (§4).",
        "The dump is over the cut rule (6,185 visible characters): cut at raw 207 of 304 (make_raw_r.py), inside the right-hand sidebar after the article; the cut part is programme promos, an anchors' fan-page box, a poll, the footer and the programme menu.",
        "The raw holds the page's own typos (`債物累累`, `屈時`, `魏應交`, `康師父` in the tags): kept where they are in kept lines. " + SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 144: the column disclaimer is the site template's, printed under this reporters' story (it calls it a `名家專欄` contribution); removed as a site notice standing alone (q08 kept such a disclaimer only because it was glued to the author's note).",
    ],
)

# r06: 風傳媒 (stormmediagroup.com), 新聞 國際, 2014-12-13; raw 73 lines
S["r06"] = dict(
    t2s=True,
    remove=[
        (1, 10, NAV + ": site name with `設為首頁`, the menu (新聞 調查 評論 …), 登入 | RSS訂閱 | 我要爆料, the sub-menu with promoted topics"),
        (11, 21, BARE + ": 最多人閱讀, ten bare titles before the article's start"),
        (22, 32, BARE + ": 最多人分享, ten bare titles"),
        (33, 33, NAV + ": breadcrumb `首頁> 新聞> 國際`"),
        (35, 35, UI + " (`產生縮網址`, make a short URL)"),
        (37, 39, SHARE + " and widgets (`Tweet`, `列印`, font sizes `A A A A`)"),
        (47, 47, PROMO + " (`立即下載風傳媒APP，世界脈動在你手中！`)"),
        (48, 51, SHARE + " and prompts (`Tweet`, `列印`, `想追蹤的最新消息?`, `如果您喜歡我們的報導，請幫我們按個讚！`)"),
        (52, 57, LIST + ": 熱門新聞, five bare titles after the article's end"),
        (58, 61, COMM + " (`我要留言`, `選擇登入帳號`, sort tabs `最熱門 最新 最舊 最多回應`, `0則留言`)"),
        (62, 68, FOOT + ": APP下載, RSS訂閱, 我要爆料, 廣告刊登, 合作夥伴, site links, copyright"),
        (69, 73, UI + ": the hidden forms `公民記者` (its call `你也有不吐不快的意見與看法，歡迎透過下列的表單與我們的編輯室聯繫...`) and `轉寄給朋友…`, each with `傳送`"),
    ],
    notes=[
        "Wire-based international finance news of 風傳媒 (Storm Media, Taiwan; http://www.stormmediagroup.com/opencms/news/detail/048c71d1-8268-11e4-b7fe-ef2804cba5a1/ (the README's URL is cut after `?uuid=`), 2014-12-13 09:33, saved 2014-12-13), **Traditional** with mainland wire wording (`報收於`, `發佈`): oil prices drag down US and European stocks. Kept: the headline (34), the byline line (36) and seven paragraphs (40–46) with the indices' figures (the article's own data).",
        "Raw 36 `編譯中心 2014年12月13日 09:33 237 點擊數` (runs of spaces and tabs folded): the desk credit 編譯中心 (the translation desk) with the publication time and a view counter; kept whole (§3: a metadata line that carries a credit stays whole with its time stamp; q03 raw 55 `熱血編輯部 @ date / 2 years ago` precedent). See OPEN.",
        SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 36: the credit is a desk, not a person, and the line also carries a view counter (`237 點擊數`, page chrome by §3). Kept whole on the q03 precedent (a desk credit); a cleaner that judges only named people as credits would drop the line as a time stamp with a counter.",
        "Raw 58–61: the comment section is a widget with no comment in it (`0則留言`), so there is no comment text to keep.",
    ],
)

# r07: 台視新聞 (ttv.com.tw), 產業新聞, 2014-12-12; raw 238 lines, Big5 (CP950) bytes
S["r07"] = dict(
    t2s=True,
    enc="cp950",
    enc_name="Big5 (CP950)",
    remove=[
        (1, 1, "§2 leftover markup: the page's CSS (`body { MARGIN: 0 0 0 0; } #NewsTopText {…`) as text (the page's `<style type=\"text/css\" />` closes itself, so its rules became text)"),
        (2, 32, NAV + ": `台視首頁 節目▼`, the programme mega-menu (戲劇節目 純純 徵婚啟事 … 休閒節目 愛玩咖), `台視新聞 娛樂新聞 台視財經 新聞報馬仔 RSS`"),
        (33, 198, BARE + ": the news mega-menu, thirteen section headings (政治 財經 社會 … 影音 更正) each over ten bare titles, before the article's start"),
        (199, 201, NAV + ": `新聞更正與澄清`, the site and section names `台視新聞` / `產業新聞` (breadcrumb)"),
        (203, 203, DATE + " (`2014/12/12&nbsp;`)"),
        (204, 208, UI + ": buttons `回應()`, `列印`, `轉寄`, `討論`, `推薦▼`"),
        (209, 210, PROMO + ": the 推薦▼ menu's two programme promos (`美麗大變身-徵婚造型票選活動`, `再說一次我願意 最佳情侶你來配對`)"),
        (213, 213, TAGS + " (`主題標籤：#年終&nbsp;&nbsp;#獎金…`: `#tag` tokens)"),
        (214, 222, LIST + ": 更多產業新聞, eight bare titles after the article's end"),
        (223, 224, "§3 advertising label `【ADVERTISEMENT】` and the Facebook comment box's heading, the headline again in brackets (`【年終平均1.38月 …】`; the box itself is empty, a script)"),
        (225, 234, LIST + ": 熱門關鍵字 (empty), 熱門影音, eight bare titles"),
        (235, 238, FOOT + ": site links with `│`, copyright with `&copy;`, address and hotlines, `▲回到頂端`"),
    ],
    notes=[
        "TV news of 台視 (Taiwan Television; http://www.ttv.com.tw/103/12/1031212/10312120017000I.htm, 2014-12-12, saved 2014-12-13), **Traditional**, **Big5** page: year-end bonuses and company parties. Kept: the headline (202, its three parts separated by U+3000, each folded to one space, §4) and two paragraphs (211, 212).",
        "Raw 212 writes its figures in full-width digits with `。` as the decimal point (`１。３８個月`, `２０１４`, `５成四`): kept as received (§5: punctuation width is kept; §3: fixing words is quality filtering).",
        "The raw is **Big5 (CP950) bytes**, the page's own encoding (`charset=big5`); the page's `&nbsp;` and `&copy;` are written back as those entities, because Big5 has no U+00A0 or U+00A9 (make_raw_r.py): they stand in raw 2, 32, 203, 213, 235 and 236, all removed lines. The dump is not cut (NOCUT): its 5,724 visible characters pass the cut rule, but the 200-line menu comes first and the cut would fall inside the body (raw 212). " + SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 224: the headline printed again in brackets as the heading of the (empty, script-filled) Facebook comment box, 22 lines after the headline; removed with the widget. It is not adjacent to the headline, so the duplicate rule does not decide it; nothing of the article is lost.",
    ],
)

# r08: 香港電台 (rthk.hk), 即時新聞, 2014-12-25; raw 8 lines, Big5 (CP950) bytes
S["r08"] = dict(
    t2s=True,
    enc="cp950",
    enc_name="Big5 (CP950)",
    remove=[
        (2, 2, DATE + " (`2014-12-25 HKT 22:40`)"),
        (6, 6, SHARE + " (`分享工具`)"),
        (7, 7, NAV + " (`&raquo;香港電台新聞主頁 &nbsp;`, the link to the news home page)"),
        (8, 8, FOOT + " (`&copy; 2014 rthk.hk`)"),
    ],
    notes=[
        "Breaking news of 香港電台 (RTHK, Hong Kong; http://rthk.hk/rthk/news/expressnews/20141225/news_20141225_55_1064208.htm, 2014-12-25 22:40, saved 2014-12-26), **Traditional**, Hong Kong usage (`螺絲批`, `電單車`, `保釋候查`), **Big5** page: an off-duty policeman arrested for attempted theft from a vehicle. Kept: the headline (1) and three paragraphs (3–5).",
        "**Spaced characters**: the page itself prints every character, digit group and punctuation mark of the title and body with a space between (`一 名 休 班 警 涉 嫌 …`, `30 歲`): kept as they are (§4: characters spaced out by extraction are left as they are; removing the spaces would change the author's text as printed); only edge whitespace is stripped and inner runs are folded to one space (§4). OpenCC t2s converts each character alone (no phrase spans a space): its output stands (§5).",
        "The raw is **Big5 (CP950) bytes**, the page's own encoding; `&raquo;`, `&nbsp;` and `&copy;` stand written as entities in raw 7 and 8 (make_raw_r.py), both removed. RTHK's English page of the same crawl (1064247) was left out (English text). " + SRC_HK + " " + TRAD,
    ],
    open=[
        "Spaced characters kept: a cleaner that closes the spaces between CJK characters would give `一名休班警涉嫌企圖車內盜竊被捕`; POLICY §4 leaves spaced characters as they are, and this gold follows it.",
    ],
)
