"""Words that label a line, and what they label.

- Credit words inside a menu's labels ("大编辑部", "图片故事", "编辑观察", "联系作者") are no
  credit, and the head's chrome around the title goes with them. A credit word parted from
  its name ("（编辑 李华）", "张三 摄影") or glued to a name that starts with a family name
  ("新华社记者谢环驰", data: surnames) is one, and stays.
- A date's label in Latin letters is a whole word.
- A forum member's rank beside its points is the post's furniture.
- An English sentence that names a site's label is no menu row.
- A bare address right between two of the author's lines is theirs; under the site's word
  for itself ("本站永久域名：") it is the site's. An address is no menu's label.
- A label with a menu's bar at its edge ("| 我的订单 |", "会员中心 |") is a piece of a menu
  row; a markdown table's rows are not.
- A row of eight short words or more, no punctuation, outside the body is a menu or tags,
  in any words; inside it, a row of names is the author's.
- A form's fields named in their boxes ("您的姓名", "手机号码*") are fields as "姓名：" is; a
  call to call now ("立即拨打 …") goes, a hotline in a news sentence stays.
- The owner the site's notice names ("Copyright © 2024 某某中心 版权所有") is the site's name
  alone at the head; a phone number the notice prints is no name.
- A list's numbers on lines of their own ("1" over its entry, "2" over the next) are the
  author's numbering; a pager's numbers one under another are not.

Every page here is made up for these tests."""

from __future__ import annotations

import pytest
from made_up import BODY, TITLE, clean_lines

from zhclean.lexicon import load_lexicon
from zhclean.stages.boilerplate.document import Document
from zhclean.stages.boilerplate.features import Item
from zhclean.stages.boilerplate.position import _credit


def credit(text: str) -> bool:
    item = Item(1, text, text)
    doc = Document([item], load_lexicon(), lambda code: True)
    return _credit(doc, item)


@pytest.mark.parametrize(
    "text",
    [
        "（编辑 李华）",
        "责任编辑：王小明",
        "新华社记者谢环驰",
        "中央社记者张新伟摄",
        "张三 摄影",
        "编辑",
    ],
)
def test_a_credit_word_that_labels_a_name_is_a_credit(text):
    assert credit(text)


@pytest.mark.parametrize("text", ["大编辑部", "图片故事", "编辑观察", "联系作者", "记者看城南"])
def test_a_credit_word_inside_a_menus_label_is_none(text):
    assert not credit(text)


def test_menu_labels_with_credit_words_go_above_the_title():
    menu = ["首页", "新闻", "时政", "社会", "财经", "体育", "专题", "视频"]
    labels = ["大编辑部", "图片故事", "编辑观察", "民生话题"]
    page = [*menu, *labels, "关于我们", "联系我们", TITLE, "来源：城南日报", *BODY]
    kept, _ = clean_lines(page)
    assert kept == [TITLE, "来源：城南日报", *BODY]


def test_a_latin_date_label_is_a_whole_word():
    from zhclean.stages.boilerplate.line import line_room

    context = line_room(load_lexicon(), lambda code: True).context  # keys are folded
    assert context.date_label_re.sub("#", "posted on 2023-04-05") == "#2023-04-05"
    kept = "www.qianlong.com jonathan"
    assert context.date_label_re.sub("#", kept) == kept


def test_a_forum_members_rank_beside_the_posts_furniture_goes():
    """A Discuz board's rank and points between a post's stamp and its buttons (data:
    panel_words); the reply under them stays."""
    rank = "新手上路, 积分 16, 距离下一级还需 34 积分"
    reply = "楼主说得对，我也觉得夜间开放很方便，希望能坚持下去。"
    page = [TITLE, *BODY, "只看该作者", rank, "发表于 2022-03-01 12:00", reply]
    kept, report = clean_lines(page)
    assert kept == [TITLE, *BODY, reply]
    assert [e.code for e in report.events if e.text == rank] == ["ZH310"]


def test_an_english_sentence_with_a_sites_name_in_it_is_no_menu_row():
    """Most of its words in lower case: a sentence, whatever label it names; a menu's English
    labels are written in title case ("Home About Us Contact Subscribe")."""
    line = "Because I just finished importing the posts from Subscribe to Word Press. *Finally*"
    page = [TITLE, BODY[0], line, *BODY[1:]]
    kept, _ = clean_lines(page)
    assert kept == page
    kept, _ = clean_lines([TITLE, *BODY, "Home About Us Contact Subscribe Login"])
    assert kept == [TITLE, *BODY]


def test_an_authors_numbered_item_with_a_shop_word_stays_beside_a_menu():
    """A weak shop word ("优惠") in the author's numbered sentence is no widget, even right
    above a line of the site's menu."""
    item = "5、优惠活动期间，部分展厅可能出现较长时间排队等候的情况，请读者错峰前来。"
    kept, _ = clean_lines([TITLE, *BODY, item, "热点搜索", "关于我们", "联系我们"])
    assert kept == [TITLE, *BODY, item]


def test_a_deals_ordering_code_goes_its_name_and_prices_stay():
    """A coupon post: each deal's name and prices are what the page shows (data), its
    ordering code under a label (data: order_code_labels) is how to buy, and goes."""
    deals = []
    for i, name in enumerate(["城南书房帆布包", "护眼台灯", "实木书架", "阅读笔记本"]):
        deals += [
            name,
            f"【原价】{59 + i}元",
            f"【券后价】{29 + i}.9元",
            f"【淘口令】{i}( CZ3457 Ab{i}cDeF9x(/",
        ]
    kept, report = clean_lines(deals)
    assert kept == [line for line in deals if "淘口令" not in line]
    assert {e.code for e in report.events if e.text and "淘口令" in e.text} == {"ZH315"}


def test_a_code_under_another_label_or_a_phrase_after_it_stays():
    for line in ["【备注】AbCdEf12 3457", "口令：城南书房欢迎您"]:
        kept, _ = clean_lines([TITLE, BODY[0], line, *BODY[1:]])
        assert line in kept


def test_a_page_of_deals_with_their_prices_is_no_flood_of_titles():
    """Thirty-six deals, each a name over its two prices, under one line of prose: the
    page's data (POLICY: rows the page exists to show, prices), not a link list."""
    names = ["城南书房帆布包大号", "护眼台灯可调光款", "实木书架五层加宽", "阅读笔记本加厚款"]
    page = ["小编每天推荐的东西都是最划算的，有一些时效券会在群里发，欢迎大家关注。"]
    for i in range(36):
        page += [f"{names[i % 4]}{i}号", f"【原价】{59 + i}元", f"【券后价】{29 + i}.9元"]
    kept, _ = clean_lines(page)
    assert kept == page


def test_a_paywalls_prompts_under_a_cut_article_go():
    paywall = ["本文共计1561字 订阅后继续阅读", "订阅/会员升级", "可畅读全文", "试听"]
    kept, _ = clean_lines([TITLE, *BODY, *paywall])
    assert kept == [TITLE, *BODY]
    sentence = "我订阅这份报纸已经十年了，每天早上都会在门口的信箱里取报。"
    kept, _ = clean_lines([TITLE, BODY[0], sentence, *BODY[1:]])
    assert sentence in kept


def test_a_forwarded_messages_header_goes_the_message_stays():
    header = [
        "---------- Forwarded message ---------",
        "From: 城南书友 <reader@example.com>",
        "Date: 2023年9月26日周二 17:22",
        "Subject: 城南图书馆延长夜间开放时间",
        "To: <friend@example.com>",
    ]
    kept, report = clean_lines([*header, TITLE, *BODY])
    assert kept == [TITLE, *BODY]
    codes = {e.text: e.code for e in report.events if e.text in header}
    assert codes[header[0]] == codes[header[1]] == codes[header[3]] == "ZH313"
    # A line of dashes around other words, and a field under no mark, stay.
    page = [TITLE, BODY[0], "---------- 第二部分 ----------", "主题：夜读", *BODY[1:]]
    kept, _ = clean_lines(page)
    assert "---------- 第二部分 ----------" in kept and "主题：夜读" in kept


REFERENCES = [
    "参考资料",
    "1",
    "城南图书馆夜间开放方案公布．城南日报 [引用日期2024-03-02]",
    "2",
    "市文化局关于公共图书馆延时服务的通知．市文化局 [引用日期2024-03-05]",
    "3",
    "图书馆夜读人数一个月翻番．城南晚报．2024-04-18",
]


def test_a_reference_lists_numbers_on_their_own_lines_stay():
    kept, _ = clean_lines([TITLE, *BODY, *REFERENCES])
    assert kept == [TITLE, *BODY, *REFERENCES]


def test_a_reference_lists_numbers_with_their_marks_on_their_own_lines_stay():
    # "1." over its entry, as an encyclopedia prints its references.
    marked = [line + "." if line.isdigit() else line for line in REFERENCES]
    kept, _ = clean_lines([TITLE, *BODY, *marked])
    assert kept == [TITLE, *BODY, *marked]


def test_a_pagers_numbers_one_under_another_still_go():
    kept, _ = clean_lines([TITLE, *BODY, "1", "2", "3", "下一页"])
    assert kept == [TITLE, *BODY]


def test_an_address_between_two_of_the_authors_lines_stays():
    post = [
        "安装方法",
        "在命令行里运行一条命令即可完成安装。",
        "项目源码",
        "https://example.org/reader-plugin",
        "使用截图",
        "插件的设置界面可以调整字号和夜间模式。",
    ]
    kept, _ = clean_lines([TITLE, *BODY, *post])
    assert "https://example.org/reader-plugin" in kept


def test_an_address_under_the_sites_word_for_itself_goes():
    kept, _ = clean_lines(["本站永久域名：", "www.example-news.com", "城南之声", TITLE, *BODY])
    assert "www.example-news.com" not in kept


def test_an_address_is_no_menus_label_on_a_page_without_prose():
    # A project's notice in short lines, no full stop anywhere: the address under "源代码"
    # does not make the lines around it a column of menu labels.
    page = [
        "阅读器插件 1.2 版发布",
        "功能",
        "支持夜间模式",
        "支持自定义字号",
        "支持离线缓存",
        "安装",
        "pip install reader-plugin",
        "源代码",
        "https://example.org/reader-plugin",
        "运行效果",
        "夜间模式的样子",
        "回复",
    ]
    kept, _ = clean_lines(page)
    assert kept == page[:-1]


def test_a_shops_header_cut_at_its_bars_and_its_empty_cart_go():
    header = [
        "您好，请登录",
        "免费注册",
        "| 我的订单 |",
        "会员中心 |",
        "购物车中还没有商品，赶紧选购吧！",
    ]
    kept, _ = clean_lines([*header, TITLE, *BODY])
    assert kept == [TITLE, *BODY]


def test_a_markdown_tables_rows_with_their_bars_stay():
    table = ["| 馆名 | 闭馆时间 |", "| 城南馆 | 22:00 |", "| 城北馆 | 21:00 |"]
    kept, _ = clean_lines([TITLE, *BODY, *table])
    assert kept == [TITLE, *BODY, *table]


def test_rows_of_short_words_outside_the_body_go_in_any_words():
    provinces = "北京 天津 河北 山西 辽宁 吉林 上海 江苏 浙江 安徽"
    tags = "夜读 图书馆 城南 延时服务 公共文化 阅读推广 便民 上班族"
    kept, _ = clean_lines([provinces, TITLE, *BODY, tags])
    assert kept == [TITLE, *BODY]


def test_a_row_of_names_inside_the_body_and_an_english_sentence_stay():
    names = "王小明 李华 陈子墨 林晓雨 张一鸣 赵思远 周若彤 吴天佑"
    english = "Readers said the late hours make the library a second home after work"
    page = [TITLE, BODY[0], "首批夜读志愿者名单：", names, *BODY[1:], english]
    kept, _ = clean_lines(page)
    assert names in kept and english in kept


def test_an_english_templates_related_heading_and_its_list_go():
    related = ["Related", "城北图书馆新增二十台自助借还机", "城西书店推出周末夜读活动"]
    kept, _ = clean_lines([TITLE, *BODY, *related])
    assert kept == [TITLE, *BODY]


@pytest.mark.parametrize(
    "form",
    [
        ["免费咨询", "您的姓名", "您的电话", "咨询内容", "提交"],
        ["预约参观", "姓名*", "手机号码*", "预约时间", "立即预约"],
        ["立即拨打 400-888-1234"],
    ],
)
def test_a_forms_fields_named_in_their_boxes_and_a_call_now_go(form):
    kept, _ = clean_lines([TITLE, *BODY, *form])
    assert kept == [TITLE, *BODY]


def test_a_hotline_a_news_sentence_gives_stays():
    line = "如有疑问，市民可拨打12345热线咨询。"
    kept, _ = clean_lines([TITLE, *BODY, line])
    assert line in kept


def test_a_sites_sidebar_of_its_categories_goes_under_its_heading():
    sidebar = ["产品分类", "护眼阅读灯", "便携折叠书架", "木质书立"]
    kept, _ = clean_lines([TITLE, *BODY, *sidebar])
    assert kept == [TITLE, *BODY]


def test_the_owner_the_sites_notice_names_goes_alone_at_the_head():
    page = [
        "江城阅读推广中心",
        "首页 活动 资讯 联系我们",
        TITLE,
        *BODY,
        "Copyright © 2024 江城阅读推广中心 版权所有",
    ]
    kept, _ = clean_lines(page)
    assert kept == [TITLE, *BODY]


def test_a_phone_number_the_notice_prints_is_no_owners_name():
    # The author's contact under the article stays though the notice prints the number too.
    page = [TITLE, *BODY, "联系人：王老师", "0571-88886666", "版权所有 联系电话：0571-88886666"]
    kept, _ = clean_lines(page)
    assert "0571-88886666" in kept


def test_an_english_related_label_over_a_vocabulary_note_stays():
    # A bilingual newsletter's note: the word, its pinyin, its English. No list of titles.
    notes = ["夜读 yèdú - reading at night", "Related: 读书会 dúshūhuì - book club"]
    kept, _ = clean_lines([TITLE, *BODY, *notes])
    assert kept == [TITLE, *BODY, *notes]


def test_a_row_of_brands_half_in_latin_outside_the_body_goes():
    brands = "德国爱他美 德国Hipp 荷兰Nutrilon 英国Cow&Gate 澳洲Aptamil 日本明治 美国雅培 瑞士雀巢"
    kept, _ = clean_lines([TITLE, *BODY, brands])
    assert kept == [TITLE, *BODY]


def test_a_teaser_with_placeholders_for_left_out_code_is_no_row_of_words():
    teaser = "日期格式化 {代码...} 计算差值 {代码...} 深拷贝 {代码...} 数组去重 {代码...} 对象排序 {代码...}"
    kept, _ = clean_lines([TITLE, *BODY, teaser])
    assert teaser in kept


def test_an_infobox_field_whose_value_ends_like_a_sites_name_stays():
    field = "播放电视台 城南 城南电视网"
    kept, _ = clean_lines([TITLE, field, *BODY])
    assert field in kept


def test_where_a_post_was_sent_from_and_the_lunar_day_are_read_from_the_word_lists(tmp_path):
    """The labels of a post's place and of a lunar date are data: a --rules file adds its own
    ("寄自" before a place, "夏历" before a lunar day), and a line of one then goes as a date
    alone does."""
    from zhclean import clean_text
    from zhclean.config import Config

    lines = [
        "城南图书馆延长夜间开放时间",
        "2024-03-01 10:23 寄自浙江",
        "夏历四月廿三",
        "从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，方便上班族下班后前来阅读。",
    ]
    page = "\n".join(lines) + "\n"
    assert clean_text(page).text.split("\n")[1:3] == lines[1:3]
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[lists]\nsent_from_verbs = ["寄自"]\nlunar_labels = ["夏历"]\n', encoding="utf-8"
    )
    cleaned = clean_text(page, Config(rule_files=(str(rules),))).text.split("\n")
    assert cleaned[:2] == [lines[0], lines[3]]


def test_a_verb_that_names_a_source_is_no_place():
    from zhclean import clean_text

    lines = [
        "城南图书馆延长夜间开放时间",
        "2024-03-01 10:23 发表于浙江",
        "从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，方便上班族下班后前来阅读。",
    ]
    assert clean_text("\n".join(lines) + "\n").text.split("\n")[:2] == [lines[0], lines[2]]
    source = [lines[0], "2024-03-01 10:23 发表于人民网", lines[2]]
    assert clean_text("\n".join(source) + "\n").text.split("\n")[:3] == source


def test_where_each_post_was_sent_from_goes_in_the_platforms_label_or_a_users_word(tmp_path):
    """A thread's place above each post: "IP属地：广东" (the key is folded: "ip属地"), and a
    word a --rules file adds ("发自：上海")."""
    from zhclean import clean_text
    from zhclean.config import Config

    posts = [
        "我觉得图书馆延长开放时间是好事，下班以后终于有地方安静看书了。",
        "希望周末也能延长，白天带孩子，只有晚上才有空去借书还书。",
        "自习区的座位太少了，每次去都要排队，建议再增加一些座位。",
    ]
    for label, rules in (("IP属地：", None), ("发自：", '[lists]\ncame_from_words = ["发自"]\n')):
        page = [
            line
            for post, place in zip(posts, ("广东", "上海", "北京"), strict=True)
            for line in (label + place, post)
        ]
        config = Config()
        if rules:
            path = tmp_path / "rules.toml"
            path.write_text(rules, encoding="utf-8")
            config = Config(rule_files=(str(path),))
        assert clean_text("\n".join(page) + "\n", config).text.split("\n")[:3] == posts


def test_a_forms_notes_and_a_replys_verb_are_read_from_the_word_lists(tmp_path):
    """form_field_notes and reply_words are data: a --rules file's "可空" marks an empty
    field of a form ("留言内容(可空):"), its "答复" a reply between two handles."""
    from zhclean import clean_text
    from zhclean.config import Config

    title, body = TITLE, BODY[0]
    junk = ["留言内容(可空):", "reader_01答复lib_admin"]
    page = "\n".join([title, body, *junk]) + "\n"
    assert clean_text(page).text.split("\n")[2:4] == junk
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[lists]\nform_field_notes = ["可空"]\nreply_words = ["答复"]\n', encoding="utf-8"
    )
    assert clean_text(page, Config(rule_files=(str(rules),))).text == f"{title}\n{body}\n"


def test_a_row_of_tabs_with_their_counts_goes_in_any_words():
    from zhclean import clean_text

    title, body = TITLE, BODY[0]
    for tabs in ("全部(41)图书(4)期刊(5)讲座(32)", "筛选：全部(12) 未读(3) 已读(9)"):
        assert clean_text(f"{title}\n{tabs}\n{body}\n").text == f"{title}\n{body}\n"
    sentence = "甲(1)和乙(2)"  # words between the counts: no row of tabs
    assert sentence in clean_text(f"{title}\n{body}\n{sentence}\n").text


def test_a_comment_forms_sentences_about_itself_go_and_an_article_about_cookies_stays():
    from zhclean import clean_text

    title, body = TITLE, BODY[0]
    form = [
        "发表评论",
        "您的邮箱地址不会被公开。 必填项已用*标注",
        "下次发言时，浏览器会记住昵称和邮箱，下次评论时使用。",
        "Your email address will not be published.",
    ]
    out = clean_text("\n".join([title, body, *form]) + "\n").text
    assert out == f"{title}\n{body}\n"
    cookies = "浏览器会把登录状态保存在cookies信息里，关闭页面后再打开也不用重新登录。"
    assert cookies in clean_text(f"{title}\n{body}\n{cookies}\n").text


def test_a_share_bars_label_is_read_from_the_word_lists(tmp_path):
    from zhclean import clean_text
    from zhclean.config import Config

    title, body = TITLE, BODY[0]
    bar = "传给：好友 同事 家人"
    page = f"{title}\n{body}\n{bar}\n"
    assert bar in clean_text(page).text
    rules = tmp_path / "rules.toml"
    rules.write_text('[lists]\nshare_bar_labels = ["传给"]\n', encoding="utf-8")
    assert clean_text(page, Config(rule_files=(str(rules),))).text == f"{title}\n{body}\n"


def test_a_breadcrumbs_label_in_other_words_is_read_from_the_list():
    from zhclean import clean_text

    title, body = TITLE, BODY[0]
    for trail in ("您所在的位置：城南日报 > 本地新闻", "您所处的位置：城南日报 > 本地新闻"):
        assert clean_text(f"{title}\n{trail}\n{body}\n").text == f"{title}\n{body}\n"


@pytest.mark.parametrize(
    "button", ["看更多", "訂閱電子報", "追蹤我們", "回到頂端", "上一則", "下一則", "讚", "0則留言"]
)
def test_taiwans_and_hong_kongs_words_for_the_buttons_go(button):
    from zhclean import clean_text

    title = "城南圖書館延長夜間開放時間"
    body = (
        "從下月起，城南圖書館將把每週五和週六的閉館時間推遲到晚上十點，方便上班族下班後前來閱讀。"
    )
    out = clean_text(f"{title}\n{body}\n{button}\n").text
    assert out.count("\n") == 2, out


@pytest.mark.parametrize(
    "prompt",
    [
        "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。",
        "您需要 登录 才可以下载或查看，没有账号？立即注册",
        "回帖后跳转到最后一页",
    ],
)
def test_a_forums_sign_up_prompts_go(prompt):
    from zhclean import clean_text

    title, body = TITLE, BODY[0]
    assert clean_text(f"{title}\n{prompt}\n{body}\n").text == f"{title}\n{body}\n"


@pytest.mark.parametrize(
    "step",
    [
        "打开 设置 > 通用 > 关于本机",
        "依次点击 文件 > 选项 > 高级",
        "操作路径：设置 > 隐私 > 定位服务",
    ],
)
def test_an_authors_steps_through_a_programs_menus_are_no_breadcrumb(step):
    from zhclean import clean_text

    title = "如何查看手机的系统版本"
    body = "很多读者问怎样查看手机的系统版本，其实方法很简单，按照下面的步骤操作即可找到。"
    assert step in clean_text(f"{title}\n{body}\n{step}\n").text
    trail = "首页 > 数码 > 正文"  # a site's trail still goes
    assert trail not in clean_text(f"{title}\n{trail}\n{body}\n").text


def test_a_how_tos_pointer_to_the_documentation_stays():
    from zhclean import clean_text

    title = "如何在Ubuntu上安装Python 3.12"
    body = "很多读者问怎样在Ubuntu上安装新版本的Python，其实方法很简单，按照下面的步骤操作即可。"
    for pointer in (
        "官方文档：https://docs.python.org/3.12/",
        "项目地址：https://github.com/example/tool",
    ):
        assert pointer in clean_text(f"{title}\n{body}\n{pointer}\n").text
    bare = "最新网址：www.example.cc"  # a site's label over its own address still goes
    assert bare not in clean_text(f"{title}\n{body}\n{bare}\n").text


def test_an_authors_sentence_that_points_to_an_address_stays():
    """ "详情请见图书馆官网：…" is a sentence that points the reader on (data pointer_openers),
    in the body or under it; a label over the site's own address still goes."""
    from zhclean import clean_text

    pointer = "详情请见图书馆官网：www.example.org/library"
    for page in ([TITLE, BODY[0], pointer, *BODY[1:]], [TITLE, *BODY, pointer]):
        assert pointer in clean_text("\n".join(page) + "\n").text
    bare = "最新网址：www.example.cc"
    assert bare not in clean_text("\n".join([TITLE, *BODY, bare]) + "\n").text


def test_an_invitations_words_are_read_from_the_word_lists(tmp_path):
    """invite_words is data: "更多资讯诚邀访问www.example.org" sends the reader to the site
    once a --rules file knows 诚邀; and an event's "12月12日下午" stays (data day_parts)."""
    from zhclean import clean_text
    from zhclean.config import Config

    title, body = TITLE, BODY[0]
    invite = "更多资讯诚邀访问www.example.org"
    slot = "12月12日下午"
    page = f"{title}\n{body}\n{slot}\n{invite}\n"
    out = clean_text(page).text
    assert slot in out and invite in out
    rules = tmp_path / "rules.toml"
    rules.write_text('[lists]\ninvite_words = ["诚邀"]\n', encoding="utf-8")
    out = clean_text(page, Config(rule_files=(str(rules),))).text
    assert slot in out and invite not in out


@pytest.mark.parametrize(
    "notice",
    [
        "抱歉，您要找的页面已被删除。",
        "Sorry, the page you were looking for could not be found.",
        "找不到网页",
        "出错啦，错误代码：404",
    ],
)
def test_a_servers_not_found_notice_goes_in_any_words(notice):
    """Something missing, a page or a file, and the visitor spoken to (data missing_words,
    missing_things, notice_addressees), or an error's code: the server's notice."""
    from zhclean import clean_text

    page = [TITLE, *BODY, notice]
    assert notice not in clean_text("\n".join(page) + "\n").text


def test_an_authors_sentence_about_a_missing_file_stays():
    from zhclean import clean_text

    line = "警方表示，搜查中没有找到那份文件。"
    page = [TITLE, BODY[0], line, *BODY[1:]]
    assert line in clean_text("\n".join(page) + "\n").text


HELP_PAGE = [
    "帮助中心",
    "首页",
    "常见问题",
    "帮助中心 > 账户与安全 > 修改密码",
    "如何修改登录密码？",
    "更新时间：2023-09-01",
    "为了保障账户安全，建议您定期修改登录密码。",
    "1. 登录后进入“我的”页面，点击右上角的“设置”。",
    "2. 选择“账户与安全”，再点击“修改登录密码”。",
    "以上内容是否对您有帮助？",
    "有帮助",
    "没帮助",
]


def test_a_help_pages_question_and_sentences_with_a_login_panels_words_stay():
    """ "如何修改登录密码？" and "建议您定期修改登录密码。" hold a login panel's words, but a
    question or a sentence is no panel's label; the feedback widget's question goes (data
    ui_phrases)."""
    from zhclean import clean_text

    out = clean_text("\n".join(HELP_PAGE) + "\n").text.split("\n")[:-1]
    assert [line for line in out if line in HELP_PAGE[4:9]] == [HELP_PAGE[4], *HELP_PAGE[6:9]]
    assert "以上内容是否对您有帮助？" not in out


def test_a_products_options_under_its_price_are_no_widget_under_the_title():
    """ "顏色：" with its options under the product's price: the product's data (POLICY:
    tables and data), not a widget's heading over its channels; so is the heading over the
    first paragraph."""
    page = [
        "好物商城",
        "搜尋商品",
        "購物車(0)",
        "會員登入",
        "首頁 > 居家生活 > 廚房用品 > 保溫瓶",
        "【日本製】不鏽鋼真空保溫瓶 500ml",
        "商品編號：A12345",
        "售價 NT$890",
        "特價 NT$690",
        "顏色：",
        "霧面黑",
        "珍珠白",
        "櫻花粉",
        "加入購物車",
        "立即購買",
        "商品特色",
        "雙層真空結構，保溫保冷長達十二小時。",
        "瓶口加寬設計，方便放入冰塊，也容易清洗。",
        "輕量化瓶身，只有兩百二十公克，上班上學都好帶。",
        "商品規格",
        "容量：500ml",
        "材質：304不鏽鋼",
        "重量：220g",
        "看過此商品的人也看過",
        "北歐風陶瓷馬克杯 NT$320",
        "客服中心 | 退換貨說明 | 隱私權政策",
    ]
    kept, _ = clean_lines(page)
    assert {"顏色：", "霧面黑", "珍珠白", "櫻花粉", "商品特色"} <= set(kept)
    assert not {"加入購物車", "立即購買"} & set(kept)


def test_the_last_label_of_a_column_heads_the_paragraph_it_names():
    """ "预订" ×4 / "酒店简介" over "酒店于2019年开业…": the buttons are a column of repeated
    labels, the last line heads the paragraph under it and shares its words."""
    page = [
        "首页 > 云港酒店 > 海湾区酒店 > 云港海湾望月酒店",
        "云港海湾望月酒店",
        "地址：云港市海湾区滨海大道188号（近望月码头）",
        "房型",
        "高级大床房 28㎡ 大床1.8米 含双早 ￥468",
        "豪华双床房 32㎡ 双床1.2米 含双早 ￥528",
        "预订",
        "预订",
        "酒店简介",
        "酒店于2019年开业，共有客房186间，位于海湾区滨海大道中段，步行五分钟可到望月码头。",
        "大部分客房朝向海湾，顶层设有全景餐厅，提供本地海鲜和西式自助早餐。",
    ]
    kept, _ = clean_lines(page)
    assert "预订" not in kept
    assert kept[-3:] == page[-3:]


def test_a_reading_with_its_unit_is_no_menus_label():
    """ "晴转多云 12℃" under the page's title and its date: a reading the page shows."""
    page = [
        "天气在线",
        "首页",
        "预报",
        "雷达",
        "空气质量",
        "当前位置：首页 > 华东 > 临川天气预报",
        "临川天气预报",
        "2026-11-29 07:30 更新",
        "晴转多云 12℃",
        "东北风 3级 湿度 46% 空气质量 良 68",
        "天气预警",
        "临川市气象台11月29日6时发布大风蓝色预警信号：预计今天白天至夜间，沿江地区将出现6级阵风，请注意防范。",
    ]
    kept, _ = clean_lines(page)
    assert "晴转多云 12℃" in kept


def test_the_first_sections_heading_under_its_tabs_stays():
    """Tabs "科室简介 / 专家团队 / 门诊安排" and "科室简介" again over the first paragraph, with
    "专家团队" standing again below as its section's heading: the copy over the paragraph is
    the first section's heading, no tab."""
    page = [
        "首页",
        "医院概况",
        "科室导航",
        "当前位置：首页 > 科室导航 > 消化内科",
        "消化内科",
        "科室简介",
        "专家团队",
        "门诊安排",
        "科室简介",
        "消化内科成立于1986年，现为南川市临床重点专科，开放床位62张，设有消化内镜中心。",
        "科室现有医护人员48名，其中主任医师4名、副主任医师7名，年门诊量约9万人次。",
        "专家团队",
        "周明远 主任医师 科主任 擅长：消化道早癌内镜诊治",
        "陈慧琳 主任医师 擅长：炎症性肠病、功能性胃肠病",
    ]
    kept, _ = clean_lines(page)
    assert kept[kept.index("消化内科") + 1 :] == page[8:]


def test_rows_with_a_range_and_its_unit_are_an_entrys_data_not_a_megamenu():
    """ "杭州·滨江区 5-10年 本科", "云帆数据 企业服务 C轮 500-999人": rows of a job listing's
    entries, a range with its unit among the words; a megamenu names channels."""
    entries = [
        "前端开发工程师",
        "15-25K·13薪",
        "杭州·西湖区 3-5年 本科",
        "青桐科技 互联网 B轮 100-499人",
        "Java后端开发",
        "20-35K",
        "杭州·滨江区 5-10年 本科",
        "云帆数据 企业服务 C轮 500-999人",
        "测试工程师",
        "10-15K",
        "杭州·余杭区 1-3年 大专",
        "城北软件 企业服务 A轮 20-99人",
    ]
    company = [
        "青桐科技",
        "青桐科技是一家专注于中小企业数字化办公的软件公司，产品覆盖在线表单、审批和团队协作。",
    ]
    kept, _ = clean_lines(["首页", "职位", "公司", "校园", "登录/注册", *entries, *company])
    rows = [line for line in entries if " " in line]
    assert [line for line in kept if line in rows] == rows


def test_a_field_with_its_figure_and_its_heading_at_a_columns_end_stay():
    """The buttons "想去 / 去过 / 立即预订" run into "门票价格" and "成人票：90元" on the made-up
    attraction page: the page's data and its heading end the column, and stay."""
    from pathlib import Path

    from zhclean import clean_bytes

    page = (
        Path(__file__).parent.parent / "fixtures/made_up/raw/mu704_scenic-spot-tickets-reviews.txt"
    )
    kept = clean_bytes(page.read_bytes()).text.split("\n")
    assert {"门票价格", "成人票：90元"} <= set(kept)


@pytest.mark.parametrize(
    "pager", ["1 2 3 下一页", "首页 上一页 1 2 3 4 5 下一页 尾页", "< 1 2 3 >"]
)
def test_a_pager_goes_and_a_row_of_figures_stays(pager):
    kept, _ = clean_lines([TITLE, *BODY, pager])
    assert kept == [TITLE, *BODY]
    kept, _ = clean_lines([TITLE, *BODY, "12 15 9"])
    assert kept[-1] == "12 15 9"


def test_a_run_of_one_stem_counted_up_is_a_gallerys_placeholders():
    shots = ["截图1", "截图2", "截图3", "截图4"]
    kept, report = clean_lines([TITLE, *BODY, *shots])
    assert kept == [TITLE, *BODY]
    # Two, or a count that does not start at one, are no gallery's run.
    kept, _ = clean_lines([TITLE, *BODY, "方案2", "方案3", "方案4"])
    assert kept[-3:] == ["方案2", "方案3", "方案4"]


@pytest.mark.parametrize("link", ["查看全部户型(6)", "查看全部12张照片", "展开全部"])
def test_a_see_all_link_goes(link):
    kept, _ = clean_lines([TITLE, *BODY, link])
    assert kept == [TITLE, *BODY]
