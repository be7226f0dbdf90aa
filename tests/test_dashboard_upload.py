"""上传 view and the upload saver: safe names inside inbox/uploads/<timestamp>/, then a report."""

import datetime as dt
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

from dashboard.uploads import Upload, safe_file_name, save_uploads
from warehouse_fixture import empty_home, open_page, rows, warehouse_home  # noqa: F401


@pytest.mark.parametrize(("sent", "saved"), [
    ("和平街道12月.xlsx", "和平街道12月.xlsx"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\win.ini", "win.ini"),
    ("/abs/path/报表.csv", "报表.csv"),
    ("..", "upload"),
    (".hidden.xlsx", "hidden.xlsx"),
    ('a<b>:"c|d?*.xlsx', "a_b___c_d__.xlsx"),
    ("tab\tname.xlsx", "tab_name.xlsx"),
    ("长" * 200 + ".xlsx", "长" * 115 + ".xlsx"),
])
def test_safe_file_name(sent, saved):
    assert safe_file_name(sent) == saved


def test_save_uploads_keeps_every_file_inside_a_timestamped_folder(tmp_path):
    now = dt.datetime(2026, 1, 5, 9, 30, 15, 123456)
    folder = save_uploads(tmp_path / "inbox", [
        Upload("报表.xlsx", b"one"), Upload("../报表.xlsx", b"two"), Upload("..", b"three")], now)
    assert folder == tmp_path / "inbox" / "uploads" / "20260105-093015-123456"
    assert sorted(p.name for p in folder.iterdir()) == ["upload", "报表(2).xlsx", "报表.xlsx"]
    assert (folder / "报表(2).xlsx").read_bytes() == b"two"
    assert sorted(p.name for p in (tmp_path / "inbox").iterdir()) == ["uploads"]


@dataclass(frozen=True)
class FakeFileReport:  # the shape of ingest.loader.FileReport
    file_name: str
    status: str
    values_loaded: int
    problems: int = 0
    messages: tuple[str, ...] = ()


def fake_ingest_modules(monkeypatch, calls):
    loader = types.ModuleType("ingest.loader")
    publish = types.ModuleType("ingest.publish")

    def ingest_paths(settings, paths):
        calls.append(("ingest", [sorted(p.name for p in Path(paths[0]).iterdir())]))
        return types.SimpleNamespace(file_reports=[
            FakeFileReport("和平街道12月.xlsx", "loaded", 14),
            FakeFileReport("坏表.xlsx", "partial", 3, 1,
                           ("文件“坏表.xlsx”工作表“Sheet1”单元格 D5：无法识别的数值“待定”",))])

    def build_warehouse(settings):
        calls.append(("build", None))
        return types.SimpleNamespace(ok=True, message="warehouse-7")

    loader.ingest_paths = ingest_paths
    publish.build_warehouse = build_warehouse
    monkeypatch.setitem(sys.modules, "ingest.loader", loader)
    monkeypatch.setitem(sys.modules, "ingest.publish", publish)


def test_upload_saves_ingests_rebuilds_and_reports_each_file(warehouse_home, monkeypatch):
    calls = []
    fake_ingest_modules(monkeypatch, calls)
    app = open_page("upload")
    assert not app.exception
    assert app.button(key="upload_go").disabled
    app.file_uploader(key="upload_files").set_value([
        ("和平街道12月.xlsx", b"PK-one", "application/octet-stream"),
        ("../坏表.xlsx", b"PK-two", "application/octet-stream")]).run()
    app.button(key="upload_go").click().run()
    assert not app.exception
    assert calls == [("ingest", [["和平街道12月.xlsx", "坏表.xlsx"]]), ("build", None)]
    assert rows(app, "文件", "状态") == [
        {"文件": "和平街道12月.xlsx", "状态": "已导入", "导入数值": 14, "问题数": 0, "说明": "无问题"},
        {"文件": "坏表.xlsx", "状态": "部分导入", "导入数值": 3, "问题数": 1,
         "说明": "文件“坏表.xlsx”工作表“Sheet1”单元格 D5：无法识别的数值“待定”"}]
    assert [s.value for s in app.success] == ["数据仓已重建：warehouse-7"]
    (folder,) = (warehouse_home / "inbox" / "uploads").iterdir()
    assert (folder / "坏表.xlsx").read_bytes() == b"PK-two"


def test_upload_page_works_before_any_warehouse_exists(empty_home):
    app = open_page("upload")
    assert not app.exception
    assert app.title[0].value == "上传"
    assert app.file_uploader(key="upload_files").label == "选择报表文件"

