"""The 13 居委会's own files (one each, 2025-09 … 2026-03) and four 春节·元宵 走访慰问 files."""
from st_grid import Sheet, multi, val
from st_world import COMMS, PERIOD
from st_street import raw
from st_writers import save

SUZHOU = str.maketrans("0123456789", "〇〡〢〣〤〥〦〧〨〩")

CNM = {9: "九月", 10: "十月", 11: "十一月", 12: "十二月", 1: "一月", 2: "二月", 3: "三月"}
TITLE = {"新湖": "新湖居委", "新陵": "新陵居", "石炮台": "石炮台居委会", "饶平": "石炮台街道饶平居委会", "平原": "金平区平原居委会",
         "中平": "中平居", "长平": "長平居委會", "平东": "平東居委會", "长厦": "长夏居委会", "新华": "石炮台新华居委会",
         "平西": "平西居委", "滨厦": "滨厦居", "滨港": "濱港居委"}
ITEMS = [("注册志愿者", "人", "volunteers"), ("「金平义工」志愿服务", "人次", "volunteer_person_times"),
         ("在册党员", "名", "party_members"), ("文体活动（潮剧、英歌舞进社区）", "场", "cultural_activities")]
WRITERS = ["openpyxl", "xlsxwriter", "xlwt", "odfpy", "csv-gbk", "csv-utf8bom", "openpyxl", "xlsxwriter", "xlwt",
           "odfpy", "openpyxl", "csv-gbk", "xlsxwriter"]
EXT = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods", "csv-gbk": "csv", "csv-utf8bom": "csv"}


def lay_split(code, short):
    sh = Sheet("工作量统计")
    sh.merge(0, 0, 0, 8, f"{TITLE[short]}2025年9月至2026年3月工作情况统计")
    sh.merge(1, 0, 2, 0, "项目")
    sh.merge(1, 1, 2, 1, "单位")
    sh.merge(1, 2, 1, 5, "2025年")
    sh.merge(1, 6, 1, 8, "2026年")
    for j, m in enumerate(PERIOD):
        sh.put(2, 2 + j, CNM[int(m[5:])])
    for i, (lab, unit, ind) in enumerate(ITEMS):
        sh.row(3 + i, 0, [lab, unit])
        for j, m in enumerate(PERIOD):
            val(sh, 3 + i, 2 + j, code, m, ind)
    return [sh], ["year_row_over_chinese_month_headers"]


def lay_blocks(code, short):
    sh = Sheet("Sheet1")
    sh.put(0, 0, f"{TITLE[short]}月度工作数据（2025年9月—2026年3月）")
    for b, (year, ms) in enumerate([("2025", PERIOD[:4]), ("2026", PERIOD[4:])]):
        r0 = 2 + b * 7
        sh.put(r0, 0, f"{year}年度")
        sh.row(r0 + 1, 0, ["项目（单位）"] + [f"{int(m[5:])}月" for m in ms] + (["本年累计"] if year == "2026" else []))
        for i, (lab, unit, ind) in enumerate(ITEMS):
            sh.put(r0 + 2 + i, 0, f"{lab}（{unit}）")
            for j, m in enumerate(ms):
                val(sh, r0 + 2 + i, 1 + j, code, m, ind)
            if year == "2026" and ind in ("volunteer_person_times", "cultural_activities"):
                sh.put(r0 + 2 + i, 1 + len(ms), sum(sh.cells[(r0 + 2 + i, 1 + j)][0] for j in range(len(ms))))
    return [sh], ["two_year_blocks_stacked", "ytd_column_2026_block"]


def lay_kv(code, short):
    out = []
    for m in PERIOD:
        y, mo = int(m[:4]), int(m[5:])
        sh = Sheet(f"{y}年{mo}月")
        sh.put(0, 0, f"{TITLE[short]}{y}年{mo}月工作简报数据")
        for i, (lab, unit, ind) in enumerate(ITEMS):
            sh.put(2 + i, 0, f"{lab}：")
            val(sh, 2 + i, 1, code, m, ind, style="u", unit=unit)
        if mo == 12:
            sh.put(7, 0, "备注：冬节（冬至）组织义工搓丸送长者，活动计入文体活动。")
        out.append(sh)
    return out, ["sheet_per_month", "key_colon_value_with_unit"]


def lay_down(code, short):
    sh = Sheet("月报")
    sh.put(0, 0, f"{TITLE[short]} 2025-2026年度月报")
    sh.row(1, 0, ["月份"] + [lab for lab, _, _ in ITEMS])
    sh.row(2, 0, [""] + [f"（{u}）" for _, u, _ in ITEMS])
    for j, m in enumerate(PERIOD):
        sh.put(3 + j, 0, f"{m[:4]}/{int(m[5:])}")
        for i, (_, _, ind) in enumerate(ITEMS):
            val(sh, 3 + j, 1 + i, code, m, ind, style="fw" if i == 0 else "n")
    return [sh], ["months_down_rows", "units_in_second_header_row", "fullwidth_digits"]


def lay_sentence(code, short):
    sh = Sheet("情况")
    sh.put(0, 0, f"{TITLE[short]}2025年9月至2026年3月志愿服务及党建情况")
    sh.row(1, 0, ["月份", "志愿服务情况", "党员（名）", "文体活动（场）"])
    for j, m in enumerate(PERIOD):
        r = 2 + j
        sh.put(r, 0, f"{m[:4]}年{int(m[5:])}月")
        multi(sh, r, 1, code, m, "注册志愿者累计{0}人，本月服务{1}人次", ["volunteers", "volunteer_person_times"])
        val(sh, r, 2, code, m, "party_members")
        val(sh, r, 3, code, m, "cultural_activities")
    return [sh], ["two_figures_in_sentence_cell"]


LAYOUTS = [lay_split, lay_blocks, lay_kv, lay_down, lay_sentence]


def build(W):
    for i, (short, code, _) in enumerate(COMMS):
        w = WRITERS[i]
        lay = LAYOUTS[i % 5]
        if lay is lay_kv and w.startswith("csv"):
            lay = lay_down
        sheets, feats = lay(code, short)
        if w.startswith("csv"):
            sheets = sheets[:1]
        name = f"batch1/{TITLE[short]}2025年9月-2026年3月工作数据.{EXT[w]}"
        save(name, sheets, w, ["community_file", "name_variant_in_title"] + feats, (2026, 4, 1 + i % 6, 10, 0))
    for i, short in enumerate(["新湖", "饶平", "新华", "滨港"]):
        code = dict((s, c) for s, c, _ in COMMS)[short]
        sh = Sheet("走访慰问")
        sh.put(0, 0, f"{TITLE[short]}2026年春节·元宵（正月营老爷期间）走访慰问统计")
        sh.row(1, 0, ["月份", "慰问困难群众、侨眷老人", "发放慰问品", "备注"])
        for j, m in enumerate(PERIOD[4:]):
            sh.put(2 + j, 0, f"{int(m[5:])}月")
            val(sh, 2 + j, 1, code, m, "people_assisted", style="u", unit="人")
            if short == "滨港":   # 潮汕 shop-ledger 苏州码子 (〡〢〣〤〥〦〧〨〩, 〇)
                raw(sh, 2 + j, 2, code, m, "goods_distributed", lambda v: str(v).translate(SUZHOU) + "件")
            else:
                val(sh, 2 + j, 2, code, m, "goods_distributed", style="u", unit="件（份）")
        sh.put(2, 3, "含冬节后补送")
        if short == "滨港":
            sh.put(3, 3, "慰问品数按老账簿写法（码子）")
        save(f"batch1/{TITLE[short]}2026年春节元宵走访慰问统计.{['xlsx', 'xls', 'ods', 'xlsx'][i]}", [sh],
             ["openpyxl", "xlwt", "odfpy", "xlsxwriter"][i], ["community_file", "festival_visits", "units_glued_text"] + (["suzhou_numerals"] if short == "滨港" else []),
             (2026, 3, 10 + i, 10, 0))
