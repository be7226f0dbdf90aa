"""Street-office files (1): 民生诉求 (September, 社区工作站 rows under 城中村 / 住宅小区 groups), 就业 (October, the
table folded into two halves side by side), 民政 (25.11, transposed), 平安 (12月度, a VLOOKUP 汇总 over a 底表 with
「墟镇」), 为老和文体 (.et, 统计周期 12月26日至1月25日), 义工 (GBK CSV, 累计注册义工 is the stock)."""
from ft_grid import Formula, Sheet, miss, val
from ft_world import COMMS, ESTATE, VILLAGE
from ft_writers import save


def petitions_sept(W):
    m = "2025-09"
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 11, "福田街道2025年9月民生诉求办理情况统计表")
    sh.put(1, 0, "填报科室：福田街道民生诉求服务分中心")
    sh.put(1, 10, "单位：件、起")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区工作站")
    sh.merge(2, 2, 2, 6, "受理诉求（件）")
    sh.row(3, 2, ["合计", "12345热线", "“i深圳”APP", "网格员巡查上报", "来访来电"])
    sh.merge(2, 7, 3, 7, "其中：台风“桦加沙”\n相关诉求（件）")
    sh.merge(2, 8, 3, 8, "办结\n（件）")
    sh.merge(2, 9, 3, 9, "办结率")
    sh.merge(2, 10, 3, 10, "调处矛盾纠纷\n（起）")
    sh.merge(2, 11, 3, 11, "备注")
    notes = {"皇岗": "含皇岗口岸片区倒树清障诉求", "岗厦": "岗厦北枢纽周边积水点3处", "水围": "水围村内涝2处已处置"}
    r, n = 4, 1
    grand = [0] * 7
    for title, group in (("一、城中村社区", VILLAGE), ("二、住宅小区社区", ESTATE)):
        sh.merge(r, 0, r, 11, title)
        r += 1
        sub = [0] * 7
        for short, code, _, _ in group:
            rec = W.v[(code, m, "petitions_received")]
            res = W.v[(code, m, "petitions_resolved")]
            a, b, c = rec * 35 // 100, rec // 4, rec // 4
            parts = [a, b, c, rec - a - b - c]
            typh = rec // 5
            sh.row(r, 0, [n, f"{short}社区工作站"])
            val(sh, r, 2, code, m, "petitions_received")
            sh.row(r, 3, parts + [typh])
            val(sh, r, 8, code, m, "petitions_resolved")
            sh.put(r, 9, f"{res / rec * 100:.1f}%")
            val(sh, r, 10, code, m, "disputes_mediated")
            if short in notes:
                sh.put(r, 11, notes[short])
            for j, x in enumerate([rec] + parts + [typh, res]):
                sub[j] += x
            r += 1
            n += 1
        sh.row(r, 1, ["小计"] + sub[:6] + [sub[6], f"{sub[6] / sub[0] * 100:.1f}%"])
        grand = [g + s for g, s in zip(grand, sub)]
        r += 1
    sh.row(r, 1, ["街道合计"] + grand[:6] + [grand[6], f"{grand[6] / grand[0] * 100:.1f}%"])
    sh.merge(r + 2, 0, r + 2, 11, "注：9月24日台风“桦加沙”过境，倒树、积水、停电类诉求集中，已全部转办；受理合计含12345热线、"
             "“i深圳”APP、网格员巡查上报和来访来电。")
    sh.put(r + 3, 0, "审核：李　　制表：黄　　联系电话：0755-83918207　　2025年10月9日")
    sh.widths.update({1: 18, 7: 14, 11: 24})
    save("batch1/福田街道2025年9月民生诉求办理情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "workstation_names", "group_section_rows", "subtotal_rows", "received_with_parts",
          "total_under_group_header", "typhoon_part_column", "rate_text", "merged_two_row_header"], (2025, 10, 9, 16, 5))


def jobs_oct(W):
    m = "2025-10"
    sh = Sheet("就业")
    sh.merge(0, 0, 0, 14, "福田街道2025年10月份就业创业工作月报")
    sh.put(1, 0, "填报单位：福田街道公共服务办公室（就业服务站）")
    sh.put(1, 10, "报送日期：2025年11月6日")
    head = ["序号", "社区", "新增就业岗位\n（个）", "其中：公益性\n岗位（个）", "实现就业\n（人）", "职业技能\n培训（场）",
            "创业担保\n贷款（万元）"]
    sh.row(2, 0, head)
    sh.row(2, 8, head)
    inds = ["jobs_created", "public_welfare_jobs", "people_employed", "training_sessions", "micro_loans_yuan"]
    tot = [0] * 5
    for i, (short, code, _, _) in enumerate(COMMS):
        c0, r = (0, 3 + i) if i < 7 else (8, 3 + i - 7)
        sh.row(r, c0, [i + 1, short])
        for j, ind in enumerate(inds):
            val(sh, r, c0 + 2 + j, code, m, ind, div=10000 if ind == "micro_loans_yuan" else 1)
            tot[j] += W.v[(code, m, ind)]
    sh.put(10, 9, "合计")
    sh.row(10, 10, tot[:4] + [tot[4] / 10000])
    sh.put(12, 0, "说明：10月8日、10月22日举办国庆后及秋季专场招聘会，岗位数已分解计入各社区；创业担保贷款按放款月份统计。")
    sh.put(13, 0, "制表人：邓　　审核人：　　联系电话：0755-83917731")
    for c in (1, 9):
        sh.widths[c] = 8
    save("batch1/福田街道2025年10月就业创业工作月报.xls", [sh], "xlwt",
         ["street_file", "folded_table_two_halves", "wan_yuan_header", "line_breaks_in_headers", "total_row_right_half",
          "bare_futian_name", "period_yuefen"], (2025, 11, 6, 10, 40))


def minzheng_nov(W):
    m = "2025-11"
    sh = Sheet("民政")
    n = len(COMMS)
    sh.merge(0, 0, 0, n + 2, "福田街道民政工作月报（25.11）")
    sh.put(1, 0, "报送：福田街道公共服务办公室（民政）")
    sh.row(2, 0, ["项目", "计量单位"] + [s + "社区" for s, _, _, _ in COMMS] + ["合计"])
    rows = [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
            ("低保金发放", "元", "dibao_payout_yuan"), ("低保边缘家庭", "户", None), ("特困供养人员", "人", None),
            ("临时救助", "人次", None), ("零就业家庭", "户", "zero_employment_households")]
    for i, (lab, unit, ind) in enumerate(rows):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        tot = 0
        for k, (short, code, _, _) in enumerate(COMMS):
            if ind is None:
                x = (k * k * 7 + i * 11 + k) % 5 if i != 5 else (k * 3 + 2) % 7
                sh.put(r, 2 + k, x)
            elif ind == "zero_employment_households" and short == "福华":
                miss(sh, r, 2 + k, code, m, ind, "/")
                x = 0
            else:
                val(sh, r, 2 + k, code, m, ind)
                x = W.v[(code, m, ind)]
            tot += x
        sh.put(r, 2 + n, tot)
    sh.put(11, 0, "注：低保金含分类施保金；低保边缘、特困供养、临时救助另报区民政局，不计入低保。福华社区零就业家庭待复核。")
    sh.put(12, 0, "福田街道民政办　2025年12月5日")
    save("batch1/福田街道民政月报（25.11）.ods", [sh], "odfpy",
         ["street_file", "transposed_communities_across", "period_yy_dot_mm", "total_column", "outside_rows",
          "slash_marker", "bare_futian_name"], (2025, 12, 5, 9, 15))


def pingan_dec(W):
    m = "2025-12"
    inds = ["patrol_members", "informants", "security_cases", "disputes_mediated"]
    src = Sheet("底表")
    src.merge(0, 0, 0, 8, "各社区报送原始数据（12月）")
    src.row(1, 0, ["序号", "社区", "巡逻队员", "平安信息员", "治安案件", "调处纠纷", "出租屋巡查（栋次）", "消防隐患整改（处）",
                   "报送时间"])
    order = [COMMS[k] for k in (4, 9, 0, 6, 12, 2, 8, 5, 10, 1, 7, 3, 11)]   # the order the returns came in
    for i, (short, code, _, _) in enumerate(order):
        r = 2 + i
        src.row(r, 0, [i + 1, ("墟镇" if short == "圩镇" else short) + "社区"])
        for j, ind in enumerate(inds):
            val(src, r, 2 + j, code, m, ind)
        src.row(r, 6, [180 + (i * 53) % 240, (i * 7) % 9, f"2026/1/{3 + i // 5}"])
    summ = Sheet("汇总")
    summ.merge(0, 0, 0, 5, "福田街道2025年12月度平安建设工作情况汇总表")
    summ.put(1, 0, "填报单位：福田街道综合治理办公室（综治中心）")
    summ.row(2, 0, ["序号", "社区", "群防群治巡逻队员（人）", "平安信息员（人）", "治安案件（起）", "矛盾纠纷调处（起）"])
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 3 + i
        summ.row(r, 0, [i + 1, short + "社区"])
        for j, ind in enumerate(inds):
            expr = f"=VLOOKUP($B{r + 1},底表!$B$3:$F$15,{j + 2},FALSE)"
            if short == "圩镇":
                summ.put(r, 2 + j, Formula(expr, "#N/A"))
            else:
                val(summ, r, 2 + j, code, m, ind, formula=expr, role="duplicate")
    r = 3 + len(COMMS)
    summ.put(r, 1, "合计")
    for j in range(4):
        L = "CDEF"[j]
        summ.put(r, 2 + j, Formula(f"=SUM({L}4:{L}{r})", "#N/A"))
    summ.put(r + 1, 0, "注：本表由“底表”自动引用；治安案件以辖区派出所通报为准。")
    summ.put(r + 2, 0, "综治中心　2026年1月7日")
    save("batch1/福田街道2025年12月度平安建设工作情况.xlsx", [summ, src], "xlsxwriter",
         ["street_file", "vlookup_summary_sheet", "na_error_cells", "variant_character_name", "raw_data_sheet",
          "period_yuedu", "outside_columns"], (2026, 1, 7, 17, 20))


def elderly_jan(W):
    m = "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 9, "福田街道2026年1月为老服务及文体活动开展情况统计表")
    sh.merge(1, 0, 1, 9, "统计周期：2025年12月26日至2026年1月25日（按区要求提前截数，1月26日后数据计入2月）")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 5, "为老服务")
    sh.row(3, 2, ["65岁以上老人\n免费体检（人）", "走访慰问\n困难群众（人）", "发放慰问\n物资（件）", "居家养老\n上门服务（人次）"])
    sh.merge(2, 6, 2, 7, "文体宣讲")
    sh.row(3, 6, ["文体活动\n（场）", "政策宣讲\n（次）"])
    sh.merge(2, 8, 3, 8, "备注")
    inds = [(2, "free_health_checks"), (3, "people_assisted"), (4, "goods_distributed"), (6, "cultural_activities"),
            (7, "lectures_held")]
    tot = {c: 0 for c, _ in inds}
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        for c, ind in inds:
            if short == "海滨" and ind == "free_health_checks":
                miss(sh, r, c, code, m, ind, "社康未反馈")
                continue
            val(sh, r, c, code, m, ind)
            tot[c] += W.v[(code, m, ind)]
        home = 120 + (i * 29) % 160
        sh.put(r, 5, home)
        tot[5] = tot.get(5, 0) + home
        if short == "海滨":
            sh.put(r, 8, "体检数据社康中心未反馈，下月补报")
    r = 4 + len(COMMS)
    sh.put(r, 1, "合计")
    for c in sorted(tot):
        sh.put(r, c, tot[c])
    sh.put(r + 1, 0, "备注：体检由各社区健康服务中心（社康）提供；1月下旬启动“迎春送暖”走访，春节（2月17日）前集中发放慰问物资。")
    sh.put(r + 2, 0, "福田街道公共服务办　制表：吴　　2026年1月28日")
    save("batch1/福田街道2026年1月为老服务和文体活动统计表.et", [sh], "xlwt-et",
         ["street_file", "statistical_cycle_26_to_25", "merged_two_row_header", "line_breaks_in_headers", "total_row",
          "not_reported_words", "outside_columns"], (2026, 1, 28, 11, 30))


def volunteers_feb(W):
    m = "2026-02"
    sh = Sheet("csv")
    sh.put(0, 0, "福田街道2026年2月社区义工（志愿者）服务情况统计")
    sh.put(1, 0, "数据来源：“志愿深圳”平台导出后各社区核对，截至2026年2月28日")
    sh.row(3, 0, ["序号", "社区", "累计注册义工（人）", "本月新增注册（人）", "本月义工服务（人次）", "本月服务时长（小时）", "备注"])
    notes = {"口岸": "含春运“口岸暖冬”服务", "皇岗": "含春运“口岸暖冬”服务", "福田": "含春节前“爱心年夜饭”"}
    tot = [0, 0, 0, 0]
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 4 + i
        vol = W.v[(code, m, "volunteers")]
        new = vol - W.v[(code, W.prev(m), "volunteers")]
        vpt = W.v[(code, m, "volunteer_person_times")]
        hours = vpt * 5 // 2
        sh.row(r, 0, [str(i + 1), short])
        val(sh, r, 2, code, m, "volunteers", style="t")
        sh.put(r, 3, str(new))
        val(sh, r, 4, code, m, "volunteer_person_times", style="t")
        sh.put(r, 5, str(hours))
        if short in notes:
            sh.put(r, 6, notes[short])
        for j, x in enumerate([vol, new, vpt, hours]):
            tot[j] += x
    r = 4 + len(COMMS)
    sh.row(r, 0, ["", "合计"] + [str(x) for x in tot])
    sh.put(r + 2, 0, "填报：福田街道党群服务中心（义工服务站）　2026年3月4日")
    save("batch1/福田街道2026年2月义工服务统计.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk", "cumulative_stock_trap", "yigong_words", "outside_columns", "total_row",
          "source_line"], (2026, 3, 4, 15, 45))


def build(W):
    petitions_sept(W)
    jobs_oct(W)
    minzheng_nov(W)
    pingan_dec(W)
    elderly_jan(W)
    volunteers_feb(W)
