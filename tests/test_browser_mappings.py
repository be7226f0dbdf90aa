"""The mapping review end to end in headless chromium on the real demo: a return with a header the
loaders cannot place is uploaded, the administrator confirms what it means once on 映射审核, the
waiting file's values appear in the profile after the rebuild, and next month's return with the
same header loads without asking."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from test_browser import (ADMIN, CHROMIUM, PASSWORD, browser_home, choose, metric_value, open_profile,  # noqa: F401
                          open_view, page, screenshot, server, settle, upload)
from jiedao import mappings
from tests.sheets import write_xlsx

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]

UNKNOWN = "吹哨报到闭环数"   # a local slogan for closed cases: no word the loaders know, so it waits


def monthly_return(folder: Path, month: int, value: int) -> Path:
    return write_xlsx(folder / f"建设街社区2026年{month}月楼道整治.xlsx", {f"2026年{month}月": [
        [f"建设街社区2026年{month}月工作情况"],
        ["社区", "民情诉求受理数", UNKNOWN],
        ["建设街社区", 20 + month, value],
    ]})


def problems_of(home: Path, file_name: str) -> list[str]:
    with duckdb.connect(str(home / "raw.duckdb"), read_only=True) as con:
        return [code for (code,) in con.execute(
            "select problem_code from problems where file_name = ?", [file_name]).fetchall()]


def test_a_header_confirmed_once_loads_the_waiting_file_and_the_next(page, browser_home, tmp_path):
    first = monthly_return(tmp_path, 1, 7)
    upload(page, first)
    assert problems_of(browser_home, first.name) == ["unknown_header"]

    open_view(page, "mappings")
    page.get_by_text(f"「{UNKNOWN}」").first.wait_for()
    choose(page, f"「{UNKNOWN}」的含义", "民情诉求办结数（petitions_resolved）")
    settle(page)
    # The demo's own unknown name (幸福社区) waits too: this item's button, by its key.
    key = mappings.item_id("header", mappings.group_key("header", UNKNOWN))
    page.locator(f".st-key-mapping_go_{key} button").click()
    page.get_by_text("重新读取 1 个文件").wait_for(timeout=300_000)
    settle(page)
    assert "数据仓已重建" in page.locator('[data-testid="stAlertContentSuccess"]').first.inner_text()
    page.get_by_text(f"「{UNKNOWN}」").wait_for(state="detached")
    screenshot(page, "mappings-confirmed")

    open_profile(page, "建设街社区居委会", "2026年1月", in_progress=True)
    assert metric_value(page, "民情诉求办结数") == "7 件"

    second = monthly_return(tmp_path, 2, 4)
    upload(page, second)
    assert problems_of(browser_home, second.name) == []
    assert problems_of(browser_home, first.name) == []
    open_profile(page, "建设街社区居委会", "2026年2月", in_progress=True)
    assert metric_value(page, "民情诉求办结数") == "4 件"
