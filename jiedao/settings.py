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
