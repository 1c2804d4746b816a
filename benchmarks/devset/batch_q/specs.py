# Hand-written decisions for batch q (line numbers count from 1 over the raw file's lines, split
# at \n; every raw is UTF-8 except q02, which is Big5-HKSCS bytes).
# remove: (first, last, rule text); joins: [line, line, ...] glued with nothing;
# inline: {line: [(old, new, rule)]}; subs: ([lines], regex, replacement, rule);
# t2s: convert with OpenCC t2s; notes / open: free text. Written by hand from POLICY and the
# earlier batches' DECISIONS before zhclean was installed or run on any of these pages
# (zhclean was not installed, imported or run at any time for this batch).

NAV = "§3 site navigation (menus, breadcrumb, buttons, tabs)"
LIST = "§3 decided: lists of other articles (run of title-like lines before the start / after the end)"
BARE = "§3 decided: Listing pages / lists by shape: a list of bare titles (no teaser, each with a date or a byline) is a link list and goes, on any page"
TEASE = LIST + ": entries of title + teaser after the article's end (e08 precedent)"
PREV = "§3 上一篇/下一篇: titles of the previous/next articles"
FOOT = "§3 site footer: links, licences, address, hotline, copyright"
DATE = "§3 decided: Dates: a date or time that dates the page, standing alone (with or without a label)"
CTR = "§3 page chrome: counters"
UI = "§3 UI prompt / widget / button"
SHARE = "§3 分享到 / share row"
PROMO = "§3 self-contained promotional block / advertising (the site's own promos, apps, sponsored links)"
TAGS = "§3 decided: Tags and site chrome: a line of bare tags (`標籤`/`關鍵字`)"
SITE = "§3 decided: Tags and site chrome: the site's or section's name standing alone at the head or tail"
DISC = "§3 site copyright / reprint notice printed under every article"
EMPTY = "§3 empty metadata label"
TRAD = "Traditional, converted with OpenCC t2s in the gold (§5)."
SRC_TW = "Saved on 2014-12-13 as unit-test data of ronnywang/newsdiff (BSD), read at 960d7c3."
SRC_HK = "Saved in 2014 as unit-test data of yookoala/newsdiffHK (BSD, a fork of ronnywang/newsdiff), read at 1ffebbc."

S = {}

# q01: 香港文匯報 (paper.wenweipo.com), 人海定格 column, 2014-04-02; raw 32 lines, UTF-8 from Big5
S["q01"] = dict(
    t2s=True,
    remove=[
        (1, 2, NAV + ": search and login fields (`檢索: 帳戶 密碼`), site menu `文匯網首頁 | 檢索 | 加入最愛 | 本報PDF版`"),
        (3, 3, DATE + " (the day's date with its weekday at the page head)"),
        (4, 5, NAV + ": breadcrumb `您的位置： 文匯首頁 >> 人海定格 >> 正文`, buttons 【打印】【投稿】【推薦】【關閉】"),
        (6, 10, LIST + ": the day's five stories of the page (`title (2014-04-02) (圖)`), this one among them (raw 8), before the article's start"),
        (12, 12, "§3 metadata line whose only credit is a URL (`http://paper.wenweipo.com`), with the date `[2014-04-02]` and the button `我要評論`"),
        (21, 26, LIST + ": 相關新聞, the same five titles with dates again after the article's end"),
        (27, 27, NAV + ": buttons 【打印】【投稿】【推薦】【上一條】【回頁頂】【下一條】【關閉】"),
        (28, 28, SITE + " (the column's name `人海定格`)"),
        (29, 32, NAV + ": empty sidebar boxes 點擊排行榜 / 新聞專題 with `更多`"),
    ],
    notes=[
        "Feature in the 人海定格 column of 香港文匯報 (Wen Wei Po, Hong Kong, print edition of 2014-04-02; saved 2014-12-13, URL http://paper.wenweipo.com/2014/04/02/AZ1404020003.htm), **Traditional**, Hong Kong usage (`諗計`, `古靈精怪`): an interview on mediation with two sub-headings. Kept: the title (11), the body with its byline opening `香港文匯報訊（記者  鄭治祖）` (13), the two sub-headings (15 `與法庭外仲裁有不同`, 19 `解開心結  雙方不再鬥氣`: short lines without sentence punctuation before a sentence, §3 decided: Breaks) and every paragraph.",
        "Raw 6–10 and 22–26 list the same five titles of the day's page (the feature and its four side stories), once above the article and once as 相關新聞 below it; the article's own title is among them with a date (8, 24) and stands alone as the headline at 11. The lists go as lists of other articles (by shape and place) even though they name this page's sister items; the headline stays.",
        "Double spaces in the title, byline and headings (`訴訟你死我活  調解共同協商`, `（記者  鄭治祖）`) are folded to one (§4). The page is Big5 (`charset=big5`), decoded as Big5-HKSCS; the raw is written as **UTF-8** because the page's `&nbsp;` entities give U+00A0, which Big5 cannot hold. " + SRC_HK + " " + TRAD,
    ],
)

# q02: 星島日報 即時新聞 (std.stheadline.com), 地產, 2014-12-18; raw 164 lines, Big5-HKSCS bytes
S["q02"] = dict(
    t2s=True,
    enc="big5hkscs",
    enc_name="Big5-HKSCS",
    remove=[
        (1, 3, NAV + ": login fields `用戶` / `密碼`, section menu `香港　國際　中國　經濟　地產　體育　娛樂`"),
        (4, 4, "§3 CMS residue: the page's own file name `20141218h134447.asp` standing alone"),
        (5, 155, BARE + ": the 地產新聞 box, its label and 150 breaking-news titles each with `date (time)` (this story's own entry at raw 25), before the article's start"),
        (157, 157, DATE + " (`2014-12-18 (13:44)`)"),
        (159, 159, NAV + ": pager `上一頁 下一頁`"),
        (160, 164, FOOT + ": sister sites, section menu, copyright with e-mail, advertising and subscription enquiry numbers, policy links"),
    ],
    notes=[
        "Breaking-news page of 星島日報 (Sing Tao Daily, Hong Kong; std.stheadline.com/breakingnews/20141218h134447.asp, 2014-12-18), **Traditional**, Hong Kong property jargon (`沽出`, `承接`, `呎價`, `三梯六伙`): a one-paragraph report of a flat sale. Kept: the headline (156) and the paragraph (158). The article is two lines of a 164-line dump: the rest is a list of 150 property-news headlines with time stamps and the site's chrome.",
        "Raw 156 `康澤花園高層813.8萬成交 (地產)`: the headline with the section's name glued in brackets: kept whole (whole lines only; p01 raw 14 precedent for glued labels).",
        "The raw is written back in **Big5-HKSCS** bytes: the page declares `charset=big5` and uses HKSCS characters outside CP950 (`邨` in 良景邨/山景邨, `叠` in 叠茵庭, `劏` in 劏房: raw 45, 64, 80, 105), so a CP950 reading fails on them; every character of the dump round-trips in Big5-HKSCS (POLICY §1: Big5 is read as Big5-HKSCS/CP950). The only HKSCS characters are in the removed list; the kept lines are plain Big5. " + SRC_HK + " " + TRAD,
    ],
)

# q03: 熱血時報 (passiontimes.hk), 熱血新聞 » 專題, 2013-05-19; raw 93 lines
S["q03"] = dict(
    t2s=True,
    remove=[
        (1, 2, NAV + ": the site's programme menu (`網上全民制憲系統 | 熱血劇場 ONLINE | …`) and breadcrumb `熱血新聞 » 專題`"),
        (3, 53, BARE + ": the 專題 section's 51 titles, each `title (MM/DD/YYYY)` (this article's own entry at raw 50), before the article's start"),
        (65, 65, SHARE + " (`Tweet`)"),
        (66, 71, LIST + ": 相關文章, five bare titles after the article's end"),
        (72, 93, LIST + ": eleven other articles after the article's end, each a bare title over a line `- author [section]` (`- 熱血編輯部 [熱血新聞]`, `- 假啞港女 [專欄部落]`)"),
    ],
    notes=[
        "News feature of 熱血時報 (Passion Times, a Hong Kong online outlet; http://www.passiontimes.hk/article/05-19-2013/3008, 2013-05-19, saved in December 2014: its title list runs to 2014-12-05), **Traditional** with **Cantonese** quotations (`你都咪話唔驚？`, `如果我係中共，我會想多啲人去`): the controversy over the June 4 vigil's slogan `愛國愛民`. Kept: the title (54), the byline line (55), eight paragraphs (56–63) and the photo credit `圖：Atwood Wong` (64, §3: credits printed with the article stay).",
        "Raw 55 `- 熱血編輯部  @ 05-19-2013 / 2 years ago`: the byline carries a credit (the outlet's editorial desk 熱血編輯部) with the date and a relative age computed by the site; kept whole (§3: a metadata line that carries a real name credit stays whole with its time stamp). The dash and spaces stay as printed (edge and inner runs folded, §4).",
        "Raw 3–53 is a run of 51 bare titles with dates before the headline; the headline 54 repeats the title of entry 50 without its date and is kept as the article's title. " + SRC_HK + " " + TRAD,
    ],
    open=[
        "Raw 55: `2 years ago` is a relative time the site computed when the page was saved (page chrome inside a byline line); it stays because the line is kept whole. A cleaner that splits bylines could drop `@ 05-19-2013 / 2 years ago`.",
    ],
)

# q04: TVB 新聞 (news.tvb.com), 財經, 2014-12-08; raw 64 lines
S["q04"] = dict(
    t2s=True,
    remove=[
        (1, 1, DATE + " (`2014年12月13日(六)` at the page head, the day it was saved)"),
        (2, 4, UI + ": the weather widget (temperature `16°C`, humidity `57%`, the Observatory's forecast sentence)"),
        (5, 17, NAV + ": section menu (首頁 頭版 快訊 港聞 … 專題節目 新聞關注)"),
        (18, 19, LIST + ": the 新聞關注 headline `警方下周一早上清除銅鑼灣障礙物` with its date `2014-12-08`"),
        (20, 44, BARE + ": the finance section's 25 bare titles before the article (the last, raw 44, is this story's own title, repeated by the headline line 45 with its time)"),
        (52, 52, CTR + " (`觀看人次:` with nothing after it)"),
        (53, 53, PREV + " (`上一則：國際清算銀行：新興市場脆弱`)"),
        (54, 58, LIST + ": 相關新聞, four titles cut with `...`"),
        (59, 64, FOOT + ": 條款及細則 / Terms of Use / 準則及守則 / Code of ethics / 常見問題 / FAQ"),
    ],
    notes=[
        "Finance news of TVB (香港無綫電視 news.tvb.com/finance/5484d9766db28c6e54000000, 2014-12-08 06:49, saved 2014-12-13), **Traditional**: a six-paragraph preview of the week's US economic data, in broadcast style (`百分之0.4`). Kept: the headline line (45) and the six paragraphs (46–51).",
        "Raw 45 `市料美零售銷售與消費者信心續升　2014-12-08 06:49` is the headline with the publication time glued after a U+3000: kept whole (whole lines only; the U+3000 folds to one space, §4). The bare title at raw 44 just above it is the last entry of the title list 20–44 and goes with the list; were it judged by §3 `Two adjacent identical lines` instead, the longer line (with the time) would stay all the same.",
        "Raw 46 has a space between two sentences (`…進一步上升。 勞工市場…`), kept as one ASCII space (§4; not a paragraph break the raw shows). " + SRC_HK + " " + TRAD,
    ],
    open=[
        "Raw 45: the publication time glued to the headline stays (whole-line rule); a cleaner that strips trailing time stamps from a title line would give the bare title.",
    ],
)

# q05: 中廣新聞網 (bcc.com.tw), 生活, 2014-12-11; raw 94 lines
S["q05"] = dict(
    t2s=True,
    remove=[
        (1, 1, SITE + " (`中國廣播公司全球資訊網`)"),
        (2, 9, NAV + ": network picker `請選擇` and the network's channels (中廣新聞網 中廣流行網 … I go 531 中廣培訓營)"),
        (10, 17, "§3 site navigation widget: the 速報 news ticker, its label and seven one-sentence news flashes of other stories, before the article's start (lists of other articles by place; OPEN below)"),
        (18, 18, NAV + ": breadcrumb `官網首頁 > 中廣新聞網 NewsRadio > 生活`"),
        (20, 20, DATE + " with an empty credit (`2014/12/11 18:58 報導`: the reporter field holds no name)"),
        (21, 22, UI + ": font-size picker `小 中 大` / `字級大小：`"),
        (28, 28, SHARE + " (`分享：`)"),
        (29, 29, CTR + " (`點閱：208次`)"),
        (30, 31, PREV + " (two bare titles after the article: `水利署:明清晨 南部進行人工增雨`, `孫子14歲中風 劉泰英：疑食毒油`)"),
        (32, 35, UI + ": the radio player (now playing `時間：01:02~02:00／節目：新聞大解讀(重播)`, 線上收聽, 節目表, 搜尋)"),
        (36, 66, LIST + ": 點閱排名, ten ranked titles (cut mid-word by the site) each with `點閱：N次`"),
        (67, 89, "§3 site chrome: the sidebar box 收聽頻率, eleven AM frequencies with their areas (the station's reception table, not this article's data)"),
        (90, 94, FOOT + ": reprint notice, address, 廣告業務聯絡, TEL, English address, `Design by NEWMEDIAMAX`"),
    ],
    notes=[
        "Radio news of 中廣新聞網 (Broadcasting Corporation of China, Taiwan; http://www.bcc.com.tw/newsView.2469790, 2014-12-11 18:58, saved 2014-12-13), **Traditional**: a weather report on a cold air mass. Kept: the headline (19) and five paragraphs (23–27).",
        "The body lines carry leading runs of spaces from the page's layout (up to 43) and trailing spaces: stripped (§4). The headline's double space (`明發威  愈晚愈冷`) is folded to one.",
        "Raw 67–89: the frequency table is a table of data, but the station's sidebar, printed on every page, not data this page exists to show (§3 decided: Tables and data keeps the page's own tables). " + SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 11–17: the 速報 ticker's items are whole sentences ending with `。`, not title-like lines, so `lists by shape` does not fit them; they are removed as a navigation widget of other stories placed before the article (its label `速報` names it). A reader could call them short news items of the page.",
    ],
)

# q06: 華視新聞網 (news.cts.com.tw), 綜合, 2014-11-11; raw 106 lines
S["q06"] = dict(
    t2s=True,
    remove=[
        (1, 20, NAV + ": `TOP`, the site menu twice (首 頁 新 聞 戲 劇 …, letters spaced), `華視首頁 | 會員中心 | 加入最愛`, an empty `即時新聞：` ticker label"),
        (22, 22, DATE + " with no named credit (`2014/11/11 12:07 綜合報導 地區：台北市報導`: time stamp, the report type `綜合報導` and the place field; OPEN below)"),
        (23, 23, CTR + " (`點閱 :` with nothing after it)"),
        (24, 25, UI + ": `字級`, `友善列印`"),
        (29, 29, PROMO + ": `【更多新聞詳情請上 - 華視新聞網 】`, a pointer to the site"),
        (30, 30, EMPTY + " (`新聞來源：` with nothing after it)"),
        (31, 31, SHARE + " (`分享至`)"),
        (32, 32, TAGS + " (`超時 法朋 血汗勞工 工作超時`, tab-separated)"),
        (33, 35, PREV + " (`訴願洩個資 李珍妮告衛福部...：上一則` / `│` / `下一則：霸\"道\"送貨車! 遭拍惱羞嗆...`)"),
        (36, 41, LIST + ": 相關新聞, five titles each with `(date time)`"),
        (42, 44, PROMO + ": `◆ 追蹤更多華視影音及圖文新聞：` with Plurk / Twitter follow links"),
        (45, 103, NAV + ": sidebar box headings with `more` (綜合焦點新聞, 新聞性節目, 好吃夯仔內, 主播檔案, 我有話要說) and the 網站地圖 site map"),
        (104, 106, FOOT + ": corporate links, rating notice, copyright with address and hotlines"),
    ],
    notes=[
        "TV news of 華視 (Chinese Television System, Taiwan; http://news.cts.com.tw/cts/general/201411/201411111536296.html, 2014-11-11 12:07, saved 2014-12-13), **Traditional**: a report on overtime at a Taipei bakery. Kept: the headline with its ASCII quotes (21 `超時工作不改 \"法朋\"太血汗!`) and three paragraphs (26–28), each indented with two U+3000 (stripped, §4).",
        SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 22: `綜合報導` (compiled report) is a byline type that names no reporter, and `地區：台北市報導` is the dateline's place; with the time stamp the line is page metadata and goes (§3: dates with a label; a metadata line whose only credit is empty). A reader could keep it as a dateline.",
    ],
)

# q07: 民視新聞 (news.ftv.com.tw), 生活新聞, 2014-12-01; raw 46 lines
S["q07"] = dict(
    t2s=True,
    remove=[
        (1, 2, SITE + " (`video`, a player label, and the network's name `民視FTV電視公司`)"),
        (3, 3, NAV + ": the day's date `2014/12/13 星期六` with `加入最愛│手機版`"),
        (4, 7, NAV + ": section and programme menus, breadcrumb `首頁 > 生活新聞 >`"),
        (9, 12, SHARE + " and widgets (`Link`, `分享`, `Plurk Twitter Facebook`, `轉寄 | 目前字級：`)"),
        (19, 27, TEASE + ": 其它生活新聞, four entries of title + teaser cut with `...更多`"),
        (28, 40, NAV + ": 網站速覽 / 經典回顧, the network's programme and service menus"),
        (41, 46, FOOT + ": network name, corporate links, viewer-service numbers and e-mail, copyright, address"),
    ],
    notes=[
        "TV news of 民視 (Formosa Television, Taiwan; http://news.ftv.com.tw/NewsContent.aspx?sno=2014C01L08M1, 2014-12-01 18:13, saved 2014-12-13), **Traditional**: a steamed-bun shop that turned a profit after the food-safety scandals. Kept: the headline line (8), six paragraphs in broadcast style (13–18), the last ending with the reporters' credit `（民視新聞陳韻平、郭文海台北報導）` (credits printed with the article stay).",
        "Raw 8 `「良心包子」重視食安 虧損2年出頭天2014/12/1 18:13`: the headline with the publication time glued to it without a space; kept whole (whole lines only, as q04 raw 45). Raw 14/15 are separate paragraphs (14 ends with `。`; 15 `讓客人安心，也是…` is a new sentence): not joined.",
        SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 8: the time glued to the headline stays (whole-line rule); here it is glued with no separator at all (`出頭天2014/12/1 18:13`).",
    ],
)

# q08: ETtoday 新聞雲 論壇 (ettoday.net), 2014-12-10; raw 228 lines
S["q08"] = dict(
    t2s=True,
    remove=[
        (1, 76, NAV + ": top links, shopping promos (購物e大道 唐寶寶手工餅乾 聖諭叛魂 東森房屋), the empty `快訊：` ticker, two channel menus (總覽 … 開運 東森遊戲雲 雜誌 ET生活雲), `»` arrows, the 論壇 section menu"),
        (78, 80, NAV + ": tabs 正文 / 網友評論 / 友善列印"),
        (87, 100, LIST + ": fourteen bare titles of other 論壇 columns after the article's end"),
        (101, 102, PROMO + ": two sponsored links `‧【揭秘】…`, `‧【一起幫幫忙】…`"),
        (103, 103, CTR + " and links (`留個言吧! (共 則留言)`, `更多論壇新聞`, `回 ETtoday 首頁`)"),
        (104, 104, DISC + " (`※本文版權所有，非經授權，不得轉載。[ETtoday著作權聲明]※`)"),
        (105, 123, LIST + ": newsletter/RSS links, 論壇 熱門新聞 (the same fourteen titles again), `更多熱門`, the Facebook like prompt, newsletter links again"),
        (124, 125, TAGS + " (`關鍵字` / `： 李武忠, ET論壇, FTA`)"),
        (126, 166, LIST + ": `取得外掛`, 您可能會有興趣的新聞 (five titles), the comment widget's label, 發燒話題 (30 hot keywords on one line), 熱門新聞 (15 numbered titles), 【論壇】最新新聞 (10 numbered titles), `更多` links"),
        (167, 179, PROMO + ": 熱門快報, six promos of title + blurb (gifts, a game, a cartoon, a warrants service, two apps)"),
        (180, 226, FOOT + ": channel menu, the site's self-description, corporate links, copyright with phone"),
        (227, 228, UI + ": the idle notice `本網頁已閒置超過 3 分鐘。…` and `【關閉 X】`"),
    ],
    notes=[
        "Reader's opinion piece in the 論壇 (forum) section of ETtoday 新聞雲 (Taiwan; http://www.ettoday.net/news/20141210/436375.htm, 2014-12-10, saved 2014-12-13), **Traditional**: on regional trade agreements after the 2014 local elections. Kept: the title (77), the author's name standing alone as the byline (81 `李武忠`), four paragraphs (82–85) and the author's note (86).",
        "Raw 86 `●作者李武忠，新北市，博，經濟系教授。本文為網友投稿，言論不代表本報立場。ET論壇歡迎更多參與，投稿請寄editor@ettoday.net`: the author's description printed with the article (a credit), followed on the same line by the section's disclaimer and its call for submissions with an e-mail address; kept whole (whole lines only; the line carries the credit).",
        "Raw 167–179: each promo is a title and a one-line blurb, but they advertise the site's gifts, apps and services, not articles (§3 self-contained promotional blocks go whoever wrote them). " + SRC_TW + " " + TRAD,
    ],
    open=[
        "Raw 86: the disclaimer `言論不代表本報立場` and the call `投稿請寄editor@ettoday.net` are site chrome glued to the author's note; they stay because the line stays whole.",
    ],
)

# q09: TVBS 新聞 旅遊玩家 (news.tvbs.com.tw), 2014-12-02; raw 135 lines
S["q09"] = dict(
    t2s=True,
    remove=[
        (1, 52, NAV + ": site name, the network menu with `|` separators on their own lines, 臉書登入/登出, news categories"),
        (53, 62, LIST + ": ten `‧ ` headlines and promos before the article's start"),
        (63, 63, NAV + ": breadcrumb `TVBS 新聞 > 旅遊玩家 > ​《食尚玩家》…` (ends with the title, which the next line holds alone)"),
        (65, 65, DATE + " (`時間：2014/12/02 13:08`)"),
        (66, 69, TAGS + " (`標籤：` and its three tags 祕魯 / 旅遊 / 食尚玩家, one a line)"),
        (70, 70, CTR + " (`熱門度 :` with nothing after it)"),
        (71, 71, UI + ": `字型大小：小中大特大`"),
        (78, 78, DATE + " (`最近修改：2014-12-02 14:44:21`)"),
        (79, 79, SHARE + " (`分享 :`)"),
        (80, 84, LIST + ": 相關新聞, four bare titles"),
        (85, 135, FOOT + ": TVBS links with `|` lines, sidebar box headings, 熱門新聞索引 (33 hot keywords), corporate links, service line, address, copyright"),
    ],
    notes=[
        "Travel feature in the 旅遊玩家 section of TVBS 新聞 (Taiwan; http://news.tvbs.com.tw/entry/556732, 2014-12-02 13:08, saved 2014-12-13), **Traditional**: the travel-and-food show 食尚玩家 in Peru (sights, dishes such as Cuy, Causa and Ceviche, a tie-in with Peru's trade office). Kept: the title (64), five paragraphs (72–76) and the photo credit `◎照片來源：PROMPERU` (77).",
        "Raw 64 starts with a ZERO WIDTH SPACE (U+200B, the site's, also inside the breadcrumb 63): removed (§1). Raw 76 ends with the show's lucky draw for viewers (`看節目抽大獎`, prizes, `詳情請參考…臉書`): part of the article's paragraph, kept (boilerplate goes as whole lines; the paragraph is the feature's own text).",
        SRC_TW + " " + TRAD,
    ],
)

# q10: 新頭殼 newtalk (newtalk.tw), 要聞 藝文, 2014-10-24; raw 186 lines
S["q10"] = dict(
    t2s=True,
    remove=[
        (1, 8, LIST + ": headline slider (five bare titles), a featured story's title + teaser with `......more`, one more title, before the article"),
        (9, 41, PROMO + ": event and ad boxes (church anniversary, concert, 12年國教 talks, a car, foundation slogans, a school and a book) and the site's channel and document links (慈善社福 … 《自由人宣言》全文, 要聞 線上辯論 泡泡區 …)"),
        (42, 42, DATE + " (`2014年12月13日`, the day the page was saved)"),
        (43, 127, NAV + ": channel menu, 要聞 box (`．文章總覽`, `．分類總覽`, 13 sections of bare titles), 熱門議題, `Apycom jQuery Menus`, breadcrumb `現在位置： 首頁 \\ 要聞 \\ 藝文`, the section name `要聞`"),
        (128, 128, NAV + ": buttons `轉寄好友 | 友善列印`"),
        (129, 134, UI + ": the hidden forward-to-a-friend form: field labels 主旨 / 寄件人 / 收件人 … / 內容 and its message template (`你的朋友  ~`, `從新頭殼-要聞寄了一則新聞與你分享 ~`)"),
        (135, 140, "§3 decided: Teasers: the forward form's copy of the article's start (byline and first two paragraphs, identical to raw 144–146), cut with `... (完整連結如下)`, the page URL `網址： http://newtalk.tw//news/…` and `印完回上頁`: an unlabelled copy of later lines before the body"),
        (142, 142, UI + " (`點擊圖片可瀏覽相關圖片`)"),
        (152, 152, CTR + " (`(0)`)"),
        (153, 159, LIST + ": 相關新聞, six bare titles"),
        (160, 162, NAV + ": `回要聞首頁 / 回藝文要聞`, empty comment box `網友意見` / `目前沒有發表意見!!`"),
        (163, 186, FOOT + ": 網站公告 (job ad), 特別企劃 promos with `..more`, 開講無疆界 and 網文精選 column lists (names and titles), footer links, copyright"),
    ],
    notes=[
        "Culture news of 新頭殼 newtalk (Taiwan online outlet; http://newtalk.tw/news/2014/10/24/52850.html, 2014-10-24, saved 2014-12-13), **Traditional**: the opening of the 2014 Kaohsiung Film Festival, Japanese guests praying for the victims of the Kaohsiung gas explosions. Kept: the headline (141), the photo caption ending with its credit `圖：高雄市政府提供` (143), the byline `新頭殼newtalk2014.10.24 金名/高雄報導` (144: a reporter's name with the date glued, kept whole as a credit) and seven paragraphs (145–151).",
        "The page holds the article's start twice: the print/forward form (129–140, hidden on screen, dumped by the naive dumper) copies the byline and the first two paragraphs word for word before the headline. The copy goes as a teaser before the body that copies later lines (§3); the article's own lines 144–146 stay, so nothing of the article is lost.",
        "Raw 136/145 hold a space after a comma (`首度來台， 2人特別…`): folded like any inner run, not removed (§4 keeps one space). Raw 148 uses half-width corner brackets `｢雄影雲端戲院｣` (U+FF62/FF63) as printed (§1: punctuation is never fixed; t2s leaves them).",
        SRC_TW + " " + TRAD,
    ],
)
