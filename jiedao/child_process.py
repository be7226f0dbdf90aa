"""A child process (dbt) that never outlives jiedao.

``run_in_group`` starts the child in its own process group and, while it runs in the main
thread, catches Ctrl-C (SIGINT), SIGTERM and SIGHUP: the child's whole group is killed and the
caller is told which signal stopped it. A ``kill -9`` of jiedao cannot be caught, so the child
asks the kernel to kill it when its parent dies: ``die_with_parent`` (Linux
``prctl(PR_SET_PDEATHSIG, SIGKILL)``, through ctypes) is the first thing the child runs. It is
called in the child itself rather than in a ``preexec_fn``, which is unsafe when the parent has
threads (the dashboard rebuilds from a Streamlit thread); the child then checks that the parent
it was started by is still its parent, which closes the gap between its start and the call.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import Mapping, Sequence

PARENT_ENV = "JIEDAO_PARENT_PID"
PR_SET_PDEATHSIG = 1
STOPPING = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


@dataclass(frozen=True)
class Finished:
    returncode: int
    output: str                      # stdout and stderr, interleaved as written
    stopped_by: int | None = None    # the signal jiedao received and stopped the child for


def die_with_parent() -> None:
    """In the child: be killed (SIGKILL) when the parent dies; exit now if it already has."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    parent = os.environ.get(PARENT_ENV, "")
    if parent.isdigit() and os.getppid() != int(parent):
        os._exit(1)  # the parent died before the request: nobody waits for this build


def run_in_group(command: Sequence[str], *, env: Mapping[str, str], cwd: os.PathLike[str] | str) -> Finished:
    """Run ``command`` to the end, or until jiedao is told to stop (then its group is killed)."""
    received: list[int] = []
    children: list[subprocess.Popen] = []

    def stop(signum: int, frame: object) -> None:
        received.append(signum)
        for child in children:
            kill_group(child)

    in_main = threading.current_thread() is threading.main_thread()
    previous = {signum: signal.signal(signum, stop) for signum in STOPPING} if in_main else {}
    try:
        child = subprocess.Popen(list(command), env={**env, PARENT_ENV: str(os.getpid())}, cwd=cwd,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                 errors="replace", start_new_session=True)
        children.append(child)
        try:
            if received:  # told to stop while starting
                kill_group(child)
            output, _ = child.communicate()
        finally:
            if child.poll() is None:  # an exception in jiedao itself: never leave dbt behind
                kill_group(child)
                child.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return Finished(child.returncode, output or "", received[0] if received else None)


def kill_group(child: subprocess.Popen) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):  # already gone
        pass
