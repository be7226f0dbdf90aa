"""A throwaway PostgreSQL cluster for a test session or module (scripts/throwaway-postgres.sh),
and the demo built and published on it with `jiedao build --target postgres`.

Without Debian's postgresql the cluster fails the test, never skips it: an engine that was not
checked must not look like one that passed. The server listens on a Unix socket in its own
temporary folder only, so clusters of parallel test workers never share a port.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from jiedao.engines import PostgresTarget
from jiedao.settings import PROJECT_DIR

SCRIPT = PROJECT_DIR / "scripts" / "throwaway-postgres.sh"
PORT = 5432  # the server listens on a socket in its own folder only: no port is shared


@dataclass(frozen=True)
class Cluster:
    folder: Path

    def target(self, database: str = "jiedao", schema: str = "jiedao") -> PostgresTarget:
        return PostgresTarget(host=str(self.folder), port=PORT, user="postgres",
                              database=database, schema=schema)

    def connect(self, database: str = "jiedao"):
        import psycopg2

        return psycopg2.connect(**self.target(database).connect_arguments())

    def environment(self) -> dict[str, str]:
        """The JIEDAO_PG_* settings that reach this cluster's database jiedao, schema jiedao."""
        return {"JIEDAO_PG_HOST": str(self.folder), "JIEDAO_PG_PORT": str(PORT),
                "JIEDAO_PG_USER": "postgres", "JIEDAO_PG_DATABASE": "jiedao",
                "JIEDAO_PG_SCHEMA": "jiedao"}

    def psql(self, role: str, sql: str) -> subprocess.CompletedProcess:
        """`psql` as a database role (the cluster trusts local connections: no password)."""
        return subprocess.run(["psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", str(self.folder),
                               "-p", str(PORT), "-U", role, "-d", "jiedao", "-c", sql],
                              capture_output=True, text=True)


@contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    """A cluster in a temporary folder with an empty database jiedao; stopped and removed after."""
    if shutil.which("runuser") is None and os.geteuid() == 0:
        pytest.fail("需要 runuser（util-linux）以非 root 用户启动 PostgreSQL")
    folder = Path(tempfile.mkdtemp(prefix="jiedao-pg-"))
    started = subprocess.run(["bash", str(SCRIPT), "start", str(folder), str(PORT)],
                             capture_output=True, text=True)
    if started.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail("无法启动临时 PostgreSQL（需要 Debian 的 postgresql 软件包）：\n"
                    + started.stdout + started.stderr)
    try:
        cluster = Cluster(folder)
        connection = cluster.connect("postgres")
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("create database jiedao")
        connection.close()
        yield cluster
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(folder)], capture_output=True, text=True)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def environment(settings: Mapping[str, str]) -> Iterator[None]:
    """os.environ with these variables set, restored afterwards."""
    saved = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def jiedao(cluster: Cluster, home: Path, *argv: str, stdin: str = "",
           env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess:
    """The jiedao command on a home, with the cluster's settings (and env), in a child process."""
    import sys

    return subprocess.run([sys.executable, "-m", "jiedao", "--home", str(home), *argv],
                          env=os.environ | cluster.environment() | dict(env or {}), cwd=PROJECT_DIR,
                          input=stdin, capture_output=True, text=True)


def build_demo_on(cluster: Cluster, demo_home: Path, home: Path) -> Path:
    """The demo's raw store (and accounts) in a new home, built and published on the cluster."""
    from jiedao.cli import main

    home.mkdir(parents=True, exist_ok=True)
    for name in ("raw.duckdb", "accounts.json"):
        if (demo_home / name).exists():
            shutil.copy(demo_home / name, home / name)
    with environment(cluster.environment()):
        assert main(["--home", str(home), "build", "--target", "postgres"]) == 0
    return home
