"""Derived cells kept for checking: a column (indicators as columns) or a row (indicators as rows)
read as derived whose header names a catalogue derived indicator (办结率 → 诉求办结率) keeps what
each of its cells says, with its community, period and lineage. The cells stay labels: a rate
is never loaded as a raw value; the warehouse checks it against the one it computes."""

from __future__ import annotations

from ingest.derived import DerivedIndicator, ReportedFigure, reported_value
from ingest.headers import normalize_header
from ingest.layout.model import Column, cell_ref
from ingest.layout.sheet import SheetState
from ingest.periods import Period


class DerivedKeeper(SheetState):
    """Keeps the reported figures of derived columns and rows (``self.out.reported``)."""

    _derived_source: dict[int, Column] | None = None
    _derived_columns: list[tuple[Column, DerivedIndicator, list[str]]] = []

    def derived_for(self, levels: list[str]) -> tuple[DerivedIndicator | None, list[str]]:
        """The catalogue derived indicator a header names, and its levels without periods."""
        named = [text for text in levels if text.strip() and not self.cell_period(text)]
        if not named or self.catalog.is_not_data(levels):
            return None, named
        return self.context.derived.match(named, self.catalog), named

    def keep_derived_columns(self, columns: dict[int, Column], r: int, cells: list[int],
                             period: Period | None, community_code: str) -> None:
        """A data row of a table with indicators as columns: its cells under derived columns."""
        if self._derived_source is not columns:  # worked out once per table
            self._derived_source, self._derived_columns = columns, []
            for col in columns.values():
                if col.kind == "derived" and self.context.derived.indicators:
                    found, named = self.derived_for(col.levels)
                    if found is not None:
                        self._derived_columns.append((col, found, named))
        for col, found, named in self._derived_columns:
            if col.index not in cells:
                continue
            own = next((found_period for text in col.levels if (found_period := self.cell_period(text))), None)
            cumulative = any(normalize_header(text).is_cumulative for text in col.levels)
            self.keep_figure(r, col.index, " / ".join(col.levels), community_code, own or period, found,
                             cumulative)

    def keep_derived_row(self, r: int, cells: list[int], levels: list[str], period: Period | None,
                         community_code: str) -> None:
        """A row of a table with indicators as rows whose label is derived: its value cells."""
        found, named = self.derived_for(levels) if self.context.derived.indicators else (None, [])
        if found is None:
            return
        row_cumulative = any(normalize_header(text).is_cumulative for text in named)
        for index, col, _, col_period, _, col_community, _, _ in self._value_plan:
            if index in cells:
                self.keep_figure(r, index, " / ".join([*levels, *col.levels]), col_community or community_code,
                                 col_period or period, found, row_cumulative or col.is_cumulative)

    def keep_figure(self, r: int, c: int, header: str, community_code: str, period: Period | None,
                    found: DerivedIndicator, cumulative: bool) -> None:
        if not community_code or period is None:
            return
        raw = self.rows[r][c]
        figure = reported_value(raw, found.multiplier)
        if figure is None:
            return  # —, 持平, ↑3: nothing to check
        value, rounding = figure
        self.out.reported.append(ReportedFigure(self.grid.name, cell_ref(r, c), header, raw, community_code, period,
                                                found.indicator_code, value, rounding, cumulative))
