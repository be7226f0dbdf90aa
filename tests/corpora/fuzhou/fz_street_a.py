"""Street-office files (1): 社区建设办 基本情况 (July), the 12345 platform's channel table (October), 社会事务服务中心's
下半年 低保 ledger (three sheets, month headers as date cells, quarter columns between the months), 劳动保障事务所's
1-9月 progress table (.et), 综治中心's 平安 月报 with one-character community names (.ods), the 敬老月 table sorted
by 体检."""
import datetime

from fz_grid import Sheet, miss, qval, shown, val
from fz_world import COMMS
from fz_writers import save

PHONE = "0591-87516203"


def basic_july(W):
    m = "2025-07"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 9, "福州市鼓楼区五凤街道社区基本情况统计表")
    sh.merge(1, 0, 1, 4, "统计时点：2025年7月31日")
    sh.merge(1, 5, 1, 9, "填报单位：五凤街道社区建设办公室")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 5, "人口")
    sh.row(3, 2, ["常住户数（户）", "常住人口（人）", "其中：户籍人口", "其中：流动人口"])
    sh.merge(2, 6, 2, 8, "队伍")
    sh.row(3, 6, ["社区工作者（人）", "专职网格员（人）", "在册党员（名）"])
    sh.merge(2, 9, 3, 9, "备注")
    inds = ["households", "residents", None, "floating_population", "staff", None, "party_members"]
    tot = [0] * 7
    rows = []
    for i, (short, code, _) in enumerate(COMMS):
        res, fl = W.v[(code, m, "residents")], W.v[(code, m, "floating_population")]
        rows.append((i, short, code, [None, None, res - fl + (i * 37) % 90, None, None, 6 + i % 4, None]))
    sh.put(4, 1, "全街道")
    for i, short, code, extra in rows:
        r = 5 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        for k, ind in enumerate(inds):
            if ind:
                val(sh, r, 2 + k, code, m, ind)
                tot[k] += W.v[(code, m, ind)]
            else:
                sh.put(r, 2 + k, extra[k])
                tot[k] += extra[k]
        if short == "左海":
            sh.put(r, 9, "含左海公园管理处宿舍区")
        if short == "铜盘":
            sh.put(r, 9, "铜盘路拆迁安置户已回迁")
    sh.row(4, 2, tot)
    r = 5 + len(COMMS) + 1
    sh.put(r, 0, "说明：常住人口含流动人口；户籍人口为公安户籍数，仅供参考；网格员为专职网格员，不含兼职。")
    sh.put(r + 1, 0, f"填表人：林　　审核：陈　　联系电话：{PHONE}　　2025年8月5日")
    sh.widths.update({1: 11, 2: 10, 3: 10, 4: 10, 5: 10, 6: 10, 7: 10, 8: 10, 9: 22})
    save("batch1/五凤街道2025年7月社区基本情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "two_row_header", "total_row_on_top", "outside_columns", "qizhong_part_is_indicator"],
         (2025, 8, 5, 10, 30))


CHANNELS = ["12345热线", "“e福州”APP", "闽政通", "市长信箱", "网格巡查上报"]


def split(total, n, seed):
    """Deterministic split of total into n non-negative parts (largest first)."""
    shares = [5, 3, 2, 1, 2][:n]
    raw = [total * s // sum(shares) for s in shares]
    raw[(seed % n)] += total - sum(raw)
    return raw


def petitions_oct(W):
    m = "2025-10"
    sh = Sheet("分社区统计")
    sh.merge(0, 0, 0, 6, "福州市12345便民服务平台诉求件办理情况分社区统计表")
    sh.merge(1, 0, 1, 6, "承办单位：鼓楼区五凤街道　　统计时段：2025-10-01 至 2025-10-31")
    sh.row(2, 0, ["序号", "承办社区", "诉求来源渠道", "受理（件）", "办结（件）", "按期办结率", "备注"])
    r = 3
    tr = td = 0
    for i, (short, code, _) in enumerate(COMMS):
        rec, res = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
        pr = split(rec, 5, i)
        pd = [min(a, b) for a, b in zip(pr, split(res, 5, i))]
        pd[0] += res - sum(pd)
        assert all(0 <= x for x in pd) and sum(pd) == res
        sh.merge(r, 0, r + 5, 0, i + 1)
        sh.merge(r, 1, r + 5, 1, f"{short}社区居委会")
        for k, ch in enumerate(CHANNELS):
            sh.row(r + k, 2, [ch, pr[k], pd[k]])
        sh.put(r + 5, 2, "小计")
        val(sh, r + 5, 3, code, m, "petitions_received")
        val(sh, r + 5, 4, code, m, "petitions_resolved")
        ontime = max(0, res - (i % 3))
        sh.put(r + 5, 5, f"{ontime / rec * 100:.1f}%")
        if short == "湖前":
            sh.put(r + 1, 6, "含“随手拍”3件")
        tr += rec
        td += res
        r += 6
    sh.merge(r, 0, r, 2, "五凤街道合计")
    sh.row(r, 3, [tr, td])
    sh.merge(r + 2, 0, r + 2, 6, "注：同一诉求多渠道反映的按1件统计；“e福州”APP含“随手拍”；按“马上就办”要求，国庆中秋假期（10月1日—8日）诉求顺延办理。")
    sh.merge(r + 3, 0, r + 3, 6, "数据来源：福州市12345便民服务平台　导出时间：2025-11-03 09:12")
    save("batch1/五凤街道2025年10月12345诉求件分社区统计.xls", [sh], "xlwt",
         ["street_file", "platform_export", "channel_rows_with_subtotal", "community_merged_down", "rate_text",
          "total_row", "export_time_trap"], (2025, 11, 3, 9, 40))


def month_dt(m):
    return datetime.datetime(int(m[:4]), int(m[5:]), 1)


def dibao_ledger(W):
    months = ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    sheets = []
    for name, ind, unit in (("户数", "dibao_households", "户"), ("人数", "dibao_persons", "人"),
                            ("低保金", "dibao_payout_yuan", "元")):
        sh = Sheet(name)
        money = ind == "dibao_payout_yuan"
        cols = (["2025-07", "2025-08", "2025-09", "Q3", "2025-10", "2025-11", "2025-12", "Q4", "H2"] if money
                else months)
        ncol = len(cols) + 1
        title = "五凤街道2025年下半年城市低保" + ("金发放台账" if money else f"{name}台账")
        sh.merge(0, 0, 0, ncol, title)
        sh.put(1, ncol, f"单位：{unit}")
        sh.put(2, 0, "社区")
        for k, col in enumerate(cols):
            if col.startswith("20"):
                sh.put(2, 1 + k, month_dt(col), fmt='m"月"')
            else:
                sh.put(2, 1 + k, {"Q3": "三季度", "Q4": "四季度", "H2": "下半年合计"}[col])
        sh.put(2, ncol, "备注")
        fmt = "#,##0.00" if money else None
        tot = [0] * len(cols)
        for i, (short, code, _) in enumerate(COMMS):
            r = 3 + i
            sh.put(r, 0, short)
            for k, col in enumerate(cols):
                if col.startswith("20"):
                    val(sh, r, 1 + k, code, col, ind, fmt=fmt)
                    x = W.v[(code, col, ind)]
                elif col in ("Q3", "Q4"):
                    qval(sh, r, 1 + k, code, "2025-" + col, ind, fmt=fmt)
                    x = W.quarter(code, "2025-" + col, ind)
                else:
                    x = W.quarter(code, "2025-Q3", ind) + W.quarter(code, "2025-Q4", ind)
                    sh.put(r, 1 + k, x, fmt)
                tot[k] += x
            if short == "凤仪" and name == "户数":
                sh.put(r, ncol, "含重残单人户2户")
        r = 3 + len(COMMS)
        sh.put(r, 0, "合计")
        for k, x in enumerate(tot):
            sh.put(r, 1 + k, x, fmt)
        sh.put(r + 2, 0, "注：低保金按当月实发数（含分类施保金）填列；户数、人数为月末在保数。" if money else
               "注：月末在保数。")
        sh.put(r + 3, 0, "鼓楼区五凤街道社会事务服务中心　2026年1月9日")
        sh.widths[0] = 8
        sheets.append(sh)
    save("batch1/五凤街道2025年下半年城市低保台账.xlsx", sheets, "openpyxl",
         ["street_file", "sheet_per_indicator", "month_headers_date_cells", "quarter_columns_between_months",
          "half_year_total_column", "total_row", "number_format_decimals", "period_across_months"],
         (2026, 1, 9, 15, 20))


def jobs_sept(W):
    m = "2025-09"
    sh = Sheet("就业进度")
    sh.merge(0, 0, 0, 11, "五凤街道2025年1-9月就业创业工作进度表")
    sh.merge(1, 0, 1, 6, "填报单位：鼓楼区五凤街道劳动保障事务所")
    sh.merge(1, 9, 1, 11, "金额单位：万元")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    groups = [("新增就业岗位（个）", "jobs_created"), ("其中：公益性岗位（个）", "public_welfare_jobs"),
              ("促进就业（人）", "people_employed")]
    c = 2
    for lab, _ in groups:
        sh.merge(2, c, 2, c + 1, lab)
        sh.row(3, c, ["9月", "1-9月"])
        c += 2
    sh.merge(2, 8, 3, 8, "零就业家庭\n（户，月末）")
    sh.merge(2, 9, 2, 10, "创业担保贷款")
    sh.row(3, 9, ["9月", "1-9月"])
    sh.merge(2, 11, 3, 11, "职业技能\n培训（场）")
    tot = [0] * 10
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, short])
        c = 2
        for _, ind in groups:
            now = shown((code, m, ind))
            ytd = W.ytd(code, m, ind) - W.v[(code, m, ind)] + now
            val(sh, r, c, code, m, ind)
            sh.put(r, c + 1, ytd)
            tot[c - 2] += now
            tot[c - 1] += ytd
            c += 2
        val(sh, r, 8, code, m, "zero_employment_households")
        val(sh, r, 9, code, m, "micro_loans_yuan", div=10000, fmt="0.00")
        sh.put(r, 10, W.ytd(code, m, "micro_loans_yuan") / 10000, "0.00")
        val(sh, r, 11, code, m, "training_sessions")
        for k, x in ((6, W.v[(code, m, "zero_employment_households")]), (7, W.v[(code, m, "micro_loans_yuan")] / 10000),
                     (8, W.ytd(code, m, "micro_loans_yuan") / 10000), (9, W.v[(code, m, "training_sessions")])):
            tot[k] += x
    r = 4 + len(COMMS)
    sh.merge(r, 0, r, 1, "合计")
    for k, x in enumerate(tot):
        sh.put(r, 2 + k, x, "0.00" if k in (7, 8) else None)
    sh.put(r + 1, 0, "注：9月含高校毕业生就业服务季专场招聘2场（岗位已计入新增就业岗位）；创业担保贷款以放款日为准。")
    sh.put(r + 2, 0, "制表：黄　　审核：　　　报送日期：2025年10月10日")
    save("batch1/五凤街道2025年1-9月就业创业工作进度表.et", [sh], "xlwt-et",
         ["street_file", "month_and_ytd_columns", "title_names_ytd_range", "wan_unit_line", "two_row_header",
          "total_row", "number_format_decimals"], (2025, 10, 10, 16, 0))


def safety_oct(W):
    m = "2025-10"
    sh = Sheet("平安建设")
    n = len(COMMS)
    sh.merge(0, 0, 0, n + 2, "五凤街道2025年10月平安建设工作月报")
    sh.merge(1, 0, 1, n + 2, "报送单位：五凤街道综治中心（平安办）")
    sh.row(2, 0, ["项目", "单位"] + [s[0] for s, _, _ in COMMS] + ["全街道"])
    items = [("群防群治队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
             ("治安案件（立案）", "起", "security_cases"), ("矛盾纠纷调处化解", "起", "disputes_mediated"),
             ("出租房屋安全检查", "户", None), ("防范电信网络诈骗宣传", "场", None)]
    for i, (lab, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        tot = 0
        for k, (short, code, _) in enumerate(COMMS):
            if ind is None:
                x = 12 + (k * 17 + i * 5) % 40 if unit == "户" else 1 + (k + i) % 3
                sh.put(r, 2 + k, x)
                tot += x
            elif ind == "security_cases" and short == "永恒":
                miss(sh, r, 2 + k, code, m, ind, "未反馈")
            else:
                val(sh, r, 2 + k, code, m, ind)
                tot += W.v[(code, m, ind)]
        sh.put(r, 2 + n, tot if not (ind == "security_cases") else f"{tot}（不含永恒）")
    legend = "，".join(f"{s[0]}＝{s}社区" for s, _, _ in COMMS)
    sh.merge(10, 0, 10, n + 2, f"注：{legend}。")
    sh.merge(11, 0, 11, n + 2, "永恒社区治安案件数派出所未反馈，待补报。国庆中秋期间（10月1日—8日）每日安排巡逻队员不少于20人。")
    sh.merge(12, 0, 12, n + 2, "五凤街道平安办　2025年11月6日")
    for k in range(n):
        sh.widths[2 + k] = 5
    save("batch1/五凤街道2025年10月平安建设工作月报.ods", [sh], "odfpy",
         ["street_file", "transposed_communities_across", "one_char_community_names_with_legend", "not_reported_word",
          "outside_rows", "total_column_with_words"], (2025, 11, 6, 11, 15))


def elderly_oct(W):
    m = "2025-10"
    sh = Sheet("敬老月")
    sh.merge(0, 0, 0, 6, "五凤街道2025年“敬老月”暨重阳节为老服务情况统计（10月）")
    sh.row(1, 0, ["排名", "社区", "65岁以上老年人\n免费体检（人）", "走访慰问（人）", "发放慰问品（份）",
                  "长者食堂助餐\n（人次）", "老年人意外伤害\n保险参保（人）"])
    order = sorted(COMMS, key=lambda x: (-W.v[(x[1], m, "free_health_checks")], x[1]))
    for i, (short, code, _) in enumerate(order):
        r = 2 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        val(sh, r, 2, code, m, "free_health_checks")
        val(sh, r, 3, code, m, "people_assisted")
        val(sh, r, 4, code, m, "goods_distributed")
        sh.put(r, 5, 420 + (i * 53) % 300)
        sh.put(r, 6, 80 + (i * 29) % 120)
    r = 2 + len(COMMS)
    sh.put(r + 1, 0, "注：按免费体检人数排序；体检由社区卫生服务中心上门开展；长者食堂助餐为“党建+”邻里中心长者食堂就餐人次，不计入慰问。")
    sh.put(r + 2, 0, "五凤街道社会事务服务中心（老龄办）　2025年11月5日")
    save("batch1/五凤街道2025年敬老月为老服务情况统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "rows_sorted_by_value", "rank_column", "line_breaks_in_headers", "outside_columns",
          "period_in_title_brackets"], (2025, 11, 5, 14, 30))


def build(W):
    basic_july(W)
    petitions_oct(W)
    dibao_ledger(W)
    jobs_sept(W)
    safety_oct(W)
    elderly_oct(W)
