#!/usr/bin/env python3
"""Rewrite the 南岗区·保健路街道 corpus: batch1/, batch2/, registry/ and every CSV beside this script.

    python make_corpus.py [--national DIR]

DIR holds the national villages.csv.gz and streets.csv (default: $ADMIN_DIVISIONS, else
/work/shared/data/admin_divisions); only registry/ needs it. Needs openpyxl, xlsxwriter, xlwt, odfpy and zhconv
(the project's .venv has them). Seeded: the truth files, registry/, the xls/et, the CSV and the xlsxwriter files
come out byte-identical on every run.
"""
import csv
import os
import shutil
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus_comm_a  # noqa: E402
import corpus_comm_b  # noqa: E402
import corpus_extra  # noqa: E402
import corpus_street_a  # noqa: E402
import corpus_street_b  # noqa: E402
from corpus_grid import RECORDS, write_book  # noqa: E402
from corpus_world import CORRECTIONS, QSUM, V, V1  # noqa: E402

FORMAT = {".xlsx": "xlsx", ".xls": "xls", ".et": "et (WPS, BIFF8)", ".ods": "ods", ".csv": "csv"}


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def fmt_value(x):
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def roles(books):
    """Each recorded cell's role; check that every slot of a key agrees."""
    batch2 = {b.rel for b in books if b.batch == "batch2"}
    out = []
    for r in RECORDS:
        if r.kind != "cell":
            continue
        if r.file in batch2:
            role = "correction" if r.key in CORRECTIONS else "duplicate"
            assert r.value == V(*r.key), r
        elif r.key in CORRECTIONS:
            role = "superseded"
            assert r.value == V1(*r.key) != V(*r.key), r
        else:
            role = r.hint
            assert r.value == V(*r.key), r
        out.append((r, role))
    return out


def main():
    national = os.environ.get("ADMIN_DIVISIONS", "/work/shared/data/admin_divisions")
    if "--national" in sys.argv:
        national = sys.argv[sys.argv.index("--national") + 1]
    for d in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    del RECORDS[:]
    books = [f() for f in corpus_street_a.FILES + corpus_street_b.FILES + corpus_comm_a.FILES + corpus_comm_b.FILES]
    books.append(corpus_extra.correction())
    names = [b.rel for b in books]
    assert len(names) == len(set(names)), "two files with one name"
    for b in books:
        write_book(b, HERE)
    bad = corpus_extra.write_bad(HERE)
    n_registry = corpus_extra.write_registry(HERE, national) if os.path.exists(national) else None

    cells = roles(books)
    truth = {}
    for r, role in cells:
        if role != "superseded":
            assert truth.setdefault(r.key, r.value) == r.value, r
    gaps = {}
    for r in RECORDS:
        if r.kind == "gap" and r.key not in truth:
            gaps.setdefault(r.key, []).append(r)
    quarters = [r for r in RECORDS if r.kind == "quarter"]
    qvals = {}
    for r in quarters:
        code, q, ind = r.key
        assert r.value == QSUM(code, q, ind), r
        assert qvals.setdefault(r.key, r.value) == r.value, r

    write_csv("truth.csv", ["community_code", "period", "indicator_code", "value"],
              [(k[0], k[1], k[2], fmt_value(v)) for k, v in sorted(truth.items())])
    order = {"primary": 0, "duplicate": 1, "correction": 2, "superseded": 3}
    write_csv("truth_cells.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw",
                                  "role"],
              [(r.key[0], r.key[1], r.key[2], fmt_value(r.value), r.file, r.sheet, r.cell, r.raw, role)
               for r, role in sorted(cells, key=lambda x: (x[0].key, order[x[1]], x[0].file, x[0].sheet, x[0].cell))])
    write_csv("ignore.csv", ["community_code", "period", "indicator_code", "file", "sheet", "cell", "raw"],
              [(k[0], k[1], k[2], r.file, r.sheet, r.cell, r.raw) for k, rs in sorted(gaps.items()) for r in rs])
    write_csv("quarter_truth.csv", ["community_code", "period", "indicator_code", "value", "file", "sheet", "cell", "raw"],
              [(r.key[0], r.key[1], r.key[2], fmt_value(r.value), r.file, r.sheet, r.cell, r.raw)
               for r in sorted(quarters, key=lambda x: (x.key, x.file))])
    write_csv("bad_files.csv", ["file", "why"], bad)
    rows = []
    for b in books:
        fmt = FORMAT[os.path.splitext(b.name)[1]]
        if b.is_csv:
            fmt += {"gbk": " GBK", "utf-8": " UTF-8", "utf-8-sig": " UTF-8 BOM"}[b.encoding]
        rows.append((b.rel, fmt, b.writer, ";".join(b.features)))
    for rel, _ in bad:
        rows.append((rel, "xlsx", "bad", "bad_file"))
    write_csv("files.csv", ["file", "format", "writer", "features"], rows)

    per_file = defaultdict(int)
    for r, role in cells:
        per_file[r.file] += 1
    print(f"{len(books)} good files ({sum(b.batch == 'batch1' for b in books)} in batch1), {len(bad)} bad files; "
          f"truth {len(truth)} values, {len(cells)} cells, ignore {len(gaps)} keys, quarter cells {len(quarters)}"
          + (f"; registry {n_registry} communities" if n_registry else "; registry/ not rewritten (no national file)"))


if __name__ == "__main__":
    main()
