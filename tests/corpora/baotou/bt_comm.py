"""The five 社区居委会's own returns: 海威 (vertical form with 上月), 华盛 (a 登记表 of 「项目：数值」 cells, the month in
Chinese numerals 「二〇二五年十月」), 番茄 (indicators across with a unit row under the labels, the month a date cell,
蕃茄 typo in the title), 丽日 (本月 + 1—N月累计), 龙悦 (the table cut in two halves side by side, 统计时段 26日—25日)."""
from bt_grid import Sheet, _value_role, cn_month, month_date, pair, val
from bt_world import BY_SHORT
from bt_writers import save

HW, HS, FQ, LR, LY = (BY_SHORT[s] for s in ("海威", "华盛", "番茄", "丽日", "龙悦"))
CNUM = "〇一二三四五六七八九"

# (label, unit, indicator, div, style); indicator "dibao" = 「N户M人」 in one cell
ITEMS = [("受理居民诉求（含12345转办）", "件", "petitions_received"), ("　办结", "件", "petitions_resolved"),
         ("人民调解", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
         ("　其中：公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
         ("零就业家庭", "户", "zero_employment_households"), ("创业担保贷款", "万元", "micro_loans_yuan"),
         ("职业技能培训", "场", "training_sessions"), ("城市低保", "户/人", "dibao"),
         ("低保金", "元", "dibao_payout_yuan"), ("65岁以上老人免费体检", "人", "free_health_checks"),
         ("走访帮扶困难群众", "人", "people_assisted"), ("发放慰问品", "件", "goods_distributed"),
         ("文体活动", "场", "cultural_activities"), ("理论政策宣讲", "次", "lectures_held"),
         ("群防群治巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
         ("治安案件", "起", "security_cases"), ("注册志愿者", "人", "volunteers"),
         ("志愿服务", "人次", "volunteer_person_times"), ("党员", "名", "party_members"),
         ("党员结对帮扶", "对", "pairings"), ("常住户数", "户", "households"), ("常住人口", "人", "residents"),
         ("流动人口", "人", "floating_population"), ("社区工作者", "人", "staff")]


def cn_year_month(m):
    """「二〇二五年十月」 / 「二〇二六年一月」."""
    y = "".join(CNUM[int(d)] for d in m[:4])
    mo = int(m[5:])
    mt = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][mo]
    return f"{y}年{mt}月"


def cell(sh, r, c, code, m, ind, style="n", unit="", role=None):
    if ind == "dibao":
        return pair(sh, r, c, code, m)
    div = 10000 if ind == "micro_loans_yuan" else 1
    return val(sh, r, c, code, m, ind, style=style, unit=unit, div=div, role=role)


def haiwei(W, m, writer, ext, sent, skip=()):
    sh = Sheet("月报")
    sh.merge(0, 0, 0, 5, f"海威社区{cn_month(m)}工作月报表")
    sh.merge(1, 0, 1, 5, "昆都仑区昆北街道海威社区居委会（盖章）")
    sh.row(2, 0, ["序号", "工作内容", "单位", "本月", "上月", "备注"])
    r = 3
    for i, (lab, u, ind) in enumerate(x for x in ITEMS if x[2] not in skip):
        sh.row(r, 0, [i + 1, lab, u])
        cell(sh, r, 3, HW, m, ind)
        if ind != "dibao":
            cell(sh, r, 4, HW, W.prev(m), ind, role="prevmonth")
        if ind == "petitions_received":
            sh.put(r, 5, f"供热报修{W.v[(HW, m, ind)] // 3}件" if m[5:] in ("10", "11", "12") else "")
        if ind == "cultural_activities" and m[5:] == "02":
            sh.put(r, 5, "元宵节社火进社区")
        r += 1
    sh.merge(r + 1, 0, r + 1, 5, "填报人：乌兰　审核人：张　联系电话：0472-2173xxx")
    save(f"batch1/海威社区{cn_month(m)}工作月报表.{ext}", [sh], writer,
         ["community_file", "vertical_form", "last_month_column", "remark_parts", "dibao_pair_cell"], sent)


def huasheng(W, m, writer, ext, sent, tag=""):
    """A 登记表: three 「项目：数值单位」 cells to a row, the month in Chinese numerals."""
    sh = Sheet("登记表")
    sh.merge(0, 0, 0, 2, f"华盛社区居委会工作情况登记表{tag}")
    sh.merge(1, 0, 1, 2, f"填报月份：{cn_year_month(m)}")
    r, c = 2, 0
    for lab, u, ind in ITEMS:
        key = lab.strip("　").replace("其中：", "")
        if ind == "dibao":
            (hh, ra), (pp, rb) = (_value_role((HS, m, i2), None, None) for i2 in ("dibao_households", "dibao_persons"))
            sh.put(r, c, f"城市低保：{hh}户{pp}人")
            sh.rec(r, c, ("truth", (HS, m, "dibao_households"), hh, ra))
            sh.rec(r, c, ("truth", (HS, m, "dibao_persons"), pp, rb))
        else:
            v, role = _value_role((HS, m, ind), None, None)
            shown = f"{v / 10000:g}" if ind == "micro_loans_yuan" else str(v)
            sh.put(r, c, f"{key}：{shown}{u}")
            sh.rec(r, c, ("truth", (HS, m, ind), v, role))
        c += 1
        if c == 3:
            r, c = r + 1, 0
    sh.merge(r + 2, 0, r + 2, 2, "华盛社区党群服务中心　“石榴红·邻里情”志愿服务队")
    return sh


def fanqie(W, months, writer, rel, sent):
    """Indicators across, a row of units under the labels, one row per month with the month as a date cell."""
    sh = Sheet("Sheet1")
    inds = [x for x in ITEMS if x[2] not in ("dibao", "pairings")]
    sh.merge(0, 0, 0, len(inds), "蕃茄社区工作数据统计")
    sh.put(1, 0, "月份")
    sh.put(2, 0, "单位→")
    for j, (lab, u, ind) in enumerate(inds):
        sh.put(1, 1 + j, lab.strip("　").replace("其中：", ""))
        sh.put(2, 1 + j, u)
    for i, m in enumerate(months):
        r = 3 + i
        sh.put(r, 0, month_date(m), 'yyyy"年"m"月"')
        for j, (lab, u, ind) in enumerate(inds):
            cell(sh, r, 1 + j, FQ, m, ind)
    save(rel, [sh], writer, ["community_file", "indicators_across", "unit_row_under_labels", "month_as_date_cell",
                             "typo_name_in_title", "several_months_rows"], sent)


def liri(W, m, writer, ext, sent):
    sh = Sheet(f"{int(m[5:])}月")
    sh.merge(0, 0, 0, 4, f"丽日社区居委会{cn_month(m)}重点工作进度表")
    sh.row(1, 0, ["指标", "计量单位", "本月数", f"1—{int(m[5:])}月累计", "备注"])
    r = 2
    for lab, u, ind in ITEMS:
        if ind in ("dibao", "zero_employment_households"):
            continue
        sh.row(r, 0, [lab.strip("　"), u])
        cell(sh, r, 2, LR, m, ind)
        if ind in ("petitions_received", "petitions_resolved", "jobs_created", "people_employed", "cultural_activities",
                   "volunteer_person_times", "free_health_checks", "people_assisted"):
            sh.put(r, 3, W.ytd(LR, m, ind))
        else:
            sh.put(r, 3, "—")
        if ind == "volunteers":
            sh.put(r, 4, "时点数")
        r += 1
    save(f"batch1/丽日社区{cn_month(m)}重点工作进度表.{ext}", [sh], writer,
         ["community_file", "ytd_column_from_january", "ytd_resets_in_january", "stock_note_shidianshu"], sent)


def longyue(W, m, writer, ext, sent):
    """The table cut in two halves side by side (项目|数值|项目|数值), 统计时段 26日—25日, year only in 报送日期."""
    sh = Sheet("工作月报")
    prev = W.prev(m)
    sh.merge(0, 0, 0, 5, f"龙悦社区{int(m[5:])}月份工作月报")
    sh.merge(1, 0, 1, 5, f"统计时段：{int(prev[5:])}月26日—{int(m[5:])}月25日")
    items = [x for x in ITEMS if x[2] != "dibao"]
    half = (len(items) + 1) // 2
    sh.row(2, 0, ["项目", "数值", "单位", "项目", "数值", "单位"])
    for i, (lab, u, ind) in enumerate(items):
        r, c = 3 + i % half, 0 if i < half else 3
        sh.put(r, c, lab.strip("　"))
        st = "mei" if ind in ("security_cases", "disputes_mediated") else "n"
        cell(sh, r, c + 1, LY, m, ind, style=st)
        sh.put(r, c + 2, u)
    y = int(m[:4]) + (1 if m[5:] == "12" else 0)
    nm = 1 if m[5:] == "12" else int(m[5:]) + 1
    sh.merge(4 + half, 0, 4 + half, 5, f"报送日期：{y}年{nm}月2日　　龙悦社区居委会")
    save(f"batch1/龙悦社区{m[:4]}年{int(m[5:])}月份工作月报.{ext}", [sh], writer,
         ["community_file", "two_halves_side_by_side", "cycle_26th_to_25th", "zero_as_meila", "year_in_name_and_date"],
         sent)


def build(W):
    haiwei(W, "2025-09", "openpyxl", "xlsx", (2025, 10, 3, 9, 0))
    haiwei(W, "2025-12", "xlwt", "xls", (2026, 1, 4, 9, 0), skip=("micro_loans_yuan",))
    haiwei(W, "2026-02", "odfpy", "ods", (2026, 3, 3, 9, 0))
    for m, w, ext, sent in (("2025-10", "xlsxwriter", "xlsx", (2025, 11, 2, 8, 0)), ("2026-01", "odfpy", "ods",
                                                                                   (2026, 2, 2, 8, 0))):
        save(f"batch1/华盛社区{cn_month(m)}工作情况登记表.{ext}", [huasheng(W, m, w, ext, sent)], w,
             ["community_file", "label_colon_value_cells", "period_in_chinese_numerals", "dibao_in_one_cell"], sent)
    fanqie(W, ["2025-09", "2025-10"], "openpyxl", "batch1/番茄社区2025年9-10月工作数据.xlsx", (2025, 11, 1, 10, 0))
    fanqie(W, ["2026-01"], "xlsxwriter", "batch1/番茄社区2026年1月工作数据.xlsx", (2026, 2, 3, 10, 0))
    liri(W, "2025-10", "xlwt", "xls", (2025, 11, 3, 9, 0))
    liri(W, "2026-01", "openpyxl", "xlsx", (2026, 2, 3, 9, 0))
    liri(W, "2026-03", "csv-utf8", "csv", (2026, 4, 2, 9, 0))
    longyue(W, "2025-11", "csv-utf8bom", "csv", (2025, 12, 2, 9, 0))
    longyue(W, "2025-12", "xlsxwriter", "xlsx", (2026, 1, 2, 9, 0))
    longyue(W, "2026-03", "openpyxl", "xlsx", (2026, 4, 2, 9, 0))
