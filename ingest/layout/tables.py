"""Finding tables on a sheet: blocks between blank rows, the header row that starts a table, titles
above it, text blocks (titles, notes, footers, stray numbers) and tables written without a header."""

from __future__ import annotations

import re

from ingest.headers import NUMBERING
from ingest.layout.model import (SENDER_LINE, CellRows, Column, SheetExtraction, Table, cell_ref, is_example, is_footer,
                                 is_total)
from ingest.layout.noted_breaks import continues_after_note
from ingest.layout.carried_down import CarriedDown
from ingest.layout.corner_cells import period_corners
from ingest.layout.folds import fold_of
from ingest.layout.merged_row_amounts import MergedRowAmounts
from ingest.layout.sheet import SheetState
from ingest.periods import find_year, season_of, years_named
from ingest.values import is_unit_word




def section_heading(above: list[str], after_a_table: bool) -> str:
    """The heading right over a table that names its subject: numbered (一、城市最低生活保障), or
    any short line over a table stacked under another."""
    text = above[-1].strip() if above else ""
    words = NUMBERING.sub("", text)
    if not text or len(words) > 12 or re.search(r"[:：，,。；;\d０-９]", words) \
            or (not NUMBERING.match(text) and not after_a_table):
        return ""  # a note (1.治安案件数以派出所通报为准), a date or a sentence is no heading
    return text


class TableFinder(CarriedDown, MergedRowAmounts):
    """Splits the sheet into blocks and hands each table to the header and value steps."""

    def blocks(self) -> list[list[int]]:
        occupied = [bool(self.nonempty(r)) for r in range(len(self.rows))]
        for (r, c), origin in self.merge_origin.items():  # a tall merged title keeps its rows together
            if r < len(occupied) and self.text(*origin).strip():
                occupied[r] = True
        # A note under a table (说明：…, 注：…, often one tall merged cell) ends its block: the next
        # table may follow with no blank row between (the note's merged rows are not blank).
        note_ends: set[int] = set()
        for r in range(len(self.rows)):
            cells = self.nonempty(r)
            if cells and all(is_footer(self.text(r, c)) for c in cells) and not self.is_header_row(r):
                note_ends.add(max((r1 for r0, c0, r1, c1 in self.grid.merged if r0 == r and c0 in cells), default=r))
        blocks: list[list[int]] = []
        current: list[int] = []
        for r, filled in enumerate(occupied):
            if filled and len(current) >= 2 and self.band_starts(r):
                blocks.append(current)  # a form in bands: the next row of labels over its figures
                current = []
            if filled:
                current.append(r)
                if r in note_ends:
                    blocks.append(current)
                    current = []
            elif current and r not in self.grid.hidden_rows:  # a hidden row is passed over, not a gap
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        return blocks

    def band_starts(self, r: int) -> bool:
        """A row of labels right under a row of figures that is itself right under labels (受理诉求
        | 办结诉求 over 42 | 38, then 零就业家庭 | 低保户数 over 1 | 14): a new band of one form."""
        def figures(row: int) -> bool:
            cells = self.nonempty(row) if 0 <= row < self.height else ()
            return bool(cells) and all(self.is_number(self.text(row, c)) for c in cells)
        return r >= 2 and self.is_header_row(r) and figures(r - 1) and figures(r + 1) and self.is_header_row(r - 2)

    def extract(self) -> SheetExtraction:
        pending_titles: list[tuple[int, int]] = []   # text cells since the last table
        previous: Table | None = None
        found_table = False
        for block in self.blocks():
            labelled = self.labelled_figures(block)
            chained = [] if labelled else self.chain_lines(block)
            if labelled or chained:  # 受理群众诉求：30件 | 办结：27件 — a form; 1. 海晏路社区 受理诉求51件 … — a 接龙
                if labelled:  # a title right above the form, in the same block, is its own
                    pending_titles += [(r, c) for r in block if r < labelled[0][0] for c in self.nonempty(r)]
                titles = self.title_texts(pending_titles)
                self.sheet_titles = self.sheet_titles if found_table else titles
                if labelled:
                    self.read_labelled_figures(labelled, titles)
                else:
                    self.read_chain_lines(block, chained, titles)
                for r, c in pending_titles:
                    self.set_role(r, c, "label")
                pending_titles = []
                found_table = True
                continue
            header_start = next((r for r in block if self.is_header_row(r)), None)
            if header_start is None:
                table = self.headerless_table(block, previous)
                if table is None:
                    self.text_block(block, pending_titles, found_table)
                    continue
                header_start = next(r for r in block if any(self.is_number(self.text(r, c)) for c in self.nonempty(r)))
                for r in block:  # a title directly above a table without header
                    if r >= header_start:
                        break
                    pending_titles.extend((r, c) for c in self.nonempty(r))
            else:
                header_start = self.group_row_above(block, header_start)
                for r in block:
                    if r >= header_start:
                        break
                    pending_titles.extend((r, c) for c in self.nonempty(r))
                # a year over this table (2025年 | 2026年 blocks stacked) is its month columns' year
                above = self.title_texts(pending_titles)
                self.section = section_heading(above, found_table)
                self.title_lines = above
                own_year = next((year for t in above if (year := find_year(t))), None)
                self.named_years = {year for t in above for year in years_named(t)} | self.named_years
                self.season = next((season for t in above if (season := season_of(t))), None) or self.season
                self.default_year = self.sheet_year or own_year or self.default_year
                if not found_table:  # the sheet's sender, before its headers are read
                    self.street = next((code for t in above if (code := self.matcher.find_street(t))), None) \
                        or self.street
                    self.choose_sender_catalog([*above, self.context.file_name.rsplit(".", 1)[0]])
                table = self.read_header(block, header_start)
            titles = self.title_texts(pending_titles) + period_corners(table.columns, self.cell_period)
            if not found_table:
                self.sheet_titles = titles
                street = next((self.matcher.find_street(t) for t in titles if self.matcher.find_street(t)), None)
                self.street = street or self.street
                self.default_year = self.sheet_year or next((find_year(t) for t in titles if find_year(t)), None) \
                    or self.default_year
                self.season = next((season for t in titles if (season := season_of(t))), None) or self.season
            for r, c in pending_titles:
                self.set_role(r, c, "label")
            data_rows = [r for r in block if r > (table.header_rows[-1] if table.header_rows else header_start - 1)]
            self._fold_columns = table.columns if fold_of(table.columns) else {}
            self.carry_blank_labels(table, data_rows)  # 社区 written on its block's first row only
            for part, span in self.side_by_side(table):
                for block, rows, block_titles in self.indicator_blocks(part, data_rows, titles):
                    self.read_table(block, rows, block_titles, span)
                    self.merged_row_amounts(block, rows)  # 当月发放金额 merged over a community's 户数 / 人数 rows
            pending_titles = []
            previous = table
            found_table = True
        if not self.out.values and not self.out.problems and (paragraphs := self.prose_paragraphs()):
            self.read_prose(paragraphs)  # 一、民情诉求。本月共受理居民诉求46件… — a 工作总结 in paragraphs
        elif paragraphs := self.lone_paragraphs():
            self.read_prose(paragraphs)  # 2月份，我社区共受理居民诉求26件，办结25件… beside the tables
        if not self.out.values and (months := self.month_paragraphs()):
            self.read_month_paragraphs(months)  # 1月 | 本月共接待群众诉求34件，已办结33件… — one row a month
        if not self.out.values and not self.out.problems:  # numbers that no table placed: said, never dropped
            assigned = self.assigned()
            if any(role == "label" for _, _, role in assigned):
                examples = {r for r, c, _ in assigned if is_example(self.text(r, c))}  # 填报示例's rows: no data
                if any(self.is_number(self.text(r, c)) for r, c, _ in assigned if r not in examples):
                    self.problem("no_table")
        self.listed_in_full()
        # Nothing lost: every non-empty cell gets a role; one no rule claimed counts as a label.
        self.out.cell_rows = CellRows()
        self.out.cell_rows.add_grid(self.grid.name, self.rows, self.filled, self.role_rows)
        return self.out

    def side_by_side(self, table: Table) -> list[tuple[Table, range | None]]:
        """Tables repeated across the sheet (项目 | 单位 | 数量 | 项目 | 单位 | 数量, or 社区 | … | 社区 | …):
        each indicator-name (or community) column starts a table of its own up to the next one."""
        kinds = ("indicator_name",) if table.indicators_as_rows else ("community_name", "community_code")
        labelled = sorted((c, col.kind) for c, col in table.columns.items() if col.kind in kinds)
        starts = [c for c, kind in labelled if kind == labelled[0][1]] if labelled else []
        # Adjacent label columns (分类 | 项目: a category merged down beside the item) are one table.
        starts = [c for c in starts if c == starts[0] or c - 1 not in starts]
        if len(starts) < 2:
            return [(table, None)]
        bounds = [0, *starts[1:], self.width]
        return [(Table(table.header_rows, {c: col for c, col in table.columns.items() if low <= c < high},
                       table.indicators_as_rows),
                 range(low, high)) for low, high in zip(bounds, bounds[1:])]

    def text_block(self, block: list[int], pending: list[tuple[int, int]], after_table: bool) -> None:
        """Titles, notes and footers. A stray number outside any table is reported, not guessed."""
        for r in block:
            # 填报单位 | 建设街社区居委会 | 所属月份 | 2025年11月: facts about the report, kept as titles
            footer = any(is_footer(self.text(r, c)) for c in self.nonempty(r)) and self.meta_row_texts(r) is None
            for c in self.nonempty(r):
                raw = self.text(r, c)
                if not footer and self.is_number(raw) and not after_table and len(self.nonempty(r)) == 1 \
                        or (not footer and self.is_number(raw) and after_table):
                    self.set_role(r, c, "problem")
                    self.problem("orphan_value", r, c, raw)
                else:
                    self.set_role(r, c, "label")
                    if not footer or SENDER_LINE.match(raw):  # 填报单位：学府社区 names whose figures follow
                        pending.append((r, c))

    # -- headers -----------------------------------------------------------------------------

    def headerless_table(self, block: list[int], previous: Table | None) -> Table | None:
        columns = {c: Column(c, [], "blank") for c in range(self.width)}
        rows_with_numbers = [r for r in block if any(self.is_number(self.text(r, c)) for c in self.nonempty(r))]
        if len(rows_with_numbers) < 1:
            return None
        if continues_after_note(self, block, previous):  # 备注： across the table, then more of its rows
            return Table([], previous.columns, True)
        if previous is not None and not previous.indicators_as_rows:
            community_cols = [c for c in previous.columns.values() if c.kind in {"community_name", "community_code"}]
            if community_cols and all(  # its 合计 may stand in the 序号 column; a name or a code decides
                any(self.matches_community(self.text(r, col.index)) for col in community_cols)
                or any(self.matcher.match(self.text(r, col.index), self.street).community_code
                       for col in community_cols if col.kind == "community_code" and self.text(r, col.index))
                or any(is_total(self.text(r, c)) or is_example(self.text(r, c)) for c in self.nonempty(r))
                for r in rows_with_numbers
            ):
                return Table([], previous.columns, False)
        if self.promote_label_column(columns, block):
            for col in columns.values():
                texts = [text.strip() for r in block if (text := self.text(r, col.index)).strip()]
                if col.kind == "blank" and any(self.is_number(text) for text in texts):
                    col.kind = "current_value"
                elif col.kind == "blank" and texts and all(is_unit_word(text) for text in texts):
                    col.kind = "unit"  # 城镇新增就业 | 7 | 人: what each figure counts
            return Table([], columns, True)
        return None

    # -- data ----------------------------------------------------------------------------------
