"""Bar charts as inline SVG: no script, no library, readable without the page's CSS.

>>> svg = bar_chart("statuses", [Bar("cleaned", 116, "#2e7d32", status="cleaned")])
>>> svg.startswith('<svg id="chart-statuses"') and "116" in svg
True
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..rules import RULES

# One colour per stage (the order data flows), and per file status.
STAGE_COLOURS = {
    "decode": "#5b7db1",
    "repair": "#7e5bb1",
    "garble": "#b15b99",
    "boilerplate": "#c8553d",
    "layout": "#4f9a60",
    "script": "#d99a2b",
    "finish": "#8a8f98",
    "file": "#545b66",
}
STATUS_COLOURS = {
    "cleaned": "#2e7d32",
    "unchanged": "#90a4ae",
    "dropped": "#ef6c00",
    "skipped": "#f9a825",
    "error": "#c62828",
}
ROW = 24  # pixels per bar
LABEL = 250  # pixels for the labels left of the bars
WIDTH = 560


@dataclass
class Bar:
    """One bar: its label, value and colour; ``rule`` or ``status`` make it a filter."""

    label: str
    value: int
    colour: str
    rule: str | None = None
    status: str | None = None
    tip: str = ""


def rule_bars(counts: dict[str, int], removals: bool) -> list[Bar]:
    """Bars for rule counts, most first: the boilerplate stage's (lines removed) when
    ``removals``, else every other stage's (in-line changes, layout, files).

    >>> [b.label for b in rule_bars({"ZH303": 2, "ZH402": 5}, True)]
    ['ZH303 navigation']
    """
    bars = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = RULES.get(code)
        stage = rule.stage if rule else "file"
        if count <= 0 or (stage == "boilerplate") != removals:
            continue
        name = rule.name if rule else "unknown rule"
        tip = f"{code} {name}: {count:,}" + (f" ({rule.description})" if rule else "")
        bars.append(Bar(f"{code} {name}", count, STAGE_COLOURS.get(stage, "#777"), code, None, tip))
    return bars


def status_bars(counts: dict[str, int]) -> list[Bar]:
    """Bars for file statuses, in the schema's order."""
    order = [s for s in STATUS_COLOURS if counts.get(s)] + sorted(
        s for s in counts if s not in STATUS_COLOURS and counts[s]
    )
    return [
        Bar(s, counts[s], STATUS_COLOURS.get(s, "#777"), status=s, tip=f"{s}: {counts[s]:,} files")
        for s in order
    ]


def bar_chart(name: str, bars: list[Bar], width: int = WIDTH) -> str:
    """A horizontal bar chart, one row a bar, values printed at the bars' ends; a bar
    with a rule or a status is a filter (``data-rule``, ``data-status``)."""
    if not bars:
        return f'<svg id="chart-{escape(name)}" class="chart" width="0" height="0"></svg>'
    top = max(bar.value for bar in bars)
    room = width - LABEL - 70
    height = ROW * len(bars) + 8
    parts = [
        f'<svg id="chart-{escape(name)}" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(name)}" '
        'xmlns="http://www.w3.org/2000/svg" font-family="inherit">'
    ]
    for i, bar in enumerate(bars):
        y = 4 + i * ROW
        length = max(2.0, room * bar.value / top) if bar.value else 0.0
        data = ""
        if bar.rule:
            data = f' data-rule="{escape(bar.rule)}"'
        elif bar.status:
            data = f' data-status="{escape(bar.status)}"'
        parts.append(
            f'<g class="bar"{data} tabindex="0"><title>{escape(bar.tip or bar.label)}</title>'
            f'<text x="{LABEL - 8}" y="{y + 16}" text-anchor="end" font-size="13" '
            f'fill="#333">{escape(_short(bar.label))}</text>'
            f'<rect x="{LABEL}" y="{y + 3}" width="{length:.1f}" height="{ROW - 7}" rx="3" '
            f'fill="{bar.colour}"/>'
            f'<text x="{LABEL + length + 6:.1f}" y="{y + 16}" font-size="12" '
            f'fill="#555">{bar.value:,}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


__all__ = ["Bar", "STAGE_COLOURS", "STATUS_COLOURS", "bar_chart", "rule_bars", "status_bars"]
