"""``python -m bench [--quick] [--sections ingest,big,build,dashboard,mc] [--repeat N] [--output FILE]``.

Only the ingest part: ``python -m bench --sections ingest --repeat 3 --output /tmp/ingest.md``;
its two ratios (the issue's aims) are printed on stderr as well."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench import registry, report
from jiedao.settings import PROJECT_DIR

SECTIONS = ("ingest", "big", "build", "dashboard", "mc")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="jiedao benchmarks")
    parser.add_argument("--quick", action="store_true", help="small scales, ~2 minutes")
    parser.add_argument("--sections", default=",".join(SECTIONS),
                        help=f"comma-separated subset of {','.join(SECTIONS)}")
    parser.add_argument("--scales", default=None,
                        help="community counts for build/dashboard/mc (default 3000,30000; quick 300)")
    parser.add_argument("--repeat", type=int, default=None,
                        help="ingest: run each reader N times, turn about, and report the medians "
                             "(default 3; quick 1)")
    parser.add_argument("--output", type=Path, default=PROJECT_DIR / "docs" / "benchmarks.md")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temp dir)")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    scales = ([int(s) for s in args.scales.split(",")] if args.scales
              else ([300] if args.quick else [3000, 30000]))

    sections: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="jiedao-bench-", dir=args.work) as scratch:
        work = Path(scratch)
        if not registry.available():
            message = (f"跳过：未找到真实区划数据 {registry.REGISTRY_DIR}"
                       "（villages.csv.gz, streets.csv）。")
            print(message, file=sys.stderr)
            sections["说明"] = [message]
        else:
            if "ingest" in chosen:
                from bench import ingest_bench
                print("ingest …", file=sys.stderr, flush=True)
                rows = ingest_bench.run(work, quick=args.quick,
                                        repeat=args.repeat or (1 if args.quick else 3))
                sections["1. Ingest"] = report.ingest_table(rows)
                print("\n".join(report.ingest_ratios(rows)), file=sys.stderr, flush=True)
            if "big" in chosen:
                from bench import big_sheet
                print("big sheet …", file=sys.stderr, flush=True)
                sections["1b. 超大工作表（issue 19）"] = report.big_sheet_table(big_sheet.run(work, quick=args.quick))
            if {"build", "dashboard", "mc"} & set(chosen):
                from bench import build_bench
                sections.update(build_bench.run(work, scales, chosen, quick=args.quick))
    text = report.render(sections, quick=args.quick)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    print(f"written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
