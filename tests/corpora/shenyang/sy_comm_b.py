"""Community files, part two: 大天地 (figures with a second line inside the cell, 「（估）」; resent as 「第二版」), 功勋 (the
measure over the object, one row), 清乐 (「以下空白」), 工人新村1社区 (an Arabic numeral in the name, 上月数), 工人新村二 (.ods
with a 分网格 附表), 工人新村三 (the month only as a date cell heading the value column), 新华 (the full path from 沈阳市),
壮工 (units only in the number format)."""
import datetime

from sy_comm_a import put_item
from sy_grid import Sheet, header, miss, prior, val
from sy_world import BY_SHORT, FLOWS
from sy_writers import save

B1 = "batch1/"


def datiandi_sheet(W, corrected=False):
    """大天地 2026年2月: **a figure and, on a second line inside the same cell, what it includes** (「42⏎（含供暖诉求15件）」),
    **「120（估）」「200（估）」** (estimates), 春节 notes; 「第二版」 in batch2 with a 说明."""
    code, m = BY_SHORT["大天地"], "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 4, "大天地社区2026年2月工作月报" + ("（第二版）" if corrected else ""))
    sh.row(1, 0, ["序号", "工作项目", "单位", "本月完成", "备注"])
    rec = W.v[(code, m, "petitions_received")]
    items = [("受理居民诉求", "件", "petitions_received", "nl", f"（含供暖诉求{int(rec * 0.3)}件）", ""),
             ("办结居民诉求", "件", "petitions_resolved", "n", "", ""), ("调解矛盾纠纷", "起", "disputes_mediated", "n", "", ""),
             ("新增就业岗位", "个", "jobs_created", "n", "", "春风行动招聘会"),
             ("城镇新增就业", "人", "people_employed", "nl",
              f"（含灵活就业{min(3, W.v[(code, m, 'people_employed')])}人）", ""),
             ("零就业家庭", "户", "zero_employment_households", "n", "", ""), ("低保户数", "户", "dibao_households", "n", "", ""),
             ("低保人数", "人", "dibao_persons", "n", "", ""), ("低保金", "元", "dibao_payout_yuan", "k", "", ""),
             ("走访慰问困难群众", "人", "people_assisted", "n", "", "春节“送温暖”"),
             ("发放慰问物资", "件", "goods_distributed", "gu", "", "米面油，按袋计"),
             ("文体活动", "场", "cultural_activities", "nl", "（含元宵节猜灯谜1场）", ""),
             ("宣讲活动", "次", "lectures_held", "n", "", ""), ("注册志愿者", "人", "volunteers", "n", "", ""),
             ("志愿服务", "人次", "volunteer_person_times", "n" if corrected else "gu", "", "清雪除冰为主"),
             ("群防群治巡逻队员", "人", "patrol_members", "n", "", ""), ("治安案件", "起", "security_cases", "n", "", "")]
    for i, (label, unit, ind, style, tail, note) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, m, ind, style=style, unit=tail)
        if note:
            sh.put(r, 4, note)
    r = 2 + len(items) + 1
    if corrected:
        sh.put(r, 0, "第二版说明：受理居民诉求补录12345转办件5件；走访慰问补录2月14日走访12人；志愿服务人次按“志愿辽宁”平台核定。")
        r += 1
    sh.put(r, 0, "春节（2月17日）期间社区“两委”成员轮流值班。填报人：邹丽娜　" + ("2026年3月10日" if corrected else "2026年3月3日"))
    return sh


def datiandi(W):
    save(B1 + "大天地社区2026年2月工作月报.xlsx", [datiandi_sheet(W)], "openpyxl",
         ["comm_list", "value_with_second_line_in_cell", "estimate_mark_gu", "thousands_text", "notes_dates",
          "footer_date_trap", "xlsx_openpyxl"], (2026, 3, 3, 14, 25))


def gongxun(W):
    """功勋 2025年12月: indicators across, one data row, **the group heading is the measure and the leaf the object**:
    件数（件） / 受理诉求 · 办结诉求, 人数（人） / … · 低保 · …, 户数（户） / 低保 · 零就业家庭 · 常住, 金额（元） / 低保金 ·
    创业担保贷款 — 低保 under 户数 is 低保户数, under 人数 低保人数; 组织清雪（次） outside."""
    code, m = BY_SHORT["功勋"], "2025-12"
    sh = Sheet("12月")
    tree = [("社区", "name"),
            ("件数（件）", [("受理诉求", "petitions_received"), ("办结诉求", "petitions_resolved")]),
            ("起数（起）", [("调解纠纷", "disputes_mediated"), ("治安案件", "security_cases")]),
            ("人数（人）", [("常住", "residents"), ("城镇新增就业", "people_employed"), ("老年人体检", "free_health_checks"),
                        ("走访慰问", "people_assisted"), ("低保", "dibao_persons"), ("党员", "party_members"),
                        ("注册志愿者", "volunteers"), ("巡逻队员", "patrol_members"), ("平安信息员", "informants")]),
            ("户数（户）", [("常住", "households"), ("低保", "dibao_households"), ("零就业家庭", "zero_employment_households")]),
            ("人次", [("志愿服务", "volunteer_person_times")]),
            ("次数（次）", [("组织清雪", "x_snow"), ("宣讲", "lectures_held")]),
            ("场次（场）", [("文体活动", "cultural_activities"), ("职业技能培训", "training_sessions")]),
            ("金额（元）", [("低保金", "dibao_payout_yuan"), ("创业担保贷款", "micro_loans_yuan")])]
    sh.merge(0, 0, 0, 23, "功勋社区2025年12月工作数据")
    leaves = header(sh, 1, 0, tree, 2)
    for c, leaf in leaves:
        if leaf == "name":
            sh.put(3, c, "功勋社区")
        elif leaf == "x_snow":
            sh.put(3, c, W.out(code, m, "snow", 3, 8))
        else:
            val(sh, 3, c, code, m, leaf)
    sh.put(5, 0, "注：12月8日、12月21日两场降雪，组织居民志愿者清雪；报送日期：2026年1月6日。")
    save(B1 + "功勋社区2025年12月工作数据.xlsx", [sh], "openpyxl",
         ["comm_one_row", "measure_over_object_header", "same_leaf_under_two_measures", "outside_columns",
          "footer_date_trap", "xlsx_openpyxl"], (2026, 1, 6, 15, 5))


def qingle(W):
    """清乐 2026年3月: a list that ends with **「以下空白」** and empty numbered rows under it; 「约400」 学雷锋 volunteering;
    职业技能培训 「未开展」 (not reported: ignore); 3月31日停暖."""
    code, m = BY_SHORT["清乐"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "清乐社区2026年3月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    items = [("受理居民诉求", "件", "petitions_received", "n", ""), ("办结居民诉求", "件", "petitions_resolved", "n", ""),
             ("调解矛盾纠纷", "起", "disputes_mediated", "n", ""), ("新增就业岗位", "个", "jobs_created", "n", "春风行动"),
             ("其中：公益性岗位", "个", "public_welfare_jobs", "n", ""), ("城镇新增就业", "人", "people_employed", "n", ""),
             ("职业技能培训", "场次", ("miss", "未开展", "training_sessions"), "n", ""),
             ("老年人免费体检", "人", "free_health_checks", "n", ""), ("文体活动", "场", "cultural_activities", "n", ""),
             ("宣讲活动", "次", "lectures_held", "n", "雷锋精神宣讲"), ("注册志愿者", "人", "volunteers", "n", ""),
             ("志愿服务", "人次", "volunteer_person_times", "yue", "3月5日学雷锋日集中服务"),
             ("常住户数", "户", "households", "n", ""), ("常住人口", "人", "residents", "n", ""),
             ("流动人口", "人", "floating_population", "n", ""), ("社区工作者", "人", "staff", "n", "")]
    r = 2
    for i, (label, unit, ind, style, note) in enumerate(items):
        sh.row(r, 0, [i + 1, label, unit])
        put_item(W, sh, r, 3, code, m, ind, style=style)
        if note:
            sh.put(r, 4, note)
        r += 1
    sh.merge(r, 0, r, 4, "以下空白")
    for k in range(4):
        sh.put(r + 1 + k, 0, len(items) + 1 + k)
    sh.put(r + 6, 0, "3月31日24时停暖。填报人：宋佳　报送日期：2026年4月2日")
    save(B1 + "清乐社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "below_blank_marker", "empty_numbered_rows", "approx_yue", "not_carried_out_text",
          "footer_date_trap", "xlsx_openpyxl"], (2026, 4, 2, 9, 35))


def gongxin1(W):
    """工人新村一社区 2025年10月, written **「工人新村1社区」** (an Arabic 1) in the file name and title; 类别 merged down |
    项目 | 单位 | 本月数 | 上月数 (September: ignore unless another file reports it); 「约80」."""
    code, m = BY_SHORT["工人新村一"], "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 5, "工人新村1社区2025年10月份工作报表")
    sh.row(1, 0, ["类别", "项目", "单位", "本月数", "上月数", "备注"])
    groups = [("民情诉求", [("受理居民诉求", "件", "petitions_received", "n"), ("办结居民诉求", "件", "petitions_resolved", "n"),
                            ("调解矛盾纠纷", "起", "disputes_mediated", "n")]),
              ("就业保障", [("新增就业岗位", "个", "jobs_created", "n"), ("城镇新增就业", "人", "people_employed", "n"),
                            ("职业技能培训", "场次", "training_sessions", "n")]),
              ("民政服务", [("低保户数", "户", "dibao_households", "n"), ("低保人数", "人", "dibao_persons", "n"),
                            ("低保金", "元", "dibao_payout_yuan", "n"), ("走访慰问困难群众", "人", "people_assisted", "n"),
                            ("发放慰问物资", "件", "goods_distributed", "yue")]),
              ("文化宣传", [("文体活动", "场", "cultural_activities", "n"), ("宣讲活动", "次", "lectures_held", "n")]),
              ("平安建设", [("巡逻队员", "人", "patrol_members", "n"), ("平安信息员", "人", "informants", "n"),
                            ("治安案件", "起", "security_cases", "n")])]
    r = 2
    for g, items in groups:
        sh.merge(r, 0, r + len(items) - 1, 0, g)
        for label, unit, ind, style in items:
            sh.row(r, 1, [label, unit])
            val(sh, r, 3, code, m, ind, style=style)
            prior(sh, r, 4, code, "2025-09", ind)
            if ind == "goods_distributed":
                sh.put(r, 5, "重阳节慰问品")
            r += 1
    sh.put(r + 1, 0, "报送日期：2025年11月4日")
    save(B1 + "工人新村1社区2025年10月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "arabic_numeral_in_name", "category_merged_down", "previous_month_column", "approx_yue",
          "footer_date_trap", "xlsx_openpyxl"], (2025, 11, 4, 16, 0))


def gongxin2(W):
    """工人新村二社区 2026年1月 (.ods): sheet 报表 (a list) and **sheet 附表（分网格）**: 第1网格 … 第4网格 with 网格长, then
    社区合计, which repeats the 报表 figures (duplicate); 入户走访 outside."""
    code, m = BY_SHORT["工人新村二"], "2026-01"
    main = Sheet("报表")
    main.merge(0, 0, 0, 4, "工人新村二社区2026年1月工作报表")
    main.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    items = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("走访慰问困难群众", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("老年人免费体检", "人", "free_health_checks"),
             ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
             ("志愿服务", "人次", "volunteer_person_times"), ("党员", "名", "party_members"),
             ("结对帮扶", "对", "pairings"), ("低保户数", "户", "dibao_households")]
    for i, (label, unit, ind) in enumerate(items):
        main.row(2 + i, 0, [i + 1, label, unit])
        val(main, 2 + i, 3, code, m, ind)
    main.put(3 + len(items), 0, "分网格情况见附表。报送日期：2026年2月3日")
    sub = Sheet("附表（分网格）")
    sub.put(0, 0, "工人新村二社区2026年1月分网格统计")
    cols = [("受理诉求（件）", "petitions_received"), ("办结（件）", "petitions_resolved"), ("走访慰问（人）", "people_assisted"),
            ("入户走访（户）", "x_visit")]
    sub.row(1, 0, ["网格", "网格长"] + [h for h, _ in cols])
    heads = ["高秀梅", "于立军", "邢丽", "白雪梅"]
    parts = {ind: W.split(W.v[(code, m, ind)], 4, code + ind + "ods") for _, ind in cols if not ind.startswith("x_")}
    parts["petitions_resolved"] = W.split(W.v[(code, m, "petitions_resolved")], 4, code + "res-ods",
                                          cap=parts["petitions_received"])
    for g in range(4):
        sub.row(2 + g, 0, [f"第{g + 1}网格", heads[g]])
        for c, (_, ind) in enumerate(cols):
            sub.put(2 + g, 2 + c, W.out(code, m, f"v{g}", 60, 150) if ind == "x_visit" else parts[ind][g])
    sub.put(6, 0, "社区合计")
    for c, (_, ind) in enumerate(cols):
        if ind == "x_visit":
            sub.put(6, 2 + c, sum(W.out(code, m, f"v{g}", 60, 150) for g in range(4)))
        else:
            val(sub, 6, 2 + c, code, m, ind, role="duplicate")
    save(B1 + "工人新村二社区2026年1月工作报表.ods", [main, sub], "odfpy",
         ["comm_list", "grid_annex_sheet", "grid_leader_column", "annex_total_duplicates", "outside_columns",
          "footer_date_trap", "ods_odfpy"], (2026, 2, 3, 11, 45))


def gongxin3(W):
    """工人新村三社区 工作报表（2月）: **the value column is headed by a real date cell 2026-02-01 shown 「2026年2月」** —
    the only place the year is written (the file name says 2月, the title no month)."""
    code, m = BY_SHORT["工人新村三"], "2026-02"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 4, "工人新村三社区工作报表")
    sh.row(1, 0, ["序号", "指标", "计量单位"])
    sh.put(1, 3, datetime.datetime(2026, 2, 1), 'yyyy"年"m"月"')
    sh.put(1, 4, "备注")
    items = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("城镇新增就业", "人", "people_employed"), ("创业担保贷款", "元", "micro_loans_yuan"),
             ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
             ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问物资", "件", "goods_distributed"),
             ("文体活动", "场", "cultural_activities"), ("注册志愿者", "人", "volunteers"),
             ("志愿服务", "人次", "volunteer_person_times"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population")]
    for i, (label, unit, ind) in enumerate(items):
        sh.row(2 + i, 0, [i + 1, label, unit])
        val(sh, 2 + i, 3, code, m, ind, fmt="#,##0" if ind in ("residents", "micro_loans_yuan") else None)
    sh.put(3 + len(items), 0, "填报人：韩雪　报送日期：3月4日")
    save(B1 + "工人新村三社区工作报表（2月）.xlsx", [sh], "xlsxwriter",
         ["comm_list", "date_cell_value_header", "year_only_in_date_cell", "footer_date_no_year", "xlsx_xlsxwriter"],
         (2026, 3, 4, 10, 5))


def xinhua(W):
    """新华 2025年9月 (.xls): the title with **the whole path 「沈阳市铁西区工人村街道新华社区」** (大东区 also has a 新华社区);
    本月 | 本年累计 (from January; blank for stocks)."""
    code, m = BY_SHORT["新华"], "2025-09"
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 4, "沈阳市铁西区工人村街道新华社区2025年9月工作报表")
    sh.row(1, 0, ["序号", "指标", "单位", "本月", "本年累计"])
    items = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("其中：公益性岗位", "个", "public_welfare_jobs"), ("城镇新增就业", "人", "people_employed"),
             ("创业担保贷款", "元", "micro_loans_yuan"), ("职业技能培训", "场次", "training_sessions"),
             ("老年人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("文体活动", "场", "cultural_activities"), ("宣讲活动", "次", "lectures_held"),
             ("志愿服务", "人次", "volunteer_person_times"), ("治安案件", "起", "security_cases"),
             ("群防群治巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, m, ind)
        if ind in FLOWS:
            sh.put(r, 4, W.ytd(code, m, ind))
    sh.put(3 + len(items), 0, "新华社区居委会　2025年10月10日")
    save(B1 + "新华社区2025年9月工作报表.xls", [sh], "xlwt",
         ["comm_list", "full_path_title_city", "month_and_ytd", "name_shared_in_city", "footer_date_trap", "xls_xlwt"],
         (2025, 10, 10, 8, 40))


def zhuanggong(W):
    """壮工 2026年3月: 序号 | 工作内容 | 完成数 | 备注 with **no unit column: each figure is a number whose cell format shows
    its unit** (0"件", 0"人", #,##0"元" …: Excel shows 「45件」, the cell holds 45); 治安案件 「无」."""
    code, m = BY_SHORT["壮工"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 3, "壮工社区2026年3月工作报表")
    sh.row(1, 0, ["序号", "工作内容", "完成数", "备注"])
    items = [("受理居民诉求", "件", "petitions_received"), ("办结居民诉求", "件", "petitions_resolved"),
             ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("其中：公益性岗位", "个", "public_welfare_jobs"), ("城镇新增就业", "人", "people_employed"),
             ("职业技能培训", "场", "training_sessions"), ("低保户数", "户", "dibao_households"),
             ("低保人数", "人", "dibao_persons"), ("低保金发放", "元", "dibao_payout_yuan"),
             ("老年人免费体检", "人", "free_health_checks"), ("宣讲活动", "次", "lectures_held"),
             ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("党员", "名", "party_members"), ("治安案件", "起", "security_cases")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label])
        fmt = '#,##0"元"' if unit == "元" else f'0"{unit}"'
        zero = ind == "security_cases" and W.v[(code, m, ind)] == 0
        val(sh, r, 2, code, m, ind, style="wu" if zero else "n", fmt=None if zero else fmt)
    sh.put(3 + len(items), 0, "3月5日学雷锋日开展志愿服务；填报人：杜鹃　报送日期：2026年4月3日")
    save(B1 + "壮工社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "unit_in_number_format", "no_unit_column", "wu_zero", "footer_date_trap", "xlsx_openpyxl"],
         (2026, 4, 3, 15, 55))


def build(W):
    datiandi(W)
    gongxun(W)
    qingle(W)
    gongxin1(W)
    gongxin2(W)
    gongxin3(W)
    xinhua(W)
    zhuanggong(W)
