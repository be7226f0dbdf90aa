"""Downloads are served only to a live session (issue 19): after 退出登录 the addresses of the files
a session downloaded (/media/…) answer 404, while another signed-in session's files still load.

One dashboard server for the module on a private copy of the demo home; each test gets fresh
browser contexts. A file made on click (数据下载's CSV) and a file drawn with the page (映射审核's
CSV, bytes given to the button) are both checked, fetched with the browser's own cookies. (Left
alone, Streamlit deletes a file only after two later script runs; leaving the page is two.)
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from test_browser import CHROMIUM, LAUNCH_ARGS, click_download, open_view, serve, settle, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]

PASSWORD = "browser-downloads-42"
ACCOUNTS = [("first_admin", "admin", "654201", PASSWORD), ("second_admin", "admin", "654201", PASSWORD)]


@pytest.fixture(scope="module")
def home(demo_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the real demo with one mapping decision, so that 映射审核 draws its
    download button with the file's bytes."""
    copy = tmp_path_factory.mktemp("downloads-demo") / "home"
    shutil.copytree(demo_home, copy, ignore=shutil.ignore_patterns("build", ".lock"))
    with open(copy / "mappings.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kind", "text", "target", "decided_by", "decided_at", "note"])
        writer.writerow(["community", "幸福社区", "654201003001", "first_admin", "2026-01-05T09:00:00", ""])
    return copy


@pytest.fixture(scope="module")
def server(home: Path):
    yield from serve(home, ACCOUNTS)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def new_page(browser, server):
    contexts = []

    def make():
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True,
                                      locale="zh-CN")
        context.set_default_timeout(60_000)
        contexts.append(context)
        page = context.new_page()
        page.base_url = server
        return page

    yield make
    for context in contexts:
        context.close()


def status(page, url: str) -> int:
    return page.request.get(url).status


def sign_out(page) -> None:
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="退出登录").click()
    page.get_by_role("heading", name="登录", level=1).wait_for()
    settle(page)


@pytest.mark.parametrize(("view", "label"), [("export", "下载 CSV"), ("mappings", "下载映射（CSV）")],
                         ids=["made on click", "drawn with the page"])
def test_a_sessions_downloads_stop_answering_when_it_signs_out(new_page, view, label):
    page = new_page()
    sign_in(page, "first_admin", PASSWORD)
    open_view(page, view)
    url = click_download(page, label).url
    assert "/media/" in url and status(page, url) == 200

    sign_out(page)  # from the page that offered the file: nothing else has cleaned up after it
    assert status(page, url) == 404
    assert status(new_page(), url) == 404  # nor for anyone else who has the address


def test_another_sessions_downloads_keep_working(new_page):
    other = new_page()
    sign_in(other, "second_admin", PASSWORD)
    open_view(other, "mappings")
    kept = click_download(other, "下载映射（CSV）").url

    page = new_page()
    sign_in(page, "first_admin", PASSWORD)
    open_view(page, "export")
    gone = click_download(page, "下载 CSV").url
    assert (status(page, gone), status(other, kept)) == (200, 200)
    sign_out(page)
    assert status(page, gone) == 404
    assert status(other, kept) == 200  # still drawn on the other session's page
