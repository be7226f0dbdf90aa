"""Form definitions: one YAML file per departmental form, read into frozen records.

A form is data, not code. The shipped forms live in ``forms/`` beside the project; a user adds
one by writing a file into ``<home>/forms/`` (the same format; a user file with the code of a
shipped form replaces it). The format, with every key:

.. code-block:: yaml

    code: xinfang_monthly                 # letters, digits, _ (used on the command line)
    name: 民情诉求办理情况月报表
    department: 区信访局
    frequency: month                      # month | quarter | year: the period the form reports
    due_day: 5                            # due on this day of the month after the period
    rows: communities                     # communities (one per community of the street) | months
    title: "{street}{period_label}民情诉求办理情况统计表"
    subtitle: "填报单位：{street}（盖章）　　单位：件"
    header:                               # the header rows as the department prints them;
      - [[序号, 1, 2], [社区, 1, 2], [民情诉求, 3, 1], [办结率（%）, 1, 2]]   # [text, colspan, rowspan]
      - [受理, 办结, 调解纠纷]
    columns:                              # one per printed column, left to right
      - seq                               # 1, 2, 3 …
      - name                              # the community's name (or the month)
      - code                              # the 12-digit community code, as text
      - {indicator: petitions_received}
      - {indicator: petitions_received, ytd: true}   # 本年累计 (flows only)
      - {indicator: petition_resolution_rate, decimals: 1}
    total: 合计                           # a total row at the bottom (leave out for none)
    footer: ["填表人：", "审核人：", "填报日期：{today}"]

Placeholders in title, subtitle and footer: {street}, {city}, {period_label}, {year}, {today}.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

FREQUENCIES = ("month", "quarter", "year")
ROW_KINDS = ("communities", "months")
PLAIN_COLUMNS = ("seq", "name", "code")
CODE = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


class FormError(ValueError):
    """A definition that cannot be used; the message is Chinese and names the file."""


@dataclass(frozen=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class FormColumn:
    kind: str                      # seq | name | code | indicator
    indicator_code: str = ""
    ytd: bool = False
    decimals: int | None = None    # None: the indicator's own precision


@dataclass(frozen=True)
class Form:
    code: str
    name: str
    department: str
    frequency: str
    due_day: int
    rows: str
    title: str
    subtitle: str
    header: tuple[tuple[HeaderCell, ...], ...]
    columns: tuple[FormColumn, ...]
    total: str
    footer: tuple[str, ...]
    source: Path

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.indicator_code for c in self.columns if c.kind == "indicator"))


def form_dirs(project_dir: Path, home: Path) -> list[Path]:
    return [project_dir / "forms", home / "forms"]


def load_forms(dirs: list[Path], indicators: dict[str, str]) -> dict[str, Form]:
    """Every form in these folders (later folders replace earlier codes), checked against the
    catalogue (``indicators``: code → kind). Raises FormError on the first bad file."""
    forms: dict[str, Form] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            form = parse_form(path, indicators)
            forms[form.code] = form
    return forms


def parse_form(path: Path, indicators: dict[str, str]) -> Form:
    def fail(message: str) -> FormError:
        return FormError(f"报表定义「{path.name}」：{message}")

    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise fail(f"无法读取（{str(error).splitlines()[0]}）") from None
    if not isinstance(raw, dict):
        raise fail("内容应为键值对（code、name、columns……）")
    for key in ("code", "name", "frequency", "header", "columns"):
        if not raw.get(key):
            raise fail(f"缺少「{key}」")
    code = str(raw["code"])
    if not CODE.match(code):
        raise fail(f"代码「{code}」只能用小写字母、数字和下划线")
    if raw["frequency"] not in FREQUENCIES:
        raise fail(f"frequency 应为 {'、'.join(FREQUENCIES)} 之一")
    rows = raw.get("rows", "communities")
    if rows not in ROW_KINDS:
        raise fail(f"rows 应为 {'、'.join(ROW_KINDS)} 之一")
    columns = tuple(parse_column(item, indicators, fail) for item in raw["columns"])
    header = tuple(tuple(parse_header_cell(cell, fail) for cell in row) for row in raw["header"])
    width = header_width(header, fail)
    if width != len(columns):
        raise fail(f"表头宽 {width} 列，columns 却有 {len(columns)} 列")
    return Form(code, str(raw["name"]), str(raw.get("department", "")), raw["frequency"],
                int(raw.get("due_day", 10)), rows, str(raw.get("title", raw["name"])), str(raw.get("subtitle", "")),
                header, columns, str(raw.get("total") or ""), tuple(str(line) for line in raw.get("footer") or ()), path)


def parse_column(item: object, indicators: dict[str, str], fail) -> FormColumn:
    if isinstance(item, str) and item in PLAIN_COLUMNS:
        return FormColumn(item)
    if not isinstance(item, dict) or "indicator" not in item:
        raise fail(f"无法理解的列「{item}」（应为 seq、name、code 或 {{indicator: 代码}}）")
    code = str(item["indicator"])
    if code not in indicators:
        raise fail(f"指标目录中没有「{code}」")
    ytd = bool(item.get("ytd", False))
    if ytd and indicators[code] != "flow":
        raise fail(f"「{code}」不是流量指标，不能填本年累计")
    decimals = item.get("decimals")
    return FormColumn("indicator", code, ytd, int(decimals) if decimals is not None else None)


def parse_header_cell(cell: object, fail) -> HeaderCell:
    if isinstance(cell, list) and cell and len(cell) <= 3:
        spans = [int(n) for n in cell[1:]] + [1] * (3 - len(cell))
        if min(spans) < 1:
            raise fail(f"表头「{cell[0]}」的合并范围应为正整数")
        return HeaderCell(str(cell[0]), spans[0], spans[1])
    if isinstance(cell, (str, int, float)):
        return HeaderCell(str(cell))
    raise fail(f"无法理解的表头单元格「{cell}」")


def header_grid(header: tuple[tuple[HeaderCell, ...], ...]) -> list[tuple[int, int, HeaderCell]]:
    """(row, column, cell) of each header cell, placed like an HTML table: a cell takes the next
    column not covered by a cell spanning down from a row above."""
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(header):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, cell))
            taken.update((r + dr, c + dc) for dr in range(cell.rowspan) for dc in range(cell.colspan))
            c += cell.colspan
    return placed


def header_width(header: tuple[tuple[HeaderCell, ...], ...], fail) -> int:
    placed = header_grid(header)
    rows = len(header)
    if any(r + cell.rowspan > rows for r, _, cell in placed):
        raise fail("表头有单元格向下合并超出了表头行数")
    widths = {r: 0 for r in range(rows)}
    for r, c, cell in placed:
        for dr in range(cell.rowspan):
            widths[r + dr] = max(widths[r + dr], c + cell.colspan)
    if len(set(widths.values())) != 1:
        raise fail(f"表头各行宽度不一致（{'、'.join(str(w) for w in widths.values())} 列）")
    return widths[0]
