"""The disk cache of built tables (issue 15): used when there, rebuilt when an input
changes, never a crash when the folder cannot be written, and the same tables as a
fresh build."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from zhclean import cache, chardata, clean_text
from zhclean.lexicon import _build_lists, _load_lexicon, _packaged_text, load_lexicon
from zhclean.stages import script


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ZHCLEAN_CACHE_DIR", str(folder))
    return folder


def test_a_table_is_built_once_then_read(cache_dir):
    calls = []

    def build():
        calls.append(1)
        return {"a": frozenset({"x"})}

    assert cache.cached("t", ("k",), build) == {"a": frozenset({"x"})}
    assert cache.cached("t", ("k",), build) == {"a": frozenset({"x"})}
    assert len(calls) == 1
    assert len(list(cache_dir.glob("t-*.marshal"))) == 1


def test_other_inputs_other_key(cache_dir):
    assert cache.cached("t", ("one",), lambda: 1) == 1
    assert cache.cached("t", ("two",), lambda: 2) == 2
    assert cache.cached("t", ("one",), lambda: 3) == 1


def test_old_keys_are_pruned(cache_dir):
    for i in range(cache.KEEP + 3):
        cache.cached("t", (str(i),), lambda: i)  # noqa: B023
    assert len(list(cache_dir.glob("t-*.marshal"))) == cache.KEEP
    cache.cached("other", ("x",), lambda: 0)
    assert len(list(cache_dir.glob("other-*.marshal"))) == 1


def test_a_damaged_file_is_rebuilt(cache_dir):
    cache.cached("t", ("k",), lambda: [1, 2])
    (path,) = cache_dir.glob("t-*.marshal")
    path.write_bytes(b"\x00garbage")
    assert cache.cached("t", ("k",), lambda: [1, 2]) == [1, 2]
    assert cache.cached("t", ("k",), lambda: None) == [1, 2]  # and written again


def test_an_unwritable_folder_falls_back(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ZHCLEAN_CACHE_DIR", str(blocker / "cache"))
    assert cache.cached("t", ("k",), lambda: (1, "x")) == (1, "x")
    assert blocker.read_text() == "not a folder"


def test_the_cache_can_be_off(monkeypatch, tmp_path):
    monkeypatch.setenv("ZHCLEAN_CACHE_DIR", "")
    assert cache.cache_dir() is None
    calls = []
    for _ in range(2):
        cache.cached("t", ("k",), lambda: calls.append(1))
    assert len(calls) == 2


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("ZHCLEAN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "zhclean"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / ".cache" / "zhclean"


def test_cached_tables_equal_fresh_ones(cache_dir):
    assert chardata.common_han() == chardata._build_common_han()
    assert chardata.rare_han_class() == chardata._build_rare_han_class()
    assert script._traditional_re().pattern == f"[{script._traditional_class()}]"
    lexicon = load_lexicon()
    lists, patterns = _build_lists(_packaged_text(), [])
    assert lexicon.lists == lists
    assert [(p.code, p.regex.pattern, p.description) for p in lexicon.patterns] == patterns


def test_a_changed_rule_file_is_a_new_table(cache_dir, tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('[lists]\nnav_labels = ["甲乙丙丁"]\n', "utf-8")
    first = _load_lexicon((str(rules),))
    assert "甲乙丙丁" in first.lists["nav_labels"]
    rules.write_text('[lists]\nnav_labels = ["戊己庚辛"]\n', "utf-8")
    _load_lexicon.cache_clear()  # a new process, as far as the tables go
    second = _load_lexicon((str(rules),))
    assert "戊己庚辛" in second.lists["nav_labels"]
    assert "甲乙丙丁" not in second.lists["nav_labels"]
    assert len(list(cache_dir.glob("lexicon-*.marshal"))) == 2


def test_a_cold_start_and_a_warm_one_clean_alike(cache_dir):
    """Two processes: the first builds the tables and writes them, the second reads them."""
    page = (
        "歷史經(jīng)驗,。\n首页 > 新闻\n他说¡°ÍòÉ½ºì±é¡±。\n简体的段落，介绍《聯合報》的历史。\n"
    )
    program = (
        f"import sys; from zhclean import clean_text; sys.stdout.write(clean_text({page!r}).text)"
    )
    env = {**os.environ, "ZHCLEAN_CACHE_DIR": str(cache_dir), "PYTHONIOENCODING": "utf-8"}
    outputs = []
    for _ in range(2):
        run = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True)
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
        names = {path.name.split("-")[0] for path in cache_dir.iterdir()}
        assert {"lexicon", "common", "rare", "traditional"} <= names
    assert outputs[0] == outputs[1] == clean_text(page).text.encode("utf-8")


def test_the_word_list_answers_as_a_set_would():
    """Binary search over each length's sorted string, then the set: the same answers."""
    import random

    from zhclean.words import SET_AFTER, WordList, _read_words

    by_length = _read_words()
    every = {text[i : i + n] for n, text in by_length.items() for i in range(0, len(text), n)}
    rng = random.Random(15)
    sample = rng.sample(sorted(every), 500)
    chars = sorted({c for word in sample for c in word})
    others = ["".join(rng.choice(chars) for _ in range(rng.randint(1, 5))) for _ in range(1500)]
    words = WordList(by_length)
    asked = sample + others + ["", "a", "方法人"]
    first = [word in words for word in asked]
    assert words._set is None or len(asked) > SET_AFTER
    assert first == [word in every for word in asked]
    for _ in range(SET_AFTER):
        _ = "方法" in words
    assert words._set == every
    assert [word in words for word in asked] == first


# --- compiled regular expressions ------------------------------------------------------------


def _table(cache_dir):
    return list(cache_dir.glob("regex-*.marshal"))


def test_kept_patterns_rebuild_equal_to_a_fresh_compile(cache_dir, monkeypatch):
    import _sre
    import marshal
    import re
    from re import _compiler

    from zhclean.stages import garble

    # re's cache may hold more than a table keeps (the table read at import adds to it), and
    # the whole suite compiles more than that: only what this test compiles is written.
    re.purge()
    clean_text("歷史經(jīng)驗,。\n首页 > 新闻\n")  # the run-time patterns too
    re.compile(garble.GATE_RE.pattern)  # in re's cache, whatever other tests compiled since
    # As in a process that read no table: every pattern in re's cache is written.
    monkeypatch.setattr(cache, "_pattern_keys", set())
    monkeypatch.setattr(cache, "_pattern_refused", set())
    cache.save_patterns()
    (path,) = _table(cache_dir)
    entries = marshal.loads(path.read_bytes())
    assert any(entry[0] == garble.GATE_RE.pattern for entry in entries)
    for pattern, flags, *args in entries:
        rebuilt = _sre.compile(pattern, *args)
        fresh = _compiler.compile(pattern, flags)  # not through re's cache
        assert rebuilt == fresh and rebuilt.groupindex == fresh.groupindex, pattern
        assert rebuilt.groups == fresh.groups


def test_a_warm_start_compiles_no_pattern(cache_dir, tmp_path):
    """The first run of the command line writes the table; the next process finds every
    pattern zhclean's modules compile in it."""
    one = tmp_path / "one.txt"
    one.write_text("市民公园改造工程正式完工\n经过八个月的施工。\n", "utf-8")
    env = {**os.environ, "ZHCLEAN_CACHE_DIR": str(cache_dir)}
    run = subprocess.run([sys.executable, "-m", "zhclean", "check", str(one)], env=env)
    assert run.returncode == 0
    assert len(_table(cache_dir)) == 1
    program = (
        "import pathlib, re, sys\n"  # what zhclean.cache imports before it reads the table
        "from re import _compiler\n"
        "compiled = []\n"
        "original = _compiler.compile\n"
        "def counting(p, flags=0):\n"
        "    compiled.append(p)\n"
        "    return original(p, flags)\n"
        "_compiler.compile = counting\n"
        "import zhclean.cli\n"
        f"zhclean.clean_bytes(open({str(one)!r}, 'rb').read())\n"
        "print(len(compiled), [str(p)[:40] for p in compiled])\n"
    )
    run = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("0 "), run.stdout


def test_a_damaged_pattern_table_is_no_harm(cache_dir, monkeypatch):
    monkeypatch.setattr(cache, "_pattern_keys", set())
    cache.save_patterns()
    (path,) = _table(cache_dir)
    path.write_bytes(b"\x00garbage")
    program = "from zhclean import clean_text; print(clean_text('歷史經(jīng)驗,。').text, end='')"
    env = {**os.environ, "ZHCLEAN_CACHE_DIR": str(cache_dir), "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.decode("utf-8") == "历史经验。\n"


def test_the_word_list_patterns_are_the_same_in_every_process():
    """Patterns built from word lists (sets) are the same whatever the hash seed, so that a
    table of compiled patterns written by one process serves the next."""
    program = (
        "import re, sys\n"
        "from zhclean import clean_text\n"
        "clean_text('标题\\n首页 > 新闻 > 正文\\n正文第一段。\\n上一篇:别的文章\\n')\n"
        "sys.stdout.write(repr(sorted(str(k[1]) for k in re._cache)))\n"
    )
    seen = []
    for seed in ("1", "2"):
        env = {**os.environ, "ZHCLEAN_CACHE_DIR": "", "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True)
        assert run.returncode == 0, run.stderr
        seen.append(run.stdout)
    assert seen[0] == seen[1]


def test_the_pattern_table_stays_bounded(cache_dir, monkeypatch):
    import marshal
    import re

    monkeypatch.setattr(cache, "_pattern_keys", set())
    monkeypatch.setattr(re, "_MAXCACHE", 10_000)
    for i in range(cache.PATTERNS_MAX + 50):
        re.compile(f"zhclean-test-{i}")
    cache.save_patterns()
    (path,) = _table(cache_dir)
    assert len(marshal.loads(path.read_bytes())) <= cache.PATTERNS_MAX
    re.purge()


def test_a_pattern_the_rebuild_cannot_read_is_refused_alone(cache_dir, monkeypatch):
    """One odd pattern in re's cache (another library's) costs its own entry, not the table."""
    import marshal
    import re

    from zhclean.stages import garble

    clean_text("歷史經(jīng)驗,。\n首页 > 新闻\n")
    re.compile("(?P<odd>x)y")
    re.compile(garble.GATE_RE.pattern)
    real_entry = cache._pattern_entry

    def entry(pattern, flags, compiled):
        if pattern == "(?P<odd>x)y":
            raise ValueError("a pattern the rebuild cannot read")
        return real_entry(pattern, flags, compiled)

    monkeypatch.setattr(cache, "_pattern_entry", entry)
    monkeypatch.setattr(cache, "_pattern_keys", set())
    monkeypatch.setattr(cache, "_pattern_refused", set())
    cache.save_patterns()
    (path,) = _table(cache_dir)
    patterns = {entry[0] for entry in marshal.loads(path.read_bytes())}
    assert garble.GATE_RE.pattern in patterns and "(?P<odd>x)y" not in patterns


def test_preloading_never_grows_res_cache_past_its_bound(cache_dir, monkeypatch):
    """Past re's bound, re's cache would keep more than re does, and a save would drop this
    run's newest patterns for the table's oldest."""
    import re

    clean_text("歷史經(jīng)驗,。\n首页 > 新闻\n")
    monkeypatch.setattr(cache, "_pattern_keys", set())
    cache.save_patterns()
    re.purge()
    for n in range(re._MAXCACHE - 3):
        re.compile(f"filler{n}")
    monkeypatch.setattr(cache, "_pattern_keys", set())
    cache.preload_patterns()
    assert len(re._cache) <= re._MAXCACHE
    re.purge()
