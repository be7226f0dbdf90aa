"""Huge sheets (issue 19): every value of a long generated sheet loads, problems of one kind are
listed 20 per column and the rest counted, every cell keeps its role — and the pieces that keep a
huge sheet small hold what they replaced: cells a column at a time (``CellRows``) with the A1
reference worked out by DuckDB, and sheets read a row at a time. No timing here: the bench
(``python -m bench --sections big``) measures time and peak memory."""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb
import python_calamine
import xlsxwriter

from ingest.layout import CellRows, cell_ref
from ingest.loader import ingest_paths
from ingest.readers.workbooks import cell_text, number_text, sheet_texts
from ingest.writer import CELL_REF_SQL
from jiedao.settings import Settings
from sheets import write_xlsx

COMMUNITIES = ("建设街社区", "商业街社区", "文化街社区", "新华街社区", "广场街社区", "营盘街社区")
ROWS = 12_000
BAD_EVERY = 97


def bad(n: int) -> bool:
    return n % BAD_EVERY == 5


def write_long_sheet(path: Path) -> Path:
    """A street's summary of ``ROWS`` rows: each community in each month of 2025 once, then the
    same keys again and again (each a duplicate), some figures written as text (l60)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("汇总")
    sheet.write_row(0, 0, ("和平街道2025年社区工作汇总表",))
    sheet.write_row(1, 0, ("序号", "社区名称", "统计月份", "受理数", "办结数"))
    for n in range(ROWS):
        name = COMMUNITIES[n % len(COMMUNITIES)]
        month = (n // len(COMMUNITIES)) % 12 + 1
        sheet.write_row(n + 2, 0, (n + 1, name, f"2025年{month}月", f"l{n % 90}" if bad(n) else n % 90 + 1, n % 7))
    book.close()
    return path


def expected_reading() -> tuple[int, float, dict[tuple[str, str], int]]:
    """Values, their sum, and problem cells per (column, code) — the rule, cell by cell: a figure
    that is not a number is unreadable; a key (community, month, indicator) seen before is a
    duplicate; else it loads."""
    seen: set[tuple[str, int, str]] = set()
    values, total = 0, 0.0
    problems: dict[tuple[str, str], int] = {}
    for n in range(ROWS):
        key = (COMMUNITIES[n % len(COMMUNITIES)], (n // len(COMMUNITIES)) % 12 + 1)
        for column, figure in (("D", None if bad(n) else n % 90 + 1), ("E", n % 7)):
            if figure is None:
                problems[(column, "unreadable_value")] = problems.get((column, "unreadable_value"), 0) + 1
            elif (*key, column) in seen:
                problems[(column, "duplicate_value")] = problems.get((column, "duplicate_value"), 0) + 1
            else:
                seen.add((*key, column))
                values += 1
                total += figure
    return values, total, problems


def test_a_long_sheet_loads_every_value_and_counts_its_many_problems(tmp_path: Path) -> None:
    path = write_long_sheet(tmp_path / "inbox" / "和平街道2025年汇总.xlsx")
    settings = Settings(home=tmp_path / "home", file_timeout_seconds=3600)  # a busy machine: never the limit
    report = ingest_paths(settings, [path])
    values, total, problem_cells = expected_reading()
    assert report.values_loaded == values == 6 * 12 * 2
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute("select count(*), sum(value) from observations").fetchone() == (values, total)
        # every non-empty cell is stored with its role, its A1 reference from its row and column
        assert con.execute("select count(*) from cells").fetchone() == (1 + 5 + ROWS * 5,)  # title, header, rows
        assert con.execute("select count(*) from cells where cell_ref <> chr(65 + col_index) || (row_index + 1)"
                           ).fetchone() == (0,)
        roles = dict(con.execute("select role, count(*) from cells group by 1").fetchall())
        assert roles["value"] == values and roles["problem"] == sum(problem_cells.values())
        listed = con.execute("select cell_ref, problem_code, message from problems").fetchall()
    # 20 listed per column and kind, the rest in one more_problems note each, naming how many
    by_kind: dict[tuple[str, str], int] = {}
    counted: dict[str, int] = {}
    for ref, code, message in listed:
        column = ref[0]
        if code == "more_problems":
            counted[column] = counted.get(column, 0) + int(re.search(r"本列另有 (\d+) 处", message).group(1))
        else:
            by_kind[(column, code)] = by_kind.get((column, code), 0) + 1
    assert by_kind == {kind: min(count, 20) for kind, count in problem_cells.items()}
    assert len(listed) == len(by_kind) * 21 == 3 * 21
    for column in ("D", "E"):
        assert sum(by_kind[kind] for kind in by_kind if kind[0] == column) + counted[column] == \
            sum(count for kind, count in problem_cells.items() if kind[0] == column)


def test_cell_rows_read_as_the_tuples_they_replace_and_stay_small() -> None:
    tuples = [("汇总", cell_ref(r, c), r, c, f"t{r}-{c}", ("value", "label", "problem")[(r + c) % 3])
              for r in range(300) for c in range(0, 40, 3)]
    tuples += [("说明", cell_ref(0, 0), 0, 0, "注：", "label")]
    cells = CellRows(tuples)
    assert list(cells) == tuples and len(cells) == len(tuples)
    assert cells.role_counts() == {role: sum(t[5] == role for t in tuples) for role in ("value", "label", "problem")}
    joined = CellRows()
    joined.extend(cells)
    joined.extend(CellRows(tuples[:5]))
    assert list(joined) == tuples + tuples[:5]
    # what a cell costs beside its text: row, column, role and sheet number — no tuple, no A1 string
    fixed = sum(part.itemsize * len(part) for part in (cells.rows, cells.cols, cells.sheet_numbers)) + len(cells.roles)
    assert fixed == 11 * len(tuples)


def test_the_a1_reference_duckdb_works_out_is_the_loaders() -> None:
    columns = list(range(16384))
    rows = [0, 1, 8, 99, 1_048_575]
    with duckdb.connect() as con:
        found = con.execute(f"select row_index, col_index, {CELL_REF_SQL} from (select unnest(?::integer[]) as "
                            "row_index) cross join (select unnest(?::integer[]) as col_index)",
                            [rows, columns]).fetchall()
    assert len(found) == len(rows) * len(columns)
    assert all(ref == cell_ref(r, c) for r, c, ref in found)


def test_a_sheet_read_row_by_row_is_the_sheet_read_whole(tmp_path: Path) -> None:
    """iter_rows starts at the first used column: the columns before it are put back."""
    path = write_xlsx(tmp_path / "a.xlsx", {
        "右下": [[None] * 4, [None] * 4, [None, None, " 受理数 ", None], [None, None, None, 5], [None, None, 1.5, "x"]],
        "满": [["社区", "受理数"], ["建设街社区", 3]],
        "空": [],
    })
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        whole = tuple(tuple(v.strip() if type(v) is str else (type(v) is float and number_text(v)) or cell_text(v)
                            for v in row) for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False))
        assert sheet_texts(book, name, book.get_sheet_by_name(name)) == whole
    right = sheet_texts(book, "右下", book.get_sheet_by_name("右下"))
    assert right[2][2] == "受理数" and right[3][3] == "5" and right[4][2:] == ("1.5", "x")


def test_two_versions_of_a_long_sheet_in_one_batch_list_their_conflicts_twenty_per_column(tmp_path: Path) -> None:
    """The older file's cells that the newer one contradicts: 20 listed per column, the rest counted."""
    months = [f"2025年{m}月" for m in range(1, 13)]
    body = [[name, month, n, 1] for n, (name, month) in enumerate((a, b) for a in COMMUNITIES for b in months)]
    header = [["和平街道2025年汇总"], ["社区名称", "统计月份", "受理数", "办结数"]]
    older = write_xlsx(tmp_path / "inbox" / "a旧.xlsx", {"Sheet1": header + body})
    newer = write_xlsx(tmp_path / "inbox" / "b新.xlsx",
                       {"Sheet1": header + [[name, month, figure + 1000, done] for name, month, figure, done in body]})
    os.utime(older, (1_700_000_000, 1_700_000_000))
    os.utime(newer, (1_700_100_000, 1_700_100_000))
    report = ingest_paths(Settings(home=tmp_path / "home"), [tmp_path / "inbox"])
    old = next(item for item in report.file_reports if item.file_name == "a旧.xlsx")
    conflicts = [message for message in old.messages if "较新文件" in message]
    assert len(body) == 72 and len(conflicts) == 21  # 20 of 72 listed in column C, one note for the rest
    assert "单元格 C23：本列另有 52 处，第 23–74 行「与同批次较新文件不一致的数值」" in conflicts[-1]
    assert report.values_loaded == 2 * 72 * 2  # both files' values stay, the newer wins in the warehouse
