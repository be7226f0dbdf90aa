"""What the loaders need to know about where they run: a protocol, not a settings class.

The application's one settings object (``jiedao.settings.Settings``) satisfies it; ingest never
imports the application core, so it names only the attributes it reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class LoaderSettings(Protocol):
    """Paths and limits the loaders read (``jiedao.settings.Settings`` provides them)."""

    @property
    def raw_db(self) -> Path: ...

    @property
    def seeds_dir(self) -> Path: ...

    @property
    def max_file_bytes(self) -> int: ...

    @property
    def max_zip_ratio(self) -> int: ...

    @property
    def max_unzipped_bytes(self) -> int: ...

    @property
    def file_timeout_seconds(self) -> float: ...

    @property
    def workers(self) -> int: ...

    @property
    def mappings_file(self) -> Path: ...
