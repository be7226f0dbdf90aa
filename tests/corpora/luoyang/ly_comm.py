"""Community files: 丽都 monthly 项目 lists (本月 / 上月 / 本年累计), 国花's one sheet with seven months across,
营庄's form-like 基本情况 (two label/value pairs per row)."""
from ly_grid import Sheet, val
from ly_world import BY_SHORT, PERIOD
from ly_writers import save

LD = BY_SHORT["丽都"]
LIDU = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
        ("调处矛盾纠纷", "起", "disputes_mediated"), ("老年人免费查体", "人", "free_health_checks"),
        ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed")]
LD_WRITER = {"2025-09": ("xlsxwriter", "xlsx"), "2025-10": ("openpyxl", "xlsx"), "2025-11": ("xlwt", "xls"),
             "2025-12": ("openpyxl", "xlsx"), "2026-01": ("xlsxwriter", "xlsx"), "2026-02": ("xlwt", "xls"),
             "2026-03": ("openpyxl", "xlsx")}


def lidu_sheet(W, m, corr=False):
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 6, f"丽都社区{mo}月份工作完成情况{'（更正版）' if corr else ''}")
    sh.put(1, 0, "单位：邙山街道丽都社区居委会")
    sh.put(1, 5, f"{y}年{mo}月{28 if mo != 2 else 26}日")
    sh.row(2, 0, ["序号", "工作项目", "计量单位", "本月完成", "上月完成", "本年累计", "备注"])
    for i, (lab, unit, ind) in enumerate(LIDU):
        r = 3 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, LD, m, ind)
        pk = (LD, W.prev(m), ind)
        sh.put(r, 4, W.v[pk])
        sh.rec(r, 4, ("truth", pk, W.v[pk], "prevmonth"))
        sh.put(r, 5, sum(W.v[(LD, x, ind)] for x in W_ALL if x[:4] == m[:4] and x <= m))
        if ind == "petitions_received":
            sh.put(r, 6, f"其中12345转办{max(1, W.v[(LD, m, ind)] // 4)}件")
        if ind == "free_health_checks" and mo == 10:
            sh.put(r, 6, "重阳节集中查体")
    sh.put(10, 0, "社区书记：      填表人：王　　电话：0379-63******")
    return sh


W_ALL = []


def lidu(W):
    from ly_world import ALL
    W_ALL[:] = ALL
    for m in PERIOD:
        wr, ext = LD_WRITER[m]
        mo = int(m[5:])
        name = f"丽都社区{m[:4]}年{mo}月工作完成情况.{ext}" if mo != 1 else f"丽都社区{m[:4]}年1月份工作完成情况.{ext}"
        save(f"batch1/{name}", [lidu_sheet(W, m)], wr,
             ["community_file", "title_month_without_year", "prev_month_column", "ytd_column_resets_january",
              "remark_with_part_number"], (2026, 4, 1, 10, 0))


GH = BY_SHORT["国花"]
GUOHUA = [("民情诉求受理（件）", "petitions_received"), ("其中办结（件）", "petitions_resolved"),
          ("纠纷调解（起）", "disputes_mediated"), ("查体人数（人）", "free_health_checks"),
          ("困难群众帮扶（人）", "people_assisted"), ("慰问物资（件）", "goods_distributed"),
          ("流动人口（人）", "floating_population")]
GH_HEAD = {"2025-09": "2025.9", "2025-10": "10月", "2025-11": "11月", "2025-12": "12月", "2026-01": "2026.1",
           "2026-02": "2月", "2026-03": "3月"}


def guohua(W):
    sh = Sheet("国花")
    sh.merge(0, 0, 0, 8, "国花社区主要工作数据（2025年9月—2026年3月）")
    sh.put(1, 0, "项目")
    for j, m in enumerate(PERIOD):
        sh.put(1, 1 + j, GH_HEAD[m])
    sh.put(1, 8, "合计")
    for i, (lab, ind) in enumerate(GUOHUA):
        r = 2 + i
        sh.put(r, 0, lab)
        for j, m in enumerate(PERIOD):
            val(sh, r, 1 + j, GH, m, ind)
        if ind != "floating_population":
            sh.put(r, 8, sum(W.v[(GH, m, ind)] for m in PERIOD))
    sh.put(10, 0, "说明：流动人口为月末在册数，不合计；4月牡丹文化节期间另行报送。")
    save("batch1/国花社区2025年9月-2026年3月工作数据汇总.xlsx", [sh], "xlsxwriter",
         ["community_file", "months_across", "month_headers_mixed_year_only_at_change", "total_column",
          "qizhong_row"], (2026, 4, 2, 10, 0))


YZ = BY_SHORT["营庄"]
YINGZHUANG = [("常住户数", "households", "户"), ("常住人口", "residents", "人"), ("流动人口", "floating_population", "人"),
              ("社区工作者", "staff", "名"), ("在册党员", "party_members", "名"), ("结对帮扶", "pairings", "对")]


def yingzhuang(W):
    for m in ("2025-12", "2026-01", "2026-02", "2026-03"):
        y, mo = int(m[:4]), int(m[5:])
        sh = Sheet(f"{y}年{mo}月")
        sh.merge(0, 0, 0, 3, "营庄社区基本情况月报表")
        sh.put(1, 0, f"填报时间：{y}年{mo}月底")
        for i, (lab, ind, unit) in enumerate(YINGZHUANG):
            r, c = 2 + i // 2, (i % 2) * 2
            sh.put(r, c, lab + "：")
            val(sh, r, c + 1, YZ, m, ind, style="k" if ind == "residents" else "u", unit=unit)
        sh.put(6, 0, "备注：营庄村改居小区（营庄新苑）已纳入统计。")
        save(f"batch1/营庄社区基本情况月报{y}{mo:02d}.ods", [sh], "odfpy",
             ["community_file", "form_label_value_pairs", "units_glued", "period_yyyymm_in_name",
              "month_only_in_sheet_name_and_fill_date"], (2026, 4, 3, 10, 0))


def build(W):
    lidu(W)
    guohua(W)
    yingzhuang(W)
