"""The street office's own department files: communities across (B), 民政+就业 stacked tables with 万元 in the
sheet name (C), and the 志愿桂林 tab-separated export with 线上+线下 sums (D)."""
from gl_grid import REC, Sheet, _value_role, miss, val
from gl_render import num_text
from gl_world import COMMS
from gl_writers import save

# name variants: the abbreviations and typos clerks use (a careful reader maps every one to the registry)
SHORT = {"桂林电子科技大学": "桂电", "理工大学": "理工"}
TYPO = {"辰山": "晨山社区", "猫儿山": "猫耳山社区", "建干北": "建千北社区", "桂林电子科技大学": "电子科大社区",
        "理工大学": "桂工社区"}
ENG = ["", "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
B_SETS = {
    "综治": [("受理群众诉求(件)", "petitions_received"), ("其中:已办结(件)", "petitions_resolved"),
           ("调处矛盾纠纷(起)", "disputes_mediated"), ("治安案件(起)", "security_cases"),
           ("巡逻队员(人)", "patrol_members")],
    "党建": [("在册党员(名)", "party_members"),
           ("宣讲次数(次)", "lectures_held")],
}


def name_of(short, variant):
    if variant == "short":
        return SHORT.get(short, short)
    if variant == "typo":
        return TYPO.get(short, short + "社区")
    return short + "社区"


def dept_file(W, month, dept, writer, variant, rel, sent):
    """B: a left-hand 填表说明 block, the table placed at D5 with communities across and indicators down,
    the period written in English abbreviations 「Oct.2025」, 合计 column (not a value)."""
    y, mo = int(month[:4]), int(month[5:])
    sh = Sheet(f"{ENG[mo]}{y}")
    sh.put(0, 3, f"东江街道{dept}工作月报表（{ENG[mo]}{y}）")
    for i, t in enumerate(["填表说明：", "1.按社区逐列填写；", "2.本月数指当月发生数，", "  人员数填月末在册数；",
                           "3.没有的填0，不要空着；", "4.每月3号前报街道。"]):
        sh.put(2 + i, 0, t)
    sh.widths[0] = 22
    sh.put(4, 3, "项目＼社区")
    for j, (short, code, _) in enumerate(COMMS):
        sh.put(4, 4 + j, name_of(short, variant))
    sh.put(4, 4 + len(COMMS), "合计")
    for i, (lab, ind) in enumerate(B_SETS[dept]):
        r = 5 + i
        sh.put(r, 3, lab)
        tot = 0
        for j, (short, code, _) in enumerate(COMMS):
            if (mo * 5 + j * 3 + i) % 31 == 0:
                miss(sh, r, 4 + j, code, month, ind, "未报")
                continue
            val(sh, r, 4 + j, code, month, ind)
            tot += W.v[(code, month, ind)]
        sh.put(r, 4 + len(COMMS), tot)
    sh.put(6 + len(B_SETS[dept]), 3, f"填报：东江街道{dept}办　审核：　报送日期：{y}.{mo}.28")
    save(rel, [sh], writer, ["street_file", "english_month_abbrev", "left_instruction_block", "table_at_D5",
                             "communities_across_" + variant, "total_column"], sent)


def two_tables(W, month, writer, rel, sent, note=None):
    """C: 民政 and 就业 tables stacked in one sheet, amounts in 万元 said only by the sheet name and a header."""
    y, mo = int(month[:4]), int(month[5:])
    cn = "〇一二三四五六七八九"
    ytext = "".join(cn[int(d)] for d in str(y))
    mtext = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][mo]
    sh = Sheet("民政就业(万元)")
    sh.put(0, 0, f"东江街道{ytext}年{mtext}月民政就业数据" + ("（更正版）" if note else ""))
    if note:
        sh.put(1, 0, note)
    sh.put(2, 0, "一、低保")
    sh.row(3, 0, ["社区", "户", "人", "发放金额"])
    r = 4
    for short, code, _ in COMMS:
        sh.put(r, 0, name_of(short, "short"))
        val(sh, r, 1, code, month, "dibao_households")
        val(sh, r, 2, code, month, "dibao_persons")
        val(sh, r, 3, code, month, "dibao_payout_yuan", div=10000, fmt="0.00")
        r += 1
    r += 2
    sh.put(r, 0, "二、就业创业")
    sh.row(r + 1, 0, ["社区", "新增岗位", "其中公益性", "实现就业", "零就业家庭", "创业担保贷款"])
    r += 2
    for short, code, _ in COMMS:
        sh.put(r, 0, name_of(short, "typo"))
        for k, ind in enumerate(["jobs_created", "public_welfare_jobs", "people_employed",
                                 "zero_employment_households", "micro_loans_yuan"]):
            if ind == "micro_loans_yuan":
                val(sh, r, 1 + k, code, month, ind, div=10000)
            else:
                val(sh, r, 1 + k, code, month, ind)
        r += 1
    save(rel, [sh], writer, ["street_file", "two_tables_stacked", "wan_in_sheet_name_only", "title_cn_digits_ling",
                             "names_short_then_typos"], sent)


def volunteer_export(W, months, rel, sent):
    """D: the 志愿桂林 platform export, tab separated in a .csv, long format; 服务人次 written 「线上+线下」."""
    sh = Sheet("x")
    sh.row(0, 0, ["序号", "所属组织", "统计月份", "注册志愿者数", "服务人次(线上+线下)", "导出时间"])
    r = 1
    for month in months:
        for j, (short, code, _) in enumerate(COMMS):
            sh.put(r, 0, r)
            sh.put(r, 1, f"东江街道{short}社区志愿服务队")
            sh.put(r, 2, month.replace("-", "/"))
            val(sh, r, 3, code, month, "volunteers", style="t")
            key = (code, month, "volunteer_person_times")
            v, role = _value_role(key, None, None)
            on = (v * (3 + j % 4)) // 10
            sh.put(r, 4, f"{on}+{v - on}")
            sh.rec(r, 4, ("truth", key, v, role))
            sh.put(r, 5, "2026-04-02 10:21:33")
            r += 1
    save(rel, [sh], "csv-tab", ["platform_export", "tab_separated_csv", "sum_expression_in_cell", "long_format",
                                "month_slash_column", "export_time_trap"], sent)
