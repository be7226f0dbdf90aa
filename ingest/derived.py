"""Derived figures a sheet reports (办结率, 占比, 千人…数): which catalogue derived indicator a
header names, and what its cell says in the catalogue's scale. They are never loaded as values:
the warehouse recomputes every rate from its parts and checks the reported one against that
(``mart_quality_findings``, rule ``derived_mismatch``)."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ingest.headers import normalize_header
from ingest.periods import Period
from ingest.values import parse_value, to_halfwidth

if TYPE_CHECKING:
    from ingest.headers import HeaderCatalog

# What makes a header a rate; taken away, the rest names the rate's numerator (办结率 → 办结).
RATE_WORDS = re.compile(r"每千人|每千|千人|百分比|占比|比例|比重|率")
PER_THOUSAND = re.compile(r"每千|千人|‰")
# Rates the catalogue does not define: growth against last year or month, averages per head.
NOT_CATALOGUE = re.compile(r"同比|环比|增减|增长|增幅|人均|户均|平均")
DECIMALS = re.compile(r"\.(\d+)")


@dataclass(frozen=True)
class DerivedIndicator:
    indicator_code: str
    name_core: str          # the catalogue name, normalized
    numerator_code: str
    denominator_code: str
    multiplier: float       # 100 for a percentage, 1000 for a per-1000 figure


class ReportedFigure(NamedTuple):
    """One derived cell as the sheet reports it, with its lineage."""

    sheet: str
    cell_ref: str
    header_text: str
    raw_text: str
    community_code: str
    period: Period
    indicator_code: str
    value: float            # in the catalogue's scale (95.2 for 95.2 %)
    rounding: float         # half a unit of the last digit written, in that scale
    is_cumulative: bool


@dataclass(frozen=True)
class DerivedCatalogue:
    indicators: tuple[DerivedIndicator, ...] = ()

    @classmethod
    def from_seeds(cls, seeds_dir: Path) -> "DerivedCatalogue":
        return _from_seeds_as_given(Path(seeds_dir))

    def match(self, levels: list[str], catalog: "HeaderCatalog") -> DerivedIndicator | None:
        """The derived indicator a header names: by its catalogue name (诉求办结率), else by the
        numerator the rest of it names (办结率 → 办结 → petitions_resolved) and its scale."""
        if not self.indicators:
            return None
        texts = [text for text in levels if text and text.strip()]
        if not texts:
            return None
        cores = [normalize_header(text).core for text in texts]
        for start in range(len(cores)):
            joined = "".join(cores[start:])
            found = next((d for d in self.indicators if d.name_core in {joined, cores[start]}), None)
            if found is not None:
                return found
        last = cores[-1]
        if NOT_CATALOGUE.search(last) or not RATE_WORDS.search(last):
            return None
        part = RATE_WORDS.sub("", last)
        if not part:
            return None
        numerator = catalog.match_indicator([*texts[:-1], part]) or catalog.match_indicator([part])
        if numerator is None:
            return None
        per_thousand = bool(PER_THOUSAND.search(simplified(texts[-1])))
        fits = [d for d in self.indicators if d.numerator_code == numerator.indicator_code
                and (d.multiplier == 1000) == per_thousand]
        return fits[0] if len(fits) == 1 else None


@functools.lru_cache(maxsize=8)
def _from_seeds_as_given(seeds_dir: Path) -> DerivedCatalogue:
    """Asked once per file: the path as given is resolved once (a resolve is a few system calls)."""
    return _from_seeds(seeds_dir.resolve())


@functools.lru_cache(maxsize=8)
def _from_seeds(seeds_dir: Path) -> DerivedCatalogue:
    found = []
    with open(seeds_dir / "indicators.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] == "derived" and row.get("numerator_code") and row.get("denominator_code"):
                found.append(DerivedIndicator(row["indicator_code"], normalize_header(row["indicator_name"]).core,
                                              row["numerator_code"], row["denominator_code"],
                                              float(row.get("multiplier") or 1)))
    return DerivedCatalogue(tuple(found))


def simplified(text: str) -> str:
    return to_halfwidth(text).replace(" ", "")


def reported_value(raw: str, multiplier: float) -> tuple[float, float] | None:
    """A derived cell in the catalogue's scale, and half a unit of its last written digit:
    "95.2%" or "95.2" → (95.2, 0.05) for a percentage; a fraction ("0.952", a %-formatted
    cell read as its number) → (95.2, 0.05), "0.8" → (80, 0.5). None for what is not a plain number."""
    parsed = parse_value(raw)
    if parsed.status != "number" or parsed.has_magnitude or parsed.value is None:
        return None
    text = simplified(raw)
    found = DECIMALS.search(text)
    decimals = len(found.group(1)) if found else 0
    value = parsed.value
    if parsed.is_percent:
        if multiplier != 100:
            return None  # a per-1000 figure written as a percentage: not what the catalogue means
    elif multiplier == 100 and 0 < abs(value) <= 1:
        # A fraction: a %-formatted cell (80% typed, 0.8 stored) or a formula; 0.952 is 95.2 %,
        # as precise as the 95.2 % it shows.
        value, decimals = value * 100, max(decimals - 2, 0)
    return value, 0.5 * 10.0 ** -decimals
