"""The demo's vocabulary: the months it covers, the city's streets and communities, a sheet as
rows of cells, and the manifest that says what ingest must find."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta, timezone
from pathlib import Path

YEARS = (2024, 2025)
MONTHS = tuple((year, month) for year in YEARS for month in range(1, 13))
CHINA_TIME = timezone(timedelta(hours=8))

Cell = str | int | float | None
TruthKey = tuple[str, str, str]  # community_code, period 'YYYY-MM', indicator_code


@dataclass(frozen=True)
class PlantedProblem:
    """A problem put into the inbox on purpose; ingest must report exactly these."""

    file_name: str
    sheet: str
    cell: str
    problem_code: str
    note: str


@dataclass(frozen=True)
class DemoHeader:
    """A header text as a clerk writes it (group cell above, if any) and what it means."""

    group: str
    text: str
    indicator_code: str
    unit_multiplier: float = 1.0
    is_cumulative: bool = False


@dataclass(frozen=True)
class DemoManifest:
    files: tuple[Path, ...]
    planted_problems: tuple[PlantedProblem, ...]
    # Monthly values the warehouse must hold, sorted: (community_code, 'YYYY-MM', indicator, value).
    truth: tuple[tuple[str, str, str, float], ...]
    # Keys whose cell was written approximately ("约30", "3000余"): loaded as is, marked approximate.
    approximate: tuple[TruthKey, ...] = ()
    # (earlier file name, corrected file name): same communities and month, later mtime.
    resubmissions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Community:
    code: str
    name: str
    street_code: str


@dataclass(frozen=True)
class Street:
    code: str
    name: str


@dataclass(frozen=True)
class SheetGrid:
    """One sheet as it will appear: rows of cells plus merged ranges (r1, c1, r2, c2)."""

    name: str
    rows: list[list[Cell]]
    merges: tuple[tuple[int, int, int, int], ...] = ()


@dataclass
class RenderPlan:
    """Everything decided while rendering: what the warehouse should hold, what is planted."""

    truth: dict[TruthKey, float] = field(default_factory=dict)
    approximate: set[TruthKey] = field(default_factory=set)
    planted: list[PlantedProblem] = field(default_factory=list)
