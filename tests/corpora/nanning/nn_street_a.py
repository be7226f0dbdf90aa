"""The street office's own files (津头街道 departments), part one: 基本情况, 诉求通报, 元月就业, 低保动态, 数据平台导出."""
import random

from nn_grid import Sheet, _value_role, header, prior, val
from nn_world import CODES, NAME, SHORT
from nn_writers import save

B1 = "batch1/"


def vertical(text, unit=""):
    """A header typed one character per line for a narrow column, the unit on the last line."""
    return "\n".join(text) + (f"\n{unit}" if unit else "")


def s1_jiben(W):
    """Names with their 序号 glued on (「1.大板三社区」, no 序号 column); header cells written one character per line."""
    m = "2025-11"
    sh = Sheet("基本情况")
    sh.put(0, 0, "青秀区津头街道社区基本情况统计表（2025年11月）")
    sh.put(1, 0, "填报单位：津头街道社区建设办公室（盖章）")
    sh.put(1, 5, "统计时点：2025年11月30日")
    heads = ["社区名称", vertical("常住户数", "（户）"), vertical("常住人口", "（人）"), "其中：\n壮族等\n少数民族\n（人）",
             vertical("流动人口", "（人）"), vertical("社区工作者", "（人）"), vertical("网格数", "（个）"), "备注"]
    sh.row(2, 0, heads)
    notes = {"埌西": "含埌西村城中村出租屋租住人员", "会展": "东盟商务区写字楼从业人员不计入",
             "凤岭南": "11月新交付小区1个，新增入住约120户"}
    r = 3
    tot = [0] * 6
    for i, code in enumerate(CODES):
        sh.put(r, 0, f"{i + 1}.{SHORT[code]}社区")
        for j, ind in enumerate(["households", "residents", None, "floating_population", "staff", None]):
            if ind is None:
                x = (W.out(code, m, "壮族", int(W.v[(code, m, "residents")] * 0.25), int(W.v[(code, m, "residents")] * 0.4))
                     if j == 2 else W.out(code, m, "网格", 4, 9))
                sh.put(r, 1 + j, x)
                tot[j] += x
            else:
                val(sh, r, 1 + j, code, m, ind)
                tot[j] += W.v[(code, m, ind)]
        if SHORT[code] in notes:
            sh.put(r, 7, notes[SHORT[code]])
        r += 1
    sh.put(r, 0, "合计")
    sh.row(r, 1, tot)
    sh.put(r + 2, 0, "填表人：零春花　　审核人：韦建华　　联系电话：0771-5532186　　填报日期：2025年12月3日")
    save(B1 + "津头街道社区基本情况统计表（2025年11月）.xlsx", [sh], "openpyxl",
         ["street_rows", "seq_glued_to_name", "header_vertical_chars", "outside_columns", "notes_names_trap",
          "footer_date_trap", "phone_trap", "xlsx_openpyxl"], (2025, 12, 3, 16, 40))


def s2_tongbao(W):
    """A 通报 numbered by issue (「2026年第2期」, not a month): the month is only in the 统计时间 line."""
    m = "2026-01"
    sh = Sheet("通报")
    sh.put(0, 0, "津头街道民情诉求办理情况通报")
    sh.put(1, 0, "（2026年第2期）")
    sh.put(2, 0, "统计时间：2026年1月1日—1月31日")
    sh.put(2, 6, "津头街道综治中心　2026年2月6日")
    sh.row(3, 0, ["序号", "社区", "受理诉求（件）", "其中：12345热线转办", "其中：“爱南宁”APP", "已办结（件）", "办结率",
                  "排名", "调处矛盾纠纷（起）"])
    rate = {c: W.v[(c, m, "petitions_resolved")] / W.v[(c, m, "petitions_received")] for c in CODES}
    order = sorted(CODES, key=lambda c: -rate[c])
    rank = {c: order.index(c) + 1 for c in CODES}
    r = 4
    tr = ts = 0
    for i, code in enumerate(CODES):
        recv = W.v[(code, m, "petitions_received")]
        a = W.out(code, m, "12345", recv // 4, recv // 2)
        b = W.out(code, m, "爱南宁", 0, max(1, recv // 6))
        sh.row(r, 0, [i + 1, SHORT[code] + "社区"])
        val(sh, r, 2, code, m, "petitions_received")
        sh.row(r, 3, [a, b])
        val(sh, r, 5, code, m, "petitions_resolved")
        sh.put(r, 6, f"{rate[code] * 100:.1f}%")
        sh.put(r, 7, rank[code])
        val(sh, r, 8, code, m, "disputes_mediated")
        tr += recv
        ts += W.v[(code, m, "petitions_resolved")]
        r += 1
    sh.row(r, 0, ["", "全街道", tr, "", "", ts, f"{ts / tr * 100:.1f}%"])
    sh.put(r + 2, 0, f"本期全街道共受理群众诉求{tr}件，已办结{ts}件，综合办结率{ts / tr * 100:.1f}%。"
                     "第1期（2025年度总结）已通报全年情况。")
    sh.put(r + 3, 0, "请办结率低于90%的社区于2月13日前向综治中心报送整改说明。")
    save(B1 + "津头街道民情诉求办理情况通报（2026年第2期）.xlsx", [sh], "xlsxwriter",
         ["street_rows", "issue_number_not_month", "period_only_in_date_span_line", "part_columns", "derived_rate_text",
          "rank_column", "notes_numbers", "xlsx_xlsxwriter"], (2026, 2, 6, 11, 15))


def s3_yuanyue(W):
    """「2026年元月份」 (元月 = January) in the title and file name; 万元; an outside 其中 column; 合计."""
    m = "2026-01"
    sh = Sheet("元月")
    sh.put(0, 0, "津头街道2026年元月份就业和社会保障工作报表")
    sh.put(1, 0, "报送单位：津头街道社会保障服务中心")
    sh.row(2, 0, ["序号", "社区", "新增就业岗位（个）", "其中：公益性岗位（个）", "城镇新增就业（人）",
                  "其中：就业困难人员实现就业（人）", "零就业家庭（户）", "职业技能培训（场）", "创业担保贷款（万元）", "备注"])
    r = 3
    cols = ["jobs_created", "public_welfare_jobs", "people_employed", None, "zero_employment_households",
            "training_sessions", "micro_loans_yuan"]
    tot = [0] * len(cols)
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, SHORT[code]])
        for j, ind in enumerate(cols):
            if ind is None:
                x = W.out(code, m, "困难", 0, min(3, W.v[(code, m, "people_employed")]))
                sh.put(r, 2 + j, x)
                tot[j] += x
            elif ind == "micro_loans_yuan":
                val(sh, r, 2 + j, code, m, ind, div=10000, fmt="0.0")
                tot[j] += W.v[(code, m, ind)] / 10000
            else:
                val(sh, r, 2 + j, code, m, ind)
                tot[j] += W.v[(code, m, ind)]
        if W.v[(code, m, "micro_loans_yuan")]:
            sh.put(r, 9, "1月下旬放款")
        r += 1
    sh.row(r, 0, ["", "合计"] + [round(t, 1) for t in tot])
    sh.put(r + 2, 0, "备注：2月下旬将联合区人社局举办“春风行动”专场招聘会，预计提供岗位约300个。")
    sh.put(r + 3, 0, "填报人：覃海燕　　填报日期：2026年2月4日")
    save(B1 + "津头街道2026年元月就业和社会保障工作报表.xls", [sh], "xlwt",
         ["street_rows", "yuanyue_january", "wan_header", "outside_part_column", "total_row", "notes_numbers",
          "footer_date_trap", "xls_xlwt"], (2026, 2, 4, 17, 5))


def movement(before, after, seed):
    """新增 / 停保 that take a stock from `before` to `after` (a few in and out every month)."""
    r = random.Random(seed)
    e = r.choice([0, 0, 1])
    return max(after - before, 0) + e, max(before - after, 0) + e


def dibao_sheet(W, final=False):
    """上月底 | 本月新增 | 本月停保 | 本月底 (户 / 人) and the payout as 「￥24,300.00」 text; 本月底 is the month's stock."""
    m, p = "2025-12", "2025-11"
    sh = Sheet("12月")
    sh.put(0, 0, "津头街道2025年12月城市最低生活保障动态管理统计表" + ("（最终版）" if final else ""))
    sh.put(1, 0, "填报单位：津头街道社会事务办公室")
    sh.put(1, 9, "单位：户、人、元")
    header(sh, 2, 0, [("序号", 0), ("社区", 1), ("上月底在保", [("户数", 2), ("人数", 3)]),
                      ("本月新增", [("户数", 4), ("人数", 5)]), ("本月停保", [("户数", 6), ("人数", 7)]),
                      ("本月底在保", [("户数", 8), ("人数", 9)]), ("本月发放低保金（元）", 10), ("备注", 11)], 2)
    notes = {"桂花": "12月新增1户2人经复核不符合条件，已停保（已追回当月发放）" if final else "",
             "会展": "补录12月新增1人" if final else ""}
    r = 4
    tot = [0] * 8
    payout = 0
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, NAME[code]])
        prior(sh, r, 2, code, p, "dibao_households")
        prior(sh, r, 3, code, p, "dibao_persons")
        h, _ = _value_role((code, m, "dibao_households"), None, None)
        n, _ = _value_role((code, m, "dibao_persons"), None, None)
        bh, bn = W.v[(code, p, "dibao_households")], W.v[(code, p, "dibao_persons")]
        # the movement as first sent; the final version moves only what the 复核 changed (停保 or 补录新增)
        h1 = W.old.get((code, m, "dibao_households"), W.v[(code, m, "dibao_households")])
        n1 = W.old.get((code, m, "dibao_persons"), W.v[(code, m, "dibao_persons")])
        nh, sh_ = movement(bh, h1, f"dbh{code}")
        e2 = 2 * (nh - max(h1 - bh, 0))
        nn, sn = max(n1 - bn, 0) + e2, max(bn - n1, 0) + e2
        if nn < nh or sn < sh_:
            d = max(nh - nn, sh_ - sn)
            nn, sn = nn + d, sn + d
        nh, sh_ = nh + max(h - h1, 0), sh_ + max(h1 - h, 0)
        nn, sn = nn + max(n - n1, 0), sn + max(n1 - n, 0)
        assert bh + nh - sh_ == h and bn + nn - sn == n and nn >= nh and sn >= sh_, (code, bh, nh, sh_, h, bn, nn, sn, n)
        sh.row(r, 4, [nh, nn, sh_, sn])
        val(sh, r, 8, code, m, "dibao_households")
        val(sh, r, 9, code, m, "dibao_persons")
        val(sh, r, 10, code, m, "dibao_payout_yuan", style="yen")
        for j, x in enumerate([bh, bn, nh, nn, sh_, sn, h, n]):
            tot[j] += x
        payout += _value_role((code, m, "dibao_payout_yuan"), None, None)[0]
        if notes.get(SHORT[code]):
            sh.put(r, 11, notes[SHORT[code]])
        r += 1
    sh.row(r, 0, ["", "合计"] + tot + [f"￥{payout:,.2f}"])
    if final:
        sh.put(r + 2, 0, "说明：经2026年1月8日复核，桂花社区停保1户2人、会展社区补录新增1人，本表为最终版，请以本表为准。")
    sh.put(r + 3, 0, "制表：莫小兰　　复核：黄春梅　　2026年1月" + ("9日" if final else "5日"))
    return sh


def s4_dibao(W):
    save(B1 + "津头街道2025年12月城市低保动态管理统计表.xlsx", [dibao_sheet(W)], "openpyxl",
         ["street_rows", "stock_movement_columns", "prior_month_stock_columns", "header_two_row_merged",
          "yen_sign_amounts", "registry_names", "total_row", "xlsx_openpyxl"], (2026, 1, 5, 15, 30))


DICT = [("JC01", "受理群众诉求", "件", "petitions_received", "来访、来电、网格员走访、12345转办等渠道受理的诉求"),
        ("JC02", "办结群众诉求", "件", "petitions_resolved", "已解决或已答复并经居民确认"),
        ("JC03", "矛盾纠纷调解成功", "起", "disputes_mediated", "社区人民调解委员会调解结案"),
        ("JC04", "网格事件上报", "件", None, "网格员巡查发现并上报平台的事件"),
        ("JC05", "治安案件（立案）", "起", "security_cases", "辖区派出所立案的治安案件"),
        ("JC06", "群防群治巡逻队员", "人", "patrol_members", "月末在册"),
        ("JC07", "平安信息员", "人", "informants", "月末在册"),
        ("JC08", "登革热防控入户排查", "户", None, "爱国卫生运动入户排查积水"),
        ("JC09", "注册志愿者", "人", "volunteers", "志愿广西平台月末注册人数"),
        ("JC10", "志愿服务", "人次", "volunteer_person_times", "当月参加志愿服务人次"),
        ("JC11", "流动人口", "人", "floating_population", "月末登记在册")]


def s5_pingtai(W):
    """A platform export whose rows name the indicator by code only (JC01 …): the names are on a 指标字典 sheet."""
    m = "2026-03"
    sh = Sheet("数据明细")
    sh.put(0, 0, "导出条件：统计期=202603；区域=青秀区/津头街道　　导出时间：2026-04-07 10:26:31　　导出人：jtjd_zzzx")
    sh.row(1, 0, ["序号", "区划代码", "单位名称", "统计期", "指标代码", "指标值", "审核状态"])
    r = 2
    for code in CODES:
        for icode, _, _, ind, _ in DICT:
            sh.row(r, 0, [r - 1, code, NAME[code], "202603", icode])
            if ind is None:
                sh.put(r, 5, W.out(code, m, icode, 20, 160))
            else:
                val(sh, r, 5, code, m, ind)
            sh.put(r, 6, "已审核" if (r * 7) % 11 else "待审核")
            r += 1
    d = Sheet("指标字典")
    d.row(0, 0, ["指标代码", "指标名称", "计量单位", "统计口径"])
    for i, (icode, name, unit, _, note) in enumerate(DICT):
        d.row(i + 1, 0, [icode, name, unit, note])
    save(B1 + "青秀区基层治理数据平台导出_津头街道_202603.xlsx", [sh, d], "xlsxwriter",
         ["street_long_export", "indicator_codes_only_dictionary_sheet", "code_column_text", "registry_names",
          "period_yyyymm_text", "outside_codes", "status_column", "xlsx_xlsxwriter"], (2026, 4, 7, 10, 40))


def build(W):
    s1_jiben(W)
    s2_tongbao(W)
    s3_yuanyue(W)
    s4_dibao(W)
    s5_pingtai(W)
