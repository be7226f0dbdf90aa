"""`jiedao serve`: the dashboard as a Streamlit child process that ends when jiedao ends.

The child runs in its own process group, so a Ctrl-C in the terminal reaches jiedao only; jiedao
forwards Ctrl-C (SIGINT), SIGTERM and SIGHUP to the child's group as SIGTERM, waits up to
``STOP_SECONDS`` for it to stop and kills the group if it has not. The server listens on
127.0.0.1 unless an address is given (``--address 0.0.0.0`` for every interface), and the
frontend's usage statistics are off whatever the configuration says.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from jiedao.settings import Settings

STOP_SECONDS = 15.0
FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
DEFAULT_ADDRESS = "127.0.0.1"
WILDCARDS = ("0.0.0.0", "::", "")


def streamlit_command(app: Path, port: int, address: str) -> list[str]:
    """`streamlit run` that asks nothing of the internet: on a wildcard address Streamlit would
    look up the machine's external IP (checkip.amazonaws.com) for its banner unless told the
    address users type, so it is told this machine's name."""
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port),
               "--server.address", address, "--server.headless", "true",
               "--browser.gatherUsageStats", "false"]
    if address in WILDCARDS:
        command += ["--browser.serverAddress", socket.getfqdn()]
    return command


def run_serve(settings: Settings, port: int, address: str = DEFAULT_ADDRESS) -> int:
    """Run the dashboard until it exits or jiedao is told to stop; the child's status, or 0 when
    stopped by a signal."""
    app = settings.project_dir / "dashboard" / "app.py"
    env = dict(os.environ, JIEDAO_HOME=str(settings.home), JIEDAO_ENGINE=settings.engine,
               STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    shown = "localhost" if address in (DEFAULT_ADDRESS, "localhost", *WILDCARDS) else address
    print(f"仪表盘：http://{shown}:{port}  （Ctrl+C 停止）", flush=True)
    received: list[int] = []
    children: list[subprocess.Popen] = []

    def forward(signum: int, frame: object) -> None:
        received.append(signum)
        for child in children:
            signal_group(child, signal.SIGTERM)

    previous = {signum: signal.signal(signum, forward) for signum in FORWARDED}  # before the start: no gap
    try:
        child = subprocess.Popen(streamlit_command(app, port, address), env=env, cwd=settings.project_dir,
                                 start_new_session=True)
    except BaseException:
        restore(previous)
        raise
    children.append(child)
    if received:  # told to stop while starting
        signal_group(child, signal.SIGTERM)
    try:
        status = wait_for(child, received)
    finally:
        if child.poll() is None:  # an exception in jiedao itself: never leave the server behind
            signal_group(child, signal.SIGKILL)
            child.wait()
        restore(previous)
    return 0 if received else status


def restore(handlers: dict) -> None:
    for signum, handler in handlers.items():
        signal.signal(signum, handler)


def wait_for(child: subprocess.Popen, received: list[int]) -> int:
    """The child's exit status; once a signal was forwarded, kill its group after STOP_SECONDS."""
    deadline = None
    while True:
        try:
            return child.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            pass
        if received and deadline is None:
            deadline = time.monotonic() + STOP_SECONDS
        if deadline is not None and time.monotonic() > deadline:
            print("仪表盘未能及时停止，已强制结束。", file=sys.stderr)
            signal_group(child, signal.SIGKILL)
            return child.wait()


def signal_group(child: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(child.pid, signum)
    except (ProcessLookupError, PermissionError):  # already gone
        pass
