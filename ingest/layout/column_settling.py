"""Settling a table's columns once each was classified on its own: a 单位 column of communities, a
合计 column over or beside its channels, two columns read as the same figure, a tie settled by its neighbours."""

from __future__ import annotations

import re

from ingest.chinese_text import simplify
from ingest.headers import SUBCOLUMN, normalize_header
from ingest.layout.folds import fold_of
from ingest.layout.model import TOTAL_WORDS, Column
from ingest.layout.column_inference import ColumnInference
from ingest.layout.group_leaves import GroupLeaves
from ingest.layout.month_parts import months_inside_neighbours
from ingest.layout.titled_columns import month_groups_under_title, read_under_title
from ingest.periods import Period
from ingest.values import parse_value


# 本季度 beside 10月 | 11月 | 12月: the quarter of those months.
THIS_QUARTER = re.compile(r"^(?:本|当)季度?(?:合计|小计)?$")
# The end of the month (本月末, 月末, 期末数, 月底): where a stock is counted.
# 上旬, 中旬, 下旬 (1—10日, 11—20日, 21—30日): a third of the month, a part of its figure; 上半月 |
# 下半月 (a 半月报's halves, 1—15日 | 16—月末) beside 全月 likewise.
MONTH_PART = re.compile(r"^(?:[上中下]旬|[上下]半月|\d{1,2}日?[—\-–~至]\d{1,2}日)$")
# 街道核定 | 社区上报, 核实数 | 上报数: the figure a checker stands by, and the one first reported.
VERIFIED = re.compile(r"核定|核实|审核|核准|核查后")
REPORTED = re.compile(r"上报|申报|报送|自报|填报|原报")
MONTH_END = re.compile(r"(?:本?月|期)(?:末|底)(?:数|人数|户数)?$")
# 上月结转 | 上期结转 | 往月结转 | 上月转入: cases still open from before the month (never the month's flow).
CARRIED_OVER = re.compile(r"^(?:上月|上期|往月|前期|上季度?)?(?:结转|转入|遗留)")
# 本月新受理 | 本月新增 | 新受理 | 本月受理: what came in during the month.
NEW_THIS_MONTH = re.compile(r"^(?:本月|当月|本期)?新(?:受理|增|收|接)|^(?:本月|当月|本期)(?:受理|接收)?$")


class ColumnSettler(ColumnInference, GroupLeaves):
    def reporting_units(self, columns: dict[int, Column], data_rows: list[int]) -> None:
        """单位 over 海晏路社区, 630104003005-冷湖路社区居民委员会: the reporting unit (填报单位), not
        a measure (件, 人): a 单位 column whose cells are all communities is the community column."""
        for col in columns.values():
            if col.kind == "unit":
                found = self.infer_from_data(Column(col.index, col.levels, "blank", header_cell=col.header_cell),
                                             data_rows)
                if found.kind in {"community_name", "community_code"}:
                    col.kind = found.kind

    def group_totals(self, columns: dict[int, Column], data_rows: list[int]) -> None:
        """派单量 over 市级派单 | 区级派单 | 合计: the group's figure is its 合计 column; the other
        columns under the group are its parts (kind ``part``: labels, never loaded, never a
        problem). Not under months (1月 | 2月 | 合计): that 合计 is a sum of periods."""
        for col in columns.values():
            if col.kind == "total" and len(col.levels) == 1:
                self.named_total(col, columns, data_rows)
            if col.kind != "total" or len(col.levels) < 2:
                continue
            group = col.levels[:-1]
            siblings = [other for other in columns.values() if other is not col  # 上旬 / 1—10日 under it too
                        and other.levels[:len(group)] == group and len(other.levels) > len(group)]
            if not siblings or any(other.period is not None for other in siblings):
                continue
            found = self.catalog.match_indicator(group)
            if found is None:
                continue
            if self.carried_over_total(col, siblings, found):
                continue
            col.hold(found)
            for other in siblings:  # a sibling naming its own indicator (其中：公益性岗位) keeps it
                if other.kind == "unknown" or (other.kind == "indicator"
                                               and other.indicator_code == found.indicator_code):
                    other.kind, other.indicator_code = "part", ""

    @staticmethod
    def carried_over_total(col: Column, siblings: list[Column], found) -> bool:
        """诉求受理 over 上月结转 | 本月新受理 | 合计: the 合计 adds last month's open cases to the
        month's new ones, so the month's figure is 本月新受理; 上月结转 and 合计 are parts (never
        loaded). Without a 结转 sibling the 合计 stays the group's figure (see group_totals)."""
        leaves = {id(other): simplify("".join(other.levels[-1].split())) for other in siblings}
        if not any(CARRIED_OVER.match(text) for text in leaves.values()):
            return False
        new = [other for other in siblings if NEW_THIS_MONTH.search(leaves[id(other)])]
        for other in siblings:
            if other.kind in {"unknown", "indicator", "current_value"}:
                other.kind, other.indicator_code = "part", ""
        col.kind, col.indicator_code = "part", ""
        if len(new) == 1:
            new[0].hold(found)
        return True

    def named_total(self, col: Column, columns: dict[int, Column], data_rows: list[int]) -> None:
        """12345转办 | 区长信箱 | 来电来访 | 受理合计: a total that names what it totals holds that
        indicator; the columns right before it that name none of their own (or the same one) are
        its channels (kind ``part``) when on most rows they add up to it — else they stay what
        they were. 季度合计 or 合计 alone names nothing: a computed total."""
        stem = simplify(col.levels[0])
        for word in TOTAL_WORDS:
            stem = stem.replace(word, "")
        found = self.catalog.match_indicator([stem]) if stem else None
        if found is None:
            return
        col.hold(found)
        parts = []
        for c in range(col.index - 1, -1, -1):
            other = columns.get(c)
            if other is None or len(other.levels) != 1 or other.period is not None or not (
                    other.kind == "unknown" or (other.kind == "indicator" and other.indicator_code == found.indicator_code)):
                break
            parts.append(other)
        if parts and self.adds_up(col.index, [other.index for other in parts], data_rows):
            for other in parts:
                other.kind, other.indicator_code = "part", ""

    def total_of_units(self, columns: dict[int, Column], data_rows: list[int]) -> None:
        """Indicators down, one column per 网格 (or 楼栋, 小区 …) and 社区合计 after them: the total
        column is the community's figure, the columns before it that name nothing known are its
        parts — when on most rows they add up to it."""
        totals = [col for col in columns.values() if col.kind == "total" and col.period is None]
        if len(totals) != 1 or any(col.kind in {"current_value", "period"} for col in columns.values()):
            return
        total = totals[0]
        parts = [col for c in range(total.index - 1, -1, -1)
                 if (col := columns.get(c)) is not None and col.kind == "unknown"]
        if len(parts) >= 2 and self.adds_up(total.index, [col.index for col in parts], data_rows):
            total.kind = "current_value"
            for col in parts:
                col.kind, col.indicator_code = "part", ""

    def quarter_beside_its_months(self, columns: dict[int, Column]) -> None:
        """志愿服务人次 over 10月 | 11月 | 12月 | 本季度: 本季度 is the quarter of the months beside it
        under the same heading — never the sheet's month, which the 12月 column already holds."""
        for col in columns.values():
            if col.period is not None or not col.levels or not THIS_QUARTER.match(simplify(col.levels[-1]).strip()):
                continue
            quarters = {(other.period.year, (int(other.period.period[5:7]) + 2) // 3) for other in columns.values()
                        if other is not col and other.levels[:-1] == col.levels[:-1]
                        and other.period is not None and other.period.grain == "month"}
            if len(quarters) == 1:
                year, quarter = quarters.pop()
                col.period = Period("quarter", f"{year}-Q{quarter}")

    def period_corner(self, column: Column, data_rows: list[int]) -> bool:
        """「2025年10月」 in the corner where another table says 「社区」, over 春园 | 丽景 …: a period
        over a column of communities is the table's period (``corner_cells.period_corners``), and
        the column the communities' — never a column of periods."""
        if len(column.levels) != 1 or self.cell_period(column.levels[0]) is None:
            return False
        found = self.infer_from_data(Column(column.index, column.levels, "blank", header_cell=column.header_cell),
                                     data_rows)
        return found.kind in {"community_name", "community_code"}

    def group_relative_leaves(self, columns: dict[int, Column]) -> None:
        """城市低保 over 户数 | 人数 | 发放金额 beside 冬季取暖补贴 over 户数 | 金额: a leaf written under
        two groups counts each group's own thing. When one group makes it an indicator of its own
        (城市低保 / 户数 = 低保户数), the leaf alone (户数 = 常住户数) is no reading of the other group's
        column: that column is unknown (reported), never loaded under the bare leaf's name."""
        self.this_month_leaves(columns)  # 本月 over 户 | 人 under a title naming what they count
        by_leaf: dict[str, list[Column]] = {}
        for col in columns.values():
            if len(col.levels) >= 2 and col.period is None:
                by_leaf.setdefault(simplify("".join(col.levels[-1].split())), []).append(col)
        for cols in by_leaf.values():
            if len({tuple(col.levels[:-1]) for col in cols}) < 2:
                continue
            bare = self.catalog.match_indicator([cols[0].levels[-1]])
            if bare is None or not any(col.kind == "indicator" and col.indicator_code != bare.indicator_code
                                       for col in cols):
                continue
            for col in cols:
                if col.kind == "indicator" and col.indicator_code == bare.indicator_code \
                        and not self.group_names_something(col.levels[:-1]):
                    col.kind, col.indicator_code = "unknown", ""

    def group_names_something(self, group: list[str]) -> bool:
        """户数（户） over 常住 | 低保 names a measure the catalogue knows, so its 常住 is 常住户数;
        冬季取暖补贴 names nothing it knows (no concept of the vocabulary)."""
        scorer = self.catalog.scorer
        return scorer is None or bool(scorer.vocabulary.concepts(normalize_header("".join(group)).core))

    def parts_said_so(self, columns: dict[int, Column]) -> None:
        """受理诉求 | 其中：12345热线转办 | 其中：网格员走访发现: a column that says it is a part of the
        figure before it (其中) and names no indicator of its own is that part (a label)."""
        for col in columns.values():
            if col.kind == "unknown" and col.levels and SUBCOLUMN.match(simplify(col.levels[-1])) \
                    and self.part_named_beside(columns, col):
                continue
            if col.kind == "unknown" and col.levels and (SUBCOLUMN.match(simplify(col.levels[-1]))
                                                         or any(MONTH_PART.match("".join(text.split())) for text in col.levels)):
                col.kind, col.indicator_code = "part", ""  # 上旬 | 中旬 | 下旬 beside 本月: parts of the month
        months_inside_neighbours(columns)  # 10-12月查体合计 | 其中12月: that figure in December

    def part_named_beside(self, columns: dict[int, Column], col: Column) -> bool:
        """新增岗位 | 其中公益性 side by side on one header row: the 其中 column is the part of the column
        before it, read as the catalogue reads 新增岗位 over 其中公益性 (公益性岗位) — when that names
        another indicator no column of the table holds; else it stays a part."""
        before = columns.get(max((i for i in columns if i < col.index), default=-1))
        if before is None or before.kind != "indicator" or len(before.levels) != 1 or len(col.levels) != 1:
            return False
        found = self.catalog.match_indicator([before.levels[0], col.levels[0]])
        if found is None or any(other.kind == "indicator" and other.indicator_code == found.indicator_code
                                for other in columns.values()):
            return False
        col.hold(found)
        return True

    def adds_up(self, total: int, parts: list[int], data_rows: list[int]) -> bool:
        """On most rows with figures, the parts' figures add up to the total's."""
        checked = agreeing = 0
        for r in data_rows:
            figures = [parse_value(self.text(r, c)) for c in [total, *parts]]
            if any(figure.status != "number" for figure in figures):
                continue
            checked += 1
            agreeing += abs(sum(figure.value for figure in figures[1:]) - figures[0].value) < 1e-6
        return checked > 0 and agreeing * 5 >= checked * 4

    def settle_rivals(self, columns: dict[int, Column]) -> None:
        """Two columns of one table read as the same figure (排查纠纷 and 调解成功 both near 矛盾纠纷
        调解数): the clearer match keeps it; a column as sure as another is reported, not guessed.
        A 其中 column among them (其中：预备党员 beside 党员人数) is a part, never the figure."""
        groups: dict[tuple, list[Column]] = {}
        folds = fold_of(columns)
        for col in columns.values():
            if col.kind == "indicator":
                key = (col.indicator_code, col.period, col.is_cumulative, folds.get(col.index, 0))
                groups.setdefault(key, []).append(col)
        for (code, _, _, _), rivals in groups.items():
            if len(rivals) < 2:
                continue
            # 党员人数 | 其中：预备党员: a 其中 column is a part of the figure its rival holds, so is
            # 其中：拉面经济带动就业 over 本月 beside 实现就业 over 本月 (其中 on the group's level);
            # 受理诉求 over 上半月 | 下半月 | 全月: the halves (or 旬) are parts of the whole month's figure
            parts = [col for col in rivals if any(SUBCOLUMN.match(simplify(level)) for level in col.levels)
                     or (len(col.levels) >= 2 and MONTH_PART.match("".join(simplify(col.levels[-1]).split())))]
            if parts and len(parts) < len(rivals):
                for col in parts:
                    col.kind, col.indicator_code = "part", ""
                rivals = [col for col in rivals if col not in parts]
                if len(rivals) < 2:
                    continue
            if (code in self.catalog.stocks and self.month_end_of(rivals)) or self.verified_of(rivals):
                continue
            rivals.sort(key=lambda col: -col.score)
            keep = 1 if rivals[0].score > rivals[1].score else 0
            for col in rivals[keep:]:
                col.kind = "unknown"

    def month_end_of(self, rivals: list[Column]) -> bool:
        """在保户数 over 上月末 | 本月新增 | 本月停保 | 本月末: of a stock's columns under one group,
        the one at the month's end is the stock; the changes beside it are its parts (labels)."""
        ends = [col for col in rivals if len(col.levels) >= 2 and MONTH_END.search(simplify(col.levels[-1]))]
        if len(ends) != 1 or any(col.levels[:-1] != ends[0].levels[:-1] for col in rivals):
            return False
        for col in rivals:
            if col is not ends[0]:
                col.kind, col.indicator_code = "part", ""
        return True

    def verified_of(self, rivals: list[Column]) -> bool:
        """走访慰问（人） over 社区上报 | 街道核定: of one figure's columns under one group, the one
        verified (核定, 核实, 审核) stands; the ones reported (上报, 申报, 报送) are first figures the
        verifier revised — labels, never values. Each side must say so; else nothing is settled."""
        verified = [col for col in rivals if len(col.levels) >= 2 and VERIFIED.search(simplify(col.levels[-1]))]
        if len(verified) != 1 or any(col.levels[:-1] != verified[0].levels[:-1] for col in rivals) \
                or not all(REPORTED.search(simplify(col.levels[-1])) for col in rivals if col is not verified[0]):
            return False
        for col in rivals:
            if col is not verified[0]:
                col.kind, col.indicator_code = "note", ""
        return True

    def settle_by_elimination(self, columns: dict[int, Column]) -> None:
        """诉求（件） beside 办结（件）: a tie settled by what another column of the same period holds
        (``HeaderCatalog.by_elimination``)."""
        read_under_title(self.catalog, self.title_lines, columns)  # 户数 | 人数 under 「低保月报」
        month_groups_under_title(self.catalog, self.title_lines, columns, self.level_periods)  # 9月 over 户 | 人
        held = {(col.indicator_code, col.period) for col in columns.values() if col.kind == "indicator"}
        for col in columns.values():
            if col.kind != "unknown" or col.indicator_code or not col.levels:
                continue
            left = self.catalog.by_elimination(col.levels, {code for code, period in held if period == col.period})
            if left is None:
                continue
            period = col.period
            col.hold(left)
            col.period = period
            held.add((left.indicator_code, period))
