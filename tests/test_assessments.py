"""考核评星 (jiedao/assessments): `jiedao assess shixingji --year 2025` on the demo city gives every
community ten dimension scores, stars and 达标; automatic criteria follow the warehouse's figures;
manual scores and workflow steps are scoped, append-only and audited; a user's own scheme file
works without code; a bad scheme file is named in Chinese with its key."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import duckdb
import openpyxl
import pytest
import yaml

from jiedao.assessments.records import (NotAllowed, Entrant, community_progress, enter_score, manual_scores,
                                        record_step, scores_file)
from jiedao.assessments.schemes import SchemeError, criterion_key, parse_scheme, read_catalogue
from jiedao.assessments.service import AssessmentUnavailable, assess, available_schemes, history
from jiedao.audit import read_events
from jiedao.cli import main
from jiedao.settings import PROJECT_DIR, Settings

JIANSHE, SHANGYE, HEPING, DUBIEKE = "654201001001", "654201001003", "654201001", "654201002"
LEADER = Entrant("li.hua", "street_leader", HEPING)
SHIXINGJI = yaml.safe_load((PROJECT_DIR / "schemes" / "shixingji.yml").read_text(encoding="utf-8"))


@pytest.fixture
def home(demo_home: Path, tmp_path: Path) -> Path:
    """A data home holding a copy of the demo's published warehouse only (fast to copy, free to change)."""
    target = tmp_path / "home"
    target.mkdir()
    shutil.copy(demo_home / "warehouse.duckdb", target / "warehouse.duckdb")
    return target


def year_values(home: Path, indicator: str) -> dict[str, float]:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return dict(con.execute("select unit_code, value from fct_indicator_period where level = 'community' "
                                "and grain = 'year' and period = '2025' and indicator_code = ?", [indicator]).fetchall())


def set_year_value(home: Path, community: str, indicator: str, value: float | None) -> None:
    with duckdb.connect(str(home / "warehouse.duckdb")) as con:
        if value is None:
            con.execute("delete from fct_indicator_period where level = 'community' and grain = 'year' and period = '2025' "
                        "and unit_code = ? and indicator_code = ?", [community, indicator])
        else:
            con.execute("update fct_indicator_period set value = ? where level = 'community' and grain = 'year' "
                        "and period = '2025' and unit_code = ? and indicator_code = ?", [value, community, indicator])


def criterion(result, dimension: str, name: str):
    item = next(d for d in result.dimensions if d.dimension.name == dimension)
    return next(c for c in item.criteria if c.criterion.name == name)


def community(assessment, code: str):
    return next(item for item in assessment.communities if item.community.code == code)


def test_the_demo_city_gets_ten_dimension_scores_stars_and_pass_for_every_community(demo_home, tmp_path, capsys):
    out = tmp_path / "F.xlsx"
    assert main(["--home", str(demo_home), "assess", "shixingji", "--year", "2025", "--out", str(out)]) == 0
    assert "21 个社区" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    summary = [row for row in book["汇总"].iter_rows(min_row=4, values_only=True)]
    header = next(book["汇总"].iter_rows(min_row=3, max_row=3, values_only=True))
    dimensions = ["创建理念", "办公设施", "班子团结", "居民自治", "民间组织", "社区服务", "实事工程", "主题活动", "文明祥和", "管理良好"]
    assert list(header[4:14]) == dimensions
    assert len(summary) == 21 and len({row[3] for row in summary}) == 21
    for row in summary:
        scores, total, stars, level, passed = row[4:14], row[14], row[15], row[16], row[17]
        assert all(isinstance(s, (int, float)) and 0 <= s <= 10 for s in scores)
        assert total == pytest.approx(sum(scores), abs=0.05)
        assert stars == sum(1 for s in scores if s >= 9)
        assert passed == ("是" if stars >= 7 else "否") and level in ("十星级", "达标", "未达标")
        assert isinstance(row[3], str) and len(row[3]) == 12          # the community code as text
    assert len(book.sheetnames) == 2 + 21
    sheet = book["建设街社区居委会"]
    rows = list(sheet.iter_rows(values_only=True))
    detail = [r for r in rows if r[2] in ("人工评分", "达标线", "目标完成率", "排名")]
    assert len(detail) == sum(len(d["criteria"]) for d in SHIXINGJI["dimensions"])
    automatic = [r for r in detail if r[2] != "人工评分"]
    assert automatic and all("数据仓" in r[6] for r in automatic)    # where each automatic point came from


def test_every_threshold_criterion_scores_the_band_its_warehouse_figure_reaches(demo_home):
    result = assess(Settings(home=demo_home), "shixingji", "2025")
    checked = 0
    for dimension in SHIXINGJI["dimensions"]:
        for raw in dimension["criteria"]:
            if raw["kind"] != "threshold":
                continue
            values = year_values(demo_home, raw["indicator"])
            for item in result.communities:
                value = values[item.community.code]
                expected = next((band["points"] for band in raw["bands"]
                                 if ("at_least" in band and value >= band["at_least"])
                                 or ("at_most" in band and value <= band["at_most"])), 0)
                assert criterion(item, dimension["name"], raw["name"]).points == expected
                checked += 1
    assert checked > 100


def test_an_automatic_criterion_changes_with_the_figure_behind_it(home):
    settings = Settings(home=home)
    before = criterion(community(assess(settings, "shixingji", "2025"), JIANSHE), "文明祥和", "调解矛盾纠纷")
    assert before.value == year_values(home, "disputes_mediated")[JIANSHE]
    set_year_value(home, JIANSHE, "disputes_mediated", 40)        # bands: ≥60 → 3, ≥45 → 2, ≥30 → 1
    after = criterion(community(assess(settings, "shixingji", "2025"), JIANSHE), "文明祥和", "调解矛盾纠纷")
    assert (after.value, after.points) == (40, 1) and after.points != before.points
    assert "≥45" in after.hint
    set_year_value(home, JIANSHE, "disputes_mediated", None)      # not reported: never rewarded
    missing = criterion(community(assess(settings, "shixingji", "2025"), JIANSHE), "文明祥和", "调解矛盾纠纷")
    assert missing.points == 0 and "未报送" in missing.source


def test_a_ratio_to_target_and_a_rank_band_follow_the_figures(home):
    settings = Settings(home=home)
    set_year_value(home, JIANSHE, "petition_resolution_rate", 76.0)   # 和平街道's own target: ≥95
    target = criterion(community(assess(settings, "shixingji", "2025"), JIANSHE), "社区服务", "民情诉求办结率达到目标")
    assert target.points == 3.2 and "目标 ≥95" in target.source      # 4 × 76 / 95 = 3.2
    set_year_value(home, JIANSHE, "petition_resolution_rate", 100.0)  # best of the street
    result = community(assess(settings, "shixingji", "2025"), JIANSHE)
    assert criterion(result, "社区服务", "民情诉求办结率达到目标").points == 4
    ranked = criterion(result, "社区服务", "民情诉求办结率街道排名")
    assert (ranked.value, ranked.points) == (1, 2) and "街道内 7 个社区中第 1 名" in ranked.source


def test_manual_scores_are_scoped_audited_and_count(home):
    settings = Settings(home=home)
    scheme = available_schemes(settings)["shixingji"]
    key = "创建理念·创建规划和年度方案"
    refused = {
        Entrant("jianshe", "community_staff", JIANSHE): "不能为本社区评分",
        Entrant("dubieke", "street_leader", DUBIEKE): "不在当前账号的范围",
        Entrant("planner", "planner", HEPING): "无权评分",
    }
    for who, reason in refused.items():
        with pytest.raises(NotAllowed, match=reason):
            enter_score(settings, scheme, "2025", JIANSHE, key, 4, "方案齐全", "", who)
    for points, note, name, reason in ((5, "超过满分", key, "0 到 4"), (2, "", key, "评分说明"),
                                       (1, "自动项", "文明祥和·调解矛盾纠纷", "自动评分")):
        with pytest.raises(NotAllowed, match=reason):
            enter_score(settings, scheme, "2025", JIANSHE, name, points, note, "", LEADER)
    assert not scores_file(settings).exists() and not read_events(settings)
    enter_score(settings, scheme, "2025", JIANSHE, key, 3.5, "方案齐全，缺总结", "2025年创建方案.pdf", LEADER)
    (event,) = [e for e in read_events(settings) if e.action == "assessment"]
    assert (event.username, event.role, event.scope_code) == ("li.hua", "street_leader", HEPING)
    assert event.detail["community_code"] == JIANSHE and event.detail["points"] == 3.5
    assert event.detail["evidence_file"] == "2025年创建方案.pdf"
    scored = criterion(community(assess(settings, "shixingji", "2025"), JIANSHE), "创建理念", "创建规划和年度方案")
    assert scored.points == 3.5 and not scored.pending
    assert "li.hua" in scored.source and "2025年创建方案.pdf" in scored.source
    enter_score(settings, scheme, "2025", JIANSHE, key, 4, "补交了总结", "", LEADER)   # the latest counts …
    assert manual_scores(settings, "shixingji", "2025")[(JIANSHE, key)].points == 4
    assert len(scores_file(settings).read_text(encoding="utf-8").splitlines()) == 2   # … the first stays
    assert manual_scores(settings, "shixingji", "2024") == {}                        # per year


def test_full_manual_scores_earn_stars_and_pass(home):
    settings = Settings(home=home)
    scheme = available_schemes(settings)["shixingji"]
    for dimension in scheme.dimensions:
        for item in dimension.criteria:
            if not item.automatic:
                enter_score(settings, scheme, "2025", JIANSHE, criterion_key(dimension, item), item.max, "材料齐全", "",
                            LEADER)
    result = community(assess(settings, "shixingji", "2025"), JIANSHE)
    assert result.pending == 0
    assert result.stars == sum(1 for d in result.dimensions if d.score >= 9)
    assert result.stars >= 3                         # the three all-manual dimensions at least
    assert result.passed == (result.stars >= 7) and result.level == ("十星级" if result.stars == 10 else
                                                                      "达标" if result.stars >= 7 else "未达标")
    unstarred = [d.dimension.name for d in result.dimensions if not d.star]
    assert len([h for h in result.hints if "得星" in h]) == len(unstarred)


def test_the_workflow_records_each_step_in_order_with_who_and_when(home):
    settings = Settings(home=home)
    scheme = available_schemes(settings)["shixingji"]
    staff, city = Entrant("jianshe", "community_staff", JIANSHE), Entrant("shiji", "city", "654201")
    with pytest.raises(NotAllowed, match="社区自荐"):
        record_step(settings, scheme, "2025", JIANSHE, "通过", "", LEADER)      # the community recommends itself first
    with pytest.raises(NotAllowed, match="范围"):
        record_step(settings, scheme, "2025", SHANGYE, "通过", "", staff)        # not another community
    record_step(settings, scheme, "2025", JIANSHE, "通过", "申报十星级", staff)
    record_step(settings, scheme, "2025", JIANSHE, "退回", "材料不全", LEADER)   # back to the community
    assert [s.passed for s in community_progress(settings, scheme, "2025", JIANSHE)] == [None, None, None]
    record_step(settings, scheme, "2025", JIANSHE, "通过", "已补材料", staff)
    record_step(settings, scheme, "2025", JIANSHE, "通过", "审查通过", LEADER)
    with pytest.raises(NotAllowed, match="检查验收"):
        record_step(settings, scheme, "2025", JIANSHE, "通过", "", LEADER)
    record_step(settings, scheme, "2025", JIANSHE, "通过", "验收通过", city)
    steps = community_progress(settings, scheme, "2025", JIANSHE)
    assert [(s.step.name, s.passed.username, s.passed.note) for s in steps] == [
        ("社区自荐", "jianshe", "已补材料"), ("街道审查", "li.hua", "审查通过"), ("检查验收", "shiji", "验收通过")]
    assert all(s.passed.at for s in steps)
    assert community(assess(settings, "shixingji", "2025"), JIANSHE).stage == "已完成"
    assert len([e for e in read_events(settings) if e.action == "assessment"]) == 5
    with pytest.raises(NotAllowed, match="已锁定"):                                # the result is final
        enter_score(settings, scheme, "2025", JIANSHE, "创建理念·创建工作总结", 3, "迟到的评分", "", LEADER)


def test_history_covers_every_year_and_a_scope_sees_its_own_communities(demo_home):
    settings = Settings(home=demo_home)
    years = history(settings, "shixingji", communities={JIANSHE})
    assert [result.year for result in years] == ["2025", "2024"]
    assert all([item.community.code for item in result.communities] == [JIANSHE] for result in years)
    assert len(assess(settings, "mubiao", "2025", street=HEPING).communities) == 7
    with pytest.raises(AssessmentUnavailable, match="没有 2019 年"):
        assess(settings, "shixingji", "2019")


USER_SCHEME = """\
    code: pingan_star
    name: 平安社区评星
    scorers: [city]
    rating:
      star_at: 4
      levels: [{name: 平安社区, stars: 2}]
    dimensions:
      - name: 矛盾化解
        max: 5
        criteria:
          - {name: 调解纠纷, max: 3, kind: threshold, indicator: disputes_mediated, bands: [{at_least: 1, points: 3}]}
          - {name: 办结率, max: 2, kind: target, indicator: petition_resolution_rate, target: 50}
      - name: 治安防控
        max: 5
        criteria:
          - {name: 治安案件最少, max: 3, kind: rank, indicator: security_cases, within: city, bands: [{top_percent: 100, points: 3}]}
          - {name: 巡防记录, max: 2, kind: manual, evidence: 巡逻台账}
"""


def test_a_users_third_scheme_file_works_without_code(home, capsys):
    (home / "schemes").mkdir()
    (home / "schemes" / "pingan_star.yml").write_text(textwrap.dedent(USER_SCHEME), encoding="utf-8")
    assert main(["--home", str(home), "assess", "list"]) == 0
    listed = capsys.readouterr().out
    assert "pingan_star" in listed and "shixingji" in listed and "mubiao" in listed
    out = home / "pingan.xlsx"
    assert main(["--home", str(home), "assess", "pingan_star", "--year", "2025", "--street", HEPING, "--out", str(out)]) == 0
    assert len(openpyxl.load_workbook(out)["汇总"]["A"]) == 3 + 7
    result = community(assess(Settings(home=home), "pingan_star", "2025"), JIANSHE)
    assert [d.score for d in result.dimensions] == [5, 3] and result.stars == 1 and result.level == "未达标"
    scheme = available_schemes(Settings(home=home))["pingan_star"]
    with pytest.raises(NotAllowed, match="无权评分"):                 # scorers: city only
        enter_score(Settings(home=home), scheme, "2025", JIANSHE, "治安防控·巡防记录", 2, "台账齐全", "", LEADER)
    enter_score(Settings(home=home), scheme, "2025", JIANSHE, "治安防控·巡防记录", 2, "台账齐全", "",
                Entrant("shiji", "city", "654201"))
    result = community(assess(Settings(home=home), "pingan_star", "2025"), JIANSHE)
    assert result.stars == 2 and result.level == "平安社区" and result.passed


BROKEN = {
    "syntax": ("code: x\ndimensions: [", "无法读取"),
    "unknown_key": ("code: bad\nname: 坏\nnmae: 错\ndimensions: []", "未知的键「nmae」"),
    "indicator": ("code: bad\nname: 坏\ndimensions:\n  - name: 服务\n    max: 2\n    criteria:\n"
                  "      - {name: 办结, max: 2, kind: threshold, indicator: nope, bands: [{at_least: 1, points: 2}]}",
                  "维度「服务」细则「办结」：指标目录中没有「nope」"),
    "sum": ("code: bad\nname: 坏\ndimensions:\n  - name: 服务\n    max: 10\n    criteria:\n"
            "      - {name: 办结, max: 4, kind: manual}", "维度「服务」：各细则满分合计 4，与 max 10 不符"),
    "kind": ("code: bad\nname: 坏\ndimensions:\n  - name: 服务\n    max: 4\n    criteria:\n"
             "      - {name: 办结, max: 4, kind: guess}", "细则「办结」：kind 应为"),
    "neutral_rank": ("code: bad\nname: 坏\ndimensions:\n  - name: 服务\n    max: 4\n    criteria:\n"
                     "      - {name: 受理, max: 4, kind: rank, indicator: petitions_received, bands: [{top: 1, points: 4}]}",
                     "不能排名"),
    "no_target": ("code: bad\nname: 坏\ndimensions:\n  - name: 服务\n    max: 4\n    criteria:\n"
                  "      - {name: 受理, max: 4, kind: target, indicator: disputes_mediated}", "没有「disputes_mediated」的年度目标"),
    "self_scoring": ("code: bad\nname: 坏\nscorers: [community_staff]\ndimensions:\n  - name: 服务\n    max: 4\n"
                     "    criteria:\n      - {name: 受理, max: 4, kind: manual}", "社区不能为自己评分"),
    "band": ("code: bad\nname: 坏\ndimensions:\n  - name: 服务\n    max: 4\n    criteria:\n"
             "      - {name: 调解, max: 4, kind: threshold, indicator: disputes_mediated, bands: [{at_least: 1, points: 9}]}",
             "bands 第 1 项的 points 9 应在 0 到满分 4 之间"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_bad_scheme_file_is_named_in_chinese_with_its_key(tmp_path, case):
    text, expected = BROKEN[case]
    path = tmp_path / f"{case}.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemeError) as error:
        parse_scheme(path, read_catalogue(PROJECT_DIR / "seeds"))
    assert str(error.value).startswith(f"考核方案「{case}.yml」") and expected in str(error.value)


def test_the_command_names_a_bad_user_scheme_and_an_unknown_one(home, capsys):
    (home / "schemes").mkdir()
    (home / "schemes" / "mine.yml").write_text(BROKEN["sum"][0], encoding="utf-8")
    assert main(["--home", str(home), "assess", "shixingji", "--year", "2025"]) == 1
    assert "考核方案「mine.yml」" in capsys.readouterr().err
    (home / "schemes" / "mine.yml").unlink()
    assert main(["--home", str(home), "assess", "nope", "--year", "2025"]) == 1
    assert "没有考核方案「nope」" in capsys.readouterr().err
    assert main(["--home", str(home), "assess", "shixingji"]) == 2


def test_the_shipped_second_scheme_is_weighted_to_100_points(demo_home):
    result = assess(Settings(home=demo_home), "mubiao", "2025")
    assert [d.max for d in result.scheme.dimensions] == [20, 30, 20, 15, 15] and result.scheme.star_at is None
    for item in result.communities:
        assert item.stars is None and 0 <= item.total <= 100
        assert item.level in ("优秀", "良好", "合格", "不合格")
        assert item.passed == (item.total >= 60)
        assert all(d.score <= d.dimension.max for d in item.dimensions)
