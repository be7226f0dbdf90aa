"""More street files: the 一网统管 CSV export, the WPS .xls with a cover, the .ods, the units row, the GBK 汇总."""
from zz_grid import Sheet, header, miss, pair, qval, val
from zz_world import COMMS, REG
from zz_writers import save

CODES = [("MQSL01", "群众诉求受理量", "件", "petitions_received"), ("MQBJ02", "群众诉求办结量", "件", "petitions_resolved"),
         ("MQ12345", "其中12345热线转办", "件", None), ("XF03", "信访接待（件次）", "件次", None),
         ("MDTJ04", "矛盾纠纷调解成功", "起", "disputes_mediated"), ("MDSS05", "“三所联动”化解", "起", None)]


def system_csv(W):
    """一网统管 export, long: comm_name,stat_month,idx_code,idx_name,idx_value,unit — the department's own names."""
    sh = Sheet("x")
    sh.row(0, 0, ["comm_name", "comm_code", "stat_month", "idx_code", "idx_name", "idx_value", "unit", "update_time"])
    r = 1
    for m in ("2025-10", "2025-11", "2025-12", "2026-01"):
        for i, (short, code, f) in enumerate(COMMS):
            for k, (ic, name, unit, ind) in enumerate(CODES):
                sh.row(r, 0, [f"郑州市金水区南阳新村街道{short}社区", f"NYXC{i + 1:03d}", m.replace("-", ""), ic, name])
                if ind:
                    val(sh, r, 5, code, m, ind, style="t")
                else:
                    base = W.v[(code, m, "petitions_received")]
                    sh.put(r, 5, str(base // 3 if k == 2 else (i + k) % 4))
                nm = int(m[5:]) % 12 + 1
                ny = int(m[:4]) + (1 if nm == 1 else 0)
                sh.row(r, 6, [unit, f"{ny}-{nm:02d}-03 08:{10 + i:02d}:00"])
                r += 1
    save("batch1/yiwangtongguan_export_nyxc_202510-202601.csv", [sh], "csv-utf8",
         ["system_export", "long_format", "english_column_codes", "dept_indicator_names", "yyyymm_text",
          "city_street_prefix_names", "outside_rows", "no_title"], (2026, 2, 3, 8, 30))


def wps_quarter(W):
    """WPS .xls with a 封面 sheet; 就业 sheet: each indicator over 1月 | 2月 | 3月 | 一季度合计."""
    cover = Sheet("封面")
    for r, t in enumerate(["", "南阳新村街道", "2026年第一季度就业创业工作统计报表", "", "填报单位：南阳新村街道劳动保障事务所",
                           "负 责 人：", "填 报 人：", "报送日期：2026年4月7日", "", "（WPS表格 请勿修改表样）"]):
        if t:
            cover.put(r, 0, t)
    sh = Sheet("就业")
    sh.merge(0, 0, 0, 17, "南阳新村街道2026年第一季度就业创业工作统计表")
    inds = [("城镇新增就业（人）", "people_employed", 1), ("新开发就业岗位（个）", "jobs_created", 1),
            ("其中：公益性岗位（个）", "public_welfare_jobs", 1), ("创业担保贷款（万元）", "micro_loans_yuan", 10000)]
    tree = [("序号", "no"), ("社区", "name")] + [
        (lab, [("1月", (ind, "2026-01", d)), ("2月", (ind, "2026-02", d)), ("3月", (ind, "2026-03", d)),
               ("一季度合计", (ind, "Q", d))]) for lab, ind, d in inds]
    leaves = header(sh, 1, 0, tree, 2)
    for i, (short, code, f) in enumerate(COMMS):
        r = 3 + i
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, short)
            elif leaf[1] == "Q":
                qval(sh, r, c, code, "2026-Q1", leaf[0], div=leaf[2])
            else:
                val(sh, r, c, code, leaf[1], leaf[0], div=leaf[2])
    sh.put(16, 0, "说明：失业人员再就业、就业困难人员实现就业另表报送。")
    save("batch1/南阳新村街道2026年第一季度就业创业统计.xls", [cover, sh], "xlwt",
         ["street_rows", "xls_wps", "cover_sheet", "quarter_months_and_total", "values_wan_header", "two_row_header"],
         (2026, 4, 7, 15, 0))


def ods_party(W):
    """11月 党建志愿 .ods: merged two-row headers; 五星支部 score and 服务时长 outside."""
    m = "2025-12"
    sh = Sheet("党建志愿")
    sh.merge(0, 0, 0, 8, "南阳新村街道党建引领和志愿服务工作统计表")
    sh.merge(1, 0, 1, 8, "（2025年12月）")
    tree = [("序号", "no"), ("社区", "name"),
            ("党的建设", [("党员人数（名）", "party_members"), ("“五星”支部创建自评分", "x"), ("党员结对帮扶（对）", "pairings")]),
            ("志愿服务（“志愿河南”平台）", [("注册志愿者（人）", "volunteers"), ("志愿服务（人次）", "volunteer_person_times"),
                                   ("服务时长（小时）", "h")])]
    leaves = header(sh, 2, 0, tree, 2)
    for i, (short, code, f) in enumerate(COMMS):
        r = 4 + i
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, short + "社区")
            elif leaf == "x":
                sh.put(r, c, 86 + (i * 3) % 12)
            elif leaf == "h":
                sh.put(r, c, W.v[(code, m, "volunteer_person_times")] * 2)
            else:
                val(sh, r, c, code, m, leaf)
    save("batch1/南阳新村街道党建和志愿服务统计（2025年12月）.ods", [sh], "odfpy",
         ["street_rows", "ods_merged_header", "two_row_header", "outside_columns", "month_second_line"],
         (2026, 1, 6, 10, 0))


def units_row(W):
    """3月 平安: a units row under the header; 「无」, blank, 三所联动 and 安全生产 outside."""
    m = "2026-03"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 8, "南阳新村街道2026年3月平安建设工作情况")
    sh.row(1, 0, ["序号", "社区", "群防群治巡逻队员", "平安信息员", "治安案件", "人民调解", "“三所联动”化解纠纷",
                  "安全生产检查", "楼院长"])
    sh.row(2, 0, ["", "", "人", "人", "起", "起", "起", "家次", "人"])
    for i, (short, code, f) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, short])
        val(sh, r, 2, code, m, "patrol_members")
        val(sh, r, 3, code, m, "informants")
        if i == 4:
            miss(sh, r, 4, code, m, "security_cases", "")
        else:
            val(sh, r, 4, code, m, "security_cases", style="wu")
        val(sh, r, 5, code, m, "disputes_mediated", style="wu")
        sh.row(r, 6, [i % 3, 20 + i * 2, int(22 * f)])
    sh.put(16, 0, "备注：富田社区治安案件待派出所核实后补报。")
    save("batch1/南阳新村街道2026年3月平安建设工作情况.xlsx", [sh], "openpyxl",
         ["street_rows", "units_row_under_header", "wu_zero", "blank_slot", "outside_columns"], (2026, 4, 3, 9, 15))


def gbk_summary(W):
    """4月 汇总 CSV (GBK): 千分位 text, 约 / 余, a range 「30-40」 (not a value), 「/」, numbers with bracket notes."""
    m = "2026-04"
    sh = Sheet("x")
    sh.put(0, 0, "南阳新村街道2026年4月社区工作数据汇总")
    cols = [("常住户数", "households", "k"), ("常住人口", "residents", "k"), ("流动人口", "floating_population", "k"),
            ("群众诉求受理(件)", "petitions_received", "t"), ("办结(件)", "petitions_resolved", "t"),
            ("老年人体检(人)", "free_health_checks", "yue"), ("志愿服务(人次)", "volunteer_person_times", "yu"),
            ("注册志愿者(人)", "volunteers", "k"), ("低保金(元)", "dibao_payout_yuan", "k"),
            ("零就业家庭(户)", "zero_employment_households", "wu"), ("职业技能培训(场)", "training_sessions", "t")]
    sh.row(1, 0, ["社区"] + [c[0] for c in cols] + ["文明城市创建问题整改(个)"])
    for i, (short, code, f) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, short + "社区")
        for j, (lab, ind, style) in enumerate(cols):
            c = 1 + j
            if i == 2 and ind == "free_health_checks":
                miss(sh, r, c, code, m, ind, "30-40")
            elif i == 7 and ind == "training_sessions":
                miss(sh, r, c, code, m, ind, "/")
            elif i == 5 and ind == "petitions_received":
                v = W.v[(code, m, ind)]
                val(sh, r, c, code, m, ind, style="t")
                sh.cells[(r, c)] = (f"{v}（含12345转办{v // 3}件）", None)
            else:
                val(sh, r, c, code, m, ind, style=style)
        sh.put(r, 1 + len(cols), str(i % 4))
    sh.put(15, 0, "制表：南阳新村街道党政办　2026年5月6日")
    save("batch1/南阳新村街道2026年4月社区工作数据汇总.csv", [sh], "csv-gbk",
         ["street_rows", "csv_gbk", "numbers_as_text", "thousands_text", "approx_yue_yu", "range_not_value",
          "slash_missing", "bracket_note", "wu_zero", "outside_columns"], (2026, 5, 6, 17, 20))


def build(W):
    system_csv(W)
    wps_quarter(W)
    ods_party(W)
    units_row(W)
    gbk_summary(W)
