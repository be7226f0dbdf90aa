"""Property tests of figures broken down on the sheet (ingest/layout/totals.py, categories.py, pairs.py,
header_rows.group_totals): generated from seeds over the demo registry, read straight from grids.

- a community's rows by category (供暖 | 房屋修缮 | … | 小计), the community written in any of
  its forms (with its address path too): the 小计 row is loaded, the categories never;
- a 小计 that is not the sum of its categories is still the figure, and a total_mismatch names it;
- one community's table by grid (第一网格 … | 社区合计): the 合计 row is loaded;
- Excel's 分类汇总: every grid row names its community, then 「建设街社区 汇总」 closes them: the 汇总
  rows are loaded, the grid rows never, a wrong 汇总 is still the figure and named, 总计 is no community;
- a group's 合计 column beside its channels (受理 over 来电 | 来访 | 合计): the 合计 is loaded and
  the channels are neither values nor problems; so is a total that names its figure (12345转办 |
  来电来访 | 受理合计) when the channels add up to it;
- rows typed by a 类型 column (居民诉求 | 城运事件 …): a type that names the catalogue's object is
  loaded under it, any other type is one problem, and nothing is loaded under the plain header;
- 「33户59人」 under 城市低保 is 低保户数 33 and 低保人数 59, from the one cell; a bare 33 is a problem;
- a community written on its block's first row only holds for the months below it (fill-down).
"""

from __future__ import annotations

import random

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.headers import HeaderCatalog
from ingest.layout import FileContext, cell_ref, extract_sheet
from ingest.readers import SheetGrid
from jiedao.settings import PROJECT_DIR

SEEDS = range(40)
STREET, STREET_CODE = "和平街道", "654201001"
COMMUNITIES = {"654201001001": "建设街", "654201001003": "商业街", "654201001004": "文化街", "654201001006": "新华街"}
MATCHER = CommunityMatcher(
    [RegistryCommunity(code, f"{name}社区居委会", STREET_CODE) for code, name in COMMUNITIES.items()],
    [RegistryStreet(STREET_CODE, STREET, "654201")], {})
CATALOG = HeaderCatalog.from_seeds(PROJECT_DIR / "seeds")
# Catalogue figures and a header clerks write for each (any wording the loader reads plainly).
FIGURES = {"petitions_received": ("受理数", "受理件数"), "petitions_resolved": ("办结数", "办结件数")}
CATEGORIES = ("供暖", "房屋修缮", "交通出行", "物业管理", "噪声扰民", "其他")
CHANNELS = ("来电", "来访", "网上", "市级派单", "区级派单")


def community_text(rng: random.Random, code: str) -> str:
    name = COMMUNITIES[code]
    return rng.choice([f"{name}社区居委会", f"{name}社区", f"塔城市{STREET}{name}社区居委会",
                       f"新疆维吾尔自治区塔城市{STREET}{name}社区", f"{STREET}{name}社区居委会"])


def read(rows: list[list[object]], file_name: str = f"{STREET}2026年3月.xlsx",
         merged: tuple[tuple[int, int, int, int], ...] = ()):
    """``merged``: (row0, col0, row1, col1), 0-based and inclusive."""
    width = max(len(row) for row in rows)
    grid = SheetGrid("Sheet1", tuple(tuple("" if v is None else str(v) for v in row) + ("",) * (width - len(row))
                                     for row in rows), merged)
    return extract_sheet(grid, FileContext(file_name, CATALOG, MATCHER))


def loaded(extraction) -> dict[tuple[str, str, str], tuple[float, str]]:
    return {(v.community_code, v.period.period, v.indicator_code): (v.value, v.cell_ref) for v in extraction.values}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_communitys_subtotal_over_its_categories_is_its_figure(seed: int) -> None:
    rng = random.Random(seed)
    figures = rng.sample(sorted(FIGURES), rng.randint(1, 2))
    rows: list[list[object]] = [[f"{STREET}诉求分类统计"],
                                ["序号", "社区", "月份", rng.choice(["诉求类别", "问题分类"]),
                                 *(rng.choice(FIGURES[f]) for f in figures)]]
    expected, parts, mismatched = {}, set(), set()
    for code in rng.sample(sorted(COMMUNITIES), rng.randint(2, 4)):
        for month in rng.sample(["2026-01", "2026-02", "2026-03"], rng.randint(1, 2)):
            name = community_text(rng, code)
            sums = [0] * len(figures)
            for category in rng.sample(CATEGORIES, rng.randint(1, 4)):
                numbers = [rng.randint(0, 60) for _ in figures]
                sums = [a + b for a, b in zip(sums, numbers)]
                parts.update(cell_ref(len(rows), 4 + i) for i in range(len(figures)))
                rows.append([len(rows) - 1, name, month, category, *numbers])
            off = rng.random() < 0.2
            written = [s + (rng.randint(1, 5) if off and i == 0 else 0) for i, s in enumerate(sums)]
            if off:
                mismatched.add(cell_ref(len(rows), 4))
            for i, figure in enumerate(figures):
                expected[(code, month, figure)] = (float(written[i]), cell_ref(len(rows), 4 + i))
            rows.append(["", name, month, "小计", *written])
    extraction = read(rows)
    assert loaded(extraction) == expected
    assert {p.cell_ref for p in extraction.problems} == mismatched
    assert all(p.problem_code == "total_mismatch" for p in extraction.problems)
    assert not parts & {v.cell_ref for v in extraction.values}


@pytest.mark.parametrize("seed", SEEDS)
def test_one_communitys_grid_rows_and_its_total_row(seed: int) -> None:
    rng = random.Random(seed)
    code = rng.choice(sorted(COMMUNITIES))
    figures = rng.sample(sorted(FIGURES), rng.randint(1, 2))
    rows: list[list[object]] = [[f"{COMMUNITIES[code]}社区2026年2月分网格工作统计"],
                                ["网格", "网格长", *(rng.choice(FIGURES[f]) for f in figures)]]
    sums = [0] * len(figures)
    for n in range(rng.randint(2, 5)):
        numbers = [rng.randint(0, 90) for _ in figures]
        sums = [a + b for a, b in zip(sums, numbers)]
        rows.append([f"第{'一二三四五'[n]}网格", rng.choice(["张红", "李振军", "王淑芬"]), *numbers])
    rows.append([rng.choice(["社区合计", "合计"]), "", *sums])
    extraction = read(rows, f"{COMMUNITIES[code]}社区网格统计.xlsx")
    assert loaded(extraction) == {(code, "2026-02", f): (float(sums[i]), cell_ref(len(rows) - 1, 2 + i))
                                  for i, f in enumerate(figures)}
    assert not [p for p in extraction.problems if p.severity != "info"]


@pytest.mark.parametrize("seed", SEEDS)
def test_excels_subtotal_rows_name_the_community_they_close(seed: int) -> None:
    rng = random.Random(seed)
    figures = rng.sample(sorted(FIGURES), rng.randint(1, 2))
    rows: list[list[object]] = [[f"{STREET}2026年2月网格化服务管理统计表"],
                                ["序号", "社区", "网格", "网格长", *(rng.choice(FIGURES[f]) for f in figures)]]
    expected, parts, mismatched, grand = {}, set(), set(), [0] * len(figures)
    for code in rng.sample(sorted(COMMUNITIES), rng.randint(2, 4)):
        name = rng.choice([f"{COMMUNITIES[code]}社区", f"{COMMUNITIES[code]}社区居委会"])
        sums = [0] * len(figures)
        for n in range(rng.randint(1, 4)):
            numbers = [rng.randint(0, 30) for _ in figures]
            sums = [a + b for a, b in zip(sums, numbers)]
            parts.update(cell_ref(len(rows), 4 + i) for i in range(len(figures)))
            rows.append([len(rows) - 1, name, f"第{n + 1}网格", rng.choice(["张红", "李振军", "王淑芬"]), *numbers])
        written = list(sums)
        if rng.random() < 0.2:
            written[0] += rng.randint(1, 5)
            mismatched.add(cell_ref(len(rows), 4))
        grand = [a + b for a, b in zip(grand, written)]
        for i, figure in enumerate(figures):
            expected[(code, "2026-02", figure)] = (float(written[i]), cell_ref(len(rows), 4 + i))
        rows.append(["", name + rng.choice([" 汇总", "汇总", " 小计"]), "", "", *written])
    rows.append(["", "总计", "", "", *grand])
    extraction = read(rows)
    assert loaded(extraction) == expected
    assert not parts & {v.cell_ref for v in extraction.values}
    assert {p.cell_ref for p in extraction.problems if p.problem_code == "total_mismatch"} == mismatched
    assert {p.problem_code for p in extraction.problems} <= {"total_mismatch", "unknown_header"}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_groups_total_column_is_its_figure_and_its_channels_are_parts(seed: int) -> None:
    rng = random.Random(seed)
    channels = rng.sample(CHANNELS, rng.randint(2, 3))
    group = rng.choice(["受理数", "受理量", "诉求受理"])
    rows: list[list[object]] = [[f"{STREET}2026年1月诉求受理情况"],
                                ["社区", group, *[""] * len(channels), "办结数"],
                                ["", *channels, rng.choice(["合计", "小计"]), ""]]
    expected = {}
    for code in rng.sample(sorted(COMMUNITIES), rng.randint(1, 4)):
        numbers = [rng.randint(0, 40) for _ in channels]
        resolved = rng.randint(0, sum(numbers) or 1)
        r = len(rows)
        expected[(code, "2026-01", "petitions_received")] = (float(sum(numbers)), cell_ref(r, 1 + len(channels)))
        expected[(code, "2026-01", "petitions_resolved")] = (float(resolved), cell_ref(r, 2 + len(channels)))
        rows.append([community_text(rng, code), *numbers, sum(numbers), resolved])
    last = len(channels) + 2
    extraction = read(rows, merged=((1, 0, 2, 0), (1, 1, 1, last - 1), (1, last, 2, last)))
    assert loaded(extraction) == expected
    assert not [p for p in extraction.problems if p.severity != "info"], extraction.problems


@pytest.mark.parametrize("seed", SEEDS)
def test_a_total_naming_its_figure_beside_its_channels_is_that_figure(seed: int) -> None:
    rng = random.Random(seed)
    channels = rng.sample(["12345转办", "区长信箱", "来电来访", "网上留言", "市级派单"], rng.randint(2, 3))
    total = rng.choice(["受理合计", "受理总计", "合计受理"])
    rows: list[list[object]] = [[f"{STREET}2026年1月热线工单统计"], ["社区", *channels, total, "已办结"]]
    expected = {}
    for code in rng.sample(sorted(COMMUNITIES), rng.randint(2, 4)):
        numbers = [rng.randint(0, 40) for _ in channels]
        resolved = rng.randint(0, sum(numbers) or 1)
        r = len(rows)
        expected[(code, "2026-01", "petitions_received")] = (float(sum(numbers)), cell_ref(r, 1 + len(channels)))
        expected[(code, "2026-01", "petitions_resolved")] = (float(resolved), cell_ref(r, 2 + len(channels)))
        rows.append([community_text(rng, code), *numbers, sum(numbers), resolved])
    extraction = read(rows)
    assert loaded(extraction) == expected
    assert not [p for p in extraction.problems if p.severity != "info"], extraction.problems


def test_columns_beside_a_named_total_that_do_not_add_up_to_it_are_not_hidden_as_its_parts() -> None:
    rows = [[f"{STREET}2026年1月热线工单统计"], ["社区", "楼栋数", "受理合计", "已办结"],
            ["建设街社区", 12, 30, 20], ["商业街社区", 9, 41, 33]]
    extraction = read(rows)
    assert loaded(extraction)[("654201001001", "2026-01", "petitions_received")] == (30.0, "C3")
    assert [p.raw_text for p in extraction.problems if p.severity != "info"] == ["楼栋数"]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_community_written_on_its_blocks_first_row_holds_for_its_months(seed: int) -> None:
    rng = random.Random(seed)
    months = rng.sample(["2026.01", "2026.02", "2026.03"], rng.randint(2, 3))
    rows: list[list[object]] = [[f"{STREET}2026年第一季度台账"], ["社区", "月份", "受理数", "办结数"]]
    expected, totals = {}, rng.random() < 0.5   # every block ends on its 合计, or none does
    total_word = rng.choice(["合计", "一季度合计", "小计"])
    for code in rng.sample(sorted(COMMUNITIES), rng.randint(2, 4)):
        sums = [0, 0]
        for i, month in enumerate(months):
            received = rng.randint(0, 60)
            resolved = rng.randint(0, received)
            sums = [sums[0] + received, sums[1] + resolved]
            r = len(rows)
            period = month.replace(".", "-")
            expected[(code, period, "petitions_received")] = (float(received), cell_ref(r, 2))
            expected[(code, period, "petitions_resolved")] = (float(resolved), cell_ref(r, 3))
            rows.append([community_text(rng, code) if i == 0 else "", month, received, resolved])
        if totals:
            rows.append(["", total_word, *sums])
    extraction = read(rows, "和平街道台账.xlsx")
    assert loaded(extraction) == expected
    assert not [p for p in extraction.problems if p.severity != "info"], extraction.problems


def test_a_blank_community_under_a_row_of_the_same_month_is_not_carried_down() -> None:
    rows = [[f"{STREET}2026年1月台账"], ["社区", "月份", "受理数"], ["建设街社区", "2026.01", 12], ["", "2026.01", 30]]
    extraction = read(rows, "和平街道台账.xlsx")
    assert loaded(extraction) == {("654201001001", "2026-01", "petitions_received"): (12.0, "C3")}
    assert [p.problem_code for p in extraction.problems] == ["no_community"]


@pytest.mark.parametrize("seed", SEEDS)
def test_rows_typed_by_a_type_column_load_only_the_types_the_catalogue_knows(seed: int) -> None:
    rng = random.Random(seed)
    unknown_types = rng.sample(["城运事件", "市容环境", "设施报修"], rng.randint(1, 2))
    header = rng.choice(["派单量", "受理量"])
    rows: list[list[object]] = [["统计周期：2026-01 至 2026-02"],
                                ["序号", "社区", "统计周期", rng.choice(["工单类型", "诉求类型"]), header, "办结量"]]
    expected = {}
    for code in rng.sample(sorted(COMMUNITIES), rng.randint(2, 4)):
        for month in ("2026-01", "2026-02"):
            for kind in rng.sample(["居民诉求", *unknown_types], 1 + len(unknown_types)):
                received = rng.randint(0, 80)
                resolved = rng.randint(0, received)
                r = len(rows)
                if kind == "居民诉求":
                    expected[(code, month, "petitions_received")] = (float(received), cell_ref(r, 4))
                    expected[(code, month, "petitions_resolved")] = (float(resolved), cell_ref(r, 5))
                rows.append([r - 1, community_text(rng, code), month, kind, received, resolved])
    extraction = read(rows, "工单统计导出.xlsx")
    assert loaded(extraction) == expected
    problems = [p for p in extraction.problems if p.severity != "info"]
    assert sorted(p.raw_text for p in problems) == sorted(unknown_types)
    assert {p.problem_code for p in problems} == {"unknown_indicator"}


@pytest.mark.parametrize("seed", SEEDS)
def test_households_and_persons_in_one_cell_are_two_values(seed: int) -> None:
    rng = random.Random(seed)
    header = rng.choice(["城市低保", "低保", "最低生活保障", "低保户/人", "城市低保（户/人）"])
    rows: list[list[object]] = [[f"{STREET}城市低保统计表"], ["统计月份：2025年11月"],
                                ["序号", "社区", header, "低保金发放（元）"]]
    expected, bad = {}, None
    for n, code in enumerate(rng.sample(sorted(COMMUNITIES), rng.randint(2, 4))):
        households = rng.randint(1, 40)
        persons = households + rng.randint(0, 40)
        money = persons * rng.randint(500, 900)
        r = len(rows)
        if n == 1 and rng.random() < 0.3:
            written, bad = str(households), cell_ref(r, 2)   # a bare number: which figure? reported
        else:
            written = rng.choice([f"{households}户{persons}人", f"{households}户/{persons}人", f"{households} 户 {persons} 人"])
            expected[(code, "2025-11", "dibao_households")] = (float(households), cell_ref(r, 2))
            expected[(code, "2025-11", "dibao_persons")] = (float(persons), cell_ref(r, 2))
        expected[(code, "2025-11", "dibao_payout_yuan")] = (float(money), cell_ref(r, 3))
        rows.append([n + 1, community_text(rng, code), written, money])
    extraction = read(rows)
    assert loaded(extraction) == expected
    assert [(p.problem_code, p.cell_ref) for p in extraction.problems] == ([("unreadable_value", bad)] if bad else [])
