"""Contact lines by place: a site's footer contacts under an article's closing credit go; a
company's own contact box, and contacts an article invites its reader to use, stay.

Every page here is made up for these tests."""

from __future__ import annotations

from made_up import BODY, TITLE, clean_lines

FOOTER = ["电话：010-58884104", "E-Mail:news@example.cn", "地址：城东区滨河路18号 邮编：100010"]


clean = clean_lines


def test_a_sites_footer_contacts_under_a_credited_article_go():
    page = [TITLE, "来源：城南日报", *BODY, "责任编辑：王小明", *FOOTER]
    out, report = clean(page)
    assert out == [TITLE, "来源：城南日报", *BODY, "责任编辑：王小明"]
    taken = {e.text: (e.code, e.detector) for e in report.events if e.text in FOOTER}
    assert taken == {line: ("ZH305", "site_contacts") for line in FOOTER}


def test_an_editors_credit_below_the_body_is_enough():
    page = [TITLE, *BODY, "（编辑 李华）", FOOTER[0], FOOTER[1]]
    out, _ = clean(page)
    assert out == [TITLE, *BODY, "（编辑 李华）"]


def test_a_companys_contact_box_without_a_credit_stays():
    page = [TITLE, *BODY, *FOOTER]
    out, _ = clean(page)
    assert out == page


def test_contacts_the_article_invites_its_reader_to_use_stay():
    invited = BODY[:2] + [
        "如您有闲置图书需要捐赠，欢迎来电咨询我们，我们会安排工作人员上门收取并登记。"
    ]
    page = [TITLE, *invited, "责任编辑：王小明", *FOOTER]
    out, _ = clean(page)
    assert out == page


def test_a_hotline_above_the_articles_closing_credit_stays():
    page = [TITLE, "来源：城南日报", *BODY, "咨询电话：010-66668888", "责任编辑：王小明"]
    out, _ = clean(page)
    assert out == page


def test_a_credit_above_the_body_only_is_no_close():
    page = [TITLE, "来源：城南日报", *BODY, *FOOTER]
    out, _ = clean(page)
    assert out == page


def test_a_contact_line_between_the_paragraphs_stays():
    page = [TITLE, "来源：城南日报", BODY[0], FOOTER[0], *BODY[1:]]
    out, _ = clean(page)
    assert out == page


def test_the_rule_off_keeps_the_footer():
    page = [TITLE, *BODY, "责任编辑：王小明", *FOOTER]
    out, _ = clean(page, on=lambda code: code != "ZH305")
    assert FOOTER[0] in out and FOOTER[1] in out


def test_a_source_line_that_names_only_the_site_and_its_address_goes():
    page = [TITLE, *BODY, "本文来源：城南平台-www.chengnan.example.com"]
    out, report = clean(page)
    assert out == [TITLE, *BODY]
    assert [e.code for e in report.events if e.text == page[-1]] == ["ZH306"]


def test_a_persons_credit_with_a_link_stays():
    page = [TITLE, "作者：张三（http://zhangsan.blog.example.com）", *BODY]
    out, _ = clean(page)
    assert out == page


def test_the_sites_signature_closes_the_article_for_its_footer_contacts():
    page = [TITLE, *BODY, "本文来源：城南平台-www.chengnan.example.com", *FOOTER]
    out, _ = clean(page)
    assert out == [TITLE, *BODY]


def test_a_download_sites_disclaimer_goes_below_a_short_post():
    notes = [
        "本站发布资源来源于互联网，可能存在水印或者引流等信息，请用户自行鉴别。",
        "本站资源仅供研究、学习交流之用，若用于商业用途，请购买正版授权，后果由用户自行承担。",
    ]
    page = [TITLE, BODY[0], "开放时间：每天九点至二十二点", *notes]
    out, _ = clean(page)
    assert out == [TITLE, BODY[0], "开放时间：每天九点至二十二点"]


def test_an_authors_sentence_that_mentions_the_internet_stays():
    page = [TITLE, *BODY, "这些书单来源于网络上读者的推荐，我们挑选了其中评价最高的二十本。"]
    out, _ = clean(page)
    assert out == page


def test_the_sites_name_between_two_footer_lines_goes():
    footer = ["扫一扫在手机打开当前页", "城南区人民政府", "关于我们", "联系我们", "网站地图"]
    # (The notice names another owner: the name is found by its place, not by the notice.)
    page = [TITLE, *BODY, "来源：城南日报 编辑：苏亮", *footer, "版权所有：城南区融媒体中心"]
    out, report = clean(page)
    assert out == [TITLE, *BODY, "来源：城南日报 编辑：苏亮"]
    assert ("ZH318", "sandwiched") in {
        (e.code, e.detector) for e in report.events if e.text == "城南区人民政府"
    }


def test_a_short_reply_between_two_widgets_above_more_replies_stays():
    thread = [
        "扫一扫在手机打开当前页",
        "赞一个",
        "关于我们",
        "楼下说得对，我也觉得夜间开放很方便。",
    ]
    out, _ = clean([TITLE, *BODY, *thread])
    assert "赞一个" in out


def test_two_notices_of_the_site_in_a_row_go_one_alone_stays():
    """Two notices in a row, one naming the site itself (本报); an article on copyright law
    (tests/data/pages/law-article-keeps-footer-words) says the same of others' works."""
    notices = [
        "如需转载请与《城南日报》报社联系。",
        "未经《城南日报》授权，严禁转载或镜像，违者必究。",
    ]
    out, _ = clean([TITLE, *BODY, *notices])
    assert out == [TITLE, *BODY]
    page = [TITLE, *BODY[:2], "如需转载请与作者本人联系，我们会转告。", BODY[2]]
    out, _ = clean(page)
    assert out == page
