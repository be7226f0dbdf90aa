"""上传 view: only the 管理员 sees it; files are judged and saved by ingest/uploads.py (safe names
inside inbox/uploads/<timestamp>/), refused ones listed as 未保存, then ingest, rebuild, a report
and audit events."""

import datetime as dt
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from jiedao.audit import read_events
from jiedao.settings import Settings
from jiedao.spreadsheet_writer import xlsx_bytes
from jiedao.uploads import safe_file_name, save_uploads
from dashboard_apptest import open_page, rows
from warehouse_fixture import empty_home, warehouse_home  # noqa: F401

WORKBOOK = xlsx_bytes(pd.DataFrame([["654201001001", "建设街社区居委会", 50]],
                                   columns=["社区代码", "社区名称", "受理数"]))


@pytest.mark.parametrize(("sent", "saved"), [
    ("和平街道12月.xlsx", "和平街道12月.xlsx"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\win.ini", "win.ini"),
    ("/abs/path/报表.csv", "报表.csv"),
    ("..", "upload"),
    (".hidden.xlsx", "hidden.xlsx"),
    ('a<b>:"c|d?*.xlsx', "a_b___c_d__.xlsx"),
    ("tab\tname.xlsx", "tabname.xlsx"),            # control characters are dropped
    ("长" * 200 + ".xlsx", "长" * 65 + ".xlsx"),    # at most 200 bytes of UTF-8
])
def test_safe_file_name(sent, saved):
    assert safe_file_name(sent) == saved


def test_save_uploads_keeps_every_file_inside_a_timestamped_folder(tmp_path):
    now = dt.datetime(2026, 1, 5, 9, 30, 15, 123456)
    settings = Settings(home=tmp_path)
    result = save_uploads(settings, [("报表.xlsx", WORKBOOK), ("../报表.xlsx", WORKBOOK),
                                     ("..", WORKBOOK)], now=now)
    folder = result.folder
    assert folder == tmp_path / "inbox" / "uploads" / "20260105-093015-123456"
    assert sorted(p.name for p in folder.iterdir()) == ["upload.xlsx", "报表(2).xlsx", "报表.xlsx"]
    assert (folder / "报表(2).xlsx").read_bytes() == WORKBOOK
    assert sorted(p.name for p in (tmp_path / "inbox").iterdir()) == ["uploads"]


@dataclass(frozen=True)
class FakeFileReport:  # the shape of ingest.loader.FileReport, as jiedao.ingestion returns it
    file_name: str
    status: str
    values_loaded: int
    problems: int = 0
    messages: tuple[str, ...] = ()


def fake_ingest_modules(monkeypatch, calls):
    loader = types.ModuleType("jiedao.ingestion")
    publish = types.ModuleType("jiedao.publish")

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
    monkeypatch.setitem(sys.modules, "jiedao.ingestion", loader)
    monkeypatch.setitem(sys.modules, "jiedao.publish", publish)


def test_upload_saves_ingests_rebuilds_and_reports_each_file(warehouse_home, monkeypatch):
    calls = []
    fake_ingest_modules(monkeypatch, calls)
    app = open_page("upload", role="admin")
    assert not app.exception
    assert app.button(key="upload_go").disabled
    app.file_uploader(key="upload_files").set_value([
        ("和平街道12月.xlsx", WORKBOOK, "application/octet-stream"),
        ("../坏表.xlsx", WORKBOOK, "application/octet-stream"),
        ("假表.xlsx", b"PK-not-a-workbook", "application/octet-stream")]).run()
    app.button(key="upload_go").click().run()
    assert not app.exception
    assert calls == [("ingest", [["和平街道12月.xlsx", "坏表.xlsx"]]), ("build", None)]
    table = rows(app, "文件", "状态")
    assert table[0]["文件"] == "假表.xlsx"
    assert table[0]["状态"] == "未保存"
    assert table[0]["说明"].startswith("文件「假表.xlsx」未保存：")
    assert table[1:] == [
        {"文件": "和平街道12月.xlsx", "状态": "已导入", "导入数值": 14, "问题数": 0, "说明": "无问题"},
        {"文件": "坏表.xlsx", "状态": "部分导入", "导入数值": 3, "问题数": 1,
         "说明": "文件“坏表.xlsx”工作表“Sheet1”单元格 D5：无法识别的数值“待定”"}]
    assert [s.value for s in app.success] == ["数据仓已重建：warehouse-7"]
    (folder,) = (warehouse_home / "inbox" / "uploads").iterdir()
    assert (folder / "坏表.xlsx").read_bytes() == WORKBOOK
    assert sorted(p.name for p in folder.iterdir()) == ["和平街道12月.xlsx", "坏表.xlsx"]
    events = [e for e in read_events(Settings(home=warehouse_home))
              if e.action in ("upload", "rebuild")]
    assert [(e.action, e.username, e.role, e.scope_code) for e in events] == [
        ("upload", "admin_654201", "admin", "654201"),
        ("rebuild", "admin_654201", "admin", "654201")]
    assert events[0].detail["saved"] == ["和平街道12月.xlsx", "坏表.xlsx"]
    assert [r["file"] for r in events[0].detail["refused"]] == ["假表.xlsx"]
    assert events[1].detail == {"ok": True, "message": "warehouse-7"}


def test_only_refused_files_mean_no_ingest(warehouse_home, monkeypatch):
    calls = []
    fake_ingest_modules(monkeypatch, calls)
    app = open_page("upload", role="admin")
    app.file_uploader(key="upload_files").set_value([
        ("假表.xlsx", b"PK-not-a-workbook", "application/octet-stream")]).run()
    app.button(key="upload_go").click().run()
    assert calls == []
    assert [r["状态"] for r in rows(app, "文件", "状态")] == ["未保存"]
    assert [e.value for e in app.error] == ["没有可导入的文件，数据仓未重建。"]


def test_archives_are_not_offered(warehouse_home):
    app = open_page("upload", role="admin")
    assert "zip" not in app.file_uploader(key="upload_files").proto.type
    assert ".zip" not in app.file_uploader(key="upload_files").proto.type


def test_upload_page_works_before_any_warehouse_exists(empty_home):
    app = open_page("upload", role="admin")
    assert not app.exception
    assert app.title[0].value == "上传"
    assert app.file_uploader(key="upload_files").label == "选择报表文件"
