"""The 17 community files of batch1 (长通街道's seven 社区)."""
from cc_comm import out, report, send
from cc_grid import qval
from cc_world import BY_SHORT

GF, QZ, DD, LX, DL, YN, JD = (BY_SHORT[s] for s in ("光复路南", "清真寺", "东大", "龙兴", "东莱南街", "永宁路", "景东"))


BASIC = [("常住户数", "户", "households"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
         ("社区工作者", "人", "staff"), ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings"),
         ("巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"), ("零就业家庭", "户", "zero_employment_households")]


def basic(st=None):
    st = st or {}
    return [("v", lab, u, ind, st.get(ind, "n")) for lab, u, ind in BASIC]


def items(code, m, st=None, skip=(), extra=()):
    """The usual 长通 list; `st` overrides styles by indicator."""
    st = st or {}
    base = [("受理居民诉求", "件", "petitions_received"), ("办结诉求", "件", "petitions_resolved"),
            ("调解矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
            ("低保户", "户", "dibao_households"), ("低保人员", "人", "dibao_persons"),
            ("低保金", "元", "dibao_payout_yuan"), ("免费体检", "人", "free_health_checks"),
            ("走访慰问困难群众", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed"),
            ("文体活动", "场", "cultural_activities"), ("政策宣讲", "次", "lectures_held"),
            ("治安案件", "起", "security_cases"), ("注册志愿者", "人", "volunteers"),
            ("志愿服务", "人次", "volunteer_person_times")]
    outl = [x for x in base if x[2] not in skip]
    res = [("v", lab, u, ind, st.get(ind, "n")) for lab, u, ind in outl]
    return res + list(extra)


def build(W):
    # 1 光复路南 2025-10: 「共计…」 before most figures
    m = "2025-10"
    its = items(GF, m, {k: "gong" for k in ("petitions_received", "petitions_resolved", "people_assisted",
                                               "goods_distributed", "volunteer_person_times")},
                extra=[out("供热入户测温", "户", "cw", 40, 120, GF, m, "供热开栓后入户测温")])
    send("光复路南社区2025年10月工作报表.xlsx",
         report(GF, m, "光复路南社区2025年10月份工作报表", its, date="2025年11月2日"), "openpyxl",
         ["items_down", "gongji_prefix", "secretary_signature", "outside_rows"], (2025, 11, 2, 9, 0))
    # 2 永宁路 2025-10: 项目：value, no header
    its = items(YN, m, {"petitions_received": "u", "dibao_payout_yuan": "k"}, skip=("dibao_households", "dibao_persons"),
                extra=[("m", "低保", "", "{0}户{1}人", ["dibao_households", "dibao_persons"])])
    send("永宁路社区10月份工作数据（2025年）.xlsx",
         report(YN, m, "永宁路社区工作数据", its, layout="colon",
                lines_before=["统计月份：2025年10月"], date="2025.11.3"), "openpyxl",
         ["colon_label_value", "period_line", "multi_value_cell", "year_in_brackets_in_name"], (2025, 11, 3, 8, 30))
    # 3 清真寺 2025-11: the 清真寺 (the mosque) in a note is a building, not the community
    m = "2025-11"
    its = items(QZ, m, {"security_cases": "wu", "disputes_mediated": "cn"},
                extra=basic({"households": "sp", "residents": "sp"}) + [out("消防安全检查", "处", "xf", 5, 20, QZ, m, "含协助长春清真寺冬季消防检查")])
    send("清真寺社区2025年11月工作月报.xls",
         report(QZ, m, "南关区长通街道清真寺社区2025年11月工作月报", its, date="2025年12月1日",
                lines_after=["其他：配合长春清真寺做好冬季取暖、消防安全工作；民族团结进步宣讲已计入政策宣讲。"]), "xlwt",
         ["items_down", "mosque_word_in_note", "cn_numerals", "wu_zero", "outside_rows"], (2025, 12, 1, 10, 0))
    # 4 景东 2025-11: UTF-8 BOM CSV, 「约」「左右」
    its = items(JD, m, {"free_health_checks": "yue", "volunteer_person_times": "zy", "volunteers": "t"},
                skip=("micro_loans_yuan",))
    send("景东社区2025年11月工作报表.csv",
         report(JD, m, "景东社区2025年11月工作报表", its, date="2025/12/2"), "csv-utf8bom",
         ["items_down", "approx_words", "utf8_bom"], (2025, 12, 2, 9, 0))
    # 5 龙兴 2025-11: GBK colon list, 「计…」
    its = items(LX, m, {k: "ji" for k in ("petitions_received", "jobs_created", "people_employed")}, skip=("volunteers",),
                extra=[("x", "注册志愿者", "人", "volunteers", "待核", "“志愿吉林”平台数据待核")])
    send("龙兴社区2025年11月数据.csv",
         report(LX, m, "龙兴社区2025年11月数据上报", its, layout="colon", date="2025.12.1"), "csv-gbk",
         ["colon_label_value", "ji_prefix", "daihe_cell", "gbk_wps_padded"], (2025, 12, 1, 16, 0))
    # 6 东大 2025-12: a 政务微信 message pasted into column A, 「项目｜数｜单位」 per line
    m = "2025-12"
    its = [x for x in items(DD, m, skip=("dibao_households", "dibao_persons", "dibao_payout_yuan"))]
    its += basic()[:3] + [out("清雪", "次", "qx", 6, 14, DD, m)]
    send("东大社区2025年12月工作情况（政务微信）.ods",
         report(DD, m, "【东大社区2025年12月工作情况】", its, layout="pipe", sheet="12月",
                lines_before=["发自政务微信 2026-01-03 08:41"], lines_after=["以上数据已经书记审核。"], date="2026年1月3日"),
         "odfpy", ["pipe_message_lines", "label_and_value_in_one_cell", "outside_rows"], (2026, 1, 3, 8, 45))
    # 7 东莱南街 2025-12: across, line-broken headers, xlsxwriter
    its = items(DL, m, {"dibao_payout_yuan": "k"})
    send("东莱南街社区2025年12月工作报表.xlsx",
         report(DL, m, "东莱南街社区2025年12月工作报表", its, layout="across", date="2026年1月4日"), "xlsxwriter",
         ["indicators_across", "line_breaks_in_headers", "thousands_text"], (2026, 1, 4, 9, 0))
    # 8 永宁路 2026-01 (openpyxl)
    m = "2026-01"
    its = items(YN, m, {"security_cases": "cn", "cultural_activities": "cn"},
                extra=[out("冰雪活动参与群众", "人次", "bx", 100, 400, YN, m, "冰雪嘉年华")])
    send("永宁路社区2026年1月工作报表.xlsx",
         report(YN, m, "永宁路社区2026年1月工作报表", its, date="2026年2月2日"), "openpyxl",
         ["items_down", "cn_numerals", "outside_rows"], (2026, 2, 2, 9, 0))
    # 9 景东 2026-01 (odfpy), 「共计」 and full-width
    its = items(JD, m, {"petitions_received": "gong", "people_assisted": "fw", "goods_distributed": "fw"},
                extra=basic() + [out("清雪除冰", "次", "qx", 8, 16, JD, m)])
    send("景东社区2026年1月份工作月报.ods",
         report(JD, m, "景东社区2026年1月份工作月报", its, sheet="1月", date="2026年2月3日"), "odfpy",
         ["items_down", "gongji_prefix", "fullwidth_digits"], (2026, 2, 3, 10, 0))
    # 10 光复路南 2026-02 (xls)
    m = "2026-02"
    its = items(GF, m, {"people_assisted": "u", "goods_distributed": "u", "cultural_activities": "u"},
                extra=[out("春节期间值班", "人次", "zb", 20, 40, GF, m)])
    send("光复路南社区2026年2月工作报表.xls",
         report(GF, m, "光复路南社区2026年2月（春节月）工作报表", its, date="2026年3月2日"), "xlwt",
         ["items_down", "units_glued", "outside_rows"], (2026, 3, 2, 9, 0))
    # 11 清真寺 2026-02 (xlsxwriter) across
    its = items(QZ, m, {"people_assisted": "u"}, extra=basic()[:4])
    send("清真寺社区2026年2月工作报表.xlsx",
         report(QZ, m, "清真寺社区2026年2月工作报表", its, layout="across", date="2026.3.3"), "xlsxwriter",
         ["indicators_across", "line_breaks_in_headers"], (2026, 3, 3, 9, 0))
    # 12 东大 2026-03: UTF-8 CSV
    m = "2026-03"
    its = items(DD, m, {"volunteer_person_times": "yu", "jobs_created": "d0", "people_employed": "d0"})
    send("东大社区2026年3月工作报表.csv",
         report(DD, m, "东大社区2026年3月工作报表", its, date="2026年4月1日"), "csv-utf8",
         ["items_down", "dot_zero_text", "approx_words"], (2026, 4, 1, 9, 0))
    # 13 龙兴 2026-03: 本月 | 1—3月累计 (the 累计 is the 2026-Q1 total)
    send("龙兴社区2026年3月工作报表.xlsx", [_longxing_q1(W)], "openpyxl",
         ["items_down", "ytd_column_is_quarter", "quarter_total"], (2026, 4, 1, 15, 0))
    # 14 东莱南街 2026-04: colon list (odfpy)
    m = "2026-04"
    its = items(DL, m, {"petitions_received": "gong"},
                extra=[("v", "创业担保贷款", "", "micro_loans_yuan", "wan"), ("v", "技能培训", "场", "training_sessions", "n")])
    send("东莱南街社区2026年4月数据.ods",
         report(DL, m, "东莱南街社区2026年4月数据", its, layout="colon", date="2026年4月30日"), "odfpy",
         ["colon_label_value", "gongji_prefix", "wan_yuan_text"], (2026, 4, 30, 15, 0))
    # 15 永宁路 2026-03 (.et)
    m = "2026-03"
    its = items(YN, m, {"volunteer_person_times": "gong"}, extra=basic({"residents": "k"}) + [out("学雷锋活动", "次", "lf", 2, 6, YN, m)])
    send("永宁路社区2026年3月工作报表.et",
         report(YN, m, "永宁路社区2026年3月工作报表", its, date="2026年4月2日"), "xlwt-et",
         ["items_down", "gongji_prefix", "wps_et"], (2026, 4, 2, 9, 0))
    # 16 景东 2026-04 (openpyxl)
    m = "2026-04"
    its = items(JD, m, {"free_health_checks": "zy"}, extra=basic({"floating_population": "yue"})[2:] + [out("停暖后入户回访", "户", "th", 30, 90, JD, m)])
    send("景东社区2026年4月工作报表.xlsx",
         report(JD, m, "景东社区2026年4月工作报表", its, date="2026年4月30日"), "openpyxl",
         ["items_down", "approx_words", "outside_rows"], (2026, 4, 30, 16, 0))
    # 17 龙兴 2026-01 (xls) across with 「共计」
    m = "2026-01"
    its = items(LX, m, {"petitions_received": "gong"}, skip=("micro_loans_yuan",))
    send("龙兴社区2026年1月工作报表.xls",
         report(LX, m, "龙兴社区2026年1月工作报表", its, layout="across", date="2026年2月2日"), "xlwt",
         ["indicators_across", "gongji_prefix"], (2026, 2, 2, 11, 0))
    # 18 清真寺 2026-04 (xlsxwriter): items, 「计…」 and an April note naming the mosque again
    m = "2026-04"
    its = items(QZ, m, {"petitions_received": "ji", "petitions_resolved": "ji", "free_health_checks": "u"},
                extra=basic()[4:8] + [out("清明文明祭扫劝导", "人次", "qm", 40, 120, QZ, m)])
    send("清真寺社区2026年4月工作报表.xlsx",
         report(QZ, m, "清真寺社区2026年4月份工作报表", its, sheet="4月", date="2026年4月30日",
                lines_after=["其他：停暖后配合长春清真寺周边背街小巷环境整治（不计入文体活动）。"]), "xlsxwriter",
         ["items_down", "ji_prefix", "mosque_word_in_note", "outside_rows"], (2026, 4, 30, 17, 30))


def _longxing_q1(W):
    from cc_grid import Sheet, val
    from cc_util import footer
    sh = Sheet("3月")
    sh.put(0, 0, "龙兴社区2026年3月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "1—3月累计"])
    flows = [("受理居民诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
             ("免费体检", "人", "free_health_checks"), ("文体活动", "场", "cultural_activities"),
             ("志愿服务", "人次", "volunteer_person_times"), ("低保金", "元", "dibao_payout_yuan")]
    r = 2
    for i, (lab, u, ind) in enumerate(flows):
        sh.row(r, 0, [i + 1, lab, u])
        val(sh, r, 3, LX, "2026-03", ind)
        qval(sh, r, 4, LX, "2026-Q1", ind)
        r += 1
    for lab, u, ind in [("党员", "名", "party_members"), ("注册志愿者", "人", "volunteers")]:
        sh.row(r, 0, [r - 1, lab, u])
        val(sh, r, 3, LX, "2026-03", ind)
        sh.put(r, 4, "—")
        r += 1
    sh.put(r, 0, "注：1—3月累计为一季度合计；党员、志愿者为月末数，不累计。")
    footer(sh, r + 1, "邵敏", "张国庆", "2026年4月1日")
    return sh
