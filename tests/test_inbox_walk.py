"""Walking the inbox (issue 19): a name that is not UTF-8, hidden files, lock files, FIFOs, sockets
and symbolic links are each reported with a Chinese reason, the valid files beside them load, and
nothing outside the inbox is read through a link."""

from __future__ import annotations

import os
import socket
import zipfile
from pathlib import Path

import duckdb
import pytest

from ingest.inbox import walk
from jiedao.cli import main
from jiedao.ingestion import describe_batch, ingest_paths
from jiedao.settings import Settings
from sheets import write_xlsx

GBK_NAME = "和平街道2025年2月民情诉求统计.xlsx"


def petitions(path: Path, month: int, received: int) -> Path:
    """和平街道's petitions for a month of 2025: 建设街社区 received ``received``."""
    return write_xlsx(path, {"Sheet1": [
        [f"和平街道2025年{month}月民情诉求统计"],
        ["社区名称", "受理数", "办结数"],
        ["建设街社区", received, received - 1],
    ]})


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """An inbox as a Windows zip unpacked on Linux and a careless folder leave it."""
    inbox = tmp_path / "inbox"
    petitions(inbox / "和平街道2025年1月民情诉求统计.xlsx", 1, 41)
    # GBK bytes as the file name (unzip keeps them): not valid UTF-8
    (inbox / "解压").mkdir()
    os.rename(petitions(tmp_path / "staging.xlsx", 2, 42), os.fsencode(inbox / "解压") + b"/" + GBK_NAME.encode("gbk"))
    (inbox / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    petitions(inbox / ".git" / "和平街道2025年3月民情诉求统计.xlsx", 3, 43)   # a hidden folder
    (inbox / "~$和平街道2025年1月民情诉求统计.xlsx").write_bytes(b"\x05owner")  # Excel's lock file
    os.mkfifo(inbox / "pipe.xlsx")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(inbox / "agent.sock"))
    server.close()
    outside = petitions(tmp_path / "elsewhere" / "和平街道2025年4月民情诉求统计.xlsx", 4, 777)
    (inbox / "4月.xlsx").symlink_to(outside)                       # out of the inbox
    (inbox / "elsewhere").symlink_to(outside.parent, target_is_directory=True)
    (inbox / "1月副本.xlsx").symlink_to(inbox / "和平街道2025年1月民情诉求统计.xlsx")  # inside
    (inbox / "gone.xlsx").symlink_to(tmp_path / "nothing-here.xlsx")
    return inbox


def stored(home: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(home / "raw.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_each_entry_not_read_is_named_with_its_reason_and_the_rest_loads(inbox, tmp_path):
    settings = Settings(home=tmp_path / "home")
    report = ingest_paths(settings, [inbox])
    assert (report.files_seen, report.files_new, report.files_rejected, report.files_refused) == (1, 1, 0, 10)
    refused = {item.file_name: item.messages[0] for item in report.file_reports if item.status == "refused"}
    shown = os.fsencode("解压/").decode() + GBK_NAME.encode("gbk").decode("utf-8", "replace")
    assert "\ufffd" in shown and refused[shown] == (
        f"文件「{shown}」：文件名不是有效的 UTF-8 编码（多见于 Windows 压缩包在 Linux 上解压），"
        f"按 GBK 编码读作「{GBK_NAME}」；未读取，请改名后重新导入")
    assert refused == {
        shown: refused[shown],
        ".DS_Store": "文件「.DS_Store」：隐藏文件（名称以「.」开头），未读取",
        ".git/": "文件「.git/」：隐藏文件夹（名称以「.」开头），未读取",
        "~$和平街道2025年1月民情诉求统计.xlsx":
            "文件「~$和平街道2025年1月民情诉求统计.xlsx」：Office/WPS 打开文件时留下的临时锁定文件（~$），未读取",
        "pipe.xlsx": "文件「pipe.xlsx」：不是普通文件（命名管道 FIFO），未读取",
        "agent.sock": "文件「agent.sock」：不是普通文件（套接字），未读取",
        "4月.xlsx": "文件「4月.xlsx」：符号链接，未跟随：它指向收件箱之外，出于安全不读取",
        "elsewhere": "文件「elsewhere」：符号链接，未跟随：它指向收件箱之外，出于安全不读取",
        "1月副本.xlsx": "文件「1月副本.xlsx」：符号链接，未跟随：它指向收件箱内的「和平街道2025年1月民情诉求统计.xlsx」，"
                        "不重复读取（按其本来的位置处理）",
        "gone.xlsx": "文件「gone.xlsx」：符号链接，未跟随，目标不存在",
    }
    # only the one valid file: nothing through the links, nothing hidden, nothing under the GBK name
    assert stored(settings.home, "select file_name from files") == [("和平街道2025年1月民情诉求统计.xlsx",)]
    assert sorted(stored(settings.home, "select raw_text from observations")) == [("40",), ("41",)]
    lines = describe_batch(report)
    assert sum(line.startswith("[未读取] 文件「") for line in lines) == 10
    assert lines[-1].endswith("；未读取 10 项（原因见上）")


def test_the_entries_not_read_are_kept_for_review_once(inbox, tmp_path):
    """Each is a problem of no file in the store (the review page and `export problems` show it);
    the same entry refused again by the next ingest is not recorded twice."""
    settings = Settings(home=tmp_path / "home")
    ingest_paths(settings, [inbox])
    kept = "select file_name, problem_code, severity from problems where file_sha256 = '' order by file_name"
    first = stored(settings.home, kept)
    assert len(first) == 10 and (".DS_Store", "hidden_file", "info") in first \
        and ("~$和平街道2025年1月民情诉求统计.xlsx", "office_lock_file", "info") in first
    (inbox / "~$和平街道2025年2月民情诉求统计.xlsx").write_bytes(b"\x05owner")
    ingest_paths(settings, [inbox])
    assert stored(settings.home, kept) == sorted(first + [("~$和平街道2025年2月民情诉求统计.xlsx", "office_lock_file", "info")])


def test_the_command_reports_them_in_chinese_and_succeeds(inbox, tmp_path, capsys):
    assert main(["--home", str(tmp_path / "home"), "ingest", str(inbox)]) == 0
    printed = capsys.readouterr().out
    assert "[未读取] 文件「pipe.xlsx」：不是普通文件（命名管道 FIFO），未读取" in printed
    assert f"按 GBK 编码读作「{GBK_NAME}」" in printed
    assert "载入值 2 个" in printed


def test_paths_given_one_by_one(inbox, tmp_path):
    """A file named on the command line is read as given (a link too: the user chose it); a FIFO
    or a name that is not UTF-8 is still refused, never opened."""
    gbk = os.fsencode(inbox / "解压") + b"/" + GBK_NAME.encode("gbk")
    found = walk([inbox / "4月.xlsx", inbox / "pipe.xlsx", Path(os.fsdecode(gbk))])
    assert found.files == ((tmp_path / "elsewhere" / "和平街道2025年4月民情诉求统计.xlsx").resolve(),)
    assert [(item.problem.problem_code, "\ufffd" in item.display_name) for item in found.refused] == [
        ("special_file", False), ("bad_file_name", True)]


def test_a_zip_with_gbk_member_names_is_refused_whole_not_a_crash(tmp_path):
    """Archives are not unpacked (a bomb risk): a Windows zip in the inbox is one refused file."""
    inbox = tmp_path / "inbox"
    petitions(inbox / "和平街道2025年1月民情诉求统计.xlsx", 1, 41)
    # Windows writes a Chinese member name as GBK bytes, not marked UTF-8. Python writes only
    # ASCII or UTF-8 names: write a placeholder of the same length, then put the GBK bytes in.
    placeholder = b"x" * len(GBK_NAME.encode("gbk"))
    with zipfile.ZipFile(inbox / "各社区报表.zip", "w") as archive:
        archive.writestr(placeholder.decode(), (inbox / "和平街道2025年1月民情诉求统计.xlsx").read_bytes())
    packed = inbox / "各社区报表.zip"
    packed.write_bytes(packed.read_bytes().replace(placeholder, GBK_NAME.encode("gbk")))
    (member,) = zipfile.ZipFile(packed).infolist()
    assert member.flag_bits & 0x800 == 0 and member.filename.encode("cp437") == GBK_NAME.encode("gbk")
    report = ingest_paths(Settings(home=tmp_path / "home"), [inbox])
    assert (report.files_new, report.files_rejected, report.values_loaded) == (2, 1, 2)
    (rejected,) = [item for item in report.file_reports if item.status == "rejected"]
    assert rejected.messages == ("文件「各社区报表.zip」：文件内容不是表格（压缩包），未解析",)
