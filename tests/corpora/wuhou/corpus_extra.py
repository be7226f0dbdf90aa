"""The four bad files, the batch2 correction and the registry extract (武侯区 from the national file)."""
import csv
import gzip
import io
import os

from corpus_comm_a import HONGMEN_OLD, hongmen_sheet
from corpus_grid import Sheet, write_book
from corpus_render import d

BAD = []   # bad_files.csv rows


def _bad(ctx, relpath, sheets, writer, sent, why):
    write_book(ctx.root, relpath, sheets, writer, ctx.rec, sent=sent)
    BAD.append(dict(file=relpath, why=why))
    ctx.files.append(dict(file=relpath, format="xlsx", writer="bad", features="bad_file"))


def bad_files(ctx):
    _bad(ctx, "batch1/倪家桥社区2026年1月报表.xlsx", [Sheet("Sheet1")], "openpyxl", d(2026, 2, 5),
         "empty workbook: one sheet, no cells; nothing to load, must be reported")
    note = Sheet("说明")
    note.put(0, 0, "棕北社区2026年3月数据已通过“天府市民云”社区治理平台报送，本表不再重复填写。")
    note.put(2, 0, "如需核对请联系社区综合办，电话028-85239916。")
    note.put(3, 0, "棕北社区居委会　2026年4月2日")
    _bad(ctx, "batch1/棕北社区2026年3月报表.xlsx", [note], "openpyxl", d(2026, 4, 2),
         "a note only (one sheet, three text lines, no table): nothing to load, must be reported")
    other = Sheet("Sheet1")
    other.merge(0, 0, 0, 3, "水晶宫社区2026年1月工作报表")
    other.put(1, 0, "填报单位：五华区华山街道水晶宫社区居民委员会")
    other.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (label, unit, x) in enumerate([("受理居民诉求", "件", 41), ("诉求办结", "件", 39), ("调解纠纷", "起", 2),
                                          ("新增就业岗位", "个", 6), ("实现就业", "人", 9), ("低保户", "户", 17),
                                          ("低保人数", "人", 25), ("注册志愿者", "人", 512), ("党员", "人", 233)], 1):
        other.row(2 + i, 0, [i, label, unit, x])
    other.put(13, 0, "填报日期：2026年2月3日")
    _bad(ctx, "batch1/水晶宫社区2026年1月工作报表.xlsx", [other], "openpyxl", d(2026, 2, 6),
         "community of another city: 水晶宫社区居民委员会 530102001002 (云南省昆明市五华区华山街道), "
         "not in 武侯区 510107; nothing may be loaded")
    cut = Sheet("Sheet1")
    cut.merge(0, 0, 0, 2, "电信路社区2026年2月工作报表")
    cut.row(1, 0, ["项目", "单位", "本月"])
    for i, (label, unit) in enumerate([("受理诉求", "件"), ("办结诉求", "件"), ("巡逻队员", "人"), ("信息员", "人"),
                                       ("注册志愿者", "人"), ("志愿服务", "人次"), ("常住人口", "人")]):
        cut.row(2 + i, 0, [label, unit, ctx.rng.randint(20, 400)])
    rel = "batch1/电信路社区2026年2月报表.xlsx"
    _bad(ctx, rel, [cut], "openpyxl", d(2026, 3, 5),
         "truncated zip: a valid xlsx cut at 60% of its bytes (no central directory)")
    path = os.path.join(ctx.root, rel)
    st = os.stat(path)
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: int(len(data) * 0.6)])
    os.utime(path, (st.st_mtime, st.st_mtime))


def correction(ctx):
    """batch2: 黉门街社区 sends its January report again, 「更正」, three figures changed."""
    sh = hongmen_sheet(ctx, "黉门街社区2026年1月工作月报（更正）", role="duplicate")
    sh.records = [(k, key, v, ref, raw, "correction" if key[2] in HONGMEN_OLD else role)
                  for k, key, v, ref, raw, role in sh.records]
    sh.put(21, 0, "说明：1月诉求受理、办结数据及注册志愿者人数录入有误，现更正。")
    ctx.write("batch2/黉门街社区2026年1月报表（更正）.xlsx", [sh], "openpyxl", d(2026, 2, 24),
              ["community_file", "indicators_as_rows", "title_month_full", "period_date_cell", "unit_column",
               "seq_column", "correction_batch2", "notes_rows", "xlsx_openpyxl"])


def registry(here):
    """registry/: the 武侯区 rows of the national statistical division files (villages.csv.gz and
    streets.csv), cut from $ADMIN_DIVISIONS or /work/shared/data/admin_divisions when present."""
    src = None
    for c in (os.environ.get("ADMIN_DIVISIONS", ""), os.path.join(here, "..", "..", "..", "..", "shared", "data",
              "admin_divisions"), "/work/shared/data/admin_divisions"):
        if c and os.path.exists(os.path.join(c, "villages.csv.gz")) and os.path.exists(os.path.join(c, "streets.csv")):
            src = c
            break
    if src is None:
        print("national registry not found: registry/ left as it is")
        return
    out = os.path.join(here, "registry")
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(src, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    keep = [lines[0]] + [ln for ln in lines[1:] if ln.split(",")[0].startswith("510107")]
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="villages.csv", mode="wb", fileobj=raw, mtime=0) as g:
            g.write(("\n".join(keep) + "\n").encode("utf-8"))
    with open(os.path.join(src, "streets.csv"), encoding="utf-8", newline="") as f:
        slines = f.read().splitlines()
    skeep = [slines[0]] + [ln for ln in slines[1:] if ln.split(",")[0].startswith("510107")]
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(skeep) + "\n")
    rows = list(csv.DictReader(io.StringIO("\n".join(keep))))
    print(f"registry: {len(rows)} communities of 武侯区, {len(skeep) - 1} streets")
