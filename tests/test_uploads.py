"""Uploads: judged by their bytes, saved under names that cannot leave inbox/uploads/<timestamp>/."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from ingest.loader import ingest_paths
from jiedao.settings import Settings
from jiedao.uploads import RefusedUpload, SavedUpload, UploadResult, safe_file_name, save_uploads
from sheets import write_csv, write_docx_named, write_xlsx

NOW = datetime(2026, 1, 5, 9, 30, 15, 123456)


def xlsx_bytes(tmp_path: Path, value: int = 12) -> bytes:
    return write_xlsx(tmp_path / "built.xlsx", {"Sheet1": [
        ["和平街道2025年3月"],
        ["社区名称", "受理数"],
        ["建设街社区", value],
    ]}).read_bytes()


def csv_bytes(tmp_path: Path, encoding: str = "gb18030") -> bytes:
    return write_csv(tmp_path / "built.csv", [
        ["杜别克街道2025年3月"],
        ["社区名称", "受理数"],
        ["公园社区", 7],
    ], encoding=encoding).read_bytes()


def files_under(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.mark.parametrize(("sent", "saved"), [
    ("和平街道3月报表.xlsx", "和平街道3月报表.xlsx"),
    ("../../etc/passwd.xlsx", "passwd.xlsx"),
    ("C:\\Windows\\x.xlsx", "x.xlsx"),
    ("C:x.xlsx", "x.xlsx"),
    ("/abs/x.csv", "x.csv"),
    ("a\x00b.xlsx", "ab.xlsx"),
    ("..", "upload"),
    ("...", "upload"),
    ("", "upload"),
    (".hidden.xlsx", "hidden.xlsx"),
    ("报表.xlsx. ", "报表.xlsx"),
    ("tab\tname\r\n.xlsx", "tabname.xlsx"),
    ("x\u202eslx.exe", "xslx.exe"),          # a right-to-left override would show it as "exe.xlsx"
    ('a<b>:"c|d?*.xlsx', "a_b___c_d__.xlsx"),
    ("con.xlsx", "_con.xlsx"),
    ("LPT1", "_LPT1"),
    ("长" * 100 + ".xlsx", "长" * 65 + ".xlsx"),   # 200 bytes of UTF-8
])
def test_safe_file_name(sent: str, saved: str) -> None:
    assert safe_file_name(sent) == saved


def test_good_files_are_saved_and_bad_ones_refused_with_a_message(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", max_file_bytes=100_000)
    good_xlsx, good_csv = xlsx_bytes(tmp_path), csv_bytes(tmp_path)
    word = write_docx_named(tmp_path / "w.xlsx").read_bytes()
    result = save_uploads(settings, [
        ("和平街道3月.xlsx", good_xlsx),
        ("杜别克街道3月.csv", good_csv),
        ("会议纪要.xlsx", word),
        ("扫描件.pdf", b"%PDF-1.7\n..."),
        ("照片.xlsx", b"\x89PNG\r\n\x1a\n...."),
        ("空表.xlsx", b""),
        ("巨大.csv", b"a,b\n" * 30_000),
        ("程序.exe", b"MZ just text really"),
        ("伪装.xlsx", "社区名称,受理数\n".encode("utf-8")),
        ("坏编码.csv", b"\xff\xfe\x00"),
    ], now=NOW)
    folder = settings.inbox_dir / "uploads" / "20260105-093015-123456"
    assert result == UploadResult(folder, (
        SavedUpload("和平街道3月.xlsx", folder / "和平街道3月.xlsx"),
        SavedUpload("杜别克街道3月.csv", folder / "杜别克街道3月.csv"),
    ), (
        RefusedUpload("会议纪要.xlsx", "文件「会议纪要.xlsx」未保存：文件内容不是表格（Word 文档）"),
        RefusedUpload("扫描件.pdf", "文件「扫描件.pdf」未保存：文件内容不是表格（PDF 文件）"),
        RefusedUpload("照片.xlsx", "文件「照片.xlsx」未保存：文件内容不是表格（图片）"),
        RefusedUpload("空表.xlsx", "文件「空表.xlsx」未保存：文件已损坏或不完整（空文件）"),
        RefusedUpload("巨大.csv", "文件「巨大.csv」未保存：文件大小 120000 字节，上限 100000 字节 超过上限"),
        RefusedUpload("程序.exe", "文件「程序.exe」未保存：不支持的文件类型「.exe」"),
        RefusedUpload("伪装.xlsx", "文件「伪装.xlsx」未保存：文件内容不是表格（内容不是 Excel/WPS/ODS 工作簿）"),
        RefusedUpload("坏编码.csv", "文件「坏编码.csv」未保存：无法识别文本文件的编码"),
    ))
    assert (folder / "和平街道3月.xlsx").read_bytes() == good_xlsx
    assert (folder / "杜别克街道3月.csv").read_bytes() == good_csv
    assert files_under(settings.inbox_dir) == [
        "uploads/20260105-093015-123456/和平街道3月.xlsx", "uploads/20260105-093015-123456/杜别克街道3月.csv"]


def test_hostile_names_stay_inside_the_folder_and_clashes_keep_every_file(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    names = ["../../etc/passwd.xlsx", "C:\\Windows\\x.xlsx", "/abs/x.xlsx", "x\x00.xlsx", "X.XLSX",
             "报表.xlsx", "../报表.xlsx", "报表"]
    result = save_uploads(settings, [(name, xlsx_bytes(tmp_path, index)) for index, name in enumerate(names)], now=NOW)
    assert result.refused == ()
    assert [(upload.original_name, upload.saved_path.name) for upload in result.saved] == [
        ("../../etc/passwd.xlsx", "passwd.xlsx"),
        ("C:\\Windows\\x.xlsx", "x.xlsx"),
        ("/abs/x.xlsx", "x(2).xlsx"),
        ("x\x00.xlsx", "x(3).xlsx"),
        ("X.XLSX", "X(4).XLSX"),
        ("报表.xlsx", "报表.xlsx"),
        ("../报表.xlsx", "报表(2).xlsx"),
        ("报表", "报表(3).xlsx"),          # a workbook without a suffix gets the one its bytes show
    ]
    assert all(upload.saved_path.parent == result.folder for upload in result.saved)
    assert len(files_under(tmp_path)) == len(names) + 1  # + built.xlsx, the test's own scratch file
    assert not (tmp_path / "etc").exists() and not Path("/abs/x.xlsx").exists()


def test_a_refusal_names_an_unprintable_file_name_readably(tmp_path: Path) -> None:
    result = save_uploads(Settings(home=tmp_path / "home"), [("a\x00b\u202e.pdf", b"%PDF-1.4")], now=NOW)
    assert result.refused == (
        RefusedUpload("a\x00b\u202e.pdf", "文件「a\\x00b\\u202e.pdf」未保存：文件内容不是表格（PDF 文件）"),)


def test_two_uploads_in_the_same_instant_get_separate_folders(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    first = save_uploads(settings, [("a.xlsx", xlsx_bytes(tmp_path, 1))], now=NOW)
    second = save_uploads(settings, [("a.xlsx", xlsx_bytes(tmp_path, 2))], now=NOW)
    assert (first.folder.name, second.folder.name) == ("20260105-093015-123456", "20260105-093015-123456-2")
    assert sorted(path.name for path in second.folder.iterdir()) == ["a.xlsx"]


def test_everything_refused_still_leaves_an_empty_folder_to_ingest(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    result = save_uploads(settings, [("x.pdf", b"%PDF")], now=NOW)
    assert (result.saved, list(result.folder.iterdir())) == ((), [])
    assert ingest_paths(settings, [result.folder]).files_seen == 0


def test_saved_uploads_load(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    result = save_uploads(settings, [("../和平街道3月", xlsx_bytes(tmp_path, 12)),
                                     ("杜别克街道3月.csv", csv_bytes(tmp_path, "utf-8-sig"))], now=NOW)
    report = ingest_paths(settings, [result.folder])
    assert (report.files_new, report.values_loaded, report.problems) == (2, 2, 0)
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute(
            "select file_name, community_code, indicator_code, period, value from observations order by 1"
        ).fetchall() == [
            ("和平街道3月.xlsx", "654201001001", "petitions_received", "2025-03", 12.0),
            ("杜别克街道3月.csv", "654201002002", "petitions_received", "2025-03", 7.0),
        ]
