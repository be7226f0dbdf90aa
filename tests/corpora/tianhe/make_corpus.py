#!/usr/bin/env python3
"""Rewrite the 天河区·长兴街道 corpus: batch1/, batch2/, registry/ and every CSV beside this script.

    python make_corpus.py      # needs openpyxl, xlsxwriter, xlwt, odfpy, zhconv (the project .venv has them)

The modules beside it (imported from this folder): corpus_world (place, months, figures), corpus_grid (cells,
merges, writers, recorder), corpus_render (how a clerk writes a number), corpus_street_a/b (street-office files),
corpus_comm_a/b (community files), corpus_extra (bad files, the batch2 correction, the registry extract).
"""
import csv
import os
import shutil
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus_comm_a  # noqa: E402
import corpus_comm_b  # noqa: E402
import corpus_extra  # noqa: E402
import corpus_street_a  # noqa: E402
import corpus_street_b  # noqa: E402
import corpus_world as W  # noqa: E402
from corpus_grid import Recorder, save, stamp  # noqa: E402

KEY = ("community_code", "period", "indicator_code")


def write_csv(name, fields, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r[k] for k in fields})


def truth_from(rec):
    values = defaultdict(set)
    corrected = set()
    for c in rec.truth:
        k = tuple(c[x] for x in KEY)
        if c["role"] != "superseded":
            values[k].add(c["value"])
        if c["role"] == "correction":
            corrected.add(k)
    bad = {k: v for k, v in values.items() if len(v) != 1}
    assert not bad, f"one key, several values: {list(bad.items())[:5]}"
    for c in rec.truth:
        k = tuple(c[x] for x in KEY)
        if c["role"] == "superseded":
            assert k in corrected, f"superseded without a correction: {k}"
            assert c["value"] not in values[k], k
    return {k: next(iter(v)) for k, v in values.items()}


def main():
    for d in ("batch1", "batch2", "registry"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    _rng, fig, wrong = W.new_world()
    rec = Recorder()
    builders = corpus_street_a.FILES + corpus_street_b.FILES + corpus_comm_a.FILES + corpus_comm_b.FILES
    for build in builders:
        book = build(fig, wrong)
        path = save(book, HERE, rec)
        if build is corpus_comm_b.c12_tiane_feb:
            dup = corpus_comm_b.c12b_copy(book)
            dst = os.path.join(HERE, dup.relpath)
            shutil.copyfile(path, dst)
            stamp(dst, dup.sent)
            rec.emit(dup)
            rec.files.append(dict(file=dup.relpath, format="xlsx", writer="copy", features=";".join(dup.features)))
    corpus_extra.correction(fig, wrong, HERE, rec)
    corpus_extra.bad_files(HERE)
    for f, _why in corpus_extra.BAD:
        rec.files.append(dict(file=f, format="xlsx", writer="bad", features="bad_file"))
    n_vil, n_str, n_comm = corpus_extra.registry(HERE)

    truth = truth_from(rec)
    # the same key in two batch1 files of different content holds the same value, except the 兴科 resend
    ignore = {}
    for c in rec.ignore:
        k = tuple(c[x] for x in KEY)
        if k not in truth:
            ignore.setdefault(k, c)
    quarter = {}
    for c in rec.quarter:
        k = tuple(c[x] for x in KEY)
        assert quarter.get(k, c)["value"] == c["value"], k
        quarter.setdefault(k, c)

    write_csv("truth.csv", list(KEY) + ["value"],
              [dict(zip(KEY, k), value=v) for k, v in sorted(truth.items())])
    cells = sorted(rec.truth, key=lambda c: (c["community_code"], c["period"], c["indicator_code"], c["file"],
                                             c["sheet"], len(c["cell"]), c["cell"]))
    write_csv("truth_cells.csv", list(KEY) + ["value", "file", "sheet", "cell", "raw", "role"], cells)
    write_csv("ignore.csv", list(KEY) + ["file", "sheet", "cell", "raw"],
              [ignore[k] for k in sorted(ignore)])
    write_csv("quarter_truth.csv", list(KEY) + ["value", "file", "sheet", "cell", "raw"],
              sorted(rec.quarter, key=lambda c: (c["community_code"], c["period"], c["indicator_code"], c["file"])))
    write_csv("bad_files.csv", ["file", "why"], [dict(file=f, why=w) for f, w in corpus_extra.BAD])
    write_csv("files.csv", ["file", "format", "writer", "features"], rec.files)

    good = [f for f in rec.files if f["writer"] != "bad"]
    print(f"files: {len(good)} good ({Counter(f['writer'] for f in good)}), {len(corpus_extra.BAD)} bad")
    print(f"truth {len(truth)} keys, {len(cells)} cells ({Counter(c['role'] for c in cells)}); "
          f"ignore {len(ignore)}; quarter cells {len(rec.quarter)} ({Counter(c['period'] for c in rec.quarter)})")
    print(f"registry: {n_vil} villages, {n_str} streets, {n_comm} in {W.STREET}")
    if "--coverage" in sys.argv:
        by = defaultdict(int)
        for (code, per, ind) in truth:
            by[(per, ind)] += 1
        print("coverage (communities per month and indicator):")
        print(f"{'':28}" + " ".join(p[2:] for p in W.MONTHS))
        for ind in W.INDICATORS:
            print(f"{ind:28}" + " ".join(f"{by[(p, ind)]:5}" for p in W.MONTHS))


if __name__ == "__main__":
    main()
