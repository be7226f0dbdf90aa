"""The 太和街道 offices' own returns (民政办, 平安办, 社保中心)."""
from dl_core import UNITS, MONTHS, Sheet, record, ignore, save

SHORT = {"关迤社区": "关迤", "兴国社区": "兴国", "龙祥社区": "龙祥", "万花社区": "万花", "榆华社区": "榆华",
         "荷花社区": "荷花", "龙泉社区": "龙泉", "大关邑社区": "大官邑", "三和社区": "三和",
         "温泉村委会": "温泉村", "刘官厂村委会": "刘官厂村", "洱滨村委会": "洱滨村", "太和村委会": "太和村",
         "大庄村委会": "大庄村"}


def minzheng(W):
    """民政办: one xls, a sheet a month; 户数/人数 in one cell 「12/31」; 金额 in 万元 with the unit only in a footnote."""
    rel = "batch1/太和街道民政办2025年9月至2026年3月城乡低保统计.xls"
    sheets = []
    names = {"2025-09": "9月", "2025-10": "10月", "2025-11": "11月", "2025-12": "12月",
             "2026-01": "2026.1", "2026-02": "2026.2", "2026-03": "2026.3"}
    for m in MONTHS:
        y, mm = m.split("-")
        sh = Sheet(names[m])
        sh.merge(0, 0, 0, 4, f"太和街道{y}年{int(mm)}月城乡最低生活保障统计表")
        for c, h in enumerate(["序号", "社区（村）", "低保户数/人数", "本月发放金额*", "备注"]):
            sh.put(1, c, h)
        for i, (code, name) in enumerate(UNITS):
            r = 2 + i
            v = W[(code, m)]
            sh.put(r, 0, i + 1)
            sh.put(r, 1, name if i % 3 else name.replace("村委会", "村").replace("社区", "社区居委会"))
            txt = f"{v['dibao_households']}/{v['dibao_persons']}"
            sh.put(r, 2, txt)
            record(rel, sh.name, r, 2, code, m, "dibao_households", v["dibao_households"], txt)
            record(rel, sh.name, r, 2, code, m, "dibao_persons", v["dibao_persons"], txt)
            wan = round(v["dibao_payout_yuan"] / 10000, 2)
            sh.put(r, 3, wan)
            record(rel, sh.name, r, 3, code, m, "dibao_payout_yuan", v["dibao_payout_yuan"], repr(wan))
            if "村委会" in name:
                sh.put(r, 4, "农村低保")
        r = 2 + len(UNITS)
        sh.put(r, 1, "合计")
        sh.put(r, 2, f"{sum(W[(c, m)]['dibao_households'] for c, _ in UNITS)}/{sum(W[(c, m)]['dibao_persons'] for c, _ in UNITS)}")
        sh.put(r, 3, round(sum(W[(c, m)]["dibao_payout_yuan"] for c, _ in UNITS) / 10000, 2))
        sh.put(r + 1, 0, "*金额单位：万元（保留两位小数）。村委会为农村低保，社区为城市低保。")
        sheets.append(sh)
    save(rel, sheets, "xlwt", ["street_file", "sheet_per_month_mixed_names", "households_slash_persons_one_cell",
                               "wan_yuan_unit_in_footnote_only", "asterisk_header", "total_row", "urban_rural_mixed"])


def pingan(W):
    """平安办: a long GBK CSV, one row per unit and month, month written 「2025年09月」, 待核 for unverified cases."""
    rel = "batch1/太和街道平安办2025-2026年群防群治台账.csv"
    sh = Sheet("太和街道平安办2025-2026年群防群治台账")
    for c, h in enumerate(["月份", "单位", "巡逻队员（人）", "治安案件（起）", "说明"]):
        sh.put(0, c, h)
    r = 1
    for m in MONTHS:
        y, mm = m.split("-")
        for code, name in UNITS:
            v = W[(code, m)]
            sh.put(r, 0, f"{y}年{mm}月")
            sh.put(r, 1, SHORT[name])
            for j, ind in enumerate(["patrol_members", "security_cases"]):
                if ind == "security_cases" and code == "532901004009" and m == "2026-02":
                    sh.put(r, 2 + j, "待核")
                    ignore(rel, sh.name, r, 2 + j, code, m, ind, "待核")
                    continue
                sh.put(r, 2 + j, v[ind])
                record(rel, sh.name, r, 2 + j, code, m, ind, v[ind], str(v[ind]))
            if m == "2026-02" and code == "532901004001":
                sh.put(r, 4, "古城春节客流大，巡逻队加强")
            r += 1
    save(rel, [sh], "csv", ["street_file", "long_format_month_rows", "gbk", "short_unit_names", "typo_daguanyi",
                            "pending_text_value"], encoding="gbk")


def jiuye(W):
    """社保中心: 四季度 ods, months as column groups (3 months × 3 items) then 四季度合计 (not monthly truth)."""
    rel = "batch1/太和街道2025年四季度就业创业分月统计.ods"
    sh = Sheet("四季度")
    items = [("jobs_created", "新增岗位"), ("public_welfare_jobs", "其中公益性岗位"), ("people_employed", "就业人数")]
    qm = ["2025-10", "2025-11", "2025-12"]
    sh.put(0, 0, "太和街道2025年第四季度就业创业工作分月统计")
    sh.put(1, 0, "单位")
    for g, m in enumerate(qm + ["合计"]):
        sh.put(1, 1 + 3 * g, f"{int(m[5:])}月" if m != "合计" else "四季度合计")
        for j, (_, lab) in enumerate(items):
            sh.put(2, 1 + 3 * g + j, lab)
    for i, (code, name) in enumerate(UNITS):
        r = 3 + i
        sh.put(r, 0, name.replace("社区", "社区居委会") if i < 9 else name)
        for g, m in enumerate(qm):
            for j, (ind, _) in enumerate(items):
                val = W[(code, m)][ind]
                sh.put(r, 1 + 3 * g + j, val)
                record(rel, sh.name, r, 1 + 3 * g + j, code, m, ind, val, str(val))
        for j, (ind, _) in enumerate(items):
            sh.put(r, 10 + j, sum(W[(code, m)][ind] for m in qm))
    save(rel, [sh], "odfpy", ["street_file", "months_as_column_groups", "quarter_total_group", "year_in_title_only",
                              "sub_item_column_public_welfare"])
