"""Merged ranges of .ods workbooks (calamine gives none for ods): read from content.xml's spans,
at the positions of calamine's grid, without expanding repeats, and refused when malformed."""

from __future__ import annotations

import signal
import time
import tracemalloc
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb
import pytest

from ingest.loader import ingest_paths
from ingest.readers import UnreadableFile, read_workbook
from ingest.readers.ods_merges import ods_merges
from jiedao.settings import Settings
from sheets import Rows, write_xlsx

# A return as it is sent: a title over the table, a two-row header with a group (民情诉求) over
# two sub-columns, and a community written once over its two months (long format).
RETURN: Rows = [
    ["和平街道2025年民情民意统计表", None, None, None, None],
    ["社区名称", "月份", "民情诉求", None, "社区工作者人数"],
    [None, None, "受理数", "已办结", None],
    ["建设街社区", "2025年5月", 12, 10, 9],
    [None, "2025年6月", 13, 11, 9],
    ["商业街社区", "2025年6月", 8, 8, 11],
]
RETURN_MERGES = {(0, 0, 0, 4), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 3), (1, 4, 2, 4), (3, 0, 4, 0)}
RETURN_NAME = "和平街道2025年民情民意统计表"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


def write_return_ods(path: Path, rows: Rows, merges: set[tuple[int, int, int, int]]) -> Path:
    """The sheet written by odfpy as an office suite writes it: a spanning cell, then covered cells."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in merges}
    covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - set(spans)
    document = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for r, row in enumerate(rows):
        table_row = TableRow()
        for c, value in enumerate(row):
            if (r, c) in covered:
                table_row.addElement(CoveredTableCell())
                continue
            attributes = {}
            if (r, c) in spans:
                attributes = {"numberrowsspanned": spans[r, c][0], "numbercolumnsspanned": spans[r, c][1]}
            if isinstance(value, int):
                attributes |= {"valuetype": "float", "value": str(value)}
            elif value is not None:
                attributes |= {"valuetype": "string"}
            cell = TableCell(**attributes)
            if value is not None:
                cell.addElement(P(text=str(value)))
            table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def write_content(path: Path, tables: str, after_root: str = "") -> Path:
    """An .ods from a content.xml written by hand (for what odfpy will not write)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.2">'
               f'<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>'
               f'</office:document-content>{after_root}')
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", MANIFEST)
        archive.writestr("content.xml", content)
    return path


def text(value: str, spans: str = "", tag: str = "table:table-cell") -> str:
    return f'<{tag} office:value-type="string"{spans}><text:p>{value}</text:p></{tag}>'


def a1(r0: int, c0: int, r1: int, c1: int) -> str:
    return f"{chr(65 + c0)}{r0 + 1}:{chr(65 + c1)}{r1 + 1}"


def test_a_returns_merged_ranges_read_like_the_same_sheet_as_xlsx(tmp_path: Path) -> None:
    ods = read_workbook(write_return_ods(tmp_path / "r.ods", RETURN, RETURN_MERGES), settings(tmp_path)).sheets[0]
    xlsx = read_workbook(write_xlsx(tmp_path / "r.xlsx", {"Sheet1": RETURN},
                                    merged={"Sheet1": [a1(*merge) for merge in RETURN_MERGES]}),
                         settings(tmp_path)).sheets[0]
    assert set(ods.merged) == set(xlsx.merged) == RETURN_MERGES
    assert len(ods.merged) == len(RETURN_MERGES)
    assert (ods.name, ods.rows, ods.hidden) == (xlsx.name, xlsx.rows, xlsx.hidden)


def test_positions_are_calamines_grid_positions(tmp_path: Path) -> None:
    """Leading empty rows and columns (repeated), covered cells holding text, header-row and
    row-group wrappers, an empty self-closed row and a second sheet all counted as calamine does."""
    path = write_content(tmp_path / "p.ods", (
        '<table:table table:name="前">'
        '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        '<table:table-header-rows><table:table-row><table:table-cell table:number-columns-repeated="2"/>'
        + text("组", ' table:number-columns-spanned="2"')
        + text("藏", tag="table:covered-table-cell") + text("高", ' table:number-rows-spanned="3"')
        + '</table:table-row></table:table-header-rows><table:table-row/>'
        '<table:table-row-group><table:table-row table:number-rows-repeated="2">'
        '<table:table-cell table:number-columns-repeated="3"/>' + text("x")
        + '</table:table-row></table:table-row-group>'
        '<table:table-row>' + text("下", ' table:number-rows-spanned="2" table:number-columns-spanned="2"')
        + '</table:table-row><table:table-row><table:covered-table-cell table:number-columns-repeated="2"/>'
        + text("y") + '</table:table-row>'
        '<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        '</table:table>'
        '<table:table table:name="后"><table:table-row>' + text("标题", ' table:number-columns-spanned="2"')
        + '<table:covered-table-cell/></table:table-row><table:table-row>' + text("a") + text("b")
        + '</table:table-row></table:table>'))
    first, second = read_workbook(path, settings(tmp_path)).sheets
    assert first.merged == ((2, 2, 2, 3), (2, 4, 4, 4), (6, 0, 7, 1))
    assert [first.rows[r][c] for r, c, _, _ in first.merged] == ["组", "高", "下"]
    assert (first.rows[2][3], first.rows[4][3], first.rows[7][2]) == ("藏", "x", "y")
    assert second.merged == ((0, 0, 0, 1),)


def test_a_return_with_merges_loads_through_the_loader(tmp_path: Path) -> None:
    config = settings(tmp_path)
    report = ingest_paths(config, [write_return_ods(tmp_path / "inbox" / f"{RETURN_NAME}.ods", RETURN, RETURN_MERGES)])
    assert [(file.status, file.values_loaded, file.problems) for file in report.file_reports] == [("loaded", 9, 0)]
    with duckdb.connect(str(config.raw_db), read_only=True) as con:
        assert con.execute("select cell_ref, community_code, indicator_code, period, value from observations"
                           " order by cell_ref").fetchall() == [
            ("C4", "654201001001", "petitions_received", "2025-05", 12.0),
            ("C5", "654201001001", "petitions_received", "2025-06", 13.0),
            ("C6", "654201001003", "petitions_received", "2025-06", 8.0),
            ("D4", "654201001001", "petitions_resolved", "2025-05", 10.0),
            ("D5", "654201001001", "petitions_resolved", "2025-06", 11.0),
            ("D6", "654201001003", "petitions_resolved", "2025-06", 8.0),
            ("E4", "654201001001", "staff", "2025-05", 9.0),
            ("E5", "654201001001", "staff", "2025-06", 9.0),
            ("E6", "654201001003", "staff", "2025-06", 11.0),
        ]


def test_hidden_rows_are_read_as_labels_with_a_note(tmp_path: Path) -> None:
    """A clerk's first figures kept in a hidden row above the corrected ones: never loaded."""
    def row(*cells: str, hidden: bool = False) -> str:
        visibility = ' table:visibility="collapse"' if hidden else ""
        return f"<table:table-row{visibility}>" + "".join(text(cell) for cell in cells) + "</table:table-row>"

    path = write_content(tmp_path / "inbox" / "和平街道2025年3月民情统计.ods", (
        '<table:table table:name="3月">' + row("社区", "受理数") + row("建设街社区", "30", hidden=True)
        + row("建设街社区", "32") + row("商业街社区", "8") + "</table:table>"))
    sheet = read_workbook(path, settings(tmp_path)).sheets[0]
    assert sheet.hidden_rows == frozenset({1}) and sheet.merged == ()
    config = settings(tmp_path)
    report = ingest_paths(config, [path])
    with duckdb.connect(str(config.raw_db), read_only=True) as con:
        assert con.execute("select cell_ref, community_code, value from observations order by cell_ref").fetchall() == [
            ("B3", "654201001001", 32.0), ("B4", "654201001003", 8.0)]
        assert con.execute("select problem_code, cell_ref from problems").fetchall() == [("hidden_row", "A2")]
    assert report.file_reports[0].status == "loaded"


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail instead of hanging when the work is not done in time."""
    def expire(*_: object) -> None:
        raise TimeoutError(f"not done in {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except TimeoutError as error:  # raised inside expat's frames, which pytest cannot show
        pytest.fail(str(error), pytrace=False)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_huge_repeats_are_counted_not_expanded(tmp_path: Path) -> None:
    """What an office suite writes after the data (a million empty rows of 16384 cells), here
    also merged: a range per repetition would be 1048576 × 16384 ranges."""
    path = write_content(tmp_path / "huge.ods", (
        '<table:table table:name="S"><table:table-row>' + text("标题", ' table:number-columns-spanned="2"')
        + '<table:covered-table-cell/><table:table-cell table:number-columns-repeated="16381"/></table:table-row>'
        '<table:table-row>' + text("社区名称") + text("受理数")
        + '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="16384"'
        ' table:number-rows-spanned="2" table:number-columns-spanned="2"/></table:table-row>'
        '</table:table>'))
    started = time.perf_counter()
    with deadline(20):
        sheet = read_workbook(path, settings(tmp_path)).sheets[0]
    assert time.perf_counter() - started < 10
    assert (sheet.rows, sheet.merged) == ((("标题", ""), ("社区名称", "受理数")), ((0, 0, 0, 1),))
    tracemalloc.start()  # the reader alone (read_workbook sets aside room for the largest file)
    try:
        with deadline(20):
            assert ods_merges(path, {"S": (2, 2)}).merges == {"S": [(0, 0, 0, 1)]}
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


@pytest.mark.parametrize("content, after_root, detail", [
    (text("建设街社区\x01"), "", "「content.xml」第 1 行：not well-formed (invalid token)"),
    (text("建设街社区"), "<extra/>", "「content.xml」第 1 行：junk after document element"),
], ids=["control-character", "junk-after-root"])
def test_malformed_content_is_the_files_corrupt_file_problem(tmp_path: Path, content: str, after_root: str,
                                                              detail: str) -> None:
    """XML calamine lets through but no XML parser accepts: the file is refused in the usual words."""
    config = settings(tmp_path)
    path = write_content(tmp_path / "inbox" / "坏.ods", (
        '<table:table table:name="S"><table:table-row>' + text("标题", ' table:number-columns-spanned="2"')
        + '<table:covered-table-cell/></table:table-row><table:table-row>' + text("社区名称") + text("受理数")
        + '</table:table-row><table:table-row>' + content + '<table:table-cell office:value-type="float"'
        ' office:value="3"><text:p>3</text:p></table:table-cell></table:table-row></table:table>'), after_root)
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(path, config)
    assert (caught.value.problem_code, caught.value.detail) == ("corrupt_file", detail)
    report = ingest_paths(config, [path])
    assert [(file.status, file.messages) for file in report.file_reports] == [
        ("rejected", (f"文件「坏.ods」：文件已损坏或不完整（{detail}），未解析",))]
    with duckdb.connect(str(config.raw_db), read_only=True) as con:
        assert con.execute("select problem_code from problems").fetchall() == [("corrupt_file",)]


@pytest.mark.parametrize("declaration", ["<!DOCTYPE r [<!ENTITY a 'b'>]>", "<!doctype r>"])
def test_content_with_a_dtd_is_never_parsed(tmp_path: Path, declaration: str) -> None:
    """The DTD check of the archive is repeated on the bytes the merge reader parses."""
    path = write_content(tmp_path / "d.ods", '<table:table table:name="S"><table:table-row>'
                         + text("x", ' table:number-columns-spanned="2"') + '</table:table-row></table:table>')
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(b"?>", f"?>{declaration}".encode(), 1)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(UnreadableFile) as caught:
        ods_merges(path, {"S": (1, 2)})
    assert caught.value.problem_code == "xml_bomb"
