"""Community files, part one: 劳模 (units of every kind glued on), 新喜 (the 供暖期 workbook, a sheet per month), 新苑 (the
community only in the 填报单位 stamp line at the bottom), 园西 (a sheet per year), 中海 (newest month first), 西站 (.xlsm
template), 泰山 (Excel's Unicode text), 仙女湖 (CSV with 「sep=,」)."""
from sy_grid import Formula, Sheet, miss, pair, prior, qval, ref, val
from sy_world import BY_SHORT, FLOWS
from sy_writers import save

B1 = "batch1/"


def put_item(W, sh, r, c, code, m, ind, style="n", unit="", div=1, fmt=None):
    """ind: a catalogue code, 'pair' (低保 「52户81人」), ('out', lo, hi, unit) or ('miss', text)."""
    if ind == "pair":
        return pair(sh, r, c, code, m)
    if isinstance(ind, tuple) and ind[0] == "out":
        v = W.out(code, m, f"{r}", ind[1], ind[2])
        sh.put(r, c, f"{v}{ind[3]}" if style == "u" else v)
        return c + 1
    if isinstance(ind, tuple) and ind[0] == "miss":
        return miss(sh, r, c, code, m, ind[2], ind[1])
    return val(sh, r, c, code, m, ind, style=style, unit=unit, div=div, fmt=fmt)


def laomo(W):
    """劳模 2025年9月: 序号 | 工作项目 | 完成情况 | 备注, **every figure with its own measure word glued on — 件, 起, 个,
    人, 户, 位, 名, 对, 场, 次, 人次, 元** (「23位」 for people visited, 「241名」 party members, 「2户」), 「52户81人」, 「约90人」;
    the title 「工人村劳模社区」 (the street's name without 街道 before the community's)."""
    code, m = BY_SHORT["劳模"], "2025-09"
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 3, "工人村劳模社区2025年9月份工作完成情况")
    sh.row(1, 0, ["序号", "工作项目", "完成情况", "备注"])
    items = [("受理居民诉求", "petitions_received", "u", "件", ""), ("办结居民诉求", "petitions_resolved", "u", "件", ""),
             ("调解矛盾纠纷", "disputes_mediated", "u", "起", ""), ("新增就业岗位", "jobs_created", "u", "个", ""),
             ("其中：公益性岗位", "public_welfare_jobs", "u", "个", ""), ("城镇新增就业", "people_employed", "u", "人", ""),
             ("零就业家庭", "zero_employment_households", "u", "户", "动态管理"), ("城市低保", "pair", "n", "", ""),
             ("低保金发放", "dibao_payout_yuan", "ku", "元", ""), ("老年人免费体检", "free_health_checks", "yue", "人", "秋季体检"),
             ("走访慰问困难群众", "people_assisted", "u", "位", "中秋前走访"), ("发放慰问物资", "goods_distributed", "u", "件", ""),
             ("文体活动", "cultural_activities", "u", "场", ""),
             ("宣讲活动（含“九一八”主题宣讲）", "lectures_held", "u", "次", "9月18日组织居民参加防空警报试鸣及“勿忘国耻”宣讲"),
             ("党员", "party_members", "u", "名", ""), ("党员结对帮扶", "pairings", "u", "对", ""),
             ("注册志愿者", "volunteers", "ku", "人", "“志愿辽宁”平台"), ("志愿服务", "volunteer_person_times", "u", "人次", ""),
             ("群防群治巡逻队员", "patrol_members", "u", "人", ""), ("平安信息员", "informants", "u", "人", ""),
             ("治安案件", "security_cases", "wu", "起", ""), ("供暖管网打压试水入户", ("out", 80, 180, "户"), "u", "", "10月20日前完成")]
    r = 2
    for i, (label, ind, style, unit, note) in enumerate(items):
        sh.row(r, 0, [i + 1, label])
        put_item(W, sh, r, 2, code, m, ind, style, unit)
        if note:
            sh.put(r, 3, note)
        r += 1
    sh.put(r + 1, 0, "填报人：刘佳　　联系电话：13889123456　　报送时间：2025.10.8")
    save(B1 + "劳模社区2025年9月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "units_glued_many_words", "households_persons_one_cell", "approx_yue", "street_name_prefix_no_jiedao",
          "outside_rows", "notes_dates", "footer_dot_date", "phone_trap", "xlsx_openpyxl"], (2025, 10, 8, 17, 5))


def xinxi(W):
    """新喜 2025—2026年度供暖期台账: **one workbook, one sheet per month named 11月 … 3月**, each sheet the same form with
    「月份：12月」; **no year anywhere but the season 「2025—2026年度供暖期」** in each title: 11月–12月 are 2025, 1月–3月
    2026. 其中：供暖诉求 (a part) and 组织清雪 (outside)."""
    code = BY_SHORT["新喜"]
    items = [("受理居民诉求", "件", "petitions_received"), ("其中：供暖诉求", "件", "x_heat"), ("办结居民诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("走访慰问困难群众", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("组织清雪", "次", "x_snow"), ("文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("群防群治巡逻队员", "人", "patrol_members"), ("治安案件", "起", "security_cases"),
             ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons")]
    sheets = []
    for m in ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]:
        mo = int(m[5:])
        sh = Sheet(f"{mo}月")
        sh.merge(0, 0, 0, 4, "新喜社区2025—2026年度供暖期工作台账")
        sh.put(1, 0, f"月份：{mo}月")
        sh.put(1, 3, "单位：工人村街道新喜社区")
        sh.row(2, 0, ["序号", "项目", "单位", "数量", "备注"])
        for i, (label, unit, ind) in enumerate(items):
            r = 3 + i
            sh.row(r, 0, [i + 1, label, unit])
            if ind == "x_heat":
                sh.put(r, 3, int(W.v[(code, m, "petitions_received")] * 0.45))
            elif ind == "x_snow":
                sh.put(r, 3, W.out(code, m, "snow", 2, 9) if mo in (12, 1, 2) else 0)
            else:
                val(sh, r, 3, code, m, ind)
        sh.put(3 + len(items) + 1, 0, {11: "11月1日起正式供暖。", 2: "春节（2月17日）前走访慰问低保、特困家庭。",
                                        3: "3月31日停暖；学雷锋月志愿服务集中开展。"}.get(mo, ""))
        sheets.append(sh)
    save(B1 + "新喜社区2025-2026年度供暖期工作台账.xlsx", sheets, "openpyxl",
         ["comm_list", "sheet_per_month_no_year", "heating_season_span_title", "months_cross_year", "part_row",
          "outside_rows", "xlsx_openpyxl"], (2026, 4, 2, 15, 30))


def xinyuan(W):
    """新苑 2025年10月: file name and title name no community (「工人村街道社区工作月报表」 — the street's generic form);
    **the community appears only in the stamp line under the table 「填报单位（盖章）：新苑社区居民委员会」**."""
    code, m = BY_SHORT["新苑"], "2025-10"
    sh = Sheet("月报表")
    sh.merge(0, 0, 0, 4, "工人村街道社区工作月报表")
    sh.merge(1, 0, 1, 4, "（2025年10月）")
    sh.row(2, 0, ["序号", "指标", "计量单位", "本月", "备注"])
    items = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("其中：公益性岗位", "个", "public_welfare_jobs"), ("城镇新增就业", "人", "people_employed"),
             ("职业技能培训", "场次", "training_sessions"), ("创业担保贷款", "元", "micro_loans_yuan"),
             ("老年人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
             ("志愿服务", "人次", "volunteer_person_times"), ("治安案件", "起", "security_cases")]
    for i, (label, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, m, ind)
    r = 3 + len(items) + 1
    sh.put(r, 0, "填报单位（盖章）：新苑社区居民委员会　　　负责人：周红　　　填表人：李敏　　　2025年11月5日")
    save(B1 + "2025年10月社区工作月报表.xls", [sh], "xlwt",
         ["comm_list", "community_only_in_bottom_stamp_line", "generic_title_names_street", "footer_date_trap",
          "xls_xlwt"], (2025, 11, 5, 8, 55))


def yuanxi(W):
    """园西 民生工作台账: **a sheet per year named 「2025年」 and 「2026年」, months as rows 「9月」…「12月」 and 「1月」…「3月」**
    (the year only in the sheet name); a 合计 row in each (2025: 9–12月, no truth; 2026: 一季度, quarter_truth; 「—」
    for the stock)."""
    code = BY_SHORT["园西"]
    cols = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("调解纠纷（起）", "disputes_mediated"),
            ("城镇新增就业（人）", "people_employed"), ("老年人体检（人）", "free_health_checks"),
            ("走访慰问（人）", "people_assisted"), ("文体活动（场）", "cultural_activities"), ("宣讲（次）", "lectures_held"),
            ("志愿服务（人次）", "volunteer_person_times"), ("注册志愿者（人）", "volunteers")]
    sheets = []
    for year, months in (("2025年", ["2025-09", "2025-10", "2025-11", "2025-12"]),
                         ("2026年", ["2026-01", "2026-02", "2026-03"])):
        sh = Sheet(year)
        sh.merge(0, 0, 0, len(cols), "园西社区民生工作台账（自2025年9月起）")
        sh.row(1, 0, ["月份"] + [h for h, _ in cols])
        for i, m in enumerate(months):
            r = 2 + i
            sh.put(r, 0, f"{int(m[5:])}月")
            for c, (_, ind) in enumerate(cols):
                val(sh, r, c + 1, code, m, ind)
        r = 2 + len(months)
        sh.put(r, 0, "合计")
        for c, (_, ind) in enumerate(cols):
            if ind == "volunteers":
                sh.put(r, c + 1, "—")
            elif year == "2026年":
                qval(sh, r, c + 1, code, "2026-Q1", ind)
            else:
                sh.put(r, c + 1, W.span(code, months, ind))
        sheets.append(sh)
    save(B1 + "园西社区民生工作台账.xlsx", sheets, "openpyxl",
         ["comm_months_rows", "year_only_in_sheet_name", "sheet_per_year", "no_period_in_file_name", "span_total_row",
          "quarter_total_row", "xlsx_openpyxl"], (2026, 4, 7, 14, 0))


def zhonghai(W):
    """中海 2026年第一季度台账: indicators down, **the months newest first — 3月 | 2月 | 1月** (a column inserted at the
    left each month), then 一季度合计 (SUM formulas; 「—」 for stocks)."""
    code = BY_SHORT["中海"]
    months = ["2026-03", "2026-02", "2026-01"]
    items = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("城镇新增就业", "人", "people_employed"), ("职业技能培训", "场次", "training_sessions"),
             ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
             ("文体活动", "场", "cultural_activities"), ("志愿服务", "人次", "volunteer_person_times"),
             ("常住人口", "人", "residents"), ("党员", "名", "party_members")]
    sh = Sheet("一季度")
    sh.merge(0, 0, 0, 6, "中海社区2026年第一季度工作台账")
    sh.merge(1, 0, 1, 6, "报送单位：工人村街道中海社区")
    sh.row(2, 0, ["序号", "项目", "单位", "3月", "2月", "1月", "一季度合计"])
    for i, (label, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [i + 1, label, unit])
        for j, m in enumerate(months):
            val(sh, r, 3 + j, code, m, ind)
        if ind in FLOWS:
            qval(sh, r, 6, code, "2026-Q1", ind, formula=f"SUM({ref(r, 3)}:{ref(r, 5)})")
        else:
            sh.put(r, 6, "—")
    sh.put(3 + len(items) + 1, 0, "填报人：钱晓燕　2026年4月3日")
    save(B1 + "中海社区2026年第一季度工作台账.xlsx", [sh], "xlsxwriter",
         ["comm_list", "months_newest_first", "quarter_total_column", "formula_cached", "footer_date_trap",
          "xlsx_xlsxwriter"], (2026, 4, 3, 11, 20))


def xizhan(W):
    """西站 2025年12月 on the street's **macro-enabled template (.xlsm)**: 「社区：西站社区　　月份：2025年12月」 in one
    cell, 本月数 | 本年累计 (from 2025-01; 「—」 for stocks) | 校验 (通过); a 说明 sheet; 红色物业 (outside)."""
    code, m = BY_SHORT["西站"], "2025-12"
    sh = Sheet("月报")
    sh.merge(0, 0, 0, 5, "工人村街道社区工作月报（模板V3.2）")
    sh.merge(1, 0, 1, 5, "社区：西站社区　　　　月份：2025年12月")
    sh.row(2, 0, ["序号", "指标名称", "计量单位", "本月数", "本年累计", "校验"])
    items = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("其中：公益性岗位", "个", "public_welfare_jobs"), ("城镇新增就业", "人", "people_employed"),
             ("零就业家庭", "户", "zero_employment_households"), ("创业担保贷款", "万元", "micro_loans_yuan"),
             ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan"),
             ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
             ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
             ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings"), ("红色物业覆盖小区", "个", "x_red")]
    for i, (label, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [i + 1, label, unit])
        div = 10000 if unit == "万元" else 1
        if ind == "x_red":
            sh.put(r, 3, 6)
            sh.put(r, 4, "—")
        else:
            val(sh, r, 3, code, m, ind, div=div)
            if ind in FLOWS:
                y = W.ytd(code, m, ind)
                sh.put(r, 4, round(y / div, 4) if div > 1 else y)
            else:
                sh.put(r, 4, "—")
        sh.put(r, 5, "通过")
    sh.put(3 + len(items) + 1, 0, "填报人：郭静　　审核人：邵文　　报送日期：2026年1月5日")
    note = Sheet("说明")
    for i, t in enumerate(["1.本模板由街道统一下发，请启用宏，填报后点击“校验”按钮；", "2.本年累计自1月1日起计；",
                           "3.时点数（户数、人数、党员、志愿者）本年累计栏填“—”；", "4.每月5日前报送。"]):
        note.put(i, 0, t)
    save(B1 + "西站社区2025年12月工作月报.xlsm", [sh, note], "xlsm",
         ["comm_list", "xlsm_macro_template", "facts_in_one_cell", "month_and_ytd", "wan_unit_column", "check_column",
          "notes_sheet", "outside_rows", "footer_date_trap", "xlsm"], (2026, 1, 5, 10, 40))


def taishan(W):
    """泰山 2025年11月, saved from Excel as **「Unicode 文本」: a .txt in UTF-16 LE with a BOM, tab-separated**; 项目 |
    单位 | 本月 | 备注, numbers as text, 「约250」, 其中：供暖诉求 (a part)."""
    code, m = BY_SHORT["泰山"], "2025-11"
    sh = Sheet("txt")
    sh.put(0, 0, "泰山社区2025年11月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    items = [("受理居民诉求", "件", "petitions_received", "t"), ("其中：供暖诉求", "件", "x_heat", "t"),
             ("办结居民诉求", "件", "petitions_resolved", "t"), ("调解矛盾纠纷", "起", "disputes_mediated", "t"),
             ("新增就业岗位", "个", "jobs_created", "t"), ("城镇新增就业", "人", "people_employed", "t"),
             ("老年人体检", "人", "free_health_checks", "t"), ("走访慰问困难群众", "人", "people_assisted", "t"),
             ("文体活动", "场", "cultural_activities", "t"), ("宣讲活动", "次", "lectures_held", "t"),
             ("注册志愿者", "人", "volunteers", "t"), ("志愿服务", "人次", "volunteer_person_times", "yue"),
             ("群防群治巡逻队员", "人", "patrol_members", "t"), ("平安信息员", "人", "informants", "t"),
             ("治安案件", "起", "security_cases", "wu")]
    for i, (label, unit, ind, style) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        if ind == "x_heat":
            sh.put(r, 2, str(int(W.v[(code, m, "petitions_received")] * 0.5)))
            sh.put(r, 3, "暖气不热、室温不达标")
        else:
            val(sh, r, 2, code, m, ind, style=style)
    sh.put(2 + len(items), 0, "报送日期：2025年12月3日")
    save(B1 + "泰山社区2025年11月工作报表.txt", [sh], "utf16-tab",
         ["comm_list", "utf16_tab_text", "numbers_as_text", "approx_yue", "part_row", "footer_date_trap", "txt_utf16"],
         (2025, 12, 3, 9, 15))


def xiannvhu(W):
    """仙女湖 2026年1月: a GBK CSV whose **first line is Excel's 「sep=,」 hint**; 「约60」, 「约300」, 「无」, 低保 「…户…人」."""
    code, m = BY_SHORT["仙女湖"], "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "仙女湖社区2026年1月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    items = [("受理居民诉求", "件", "petitions_received", "t", "寒潮期间暖气报修集中"),
             ("办结居民诉求", "件", "petitions_resolved", "t", ""), ("调解矛盾纠纷", "起", "disputes_mediated", "t", ""),
             ("城镇新增就业", "人", "people_employed", "t", ""), ("零就业家庭", "户", "zero_employment_households", "wu", ""),
             ("城市低保", "户/人", "pair", "", ""), ("走访慰问困难群众", "人", "people_assisted", "yue", "送温暖"),
             ("发放慰问物资", "件", "goods_distributed", "t", "米、面、油"), ("老年人免费体检", "人", "free_health_checks", "t", "入户"),
             ("文体活动", "场", "cultural_activities", "t", "冰雪进社区"), ("志愿服务", "人次", "volunteer_person_times", "yue", "清雪除冰"),
             ("注册志愿者", "人", "volunteers", "t", ""), ("平安信息员", "人", "informants", "t", ""),
             ("治安案件", "起", "security_cases", "wu", "")]
    for i, (label, unit, ind, style, note) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [str(i + 1), label, unit])
        put_item(W, sh, r, 3, code, m, ind, style=style)
        if note:
            sh.put(r, 4, note)
    sh.put(2 + len(items), 0, "填报人：孟雪　024-25765521　2026年2月4日")
    save(B1 + "仙女湖社区2026年1月工作报表.csv", [sh], "csv-gbk-sep",
         ["comm_list", "csv_sep_hint_line", "approx_yue", "wu_zero", "households_persons_one_cell", "phone_trap",
          "footer_date_trap", "csv_gbk"], (2026, 2, 4, 16, 50))


def build(W):
    laomo(W)
    xinxi(W)
    xinyuan(W)
    yuanxi(W)
    zhonghai(W)
    xizhan(W)
    taishan(W)
    xiannvhu(W)
