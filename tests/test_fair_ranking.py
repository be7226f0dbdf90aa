"""Fair ranking: not reporting is never rewarded.

One dbt build over a synthetic raw store holds every case, each in its own periods (scores,
normalization and ranks are per grain and period, so periods do not interact):

- a baseline quarter (2023-Q1) where eight communities report six indicators every month, and
  eight more quarters with the very same figures, in each of which one community (seeded random
  choice) has a random part of its figures deleted. Its score must never rise and its ranks
  (city, street, peer group; composite, target ratio, petition resolution rate) never improve,
  month by month and for the quarter, against the baseline;
- 2025-06: the issue's case, a community that sent 40 % of its composite indicators, each the
  best of the city: not ranked, with its reason, instead of first.
"""

from __future__ import annotations

import functools
import random
from pathlib import Path

import pytest

from raw_fixture import Obs, query, run_dbt_build, write_raw_store

SEED = 20250611
COMMUNITIES = ("654201001001", "654201001003", "654201001004", "654201002001", "654201002002",
               "654201002003", "654201003001", "654201003002")
INDICATORS = ("petitions_received", "petitions_resolved", "jobs_created",
              "zero_employment_households", "volunteer_person_times", "security_cases")
BASELINE_YEAR, BASELINE_QUARTER = 2023, 1
SCENARIOS = 8
HALF_REPORTER = "654201003005"  # 伊宁街: the 40 % community of 2025-06


def quarter_months(index: int) -> tuple[str, list[str]]:
    """The quarter `index` quarters after the baseline: its label and its three months."""
    number = BASELINE_YEAR * 4 + BASELINE_QUARTER - 1 + index
    year, quarter = divmod(number, 4)
    return f"{year}-Q{quarter + 1}", [f"{year}-{3 * quarter + month:02d}" for month in (1, 2, 3)]


def figures(rng: random.Random) -> dict[tuple[str, int, str], float]:
    """(community, month 0..2, indicator) → value: one quarter's figures, repeated every quarter."""
    values = {}
    for community in COMMUNITIES:
        for month in range(3):
            received = rng.randint(20, 60)
            values.update({
                (community, month, "petitions_received"): received,
                (community, month, "petitions_resolved"): received - rng.randint(0, 12),
                (community, month, "jobs_created"): rng.randint(0, 12),
                (community, month, "zero_employment_households"): rng.randint(0, 5),
                (community, month, "volunteer_person_times"): rng.randint(10, 200),
                (community, month, "security_cases"): rng.randint(0, 4),
            })
    return values


def deletions(rng: random.Random) -> list[tuple[str, set[tuple[int, str]]]]:
    """Per scenario: the community and the (month, indicator) cells of it that are deleted."""
    cells = [(month, indicator) for month in range(3) for indicator in INDICATORS]
    chosen = []
    for _ in range(SCENARIOS):
        community = rng.choice(COMMUNITIES)
        size = rng.choice([1, 1, 2, 3, 5, 9, len(cells)])
        chosen.append((community, set(rng.sample(cells, size))))
    return chosen


def observations() -> tuple[list[Obs], list[tuple[str, set[tuple[int, str]]]]]:
    rng = random.Random(SEED)
    values, deleted = figures(rng), deletions(rng)
    rows = []
    for index in range(SCENARIOS + 1):
        _, months = quarter_months(index)
        gone = (None, set()) if index == 0 else deleted[index - 1]
        for (community, month, indicator), value in values.items():
            if community == gone[0] and (month, indicator) in gone[1]:
                continue
            rows.append(Obs(community, indicator, months[month], value,
                            file_name=f"{months[month]}.xlsx"))
    # 2025-06: everyone reports everything, except the 40 % community: two of the five composite
    # indicators (jobs, security cases), each better than anyone's.
    for community in COMMUNITIES:
        for indicator in INDICATORS:
            rows.append(Obs(community, indicator, "2025-06",
                            values[(community, 0, indicator)], file_name="2025-06.xlsx"))
    rows += [Obs(HALF_REPORTER, "jobs_created", "2025-06", 50, file_name="2025-06.xlsx"),
             Obs(HALF_REPORTER, "security_cases", "2025-06", 0, file_name="2025-06.xlsx")]
    return rows, deleted


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    work_dir = tmp_path_factory.mktemp("fair")
    rows, deleted = observations()
    result = run_dbt_build(write_raw_store(work_dir / "raw.duckdb", rows), work_dir)
    assert result.returncode == 0, result.output[-4000:]
    return result.warehouse_db, deleted


WORST = float("inf")


def standing(warehouse: Path, community: str, grain: str, period: str) -> dict[str, object]:
    """The community's scores and ranks in one period (a missing rank = below everyone)."""
    scores, petitions = all_standings(warehouse)
    found = dict(scores.get((community, grain, period), {}))
    if grain == "month":
        city, street = petitions.get((community, period), (None, None))
        found["petition rank in city"] = WORST if city is None else city
        found["petition rank in street"] = WORST if street is None else street
    return found


@functools.cache
def all_standings(warehouse: Path) -> tuple[dict[tuple[str, str, str], dict[str, object]],
                                            dict[tuple[str, str], tuple[object, object]]]:
    """mart_scores by (community, grain, period) and the petition ranks by (community, period),
    read once: the property tests look up hundreds of them."""
    scores: dict[tuple[str, str, str], dict[str, object]] = {}
    for community, grain, period, method, score, *ranks in query(
            warehouse,
            "select community_code, grain, period, method, score, rank_in_city, rank_in_street, "
            "rank_in_peer from mart_scores"):
        found = scores.setdefault((community, grain, period), {})
        found[f"{method} score"] = score
        for name, rank in zip(("city", "street", "peer"), ranks):
            found[f"{method} rank in {name}"] = WORST if rank is None else rank
    petitions: dict[tuple[str, str], tuple[object, object]] = {}
    for community, period, city, street in query(
            warehouse, "select community_code, period, rank_in_city, rank_in_street "
                       "from mart_petition_ranking"):
        petitions.setdefault((community, period), (city, street))
    return scores, petitions


def periods_of(index: int) -> list[tuple[str, str]]:
    quarter, months = quarter_months(index)
    return [("quarter", quarter), *(("month", month) for month in months)]


def test_deleting_a_communitys_figures_never_raises_its_score_or_rank(built) -> None:
    warehouse, deleted = built
    compared = 0
    for index, (community, cells) in enumerate(deleted, start=1):
        for (grain, before_period), (_, after_period) in zip(periods_of(0), periods_of(index)):
            before = standing(warehouse, community, grain, before_period)
            after = standing(warehouse, community, grain, after_period)
            assert before["composite score"] is not None  # the baseline is complete
            for key, old in before.items():
                new = after.get(key)
                where = f"{community} {grain} {after_period} {key}, deleted {sorted(cells)}"
                if key.endswith("score"):
                    assert new is None or new <= old + 1e-9, f"{where}: score {old} → {new}"
                else:
                    assert (WORST if new is None else new) >= old, f"{where}: rank {old} → {new}"
                compared += 1
    assert compared > SCENARIOS * 4 * 8


def test_deletions_did_change_something(built) -> None:
    """The property is not vacuous: some deletions cost a rank, some a place in the ranking."""
    warehouse, deleted = built
    moved = 0
    for index, (community, _) in enumerate(deleted, start=1):
        for (grain, before_period), (_, after_period) in zip(periods_of(0), periods_of(index)):
            before = standing(warehouse, community, grain, before_period)
            after = standing(warehouse, community, grain, after_period)
            moved += sum(after.get(key) != value for key, value in before.items())
    assert moved > SCENARIOS


def test_a_community_that_sent_40_percent_is_not_ranked_first(built) -> None:
    warehouse, _ = built
    assert query(
        warehouse,
        "select method, coverage, eligible, eligibility_reason, rank_in_city, rank_in_street, "
        "rank_in_peer, rank_p05 from mart_scores where grain = 'month' and period = '2025-06' "
        "and community_code = ? order by method",
        [HALF_REPORTER],
    ) == [("composite", pytest.approx(0.4), False, "数据不全（覆盖率 40.0 %），不参与排名",
           None, None, None, None),
          ("target_ratio", pytest.approx(0.5), False, "数据不全（覆盖率 50.0 %），不参与排名",
           None, None, None, None)]
    # The eligible are ranked among themselves: 1 … 8 with no gap left by the 40 % community.
    for method in ("composite", "target_ratio"):
        ranks = query(warehouse, "select rank_in_city from mart_scores where grain = 'month' "
                                 "and period = '2025-06' and method = ? and eligible "
                                 "order by rank_in_city", [method])
        assert len(ranks) == len(COMMUNITIES) and ranks[0] == (1,)
        assert max(rank for (rank,) in ranks) <= len(COMMUNITIES)
    assert query(
        warehouse,
        "select coverage, eligible, eligibility_reason, rank_in_city from mart_petition_ranking "
        "where period = '2025-06' and community_code = ?",
        [HALF_REPORTER],
    ) == [(0.0, False, "数据不全（覆盖率 0.0 %），不参与排名", None)]


def test_jiedao_export_scores_carries_who_is_ranked_and_why(built, tmp_path: Path) -> None:
    import csv

    from jiedao.cli import main

    warehouse, _ = built
    out = tmp_path / "scores.csv"
    assert main(["--home", str(warehouse.parent), "export", "scores", "--period", "2025-06",
                 "--community", HALF_REPORTER, "--out", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        exported = [row for row in csv.DictReader(handle) if row["grain"] == "month"]
    assert [(row["method"], row["eligible"], row["eligibility_reason"], row["rank_in_city"])
            for row in exported] == [
        ("composite", "False", "数据不全（覆盖率 40.0 %），不参与排名", ""),
        ("target_ratio", "False", "数据不全（覆盖率 50.0 %），不参与排名", "")]
    people = tmp_path / "scores_zh.csv"
    assert main(["--home", str(warehouse.parent), "export", "scores", "--period", "2025-06",
                 "--community", HALF_REPORTER, "--out", str(people), "--headers", "zh"]) == 0
    with open(people, encoding="utf-8-sig", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert (first["参与排名"], first["排名说明"]) == ("否", "数据不全（覆盖率 40.0 %），不参与排名")
