"""Community files, part B (7): 河运路 4月 GBK CSV, 黄荆湾 4月 社区治理台账 (sentences), 茶亭北路 1-5月 台账 (months as
rows), 金银湾 5月 (period only in the sheet name, two tables side by side), 煤建新村 5月 分网格, 虎头岩 3月 (上月 | 环比),
黄荆湾 一季度小结 (quarter flows, 季末 stocks)."""
import random

from cq_grid import Sheet, miss, prior, qval, val
from cq_writers import save

C = {"煤建新村": "500103014001", "金银湾": "500103014005", "虎头岩": "500103014008", "河运路": "500103014012",
     "黄荆湾": "500103014013", "茶亭北路": "500103014014"}


def c8_heyun(W):
    code, m = C["河运路"], "2026-04"
    sh = Sheet("csv")
    sh.put(0, 0, "河运路社区2026年4月工作报表")
    sh.row(1, 0, ["序号", "工作内容", "单位", "本月完成", "备注"])
    items = [("受理群众诉求", "件", "petitions_received", "n"), ("诉求办结", "件", "petitions_resolved", "n"),
             ("矛盾纠纷排查化解", "起", "disputes_mediated", "n"), ("老年人健康体检", "人", "free_health_checks", "n"),
             ("走访慰问困难群众", "人", "people_assisted", "yue"), ("志愿服务", "人次", "volunteer_person_times", "yue"),
             ("注册志愿者", "人", "volunteers", "th"), ("党员", "人", "party_members", "n"),
             ("结对帮扶", "对", "pairings", "n"), ("治安案件", "起", "security_cases", "wu"),
             ("退役军人服务", "人", "退役军人", "")]
    for i, (label, unit, ind, style) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [str(i + 1), label, unit])
        if ind in W.out_names:
            sh.put(r, 3, str(W.out[(code, m, ind)]))
            sh.put(r, 4, "退役军人服务站建档数")
        else:
            v = W.v[(code, m, ind)]
            st = "t" if style in ("n", "th") and v < 1000 else style
            val(sh, r, 3, code, m, ind, style={"wu": "wu", "yue": "yue"}.get(st, st))
    sh.put(14, 0, "填报人：罗红 2026年5月6日")
    save("batch1/河运路社区2026年4月工作报表.csv", [sh], "csv-gbk",
         ["community_sheet", "csv_gbk", "indicators_down", "unit_column", "yue_approx", "wu_is_zero",
          "numbers_as_text", "outside_rows"], (2026, 5, 6, 18, 2))


def c9_huangjing(W):
    code, m = C["黄荆湾"], "2026-04"
    sh = Sheet("治理台账")
    sh.merge(0, 0, 0, 5, "黄荆湾社区2026年4月社区治理工作台账")
    sh.row(1, 0, ["序号", "工作类别", "具体事项", "完成情况", "数据", "单位"])
    v = lambda ind: W.v[(code, m, ind)]  # noqa: E731
    o = lambda k: W.out[(code, m, k)]  # noqa: E731
    items = [("五长制", "楼栋长履职", f"全社区{o('楼栋长')}名楼栋长参与巡查", "楼栋长", "人"),
             ("群众工作", "民情家访", f"入户走访{o('家访')}户，收集问题{o('工单')}件", "家访", "户"),
             ("群众工作", "院坝会", f"召开院坝会{o('院坝会')}场，议定坡坎崖绿化等事项", "院坝会", "场"),
             ("民情诉求", "受理居民诉求", f"12345转办及来访共{v('petitions_received')}件", "petitions_received", "件"),
             ("民情诉求", "诉求办结", f"已办结{v('petitions_resolved')}件，其余跟踪办理", "petitions_resolved", "件"),
             ("平安建设", "矛盾纠纷排查化解", f"排查{o('排查')}次，化解{v('disputes_mediated')}起",
              "disputes_mediated", "起"),
             ("平安建设", "燃气安全检查", f"检查商户及住户{o('燃气')}户", "燃气", "户"),
             ("就业服务", "新增就业岗位", f"开发岗位{v('jobs_created')}个，其中公益性岗位{v('public_welfare_jobs')}个",
              "jobs_created", "个"),
             ("就业服务", "公益性岗位", "保洁、护绿岗位", "public_welfare_jobs", "个"),
             ("为老服务", "老年人健康体检", "联合石油路街道社区卫生服务中心开展", "free_health_checks", "人"),
             ("志愿服务", "志愿服务", "“我为群众办实事”志愿服务", "volunteer_person_times", "人次")]
    for i, (cat, item, text, ind, unit) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, cat, item, text])
        if ind in W.out_names:
            sh.put(r, 4, o(ind))
        else:
            val(sh, r, 4, code, m, ind)
        sh.put(r, 5, unit)
    sh.put(14, 0, "填报：黄荆湾社区居委会  审核：龚书记  日期：2026.5.7")
    save("batch1/黄荆湾社区2026年4月社区治理工作台账.xlsx", [sh], "openpyxl",
         ["community_sheet", "indicators_down", "sentence_column_with_numbers", "wuchangzhi_yuanba_outside",
          "unit_after_value", "footer_date", "xlsx_openpyxl"], (2026, 5, 7, 12, 0))


def c10_chating(W):
    code = C["茶亭北路"]
    months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]
    sh = Sheet("台账")
    sh.put(0, 0, "茶亭北路社区2026年1-5月工作台账")
    cols = [("月份", None), ("受理诉求(件)", "petitions_received"), ("办结(件)", "petitions_resolved"),
            ("新增岗位(个)", "jobs_created"), ("实现就业(人)", "people_employed"), ("低保(户)", "dibao_households"),
            ("低保(人)", "dibao_persons"), ("低保金(元)", "dibao_payout_yuan"), ("体检(人)", "free_health_checks"),
            ("文体活动(场)", "cultural_activities"), ("宣讲(次)", "lectures_held")]
    for j, (h, _) in enumerate(cols):
        sh.put(1, j, h)
    for i, m in enumerate(months):
        r = 2 + i
        sh.put(r, 0, f"2026年{int(m[5:])}月")
        for j, (_, ind) in enumerate(cols[1:], 1):
            val(sh, r, j, code, m, ind, style="th" if ind == "dibao_payout_yuan" else "n")
    sh.put(7, 0, "累计")
    for j, (_, ind) in enumerate(cols[1:], 1):
        if ind not in ("dibao_households", "dibao_persons"):
            s = sum(W.v[(code, m, ind)] for m in months)
            sh.put(7, j, f"{s:,}" if ind == "dibao_payout_yuan" else s)
    sh.put(8, 0, "说明：低保户、人数为月末在保数，不累计。")
    save("batch1/茶亭北路社区2026年1-5月工作台账.xlsx", [sh], "openpyxl",
         ["community_sheet", "months_as_rows", "indicators_across", "units_glued_ascii_brackets", "span_total_row",
          "hu_and_ren_split_columns", "thousands_text", "xlsx_openpyxl"], (2026, 6, 2, 15, 40))


def c11_jinyin(W):
    code, m = C["金银湾"], "2026-05"
    sh = Sheet("2026.5")
    sh.merge(0, 0, 0, 6, "金银湾社区工作报表")
    sh.row(1, 0, ["一、民生服务", None, None, None, "二、党建和平安"])
    sh.row(2, 0, ["项目", "单位", "数量", None, "项目", "单位", "数量"])
    left = [("民情诉求受理", "件", "petitions_received"), ("民情诉求办结", "件", "petitions_resolved"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
            ("创业担保贷款", "万元", "micro_loans_yuan"), ("老年人健康体检", "人", "free_health_checks")]
    right = [("党员", "名", "party_members"), ("党员结对帮扶", "对", "pairings"), ("巡逻队员", "人", "patrol_members"),
             ("平安信息员", "人", "informants"), ("治安案件", "起", "security_cases"), ("常住人口", "人", "residents")]
    for i, ((a, ua, ia), (b, ub, ib)) in enumerate(zip(left, right)):
        r = 3 + i
        sh.row(r, 0, [a, ua])
        val(sh, r, 2, code, m, ia, style="wan" if ua == "万元" else "n")
        sh.row(r, 4, [b, ub])
        if ib == "security_cases" and W.v[(code, m, ib)] == 0:
            miss(sh, r, 6, code, m, ib, "")
        else:
            val(sh, r, 6, code, m, ib)
    sh.put(10, 0, "报送日期：6月2日")
    save("batch1/金银湾社区工作报表.xlsx", [sh], "openpyxl",
         ["community_sheet", "period_only_in_sheet_name", "two_tables_side_by_side", "unit_column",
          "wanyuan_unit_column", "blank_zero", "xlsx_openpyxl"], (2026, 6, 2, 9, 10))


def c12_grids(W):
    code, m = C["煤建新村"], "2026-05"
    R = random.Random(1212)
    sh = Sheet("分网格")
    sh.merge(0, 0, 0, 6, "煤建新村社区2026年5月分网格工作统计")
    sh.row(1, 0, ["网格", "网格员", "民情家访（户）", "受理诉求（件）", "办结（件）", "走访慰问（人）", "志愿服务（人次）"])
    inds = ["家访", "petitions_received", "petitions_resolved", "people_assisted", "volunteer_person_times"]
    tot = [W.out[(code, m, "家访")]] + [W.v[(code, m, i)] for i in inds[1:]]
    parts = []
    for t in tot:
        cuts = sorted(R.randint(0, t) for _ in range(3))
        parts.append([cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], t - cuts[2]])
    for g in range(4):
        parts[2][g] = min(parts[2][g], parts[1][g])
    parts[2][3] = tot[2] - sum(parts[2][:3])
    names = ["李文", "张晓红", "刘建", "王芳"]
    for g in range(4):
        sh.row(2 + g, 0, [f"第{'一二三四'[g]}网格", names[g]] + [p[g] for p in parts])
    sh.row(6, 0, ["社区合计", None, tot[0]])
    for j, ind in enumerate(inds[1:], 3):
        val(sh, 6, j, code, m, ind)
    sh.put(8, 0, "网格员每日入户走访，数据来源：渝中区网格化服务管理平台。2026年6月1日")
    save("batch1/煤建新村社区2026年5月分网格工作统计.xlsx", [sh], "openpyxl",
         ["community_sheet", "grid_rows_then_community_total", "grid_worker_names", "outside_columns",
          "xlsx_openpyxl"], (2026, 6, 1, 17, 20))


def c13_hutou(W):
    code, m = C["虎头岩"], "2026-03"
    sh = Sheet("月报")
    sh.put(0, 0, "虎头岩社区2026年3月月报")
    sh.row(1, 0, ["指标", "单位", "本月", "上月", "环比"])
    items = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("新增就业岗位", "个", "jobs_created"), ("公益性岗位", "个", "public_welfare_jobs"),
             ("实现就业", "人", "people_employed"), ("注册志愿者", "人", "volunteers"),
             ("志愿服务", "人次", "volunteer_person_times"), ("流动人口", "人", "floating_population")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        val(sh, r, 2, code, m, ind)
        prior(sh, r, 3, code, m, ind)
        a, b = W.v[(code, m, ind)], W.v[(code, W.prev(m), ind)]
        sh.put(r, 4, f"{100 * (a - b) / b:+.1f}%" if b else "—")
    sh.put(11, 0, "填报人：唐敏 2026年4月3日")
    save("batch1/虎头岩社区2026年3月月报.xlsx", [sh], "openpyxl",
         ["community_sheet", "indicators_down", "previous_month_column", "derived_change_pct", "xlsx_openpyxl"],
         (2026, 4, 3, 10, 45))


def c14_quarter(W):
    code = C["黄荆湾"]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 3, "黄荆湾社区2026年一季度工作小结（数据部分）")
    sh.row(1, 0, ["项目", "一季度合计", "单位", "说明"])
    flows = [("受理群众诉求", "petitions_received", "件"), ("办结", "petitions_resolved", "件"),
             ("新增就业岗位", "jobs_created", "个"), ("实现就业", "people_employed", "人"),
             ("文体活动", "cultural_activities", "场"), ("走访慰问困难群众", "people_assisted", "人")]
    r = 2
    for label, ind, unit in flows:
        sh.put(r, 0, label)
        qval(sh, r, 1, code, "2026-Q1", ind)
        sh.put(r, 2, unit)
        r += 1
    sh.put(r, 0, "截至3月末")
    r += 1
    for label, ind, unit in [("常住人口", "residents", "人"), ("低保户", "dibao_households", "户"),
                             ("低保人数", "dibao_persons", "人"), ("注册志愿者", "volunteers", "人")]:
        sh.put(r, 0, label)
        val(sh, r, 1, code, "2026-03", ind)
        sh.row(r, 2, [unit, "3月末数"])
        r += 1
    sh.put(r + 1, 0, "黄荆湾社区居委会 2026年4月8日")
    save("batch1/黄荆湾社区2026年一季度工作小结.xlsx", [sh], "openpyxl",
         ["community_sheet", "quarter_only_flows", "quarter_end_stocks", "xlsx_openpyxl"], (2026, 4, 8, 16, 30))


def build(W):
    for f in (c8_heyun, c9_huangjing, c10_chating, c11_jinyin, c12_grids, c13_hutou, c14_quarter):
        f(W)
