#!/usr/bin/env python3
"""Build the 大理市·太和街道 blind corpus: batch1/, batch2/, truth and cell tables, registry cut.

    /work/main/.venv/bin/python tests/corpora/dali/make_corpus.py
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dl_core  # noqa: E402
import dl_comm  # noqa: E402
import dl_street  # noqa: E402
import dl_extra  # noqa: E402


def main():
    for b in ("batch1", "batch2"):
        shutil.rmtree(os.path.join(dl_core.ROOT, b), ignore_errors=True)
        os.makedirs(os.path.join(dl_core.ROOT, b))
    W = dl_core.build_world()
    dl_comm.community_files(W)
    dl_comm.guanyi_transposed(W)
    dl_comm.village_files(W)
    dl_comm.sanhe_files(W)
    dl_comm.daguanyi_file(W)
    dl_street.minzheng(W)
    dl_street.pingan(W)
    dl_street.jiuye(W)
    dl_extra.volunteers(W)
    dl_extra.bad_files()
    dl_extra.corrections(W)
    n = dl_extra.registry()
    dl_core.write_tables()
    print(f"{len(dl_core.FILES)} files, {len(dl_core.TRUTH)} truth values, {len(dl_core.CELLS)} cells, "
          f"{len(dl_core.IGNORE)} ignored, registry {n} rows")


if __name__ == "__main__":
    main()
