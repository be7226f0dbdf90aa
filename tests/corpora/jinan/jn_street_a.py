"""Street-office files (1): 社区治理办 基础信息 (July), 综治中心 诉求周报 (August, weeks + 本月合计), 人社服务站 就业
(September, .xls, 本月 | 1—9月累计, 金额单位：万元), 社会事务办 “敬老月” (October, .ods, communities across in 繁体),
社会事务办 救助月报 (November, 小写 + 人民币大写), 综治办 平安建设 (December, WPS .et)."""
import random

from jn_grid import Formula, Sheet, col_letter, val
from jn_render import daxie
from jn_world import COMMS, FULL
from jn_writers import save

TRAD = {"山师东路": "山師東路", "文化东路": "文化東路", "师东新村": "師東新村", "环山路": "環山路", "羊头峪": "羊頭峪",
        "山师大": "山師大", "开元山庄": "開元山莊", "清华园": "清華園", "万豪": "萬豪", "建达南苑": "建達南苑",
        "建达北苑": "建達北苑", "文恒": "文恆"}


def pad(short):
    """Two-character names padded with an ideographic space to line up with the others: 「万　豪」."""
    return short[0] + "\u3000" + short[1] if len(short) == 2 else short


def noise(seed, lo, hi):
    """An incidental figure outside the catalogue (助餐人次, 排查处数 …), the same on every run."""
    return random.Random(seed).randint(lo, hi)


def split(total, n, seed, weights=None):
    """A total cut into n non-negative parts (weeks by their days, 网格 about evenly), the same on every run."""
    rnd = random.Random(seed)
    w = [x * rnd.uniform(0.6, 1.4) for x in (weights or [1] * n)]
    parts = [int(total * x / sum(w)) for x in w]
    for k in range(total - sum(parts)):
        parts[rnd.randrange(n)] += 1
    return parts


def jichu(W):
    m = "2025-07"
    sh = Sheet("基础信息")
    sh.merge(0, 0, 0, 10, "历下区文东街道办事处社区基础信息统计表")
    sh.merge(1, 0, 1, 4, "统计时点：2025年7月31日")
    sh.merge(1, 5, 1, 10, "填报单位：文东街道社区治理办公室")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 3, "常住")
    sh.row(3, 2, ["户数（户）", "人口（人）"])
    for c, h in ((4, "其中：60周岁\n以上老年人（人）"), (5, "流动人口\n（人）"), (6, "社区工作者\n（人）"), (7, "网格\n（个）"),
                 (8, "专职网格员\n（人）"), (9, "楼院\n（个）"), (10, "备注")):
        sh.merge(2, c, 3, c, h)
    tot = [0] * 8
    for i, (short, code, f) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, pad(short)])
        val(sh, r, 2, code, m, "households", fmt="#,##0")
        val(sh, r, 3, code, m, "residents", fmt="#,##0")
        old = int(W.v[(code, m, "residents")] * (0.31 if short in ("山师大", "山大路", "山师东路") else 0.24))
        sh.put(r, 4, old, "#,##0")
        val(sh, r, 5, code, m, "floating_population", fmt="#,##0")
        val(sh, r, 6, code, m, "staff")
        grids = 4 + int(f * 3)
        sh.row(r, 7, [grids, grids, 6 + (i * 7) % 19])
        if short == "山师大":
            sh.put(r, 10, "含山东师范大学千佛山校区家属院")
        if short == "文化东路":
            sh.put(r, 10, "登记名称为“文化东路居民委员会”")
        for k, x in enumerate([W.v[(code, m, "households")], W.v[(code, m, "residents")], old,
                               W.v[(code, m, "floating_population")], W.v[(code, m, "staff")], grids, grids]):
            tot[k] += x
    r = 4 + len(COMMS)
    sh.put(r, 1, "合　计")
    sh.row(r, 2, tot[:7], "#,##0")
    sh.put(r + 2, 0, "审核人：　　　　　填表人：　　　　　联系电话：0531-88925706")
    sh.widths.update({1: 11, 10: 26})
    save("batch1/文东街道2025年7月社区基础信息统计表.xlsx", [sh], "openpyxl",
         ["street_file", "two_row_header", "ideographic_space_names", "period_as_as_of_date", "outside_columns",
          "total_row", "number_format_thousands"], (2025, 8, 5, 9, 30))


def zhoubao(W):
    m = "2025-08"
    weeks = ["第1周\n8.1—8.3", "第2周\n8.4—8.10", "第3周\n8.11—8.17", "第4周\n8.18—8.24", "第5周\n8.25—8.31"]
    sh = Sheet("8月")
    sh.merge(0, 0, 0, 14, "文东街道2025年8月民情诉求办理情况周报汇总")
    sh.merge(1, 0, 1, 14, "（数据来源：12345市民服务热线、“爱山东”诉求、网格员上报、来访来电）")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 7, "受理诉求（件）")
    sh.merge(2, 8, 2, 13, "办结诉求（件）")
    sh.merge(2, 14, 3, 14, "调解矛盾\n纠纷（起）")
    sh.row(3, 2, weeks + ["本月合计"] + weeks + ["本月合计"])
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        for base, ind in ((2, "petitions_received"), (8, "petitions_resolved")):
            parts = split(W.v[(code, m, ind)], 5, int(code) + base, [3, 7, 7, 7, 7])
            sh.row(r, base, parts)
            L1, L2 = col_letter(base), col_letter(base + 4)
            val(sh, r, base + 5, code, m, ind, formula=f"=SUM({L1}{r + 1}:{L2}{r + 1})")
        val(sh, r, 14, code, m, "disputes_mediated")
    r = 4 + len(COMMS)
    sh.put(r, 1, "全街道")
    for c in range(2, 15):
        L = col_letter(c)
        tot = sum(sh.cells[(4 + i, c)][0].cached if isinstance(sh.cells[(4 + i, c)][0], Formula)
                  else sh.cells[(4 + i, c)][0] for i in range(len(COMMS)))
        sh.put(r, c, Formula(f"=SUM({L}5:{L}{r})", tot))
    sh.put(r + 1, 0, "注：8月上中旬主汛期，积水、房屋漏雨类诉求集中；各周按工单受理日期统计，本月合计为当月数。")
    sh.put(r + 2, 0, "文东街道综合治理办公室（网格化服务管理中心）　2025年9月3日")
    sh.widths.update({1: 12})
    save("batch1/文东街道2025年8月民情诉求办理周报汇总.xlsx", [sh], "xlsxwriter",
         ["street_file", "weekly_parts_month_total_is_value", "sum_formula_cells", "two_row_header",
          "line_breaks_in_headers", "total_row"], (2025, 9, 3, 16, 20))


def jiuye(W):
    m = "2025-09"
    sh = Sheet("9月")
    sh.merge(0, 0, 0, 12, "文东街道2025年9月就业创业工作统计表")
    sh.merge(1, 0, 1, 8, "填报单位：文东街道便民服务中心（人社服务站）")
    sh.merge(1, 9, 1, 12, "金额单位：万元")
    heads = [("开发就业岗位（个）", "jobs_created"), ("其中：城乡公益性岗位（个）", "public_welfare_jobs"),
             ("实现就业（人）", "people_employed")]
    sh.merge(2, 0, 3, 0, "社区")
    c = 1
    for h, _ in heads:
        sh.merge(2, c, 2, c + 1, h)
        sh.row(3, c, ["本月", "1—9月累计"])
        c += 2
    sh.merge(2, 7, 3, 7, "其中：高校毕业生\n（人）")
    sh.merge(2, 8, 3, 8, "零就业家庭\n（户）")
    sh.merge(2, 9, 2, 10, "创业担保贷款发放")
    sh.row(3, 9, ["本月", "1—9月累计"])
    sh.merge(2, 11, 3, 11, "职业技能培训\n（场次）")
    sh.merge(2, 12, 3, 12, "备注")
    tot = [0] * 11
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.put(r, 0, short)
        row = []
        for k, (_, ind) in enumerate(heads):
            val(sh, r, 1 + 2 * k, code, m, ind)
            sh.put(r, 2 + 2 * k, W.ytd(code, m, ind))
            row += [W.v[(code, m, ind)], W.ytd(code, m, ind)]
        grad = min(W.v[(code, m, "people_employed")], 1 + (i * 5) % 6)
        sh.put(r, 7, grad)
        val(sh, r, 8, code, m, "zero_employment_households")
        val(sh, r, 9, code, m, "micro_loans_yuan", div=10000, fmt="0.0")
        sh.put(r, 10, W.ytd(code, m, "micro_loans_yuan") / 10000, "0.0")
        val(sh, r, 11, code, m, "training_sessions")
        row += [grad, W.v[(code, m, "zero_employment_households")], W.v[(code, m, "micro_loans_yuan")] / 10000,
                W.ytd(code, m, "micro_loans_yuan") / 10000, W.v[(code, m, "training_sessions")]]
        tot = [a + b for a, b in zip(tot, row)]
        if short == "山师大":
            sh.put(r, 12, "含高校毕业生就业见习岗位")
    r = 4 + len(COMMS)
    sh.put(r, 0, "合计")
    sh.row(r, 1, tot[:8])
    sh.put(r, 9, tot[8], "0.0")
    sh.put(r, 10, tot[9], "0.0")
    sh.put(r, 11, tot[10])
    sh.put(r + 1, 0, "注：9月为高校毕业生就业服务月，9月18日在山东师范大学千佛山校区举办秋季专场招聘会。")
    sh.put(r + 2, 0, "统计人：　　　　审核：　　　　2025年10月9日")
    save("batch1/文东街道2025年9月就业创业工作统计表.xls", [sh], "xlwt",
         ["street_file", "month_and_ytd_columns", "wan_unit_line", "two_row_header", "part_columns_outside",
          "total_row", "shandong_public_welfare_jobs"], (2025, 10, 9, 10, 40))


def jinglao(W):
    m = "2025-10"
    n = len(COMMS)
    sh = Sheet("敬老月")
    sh.merge(0, 0, 0, n + 2, "文东街道2025年10月“敬老月”为老服务统计表")
    sh.merge(1, 0, 1, n + 2, "（10月29日重阳节；社会事务办公室汇总）")
    sh.row(2, 0, ["服务项目", "单位"])
    for k, (short, code, _) in enumerate(COMMS):
        sh.put(2, 2 + k, TRAD.get(short, short) if k % 2 else short)
    sh.put(2, 2 + n, "合計")
    items = [("65周岁以上老年人健康查体", "人", "free_health_checks"), ("走访慰问困难老人", "人", "people_assisted"),
             ("发放重阳慰问品", "件", "goods_distributed"), ("老年助餐", "人次", None),
             ("敬老爱老文体活动", "场", "cultural_activities"), ("千佛山重阳登高", "人次", None)]
    for i, (lab, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        tot = 0
        for k, (short, code, _) in enumerate(COMMS):
            if ind is None:
                x = noise(int(code) * 10 + i, 120, 420)
                sh.put(r, 2 + k, x)
            else:
                val(sh, r, 2 + k, code, m, ind)
                x = W.v[(code, m, ind)]
            tot += x
        sh.put(r, 2 + n, tot)
    sh.put(10, 0, "说明：老年助餐为长者食堂就餐人次，千佛山重阳登高为组织参加人次，均不计入慰问人数。")
    sh.put(11, 0, "文东街道社会事务办公室　2025年11月4日")
    save("batch1/文东街道2025年10月“敬老月”为老服务统计.ods", [sh], "odfpy",
         ["street_file", "transposed_communities_across", "traditional_names_here_and_there", "total_column",
          "outside_rows", "campaign_in_title"], (2025, 11, 4, 15, 0))


def jiuzhu(W, batch="batch1", note=None, sent=(2025, 12, 5, 11, 10)):
    """社会事务办 救助月报 (November): 小写 and 人民币大写; resent whole in batch2 as the 更正 version."""
    m = "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 9, "文东街道2025年11月社会救助工作月报" + ("（更正）" if note else ""))
    sh.merge(1, 0, 1, 9, "填报单位：文东街道社会事务办公室")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "社区")
    sh.merge(2, 2, 2, 3, "城市低保")
    sh.row(3, 2, ["户数（户）", "人数（人）"])
    sh.merge(2, 4, 2, 5, "低保金发放")
    sh.row(3, 4, ["小写（元）", "大写"])
    sh.merge(2, 6, 3, 6, "特困供养\n（人）")
    sh.merge(2, 7, 3, 7, "临时救助\n（人次）")
    sh.merge(2, 8, 3, 8, "零就业家庭\n（户）")
    sh.merge(2, 9, 3, 9, "备注")
    tot = [0, 0, 0]
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, FULL[code] + ("居委会" if short == "文化东路" else "社区")])
        val(sh, r, 2, code, m, "dibao_households")
        val(sh, r, 3, code, m, "dibao_persons")
        val(sh, r, 4, code, m, "dibao_payout_yuan", fmt="#,##0.00")
        key = (code, m, "dibao_payout_yuan")
        val(sh, r, 5, code, m, "dibao_payout_yuan", style="dx",
            role="duplicate" if batch == "batch1" and key not in W.old else None)
        sh.row(r, 6, [(i * 3) % 4, (i * 5 + 1) % 3])
        val(sh, r, 8, code, m, "zero_employment_households")
        pay = W.old[key] if batch == "batch1" and key in W.old else W.v[key]
        for k, ind in enumerate(("dibao_households", "dibao_persons")):
            kk = (code, m, ind)
            tot[k] += W.old[kk] if batch == "batch1" and kk in W.old else W.v[kk]
        tot[2] += pay
    r = 4 + len(COMMS)
    sh.put(r, 1, "合计")
    sh.row(r, 2, tot[:2])
    sh.put(r, 4, tot[2], "#,##0.00")
    sh.put(r, 5, daxie(tot[2]))
    if note:
        sh.put(r + 1, 0, note)
    sh.put(r + 2, 0, "经办人：　　　　审核人：　　　　分管领导：　　　　（文东街道社会事务办公室　盖章）")
    sh.widths.update({1: 14, 5: 26})
    name = "文东街道2025年11月社会救助工作月报" + ("（更正）" if note else "") + ".xlsx"
    save(f"{batch}/{name}", [sh], "openpyxl",
         ["street_file", "amount_in_words_daxie", "two_row_header", "number_format_decimals", "outside_columns",
          "total_row"] + (["correction_full_resend"] if note else []), sent)


def pingan(W):
    m = "2025-12"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 9, "文东街道2025年12月平安建设工作统计表")
    sh.put(1, 0, "报送单位：文东街道综合治理办公室")
    sh.merge(2, 0, 3, 0, "序号")
    sh.merge(2, 1, 3, 1, "单位名称")
    for c, g, leaves in ((2, "群防群治力量", ["治安巡逻队员（人）", "平安信息员（人）"]),
                         (4, "案（事）件", ["治安案件（起）", "刑事案件（起）"]),
                         (6, "矛盾纠纷", ["排查（起）", "调解成功（起）"])):
        sh.merge(2, c, 2, c + 1, g)
        sh.row(3, c, leaves)
    sh.merge(2, 8, 3, 8, "消防安全\n检查（处）")
    sh.merge(2, 9, 3, 9, "备注")
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, FULL[code] + ("居委会" if short == "文化东路" else "社区居委会")])
        val(sh, r, 2, code, m, "patrol_members")
        val(sh, r, 3, code, m, "informants")
        val(sh, r, 4, code, m, "security_cases", style="wu")
        sh.put(r, 5, "无" if i % 5 else 1)
        sh.put(r, 6, W.v[(code, m, "disputes_mediated")] + (i % 3))
        val(sh, r, 7, code, m, "disputes_mediated")
        sh.put(r, 8, noise(int(code) + 8, 8, 26))
        if short == "环山路":
            sh.put(r, 9, "含供暖管线巡查")
    r = 4 + len(COMMS)
    sh.put(r, 1, "合计")
    sh.put(r, 2, sum(W.v[(c, m, "patrol_members")] for _, c, _ in COMMS))
    sh.put(r, 3, sum(W.v[(c, m, "informants")] for _, c, _ in COMMS))
    sh.put(r + 1, 0, "注：集中供暖期（11月15日起）加强燃气、用电安全巡查；治安案件以派出所通报为准，“无”为未发生。")
    sh.put(r + 2, 0, "填报人：　　　　联系电话：0531-88925711　　　2026年1月7日")
    save("batch1/文东街道2025年12月平安建设工作统计表.et", [sh], "xlwt-et",
         ["street_file", "two_row_header", "full_committee_names", "wu_zero", "outside_columns",
          "screening_vs_mediated"], (2026, 1, 7, 14, 30))


def build(W):
    jichu(W)
    zhoubao(W)
    jiuye(W)
    jinglao(W)
    jiuzhu(W)
    pingan(W)
