"""Community files, part one (2025-11 … 2026-03)."""
import random

from nn_grid import Sheet, ditto, gridsum, pair, val, words
from nn_world import BY_SHORT
from nn_writers import save

B1 = "batch1/"


def c1_dabansan(W):
    """Items numbered 1 / 1.1 / 1.2.1 …: the number alone says what a terse leaf belongs to (1.1 户数 is 常住户数,
    4.1 户数 under 4 城市低保 is 低保户数; 3.1.1 公益性 is a part of 3.1 新增岗位)."""
    code, m = BY_SHORT["大板三"], "2025-11"
    sh = Sheet("11月")
    sh.put(0, 0, "大板三社区2025年11月工作情况统计表")
    sh.put(1, 0, "填报单位：津头街道大板三社区居委会")
    sh.row(2, 0, ["序号", "项目", "单位", "本月", "备注"])
    items = [("1", "基本情况", "", None), ("1.1", "户数", "户", "households"), ("1.2", "人口", "人", "residents"),
             ("1.2.1", "流动人员", "人", "floating_population"), ("1.3", "社区工作者", "人", "staff"),
             ("2", "民情诉求", "", None), ("2.1", "受理", "件", "petitions_received"),
             ("2.1.1", "12345转办", "件", ("out", 4, 12)), ("2.2", "办结", "件", "petitions_resolved"),
             ("2.3", "调解纠纷", "起", "disputes_mediated"), ("3", "就业", "", None),
             ("3.1", "新增岗位", "个", "jobs_created"), ("3.1.1", "公益性", "个", "public_welfare_jobs"),
             ("3.2", "实现就业", "人", "people_employed"), ("3.3", "零就业家庭", "户", "zero_employment_households"),
             ("4", "城市低保", "", None), ("4.1", "户数", "户", "dibao_households"), ("4.2", "人数", "人", "dibao_persons"),
             ("4.3", "金额", "元", "dibao_payout_yuan"), ("5", "为老助困", "", None),
             ("5.1", "体检", "人", "free_health_checks"), ("5.2", "走访慰问", "人", "people_assisted"),
             ("6", "党建", "", None), ("6.1", "党员", "名", "party_members"), ("6.2", "结对帮扶", "对", "pairings"),
             ("7", "志愿服务", "", None), ("7.1", "注册", "人", "volunteers"), ("7.2", "服务", "人次", "volunteer_person_times"),
             ("8", "文化", "", None), ("8.1", "文体活动", "场", "cultural_activities"), ("8.2", "宣讲", "次", "lectures_held")]
    notes = {"8.1": "民歌节期间开展“唱响邕城”山歌会2场", "4.3": "11月6日发放", "2.1": "含回迁小区物业诉求"}
    for i, (no, label, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [no, label, unit])
        if isinstance(ind, tuple):
            sh.put(r, 3, W.out(code, m, label, ind[1], ind[2]))
        elif ind:
            val(sh, r, 3, code, m, ind)
        if no in notes:
            sh.put(r, 4, notes[no])
    sh.put(3 + len(items) + 1, 0, "填表人：梁小燕　　联系电话：0771-5860217　　填报日期：2025年12月2日")
    save(B1 + "大板三社区2025年11月工作情况统计表.xlsx", [sh], "openpyxl",
         ["comm_list", "outline_numbering_parent", "terse_leaf_labels", "same_leaf_two_meanings", "part_row",
          "name_ends_in_numeral", "footer_date_trap", "xlsx_openpyxl"], (2025, 12, 2, 17, 10))


def c2_nanhu(W):
    """完成情况 as sentences only, several catalogue figures in each (「受理群众诉求23件，已办结21件」),
    「未发生治安案件」 for 0, 「百余件」 and 「120人次左右」; 南湖 (the next street's name) in the community's own."""
    code, m = BY_SHORT["南湖小区"], "2025-12"
    k = lambda ind: (code, m, ind)
    sh = Sheet("Sheet1")
    sh.put(0, 0, "津头街道南湖小区社区2025年12月工作完成情况")
    sh.row(1, 0, ["序号", "工作项目", "完成情况", "备注"])
    sec = W.v[k("security_cases")]
    assert W.v[k("goods_distributed")] == 100 and W.v[k("volunteer_person_times")] == 120
    rows = [("群众诉求", "受理群众诉求{0}件，已办结{1}件", ["petitions_received", "petitions_resolved"], ""),
            ("矛盾纠纷", "排查矛盾纠纷%d次，调解成功{0}起" % W.out(code, m, "排查", 5, 12), ["disputes_mediated"], ""),
            ("就业创业", "新开发就业岗位{0}个（其中公益性岗位{1}个），帮助{2}人实现就业",
             ["jobs_created", "public_welfare_jobs", "people_employed"], ""),
            ("城市低保", "在保{0}户{1}人，发放低保金{2}元", ["dibao_households", "dibao_persons", "dibao_payout_yuan"],
             "12月5日发放"),
            ("为老服务", "为65岁以上老人免费体检{0}人，走访慰问困难群众{1}人", ["free_health_checks", "people_assisted"], ""),
            ("慰问物资", "元旦前发放慰问品百余件", ["goods_distributed"], "大米、食用油"),
            ("志愿服务", "组织开展志愿服务120人次左右", ["volunteer_person_times"], ""),
            ("平安建设", "现有群防群治巡逻队员{0}人、平安信息员{1}人，" + ("辖区未发生治安案件" if sec == 0 else "辖区发生治安案件{2}起"),
             ["patrol_members", "informants", "security_cases"], ""),
            ("党建工作", "在册党员{0}名，党员结对帮扶困难群众{1}对", ["party_members", "pairings"], ""),
            ("文化宣传", "开展文体活动{0}场、政策宣讲{1}次", ["cultural_activities", "lectures_held"], "")]
    for i, (label, tpl, inds, note) in enumerate(rows):
        r = 2 + i
        sh.row(r, 0, [i + 1, label])
        words(sh, r, 2, tpl, [k(x) for x in inds])
        if note:
            sh.put(r, 3, note)
    sh.put(13, 0, "注：南湖公园元旦游园活动由街道统一组织，不计入本社区。")
    sh.put(14, 0, "填报人：潘丽娟　　2026年1月5日")
    save(B1 + "南湖小区社区2025年12月工作完成情况.xlsx", [sh], "openpyxl",
         ["comm_list", "figures_in_sentences", "several_figures_one_cell", "zero_in_words", "baiyu_approx",
          "zuoyou_approx", "name_with_next_street_name", "notes_names_trap", "xlsx_openpyxl"], (2026, 1, 5, 10, 20))


def c3_jinpu(W):
    """Months as rows 「2025年11月」「12月」「2026年元月」; stocks unchanged since the row above written 「同上」 / 「〃」."""
    code = BY_SHORT["金浦"]
    sh = Sheet("台账")
    sh.put(0, 0, "金浦社区工作台账（2025年11月—2026年元月）")
    cols = [("户数（户）", "households"), ("常住人口（人）", "residents"), ("社区工作者（人）", "staff"),
            ("党员（名）", "party_members"), ("结对帮扶（对）", "pairings"), ("零就业家庭（户）", "zero_employment_households"),
            ("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
            ("走访慰问（人）", "people_assisted"), ("志愿服务（人次）", "volunteer_person_times")]
    sh.row(1, 0, ["月份"] + [c for c, _ in cols] + ["备注"])
    labels = [("2025-11", "2025年11月"), ("2025-12", "12月"), ("2026-01", "2026年元月")]
    marks = {"2025-12": "同上", "2026-01": "〃"}
    for i, (m, lab) in enumerate(labels):
        r = 2 + i
        sh.put(r, 0, lab)
        for j, (_, ind) in enumerate(cols):
            if i and ind in ("staff", "party_members", "pairings", "zero_employment_households"):
                ditto(sh, r, 1 + j, code, m, ind, labels[i - 1][0], marks[m])
            else:
                val(sh, r, 1 + j, code, m, ind)
    sh.put(4, 11, "转入党员2名")
    sh.put(6, 0, "说明：“同上”“〃”表示与上月相同。")
    sh.put(7, 0, "金浦社区居委会　陆美玲　2026年2月3日")
    save(B1 + "金浦社区工作台账（2025.11-2026.1）.xlsx", [sh], "xlsxwriter",
         ["comm_months_as_rows", "ditto_same_as_above", "yuanyue_january", "year_carried_from_first_row",
          "span_in_filename", "xlsx_xlsxwriter"], (2026, 2, 3, 16, 30))


def c4_langxi(W):
    """琅西 for 埌西 (the rare 埌 typed with the 琅 an input method offers); the value column headed 「元月份」 with the
    year only on the second title line; 万元 in the 单位 column."""
    code, m = BY_SHORT["埌西"], "2026-01"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "琅西社区居委会工作月报表")
    sh.put(1, 0, "（2026年度）")
    sh.row(2, 0, ["序号", "指标", "单位", "元月份", "备注"])
    items = [("受理群众诉求", "件", "petitions_received", ""), ("办结群众诉求", "件", "petitions_resolved", ""),
             ("调解矛盾纠纷", "起", "disputes_mediated", ""), ("新增就业岗位", "个", "jobs_created", ""),
             ("公益性岗位", "个", "public_welfare_jobs", ""), ("城镇新增就业", "人", "people_employed", ""),
             ("创业担保贷款", "万元", "micro_loans_yuan", ""), ("低保户数", "户", "dibao_households", ""),
             ("低保人数", "人", "dibao_persons", ""), ("低保金", "元", "dibao_payout_yuan", "1月8日发放"),
             ("走访慰问困难群众", "人", "people_assisted", "春节前集中走访"), ("发放慰问物资", "件", "goods_distributed", ""),
             ("出租屋登记", "户", ("out", 120, 400), "城中村出租屋"), ("流动人口", "人", "floating_population", ""),
             ("常住人口", "人", "residents", ""), ("治安案件", "起", "security_cases", "")]
    for i, (label, unit, ind, note) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [i + 1, label, unit])
        if isinstance(ind, tuple):
            sh.put(r, 3, W.out(code, m, label, ind[1], ind[2]))
        elif ind == "micro_loans_yuan":
            val(sh, r, 3, code, m, ind, div=10000, style="wu")
        else:
            val(sh, r, 3, code, m, ind, style="wu" if ind == "security_cases" else "n")
        if note:
            sh.put(r, 4, note)
    sh.put(20, 0, "填报人：韦丽华　　联系电话：0771-5861203　　2026年2月5日")
    save(B1 + "琅西社区2026年1月工作报表.xls", [sh], "xlwt",
         ["comm_list", "rare_char_typed_as_homophone", "village_of_same_name_in_street", "yuanyue_column_header",
          "year_only_second_line", "wan_unit_column", "wu_for_zero", "outside_rows", "xls_xlwt"], (2026, 2, 5, 9, 30))


def c5_jinzhou(W):
    """类别 merged down; 「未开展」 for the sessions not held over 春节 (0); 「约150」; 回南天 notes."""
    code, m = BY_SHORT["金洲"], "2026-02"
    sh = Sheet("2月")
    sh.put(0, 0, "金洲社区2026年2月工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "本月", "备注"])
    groups = [("民情诉求", [("受理诉求", "件", "petitions_received", "n", "回南天楼道返潮、渗水诉求增多"),
                            ("办结诉求", "件", "petitions_resolved", "n", ""),
                            ("调解纠纷", "起", "disputes_mediated", "n", "")]),
              ("就业服务", [("新增就业岗位", "个", "jobs_created", "n", ""),
                            ("城镇新增就业", "人", "people_employed", "n", ""),
                            ("职业技能培训", "场", "training_sessions", "wkz", "春节假期，顺延至3月")]),
              ("民政为老", [("走访慰问困难群众", "人", "people_assisted", "n", ""),
                            ("发放慰问物资", "件", "goods_distributed", "n", "春节前发放大米、食用油"),
                            ("低保户数", "户", "dibao_households", "n", ""),
                            ("低保人数", "人", "dibao_persons", "n", "")]),
              ("文化志愿", [("政策宣讲", "次", "lectures_held", "wkz", "春节假期"),
                            ("文体活动", "场", "cultural_activities", "n", "迎春游园、写春联"),
                            ("志愿服务", "人次", "volunteer_person_times", "about", "")])]
    r = 2
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for label, unit, ind, style, note in items:
            sh.row(r, 1, [label, unit])
            val(sh, r, 3, code, m, ind, style=style)
            if note:
                sh.put(r, 4, note)
            r += 1
    sh.put(r + 1, 0, "填报人：蒙丽萍　　报送日期：2026年3月3日")
    save(B1 + "金洲社区2026年2月工作报表.ods", [sh], "odfpy",
         ["comm_list", "category_merged_down", "not_held_as_zero", "about_approx", "notes_numbers", "ods_odfpy"],
         (2026, 3, 3, 14, 40))


def split(total, n, seed):
    """A total shared by n grids of roughly equal size (seeded)."""
    r = random.Random(seed)
    w = [r.uniform(0.6, 1.4) for _ in range(n)]
    parts = [int(total * x / sum(w)) for x in w]
    for i in r.sample(range(n), total - sum(parts)):
        parts[i] += 1
    return parts


def c6_fenglingnan(W):
    """Figures per 网格 only, no 社区合计 row: the community's figure is the sum of its five grids (the note says
    these are all the grids)."""
    code, m = BY_SHORT["凤岭南"], "2026-02"
    sh = Sheet("分网格")
    sh.put(0, 0, "凤岭南社区2026年2月分网格工作数据")
    cols = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"),
            ("走访慰问（人）", "people_assisted"), ("志愿服务（人次）", "volunteer_person_times"),
            ("巡逻队员（人）", "patrol_members"), ("平安信息员（人）", "informants"), ("流动人口（人）", "floating_population")]
    sh.row(1, 0, ["网格", "网格员"] + [c for c, _ in cols])
    names = ["岑桂芳", "黄志刚", "韦秋菊", "蒙海", "梁晓丽"]
    for g in range(5):
        sh.row(2 + g, 0, [f"第{g + 1}网格", names[g]])
    recv = split(W.v[(code, m, "petitions_received")], 5, "fln-recv")
    for j, (_, ind) in enumerate(cols):
        total = W.v[(code, m, ind)]
        if ind == "petitions_resolved":
            parts = [min(x, y) for x, y in zip(split(total, 5, "fln-res"), recv)]
            for i in sorted(range(5), key=lambda i: parts[i] - recv[i]):
                add = min(recv[i] - parts[i], total - sum(parts))
                parts[i] += add
        else:
            parts = recv if ind == "petitions_received" else split(total, 5, f"fln-{ind}")
        gridsum(sh, [(2 + g, 2 + j) for g in range(5)], code, m, ind, parts)
    sh.put(8, 0, "注：本社区共划分5个网格，以上为全部网格数据。")
    sh.put(9, 0, "报送：凤岭南社区居委会　2026年3月4日")
    save(B1 + "凤岭南社区2026年2月分网格工作数据.xlsx", [sh], "openpyxl",
         ["comm_grid_rows_no_total", "sum_of_parts_is_value", "grid_worker_names", "xlsx_openpyxl"],
         (2026, 3, 4, 11, 0))


def c7_xiushan(W):
    """A clerk's own corrections inside cells: 「更正为18（原填15）」 and 「31（原报28）」: the figure is the corrected one."""
    code, m = BY_SHORT["秀山"], "2026-03"
    sh = Sheet("3月")
    sh.put(0, 0, "秀山社区2026年3月工作月报")
    sh.row(1, 0, ["序号", "指标", "单位", "本月", "备注"])
    fixed = {"petitions_resolved": ("更正为{0}（原填%d）", -3), "volunteer_person_times": ("{0}（原报%d）", -60),
             "people_employed": ("更正为{0}（原填%d）", 2)}
    items = [("受理群众诉求", "件", "petitions_received"), ("办结群众诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("城镇新增就业", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
             ("“美丽南宁”环境整治", "次", None), ("走访慰问困难群众", "人", "people_assisted"),
             ("学雷锋志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("党员人数", "名", "party_members"), ("结对帮扶", "对", "pairings")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        if ind is None:
            sh.put(r, 3, W.out(code, m, label, 3, 9))
        elif ind in fixed:
            tpl, d = fixed[ind]
            words(sh, r, 3, tpl % (W.v[(code, m, ind)] + d), [(code, m, ind)])
        else:
            val(sh, r, 3, code, m, ind)
    sh.put(10, 4, "3月5日学雷锋日集中服务")
    sh.put(4 + len(items), 0, "填报人：黄海燕　　2026年4月3日")
    save(B1 + "秀山社区2026年3月工作月报.xlsx", [sh], "openpyxl",
         ["comm_list", "in_cell_correction_old_value", "outside_rows", "notes_numbers", "xlsx_openpyxl"],
         (2026, 4, 3, 15, 45))


def c8_guiya(W):
    """GBK CSV whose labels are questions (「本月共受理居民诉求多少件」); 「12户20人」 answers a two-part question."""
    code, m = BY_SHORT["桂雅"], "2026-03"
    sh = Sheet("csv")
    sh.put(0, 0, "桂雅社区2026年3月社区工作情况填报")
    sh.row(1, 0, ["序号", "填报内容", "填报数据", "备注"])
    qs = [("本月共受理居民诉求多少件", "petitions_received", "n"), ("其中已办结多少件", "petitions_resolved", "n"),
          ("本月调解矛盾纠纷多少起", "disputes_mediated", "n"), ("本月新开发就业岗位多少个", "jobs_created", "n"),
          ("本月帮助多少人实现就业", "people_employed", "n"), ("现有低保多少户、多少人", "pair", ""),
          ("本月发放低保金多少元", "dibao_payout_yuan", "c"), ("本月为多少名老人免费体检", "free_health_checks", "n"),
          ("本月开展文体活动多少场", "cultural_activities", "n"), ("本月是否发生治安案件（如有请填起数）", "security_cases", "wu"),
          ("现有注册志愿者多少人", "volunteers", "c"), ("本月志愿服务多少人次", "volunteer_person_times", "n")]
    for i, (q, ind, style) in enumerate(qs):
        r = 2 + i
        sh.row(r, 0, [i + 1, q])
        if ind == "pair":
            pair(sh, r, 2, code, m)
        else:
            val(sh, r, 2, code, m, ind, style=style)
    sh.put(8, 3, "3月6日发放")
    sh.put(15, 0, "填报人：卢志强　电话：0771-5867342　2026年4月2日")
    save(B1 + "桂雅社区2026年3月报表.csv", [sh], "csv-gbk",
         ["comm_list", "question_sentence_labels", "households_persons_one_cell", "thousands_text", "wu_for_zero",
          "one_char_from_neighbour", "csv_gbk"], (2026, 4, 2, 16, 5))


def build(W):
    c1_dabansan(W)
    c2_nanhu(W)
    c3_jinpu(W)
    c4_langxi(W)
    c5_jinzhou(W)
    c6_fenglingnan(W)
    c7_xiushan(W)
    c8_guiya(W)
