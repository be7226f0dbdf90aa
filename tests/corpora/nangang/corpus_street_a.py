"""Street-office files, part A: what 保健路街道's 社区建设办 compiles from the communities (Sep 2025 – Mar 2026)."""
import random

from corpus_grid import Book, Formula
from corpus_render import cn_seq, fullwidth, messy, thousands, trailing, wan
from corpus_world import CODES, FULL, SEED, SHORT, V1, YTD, sent


def _rng(name):
    return random.Random(f"{SEED}-{name}")


def f_petitions_sep():
    name = "保健路街道2025年9月民生诉求汇总.xlsx"
    rng, p = _rng(name), "2025-09"
    b = Book("batch1", name, "openpyxl", sent(2025, 10, 9, 16, 10),
             ["street", "communities_rows", "three_row_header", "units_row", "newline_header", "cn_seq",
              "qizhong_outside", "pct_text", "total_row", "full_names", "footer_phone", "period_title"])
    s = b.sheet("Sheet1")
    s.merge(0, 0, 0, 7, "保健路街道办事处2025年9月民生诉求受理情况统计表", bold=True, center=True)
    s.put(1, 0, "填报单位：保健路街道社区建设办公室")
    s.put(1, 6, "单位：件、起")
    s.merge(2, 0, 4, 0, "序号", center=True)
    s.merge(2, 1, 4, 1, "社区名称", center=True)
    s.merge(2, 2, 2, 5, "民生诉求", center=True)
    s.put(2, 6, "矛盾纠纷", center=True)
    s.merge(2, 7, 4, 7, "备注", center=True)
    s.row(3, 2, ["受理\n数量", "已办结", "其中：\n物业服务类", "办结率", "调解\n成功"])
    s.row(4, 2, ["（件）", "（件）", "（件）", "（%）", "（起）"], center=True)
    tot = [0, 0, 0, 0]
    for i, code in enumerate(CODES):
        r = 5 + i
        rec, res, dis = V1(code, p, "petitions_received"), V1(code, p, "petitions_resolved"), V1(code, p, "disputes_mediated")
        sub = rng.randint(0, max(0, rec // 3))
        s.put(r, 0, cn_seq(i + 1), center=True)
        s.put(r, 1, FULL[code])
        s.val(r, 2, (code, p, "petitions_received"), messy(rec, rng, "件", zero_word=False), rec)
        s.val(r, 3, (code, p, "petitions_resolved"), messy(res, rng, "件", zero_word=False), res)
        s.put(r, 4, sub)
        s.put(r, 5, f"{round(100 * res / rec)}%" if rec else "—")
        s.val(r, 6, (code, p, "disputes_mediated"), messy(dis, rng, "起"), dis)
        if i in (2, 9):
            s.put(r, 7, f"含8月结转{rng.randint(1, 3)}件")
        tot = [tot[0] + rec, tot[1] + res, tot[2] + sub, tot[3] + dis]
    r = 5 + len(CODES)
    s.merge(r, 0, r, 1, "合计", center=True)
    s.row(r, 2, [tot[0], tot[1], tot[2], f"{round(100 * tot[1] / tot[0])}%", tot[3]])
    s.put(r + 2, 0, "填表人：王丽娟　　审核人：刘建国　　联系电话：0451-86617235　　填报日期：2025年10月9日")
    s.width(1, 22)
    return b


def f_jobs_oct():
    name = "保健路街道2025年10月就业和社会保障工作统计表.xls"
    rng, p = _rng(name), "2025-10"
    b = Book("batch1", name, "xlwt", sent(2025, 11, 5, 10, 40),
             ["street", "communities_rows", "two_row_header", "newline_header", "xinzeng_leiji", "wan_yuan",
              "share_number_pct", "total_row", "short_names_she", "footer_phone", "period_title"])
    s = b.sheet("10月")
    s.merge(0, 0, 0, 11, "保健路街道2025年10月就业和社会保障工作统计表", bold=True)
    s.merge(1, 0, 1, 11, "（数据截至2025年10月31日）")
    s.merge(2, 0, 3, 0, "序号")
    s.merge(2, 1, 3, 1, "社区")
    s.merge(2, 2, 2, 3, "新开发就业岗位（个）")
    s.merge(2, 4, 2, 5, "其中：公益性岗位（个）")
    s.merge(2, 6, 2, 7, "实现就业（人）")
    s.merge(2, 8, 3, 8, "创业担保贷款\n（万元）")
    s.merge(2, 9, 3, 9, "职业技能培训\n（场）")
    s.merge(2, 10, 3, 10, "公益性岗位\n占比")
    s.merge(2, 11, 3, 11, "零就业家庭\n（户）")
    s.row(3, 2, ["本月新增", "累计", "本月新增", "累计", "本月", "累计"])
    sums = [0] * 9
    for i, code in enumerate(CODES):
        r = 4 + i
        jobs, pw, emp = (V1(code, p, k) for k in ("jobs_created", "public_welfare_jobs", "people_employed"))
        loans, tr, zero = (V1(code, p, k) for k in ("micro_loans_yuan", "training_sessions", "zero_employment_households"))
        s.put(r, 0, i + 1)
        s.put(r, 1, SHORT[code] + "社区")
        s.val(r, 2, (code, p, "jobs_created"), jobs, jobs)
        s.put(r, 3, YTD(code, p, "jobs_created"))
        s.val(r, 4, (code, p, "public_welfare_jobs"), pw, pw)
        s.put(r, 5, YTD(code, p, "public_welfare_jobs"))
        s.val(r, 6, (code, p, "people_employed"), emp, emp)
        s.put(r, 7, YTD(code, p, "people_employed"))
        s.val(r, 8, (code, p, "micro_loans_yuan"), wan(loans), loans, fmt="dec1" if loans % 10000 else None)
        s.val(r, 9, (code, p, "training_sessions"), tr, tr)
        s.put(r, 10, round(pw / jobs, 4) if jobs else "—", fmt="pct1" if jobs else None)
        s.val(r, 11, (code, p, "zero_employment_households"), zero, zero)
        for j, x in enumerate([jobs, YTD(code, p, "jobs_created"), pw, YTD(code, p, "public_welfare_jobs"), emp,
                               YTD(code, p, "people_employed"), loans, tr, zero]):
            sums[j] += x
    r = 4 + len(CODES)
    s.merge(r, 0, r, 1, "合计")
    s.row(r, 2, sums[:6] + [wan(sums[6]), sums[7], round(sums[2] / sums[0], 4), sums[8]])
    s.put(r, 10, round(sums[2] / sums[0], 4), fmt="pct1")
    s.put(r + 2, 0, "注：累计数为2025年1月至本月累计数；贷款以区人社局放款通知为准。")
    s.put(r + 3, 0, "报送人：孙晓梅　　电话：13936657702　　2025年11月5日")
    return b


def f_basics_nov():
    name = "保健路街道2025年11月社区基本情况.csv"
    rng, p = _rng(name), "2025-11"
    b = Book("batch1", name, "csv-gbk", sent(2025, 12, 3, 14, 5),
             ["street", "csv_gbk", "communities_rows", "units_row", "fullwidth_thousands", "thousands_text",
              "outside_columns", "total_row", "short_names", "footer_phone", "period_title"])
    s = b.sheet(name[:-4])
    s.put(0, 0, "保健路街道各社区基本情况统计表（2025年11月）")
    s.row(1, 0, ["序号", "社区", "户数", "常住人口", "流动人口", "社区工作者", "网格数", "楼栋长"])
    s.row(2, 0, ["", "", "（户）", "（人）", "（人）", "（人）", "（个）", "（人）"])
    sums = [0] * 6
    for i, code in enumerate(CODES):
        r = 3 + i
        s.put(r, 0, str(i + 1))
        s.put(r, 1, SHORT[code] if i % 3 else SHORT[code] + "社区")
        for j, ind in enumerate(["households", "residents", "floating_population", "staff"]):
            v = V1(code, p, ind)
            x = rng.random()
            if v >= 1000 and x < 0.35:
                w = fullwidth(v, sep=True)
            elif v >= 1000 and x < 0.7:
                w = thousands(v)
            else:
                w = str(v)
            s.val(r, 2 + j, (code, p, ind), w, v)
            sums[j] += v
        grids, heads = rng.randint(6, 14), rng.randint(40, 120)
        s.row(r, 6, [str(grids), str(heads)])
        sums[4] += grids
        sums[5] += heads
    s.row(3 + len(CODES), 0, ["合计", ""] + [thousands(x) for x in sums])
    s.put(5 + len(CODES), 0, "统计时间：2025年11月30日　联系人：赵丹　电话：0451-86639021")
    return b


def f_dibao_dec():
    name = "2025年12月城市低保情况.ods"
    rng, p = _rng(name), "2025-12"
    b = Book("batch1", name, "odfpy", sent(2026, 1, 6, 11, 20),
             ["street", "ods", "communities_columns", "indicators_rows_unit_col", "wan_yuan_unit_col",
              "outside_rows", "total_col", "short_names", "period_title"])
    s = b.sheet("低保")
    n = len(CODES)
    s.merge(0, 0, 0, n + 2, "保健路街道2025年12月城市低保情况统计")
    s.row(1, 0, ["项目", "单位"] + [SHORT[c] for c in CODES] + ["合计"])
    rows = [("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
            ("发放低保金", "万元", "dibao_payout_yuan"), ("临时救助", "人次", None)]
    for i, (label, unit, ind) in enumerate(rows):
        r = 2 + i
        s.row(r, 0, [label, unit])
        total = 0
        for j, code in enumerate(CODES):
            if ind is None:
                x = rng.choice([0, 0, 1, 2, 3])
                s.put(r, 2 + j, x)
                total += x
                continue
            v = V1(code, p, ind)
            s.val(r, 2 + j, (code, p, ind), wan(v) if unit == "万元" else v, v)
            total += v
        s.put(r, 2 + n, wan(total) if unit == "万元" else total)
    s.put(7, 0, "制表：街道民政办　　2026年1月6日")
    return b


def f_safety_jan():
    name = "保健路街道平安建设工作月报（2026年1月）.xlsx"
    rng, p = _rng(name), "2026-01"
    b = Book("batch1", name, "xlsxwriter", sent(2026, 2, 4, 9, 5),
             ["street", "table_at_col_c", "notes_col_a", "blank_rows_in_table", "newline_header",
              "outside_columns", "wu_zero", "sum_formulas", "full_names_jwh", "period_title"])
    s = b.sheet("平安建设")
    s.put(0, 0, "说明：")
    s.put(1, 0, "1.治安案件数以辖区派出所通报为准")
    s.put(2, 0, "2.清冰雪为本月累计出动人次")
    s.put(3, 0, "3.有疑问请联系综治办0451-86628830")
    s.merge(0, 2, 0, 7, "保健路街道平安建设工作月报（2026年1月）", bold=True)
    s.row(2, 2, ["社区", "群防群治\n巡逻队员（人）", "平安\n信息员（人）", "治安案件\n（起）", "排查安全隐患\n（处）",
                 "清冰雪出动\n（人次）"])
    r = 3
    first = r
    sums = [0] * 5
    for i, code in enumerate(CODES):
        if i in (5, 10):
            r += 1      # a blank row between the 片区 the clerk pasted together
        s.put(r, 2, SHORT[code] + "社区居委会")
        pat, inf, cas = V1(code, p, "patrol_members"), V1(code, p, "informants"), V1(code, p, "security_cases")
        s.val(r, 3, (code, p, "patrol_members"), pat, pat)
        s.val(r, 4, (code, p, "informants"), inf, inf)
        s.val(r, 5, (code, p, "security_cases"), "无" if cas == 0 and rng.random() < 0.6 else cas, cas)
        hid, snow = rng.randint(3, 15), rng.randint(40, 260)
        s.row(r, 6, [hid, snow])
        for j, x in enumerate([pat, inf, cas, hid, snow]):
            sums[j] += x
        r += 1
    s.put(r, 2, "合计")
    for j in range(5):
        col = "DEFGH"[j]
        s.put(r, 3 + j, Formula(f"=SUM({col}{first + 1}:{col}{r})", sums[j]))
    s.put(r + 2, 2, "填报人：李娜　　2026年2月4日")
    s.width(0, 34)
    s.width(2, 20)
    return b


def f_volunteer_q1():
    name = "保健路街道2026年第一季度志愿服务统计.xlsx"
    rng, q = _rng(name), "2026-Q1"
    months = ["2026-01", "2026-02", "2026-03"]
    b = Book("batch1", name, "openpyxl", sent(2026, 4, 7, 15, 0),
             ["street", "quarterly_with_months", "quarter_total_col", "months_as_columns", "two_row_header",
              "renci", "total_row", "short_names_she", "period_title_quarter"])
    s = b.sheet("一季度")
    s.merge(0, 0, 0, 8, "保健路街道2026年第一季度志愿服务情况统计表", bold=True)
    s.merge(1, 0, 2, 0, "序号")
    s.merge(1, 1, 2, 1, "社区")
    s.merge(1, 2, 1, 5, "志愿服务（人次）")
    s.merge(1, 6, 1, 8, "注册志愿者（人）")
    s.row(2, 2, ["1月", "2月", "3月", "一季度合计", "1月", "2月", "3月"])
    sums = [0] * 7
    for i, code in enumerate(CODES):
        r = 3 + i
        s.put(r, 0, i + 1)
        s.put(r, 1, SHORT[code] + "社区")
        for j, m in enumerate(months):
            t = V1(code, m, "volunteer_person_times")
            s.val(r, 2 + j, (code, m, "volunteer_person_times"), t, t)
            sums[j] += t
            vol = V1(code, m, "volunteers")
            s.val(r, 6 + j, (code, m, "volunteers"), vol, vol)
            sums[4 + j] += vol
        qt = sum(V1(code, m, "volunteer_person_times") for m in months)
        s.qtr(r, 5, (code, q, "volunteer_person_times"), qt, qt)
        sums[3] += qt
    r = 3 + len(CODES)
    s.merge(r, 0, r, 1, "合计")
    s.row(r, 2, sums)
    s.put(r + 2, 0, "填报日期：2026年4月7日　　街道志愿服务站")
    return b


def f_combined_feb():
    name = "保健路街道2026年2月综合报表.csv"
    rng, p = _rng(name), "2026-02"
    b = Book("batch1", name, "csv-utf8", sent(2026, 3, 5, 8, 50),
             ["street", "csv_utf8", "side_by_side", "group_headings", "units_in_brackets", "messy_values",
              "total_row", "short_names", "period_title"])
    s = b.sheet(name[:-4])
    s.put(0, 0, "保健路街道2026年2月民生及为老服务情况")
    s.put(1, 0, "一、民生诉求")
    s.put(1, 5, "二、为老服务")
    s.row(2, 0, ["社区", "受理诉求(件)", "办结诉求(件)", "调解纠纷(起)", "", "社区", "免费体检(人)",
                 "走访帮扶困难群众(人)", "发放慰问品(件)"])
    sums = [0] * 6
    left = ["petitions_received", "petitions_resolved", "disputes_mediated"]
    right = ["free_health_checks", "people_assisted", "goods_distributed"]
    for i, code in enumerate(CODES):
        r = 3 + i
        s.put(r, 0, SHORT[code])
        s.put(r, 5, SHORT[code] + "社区")
        for j, ind in enumerate(left + right):
            v = V1(code, p, ind)
            c = 1 + j if j < 3 else 3 + j
            w = messy(v, rng, {"disputes_mediated": "起", "goods_distributed": "件"}.get(ind, "人" if j >= 3 else "件"))
            s.val(r, c, (code, p, ind), str(w), v)
            sums[j] += v
    r = 3 + len(CODES)
    s.row(r, 0, ["合计"] + [str(x) for x in sums[:3]] + ["", "合计"] + [str(x) for x in sums[3:]])
    s.put(r + 2, 0, "报送：街道综合办　2026年3月5日")
    return b


def f_social_mar():
    name = "保健路街道2026年3月社会事务统计.xlsx"
    rng, p = _rng(name), "2026-03"
    b = Book("batch1", name, "openpyxl", sent(2026, 4, 3, 10, 15),
             ["street", "stacked_tables", "merged_notes_between", "group_headings", "outside_columns",
              "total_row", "full_names_mixed", "footer_date", "period_title"])
    s = b.sheet("Sheet1")
    s.merge(0, 0, 0, 5, "保健路街道2026年3月社会事务工作统计", bold=True)

    def table(r0, heading, headers, inds, extra=None):
        s.merge(r0, 0, r0, 5, heading, bold=True)
        s.row(r0 + 1, 0, headers)
        sums = [0] * (len(inds) + (1 if extra else 0))
        for i, code in enumerate(CODES):
            r = r0 + 2 + i
            s.put(r, 0, FULL[code] if i % 2 else SHORT[code] + "社区")
            for j, (ind, unit) in enumerate(inds):
                v = V1(code, p, ind)
                s.val(r, 1 + j, (code, p, ind), messy(v, rng, unit) if ind != "micro_loans_yuan" else v, v)
                sums[j] += v
            if extra:
                x = extra()
                s.put(r, 1 + len(inds), x)
                sums[-1] += x
        r = r0 + 2 + len(CODES)
        s.put(r, 0, "合计")
        s.row(r, 1, sums)
        return r + 1

    r = table(1, "一、为老服务", ["社区", "老年人免费体检（人）", "帮扶困难群众（人）", "发放慰问物资（件）", "备注"],
              [("free_health_checks", "人"), ("people_assisted", "人"), ("goods_distributed", "件")])
    s.merge(r, 0, r + 2, 5, "说明：1.本月开展“学雷锋志愿服务月”活动，慰问物资含区残联下拨米、面、油；\n"
            "2.体检人数不含医大二院对口义诊；\n3.如有疑问请于3月31日前联系民政助理张敏，电话0451-86620417。", wrap=True)
    r = table(r + 3, "二、文化宣传", ["社区", "文体活动（场）", "政策宣讲（次）", "参与群众（人次）"],
              [("cultural_activities", "场"), ("lectures_held", "次")], extra=lambda: rng.randint(80, 600))
    s.merge(r, 0, r + 1, 5, "注：参与群众人次为估算数，仅供参考；3月8日妇女节专场活动计入文体活动。", wrap=True)
    r = table(r + 2, "三、就业工作", ["社区", "新增就业岗位（个）", "其中：公益岗（个）", "实现就业（人）", "创业担保贷款（元）"],
              [("jobs_created", "个"), ("public_welfare_jobs", "个"), ("people_employed", "人"), ("micro_loans_yuan", "元")])
    s.put(r + 1, 0, "保健路街道办事处　　2026年4月3日")
    s.width(0, 24)
    return b


FILES = [f_petitions_sep, f_jobs_oct, f_basics_nov, f_dibao_dec, f_safety_jan, f_volunteer_q1, f_combined_feb,
         f_social_mar]
