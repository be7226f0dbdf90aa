"""Indicator blocks stacked in one table: communities down, months (or 本月) across, and a heading
row inside the data that names what the rows below it count, up to the next such heading —

    社区     | 单位 | 1月 | 2月 | …
    一、实现就业人数（含灵活就业）
    建设街   | 人   | 6   | 32  | …
    小计     | 人   | …
    五、创业担保贷款发放
    建设街   | 万元 | 0   | 10  | …

Each block is read as a table of its own under the same header, its figure columns holding the
heading's indicator (in the unit its 单位 column gives), its 小计 checked against its own rows."""

from __future__ import annotations

from dataclasses import replace

from ingest.headers import IndicatorMatch
from ingest.layout.model import Column, Table, is_footer, is_total
from ingest.layout.sheet import SheetState

FIGURE_KINDS = {"current_value", "cumulative_value"}
COMMUNITY_KINDS = {"community_name", "community_code"}


class IndicatorBlocks(SheetState):
    """Splits a communities-down table at the rows that head its indicator blocks."""

    def indicator_blocks(self, table: Table, data_rows: list[int],
                         titles: list[str]) -> list[tuple[Table, list[int], list[str]]]:
        """The table's blocks, each with its own columns, rows and titles (its heading last); the
        table as it is when its header names indicators or no row heads a block."""
        whole = [(table, data_rows, titles)]
        columns = table.columns.values()
        if table.indicators_as_rows or any(col.kind in {"indicator", "derived", "community"} for col in columns) \
                or not any(col.kind in COMMUNITY_KINDS for col in columns):
            return whole
        figures = [col for col in columns if col.kind in FIGURE_KINDS or (col.kind == "period" and col.period)]
        headings = {r: found for r in data_rows if figures and (found := self.block_heading(r, figures))}
        if not headings:
            return whole
        blocks: list[tuple[Table, list[int], list[str]]] = []
        first = min(headings)
        if any(self.nonempty(r) for r in data_rows if r < first):
            blocks.append((table, [r for r in data_rows if r < first], titles))
        starts = sorted(headings)
        for start, end in zip(starts, [*starts[1:], max(data_rows) + 1]):
            rows = [r for r in data_rows if start < r < end]
            heading = self.text(start, self.nonempty(start)[0])
            self.set_role(start, self.nonempty(start)[0], "label")
            found = self.in_its_unit(headings[start], heading, table, rows)
            held = {c: replace(col, levels=list(col.levels)) for c, col in table.columns.items()}
            for col in held.values():
                if col.kind in FIGURE_KINDS or (col.kind == "period" and col.period):
                    cumulative = col.is_cumulative
                    col.hold(found)
                    col.is_cumulative = col.is_cumulative or cumulative
            blocks.append((Table(table.header_rows, held, False), rows, [*titles, heading]))
        return blocks

    def block_heading(self, r: int, figures: list[Column]) -> IndicatorMatch | None:
        """A row holding one text alone (often merged across the table), outside the figure
        columns, that is no community, total, note or street and names a catalogue indicator."""
        cells = self.nonempty(r)
        if len(cells) != 1 or cells[0] in {col.index for col in figures}:
            return None
        text = self.text(r, cells[0])
        if not text.strip() or self.is_number(text) or is_total(text) or is_footer(text) \
                or self.matches_community(text) or self.matcher.is_street_heading(text):
            return None
        return self.catalog.match_indicator([text])

    def in_its_unit(self, found: IndicatorMatch, heading: str, table: Table, rows: list[int]) -> IndicatorMatch:
        """The heading read with the unit its block's 单位 column gives (万元 for a loan in 元), when
        every row of the block gives the same one and it names the same indicator."""
        units = {self.text(r, c).strip() for r in rows for c, col in table.columns.items()
                 if col.kind == "unit" and self.text(r, c).strip()}
        if len(units) != 1:
            return found
        with_unit = self.catalog.match_indicator([f"{heading}（{units.pop()}）"])
        return with_unit if with_unit is not None and with_unit.indicator_code == found.indicator_code else found
