"""`jiedao serve` never holds the files that ingest and build write (issue 2).

With the dashboard running and a signed-in page open on it, `jiedao ingest` and `jiedao build`
succeed, and after a reload the page shows the new month.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from jiedao.accounts import add_user
from jiedao.settings import Settings
from jiedao.template import build_template
from test_browser import (CHROMIUM, LAUNCH_ARGS, free_port, metric_value, open_profile, open_view,
                          sign_in, wait_until_healthy)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (make browser-deps)"),
]
PROJECT_DIR = Path(__file__).resolve().parent.parent
JIEDAO = [sys.executable, "-m", "jiedao"]


def run_jiedao(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*JIEDAO, "--home", str(home), *args], cwd=PROJECT_DIR,
                          capture_output=True, text=True, env=os.environ | {"DO_NOT_TRACK": "1"})


def january_form(home: Path, path: Path) -> Path:
    """和平街道's form for 2026-01, filled: 建设街 received 66 and resolved 60, the others 4 and 3."""
    book = openpyxl.load_workbook(io.BytesIO(build_template(Settings(home=home), "654201001", "2026-01")))
    sheet = book.active
    headers = [cell.value for cell in sheet[2]]
    for row in sheet.iter_rows(min_row=3):
        code = row[1].value or ""
        if not code.startswith("654201001"):
            continue
        row[headers.index("民情诉求受理数(件)")].value = 66 if code == "654201001001" else 4
        row[headers.index("民情诉求办结数(件)")].value = 60 if code == "654201001001" else 3
    book.save(path)
    return path


def test_ingest_and_build_while_serving_then_a_reload_shows_the_new_month(demo_copy, tmp_path):
    from playwright.sync_api import sync_playwright

    add_user(Settings(home=demo_copy), "serve_admin", "admin", "654201", "serve-admin-42")
    port = free_port()
    server = subprocess.Popen([*JIEDAO, "--home", str(demo_copy), "serve", "--port", str(port)],
                              cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              start_new_session=True)
    base = f"http://localhost:{port}"
    try:
        wait_until_healthy(server, base)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
            context.set_default_timeout(60_000)
            page = context.new_page()
            page.base_url = base
            sign_in(page, "serve_admin", "serve-admin-42")
            open_view(page, "profile")  # the server has now read the published warehouse

            form = january_form(demo_copy, tmp_path / "和平街道2026年1月社区工作月报表.xlsx")
            ingested = run_jiedao(demo_copy, "ingest", str(form))
            assert ingested.returncode == 0, ingested.stderr
            assert "载入值 14 个，问题 0 个" in ingested.stdout
            built = run_jiedao(demo_copy, "build")
            assert built.returncode == 0, built.stdout + built.stderr

            page.reload()  # a new session: sign in again, then look at the new month
            sign_in(page, "serve_admin", "serve-admin-42")
            open_profile(page, "建设街社区居委会", "2026年1月")
            assert metric_value(page, "民情诉求受理数") == "66 件"
            assert metric_value(page, "民情诉求办结数") == "60 件"
            browser.close()
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
