"""Street-office files (2): 春节 走访慰问 (February, with one community's January row), the 党建办's table in traditional
characters (March), the 一季度 为老服务 .et, the 兴庆区 platform's long export (April), the 文化站's fourth quarter with
the month only in each stacked table's corner cell, and the 综治中心's 1—4月 grid of 「受理/办结」 pairs."""
from yc_grid import Formula, Sheet, header, miss, multi, prior, qval, val
from yc_grid import col_letter
from yc_street_a import shown
from yc_world import COMMS, REG, TRAD
from yc_writers import save


def chunjie(W):
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 9, "银古路街道2026年2月“我们的节日·春节”走访慰问及文体活动统计表")
    sh.merge(1, 0, 1, 9, "统计时段：2026年2月1日—2月28日（除夕2月16日，春节2月17日）")
    tree = [("社区", "name"), ("月份", "month"),
            ("走访慰问困难群众（人）", [("合计", "people_assisted"), ("其中：回族群众", "hui"), ("其中：独居、空巢老人", "old")]),
            ("发放慰问物资（件）", "goods_distributed"), ("慰问金（元）", "money"),
            ("文体活动（场）", [("合计", "cultural_activities"), ("其中：社火、秧歌", "shehuo")]),
            ("政策宣讲（次）", "lectures_held")]
    L = dict((leaf, c) for c, leaf in header(sh, 2, 0, tree, 2))
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        m = "2026-01" if short == "宝银" else "2026-02"
        sh.put(r, 0, short + "社区")
        sh.put(r, 1, "1月（补报）" if short == "宝银" else "2月")
        pa = W.v[(code, m, "people_assisted")]
        for ind in ("people_assisted", "goods_distributed", "cultural_activities", "lectures_held"):
            val(sh, r, L[ind], code, m, ind)
        sh.put(r, L["hui"], pa * (3 + i % 3) // 10)
        sh.put(r, L["old"], pa // 4)
        sh.put(r, L["money"], pa * 500)
        sh.put(r, L["shehuo"], min(2, W.v[(code, m, "cultural_activities")]))
    r = 4 + len(COMMS)
    sh.put(r, 0, "合计")
    for c in range(2, 10):
        L1 = col_letter(c)
        tot = sum(sh.cells[(4 + i, c)][0] for i in range(len(COMMS)))
        sh.put(r, c, Formula(f"=SUM({L1}5:{L1}{r})", tot))
    sh.merge(r + 1, 0, r + 1, 9, "注：宝银社区2月走访慰问数据随3月报表另报，本表所列为其1月补报数；2月17日—23日春节假期值班期间入户慰问已计入。")
    sh.merge(r + 2, 0, r + 2, 9, "银古路街道社会事务办公室（民族宗教）　2026年3月5日")
    save("batch1/银古路街道2026年2月春节走访慰问和文体活动统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "group_header_total_leaf_is_value", "row_of_other_month_bubao", "parts_outside",
          "sum_formula_row", "outside_columns"], (2026, 3, 5, 10, 0))


def dangjian(W):
    m = "2026-03"
    sh = Sheet("黨建志願")
    sh.merge(0, 0, 0, 8, "銀古路街道2026年3月黨建引領和志願服務統計表")
    sh.merge(1, 0, 1, 8, "填報單位：銀古路街道黨工委（黨建辦）")
    sh.row(2, 0, ["序號", "社區黨組織", "在冊黨員（名）", "黨員結對幫扶（對）", "“志願寧夏”註冊志願者（人）", "志願服務（人次）",
                  "其中：學雷鋒月", "志願服務時長（小時）", "備註"])
    suffix = {"友爱": "社區黨支部", "大团结": "社區黨總支"}
    tot = [0] * 6
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, TRAD[short] + suffix.get(short, "社區黨委")])
        for k, ind in enumerate(("party_members", "pairings", "volunteers", "volunteer_person_times")):
            val(sh, r, 2 + k, code, m, ind)
            tot[k] += shown(W, (code, m, ind))
        vt = shown(W, (code, m, "volunteer_person_times"))
        sh.row(r, 6, [vt * 2 // 5, vt * 3])
        tot[4] += vt * 2 // 5
        tot[5] += vt * 3
    r = 3 + len(COMMS)
    sh.row(r, 0, [None, "合計"] + tot)
    sh.merge(r + 1, 0, r + 1, 8, "註：3月5日學雷鋒紀念日、3月中旬沙塵天氣後環境清掃志願服務計入志願服務人次；“志願寧夏”註冊志願者為月末數。")
    sh.merge(r + 2, 0, r + 2, 8, "填表人：拜　　電話：0951-6032233　　2026年4月3日")
    save("batch1/銀古路街道2026年3月黨建和志願服務統計表.xls", [sh], "xlwt",
         ["street_file", "traditional_characters", "party_org_names_traditional", "part_column_outside",
          "outside_columns", "total_row"], (2026, 4, 3, 9, 45))


def weilao(W):
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 10, "银古路街道2026年第一季度为老服务情况统计表")
    sh.merge(1, 0, 1, 10, "填报单位：银古路街道社会事务办公室（卫健）")
    tree = [("社区", "name"),
            ("65岁以上老年人免费健康体检（人）", [("1月", "h1"), ("2月", "h2"), ("3月", "h3"), ("一季度", "hq")]),
            ("老年助餐（人次）", [("1月", "z1"), ("2月", "z2"), ("3月", "z3"), ("一季度", "zq")]),
            ("高龄津贴（人）", "gl"), ("备注", "note")]
    L = dict((leaf, c) for c, leaf in header(sh, 2, 0, tree, 2))
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.put(r, 0, short)
        for k, m in enumerate(("2026-01", "2026-02", "2026-03")):
            val(sh, r, L[f"h{k + 1}"], code, m, "free_health_checks")
            sh.put(r, L[f"z{k + 1}"], 260 + (i * 37 + k * 53 + i * k * 17) % 180)
        qval(sh, r, L["hq"], code, "2026-Q1", "free_health_checks")
        sh.put(r, L["zq"], sum(260 + (i * 37 + k * 53 + i * k * 17) % 180 for k in range(3)))
        sh.put(r, L["gl"], 40 + (i * 13) % 50)
        if short == "友爱":
            sh.put(r, L["note"], "3月含回迁小区集中体检")
    sh.merge(17, 0, 17, 10, "注：2月春节期间暂停集中体检，仅为行动不便老人上门体检；老年助餐为“幸福食堂”就餐人次。")
    sh.merge(18, 0, 18, 10, "2026年4月8日")
    save("batch1/银古路街道2026年第一季度为老服务统计表.et", [sh], "xlwt-et",
         ["street_file", "months_across_year_in_title", "quarter_total_column", "two_row_group_header", "outside_columns",
          "short_names"], (2026, 4, 8, 14, 30))


PLATFORM = [("petitions_received", "民情诉求受理量", "件"), ("petitions_resolved", "民情诉求办结量", "件"),
            ("households", "常住户数", "户"), ("residents", "常住人口数", "人"), ("floating_population", "流动人口数", "人"),
            ("volunteers", "注册志愿者数", "人"), ("micro_loans_yuan", "创业担保贷款发放额", "万元"),
            ("dibao_payout_yuan", "城市低保金发放额", "元"), ("free_health_checks", "65岁以上老人免费健康体检数", "人")]


def platform(W):
    m = "2026-04"
    sh = Sheet("导出数据")
    sh.put(0, 0, "导出条件：所属街道=银古路街道；统计年月=2026-04；数据状态=全部")
    sh.put(1, 0, "导出时间：2026-05-07 09:32:15　　导出人：ygl_admin")
    sh.row(3, 0, ["序号", "所属街道", "社区名称", "统计年月", "指标名称", "计量单位", "本期值", "上年同期值", "数据状态"])
    r, n = 4, 1
    for ind, name, unit in PLATFORM:
        div = 10000 if unit == "万元" else 1
        tot = totp = 0
        for short, code, _ in COMMS:
            sh.row(r, 0, [n, "银古路街道", REG[code], "2026-04", name, unit])
            val(sh, r, 6, code, m, ind, div=div)
            prior(sh, r, 7, code, m, ind, div=div)
            sh.put(r, 8, "已审核")
            tot += W.v[(code, m, ind)] / div
            totp += W.v[(code, W.last_year(m), ind)] / div
            r, n = r + 1, n + 1
        sh.row(r, 0, [n, "银古路街道", "银古路街道（汇总）", "2026-04", name, unit, tot, totp, "系统生成"])
        r, n = r + 1, n + 1
    save("batch1/兴庆区社区治理平台_银古路街道_月度数据导出_202604.xlsx", [sh], "openpyxl",
         ["street_file", "platform_long_export", "registry_names_juweihui", "wan_unit_column", "prior_year_column",
          "street_aggregate_rows", "period_iso_text"], (2026, 5, 7, 9, 40))


def wenhua(W):
    sh = Sheet("四季度")
    sh.merge(0, 0, 0, 5, "银古路街道2025年第四季度群众文化活动、政策宣讲及志愿服务统计")
    sh.merge(1, 0, 1, 5, "报送单位：银古路街道综合文化站（新时代文明实践所）")
    parts = {"2025-10": "其中：国庆、中秋、重阳", "2025-11": "其中：冬季全民健身", "2025-12": "其中：元旦迎新"}
    r = 3
    for m in ("2025-10", "2025-11", "2025-12"):
        sh.row(r, 0, [f"{int(m[:4])}年{int(m[5:])}月", "群众文化活动（场）", parts[m], "宣讲活动（次）", "志愿服务（人次）", "备注"])
        tot = [0, 0, 0, 0]
        for i, (short, code, _) in enumerate(COMMS):
            rr = r + 1 + i
            sh.put(rr, 0, short)
            val(sh, rr, 1, code, m, "cultural_activities")
            part = min(W.v[(code, m, "cultural_activities")], 1 + (i + int(m[5:])) % 3)
            sh.put(rr, 2, part)
            if short == "宝银" and m == "2025-11":
                miss(sh, rr, 3, code, m, "lectures_held", "未报")
                sh.put(rr, 5, "宣讲次数社区未报")
            else:
                val(sh, rr, 3, code, m, "lectures_held")
                tot[2] += W.v[(code, m, "lectures_held")]
            val(sh, rr, 4, code, m, "volunteer_person_times")
            tot[0] += W.v[(code, m, "cultural_activities")]
            tot[1] += part
            tot[3] += W.v[(code, m, "volunteer_person_times")]
        sh.row(r + 1 + len(COMMS), 0, ["小计"] + tot)
        r += len(COMMS) + 3
    sh.merge(r, 0, r, 5, "说明：12月4日国家宪法日宣讲计入宣讲活动；志愿服务含全国文明城市常态化创建志愿服务。")
    sh.merge(r + 1, 0, r + 1, 5, "制表：综合文化站　虎　　2026年1月8日")
    save("batch1/银古路街道2025年第四季度文化活动和宣讲统计.xlsx", [sh], "openpyxl",
         ["street_file", "stacked_month_tables", "period_in_corner_cell", "year_only_in_corner", "part_column_outside",
          "subtotal_rows", "not_reported_word", "short_names"], (2026, 1, 8, 16, 15))


def grid(W):
    sh = Sheet("1-4月")
    months = ("2026-01", "2026-02", "2026-03", "2026-04")
    sh.merge(0, 0, 0, 6, "银古路街道2026年1—4月民情诉求受理办结情况")
    sh.merge(1, 0, 1, 6, "单位：件　　填写格式：受理/办结")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 6, "受理/办结（件）")
    sh.row(3, 2, ["1月", "2月", "3月", "4月", "1—4月合计"])
    trec = [0] * 4
    tres = [0] * 4
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, short])
        for k, m in enumerate(months):
            multi(sh, r, 2 + k, code, m, "{0}/{1}", ["petitions_received", "petitions_resolved"])
            trec[k] += W.v[(code, m, "petitions_received")]
            tres[k] += W.v[(code, m, "petitions_resolved")]
        a = sum(W.v[(code, m, "petitions_received")] for m in months)
        b = sum(W.v[(code, m, "petitions_resolved")] for m in months)
        sh.put(r, 6, f"{a}/{b}")
    r = 4 + len(COMMS)
    sh.row(r, 0, ["", "合计"] + [f"{trec[k]}/{tres[k]}" for k in range(4)] + [f"{sum(trec)}/{sum(tres)}"])
    sh.merge(r + 1, 0, r + 1, 6, "注：1—3月为供暖期（3月31日停暖）；“我的宁夏”APP、12345转办、来访来电及网格员上报均计入受理。")
    sh.merge(r + 2, 0, r + 2, 6, "银古路街道综治中心　2026年5月8日")
    save("batch1/银古路街道2026年1—4月民情诉求受理办结情况.xlsx", [sh], "openpyxl",
         ["street_file", "months_across_year_in_title", "two_values_slash_pair_grid", "total_column_pairs", "total_row",
          "short_names"], (2026, 5, 8, 11, 20))


def build(W):
    chunjie(W)
    dangjian(W)
    weilao(W)
    platform(W)
    wenhua(W)
    grid(W)
