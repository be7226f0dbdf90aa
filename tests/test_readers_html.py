"""A web system's "导出Excel": an HTML page or tab-separated text saved as .xls, read as Excel
shows it (text outside tables as rows, rowspan/colspan as merged ranges, the page's charset)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ingest.loader import ingest_paths
from ingest.readers import UnreadableFile, read_workbook, sniff_bytes
from jiedao.settings import Settings
from jiedao.uploads import save_uploads

# (text, rowspan, colspan) per cell, row by row, as the page's <tr>s hold them.
HEADER = [
    [("社区名称", 2, 1), ("民情诉求", 1, 2), ("社区工作者人数", 2, 1)],
    [("受理数", 1, 1), ("已办结", 1, 1)],
]
BODY = [
    [("建设街社区", 1, 1), ("12", 1, 1), ("10", 1, 1), ("9", 1, 1)],
    [("商业街社区", 1, 1), ("8", 1, 1), ("8", 1, 1), ("11", 1, 1)],
]
TITLE = "和平街道2025年5月民情民意统计表"
FOOTER = "填报人：张三　联系电话：0901-6221234"


def page(title: str, rows: list[list[tuple[str, int, int]]], footer: str, charset: str) -> str:
    def cell(tag: str, text: str, rowspan: int, colspan: int) -> str:
        spans = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f" colspan={colspan}" if colspan > 1 else "")
        return f"<{tag}{spans}>{text}</{tag}>"

    trs = "\n".join("<tr>" + "".join(cell("th" if r < len(HEADER) else "td", *c) for c in row) + "</tr>"
                    for r, row in enumerate(rows))
    return (f'<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<style>td {{ mso-number-format:'\\@'; }}</style></head><body>"
            f"<h3>{title}</h3>\n<table border=1>\n{trs}\n</table>\n<p>{footer}</p></body></html>")


def write_page(path: Path, charset: str = "gb2312", encoding: str = "gbk") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(page(TITLE, HEADER + BODY, FOOTER, charset).encode(encoding))
    return path


def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.mark.parametrize("charset, encoding", [("gb2312", "gbk"), ("utf-8", "utf-8")])
def test_a_page_saved_as_xls_reads_as_excel_shows_it(tmp_path: Path, charset: str, encoding: str) -> None:
    book = read_workbook(write_page(tmp_path / "导出.xls", charset, encoding), settings(tmp_path))
    sheet = book.sheets[0]
    assert book.file_format == "html"
    assert sheet.rows == (
        (TITLE, "", "", ""),
        ("", "", "", ""),
        ("社区名称", "民情诉求", "", "社区工作者人数"),
        ("", "受理数", "已办结", ""),
        ("建设街社区", "12", "10", "9"),
        ("商业街社区", "8", "8", "11"),
        (FOOTER, "", "", ""),
    )
    assert set(sheet.merged) == {(2, 0, 3, 0), (2, 1, 2, 2), (2, 3, 3, 3)}


def test_a_page_loads_through_the_loader(tmp_path: Path) -> None:
    config = settings(tmp_path)
    report = ingest_paths(config, [write_page(tmp_path / "inbox" / f"{TITLE}.xls")])
    assert [(file.status, file.values_loaded) for file in report.file_reports] == [("loaded", 6)]
    with duckdb.connect(str(config.raw_db), read_only=True) as con:
        assert con.execute("select community_code, indicator_code, period, value from observations"
                           " order by cell_ref, community_code").fetchall() == [
            ("654201001001", "petitions_received", "2025-05", 12.0),
            ("654201001003", "petitions_received", "2025-05", 8.0),
            ("654201001001", "petitions_resolved", "2025-05", 10.0),
            ("654201001003", "petitions_resolved", "2025-05", 8.0),
            ("654201001001", "staff", "2025-05", 9.0),
            ("654201001003", "staff", "2025-05", 11.0),
        ]


def test_tab_separated_text_saved_as_xls_is_a_table(tmp_path: Path) -> None:
    path = tmp_path / "导出.xls"
    path.write_bytes("社区名称\t受理数\n建设街社区\t12\n商业街社区\t8\n".encode("gbk"))
    book = read_workbook(path, settings(tmp_path))
    assert book.sheets[0].rows == (("社区名称", "受理数"), ("建设街社区", "12"), ("商业街社区", "8"))


@pytest.mark.parametrize("content", [
    "<html><body><p>本月无数据</p></body></html>",   # a page with no table
    "本月无数据，特此说明。",                          # one line of prose
])
def test_text_named_xls_without_a_table_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "说明.xls"
    path.write_text(content, "utf-8")
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(path, settings(tmp_path))
    assert caught.value.problem_code == "not_a_spreadsheet"


def test_an_uploaded_page_keeps_its_name(tmp_path: Path) -> None:
    config = settings(tmp_path)
    data = page(TITLE, HEADER + BODY, FOOTER, "utf-8").encode("utf-8")
    assert sniff_bytes("导出.xls", data, config) == "html"
    result = save_uploads(config, [("导出.xls", data), ("导出2.xls", "社区名称\t受理数\n建设街社区\t12\n".encode())])
    assert [saved.saved_path.name for saved in result.saved] == ["导出.xls", "导出2.xls"]
    assert result.refused == ()


def test_a_page_named_xlsx_is_refused_as_excel_refuses_it(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(write_page(tmp_path / "导出.xlsx"), settings(tmp_path))
    assert caught.value.problem_code == "not_a_spreadsheet"
