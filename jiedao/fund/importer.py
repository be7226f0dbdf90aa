"""Import a filled ledger template (xlsx, xls, ods or csv), under the loaders' rules: the file is
read by the loaders' safe readers (size, zip and XML bombs, disguised files refused first);
every bad cell is a Chinese message naming file, sheet and cell; the good rows load; a row
with a problem is not loaded but kept in ``<home>/fund/rejected.csv`` for review, with every
cell and the reasons — nothing is lost. Projects are matched by (community, year, project
name), so importing the same file twice changes nothing.

The header row is found by its texts (within the first 15 rows, below any title): the
template's headers, or common variants (金额, 项目金额（万元）, 是否小组/团队项目 …).
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ingest.layout import cell_ref
from ingest.problems import PROBLEM_TEMPLATES
from ingest.readers import SheetGrid, UnreadableFile, read_workbook, sniff_bytes
from jiedao.fund import values
from jiedao.fund.model import DATE_FIELDS, Actor, Allocation, Ledger, Project
from jiedao.fund.registry import registry_communities
from jiedao.fund.store import keep_rejected, load_ledger, merge, now_text
from jiedao.fund.template import HEADERS
from jiedao.settings import Settings

ALIASES: dict[str, tuple[str, ...]] = {
    "community_code": ("社区代码", "社区编码", "社区区划代码", "代码"),
    "community_name": ("社区名称", "社区", "社区居委会"),
    "year": ("年度", "年份"),
    "allocation": ("年度经费", "专项经费", "下达经费", "经费额度", "年度专项经费"),
    "name": ("项目名称", "项目"),
    "category": ("类别", "项目类别", "用途", "经费用途"),
    "amount": ("金额", "项目金额", "使用金额", "项目资金"),
    "is_group": ("小组/团队项目", "是否小组/团队项目", "小组团队项目", "小组/团队"),
    **{name: (label, label.removesuffix("日期"), label.removesuffix("日期") + "时间")
       for name, label in DATE_FIELDS.items()},
}
PROJECT_FIELDS = ("name", "category", "amount", "is_group", *DATE_FIELDS)
SKIP_LABELS = re.compile(r"^(合计|小计|总计|填表|审核|负责人|说明|注[:：]|备注)")
HEADER_ROWS = 15


def header_key(text: str) -> str:
    """「金额（元）」, 「金额 (元)」 and 「金额」 alike: full-width folded, spaces and a bracketed unit dropped."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    return re.sub(r"\([^()]*\)$", "", text)


FIELD_BY_HEADER = {header_key(alias): name for name, aliases in ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    rows_loaded: int = 0
    projects_added: int = 0
    projects_changed: int = 0
    projects_unchanged: int = 0
    allocations_changed: int = 0
    rows_rejected: int = 0
    problems: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    refused: bool = False


@dataclass(frozen=True)
class ReadRow:
    sheet: str
    row: int                               # 0-based
    cells: dict[str, str]                  # header as written → cell text
    problems: tuple[str, ...]
    allocation: Allocation | None = None
    project: Project | None = None
    refs: tuple[tuple[str, str], ...] = ()   # field → its cell (A1), for messages across rows

    def cell(self, field_name: str) -> str:
        return dict(self.refs).get(field_name, f"第 {self.row + 1} 行")


def import_bytes(settings: Settings, file_name: str, data: bytes, actor: Actor,
                 allowed: set[str] | None = None, *, allocations: bool = True) -> ImportReport:
    """An upload: checked like any upload before it is opened, then imported."""
    safe = re.sub(r"[\\/\x00-\x1f]", "_", Path(file_name).name) or "经费台账.xlsx"
    try:
        sniff_bytes(safe, data, settings)
    except UnreadableFile as error:
        return refused(file_name, error)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        return import_ledger(settings, path, actor, file_name=file_name, allowed=allowed, allocations=allocations)


def refused(file_name: str, error: UnreadableFile) -> ImportReport:
    reason = PROBLEM_TEMPLATES[error.problem_code][1].format(raw="", detail=error.detail)
    return ImportReport(file_name, problems=(f"文件「{file_name}」无法读取：{reason}",), refused=True)


def import_ledger(settings: Settings, path: Path, actor: Actor, *, file_name: str | None = None,
                  allowed: set[str] | None = None, allocations: bool = True) -> ImportReport:
    """Read, check and load one file; ``allowed`` limits the communities (a viewer's scope);
    without ``allocations`` (a community's own import) an allocation may only repeat the ledger's."""
    name = file_name or path.name
    try:
        workbook = read_workbook(path, settings)
    except UnreadableFile as error:
        return refused(name, error)
    registry = registry_communities(settings)
    problems: list[str] = []
    rows: list[ReadRow] = []
    for sheet in workbook.sheets:
        found, notes = read_sheet(sheet, name, set(registry), allowed)
        rows.extend(found)
        problems.extend(notes)
    if not rows and not problems:
        problems.append(f"文件「{name}」中没有找到经费台账（表头应有 社区代码、年度、项目名称 等，见 jiedao fund template）")
    rows = check_across_rows(rows, name)
    if not allocations:
        ledger = load_ledger(settings)
        rows = [row for row in (fixed_allocation(row, ledger, name) for row in rows)
                if row.problems or row.allocation or row.project]
    good = [row for row in rows if not row.problems]
    bad = [row for row in rows if row.problems]
    problems.extend(message for row in bad for message in row.problems)
    if bad:
        keep_rejected(settings, [{"at": now_text(), "source_file": name, "sheet": row.sheet, "row": row.row + 1,
                                  "problems": "；".join(row.problems),
                                  "cells": json.dumps(row.cells, ensure_ascii=False)} for row in bad])
    added, changed, unchanged, allocations = merge(
        settings, [row.allocation for row in good if row.allocation], [row.project for row in good if row.project],
        actor, {"op": "import", "file": name, "rows_loaded": len(good), "rows_rejected": len(bad)})
    years = sorted({row.project.year if row.project else row.allocation.year for row in good})  # type: ignore[union-attr]
    return ImportReport(name, len(good), added, changed, unchanged, allocations, len(bad), tuple(problems), tuple(years))


def find_header(sheet: SheetGrid) -> tuple[int, dict[int, str]] | None:
    """The header row and column → field, if a row names the community code and a project or allocation."""
    for index, row in enumerate(sheet.rows[:HEADER_ROWS]):
        columns = {}
        for col, text in enumerate(row):
            field_name = FIELD_BY_HEADER.get(header_key(text))
            if field_name and field_name not in columns.values():
                columns[col] = field_name
        if "community_code" in columns.values() and ({"name", "allocation"} & set(columns.values())):
            return index, columns
    return None


def read_sheet(sheet: SheetGrid, file_name: str, registry: set[str],
               allowed: set[str] | None) -> tuple[list[ReadRow], list[str]]:
    where = f"文件「{file_name}」工作表「{sheet.name}」"
    found = find_header(sheet)
    if found is None:
        has_cells = any(text.strip() for row in sheet.rows for text in row)
        return [], ([f"{where}：没有经费台账的表头（社区代码、年度、项目名称 …），未读取"] if has_cells else [])
    header_row, columns = found
    missing = [HEADERS[name] for name in ("year",) if name not in columns.values()]
    if "name" in columns.values():
        missing += [HEADERS[name] for name in ("category", "amount") if name not in columns.values()]
    if missing:
        return [], [f"{where}第 {header_row + 1} 行表头缺少列：{'、'.join(missing)}，本表未读取"]
    headers = sheet.rows[header_row]
    scale = {col: 10_000 for col, text in enumerate(headers) if "万元" in text}
    rows = []
    for index in range(header_row + 1, len(sheet.rows)):
        cells = {columns[col]: (sheet.rows[index][col] if col < len(sheet.rows[index]) else "").strip()
                 for col in columns}
        if not any(cells.values()):
            continue
        written = {headers[col] or cell_ref(header_row, col): text
                   for col, text in enumerate(sheet.rows[index]) if text.strip()}
        if not re.search(r"\d{6}", cells.get("community_code", "")) and SKIP_LABELS.match(next(iter(written.values()))):
            continue   # a total row or a footer: a label, not a row of the ledger
        rows.append(read_row(sheet.name, index, cells, written, {v: k for k, v in columns.items()}, scale,
                             f"{where}单元格 ", registry, allowed))
    return rows, []


def read_row(sheet: str, index: int, cells: dict[str, str], written: dict[str, str], col_of: dict[str, int],
             scale: dict[int, int], where: str, registry: set[str], allowed: set[str] | None) -> ReadRow:
    problems: list[str] = []
    parsed: dict[str, object] = {}

    def at(field_name: str) -> str:
        return f"{where}{cell_ref(index, col_of[field_name])}："

    def take(field_name: str, reader) -> None:
        try:
            parsed[field_name] = reader(cells.get(field_name, ""))
        except values.CellError as error:
            problems.append(at(field_name) + str(error))

    take("community_code", values.community_code)
    code = parsed.get("community_code")
    if isinstance(code, str) and code not in registry:
        problems.append(at("community_code") + f"社区代码「{code}」不在区划名录中")
    elif isinstance(code, str) and allowed is not None and code not in allowed:
        problems.append(at("community_code") + f"社区代码「{code}」不在您的管理范围内，只能导入本范围社区的台账")
    take("year", values.year)
    if cells.get("allocation"):
        take("allocation", lambda text: values.amount(text, "年度经费", scale.get(col_of["allocation"], 1)))
    is_project = any(cells.get(name) for name in PROJECT_FIELDS)
    if is_project:
        for field_name, label in (("name", "项目名称"), ("category", "类别"), ("amount", "金额")):
            if field_name in col_of and not cells.get(field_name):
                problems.append(at(field_name) + f"{label}为空（有项目的行必须填写{label}）")
        if cells.get("amount"):
            take("amount", lambda text: values.amount(text, "金额", scale.get(col_of["amount"], 1)))
        if "is_group" in col_of:
            take("is_group", values.yes_no)
        for field_name, label in DATE_FIELDS.items():
            if field_name in col_of:
                take(field_name, lambda text, label=label: values.date(text, label))
        start, end = parsed.get("publicity_start"), parsed.get("publicity_end")
        if start and end and end < start:  # type: ignore[operator]
            problems.append(at("publicity_end") + f"公示结束日期 {end} 早于公示开始日期 {start}")
    elif not cells.get("allocation"):
        return ReadRow(sheet, index, written, ())        # a template row left blank: nothing to load
    refs = tuple((name, cell_ref(index, col)) for name, col in col_of.items())
    if problems:
        return ReadRow(sheet, index, written, tuple(problems), refs=refs)
    year = int(parsed["year"])  # type: ignore[arg-type]
    allocation = (Allocation(str(code), year, parsed["allocation"])  # type: ignore[arg-type]
                  if "allocation" in parsed else None)
    project = None
    if is_project:
        project = Project("", str(code), year, cells["name"], cells["category"], parsed["amount"],  # type: ignore[arg-type]
                          bool(parsed.get("is_group", False)),
                          **{name: parsed.get(name) for name in DATE_FIELDS})  # type: ignore[arg-type]
    return ReadRow(sheet, index, written, (), allocation, project, refs)


def fixed_allocation(row: ReadRow, ledger: Ledger, file_name: str) -> ReadRow:
    """An allocation the importer may not set: the same figure as the ledger's is dropped, another refused."""
    if row.allocation is None or row.problems:
        return row
    current = ledger.allocation(row.allocation.community_code, row.allocation.year)
    if current == row.allocation.amount:
        return ReadRow(row.sheet, row.row, row.cells, (), None, row.project, row.refs)
    return ReadRow(row.sheet, row.row, row.cells, (
        f"文件「{file_name}」工作表「{row.sheet}」单元格 {row.cell('allocation')}：年度经费由街道或管理员登记，"
        f"社区账号不能修改（台账中为 {current if current is not None else '未登记'}）",), refs=row.refs)


def check_across_rows(rows: list[ReadRow], file_name: str) -> list[ReadRow]:
    """One allocation per community and year, one row per project, within the file."""
    allocations: dict[tuple[str, int], tuple[ReadRow, object]] = {}
    projects: dict[tuple[str, int, str], ReadRow] = {}
    out = []
    for row in rows:
        problems = list(row.problems)
        if row.allocation is not None:
            key = (row.allocation.community_code, row.allocation.year)
            first = allocations.setdefault(key, (row, row.allocation.amount))
            if first[0] is not row and first[1] != row.allocation.amount:
                problems.append(f"文件「{file_name}」工作表「{row.sheet}」单元格 {row.cell('allocation')}：年度经费 "
                                f"{row.allocation.amount} 元与单元格 {first[0].cell('allocation')} 的 {first[1]} 元不一致")
        if row.project is not None:
            key3 = (row.project.community_code, row.project.year, row.project.name)
            first_project = projects.setdefault(key3, row)
            if first_project is not row:
                problems.append(f"文件「{file_name}」工作表「{row.sheet}」单元格 {row.cell('name')}：项目「{row.project.name}」"
                                f"与第 {first_project.row + 1} 行重复（同一社区同一年度的项目名称不能重复）")
        out.append(row if len(problems) == len(row.problems) else
                   ReadRow(row.sheet, row.row, row.cells, tuple(problems), refs=row.refs))
    return [row for row in out if row.problems or row.allocation or row.project]
