"""One example per rule code, ruff style: an input that fires the code and one, as close as
can be, that it must leave alone. A test checks that every registered code has both, and
the pipeline is run on each.

Every text here is made up for these tests (the menus and ads of no real site)."""

from __future__ import annotations

import pytest

from zhclean import clean_bytes
from zhclean.config import Config
from zhclean.repeats import line_hash
from zhclean.rules import RULES

TITLE = "城南图书馆延长夜间开放时间"
BODY = (
    "从下月起，城南图书馆将把每周五和周六的闭馆时间推迟到晚上十点，方便上班族下班后前来阅读。\n"
    "馆方介绍，延时开放期间自习区、少儿阅览室和期刊区照常开放，借还书服务也不受影响。\n"
    "不少读者在留言板上写道，希望这样的便民举措能够坚持下去，并推广到其他分馆。\n"
)
ARTICLE = TITLE + "\n" + BODY
BODY_LINES = BODY.splitlines()


def page(*extra: str, before: tuple[str, ...] = ()) -> bytes:
    return "\n".join([*before, TITLE, *BODY_LINES, *extra]).encode("utf-8") + b"\n"


def text(value: str) -> bytes:
    return value.encode("utf-8")


FOOTER = "城南图书馆地址：城南路1号"
# code -> (bytes that fire it, bytes it must leave alone[, Config])
CASES: dict[str, tuple[bytes, bytes] | tuple[bytes, bytes, Config]] = {
    "ZH101": (b"\xef\xbb\xbf" + text(ARTICLE), text(ARTICLE)),
    "ZH102": (ARTICLE.encode("gb18030"), text(ARTICLE)),
    "ZH103": (ARTICLE.replace("\n", "\r\n").encode("utf-8"), text(ARTICLE)),
    "ZH110": (ARTICLE.encode("utf-8").decode("gbk", "replace").encode("utf-8"), text(ARTICLE)),
    "ZH111": (
        text(ARTICLE + "他说" + "“万山红遍”".encode("gbk").decode("latin-1") + "。\n"),
        text(ARTICLE + "他说“万山红遍”。\n"),
    ),
    "ZH112": (
        text(ARTICLE + "Le café est fermé.\n".encode().decode("latin-1")),
        text(ARTICLE + "Le café est fermé.\n"),
    ),
    "ZH120": (text(ARTICLE + "锟斤拷锟斤拷的文字。\n"), text(ARTICLE)),
    "ZH201": (
        text("歷史經(jīng)驗告訴我們，要尊重規律。\n"),
        text("學校(園)的老師告訴我們，要尊重規律。\n"),
    ),
    "ZH202": (text(TITLE + "\n牢记使命,。继续前进。\n"), text(TITLE + "\n牢记使命,继续前进。\n")),
    "ZH203": (text(TITLE + "\n&ldquo;你好&rdquo;，他说。\n"), text(TITLE + "\n“你好”，他说。\n")),
    "ZH204": (text(TITLE + "\n正文<br/>继续写下去。\n"), text(TITLE + "\n正文继续写下去。\n")),
    "ZH205": (text(TITLE + "\n正文。document.writeln('扫码关注');\n"), text(TITLE + "\n正文。\n")),
    "ZH206": (text(TITLE + "\n中\u200b文的正文。\n"), text(TITLE + "\n中文的正文。\n")),
    "ZH207": (text(TITLE + "\n中\x07文的正文。\n"), text(TITLE + "\n中文的正文。\n")),
    "ZH208": (
        text("历史沿革[编辑]\n古代[编辑]\n雄安历史悠久，是燕南赵北的重要区域。\n"),
        text("历史沿革\n古代\n雄安历史悠久，是燕南赵北的重要区域。\n"),
    ),
    "ZH209": (
        page("城北美术馆周末举办儿童画展城北美术馆周末举办儿童画展"),
        page("城北美术馆周末举办儿童画展 城北美术馆周六举办儿童画展"),
    ),
    "ZH301": (page("币安(Binance)", "全球用户最多的数字资产交易所，立即下载APP"), page(FOOTER)),
    "ZH302": (page("秒速赛车开奖结果网址"), page("秒速列车开往城北的站点")),
    "ZH303": (page(before=("首页 > 新闻 > 正文",)), page(before=("首页新闻的标题",))),
    "ZH304": (page("相关推荐", "河滨公园新增两条夜跑步道", "老城区菜市场完成升级改造"), page()),
    "ZH305": (page("版权声明：本站文章来自互联网，如有侵权请联系删除"), page(FOOTER)),
    "ZH306": (page("来源："), page("来源：城南晚报")),
    "ZH307": (page(before=("2022-09-28 05:01:05 阅读 3253",)), page(before=("阅读让城南更美好",))),
    "ZH308": (
        page(before=("发布日期：2024-06-11 15:20:13",)),
        page(before=("截止日期：报名请于6月11日前",)),
    ),
    "ZH309": (page("关键词：图书馆，夜读"), page("关于夜读，馆长有话说")),
    "ZH310": (page("点击查看大图"), page("点击率最高的书是《三体》")),
    "ZH311": (page("=========="), page("==重要通知==")),
    "ZH312": (
        page(before=("摘要：从下月起，城南图书馆将把每周五和周六的闭馆时间推迟...",)),
        page(),
    ),
    "ZH313": (page("凝聚力量/enpproperty-->"), page("凝聚力量，共建书香城南")),
    "ZH314": (text(TITLE + "\n" + TITLE + "\n" + BODY), text(ARTICLE)),
    "ZH315": (page("欢迎新老客户来电咨询，联系电话：13900000000，微信同号"), page(FOOTER)),
    "ZH316": (
        page("城南晚报读者之家"),
        page("城南晚报读者之家"),  # the same line, seen in no other file of the run
        Config(repeated_lines=frozenset({line_hash("城南晚报读者之家")})),
    ),
    "ZH317": (
        text(
            ARTICLE
            + "".join(
                "为什么显示这个内容？\n内容意见与建议\n这个内容与我无关\n我不断看到这个内容\n其他原因\n"
                + f"{answer}\n"
                for answer in (
                    "记者从市轨道交通集团获悉，地铁三号线南延段今天开始空载试运行，预计年底前开通。",
                    "今年秋季，城东片区将有三所新建公办幼儿园投入使用，共提供学位一千余个。",
                    "今年入夏以来，市民热线共受理各类诉求三万余件，同比上升一成多。",
                )
            )
        ),
        page(),
    ),
    "ZH318": (
        page(
            "分享到：微信 微博 QQ空间",
            "上一篇：河滨公园新增两条夜跑步道",
            "读者热议",
            "本馆周一闭馆。",
            "晴转多云",
        ),
        page("读者热议", "本馆周一闭馆。", "晴转多云"),
    ),
    "ZH401": (text(TITLE + "\n\n" + BODY), text(ARTICLE)),
    "ZH402": (text("\u3000\u3000" + ARTICLE), text(ARTICLE)),
    "ZH403": (
        text(
            TITLE
            + "\n为引导干部群众从党的创新理论中汲取丰富精神滋养，全力做到“两个维护”，城西区把宣\n"
            "讲党的十九届六中全会精神与重要讲话精神结合起来。\n"
        ),  # fmt: skip
        text(TITLE + "\n夜间开放首周见闻\n" + BODY),
    ),
    "ZH404": (
        text(TITLE + "\n逐浪前行。(邓志强\n易\n松)\n"),
        text(TITLE + "\n逐浪前行。(邓志强 易 松)\n"),
    ),
    "ZH501": (text("歷史經驗告訴我們，要尊重規律。\n"), text("历史经验告诉我们，要尊重规律。\n")),
    "ZH601": (
        text(TITLE + "\nCafe\u0301 的咖啡很好喝。\n"),
        text(TITLE + "\nCafé 的咖啡很好喝。\n"),
    ),
    "ZH602": (text(ARTICLE.rstrip("\n")), text(ARTICLE)),
    "ZH901": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", text(ARTICLE)),
    "ZH902": (bytes(range(128, 256)) * 3, text(ARTICLE)),
    "ZH903": (b"", text(ARTICLE)),
    "ZH905": (text("首页 | 关于我们 | 联系我们\n上一页 下一页\n返回顶部\n"), text(ARTICLE)),
}
# Codes whose input is not one file's bytes: a path (ZH904, discovery) or a clock (ZH906).
ELSEWHERE = {
    "ZH904": "tests/test_hardening_io.py (a missing path, a folder, a socket)",
    "ZH906": "tests/test_hardening_core.py (the per-file time budget)",
}


def test_every_registered_code_has_an_example_that_fires_it_and_one_it_spares():
    assert set(CASES) | set(ELSEWHERE) == set(RULES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_the_example_fires_the_code_and_the_near_miss_does_not(code):
    fires, spares, *config = CASES[code]
    cfg = config[0] if config else Config()
    assert clean_bytes(fires, cfg).counts.get(code, 0) >= 1, code
    assert clean_bytes(spares, Config()).counts.get(code, 0) == 0, code


def test_no_code_is_emitted_that_is_not_registered():
    for fires, spares, *config in CASES.values():
        for data in (fires, spares):
            assert set(clean_bytes(data, config[0] if config else Config()).counts) <= set(RULES)
