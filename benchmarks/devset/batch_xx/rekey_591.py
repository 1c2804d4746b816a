#!/usr/bin/env python3
"""Re-keyed reduced HTML of g0v/tw-rental-house-data
scrapy-tw-rental-house/tests/fixtures/detail_591.html (index commit 7bd212b5...):
the page was read with the search tool's read_file (the repository snapshot that fetch
gives predates this fixture) and re-keyed by hand with the same element nesting and the
same text nodes; attributes, images, SVG icons, comments and the __NUXT__ script left out.
The page is minified (no whitespace between tags), so none is added here."""
NBSP = "\u00a0"
def ul(*items, cls=""):
    return "<ul>" + "".join("<li><a>%s</a></li>" % i for i in items) + "</ul>"
def gi(*items):
    return '<div class="group-item">' + ul(*items) + "</div>"
decor = ('<div class="wrapper-list"><p class="wrapper-title"> 裝修服務 <span class="design-100"></span></p>'
         '<div class="group-item"><div class="desc"><a><img><div class="swiper">'
         '<div class="vertical-scroll-inner"><p>領取報價清單</p><p>已超過10萬人領取</p></div>'
         '<div class="vertical-scroll-inner clone"><p>領取報價清單</p><p>已超過10萬人領取</p></div>'
         '</div></a></div><p class="links"><a>瀏覽海量圖庫</a><a>查看實用攻略</a></p></div></div>')
def hw(inner):
    return '<div class="header-wrapper"><div class="header-wrapper-container">' + inner + "</div></div>"
nav = "".join([
    '<div class="home nav-item"><a>首頁</a></div>',
    '<div class="newhouse nav-item"><a>新建案</a>' + hw(
        '<div class="wrapper-list sale-list"><p class="wrapper-title"> 銷售中新建案 </p>'
        + gi("所有新建案", "預售屋", "最新公開銷售", "新成屋", "捷運宅", "高檔住宅") + "</div>"
        '<div class="wrapper-list"><p class="wrapper-title"> 建築/代銷公司 </p>'
        '<p class="house-detail"> 與其他網路平臺相比，591擁有更多精準的買屋人群，現在加入即可免費獲取看屋人潮喔！ </p>'
        '<div><a> 立即免費刊登新建案 </a></div><div><a> 十大建案熱銷秘笈 </a></div>'
        '<div class="detail-button-deep"><a> 了解列表頁排序方案 </a></div></div>'
        '<div class="wrapper-list"><p class="wrapper-title"> 買房工具 </p>'
        + gi("最新房貸利率", "房貸試算器", "實價登錄", "環景720專區") + "</div>" + decor) + "</div>",
    '<div class="sale nav-item"><a>中古屋</a>' + hw(
        '<div class="wrapper-list sale-list"><p class="wrapper-title"> 待售中古屋 </p><div class="group-item"><ul>'
        + "".join("<li><a>%s</a></li>" % i for i in ["所有物件", "地圖找房", "屋主物件", "降價物件", "急售物件", "必看好屋", "法拍屋"])
        + '<li><span class="sub-item-item house-entrust"><a>屋主委賣</a></span></li></ul></div></div>'
        '<div class="wrapper-list"><p class="wrapper-title"> 買房工具 </p>'
        + gi("最新房貸利率", "房貸試算器", "實價登錄", "找經紀人") + "</div>"
        '<div class="wrapper-list"><p class="wrapper-title"> 經紀人 </p><p class="detail-content">'
        '<span>推薦！</span>仲介用戶購買售屋套餐，單筆最低至240元！ </p>'
        '<a> 立即刊登出售廣告 </a><a> 瞭解售屋套餐方案 </a></div>' + decor) + "</div>",
    '<div class="rent nav-item"><a>租屋</a>' + hw(
        '<div class="wrapper-list sale-list"><p class="wrapper-title"> 待租物件 </p><div class="group-item"><ul>'
        + "".join("<li><a>%s</a></li>" % i for i in ["所有物件", "房東出租", "整層住家", "地圖找房", "獨立套房", "捷運找房", "分租套房", "學校找房", "雅房"])
        + '<li><span class="sub-item-item house-entrust"><a>屋主委租</a></span></li></ul></div></div>'
        '<div class="wrapper-list"><p class="wrapper-title"> 租屋工具 </p>'
        + gi("租屋手冊", "契約下載", "找經紀人") + "</div>"
        '<div class="wrapper-list"><p class="wrapper-title"> 房東/代理人 </p><p class="detail-content">'
        ' 使用過591房東們的共同見證，最快3天就成交！ <br>不要錯過你儘早收租好機會喔！ </p>'
        '<a> 立即刊登出租廣告 </a><a> 查看收費說明 </a></div>') + "</div>",
    '<div class="land nav-item"><a>土地</a>' + hw(
        '<div class="land-wrapper-list"><p class="wrapper-title"> 所有物件 </p>'
        '<div class="land-item-group"><a>土地出售</a><a>土地出租</a></div></div>'
        '<div><a class="land-extra"><p class="land-extra-title"> 地圖找地 </p>'
        '<p class="land-extra-detail"> 定位每筆土地<br>可視化看現場與周邊 </p>'
        '<button><span class=""> 立即前往 </span></button></a>'
        '<a class="land-extra"><p class="land-extra-title"> 地圖查實價 </p>'
        '<p class="land-extra-detail"> 與內政部同步更新<br>全台完整土地實價信息 </p>'
        '<button><span class=""> 立即前往 </span></button></a></div>') + "</div>",
    '<div class="store nav-item"><a>店面</a>' + hw(
        '<div class="wrapper-list sale-list"><p class="wrapper-title"> 出租 </p>' + gi("店面出租", "店面頂讓") + "</div>"
        '<div class="wrapper-list"><p class="wrapper-title"> 出售 </p>' + gi("店面出售") + "</div>") + "</div>",
    '<div class="office nav-item"><a>辦公</a>' + hw(
        '<div class="wrapper-list sale-list"><p class="wrapper-title"> 出租 </p>' + gi("辦公", "住辦") + "</div>"
        '<div class="wrapper-list"><p class="wrapper-title"> 出售 </p>' + gi("辦公", "住辦") + "</div>") + "</div>",
    '<div class="plant nav-item"><a>廠房</a>' + hw(
        '<div class="wrapper-list sale-list"><p class="wrapper-title"> 出租 </p>' + gi("廠房") + "</div>"
        '<div class="wrapper-list"><p class="wrapper-title"> 出售 </p>' + gi("廠房") + "</div>") + "</div>",
    '<div class="market nav-item"><a>社區找房</a></div>',
    '<div class="design nav-item"><a>室內設計</a></div>',
    '<div class="news nav-item"><a>新聞</a></div>',
])
menu = ('<ul class="menu"><li class="login"><a> 登入 </a></li><li class="separator"></li>'
        '<li class="register"><a> 註冊 </a></li>'
        '<li class="publish"><div class="t5-dropdown publish-dropdown"> 我要刊登 <i></i>'
        '<div class="t5-dropdown__menu"><div class="t5-dropdown__inner"><ul class="publish-menu">'
        '<li>刊登出租</li><li>刊登出售</li><li>刊登建案</li><li>圖片廣告</li><li>收費標準</li></ul></div></div></div></li>'
        '<li class="help"><div class="t5-dropdown help-dropdown"> 幫助 <i></i>'
        '<div class="t5-dropdown__menu"><div class="t5-dropdown__inner"><section class="help-menu">'
        '<a class="view-more"> 查看更多幫助內容 </a></section></div></div></div></li>'
        '<li class="app"><div class="t5-dropdown help-dropdown"> 數字App '
        '<div class="t5-dropdown__menu"><div class="t5-dropdown__inner"><span></span></div></div></div></li></ul>')
tools = ('<div class="container"><span class="text"><span class="svg-icon"></span><strong>列印</strong></span>'
         '<span class="text"><span class="svg-icon"></span><b>分享</b></span>'
         '<span class="text detail-collect"><span class="svg-icon"></span><b>收藏</b></span>'
         '<div class="print-ignore"></div></div>')
tools2 = ('<div class="container"><span class="text"><span class="svg-icon"></span><b>分享</b></span>'
          '<span class="text detail-collect"><span class="svg-icon"></span><b>收藏</b></span>'
          '<div class="print-ignore"></div></div>')
head_sec = ('<section class="main"><header class="header"><nav>' + nav + '</nav>' + menu + '</header><span></span>'
            '<section class="wrapper"><section class="crumbs"><a class="t5-link">高雄市</a><i></i>'
            '<a class="t5-link">前鎮區</a><i></i><a class="t5-link">整層住家</a><i></i>'
            '<span class="t5-link">R21828598</span><i></i></section>'
            '<section class="flex gap-30"><div class="browse"><span class="title">昨日瀏覽</span>'
            '<span class="total"><i></i>0</span><span class="mobile"><i></i>0</span><span class="pc"><i></i>0</span></div>'
            + tools + '</section></section></section>')
quick = ('<div style=""><div style=""><div class="quick-bar print-ignore" style="display:none;">'
         '<div class="scroll-bar"><ul></ul><span class="action-area">' + tools2 + '</span></div></div></div></div>')
album = ('<section class="album"><ul>' + '<li class="album-pc-item"><img></li>' * 5 + '</ul>'
         '<div class="view-more-btn"><i></i>查看全部12張照片 </div></section>')
info = ('<section class="block info-board"><div class="title"><h1>三多商圈⭐聯上I-HOME邊間採光高樓景觀兩房</h1></div>'
        '<div class="house-label">' + "".join('<span class="label-item">%s</span>' % t for t in
            ["新上架", "租金補貼", "拎包入住", "有電梯", "隨時可遷入", "可開伙", "有車位"]) + '</div>'
        '<div class="pattern"><span>2房1廳1衛</span><span class="line"></span>'
        '<span class="inline-flex-row">19.81坪 <span class="ic-house house-tips icon-tip"></span></span><span class="line"></span>'
        '<span class="inline-flex-row">14F/15F </span><span class="line"></span><span>電梯大樓</span></div>'
        '<div class="house-price"><span class="c-price"><strong class="inline-flex-row">24,000</strong> 元/月</span> 二個月 '
        '<div class="price-btn-ctn"></div><div class="credit-fee"><span></span></div>'
        '<div class="extra-fee"><span class="extra-fee-text">另有額外費用6935元/月</span>'
        '<span class="rent-calculation">總支出試算</span></div></div></section>')
div = '<div class="t5-divider" role="separator"></div>'
def near(cls, name, dist, tag="strong"):
    return ('<p class="%s"><span class="value"> 距<%s class="name ellipsis">%s</%s><span><strong>%s</strong>公尺 </span></span></p>'
            % (cls, tag, name, tag, dist))
def item(kind, label, first, rest):
    return ('<div class="surround-list-item"><div class="surround-list-box %s"><i></i><span class="name">%s</span><i></i>'
            % (kind, label) + first + '</div><div class="surround-list-text">' + rest + '</div></div>')
surround = ('<section class="block surround"><h2 class="block-title">位置與周邊</h2>'
            '<div class="address"><p><span>地<em class="space"></em>址:</span><span class="load-map">'
            '<div class="inline-flex-row">前鎮區中山二路</div></span></p>'
            '<p><span>所屬社區:</span><a>聯上iHOME大廈</a></p></div><div class="surround-list">'
            + item("traffic", "交通", near("icon-bus", "中山二路站", "56", "b"),
                   near("icon-bus", "新光路口(圖書總館)站", "192") + near("icon-bus", "圖書總館(林森四路)站", "257"))
            + item("live", "生活", near("icon-restaurant", "天空酒吧 Rooftop Bar 22 - 高雄日航酒店 Hotel Nikko Kaohsiung", "34", "b"),
                   near("icon-shop", "施巴sebamed 高雄大遠百", "316") + '<p class="icon-"><span class="nearby ellipsis">附近有19家購物中心，20家餐廳</span></p>')
            + item("education", "教育", near("icon-primary", "苓洲國小", "247", "b"),
                   near("icon-secondary", "高雄市立苓雅國民中學", "983") + '<p class="icon-"><span class="nearby ellipsis">附近有2所國小，2所國中</span></p>')
            + '</div></section>')
desc = "".join('<div class="desc-item"><span class="desc-label">%s</span><span class="desc-value">%s</span></div>' % kv for kv in
               [("最短租期", "一年"), ("身份要求", "學生、上班族、家庭"), ("可遷入日", "可隨時遷入"), ("養寵物", "不可養寵物"), ("開伙", "可開伙")])
fac = "".join('<dl class="%s"><dt><i></i></dt><dd class="text">%s</dd></dl>' % (("del" if f in ("第四台", "網路") else ""), f) for f in
              ["冰箱", "洗衣機", "電視", "冷氣", "熱水器", "床", "衣櫃", "第四台", "網路", "天然瓦斯", "沙發", "桌椅", "1陽台", "電梯", "平面車位"])
service = ('<section class="block service"><h2 class="block-title">租住與設備</h2>'
           '<div class="item-row"><i></i><div class="row-content"><p class="row-title"> 租住說明 </p><div class="desc-list">' + desc + '</div></div></div>'
           '<div class="item-row"><i></i><div class="row-content"><p class="row-title"> 提供設備/家具 </p></div></div>'
           '<div class="facility">' + fac + '</div></section>')
article_ps = [
    "◆|溫馨實用裝潢|邊間採光非常好.格局方正|◆傢俱家電齊全|一卡皮箱可入住|",
    "◆|亞洲新灣區|SO" + NBSP + "GO.遠百.新光三月三大百貨|85大樓|圖書總館|高雄展覽館|",
    "1.近R8大遠百商圈捷運站，步行2分鐘，臨新灣區最夯地標正中心，圖書總館、中鋼大樓、軟科。",
    "2.聯上I-HOME邊間，採光、通風佳。溫馨實用裝潢~傢俱電齊全,一卡皮箱即可入住",
    "3.生活機能便利.R8捷運站三多商圈,三大百貨-亞洲新灣區環繞",
    "4.適合單身上班族" + NBSP + "外派主管,公設有健身房/交誼廳" + NBSP,
    "5.歡迎優質有穩定收入客戶賞屋入住禁止寵物/吸菸/拜拜",
    "\u203c\ufe0f開價不含管理費及車位，有喜歡可談\u203c\ufe0f",
    "💫" + "\u2796" * 13 + "💫",
    "\u260e\ufe0f賞屋、房屋委託專線\u260e\ufe0f",
    "📞電話：0900-000-000" + NBSP + "房仲甲" + NBSP + NBSP,
    "(LINE" + NBSP + "ID:ling870306或電話搜尋0900000000即可加LINE)",
    "💫" + "\u2796" * 13 + "💫",
    "⭐證照字號:(111)登字第407279號" + NBSP,
    "⭐玉淺不動產仲介經紀有限公司" + NBSP + "統編:53902886",
    "⭐不動產經紀人曾啟泰(104)高市第00643號",
    "#權威物業外商租賃", "#高雄租屋", "#租管售服務",
]
contact_hdr = ('<div class="house-condition-header"><section class="contact"><div class="contact-avatar"><img><span class="fee-icon"></span></div>'
               '<div class="contact-info"><p class="base-info-pc"><span class="name">仲介: 房仲甲</span>'
               '<span class="is-recmoney">(收服務費)</span><span class="icon profession-icon"><span class="empty-block"></span></span>'
               '<a class="icon shop-icon shop shop"></a></p><div class="company-info"><p>經紀業: 權威物業有限公司巨蛋店</p></div></div></section>'
               '<div class="contact-tools"><div class="line-btn"><i></i><em>LINE聯絡</em></div>'
               '<a class="contact-action" title="撥打電話"><div class="concat-btn land-theme"><i></i><em>打電話</em></div></a>'
               '<div class="contact-action-lg"><div class="concat-btn land-theme"><i></i><em>打電話</em></div><span></span></div></div></div>')
condition = ('<section class="block house-condition"><h2 class="block-title">屋況介紹</h2>' + contact_hdr +
             '<div class="house-condition-content"><div class="article t5-rich-editor">'
             + "".join('<p dir="auto">%s</p>' % p for p in article_ps)
             + '<br/>附近有便利商店、百貨公司、公園綠地、夜市。<br/>本房屋近三多商圈捷運站。</div>'
             '<div class="mask" style="display:none;"></div></div></section>')
def row(*items):
    return '<div class="row">' + "".join(
        '<div class="item"><span class="label">%s</span><span class="value">%s</span></div>' % it for it in items) + '</div>'
detail = ('<section class="block house-detail"><h2 class="block-title">房屋詳情</h2><div class="house-detail-content">'
          '<section class="detail-section"><div class="section-title"><span class="section-icon icon-record"></span>'
          '<span class="section-name">基礎資料</span></div><div class="section-content">'
          + row(("產權登記", '<span class="icon-basic-done icon-basic"></span><span>房屋已辦產權登記</span>'),
                ("法定用途", '<span>見使照</span><span class="ic-house house-tips icon-tip"></span>'))
          + row(("可使用面積", "<span>19.81坪</span>"), ("建物面積", '<span>見使照</span><span class="ic-house house-tips icon-tip"></span>'))
          + row(("車位", "<span>平面式</span>"), ("朝向", "<span>坐東南朝西北</span>"))
          + row(("電梯", "<span>有</span>"), ("陽台", "<span>1陽台</span>"))
          + row(("其他特色", "<span>新上架、租金補貼、拎包入住、有電梯、隨時可遷入、可開伙、有車位</span>"))
          + '</div></section><section class="detail-section"><div class="section-title"><span class="section-icon icon-price"></span>'
          '<span class="section-name">房屋價格</span><span class="calc-link">總支出試算&gt;</span></div><div class="section-content">'
          + row(("租金", "<span>24,000元/月 (可申請租金補貼)</span>"), ("水費", "<span>臺水繳費</span>"))
          + row(("押金", "<span>二個月</span>"), ("電費", "<span>臺電繳費</span>"))
          + row(("服務費", "<span>半個月租金</span>"), ("管理費", "<span>2,435元/月</span>"))
          + row(("車位租金", "<span>4,500元/月</span>"))
          + '</div></section></div></section>')
phone_btn = ('<button class="t5-button t5-button--large t5-button--info"><span class="icon"><i></i></span>'
             '<span class=""><span>0900-000-000</span></span></button>')
aside = ('<section class="aside"><section class="contact-card"><section class="contact"><div class="contact-avatar"><img><span class="fee-icon"></span></div>'
         '<div class="contact-info"><p class="base-info"><span class="name">仲介: 房仲甲</span><span class="is-recmoney">(收服務費)</span>'
         '<span class="icon profession-icon"><span class="empty-block"></span></span><a class="icon shop-icon shop shop"></a></p>'
         '<div class="company-info"><span class="econ-name">經紀業: 權威物業有限公司巨蛋店</span><a class="company-detail">詳情</a></div></div></section>'
         '<div class="phone"><a class="contact-action" title="撥打電話">' + phone_btn + '</a>'
         '<div class="contact-action-lg">' + phone_btn + '<span></span></div>'
         '<button class="t5-button t5-button--large t5-button--default line-button"><span class="icon"><i></i></span>'
         '<span class=""><span>LINE聯絡</span><span class="line-button-tip">視訊看屋更方便</span></span></button></div></section>'
         '<section class="contact-tip"><div class="publish-info"><span class="new icon"></span><span>此房屋在1小時前發佈</span></div>'
         '<div class="line-tip"><div class="warn-icon"></div><div> 591提醒您：刊登者以不方便看房、物件搶手為由， 要求先付訂金的是詐騙! </div></div>'
         '<div class="report"><p> 檢舉此房屋</p></div></section></section>')
main_sec = ('<section class="main">' + album + '<section class="main-wrapper"><section class="main-content">'
            + info + div + surround + div + '<div></div>' + div + service + div + div + condition + div + detail
            + div + '<div></div>' + div + '<div></div>' + div + '<div></div>' + div + '<div></div></section>'
            + aside + '</section></section>')
footer = ('<div class="bottom-wrap"><div><div type="1"></div></div><div></div><div></div><div></div></div>'
          '<footer class="footer"><section class="footer-container"><ul class="links line">'
          + "".join("<li><a>%s</a></li>" % x for x in ["投資者專區", "關於我們", "廣告刊登", "新聞剪輯", "社會公益", "免責聲明", "服務條款", "隱私權聲明", "數字徵才"])
          + '</ul><ul class="links first-list">'
          + "".join("<li><a>%s</a></li>" % x for x in ["591租屋", "591新建案", "591土地", "591新聞", "591實價登錄", "591高檔住宅", "100室內設計", "台灣8591寶物交易網", "香港8591寶物交易網"])
          + '</ul><ul class="links seconed-list">'
          + "".join("<li><a>%s</a></li>" % x for x in ["8891新車", "8891中古車", "518熊班", "出任務", "小雞上工", "找師傅", "好日子驗屋"])
          + '</ul><p class="copyright"> Copyright © 2007-2026 by Addcn Technology Co., Ltd. All Rights reserved. </p></section></footer>'
          '<div></div><div class="notification-content" style="display:none;"><div>物件訊息未完全展示?</div>'
          '<div><a class="login-btn">登錄</a>後即可查看完整資訊 </div><span class="ic-house house-close close-btn"></span></div>'
          '<span class="addcn-591-house"></span><div></div>')
html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>三多商圈⭐聯上I-HOME邊間採光高樓景觀兩房 - 591租屋網</title></head>'
        '<body><div id="__nuxt">' + head_sec + quick + main_sec + footer + '</div><div id="teleports"></div></body></html>')
import sys
sys.stdout.write(html)
