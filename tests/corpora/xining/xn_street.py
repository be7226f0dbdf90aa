"""Street-office files (1): 社区建设办 基本情况 (藏汉双语), 社会事务办 低保分民族 (合计 column is the figure), 综治中心
微信群接龙, 劳动保障事务所 就业 (GBK CSV, 本月 | 1-3月累计), 春节·藏历新年 走访慰问 (社区上报 | 街道核定), 平安办 (空白即为0)."""
from xn_grid import Sheet, header, multi, qval, val
from xn_world import COMMS, ETHNIC, REG
from xn_writers import save

TB = {"title": "ཁྲོམ་ལམ་ཁུལ་གྱི་སྡོད་ཁུལ་སོ་སོའི་གནས་ཚུལ་བསྡོམས་རྩིས་རེའུ་མིག", "no": "ཨང་རྟགས", "comm": "སྡོད་ཁུལ",
      "hh": "ཁྱིམ་ཚང་གི་གྲངས་ཀ", "res": "སྡོད་མི་འབོར", "min": "གྲངས་ཉུང་མི་རིགས", "flo": "འགུལ་བསྐྱོད་མི་འབོར",
      "staff": "སྡོད་ཁུལ་ལས་བྱེད་པ", "party": "ཏང་ཡོན", "grid": "དྲྭ་མིག", "note": "མཆན", "total": "བསྡོམས"}
SHORTS = [s for s, _, _ in COMMS]


def jidian(W):
    """社区建设办 2025-10: a Tibetan title line above the Chinese, every header 「中文⏎藏文」, registry names."""
    m = "2025-10"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 9, TB["title"])
    sh.merge(1, 0, 1, 9, "虎台街道各社区基本情况统计表")
    sh.merge(2, 0, 2, 6, "统计时点：2025年10月31日")
    sh.merge(2, 7, 2, 9, "单位：户、人、名、个")
    heads = [("序号", "no"), ("社区名称", "comm"), ("常住户数", "hh"), ("常住人口", "res"), ("其中：少数民族人口", "min"),
             ("流动人口", "flo"), ("社区工作者", "staff"), ("在册党员", "party"), ("网格数", "grid"), ("备注", "note")]
    for k, (zh, tb) in enumerate(heads):
        sh.put(3, k, f"{zh}\n{TB[tb]}")
    tot = [0] * 7
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, REG[code]])
        inds = ["households", "residents", None, "floating_population", "staff", "party_members", None]
        for k, ind in enumerate(inds):
            c = 2 + k
            if ind is None:
                x = int(W.v[(code, m, "residents")] * (0.28 + 0.03 * i)) if k == 2 else 6 + (i * 3) % 5
                sh.put(r, c, x, "#,##0")
            else:
                x = W.v[(code, m, ind)]
                val(sh, r, c, code, m, ind, fmt="#,##0")
            tot[k] += x
        if short == "殷家庄":
            sh.put(r, 9, "含杨家寨村回迁楼院3栋")
        if short == "医财巷东":
            sh.put(r, 9, "与医财巷西社区以医财巷为界")
    r = 4 + len(COMMS)
    sh.row(r, 0, ["", f"合　计\n{TB['total']}"] + tot, "#,##0")
    sh.merge(r + 1, 0, r + 1, 9, "注：少数民族人口含回族、藏族、土族、撒拉族、蒙古族等；杨家寨村、苏家河湾村两个村委会另行统计。")
    sh.merge(r + 2, 0, r + 2, 9, "填表人：才让卓玛　　审核人：冶生福　　联系电话：0971-6318254　　报送日期：2025年11月4日")
    sh.widths.update({1: 24, 9: 22})
    save("batch1/虎台街道2025年10月社区基本情况统计表.xlsx", [sh], "openpyxl",
         ["street_file", "tibetan_title_line", "bilingual_header_cells", "registry_names", "period_as_as_of_date",
          "total_row", "outside_columns", "village_named_in_note"], (2025, 11, 4, 10, 30))


def dibao(W, m, batch="batch1", changed=()):
    """社会事务办 低保 by 民族: 低保户数 and 低保人数 each over 汉族 回族 藏族 土族 撒拉族 其他 合计 — the 合计 column is the
    community's figure, the 民族 columns are its parts. In the batch2 resend a changed cell is written 「old→new」."""
    sh = Sheet("低保")
    y, mo = int(m[:4]), int(m[5:])
    sh.merge(0, 0, 0, 18, f"虎台街道{y}年{mo}月城市居民最低生活保障分民族统计表" + ("（更正）" if batch == "batch2" else ""))
    sh.merge(1, 0, 1, 10, "填报单位：虎台街道社会事务办公室")
    sh.merge(1, 15, 1, 18, "金额单位：元")
    tree = [("序号", None), ("社区", None), ("低保户数（户）", [(e, ("dibao_households", e)) for e in ETHNIC] + [("合计", ("dibao_households", None))]),
            ("低保人数（人）", [(e, ("dibao_persons", e)) for e in ETHNIC] + [("合计", ("dibao_persons", None))]),
            ("低保金（元）", "dibao_payout_yuan"), ("零就业家庭（户）", "zero_employment_households"), ("备注", None)]
    leaves = header(sh, 2, 0, tree, 2)
    totals = {}

    def parts(code, ind):
        """The 民族 parts as the table shows them: batch1 splits the first figure; the batch2 resend moves the
        correction into the 民族 column the 更正说明 names (W.groups)."""
        key = (code, m, ind)
        if key not in W.old:
            return W.ethnic(code, m, ind)
        p = W.ethnic(code, m, ind, W.old[key])
        if batch == "batch2":
            p[ETHNIC.index(W.groups[key])] += W.v[key] - W.old[key]
        return p

    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        for c, leaf in leaves[2:-1]:
            ind, eth = leaf if isinstance(leaf, tuple) else (leaf, None)
            key = (code, m, ind)
            now = W.v[key] if (batch == "batch2" or key not in W.old) else W.old[key]
            if eth is None:
                val(sh, r, c, code, m, ind)
                if batch == "batch2" and key in W.old:
                    sh.cells[(r, c)] = (f"{W.old[key]}→{W.v[key]}", None)
                totals[c] = totals.get(c, 0) + now
            else:
                k = ETHNIC.index(eth)
                part = parts(code, ind)[k]
                before = W.ethnic(code, m, ind, W.old[key])[k] if key in W.old else part
                sh.put(r, c, f"{before}→{part}" if batch == "batch2" and before != part else part)
                totals[c] = totals.get(c, 0) + part
        if short == "殷家庄" and batch == "batch1":
            sh.put(r, 18, "回族低保对象较多")
        if short in changed:
            sh.put(r, 18, "已更正")
    r = 4 + len(COMMS)
    sh.put(r, 1, "全街道")
    for c, x in sorted(totals.items()):
        sh.put(r, c, x)
    if batch == "batch2":
        sh.merge(r + 2, 0, r + 2, 18, "更正说明：冷湖路社区11月新增低保对象2人（回族）漏统，低保金相应补发1200元；殷家庄社区1户2人"
                 "11月已停保仍计入，现予核减。表中“→”前为原报数、后为更正后数据，其余数据不变。")
        sh.merge(r + 3, 0, r + 3, 18, "虎台街道社会事务办公室　　2025年12月15日")
    else:
        sh.merge(r + 2, 0, r + 2, 18, "注：民族按低保对象户主（人员）本人民族统计；冬季取暖补贴另表发放，不含在低保金内。")
        sh.merge(r + 3, 0, r + 3, 18, "经办人：马秀英　　科室负责人：　　　　分管领导：　　　　2025年12月5日")
    for c in range(2, 16):
        sh.widths[c] = 6
    return sh


def jielong(W):
    """综治中心 2025-12: the WeChat group's 接龙 pasted into column A, one line a cell; the 例 line, a community that
    posts twice (the second line 「以此条为准」), a figure 「待司法所核实」, 「无」 and 「两起」."""
    m = "2025-12"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "虎台街道2025年12月民情诉求及平安数据汇总（群接龙整理）")
    sh.put(1, 0, "整理：虎台街道综治中心　2026年1月5日")
    sh.put(3, 0, "#接龙")
    sh.put(4, 0, "请各社区接龙填报12月民情诉求及平安数据，1月5日12时前完成，格式如下：")
    sh.put(5, 0, "例  XX社区 受理诉求X件 办结X件 调解纠纷X起 治安案件X起")
    four = ["petitions_received", "petitions_resolved", "disputes_mediated", "security_cases"]
    lines = [("海晏路", "1. 海晏路社区 受理诉求{0}件 办结{1}件 调解纠纷{2}起 治安案件{3}起", four, {}, None),
             ("虎台", "2. 虎台社区（李娟）：受理诉求{0}件，办结{1}件，调解纠纷{2}起，治安案件{3}", four, {3: ("wu", "起")}, None),
             ("医财巷东", "3. 医财巷东  受理诉求{0}件 办结{1}件 调解纠纷{2}起 治安案件{3}起", four, {}, None),
             ("冷湖路", "4. 冷湖路社区 受理诉求{0}件 办结{1}件 调解纠纷{2}起 治安案件{3}起", four, {}, "first"),
             ("新西", "5. 新西社区 受理诉求{0}件 办结{1}件 调解纠纷{2}起 治安案件{3}起", four, {}, None),
             ("殷家庄", "6. 殷家庄社区 马福英 受理诉求{0}件 办结{1}件 调解纠纷{2} 治安案件{3}起", four, {2: ("cn", "起")}, None),
             ("冷湖路", "7. 冷湖路社区（更正，以此条为准）受理诉求{0}件 办结{1}件 调解纠纷{2}起 治安案件{3}起", four, {}, None),
             ("医财巷西", "8. 医财巷西社区 受理诉求{0}件 办结{1}件 调解纠纷待司法所核实 治安案件{2}起",
              ["petitions_received", "petitions_resolved", "security_cases"], {}, None)]
    r = 6
    for short, tpl, inds, styles, role in lines:
        code = [c for s, c, _ in COMMS if s == short][0]
        multi(sh, r, 0, code, m, tpl, inds, styles=styles, role=role)
        if short == "医财巷西":
            sh.rec(r, 0, ("ignore", (code, m, "disputes_mediated"), "待司法所核实", None))
        r += 1
    sh.put(r, 0, "虎台街道综治中心：收到，谢谢各位！医财巷西调解数据核实后单独报。")
    sh.widths[0] = 90
    save("batch1/虎台街道2025年12月民情诉求数据（微信接龙）.xlsx", [sh], "openpyxl",
         ["street_file", "wechat_jielong_lines", "example_line", "several_values_one_cell", "same_community_twice_later_wins",
          "wu_zero", "cn_small_numerals", "pending_word"], (2026, 1, 5, 14, 10))


def jiuye(W):
    """劳动保障事务所 2026-03, GBK CSV: a group header row with empty cells, 本月 | 1-3月累计 under each flow
    (1-3月累计 = 2026-Q1: quarter_truth), parts 其中：拉面经济带动 / 其中：青绣技能培训 (outside), 万元."""
    m, q = "2026-03", "2026-Q1"
    sh = Sheet("csv")
    width = 17
    sh.put(0, 0, "虎台街道2026年3月就业和社会保障工作统计表")
    sh.put(1, 0, "填报单位：虎台街道劳动保障事务所")
    sh.put(1, width - 1, "金额单位：万元")
    groups = [("新增就业岗位（个）", "jobs_created"), ("其中：公益性岗位（个）", "public_welfare_jobs"),
              ("实现就业（人）", "people_employed"), ("其中：拉面经济带动就业（人）", None),
              ("职业技能培训（场）", "training_sessions"), ("其中：青绣技能培训（场）", None),
              ("创业担保贷款（万元）", "micro_loans_yuan")]
    sh.row(2, 0, ["序号", "社区"])
    sh.row(3, 0, ["", ""])
    for k, (g, _) in enumerate(groups):
        sh.put(2, 2 + 2 * k, g)
        sh.put(2, 3 + 2 * k, "")
        sh.row(3, 2 + 2 * k, ["本月", "1-3月累计"])
    sh.put(2, width - 1, "零就业家庭（户）")
    sh.put(3, width - 1, "月末")
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [str(i + 1), short])
        for k, (g, ind) in enumerate(groups):
            c = 2 + 2 * k
            if ind is None:
                base = "people_employed" if "拉面" in g else "training_sessions"
                part = min(W.v[(code, m, base)], (i + k) % 3 + (1 if "拉面" in g else 0))
                qpart = min(W.quarter(code, q, base), part + (i % 2) + 1)
                sh.row(r, c, [str(part), str(qpart)])
            elif ind == "micro_loans_yuan":
                val(sh, r, c, code, m, ind, style="t", div=10000)
                qval(sh, r, c + 1, code, q, ind, style="t", div=10000)
            else:
                val(sh, r, c, code, m, ind, style="t")
                qval(sh, r, c + 1, code, q, ind, style="t")
        val(sh, r, width - 1, code, m, "zero_employment_households", style="t")
    r = 4 + len(COMMS)
    sh.row(r, 0, ["", "合计", str(sum(W.v[(c, m, "jobs_created")] for _, c, _ in COMMS)),
                  str(sum(W.quarter(c, q, "jobs_created") for _, c, _ in COMMS))])
    sh.put(r + 1, 0, "制表：韩　　审核：　　报送日期：2026年4月3日（“春风行动”专场招聘会3月6日在虎台街道新时代文明实践所举办）")
    save("batch1/虎台街道2026年3月就业和社会保障工作统计表.csv", [sh], "csv-gbk",
         ["street_file", "csv_gbk_wps", "group_header_row_with_blanks", "month_and_ytd_pairs", "quarter_cumulative_column",
          "unit_line_right", "wan_unit_header", "part_columns_outside", "total_row"], (2026, 4, 3, 11, 20))


def weiwen(W):
    """春节、藏历新年 走访慰问 2026-02 (.ods): each figure over 社区上报 | 街道核定, a note 「以街道核定数为准」."""
    m = "2026-02"
    sh = Sheet("走访慰问")
    sh.merge(0, 0, 0, 8, "虎台街道2026年春节、藏历新年期间走访慰问困难群众情况统计表")
    sh.merge(1, 0, 1, 8, "统计时段：2026年2月1日—2月28日")
    tree = [("序号", None), ("社区", None),
            ("走访慰问困难群众（人）", [("社区上报", ("people_assisted", 0)), ("街道核定", ("people_assisted", 1))]),
            ("发放慰问物资（件）", [("社区上报", ("goods_distributed", 0)), ("街道核定", ("goods_distributed", 1))]),
            ("慰问金（元）", None), ("其中：少数民族群众（人）", None), ("备注", None)]
    leaves = header(sh, 2, 0, tree, 2)
    extra = {"海晏路": (3, 6), "医财巷西": (2, 0), "虎台": (4, 10)}
    for i, (short, code, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, short])
        d = extra.get(short, (0, 0))
        for c, leaf in leaves[2:6]:
            ind, which = leaf
            v = W.v[(code, m, ind)]
            if which == 1:
                val(sh, r, c, code, m, ind)
            else:
                up = v + d[0 if ind == "people_assisted" else 1]
                if up != v:
                    W.earlier((code, m, ind), up)
                    val(sh, r, c, code, m, ind, role="first")
                else:
                    val(sh, r, c, code, m, ind, role="duplicate")
        pa = W.v[(code, m, "people_assisted")]
        sh.put(r, 6, pa * 300)
        sh.put(r, 7, pa - W.ethnic(code, m, "dibao_persons", pa)[0])
        if short in extra:
            sh.put(r, 8, "剔除重复走访对象")
    sh.merge(12, 0, 12, 8, "说明：社区上报数含与驻区单位联合走访的重复对象，街道核定时同一困难群众只计一次，以街道核定数为准。"
             "2月17日春节、2月18日藏历新年（洛萨）。")
    sh.merge(13, 0, 13, 8, "虎台街道社会事务办公室（民族宗教）　2026年3月5日")
    save("batch1/虎台街道2026年2月走访慰问统计（春节、藏历新年）.ods", [sh], "odfpy",
         ["street_file", "reported_and_verified_columns", "verified_wins_note", "two_level_header", "outside_columns",
          "festival_dates_in_note"], (2026, 3, 5, 15, 0))


def pingan(W):
    """平安办 2026-01 (.et): indicators down, communities across; 填表说明 「表内空白栏表示“无”（即为0）」: a blank cell
    under 治安案件 or 矛盾纠纷调解 is nought."""
    m = "2026-01"
    sh = Sheet("1月")
    n = len(COMMS)
    sh.merge(0, 0, 0, n + 2, "虎台街道2026年1月平安建设工作统计")
    sh.merge(1, 0, 1, n + 2, "填表说明：表内空白栏表示“无”（即为0），不再填写“0”或“无”。")
    sh.row(2, 0, ["项目", "单位"] + SHORTS + ["全街道"])
    items = [("群防群治巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
             ("治安案件（立案）", "起", "security_cases"), ("矛盾纠纷调解成功", "起", "disputes_mediated"),
             ("矛盾纠纷排查", "次", None), ("燃气安全入户检查", "户", None), ("“平安西宁”宣传", "次", None)]
    for i, (lab, unit, ind) in enumerate(items):
        r = 3 + i
        sh.row(r, 0, [lab, unit])
        tot = 0
        for k, (short, code, _) in enumerate(COMMS):
            if ind is None:
                x = [(k * 5 + i) % 4, 40 + (k * 37 + i * 11) % 90, (k + i) % 3][i - 4]
                if x:
                    sh.put(r, 2 + k, x)
            else:
                x = W.v[(code, m, ind)]
                val(sh, r, 2 + k, code, m, ind, style="blank" if x == 0 else "n")
            tot += x
        if tot:
            sh.put(r, 2 + n, tot)
    sh.merge(11, 0, 11, n + 2, "备注：1月份寒潮期间巡逻改为每日一班；燃气安全入户检查结合冬季供暖“敲门行动”开展。")
    sh.merge(12, 0, 12, n + 2, "报送：虎台街道平安办　2026年2月4日")
    save("batch1/虎台街道2026年1月平安建设工作统计.et", [sh], "xlwt-et",
         ["street_file", "transposed_communities_across", "blank_means_zero", "fill_rule_line", "outside_rows",
          "total_column"], (2026, 2, 4, 16, 20))


def build(W):
    jidian(W)
    save("batch1/虎台街道2025年11月城市低保分民族统计表.xls", [dibao(W, "2025-11")], "xlwt",
         ["street_file", "ethnic_breakdown_total_is_value", "two_level_header", "unit_line_right", "total_row",
          "outside_note"], (2025, 12, 5, 9, 40))
    jielong(W)
    jiuye(W)
    weiwen(W)
    pingan(W)
