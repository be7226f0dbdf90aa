"""The street office's own files: 民政 (低保) monthly, 平安 workbook with two tables per sheet, 就业 long CSV,
志愿 stacked tables, 文化 transposed (communities across)."""
from ly_grid import REC, Sheet, miss, val  # noqa: F401
from ly_world import CODES, NAME, PERIOD
from ly_writers import save

# how the 民政 clerk writes each community (short names, old 「居委会」 forms, variant characters)
MZ_NAMES = {"410302008001": "丽都社区居委会", "410302008002": "丽景", "410302008003": "中沟社区",
            "410302008004": "国花社区居委会", "410302008006": "营庄", "410302008007": "定鼎北路社区",
            "410302008008": "王城北路", "410302008009": "金谷北路社区", "410302008010": "望朝岭",
            "410302008011": "苏滹沲社区", "410302008012": "水口", "410302008013": "李家凹社区",
            "410302008014": "沟上", "410302008015": "塚头社区", "410302008016": "土桥"}
MZ_TITLE = {"2025-09": "2025年9月份", "2025-10": "二〇二五年十月份", "2025-11": "2025.11月", "2025-12": "2025年12月份（年底）",
            "2026-01": "2026年元月", "2026-02": "2026年2月", "2026-03": "2026年3月"}
MZ_WRITER = {"2025-09": "openpyxl", "2025-10": "xlsxwriter", "2025-11": "xlwt", "2025-12": "odfpy",
             "2026-01": "openpyxl", "2026-02": "csv-gbk", "2026-03": "xlsxwriter"}


def minzheng(W, m, codes=None, note=None, title_extra=""):
    sh = Sheet(f"{int(m[5:])}月低保")
    codes = codes or CODES
    wan = m in ("2025-11", "2026-02")
    across = m == "2025-12"
    sh.put(0, 0, f"邙山街道{MZ_TITLE[m]}城市居民最低生活保障统计表{title_extra}")
    sh.put(1, 0, "西工区邙山街道社会事务办（民政）" + ("　　金额单位：万元" if wan else ""))
    if across:   # communities across the columns, figures down
        sh.put(2, 0, "项目＼社区")
        for j, code in enumerate(codes):
            sh.put(2, 1 + j, MZ_NAMES[code])
        for i, (lab, ind) in enumerate([("保障户数（户）", "dibao_households"), ("保障人数（人）", "dibao_persons"),
                                        ("本月发放（元）", "dibao_payout_yuan")]):
            sh.put(3 + i, 0, lab)
            for j, code in enumerate(codes):
                val(sh, 3 + i, 1 + j, code, m, ind)
        sh.put(7, 0, "注：本表由社会事务办汇总，经办人签字后报区民政局。")
        return sh
    sh.row(2, 0, ["序号", "社区", "户数", "人数", "上月人数", "发放金额", "备注"])
    for i, code in enumerate(codes):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, MZ_NAMES[code])
        val(sh, r, 2, code, m, "dibao_households", style="u" if m == "2026-01" else "n", unit="户")
        val(sh, r, 3, code, m, "dibao_persons")
        pk = (code, W.prev(m), "dibao_persons")
        sh.put(r, 4, W.v[pk])
        sh.rec(r, 4, ("truth", pk, W.v[pk], "prevmonth"))
        if wan:
            val(sh, r, 5, code, m, "dibao_payout_yuan", style="t", div=10000)
        else:
            val(sh, r, 5, code, m, "dibao_payout_yuan", style="k" if m == "2025-10" else "n")
        if i == 2 and m == "2025-09":
            sh.put(r, 6, "新增1户3人（9月12日入保）")
    r = 3 + len(codes)
    sh.put(r, 1, "合计")
    sh.put(r, 2, sum(W.v[(c, m, "dibao_households")] for c in codes))
    sh.put(r, 3, sum(W.v[(c, m, "dibao_persons")] for c in codes))
    if note:
        sh.put(r + 2, 0, note)
    return sh


def build_minzheng(W):
    for m in PERIOD:
        stem = f"邙山街道{MZ_TITLE[m]}低保统计表"
        ext = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods", "csv-gbk": "csv"}[MZ_WRITER[m]]
        feats = ["street_file", "name_variants", "prev_month_column"]
        if m in ("2025-11", "2026-02"):
            feats.append("wan_yuan_in_subtitle")
        if m == "2025-12":
            feats = ["street_file", "transposed_communities_across", "year_end_word_in_title"]
        save(f"batch1/{stem}.{ext}", [minzheng(W, m)], MZ_WRITER[m], feats, (2026, 4, 1, 9, 0))


def pingan(W):
    """One workbook, one sheet per month, two side-by-side tables on each sheet."""
    sheets = []
    for m in PERIOD:
        y, mo = int(m[:4]), int(m[5:])
        sh = Sheet(f"{mo}月" if y == 2025 else f"{y}.{mo}")
        sh.put(0, 0, f"邙山街道{y}年{mo}月群防群治力量及治安案件情况")
        sh.row(2, 0, ["一、巡逻队伍", None, None, None, "二、治安案件（派出所反馈）"])
        sh.row(3, 0, ["社区", "巡防队员", "平安信息员", None, "社区", "立案起数"])
        for i, code in enumerate(CODES):
            r = 4 + i
            sh.put(r, 0, NAME[code])
            val(sh, r, 1, code, m, "patrol_members", style="u" if mo == 1 else "n", unit="人")
            val(sh, r, 2, code, m, "informants")
            # the 案件 table lists the communities in the 派出所's order (reversed)
            c2 = CODES[len(CODES) - 1 - i]
            sh.put(r, 4, NAME[c2] + "社区")
            if c2 == CODES[5] and m == "2025-12":
                miss(sh, r, 5, c2, m, "security_cases", "待派出所核实")
            else:
                val(sh, r, 5, c2, m, "security_cases", style="wu")
        sheets.append(sh)
    save("batch1/邙山街道平安建设台账（2025年9月至2026年3月）.xlsx", sheets, "xlsxwriter",
         ["street_file", "sheet_per_month", "two_tables_side_by_side", "second_table_other_order", "wu_for_zero",
          "sheet_names_mixed_year"], (2026, 4, 2, 9, 0))


def jiuye(W):
    """The 劳动保障所's long list: one line per community, month and item (UTF-8 with BOM)."""
    sh = Sheet("jiuye")
    sh.row(0, 0, ["社区名称", "统计月份", "指标", "数量", "备注"])
    r = 1
    for m, mt in (("2026-02", "2026-2"), ("2026-03", "26年3月")):
        for code in CODES:
            for lab, ind in (("新增就业岗位（个）", "jobs_created"), ("其中：公益性岗位（个）", "public_welfare_jobs"),
                             ("实现就业（人）", "people_employed")):
                sh.row(r, 0, [NAME[code] + "社区", mt, lab])
                val(sh, r, 3, code, m, ind, style="t")
                if ind == "people_employed" and code == CODES[3]:
                    sh.put(r, 4, "春风行动专场招聘会（王城公园）")
                r += 1
    save("batch1/邙山街道春风行动就业情况（2026年2-3月）.csv", [sh], "csv-utf8bom",
         ["street_file", "long_format", "month_column_mixed_writings", "qizhong_part_row"], (2026, 4, 3, 9, 0))


def zhiyuan(W):
    """「河洛志愿红」: two months stacked on one sheet, each with its own caption."""
    sh = Sheet("志愿服务")
    sh.put(0, 0, "邙山街道新时代文明实践所“河洛志愿红”志愿服务统计")
    r = 2
    for m in ("2025-10", "2025-11"):
        sh.put(r, 0, f"（{'一' if m == '2025-10' else '二'}）2025年{int(m[5:])}月")
        sh.row(r + 1, 0, ["社区", "注册志愿者（人）", "服务人次"])
        for i, code in enumerate(CODES):
            sh.put(r + 2 + i, 0, NAME[code])
            val(sh, r + 2 + i, 1, code, m, "volunteers")
            val(sh, r + 2 + i, 2, code, m, "volunteer_person_times", style="u", unit="人次")
        r += 2 + len(CODES) + 2
    save("batch1/邙山街道志愿服务统计表（2025年10月、11月）.xlsx", [sh], "openpyxl",
         ["street_file", "stacked_month_tables", "unit_in_cell"], (2025, 12, 5, 9, 0))


def wenhua(W):
    for m, wr, ext in (("2025-12", "xlwt", "xls"), ("2026-01", "odfpy", "ods"), ("2026-02", "csv-utf8", "csv")):
        sh = Sheet(f"{int(m[5:])}月")
        sh.put(0, 0, f"邙山街道{m[:4]}年{int(m[5:])}月文化活动开展情况（含河洛文化进社区）")
        sh.put(1, 0, "社区")
        for j, code in enumerate(CODES):
            sh.put(1, 1 + j, NAME[code])
        sh.put(2, 0, "文体活动（场）")
        sh.put(3, 0, "宣讲/讲座（次）")
        for j, code in enumerate(CODES):
            val(sh, 2, 1 + j, code, m, "cultural_activities")
            val(sh, 3, 1 + j, code, m, "lectures_held", style="fw" if m == "2026-01" else "n")
        sh.put(5, 0, "报送：街道宣传办（文化站）")
        save(f"batch1/邙山街道{m[:4]}年{int(m[5:])}月文化活动开展情况.{ext}", [sh], wr,
             ["street_file", "transposed_communities_across"] + (["fullwidth_digits"] if m == "2026-01" else []),
             (2026, 3, 5, 9, 0))


def build(W):
    build_minzheng(W)
    pingan(W)
    jiuye(W)
    zhiyuan(W)
    wenhua(W)
