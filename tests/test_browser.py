"""The dashboard in headless Debian chromium on the real demo: every view, filters, downloads,
the template round trip (download → fill by code → upload → see the values in the profile).

Screenshots of every view go to test-artifacts/screenshots/ (git-ignored).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import openpyxl
import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SCREENSHOTS = PROJECT_DIR / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]
VIEWS = {  # url path → page title
    "": "总览", "ranking": "排名", "gaps": "差距", "profile": "社区画像", "compare": "对比",
    "export": "数据下载", "quality": "数据质量", "upload": "上传", "catalogue": "指标说明", "mappings": "映射审核",
    "audit": "审计日志", "reports": "报表", "progress": "报送进度", "submit": "报送"}
ADMIN, PASSWORD = "browser_admin", "browser-admin-42"
CJK = re.compile(r"[\u4e00-\u9fff]")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]


def free_port() -> int:
    """A port nobody listens on, the kernel's pick. Under pytest-xdist each worker keeps to its
    own share of the ports (by port // 16, as the kernel prefers odd ports for these), so two
    workers starting servers at the same moment never get the same port."""
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    for _ in range(10_000):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port // 16 % workers == worker:
            break
    return port


@pytest.fixture(scope="module")
def browser_home(demo_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the real demo home, one per test module (if the demo cannot be built,
    these tests fail). A module whose tests change it (an upload) has one test, or gives the
    others a home of their own (see `fresh_page`)."""
    home = tmp_path_factory.mktemp("browser-demo") / "home"
    shutil.copytree(demo_home, home, ignore=shutil.ignore_patterns("build", ".lock"))
    return home


@pytest.fixture(scope="module")
def server(browser_home: Path):
    """`streamlit run dashboard/app.py` on the module's demo home (with a 管理员 account), shared
    by the module's tests (each has its own browser and session); yields the base URL."""
    yield from serve(browser_home, [(ADMIN, "admin", "654201", PASSWORD)])


def serve(home: Path, accounts: list[tuple[str, str, str, str]]):
    """Add the accounts (name, role, scope, password) to the home, run the dashboard on it and
    yield its base URL; stopped afterwards."""
    from jiedao.accounts import add_user
    from jiedao.settings import Settings

    for name, role, scope_code, password in accounts:
        add_user(Settings(home=home.resolve()), name, role, scope_code, password)
    browser_home = home
    port = free_port()
    env = os.environ | {"JIEDAO_HOME": str(browser_home), "DO_NOT_TRACK": "1",
                        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    # Its output goes to a file beside the home: a pipe nobody reads would stall a server that
    # serves a whole module once the pipe is full.
    log = home.parent / f"streamlit-{port}.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(PROJECT_DIR / "dashboard" / "app.py"),
             "--server.headless", "true", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
            cwd=PROJECT_DIR, env=env, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(process, base, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def wait_until_healthy(process: subprocess.Popen, base: str, log: Path | None = None,
                       seconds: float = 300) -> None:
    """Wait for the health endpoint (a condition, not a timing check); fail if the server died
    (with its output: from ``log``, else its stdout pipe) or is not up within ``seconds`` — minutes,
    as Streamlit starts slowly on a machine whose cores are busy."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            said = log.read_bytes() if log else process.stdout.read() if process.stdout else b""
            raise RuntimeError(said.decode("utf-8", "replace"))
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=30) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"dashboard at {base} did not become healthy in {seconds:.0f} s")


@pytest.fixture
def page(server):
    """A new browser signed in as the 管理员 on the module's server."""
    yield from signed_in_page(server)


@pytest.fixture
def fresh_page(demo_copy: Path):
    """A new browser signed in as the 管理员 on a server of its own, on a demo home of its own:
    for a test that changes the data (the module's other tests never see it)."""
    for base in serve(demo_copy, [(ADMIN, "admin", "654201", PASSWORD)]):
        yield from signed_in_page(base)


def signed_in_page(base: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                      accept_downloads=True, locale="zh-CN")
        context.set_default_timeout(60_000)
        page = context.new_page()
        page.base_url = base
        sign_in(page, ADMIN, PASSWORD)
        yield page
        context.close()
        browser.close()


def sign_in(page, username: str, password: str, url: str = "") -> None:
    """Open the dashboard (signed out: the sign-in page) and sign in through the form."""
    page.goto(f"{page.base_url}/{url}")
    page.get_by_role("heading", name="登录", level=1).wait_for()
    settle(page)
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    page.locator('[data-testid="stSidebarNav"]').wait_for()
    settle(page)


def open_view(page, path: str) -> None:
    """Switch page through the navigation: a new URL would start a new, signed-out session."""
    nav = page.locator('[data-testid="stSidebarNav"]')
    more = nav.locator('[data-testid="stSidebarNavViewButton"]', has_text="more")
    if more.count():  # beyond 12 pages Streamlit shows 10 and a "View N more" button
        more.click()
    nav.get_by_role("link", name=VIEWS[path], exact=True).click()
    page.get_by_role("heading", name=VIEWS[path], level=1).wait_for()
    settle(page)


def settle(page) -> None:
    """Wait until the script run triggered by the last action has finished."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:  # the rerun may not have started yet when we get here
        page.wait_for_selector('[data-testid="stApp"]:not([data-test-script-state="notRunning"])',
                               timeout=1_500)
    except PlaywrightTimeout:
        pass
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')")


def choose(page, label: str, option: str, *, sidebar: bool = False) -> None:
    """Pick an option in the Streamlit selectbox with this label by typing it in: Streamlit draws
    only the options in view of a long list, and typing narrows the list to the ones that match."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    combobox = selectbox(page, label, sidebar=sidebar)
    combobox.scroll_into_view_if_needed()
    choice = page.get_by_role("option", name=option, exact=True)
    for attempt in range(3):  # keys landing during a rerun can be dropped: type again
        combobox.click()
        combobox.fill("")
        combobox.press_sequentially(option)
        try:
            choice.wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            combobox.press("Escape")
    choice.click()


def selectbox(page, label: str, *, sidebar: bool = False):
    area = page.locator('[data-testid="stSidebar"]' if sidebar else '[data-testid="stMain"]')
    return area.get_by_role("combobox", name=label, exact=True)


def chosen(page, label: str, *, sidebar: bool = True) -> str:
    return selectbox(page, label, sidebar=sidebar).input_value()


def click_download(page, label: str):
    """Click a download button (its file is built on click) and return the download."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(2):  # a click landing during a rerun is dropped by the page: retry once
        try:
            with page.expect_download(timeout=30_000) as download_info:
                page.get_by_role("button", name=label).click()
            return download_info.value
        except PlaywrightTimeout:
            if attempt:
                raise
            settle(page)


def upload(page, path: Path) -> None:
    """Upload one file through 上传 and wait for its result (ingest and rebuild)."""
    open_view(page, "upload")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))
    page.locator('[data-testid="stFileChip"]').first.wait_for()
    settle(page)
    go = page.get_by_role("button", name="导入并重建数据仓")
    page.wait_for_function("b => !b.disabled", arg=go.element_handle())
    go.click()
    # This upload's end: its progress bar says 完成 (or an error is shown). Not the 导入结果
    # heading: an earlier upload's result is still on the page while this one is ingested and
    # built. A deadline of minutes: a build on a busy machine takes one or two.
    done = page.locator('[data-testid="stProgress"]', has_text="完成")
    done.or_(page.locator('[data-testid="stAlertContentError"]')).first.wait_for(timeout=300_000)
    page.get_by_role("heading", name="导入结果").wait_for()
    settle(page)


def open_profile(page, community_name: str, period_label: str, *, in_progress: bool = False) -> None:
    """The 社区画像 view of one community in one period, once its figures are drawn; a month few
    communities have reported yet is offered as "…（进行中）"."""
    open_view(page, "profile")
    choose(page, "期间", period_label + ("（进行中）" if in_progress else ""), sidebar=True)
    settle(page)
    choose(page, "社区", community_name, sidebar=True)
    page.get_by_role("heading", name=f"{community_name} · {period_label}").wait_for()
    settle(page)


def metric_value(page, label: str) -> str:
    metric = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=label)).first
    return metric.locator('[data-testid="stMetricValue"]').inner_text().strip()


def cjk_glyphs_all_from_a_cjk_font(page, selector: str) -> tuple[int, int]:
    """(CJK characters in the element's text, glyphs drawn by a CJK font) via DevTools."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    text = page.locator(selector).first.inner_text()
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    session.detach()
    cjk_glyphs = sum(font["glyphCount"] for font in fonts
                     if re.search(r"CJK|Han|Hei|Song|Ming|WenQuanYi", font["familyName"]))
    return len(CJK.findall(text)), cjk_glyphs


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_every_view_renders_chinese_with_real_glyphs(page):
    for path, title in VIEWS.items():
        open_view(page, path)
        assert not page.locator('[data-testid="stException"]').count(), title
        characters, glyphs = cjk_glyphs_all_from_a_cjk_font(page, "h1")
        assert characters == len(CJK.findall(title))
        assert glyphs >= characters, f"{title}: missing CJK glyphs"
        screenshot(page, path or "overview")


def test_switch_period_and_street(page):
    open_view(page, "ranking")
    assert metric_value(page, "2025年12月诉求办结率第一")
    choose(page, "期间", "2025年11月", sidebar=True)
    page.locator('[data-testid="stMetricLabel"]', has_text="2025年11月诉求办结率第一").wait_for()
    settle(page)
    choose(page, "街道", "新城街道", sidebar=True)
    page.get_by_text("名次为街道内名次").wait_for()
    settle(page)
    leader = metric_value(page, "2025年11月诉求办结率第一")
    assert leader.endswith("社区居委会")
    # the filters are kept when switching views through the navigation
    page.locator('[data-testid="stSidebarNav"] a', has_text="差距").click()
    page.get_by_role("heading", name="差距", level=1).wait_for()
    settle(page)
    assert chosen(page, "期间") == "2025年11月"
    assert chosen(page, "街道") == "新城街道"
    screenshot(page, "gaps-新城街道-2025-11")


def test_download_indicators_csv_with_bom_and_row_count(page):
    open_view(page, "export")
    caption = page.get_by_text(re.compile(r"共 \d+ 行")).first.inner_text()
    expected_rows = int(re.search(r"共 (\d+) 行", caption)[1])
    payload = Path(click_download(page, "下载 CSV").path()).read_bytes()
    assert payload.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"))))
    header = table[0]
    assert header[:4] == ["社区代码", "社区名称", "街道代码", "街道名称"] and "期间" in header and "数值" in header
    assert len(table) - 1 == expected_rows > 0
    assert {row[header.index("期间")] for row in table[1:]} == {'="2025-12"'}   # text in Excel, not a date
    assert all(re.fullmatch(r'="\d{12}"', row[0]) for row in table[1:])          # 12 digits, never 6.54E+11


def test_template_round_trip_through_upload_into_the_profile(fresh_page, tmp_path):
    page = fresh_page
    open_view(page, "export")
    choose(page, "街道", "和平街道")
    settle(page)
    # the month due is chosen already: the one after the demo's latest (2025年12月), on any date
    assert chosen(page, "月份", sidebar=False) == "2026年1月"
    download = click_download(page, "下载填报模板")
    assert download.suggested_filename == "和平街道2026年1月填报模板.xlsx"
    template_path = tmp_path / download.suggested_filename
    download.save_as(template_path)
    book = openpyxl.load_workbook(template_path)
    sheet = book.active
    assert sheet["A1"].value == "和平街道2026年1月社区工作月报表"
    headers = [cell.value for cell in sheet[2]]
    filled = {"民情诉求受理数(件)": 77, "民情诉求办结数(件)": 70, "注册志愿者人数(人)": 321}
    for row in sheet.iter_rows(min_row=3):
        if not (row[1].value or "").startswith("654201001"):
            continue
        for column, header in enumerate(headers[3:], start=3):
            # by code: 建设街 gets the values above, every other cell a small number
            row[column].value = (filled.get(header, 5) if row[1].value == "654201001001" else 3)
    filled_path = tmp_path / "和平街道2026年1月社区工作月报表.xlsx"
    book.save(filled_path)

    upload(page, filled_path)
    assert page.locator('[data-testid="stAlertContentSuccess"]').count() == 1
    screenshot(page, "upload-result")

    open_profile(page, "建设街社区居委会", "2026年1月", in_progress=True)   # one street of three has sent it
    assert metric_value(page, "民情诉求受理数") == "77 件"
    assert metric_value(page, "民情诉求办结数") == "70 件"
    assert metric_value(page, "诉求办结率") == "90.9%"
    assert metric_value(page, "注册志愿者人数") == "321 人"
    screenshot(page, "profile-after-upload")
