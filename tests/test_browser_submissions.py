"""Submissions end to end in headless chromium on the real demo: a community's staff choose their
own return and see what was read and its problems before sending, are refused a file with
another community's figures, send; the street's administrator sees it on 报送进度 and
the 报表 page previews a department's form."""

from __future__ import annotations

from pathlib import Path

import pytest

from jiedao.accounts import add_user
from jiedao.settings import Settings
from test_browser import (ADMIN, CHROMIUM, LAUNCH_ARGS, PASSWORD, browser_home, choose, open_view, screenshot,  # noqa: F401
                          server, settle, sign_in)
from tests.sheets import write_xlsx

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]

STAFF, STAFF_PASSWORD = "jianshe_sender", "jianshe-sender-42"


@pytest.fixture
def browser(server, browser_home):
    from playwright.sync_api import sync_playwright

    add_user(Settings(home=browser_home.resolve()), STAFF, "community_staff", "654201001001", STAFF_PASSWORD)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield launched, server
        launched.close()


def new_page(browser, username: str, password: str):
    launched, base = browser
    context = launched.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.base_url = base
    sign_in(page, username, password)
    return page


def choose_file(page, path: Path) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))
    page.locator('[data-testid="stFileChip"]').first.wait_for()
    settle(page)


def test_a_community_sends_its_own_return_and_the_street_sees_it(browser, tmp_path):
    month = "2026年1月"
    own = write_xlsx(tmp_path / "建设街社区2026年1月.xlsx", {month: [
        ["社区", "民情诉求受理数", "民情诉求办结数"], ["建设街社区", 31, "l2"]]})
    foreign = write_xlsx(tmp_path / "两个社区2026年1月.xlsx", {month: [
        ["社区", "民情诉求受理数"], ["建设街社区", 31], ["商业街社区", 12]]})

    staff = new_page(browser, STAFF, STAFF_PASSWORD)
    open_view(staff, "submit")
    choose_file(staff, foreign)
    staff.get_by_text("社区账号只能报送本社区的数据").wait_for()
    assert staff.get_by_role("button", name="报送").is_disabled()
    choose_file(staff, own)   # choosing again replaces the file (one file at a time)
    staff.get_by_text("读出 1 个数值，问题 1 个").wait_for()
    staff.get_by_text("无法识别的数值「l2」").wait_for()
    go = staff.get_by_role("button", name="报送")
    staff.wait_for_function("b => !b.disabled", arg=go.element_handle())
    go.click()
    staff.get_by_text("已报送：载入 1 个数值").wait_for(timeout=300_000)  # a deadline, not a wait
    screenshot(staff, "submission-sent")

    admin = new_page(browser, ADMIN, PASSWORD)
    open_view(admin, "progress")
    choose(admin, "月份", month)
    settle(admin)
    board = admin.locator('[data-testid="stMarkdownContainer"]').filter(has_text="已报送").first
    assert "7 个社区中已报送 1 个" in board.inner_text()
    screenshot(admin, "submission-progress")

    open_view(admin, "reports")
    admin.get_by_text("本月应报").wait_for()
    admin.get_by_role("button", name="下载报表（XLSX）").wait_for()  # drawn after the text: on a busy machine, later
    assert admin.get_by_role("button", name="下载报表（XLSX）").count() == 1
