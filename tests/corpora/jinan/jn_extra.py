"""The four bad files, the two batch2 corrections and the registry extract (the 历下区 rows). Adapted from the 合肥
corpus's hf_extra.py."""
import csv
import gzip
import io
import os

import jn_grid
from jn_grid import REC, Sheet, val
from jn_street_a import jiuzhu
from jn_world import BY_SHORT
from jn_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
HS, WH, YTY = BY_SHORT["环山路"], BY_SHORT["万豪"], BY_SHORT["羊头峪"]
CORRECTIONS = [((HS, "2025-11", "dibao_persons"), 1), ((HS, "2025-11", "dibao_payout_yuan"), 760),
               ((WH, "2025-11", "dibao_households"), -1),
               ((YTY, "2026-01", "people_assisted"), 8), ((YTY, "2026-01", "goods_distributed"), 16)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def _raw(rel, data, sent):
    with open(os.path.join(ROOT, rel), "wb") as f:
        f.write(data)
    touch(os.path.join(ROOT, rel), sent)


def _photo():
    """A phone photo of the paper form (greyish page, ruled lines): a real JPEG, the same bytes on every run."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (360, 480), (226, 222, 212))
    d = ImageDraw.Draw(img)
    d.rectangle((30, 40, 330, 440), fill=(246, 244, 238), outline=(90, 90, 90))
    for y in range(90, 440, 24):
        d.line((30, y, 330, y), fill=(120, 120, 120))
    for x in (60, 190, 250):
        d.line((x, 90, x, 440), fill=(120, 120, 120))
    d.rectangle((80, 52, 280, 70), fill=(60, 60, 60))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def bad_files(W):
    # 1. 山大路社区 of 青岛市即墨区鳌山卫街道 (370215007001, by 山东大学青岛校区): same name, same province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "鳌山卫街道山大路社区2025年10月份工作报表")
    sh.merge(1, 0, 1, 3, "填报单位：青岛市即墨区鳌山卫街道山大路社区居民委员会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理居民诉求", "件", 27), ("办结", "件", 26), ("调解纠纷", "起", 1),
                                        ("实现就业", "人", 9), ("老年人查体", "人", 64), ("走访慰问", "人", 22),
                                        ("注册志愿者", "人", 531), ("党员", "名", 97)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(12, 0, "填报人：孙　电话：0532-87512306　2025年11月3日")
    rel = "batch1/山大路社区2025年10月份工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2025, 11, 3, 16, 0))
    REC.files.pop()
    _bad_entry(rel, "山大路社区 of 青岛市即墨区鳌山卫街道 (370215007001; title, 填报单位 and a 0532 phone say so), not 文东街道"
                    "山大路社区 370102007006; nothing may be loaded", "xlsx")
    # 2. an empty workbook: the clerk saved the new file before pasting the table
    rel = "batch1/文东街道2026年1月民情诉求统计.xlsx"
    save(rel, [Sheet("Sheet1")], "openpyxl", ["bad_file"], (2026, 2, 2, 8, 30))
    REC.files.pop()
    _bad_entry(rel, "an empty workbook (one empty sheet Sheet1): nothing to load; must be reported", "xlsx")
    # 3. a phone photo of the paper form sent under an .xls name
    rel = "batch1/清华园社区2025年12月报表.xls"
    _raw(rel, _photo(), (2026, 1, 5, 12, 10))
    _bad_entry(rel, "a JPEG photo of the paper form (JFIF bytes) saved under an .xls name: not a spreadsheet", "xls")
    # 4. the street's template returned with only blanks
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "文恒社区2025年12月工作报表")
    sh.merge(1, 0, 1, 3, "填报单位：文恒社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月数"])
    for i, (lab, unit) in enumerate([("受理居民诉求", "件"), ("办结", "件"), ("调解纠纷", "起"), ("新增就业岗位", "个"),
                                     ("实现就业", "人"), ("老年人查体", "人"), ("走访慰问", "人"), ("文体活动", "场"),
                                     ("志愿服务", "人次")]):
        sh.row(3 + i, 0, [i + 1, lab, unit])
    sh.put(13, 0, "填表人：　　　　　审核人：　　　　　报送日期：")
    rel = "batch1/文恒社区2025年12月工作报表.xlsx"
    save(rel, [sh], "openpyxl", ["bad_file"], (2026, 1, 6, 9, 0))
    REC.files.pop()
    _bad_entry(rel, "the street's template sent back with every value cell blank: a return of only blanks, nothing to "
                    "load; must be reported", "xlsx")


def corrections(W):
    jn_grid.BATCH[0] = "batch2"
    note = ("更正说明：环山路社区11月漏统新增低保对象1人（低保金相应增加760元），万豪社区低保户数多录1户，"
            "现将全表重新报送，以本表为准。")
    jiuzhu(W, batch="batch2", note=note, sent=(2025, 12, 15, 16, 20))
    m = "2026-01"
    sh = Sheet("更正说明")
    sh.merge(0, 0, 0, 4, "关于更正羊头峪社区2026年元月份工作数据的说明")
    sh.merge(2, 0, 2, 4, "文东街道党政综合办公室：")
    sh.merge(3, 0, 3, 4, "　　我社区2月3日报送的元月份工作月报中，第三网格春节前走访慰问漏统8人、米面油16件，现更正如下：")
    sh.row(4, 0, ["序号", "项目", "单位", "原报数", "更正数"])
    for i, (lab, unit, ind) in enumerate([("走访慰问困难群众", "人", "people_assisted"),
                                          ("发放慰问物资（米面油）", "件", "goods_distributed")]):
        r = 5 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, YTY, m, ind, value=W.old[(YTY, m, ind)], role="superseded")
        val(sh, r, 4, YTY, m, ind)
    sh.merge(8, 0, 8, 4, "　　其余数据不变。特此说明。")
    sh.merge(10, 3, 10, 4, "羊头峪社区居委会")
    sh.merge(11, 3, 11, 4, "2026年2月9日")
    save("batch2/关于更正羊头峪社区2026年元月份工作数据的说明.xlsx", [sh], "openpyxl",
         ["community_file", "letter_like_correction", "correction_partial_rows", "old_and_new_columns"],
         (2026, 2, 9, 10, 10))
    jn_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "370102":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "370102"))
    return len(lines)

