import subprocess
import sys

import pytest

from jiedao.cli import main


def test_an_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["frobnicate"])
    assert stop.value.code == 2


def test_ingest_of_a_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "ingest", str(tmp_path / "nope")]) == 2
    assert "找不到路径" in capsys.readouterr().err


def test_status_of_an_empty_home_says_what_to_run(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "status"]) == 0
    out = capsys.readouterr().out
    assert "尚未导入" in out and "尚未发布" in out


def test_export_before_any_build_fails_with_a_hint(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "export", "indicators", "--out", str(tmp_path / "x.csv")]) == 1
    assert "jiedao build" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_export_refuses_an_unknown_format(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "export", "indicators", "--out", str(tmp_path / "x.txt")]) == 2


def test_user_add_rejects_a_scope_that_does_not_fit_the_role(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "user", "add", "x", "--role", "community_staff", "--scope", "654201"]) == 2
    assert "12 位" in capsys.readouterr().err


def test_python_dash_m_ingest_is_the_same_command(tmp_path):
    result = subprocess.run([sys.executable, "-m", "jiedao", "--home", str(tmp_path), "status"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "数据目录" in result.stdout


@pytest.fixture
def raw_store_held_by_another_process(tmp_path):
    """A second process with the raw store open, as a DuckDB shell left running would have it
    (until the test ends: it holds the file as long as its stdin is open, however slow the test)."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
         str(tmp_path / "raw.duckdb")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    yield tmp_path / "raw.duckdb"
    holder.kill()
    holder.wait()


def test_build_while_another_process_holds_the_raw_store_says_so_in_chinese(
        tmp_path, capsys, raw_store_held_by_another_process):
    assert main(["--home", str(tmp_path), "build"]) == 1
    err = capsys.readouterr().err
    assert "正被另一个程序占用" in err and str(raw_store_held_by_another_process) in err
    assert "Traceback" not in err


def test_ingest_waits_for_the_raw_store_then_gives_up_with_a_message(
        tmp_path, capsys, raw_store_held_by_another_process):
    from jiedao.settings import Settings
    from ingest.store import StoreBusy
    from ingest.writer import connect_when_free

    with pytest.raises(StoreBusy, match="正被另一个程序占用"):
        connect_when_free(Settings(home=tmp_path), wait_seconds=1.0)
    assert "等待其释放" in capsys.readouterr().err


def test_export_keeps_machine_names_by_default_and_writes_chinese_for_people_with_headers_zh(tmp_path):
    import csv
    import io

    import openpyxl

    from warehouse_fixture import build_fixture_warehouse

    home = tmp_path / "home"
    build_fixture_warehouse(home)
    base = ["--home", str(home), "export", "indicators", "--community", "654201001001", "--period", "2025-10"]
    assert main([*base, "--out", str(tmp_path / "machine.csv")]) == 0
    machine = list(csv.DictReader(io.StringIO((tmp_path / "machine.csv").read_bytes().decode("utf-8-sig"))))
    rate = next(row for row in machine if row["indicator_code"] == "petition_resolution_rate")
    assert (rate["community_code"], rate["period"]) == ("654201001001", "2025-10")
    assert main([*base, "--out", str(tmp_path / "people.csv"), "--headers", "zh"]) == 0
    people = list(csv.DictReader(io.StringIO((tmp_path / "people.csv").read_bytes().decode("utf-8-sig"))))
    assert list(people[0])[:5] == ["社区代码", "社区名称", "街道代码", "街道名称", "期间"]
    rate_zh = next(row for row in people if row["指标代码"] == "petition_resolution_rate")
    assert (rate_zh["社区代码"], rate_zh["期间"]) == ('="654201001001"', '="2025-10"')
    assert rate_zh["数值"] == f"{float(rate['value']):.1f}" and rate_zh["单位"] == "%"
    assert len(people) == len(machine)
    assert main([*base, "--out", str(tmp_path / "people.xlsx"), "--headers", "zh"]) == 0
    sheet = openpyxl.load_workbook(tmp_path / "people.xlsx").active
    assert sheet["A1"].value == "社区代码"
    assert (sheet["A2"].value, sheet["A2"].data_type, sheet["A2"].number_format) == ("654201001001", "s", "@")
