"""Rows of one community and month split by a type column (工单类型: 居民诉求 | 矛盾纠纷 | 城运事件),
each row holding the same columns (派单量 | 办结量): the type says what a column counts on that
row. 居民诉求 over 派单量 is the catalogue's 诉求受理数; a type that adds nothing the catalogue
knows (城运事件) is one problem for the mapping review, its figures never loaded under the
column's plain reading. A community's own 小计 row (``totals.Breakdown``) is settled first."""

from __future__ import annotations

from dataclasses import replace

from ingest.headers import IndicatorMatch
from ingest.layout.model import Column, Table, is_total
from ingest.layout.totals import RowScan, TotalChecker

TYPE_KINDS = ("note", "indicator_name", "unknown")
CLEAR_SCORE = 0.8      # the type and the header together must name an indicator plainly
GAIN = 0.15            # … and better than the header alone does


class CategoryRows(TotalChecker):
    def category_plan(self, table: Table, data_rows: list[int], value_cols: list[Column],
                      span: range | None, settled: set[int], scan: RowScan | None = None) -> dict[int, list[Column]]:
        """Per data row of a typed table, the value columns as that row's type reads them (a
        column the type does not make clear is left out: its cells are labels). Empty when the
        table has no type column, or its types never make a column clearer."""
        columns = table.columns
        scan = scan or self.scan_rows(table, data_rows, span)
        if table.indicators_as_rows or not value_cols or all(columns[c].kind == "period" for c in scan.key_columns):
            return {}
        values = {col.index for col in value_cols}
        rows = [r for r in data_rows if r not in settled and scan.cells[r]]
        type_column = self.type_column(table, rows, scan, values)
        if type_column is None:
            return {}
        plans: dict[str, list[Column] | None] = {}
        for r in rows:
            kind = self.text(r, type_column).strip()
            if kind and not is_total(kind) and kind not in plans:
                plans[kind] = self.columns_for_type(kind, value_cols)
        if not any(plans.values()):
            return {}
        plan: dict[int, list[Column]] = {}
        reported: set[str] = set()
        for r in rows:
            kind = self.text(r, type_column).strip()
            read = plans.get(kind)
            if read is None and kind in plans:
                if kind not in reported:
                    reported.add(kind)
                    self.set_role(r, type_column, "problem")
                    self.problem("unknown_indicator", r, type_column, kind,
                                 self.catalog.nearest_names([kind]))
                read = []
            if read is not None:
                plan[r] = read
        return plan

    def type_column(self, table: Table, rows: list[int], scan: RowScan, values: set[int]) -> int | None:
        """A text column whose cells differ between rows of the same community and month."""
        candidates = [c for c, col in table.columns.items() if col.kind in TYPE_KINDS and c not in values]
        seen: dict[tuple[str, ...], dict[int, set[str]]] = {}
        for r in rows:
            key = self.scanned_key(scan, r, table.columns)
            if not any(key):
                continue
            texts = seen.setdefault(key, {c: set() for c in candidates})
            for c in candidates:
                text = self.text(r, c).strip()
                if text and not self.is_number(text):
                    texts[c].add(text)
        varying = [c for c in candidates if any(len(texts[c]) > 1 for texts in seen.values())]
        return varying[0] if len(varying) == 1 else None

    def columns_for_type(self, kind: str, value_cols: list[Column]) -> list[Column] | None:
        """The value columns as read under the type ``kind``: None when it makes none clearer."""
        read: list[Column] = []
        for col in value_cols:
            if col.kind not in {"indicator", "unknown"} or not col.levels:
                continue
            joined = self.catalog.match_indicator([*col.levels[:-1], kind + col.levels[-1]])
            alone = self.catalog.match_indicator(col.levels)
            if joined is None or joined.score < CLEAR_SCORE or (
                    alone is not None and alone.indicator_code == joined.indicator_code
                    and joined.score - alone.score < GAIN):
                continue
            typed = replace(col, levels=[*col.levels[:-1], f"{kind} / {col.levels[-1]}"])
            typed.hold(IndicatorMatch(joined.indicator_code, col.multiplier if col.multiplier != 1
                                      else joined.unit_multiplier, col.is_cumulative or joined.is_cumulative,
                                      joined.score))
            read.append(typed)
        return read or None
