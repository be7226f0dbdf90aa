import zipfile
from pathlib import Path

import pytest

from ingest.readers import SheetGrid, UnreadableFile, read_workbook
from ingest.readers.hidden_rows import hidden_row_indexes
from jiedao.settings import Settings
from sheets import write_csv, write_docx_named, write_ods, write_xls, write_xls95, write_xlsx

ROWS = [["社区名称", "受理数"], ["建设街社区", 12]]


def settings(tmp_path: Path, **limits: int) -> Settings:
    return Settings(home=tmp_path / "home", **limits)


def test_xlsx_with_merges(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"表": [["标题"], *ROWS]}, merged={"表": ["A1:B1"]})
    book = read_workbook(path, settings(tmp_path))
    assert book.file_format == "xlsx"
    assert book.sheets == (SheetGrid("表", (("标题", ""), ("社区名称", "受理数"), ("建设街社区", "12")), ((0, 0, 0, 1),)),)


@pytest.mark.parametrize("name", ["a.xls", "a.et"])
def test_biff_and_wps(tmp_path: Path, name: str) -> None:
    path = write_xls(tmp_path / name, {"S": ROWS})
    book = read_workbook(path, settings(tmp_path))
    assert (book.file_format, book.sheets[0].rows) == ("xls", (("社区名称", "受理数"), ("建设街社区", "12")))


def test_ods(tmp_path: Path) -> None:
    book = read_workbook(write_ods(tmp_path / "a.ods", {"S": ROWS}), settings(tmp_path))
    assert (book.file_format, book.sheets[0].rows) == ("ods", (("社区名称", "受理数"), ("建设街社区", "12")))


@pytest.mark.parametrize("encoding, detected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"),
    ("utf-16", "utf-16"), ("utf-16-le", "utf-16"),
])
def test_text_encodings_are_detected(tmp_path: Path, encoding: str, detected: str) -> None:
    path = write_csv(tmp_path / "a.csv", [["社区名称", "受理数"], ["建设街社区", "12"]], encoding=encoding)
    book = read_workbook(path, settings(tmp_path))
    assert (book.encoding, book.sheets[0].rows) == (detected, (("社区名称", "受理数"), ("建设街社区", "12")))


def test_excels_text_cells_in_a_csv_are_their_text(tmp_path: Path) -> None:
    """="210106003006": how an export keeps a code or a month text for Excel; Excel shows the text."""
    path = write_csv(tmp_path / "a.csv", [["统计年月", "社区代码", "社区名称", "受理数", "备注"],
                                          ['="202601"', '="654201001001"', "建设街社区", "12", '=""'],
                                          ["202602", "654201001003", '="商业街社区"', "=9", '="说 ""急"""']])
    rows = read_workbook(path, settings(tmp_path)).sheets[0].rows
    assert rows[1:] == (("202601", "654201001001", "建设街社区", "12", ""),
                        ("202602", "654201001003", "商业街社区", "=9", '说 "急"'))
def test_a_csv_text_written_as_a_formula_is_read_as_excel_shows_it(tmp_path: Path) -> None:
    """="654201001001" keeps a code's digits when Excel opens the CSV; a tab before a code too."""
    path = tmp_path / "codes.csv"
    path.write_text('社区代码,名称,受理数\n"=""654201001001""",\t建设街社区,12\n', encoding="utf-8")
    rows = read_workbook(path, settings(tmp_path)).sheets[0].rows
    assert rows[1] == ("654201001001", "建设街社区", "12")


@pytest.mark.parametrize("write", [write_xlsx, write_xls], ids=["xlsx", "xls"])
def test_formula_errors_are_kept_as_text(tmp_path: Path, write) -> None:
    path = write(tmp_path / f"e.{write.__name__.removeprefix('write_')}",
                 {"S": [["社区名称", "受理数"], ["建设街社区", "#DIV/0!"], ["光明路社区", "#N/A"]]})
    rows = read_workbook(path, settings(tmp_path)).sheets[0].rows
    assert rows[1:] == (("建设街社区", "#DIV/0!"), ("光明路社区", "#N/A"))


def rejection(path: Path, config: Settings) -> tuple[str, str]:
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(path, config)
    return caught.value.problem_code, caught.value.detail


def test_rejections(tmp_path: Path) -> None:
    config = settings(tmp_path)
    assert rejection(write_docx_named(tmp_path / "w.xlsx"), config) == ("not_a_spreadsheet", "Word 文档")
    truncated = write_xlsx(tmp_path / "t.xlsx", {"S": ROWS})
    truncated.write_bytes(truncated.read_bytes()[:200])
    assert rejection(truncated, config)[0] == "corrupt_file"
    text_as_xlsx = tmp_path / "x.xlsx"
    text_as_xlsx.write_text("社区名称,受理数", "utf-8")
    assert rejection(text_as_xlsx, config) == ("not_a_spreadsheet", "内容不是 Excel/WPS/ODS 工作簿")
    (tmp_path / "p.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert rejection(tmp_path / "p.png", config) == ("not_a_spreadsheet", "图片")


def test_size_limit_before_parsing(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", [["社区名称", "受理数"]] * 50)
    size = path.stat().st_size
    assert rejection(path, settings(tmp_path, max_file_bytes=100)) == (
        "file_too_large", f"{size} 字节，上限 100 字节")


def test_zip_bomb_refused_by_declared_size(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (4 * 1024 * 1024))
    code, detail = rejection(path, settings(tmp_path))
    assert code == "zip_bomb"
    assert detail.startswith("「xl/worksheets/sheet1.xml」压缩比 ")
    assert rejection(path, settings(tmp_path, max_unzipped_bytes=1000)) == ("zip_bomb", f"共 {4 * 1024 * 1024 + 11} 字节")


@pytest.mark.parametrize("name", ["a.xlsx", "a.xlsm", "a.XLSX", "a.xls", "a.et", "a.ods"])
def test_an_xlsx_reads_the_same_from_its_bytes_as_from_its_path(tmp_path: Path, monkeypatch, name: str) -> None:
    """A plain .xlsx is parsed from the bytes the safety checks already read; every other name
    (calamine picks its reader by the suffix) still goes by the path — same sheets or same refusal."""
    import ingest.readers.dispatch as readers

    path = write_xlsx(tmp_path / "book.xlsx", {"表": [["标题"], *ROWS, ["2025-01-01", 3.5, None, True]],
                                               "二": ROWS}, merged={"表": ["A1:B1"]})
    path = path.rename(tmp_path / name)
    outcomes = []
    plain_xlsx = readers.plain_xlsx
    for plain in (plain_xlsx, lambda path, names: False):
        monkeypatch.setattr(readers, "plain_xlsx", plain)
        try:
            outcomes.append(read_workbook(path, settings(tmp_path)))
        except UnreadableFile as error:
            outcomes.append((error.problem_code, error.detail))
    assert outcomes[0] == outcomes[1]
    assert plain_xlsx(path, frozenset(zipfile.ZipFile(path).namelist())) == (name in {"a.xlsx", "a.xlsm"})


@pytest.mark.parametrize("formula", ["=SUM(B2:B3)", "=B2*2", '=IF(B2>0,"有","无")'])
def test_a_formula_with_no_saved_result_is_kept_as_its_text_and_marked(tmp_path: Path, formula: str) -> None:
    # openpyxl writes a formula without its result, as any program does that never calculates it
    path = write_xlsx(tmp_path / "f.xlsx", {"S": [["社区名称", "受理数"], ["建设街社区", 5], ["光明路社区", formula]]})
    sheet = read_workbook(path, settings(tmp_path)).sheets[0]
    assert sheet.rows[1:] == (("建设街社区", "5"), ("光明路社区", formula))
    assert sheet.formula_cells == {(2, 1)}


def test_a_formula_with_its_saved_result_reads_as_the_result(tmp_path: Path) -> None:
    path = tmp_path / "saved.xlsx"
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("S")
    sheet.write_row(0, 0, ["社区名称", "受理数"])
    sheet.write_row(1, 0, ["建设街社区", 5])
    sheet.write_formula(2, 1, "=B2*2", None, 10)  # the result saved beside the formula, as Excel does
    book.close()
    sheet_read = read_workbook(path, settings(tmp_path)).sheets[0]
    assert (sheet_read.rows[2][1], sheet_read.formula_cells) == ("10", frozenset())


def test_a_gbk_csv_with_a_few_bad_bytes_is_read_with_those_lines_named(tmp_path: Path) -> None:
    lines = ["和平街道2025年3月民情诉求受理情况统计表", "社区名称,受理数", "建设街社区,12", "光明路社区,7", "商业街社区,9",
             "团结路社区,4", "新华社区,6", "填表人：李娟　联系电话：0901-6222222"]
    data = "\r\n".join(lines).encode("gbk")
    cut = data.index("光明路".encode("gbk")) + 1  # half of a two-byte character, as a cut export leaves it
    path = tmp_path / "半坏.csv"
    path.write_bytes(data[:cut] + b"\xff" + data[cut + 1:])
    book = read_workbook(path, settings(tmp_path))
    assert book.encoding == "gb18030"
    assert [row[1] for row in book.sheets[0].rows[1:7]] == ["受理数", "12", "7", "9", "4", "6"]
    assert "\ufffd" in book.sheets[0].rows[3][0]
    assert [(p.problem_code, p.detail) for p in book.problems] == [("damaged_bytes", "4")]


def test_a_text_file_mostly_undecodable_is_refused_whole(tmp_path: Path) -> None:
    path = tmp_path / "乱码.csv"
    path.write_bytes("社区名称,受理数\n".encode("gbk") + b"\x80\xff" * 40)  # neither GB18030 nor UTF-8
    assert rejection(path, settings(tmp_path))[0] == "unknown_encoding"


def test_an_xlsx_says_which_columns_it_hides(tmp_path: Path) -> None:
    """Last month's figures kept in a hidden column beside this month's: Excel does not show it."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "3月"
    for row in [["社区", "帮扶（人）", "帮扶（人）", "慰问（件）"], ["建设街社区", 51, 90, 28]]:
        sheet.append(row)
    sheet.column_dimensions["C"].hidden = True
    book.save(tmp_path / "a.xlsx")
    read = read_workbook(tmp_path / "a.xlsx", settings(tmp_path)).sheets[0]
    assert (read.name, read.hidden_columns) == ("3月", frozenset({2}))
    plain = write_xlsx(tmp_path / "b.xlsx", {"S": ROWS})
    assert read_workbook(plain, settings(tmp_path)).sheets[0].hidden_columns == frozenset()


def test_an_xlsx_says_which_rows_its_filter_hides(tmp_path: Path) -> None:
    """A platform export filtered (筛选) to leave out its 已退回 record: Excel shows the refiled one only."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "导出数据"
    for row in [["区划代码", "社区名称", "指标名称", "数值", "审核状态"],
                ["654201001001", "建设街社区居委会", "受理居民诉求", 49, "已退回"],
                ["654201001001", "建设街社区居委会", "受理居民诉求", 37, "已审核"]]:
        sheet.append(row)
    sheet.auto_filter.ref = "A1:E3"
    sheet.row_dimensions[2].hidden = True
    book.save(tmp_path / "a.xlsx")
    read = read_workbook(tmp_path / "a.xlsx", settings(tmp_path)).sheets[0]
    assert (read.name, read.hidden_rows, read.hidden_columns) == ("导出数据", frozenset({1}), frozenset())
    plain = write_xlsx(tmp_path / "b.xlsx", {"S": ROWS})
    assert read_workbook(plain, settings(tmp_path)).sheets[0].hidden_rows == frozenset()


def test_a_hidden_column_is_no_hidden_row() -> None:
    part = b'<worksheet><cols><col min="3" max="3" hidden="1"/></cols><sheetData><row r="1"><c r="A1"/></row>' \
           b'<row r="5" spans="1:3" hidden="true"><c r="A5"/></row><x:row r="7" hidden="1"/></sheetData></worksheet>'
    assert hidden_row_indexes(part) == frozenset({4, 6})


def test_an_excel_95_workbook_is_read_in_its_code_page(tmp_path: Path) -> None:
    """BIFF5 keeps its text in the workbook's code page (GBK): read right, not as mojibake."""
    path = write_xls95(tmp_path / "低保对象统计_202511.xls", {"低保统计": [
        ["居委会", "统计年月", "低保户数", "发放金额(元)"],
        ["建设街社区居委会", 202511, 17, 31400.5]]})
    workbook = read_workbook(path, Settings.from_env(tmp_path))
    assert workbook.file_format == "xls"
    (sheet,) = workbook.sheets
    assert sheet.name == "低保统计"
    assert sheet.rows == (("居委会", "统计年月", "低保户数", "发放金额(元)"), ("建设街社区居委会", "202511", "17", "31400.5"))


def test_a_csv_exporters_forced_text_is_the_text(tmp_path: Path) -> None:
    """区划代码 and 统计截止 written ="…" so Excel keeps them as text: the cell is what is inside."""
    path = tmp_path / "导出.csv"
    path.write_text('\ufeff区划代码,注册志愿者数,统计截止\n="654201001001",1190,="2025-11-30"\n', encoding="utf-8")
    book = read_workbook(path, settings(tmp_path))
    assert book.sheets[0].rows[1] == ("654201001001", "1190", "2025-11-30")


def test_an_xlsx_number_is_read_as_its_format_shows_it(tmp_path: Path) -> None:
    """元 stored, 万元 shown: the format 0!.0000 writes a literal point four digits from the end,
    so the cell 41296 reads 4.1296 under 发放金额（万元）, as the clerk and the reader see it."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["社区", "发放金额（万元）", "人数"], ["建设街社区", 41296, 3], ["合计", 1027, 1]]:
        sheet.append(row)
    sheet["B2"].number_format = "0!.0000"
    sheet["B3"].number_format = '0"."00'
    sheet["C2"].number_format = "0.00"  # a real decimal point: the number as stored
    book.save(tmp_path / "a.xlsx")
    rows = read_workbook(tmp_path / "a.xlsx", settings(tmp_path)).sheets[0].rows
    assert [row[1:] for row in rows[1:]] == [("4.1296", "3"), ("10.27", "1")]


def test_an_xlsx_number_shown_with_a_magnitude_by_its_format_reads_with_it(tmp_path: Path) -> None:
    """0.0"万元" shows 15 as 15.0万元 (150,000 元, said nowhere else); 0"人" only names the count."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["项目", "本月"], ["创业担保贷款", 15], ["实现就业", 12]]:
        sheet.append(row)
    sheet["B2"].number_format = '0.0"万元"'
    sheet["B3"].number_format = '0"人"'
    book.save(tmp_path / "a.xlsx")
    rows = read_workbook(tmp_path / "a.xlsx", settings(tmp_path)).sheets[0].rows
    assert [row[1] for row in rows[1:]] == ["15万元", "12"]


def test_an_xlsx_named_xls_is_read_as_the_xlsx_it_is(tmp_path: Path) -> None:
    """Renamed to match 「请报送.xls格式」: the bytes are an xlsx, read as one, not refused as a bad .xls."""
    path = write_xlsx(tmp_path / "a.xlsx", {"表": ROWS})
    renamed = path.rename(tmp_path / "大雁滩社区2025年10月工作报表.xls")
    book = read_workbook(renamed, settings(tmp_path))
    assert (book.file_format, book.sheets[0].rows[1]) == ("xlsx", ("建设街社区", "12"))


OUTLINE = [["项目", "本月"], ["城市低保", ""], ["\u3000\u3000户数", 23], ["  人数", 47], ["党员人数", 88]]


@pytest.mark.parametrize("write, name", [(write_xlsx, "a.xlsx"), (write_xls, "a.xls"), (write_ods, "a.ods"),
                                         (lambda path, sheets: write_csv(path, sheets["S"]), "a.csv")])
def test_texts_typed_after_leading_spaces_are_noted_and_read_without_them(tmp_path: Path, write, name: str) -> None:
    book = read_workbook(write(tmp_path / name, {"S": OUTLINE}), settings(tmp_path))
    sheet = book.sheets[0]
    assert [row[0] for row in sheet.rows] == ["项目", "城市低保", "户数", "人数", "党员人数"]
    assert sheet.indented_texts == {"户数", "人数"}
