"""The loaders measured on the seven blind corpora written in session 14, each first read before any
change for it: 太原 小店区 (89.0 %), 长春 南关区 (81.3 %), 海口 龙华区 (95.9 %), 宁波 海曙区 (90.9 %), and,
after the rules those four taught, 拉萨 城关区 (97.6 %), 大连 中山区 (97.0 %) and 温州 鹿城区 (83.9 %).
A file of its own so that parallel workers score it beside the other corpus files."""

from __future__ import annotations

import pytest

from corpus_scoring import PROJECT, check_corpus

# name → (score.py, floor %, notes its README lists that the loader reports today: one problem per
# file holding an outside column or row, a 待核 figure or a case left for review — December 2026)
CORPORA = {
    "taiyuan": (PROJECT / "tests/corpora/taiyuan/score.py", 99.9, 33),       # 小店区 黄陵街道
    "changchun": (PROJECT / "tests/corpora/changchun/score.py", 99.9, 26),   # 南关区 长通街道
    # 龙华区 滨海街道: 人民调解结案（起） under the heading 民情, too far from 矛盾纠纷调解数 to load unasked
    "haikou": (PROJECT / "tests/corpora/haikou/score.py", 99.8, 24),
    "ningbo": (PROJECT / "tests/corpora/ningbo/score.py", 99.9, 40),         # 海曙区 白云街道
    "lasa": (PROJECT / "tests/corpora/lasa/score.py", 99.9, 19),             # 城关区 八廓街道 (first read 97.6 %)
    # 中山区 桃源街道 (first read 97.0 %, 10 wrong): its three 待核 figures
    "dalian": (PROJECT / "tests/corpora/dalian/score.py", 99.9, 3),
    # 鹿城区 松台街道 (first read 83.9 %): 结对走访（人） (pairings or people helped?) and four colloquial labels
    # (已办好, 找到工作的居民, 治安案子) left for the mapping review
    "wenzhou": (PROJECT / "tests/corpora/wenzhou/score.py", 98.5, 31),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_session14_corpus_score(name):
    check_corpus(name, *CORPORA[name])
