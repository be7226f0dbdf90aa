"""Community files, part A (7): 煤建新村 11月 (类别 merged, 上月), 金银湾 12月 .et (xlsx inside, 项目|数量 pairs),
民乐村 1月 .ods (one row, units row), 虎头岩 11-12月 (month columns + 合计), 石油路 2月 (本月|本年累计),
新影村 3月 .wps (xls inside; 约 / 无 / 「/」; corrected in batch2), 彭家花圆 3月 (typo; header line breaks)."""
from cq_grid import BATCH, Formula, Sheet, miss, pair, prior, val
from cq_names import nm
from cq_world import FLOWS
from cq_writers import save

C = {n: c for c, n in [("500103014001", "煤建新村"), ("500103014005", "金银湾"), ("500103014006", "民乐村"),
                       ("500103014008", "虎头岩"), ("500103014009", "石油路"), ("500103014010", "新影村"),
                       ("500103014011", "彭家花园"), ("500103014012", "河运路"), ("500103014013", "黄荆湾"),
                       ("500103014014", "茶亭北路")]}


def c1_meijian(W):
    code, m = C["煤建新村"], "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 5, "渝中区石油路街道煤建新村社区2025年11月工作月报")
    sh.row(1, 0, ["类别", "指标", "单位", "本月", "上月", "备注"])
    groups = [("基础信息", [("户数", "户", "households"), ("常住人口", "人", "residents"),
                        ("流动人口", "人", "floating_population"), ("社区工作者", "人", "staff")]),
              ("民生保障", [("城市低保户", "户", "dibao_households"), ("城市低保人数", "人", "dibao_persons"),
                        ("低保金", "元", "dibao_payout_yuan"), ("特困人员", "人", "特困户")]),
              ("就业帮扶", [("新增就业岗位", "个", "jobs_created"), ("其中：公益性岗位", "个", "public_welfare_jobs"),
                        ("帮扶实现就业", "人", "people_employed"), ("零就业家庭", "户", "zero_employment_households")]),
              ("群众工作", [("民情家访", "户", "家访"), ("院坝会", "场", "院坝会"), ("受理群众诉求", "件", "petitions_received"),
                        ("诉求办结", "件", "petitions_resolved"), ("矛盾纠纷化解", "起", "disputes_mediated")]),
              ("党建志愿", [("党员", "名", "party_members"), ("注册志愿者", "人", "volunteers"),
                        ("志愿服务", "人次", "volunteer_person_times")])]
    r = 2
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for label, unit, ind in items:
            sh.row(r, 1, [label, unit])
            if ind in W.out_names:
                sh.put(r, 3, W.out[(code, m, ind)])
                sh.put(r, 4, W.out[(code, W.prev(m), ind)])
            else:
                val(sh, r, 3, code, m, ind)
                prior(sh, r, 4, code, m, ind)
            if ind == "院坝会":
                sh.put(r, 5, "11月18日在3号院坝召开")
            r += 1
    sh.put(r + 1, 0, "填报人：周玉兰    社区书记：黄永强    2025年12月2日")
    save("batch1/煤建新村社区2025年11月工作月报.xlsx", [sh], "openpyxl",
         ["community_sheet", "indicators_down", "category_merged_down", "unit_column", "previous_month_column",
          "outside_rows", "footer_date", "xlsx_openpyxl"], (2025, 12, 2, 17, 30))


def c2_jinyin(W):
    code, m = C["金银湾"], "2025-12"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "金银湾社区2025年12月工作报表")
    sh.row(1, 0, ["项目", "完成数", "项目", "完成数"])
    items = [("受理群众诉求", "petitions_received", "u", "件"), ("已办结", "petitions_resolved", "u", "件"),
             ("调解矛盾纠纷", "disputes_mediated", "u", "起"), ("城市低保", "pair", "", ""),
             ("低保金发放", "dibao_payout_yuan", "wanu", ""), ("走访慰问困难群众", "people_assisted", "u", "人"),
             ("发放慰问物资", "goods_distributed", "u", "件"), ("文体活动", "cultural_activities", "u", "场"),
             ("志愿服务", "volunteer_person_times", "yue", ""), ("注册志愿者", "volunteers", "u", "人"),
             ("燃气安全入户检查", "燃气", "", ""), ("治安案件", "security_cases", "wu", "")]
    for i, (label, ind, style, unit) in enumerate(items):
        r, c = 2 + i // 2, (i % 2) * 2
        sh.put(r, c, label)
        if ind == "pair":
            pair(sh, r, c + 1, code, m)
        elif ind in W.out_names:
            sh.put(r, c + 1, f"{W.out[(code, m, ind)]}户")
        elif style == "yue":
            v = W.v[(code, m, ind)]
            val(sh, r, c + 1, code, m, ind, style="yue" if v % 10 == 0 else "u", unit="人次")
        else:
            val(sh, r, c + 1, code, m, ind, style=style, unit=unit)
    sh.put(9, 0, "报送：金银湾社区居委会  2026年1月4日")
    save("batch1/金银湾社区12月报表.et", [sh], "openpyxl-et",
         ["community_sheet", "label_value_pairs", "no_year_in_filename", "units_glued", "pair_hu_ren",
          "wanyuan_text", "wu_is_zero", "outside_rows", "wps_et_xlsx"], (2026, 1, 4, 10, 10))


def c3_minle(W):
    code, m = C["民乐村"], "2026-01"
    sh = Sheet("1月")
    sh.put(0, 0, "民乐村社区2026年1月数据")
    cols = [("社区", "", None), ("常住户数", "（户）", "households"), ("常住人口", "（人）", "residents"),
            ("流动人口", "（人）", "floating_population"), ("低保户", "（户）", "dibao_households"),
            ("低保人数", "（人）", "dibao_persons"), ("低保金", "（万元）", "dibao_payout_yuan"),
            ("慰问困难群众", "（人）", "people_assisted"), ("慰问物资", "（份）", "goods_distributed"),
            ("治安巡逻队员", "（人）", "patrol_members"), ("平安信息员", "（人）", "informants"),
            ("宣讲", "（次）", "lectures_held"), ("临时救助", "（人次）", "临时救助")]
    for j, (h, u, ind) in enumerate(cols):
        sh.put(1, j, h)
        if u:
            sh.put(2, j, u)
        if ind is None:
            sh.put(3, j, "民乐村")
        elif ind in W.out_names:
            sh.put(3, j, W.out[(code, m, ind)])
        else:
            val(sh, 3, j, code, m, ind, style="wan" if ind == "dibao_payout_yuan" else "n")
    sh.put(5, 0, "填表日期：2026年2月3日")
    save("batch1/民乐村社区2026年1月数据.ods", [sh], "odfpy",
         ["community_sheet", "indicators_across", "one_data_row", "units_row", "wanyuan_units_row", "short_name",
          "outside_columns", "ods"], (2026, 2, 3, 15, 0))


def c4_hutou(W):
    code = C["虎头岩"]
    months = ["2025-11", "2025-12"]
    sh = Sheet("报表")
    sh.merge(0, 0, 0, 4, "虎头岩社区2025年11-12月工作报表")
    sh.row(1, 0, ["指标", "单位", "11月", "12月", "合计"])
    items = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
             ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
             ("创业担保贷款", "万元", "micro_loans_yuan"), ("职业技能培训", "场", "training_sessions"),
             ("文体活动", "场", "cultural_activities"), ("治安案件", "起", "security_cases"),
             ("党员", "人", "party_members"), ("结对帮扶", "对", "pairings"), ("零就业家庭", "户", "zero_employment_households")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        wan = unit == "万元"
        for j, m in enumerate(months):
            val(sh, r, 2 + j, code, m, ind, style="wan" if wan else "n")
        if ind in ("party_members", "pairings", "zero_employment_households"):
            sh.put(r, 4, "—")
        else:
            s = sum(W.v[(code, m, ind)] for m in months)
            sh.put(r, 4, Formula(f"SUM(C{r + 1}:D{r + 1})", s / 10000 if wan else s))
    sh.put(14, 0, "注：12月诉求增多主要为冬季燃气、供水问题。报送人：唐敏 2026年1月5日")
    save("batch1/虎头岩社区2025年11-12月报表.xlsx", [sh], "xlsxwriter",
         ["community_sheet", "indicators_down", "month_columns", "span_two_months", "sum_column_formula",
          "wanyuan_unit_column", "stock_dash_in_total", "xlsx_xlsxwriter"], (2026, 1, 5, 11, 25))


def c5_shiyou(W):
    code, m = C["石油路"], "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 5, "石油路街道石油路社区2026年2月工作报表")
    sh.row(1, 0, ["序号", "工作项目", "单位", "本月", "本年累计", "备注"])
    items = [("群众诉求受理", "件", "petitions_received"), ("群众诉求办结", "件", "petitions_resolved"),
             ("矛盾纠纷调解", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("公益性岗位", "个", "public_welfare_jobs"), ("就业帮扶实现就业", "人", "people_employed"),
             ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
             ("老年人免费体检", "人", "free_health_checks"), ("志愿服务", "人次", "volunteer_person_times"),
             ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("常住人口", "人", "residents"), ("社区工作者", "人", "staff")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, m, ind)
        sh.put(r, 4, W.cum(code, m, ind) if ind in FLOWS else "—")
        if ind == "people_assisted":
            sh.put(r, 5, "春节前走访慰问")
    sh.put(17, 0, "填报人：石油路社区 邓洁    审核：社区书记 王成    2026年3月3日")
    save("batch1/石油路社区2026年2月工作报表.xlsx", [sh], "openpyxl",
         ["community_sheet", "community_named_like_street", "indicators_down", "month_and_ytd", "unit_column",
          "footer_date", "xlsx_openpyxl"], (2026, 3, 3, 16, 0))


def c6_xinying(W, batch="batch1"):
    code, m = C["新影村"], "2026-03"
    BATCH[0] = batch
    sh = Sheet("Sheet1")
    fix = batch == "batch2"
    sh.merge(0, 0, 0, 4, "新影村社区工作情况统计（2026年3月）" + ("（更正）" if fix else ""))
    sh.row(1, 0, ["序号", "内容", "单位", "数量", "备注"])
    items = [("受理居民诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
             ("新增就业岗位", "个", "jobs_created", "n"), ("其中公益性岗位", "个", "public_welfare_jobs", "wu"),
             ("实现就业", "人", "people_employed", "n"), ("创业担保贷款", "元", "micro_loans_yuan", "wanu0"),
             ("城市低保", "户/人", "pair", ""), ("低保金", "元", "dibao_payout_yuan", "wanu"),
             ("志愿服务", "人次", "volunteer_person_times", "yue"), ("注册志愿者", "人", "volunteers", "n"),
             ("治安案件", "起", "security_cases", "slash"), ("楼栋长", "人", "楼栋长", "")]
    for i, (label, unit, ind, style) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        if ind == "pair":
            pair(sh, r, 3, code, m)
        elif ind in W.out_names:
            sh.put(r, 3, W.out[(code, m, ind)])
        elif style == "slash":
            miss(sh, r, 3, code, m, ind, "/")
            sh.put(r, 4, "派出所数据未反馈")
        elif style == "wanu0":
            v = W.v[(code, m, ind)]
            if v:
                val(sh, r, 3, code, m, ind, style="wanu")
            else:
                val(sh, r, 3, code, m, ind, style="wu")
        elif style == "yue":
            val(sh, r, 3, code, m, ind, style="yue" if W.v[(code, m, ind)] % 10 == 0 else "n")
        else:
            val(sh, r, 3, code, m, ind, style=style)
    if fix:
        sh.put(15, 0, "更正说明：3月办结数、实现就业人数录入有误，以本表为准。2026年4月10日")
    sh.put(16, 0, "填报人：杨丽    联系电话：18996021357")
    name = "batch2/新影村社区工作情况统计（2026年3月）更正.wps" if fix else "batch1/新影村社区工作情况统计（2026年3月）.wps"
    save(name, [sh], "xlwt-wps",
         ["community_sheet", "indicators_down", "unit_column", "wps_named_xls", "yue_approx", "wu_is_zero",
          "slash_unreported", "pair_hu_ren", "wanyuan_text_in_yuan_row"] + (["correction_full_resend"] if fix else []),
         (2026, 4, 10, 9, 20) if fix else (2026, 4, 2, 17, 40))
    BATCH[0] = "batch1"


def c7_pengjia(W):
    code, m = C["彭家花园"], "2026-03"
    sh = Sheet("3月")
    sh.put(0, 0, "彭家花圆社区2026年3月工作报表")
    cols = [("社区", None), ("受理群众\n诉求（件）", "petitions_received"), ("诉求\n办结（件）", "petitions_resolved"),
            ("新增就业\n岗位（个）", "jobs_created"), ("实现\n就业（人）", "people_employed"),
            ("职业技能\n培训（场）", "training_sessions"), ("文体\n活动（场）", "cultural_activities"),
            ("注册\n志愿者（人）", "volunteers"), ("志愿服务\n（人次）", "volunteer_person_times"),
            ("院坝会\n（场）", "院坝会")]
    for j, (h, ind) in enumerate(cols):
        sh.put(1, j, h)
        if ind is None:
            sh.put(2, j, "彭家花圆社区")
        elif ind in W.out_names:
            sh.put(2, j, W.out[(code, m, ind)])
        else:
            val(sh, 2, j, code, m, ind)
    sh.put(4, 0, "3月5日学雷锋日开展“邻里守望”志愿服务。")
    save("batch1/彭家花圆社区2026年3月报表.xlsx", [sh], "openpyxl",
         ["community_sheet", "indicators_across", "one_data_row", "name_typo_yuan", "header_line_breaks",
          "outside_columns", "xlsx_openpyxl"], (2026, 4, 1, 10, 5))


def build(W):
    for f in (c1_meijian, c2_jinyin, c3_minle, c4_hutou, c5_shiyou, c6_xinying, c7_pengjia):
        f(W)
