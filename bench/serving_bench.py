"""Serving: the dashboard's data layer on DuckDB and on PostgreSQL, uncached and cached.

``python -m bench.serving_bench --home HOME [--street S --community C --period YYYY-MM]
[--engines duckdb,postgres] [--rounds 3]``: HOME holds warehouse.duckdb (for duckdb) and the
JIEDAO_PG_* settings reach the same warehouse published on PostgreSQL (for postgres). Each
round runs the data functions behind 总览, 排名, 差距, 社区画像 and 数据下载 for the city, a street
and a community, first with st.cache_data cleared and then again cached, engines turn about;
one line per engine and round (docs/scale.md has a run on the demo).
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections.abc import Callable


def calls(period: str, community: str) -> list[Callable[[object], object]]:
    from dashboard import data

    return [
        lambda scope: data.communities(scope), lambda scope: data.months(scope),
        lambda scope: data.scores(scope, "month", period, "composite"),
        lambda scope: data.score_drivers(scope, "month", period, "composite"),
        lambda scope: data.petition_ranking(scope, period),
        lambda scope: data.target_gaps(scope, "month", period),
        lambda scope: data.community_values(scope, "month", period),
        lambda scope: data.street_aggregates(scope, "month", period),
        lambda scope: data.community_profile(scope, community, "month", period),
        lambda scope: data.indicator_trend(scope, community, "petitions_received"),
        lambda scope: data.headline_totals(scope, "month", period),
        lambda scope: data.street_completeness(scope, "month", period),
        lambda scope: data.quality_findings(scope),
        lambda scope: data.standardized_indicators(scope, (period,)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.serving_bench", description=__doc__)
    parser.add_argument("--home", required=True)
    parser.add_argument("--street", default="654201001")
    parser.add_argument("--community", default="654201001001")
    parser.add_argument("--period", default="2025-12")
    parser.add_argument("--engines", default="duckdb,postgres")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # Streamlit's "no runtime" notes outside a server
    os.environ["JIEDAO_HOME"] = args.home
    import streamlit as st

    from dashboard import data

    scopes = (data.CITY, data.Scope("street", args.street), data.Scope("community", args.community))
    work = calls(args.period, args.community)
    for round_number in range(1, args.rounds + 1):
        for engine in args.engines.split(","):
            os.environ["JIEDAO_ENGINE"] = engine
            st.cache_data.clear()
            started = time.perf_counter()
            for scope in scopes:
                for call in work:
                    call(scope)
            cold = time.perf_counter() - started
            started = time.perf_counter()
            for scope in scopes:
                for call in work:
                    call(scope)
            warm = time.perf_counter() - started
            print(f"round {round_number} {engine}: {len(work) * len(scopes)} calls, "
                  f"uncached {cold:.2f} s, cached {warm:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
