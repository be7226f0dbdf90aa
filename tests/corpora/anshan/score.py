#!/usr/bin/env python3
"""Score a jiedao checkout against the 铁东区·大孤山街道 corpus (adapted from the 郑州 corpus's score.py).

    python3 score.py JIEDAO_CHECKOUT [--keep] [--verbose]

Runs the checkout's own CHECKOUT/.venv/bin/jiedao in a fresh temporary data home:
registry import (the 包河区 extract in registry/, kept to 340111), ingest batch1, ingest batch2,
build, export indicators/files/problems as CSV; then compares the indicators with truth.csv.
--verbose lists every missing, wrong and extra key under the file that holds (or supplied) it.
Python 3 standard library only. Always exits 0 once the comparison ran (2 for a usage error).
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def _villages():
    """The registry: $ADMIN_DIVISIONS, else the 包河区 extract shipped beside this script (registry/,
    cut from the national file by make_corpus.py), else the shared national file."""
    cands = [os.environ.get("ADMIN_DIVISIONS", ""),
             os.path.join(HERE, "registry"),
             os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "admin_divisions"),
             "/work/shared/data/admin_divisions"]
    for c in cands:
        if c and os.path.exists(os.path.join(c, "villages.csv.gz")):
            return os.path.normpath(os.path.join(c, "villages.csv.gz"))
    return os.path.normpath(os.path.join(cands[1], "villages.csv.gz"))


VILLAGES = _villages()
CITY = "210302"
LABEL = "corpus 铁东区 大孤山街道"
DERIVED_FALLBACK = {"petition_resolution_rate", "employed_per_1000_residents", "dibao_persons_per_1000_residents",
                    "volunteers_per_1000_residents", "public_welfare_job_share"}
MONTH = re.compile(r"^\d{4}-\d{2}$")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def run(jiedao, args, env, cwd, log):
    cmd = [jiedao] + args
    p = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log.write(f"$ jiedao {' '.join(args)}\n(exit {p.returncode})\n{p.stdout}\n")
    return p.returncode, p.stdout


def pick(row, names):
    for n in names:
        if n in row and row[n] not in (None, ""):
            return row[n]
    return ""


def base(s):
    s = (s or "").replace("\\", "/").rstrip("/")
    return s.rsplit("/", 1)[-1]


def to_float(s):
    try:
        return float(str(s).replace(",", ""))
    except (TypeError, ValueError):
        return None


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


RAW_SCRIPT = r'''
import csv, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
rows = con.sql("""
  select community_code, period, indicator_code, value, file_name as source_file from (
    select *, row_number() over (partition by community_code, indicator_code, period_grain, period, is_cumulative
                                 order by batch_id desc, file_mtime desc nulls last, file_name desc) as rn
    from observations where period_grain = 'month' and not is_cumulative) where rn = 1""").fetchall()
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["community_code", "period", "indicator_code", "value", "source_file"])
    w.writerows(rows)
'''


def raw_store_rows(checkout, env, out):
    """Current month values straight from raw.duckdb (supersession as docs/contracts.md states), read with the
    checkout's own Python and duckdb: a loader-only view that does not depend on the dbt build."""
    py = os.path.join(checkout, ".venv", "bin", "python")
    raw = os.path.join(env["JIEDAO_HOME"], "raw.duckdb")
    path = os.path.join(out, "raw_observations.csv")
    if not (os.path.exists(py) and os.path.exists(raw)):
        return []
    p = subprocess.run([py, "-c", RAW_SCRIPT, raw, path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0 or not os.path.exists(path):
        lines = p.stdout.strip().splitlines()
        print("raw store not readable" + (": " + lines[-1] if lines else ""))
        return []
    return read_csv(path)


def evaluate(rows, truth, ignore, derived):
    loaded = defaultdict(list)   # key -> [(value, source_file)]
    other_grain = derived_rows = 0
    for r in rows:
        per, ind = r.get("period", ""), r.get("indicator_code", "")
        if ind in derived:
            derived_rows += 1
            continue
        if not MONTH.match(per or ""):
            other_grain += 1
            continue
        key = ((r.get("community_code") or "").lstrip("'"), per, ind)
        loaded[key].append((to_float(r.get("value")), base(r.get("source_file"))))
    status = {}
    for key, t in truth.items():
        vals = loaded.get(key)
        if not vals:
            status[key] = "missing"
        elif all(v is not None and close(v, t) for v, _ in vals):
            status[key] = "right"
        else:
            status[key] = "wrong"
    extra = [k for k in loaded if k not in truth and k not in ignore]
    R = sum(1 for s in status.values() if s == "right")
    Wn = sum(1 for s in status.values() if s == "wrong")
    M = sum(1 for s in status.values() if s == "missing")
    info = dict(rows=len(rows), derived=derived_rows, other=other_grain,
                dups=sum(1 for v in loaded.values() if len(v) > 1))
    return R, Wn, M, extra, status, loaded, info


def print_verbose(status, truth, loaded, extra, cells):
    """Every missing and wrong key under the file that holds it (its first primary cell; a key held by several
    files is listed once, with the others named), and every extra key under the file that supplied it."""
    holders = defaultdict(list)
    for c in cells:
        if c["role"] in ("primary", "duplicate", "correction"):
            holders[(c["community_code"], c["period"], c["indicator_code"])].append(
                (0 if c["role"] == "primary" else 1, base(c["file"]), c["sheet"], c["cell"], c["raw"]))
    by_file = defaultdict(list)
    for key, s in status.items():
        if s not in ("missing", "wrong"):
            continue
        hs = sorted(holders.get(key, [(9, "?", "", "", "")]))
        _, f, sheet, cell, raw = hs[0]
        others = sorted({h[1] for h in hs[1:]} - {f})
        got = "" if s == "missing" else f" got {[v for v, _ in loaded[key]]} from {sorted({src for _, src in loaded[key]})}"
        also = f" (also in {', '.join(others)})" if others else ""
        by_file[f].append(f"  {s:<7} {key[0]} {key[1]} {key[2]} truth {truth[key]:g} [{sheet}!{cell} {raw!r}]{got}{also}")
    for key in extra:
        for v, src in loaded[key]:
            by_file[src].append(f"  extra   {key[0]} {key[1]} {key[2]} = {v}")
    if not by_file:
        print("verbose: no missing, wrong or extra keys")
        return
    print("verbose: missing / wrong / extra keys by file")
    for f in sorted(by_file):
        print(f"{f} ({len(by_file[f])})")
        for line in sorted(by_file[f]):
            print(line)
    print()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    keep = "--keep" in sys.argv
    verbose = "--verbose" in sys.argv
    if len(args) != 1:
        print(__doc__)
        sys.exit(2)
    checkout = os.path.abspath(args[0])
    jiedao = os.path.join(checkout, ".venv", "bin", "jiedao")
    if not os.path.exists(jiedao):
        print(f"no {jiedao}: run `make install` in the checkout first")
        sys.exit(2)
    home = tempfile.mkdtemp(prefix="jiedao-corpus-")
    out = os.path.join(home, "_score")
    os.makedirs(out)
    env = dict(os.environ, JIEDAO_HOME=os.path.join(home, "data"))
    log_path = os.path.join(out, "commands.log")
    with open(log_path, "w", encoding="utf-8") as log:
        steps = [["registry", "import", VILLAGES, "--city", CITY],
                 ["ingest", os.path.join(HERE, "batch1")],
                 ["ingest", os.path.join(HERE, "batch2")],
                 ["build"]]
        rcs = {}
        for s in steps:
            rcs[" ".join(s[:2])], _ = run(jiedao, s, env, checkout, log)
        exports = {}
        for t in ("indicators", "files", "problems"):
            path = os.path.join(out, f"{t}.csv")
            rc, _ = run(jiedao, ["export", t, "--out", path, "--format", "csv"], env, checkout, log)
            exports[t] = read_csv(path) if rc == 0 and os.path.exists(path) else []
            rcs[f"export {t}"] = rc

    truth = {(r["community_code"], r["period"], r["indicator_code"]): float(r["value"]) for r in read_csv(os.path.join(HERE, "truth.csv"))}
    ignore = {(r["community_code"], r["period"], r["indicator_code"]) for r in read_csv(os.path.join(HERE, "ignore.csv"))}
    cells = read_csv(os.path.join(HERE, "truth_cells.csv"))
    files = read_csv(os.path.join(HERE, "files.csv"))
    bad = read_csv(os.path.join(HERE, "bad_files.csv"))
    derived = set(DERIVED_FALLBACK)
    cat = os.path.join(checkout, "seeds", "indicators.csv")
    if os.path.exists(cat):
        derived = {r["indicator_code"] for r in read_csv(cat) if r.get("numerator_code")} or derived

    indicators_ok = rcs.get("export indicators") == 0 and rcs.get("build") == 0
    raw_rows = raw_store_rows(checkout, env, out)
    R, Wn, M, extra, status, loaded, info = evaluate(exports["indicators"], truth, ignore, derived)
    rR, rW, rM, rextra, rstatus, rloaded, rinfo = evaluate(raw_rows, truth, ignore, derived)
    N = len(truth)
    E = len(extra)
    shown = "export indicators"
    if not indicators_ok and raw_rows:
        shown = "raw store (the build failed; per-file tables show what the loaders stored)"
        status, loaded, extra, info = rstatus, rloaded, rextra, rinfo

    # per file
    file_keys = defaultdict(set)
    for c in cells:
        if c["role"] in ("primary", "duplicate", "correction"):
            file_keys[base(c["file"])].add((c["community_code"], c["period"], c["indicator_code"]))
    extra_by_file = defaultdict(int)
    for k in extra:
        for _, src in loaded[k]:
            extra_by_file[src] += 1
    fcol = ["file_name", "file", "source_file", "path", "file_path", "name", "original_name"]
    probs_by_file = defaultdict(int)
    for p in exports["problems"]:
        probs_by_file[base(pick(p, fcol))] += 1
    fstatus = {}
    for f in exports["files"]:
        fstatus[base(pick(f, fcol))] = pick(f, ["status", "file_status"])
    loaded_from = defaultdict(int)
    for vals in loaded.values():
        for _, src in vals:
            loaded_from[src] += 1

    def counts(keys):
        c = defaultdict(int)
        for k in keys:
            c[status[k]] += 1
        return c

    print(f"commands: " + ", ".join(f"{k}={v}" for k, v in rcs.items()) + f"  (log: {log_path if keep else 'removed; --keep keeps it'})")
    print(f"export rows: indicators {len(exports['indicators'])}, files {len(exports['files'])}, problems {len(exports['problems'])}")
    print(f"tables below from: {shown}; rows {info['rows']} (derived rates {info['derived']}, non-month periods "
          f"{info['other']}), keys loaded more than once: {info['dups']}")
    print()
    print("per file: the keys each file holds (a key counts as right whichever file supplied it); extra by source file")
    print(f"{'file':<44} {'status':<9} {'keys':>5} {'right':>5} {'wrong':>5} {'miss':>5} {'extra':>5} {'probl':>5}")
    feat = defaultdict(lambda: defaultdict(int))
    for f in files:
        if f["writer"] == "bad":
            continue
        b = base(f["file"])
        keys = file_keys.get(b, set())
        c = counts(keys)
        row = dict(keys=len(keys), right=c["right"], wrong=c["wrong"], missing=c["missing"], extra=extra_by_file.get(b, 0),
                   problems=probs_by_file.get(b, 0))
        for ft in f["features"].split(";"):
            for k, v in row.items():
                feat[ft][k] += v
            feat[ft]["files"] += 1
        print(f"{b[:44]:<44} {fstatus.get(b, '-')[:9]:<9} {row['keys']:>5} {row['right']:>5} {row['wrong']:>5} "
              f"{row['missing']:>5} {row['extra']:>5} {row['problems']:>5}")
    print()
    print(f"{'shape feature':<34} {'files':>5} {'keys':>5} {'right':>5} {'wrong':>5} {'miss':>5} {'extra':>5} {'probl':>5}  right%")
    for ft in sorted(feat):
        x = feat[ft]
        pct = f"{100 * x['right'] / x['keys']:.0f}%" if x["keys"] else "-"
        print(f"{ft:<34} {x['files']:>5} {x['keys']:>5} {x['right']:>5} {x['wrong']:>5} {x['missing']:>5} {x['extra']:>5} {x['problems']:>5}  {pct}")
    print()
    B = 0
    print(f"{'bad file':<44} {'status':<9} {'values':>6} {'probl':>5}  rejected")
    for bf in bad:
        b = base(bf["file"])
        st = fstatus.get(b, "")
        nval = loaded_from.get(b, 0)
        ok = nval == 0 and (st == "rejected" or probs_by_file.get(b, 0) > 0)
        B += ok
        print(f"{b[:44]:<44} {(st or '-')[:9]:<9} {nval:>6} {probs_by_file.get(b, 0):>5}  {'yes' if ok else 'NO'}")
    print()
    if extra:
        print("extra keys (first 15): " + "; ".join(f"{k[0]} {k[1]} {k[2]}={loaded[k][0][0]} ({loaded[k][0][1]})" for k in sorted(extra)[:15]))
    wrong = [k for k, s in status.items() if s == "wrong"]
    if wrong:
        print("wrong keys (first 15): " + "; ".join(f"{k[0]} {k[1]} {k[2]} truth {truth[k]:g} got {[v for v, _ in loaded[k]]}" for k in sorted(wrong)[:15]))
    print()
    if verbose:
        print_verbose(status, truth, loaded, extra, cells)
    if not keep:
        shutil.rmtree(home, ignore_errors=True)
    else:
        print(f"kept data home and exports in {home}")
    if raw_rows:
        print(f"raw store (loader only, before dbt): {rR}/{N} values right ({100.0 * rR / N:.1f}%), {rW} wrong, "
              f"{rM} missing, {len(rextra)} extra")
    if not indicators_ok:
        print(f"build exit {rcs.get('build')}, indicators export exit {rcs.get('export indicators')}: no warehouse "
              f"was published, so the line below counts every value as missing")
    pct = 100.0 * R / N if N else 0.0
    print(f"{LABEL}: {R}/{N} values right ({pct:.1f}%), {Wn} wrong, {M} missing, {E} extra; "
          f"bad files rejected {B}/{len(bad)}; problems {len(exports['problems'])}")
    sys.exit(0)


if __name__ == "__main__":
    main()
