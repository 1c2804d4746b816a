"""Navigation and UI on one line: menus, breadcrumbs, previous/next, share bars, prompts.

>>> from zhclean.lexicon import load_lexicon
>>> from .classifier import classifier
>>> c = classifier(load_lexicon())
>>> breadcrumb(c, Item(1, "首页 > 新闻 > 正文", "首页 > 新闻 > 正文"))
('ZH303', 2)
>>> menu_row(c, Item(1, "港闻 财经 体育 娱乐", "港闻 财经 体育 娱乐"))
('ZH303', 2)
>>> menu_row(c, Item(1, "专家评论", "专家评论")) is None
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ....chardata import ends_sentence, han_count
from ....lexicon import fold
from ..features import STRONG, WEAK, Item
from ..registry import Verdict, detector
from ..shapes import (
    BARE_URL_RE,
    BREADCRUMB_GATE_RE,
    BREADCRUMB_SEP_RE,
    DATETIME_RE,
    INLINE_ITEMS_SPLIT_RE,
    LABEL_URL_RE,
    MENU_SPLIT_RE,
    PUNCT_ONLY_RE,
    URL_RE,
    instruction,
    squash,
    token_core,
)
from .notices import MISSING_NOTICE_MAX, missing_page

if TYPE_CHECKING:
    from .classifier import Classifier


@detector("ZH303")
def bare_url(c: Classifier, item: Item) -> Verdict | None:
    """A line that is only a URL or a domain."""
    return ("ZH303", STRONG) if BARE_URL_RE.match(item.key) else None


@detector("ZH306")
def label_with_url(c: Classifier, item: Item) -> Verdict | None:
    """A short label and nothing but a URL: "最新网址: www.example.cc". A clause before the
    URL is the author's ("这个是开源的：https://github.com/…"): it has a word a label has not;
    so is a reference ("参考：https://…")."""
    match = LABEL_URL_RE.match(item.key)
    if match is None:
        return None
    label = match.group(1) or match.group(2)
    if any(ch in label for ch in c.lex.lists["clause_chars"]):
        return None
    if label.strip() in c.lex.lists["citation_labels"]:
        return None  # "参考：https://…": a reference the author cites
    if label.strip().lower().startswith(c.lex.terms("pointer_openers")):
        return None  # "详情请见图书馆官网：…": the author's sentence points to it
    if label.endswith(("http", "https")) and not any(
        ch.isalnum() for ch in label.removesuffix("s").removesuffix("http")
    ):
        return None  # "^https://…": the colon is the URL's own, after a footnote's mark
    return "ZH306", STRONG


SITE_NAME_MAX = 20


@detector("ZH303")
def site_with_url(c: Classifier, item: Item) -> Verdict | None:
    """A site's name and its address, nothing else: "某某市政府门户网站 www.example.gov.cn"
    (the name ends with a kind of site: data site_kinds)."""
    key = item.key
    if "www." not in key and "//" not in key:
        return None
    name = URL_RE.sub(" ", key).strip(" |-·")
    if not name or len(name) > SITE_NAME_MAX or name == key.strip() or " " in name:
        return None
    return ("ZH303", STRONG) if name.endswith(c.lex.terms("site_kinds")) else None


LINK_LIST_LABEL_MAX = 12


@detector("ZH304")
def labelled_link_list(c: Classifier, item: Item) -> Verdict | None:
    """'推荐阅读: 某书 / 某书 / 某书': a related-list heading with its titles on one line."""
    head, sep, rest = item.key.partition(":")
    if not sep or not rest.strip() or "。" in rest:
        return None
    head = head.strip()
    if not any(end == len(head) for _, end, _ in c.lex.find("related_headings", head)):
        return None
    items = [p for p in INLINE_ITEMS_SPLIT_RE.split(rest.strip()) if p]
    if len(items) < 2 and len(head) > LINK_LIST_LABEL_MAX:
        return None  # "大家好，我是…。其他推荐阅读：…": a paragraph that ends on the label
    if len(items) < 2 and all(han_count(word) >= 2 for word in rest.split()):
        items = rest.split()  # titles one space apart ("推荐阅读：万古神帝 斗破苍穹")
    return ("ZH304", STRONG) if len(items) >= 2 and all(len(p) <= 30 for p in items) else None


@detector("ZH303")
def prev_next(c: Classifier, item: Item) -> Verdict | None:
    """'上一篇: ...', '... 下一篇', or both on one line."""
    key, vocab = item.key, c.vocab
    if vocab.prev_next.match(key) or vocab.prev_next_end.search(key):
        return "ZH303", STRONG
    ends = c.lex.terms("prev_next_end_labels")
    if ends and all(label in key for label in ends):
        return "ZH303", STRONG  # both links on one line: "上一篇 … 下一篇 …"
    return None


BREADCRUMB_LABEL_REACH = 12
# After a breadcrumb's label, two or more short parts and slashes between them, or the
# question marks a lossy decoder left for its arrows ("您的位置： 首页 ? 产品中心").
# A site's name and one section under it, parted by a slash: "公视新闻网 / 生活财经".
SITE_SECTION_RE = re.compile(r"([\u4e00-\u9fff\w]{2,12})\s?/\s?([\u4e00-\u9fff]{2,6})")
SLASH_TRAIL_RE = re.compile(
    r"^[:：]?\s?[^/?？\s。，]{1,12}\s?[/?？]\s?[^/?？。，]{1,20}(?:\s?[/?？]\s?[^/?？。，]{0,20}){0,6}$"
)


def is_breadcrumb(c: Classifier, key: str) -> bool:
    """'首页 > 新闻 > 正文', '您的位置:首页 > 科技 > <title>'."""
    # Its label may follow a heading glued before it ("产品中心您的位置：网站首页 > …").
    label = c.vocab.breadcrumb_label.search(key[:BREADCRUMB_LABEL_REACH])
    if label is not None and SLASH_TRAIL_RE.search(key[label.end() :]):
        return True  # "当前位置：成考网 / 成考资讯 /": a labelled trail parted with slashes
    site = SITE_SECTION_RE.fullmatch(key) if "/" in key else None
    if (
        site
        and site.group(1).endswith(c.lex.terms("site_kinds"))
        and not c.lex.find("credit_labels", site.group(2))
    ):
        return True  # "公视新闻网 / 生活财经": the site's name, then its section
    if "/" in key and " " not in key.strip() and _slash_trail(c, key):
        return True  # "专栏/轻小说/同人连载/<title>": sections parted by slashes, no spaces
    if not BREADCRUMB_GATE_RE.search(key) or key.startswith(c.lex.terms("instruction_openers")):
        return False  # "依次点击 文件 > 选项 > 高级": the author's steps through a program's menus
    parts = BREADCRUMB_SEP_RE.split(key)
    # A trail starts at home, or at the site's own name ("某某论坛 » 学术前沿 » …").
    starts = (
        bool(c.vocab.breadcrumb_start.match(key))
        or label is not None
        or parts[0].strip().endswith(c.lex.terms("site_kinds"))
    )
    # A trail of two may end with the page's own label ("国内新闻>正文") instead of starting
    # from home.
    ends = nav_token(c, parts[-1].strip()) if len(parts) == 2 else False
    if len(parts) == 2 and not (starts or ends) and "›" in key and len(parts[0]) <= TRAIL_PART_MAX:
        # "›" is a trail's mark, which prose does not use: a site's name over its section
        # ("批踢踢實業坊 › 看板 SuperHeroes"), where ">" may be an arrow in a sentence.
        starts = not any(mark in key for mark in "，。；！？")
    if len(parts) < 2 or (len(parts) == 2 and not (starts or ends)) or len(parts[0]) > 20:
        return False
    return starts or all(len(p) <= 12 for p in parts[:-1])


SLASH_TRAIL_MIN = 3  # parts of a trail parted by bare slashes ("红/黄" is a pair of words)
TRAIL_PART_MAX = 12


def _slash_trail(c: Classifier, key: str) -> bool:
    """Three parts or more parted by slashes, the first a section's label, each but the last
    a label's length: "专栏/轻小说/同人连载/…" (a path or "红/黄/蓝" starts with no label)."""
    parts = key.split("/")
    return (
        len(parts) >= SLASH_TRAIL_MIN
        and all(parts)
        and all(len(part) <= TRAIL_PART_MAX for part in parts[:-1])
        and (nav_token(c, parts[0]) or menu_word(c, parts[0]))
    )


@detector("ZH303")
def breadcrumb(c: Classifier, item: Item) -> Verdict | None:
    """A trail of sections from the home page down to this one."""
    return ("ZH303", STRONG) if is_breadcrumb(c, item.key) else None


@detector("ZH303")
def share_bar(c: Classifier, item: Item) -> Verdict | None:
    """A share bar, whatever networks it lists: '分享到: 微信 微博'."""
    key = item.key
    if key.startswith(c.lex.terms("share_bar_labels")) and len(item.text) <= 60:
        return None if ends_sentence(key) else ("ZH303", STRONG)
    if len(key) <= SHARE_ACTION_MAX and share_action(c, key):
        return "ZH303", STRONG
    if len(key) <= SHARE_BAR_MAX and GLUED_BUTTON_RE.search(item.text):
        # Buttons glued into one line once their markup went: "Share to TwitterShare to
        # FacebookShare to Pinterest" (two networks or more, nothing else).
        unglued = fold(GLUED_BUTTON_RE.sub(" ", item.text))
        if share_action(c, unglued, several=True):
            return "ZH303", STRONG
    return None


SHARE_ACTION_MAX = 24
SHARE_BAR_MAX = 120  # buttons glued into one line: two networks or more
GLUED_BUTTON_RE = re.compile(r"(?<=[a-z!])(?=[A-Z][a-z])")


def share_action(c: Classifier, key: str, several: bool = False) -> bool:
    """Is the line a share button and nothing else: a share verb and a network, in any order,
    with only "用 / 到 / on / via" between them ("用line传送", "share on facebook")? A
    sentence about a network ("用微信发送红包更方便") has words of its own left over.

        >>> from zhclean.lexicon import load_lexicon
        >>> from .classifier import Classifier
        >>> c = Classifier(load_lexicon())
        >>> share_action(c, "用line传送"), share_action(c, "用微信发送红包")
        (True, False)
    """
    networks = {term for _, _, term in c.lex.find("share_networks", key)}
    verbs = {term for _, _, term in c.lex.find("share_verbs", key)}
    if not networks or not verbs or (several and len(networks) < 2):
        return False
    rest = key
    # Longest first, then in code-point order: the same in every process (no hash order).
    for term in sorted(networks | verbs, key=lambda term: (-len(term), term)):
        rest = rest.replace(term, " ")
    return not c.vocab.share_glue.sub("", rest)


@detector("ZH303")
def site_header(c: Classifier, item: Item) -> Verdict | None:
    """'欢迎来到某某网' at the top of every page."""
    if len(item.text) <= 50 and any(item.key.startswith(h) for h in c.lex.lists["header_starts"]):
        return "ZH303", STRONG
    return None


@detector("ZH303")
def back_to_site(c: Classifier, item: Item) -> Verdict | None:
    """A way back to the site: "返回搜狐，查看更多", "返回新浪首页", "点击回到头条首页"; or
    to its address for more ("更多…资讯请关注www.example.com"). ("返回故乡" is a title.)"""
    key = item.key
    squashed = squash(key)
    if (
        key.startswith(c.lex.terms("back_openers"))
        and len(squashed) <= 10
        and not ends_sentence(key)
        and squashed.endswith(c.vocab.back_to_site)
    ):
        return "ZH303", STRONG
    if c.vocab.more_elsewhere.match(key):
        return "ZH303", STRONG  # "更多精彩内容请访问 www.example.com"
    return None


def nav_token(c: Classifier, token: str) -> bool:
    """A known label, in its brackets or spaced to a button's width ("【首页】", "首 页")."""
    token = unspaced(token_core(token))
    return bool(token) and (
        c.lex.has("nav_labels", token)
        or token.startswith(c.lex.terms("share_bar_labels"))
        or FONT_SIZE_WORDS_RE.fullmatch(token) is not None
    )


def menu_word(c: Classifier, token: str) -> bool:
    """In a row of three or more: a news channel ("财经"), or a section of the site named
    for what it holds ("百科首页", "知识专题"). Alone, such a word is a heading."""
    token = unspaced(token_core(token))
    if c.lex.has("section_labels", token):
        return True
    # A section is named by a noun at its end ("百科首页"); one word before a verb there
    # makes a sentence ("我喜欢", "都支持"), not a label ("立即注册" stays a label).
    return len(token) <= 6 and any(
        end == len(token)
        and len(term) >= 2
        and not (len(token) - len(term) <= 1 and c.lex.has("action_labels", term))
        for _, end, term in c.lex.find("nav_labels", token)
    )


SENTENCE_WORDS_MIN = 4  # words of a row that ends a sentence: a sentence, not a menu
LATIN_END_RE = re.compile(r"[a-z][.?!]$")  # an English sentence's end (not an ellipsis)

# A short Chinese label and its English translation: "网站首页home page", "关于我们About us".
BILINGUAL_LABEL_RE = re.compile(r"([\u4e00-\u9fff]{2,6})\s?[a-z][a-z ]{1,20}")


@detector("ZH303")
def menu_row(c: Classifier, item: Item) -> Verdict | None:
    """A row of menu labels: every token a label, or enough of them in a long row. A label
    with its English translation glued to it ("关于我们About us") is read as the label."""
    key = item.key
    if FONT_SIZES_RE.fullmatch(key):
        return "ZH303", STRONG  # a font-size widget: one letter in each size, "A A A A"
    bilingual = BILINGUAL_LABEL_RE.fullmatch(key)
    if bilingual:
        key = bilingual.group(1)
    tokens = [t for t in MENU_SPLIT_RE.split(key) if t]
    if len(tokens) == 1 and key.count("-") >= DASHED_MENU_MIN:
        # A menu parted by dashes ("网易首页-新闻-体育-NBA-娱乐-"); a model number or a
        # date has fewer of them.
        tokens = [t for t in key.split("-") if t]
    # A count's thousands separator ("分享 1,088") is no comma of a sentence.
    marked = THOUSANDS_RE.sub("", key) if "," in key else key
    if not tokens or any(ch in marked for ch in "。，,;；"):
        return None
    if len(tokens) >= SENTENCE_WORDS_MIN and (ends_sentence(key) or LATIN_END_RE.search(key)):
        return None  # "Share to Twitter and Facebook is what most readers did."
    if _english_sentence(item.text):
        return None  # "…importing the posts from Blogger to Word Press. *Finally*"
    if len(tokens) > 1 and nav_token(c, key):
        return "ZH303", STRONG  # one label of several words: "skip to content", "about us"
    nav = sum(1 for t in tokens if nav_token(c, t))
    if len(tokens) >= 3:
        # Channels and site sections count in a row of three or more ("港闻 财经 体育");
        # alone, "经济" or "专家评论" is a heading.
        nav += sum(1 for t in tokens if not nav_token(c, t) and menu_word(c, t))
    short = all(len(t) <= 10 for t in tokens)
    if nav and _labels_with_furniture(c, key):
        return "ZH303", STRONG  # labels with the page's address or date: "… [2014-04-02] 我要评论"
    if short and (
        nav == len(tokens)
        or (len(tokens) >= 3 and nav / len(tokens) >= 0.3)
        or (len(tokens) >= 5 and nav >= 1)
    ):
        return "ZH303", STRONG
    return None


LOWER_WORDS_MIN = 4


def _english_sentence(text: str) -> bool:
    """Words of a sentence in Latin letters, most in lower case ("I just finished importing
    the posts from Blogger"): a menu's English labels are written in title case."""
    words = text.split()
    lower = sum(1 for w in words if w.isascii() and w.isalpha() and w.islower())
    return lower >= LOWER_WORDS_MIN and 2 * lower >= len(words)


def _labels_with_furniture(c: Classifier, key: str) -> bool:
    """Labels, and besides them only the page's address or its date ("http://paper.example.com
    [2014-04-02] 我要评论"): a row of the page's furniture."""
    if not (URL_RE.search(key) or DATETIME_RE.search(key)):
        return False
    tokens = [t for t in MENU_SPLIT_RE.split(URL_RE.sub(" ", key)) if t]
    labels = 0
    for token in tokens:
        core = token.strip("[]()（）【】")
        found = DATETIME_RE.search(core) if core else None
        if found is not None and found.start() == 0 and found.end() == len(core):
            continue  # a date or a time alone, in brackets or not
        if not nav_token(c, token):
            return False
        labels += 1
    return labels > 0


# A word printed one ideograph at a time, a space between them ("首 页", "新 闻"): a menu's
# label spaced to a button's width.
SPACED_WORD_RE = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3}")


def unspaced(key: str) -> str:
    """``"首 页"`` -> ``"首页"``: a word spaced one ideograph at a time, closed up."""
    return key.replace(" ", "") if " " in key and SPACED_WORD_RE.fullmatch(key) else key


# A font-size widget's buttons run together: three sizes or more ("小中大", "小中大特大").
FONT_SIZE_WORDS_RE = re.compile(r"(?:特?[大中小]){3,5}")
# A font-size widget: the same letter two times or more, in its sizes ("A A A A", "A- A A+").
FONT_SIZES_RE = re.compile(r"a[+-]?(?:\s+a[+-]?)+")
DASHED_MENU_MIN = 4
THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


@detector("ZH303")
def widget_run(c: Classifier, item: Item) -> Verdict | None:
    """Widget labels run together once the invisible separators went ("收藏喜欢")."""
    squashed = squash(item.key)
    return ("ZH303", STRONG) if len(squashed) <= 12 and c.nav_run_re.match(squashed) else None


@detector("ZH303")
def menu_arrow(c: Classifier, item: Item) -> Verdict | None:
    """A menu item with an arrow: "• 经管营销>" (weak: only next to other chrome)."""
    if item.key.endswith((">", "»", ">>")) and len(item.text) <= 20:
        return "ZH303", WEAK
    return None


# A gallery's link with its count of pictures: "蔡健雅演唱会(12张)", "图集（共8张）".
GALLERY_RE = re.compile(r"^[^，。,；;！？!?]{1,30}[(（]共?\d{1,4}\s?张[)）]$")


@detector("ZH303")
def gallery_link(c: Classifier, item: Item) -> Verdict | None:
    """A link to a gallery, its count of pictures in brackets after its name."""
    return ("ZH303", STRONG) if "张" in item.key and GALLERY_RE.match(item.key) else None


TEMPLATE_SENTENCE_MAX = 80


@detector("ZH310")
def ui_prompt(c: Classifier, item: Item) -> Verdict | None:
    """A UI prompt: "点击查看大图", "长按识别二维码", "点击上方蓝字关注我们"."""
    key = item.key
    if "app" in key and _app_prompt(c, key):
        return "ZH310", STRONG
    if len(key) <= TEMPLATE_SENTENCE_MAX and c.lex.contains("form_notices", key):
        return "ZH310", STRONG  # a comment form's sentence about itself, ending or not
    squashed = squash(key)
    # A prompt's length in ideographs, or in words weighed as ideographs when it has none.
    length = len(squashed) if item.han else 2.5 * len(key.split())
    if length > 30:
        # A template's sentence carries two of its prompts, whatever its length: "在此浏览器中
        # 保存我的显示名称…，以便下次评论时使用。" (an author's sentence mentions one at most).
        if len(key) <= TEMPLATE_SENTENCE_MAX:
            found = {term for _, _, term in c.lex.find("ui_phrases", key)}
            if len(found) >= 2:
                return "ZH310", STRONG
        return None
    stripped = key.strip(" •*-·[]【】")
    whole = stripped.rstrip("。.!！…")
    # Each list is asked once; a prompt's position decides, then its count.
    prompts = c.lex.find("ui_prompts", stripped)
    phrases = c.lex.find("ui_phrases", stripped)
    if any(start == 0 and end >= len(whole) for start, end, _ in (*prompts, *phrases)) or (
        len(prompts) >= 2 and _only_prompts(whole, prompts)
    ):
        # The prompt is the whole line, with or without its full stop ("Comments are
        # closed.", "Loading..."), or two prompts are ("加载中，请稍候..."): no sentence
        # of the author's.
        return "ZH310", STRONG
    if not instruction(key):
        for start, _, term in prompts:
            if start <= 2 or term == "imageverifiercode":
                return "ZH310", STRONG
    # A sentence that mentions a prompt is the author's ("关注我们的读者会发现，..."): with a
    # clause in it, a prompt line carries two ("点击上方...，设为星标"). A comma the line
    # opens with is what is left of a link's text, no clause.
    if (
        phrases
        and not key.rstrip().endswith("。")
        and (len(phrases) >= 2 or not instruction(key.lstrip("，,、 ")))
    ):
        return "ZH310", STRONG
    if len(squashed) <= ERROR_NOTICE_MAX and c.lex.contains("error_notices", key):
        return "ZH310", STRONG  # "加载论坛时出错，请强制刷新页面重试。"
    if len(squashed) <= MISSING_NOTICE_MAX and missing_page(c, key, len(squashed)):
        return "ZH310", STRONG  # "对不起，我们没有找到您要的网页。"
    return None


ERROR_NOTICE_MAX = 30
# A prompt to get the site's app: a verb of the prompt (data: app_prompt_verbs), the app's
# name, then "APP" ("下载百度知道APP，抢鲜体验", "打开新浪新闻App").
APP_NAME_MAX = 10
APP_PROMPT_MAX = 40
APP_FOLLOWERS = frozenset(" ，,！!。")


def _app_prompt(c: Classifier, key: str) -> bool:
    """The verb and the app's name open the line: alone in a short line, or with a prompt of
    the site's after it ("使用百度知道APP，立即抢鲜体验。你的手机镜头里…"). "使用微信APP，可以
    方便地支付。" names an app in a sentence of the author's.

        >>> from zhclean.lexicon import load_lexicon
        >>> from zhclean.stages.boilerplate.line import LineRoom
        >>> c = LineRoom(load_lexicon(), lambda code: True).context
        >>> _app_prompt(c, "下载百度知道app，抢鲜体验"), _app_prompt(c, "使用微信app，可以方便地支付。")
        (True, False)
    """
    prompting = c.lex.terms("app_prompt_verbs")
    verb = next(
        (v for v in (*prompting, *c.lex.terms("app_naming_verbs")) if key.startswith(v)), None
    )
    if verb is None:
        return False
    at = key.find("app", len(verb) + 1, len(verb) + APP_NAME_MAX + 3)
    name = key[len(verb) : at]
    if (
        at < 0
        or any(ch in APP_FOLLOWERS for ch in name)
        or key[at + 3 : at + 4] not in APP_FOLLOWERS | {""}
    ):
        return False
    if len(key) <= APP_PROMPT_MAX and "。" not in key and verb in prompting:
        return True
    return bool(c.lex.find("ui_phrases", key)) and len(key) <= TEMPLATE_SENTENCE_MAX


def _only_prompts(text: str, prompts: list[tuple[int, int, str]]) -> bool:
    """Is ``text`` its prompts and punctuation, nothing else ("加载中，请稍候")?"""
    covered = [False] * len(text)
    for start, end, _ in prompts:
        covered[start:end] = [True] * (min(end, len(text)) - start)
    return all(done or PUNCT_ONLY_RE.match(ch) for ch, done in zip(text, covered, strict=True))


def is_related_heading(c: Classifier, key: str) -> bool:
    core = c.vocab.more_suffix.sub("", key).strip(" -•*·【】[]<>《》:").rstrip(".…")
    if not core or len(core) > 30 or ends_sentence(core):
        return False
    if any(end == len(core) for _, end, _ in c.lex.find("related_headings", core)):
        return True
    return composed_heading(c, core) or recommendation_heading(c, core)


def recommendation_heading(c: Classifier, core: str) -> bool:
    """Who the recommendations are for, then what they did too (data: recommendation_subjects,
    recommendation_verbs): "喜欢这本的人，也看了", "购买此商品的顾客也购买了"; "我还买了" is a
    sentence of the author's.

        >>> from zhclean.lexicon import load_lexicon
        >>> from zhclean.stages.boilerplate.line import LineRoom
        >>> c = LineRoom(load_lexicon(), lambda code: True).context
        >>> recommendation_heading(c, "喜欢这本的人，也看了"), recommendation_heading(c, "我还买了")
        (True, False)
    """
    verbs = c.lex.terms("recommendation_verbs")
    if not core.endswith(verbs):
        return False  # the usual line, settled by one call
    verb = next(v for v in verbs if core.endswith(v))
    before = core[: len(core) - len(verb)].rstrip("，, ")
    return before.endswith(c.lex.terms("recommendation_subjects"))


COMPOSED_HEADING_MAX = 10
GLUED_ENTRIES_MIN = 3
GLUED_ENTRY_MAX = 12


def composed_heading(c: Classifier, core: str) -> bool:
    """A list's heading made of a list's words only, a qualifier among them (data:
    heading_qualifiers, heading_nouns): "热门排行", "每日精彩视频", "人气新闻", and a channel's
    name before the noun ("其他生活新闻"); one word alone ("推荐") or any other word beside
    them ("热门景点介绍") is no such heading.

        >>> from zhclean.lexicon import load_lexicon
        >>> from zhclean.stages.boilerplate.line import LineRoom
        >>> c = LineRoom(load_lexicon(), lambda code: True).context
        >>> composed_heading(c, "热门排行"), composed_heading(c, "热门景点介绍")
        (True, False)
        >>> composed_heading(c, "其他生活新闻"), composed_heading(c, "每日经济新闻")
        (True, False)
    """
    if len(core) > COMPOSED_HEADING_MAX:
        return False
    qualifiers = c.lex.find("heading_qualifiers", core)
    if not qualifiers:
        return False
    # The ends a chain of the words can reach from the line's start; the whole line must
    # be one such chain of two words or more.
    nouns = c.lex.find("heading_nouns", core)
    ends: dict[int, list[int]] = {}
    # A channel's name may stand between them when a list's noun ends the line:
    # "其他生活新闻", "最新体育资讯".
    # Only after a qualifier that picks among articles ("每日经济新闻" is a paper's name).
    sections = (
        c.lex.find("section_labels", core)
        if nouns
        and nouns[-1][1] == len(core)
        and any(start == 0 for start, _, _ in c.lex.find("channel_qualifiers", core))
        else ()
    )
    for start, end, _ in (*qualifiers, *nouns, *sections):
        ends.setdefault(start, []).append(end)
    reached = {0: 0}  # a position -> the most words of a chain that reaches it
    for position in range(len(core)):
        if position not in reached:
            continue
        for end in ends.get(position, ()):
            reached[end] = max(reached.get(end, 0), reached[position] + 1)
    return reached.get(len(core), 0) >= 2


@detector("ZH304")
def related_heading(c: Classifier, item: Item) -> Verdict | None:
    """'相关推荐', '热点文章': the heading of a list of other articles, alone or with its
    list's short entries on the same line ("相关资讯 营养成分 粥 腊八节")."""
    key = item.key
    if is_related_heading(c, key):
        return "ZH304", STRONG
    tokens = key.split()
    if (
        len(tokens) >= GLUED_ENTRIES_MIN
        and is_related_heading(c, tokens[0])
        and all(len(token) <= GLUED_ENTRY_MAX for token in tokens[1:])
        and not any(mark in key for mark in "，。；！？,;!?")
        # Entries in ideographs: after an English "Related:", short Latin words are a
        # sentence ("Related: 打胜仗 dǎ shèngzhàng - win a war", a vocabulary note).
        and sum(1 for token in tokens[1:] if han_count(token)) * 2 >= len(tokens) - 1
    ):
        return "ZH304", STRONG
    return None
