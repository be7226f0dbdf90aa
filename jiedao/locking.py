"""One writer at a time per data home: ingest writes raw.duckdb, build reads it."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def home_lock(home: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on the data home; waits for the holder to finish.

    The operating system drops the lock when the holder dies, so a killed ingest or build never
    leaves the home locked.
    """
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
