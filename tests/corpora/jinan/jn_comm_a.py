"""Community files (1): 和平路 July (units only in the number formats), 山大路 下半年台账 (months down typed as numbers,
so October is 「2025.1」; 〃 and 同上 for unchanged stocks), 环山路 7月—元月 (indicators down, months across under
2025年 / 2026年, 「同上月」), 山师大 September (.xls, 「山东师范大学社区」, 「本月新增…，累计…」), 开元山庄 August (.ods,
remarks in the value cells)."""
from jn_grid import Formula, Sheet, miss, multi, val
from jn_world import BY_SHORT, PERIOD
from jn_writers import save


def items(sh, r0, code, m, spec, cols=(0, 1, 2, 3), num=True):
    """Rows 序号 | 项目 | 单位 | 数值 from spec: (label, unit, ind or None, how). how: a render style; ('miss', text);
    ('multi', template, [inds]); ('out', text) for an item outside the catalogue; ('fmt', number format);
    ('text', fn) for what the clerk typed instead of the number. Returns the next row."""
    r = r0
    for i, (lab, unit, ind, how) in enumerate(spec):
        if num and cols[0] is not None:
            sh.put(r, cols[0], i + 1)
        sh.put(r, cols[1], lab)
        if unit and cols[2] is not None:
            sh.put(r, cols[2], unit)
        c = cols[3]
        if isinstance(how, tuple) and how[0] == "miss":
            miss(sh, r, c, code, m, ind, how[1])
        elif isinstance(how, tuple) and how[0] == "multi":
            multi(sh, r, c, code, m, how[1], how[2])
        elif isinstance(how, tuple) and how[0] == "out":
            sh.put(r, c, how[1])
        elif isinstance(how, tuple) and how[0] == "fmt":
            val(sh, r, c, code, m, ind, fmt=how[1], div=how[2] if len(how) > 2 else 1)
        elif isinstance(how, tuple) and how[0] == "text":
            val(sh, r, c, code, m, ind, text=how[1])
        else:
            val(sh, r, c, code, m, ind, style=how, unit=unit if how in ("u", "fw", "zy", "yu", "cn", "yue") else "")
        r += 1
    return r


def heping(W):
    m, code = "2025-07", BY_SHORT["和平路"]
    sh = Sheet("7月")
    sh.merge(0, 0, 0, 3, "和平路社区2025年7月份工作报表")
    sh.row(1, 0, ["序号", "工作项目", "完成数", "备注"])
    spec = [("受理居民诉求", None, "petitions_received", ("fmt", '0"件"')),
            ("办结居民诉求", None, "petitions_resolved", ("fmt", '0"件"')),
            ("调解邻里纠纷", None, "disputes_mediated", ("fmt", '0"起"')),
            ("新增就业岗位", None, "jobs_created", ("fmt", '0"个"')),
            ("帮助居民就业", None, "people_employed", ("fmt", '0"人"')),
            ("创业担保贷款", None, "micro_loans_yuan", ("fmt", '0.0"万元"', 10000)),
            ("发放低保金", None, "dibao_payout_yuan", ("fmt", '#,##0"元"')),
            ("走访慰问困难群众", None, "people_assisted", ("fmt", '0"人"')),
            ("发放送清凉物资", None, "goods_distributed", ("fmt", '0"件"')),
            ("纳凉晚会等文体活动", None, "cultural_activities", ("fmt", '0"场"')),
            ("志愿服务", None, "volunteer_person_times", ("fmt", '0"人次"')),
            ("在册党员", None, "party_members", ("fmt", '0"名"'))]
    r = items(sh, 2, code, m, spec, cols=(0, 1, None, 2))
    sh.put(2, 3, "含12345热线、“爱山东”转办")
    sh.put(10, 3, "高温慰问环卫工人、独居老人")
    sh.put(r, 1, "其他")
    sh.put(r, 2, "7月1日组织党员重温入党誓词；主汛期防汛值守31天（不计入上表）")
    sh.put(r + 2, 1, "和平路社区居委会")
    sh.put(r + 3, 1, "2025年8月4日")
    sh.widths.update({1: 22, 2: 14, 3: 30})
    save("batch1/和平路社区2025年7月份工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "units_only_in_number_format", "wan_in_number_format", "no_unit_column", "other_paragraph",
          "heping_vs_hepinglubei"], (2025, 8, 4, 9, 10))


def shanda(W):
    code = BY_SHORT["山大路"]
    months = ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    cols = [("常住户数（户）", "households"), ("常住人口（人）", "residents"), ("流动人口（人）", "floating_population"),
            ("党员（名）", "party_members"), ("注册志愿者（人）", "volunteers"), ("低保户（户）", "dibao_households"),
            ("低保人员（人）", "dibao_persons"), ("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
            ("志愿服务（人次）", "volunteer_person_times")]
    stocks = {"households", "residents", "floating_population", "party_members", "volunteers", "dibao_households",
              "dibao_persons"}
    sh = Sheet("台账")
    sh.merge(0, 0, 0, len(cols), "山大路社区2025年下半年工作台账")
    sh.row(1, 0, ["月份"] + [h for h, _ in cols])
    for i, m in enumerate(months):
        r = 2 + i
        sh.put(r, 0, float(f"{m[:4]}.{int(m[5:])}"))
        for k, (_, ind) in enumerate(cols):
            same = i > 0 and ind in stocks and W.v[(code, m, ind)] == W.v[(code, months[i - 1], ind)]
            if same:
                val(sh, r, 1 + k, code, m, ind, text=lambda v, k=k: "同上" if k in (3, 5) else "〃")
            else:
                val(sh, r, 1 + k, code, m, ind)
    r = 2 + len(months)
    sh.put(r, 0, "下半年合计")
    for k, (_, ind) in enumerate(cols):
        sh.put(r, 1 + k, "—" if ind in stocks else sum(W.v[(code, m, ind)] for m in months))
    sh.put(r + 1, 0, "注：户数、人口等为月末数，〃、同上表示与上月相同；受理、办结、志愿服务为当月数。")
    sh.put(r + 2, 0, "山大路社区居委会　2026年1月6日")
    save("batch1/山大路社区2025年下半年工作台账.xlsx", [sh], "openpyxl",
         ["community_file", "months_down", "month_typed_as_number_2025_1_is_october", "ditto_marks", "half_year_total_row",
          "shandalu_also_in_jimo"], (2026, 1, 6, 10, 20))


def huanshan(W):
    code = BY_SHORT["环山路"]
    months = PERIOD
    spec = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
            ("老年人健康查体", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
            ("发放慰问品", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
            ("政策宣讲", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"),
            ("注册志愿者（月末）", "人", "volunteers"), ("常住户数（月末）", "户", "households")]
    stocks = {"volunteers", "households"}
    sh = Sheet("主要数据")
    sh.merge(0, 0, 0, 9, "环山路社区2025年7月—2026年1月主要工作数据")
    sh.merge(1, 0, 2, 0, "项目")
    sh.merge(1, 1, 2, 1, "单位")
    sh.merge(1, 2, 1, 7, "2025年")
    sh.put(1, 8, "2026年")
    sh.row(2, 2, ["7月", "8月", "9月", "10月", "11月", "12月", "元月"])
    sh.merge(1, 9, 2, 9, "合计")
    for i, (lab, unit, ind) in enumerate(spec):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        for k, m in enumerate(months):
            if k > 0 and ind in stocks and W.v[(code, m, ind)] == W.v[(code, months[k - 1], ind)]:
                val(sh, r, 2 + k, code, m, ind, text=lambda v: "同上月")
            else:
                val(sh, r, 2 + k, code, m, ind)
        if ind not in stocks:
            sh.put(r, 9, Formula(f"=SUM(C{r + 1}:I{r + 1})", sum(W.v[(code, m, ind)] for m in months)))
    sh.put(16, 0, "注：11月15日起集中供暖，11—12月供暖诉求较多；元月含腊八、春节前走访慰问。")
    sh.put(17, 0, "环山路社区　2026年2月6日")
    save("batch1/环山路社区2025年7月—2026年1月主要工作数据.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_down_months_across", "year_group_header", "yuanyue_after_december",
          "same_as_last_month_words", "sum_formula_column"], (2026, 2, 6, 11, 0))


def shishida(W):
    m, code = "2025-09", BY_SHORT["山师大"]
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 4, "山东师范大学社区居委会2025年9月份工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "本月", "备注"])
    groups = [("民情", [("受理群众诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
                        ("调解纠纷", "起", "disputes_mediated", "cn")]),
              ("为老", [("老年人健康查体", "人", "free_health_checks", "n"), ("走访慰问困难群众", "人", "people_assisted", "n")]),
              ("志愿", [("注册志愿者", "人", "volunteers", ("multi", "本月新增{x}人，累计{0}人", ["volunteers"])),
                        ("志愿服务", "人次", "volunteer_person_times", ("multi", "{0}人次（含迎新志愿服务）",
                                                                      ["volunteer_person_times"]))]),
              ("党建", [("在册党员", "名", "party_members", "n"), ("党员结对帮扶", "对", "pairings", "n")]),
              ("基础", [("常住人口", "人", "residents", "k"), ("社区工作者", "人", "staff", "n")])]
    new = W.v[(code, m, "volunteers")] - W.v[(code, W.prev(m), "volunteers")]
    r = 2
    for cat, spec in groups:
        sh.merge(r, 0, r + len(spec) - 1, 0, cat)
        spec = [(a, b, c, ("multi", d[1].replace("{x}", str(new)), d[2]) if isinstance(d, tuple) else d)
                for a, b, c, d in spec]
        r = items(sh, r, code, m, spec, cols=(None, 1, 2, 3), num=False)
    sh.put(2, 4, "含开学季学生公寓周边噪音诉求")
    sh.put(r + 1, 0, "山师大社区（山东师范大学社区居委会）　2025年10月8日")
    save("batch1/山师大社区2025年9月份工作报表.xls", [sh], "xlwt",
         ["community_file", "university_full_name_for_community", "cumulative_registered_is_stock", "figure_with_words",
          "category_merged_down", "cn_small_numerals", "shida_vs_shidonglu"], (2025, 10, 8, 15, 30))


def kaiyuan(W):
    m, code = "2025-08", BY_SHORT["开元山庄"]
    sh = Sheet("8月")
    sh.merge(0, 0, 0, 3, "开元山庄社区2025年8月工作月报")
    sh.row(1, 0, ["项目", "单位", "数量", "说明"])
    rec = W.v[(code, m, "petitions_received")]
    spec = [("受理诉求", "件", "petitions_received", ("multi", f"{{0}}（汛期积水、漏雨{rec * 3 // 5}件）", ["petitions_received"])),
            ("办结", "件", "petitions_resolved", "n"),
            ("文体活动", "场", "cultural_activities", ("multi", "{0}场（含纳凉晚会2场）", ["cultural_activities"])),
            ("暑期“四点半课堂”", "场", None, ("out", "22场")),
            ("职业技能培训", "场", "training_sessions", ("miss", "暂无")),
            ("低保", "户/人", "dibao_households", ("multi", "{0}户{1}人", ["dibao_households", "dibao_persons"])),
            ("低保金", "元", "dibao_payout_yuan", "k"),
            ("治安案件", "起", "security_cases", "wu"),
            ("志愿服务", "人次", "volunteer_person_times", "yue"),
            ("巡逻队员", "人", "patrol_members", "n")]
    r = items(sh, 2, code, m, spec, cols=(None, 0, 1, 2), num=False)
    sh.put(6, 3, "人社服务站9月统一组织")
    sh.put(9, 3, "派出所通报")
    sh.put(r + 1, 0, "中创开元山庄社区居委会　2025年9月4日")
    save("batch1/开元山庄社区2025年8月工作月报.ods", [sh], "odfpy",
         ["community_file", "short_name_of_registry_name", "figure_with_words", "pair_hh_persons", "zanwu", "wu_zero",
          "approx_yue", "thousands_text", "outside_rows"], (2025, 9, 4, 8, 45))


def build(W):
    heping(W)
    shanda(W)
    huanshan(W)
    shishida(W)
    kaiyuan(W)
