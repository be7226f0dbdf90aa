import subprocess
import sys

import pytest

from ingest.cli import main


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
    result = subprocess.run([sys.executable, "-m", "ingest", "--home", str(tmp_path), "status"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "数据目录" in result.stdout
