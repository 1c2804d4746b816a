"""The report's stylesheet and script, inlined into the page (no network, no CDN).

The script is the filter: a rule and a status chosen in the bar at the top (or by
clicking a bar of a chart, or given in the address: ``report.html?rule=ZH304``) hide
the samples, warnings and files that do not match; and a link to a line opens its
file's view. The page reads whole without it.

    >>> "prefers-color-scheme" not in STYLE and "fetch(" not in SCRIPT
    True
"""

from __future__ import annotations

STYLE = """
:root { --ink:#1f2328; --muted:#656d76; --line:#d8dee4; --bg:#f6f8fa; --card:#fff;
  --rm:#fde8e6; --rm-edge:#c8553d; --fix:#fff4d6; --fix-edge:#d99a2b; --link:#0a58ca; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC",
  "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color:var(--ink);
  background:var(--bg); }
header.top { background:#22272e; color:#fff; padding:22px 32px 18px; }
header.top h1 { margin:0 0 4px; font-size:24px; font-weight:650; letter-spacing:.2px; }
header.top .sub { color:#c9d1d9; font-size:13.5px; word-break:break-all; }
main { max-width:1240px; margin:0 auto; padding:0 24px 48px; }
.cards { display:flex; gap:12px; flex-wrap:wrap; margin:18px 0 6px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:8px;
  padding:10px 16px; min-width:150px; }
.card b { display:block; font-size:22px; font-weight:650; }
.card span { color:var(--muted); font-size:13px; }
.card.warn b { color:#b42318; }
nav.filters { position:sticky; top:0; z-index:5; background:rgba(246,248,250,.96);
  border-bottom:1px solid var(--line); padding:10px 0; margin-bottom:8px;
  display:flex; gap:18px; align-items:center; flex-wrap:wrap; font-size:14px; }
nav.filters select { font:inherit; padding:3px 6px; border:1px solid var(--line);
  border-radius:6px; background:#fff; max-width:280px; }
nav.filters a { color:var(--link); text-decoration:none; }
nav.filters .count { color:var(--muted); margin-left:auto; }
section { margin-top:26px; }
h2 { font-size:19px; margin:0 0 4px; }
h2 + p.lead, p.lead { color:var(--muted); margin:0 0 12px; font-size:14px; }
.charts { display:grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap:14px;
  align-items:start; }
.charts .col { display:flex; flex-direction:column; gap:14px; min-width:0; }
.panel { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px 14px; }
.panel h3 { margin:0 0 6px; font-size:15px; }
.panel p { margin:0 0 8px; color:var(--muted); font-size:13px; }
svg.chart { max-width:100%; height:auto; }
svg.chart .bar[data-rule], svg.chart .bar[data-status] { cursor:pointer; }
svg.chart .bar:hover rect { opacity:.8; }
svg.chart .bar.off { opacity:.25; }
.legend { display:flex; gap:12px; flex-wrap:wrap; font-size:12.5px; color:var(--muted); margin-top:4px; }
.legend i { display:inline-block; width:10px; height:10px; border-radius:2px; margin-right:4px; }
table { border-collapse:collapse; width:100%; background:var(--card); font-size:14px; }
th, td { border-bottom:1px solid var(--line); padding:6px 10px; text-align:left; vertical-align:top; }
th { background:#eef1f4; font-weight:600; font-size:13px; }
td.score { font-variant-numeric:tabular-nums; width:78px; white-space:nowrap; }
td.where { white-space:nowrap; font-size:13px; max-width:300px; overflow:hidden; text-overflow:ellipsis; }
.code { display:inline-block; font: 600 12px/1.6 ui-monospace, "SFMono-Regular", Menlo, monospace;
  padding:0 6px; border-radius:10px; background:#eef1f4; color:#333; white-space:nowrap; }
.code.rm { background:var(--rm); color:#8a2c1c; }
.code.fix { background:var(--fix); color:#7a5200; }
.status { font-size:12px; padding:0 6px; border-radius:10px; color:#fff; white-space:nowrap; }
.status.cleaned { background:#2e7d32; } .status.unchanged { background:#90a4ae; }
.status.dropped { background:#ef6c00; } .status.skipped { background:#f9a825; color:#222; }
.status.error { background:#c62828; }
a { color:var(--link); }
.rule { background:var(--card); border:1px solid var(--line); border-radius:8px;
  padding:10px 14px; margin-bottom:10px; }
.rule h3 { margin:0; font-size:15.5px; display:flex; gap:10px; align-items:baseline; flex-wrap:wrap; }
.rule h3 small { color:var(--muted); font-weight:400; font-size:13px; }
.rule p.desc { margin:2px 0 6px; color:var(--muted); font-size:13px; }
.rule ol { margin:0; padding-left:0; list-style:none; }
.rule li { padding:3px 0; border-top:1px dashed #eceff2; display:grid;
  grid-template-columns:270px 1fr; gap:12px; }
.rule li > a, .rule li > span.muted { white-space:nowrap; font-size:12.5px; overflow:hidden;
  text-overflow:ellipsis; padding-top:2px; }
.muted { color:var(--muted); }
details.file { background:var(--card); border:1px solid var(--line); border-radius:8px;
  margin-bottom:8px; }
details.file > summary { cursor:pointer; padding:8px 12px; display:flex; gap:10px;
  align-items:center; flex-wrap:wrap; font-size:14px; }
details.file > summary .path { font-weight:600; word-break:break-all; }
details.file[open] > summary { border-bottom:1px solid var(--line); }
.notes { margin:8px 12px; color:#7a5200; font-size:13px; }
.diff { display:grid; grid-template-columns:1fr 1fr; gap:0; }
.diff > div { min-width:0; }
.diff h4 { margin:0; padding:6px 12px; font-size:13px; background:#eef1f4; color:#333;
  border-bottom:1px solid var(--line); }
.diff .after { border-left:1px solid var(--line); }
ol.lines { margin:0; padding:0; list-style:none; font-size:14px; }
ol.lines li { display:grid; grid-template-columns:44px 1fr; gap:6px; padding:1px 10px 1px 0;
  border-left:3px solid transparent; }
ol.lines li .no { color:#8c959f; text-align:right; font: 12px/1.9 ui-monospace, Menlo, monospace;
  user-select:none; }
ol.lines li .t { white-space:pre-wrap; word-break:break-word; }
ol.lines li.rm { background:var(--rm); border-left-color:var(--rm-edge); }
ol.lines li.rm .t { color:#6e2a1d; }
ol.lines li.fix { background:var(--fix); border-left-color:var(--fix-edge); }
ol.lines li:target, ol.lines li.target { outline:2px solid var(--link); }
ol.lines li .code { margin-right:6px; }
.record { border-top:1px solid var(--line); }
.record > h5 { margin:0; padding:6px 12px; font-size:13px; }
table.changes { font-size:13px; }
table.changes td.t { font-family: inherit; word-break:break-word; }
.cut { color:var(--muted); font-size:12.5px; padding:4px 12px; }
footer { color:var(--muted); font-size:12.5px; margin-top:36px; }
[hidden] { display:none !important; }
"""

SCRIPT = """
(function () {
  var rule = document.getElementById('f-rule');
  var status = document.getElementById('f-status');
  var count = document.getElementById('f-count');
  function matches(el, r, s) {
    var rules = el.getAttribute('data-rules');
    if (r && rules !== null && (' ' + rules + ' ').indexOf(' ' + r + ' ') < 0) return false;
    var st = el.getAttribute('data-status');
    if (s && st !== null && st !== s) return false;
    return true;
  }
  function apply() {
    var r = rule.value, s = status.value, files = 0;
    document.querySelectorAll('[data-f]').forEach(function (el) {
      el.hidden = !matches(el, r, s);
    });
    document.querySelectorAll('.rule').forEach(function (art) {
      if (!art.hidden) art.hidden = art.querySelectorAll('li[data-f]:not([hidden])').length === 0;
    });
    var none = document.getElementById('warnings-none');
    if (none) none.hidden = document.querySelectorAll('#warnings tr[data-f]:not([hidden])').length > 0;
    document.querySelectorAll('details.file').forEach(function (d) { if (!d.hidden) files++; });
    document.querySelectorAll('svg.chart .bar').forEach(function (g) {
      var br = g.getAttribute('data-rule'), bs = g.getAttribute('data-status');
      g.classList.toggle('off', !!((br && r && br !== r) || (bs && s && bs !== s)));
    });
    count.textContent = (r || s) ? files + ' file views match' : '';
  }
  rule.addEventListener('change', apply);
  status.addEventListener('change', apply);
  document.getElementById('f-clear').addEventListener('click', function (e) {
    e.preventDefault(); rule.value = ''; status.value = ''; apply();
  });
  document.querySelectorAll('svg.chart .bar').forEach(function (g) {
    g.addEventListener('click', function () {
      var br = g.getAttribute('data-rule'), bs = g.getAttribute('data-status');
      if (br) rule.value = rule.value === br ? '' : br;
      if (bs) status.value = status.value === bs ? '' : bs;
      apply();
    });
  });
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    var d = el.closest('details');
    if (d) d.open = true;
    el.scrollIntoView({block: 'center'});
  }
  window.addEventListener('hashchange', reveal);
  // A filter can be linked to: report.html?rule=ZH304&status=cleaned
  var params = new URLSearchParams(location.search);
  if (params.get('rule')) rule.value = params.get('rule');
  if (params.get('status')) status.value = params.get('status');
  reveal();
  apply();
  document.body.setAttribute('data-ready', '1');
})();
"""

__all__ = ["SCRIPT", "STYLE"]
