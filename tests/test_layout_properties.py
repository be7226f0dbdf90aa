"""Property tests of the loader on generated community returns, one test per layout feature.

The loader is a black box: ``layout_generator`` draws specs from fixed seeds and writes them, all
files go into a few inboxes (specs whose keys overlap go to different data homes, so supersession
never hides a value), each inbox is ingested once (``jiedao --home H ingest INBOX``, in process), and
raw.duckdb is read back. For every spec:

- every expected value is the current month-grain observation, with the right value, from the
  cell the generator wrote it in;
- nothing else from the spec's file is loaded (no other key, grain or duplicate);
- no total (合计) cell is loaded;
- no problem names a cell that was read correctly (nor a correct total, when all values are right).

``test_feature[f]`` checks the specs that carry feature f and no *other* known gap, so a failure
names the feature. A known gap is marked ``xfail(strict=True)``: when the loader learns it, the
test passes, pytest reports XPASS as a failure, and the mark is to be removed.
``test_report`` writes per-feature accuracy (values right / expected) to
tests/layout_properties_report.txt and prints it (see it with -s).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest

from layout_generator import generate
from layout_model import Key, Spec, cell_ref
from layout_render import Rendered, describe, write_rendered

SEEDS = list(range(600))
SPECS: list[Spec] = [generate(seed) for seed in SEEDS]
SPEC_BY_SEED: dict[int, Spec] = {spec.seed: spec for spec in SPECS}
FEATURES: list[str] = sorted({f for spec in SPECS for f in spec.features})
REPORT = Path(__file__).with_name("layout_properties_report.txt")
MIN_SPECS_PER_FEATURE = 2

# Features the loader does not handle today: feature → what goes wrong (see the report).
KNOWN_GAPS: dict[str, str] = {}


# ---------------------------------------------------------------------------------------------
# Comparing what was loaded with what was written
# ---------------------------------------------------------------------------------------------

@dataclass
class Outcome:
    seed: int
    expected: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)       # value or lineage differs
    missing: list[str] = field(default_factory=list)     # expected, not loaded
    extra: list[str] = field(default_factory=list)       # loaded, not expected
    totals: list[str] = field(default_factory=list)      # a 合计 cell loaded
    false_problems: list[str] = field(default_factory=list)  # a problem on a cell read correctly
    problems: list[str] = field(default_factory=list)    # every problem of the file, for the report
    silent: int = 0  # value cells not read right that the loader filed as a label: lost without a problem

    @property
    def ok(self) -> bool:
        return not (self.wrong or self.missing or self.extra or self.totals or self.false_problems)

    def summary(self, limit: int = 3) -> str:
        parts = []
        for label, items in [("wrong", self.wrong), ("missing", self.missing), ("extra", self.extra),
                             ("total loaded", self.totals), ("problem on a good cell", self.false_problems)]:
            if items:
                parts.append(f"{label} {len(items)}: " + "; ".join(items[:limit]))
        if self.problems:
            parts.append(f"problems {len(self.problems)}: " + "; ".join(self.problems[:limit]))
        return f"{self.right}/{self.expected} right. " + " | ".join(parts)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def compare(expected: dict[Key, float], rendered: Rendered, is_csv: bool, observations: list[dict],
            current: dict[tuple, dict], problems: list[dict], seed: int,
            roles: dict[tuple[str, str], str] | None = None) -> Outcome:
    """``observations``/``problems``: the rows of this spec's file; ``current``: the current version
    of every (community, indicator, grain, period, cumulative) in the data home; ``roles``: the role
    the loader gave each cell of the file (table ``cells``), keyed like the cells here."""
    out = Outcome(seed=seed, expected=len(expected))

    # Where the generator put every value and total.
    cell_key: dict[tuple[str, str], Key] = {}
    key_cell: dict[Key, tuple[str, str]] = {}
    total_cells: set[tuple[str, str]] = set()
    quiet: set[tuple[str, str]] = set()  # cells that are not data and that no problem may name
    cumulative: dict[tuple[str, str], tuple[Key, float]] = {}  # 累计 cells: the month's year to date
    for name, grid in rendered.sheets.items():
        sheet = "" if is_csv else name
        for (r, c), key in grid.keys.items():
            cell_key[(sheet, cell_ref(r, c))] = key
            key_cell[key] = (sheet, cell_ref(r, c))
        total_cells |= {(sheet, cell_ref(r, c)) for r, c in grid.totals}
        quiet |= {(sheet, cell_ref(r, c)) for r, c in grid.quiet}
        cumulative |= {(sheet, cell_ref(r, c)): found for (r, c), found in grid.cumulative.items()}

    def at(row: dict) -> tuple[str, str]:
        return ("" if is_csv else row["sheet"], row["cell_ref"])

    read_right: set[tuple[str, str]] = set(quiet)  # and the quiet cells: a problem there is false too
    for key, value in sorted(expected.items()):
        row = current.get((key[0], key[2], "month", key[1], False))
        if row is None:
            out.missing.append(f"{key} at {key_cell.get(key)} written {_written_at(rendered, key)!r}")
            continue
        if not _close(row["value"], value) or at(row) != key_cell.get(key):
            out.wrong.append(f"{key} expected {value:g} at {key_cell.get(key)}, got {row['value']:g} "
                             f"from {at(row)} {row['raw_text']!r} (header {row['header_text']!r})")
            continue
        out.right += 1
        read_right.add(at(row))

    seen: dict[tuple, int] = defaultdict(int)
    for row in observations:
        key = (row["community_code"], row["period"], row["indicator_code"])
        seen[key + (row["period_grain"], row["is_cumulative"])] += 1
        place = at(row)
        if place in cumulative:  # a year to date: that month's, cumulative, its figure
            want_key, want = cumulative[place]
            as_month = key == want_key and row["period_grain"] == "month" and row["is_cumulative"]
            as_first_quarter = (key[0], key[2]) == (want_key[0], want_key[2]) and want_key[1].endswith("-03") \
                and (row["period_grain"], row["period"]) == ("quarter", want_key[1][:4] + "-Q1")  # 1-3月累计: Q1
            if (as_month or as_first_quarter) and _close(row["value"], want):
                read_right.add(place)
            else:
                out.wrong.append(f"{place} {row['raw_text']!r} read as {row['period_grain']} {key} "
                                 f"cumulative={row['is_cumulative']} {row['value']:g}, expected the year to date "
                                 f"{want_key} {want:g}")
            continue
        if place in total_cells or any(t in (row["community_text"] or "") for t in ("合计", "合計", "总计", "總計")):
            out.totals.append(f"{place} {row['raw_text']!r} as {row['community_text']!r}")
        elif (row["period_grain"] != "month" or row["is_cumulative"] or key not in expected
              or seen[key + (row["period_grain"], row["is_cumulative"])] > 1):
            out.extra.append(f"{row['period_grain']} {key} cumulative={row['is_cumulative']} from {place} "
                             f"{row['raw_text']!r} (community {row['community_text']!r}, header {row['header_text']!r}, "
                             f"period {row['period_text']!r})")

    out.missing += [f"year to date {want_key} at {place}" for place, (want_key, _) in cumulative.items()
                    if place not in read_right and not any(at(row) == place for row in observations)]
    all_right = out.right == out.expected and not out.extra
    for row in problems:
        place = at(row)
        text = f"{row['problem_code']} at {place} {row['raw_text']!r}"
        out.problems.append(text)
        if place in read_right or (all_right and place in total_cells):
            out.false_problems.append(text)
    for key in expected:
        place = key_cell.get(key)
        if place not in read_right and (roles or {}).get(place) == "label":
            out.silent += 1
    return out


def _written_at(rendered: Rendered, key: Key) -> object:
    for grid in rendered.sheets.values():
        for cell, k in grid.keys.items():
            if k == key:
                return grid.cells.get(cell)
    return None


# ---------------------------------------------------------------------------------------------
# Writing every spec, ingesting once per data home
# ---------------------------------------------------------------------------------------------

def _jiedao_main():
    try:
        from jiedao.cli import main
    except ImportError:  # before the command moved out of ingest/
        from ingest.cli import main
    return main


def _homes(specs: list[Spec]) -> list[list[Spec]]:
    """Specs grouped so that no two in one home write the same (community, period, indicator)."""
    groups: list[tuple[set[Key], list[Spec]]] = []
    for spec in specs:
        keys = set(spec.expected)
        for taken, members in groups:
            if not taken & keys:
                taken |= keys
                members.append(spec)
                break
        else:
            groups.append((set(keys), [spec]))
    return [members for _, members in groups]


@dataclass(repr=False)  # a short repr: pytest prints it in every failure
class Run:
    outcomes: dict[int, Outcome]
    rendered: dict[int, Rendered]
    observations: dict[int, list[dict]]
    current: dict[int, dict[tuple, dict]]
    problems: dict[int, list[dict]]
    roles: dict[int, dict[tuple[str, str], str]]
    seconds_write: float
    seconds_ingest: float

    def __repr__(self) -> str:
        return f"Run({len(self.outcomes)} specs, {sum(o.ok for o in self.outcomes.values())} read right)"


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    main = _jiedao_main()
    base = tmp_path_factory.mktemp("layout-properties")
    result = Run({}, {}, {}, {}, {}, {}, 0.0, 0.0)
    for index, group in enumerate(_homes(SPECS)):
        home, inbox = base / f"home{index}", base / f"inbox{index}"
        started = time.perf_counter()
        sha: dict[str, int] = {}
        for spec in group:
            path, rendered = write_rendered(spec, inbox / f"spec{spec.seed:03d}")
            sha[hashlib.sha256(path.read_bytes()).hexdigest()] = spec.seed
            result.rendered[spec.seed] = rendered
        assert len(sha) == len(group), "two specs wrote the same bytes"
        result.seconds_write += time.perf_counter() - started
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as said:
            status = main(["--home", str(home), "ingest", str(inbox)])
        result.seconds_ingest += time.perf_counter() - started
        assert status == 0, said.getvalue()

        con = duckdb.connect(str(home / "raw.duckdb"), read_only=True)
        try:
            observations = _rows(con, "select * from observations")
            problems = _rows(con, "select * from problems")
            cells = _rows(con, "select file_sha256, sheet, cell_ref, role from cells")
        finally:
            con.close()
        latest: dict[tuple, dict] = {}
        for row in observations:
            key = (row["community_code"], row["indicator_code"], row["period_grain"], row["period"], row["is_cumulative"])
            rank = (row["batch_id"], row["file_mtime"], row["file_name"])
            if key not in latest or rank > (latest[key]["batch_id"], latest[key]["file_mtime"], latest[key]["file_name"]):
                latest[key] = row
        for spec in group:
            result.observations[spec.seed] = []
            result.problems[spec.seed] = []
            result.current[spec.seed] = latest
        for row in observations:
            if row["file_sha256"] in sha:
                result.observations[sha[row["file_sha256"]]].append(row)
        for row in problems:
            if row["file_sha256"] in sha:
                result.problems[sha[row["file_sha256"]]].append(row)
        for spec in group:
            result.roles[spec.seed] = {}
        for row in cells:
            if row["file_sha256"] in sha:
                seed = sha[row["file_sha256"]]
                sheet = "" if SPEC_BY_SEED[seed].layout.fmt.startswith("csv") else row["sheet"]
                result.roles[seed][(sheet, row["cell_ref"])] = row["role"]
    for spec in SPECS:
        result.outcomes[spec.seed] = compare(
            spec.expected, result.rendered[spec.seed], spec.layout.fmt.startswith("csv"),
            result.observations[spec.seed], result.current[spec.seed], result.problems[spec.seed], spec.seed,
            result.roles[spec.seed])
    return result


def _covering(feature: str) -> list[Spec]:
    """Specs with the feature and no other known gap: a failure among them is the feature's."""
    others = set(KNOWN_GAPS) - {feature}
    return [spec for spec in SPECS if spec.has(feature) and not others & set(spec.features)]


# ---------------------------------------------------------------------------------------------
# The tests
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("feature", [
    pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[f])) if f in KNOWN_GAPS else f
    for f in FEATURES])
def test_feature(run: Run, feature: str) -> None:
    specs = _covering(feature)
    covered = len(specs)
    assert covered >= MIN_SPECS_PER_FEATURE, f"only {covered} clean specs carry {feature}: add seeds"
    failures = [(spec, run.outcomes[spec.seed]) for spec in specs if not run.outcomes[spec.seed].ok]
    assert not failures, f"{len(failures)} of {len(specs)} specs with {feature} misread:\n" + "\n".join(
        f"- {describe(spec)}\n  {outcome.summary()}" for spec, outcome in failures[:4])


def test_known_gaps_are_features() -> None:
    assert set(KNOWN_GAPS) <= set(FEATURES), set(KNOWN_GAPS) - set(FEATURES)


def test_every_feature_is_covered() -> None:
    """Each feature, gaps included, has enough specs without another gap: no test passes (or xfails) empty."""
    thin = {f: len(_covering(f)) for f in FEATURES if len(_covering(f)) < MIN_SPECS_PER_FEATURE}
    assert not thin, f"add seeds: {thin}"


def test_comparison_catches_a_perturbed_value(run: Run) -> None:
    """The comparison is not vacuous: change, drop or add one expected value and it fails."""
    good = [spec for spec in SPECS if run.outcomes[spec.seed].ok]
    assert good, "no spec was read correctly at all"
    spec = good[0]
    args = (run.rendered[spec.seed], spec.layout.fmt.startswith("csv"), run.observations[spec.seed],
            run.current[spec.seed], run.problems[spec.seed], spec.seed)
    assert compare(spec.expected, *args).ok

    key = sorted(spec.expected)[0]
    changed = dict(spec.expected) | {key: spec.expected[key] + 1}
    assert compare(changed, *args).wrong

    dropped = {k: v for k, v in spec.expected.items() if k != key}
    assert compare(dropped, *args).extra

    added = dict(spec.expected) | {("654201001001", "1999-01", "households"): 1.0}
    assert compare(added, *args).missing


def test_report(run: Run) -> None:
    """Per-feature accuracy, written to tests/layout_properties_report.txt and printed (-s)."""
    lines = [f"layout properties: {len(SPECS)} specs (seeds {SEEDS[0]}–{SEEDS[-1]}), "
             f"write {run.seconds_write:.1f} s, ingest {run.seconds_ingest:.1f} s",
             "acc = values read right / values expected, over every spec with the feature ('all') and over the",
             "specs without another known gap ('clean', what test_feature checks); silent = value cells of clean",
             "specs not read right and filed as labels, lost without a problem",
             "",
             f"{'feature':38} {'all':>4} {'right/expected':>15} {'acc':>6}  {'clean':>5} {'right/expected':>15} "
             f"{'acc':>6} {'silent':>6}  status"]
    for feature in FEATURES:
        having = [run.outcomes[s.seed] for s in SPECS if s.has(feature)]
        clean = [run.outcomes[s.seed] for s in _covering(feature)]
        r, e = sum(o.right for o in having), sum(o.expected for o in having)
        cr, ce = sum(o.right for o in clean), sum(o.expected for o in clean)
        bad = sum(not o.ok for o in clean)
        status = (f"known gap ({bad} specs fail)" if feature in KNOWN_GAPS
                  else ("ok" if not bad else f"FAILS ({bad} specs)"))
        lines.append(f"{feature:38} {len(having):4d} {f'{r}/{e}':>15} {r / max(e, 1):6.1%}  {len(clean):5d} "
                     f"{f'{cr}/{ce}':>15} {cr / max(ce, 1):6.1%} {sum(o.silent for o in clean):6d}  {status}")
    outcomes = list(run.outcomes.values())
    total_right, total_expected = sum(o.right for o in outcomes), sum(o.expected for o in outcomes)
    lines += ["", f"all specs: {total_right}/{total_expected} values right ({total_right / max(total_expected, 1):.1%}); "
              f"specs read entirely right: {sum(o.ok for o in outcomes)}/{len(SPECS)}; "
              f"value cells lost without a problem: {sum(o.silent for o in outcomes)}", ""]
    lines.append("known gaps, with the clean specs that fail:")
    for feature, reason in KNOWN_GAPS.items():
        failing = [s for s in _covering(feature) if not run.outcomes[s.seed].ok]
        lines.append(f"* {feature}: {reason} — {len(failing)} of {len(_covering(feature))} specs")
        for spec in failing[:2]:
            lines.append(f"  - {describe(spec)}\n    {run.outcomes[spec.seed].summary(2)}")
    lines += ["", "every spec misread:"]
    for spec in SPECS:
        outcome = run.outcomes[spec.seed]
        if not outcome.ok:
            lines.append(f"- {describe(spec)}\n  {outcome.summary(2)}")
    text = "\n".join(lines) + "\n"
    REPORT.write_text(text, encoding="utf-8")
    print("\n" + text)
    assert total_expected == sum(len(s.expected) for s in SPECS)
    assert all(o.right <= o.expected for o in outcomes)
