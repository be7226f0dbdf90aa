"""The one settings object: where the data home, the inbox and the databases live."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Paths and limits for one data home (``--home``, ``JIEDAO_HOME``, default ``./data``)."""

    home: Path
    project_dir: Path = PROJECT_DIR
    max_file_bytes: int = 50 * 1024 * 1024
    max_zip_ratio: int = 200
    max_unzipped_bytes: int = 500 * 1024 * 1024
    file_timeout_seconds: float = 120.0
    workers: int = field(default_factory=lambda: max(1, min(4, os.cpu_count() or 1)))
    # A period is complete (the dashboard's default, 数据截至) when at least this share of the
    # communities in the viewer's scope reported it: JIEDAO_COMPLETE_SHARE, default 0.9.
    complete_share: float = field(default_factory=lambda: complete_share_from_env())
    # Where the published warehouse is read (the dashboard, `jiedao export`) and built by default:
    # JIEDAO_ENGINE duckdb (default: warehouse.duckdb in the home) or postgres (the JIEDAO_PG_*
    # server, jiedao/engines.py); `--target` of build, serve and export overrides it.
    engine: str = field(default_factory=lambda: os.environ.get("JIEDAO_ENGINE", "duckdb").strip().lower() or "duckdb")

    @classmethod
    def from_env(cls, home: str | os.PathLike[str] | None = None) -> "Settings":
        chosen = home or os.environ.get("JIEDAO_HOME") or "data"
        return cls(home=Path(chosen).resolve())

    @property
    def inbox_dir(self) -> Path:
        return self.home / "inbox"

    @property
    def raw_db(self) -> Path:
        """Written by ingest only; the dashboard never opens it."""
        return self.home / "raw.duckdb"

    @property
    def warehouse_db(self) -> Path:
        """The published warehouse: replaced atomically by each successful build."""
        return self.home / "warehouse.duckdb"

    @property
    def build_dir(self) -> Path:
        return self.home / "build"

    @property
    def seeds_dir(self) -> Path:
        return self.project_dir / "seeds"

    @property
    def mappings_file(self) -> Path:
        """The mapping review's decisions (what an unknown header or name means), audited."""
        return self.home / "mappings.csv"

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"

    @property
    def session_secret_file(self) -> Path:
        """The key that signs the dashboard's session cookie (created on first use, mode 600)."""
        return self.home / "session_secret"


def complete_share_from_env() -> float:
    """JIEDAO_COMPLETE_SHARE as a share (0.9) or a percentage (90); 0.9 when unset or invalid."""
    try:
        share = float(os.environ.get("JIEDAO_COMPLETE_SHARE", "0.9"))
    except ValueError:
        return 0.9
    share = share / 100 if share > 1 else share
    return share if 0 < share <= 1 else 0.9
