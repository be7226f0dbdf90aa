"""Community files, part one: 乐意居 11月 (labels split left-right), 天鹅 2025.12 (环比/同比/是否达标), 健丽 1月
(.xls, homophone of 建丽), 兴科 3月 and its same-day resend, 科艺 months as date rows, 兴安 一季度 (.ods),
岑村西 2月 (村改居 title, one data row), 岑村东 4月 (GBK label/value), 長湴西 3月 (traditional), 长湴东 一季度
(a sheet per month, 汇总, hidden 计算稿)."""
import datetime as dt
import random

import zhconv

import corpus_render as R
import corpus_world as W
from corpus_grid import Book

B1 = "batch1/"


def c01_leyiju_nov(fig, wrong):
    code, per = W.CODE["乐意居"], "2025-11"
    b = Book(B1 + "乐意居社区2025年11月工作报表.xlsx", "openpyxl", W.sent(2025, 12, 2, 17, 10),
             ["community_file", "indicators_as_rows", "label_split_left_right", "unit_column", "seq_column",
              "values_wan_unit_column", "derived_percent_text", "outside_catalogue_rows", "notes_column",
              "date_beside_title_trap", "footer_phone", "title_month_full", "xlsx_openpyxl"])
    sh = b.sheet("11月")
    sh.merge(0, 0, 0, 5, "乐意居社区居委会2025年11月工作报表")
    sh.put(1, 0, "填报单位（盖章）：乐意居社区居委会")
    sh.put(1, 4, "2025年12月2日")
    sh.row(2, 0, ["序号", "类别", "项目", "单位", "本月数", "备注"])
    items = [("民生诉求", "受理", "宗", "petitions_received"), ("民生诉求", "办结", "宗", "petitions_resolved"),
             ("民生诉求", "办结率", "%", "rate"), ("矛盾纠纷", "调解成功", "宗", "disputes_mediated"),
             ("就业", "新开发岗位", "个", "jobs_created"), ("就业", "其中公益性岗位", "个", "public_welfare_jobs"),
             ("就业", "实现就业", "人", "people_employed"), ("就业", "零就业家庭", "户", "zero_employment_households"),
             ("就业", "创业担保贷款", "万元", "micro_loans_yuan"), ("就业", "技能培训", "场", "training_sessions"),
             ("低保", "在册户数", "户", "dibao_households"), ("低保", "在册人数", "人", "dibao_persons"),
             ("低保", "发放金额", "元", "dibao_payout_yuan"), ("为老助困", "长者免费体检", "人", "free_health_checks"),
             ("为老助困", "探访慰问", "人", "people_assisted"), ("为老助困", "慰问物资", "件", "goods_distributed"),
             ("文化", "文体活动", "场", "cultural_activities"), ("文化", "宣讲活动", "次", "lectures_held"),
             ("平安", "巡逻队员", "人", "patrol_members"), ("平安", "信息员", "人", "informants"),
             ("平安", "治安案件", "宗", "security_cases"), ("平安", "出租屋巡查", "间", None),
             ("志愿", "注册志愿者", "人", "volunteers"), ("志愿", "服务人次", "人次", "volunteer_person_times"),
             ("党建", "党员", "名", "party_members"), ("党建", "结对帮扶", "对", "pairings"),
             ("基本情况", "户数", "户", "households"), ("基本情况", "常住人口", "人", "residents"),
             ("基本情况", "来穗人员", "人", "floating_population"), ("基本情况", "社区工作人员", "人", "staff")]
    notes = {"petitions_resolved": "含10月结转2宗", "lectures_held": "11月9日消防宣传日1次",
             "floating_population": "以来穗系统11月30日数据为准"}
    for i, (grp, item, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [i + 1, grp, item, unit])
        if ind == "rate":
            sh.put(r, 4, R.pct_text(fig[(code, per, "petitions_resolved")], fig[(code, per, "petitions_received")]))
        elif ind is None:
            sh.put(r, 4, 214)
        else:
            v = fig[(code, per, ind)]
            sh.tput(r, 4, R.wanyuan(v) if unit == "万元" else v, code, per, ind, v)
        if ind in notes:
            sh.put(r, 5, notes[ind])
    r = 3 + len(items)
    sh.put(r + 1, 0, "填表人：麦淑仪    联系电话：020-87058823")
    return b


def c02_tiane_dec(fig, wrong):
    code, per = W.CODE["天鹅"], "2025-12"
    b = Book(B1 + "天鹅社区工作月报（2025.12）.xlsx", "xlsxwriter", W.sent(2026, 1, 5, 11, 30),
             ["community_file", "indicators_as_rows", "category_merged", "unit_column", "change_block",
              "target_yes_no", "values_wan_unit_column", "title_dotted_month", "xlsx_xlsxwriter"])
    sh = b.sheet("月报")
    sh.merge(0, 0, 0, 6, "天鹅社区工作月报（2025.12）")
    sh.row(1, 0, ["工作类别", "指标", "计量单位", "本月完成", "环比", "同比", "是否达标"])
    groups = [("民生服务", [("受理群众来电来访", "宗", "petitions_received"), ("办结", "宗", "petitions_resolved"),
                            ("调解纠纷", "宗", "disputes_mediated")]),
              ("就业保障", [("新增岗位", "个", "jobs_created"), ("促进就业", "人", "people_employed"),
                            ("创业担保贷款", "万元", "micro_loans_yuan"), ("低保户数", "户", "dibao_households"),
                            ("低保人数", "人", "dibao_persons"), ("低保金", "万元", "dibao_payout_yuan")]),
              ("为老服务", [("长者体检", "人", "free_health_checks"), ("探访帮扶", "人", "people_assisted"),
                            ("慰问品", "件", "goods_distributed")]),
              ("文明实践", [("文体活动", "场", "cultural_activities"), ("宣讲", "次", "lectures_held"),
                            ("志愿者注册", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times")]),
              ("党建引领", [("党员", "名", "party_members"), ("结对", "对", "pairings")])]
    rng = random.Random(1212)
    r = 2
    for grp, rows in groups:
        sh.merge(r, 0, r + len(rows) - 1, 0, grp)
        for label, unit, ind in rows:
            v = fig[(code, per, ind)]
            shown = R.wanyuan(v) if unit == "万元" else v
            if ind == "micro_loans_yuan" and v == 0:
                sh.tput(r, 3, 0, code, per, ind, v)
            else:
                sh.tput(r, 3, shown, code, per, ind, v)
            sh.row(r, 1, [label, unit])
            sh.put(r, 4, R.change_text(v, fig[(code, "2025-11", ind)]))
            sh.put(r, 5, f"{rng.uniform(-18, 25):+.1f}%")
            sh.put(r, 6, "是" if rng.random() < 0.8 else "否")
            r += 1
    sh.put(r + 1, 0, "填报：天鹅社区居委会    审核：苏永强    2026年1月5日")
    return b


def c03_jianli_jan(fig, wrong):
    code, per = W.CODE["建丽"], "2026-01"
    b = Book(B1 + "健丽社区2026年1月报表.xls", "xlwt", W.sent(2026, 2, 3, 9, 50),
             ["community_file", "indicators_as_rows", "unit_column", "month_and_ytd_columns", "names_homophone",
              "slash_for_stocks", "footer_date_trap", "title_month_full", "xls_xlwt"])
    sh = b.sheet("1月报表")
    sh.merge(0, 0, 0, 5, "健丽社区2026年1月工作报表")
    sh.row(1, 0, ["序号", "指标名称", "计量单位", "本月", "本年累计", "备注"])
    items = [("接收居民诉求", "宗", "petitions_received"), ("已办结诉求", "宗", "petitions_resolved"),
             ("纠纷调处", "宗", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
             ("帮助就业人数", "人", "people_employed"), ("职业技能培训", "场", "training_sessions"),
             ("长者免费体检", "人", "free_health_checks"), ("困难群众探访", "人", "people_assisted"),
             ("发放慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("政策宣讲", "次", "lectures_held"), ("治安案件", "宗", "security_cases"),
             ("志愿服务", "人次", "volunteer_person_times"), ("在册志愿者", "人", "volunteers"),
             ("在册党员", "名", "party_members"), ("低保户", "户", "dibao_households"),
             ("低保人员", "人", "dibao_persons"), ("零就业家庭", "户", "zero_employment_households")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        v = fig[(code, per, ind)]
        sh.row(r, 0, [i + 1, label, unit])
        sh.tput(r, 3, v, code, per, ind, v)
        sh.put(r, 4, W.ytd(fig, code, per, ind) if ind in W.FLOWS else "/")
    sh.put(2, 5, "元旦、春节期间诉求较少")
    r = 2 + len(items)
    sh.put(r + 1, 0, "报送：健丽社区居委会    2026年2月3日")
    return b


C04_ITEMS = [("受理群众诉求", "宗", "petitions_received"), ("诉求办结", "宗", "petitions_resolved"),
             ("调解矛盾纠纷", "宗", "disputes_mediated"), ("新开发就业岗位", "个", "jobs_created"),
             ("其中：公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
             ("技能培训", "场", "training_sessions"), ("治安案件", "宗", "security_cases"),
             ("志愿服务", "人/次", "volunteer_person_times"), ("结对帮扶", "对", "pairings"),
             ("平安信息员", "名", "informants"), ("治安巡逻队员", "人", "patrol_members")]


def _c04(fig, wrong, name, when, second):
    code, per = W.CODE["兴科"], "2026-03"
    feats = ["community_file", "indicators_as_rows", "unit_column", "facts_row_above_table", "unit_person_slash_times",
             "grid_member_column", "title_month_full", "xlsx_openpyxl"]
    feats.append("resent_same_batch_corrected" if second else "resent_same_batch_first")
    b = Book(B1 + name, "openpyxl", when, feats)
    sh = b.sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "兴科社区2026年3月报表")
    sh.row(1, 0, ["填报单位：兴科社区居委会", None, "所属月份：2026年3月", None])
    sh.row(2, 0, ["项目", "数量", "单位", "采集网格员"])
    for i, (label, unit, ind) in enumerate(C04_ITEMS):
        r = 3 + i
        key = (code, per, ind)
        sh.row(r, 0, [label, None, unit, W.PEOPLE[(i + 5) % len(W.PEOPLE)]])
        if key in wrong:
            if second:
                sh.tput(r, 1, fig[key], code, per, ind, fig[key], role="correction")
            else:
                sh.tput(r, 1, wrong[key], code, per, ind, wrong[key], role="superseded")
        else:
            sh.tput(r, 1, fig[key], code, per, ind, fig[key], role="duplicate" if second else "primary")
    r = 3 + len(C04_ITEMS)
    if second:
        sh.put(r + 1, 0, "更正说明：“实现就业”一项原误填为本年累计数，现更正为3月当月数。")
    sh.put(r + 2, 0, "联系电话：020-87062257")
    return b


def c04_xingke_mar(fig, wrong):
    return _c04(fig, wrong, "兴科社区2026年3月报表.xlsx", W.sent(2026, 4, 3, 15, 10), False)


def c04b_xingke_mar_resend(fig, wrong):
    return _c04(fig, wrong, "兴科社区2026年3月报表（更正）.xlsx", W.sent(2026, 4, 3, 16, 45), True)


def c05_keyi_ledger(fig, wrong):
    code = W.CODE["科艺"]
    months = ["2025-11", "2025-12", "2026-01", "2026-02"]
    b = Book(B1 + "科艺社区2025年11月-2026年2月指标台账.xlsx", "xlsxwriter", W.sent(2026, 3, 4, 10, 0),
             ["community_file", "months_as_rows", "month_date_cells", "year_change", "header_two_row_merged",
              "group_headings", "target_yes_no", "total_row_across_years", "xlsx_xlsxwriter"])
    sh = b.sheet("台账")
    cols = [("群众诉求", "受理（宗）", "petitions_received"), ("群众诉求", "办结（宗）", "petitions_resolved"),
            ("志愿服务", "注册（人）", "volunteers"), ("志愿服务", "服务（人次）", "volunteer_person_times"),
            ("文化活动", "文体活动（场）", "cultural_activities"), ("文化活动", "宣讲（次）", "lectures_held"),
            ("为老助困", "探访（人）", "people_assisted"), ("为老助困", "慰问品（件）", "goods_distributed")]
    sh.merge(0, 0, 0, 9, "科艺社区指标台账（2025年11月—2026年2月）")
    sh.merge(1, 0, 2, 0, "月份")
    for g in range(4):
        sh.merge(1, 1 + 2 * g, 1, 2 + 2 * g, cols[2 * g][0])
    sh.merge(1, 9, 2, 9, "是否达标")
    for j, (_g, head, _i) in enumerate(cols):
        sh.put(2, 1 + j, head)
    for i, per in enumerate(months):
        r = 3 + i
        sh.put(r, 0, dt.datetime(W.year_of(per), W.month_no(per), 1), fmt='yyyy"年"m"月"')
        for j, (_g, _h, ind) in enumerate(cols):
            v = fig[(code, per, ind)]
            sh.tput(r, 1 + j, v, code, per, ind, v)
        sh.put(r, 9, "是" if fig[(code, per, "petitions_resolved")] >= 0.9 * fig[(code, per, "petitions_received")]
               else "否")
    r = 3 + len(months)
    sh.put(r, 0, "合计")
    for j, (_g, _h, ind) in enumerate(cols):
        sh.put(r, 1 + j, "—" if ind == "volunteers" else sum(fig[(code, p, ind)] for p in months))
    sh.put(r + 2, 0, "注：注册志愿者为月末数，其余为当月数。填报：郭建华 2026年3月4日")
    sh.widths.update({0: 12})
    return b


def c06_xingan_q1(fig, wrong):
    code = W.CODE["兴安"]
    b = Book(B1 + "兴安社区2026年第一季度工作台账.ods", "odfpy", W.sent(2026, 4, 9, 10, 20),
             ["community_file", "indicators_as_rows", "months_as_columns", "quarter_total_column", "unit_column",
              "seq_column", "change_block", "dash_in_quarter_for_stocks", "title_quarter", "ods_odfpy"])
    sh = b.sheet("一季度")
    sh.merge(0, 0, 0, 7, "兴安社区2026年第一季度工作台账")
    sh.row(1, 0, ["序号", "项目", "单位", "1月", "2月", "3月", "1-3月合计", "同比"])
    items = [("受理诉求", "宗", "petitions_received"), ("办结诉求", "宗", "petitions_resolved"),
             ("调处纠纷", "宗", "disputes_mediated"), ("新增岗位", "个", "jobs_created"),
             ("促进就业", "人", "people_employed"), ("长者体检", "人", "free_health_checks"),
             ("走访慰问困难群众", "人", "people_assisted"), ("慰问物资", "件", "goods_distributed"),
             ("文体活动", "场", "cultural_activities"), ("法治宣讲", "次", "lectures_held"),
             ("治安案件", "宗", "security_cases"), ("志愿服务", "人次", "volunteer_person_times"),
             ("注册志愿者", "人", "volunteers"), ("党员", "名", "party_members"),
             ("低保户", "户", "dibao_households"), ("低保人数", "人", "dibao_persons")]
    rng = random.Random(331)
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        for j, per in enumerate(W.Q1):
            v = fig[(code, per, ind)]
            sh.tput(r, 3 + j, v, code, per, ind, v)
        if ind in W.FLOWS:
            q = W.qsum(fig, code, W.Q1, ind)
            sh.qput(r, 6, q, code, "2026-Q1", ind, q)
        else:
            sh.put(r, 6, "—")
        sh.put(r, 7, f"{rng.uniform(-15, 20):+.1f}%")
    sh.put(2 + len(items) + 1, 0, "兴安社区居委会  2026年4月9日")
    return b


def c07_cencunxi_feb(fig, wrong):
    code, per = W.CODE["岑村西"], "2026-02"
    b = Book(B1 + "岑村西社区2026年2月工作数据.xlsx", "openpyxl", W.sent(2026, 3, 3, 16, 5),
             ["community_file", "indicators_as_columns", "single_data_row", "header_line_breaks",
              "names_village_style", "counts_decimal_text", "values_qianyuan_header", "free_text_highlights",
              "outside_catalogue_column", "title_month_full", "xlsx_openpyxl"])
    sh = b.sheet("2月")
    cols = [("受理诉求\n（宗）", "petitions_received"), ("办结\n（宗）", "petitions_resolved"),
            ("调解\n（宗）", "disputes_mediated"), ("低保户\n（户）", "dibao_households"),
            ("低保人数\n（人）", "dibao_persons"), ("低保金\n（千元）", "dibao_payout_yuan"),
            ("开发岗位\n（个）", "jobs_created"), ("就业人数\n（人）", "people_employed"),
            ("培训\n（场）", "training_sessions"), ("来穗人员\n（人）", "floating_population"),
            ("出租屋\n（栋）", None)]
    sh.merge(0, 0, 0, len(cols) - 1, "岑村西社区（原岑村村委会）2026年2月工作数据")
    for j, (head, ind) in enumerate(cols):
        sh.put(1, j, head)
        if ind is None:
            sh.put(2, j, 386)
            continue
        v = fig[(code, per, ind)]
        if ind == "dibao_payout_yuan":
            sh.tput(2, j, R.qianyuan(v), code, per, ind, v)
        elif ind in ("disputes_mediated", "training_sessions", "dibao_households"):
            sh.tput(2, j, R.decimal_text(v), code, per, ind, v)
        else:
            sh.tput(2, j, v, code, per, ind, v)
    sh.merge(4, 0, 4, len(cols) - 1, "工作亮点：2月17日春节期间走访慰问困难群众46户，发放利是及慰问品；"
                                     "节后协助返穗来穗人员办理居住登记230人。")
    sh.put(5, 0, "填报日期：2026年3月3日")
    return b


def c08_cencundong_apr(fig, wrong):
    code, per = W.CODE["岑村东"], "2026-04"
    b = Book(B1 + "岑村东社区2026年4月报表.csv", "csv-gbk", W.sent(2026, 5, 6, 11, 15),
             ["community_file", "label_value_rows", "csv_gbk", "values_units_glued", "value_wu",
              "values_wan_text", "values_fullwidth_sep", "values_comma_text", "free_text_highlights",
              "footer_phone", "footer_date_trap", "title_month_full"])
    sh = b.sheet("csv")
    sh.put(0, 0, "岑村东社区2026年4月报表")
    sh.row(1, 0, ["项目", "数值", "备注"])
    f = lambda ind: fig[(code, per, ind)]  # noqa: E731
    rows = [("受理群众诉求：", R.glued(f("petitions_received"), "宗"), "petitions_received", ""),
            ("办结：", R.glued(f("petitions_resolved"), "宗"), "petitions_resolved", "含3月结转1宗"),
            ("调处纠纷：", R.zero_word(f("disputes_mediated")), "disputes_mediated", ""),
            ("新开发就业岗位：", R.glued(f("jobs_created"), "个"), "jobs_created", ""),
            ("创业担保贷款：", R.wan_text(f("micro_loans_yuan")), "micro_loans_yuan", "1人，4月20日放款"),
            ("常住人口：", R.fullwidth(f("residents"), sep=True), "residents", ""),
            ("来穗人员：", R.comma(f("floating_population")), "floating_population", ""),
            ("治安案件：", R.glued(f("security_cases"), "宗") if f("security_cases") else "无", "security_cases", ""),
            ("长者免费体检：", R.glued(f("free_health_checks"), "人"), "free_health_checks", "")]
    for i, (label, shown, ind, note) in enumerate(rows):
        r = 2 + i
        sh.put(r, 0, label)
        sh.tput(r, 1, str(shown), code, per, ind, f(ind))
        if note:
            sh.put(r, 2, note)
    r = 2 + len(rows)
    sh.put(r, 0, "工作亮点：")
    sh.put(r, 1, "4月开展“回南天”防潮安全检查2轮，入户走访126户，清理积水点9处。")
    sh.row(r + 2, 0, ["填报人：岑伟强", "电话：13711452369", "日期：2026年5月6日"])
    return b


def c09_changbanxi_mar_trad(fig, wrong):
    code, per = W.CODE["长湴西"], "2026-03"
    b = Book(B1 + "长湴西社区2026年3月工作报表.xlsx", "openpyxl", W.sent(2026, 4, 2, 14, 40),
             ["community_file", "indicators_as_rows", "unit_column", "traditional_chinese", "names_village_style",
              "value_wu", "title_month_full", "xlsx_openpyxl"])
    sh = b.sheet("工作报表")
    sh.merge(0, 0, 0, 3, "长湴西社区（原长湴村）2026年3月工作报表")
    sh.row(1, 0, ["项目", "单位", "数量", "备注"])
    items = [("受理群众诉求", "宗", "petitions_received"), ("办结诉求", "宗", "petitions_resolved"),
             ("调处矛盾纠纷", "宗", "disputes_mediated"), ("开发就业岗位", "个", "jobs_created"),
             ("其中：公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
             ("职业技能培训", "场", "training_sessions"), ("低保金发放", "元", "dibao_payout_yuan"),
             ("长者免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("发放慰问品", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("普法宣讲", "次", "lectures_held"), ("治安巡逻队员", "人", "patrol_members"),
             ("平安信息员", "人", "informants"), ("治安案件", "宗", "security_cases"),
             ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("结对帮扶", "对", "pairings"), ("社区工作人员", "人", "staff")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        v = fig[(code, per, ind)]
        sh.row(r, 0, [label, unit])
        sh.tput(r, 2, R.zero_word(v) if ind == "security_cases" else v, code, per, ind, v)
    sh.put(2 + 10, 3, "3月5日学雷锋日联合义工开展活动")
    sh.put(2 + len(items) + 1, 0, "填报人：叶志鹏    联系电话：020-87066318    2026年4月2日")
    return to_traditional(b)


def to_traditional(b):
    """The whole file in traditional characters (a clerk who types in 繁體, as across the river in Hong Kong)."""
    conv = lambda s: zhconv.convert(s, "zh-hk")  # noqa: E731
    b.relpath = "/".join(conv(p) for p in b.relpath.split("/"))
    for sh in b.sheets:
        sh.name = conv(sh.name)
        for cell in sh.cells.values():
            if isinstance(cell.value, str):
                cell.value = conv(cell.value)
    return b


C10_ITEMS = [("受理诉求", "宗", "petitions_received"), ("办结", "宗", "petitions_resolved"),
             ("纠纷调解", "宗", "disputes_mediated"), ("新增岗位", "个", "jobs_created"),
             ("实现就业", "人", "people_employed"), ("慰问困难群众", "人", "people_assisted"),
             ("慰问物资", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("宣讲", "次", "lectures_held"), ("治安案件", "宗", "security_cases"),
             ("志愿服务", "人次", "volunteer_person_times"), ("注册志愿者", "人", "volunteers"),
             ("治安巡逻队员", "人", "patrol_members"), ("结对帮扶", "对", "pairings")]


def c10_changbandong_q1(fig, wrong):
    code = W.CODE["长湴东"]
    b = Book(B1 + "长湴东社区2026年一季度报表.xlsx", "openpyxl", W.sent(2026, 4, 7, 9, 30),
             ["community_file", "sheet_per_month", "month_without_year_in_sheet", "year_in_file_name_only",
              "summary_sheet_duplicates", "quarter_total_column", "hidden_scratch_sheet", "unit_column",
              "xlsx_openpyxl"])
    for per in W.Q1:
        m = W.month_no(per)
        sh = b.sheet(f"{m}月份")
        sh.merge(0, 0, 0, 2, f"长湴东社区{m}月份工作数据")
        sh.row(1, 0, ["项目", "单位", "数量"])
        for i, (label, unit, ind) in enumerate(C10_ITEMS):
            v = fig[(code, per, ind)]
            sh.row(2 + i, 0, [label, unit])
            sh.tput(2 + i, 2, v, code, per, ind, v)
    sh = b.sheet("汇总")
    sh.merge(0, 0, 0, 5, "长湴东社区一季度汇总")
    sh.row(1, 0, ["项目", "单位", "1月", "2月", "3月", "合计"])
    r = 2
    for label, unit, ind in C10_ITEMS:
        if ind not in W.FLOWS:
            continue
        sh.row(r, 0, [label, unit])
        for j, per in enumerate(W.Q1):
            v = fig[(code, per, ind)]
            sh.tput(r, 2 + j, v, code, per, ind, v, role="duplicate")
        q = W.qsum(fig, code, W.Q1, ind)
        sh.qput(r, 5, q, code, "2026-Q1", ind, q)
        r += 1
    scratch = b.sheet("计算稿", hidden=True)
    rng = random.Random(3107)
    scratch.row(0, 0, ["草稿", "1月", "2月", "3月"])
    for i, (label, _u, ind) in enumerate(C10_ITEMS[:6]):
        scratch.row(1 + i, 0, [label] + [fig[(code, p, ind)] + rng.randrange(3, 15) for p in W.Q1])
    return b


FILES = [c01_leyiju_nov, c02_tiane_dec, c03_jianli_jan, c04_xingke_mar, c04b_xingke_mar_resend, c05_keyi_ledger,
         c06_xingan_q1, c07_cencunxi_feb, c08_cencundong_apr, c09_changbanxi_mar_trad, c10_changbandong_q1]
