"""Junk in the style of other kinds of sites: government portals, forums, WeChat mirrors,
news apps. Each line is tried above and below an article; credits must stay."""

from __future__ import annotations

import pytest

from zhclean.report import Report
from zhclean.stages.boilerplate import boilerplate

TITLE = "全省秋粮收购工作进展顺利"
BODY = [
    "截至目前，全省累计收购秋粮一百二十万吨，收购进度快于去年同期，市场价格总体平稳。",
    "省粮食和物资储备局有关负责人表示，将继续做好仓容调度和资金保障，确保农民售粮顺畅。",
]

JUNK = {
    "government portal": [
        "【字体：大 中 小】",
        "字号：T|T",
        "打印 | 关闭",
        "浏览次数：2,345 次",
        "主办单位：某某市人民政府办公室 承办单位：某某市大数据中心",
        "网站标识码：1234000001 皖ICP备05001234号",
        "网站地图 | 联系我们 | 隐私声明",
        "加入收藏 | 设为首页",
        "<<返回列表",
        "【返回顶部】",
        "发布时间：2023-10-18 09:30:00 来源：本站 作者：管理员 阅读：",
        "来源：本站原创",
        "本文来源：网络 作者：佚名",
    ],
    "WeChat mirror": [
        "微信公众号：某某发布 长按识别二维码关注",
        "点击上方蓝字关注我们",
        "▲点击上方“城市日报”关注我们",
        "喜欢本文请点“在看”",
        "预览时标签不可点",
        "收录于合集 #城市 12个",
        "阅读原文",
    ],
    "forum": [
        "楼主 发表于 2023-10-18 10:22 | 只看该作者",
        "回复 举报",
        "本帖最后由 admin 于 2023-10-18 10:30 编辑",
        "沙发",
        "顶",
    ],
    "news app": [
        "手机版",
        "扫码下载客户端",
        "下载APP，阅读更多精彩内容",
        "评论区",
        "已有0条评论",
        "共有 3 条评论",
        "最新评论",
        "暂无评论",
        "赞(0)",
        "收藏",
        "推荐阅读",
        "猜你喜欢",
        "广告",
        "www.example.gov.cn",
        "Copyright © 2023 All Rights Reserved",
        "本站郑重声明：所载文章、数据仅供参考，使用前请核实，风险自负。",
    ],
}

CREDITS = [
    "【责任编辑：王芳】",
    "编辑：张三 审核：李四",
    "（本文来源：新华社）",
    "来源：人民网-人民日报",
    "作者：李明",
    "图片来源：视觉中国",
    "信息来源：省粮食和物资储备局  发布时间：2023-10-18  【字体：大 中 小】",
    "地址：某某市政务大道1号 邮编：230000 电话：0551-12345678",
]


def run(lines: list[str]) -> list[str]:
    out = boilerplate("\n".join(lines), Report(), lambda c: True)
    return [line.strip() for line in out.split("\n") if line.strip()]


CASES = [(site, line) for site, lines in JUNK.items() for line in lines]


@pytest.mark.parametrize(("site", "junk"), CASES, ids=[f"{s}:{j}" for s, j in CASES])
@pytest.mark.parametrize("where", ["head", "tail"])
def test_site_junk_goes_and_the_article_stays(site, junk, where):
    lines = [TITLE, junk, *BODY] if where == "head" else [TITLE, *BODY, junk]
    assert run(lines) == [TITLE, *BODY]


@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_credits_of_any_site_stay(credit, where):
    lines = [TITLE, credit, *BODY] if where == "head" else [TITLE, *BODY, credit]
    assert run(lines) == [line.strip() for line in lines]


GLUED_MENU = "首页学习进行时高层时政人事国际财经网评港澳台湾思客智库全球连线教育科技科普体育文化健康军事访谈视频图片中央文件"


def test_a_menus_links_run_together_go_beside_the_sites_chrome():
    """Forty-five ideographs or more with no mark or space between them: a dump glued a
    menu's links. Beside the site's other chrome it goes, and it is no paragraph that could
    be taken for the body."""
    from zhclean import clean_text

    page = ["手机版", "网站地图", GLUED_MENU, TITLE, *BODY]
    assert clean_text("\n".join(page) + "\n").text.split("\n")[:-1] == [TITLE, *BODY]


def test_a_long_title_with_no_mark_stays_over_its_article():
    from zhclean import clean_text

    title = "吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告"
    page = [title, *BODY]
    assert clean_text("\n".join(page) + "\n").text.split("\n")[:-1] == page


def test_an_accounts_name_over_the_title_that_its_byline_repeats_goes():
    """A WeChat mirror prints the account's name over the title ("城南读书会"), and again
    last in the byline under it ("原创 小林 城南读书会"): alone at the head it is the
    account's, as a site's name is; the byline stays."""
    from zhclean import clean_text

    byline = "原创 小林 城南读书会"
    page = ["城南读书会", "2024-03-08 09:30", TITLE, byline, *BODY]
    assert clean_text("\n".join(page) + "\n").text.split("\n")[:-1] == [TITLE, byline, *BODY]
