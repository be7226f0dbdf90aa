"""合计/小计 rows: never a community, checked against the rows above them — a subtotal of the
months it names (2026年1-3月小计 under 12月 … 3月) against those months only."""

from __future__ import annotations

from ingest.headers import simplify
from ingest.layout.model import Column
from ingest.layout.sheet import SheetState
from ingest.periods import Period
from ingest.values import parse_value


class TotalChecker(SheetState):
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

