"""Which HTML parser: lxml or selectolax (lexbor), parse alone and parse + a full walk.

    python benchmarks/html_parsers.py [FOLDER_OF_HTML ...]

Without folders it measures generated Chinese pages (a menu of 30 links, 300 paragraphs
with links and bold text, a footer). selectolax is optional: install it to compare.
The walk visits every element and text node and reads each element's class, as
zhclean.html.blocks does; ms per MB of HTML, best of three.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def generated(count: int = 60) -> list[str]:
    para = "<p>这是一个测试段落，包含<a href='#'>链接</a>和<b>粗体</b>文字。它很长很长。</p>\n"
    nav = "<ul class='nav'>" + "".join(f"<li><a href='/{i}'>栏目{i}</a></li>" for i in range(30))
    page = (
        "<html><head><meta charset=utf-8><title>t</title><script>var a=1;</script></head><body>"
        f"{nav}</ul><div class=content>{para * 300}</div><footer>版权所有</footer></body></html>"
    )
    return [page] * count


def lxml_walk(text: str) -> int:
    from lxml import etree

    root = etree.fromstring(text.encode(), etree.HTMLParser(encoding="utf-8"))
    count = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start" and isinstance(element.tag, str):
            element.get("class")
            count += 1
    return count


def lexbor_walk(text: str) -> int:
    from selectolax.lexbor import LexborHTMLParser

    count = 0
    stack = [LexborHTMLParser(text).root]
    while stack:
        node = stack.pop()
        child = node.child
        while child is not None:
            if child.tag == "-text":
                child.text_content  # noqa: B018 - read, as a walk does
            elif not child.tag.startswith(("-", "_")):
                count += 1
                child.attributes.get("class")
                stack.append(child)
            child = child.next
    return count


def lxml_parse(text: str) -> None:
    from lxml import etree

    etree.fromstring(text.encode(), etree.HTMLParser(encoding="utf-8"))


def lexbor_parse(text: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    LexborHTMLParser(text)


def best(fn, texts: list[str]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    texts = [
        p.read_text("utf-8", "replace") for arg in sys.argv[1:] for p in Path(arg).rglob("*.htm*")
    ] or generated()
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} pages, {mb:.1f} MB")
    runs = [("lxml", lxml_parse, lxml_walk)]
    try:
        import selectolax  # noqa: F401

        runs.append(("selectolax (lexbor)", lexbor_parse, lexbor_walk))
    except ImportError:
        print("selectolax is not installed: lxml only")
    for name, parse, walk in runs:
        print(
            f"{name:20} parse {1000 * best(parse, texts) / mb:6.1f} ms/MB, "
            f"parse + walk {1000 * best(walk, texts) / mb:6.1f} ms/MB"
        )


if __name__ == "__main__":
    main()
