"""The loaders measured on the nine blind corpora written in session 16, each first read before any
change for it: 喀什市 吾斯塘博依街道 (74.5 %), 宜昌 西陵区 西陵街道 (78.6 %), 潍坊 奎文区 廿里堡街道 (92.4 %),
绵阳 涪城区 城郊街道 (90.6 %); after the rules those four taught, 齐齐哈尔 龙沙区 大民街道 (85.7 %), 遵义
红花岗区 中华路街道 (60.2 %), 洛阳 西工区 邙山街道 (88.9 %); and after those, 九江 浔阳区 滨兴街道 (54.2 %)
and 鞍山 铁东区 大孤山街道 (73.3 %). A file of its own so that parallel workers score it beside the others."""

from __future__ import annotations

import pytest

from corpus_scoring import PROJECT, check_corpus

# name → (score.py, floor %, notes its README lists that the loader reports today: one problem per
# file holding an outside column or row, a name a person must map, or a case left for review)
CORPORA = {
    "kashi": (PROJECT / "tests/corpora/kashi/score.py", 99.9, 1),         # 喀什市 吾斯塘博依街道: 民族团结一家亲结亲户
    # 西陵区 西陵街道: 派出所未反馈 / 待派出所反馈 (not reported) and 附：上年同期治安案件
    "yichang": (PROJECT / "tests/corpora/yichang/score.py", 99.7, 3),
    "weifang": (PROJECT / "tests/corpora/weifang/score.py", 99.9, 2),     # 奎文区 廿里堡街道: 网格片区 columns
    # 涪城区 城郊街道: 下龙溪村's 低保 figures below zero (the corpus's own slip: a count is never
    # negative, each a problem), 38↑ arrows against last month (kept unreadable: 12↑ may be a rise of
    # 12), and two dialect labels (搞定了的, 坝坝舞) for the mapping review
    "mianyang": (PROJECT / "tests/corpora/mianyang/score.py", 98.1, 34),
    # 龙沙区 大民街道: 政策宣讲/法治讲座 under a band 「文化」 (two readings: one question per file), 待核
    "qiqihar": (PROJECT / "tests/corpora/qiqihar/score.py", 99.4, 4),
    # 红花岗区 中华路街道: 红城志愿者 (a local brand), 院坝会, 特色活动, the hidden 填报示例 rows, a 合计
    # that disagrees before its correction, the 代码对照 legend
    "zunyi": (PROJECT / "tests/corpora/zunyi/score.py", 98.1, 19),
    "luoyang": (PROJECT / "tests/corpora/luoyang/score.py", 99.9, 2),     # 西工区 邙山街道: 待派出所核实, a 合计 off by 2
    "jiujiang": (PROJECT / "tests/corpora/jiujiang/score.py", 99.9, 1),   # 浔阳区 滨兴街道: a platform export's headers
    "anshan": (PROJECT / "tests/corpora/anshan/score.py", 99.9, 0),       # 铁东区 大孤山街道
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_session16_corpus_score(name):
    check_corpus(name, *CORPORA[name])
