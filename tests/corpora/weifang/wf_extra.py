"""Bad files, the two batch2 corrections and the registry extract (the 奎文区 rows)."""
import csv
import gzip
import os

import wf_grid
from wf_grid import REC, Sheet, val
from wf_street import minzheng, mz_name
from wf_world import BY_SHORT
from wf_writers import ROOT, save, touch

NATIONAL = "/work/shared/data/admin_divisions"
NT, FH = BY_SHORT["南屯"], BY_SHORT["凤凰街"]
CORRECTIONS = [((NT, "2025-11", "dibao_persons"), 2), ((NT, "2025-11", "dibao_payout_yuan"), 1000),
               ((FH, "2026-02", "petitions_received"), 5), ((FH, "2026-02", "petitions_resolved"), 4)]


def plan(W):
    for key, d in CORRECTIONS:
        W.correct(key, W.v[key] + d)


def _bad_entry(path, why, fmt):
    REC.bad.append(dict(file=path, why=why))
    REC.files.append(dict(file=path, format=fmt, writer="bad", features="bad_file"))


def bad_files(W):
    # 1. an empty workbook: the clerk saved the template before filling it
    sh = Sheet("Sheet1")
    save("batch1/新茂社区2026年3月报表（空）.xlsx", [sh], "openpyxl", ["bad_file"], (2026, 4, 1, 9, 0))
    REC.files.pop()
    _bad_entry("batch1/新茂社区2026年3月报表（空）.xlsx", "an empty workbook (one blank Sheet1): nothing to load; must be "
               "reported, not silently accepted", "xlsx")
    # 2. a workbook with no table: the 风筝会 schedule notice
    sh = Sheet("通知")
    lines = ["关于做好第43届潍坊国际风筝会期间社区志愿服务的通知", "各社区居委会：",
             "　　第43届潍坊国际风筝会将于2026年4月在滨海国际风筝放飞场举办，请各社区于3月25日前报送志愿者名单。",
             "　　联系人：街道团工委　小赵", "廿里堡街道办事处　2026年3月16日"]
    for i, t in enumerate(lines):
        sh.put(i, 0, t)
    save("batch1/廿里堡街道2026年3月风筝会志愿服务通知.xls", [sh], "xlwt", ["bad_file"], (2026, 3, 16, 9, 0))
    REC.files.pop()
    _bad_entry("batch1/廿里堡街道2026年3月风筝会志愿服务通知.xls", "a notice (通知) typed into a sheet: five lines of text, no "
               "table and no figures", "xls")
    # 3. 南屯社区 of 太原市万柏林区长风西街街道 (140109013010): a real namesake in another province
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "长风西街街道南屯社区2026年1月工作报表")
    sh.put(1, 0, "填报单位：太原市万柏林区长风西街街道南屯社区居民委员会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月"])
    for i, (lab, unit, x) in enumerate([("受理群众诉求", "件", 27), ("办结", "件", 26), ("调解矛盾纠纷", "起", 3),
                                        ("文体活动", "场", 4), ("志愿服务", "人次", 205), ("低保户数", "户", 17)]):
        sh.row(3 + i, 0, [i + 1, lab, unit, x])
    sh.put(10, 0, "填报人：郭　电话：0351-6012345　2026年2月3日")
    save("batch1/南屯社区2026年1月工作报表.xlsx", [sh], "xlsxwriter", ["bad_file"], (2026, 2, 3, 9, 0))
    REC.files.pop()
    _bad_entry("batch1/南屯社区2026年1月工作报表.xlsx", "南屯社区 of 太原市万柏林区长风西街街道 (140109013010; title, "
               "填报单位 and an 0351 phone say so), not 廿里堡街道南屯社区 370705004006; nothing may be loaded", "xlsx")
    # 4. a zero-byte CSV (the export failed)
    with open(os.path.join(ROOT, "batch1/金沙窝社区2025年12月数据导出.csv"), "wb"):
        pass
    touch(os.path.join(ROOT, "batch1/金沙窝社区2025年12月数据导出.csv"), (2026, 1, 4, 9, 0))
    _bad_entry("batch1/金沙窝社区2025年12月数据导出.csv", "a zero-byte CSV (a failed export): nothing to load", "csv")


def corrections(W):
    wf_grid.BATCH[0] = "batch2"
    comms = [("鑫叶", BY_SHORT["鑫叶"]), ("南屯", NT), ("新茂", BY_SHORT["新茂"])]
    note = "更正说明：南屯社区11月新增低保对象2人漏报，低保金相应补发1000元；本表仅列鑫叶、南屯、新茂三个社区，其余社区数据不变。"
    save(f"batch2/{mz_name('2025-11')}表（更正）.xlsx", [minzheng(W, "2025-11", comms, note=note)], "openpyxl",
         ["street_file", "correction_partial_columns", "communities_across", "no_total_in_correction",
          "unchanged_communities_resent"], (2025, 12, 15, 15, 0))
    m = "2026-02"
    sh = Sheet("更正")
    sh.merge(0, 0, 0, 4, "凤凰街社区关于2026年2月民情诉求数据的更正")
    sh.merge(1, 0, 1, 4, "街道党政办：我居委2月份报表中漏录“12345”热线转办诉求5件（已办结4件），现更正如下：")
    sh.row(2, 0, ["序号", "事项", "单位", "原报", "更正为"])
    for i, (lab, ind) in enumerate([("受理群众诉求", "petitions_received"), ("办结", "petitions_resolved")]):
        r = 3 + i
        sh.row(r, 0, [i + 1, lab, "件"])
        val(sh, r, 3, FH, m, ind, value=W.old[(FH, m, ind)], role="superseded")
        val(sh, r, 4, FH, m, ind)
    sh.put(6, 0, "凤凰街居委　2026年3月10日")
    save("batch2/凤凰街社区2026年2月数据更正.xlsx", [sh], "xlsxwriter",
         ["community_file", "correction_partial_rows", "old_and_new_columns"], (2026, 3, 10, 9, 0))
    wf_grid.BATCH[0] = "batch1"


def registry():
    out = os.path.join(ROOT, "registry")
    os.makedirs(out, exist_ok=True)
    lines = []
    with gzip.open(os.path.join(NATIONAL, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        head = f.readline()
        for line in f:
            if next(csv.reader([line]))[5] == "370705":
                lines.append(line)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as g:
            g.write((head + "".join(lines)).encode("utf-8"))
    with open(os.path.join(NATIONAL, "streets.csv"), encoding="utf-8", newline="") as f:
        rows = f.readlines()
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(rows[0] + "".join(r for r in rows[1:] if next(csv.reader([r]))[2] == "370705"))
    return len(lines)
