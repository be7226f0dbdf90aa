"""Chinese text as the loaders compare it: traditional → simplified on zhconv's own table (without
importing zhconv), full-width → half-width, no spaces."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import threading
from pathlib import Path

from ingest.values import to_halfwidth

# Sheets repeat the same few hundred texts (community names, headers) thousands of times; these
# pure functions are memoized per distinct text (zhconv alone was ~30 % of ingest time).
TEXT_CACHE_SIZE = 1 << 16


class ZhCnConverter:
    """``zhconv.convert(text, "zh-cn")``, on zhconv's own dictionary, without importing zhconv:
    its import pulls in pkg_resources, which alone took longer than loading a street's month of
    files. Same table (zh2Hans updated by zh2CN), same longest-match walk; tests compare the two.
    A text with no character that starts a conversion is returned at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._table: dict[str, str] | None = None
        self._prefixes: frozenset[str] = frozenset()
        self._starts: frozenset[str] = frozenset()

    def _load(self) -> dict[str, str]:
        with self._lock:
            if self._table is None:
                spec = importlib.util.find_spec("zhconv")
                if spec is None or not spec.submodule_search_locations:
                    raise ImportError("zhconv is not installed")
                folder = Path(next(iter(spec.submodule_search_locations)))
                tables = json.loads((folder / "zhcdict.json").read_bytes().decode("utf-8"))
                table = dict(tables["zh2Hans"])
                table.update(tables["zh2CN"])
                self._prefixes = frozenset(word[:end + 1] for word in table for end in range(len(word)))
                self._starts = frozenset(word[0] for word in table if word)
                self._table = table
        return self._table

    def __call__(self, text: str) -> str:
        table = self._table if self._table is not None else self._load()
        if self._starts.isdisjoint(text):
            return text
        prefixes = self._prefixes
        out = []
        n = len(text)
        pos = 0
        while pos < n:
            i = pos
            fragment = text[pos]
            longest = None
            longest_end = 0
            while i < n and fragment in prefixes:
                if fragment in table:
                    longest = table[fragment]
                    longest_end = i
                i += 1
                fragment = text[pos:i + 1]
            if longest is None:
                longest = text[pos]
                pos += 1
            else:
                pos = longest_end + 1
            out.append(longest)
        return "".join(out)


to_simplified = ZhCnConverter()


@functools.lru_cache(maxsize=TEXT_CACHE_SIZE)
def simplify(text: str) -> str:
    """Half-width, simplified Chinese, no spaces: 社區名稱 → 社区名称."""
    return to_simplified(to_halfwidth(str(text))).replace(" ", "").replace("\u3000", "").strip()


def heard(syllable: str) -> str:
    """A syllable as a pinyin keyboard's 模糊音 hears it: zh/ch/sh as z/c/s, l as n, -ng as -n
    (茶林 typed for 茶陵: lin for ling)."""
    for hard, soft in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if syllable.startswith(hard):
            syllable = soft + syllable[2:]
    if syllable.startswith("l"):
        syllable = "n" + syllable[1:]
    return syllable[:-1] if syllable.endswith("ng") and len(syllable) > 2 else syllable


@functools.lru_cache(maxsize=1 << 14)
def sounds_alike(written: str, registered: str) -> bool:
    """Read aloud the same (tones aside, as a pinyin keyboard's 模糊音 hears them): 红玲 and 红菱,
    静宜 and 静怡, 茶林 and 茶陵. A character of several readings may be read any of them: 长夏 for
    长厦 (厦 is xià as in 厦门, though a dictionary reads the word 长厦 zhǎng shà)."""
    from pypinyin import lazy_pinyin  # imported on the first near miss only: its dictionary is large

    return len(written) == len(registered) and (
        [heard(s) for s in lazy_pinyin(written)] == [heard(s) for s in lazy_pinyin(registered)]
        or all(readings(a) & readings(b) for a, b in zip(written, registered)))


@functools.lru_cache(maxsize=1 << 12)
def readings(char: str) -> frozenset[str]:
    """Every reading of one character, as heard (长: cang and zang; 厦: sa and xia)."""
    from pypinyin import Style, pinyin

    return frozenset(heard(s) for s in pinyin(char, style=Style.NORMAL, heteronym=True)[0])


# 工人新村1社区 for 工人新村一社区: a community's own number written as a digit before its 社区.
NUMBER_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])([1-9])(?=社区|居委|居民委员会|居民区|村)")
# 盐灶Ⅱ社区, 盐灶Ⅲ for 盐灶二社区, 盐灶三: the number as a Roman numeral (Ⅰ … Ⅸ, which the half-width
# form turns into I … IX), right after the name's last character, before its 社区 or at the end.
ROMAN_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])(VIII|VII|VI|IV|IX|V|III|II|I|viii|vii|vi|iv|ix|v|iii|ii|i)"
                           r"(?=社区|居委|居民委员会|居民区|村|$)")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
NUMERALS = "一二三四五六七八九"


def numerals_in_names(text: str) -> str:
    """A single digit (or a Roman numeral) between a name and its 社区 (居委, 村) as the Chinese
    numeral registries write: 工人新村1社区 → 工人新村一社区, 盐灶II社区 → 盐灶二社区."""
    text = NUMBER_IN_NAME.sub(lambda found: NUMERALS[int(found[1]) - 1], text)
    return ROMAN_IN_NAME.sub(lambda found: NUMERALS[ROMAN[found[1].lower()] - 1], text)
