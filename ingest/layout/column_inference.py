"""Columns named by what they hold, where their header says nothing known: a column of registered
community names (all of them, or all but a few of many), of periods, a 序号, or of indicator labels
(indicators as rows without a 指标 header); and a column headed by a part of a community name the
title spells out (南苑 | 北苑 under 建达南苑、建达北苑社区…), or by a key a note on the sheet explains
(屏 | 天 | 广 over 「注：屏＝屏西社区，天＝天元社区…」)."""

from __future__ import annotations

import re

from ingest.communities import in_order
from ingest.chinese_text import simplify
from ingest.community_names import normalize_community_name
from ingest.layout.model import Column, is_example, is_footer, is_total
from ingest.layout.sentence_columns import mostly_sentences
from ingest.layout.sheet import SheetState
from ingest.values import is_unit_word, parse_value

CODE = re.compile(r"\d{12}")
CODE_WRITTEN = re.compile(r"\d{12}(?:\.0+)?")   # 654201001001.0: a code saved as a number
# 一社区, 二居委会: a numbered community's header under a title listing the numbers (农科南路一、二社区)
NUMBERED_HEADER = re.compile(r"^\s*[一二三四五六七八九](?:社区|居委会|居委|居民区)\s*$")
# 屏＝屏西社区, 天=天元社区: a short key and the community it stands for, in a note on the sheet
LEGEND_PAIR = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fffA-Za-z0-9]{1,3})\s*[＝=]\s*([\u4e00-\u9fff]{2,12}?(?:社区|居委会|村))")


class ColumnInference(SheetState):
    _legend: dict[str, str] | None = None   # the sheet's key → community name, read on first use

    def infer_from_data(self, column: Column, data_rows: list[int]) -> Column:
        """A column without a (known) header: name it from what it holds, if that is clear."""
        texts = [self.text(r, column.index) for r in data_rows if self.text(r, column.index).strip()]
        texts = [t for t in texts if not is_total(t) and not is_footer(t) and not is_example(t)]  # （例）某某社区
        if not texts:
            return column
        # names, or 12-digit codes (a figure with a remark, 125100（社区自报）, is neither)
        if self.names_most(texts) and sum(not self.is_number(t) or bool(CODE_WRITTEN.fullmatch(t.strip())) for t in texts) \
                >= max(1, len(texts) // 2):
            column.kind = "community_code" if all(CODE.fullmatch(t) for t in texts) else "community_name"
        elif all(self.cell_period(t) for t in texts) and not (column.levels and all(parse_value(t).status == "number" for t in texts)):
            column.kind = "period"  # under a header of its own (保障金 / 元), 22700 is a figure, not a date serial
        elif all(re.fullmatch(r"\d{1,4}", t) for t in texts) and column.index == 0 and not column.levels:
            column.kind = "seq"
        elif all(is_unit_word(t) for t in texts):
            column.kind = "unit"  # 件 | 件 | 人 under no header (or one in another script, 단위): each row's unit
        return column

    def names_most(self, texts: list[str]) -> bool:
        """Every name is a registered community's, or all but a few of many (one row of 14 for two
        communities together, 「中共建达南苑、建达北苑社区联合委员会」: that row is a problem of its own,
        not the end of the column)."""
        names = [t for t in texts if not self.is_number(t)]
        missed = sum(not self.matcher.match(t, self.street).community_code for t in names)
        return missed == 0 or (len(names) >= 5 and missed * 5 <= len(names))

    def promote_label_column(self, columns: dict[int, Column], data_rows: list[int]) -> bool:
        """Indicators as rows without a 指标 header: the text columns whose labels are indicators
        (several when label | value pairs stand side by side: 接待群众诉求 | 32件 | 诉求已办结 | 31件)."""
        found = False
        for col in sorted(columns.values(), key=lambda col: col.index):
            texts = [self.text(r, col.index) for r in data_rows if self.text(r, col.index).strip()]
            texts = [t for t in texts if not self.is_number(t) and not is_total(t) and not is_footer(t)]
            if len(texts) >= 1 and sum(self.indicator_header(t) for t in texts) * 2 >= len(texts) \
                    and (not found or col.index - 1 not in columns or columns[col.index - 1].kind != "indicator_name"):
                col.kind = "indicator_name"
                found = True
        return found

    def labels_under_header(self, columns: dict[int, Column], data_rows: list[int]) -> None:
        """综治、文化 | 单位 | 数量 over 受理群众诉求 | 件 | 63: a header read as an indicator over a
        column that holds no figure, only the rows' labels (most of them indicators), heads the
        label column — the header names the group of rows (a section), not a figure."""
        for col in columns.values():
            if col.kind != "indicator":
                continue
            texts = [t for r in data_rows if (t := self.text(r, col.index)).strip() and not is_total(t) and not is_footer(t)]
            if len(texts) >= 2 and not any(parse_value(t).status == "number" for t in texts) \
                    and sum(self.indicator_header(t) for t in texts) * 2 > len(texts):
                # 志愿服务情况 over 「注册志愿者累计566人，本月服务209人次」: figures in sentences, not labels
                col.kind = "sentences" if mostly_sentences(texts) else "indicator_name"
                col.indicator_code = ""

    def titled_community(self, header: str, r: int) -> str:
        """南苑 over a column, under the title 建达南苑、建达北苑社区2025年10月工作报表: the one community
        the title (or the file name) names whose name ends with, or holds in order, the header; 一社区 |
        二社区 under 农科南路一、二社区… likewise (the numeral only with its 社区)."""
        short = normalize_community_name(header)
        if not re.fullmatch(r"[\u4e00-\u9fff]+", short) or (len(short) < 2 and not NUMBERED_HEADER.match(simplify(header))):
            return ""  # 一社区 | 二社区 under 农科南路一、二社区…: a lone numeral only with its 社区
        named: set[str] = set()
        for text in [self.context.file_name, *(" ".join(self.rows[a]) for a in range(min(r, 6)))]:
            named |= set(self.matcher.names_in(text, self.street))
        cores = {code: normalize_community_name(self.matcher.communities[code].community_name) for code in named}
        fits = [code for code, core in cores.items() if core.endswith(short) or in_order(short, core)]
        return fits[0] if len(fits) == 1 else ""

    def legend_community(self, header: str) -> str:
        """屏 over a column, and 「屏＝屏西社区，天＝天元社区…」 in a note on the sheet: 屏西社区."""
        if self._legend is None:
            self._legend = {}
            for row in self.rows:
                for text in row:
                    if "=" in text or "＝" in text:
                        pairs = LEGEND_PAIR.findall(text)
                        if len(pairs) >= 2:
                            self._legend.update(pairs)
        name = self._legend.get(header.strip())
        return (self.matcher.match(name, self.street).community_code or "") if name else ""

    def short_names_across(self, columns: dict[int, Column]) -> None:
        """Among communities as columns, a short header no name matches (江中, 师大 beside 文教路 |
        北京西路 …) is the one community of their street whose name holds it (in order), unless
        another column has it — never one of another street (江中家委会 there, 江中花园 here)."""
        taken = {col.community_code for col in columns.values() if col.kind == "community"}
        streets = {self.matcher.communities[code].street_code for code in taken if code in self.matcher.communities}
        if len(streets) != 1:
            return
        cores = [(community.community_code, normalize_community_name(community.community_name))
                 for community in self.matcher.communities.values() if community.street_code in streets]
        for col in columns.values():
            short = col.levels[-1].strip() if col.kind == "unknown" and len(col.levels) == 1 else ""
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", short):
                continue
            fits = [code for code, core in cores if short in core or in_order(short, core)]
            if len(fits) == 1 and fits[0] not in taken:
                col.kind, col.community_code = "community", fits[0]
                taken.add(fits[0])
