"""Sign-in and scopes in headless chromium on the real demo (issue 6).

One dashboard server for the module on a private copy of the demo home; each test gets a fresh
browser context (a fresh, signed-out Streamlit session). Page text, chart SVG and the files
downloaded must never carry a community outside the account's scope.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import openpyxl
import pytest

from jiedao.audit import read_events
from jiedao.settings import Settings
from test_browser import (CHROMIUM, LAUNCH_ARGS, VIEWS, click_download, choose, open_view, serve,
                          settle, sign_in)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]

PROJECT_DIR = Path(__file__).resolve().parent.parent
OWN = "654201001001"  # 建设街社区居委会, 和平街道
PASSWORD = "browser-auth-42"
ACCOUNTS = [("jianshe_staff", "community_staff", OWN, PASSWORD),
            ("heping_leader", "street_leader", "654201001", PASSWORD)]
with open(PROJECT_DIR / "seeds" / "registry_communities.csv", encoding="utf-8") as handle:
    REGISTRY = list(csv.DictReader(handle))
NAMES = {row["community_code"]: row["community_name"] for row in REGISTRY}
OTHER_COMMUNITIES = {code: name for code, name in NAMES.items() if code != OWN}
OTHER_STREETS = {code: name for code, name in NAMES.items() if not code.startswith("654201001")}
# Pages every role sees (the administrator's and the role-specific 报表/报送进度/报送 left out).
STAFF_VIEWS = [path for path in VIEWS if path not in ("upload", "mappings", "audit", "reports", "progress", "submit")]


def leaks(text: str, forbidden: dict[str, str]) -> list[str]:
    return sorted(word for code, name in forbidden.items() for word in (code, name)
                  if word in text)


@pytest.fixture(scope="module")
def home(demo_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the real demo (as demo_copy makes), shared by this module's tests."""
    copy = tmp_path_factory.mktemp("auth-demo") / "home"
    shutil.copytree(demo_home, copy, ignore=shutil.ignore_patterns("build", ".lock"))
    return copy


@pytest.fixture(scope="module")
def server(home: Path):
    yield from serve(home, ACCOUNTS)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                  accept_downloads=True, locale="zh-CN")
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.base_url = server
    yield page
    context.close()


def page_text(page) -> str:
    """Everything in the page's DOM: visible text, chart SVG, widget values."""
    return page.content()


def test_signed_out_visitor_sees_only_the_sign_in_form(page):
    for url in ("", "ranking", "排名", "upload", "audit", "?page=ranking",
                f"profile?community={OWN}"):
        page.goto(f"{page.base_url}/{url}")
        page.get_by_role("heading", name="登录", level=1).wait_for()
        settle(page)
        assert page.get_by_label("用户名").count() == 1, url
        assert page.locator('[data-testid="stSidebarNav"]').count() == 0, url
        assert page.locator('[data-testid="stDataFrame"]').count() == 0, url
        assert leaks(page_text(page), NAMES) == [], url


def test_wrong_password_is_refused(page):
    page.goto(page.base_url)
    page.get_by_role("heading", name="登录", level=1).wait_for()
    settle(page)
    page.get_by_label("用户名").fill("jianshe_staff")
    page.get_by_label("密码").fill("not-the-password")
    page.get_by_role("button", name="登录").click()
    page.get_by_text("用户名或密码错误").wait_for()
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0


def test_community_staff_see_only_their_community_everywhere(page, home, tmp_path):
    sign_in(page, "jianshe_staff", PASSWORD, "?community=654201002002&street=654201002")
    nav = page.locator('[data-testid="stSidebarNav"]')
    assert "上传" not in nav.inner_text() and "审计日志" not in nav.inner_text()
    for path in STAFF_VIEWS:
        open_view(page, path)
        assert not page.locator('[data-testid="stException"]').count(), path
        assert leaks(page_text(page), OTHER_COMMUNITIES) == [], path
        # no street switching: the sidebar has no street chooser for a community account
        assert page.locator('[data-testid="stSidebar"]').get_by_role(
            "combobox", name="街道", exact=True).count() == 0, path
    assert "建设街社区居委会" in page_text(page)

    open_view(page, "export")
    indicators = Path(click_download(page, "下载 CSV").path()).read_bytes().decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(indicators)))
    assert table[0][0] == "社区代码"
    assert {row[0] for row in table[1:]} == {f'="{OWN}"'}   # a code Excel keeps as 12 digits of text
    assert leaks(indicators, OTHER_COMMUNITIES) == []
    combobox = page.locator('[data-testid="stMain"]').get_by_role("combobox", name="街道",
                                                                  exact=True)
    combobox.scroll_into_view_if_needed()
    combobox.click()
    page.get_by_role("option", name="和平街道", exact=True).wait_for()
    assert [option.inner_text() for option in page.get_by_role("option").all()] == ["和平街道"]
    page.get_by_role("option", name="和平街道", exact=True).click()
    settle(page)
    choose(page, "月份", "2026年1月")
    settle(page)
    template = click_download(page, "下载填报模板")
    template.save_as(tmp_path / "template.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "template.xlsx").active
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert sheet["B3"].value == OWN and sheet["C3"].value == "建设街社区居委会"
    assert leaks(cells, OTHER_COMMUNITIES) == []

    events = [e for e in read_events(Settings(home=home))  # (another test's failed sign-in aside)
              if e.username == "jianshe_staff" and e.action != "sign_in_failed"]
    assert [e.action for e in events] == ["sign_in", "download", "template"]
    assert events[1].detail["rows"] == len(table) - 1
    assert (events[2].detail["street"], events[2].detail["month"]) == ("654201001", "2026-01")


def test_street_leader_of_heping_never_sees_other_streets(page):
    sign_in(page, "heping_leader", PASSWORD, "?street=654201002&community=654201002001")
    for path in STAFF_VIEWS:
        open_view(page, path)
        assert not page.locator('[data-testid="stException"]').count(), path
        text = page_text(page)
        assert leaks(text, OTHER_STREETS) == [], path
        assert "杜别克街道" not in text and "新城街道" not in text, path
    open_view(page, "")
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="退出登录").click()
    page.get_by_role("heading", name="登录", level=1).wait_for()
    page.get_by_text("您已退出登录。").wait_for()  # drawn after the heading: on a busy machine, later
    assert page.get_by_text("您已退出登录。").count() == 1
