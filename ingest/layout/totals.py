"""合计/小计 rows: never a community, checked against the rows above them — a subtotal of the
months it names (2026年1-3月小计 under 12月 … 3月) against those months only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ingest.chinese_text import simplify
from ingest.communities import CommunityMatch
from ingest.headers import structural_kind
from ingest.layout.model import Column, Table, is_footer, is_total
from ingest.layout.sheet import SheetState
from ingest.periods import Period
from ingest.values import parse_value


ROW_KEY_KINDS = ("community_name", "community_code", "period")
# 劳模社区 汇总: Excel's 分类汇总 (Data → Subtotal) names the community whose rows it closes.
NAMED_TOTAL = re.compile(r"^(?P<name>.+?)(?:汇总|小计|合计)$")
# 中专路街道…, 赛罕区中专路街道: a street named at the start of a title or after its 区/县/市/旗 (not
# 各街道, 全街道, 本街道, 辖区街道, nor 根据街道要求, 报街道: an act towards the street).
FOREIGN_STREET = re.compile(r"(?:^|(?<=[区县市旗]))(?!根据|按照|依据|关于|报送|上报|经|由|向|请|按|报)"
                            r"[\u4e00-\u9fff]{2,6}?(?<![各全本该我辖所属个等])街道")
# 西城区2025年11月社区工作统计: a title that opens on a district (区, 县, 旗) and names no street; with
# most of its rows no community of the registry, the rows are that district's (社区, 小区 are no district)
FOREIGN_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{1,5}?(?<![社小片园景校各全本该我辖])[区县旗]")


@dataclass(frozen=True)
class RowScan:
    """What the passes over a table's data rows share (``breakdown``, ``category_plan`` and the
    placing of values): the key columns (community, period), each row's non-empty cells within
    the table's span (the sheet's own ``filled`` when the table spans the sheet), and each row's
    key as ``row_key`` reads it — worked out once per row, each distinct key kept once (a million
    rows of a few thousand communities × months hold a few thousand keys)."""

    key_columns: list[int]
    cells: Sequence[tuple[int, ...]] | dict[int, tuple[int, ...]]
    keys: list[tuple[str, ...] | None]
    distinct: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)


@dataclass
class Breakdown:
    """A community's figure broken down by a category, row by row (供暖 | 房屋修缮 | … | 小计, each
    with the community and month): its own 小计 row is the figure; the category rows are its
    parts, read as labels and checked against it (a difference is a total_mismatch)."""

    sheet: "TotalChecker"
    value_cols: list[Column]
    subtotals: dict[int, list[int]] = field(default_factory=dict)   # subtotal row → its part rows
    parts: set[int] = field(default_factory=set)
    named: dict[int, str] = field(default_factory=dict)   # 劳模社区 汇总 row → 劳模社区, the community it totals

    def part_row(self, r: int, cells: list[int]) -> None:
        for c in cells:
            self.sheet.set_role(r, c, "label")

    def check(self, r: int) -> None:
        parts = self.subtotals.get(r)
        if not parts:
            return
        sheet = self.sheet
        for col in self.value_cols:
            written = parse_value(sheet.text(r, col.index))
            found = [parse_value(sheet.text(p, col.index)) for p in parts]
            if written.status != "number" or written.has_magnitude or any(
                    f.status == "unreadable" or f.has_magnitude for f in found):
                continue
            expected = sum(f.value for f in found if f.status == "number")
            if abs(expected - written.value) > 1e-6 * max(1.0, abs(expected)):
                sheet.problem("total_mismatch", r, col.index, sheet.text(r, col.index), f"{expected:g}")


class TotalChecker(SheetState):
    _named_subtotals: dict[int, str] = {}   # this table's named subtotal rows (``Breakdown.named``)

    def scan_rows(self, table: Table, data_rows: list[int], span: range | None) -> RowScan:
        filled = self.filled
        return RowScan([c for c, col in table.columns.items() if col.kind in ROW_KEY_KINDS],
                       filled if span is None else {r: tuple([c for c in filled[r] if c in span]) for r in data_rows},
                       [None] * self.height)

    def scanned_key(self, scan: RowScan, r: int, columns: dict[int, Column]) -> tuple[str, ...]:
        """Row r's key, from ``scan`` when an earlier pass worked it out."""
        key = scan.keys[r]
        if key is None:
            key = self.row_key(r, scan.key_columns, columns)
            key = scan.keys[r] = scan.distinct.setdefault(key, key)
        return key

    def breakdown(self, table: Table, data_rows: list[int], value_cols: list[Column],
                  span: range | None, scan: RowScan | None = None) -> Breakdown:
        """Which rows are a community's categories and which its 小计 (see ``Breakdown``): a 小计
        row that names a registry community closes the rows of the same community and period
        above it. Without such a 小计 nothing changes (the rows are duplicates, and said so)."""
        found = Breakdown(self, value_cols)
        columns = table.columns
        scan = scan or self.scan_rows(table, data_rows, span)
        keys = scan.key_columns
        values = {col.index for col in value_cols}
        if table.indicators_as_rows:
            return self.items_and_their_total(found, table, data_rows, values)
        if not keys:
            return self.units_of_one_community(found, data_rows, values, scan)
        if all(columns[c].kind == "period" for c in keys):
            return found
        open_rows: dict[tuple[str, ...], list[int]] = {}
        for r in data_rows:
            cells = scan.cells[r]
            key = self.scanned_key(scan, r, columns)
            names = [self.header_text(r, c) for c in keys if columns[c].kind != "period"]
            labels = [self.text(r, c) for c in cells if c not in values and c not in keys]
            if not any(names) or any(map(is_total, names)):
                named = self.named_subtotal(r, keys, columns) if any(names) else None
                if named is None:
                    open_rows.clear()
                    continue
                found.subtotals[r] = parts = open_rows.pop(named[0], [])
                found.parts.update(parts)
                found.named[r] = named[1]
            elif any(map(is_total, labels)):
                parts = open_rows.pop(key, [])
                if parts and any(self.matcher.match(name, self.street).community_code for name in names if name):
                    found.subtotals[r] = parts
                    found.parts.update(parts)
            elif cells:
                open_rows.setdefault(key, []).append(r)
        return found

    def named_subtotal(self, r: int, keys: list[int], columns: dict[int, Column]) -> tuple[tuple[str, ...], str] | None:
        """劳模社区 汇总 (Excel's 分类汇总 under the community's grid rows): the key of the community
        it totals (as ``row_key`` gives it) and the community's name; None for 合计 or 总计 alone."""
        key, name = [], ""
        for c in keys:
            text = "".join(self.header_text(r, c).split())
            if columns[c].kind == "period" or not text:
                key.append(text)
                continue
            written = NAMED_TOTAL.match(simplify(text))
            code = self.matcher.match(written["name"], self.street).community_code if written else None
            if code is None:
                return None
            key.append(code)
            name = written["name"]
        return (tuple(key), name) if name else None

    def row_community(self, r: int, raw: str, c: int = -1):
        """The community a row's cell names; on a named subtotal row (劳模社区 汇总), the one it totals.
        In another street's roster (see ``foreign_roster``), a name the registry also holds (民航社区,
        in many cities) is that street's namesake: unknown, never ours."""
        found = self.matcher.match(raw, self.street)
        named = self._named_subtotals.get(r)
        found = self.matcher.match(named, self.street) if named and not found.community_code else found
        foreign = self.foreign_roster(c) if found.community_code and found.method != "code" else ""
        if foreign:
            return CommunityMatch(None, problem_code="unknown_community",
                                  nearest=(f"无（本表所列为「{foreign}」的社区，该街道不在区划名录中；同名的"
                                           f"「{self.matcher.communities[found.community_code].community_name}」疑为外地社区，未导入）",))
        return found

    def foreign_roster(self, c: int) -> str:
        """赛罕区中专路街道2026年3月民情诉求统计 over 展览馆社区 | 创业社区 | … | 民航社区: the sheet's
        title (or its name, or the file's) names a 街道 the registry lacks — at its start or after its
        区/县/市 — and none it holds, and most names of its column ``c`` are no community of the registry:
        the rows are that street's communities. The street's name, else '' (各街道 names none)."""
        texts = (*self.sheet_titles, self.grid.name, self.context.file_name.rsplit(".", 1)[0])
        known: dict[tuple, str] = self.__dict__.setdefault("_foreign_rosters", {})  # per sheet
        if texts not in known:
            known[texts] = "" if any(self.matcher.find_street(text) for text in texts) else next(
                (found.group() for text in texts
                 if (found := FOREIGN_STREET.search(self.matcher.without_street_names(simplify(text)).strip())
                               or FOREIGN_DISTRICT.search(simplify(text).strip()))), "")
        if not known[texts] or c < 0:
            return ""
        rows = getattr(self, "_table_rows", [])
        key = (texts, c, rows[0] if rows else -1)
        if key not in known:
            names = [text for r in rows if (text := self.text(r, c).strip()) and not self.is_number(text)
                     and not is_total(text) and not is_footer(text) and not self.matcher.is_street_heading(text)]
            unknown = sum(not self.matcher.match(text, self.street).community_code for text in names)
            known[key] = known[texts] if names and unknown * 2 >= len(names) else ""
        return known[key]

    def total_row(self, r: int, cells: list[int], value_cols: list[Column], running: dict[int, list[float]],
                  subtotals: dict[int, list[float]], approximate: dict[int, bool], table_rows: bool) -> None:
        """合计/小计: not a community; checked against the sum of the rows above it (in the
        canonical unit, like the values: a 万元 column's total is scaled the same way)."""
        words = "".join(simplify(self.text(r, c)) for c in cells)
        is_subtotal = "小计" in words
        scope = self.text_period(words)  # 2026年1-3月小计 under 12月 … 3月: the months it names
        for c in cells:
            self.set_role(r, c, "label")
        for col in value_cols:
            raw = self.text(r, col.index)
            parsed = parse_value(raw) if raw.strip() else None
            above = running[col.index] if is_subtotal or not subtotals[col.index] else subtotals[col.index]
            if parsed and parsed.status == "number" and above and not approximate[col.index] \
                    and col.kind != "community":
                expected = self.months_in(scope, r, col.index) if scope is not None else None
                expected = sum(above) if expected is None else expected
                total = parsed.value if parsed.has_magnitude or table_rows else parsed.value * col.multiplier
                if abs(expected - total) > 1e-6 * max(1.0, abs(expected)):
                    self.set_role(r, col.index, "problem")
                    self.problem("total_mismatch", r, col.index, raw, f"{expected:g}")
            if is_subtotal and parsed and parsed.status == "number":
                subtotals[col.index].append(parsed.value if parsed.has_magnitude or table_rows
                                            else parsed.value * col.multiplier)
            running[col.index] = []
            self._last_total[col.index] = r
            approximate[col.index] = False
            if not is_subtotal:
                subtotals[col.index] = []

    def months_in(self, scope: Period, r: int, c: int) -> float | None:
        """The sum of this column's month values above row r that fall in ``scope`` (a quarter
        or a year named in the total's label), when some above fall outside it; else None."""
        if scope.grain == "month":
            return None
        above = [v for v in self.out.values if v.col_index == c and v.row_index < r and v.sheet == self.grid.name
                 and v.row_index > self._last_total.get(c, -1) and v.period.grain == "month"]
        inside = [v.value for v in above if v.period.period[:4] == scope.period[:4] and (
            scope.grain == "year" or (int(v.period.period[5:7]) - 1) // 3 + 1 == int(scope.period[-1]))]
        return sum(inside) if inside and len(inside) < len(above) else None

    def row_key(self, r: int, keys: list[int], columns: dict[int, Column]) -> tuple[str, ...]:
        """The community (as the registry knows it, however written) and the period of row r."""
        texts = ["".join(self.header_text(r, c).split()) for c in keys]
        return tuple((self.matcher.match(text, self.street).community_code or text)
                     if columns[c].kind != "period" and text else text for c, text in zip(keys, texts))

    def units_of_one_community(self, found: Breakdown, data_rows: list[int], values: set[int],
                               scan: RowScan) -> Breakdown:
        """One community's table by grid or building (第一网格 | 第二网格 | … | 社区合计), the community
        and month from the title: each row would be the same key, so the 合计 row is the figure
        and the rows above it are its parts."""
        open_rows: list[int] = []
        for r in data_rows:
            cells = scan.cells[r]
            labels = [self.text(r, c) for c in cells if c not in values]
            if not cells or not any(c in values for c in cells):
                continue
            if any(structural_kind([text]) in {"current_value", "cumulative_value"} for text in labels if text):
                return found  # 本月 | 本年累计 rows: two figures of the community, not its parts
            if any(map(is_total, labels)):
                if len(open_rows) >= 2:
                    found.subtotals[r] = open_rows
                    found.parts.update(open_rows)
                open_rows = []
            else:
                open_rows.append(r)
        return found

    def items_and_their_total(self, found: Breakdown, table: Table, data_rows: list[int],
                              values: set[int]) -> Breakdown:
        """实现就业（男） | 实现就业（女） | 实现就业合计, or 学雷锋志愿服务 | 日常志愿服务 | 志愿服务合计,
        one item a row: a row naming an indicator before its 合计/小计 is that indicator's figure,
        and the rows right above it that read as the same indicator are its parts (labels, checked
        against it). A 合计 naming no indicator (合计, 全街合计) stays a total of the rows above."""
        names = [c for c, col in table.columns.items() if col.kind == "indicator_name" and c not in values]
        units = [c for c, col in table.columns.items() if col.kind == "unit"]
        for position, r in enumerate(data_rows):
            label, unit = self.item_label(r, names, units)
            named = NAMED_TOTAL.match(simplify("".join(label.split())))
            if not named or is_total(named["name"]) or (code := self.item_code(named["name"], unit)) is None:
                continue
            parts: list[int] = []
            for above in reversed(data_rows[:position]):  # read only above a named 合计 (a long table has none)
                written, written_unit = self.item_label(above, names, units)
                if above in found.parts or not written or is_total(written) \
                        or self.item_code(written, written_unit) != code:
                    break
                parts.insert(0, above)
            if parts:
                found.subtotals[r] = parts
                found.parts.update(parts)
        return found

    def item_label(self, r: int, names: list[int], units: list[int]) -> tuple[str, str]:
        """The item row r names (its indicator_name cells) and the unit its 单位 column gives."""
        return "".join(self.text(r, c) for c in names).strip(), "".join(self.text(r, c) for c in units).strip()

    def item_code(self, label: str, unit: str) -> str | None:
        found = self.catalog.match_indicator([f"{label}({unit})" if unit else label])
        return found.indicator_code if found else None
