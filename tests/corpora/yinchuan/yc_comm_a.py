"""Community files (1): 春园 October (the figure only in the 备注: 「见备注」), 丽景 October (.ods, 本月 | 上年同期 | 增减),
福园 November (GBK CSV, 「52（较上月+6）」), 景湖 November (.xls, 「低保（人/户）」 「47/28」, 「本月未发生」), 友爱 December
(上月结转 / 本月新受理 / 转下月), 迎宾 fourth-quarter 台账 (10月份 | 11月份 | 12月份 | 四季度合计)."""
from yc_grid import Sheet, miss, multi, prior, qval, val
from yc_world import BY_SHORT
from yc_writers import save

COLS = dict(no=0, lab=1, unit=2, val=3, note=4)


def form(W, sh, r0, code, m, spec, cols=None, num=True):
    """Rows of a one-community form. spec: (label, unit, how[, note]); how is ("v", ind, style), ("m", template, inds),
    ("w", ind) for 「10万元」, ("x", ind, text) for a cell that reports nothing, or ("o", text) for an item outside
    the catalogue."""
    cols = cols or COLS
    r = r0
    for i, item in enumerate(spec):
        lab, unit, how = item[:3]
        note = item[3] if len(item) > 3 else None
        if num and cols.get("no") is not None:
            sh.put(r, cols["no"], i + 1)
        sh.put(r, cols["lab"], lab)
        if unit and cols.get("unit") is not None:
            sh.put(r, cols["unit"], unit)
        c = cols["val"]
        kind = how[0]
        if kind == "v":
            st = how[2] if len(how) > 2 else "n"
            val(sh, r, c, code, m, how[1], style=st, unit=unit if st in ("u", "fw", "zy", "yu", "cn", "wfs", "spu", "kd")
                else "")
        elif kind == "w":   # 万元 written in the cell under a 元 unit: 「10万元」
            val(sh, r, c, code, m, how[1], style="wan", div=10000)
        elif kind == "m":
            multi(sh, r, c, code, m, how[1], how[2])
        elif kind == "x":
            miss(sh, r, c, code, m, how[1], how[2])
        elif kind == "o":
            sh.put(r, c, how[1])
        if note and cols.get("note") is not None:
            sh.put(r, cols["note"], note)
        r += 1
    return r


def chunyuan_oct(W):
    m, code = "2025-10", BY_SHORT["春园"]
    rec = W.v[(code, m, "petitions_received")]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 4, "春园社区2025年10月工作报表")
    sh.row(1, 0, ["序号", "工作项目", "单位", "本月", "备注"])
    spec = [("受理居民诉求", "件", ("o", "见备注")),
            ("已办结", "件", ("v", "petitions_resolved")),
            ("调解纠纷", "起", ("v", "disputes_mediated")),
            ("新增就业岗位", "个", ("v", "jobs_created")),
            ("实现就业", "人", ("v", "people_employed")),
            ("老年人免费体检（敬老月）", "人", ("v", "free_health_checks")),
            ("重阳节走访慰问", "人", ("v", "people_assisted")),
            ("文体活动", "场", ("m", "{0}场（含国庆中秋文艺汇演2场）", ["cultural_activities"])),
            ("志愿服务", "人次", ("v", "volunteer_person_times", "ap")),
            ("注册志愿者", "人", ("v", "volunteers")),
            ("治安案件", "起", ("v", "security_cases", "wfs"))]
    form(W, sh, 2, code, m, spec)
    multi(sh, 2, 4, code, m, f"本月受理{{0}}件，其中“我的宁夏”APP反映{rec // 5}件、12345转办{rec // 3}件", ["petitions_received"])
    sh.merge(14, 0, 14, 4, "春园社区居委会（盖章）　　填报人：虎　　2025年11月3日")
    sh.widths.update({1: 24, 4: 44})
    save("batch1/春园社区2025年10月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "figure_only_in_remark", "approx_sign", "part_in_brackets", "weifasheng_zero",
          "units_glued"], (2025, 11, 3, 9, 20))


def lijing_oct(W):
    m, code = "2025-10", BY_SHORT["丽景"]
    sh = Sheet("丽景")
    sh.merge(0, 0, 0, 4, "银古路街道丽景社区2025年10月份工作月报")
    sh.row(1, 0, ["项目", "单位", "本月", "上年同期", "增减"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("低保户数", "户", "dibao_households"),
            ("低保人数", "人", "dibao_persons"), ("低保金", "元", "dibao_payout_yuan"),
            ("老年人体检", "人", "free_health_checks"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, m, ind)
        prior(sh, r, 3, code, m, ind)
        d = W.v[(code, m, ind)] - W.v[(code, W.last_year(m), ind)]
        sh.put(r, 4, f"{d:+d}" if d else "0")
    sh.merge(14, 0, 14, 4, "备注：国庆、中秋假期丽景湖公园游园安全志愿服务计入志愿服务人次。")
    sh.merge(15, 0, 15, 4, "丽景社区居委会　2025年11月5日")
    save("batch1/丽景社区2025年10月份工作月报.ods", [sh], "odfpy",
         ["community_file", "street_name_in_title", "lijing_vs_lijingjie_street", "prior_year_column",
          "signed_change_column"], (2025, 11, 5, 14, 0))


def fuyuan_nov(W):
    m, code = "2025-11", BY_SHORT["福园"]
    sh = Sheet("csv")
    sh.put(0, 0, "福园社区2025年11月工作情况")
    sh.row(1, 0, ["项目", "单位", "本月", "备注"])
    rows = [("受理诉求", "件", "petitions_received", True, "供暖开始后暖气不热诉求增多"),
            ("办结", "件", "petitions_resolved", True, ""), ("调解纠纷", "起", "disputes_mediated", False, ""),
            ("实现就业", "人", "people_employed", True, ""), ("走访慰问", "人", "people_assisted", False, ""),
            ("慰问物资", "件", "goods_distributed", True, "米、面、油"), ("文体活动", "场", "cultural_activities", False, ""),
            ("政策宣讲", "次", "lectures_held", True, ""), ("巡逻队员", "人", "patrol_members", False, ""),
            ("平安信息员", "人", "informants", False, ""), ("治安案件", "起", "security_cases", False, "")]
    for i, (lab, unit, ind, chg, note) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        if chg:
            d = W.v[(code, m, ind)] - W.v[(code, W.prev(m), ind)]
            words = "与上月持平" if d == 0 else f"较上月{d:+d}"
            multi(sh, r, 2, code, m, "{0}（" + words + "）", [ind])
        else:
            val(sh, r, 2, code, m, ind, style="t")
        if note:
            sh.put(r, 3, note)
    sh.row(2 + len(rows) + 1, 0, ["填报：福园社区　丁", "", "2025.12.2", ""])
    save("batch1/福园社区2025年11月工作情况.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_wps", "change_in_brackets_in_cell", "numbers_as_text", "footer_date_trap"],
         (2025, 12, 2, 17, 30))


def jinghu_nov(W):
    m, code = "2025-11", BY_SHORT["景湖"]
    sh = Sheet("景湖11月")
    sh.merge(0, 0, 0, 3, "景湖社区报表（2025年11月份）")
    sh.row(1, 0, ["序号", "指标名称", "计量单位", "本月数"])
    spec = [("受理群众诉求", "件", ("v", "petitions_received")), ("办结群众诉求", "件", ("v", "petitions_resolved")),
            ("低保（人/户）", "人/户", ("m", "{0}/{1}", ["dibao_persons", "dibao_households"])),
            ("低保金", "元", ("v", "dibao_payout_yuan", "kd")),
            ("零就业家庭", "户", ("v", "zero_employment_households", "wu")),
            ("常住户数", "户", ("v", "households")), ("常住人口", "人", ("v", "residents")),
            ("流动人口", "人", ("v", "floating_population", "yue")), ("社区工作者", "人", ("v", "staff")),
            ("治安案件", "起", ("v", "security_cases", "wfs"))]
    r = form(W, sh, 2, code, m, spec, cols=dict(no=0, lab=1, unit=2, val=3))
    sh.merge(r + 1, 0, r + 1, 3, "景湖社区居委会　　2025年12月4日（流动人口为网格员摸排估算数）")
    save("batch1/景湖社区2025年11月报表.xls", [sh], "xlwt",
         ["community_file", "pair_persons_first_slash", "thousands_decimals_text", "approx_yue", "wu_zero",
          "weifasheng_zero", "jinghu_vs_jingyuan_trap"], (2025, 12, 4, 10, 5))


def youai_dec(W):
    m, code = "2025-12", BY_SHORT["友爱"]
    rec, res = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
    carry = 3
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "友爱社区2025年12月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    spec = [("上月结转诉求", "件", ("o", carry)), ("本月新受理诉求", "件", ("v", "petitions_received")),
            ("本月办结诉求", "件", ("v", "petitions_resolved"), "含上月结转件"),
            ("转下月办理", "件", ("o", carry + rec - res)), ("调解纠纷", "起", ("v", "disputes_mediated")),
            ("新增就业岗位", "个", ("m", "{0}个（其中公益性岗位{1}个）", ["jobs_created", "public_welfare_jobs"])),
            ("实现就业", "人", ("v", "people_employed")),
            ("职业技能培训", "场", ("x", "training_sessions", "暂无"), "街道统一组织，社区未单独统计"),
            ("低保户数", "户", ("v", "dibao_households")), ("低保人数", "人", ("v", "dibao_persons")),
            ("文体活动", "场", ("v", "cultural_activities")),
            ("政策宣讲（含12·4宪法宣传日）", "次", ("v", "lectures_held")),
            ("在册党员", "名", ("v", "party_members")), ("党员结对帮扶", "对", ("v", "pairings"))]
    r = form(W, sh, 2, code, m, spec)
    sh.merge(r + 1, 0, r + 1, 4, "注：友爱村委会数据由村委会另行报送，未计入本表。")
    sh.merge(r + 2, 0, r + 2, 4, "友爱社区居委会　2026年1月5日")
    sh.widths.update({1: 28, 4: 30})
    save("batch1/友爱社区2025年12月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "carry_over_rows_trap", "two_values_one_cell", "zanwu", "youai_vs_youaicun_trap"],
         (2026, 1, 5, 15, 10))


def yingbin_q4(W):
    code = BY_SHORT["迎宾"]
    months = ("2025-10", "2025-11", "2025-12")
    sh = Sheet("四季度台账")
    sh.merge(0, 0, 0, 5, "迎宾社区2025年第四季度工作台账")
    sh.row(1, 0, ["项目", "单位", "10月份", "11月份", "12月份", "四季度合计"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("走访慰问", "人", "people_assisted"),
            ("慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者（月末）", "人", "volunteers"),
            ("巡逻队员（月末）", "人", "patrol_members"), ("党员（月末）", "名", "party_members")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        for k, m in enumerate(months):
            val(sh, r, 2 + k, code, m, ind)
        if "月末" in lab:
            sh.put(r, 5, "—")
        else:
            qval(sh, r, 5, code, "2025-Q4", ind)
    sh.merge(15, 0, 15, 5, "说明：10月含国庆、中秋、重阳活动；11月1日起供暖。月末数不合计。")
    sh.merge(16, 0, 16, 5, "迎宾社区　2026年1月6日")
    save("batch1/迎宾社区2025年第四季度工作台账.xlsx", [sh], "openpyxl",
         ["community_file", "months_across_year_in_title", "quarter_total_column", "stocks_marked_month_end",
          "yingbin_common_name"], (2026, 1, 6, 9, 0))


def build(W):
    chunyuan_oct(W)
    lijing_oct(W)
    fuyuan_nov(W)
    jinghu_nov(W)
    youai_dec(W)
    yingbin_q4(W)
