"""`jiedao serve` never holds the files that ingest and build write (issue 2).

With the dashboard running and a signed-in page open on it, `jiedao ingest` and `jiedao build`
succeed, and after a reload the page shows the new month. And the Streamlit child ends with
jiedao: SIGTERM or Ctrl-C to jiedao alone stops it; it listens on 127.0.0.1 unless told.
"""

from __future__ import annotations

import io
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import openpyxl
import pytest

from jiedao.accounts import add_user
from jiedao.settings import Settings
from jiedao.template import build_template
from test_browser import (CHROMIUM, LAUNCH_ARGS, free_port, metric_value, open_profile, open_view,
                          settle, sign_in, wait_until_healthy)

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
            # 14 figures typed in, plus the stock figures the template starts from; no problem
            loaded = re.search(r"载入值 (\d+) 个，问题 0 个", ingested.stdout)
            assert loaded and int(loaded[1]) >= 14, ingested.stdout
            built = run_jiedao(demo_copy, "build")
            assert built.returncode == 0, built.stdout + built.stderr

            page.reload()  # a new session, still signed in (the signed cookie), on the new warehouse
            page.locator('[data-testid="stSidebarNav"]').wait_for()
            settle(page)
            open_profile(page, "建设街社区居委会", "2026年1月", in_progress=True)
            assert metric_value(page, "民情诉求受理数") == "66 件"
            assert metric_value(page, "民情诉求办结数") == "60 件"
            browser.close()
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)


def children_of(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def running(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_a_signal_to_jiedao_stops_the_streamlit_child(tmp_path, signum):
    port = free_port()
    jiedao = subprocess.Popen([*JIEDAO, "--home", str(tmp_path / "home"), "serve", "--port", str(port)],
                              cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              start_new_session=True, env=os.environ | {"DO_NOT_TRACK": "1"})
    children: list[int] = []
    try:
        wait_until_healthy(jiedao, f"http://127.0.0.1:{port}")
        children = children_of(jiedao.pid)
        assert len(children) == 1, children
        arguments = Path(f"/proc/{children[0]}/cmdline").read_bytes().decode().split("\0")
        jiedao.send_signal(signum)  # to jiedao only, as systemd or a terminal's Ctrl-C would
        assert wait_until(lambda: not running(children[0]), 90), "the Streamlit child outlived the signal"
        assert jiedao.wait(timeout=90) == 0
        assert "streamlit" in arguments
        assert arguments[arguments.index("--server.address") + 1] == "127.0.0.1"
    finally:
        for child in children:
            if running(child):
                os.kill(child, signal.SIGKILL)
        if jiedao.poll() is None:
            os.killpg(jiedao.pid, signal.SIGKILL)
        jiedao.wait()


class ProxyRecorder:
    """A stand-in HTTP(S) proxy that records the first line of every request and answers none."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.seen: list[str] = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(5)
                try:
                    self.seen.append(connection.recv(1024).decode("latin-1").split("\r\n")[0])
                except OSError as error:
                    self.seen.append(f"a connection ({error})")


@pytest.mark.parametrize("address", [None, "0.0.0.0"], ids=["default", "every-interface"])
def test_the_server_asks_nothing_of_the_internet(tmp_path, address):
    """Streamlit's start-up banner looks up the machine's external IP (checkip.amazonaws.com)
    unless told its address: every outside request goes through a recording proxy, and there is
    none by the time the banner is printed and the dashboard's page has been served."""
    proxy = ProxyRecorder()
    env = {name: value for name, value in os.environ.items() if name.lower() != "no_proxy"}
    env |= {"DO_NOT_TRACK": "1", "HTTP_PROXY": proxy.url, "HTTPS_PROXY": proxy.url,
            "http_proxy": proxy.url, "https_proxy": proxy.url, "ALL_PROXY": proxy.url}
    port = free_port()
    jiedao = subprocess.Popen([*JIEDAO, "--home", str(tmp_path / "home"), "serve", "--port", str(port),
                               *(["--address", address] if address else [])],
                              cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              start_new_session=True, env=env)
    output: list[str] = []
    threading.Thread(target=lambda: output.extend(line.decode("utf-8", "replace") for line in jiedao.stdout),
                     daemon=True).start()
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_healthy(jiedao, base)
        assert wait_until(lambda: any("URL:" in line for line in output), 90), output
        with urllib.request.urlopen(base) as response:
            assert response.status == 200
        assert proxy.seen == []
    finally:
        os.killpg(jiedao.pid, signal.SIGTERM)
        jiedao.wait(timeout=60)
        proxy.listener.close()
