"""`jiedao files list | withdraw | restore` and corrected files (issue 19).

A withdrawn file's rows leave the raw store's current data (as a file read again loses its old
rows), the withdrawal stays on record (raw store and audit trail: what, by whom, when, why), the
next `jiedao build` publishes without it, and ingesting the same file again skips it until the
withdrawal is undone. A corrected file sent in a later batch clears the earlier file's problems.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from jiedao.audit import read_events
from jiedao.cli import main
from jiedao.ingestion import ingest_paths
from jiedao.publish import build_warehouse
from jiedao.settings import Settings
from sheets import write_xlsx
from test_ingest_crash import STREETS, registry, street_month

HEPING, DUBIEKE = "和平街道", "杜别克街道"


def heping_march(path: Path, *, received: str | int) -> Path:
    """和平街道's March 2024 return: 建设街社区 received ``received`` (l60 is a typo)."""
    return write_xlsx(path, {"Sheet1": [["和平街道2024年3月民情诉求统计"], ["社区名称", "受理数", "办结数"],
                                        ["建设街社区", received, 50], ["商业街社区", 12, 11]]})


def generic(path: Path, month: int, community: str) -> Path:
    """A community's return under a name it uses every month: 统计表.xlsx."""
    return write_xlsx(path, {"Sheet1": [[f"2024年{month}月民情诉求统计"], ["社区名称", "受理数"], [community, 7]]})


def raw(home: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(home / "raw.duckdb"), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def warehouse(home: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Batch 1: January and February for the three streets, 和平街道's March with a typo (l60),
    and a community's 统计表.xlsx for January naming a community that does not exist. Batch 2:
    the March return corrected (更正) and the same community's 统计表.xlsx for February. Then
    杜别克街道's February is withdrawn, and the warehouse built once."""
    root = tmp_path_factory.mktemp("withdraw")
    home, inbox = root / "home", root / "inbox"
    communities = registry()
    first = [street_month(inbox / "1" / f"{street}{month}月", street, communities[code], 2024, month, write_xlsx)
             for month in (1, 2) for code, street in STREETS.items()]
    first.append(heping_march(inbox / "1" / "和平街道2024年3月民情诉求统计.xlsx", received="l60"))
    first.append(generic(inbox / "1" / "一月" / "统计表.xlsx", 1, "不存在社区"))
    settings = Settings(home=home)
    ingest_paths(settings, first)
    second = [heping_march(inbox / "2" / "和平街道2024年3月民情诉求统计（更正）.xlsx", received=60),
              generic(inbox / "2" / "二月" / "统计表.xlsx", 2, "建设街社区")]
    ingest_paths(settings, second)
    assert main(["--home", str(home), "files", "withdraw", f"{DUBIEKE}2月.xlsx", "--by", "li.hua",
                 "--reason", "填错了月份"]) == 0
    report = build_warehouse(settings)
    assert report.ok, report.log_tail
    return {"root": root, "home": home, "inbox": inbox, "withdrawn": inbox / "1" / f"{DUBIEKE}2月.xlsx"}


def test_the_withdrawn_files_rows_leave_the_raw_store_and_the_record_stays(story):
    home = story["home"]
    ((sha,),) = raw(home, "select file_sha256 from withdrawals")
    tables = ("files", "cells", "observations", "problems", "reported_derived")
    assert [raw(home, f"select count(*) from {table} where file_sha256 = ?", [sha])[0][0] for table in tables] == [
        0, 0, 0, 0, 0]
    assert raw(home, "select count(*) from cells")[0][0] > 0   # the other files' rows stay
    ((name, batch, values, by, reason, restored),) = raw(
        home, "select file_name, batch_id, values_withdrawn, withdrawn_by, reason, restored_at from withdrawals")
    assert (name, batch, by, reason, restored) == (f"{DUBIEKE}2月.xlsx", 1, "li.hua", "填错了月份", None)
    assert values == 2 * len(registry()["654201002"])   # received and resolved for each community
    (event,) = [event for event in read_events(Settings(home=home)) if event.action == "withdraw"]
    assert (event.username, event.detail["reason"]) == ("li.hua", "填错了月份")
    assert [(item["name"], item["batch"], item["values"]) for item in event.detail["files"]] == [
        (f"{DUBIEKE}2月.xlsx", 1, values)]


def test_the_next_build_publishes_without_it(story):
    published = warehouse(story["home"], "select s.street_name, f.period, count(*) from fct_indicator_monthly f "
                                         "join dim_street s on s.street_code = f.street_code "
                                         "where f.period in ('2024-01', '2024-02') group by all order by all")
    assert [(street, period) for street, period, _ in published] == [
        (street, period) for street, period in sorted(
            (street, f"2024-0{month}") for month in (1, 2) for street in STREETS.values())
        if (street, period) != (DUBIEKE, "2024-02")]


def test_a_corrected_file_in_a_later_batch_clears_the_earlier_files_problems(story):
    home = story["home"]
    assert raw(home, "select file_name, raw_text from problems order by all") == [
        ("和平街道2024年3月民情诉求统计.xlsx", "l60"), ("统计表.xlsx", "不存在社区")]   # kept in raw
    assert warehouse(home, "select file_name, raw_text from mart_problems") == [("统计表.xlsx", "不存在社区")]
    assert warehouse(home, "select file_name, corrected_by_file_name from int_file_corrections") == [
        ("和平街道2024年3月民情诉求统计.xlsx", "和平街道2024年3月民情诉求统计（更正）.xlsx")]
    assert warehouse(home, "select value from fct_indicator_monthly where community_code = '654201001001' "
                           "and period = '2024-03' and indicator_code = 'petitions_received'") == [(60.0,)]


@pytest.fixture
def home(story, tmp_path) -> Path:
    copy = tmp_path / "home"
    shutil.copytree(story["home"], copy, ignore=shutil.ignore_patterns("build", ".lock", "warehouse.duckdb"))
    return copy


def test_ingesting_the_same_file_again_skips_it_until_restored(story, home, capsys):
    assert main(["--home", str(home), "ingest", str(story["withdrawn"])]) == 0
    printed = capsys.readouterr().out
    assert "其中 1 个已导入过的文件是已撤回的文件，未再导入" in printed
    assert raw(home, "select count(*) from files where file_name = ?", [f"{DUBIEKE}2月.xlsx"]) == [(0,)]

    assert main(["--home", str(home), "files", "restore", str(story["withdrawn"]), "--by", "li.hua"]) == 0
    assert raw(home, "select restored_by from withdrawals") == [("li.hua",)]
    assert main(["--home", str(home), "ingest", str(story["withdrawn"])]) == 0
    assert raw(home, "select count(*) from files where file_name = ?", [f"{DUBIEKE}2月.xlsx"]) == [(1,)]


def test_a_whole_batch_by_its_number(home, capsys):
    assert main(["--home", str(home), "files", "withdraw", "2"]) == 0
    assert "共撤回 2 个文件" in capsys.readouterr().out
    assert raw(home, "select count(*) from files where batch_id = 2") == [(0,)]
    assert main(["--home", str(home), "files", "list"]) == 0
    listed = capsys.readouterr().out
    assert "批次 2" in listed and "当前文件 0 个" in listed and "已撤回：" in listed


def test_a_name_two_files_share_or_no_file_has_is_refused_in_chinese(home, capsys):
    assert main(["--home", str(home), "files", "withdraw", "统计表.xlsx"]) == 2
    error = capsys.readouterr().err
    assert "「统计表.xlsx」对应 2 个文件，请用编号指定其中一个" in error and "批次 1" in error and "批次 2" in error
    assert main(["--home", str(home), "files", "withdraw", "没有这个文件.xlsx"]) == 2
    assert "原始库中没有名为或编号为「没有这个文件.xlsx」的当前文件" in capsys.readouterr().err
    assert main(["--home", str(home), "files", "withdraw", "99"]) == 2
    assert "批次 99 中没有当前的文件" in capsys.readouterr().err
    (sha,) = raw(home, "select file_sha256 from files where file_path like '%二月%'")[0]
    assert main(["--home", str(home), "files", "withdraw", sha[:10]]) == 0   # by its id
    assert raw(home, "select count(*) from files where file_sha256 = ?", [sha]) == [(0,)]
