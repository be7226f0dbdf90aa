"""The loaders measured on the five blind corpora written in session 15, each first read before any
change for it: 延吉 公园街道 (84.9 %), 东莞 南城街道 (91.8 %), 泉州 鲤城区 开元街道 (73.3 %),
包头 昆都仑区 昆北街道 (72.7 %) and 桂林 七星区 东江街道 (78.3 %).
A file of its own so that parallel workers score it beside the other corpus files."""

from __future__ import annotations

import pytest

from corpus_scoring import PROJECT, check_corpus

# name → (score.py, floor %, notes its README lists that the loader reports today: one problem per
# file holding an outside column or row, a name a person must map, or a case left for review)
CORPORA = {
    # 延吉市 公园街道: two 低保 files name their communities in Hangul only (원성 …): a person maps them
    "yanji": (PROJECT / "tests/corpora/yanji/score.py", YANJI_FLOOR, YANJI_LISTED),
    # 东莞市 南城街道: 三元, 袁屋, 亨美村, 蛤地村 (names to confirm) and five Cantonese row labels
    "dongguan": (PROJECT / "tests/corpora/dongguan/score.py", DONGGUAN_FLOOR, DONGGUAN_LISTED),
    # 鲤城区 开元街道: 「辖区3120户」 names no indicator alone; 侨眷侨属 and 上月 columns are notes
    "quanzhou": (PROJECT / "tests/corpora/quanzhou/score.py", QUANZHOU_FLOOR, QUANZHOU_LISTED),
    "baotou": (PROJECT / "tests/corpora/baotou/score.py", BAOTOU_FLOOR, BAOTOU_LISTED),
    # 七星区 东江街道: 桂电, 理工, 桂工社区 (campus names a person maps) and 冇得
    "guilin": (PROJECT / "tests/corpora/guilin/score.py", GUILIN_FLOOR, GUILIN_LISTED),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_session15_corpus_score(name):
    check_corpus(name, *CORPORA[name])
