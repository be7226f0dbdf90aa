"""Community files (1): 谈固 October (the street's and the community's name in one title), 白佛口 October (GBK CSV,
「1万3800」), 白佛 November (「41→45」), 建明小区第一 November (本月 | 1-11月累计 | 上年同期), 银龙小区第二 December (the
month only in a date cell, numbers with unit formats), 長東聯合 December (traditional characters), 焦化厂's winter
台账 (months across, the year only where it changes), 华辰怡园 January (UTF-8 CSV with BOM, a homophone of 华宸)."""
import datetime

from sjz_grid import Sheet, arrow, miss, multi, prior, val
from sjz_world import BY
from sjz_writers import save


def items(sh, r0, c0, code, m, spec, num=True):
    """Rows (序号) | 项目 | 单位 | 数值 from spec: (label, unit, ind or None, how). how: a render style; ('miss', text);
    ('multi', template, [inds]); ('out', text) for an item outside the catalogue; ('arrow', wrong). Returns the next
    row."""
    r = r0
    c = c0
    for i, (lab, unit, ind, how) in enumerate(spec):
        c = c0
        if num:
            sh.put(r, c, i + 1)
            c += 1
        sh.put(r, c, lab)
        if unit:
            sh.put(r, c + 1, unit)
        c += 2
        if isinstance(how, tuple) and how[0] == "miss":
            miss(sh, r, c, code, m, ind, how[1])
        elif isinstance(how, tuple) and how[0] == "multi":
            multi(sh, r, c, code, m, how[1], how[2])
        elif isinstance(how, tuple) and how[0] == "out":
            sh.put(r, c, how[1])
        elif isinstance(how, tuple) and how[0] == "arrow":
            arrow(sh, r, c, code, m, ind, W_ref[0].v[(code, m, ind)] - how[1])
        else:
            val(sh, r, c, code, m, ind, style=how, unit=unit if how in ("u", "su", "fw", "zy", "yu", "cn") else "")
        r += 1
    return r


W_ref = [None]


def tangu_oct(W):
    m, code = "2025-10", BY["谈固"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 5, "长安区谈固街道谈固社区2025年10月工作月报")
    sh.row(1, 0, ["序号", "工作类别", "项目", "单位", "本月完成", "备注"])
    rec = W.v[(code, m, "petitions_received")]
    groups = [("民情诉求", [("受理居民诉求", "件", "petitions_received",
                          ("multi", "{0}件（含冀时办%d件）" % (rec // 5), ["petitions_received"])),
                         ("办结", "件", "petitions_resolved", "n"), ("调解纠纷", "起", "disputes_mediated", "cn")]),
              ("为老服务", [("65岁以上老人免费体检", "人", "free_health_checks",
                          ("multi", "{0}人（重阳节义诊）", ["free_health_checks"])),
                         ("走访慰问困难群众", "人", "people_assisted", "u"), ("发放月饼、米面油", "件", "goods_distributed", "n")]),
              ("文化宣传", [("文体活动", "场", "cultural_activities", "n"), ("政策宣讲", "次", "lectures_held", "n")]),
              ("志愿服务", [("创城志愿服务", "人次", "volunteer_person_times", "zy"), ("注册志愿者", "人", "volunteers", "n")]),
              ("基础信息", [("常住户数", "户", "households", "k"), ("常住人口", "人", "residents", "k"),
                        ("党员", "名", "party_members", "n"), ("供暖前燃气安全入户检查", "户", None, ("out", "约600户"))])]
    r, n = 2, 1
    for cat, spec in groups:
        sh.merge(r, 1, r + len(spec) - 1, 1, cat)
        for lab, unit, ind, how in spec:
            sh.put(r, 0, n)
            sh.put(r, 2, lab)
            sh.put(r, 3, unit)
            if isinstance(how, tuple) and how[0] == "multi":
                multi(sh, r, 4, code, m, how[1], how[2])
            elif isinstance(how, tuple):
                sh.put(r, 4, how[1])
            else:
                val(sh, r, 4, code, m, ind, style=how, unit=unit if how in ("u", "cn") else "")
            r += 1
            n += 1
    sh.put(4, 5, "国庆中秋假期矛盾调解")
    sh.put(r + 1, 0, "谈固社区居委会（章）　　2025年11月3日")
    sh.widths.update({2: 24, 4: 18})
    save("batch1/谈固社区2025年10月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "street_name_is_community_name", "category_merged_down", "figure_with_words",
          "part_in_brackets", "cn_small_numerals", "approx_zuoyou", "thousands_text", "outside_rows"],
         (2025, 11, 3, 9, 0))


def baifokou_oct(W, batch="batch1"):
    m, code = "2025-10", BY["白佛口"]
    sh = Sheet("csv")
    sh.put(0, 0, "白佛口社区2025年度工作数据报表" + ("（更正）" if batch == "batch2" else ""))
    sh.row(1, 0, ["序号", "指标", "计量单位", "10月", "备注"])
    spec = [("受理诉求", "件", "petitions_received", "t", ""), ("办结", "件", "petitions_resolved", "t", ""),
            ("新增就业岗位", "个", "jobs_created", "t", ""), ("其中公益性岗位", "个", "public_welfare_jobs", "t", ""),
            ("实现就业", "人", "people_employed", "t", ""), ("低保户数", "户", "dibao_households", "t", ""),
            ("低保人数", "人", "dibao_persons", "t", "更正：漏报1人" if batch == "batch2" else ""),
            ("低保金", "元", "dibao_payout_yuan", "wmix", ""), ("免费体检", "人", "free_health_checks", "fw", "敬老月"),
            ("治安巡逻队员", "人", "patrol_members", "t", ""), ("平安信息员", "人", "informants", "t", ""),
            ("治安案件", "起", "security_cases", "wu", "")]
    for i, (lab, unit, ind, st, note) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [str(i + 1), lab, unit])
        val(sh, r, 3, code, m, ind, style=st)
        if note:
            sh.put(r, 4, note)
    r = 2 + len(spec)
    sh.row(r, 0, ["填报人：白佛口社区　刘", "", "", "2025年11月" + ("10日" if batch == "batch2" else "2日")])
    name = "白佛口社区2025年10月份数据" + ("（更正）" if batch == "batch2" else "")
    feats = ["community_file", "csv_gbk_wps", "month_only_as_value_header", "wan_mixed_numeral", "fullwidth_digits",
             "wu_zero", "baifo_baifokou_prefix"]
    if batch == "batch2":
        feats += ["correction_whole_file"]
    save(f"{batch}/{name}.csv", [sh], "csv-gbk", feats,
         (2025, 11, 10, 15, 0) if batch == "batch2" else (2025, 11, 2, 16, 30))


def baifo_nov(W):
    m, code = "2025-11", BY["白佛"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "白佛社区25年11月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    spec = [("受理居民诉求", "件", "petitions_received", ("arrow", 4)),
            ("办结", "件", "petitions_resolved", ("arrow", 3)),
            ("调解矛盾纠纷", "起", "disputes_mediated", "n"), ("新增就业岗位", "个", "jobs_created", "n"),
            ("实现就业", "人", "people_employed", "n"),
            ("城市低保", "户/人", "dibao_households", ("multi", "{0}户/{1}人", ["dibao_households", "dibao_persons"])),
            ("文体活动", "场", "cultural_activities", "n"), ("政策宣讲", "次", "lectures_held", "n"),
            ("治安巡逻队员", "人", "patrol_members", "n"), ("平安信息员", "人", "informants", "n"),
            ("治安案件", "起", "security_cases", "wu"), ("社区工作者", "人", "staff", "n")]
    r = items(sh, 2, 0, code, m, spec)
    sh.put(2, 4, "经与12345平台核对更正")
    sh.put(3, 4, "同上")
    rec = W.v[(code, m, "petitions_received")]
    sh.put(r + 1, 0, f"注：11月15日起集中供暖，受理暖气不热、漏水诉求{rec // 3}件（已含在受理居民诉求中）。")
    sh.put(r + 2, 0, "白佛社区居委会　2025年12月2日")
    save("batch1/白佛社区2025年11月工作报表.xls", [sh], "xlwt",
         ["community_file", "arrow_overwritten_figure", "short_year", "pair_slash_units", "wu_zero",
          "baifo_baifokou_prefix", "heating_season"], (2025, 12, 2, 10, 45))


def jianming1_nov(W):
    m, code = "2025-11", BY["建明小区第一"]
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 4, "建明小区第一社区2025年11月工作统计表")
    sh.row(1, 0, ["指标", "单位", "11月", "1-11月累计", "上年同期"])
    spec = [("受理诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
            ("免费健康体检", "人", "free_health_checks"), ("走访慰问", "人", "people_assisted"),
            ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
            ("志愿服务", "人次", "volunteer_person_times")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        val(sh, r, 2, code, m, ind)
        sh.put(r, 3, W.ytd(code, m, ind))
        prior(sh, r, 4, code, m, ind)
    sh.put(14, 0, "建明小区第一社区居委会　2025年12月4日")
    save("batch1/建明小区第一社区2025年11月工作统计.ods", [sh], "odfpy",
         ["community_file", "month_ytd_last_year_columns", "ordinal_pair_jianming", "month_as_value_header"],
         (2025, 12, 4, 14, 20))


def yinlong2_dec(W):
    m, code = "2025-12", BY["银龙小区第二"]
    sh = Sheet("工作报表")
    sh.merge(0, 0, 0, 3, "银龙二社区工作报表")
    sh.put(1, 0, "填报月份")
    sh.put(1, 1, datetime.datetime(2025, 12, 1), 'yyyy"年"m"月"')
    sh.put(1, 2, "报送日期")
    sh.put(1, 3, "2026年1月4日")
    sh.row(2, 0, ["项目", "本月", "项目", "本月"])
    spec = [("受理诉求", "petitions_received", '0"件"'), ("办结", "petitions_resolved", '0"件"'),
            ("调解纠纷", "disputes_mediated", '0"起"'), ("低保户数", "dibao_households", '0"户"'),
            ("低保人数", "dibao_persons", '0"人"'), ("低保金", "dibao_payout_yuan", '#,##0"元"'),
            ("走访慰问", "people_assisted", '0"人"'), ("慰问物资", "goods_distributed", '0"件"'),
            ("文体活动", "cultural_activities", '0"场"'), ("宣讲", "lectures_held", '0"次"'),
            ("巡逻队员", "patrol_members", '0"人"'), ("信息员", "informants", '0"人"')]
    half = (len(spec) + 1) // 2
    for i, (lab, ind, fmt) in enumerate(spec):
        r, c = 3 + i % half, 2 * (i // half)
        sh.put(r, c, lab)
        val(sh, r, c + 1, code, m, ind, fmt=fmt)
    sh.put(3 + half + 1, 0, "注：12月重污染天气橙色预警期间户外文体活动暂停，改为室内书法、剪纸。")
    save("batch1/银龙小区第二社区2025年12月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "period_as_date_cell", "report_date_trap", "custom_number_format_unit",
          "label_value_pairs_two_across", "ordinal_pair_yinlong"], (2026, 1, 4, 11, 20))


def changdong_dec(W):
    m, code = "2025-12", BY["长东联合"]
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 4, "長東聯合社區2025年12月工作報表")
    sh.row(1, 0, ["序號", "項目", "單位", "本月數", "備註"])
    spec = [("受理居民訴求", "件", "petitions_received", "n"), ("辦結", "件", "petitions_resolved", "n"),
            ("調解糾紛", "起", "disputes_mediated", "n"), ("新增就業崗位", "個", "jobs_created", "n"),
            ("實現就業", "人", "people_employed", "n"), ("職業技能培訓", "場", "training_sessions", "n"),
            ("低保戶數", "戶", "dibao_households", "n"), ("低保人數", "人", "dibao_persons", "n"),
            ("低保金", "元", "dibao_payout_yuan", "k"), ("走訪慰問困難群眾", "人", "people_assisted", "n"),
            ("發放慰問物資", "件", "goods_distributed", "n"), ("黨員", "名", "party_members", "n"),
            ("結對幫扶", "對", "pairings", "n"), ("治安巡邏隊員", "人", "patrol_members", "n")]
    r = items(sh, 2, 0, code, m, spec)
    sh.put(2, 4, "含供暖訴求")
    sh.put(r + 1, 0, "填報人：長東聯合社區　　2026年1月5日")
    save("batch1/長東聯合社區2025年12月工作報表.xls", [sh], "xlwt",
         ["community_file", "traditional_characters", "changdong_changfeng_one_char", "thousands_text"],
         (2026, 1, 5, 9, 10))


def jiaohua_winter(W):
    code = BY["焦化厂"]
    months = ["2025-10", "2025-11", "2025-12", "2026-01"]
    sh = Sheet("冬季台账")
    sh.merge(0, 0, 0, 7, "焦化厂社区冬季工作台账")
    sh.merge(1, 0, 1, 7, "（供暖季2025.11.15—2026.3.15，按月登记）")
    sh.row(2, 0, ["项目", "单位", "2025年10月", "11月", "12月", "2026年1月", "合计", "备注"])
    spec = [("受理诉求", "件", "petitions_received"), ("其中：供暖类", "件", None), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("走访慰问", "人", "people_assisted"),
            ("慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times"), ("常住人口", "人", "residents"),
            ("流动人口", "人", "floating_population"), ("低保户数", "户", "dibao_households")]
    for i, (lab, unit, ind) in enumerate(spec):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        tot = 0
        for k, m in enumerate(months):
            if ind is None:
                x = 0 if k == 0 else W.v[(code, m, "petitions_received")] * 2 // 5
                sh.put(r, 2 + k, x)
                tot += x
            else:
                val(sh, r, 2 + k, code, m, ind)
                tot += W.v[(code, m, ind)]
        if ind is None or ind not in ("residents", "floating_population", "dibao_households"):
            sh.put(r, 6, tot)
    sh.put(4, 7, "暖气不热、管道漏水")
    sh.put(3 + len(spec) + 1, 0, "焦化厂社区居委会　2026年2月3日")
    save("batch1/焦化厂社区冬季工作台账（2025年10月—2026年1月）.xlsx", [sh], "xlsxwriter",
         ["community_file", "indicators_down_months_across", "year_only_where_it_changes", "heating_season_span_trap",
          "part_row_outside", "total_column"], (2026, 2, 3, 16, 40))


def huachen_jan(W):
    m, code = "2026-01", BY["华宸怡园"]
    sh = Sheet("csv")
    sh.put(0, 0, "华辰怡园社区工作报表")
    sh.put(1, 0, "报表月份：2026/01")
    sh.row(2, 0, ["项目", "数值", "单位", "备注"])
    spec = [("受理居民诉求", "petitions_received", "件", "n", ""), ("办结", "petitions_resolved", "件", "n", ""),
            ("调解纠纷", "disputes_mediated", "起", "n", ""), ("新增就业岗位", "jobs_created", "个", "n", ""),
            ("其中：公益性岗位", "public_welfare_jobs", "个", "n", ""), ("实现就业", "people_employed", "人", "n", ""),
            ("创业担保贷款", "micro_loans_yuan", "万元", "wanv", ""),
            ("走访慰问困难群众", "people_assisted", "人", "n", "含小年走访"),
            ("免费健康体检", "free_health_checks", "人", "n", ""), ("文体活动", "cultural_activities", "场", "n", "元旦、小年"),
            ("注册志愿者", "volunteers", "人", "n", "")]
    for i, (lab, ind, unit, st, note) in enumerate(spec):
        r = 3 + i
        sh.put(r, 0, lab)
        if st == "wanv":
            val(sh, r, 1, code, m, ind, style="t", div=10000)
        else:
            val(sh, r, 1, code, m, ind, style="t")
        sh.put(r, 2, unit)
        if note:
            sh.put(r, 3, note)
    sh.put(3 + len(spec) + 1, 0, "华辰怡园社区居委会 2026年2月2日")
    save("batch1/华辰怡园社区2026年1月工作报表.csv", [sh], "csv-utf8bom",
         ["community_file", "csv_utf8_bom", "homophone_name", "period_slash_form", "value_before_unit",
          "wan_yuan_unit_column"], (2026, 2, 2, 10, 5))


def build(W):
    W_ref[0] = W
    tangu_oct(W)
    baifokou_oct(W)
    baifo_nov(W)
    jianming1_nov(W)
    yinlong2_dec(W)
    changdong_dec(W)
    jiaohua_winter(W)
    huachen_jan(W)
