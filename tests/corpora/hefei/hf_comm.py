"""Community files (1): the letter-like 报告 with a small table, the WPS GBK CSV, two months in one workbook
(Sheet1 / Sheet2), the 骆岗社区 .ods with figures and words in one cell, and the generic item form they share."""
from hf_grid import Sheet, miss, multi, val
from hf_world import BY_SHORT
from hf_writers import save


def items(sh, r0, c0, code, m, spec, cols=(0, 1, 2, 3), num=True):
    """Rows 序号 | 项目 | 单位 | 数值 from spec: (label, unit, ind or None, how). how: a render style; ('miss', text);
    ('multi', template, [inds]); ('out', text) for an item outside the catalogue. Returns the next row."""
    r = r0
    for i, (lab, unit, ind, how) in enumerate(spec):
        if num:
            sh.put(r, c0 + cols[0], i + 1)
        sh.put(r, c0 + cols[1], lab)
        if unit:
            sh.put(r, c0 + cols[2], unit)
        c = c0 + cols[3]
        if isinstance(how, tuple) and how[0] == "miss":
            miss(sh, r, c, code, m, ind, how[1])
        elif isinstance(how, tuple) and how[0] == "multi":
            multi(sh, r, c, code, m, how[1], how[2])
        elif isinstance(how, tuple) and how[0] == "out":
            sh.put(r, c, how[1])
        else:
            val(sh, r, c, code, m, ind, style=how, unit=unit if how in ("u", "fw", "zy", "yu", "cn") else "")
        r += 1
    return r


def letter(W, short, m, spec, closing, sent, sheet="Sheet1"):
    """A 报告 typed in a sheet: addressee, body, a small table, 其他 sentences, 特此报告, 落款, date."""
    code = BY_SHORT[short]
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet(sheet)
    sh.merge(0, 0, 0, 3, f"关于{short}社区{y}年{mo}月份工作开展情况的报告")
    sh.merge(2, 0, 2, 3, "骆岗街道党政办：")
    sh.merge(3, 0, 3, 3, f"　　现将我社区{mo}月份各项工作数据报告如下：")
    sh.row(4, 0, ["序号", "工作事项", "单位", "完成数"])
    r = items(sh, 5, 0, code, m, spec)
    for k, line in enumerate(closing):
        sh.merge(r + 1 + k, 0, r + 1 + k, 3, line)
    r += 1 + len(closing)
    sh.merge(r + 1, 0, r + 1, 3, "　　特此报告。")
    sh.merge(r + 3, 2, r + 3, 3, f"{short}社区居委会")
    sy, smo = (y, mo + 1) if mo < 12 else (y + 1, 1)
    sh.merge(r + 4, 2, r + 4, 3, f"{sy}年{smo}月{sent[2]}日")
    sh.widths.update({0: 6, 1: 30, 2: 6, 3: 16})
    return sh


def build(W):
    # 官塘 2025-11: the letter with its table
    m, code = "2025-11", BY_SHORT["官塘"]
    spec = [("受理居民诉求（含12345转办）", "件", "petitions_received", "n"),
            ("已办结", "件", "petitions_resolved", ("multi", "{0}件（已全部回访）", ["petitions_resolved"])),
            ("调解邻里纠纷", "起", "disputes_mediated", "cn"),
            ("新增就业岗位", "个", "jobs_created", ("multi", "{0}个（其中公益性岗位{1}个）", ["jobs_created", "public_welfare_jobs"])),
            ("帮助居民实现就业", "人", "people_employed", "n"),
            ("走访慰问困难群众", "人", "people_assisted", "yue"),
            ("开展文体活动", "场", "cultural_activities", "n"),
            ("“志愿汇”注册志愿者", "人", "volunteers", "n"),
            ("组织志愿服务", "人次", "volunteer_person_times", "zy"),
            ("老旧小区改造入户宣传", "户", None, ("out", "约300户"))]
    ptimes = W.v[(code, m, "petitions_received")]
    closing = ["　　其他：11月开展冬季消防安全检查2次，“骆岗公园”周边文明劝导12次（不计入上表）。",
               f"　　下月计划：做好冬季取暖用电安全宣传，预计受理诉求{ptimes + 5}件左右。"]
    sh = letter(W, "官塘", m, spec, closing, (2025, 12, 2))
    save("batch1/官塘社区2025年11月份工作情况报告.xlsx", [sh], "openpyxl",
         ["community_file", "letter_like_report", "small_table_inside_letter", "figure_with_words", "two_values_one_cell",
          "cn_small_numerals", "approx_zuoyou", "approx_yue", "plan_figure_trap", "footer_date_trap"], (2025, 12, 2, 9, 40))

    # 院塘 2025-12: WPS GBK CSV, 指标,本月,备注 with 暂无, /, full-width, space thousands
    m, code = "2025-12", BY_SHORT["院塘"]
    sh = Sheet("csv")
    sh.put(0, 0, "院塘社区2025年12月工作报表")
    sh.row(1, 0, ["指标", "本月", "备注"])
    rows = [("受理诉求", "petitions_received", "fw", ""), ("办结诉求", "petitions_resolved", "fw", ""),
            ("调解纠纷", "disputes_mediated", "t", ""), ("常住户数", "households", "sp", ""),
            ("常住人口", "residents", "sp", "含回迁小区"), ("流动人口", "floating_population", "sp", ""),
            ("低保户", "dibao_households", "t", ""), ("低保人数", "dibao_persons", "t", ""),
            ("低保金（元）", "dibao_payout_yuan", "sp", ""), ("创业担保贷款", "micro_loans_yuan", ("miss", "/"), "无申请"),
            ("职业技能培训", "training_sessions", ("miss", "暂无"), "街道统一组织"), ("社区工作者", "staff", "t", ""),
            ("平安信息员", "informants", "pad", ""), ("治安案件", "security_cases", "wu", "")]
    for i, (lab, ind, st, note) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, lab)
        if isinstance(st, tuple):
            miss(sh, r, 1, code, m, ind, st[1])
        else:
            val(sh, r, 1, code, m, ind, style=st)
        if note:
            sh.put(r, 2, note)
    sh.row(2 + len(rows), 0, ["填报人：院塘社区 张", "", "2026.1.4"])
    save("batch1/院塘社区2025年12月工作报表.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_wps", "fullwidth_digits", "space_thousands", "padded_text_number", "zanwu", "slash",
          "wu_zero", "yuantang_guantang_one_char"], (2026, 1, 4, 17, 5))

    # 包河花园: December and January in one workbook, default sheet names, the month only in each title
    code = BY_SHORT["包河花园"]
    spec = [("受理居民诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
            ("矛盾纠纷调解", "起", "disputes_mediated", "n"), ("实现就业", "人", "people_employed", "n"),
            ("低保", "户/人", "dibao_households", ("multi", "{0}户{1}人", ["dibao_households", "dibao_persons"])),
            ("低保金", "元", "dibao_payout_yuan", "k"), ("走访慰问", "人", "people_assisted", "n"),
            ("慰问物资", "件", "goods_distributed", "n"), ("文体活动", "场", "cultural_activities", "n"),
            ("宣讲活动", "次", "lectures_held", "n"), ("巡逻队员", "人", "patrol_members", "n")]
    sheets = []
    for k, (m, sub) in enumerate((("2025-12", "（补报）"), ("2026-01", ""))):
        y, mo = int(m[:4]), int(m[5:])
        sh = Sheet(f"Sheet{k + 1}")
        sh.merge(0, 0, 0, 3, f"包河花园社区{y}年{mo}月工作报表{sub}")
        sh.row(1, 0, ["序号", "项目", "单位", "数量"])
        r = items(sh, 2, 0, code, m, spec)
        if sub:
            sh.put(r + 1, 0, "12月报表因系统升级未按时报送，现补报。")
        else:
            sh.put(r + 1, 0, "1月下旬雨雪冰冻天气，走访独居老人已计入走访慰问。")
        sheets.append(sh)
    save("batch1/包河花园社区工作报表（12月、1月）.xlsx", sheets, "openpyxl",
         ["community_file", "two_months_one_workbook", "default_sheet_names", "period_only_in_sheet_titles",
          "year_boundary_in_workbook", "pair_hh_persons", "late_resend_note", "baohe_prefix_trap"], (2026, 2, 4, 10, 15))

    # 骆岗社区 2026-01 .ods: the street's name in the title; figures and words in one cell
    m, code = "2026-01", BY_SHORT["骆岗"]
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 4, "骆岗街道骆岗社区2026年1月工作月报")
    sh.row(1, 0, ["序号", "类别", "项目", "单位", "本月情况"])
    spec = [("民情诉求", "受理诉求", "件", ("multi", "{0}件（含12345转办{1}件）", ["petitions_received", None])),
            ("民情诉求", "办结", "件", ("multi", "办结{0}件，在办若干", ["petitions_resolved"])),
            ("民情诉求", "调解纠纷", "起", ("multi", "调解成功{0}起", ["disputes_mediated"])),
            ("就业", "新增岗位", "个", ("multi", "{0}个（其中公益性岗位{1}个）", ["jobs_created", "public_welfare_jobs"])),
            ("就业", "实现就业", "人", "u"), ("民政", "低保", "户/人", ("multi", "{1}人（{0}户）", ["dibao_households", "dibao_persons"])),
            ("为老", "走访慰问困难群众", "人", ("multi", "春节前走访{0}人", ["people_assisted"])),
            ("为老", "发放慰问物资", "件", "u"), ("党建", "在册党员", "名", "u"), ("党建", "结对帮扶", "对", "u"),
            ("平安", "治安案件", "起", "cn")]
    rec = W.v[(code, m, "petitions_received")]
    r = 2
    for i, (cat, lab, unit, how) in enumerate(spec):
        sh.row(r, 0, [i + 1, cat, lab, unit])
        if isinstance(how, tuple):
            inds = [x for x in how[2] if x]
            if None in how[2]:
                multi(sh, r, 4, code, m, how[1].replace("{1}", str(rec // 3)), inds)
            else:
                multi(sh, r, 4, code, m, how[1], inds)
        else:
            ind = {"实现就业": "people_employed", "发放慰问物资": "goods_distributed", "在册党员": "party_members",
                   "结对帮扶": "pairings", "治安案件": "security_cases"}[lab]
            val(sh, r, 4, code, m, ind, style=how, unit=unit)
        r += 1
    sh.put(r + 1, 0, "注：本表为骆岗社区（居委会）数据，不含骆岗街道机关。1月26日—28日雨雪冰冻，网格员入户排查水管冻裂。")
    sh.put(r + 2, 0, "报送：2026年2月3日")
    save("batch1/骆岗社区2026年1月工作月报.ods", [sh], "odfpy",
         ["community_file", "street_name_is_community_name", "figure_with_words", "two_values_one_cell", "persons_first_pair",
          "part_in_brackets", "category_column", "units_glued", "cn_small_numerals"], (2026, 2, 3, 8, 50))
