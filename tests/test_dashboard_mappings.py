"""映射审核 view: the administrator sees each unsure text once with samples and candidates,
confirms it, the waiting file is read again (a real ingest here; the build is faked) and the
decision is audited; nobody else may open the page."""

from __future__ import annotations

import sys
import types

import duckdb
import pytest

from dashboard_apptest import open_page
from jiedao.audit import read_events
from jiedao.ingestion import ingest_paths
from jiedao.settings import Settings
from tests.sheets import write_xlsx
from warehouse_fixture import empty_home  # noqa: F401

UNKNOWN = "楼道堆物清理次数"


@pytest.fixture
def waiting_home(empty_home, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "jiedao.publish", types.SimpleNamespace(
        build_warehouse=lambda settings: types.SimpleNamespace(ok=True, message="warehouse-9")))
    sheet = write_xlsx(tmp_path / "inbox" / "三月.xlsx", {"2025年3月": [
        ["社区", "民情诉求受理数", UNKNOWN], ["建设街社区", 12, 7], ["商业街社区", 9, 3]]})
    ingest_paths(Settings(home=empty_home), [sheet])
    return empty_home


def test_an_unknown_header_is_confirmed_once_and_its_file_read_again(waiting_home):
    app = open_page("mappings", role="admin")
    assert not app.exception
    text = " ".join(m.value for m in app.markdown) + " ".join(c.value for c in app.caption)
    assert UNKNOWN in text and "样例值：7、3" in text
    (choice,) = [box for box in app.selectbox if box.key.startswith("mapping_choice_")]
    target = next(option for option in choice.options if "宣讲活动次数" in option)
    assert app.button(key=choice.key.replace("choice", "go")).disabled
    choice.select(target).run()
    app.button(key=choice.key.replace("choice", "go")).click().run()
    assert not app.exception
    assert any("重新读取 1 个文件" in s.value and "warehouse-9" in s.value for s in app.success)
    assert any("没有待确认的映射" in s.value for s in app.success)
    with duckdb.connect(str(waiting_home / "raw.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from observations where indicator_code = 'lectures_held'").fetchone() == (2,)
    (event,) = [e for e in read_events(Settings(home=waiting_home)) if e.action == "mapping"]
    assert (event.username, event.role, event.detail["target"]) == ("admin_654201", "admin", "lectures_held")


@pytest.mark.parametrize("role,scope", [("street_leader", "654201001"), ("community_staff", "654201001001")])
def test_only_the_administrator_may_decide(waiting_home, role, scope):
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        open_page("mappings", role=role, scope_code=scope)   # not in their navigation at all
