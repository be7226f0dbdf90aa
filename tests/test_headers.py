from pathlib import Path

import pytest

from ingest.headers import HeaderCatalog, IndicatorMatch, NormalizedHeader, normalize_header, structural_kind
from jiedao.settings import PROJECT_DIR

CATALOG = HeaderCatalog.from_seeds(PROJECT_DIR / "seeds")


@pytest.mark.parametrize("levels, expected", [
    (["民情诉求", "受理数"], IndicatorMatch("petitions_received", 1.0, False)),
    (["民情诉求", "已辦結"], IndicatorMatch("petitions_resolved", 1.0, False)),
    (["民情诉求受理数(件)"], IndicatorMatch("petitions_received", 1.0, False)),
    (["petitions_received"], IndicatorMatch("petitions_received", 1.0, False)),
    (["创业担保贷款", "金额(万元)"], IndicatorMatch("micro_loans_yuan", 10000.0, False)),
    (["本年累计", "受理数"], IndicatorMatch("petitions_received", 1.0, True)),
    (["新增就业岗位", "年累"], IndicatorMatch("jobs_created", 1.0, True)),   # 当月 | 年累: 年累 is 年累计 said short
    (["其中：公益性岗位"], IndicatorMatch("public_welfare_jobs", 1.0, False)),
    (["在册低保人口：(人)"], IndicatorMatch("dibao_persons", 1.0, False)),   # on the roll: 低保 persons, not residents
    (["其中已化解办结"], IndicatorMatch("petitions_resolved", 1.0, False)),   # 化解办结: a petition resolved, not mediated
    (["新增就业岗位", "其中公益性"], IndicatorMatch("public_welfare_jobs", 1.0, False)),   # the part by its qualifier
    (["受理诉求", "其中：12345转办"], None),   # a part is never its line's own indicator
    (["志愿服务人次（人次）"], IndicatorMatch("volunteer_person_times", 1.0, False)),
    (["志愿服务人次(本年累计)"], IndicatorMatch("volunteer_person_times", 1.0, True)),
    (["志愿服务人次（本年累计，人次）"], IndicatorMatch("volunteer_person_times", 1.0, True)),
    (["辖区总户数(户)"], IndicatorMatch("households", 1.0, False)),   # the whole area's households
    (["住户(户)"], IndicatorMatch("households", 1.0, False)),          # 住户: the households living there
    (["联系电话"], None),
    (["为老服务", "走访慰问", "人"], IndicatorMatch("people_assisted", 1.0, False)),   # a units row's bare 人
])
def test_match_indicator(levels: list[str], expected: IndicatorMatch | None) -> None:
    assert CATALOG.match_indicator(levels) == expected


def test_every_indicator_name_and_code_matches_without_synonyms(tmp_path: Path) -> None:
    (tmp_path / "indicators.csv").write_text((PROJECT_DIR / "seeds/indicators.csv").read_text("utf-8"), "utf-8")
    bare = HeaderCatalog.from_seeds(tmp_path)
    import csv
    with open(PROJECT_DIR / "seeds/indicators.csv", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["kind"] != "derived"]
    for row in rows:
        code = row["indicator_code"]
        assert bare.match_indicator([row["indicator_name"]]).indicator_code == code
        assert bare.match_indicator([f"{row['indicator_name']}({row['unit']})"]).indicator_code == code
        assert bare.match_indicator([code]).indicator_code == code


def test_normalize_header() -> None:
    assert normalize_header("金额（万元）") == normalize_header("金额(万元)")
    assert normalize_header("本年累计 受理数(件)").core == "受理数"
    assert normalize_header("本年累计 受理数(件)").is_cumulative is True
    assert normalize_header("贷款 万元").unit_multiplier == 10000.0
    assert normalize_header("志愿服务人次(本年累计)") == NormalizedHeader("志愿服务人次", 1.0, True, False)


def test_a_unit_after_a_slash_is_the_unit() -> None:
    """其中已办结/件, 发放金额/万元: the unit after a slash, as if in brackets; 户数/人数 stays two names."""
    assert normalize_header("其中已办结/件").core == "已办结"
    assert normalize_header("发放金额／万元") == NormalizedHeader("发放金额", 1e4, False, False)
    assert normalize_header("户数/人数").core == "户数人数"
    assert normalize_header("低保户/人").core == "低保户人"   # the pair of one cell, no unit
    assert HeaderCatalog.unit_measure(["党员结对/对"]) == HeaderCatalog.unit_measure(["党员结对（对）"]) is not None


@pytest.mark.parametrize("text, core", [
    ("开发就业岗位，其中公益性岗位2个", "开发就业岗位"),   # a part said after the line's own name
    ("新增就业岗位；含公益性岗位", "新增就业岗位"),
    ("其中：公益性岗位", "公益性岗位"),                   # the line is the part: its name stays
])
def test_a_part_said_after_the_name_is_not_the_name(text: str, core: str) -> None:
    assert normalize_header(text).core == core


@pytest.mark.parametrize("text, kind", [
    ("序号", "seq"), ("社區名稱", "community_name"), ("社区代码", "community_code"), ("月份", "period"),
    ("月", "period"),   # 年 | 月 | 户数: the month column headed by the one word
    ("指标", "indicator_name"), ("本年累计", "cumulative_value"), ("本月", "current_value"), ("受理数", None),
    ("与上月比", "note"), ("较上月增减", "note"), ("比去年同期", "note"),   # a comparison is never this month's
    ("主要工作完成情况", "current_value"), ("工作板块", "indicator_name"), ("重点工作内容", "indicator_name"), ("工作", "indicator_name"),
    ("发放方式", "note"),   # “一卡通”代发 beside an amount: how it was paid, never a figure
    ("备注（单位）", "unit"), ("说明(单位)", "unit"), ("金额（单位：万元）", None),   # each row's unit, in the notes
    ("1至本月累计", "cumulative_value"), ("1-本月累计", "cumulative_value"), ("年初至本月累计", "cumulative_value"),
])
def test_structural_kind(text: str, kind: str | None) -> None:
    assert structural_kind([text]) == kind


def test_derived_rates_are_recognized() -> None:
    assert CATALOG.is_derived(["诉求办结率(%)"]) is True
    assert CATALOG.is_derived(["受理数"]) is False


def test_simplified_conversion_is_zhconvs() -> None:
    """ingest.headers converts with zhconv's dictionary without importing zhconv: the result is
    zhconv's for every dictionary word, phrases around them, and texts without any."""
    import json
    import random

    import zhconv

    from ingest.chinese_text import ZhCnConverter

    convert = ZhCnConverter()
    tables = json.loads((Path(zhconv.__file__).parent / "zhcdict.json").read_text(encoding="utf-8"))
    words = sorted({word for name in ("zh2Hans", "zh2CN", "zh2Hant", "zh2TW") for word in tables[name]})
    rng = random.Random(3)
    texts = [*words, "", "社區名稱", "建設街社區居委會", "受理數（件）", "abc 123", "和平街道2025年1月",
             *("".join(rng.choices(words, k=rng.randint(2, 6))) for _ in range(3000)),
             *("".join(rng.choice(word) for word in rng.choices(words, k=8)) for _ in range(3000))]
    assert [convert(text) for text in texts] == [zhconv.convert(text, "zh-cn") for text in texts]


@pytest.mark.parametrize("text, kind", [
    ("提交答卷时间", "note"), ("所用时间", "note"), ("来源详情", "note"), ("来自IP", "note"),  # a form platform's columns
    ("所属区域", "community_name"),   # 福建省/厦门市/…/东渡社区: the region path of an organisation
    ("组织名称", "community_name"),   # 天塔街道宾水西里社区志愿服务队: an organisation named by its community
    ("记录ID", "note"), ("版本", "note"), ("填报时间", "note"), ("数据更新时间", "note"),  # a platform's system columns
    ("审核意见", "note"), ("更正原因", "note"),   # a reviewer's comment, why a figure was corrected
])
def test_structural_words_of_platform_exports(text: str, kind: str) -> None:
    assert structural_kind([text]) == kind


@pytest.mark.parametrize("marker", ["本月", "当月", "本月数"])
def test_a_figure_marker_under_a_deep_header_changes_nothing_of_what_it_counts(marker: str) -> None:
    """A domain over an object over a measure over 本月: the inner texts match as they do without the marker."""
    levels = ["就业创业", "创业担保贷款", "发放金额"]
    without = CATALOG.match_indicator(levels)
    assert without is not None and without.indicator_code == "micro_loans_yuan"
    assert CATALOG.match_indicator([*levels, marker]) == without


def test_a_header_in_sessions_is_never_taken_by_elimination_for_an_indicator_in_person_times() -> None:
    """学雷锋志愿活动（场） beside 群众文体活动（场）: once 文体活动 holds its column, the header is
    still no count of 志愿服务人次 — its unit says sessions. Without the unit it is."""
    held = {"cultural_activities"}
    assert CATALOG.by_elimination(["学雷锋志愿活动（场）"], held) is None
    assert CATALOG.match_indicator(["学雷锋志愿活动（场）"]) is None


@pytest.mark.parametrize("text, code", [
    ("诉求已办妥（件）", "petitions_resolved"),   # 办妥: handled to the end, as 办结
    ("保障人口（人）", "dibao_persons"),            # 保障人口: the people a 低保 covers, as 保障人数
    ("专职社区工作者在岗", "staff"),                    # 在岗: those at their post, counted as people
])
def test_general_clerical_words_for_a_known_measure(text: str, code: str) -> None:
    found = CATALOG.match_indicator([text])
    assert found is not None and found.indicator_code == code
