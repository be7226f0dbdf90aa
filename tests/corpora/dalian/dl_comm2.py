"""Bespoke community files: a sentence report, side-by-side pairs, a quarter 台账 and a 上旬/中旬/下旬 sheet."""
from dl_comm import LAB, inds_for
from dl_grid import Sheet, multi, qval, val
from dl_world import BY_SHORT, NAME
from dl_writers import save


def build(W):
    # 高尚 2026-02: a 报告 written line by line, figures inside sentences
    m, code = "2026-02", BY_SHORT["高尚"]
    sh = Sheet("Sheet1")
    sh.put(0, 0, "高尚社区二〇二六年二月份工作情况汇报")
    lines = [("一、民情诉求：本月共受理居民诉求{0}件，办结{1}件，调处邻里纠纷{2}起。",
              ["petitions_received", "petitions_resolved", "disputes_mediated"]),
             ("二、就业：春节前后开发岗位{0}个（其中公益性岗位{1}个），帮扶{2}名居民实现就业，组织技能培训{3}场。",
              ["jobs_created", "public_welfare_jobs", "people_employed", "training_sessions"]),
             ("三、民政：在册低保{0}户{1}人，本月发放低保金{2}元；零就业家庭{3}户。",
              ["dibao_households", "dibao_persons", "dibao_payout_yuan", "zero_employment_households"]),
             ("四、平安：巡逻队员{0}人，平安信息员{1}人。", ["patrol_members", "informants"]),
             ("五、志愿服务：注册志愿者{0}人，元宵节前后组织志愿服务{1}人次。", ["volunteers", "volunteer_person_times"]),
             ("六、党建：在册党员{0}名，党员结对帮扶{1}对。", ["party_members", "pairings"]),
             ("七、基础信息：常住{0}户、{1}人，流动人口{2}人，社区工作者{3}人。",
              ["households", "residents", "floating_population", "staff"])]
    for i, (tpl, inds) in enumerate(lines):
        multi(sh, 2 + i, 0, code, m, tpl, inds)
    sh.put(10, 0, "八、下月打算：预计开展“学雷锋”志愿服务300人次以上，完成春风行动岗位对接。")
    sh.put(12, 0, "高尚社区居委会　2026年3月2日")
    save("batch1/高尚社区2026年2月工作汇报.xlsx", [sh], "openpyxl",
         ["community_file", "sentence_report", "several_values_per_cell", "forecast_line", "chinese_year_title"], (2026, 3, 2, 9, 0))

    # 滨海 2026-03: two pairs of columns side by side (项目 | 数量 | 项目 | 数量)
    m, code = "2026-03", BY_SHORT["滨海"]
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "滨海社区（桃源街道）2026年3月工作统计")
    sh.row(1, 0, ["项目", "数量", "项目", "数量"])
    inds = inds_for(m)
    half = (len(inds) + 1) // 2
    for i, ind in enumerate(inds):
        r, c = 2 + i % half, 0 if i < half else 2
        lab, unit = LAB[ind]
        sh.put(r, c, f"{lab}（{unit}）")
        val(sh, r, c + 1, code, m, ind)
    sh.put(3 + half, 0, "注：滨海社区为中山区桃源街道所辖，非甘井子区滨海社区。")
    save("batch1/滨海社区2026年3月工作统计.xlsx", [sh], "xlsxwriter",
         ["community_file", "side_by_side_pairs", "district_homonym_note"], (2026, 4, 3, 9, 0))

    # 舰院 2026年一季度: 1月 | 2月 | 3月 | 季度合计 for the groups the street does not send every month
    code = BY_SHORT["舰院"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 5, "舰院社区2026年第一季度分月工作数据")
    sh.row(1, 0, ["项目", "单位", "1月", "2月", "3月", "季度合计"])
    q = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "people_employed",
         "training_sessions"]
    for i, ind in enumerate(q):
        lab, unit = LAB[ind]
        sh.row(2 + i, 0, [lab, unit])
        for j, mm in enumerate(["2026-01", "2026-02", "2026-03"]):
            val(sh, 2 + i, 2 + j, code, mm, ind)
        qval(sh, 2 + i, 5, code, "2026-Q1", ind)
    sh.put(3 + len(q), 0, "舰院社区居委会 2026年4月2日")
    save("batch1/舰院社区2026年第一季度分月工作数据.ods", [sh], "odfpy",
         ["community_file", "months_across_quarter", "quarter_total_column"], (2026, 4, 2, 15, 0))

    # 秀月 2026-04: the month split into 上旬 / 中旬 / 下旬 with a 全月 column (only 全月 is the month's value)
    m, code = "2026-04", BY_SHORT["秀月"]
    sh = Sheet("四月")
    sh.merge(0, 0, 0, 5, "秀月社区2026年4月分旬工作记录")
    sh.row(1, 0, ["项目", "单位", "上旬", "中旬", "下旬", "全月"])
    flows = ["jobs_created", "people_employed", "free_health_checks", "people_assisted", "goods_distributed",
             "cultural_activities", "lectures_held", "volunteer_person_times"]
    for i, ind in enumerate(flows):
        lab, unit = LAB[ind]
        v = W.v[(code, m, ind)]
        a, b = v // 3, v // 3
        sh.row(2 + i, 0, [lab, unit, a, b, v - a - b])
        val(sh, 2 + i, 5, code, m, ind)
    sh.put(3 + len(flows), 0, "4月上旬清明节祭扫劝导、中旬老年人查体、下旬滨海路护林防火宣传。")
    save("batch1/秀月社区2026年4月分旬工作记录.xls", [sh], "xlwt",
         ["community_file", "xun_thirds_of_month", "full_month_column"], (2026, 5, 6, 9, 0))
    return NAME
