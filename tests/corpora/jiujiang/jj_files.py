"""The 滨兴街道 files: community 台账 (上月/本月/本年累计), the street's departments (民政, 平安, 就业, 志愿, 党建,
基础, 诉求, 为老), written as 九江 clerks write them."""
import jj_grid
from jj_grid import Sheet, header, miss, val, cn_month
from jj_world import BY_SHORT, COMMS, PERIOD
from jj_writers import save

CODES = [c for _, c, _ in COMMS]
# how the street's clerks name the communities: digits for the ordinal roads, 厂 for 场, old names
NICK = {"三马路": "3马路", "一马路": "1马路社区", "二马路": "二马路社区委员会", "月亮湾": "月亮湾社区",
        "向湖": "向湖社区", "春安里": "春安里", "放马场": "放马厂社区", "坝围里": "坝围里社区", "官牌夹": "官牌夹",
        "建材": "建材社区", "兴中": "兴中社区"}
ZH = "〇一二三四五六七八九"


def zh_month(m):
    """「二〇二五年十月」"""
    y = "".join(ZH[int(d)] for d in m[:4])
    n = int(m[5:])
    return f"{y}年{['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][n]}月"


TAIZHANG = [("民情诉求受理", "件", "petitions_received"), ("民情诉求办结", "件", "petitions_resolved"),
            ("调处矛盾纠纷", "起", "disputes_mediated"), ("免费体检（老年人）", "人", "free_health_checks"),
            ("走访帮扶困难群众", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed"),
            ("开展文体活动", "场", "cultural_activities"), ("“浔阳红”理论宣讲", "次", "lectures_held")]


def taizhang(W, short, m, writer, style="n"):
    """Community 台账: 项目 | 本月 | 上月 | 本年累计 | 计量单位 (unit LAST, 本月 BEFORE 上月), a 备注 line inside the table."""
    code = BY_SHORT[short]
    sh = Sheet(f"{int(m[5:])}月台账")
    sh.merge(0, 0, 0, 4, f"滨兴街道{short}社区工作台账（{zh_month(m)}）")
    sh.put(1, 0, "报送：街道党政综合办")
    sh.put(1, 3, "口径：本月=当月发生数")
    sh.row(2, 0, ["项  目", "本月", "上月", "本年累计", "计量单位"])
    r = 3
    for lab, unit, ind in TAIZHANG:
        sh.put(r, 0, lab)
        val(sh, r, 1, code, m, ind, style=style)
        prev = W.prev(m)
        pv = W.v[(code, prev, ind)]
        sh.put(r, 2, pv)
        sh.rec(r, 2, ("truth", (code, prev, ind), pv, "prevmonth") if prev in W.period
               else ("ignore", (code, prev, ind), pv, None))
        sh.put(r, 3, W.ytd(code, m, ind) if m[5:] != "01" else "同本月")
        sh.put(r, 4, unit)
        r += 1
        if ind == "disputes_mediated":
            sh.merge(r, 0, r, 4, "备注：以上诉求含12345热线转办件、“浔阳码上办”线上件。")
            r += 1
    sh.put(r + 1, 0, "社区书记签字：")
    sh.put(r + 1, 3, f"{m[:4]}年{int(m[5:])}月底")
    rel = f"batch1/{short}社区{m[:4]}.{int(m[5:])}月工作台账.{ {'openpyxl': 'xlsx', 'xlsxwriter': 'xlsx', 'xlwt': 'xls', 'odfpy': 'ods'}.get(writer, 'csv') }"
    save(rel, [sh], writer, ["community_file", "unit_column_last", "this_month_before_last_month", "ytd_column",
                             "remark_row_inside_table", "chinese_numeral_year_title"], (2026, 4, 1, 9, 0))


def minzheng(W, months, comms, title, note=None):
    """民政: communities down, months across, each month a group 户/人/金额 (payout in 万元 — the unit sits in the
    group header 「金额(万)」)."""
    sh = Sheet(f"{months[0][:4]}低保")
    sh.merge(0, 0, 0, 1 + 3 * len(months), title)
    tree = [("序号", None), ("社区", None)] + [(f"{int(m[5:])}月", [("户", "h"), ("人", "p"), ("金额(万)", "y")])
                                               for m in months]
    header(sh, 1, 0, tree, 2)
    for i, (short, code) in enumerate(comms):
        r = 3 + i
        sh.put(r, 0, i + 1)
        sh.put(r, 1, NICK[short])
        for j, m in enumerate(months):
            c = 2 + 3 * j
            val(sh, r, c, code, m, "dibao_households")
            val(sh, r, c + 1, code, m, "dibao_persons")
            val(sh, r, c + 2, code, m, "dibao_payout_yuan", div=10000)
    r = 3 + len(comms)
    if note:
        sh.merge(r + 1, 0, r + 1, 1 + 3 * len(months), note)
    sh.put(r + 2, 0, "民政所　制表")
    return sh


def pingan(W, m, writer, rel, feats, comms=None):
    """平安: two tables on one sheet — 队伍 (巡逻队员 / 信息员) above, 案件 below, with a gap and its own title."""
    comms = comms or [(s, c) for s, c, _ in COMMS]
    sh = Sheet("平安")
    sh.put(0, 0, f"滨兴街道平安建设月报 {m[:4]}年{int(m[5:])}月" + ("（更正）" if "更正" in rel else ""))
    sh.put(1, 0, "一、群防群治队伍")
    sh.row(2, 0, ["社区", "义务巡逻队（人）", "平安信息员（人）"])
    for i, (s, c) in enumerate(comms):
        sh.put(3 + i, 0, NICK[s])
        val(sh, 3 + i, 1, c, m, "patrol_members")
        val(sh, 3 + i, 2, c, m, "informants")
    r = 5 + len(comms)
    sh.put(r, 0, "二、治安案件（起）")
    sh.row(r + 1, 0, ["社区", "本月发案", "备注"])
    for i, (s, c) in enumerate(comms):
        sh.put(r + 2 + i, 0, s)
        if W.v[(c, m, "security_cases")] == 0:
            val(sh, r + 2 + i, 1, c, m, "security_cases", style="wu")
            sh.put(r + 2 + i, 2, "零发案")
        else:
            val(sh, r + 2 + i, 1, c, m, "security_cases")
    save(rel, [sh], writer, feats, (2026, 4, 2, 9, 0))


def jiuye(W, m):
    """就业 (ods): one row per community, 5 indicators; 贷款 written 「20万」 in a 元 catalogue."""
    sh = Sheet(f"{m[:4]}年{int(m[5:])}月")
    sh.merge(0, 0, 0, 7, "滨兴街道劳动保障服务所月报")
    sh.row(1, 0, ["社区", "新增岗位(个)", "其中公益性岗位", "实现就业(人)", "零就业家庭(户)",
                  "创业担保贷款", "技能培训(场)", "说明"])
    for i, (s, c, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, NICK[s])
        val(sh, r, 1, c, m, "jobs_created")
        val(sh, r, 2, c, m, "public_welfare_jobs")
        val(sh, r, 3, c, m, "people_employed")
        val(sh, r, 4, c, m, "zero_employment_households")
        loan = W.v[(c, m, "micro_loans_yuan")]
        if loan:
            val(sh, r, 5, c, m, "micro_loans_yuan", style="u", unit="万", div=10000)
        else:
            val(sh, r, 5, c, m, "micro_loans_yuan", style="t")
        val(sh, r, 6, c, m, "training_sessions")
    sh.put(3 + len(COMMS), 0, "贷款栏以万元计")
    save(f"batch1/滨兴街道{m[:4]}年{int(m[5:])}月就业创业月报.ods", [sh], "odfpy",
         ["street_file", "loan_in_wan_with_unit_glued", "sub_column_其中", "nickname_communities", "digit_road_names"],
         (2026, 4, 2, 10, 0))


def zhiyuan(W):
    """志愿: one sheet per indicator, communities down, 7 months across (headers 「25.9」 … 「26.3」)."""
    out = []
    for ind, name in (("volunteers", "注册志愿者（人）"), ("volunteer_person_times", "服务人次")):
        sh = Sheet(name[:5])
        sh.put(0, 0, f"“浔城志愿红”志愿服务统计 {name}")
        sh.row(1, 0, ["社区"] + [f"{m[2:4]}.{int(m[5:])}" for m in PERIOD])
        for i, (s, c, _) in enumerate(COMMS):
            sh.put(2 + i, 0, NICK[s])
            for j, m in enumerate(PERIOD):
                val(sh, 2 + i, 1 + j, c, m, ind)
        out.append(sh)
    save("batch1/滨兴街道志愿服务统计2025年9月至2026年3月.xlsx", out, "xlsxwriter",
         ["street_file", "months_across_yy.m", "one_sheet_per_indicator"], (2026, 4, 3, 9, 0))


def dangjian(W, m, enc):
    sh = Sheet("x")
    sh.put(0, 0, f"党建工作统计,{m[:4]}年{int(m[5:])}月")
    sh.row(1, 0, ["社区", "党员", "结对帮扶"])
    for i, (s, c, _) in enumerate(COMMS):
        sh.put(2 + i, 0, s + "社区")
        val(sh, 2 + i, 1, c, m, "party_members", style="u", unit="名")
        val(sh, 2 + i, 2, c, m, "pairings", style="u", unit="对")
    save(f"batch1/滨兴街道党建{m[:4]}{m[5:]}.csv", [sh], enc, ["street_file", "units_glued", "title_with_comma"],
         (2026, 4, 3, 10, 0))


def jichu(W, m):
    """基础: transposed — indicators down, communities across; month only in a 截至 line."""
    sh = Sheet("基础信息")
    sh.put(0, 0, "滨兴街道社区基础信息表")
    sh.put(1, 0, f"截至{m[:4]}年{int(m[5:])}月底")
    sh.row(2, 0, ["指标"] + [NICK[s] for s, _, _ in COMMS])
    for k, (lab, ind) in enumerate([("常住户数（户）", "households"), ("常住人口（人）", "residents"),
                                    ("流动人口（人）", "floating_population"), ("社区工作者（人）", "staff")]):
        sh.put(3 + k, 0, lab)
        for j, (s, c, _) in enumerate(COMMS):
            val(sh, 3 + k, 1 + j, c, m, ind, style="k" if ind in ("residents", "households") else "n")
    save(f"batch1/滨兴街道社区基础信息（截至{m[:4]}年{int(m[5:])}月底）.xls", [sh], "xlwt",
         ["street_file", "transposed_communities_across", "thousands_text", "month_in_截至_line"], (2026, 4, 3, 11, 0))


def suqiu(W, m, writer, rel):
    """诉求: rows per community; a 办结率 column (derived, not a value) and a 合计 row."""
    sh = Sheet(f"{int(m[5:])}月")
    sh.put(0, 0, f"{m[:4]}年{int(m[5:])}月民情诉求办理汇总（滨兴街道网格中心）")
    sh.row(1, 0, ["社区名称", "受理(件)", "办结(件)", "办结率", "调解纠纷(起)"])
    tot = [0, 0, 0]
    for i, (s, c, _) in enumerate(COMMS):
        r = 2 + i
        sh.put(r, 0, NICK[s])
        val(sh, r, 1, c, m, "petitions_received")
        val(sh, r, 2, c, m, "petitions_resolved")
        sh.put(r, 3, f"{100 * W.v[(c, m, 'petitions_resolved')] / W.v[(c, m, 'petitions_received')]:.1f}%")
        val(sh, r, 4, c, m, "disputes_mediated")
        for k, ind in enumerate(("petitions_received", "petitions_resolved", "disputes_mediated")):
            tot[k] += W.v[(c, m, ind)]
    sh.row(2 + len(COMMS), 0, ["合计", tot[0], tot[1], "", tot[2]])
    save(rel, [sh], writer, ["street_file", "rate_column", "total_row"], (2026, 4, 4, 9, 0))


def build(W):
    comms = [(s, c) for s, c, _ in COMMS]
    for short, m, w in [("三马路", "2025-10", "openpyxl"), ("二马路", "2025-12", "xlsxwriter"),
                        ("月亮湾", "2026-01", "xlwt"), ("向湖", "2025-11", "odfpy"), ("坝围里", "2026-02", "openpyxl"),
                        ("春安里", "2026-03", "xlsxwriter"), ("建材", "2025-09", "xlwt"), ("兴中", "2026-02", "odfpy"),
                        ("放马场", "2025-11", "csv-utf8"), ("官牌夹", "2025-12", "csv-gbk"), ("一马路", "2026-03", "csv-utf8bom")]:
        taizhang(W, short, m, w)
    save("batch1/滨兴街道2025年9-12月城市低保统计.xlsx",
         [minzheng(W, PERIOD[:4], comms, "滨兴街道城市低保统计表（2025年9-12月）")], "openpyxl",
         ["street_file", "months_as_column_groups", "payout_in_wan_in_group_header"], (2026, 1, 5, 9, 0))
    save("batch1/滨兴街道2026年1-3月城市低保统计.xls",
         [minzheng(W, PERIOD[4:], comms, "滨兴街道城市低保统计表（2026年一至三月）")], "xlwt",
         ["street_file", "months_as_column_groups", "payout_in_wan_in_group_header"], (2026, 4, 5, 9, 0))
    for m, w in [("2025-09", "csv-gbk"), ("2025-11", "csv-utf8"), ("2026-01", "csv-utf8bom"), ("2026-03", "csv-gbk")]:
        pingan(W, m, w, f"batch1/平安建设月报{m[:4]}年{int(m[5:])}月.csv",
               ["street_file", "two_tables_one_sheet", "无_for_zero", "encoding_" + w])
    for m in ("2025-10", "2025-12", "2026-02"):
        jiuye(W, m)
    zhiyuan(W)
    dangjian(W, "2025-12", "csv-utf8bom")
    dangjian(W, "2026-03", "csv-gbk")
    jichu(W, "2025-12")
    jichu(W, "2026-03")
    for m, w in [("2025-09", "xlsxwriter"), ("2026-01", "openpyxl"), ("2026-03", "odfpy")]:
        suqiu(W, m, w, f"batch1/民情诉求办理汇总{m[:4]}{m[5:]}.{'ods' if w == 'odfpy' else 'xlsx'}")
