"""Chinese text as the loaders compare it: traditional → simplified on zhconv's own table (without
importing zhconv), full-width → half-width, no spaces."""

from __future__ import annotations

import functools
import importlib.util
import json
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
