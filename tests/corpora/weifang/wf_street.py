"""The street office's own departments: 民政办 低保 (7 monthly files, communities across, 合计 column FIRST, 上月 row,
大写 amounts), 综治中心 平安 (one workbook a year, a sheet per month named in 汉字), 人社所 就业 (blocks per community
stacked down one sheet, months across, 1–N月累计 column)."""
from wf_grid import Sheet, miss, val
from wf_render import dx
from wf_world import COMMS, NAME, PERIOD
from wf_writers import save

CNM = {1: "元", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}
# how the 民政办 heads its community columns (宝通 and 凤凰 are ALSO communities of other streets of 奎文区!)
MZ_HEAD = {"鑫叶": "鑫叶", "南屯": "南屯", "新茂": "新茂", "广潍": "广潍", "宝通街": "宝通", "凤凰街": "凤凰",
           "崇文街": "崇文街", "南家": "南家", "金沙窝": "金沙窝", "涧头院": "涧头院"}
MZ_WRITERS = {"2025-09": "openpyxl", "2025-10": "xlwt", "2025-11": "odfpy", "2025-12": "xlsxwriter",
              "2026-01": "csv-gbk", "2026-02": "openpyxl", "2026-03": "xlwt"}


def mz_name(m):
    y, mo = int(m[:4]), int(m[5:])
    return f"廿里堡街道民政办{y}年{'元' if mo == 1 else mo}月城乡低保情况统计"


def minzheng(W, m, comms=None, note=None):
    comms = comms or [(s, c) for s, c, _ in COMMS]
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet(f"{CNM[mo]}月低保")
    n = len(comms)
    sh.merge(0, 0, 0, n + 1, f"{mz_name(m)}表")
    sh.put(1, 0, "报送单位：廿里堡街道民政办（盖章）")
    sh.put(1, n, f"{y}年{CNM[mo]}月")
    sh.put(2, 0, "项  目")
    sh.put(2, 1, "合计")
    for j, (s, c) in enumerate(comms):
        sh.put(2, 2 + j, MZ_HEAD[s])
    rows = [("低保户数（户）", "dibao_households", None), ("低保人数（人）", "dibao_persons", None),
            ("上月低保人数（人）", "dibao_persons", "prev"), ("本月发放低保金", "dibao_payout_yuan", None)]
    for i, (lab, ind, kind) in enumerate(rows):
        r = 3 + i
        sh.put(r, 0, lab)
        tot = 0
        for j, (s, c) in enumerate(comms):
            mm = W.prev(m) if kind == "prev" else m
            if kind == "prev":
                val(sh, r, 2 + j, c, mm, ind, role="prevmonth")
                tot += W.v[(c, mm, ind)]
            elif ind == "dibao_payout_yuan" and mo in (10, 2):
                val(sh, r, 2 + j, c, m, ind, style="t")
                sh.put(r, 2 + j, dx(sh.cells[(r, 2 + j)][0]))
                tot += W.v[(c, m, ind)]
            else:
                val(sh, r, 2 + j, c, m, ind, div=10000 if (ind == "dibao_payout_yuan" and mo == 12) else 1)
                tot += W.v[(c, m, ind)]
        if not note:
            sh.put(r, 1, round(tot / 10000, 4) if (ind == "dibao_payout_yuan" and mo == 12) else tot)
    sh.put(7, 0, "注：低保金单位为元；12月份按万元填报。" if mo != 12 else "注：本月低保金单位：万元（保留4位小数）")
    if note:
        sh.merge(8, 0, 8, n + 1, note)
    sh.put(9, 0, "审核人：王　　填表人：刘　　联系电话：0536-8236xxx")
    return sh


def build_minzheng(W):
    for m in PERIOD:
        w = MZ_WRITERS[m]
        ext = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods", "csv-gbk": "csv"}[w]
        feats = ["street_file", "communities_across", "total_column_first", "prev_month_row_shangyue",
                 "namesake_short_heads_baotong_fenghuang"]
        if int(m[5:]) in (10, 2):
            feats.append("amount_with_daxie")
        if m == "2025-12":
            feats.append("wanyuan_by_footnote_only")
        if m == "2026-01":
            feats.append("yuanyue_for_january")
        save(f"batch1/{mz_name(m)}表.{ext}", [minzheng(W, m)], w, feats, (int(m[:4]), int(m[5:]), 28, 9, 0))


SAFE = [("巡逻队员", "patrol_members"), ("平安信息员", "informants"), ("治安案件", "security_cases")]


def ping_an_sheet(W, m):
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet(f"{CNM[mo]}月")
    sh.merge(0, 0, 0, 4, f"廿里堡街道{y}年群防群治力量及治安案件月报（{CNM[mo]}月份）")
    sh.row(1, 0, ["网格片区", "社区", "巡逻队员", "平安信息员", "治安案件"])
    sh.row(2, 0, ["", "", "人", "名", "起"])
    order = [COMMS[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)]
    for i, (s, c, _) in enumerate(order):
        r = 3 + i
        if i % 5 == 0:
            sh.merge(r, 0, r + 4, 0, "东片" if i == 0 else "西片")
        sh.put(r, 1, {"宝通街": "宝通街", "凤凰街": "凤凰街社区"}.get(s, s))
        val(sh, r, 2, c, m, "patrol_members")
        if s == "南家" and m == "2025-12":
            miss(sh, r, 3, c, m, "informants", "待统计")
        else:
            val(sh, r, 3, c, m, "informants", style="u", unit="名" if s == "金沙窝" else "")
        val(sh, r, 4, c, m, "security_cases", style="cn")
    sh.put(14, 0, "说明：治安案件以派出所立案为准，“无”即0起。")
    return sh


def build_pingan(W):
    save("batch1/廿里堡街道综治中心2025年9-12月平安建设月报.xlsx",
         [ping_an_sheet(W, m) for m in ("2025-09", "2025-10", "2025-11", "2025-12")], "xlsxwriter",
         ["street_file", "sheet_per_month_hanzi_names", "unit_row_under_header", "pianqu_merged_groups",
          "cn_numerals_wu", "daitongji_marker"], (2026, 1, 5, 9, 0))
    save("batch1/廿里堡街道综治中心2026年一季度平安建设月报.ods",
         [ping_an_sheet(W, m) for m in ("2026-01", "2026-02", "2026-03")], "odfpy",
         ["street_file", "sheet_per_month_hanzi_names", "yuanyue_sheet", "unit_row_under_header",
          "pianqu_merged_groups", "cn_numerals_wu"], (2026, 4, 3, 9, 0))


JOBS = [("新增就业岗位（个）", "jobs_created"), ("　其中：公益性岗位（个）", "public_welfare_jobs"),
        ("实现就业（人）", "people_employed"), ("创业担保贷款（万元）", "micro_loans_yuan")]
JOB_NAME = {"鑫叶": "鑫叶社区", "南屯": "南屯社区", "新茂": "新茂社区", "广潍": "广潍社区", "宝通街": "宝通街社区",
            "凤凰街": "凤凰街社区", "崇文街": "崇文街社区", "南家": "南家社区", "金沙窝": "金沙窝社区", "涧头院": "涧头院社区"}


def jobs_sheet(W, months, name):
    y = int(months[0][:4])
    sh = Sheet(name)
    sh.put(0, 0, f"廿里堡街道人社所{y}年{int(months[0][5:])}-{int(months[-1][5:])}月就业创业分社区台账")
    r = 2
    for s, c, _ in COMMS:
        sh.put(r, 0, f"■ {JOB_NAME[s]}")
        sh.row(r + 1, 0, ["指标"] + [f"{int(m[5:])}月" for m in months] + [f"1-{int(months[-1][5:])}月累计"])
        for i, (lab, ind) in enumerate(JOBS):
            rr = r + 2 + i
            sh.put(rr, 0, lab)
            for j, m in enumerate(months):
                if ind == "micro_loans_yuan":
                    val(sh, rr, 1 + j, c, m, ind, style="t", div=10000)
                else:
                    val(sh, rr, 1 + j, c, m, ind)
            tot = W.ytd(c, months[-1], ind)
            sh.put(rr, 1 + len(months), str(tot / 10000).rstrip("0").rstrip(".") if ind == "micro_loans_yuan" else tot)
        r += 2 + len(JOBS) + 1
    sh.put(r, 0, "备注：累计数含本表未列月份；贷款为0的填0。")
    return sh


def build_jobs(W):
    save("batch1/廿里堡街道人社所2025年9-12月就业创业台账.csv",
         [jobs_sheet(W, ["2025-09", "2025-10", "2025-11", "2025-12"], "台账")], "csv-utf8bom",
         ["street_file", "csv_utf8_bom", "blocks_per_community_stacked", "months_across", "ytd_column_from_january",
          "wanyuan_in_row_label"], (2026, 1, 8, 9, 0))
    save("batch1/廿里堡街道人社所2026年1-3月就业创业台账.xlsx",
         [jobs_sheet(W, ["2026-01", "2026-02", "2026-03"], "2026一季度")], "xlsxwriter",
         ["street_file", "blocks_per_community_stacked", "months_across", "ytd_column_from_january",
          "wanyuan_in_row_label"], (2026, 4, 8, 9, 0))


def build(W):
    build_minzheng(W)
    build_pingan(W)
    build_jobs(W)
